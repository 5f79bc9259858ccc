//! `os` and `os.path` (CPython's `posixpath`): the working directory, directories and files,
//! the environment, `walk`; path strings manipulated as `posixpath` does. System calls that
//! fail raise the `OSError` subclass for their errno with the C library's message and the
//! file names involved.

use crate::cell::Global;
use crate::exceptions::{self, raise, raise_type_error};
use crate::file::raise_os_error;
use crate::iter::CustomIter;
use crate::object::{Kind, OBJECT_TYPE, TypeObject, Value};
use crate::{dict, float, int, list, str, tuple};

/// Every public name of CPython's `os` (Linux).
#[rustfmt::skip]
pub const NAMES: &[&str] = &[
    "CLD_CONTINUED", "CLD_DUMPED", "CLD_EXITED", "CLD_KILLED", "CLD_STOPPED", "CLD_TRAPPED", "DirEntry",
    "EFD_CLOEXEC", "EFD_NONBLOCK", "EFD_SEMAPHORE", "EX_CANTCREAT", "EX_CONFIG", "EX_DATAERR", "EX_IOERR",
    "EX_NOHOST", "EX_NOINPUT", "EX_NOPERM", "EX_NOUSER", "EX_OK", "EX_OSERR", "EX_OSFILE", "EX_PROTOCOL",
    "EX_SOFTWARE", "EX_TEMPFAIL", "EX_UNAVAILABLE", "EX_USAGE", "F_LOCK", "F_OK", "F_TEST", "F_TLOCK",
    "F_ULOCK", "GRND_NONBLOCK", "GRND_RANDOM", "GenericAlias", "MFD_ALLOW_SEALING", "MFD_CLOEXEC",
    "MFD_HUGETLB", "MFD_HUGE_16GB", "MFD_HUGE_16MB", "MFD_HUGE_1GB", "MFD_HUGE_1MB", "MFD_HUGE_256MB",
    "MFD_HUGE_2GB", "MFD_HUGE_2MB", "MFD_HUGE_32MB", "MFD_HUGE_512KB", "MFD_HUGE_512MB", "MFD_HUGE_64KB",
    "MFD_HUGE_8MB", "MFD_HUGE_MASK", "MFD_HUGE_SHIFT", "Mapping", "MutableMapping", "NGROUPS_MAX",
    "O_ACCMODE", "O_APPEND", "O_ASYNC", "O_CLOEXEC", "O_CREAT", "O_DIRECT", "O_DIRECTORY", "O_DSYNC",
    "O_EXCL", "O_EXEC", "O_FSYNC", "O_LARGEFILE", "O_NDELAY", "O_NOATIME", "O_NOCTTY", "O_NOFOLLOW",
    "O_NONBLOCK", "O_PATH", "O_RDONLY", "O_RDWR", "O_RSYNC", "O_SEARCH", "O_SYNC", "O_TMPFILE", "O_TRUNC",
    "O_TTY_INIT", "O_WRONLY", "POSIX_FADV_DONTNEED", "POSIX_FADV_NOREUSE", "POSIX_FADV_NORMAL",
    "POSIX_FADV_RANDOM", "POSIX_FADV_SEQUENTIAL", "POSIX_FADV_WILLNEED", "POSIX_SPAWN_CLOSE",
    "POSIX_SPAWN_DUP2", "POSIX_SPAWN_OPEN", "PRIO_PGRP", "PRIO_PROCESS", "PRIO_USER", "P_ALL", "P_NOWAIT",
    "P_NOWAITO", "P_PGID", "P_PID", "P_PIDFD", "P_WAIT", "PathLike", "RTLD_DEEPBIND", "RTLD_GLOBAL",
    "RTLD_LAZY", "RTLD_LOCAL", "RTLD_NODELETE", "RTLD_NOLOAD", "RTLD_NOW", "RWF_APPEND", "RWF_DSYNC",
    "RWF_HIPRI", "RWF_NOWAIT", "RWF_SYNC", "R_OK", "SCHED_BATCH", "SCHED_FIFO", "SCHED_IDLE", "SCHED_OTHER",
    "SCHED_RESET_ON_FORK", "SCHED_RR", "SEEK_CUR", "SEEK_DATA", "SEEK_END", "SEEK_HOLE", "SEEK_SET",
    "SPLICE_F_MORE", "SPLICE_F_MOVE", "SPLICE_F_NONBLOCK", "ST_APPEND", "ST_MANDLOCK", "ST_NOATIME",
    "ST_NODEV", "ST_NODIRATIME", "ST_NOEXEC", "ST_NOSUID", "ST_RDONLY", "ST_RELATIME", "ST_SYNCHRONOUS",
    "ST_WRITE", "TMP_MAX", "WCONTINUED", "WCOREDUMP", "WEXITED", "WEXITSTATUS", "WIFCONTINUED", "WIFEXITED",
    "WIFSIGNALED", "WIFSTOPPED", "WNOHANG", "WNOWAIT", "WSTOPPED", "WSTOPSIG", "WTERMSIG", "WUNTRACED",
    "W_OK", "XATTR_CREATE", "XATTR_REPLACE", "XATTR_SIZE_MAX", "X_OK", "abc", "abort", "access", "altsep",
    "chdir", "chmod", "chown", "chroot", "close", "closerange", "confstr", "confstr_names",
    "copy_file_range", "cpu_count", "ctermid", "curdir", "defpath", "device_encoding", "devnull", "dup",
    "dup2", "environ", "environb", "error", "eventfd", "eventfd_read", "eventfd_write", "execl", "execle",
    "execlp", "execlpe", "execv", "execve", "execvp", "execvpe", "extsep", "fchdir", "fchmod", "fchown",
    "fdatasync", "fdopen", "fork", "forkpty", "fpathconf", "fsdecode", "fsencode", "fspath", "fstat",
    "fstatvfs", "fsync", "ftruncate", "fwalk", "get_blocking", "get_exec_path", "get_inheritable",
    "get_terminal_size", "getcwd", "getcwdb", "getegid", "getenv", "getenvb", "geteuid", "getgid",
    "getgrouplist", "getgroups", "getloadavg", "getlogin", "getpgid", "getpgrp", "getpid", "getppid",
    "getpriority", "getrandom", "getresgid", "getresuid", "getsid", "getuid", "getxattr", "initgroups",
    "isatty", "kill", "killpg", "lchown", "linesep", "link", "listdir", "listxattr", "lockf", "login_tty",
    "lseek", "lstat", "major", "makedev", "makedirs", "memfd_create", "minor", "mkdir", "mkfifo", "mknod",
    "name", "nice", "open", "openpty", "pardir", "path", "pathconf", "pathconf_names", "pathsep",
    "pidfd_open", "pipe", "pipe2", "popen", "posix_fadvise", "posix_fallocate", "posix_spawn",
    "posix_spawnp", "pread", "preadv", "putenv", "pwrite", "pwritev", "read", "readlink", "readv",
    "register_at_fork", "remove", "removedirs", "removexattr", "rename", "renames", "replace", "rmdir",
    "scandir", "sched_get_priority_max", "sched_get_priority_min", "sched_getaffinity", "sched_getparam",
    "sched_getscheduler", "sched_param", "sched_rr_get_interval", "sched_setaffinity", "sched_setparam",
    "sched_setscheduler", "sched_yield", "sendfile", "sep", "set_blocking", "set_inheritable", "setegid",
    "seteuid", "setgid", "setgroups", "setpgid", "setpgrp", "setpriority", "setregid", "setresgid",
    "setresuid", "setreuid", "setsid", "setuid", "setxattr", "spawnl", "spawnle", "spawnlp", "spawnlpe",
    "spawnv", "spawnve", "spawnvp", "spawnvpe", "splice", "st", "stat", "stat_result", "statvfs",
    "statvfs_result", "strerror", "supports_bytes_environ", "supports_dir_fd", "supports_effective_ids",
    "supports_fd", "supports_follow_symlinks", "symlink", "sync", "sys", "sysconf", "sysconf_names",
    "system", "tcgetpgrp", "tcsetpgrp", "terminal_size", "times", "times_result", "truncate", "ttyname",
    "umask", "uname", "uname_result", "unlink", "unsetenv", "urandom", "utime", "wait", "wait3", "wait4",
    "waitid", "waitid_result", "waitpid", "waitstatus_to_exitcode", "walk", "write", "writev",
];

/// Every public name of CPython's `posixpath` (`os.path`).
#[rustfmt::skip]
pub const PATH_NAMES: &[&str] = &[
    "abspath", "altsep", "basename", "commonpath", "commonprefix", "curdir", "defpath", "devnull", "dirname",
    "exists", "expanduser", "expandvars", "extsep", "genericpath", "getatime", "getctime", "getmtime",
    "getsize", "isabs", "isdir", "isfile", "isjunction", "islink", "ismount", "join", "lexists", "normcase",
    "normpath", "os", "pardir", "pathsep", "realpath", "relpath", "samefile", "sameopenfile", "samestat",
    "sep", "split", "splitdrive", "splitext", "splitroot", "stat", "supports_unicode_filenames", "sys",
];

pub fn getattr(name: &str) -> Option<Value> {
    let name: &'static str = NAMES.iter().find(|n| **n == name)?;
    let f: crate::func::BuiltinEntry = match name {
        "getcwd" => os_getcwd,
        "listdir" => os_listdir,
        "mkdir" => os_mkdir,
        "makedirs" => os_makedirs,
        "remove" | "unlink" => os_remove,
        "rmdir" => os_rmdir,
        "rename" | "replace" => os_rename,
        "getenv" => os_getenv,
        "walk" => os_walk,
        "fspath" => os_fspath,
        "getpid" => os_getpid,
        "chdir" => os_chdir,
        "stat" => os_stat,
        "urandom" => os_urandom,
        "access" => os_access,
        "lstat" => os_lstat,
        "chmod" => os_chmod,
        "utime" => os_utime,
        "stat_result" => return Some(stat_result_class()),
        "cpu_count" => os_cpu_count,
        "path" => return Some(Value::from_static(&super::OS_PATH)),
        // Written in Python (`lower/stdlib/_os.py`).
        "scandir" | "DirEntry" => return Some(crate::import::attribute_of("_os", name)),
        "environ" => return Some(environ()),
        "sep" => return Some(str::new_str("/")),
        "altsep" => return Some(Value::none()),
        "extsep" | "curdir" => return Some(str::new_str(".")),
        "pardir" => return Some(str::new_str("..")),
        "pathsep" => return Some(str::new_str(":")),
        "linesep" => return Some(str::new_str("\n")),
        "defpath" => return Some(str::new_str("/bin:/usr/bin")),
        "devnull" => return Some(str::new_str("/dev/null")),
        "name" => return Some(str::new_str("posix")),
        "F_OK" => return Some(int::from_i64(0)),
        "R_OK" => return Some(int::from_i64(4)),
        "W_OK" => return Some(int::from_i64(2)),
        "X_OK" => return Some(int::from_i64(1)),
        "error" => return Some(Value::from_static(&exceptions::OS_ERROR)),
        _ => return None,
    };
    Some(super::builtin(f, name))
}

pub fn path_getattr(name: &str) -> Option<Value> {
    let name: &'static str = PATH_NAMES.iter().find(|n| **n == name)?;
    let f: crate::func::BuiltinEntry = match name {
        "join" => path_join,
        "split" => path_split,
        "basename" => path_basename,
        "dirname" => path_dirname,
        "splitext" => path_splitext,
        "normpath" => path_normpath,
        "abspath" => path_abspath,
        "isabs" => path_isabs,
        "exists" => path_exists,
        "lexists" => path_lexists,
        "isfile" => path_isfile,
        "isdir" => path_isdir,
        "islink" => path_islink,
        "getsize" => path_getsize,
        "getmtime" => path_getmtime,
        "relpath" => path_relpath,
        "expanduser" => path_expanduser,
        "realpath" => path_realpath,
        "sep" => return Some(str::new_str("/")),
        "curdir" | "extsep" => return Some(str::new_str(".")),
        "pardir" => return Some(str::new_str("..")),
        "pathsep" => return Some(str::new_str(":")),
        "altsep" => return Some(Value::none()),
        "devnull" => return Some(str::new_str("/dev/null")),
        _ => return None,
    };
    Some(super::builtin(f, name))
}

/// The path an `os.PathLike` argument stands for: a str, bytes (decoded), or what an
/// object's `__fspath__` returns; `None` for anything else.
pub fn fspath(v: Value) -> Option<String> {
    if v.is_null() || v.is_small_int() {
        return None;
    }
    match v.kind() {
        Kind::Str => Some(str::as_str(v).to_string()),
        Kind::Bytes if !crate::bytes::is_bytearray(v) => {
            Some(String::from_utf8_lossy(crate::bytes::data(v)).into_owned())
        }
        _ => {
            let p = crate::class::call_special(v, "__fspath__", &[])?;
            (!p.is_null() && p.kind() == Kind::Str).then(|| str::as_str(p).to_string())
        }
    }
}

/// What a path argument may be, as CPython's `path_t` converter lists it in its error.
#[derive(Clone, Copy)]
enum Accepts {
    Path,
    /// A file descriptor too.
    PathOrFd,
    /// A file descriptor or None too.
    PathFdOrNone,
}

/// Path argument `arg` of `func`: CPython's `TypeError` for anything else.
fn path_of(func: &str, arg: &str, v: Value, accepts: Accepts) -> Result<String, ()> {
    match fspath(v) {
        Some(p) => Ok(p),
        None if exceptions::has_pending() => Err(()),
        None => {
            let what = match accepts {
                Accepts::Path => "string, bytes or os.PathLike",
                Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
                Accepts::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
            };
            let ty = if v.is_none() { "NoneType" } else { v.type_name() };
            raise_type_error(&format!("{func}: {arg} should be {what}, not {ty}"));
            Err(())
        }
    }
}

fn path_arg(func: &str, v: Value) -> Result<String, ()> {
    path_of(func, "path", v, Accepts::Path)
}

/// A path argument of an `os.path` function (which takes str, bytes or `os.PathLike`).
fn str_path(v: Value) -> Result<String, ()> {
    match fspath(v) {
        Some(p) => Ok(p),
        None if exceptions::has_pending() => Err(()),
        None => {
            raise_type_error(&format!("expected str, bytes or os.PathLike object, not {}", v.type_name()));
            Err(())
        }
    }
}

fn one<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[(&str, Value)],
    params: &[&str],
    required: usize,
) -> Result<Vec<Option<Value>>, ()> {
    crate::args::bind_keywords(name, params, required, args, kw)
}

/// A failed system call's `OSError`, naming `filename` as CPython does: the path as a str
/// (an `os.PathLike` argument is reported by its path).
fn os_result<T>(r: std::io::Result<T>, filename: Value) -> Result<T, ()> {
    r.map_err(|e| {
        let name = match fspath(filename) {
            Some(p) if filename.kind() != Kind::Str && filename.kind() != Kind::Bytes => str::from_string(p),
            _ => filename,
        };
        raise_os_error(&e, name);
    })
}

module_function!(os_getcwd, |args, kw| {
    one("getcwd", args, &kw, &[], 0)?;
    let d = os_result(std::env::current_dir(), Value::NULL)?;
    Ok(str::from_string(d.display().to_string()))
});

module_function!(os_chdir, |args, kw| {
    let a = one("chdir", args, &kw, &["path"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_of("chdir", "path", p, Accepts::PathOrFd)?;
    os_result(std::env::set_current_dir(&path), p)?;
    Ok(Value::none())
});

module_function!(os_getpid, |args, kw| {
    one("getpid", args, &kw, &[], 0)?;
    Ok(int::from_i64(i64::from(std::process::id())))
});

module_function!(os_cpu_count, |args, kw| {
    one("cpu_count", args, &kw, &[], 0)?;
    Ok(std::thread::available_parallelism().map_or(Value::none(), |n| int::from_i64(n.get() as i64)))
});

module_function!(os_fspath, |args, kw| {
    let a = one("fspath", args, &kw, &["path"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    if matches!(p.kind(), Kind::Str | Kind::Bytes) && !crate::bytes::is_bytearray(p) {
        return Ok(p);
    }
    match fspath(p) {
        Some(s) => Ok(str::from_string(s)),
        None if exceptions::has_pending() => Err(()),
        None => {
            raise_type_error(&format!("expected str, bytes or os.PathLike object, not {}", p.type_name()));
            Err(())
        }
    }
});

/// The names in directory `path`, in the order the system lists them.
fn list_names(path: &str, filename: Value) -> Result<Vec<String>, ()> {
    let entries = os_result(std::fs::read_dir(if path.is_empty() { "." } else { path }), filename)?;
    let mut names = Vec::new();
    for e in entries {
        let e = os_result(e, filename)?;
        names.push(e.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

module_function!(os_listdir, |args, kw| {
    let a = one("listdir", args, &kw, &["path"], 0)?;
    let p = a[0].filter(|v| !v.is_none());
    let path = match p {
        Some(v) => path_of("listdir", "path", v, Accepts::PathFdOrNone)?,
        None => ".".to_string(),
    };
    let names = list_names(&path, p.unwrap_or_else(|| str::new_str(".")))?;
    Ok(list::new(names.into_iter().map(str::from_string).collect()))
});

module_function!(os_mkdir, |args, kw| {
    let a = one("mkdir", args, &kw, &["path", "mode", "dir_fd"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_arg("mkdir", p)?;
    os_result(std::fs::create_dir(&path), p)?;
    Ok(Value::none())
});

module_function!(os_makedirs, |args, kw| {
    let a = one("makedirs", args, &kw, &["name", "mode", "exist_ok"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_arg("makedirs", p)?;
    let exist_ok = match a[2] {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    if std::path::Path::new(&path).is_dir() {
        if exist_ok {
            return Ok(Value::none());
        }
        raise_os_error(&std::io::Error::from_raw_os_error(17), p);
        return Err(());
    }
    os_result(std::fs::create_dir_all(&path), p)?;
    Ok(Value::none())
});

module_function!(os_remove, |args, kw| {
    let a = one("remove", args, &kw, &["path", "dir_fd"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_arg("remove", p)?;
    os_result(std::fs::remove_file(&path), p)?;
    Ok(Value::none())
});

module_function!(os_rmdir, |args, kw| {
    let a = one("rmdir", args, &kw, &["path", "dir_fd"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_arg("rmdir", p)?;
    os_result(std::fs::remove_dir(&path), p)?;
    Ok(Value::none())
});

module_function!(os_rename, |args, kw| {
    let a = one("rename", args, &kw, &["src", "dst", "src_dir_fd", "dst_dir_fd"], 2)?;
    let (s, d) = (a[0].unwrap_or(Value::NULL), a[1].unwrap_or(Value::NULL));
    let (src, dst) = (path_of("rename", "src", s, Accepts::Path)?, path_of("rename", "dst", d, Accepts::Path)?);
    if let Err(e) = std::fs::rename(&src, &dst) {
        // Both names, as CPython reports them: `'a' -> 'b'`.
        let errno = e.raw_os_error().unwrap_or(5);
        let text = str::from_string(crate::file::strerror_text(errno));
        let named = |v: Value, p: &str| if v.kind() == Kind::Str { v } else { str::new_str(p) };
        let args = [int::from_i64(i64::from(errno)), text, named(s, &src), Value::none(), named(d, &dst)];
        exceptions::set_pending(exceptions::new_os_error(&exceptions::OS_ERROR, &args));
        return Err(());
    }
    Ok(Value::none())
});

/// `os.environ`: a dict of the environment at start-up (made at first use); `getenv` reads it.
static ENVIRON: Global<Value> = Global::new(Value::NULL);

fn environ() -> Value {
    let e = ENVIRON.get();
    if !e.is_null() {
        return e;
    }
    let d = dict::new();
    for (k, v) in std::env::vars_os() {
        dict::setitem(
            d,
            str::from_string(k.to_string_lossy().into_owned()),
            str::from_string(v.to_string_lossy().into_owned()),
        );
    }
    ENVIRON.set(d);
    d
}

module_function!(os_getenv, |args, kw| {
    let a = one("getenv", args, &kw, &["key", "default"], 1)?;
    let key = a[0].unwrap_or(Value::NULL);
    if key.kind() != Kind::Str {
        raise_type_error(&format!("str expected, not {}", key.type_name()));
        return Err(());
    }
    let default = a[1].unwrap_or(Value::none());
    Ok(crate::class::namespace_get(environ(), str::as_str(key)).unwrap_or(default))
});

module_function!(os_urandom, |args, kw| {
    use std::io::Read;
    let a = one("urandom", args, &kw, &["size"], 1)?;
    let n = crate::args::ssize(a[0].unwrap_or(Value::NULL))?;
    if n < 0 {
        raise(&exceptions::VALUE_ERROR, "negative argument not allowed");
        return Err(());
    }
    let mut buf = vec![0u8; n as usize];
    let mut f = os_result(std::fs::File::open("/dev/urandom"), Value::NULL)?;
    os_result(f.read_exact(&mut buf), Value::NULL)?;
    Ok(crate::bytes::new_bytes(buf))
});

// `os.access(path, mode)`: whether the process may read (4), write (2) or execute (1) the
// file, or (0) whether it exists.
module_function!(os_access, |args, kw| {
    unsafe extern "C" {
        fn access(path: *const core::ffi::c_char, mode: i32) -> i32;
    }
    let a = one("access", args, &kw, &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let path = path_of("access", "path", a[0].unwrap_or(Value::NULL), Accepts::PathOrFd)?;
    let mode = crate::args::c_int(a[1].unwrap_or(Value::NULL))?;
    let Ok(c) = std::ffi::CString::new(path) else { return Ok(Value::bool(false)) };
    // SAFETY: a NUL-terminated path.
    Ok(Value::bool(unsafe { access(c.as_ptr(), mode) } == 0))
});

// ---- os.stat ----

static STAT_RESULT: Global<Value> = Global::new(Value::NULL);

/// The fields of `os.stat_result`, in CPython's order.
const STAT_FIELDS: &[&str] =
    &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];

/// `os.stat_result`: a class whose instances hold the fields as attributes.
fn stat_result_class() -> Value {
    fn repr(_: &crate::native::NativeObj, args: &[Value], _: Value) -> Value {
        let this = args[0];
        let mut fields = Vec::new();
        for f in STAT_FIELDS {
            let v = crate::func::getattr(this, f);
            if v.is_null() {
                return v;
            }
            // The times show as whole seconds, as CPython's structseq fields 7-9.
            let shown = if f.ends_with("time") { crate::int::from_i64(seconds(v) as i64) } else { v };
            match crate::repr::repr_string(shown) {
                Ok(r) => fields.push(format!("{f}={r}")),
                Err(()) => return Value::NULL,
            }
        }
        str::from_string(format!("os.stat_result({})", fields.join(", ")))
    }
    crate::native::module_class(&STAT_RESULT, "os", "stat_result", Vec::new, |ns| {
        crate::native::add_methods(ns, "stat_result", &[("__repr__", repr)]);
    })
}

/// A number of seconds (int or float) as an `f64`.
fn seconds(v: Value) -> f64 {
    if v.kind() == Kind::Float { crate::float::value(v) } else { crate::int::to_i64(v).unwrap_or(0) as f64 }
}

fn stat_value(m: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let cls = stat_result_class();
    let Some(c) = crate::class::as_class(cls) else { return Value::NULL };
    let v = crate::class::new_instance(c);
    let time = |s: i64, ns: i64| float::new(s as f64 + ns as f64 * 1e-9);
    let values = [
        int::from_i64(i64::from(m.mode())),
        int::from_i64(m.ino() as i64),
        int::from_i64(m.dev() as i64),
        int::from_i64(m.nlink() as i64),
        int::from_i64(i64::from(m.uid())),
        int::from_i64(i64::from(m.gid())),
        int::from_i64(m.size() as i64),
        time(m.atime(), m.atime_nsec()),
        time(m.mtime(), m.mtime_nsec()),
        time(m.ctime(), m.ctime_nsec()),
    ];
    for (f, x) in STAT_FIELDS.iter().zip(values) {
        crate::class::instance_setattr(v, f, x);
    }
    v
}

fn stat_of(name: &str, args: &[Value], kw: &[(&str, Value)], follow: bool) -> Result<Value, ()> {
    let a = one(name, args, kw, &["path", "dir_fd", "follow_symlinks"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_of(name, "path", p, Accepts::PathOrFd)?;
    let follow = follow && a[2].map_or(Ok(true), crate::ops::truthy)?;
    let m = os_result(if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) }, p)?;
    Ok(stat_value(&m))
}

module_function!(os_stat, |args, kw| { stat_of("stat", args, &kw, true) });
module_function!(os_lstat, |args, kw| { stat_of("lstat", args, &kw, false) });

module_function!(os_chmod, |args, kw| {
    use std::os::unix::fs::PermissionsExt;
    let a = one("chmod", args, &kw, &["path", "mode", "dir_fd", "follow_symlinks"], 2)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_of("chmod", "path", p, Accepts::PathOrFd)?;
    let mode = crate::args::c_int(a[1].unwrap_or(Value::NULL))?;
    os_result(std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode as u32)), p)?;
    Ok(Value::none())
});

module_function!(os_utime, |args, kw| {
    let a = one("utime", args, &kw, &["path", "times", "ns", "dir_fd", "follow_symlinks"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_of("utime", "path", p, Accepts::PathOrFd)?;
    let file = os_result(std::fs::File::options().write(false).read(true).open(&path), p)?;
    let times = match a[1].filter(|t| !t.is_none()) {
        Some(t) => {
            let items = crate::iter::collect(t)?;
            let [at, mt] = items[..] else {
                raise_type_error("utime: 'times' must be either a tuple of two ints or None");
                return Err(());
            };
            let secs = seconds;
            let when = |s: f64| std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(s.max(0.0));
            std::fs::FileTimes::new().set_accessed(when(secs(at))).set_modified(when(secs(mt)))
        }
        None => {
            let now = std::time::SystemTime::now();
            std::fs::FileTimes::new().set_accessed(now).set_modified(now)
        }
    };
    os_result(file.set_times(times), p)?;
    Ok(Value::none())
});

// ---- os.walk ----

static WALK_TYPE: TypeObject = TypeObject::new("generator", Kind::Iterator, Some(&OBJECT_TYPE));

/// `os.walk(top)`, top-down: after yielding `(dirpath, dirnames, filenames)` it descends into
/// what `dirnames` holds then (a program may prune it).
struct Walk {
    /// Directories still to list, the next one last.
    pending: Vec<String>,
    /// The last triple yielded: its path and its `dirnames` list.
    last: Option<(String, Value)>,
    topdown: bool,
    /// Bottom-up: the triples in the order they are yielded, made up front.
    ready: Vec<Value>,
}

impl Walk {
    /// Lists one directory: `(dirnames, filenames)`; `None` if it cannot be listed (skipped,
    /// as `os.walk` does without `onerror`).
    fn scan(dir: &str) -> Option<(Vec<String>, Vec<String>)> {
        let entries = std::fs::read_dir(dir).ok()?;
        let (mut dirs, mut files) = (Vec::new(), Vec::new());
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir()) {
                dirs.push(name);
            } else {
                files.push(name);
            }
        }
        Some((dirs, files))
    }

    fn triple(dir: &str, dirs: &[String], files: &[String]) -> (Value, Value) {
        let names = |v: &[String]| list::new(v.iter().map(|n| str::new_str(n)).collect());
        let dirnames = names(dirs);
        (tuple::new(vec![str::new_str(dir), dirnames, names(files)]), dirnames)
    }

    fn bottom_up(&mut self, dir: &str) {
        let Some((dirs, files)) = Walk::scan(dir) else { return };
        for d in &dirs {
            let sub = join_two(dir, d);
            if !std::fs::symlink_metadata(&sub).is_ok_and(|m| m.file_type().is_symlink()) {
                self.bottom_up(&sub);
            }
        }
        self.ready.push(Walk::triple(dir, &dirs, &files).0);
    }
}

impl CustomIter for Walk {
    fn next(&mut self) -> Result<Option<Value>, ()> {
        if !self.topdown {
            return Ok(if self.ready.is_empty() { None } else { Some(self.ready.remove(0)) });
        }
        if let Some((dir, dirnames)) = self.last.take() {
            let items = crate::list::items(dirnames);
            for &d in items.iter().rev() {
                let sub = join_two(&dir, &crate::repr::str_string(d)?);
                // Symbolic links to directories are listed but not followed.
                if !std::fs::symlink_metadata(&sub).is_ok_and(|m| m.file_type().is_symlink()) {
                    self.pending.push(sub);
                }
            }
        }
        while let Some(dir) = self.pending.pop() {
            if let Some((dirs, files)) = Walk::scan(&dir) {
                let (t, dirnames) = Walk::triple(&dir, &dirs, &files);
                self.last = Some((dir, dirnames));
                return Ok(Some(t));
            }
        }
        Ok(None)
    }

    fn type_object(&self) -> &'static TypeObject {
        &WALK_TYPE
    }
}

module_function!(os_walk, |args, kw| {
    let a = one("walk", args, &kw, &["top", "topdown", "onerror", "followlinks"], 1)?;
    let top = path_arg("walk", a[0].unwrap_or(Value::NULL))?;
    let topdown = match a[1] {
        Some(v) => crate::ops::truthy(v)?,
        None => true,
    };
    if a[2].is_some_and(|v| !v.is_none()) || a[3].is_some_and(|v| crate::ops::truthy(v).unwrap_or(false)) {
        raise(&exceptions::NOT_IMPLEMENTED_ERROR, "krait does not support os.walk's onerror and followlinks yet");
        return Err(());
    }
    let mut w = Walk { pending: vec![top.clone()], last: None, topdown, ready: Vec::new() };
    if !topdown {
        w.pending.clear();
        w.bottom_up(&top);
    }
    Ok(crate::iter::new_custom(Box::new(w)))
});

// ---- os.path ----

/// `posixpath.join` of two parts.
fn join_two(a: &str, b: &str) -> String {
    if b.starts_with('/') {
        b.to_string()
    } else if a.is_empty() || a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

/// `posixpath.split`: `(head, tail)`, the head without trailing slashes unless all slashes.
fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') { head.trim_end_matches('/') } else { head };
    (head.to_string(), tail.to_string())
}

/// `posixpath.splitext`: the extension starts at the last dot after the last slash, unless
/// only dots precede it in the file name.
fn splitext(p: &str) -> (String, String) {
    let sep = p.rfind('/').map_or(0, |i| i + 1);
    if let Some(dot) = p.rfind('.')
        && dot >= sep
        && p[sep..dot].chars().any(|c| c != '.')
    {
        return (p[..dot].to_string(), p[dot..].to_string());
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
pub fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let initial = if p.starts_with("//") && !p.starts_with("///") { 2 } else { usize::from(p.starts_with('/')) };
    let mut comps: Vec<&str> = Vec::new();
    for c in p.split('/') {
        if c.is_empty() || c == "." {
            continue;
        }
        if c != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(c);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = format!("{}{}", "/".repeat(initial), comps.join("/"));
    if out.is_empty() { ".".into() } else { out }
}

pub fn abspath(p: &str) -> Result<String, ()> {
    if p.starts_with('/') {
        return Ok(normpath(p));
    }
    let cwd = os_result(std::env::current_dir(), Value::NULL)?;
    Ok(normpath(&join_two(&cwd.display().to_string(), p)))
}

fn path1(name: &str, args: &[Value], kw: &[(&str, Value)]) -> Result<String, ()> {
    let a = one(name, args, kw, &["p"], 1)?;
    str_path(a[0].unwrap_or(Value::NULL))
}

fn pair(a: String, b: String) -> Value {
    tuple::new(vec![str::from_string(a), str::from_string(b)])
}

module_function!(path_join, |args, kw| {
    if !kw.is_empty() {
        raise_type_error("join() takes no keyword arguments");
        return Err(());
    }
    let Some((&first, rest)) = args.split_first() else {
        raise_type_error("join() missing 1 required positional argument: 'a'");
        return Err(());
    };
    let mut out = str_path(first)?;
    for &p in rest {
        let Some(part) = fspath(p) else {
            if !exceptions::has_pending() {
                let ty = p.type_name();
                raise_type_error(&format!("join() argument must be str, bytes, or os.PathLike object, not '{ty}'"));
            }
            return Err(());
        };
        out = join_two(&out, &part);
    }
    Ok(str::from_string(out))
});

module_function!(path_split, |args, kw| {
    let (h, t) = split(&path1("split", args, &kw)?);
    Ok(pair(h, t))
});

module_function!(path_basename, |args, kw| { Ok(str::from_string(split(&path1("basename", args, &kw)?).1)) });

module_function!(path_dirname, |args, kw| { Ok(str::from_string(split(&path1("dirname", args, &kw)?).0)) });

module_function!(path_splitext, |args, kw| {
    let (r, e) = splitext(&path1("splitext", args, &kw)?);
    Ok(pair(r, e))
});

module_function!(path_normpath, |args, kw| {
    let a = one("normpath", args, &kw, &["path"], 1)?;
    Ok(str::from_string(normpath(&str_path(a[0].unwrap_or(Value::NULL))?)))
});

module_function!(path_abspath, |args, kw| {
    let a = one("abspath", args, &kw, &["path"], 1)?;
    Ok(str::from_string(abspath(&str_path(a[0].unwrap_or(Value::NULL))?)?))
});

module_function!(path_isabs, |args, kw| {
    let a = one("isabs", args, &kw, &["s"], 1)?;
    Ok(Value::bool(str_path(a[0].unwrap_or(Value::NULL))?.starts_with('/')))
});

/// A test of what a path names: false when it cannot be examined.
fn test_path(
    name: &str,
    args: &[Value],
    kw: &[(&str, Value)],
    follow: bool,
    test: fn(&std::fs::Metadata) -> bool,
) -> Result<Value, ()> {
    let a = one(name, args, kw, &["path"], 1)?;
    let Some(p) = fspath(a[0].unwrap_or(Value::NULL)) else {
        if exceptions::has_pending() {
            return Err(());
        }
        return Ok(Value::bool(false));
    };
    let md = if follow { std::fs::metadata(&p) } else { std::fs::symlink_metadata(&p) };
    Ok(Value::bool(md.is_ok_and(|m| test(&m))))
}

module_function!(path_exists, |args, kw| { test_path("exists", args, &kw, true, |_| true) });
module_function!(path_lexists, |args, kw| { test_path("lexists", args, &kw, false, |_| true) });
module_function!(path_isfile, |args, kw| { test_path("isfile", args, &kw, true, std::fs::Metadata::is_file) });
module_function!(path_isdir, |args, kw| { test_path("isdir", args, &kw, true, std::fs::Metadata::is_dir) });
module_function!(path_islink, |args, kw| { test_path("islink", args, &kw, false, |m| m.file_type().is_symlink()) });

/// The metadata of the path argument of `name`, or its `OSError`.
fn metadata(name: &str, args: &[Value], kw: &[(&str, Value)]) -> Result<std::fs::Metadata, ()> {
    let a = one(name, args, kw, &["filename"], 1)?;
    let p = a[0].unwrap_or(Value::NULL);
    let path = path_of("stat", "path", p, Accepts::PathOrFd)?;
    os_result(std::fs::metadata(&path), p)
}

module_function!(path_getsize, |args, kw| { Ok(int::from_i64(metadata("getsize", args, &kw)?.len() as i64)) });

module_function!(path_getmtime, |args, kw| {
    let m = metadata("getmtime", args, &kw)?;
    let t =
        m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0.0, |d| d.as_secs_f64());
    Ok(float::new(t))
});

module_function!(path_relpath, |args, kw| {
    let a = one("relpath", args, &kw, &["path", "start"], 1)?;
    let path = str_path(a[0].unwrap_or(Value::NULL))?;
    if path.is_empty() {
        raise(&exceptions::VALUE_ERROR, "no path specified");
        return Err(());
    }
    let start = match a[1].filter(|v| !v.is_none()) {
        Some(s) => str_path(s)?,
        None => ".".into(),
    };
    let (p, s) = (abspath(&path)?, abspath(&start)?);
    let parts = |x: &str| -> Vec<String> { x.split('/').filter(|c| !c.is_empty()).map(String::from).collect() };
    let (p, s) = (parts(&p), parts(&s));
    let common = p.iter().zip(&s).take_while(|(a, b)| a == b).count();
    let mut rel: Vec<String> = vec!["..".into(); s.len() - common];
    rel.extend(p[common..].iter().cloned());
    Ok(str::from_string(if rel.is_empty() { ".".into() } else { rel.join("/") }))
});

module_function!(path_realpath, |args, kw| {
    let a = one("realpath", args, &kw, &["filename", "strict"], 1)?;
    let p = str_path(a[0].unwrap_or(Value::NULL))?;
    // The longest prefix that exists, with its links resolved, then the rest.
    let abs = abspath(&p)?;
    let mut head = std::path::PathBuf::from(&abs);
    let mut rest: Vec<String> = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(&head) {
            let mut out = real.display().to_string();
            for part in rest.iter().rev() {
                out = join_two(&out, part);
            }
            return Ok(str::from_string(normpath(&out)));
        }
        match (head.file_name().map(|n| n.to_string_lossy().into_owned()), head.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                head = parent.to_path_buf();
            }
            _ => return Ok(str::from_string(abs)),
        }
    }
});

module_function!(path_expanduser, |args, kw| {
    let a = one("expanduser", args, &kw, &["path"], 1)?;
    let p = str_path(a[0].unwrap_or(Value::NULL))?;
    if !p.starts_with('~') {
        return Ok(str::from_string(p));
    }
    let end = p.find('/').unwrap_or(p.len());
    if end > 1 {
        // `~user`: krait does not read the password database.
        return Ok(str::from_string(p));
    }
    let home = std::env::var("HOME").unwrap_or_default();
    let home = if home.len() > 1 { home.trim_end_matches('/') } else { home.as_str() };
    Ok(str::from_string(format!("{home}{}", &p[end..])))
});
