"""Reading a learner's file safely: a regular file, at most a size limit, UTF-8 or told why not.

Every loader reads files through `read_text`, so each one stops with the
same clear sentence at a file that is too big, a folder, a named pipe or a
device (which would never end), or at bytes in another encoding, and names
that encoding with a command that converts it:

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "old.txt"
>>> _ = path.write_bytes("Лукашенко сказал.".encode("cp1251"))
>>> try:
...     read_text(path)
... except FileProblem as problem:
...     print(problem.message)   # doctest: +ELLIPSIS
is not UTF-8 (byte 0xcb). It looks like Windows-1251 (Cyrillic). ... iconv -f WINDOWS-1251 ...
"""

import os
import shlex
import stat
from pathlib import Path

from .encodings import NAMES, guess_single_byte, mojibake, utf16_or_32
from .errors import NarrativesError

# A long novel is about 2 MB; a texts folder or tags file ten times that is not a mistake
# we need to read to the end to report.
MAX_BYTES = 20 * 1024 * 1024


def printable(path):
    """A path as text that can be printed and read: bytes that are not UTF-8 shown as
    \\xe9, invisible characters (a tab, a NUL) as escapes, a very long name cut short.

    >>> printable(Path(b"caf\\xe9\\t.txt".decode("utf-8", "surrogateescape")))
    'caf\\\\xe9\\\\t.txt'
    """
    try:
        text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte: show it escaped
        text = str(path).encode("utf-8", "backslashreplace").decode("utf-8")
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii")
                   for c in text)
    if len(text) > 300:
        text = f"{text[:120]}...{text[-60:]} ({len(text):,} characters)"
    return text


class FileProblem(NarrativesError):
    """A file that cannot be used, where (`path`, `line`) and why (`message`)."""

    def __init__(self, path, message, line=None):
        self.path, self.line, self.message = Path(path), line, message
        where = f"{printable(path)}, line {line}" if line else printable(path)
        super().__init__(f"{where}: {message}")


def _kind(mode):
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_bytes(path, limit=MAX_BYTES):
    """The bytes of a regular file of at most `limit` bytes; a FileProblem otherwise.

    The file is opened without waiting (a named pipe would block forever) and
    checked after opening, so a symlink to a device is caught too.
    """
    path = Path(path)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise FileProblem(path, f"cannot be read ({error.strerror}). Check that it exists "
                          "and that you may read it.") from None
    except ValueError:  # Python's word for a name holding a NUL character
        raise FileProblem(path, "is not a file name: it holds a NUL character (\\x00), "
                          "which no name can.") from None
    mode = os.fstat(handle).st_mode
    if not stat.S_ISREG(mode):
        os.close(handle)
        raise FileProblem(path, f"is {_kind(mode)}, not a text file. Move it out of "
                          "the folder, or give the path of a plain .txt file.")
    with os.fdopen(handle, "rb") as file:
        try:
            data = file.read(limit + 1)
        except OSError as error:
            raise FileProblem(path, f"cannot be read ({error.strerror}).") from None
    if len(data) > limit:
        most = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit:,} bytes"
        raise FileProblem(path, f"is larger than {most}, the most a file here may hold. "
                          "Split it into several files.")
    return data


def convert_command(path, encoding):
    """The shell command that writes a UTF-8 copy of `path` as new.txt."""
    return f"iconv -f {encoding} -t UTF-8 {shlex.quote(str(path))} > new.txt"


def convert_call(path):
    """The one call, in a notebook cell, that converts the file at `path` (see `to_utf8`).

    Said only for a file on disk: an uploaded file has nothing to convert in place.
    """
    if not Path(path).is_file():
        return ""
    return (f"Convert it with one call in a cell: texts.to_utf8({str(path)!r}) (it keeps "
            "the original beside it). ")


def decode(path, data):
    """The text of a file's bytes; a FileProblem when it is not UTF-8 text."""
    path = Path(path)
    wide = utf16_or_32(data)
    if wide:
        name = wide.rstrip("LEB") if wide.endswith(("LE", "BE")) else wide
        raise FileProblem(path, f"is {name}, not UTF-8. {convert_call(path)}Or, in a "
                          f"terminal, run: {convert_command(path, wide)}")
    if b"\x00" in data:
        raise FileProblem(path, "is a binary file (it contains NUL bytes), not plain text. "
                          "Save your text as a plain .txt file in UTF-8.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        encoding = guess_single_byte(data)
        line = data[:error.start].count(b"\n") + 1
        advice = " Open it in a text editor and save it as 'UTF-8'."
        if encoding:
            advice = (f" It looks like {NAMES[encoding]}. {convert_call(path)}Or, in a "
                      f"terminal, run: {convert_command(path, encoding)}")
        raise FileProblem(path, f"is not UTF-8 (byte 0x{data[error.start]:02x}).{advice}",
                          line) from None
    garbled = mojibake(text)
    if garbled:
        sample, original = garbled
        # Undo the wrong step: back to the bytes it was read from, then read them right.
        undo = f"iconv -f UTF-8 -t WINDOWS-1252 {shlex.quote(str(path))}"
        if original == "UTF-8":
            how, repair = "was converted to UTF-8 twice", f"{undo} > new.txt"
        else:
            how = f"was {NAMES[original]}, converted to UTF-8 as if it were Windows-1252"
            repair = f"{undo} | iconv -f {original} -t UTF-8 > new.txt"
        call = convert_call(path).replace("Convert it with", "Or repair it with")
        raise FileProblem(path, f"reads as mojibake ({sample!r}): it {how}. Repair it with: "
                          f"{repair} in a terminal. {call}(Or convert the original file "
                          "again, or paste the text again from its source.)",
                          text[:text.find(sample)].count("\n") + 1)
    return text


def to_utf8(path):
    """Convert a text file to UTF-8 from the encoding it was recognised as; say what was done.

    The original bytes are kept beside it, named for their encoding
    (`old.txt` -> `old.txt.windows-1251`), where the loaders do not look. A
    file converted twice ("mojibake") is repaired the same way. A file that
    is already UTF-8, or whose encoding cannot be told, is left as it is.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "old.txt"
    >>> _ = path.write_bytes("Лукашенко сказал.".encode("cp1251"))
    >>> print(to_utf8(path))   # doctest: +ELLIPSIS
    Converted old.txt from Windows-1251 (Cyrillic) to UTF-8; the original is kept as old.txt.windows-1251...
    >>> read_text(path)
    'Лукашенко сказал.'
    """
    from .atomicfile import atomic_write

    path = Path(path)
    data = read_bytes(path)
    try:
        decode(path, data)
        return f"{path.name} is already UTF-8 text: nothing to convert."
    except FileProblem:
        pass
    encoding, text, how = _recognised(data)
    if text is None:
        raise FileProblem(path, "is not UTF-8, and its encoding cannot be told from its "
                          "bytes. Open it where you made it and save it again as 'UTF-8' "
                          "(or 'Unicode (UTF-8)'), or paste its text again.")
    kept = path.with_name(f"{path.name}.{encoding.lower()}")
    number = 2
    while kept.exists():
        kept = path.with_name(f"{path.name}.{encoding.lower()}-{number}")
        number += 1
    with open(kept, "xb") as file:  # the original first: a crash then loses nothing
        file.write(data)
    atomic_write(path, text)
    return (f"Converted {path.name} {how} to UTF-8; the original is kept as {kept.name}. "
            "Read the text once to see that its letters are right, then run the cells "
            "that load it again.")


def _recognised(data):
    """`(encoding, UTF-8 text, how)` of bytes in another encoding, or Nones."""
    from .encodings import CODECS, guess

    encoding = guess(data)
    try:
        if encoding is not None:
            text = data.decode(CODECS[encoding]).removeprefix("\ufeff")
            return encoding, text, f"from {NAMES.get(encoding, encoding)}"
        text = data.decode("utf-8-sig")
        garbled = mojibake(text)
        if garbled is None:
            return None, None, None
        encoding = garbled[1]  # what the bytes were before they were read as Windows-1252
        for wrong in ("cp1252", "latin-1"):  # undo that step, then read them right
            try:
                text = text.encode(wrong).decode(CODECS[encoding])
                return encoding, text, "back from mojibake"
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    except UnicodeDecodeError:
        pass
    return None, None, None


def read_text(path, limit=MAX_BYTES):
    """The UTF-8 text of a regular file; a FileProblem saying what is wrong otherwise."""
    return decode(path, read_bytes(path, limit))


__all__ = ["MAX_BYTES", "FileProblem", "convert_call", "convert_command", "decode",
           "read_bytes", "read_text", "to_utf8"]
