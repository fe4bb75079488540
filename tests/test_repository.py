"""The conventions of a teaching repository: licences, a citation, a guide for contributors."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read(name):
    return (ROOT / name).read_text(encoding="utf-8")


def project(key):
    """A top-level value of pyproject.toml's [project] table (tomllib needs Python 3.11)."""
    return re.search(rf'^{key} = (.+)$', read("pyproject.toml"), re.MULTILINE).group(1)


def test_code_licence_is_the_one_the_package_declares():
    assert project("license") == '"MIT"' and project("license-files") == '["LICENSE"]'
    assert read("LICENSE").startswith("MIT License")


def test_lessons_have_a_licence_of_their_own_that_leaves_the_news_texts_to_their_publishers():
    notice = read("LICENSE-LESSONS.md")
    assert "CC BY 4.0" in notice and "creativecommons.org/licenses/by/4.0" in notice
    assert "belong to their publishers" in notice


def test_citation_file_names_title_version_and_licence():
    cff = read("CITATION.cff")
    fields = dict(re.findall(r"^([a-z-]+): (.+)$", cff, re.MULTILINE))
    assert fields["cff-version"] == "1.2.0"
    assert {"title", "version", "license", "message", "date-released"} <= set(fields)
    assert fields["version"] == project("version") and fields["license"] == "MIT"


def test_contributing_says_how_to_add_a_lesson_a_text_and_a_question_and_run_the_tests():
    guide = read("CONTRIBUTING.md")
    for heading in ("## Add a lesson", "## Add a text", "## Add an exercise question",
                    "## House rules", "make test"):
        assert heading in guide
