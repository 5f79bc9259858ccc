# reference: cpython-64bit
# subprocess: run with capture_output/text/input/shell/cwd/env/check, call, check_output,
# CalledProcessError, a missing program, and a child writing to our stdout in order.
import subprocess, sys
r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r)
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.run("echo $((6 * 7))", shell=True, stdout=subprocess.PIPE, text=True).stdout.strip())
print(subprocess.check_output(["tr", "a-z", "A-Z"], input="shout\n", text=True), end="")
print(subprocess.call(["true"]), subprocess.call(["false"]))
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd)
try:
    subprocess.run(["surely-not-a-program-krait"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
print("before child", flush=True)
subprocess.run(["echo", "child writes to our stdout"])
print("after child")
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip(), subprocess.run(["sh", "-c", "echo $KRAIT_X"], env={"KRAIT_X": "set", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True).stdout.strip())
r = subprocess.run(["sh", "-c", "echo a; echo b >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(repr(r.stdout), r.stderr)
