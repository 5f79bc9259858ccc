"""Running programs (krait's implementation of the standard `subprocess`, for running a
command and waiting for it): `run`, `call`, `check_call`, `check_output`, `CompletedProcess`,
`CalledProcessError`."""

import os
import _subprocess

__all__ = [
    "run", "call", "check_call", "check_output", "CompletedProcess", "CalledProcessError", "SubprocessError",
    "TimeoutExpired", "PIPE", "STDOUT", "DEVNULL", "Popen",
]

PIPE = -1
STDOUT = -2
DEVNULL = -3


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A program that `check` required to succeed exited with another status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            return "Command '%s' died with <Signals %d>." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """A program that ran: its arguments, exit status and captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _code(stream, what):
    if stream is None:
        return 0
    if stream == PIPE:
        return 1
    if stream == DEVNULL:
        return 2
    if stream == STDOUT and what == "stderr":
        return 3
    raise NotImplementedError("krait's subprocess supports None, PIPE, DEVNULL and STDOUT for %s" % what)


def run(args, *, stdin=None, input=None, stdout=None, stderr=None, capture_output=False, shell=False, cwd=None,
        timeout=None, check=False, encoding=None, errors=None, text=None, env=None, universal_newlines=None):
    """Runs a command, waits for it, and returns a `CompletedProcess`."""
    if timeout is not None:
        raise NotImplementedError("krait does not support subprocess timeouts yet")
    if stdin is not None:
        raise NotImplementedError("krait's subprocess.run takes its input from `input` only")
    if capture_output:
        if stdout is not None or stderr is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        stdout = PIPE
        stderr = PIPE
    text_mode = bool(text or universal_newlines or encoding or errors)
    if shell:
        argv = ["/bin/sh", "-c", args if isinstance(args, str) else " ".join(args)]
    elif isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
        argv = [os.fspath(args)]
    else:
        argv = [os.fspath(a) for a in args]
    if isinstance(input, str):
        if not text_mode:
            raise TypeError("a bytes-like object is required, not 'str'")
        input = input.encode(encoding or "utf-8", errors or "strict")
    returncode, out, err = _subprocess.run(argv, None if cwd is None else os.fspath(cwd), env, input,
                                           _code(stdout, "stdout"), _code(stderr, "stderr"))
    if text_mode:
        if out is not None:
            out = out.decode(encoding or "utf-8", errors or "strict").replace("\r\n", "\n")
        if err is not None:
            err = err.decode(encoding or "utf-8", errors or "strict").replace("\r\n", "\n")
    result = CompletedProcess(args, returncode, out, err)
    if check:
        result.check_returncode()
    return result


def call(args, **kwargs):
    """Runs a command and returns its exit status."""
    return run(args, **kwargs).returncode


def check_call(args, **kwargs):
    """Runs a command; `CalledProcessError` if it fails."""
    run(args, check=True, **kwargs)
    return 0


def check_output(args, **kwargs):
    """Runs a command and returns its output; `CalledProcessError` if it fails."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    return run(args, stdout=PIPE, check=True, **kwargs).stdout


class Popen:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("krait does not support subprocess.Popen yet (use subprocess.run)")
