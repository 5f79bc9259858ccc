# A log-file report: parse lines, aggregate with dicts and sets, and print aligned tables
LOG = """\
2026-11-01 08:02:11 INFO  web-1  GET /index.html 200 512 0.013
2026-11-01 08:02:12 INFO  web-2  GET /about.html 200 2048 0.020
2026-11-01 08:03:40 WARN  web-1  GET /missing 404 0 0.002
2026-11-01 08:05:01 INFO  web-1  POST /api/login 200 128 0.145
2026-11-01 08:05:02 ERROR web-3  POST /api/login 500 64 1.502
2026-11-01 09:15:33 INFO  web-2  GET /index.html 200 512 0.011
2026-11-01 09:16:00 INFO  web-3  GET /static/app.js 200 94211 0.087
2026-11-01 09:16:01 INFO  web-3  GET /static/app.css 304 0 0.004
2026-11-01 10:00:00 WARN  web-2  GET /api/items?page=2 429 17 0.001
2026-11-01 10:00:05 INFO  web-1  GET /api/items?page=2 200 7321 0.233
2026-11-01 10:30:59 ERROR web-1  GET /api/items?page=3 503 0 30.000
"""
records = []
for raw in LOG.splitlines():
    date, time, level, host, method, path, status, size, secs = raw.split()
    records.append({
        "hour": int(time[:2]), "level": level, "host": host, "method": method,
        "path": path.partition("?")[0], "status": int(status), "bytes": int(size), "secs": float(secs),
    })
print(f"{len(records)} requests from {len({r['host'] for r in records})} hosts")

by_status = {}
for r in records:
    by_status[r["status"]] = by_status.get(r["status"], 0) + 1
print("status counts:", dict(sorted(by_status.items())))

per_path = {}
for r in records:
    entry = per_path.setdefault(r["path"], {"hits": 0, "bytes": 0, "slowest": 0.0, "methods": set()})
    entry["hits"] += 1
    entry["bytes"] += r["bytes"]
    entry["slowest"] = max(entry["slowest"], r["secs"])
    entry["methods"].add(r["method"])

header = f"{'path':<18}|{'hits':>5} |{'bytes':>9} |{'slowest':>9} | methods"
print(header)
print("-" * len(header))
for path, e in sorted(per_path.items(), key=lambda kv: (-kv[1]["hits"], kv[0])):
    methods = ",".join(sorted(e["methods"]))
    print(f"{path:<18}|{e['hits']:>5} |{e['bytes']:>9,} |{e['slowest']:>8.3f}s | {methods}")

hours = {}
for r in records:
    hours.setdefault(r["hour"], []).append(r["secs"])
for hour in sorted(hours):
    times = sorted(hours[hour])
    mid = len(times) // 2
    median = times[mid] if len(times) % 2 else (times[mid - 1] + times[mid]) / 2
    bar = "#" * len(times)
    print(f"{hour:02d}:00 {bar:<5} n={len(times)} median={median:.3f} mean={sum(times) / len(times):.4f}")

errors = [r for r in records if r["level"] == "ERROR" or r["status"] >= 500]
print("errors:", "; ".join([f"{r['host']} {r['path']} -> {r['status']}" for r in errors]))
share = {h: sum([r["bytes"] for r in records if r["host"] == h]) for h in sorted({r["host"] for r in records})}
total = sum(share.values())
for h, b in share.items():
    print(f"{h}: {b / total:7.2%} {'*' * round(b / total * 20)}")
words = " ".join([r["path"].strip("/").replace("/", " ").replace(".", " ") for r in records]).split()
freq = {}
for w in words:
    freq[w.lower()] = freq.get(w.lower(), 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("top words:", ", ".join([f"{w}={n}" for w, n in top]))
print("longest path: %r (%d chars)" % (max(per_path, key=len), len(max(per_path, key=len))))
print("title-cased hosts:", [h.title().replace("-", " #") for h in sorted(share)])
