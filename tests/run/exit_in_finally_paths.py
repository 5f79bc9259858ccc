import sys


def cleanup_then_exit():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally runs before exit")


try:
    cleanup_then_exit()
except SystemExit as e:
    print("caught SystemExit", e.code, type(e.code).__name__)

try:
    sys.exit()
except SystemExit as e:
    print("no arg:", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("str arg:", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code)
try:
    exit(7)
except SystemExit as e:
    print("builtin exit:", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)


def nested():
    try:
        try:
            sys.exit(5)
        finally:
            print("inner finally")
    finally:
        print("outer finally")


nested()
print("never printed")
