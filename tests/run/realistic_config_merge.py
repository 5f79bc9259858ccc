# A realistic script: merges JSON configuration layers (defaults, a file, environment-style
# overrides given on the command line), validates them, and writes the result.
import argparse
import json
import os
import sys
from pathlib import Path

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8080, "workers": 2},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False},
}


def deep_merge(base, override, path=""):
    merged = dict(base)
    for key, value in override.items():
        where = f"{path}.{key}" if path else key
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value, where)
        else:
            if key in merged and type(merged[key]) is not type(value) and merged[key] is not None:
                print(f"note: {where} changes type from {type(merged[key]).__name__} to {type(value).__name__}")
            merged[key] = value
    return merged


def parse_override(text):
    key, sep, raw = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    node = {}
    current = node
    parts = key.split(".")
    for part in parts[:-1]:
        current[part] = {}
        current = current[part]
    current[parts[-1]] = value
    return node


parser = argparse.ArgumentParser(prog="merge-config", description="Merge configuration layers.")
parser.add_argument("config", help="a JSON file with overrides")
parser.add_argument("-s", "--set", dest="overrides", action="append", type=parse_override, default=[],
                    metavar="KEY=VALUE", help="override one setting")
parser.add_argument("--indent", type=int, default=2)
parser.add_argument("--out", help="where to write the merged configuration")

work = Path("realistic_config_merge.tmp")
work.mkdir(exist_ok=True)
(work / "site.json").write_text(json.dumps({"server": {"port": 9000, "tls": {"cert": "a.pem"}},
                                            "logging": {"handlers": ["console", "file"]}}))
args = parser.parse_args(sys.argv[1:] or [str(work / "site.json"), "-s", "server.workers=8", "-s",
                                          "features.beta=true", "--set", "logging.level=DEBUG",
                                          "--out", str(work / "merged.json")])
config = DEFAULTS
layers = [json.loads(Path(args.config).read_text())] + args.overrides
for layer in layers:
    config = deep_merge(config, layer)
problems = []
if not 1 <= config["server"]["port"] <= 65535:
    problems.append("server.port out of range")
if config["logging"]["level"] not in ("DEBUG", "INFO", "WARNING", "ERROR"):
    problems.append("logging.level unknown")
print("problems:", problems or "none")
text = json.dumps(config, indent=args.indent, sort_keys=True)
if args.out:
    Path(args.out).write_text(text + "\n")
    print(f"wrote {os.path.basename(args.out)} ({len(text) + 1} bytes)")
print(text)
for p in work.iterdir():
    p.unlink()
work.rmdir()
try:
    parser.parse_args(["x.json", "-s", "novalue"])
except SystemExit as e:
    print("exit status", e.code)
