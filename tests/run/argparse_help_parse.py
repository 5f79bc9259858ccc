# argparse: help and usage layout (wrapping, groups, subcommands), actions, nargs, types,
# choices, mutually exclusive groups, and errors (usage + message, exit status 2).
import argparse, sys
p = argparse.ArgumentParser(prog="tool", description="Process some files and report on them with a rather long description that wraps.", epilog="See the docs.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-o", "--output", metavar="PATH", help="where to write the report (default: %(default)s)", default="out.txt")
p.add_argument("-n", "--count", type=int, default=3, help="how many")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--tag", action="append", help="tags to add")
p.add_argument("-q", action="store_true", help="quiet")
p.add_argument("--version", action="version", version="%(prog)s 1.0")
g = p.add_mutually_exclusive_group()
g.add_argument("--json", action="store_true")
g.add_argument("--csv", action="store_true")
p.print_help()
print(p.parse_args(["a.txt", "b.txt", "-vv", "--count", "5", "--tag", "x", "--tag=y", "-q", "--mode", "slow", "-oreport"]))
print(p.parse_args(["x", "--json"]))
for argv in [[], ["a", "--count", "x"], ["a", "--mode", "medium"], ["a", "--json", "--csv"], ["a", "--nope"], ["a", "--count"], ["a", "--co", "2"]]:
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="command", required=True)
c = sp.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
ps = sp.add_parser("push", help="send changes")
ps.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["commit", "-m", "msg"]), sub.parse_args(["push"]))
sub.print_help()
try:
    sub.parse_args(["commit"])
except SystemExit as e:
    print("exit", e.code)
p2 = argparse.ArgumentParser(prog="pos")
p2.add_argument("a", type=float)
p2.add_argument("b", nargs=2, type=int)
p2.add_argument("rest", nargs="*")
print(p2.parse_args(["1.5", "2", "3", "x", "y"]), p2.format_usage(), end="")
ns = p2.parse_known_args(["1", "2", "3", "--zzz"])
print(ns)
