"""Filename globbing (krait's implementation of the standard `glob`): `glob`, `iglob`,
`escape`, `has_magic`, with `recursive` `**` and `include_hidden`."""

import os
import fnmatch

__all__ = ["escape", "glob", "iglob"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching `pathname`, in the order the directories list them."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("krait does not support glob's dir_fd yet")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return iter(_glob(pathname, root_dir, recursive, False, include_hidden))


def _glob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                return [pathname]
        elif _isdir(_join(root_dir, dirname)):
            return [pathname]
        return []
    if not dirname:
        if recursive and _isrecursive(basename):
            return _glob2(root_dir, basename, dironly, include_hidden)
        return _glob1(root_dir, basename, dironly, include_hidden)
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    out = []
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            out.append(os.path.join(d, name))
    return out


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if include_hidden or pattern.startswith("."):
        return fnmatch.filter(names, pattern)
    return fnmatch.filter([x for x in names if not x.startswith(".")], pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    out = [pattern[:0]]
    out.extend(_rlistdir(dirname, dironly, include_hidden))
    return out


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname if dirname else os.curdir)
    except OSError:
        return []
    if dironly:
        return [n for n in names if _isdir(os.path.join(dirname, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    out = []
    for x in _listdir(dirname, dironly):
        if include_hidden or not x.startswith("."):
            out.append(x)
            path = os.path.join(dirname, x) if dirname else x
            if _isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    out.append(os.path.join(x, y))
    return out


def _join(root_dir, path):
    if root_dir is None or not path:
        return path if path else (root_dir or "")
    return os.path.join(root_dir, path)


def _lexists(path):
    return os.path.lexists(path) if path else False


def _isdir(path):
    return os.path.isdir(path) if path else os.path.isdir(os.curdir)


def _isrecursive(pattern):
    return pattern == "**"


def has_magic(s):
    """Whether `s` holds a wildcard (`*`, `?` or `[`)."""
    return "*" in s or "?" in s or "[" in s


def escape(pathname):
    """`pathname` with its wildcards escaped (`[*]`), the drive left as it is."""
    out = []
    for c in pathname:
        if c in "*?[":
            out.append("[" + c + "]")
        else:
            out.append(c)
    return "".join(out)


