"""A lock on a learner's file, so that two kernels saving it at once lose nothing.

Lesson 02 and exercise 02 (or two browser tabs) may each hold a Tagger on the same
`my-work/tags-<name>.json`. Each save reads the file, merges its change in and
writes it back while holding the lock, so no save overwrites another.

The lock is a small hidden file beside the one it guards (`.tags-ada.json.lock`),
locked with the operating system's own call: `fcntl.flock` on Linux and macOS,
`msvcrt.locking` on Windows. Both are let go by the system when a kernel dies.
Where neither exists, creating the lock file itself is the lock (`O_EXCL`), and a
lock file left by a crash is taken over once it is older than STALE seconds.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "tags-ada.json"
>>> with locked(path):
...     _ = path.write_text("{}")
>>> path.read_text()
'{}'
"""

import os
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import NarrativesError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
try:
    import msvcrt
except ImportError:  # Linux, macOS
    msvcrt = None

WAIT = 10.0  # seconds a save waits for another kernel's save to finish
STALE = 30.0  # seconds after which a lock file (O_EXCL fallback) is a crash's leftover
PAUSE = 0.005  # seconds between two tries


class LockTimeout(NarrativesError):
    """Another kernel held the lock for longer than WAIT seconds."""


def lock_path(path):
    """The hidden lock file that guards `path`."""
    path = Path(path)
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path, wait=WAIT):
    """Hold the lock on `path` for the `with` block; LockTimeout after `wait` seconds."""
    lock = lock_path(path)
    lock.parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None and msvcrt is None:
        with _lock_file(lock, wait):
            yield
        return
    handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        _retry(lambda: _try_system_lock(handle), lock, wait)
        try:
            yield
        finally:
            _system_unlock(handle)
    finally:
        os.close(handle)


def _retry(attempt, lock, wait):
    deadline = time.monotonic() + wait
    while not attempt():
        if time.monotonic() > deadline:
            name = lock.name.removeprefix(".").removesuffix(".lock")
            raise LockTimeout(f"Another notebook (or tab) has been saving {name} for over "
                              f"{wait:.0f} s. Try again; if this keeps happening, restart "
                              "the other notebook's kernel.")
        time.sleep(PAUSE)


def _try_system_lock(handle):
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            os.lseek(handle, 0, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
    except (BlockingIOError, PermissionError):
        return False
    except OSError as error:  # msvcrt says "locked" with EDEADLOCK or EACCES
        if msvcrt is not None and fcntl is None:
            return False
        raise error
    return True


def _system_unlock(handle):
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_UN)
    else:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)


@contextmanager
def _lock_file(lock, wait):
    """The fallback: whoever creates the lock file holds the lock."""
    def attempt():
        try:
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        except FileExistsError:
            try:
                if time.time() - lock.stat().st_mtime > STALE:
                    lock.unlink()  # left by a kernel that died while saving
            except FileNotFoundError:
                pass
            return False
        with os.fdopen(handle, "w") as file:
            file.write(f"{os.getpid()}\n")
        return True

    _retry(attempt, lock, wait)
    try:
        yield
    finally:
        try:
            lock.unlink()
        except FileNotFoundError:
            pass
