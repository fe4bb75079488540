"""Everything a learner writes, kept in `my-work/` with its question, the moment it is sent.

Open answers, "your turn" notes and exercise answers all go to one file per
learner, `my-work/answers-<name>.json`, with a readable copy beside it,
`answers-<name>.md`, so the zip of lesson 00's "Download all my work" holds
each answer under its question. Each save is atomic and made under a lock
on what the file holds then (two notebooks may save at once), and an answer
given again to the same question replaces the earlier one.

>>> import tempfile
>>> work = tempfile.mkdtemp()
>>> path = save_answer("00", "my-question", "Your question about the story?",
...                    "Isn't NATO's denial a claim too?", folder=work, name="Ada")
>>> path.name
'answers-Ada.json'
>>> saved_answer("00", "my-question", folder=work, name="Ada")
"Isn't NATO's denial a claim too?"
>>> print(path.with_suffix(".md").read_text(encoding="utf-8"))  # doctest: +ELLIPSIS
# Answers of Ada
<BLANKLINE>
## Lesson 00 · my-question
<BLANKLINE>
**Question.** Your question about the story?
<BLANKLINE>
**Answer** (saved ...):
<BLANKLINE>
Isn't NATO's denial a claim too?
<BLANKLINE>
"""

import json
from datetime import datetime
from pathlib import Path

from .atomicfile import atomic_write, folder as work_folder, set_aside
from .display import escape, say, widget_bundle
from .errors import NarrativesError
from .filelock import locked
from .names import adopt, former_names, owner, safe_name
from .workspace import shown

FORMAT = "narratives-answers"
MOST = 20_000  # characters kept of one answer: a long essay, not a pasted book


def answers_path(name=None, folder=None):
    """Where a learner's answers live: `my-work/answers-<name>.json`."""
    return work_folder(folder) / f"answers-{safe_name(name or owner(folder))}.json"


def _read(path):
    """`{(lesson, key): entry}` from an answers file ({} when there is none).

    A file that cannot be read is moved aside, unchanged, so nothing in it is lost.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = data["answers"] if data.get("format") == FORMAT else None
        return {(e["lesson"], e["key"]): e for e in entries}
    except FileNotFoundError:
        return {}
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        set_aside(path)
        return {}


def _write(path, entries, name):
    ordered = [entries[key] for key in sorted(entries)]
    atomic_write(path, json.dumps({"format": FORMAT, "version": 1, "learner": name,
                                   "answers": ordered}, ensure_ascii=False, indent=1) + "\n")
    atomic_write(path.with_suffix(".md"), to_markdown(ordered, name))


def to_markdown(entries, name):
    """The answers as a Markdown file to read: each under its lesson and question."""
    parts = [f"# Answers of {name}\n"]
    for e in entries:
        result = f", {e['result']}" if e.get("result") else ""
        parts.append(f"## Lesson {e['lesson']} · {e['key']}\n\n**Question.** {e['question']}\n\n"
                     f"**Answer** (saved {e['saved']}{result}):\n\n{e['answer']}\n")
    return "\n".join(parts)


def save_answer(lesson, key, question, answer, folder=None, name=None, result=""):
    """Keep one answer with its question at once; returns the file's path.

    Answers saved under the shared login or an earlier name move in first.
    """
    if not isinstance(answer, str):
        answer = repr(answer)
    name = name or owner(folder)
    path = answers_path(name, folder)
    entry = {"lesson": str(lesson), "key": str(key), "question": str(question).strip(),
             "answer": answer.strip()[:MOST], "saved": datetime.now().strftime("%Y-%m-%d %H:%M"),
             "result": result}
    for former in former_names(folder) if name == owner(folder) else ():
        _take(path, answers_path(former, folder), name)
    with locked(path):
        entries = _read(path)
        entries[(entry["lesson"], entry["key"])] = entry
        _write(path, entries, name)
    return path


def _take(path, old_path, name):
    """Move the answers of `old_path` (a shared login's) into `path`; the newer of two wins."""
    def merge(old):
        with locked(path):
            entries = _read(path)
            for key, entry in _read(old).items():
                if key not in entries or entry["saved"] > entries[key]["saved"]:
                    entries[key] = entry
            _write(path, entries, name)
        old.with_suffix(".md").unlink(missing_ok=True)
    if old_path != path:
        adopt(old_path, merge)


def saved_answer(lesson, key, folder=None, name=None):
    """The answer saved to this question, or None."""
    entry = _read(answers_path(name, folder)).get((str(lesson), str(key)))
    return entry["answer"] if entry else None


class AnswerBox:
    """A box to write an answer in, with no Python quoting, saved by its button.

    Reopened, it shows the answer saved before. `then(text)` runs after each
    save (lesson 01 also writes the source card; an exercise checks the answer)
    and may return a sentence, or feedback to show below the box.
    """

    def __init__(self, lesson, key, question, start="", rows=6, folder=None, then=None,
                 button="Save my answer", fill=False):
        import ipywidgets as w

        self.lesson, self.key, self.question = str(lesson), str(key), str(question)
        self.folder, self.then = folder, then
        earlier = saved_answer(lesson, key, folder)
        # A template (`start`) gives way to the answer saved before; a given text (`fill`,
        # a solution's model answer) does not.
        value = start if (fill and start) or earlier is None else earlier
        self.text = w.Textarea(value=value,
                               placeholder="Write your answer here", rows=rows,
                               layout=w.Layout(width="100%", max_width="50em"))
        self.text.add_class("narratives-answer-text")
        self.button = w.Button(description=button, icon="save",
                               button_style="primary", layout=w.Layout(width="auto"))
        self.message = w.HTML(say("Saved before; change it and save again."
                                  if earlier is not None else "Not saved yet."))
        self.feedback = w.HTML()
        self.button.on_click(lambda _: self.save())
        self.widget = w.VBox([w.HTML(f"<b>{escape(self.question)}</b>"), self.text,
                              w.HBox([self.button, self.message],
                                     layout=w.Layout(flex_flow="row wrap")), self.feedback])
        self.widget.add_class("narratives-widget")
        self.widget.add_class("narratives-answer")

    def save(self):
        """Save what the box holds now; the message says where, or why not."""
        if not self.text.value.strip():
            self.message.value = say("Nothing to save yet: write your answer first.", "bad")
            return None
        try:
            path = save_answer(self.lesson, self.key, self.question, self.text.value,
                               self.folder)
        except (NarrativesError, OSError) as error:
            reason = getattr(error, "strerror", None) or error
            self.message.value = say(f"Not saved: {reason}. Copy your answer somewhere safe, "
                                     "then try again.", "bad")
            return None
        try:
            extra = self.then(self.text.value) if self.then else ""
        except (NarrativesError, OSError) as error:  # the answer itself is kept: say both
            reason = getattr(error, "strerror", None) or error
            self.message.value = say(f"Saved in my-work/{path.name}, but not the rest: "
                                     f"{reason}", "bad")
            return path
        if hasattr(extra, "_repr_html_"):  # an exercise's feedback: shown as it is
            self.feedback.value, extra = extra._repr_html_(), ""
        elif isinstance(extra, Path):  # a file of its own too (a source card, a text)
            extra = f"Also saved as {shown(extra.parent)}{extra.name}."
        when = datetime.now().strftime("%H:%M")
        self.message.value = say(f"Saved at {when} in my-work/{path.name}, with its question "
                                 f"(and in the zip of 'Download all my work'). {extra or ''}"
                                 .strip())
        return path

    def __repr__(self):
        return f"<Answer box for lesson {self.lesson}, {self.key!r}: write, then save>"

    def _repr_mimebundle_(self, **kwargs):
        return widget_bundle(self.widget, repr(self), **kwargs)


def box(lesson, key, question, start="", rows=6, then=None, button="Save my answer"):
    """An answer box for a lesson: `answers.box("02", "defend-a-tag", "Which ...?")`."""
    return AnswerBox(lesson, key, question, start=start, rows=rows, then=then, button=button)
