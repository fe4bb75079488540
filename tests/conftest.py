"""Shared test set-up: no NLTK data may be found, and helpers to make folders."""

import nltk
import pytest

from narratives import texts

# Whatever NLTK_DATA says, a test that needs downloaded NLTK data must fail.
nltk.data.path[:] = []


@pytest.fixture(scope="session")
def corpus():
    """The five texts, loaded once for the whole run."""
    return texts.load()


@pytest.fixture
def make_folder(tmp_path):
    """Write `{name: str or bytes}` into a fresh folder and return its path."""
    def make(files):
        for name, content in files.items():
            path = tmp_path / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return tmp_path
    return make
