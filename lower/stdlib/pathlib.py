"""Object-oriented filesystem paths (krait's implementation of the standard `pathlib`, POSIX
flavour): `PurePath`/`PurePosixPath` for path arithmetic, `Path`/`PosixPath` for the file
system."""

import os
import fnmatch

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _parse(path):
    """`(root, parts)` of a POSIX path string: `//` alone is a root of its own, other runs
    of slashes are one, `.` parts are dropped."""
    if path.startswith("/"):
        root = "//" if path.startswith("//") and not path.startswith("///") else "/"
    else:
        root = ""
    parts = [p for p in path.split("/") if p and p != "."]
    return root, parts


class _Parents:
    """The logical ancestors of a path, nearest first (`p.parents`)."""

    __slots__ = ("_path", "_items")

    def __init__(self, path):
        self._path = path
        items = []
        p = path
        while True:
            parent = p.parent
            if parent == p:
                break
            items.append(parent)
            p = parent
        self._items = items

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self._items[index])
        n = len(self._items)
        if index >= n or index < -n:
            raise IndexError(index)
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """A path without I/O: joining, splitting, names and suffixes."""

    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._set(args)
        return self

    def _set(self, args):
        paths = []
        for a in args:
            if isinstance(a, PurePath):
                paths.append(str(a))
            elif isinstance(a, str):
                paths.append(a)
            else:
                try:
                    p = os.fspath(a)
                except TypeError:
                    p = a
                if not isinstance(p, str):
                    raise TypeError(
                        "argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                        f"not {type(p).__name__!r}"
                    )
                paths.append(p)
        joined = os.path.join(*paths) if paths else ""
        self._root, self._parts = _parse(joined)
        if self._root or self._parts:
            self._str = self._root + "/".join(self._parts)
        else:
            self._str = "."

    def with_segments(self, *args):
        """A path of the same type made from `args`."""
        return type(self)(*args)

    def _from(self, root, parts):
        p = object.__new__(type(self))
        p._root = root
        p._parts = parts
        p._str = (root + "/".join(parts)) if (root or parts) else "."
        return p

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def as_posix(self):
        """The path with forward slashes."""
        return self._str

    def __bytes__(self):
        return self._str.encode()

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a `file:` URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return "file://" + self._str

    def __hash__(self):
        return hash(self._str)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str and type(self)._flavour == type(other)._flavour

    def _key(self, other):
        if not isinstance(other, PurePath) or type(self)._flavour != type(other)._flavour:
            return None
        return self.parts, other.parts

    def __lt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] < k[1]

    def __le__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else k[0] >= k[1]

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *pathsegments):
        """This path joined with each of `pathsegments`."""
        return self.with_segments(self, *pathsegments)

    @property
    def parts(self):
        """The components, the root first if there is one."""
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        """The final component (empty for a root or `.`)."""
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        """The final component's last extension (`.gz` of `a.tar.gz`)."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """The final component's extensions (`['.tar', '.gz']`)."""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        """The final component without its last extension."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        """The logical parent (a root or `.` is its own parent)."""
        if not self._parts:
            return self
        return self._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        """The path with its final component replaced."""
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if not name or "/" in name or name == ".":
            raise ValueError(f"Invalid name {name!r}")
        return self._from(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with its stem replaced (the suffix kept)."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced (added, or removed with `''`)."""
        if "/" in suffix or (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError(f"Invalid suffix {suffix!r}")
        name = self.name
        if not name:
            raise ValueError(f"{self!r} has an empty name")
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[: -len(old)] + suffix
        return self._from(self._root, self._parts[:-1] + [name])

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is `other` or below it."""
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        return other == self or other in self.parents

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path relative to `other` (with `walk_up`, through `..` if need be)."""
        if not isinstance(other, PurePath):
            other = self.with_segments(other)
        step = 0
        for path in [other] + list(other.parents):
            if self.is_relative_to(path):
                break
            elif not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            elif path.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            step += 1
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        parts = [".."] * step + self._parts[len(path._parts):]
        return self._from("", parts)

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether the path matches a glob-style pattern, from the right."""
        pat = self.with_segments(path_pattern)
        pat_parts = list(pat.parts)
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = list(self.parts)
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path of POSIX systems."""

    __slots__ = ()
    _flavour = "posix"


class Path(PurePath):
    """A path of this system's file system."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._set(args)
        return self

    @classmethod
    def cwd(cls):
        """The current directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        return os.path.exists(self._str) if follow_symlinks else os.path.lexists(self._str)

    def is_file(self):
        return os.path.isfile(self._str)

    def is_dir(self):
        return os.path.isdir(self._str)

    def is_symlink(self):
        return os.path.islink(self._str)

    def samefile(self, other_path):
        a = self.stat()
        b = other_path.stat() if isinstance(other_path, Path) else os.stat(other_path)
        return a.st_ino == b.st_ino and a.st_dev == b.st_dev

    def iterdir(self):
        """The directory's entries, as paths below this one."""
        for name in os.listdir(self._str):
            yield self._child(name)

    def _child(self, name):
        return self._from(self._root, self._parts + [name])

    def glob(self, pattern, *, case_sensitive=None):
        """The paths below this one matching a relative glob pattern (`**`: any depth)."""
        pattern = os.fspath(pattern)
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        root, parts = _parse(pattern)
        if root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        dir_only = pattern.endswith("/")
        if parts and parts[-1] == "**":
            dir_only = True
        return iter(self._select(parts, dir_only))

    def rglob(self, pattern, *, case_sensitive=None):
        """`glob` at any depth below this path."""
        return self.glob("**/" + os.fspath(pattern))

    def _select(self, parts, dir_only):
        found = [self]
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            step = []
            if part == "**":
                seen = set()
                for p in found:
                    for d in p._walk_dirs():
                        if d._str not in seen:
                            seen.add(d._str)
                            step.append(d)
            elif "*" in part or "?" in part or "[" in part:
                for p in found:
                    try:
                        names = os.listdir(p._str)
                    except OSError:
                        continue
                    for name in names:
                        if fnmatch.fnmatchcase(name, part):
                            child = p._child(name)
                            if (not last or dir_only) and not child.is_dir():
                                continue
                            step.append(child)
            else:
                for p in found:
                    child = p._child(part)
                    if child.exists() and (not (not last or dir_only) or child.is_dir()):
                        step.append(child)
            found = step
        return found

    def _walk_dirs(self):
        out = [self]
        try:
            names = os.listdir(self._str)
        except OSError:
            return out
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                out.extend(child._walk_dirs())
        return out

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """`(dirpath, dirnames, filenames)` for this directory and those below it."""
        for dirpath, dirnames, filenames in os.walk(self._str, topdown=top_down):
            yield self.with_segments(dirpath), dirnames, filenames

    def absolute(self):
        """The path made absolute (without resolving symbolic links or `..`)."""
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        """The absolute path with `..` and symbolic links resolved."""
        return self.with_segments(os.path.realpath(self._str))

    def expanduser(self):
        return self.with_segments(os.path.expanduser(self._str))

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with open(self._str, "r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with open(self._str, "rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        with open(self._str, "w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % data.__class__.__name__)
        with open(self._str, "wb") as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file, or with `exist_ok` updates its times."""
        if exist_ok and os.path.exists(self._str):
            os.utime(self._str)
            return
        open(self._str, "a" if exist_ok else "x").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Makes the directory (its parents too with `parents`)."""
        try:
            os.mkdir(self._str, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self._str, os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        os.replace(self._str, os.fspath(target))
        return self.with_segments(target)

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self._str, mode)


class PosixPath(Path, PurePosixPath):
    """A path of a POSIX file system."""

    __slots__ = ()
