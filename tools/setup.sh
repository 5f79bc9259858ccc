#!/usr/bin/env bash
# Installs what building and testing krait needs on Debian bookworm (idempotent):
# LLVM 22 for code generation, clang's libclang and cmake for building the Boehm GC,
# node and the pyodide package (CPython 3.12) for the test reference.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

need=()
for pkg in llvm-22-dev libpolly-22-dev libzstd-dev clang-22 cmake gcc make; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo not found; install Rust with rustup (https://rustup.rs)" >&2
  exit 1
fi
if [ ! -d "$here/tests/reference/node_modules/pyodide" ]; then
  (cd "$here/tests/reference" && npm ci --silent --no-audit --no-fund)
fi
