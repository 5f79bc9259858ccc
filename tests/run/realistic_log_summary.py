# A realistic script: summarises a web server log with regular expressions: requests per
# status and per path, the slowest requests, malformed lines, and client addresses; options
# from the command line (realistic_log_summary.args).
import argparse
import re
from collections import Counter, defaultdict

parser = argparse.ArgumentParser(prog="logsum", description="Summarise an access log.")
parser.add_argument("--slow", type=float, default=0.1, help="seconds above which a request is slow")
parser.add_argument("--top", type=int, default=2, help="how many clients to show")
parser.add_argument("--method", action="append", choices=["GET", "POST", "DELETE"], help="only these methods")
args = parser.parse_args()
print(args)

LOG = """\
192.168.1.10 - - [25/Nov/2024:10:01:02 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
192.168.1.11 - - [25/Nov/2024:10:01:05 +0000] "GET /api/users?id=7 HTTP/1.1" 200 312 0.230
10.0.0.5 - alice [25/Nov/2024:10:02:00 +0000] "POST /api/login HTTP/1.1" 401 45 0.101
garbage line without structure
192.168.1.10 - - [25/Nov/2024:10:03:10 +0000] "GET /missing HTTP/1.1" 404 0 0.003
10.0.0.5 - alice [25/Nov/2024:10:04:44 +0000] "POST /api/login HTTP/1.1" 200 98 0.087
172.16.0.2 - - [25/Nov/2024:10:05:00 +0000] "GET /api/users?id=9 HTTP/1.1" 500 0 1.502
192.168.1.11 - - [25/Nov/2024:10:06:30 +0000] "DELETE /api/users/7 HTTP/1.1" 204 0 0.044
"""

LINE = re.compile(
    r"""^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
        \[(?P<day>\d{2})/(?P<month>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]\s+
        "(?P<method>[A-Z]+)\s(?P<path>[^\s?]+)(?:\?(?P<query>\S*))?\s+HTTP/[\d.]+"\s+
        (?P<status>\d{3})\s+(?P<size>\d+)\s+(?P<seconds>\d+\.\d+)$""",
    re.VERBOSE,
)

statuses = Counter()
paths = defaultdict(list)
bad = []
slow = []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(number)
        continue
    if args.method and m["method"] not in args.method:
        continue
    statuses[m["status"]] += 1
    paths[m["path"]].append(float(m["seconds"]))
    if float(m["seconds"]) > args.slow:
        slow.append((float(m["seconds"]), m["method"], m["path"], m["query"]))
    if m["user"] != "-":
        print(f"line {number}: {m['user']} from {m['ip']} at {m['time']} on {m['day']} {m['month']} {m['year']}")

print("statuses:", dict(sorted(statuses.items())))
for path, times in sorted(paths.items()):
    print(f"{path:<16} {len(times)} requests, mean {sum(times) / len(times):.3f}s")
print("slow:", sorted(slow, reverse=True))
print("malformed lines:", bad)
ips = re.findall(r"^(\d+\.\d+\.\d+\.\d+)", LOG, re.MULTILINE)
print("clients:", Counter(ips).most_common(args.top))
print("ids:", re.findall(r"id=(\d+)", LOG), re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
