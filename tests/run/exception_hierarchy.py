names = ["ModuleNotFoundError", "FloatingPointError", "BufferError", "ReferenceError", "SystemError",
         "StopAsyncIteration", "SyntaxError", "IndentationError", "TabError", "UnicodeTranslateError",
         "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
         "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
         "TimeoutError", "Warning", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
         "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
         "UnicodeWarning", "UserWarning"]
classes = [ModuleNotFoundError, FloatingPointError, BufferError, ReferenceError, SystemError,
           StopAsyncIteration, SyntaxError, IndentationError, TabError, UnicodeTranslateError,
           BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
           ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
           InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError,
           TimeoutError, Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning,
           ImportWarning, PendingDeprecationWarning, ResourceWarning, RuntimeWarning, SyntaxWarning,
           UnicodeWarning, UserWarning]
for n, c in zip(names, classes):
    print(n == c.__name__, [b.__name__ for b in c.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError("nope")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise UserWarning("careful")
except Exception as e:
    print(repr(e))
