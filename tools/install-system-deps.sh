#!/usr/bin/env bash
# The system parts the tests drive, installed with apt-get when missing (`make test` runs this):
# Debian's Chromium for the browser tests (a browser download by Playwright cannot work offline)
# and a Java 17 runtime for PySpark.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "The tests need these Debian packages: ${missing[*]}" >&2
    echo "Install them as root, then run make test again:" >&2
    echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
else
  as_root=()
fi
echo "installing ${missing[*]} (apt-get) for the browser and Spark tests" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
