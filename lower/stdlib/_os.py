"""The part of `os` krait writes in Python: `scandir` and its `DirEntry` objects (the native
`os` module hands them out)."""

import os


class DirEntry:
    """An entry of a directory `scandir` lists: its name and path, and tests of what it is."""

    __module__ = "posix"

    def __init__(self, directory, name):
        self.name = name
        self.path = os.path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and os.path.islink(self.path):
            return False
        return os.path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and os.path.islink(self.path):
            return False
        return os.path.isfile(self.path)

    def is_symlink(self):
        return os.path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return os.stat(self.path) if follow_symlinks else os.lstat(self.path)

    def inode(self):
        return os.lstat(self.path).st_ino

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class ScandirIterator:
    """The entries of a directory, one at a time; a context manager that closes it."""

    __module__ = "posix"

    def __init__(self, path):
        self._directory = path
        self._names = iter(os.listdir(path))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        self._names = iter(())


def scandir(path="."):
    """An iterator over the entries of directory `path`."""
    return ScandirIterator(os.fspath(path))
