"""Temporary files and directories (krait's implementation of the standard `tempfile`):
`gettempdir`, `mkdtemp`, `TemporaryDirectory`, `NamedTemporaryFile`, `TemporaryFile`."""

import os
import shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "gettempdir",
    "gettempprefix", "TMP_MAX", "template",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    return "".join(_CHARACTERS[b % len(_CHARACTERS)] for b in os.urandom(8))


def gettempprefix():
    return template


def gettempdir():
    """The directory temporary files go in: `TMPDIR`, `TEMP` or `TMP`, else `/tmp`."""
    global tempdir
    if tempdir is None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            d = os.getenv(name)
            if d and os.path.isdir(d):
                tempdir = os.path.abspath(d)
                break
        else:
            tempdir = "/tmp"
    return tempdir


def _parts(suffix, prefix, dir):
    return (suffix or "", template if prefix is None else prefix, gettempdir() if dir is None else os.fspath(dir))


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory only this user can use; returns its absolute path."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        os.chmod(path, 0o700)
        return os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has yet (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(path):
            return path
    raise FileExistsError("No usable temporary filename found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    raise NotImplementedError("krait does not support tempfile.mkstemp yet (it returns an OS file descriptor)")


def _create(dir, prefix, suffix, mode, buffering, encoding, newline, errors):
    for _ in range(TMP_MAX):
        path = os.path.join(dir, prefix + _random_name() + suffix)
        if os.path.exists(path):
            continue
        f = open(path, mode.replace("w", "x") if "w" in mode else "x" + mode.replace("r", "").replace("a", ""),
                 buffering, encoding=encoding, newline=newline, errors=errors)
        os.chmod(path, 0o600)
        return path, f
    raise FileExistsError("No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file with a `name`, deleted when closed (with `delete`)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.file.close()
        if self.delete:
            self._remove()
        return None

    def close(self):
        self.file.close()
        if self.delete and self.delete_on_close:
            self._remove()

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object at {:#x}>".format(id(self))


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None, delete_on_close=True):
    """A temporary file with a name in the file system, deleted when closed (`delete`)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    path, f = _create(dir, prefix, suffix, mode, buffering, encoding, newline, errors)
    return _TemporaryFileWrapper(f, path, delete, delete_on_close)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A temporary file with no name (removed from the file system at once)."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    path, f = _create(dir, prefix, suffix, mode, buffering, encoding, newline, errors)
    os.unlink(path)
    return f


class TemporaryDirectory:
    """A temporary directory, removed with everything in it by `cleanup` or at the end of a
    `with` block (whose value is its name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            self._done = True
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
