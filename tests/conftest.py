"""Shared test set-up: no NLTK data may be found, and helpers to make folders."""

import os
import tempfile

import nltk
import pytest

# Answers that tests check are kept as a learner's are (narratives.checks.keep): in a
# work folder of this run's own, never in the repository's my-work/.
os.environ.setdefault("NARRATIVES_MY_WORK",
                      os.path.join(tempfile.mkdtemp(prefix="narratives-tests-"), "my-work"))

from narratives import texts  # noqa: E402 (after the work folder is chosen)

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
