"""High-level file operations (krait's implementation of the standard `shutil`): copying
files and trees, removing trees, moving, `which`."""

import os
import fnmatch

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree", "Error",
    "SameFileError", "ignore_patterns", "which",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file object `fsrc` to `fdst`."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    try:
        a = os.stat(src)
        b = os.stat(dst)
    except OSError:
        return False
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file `src` to `dst`; returns `dst`."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of `src` to `dst`."""
    os.chmod(dst, os.stat(src).st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times."""
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, st.st_mode & 0o7777)


def _copy_into(src, dst, copy_metadata):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    copy_metadata(src, dst)
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and permission bits; `dst` may be a directory. Returns the new file."""
    return _copy_into(src, dst, copymode)


def copy2(src, dst, *, follow_symlinks=True):
    """As `copy`, keeping the times too."""
    return _copy_into(src, dst, copystat)


def ignore_patterns(*patterns):
    """An `ignore` function for `copytree` that ignores names matching the patterns."""

    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)

    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    """Copies a directory tree; returns `dst`."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Deletes a directory tree."""
    try:
        os.lstat(path)
    except OSError as err:
        if ignore_errors:
            return
        if onexc is not None:
            onexc(os.lstat, path, err)
            return
        if onerror is not None:
            onerror(os.lstat, path, (type(err), err, None))
            return
        raise
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as err:
            if ignore_errors:
                return
            if onexc is not None:
                onexc(os.path.islink, path, err)
                return
            raise
    _rmtree(path, ignore_errors, onerror, onexc)


def _rmtree(path, ignore_errors, onerror, onexc):
    def failed(func, name, err):
        if ignore_errors:
            return
        if onexc is not None:
            onexc(func, name, err)
        elif onerror is not None:
            onerror(func, name, (type(err), err, None))
        else:
            raise err

    try:
        names = os.listdir(path)
    except OSError as err:
        failed(os.listdir, path, err)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full) and not os.path.islink(full):
            _rmtree(full, ignore_errors, onerror, onexc)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                failed(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        failed(os.rmdir, path, err)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory tree to `dst` (into it, if it is a directory); returns where
    it went."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip("/")))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.isdir(src):
            copytree(src, real_dst, copy_function=copy_function)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable `cmd` would run, or None."""
    if os.path.dirname(cmd):
        if os.path.exists(cmd) and os.access(cmd, mode) and not os.path.isdir(cmd):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        if d not in seen:
            seen.add(d)
            name = os.path.join(d, cmd)
            if os.path.exists(name) and os.access(name, mode) and not os.path.isdir(name):
                return name
    return None
