#!/bin/sh
# Installs what a fresh clone lacks, so `npm start` / `npm test` work with nothing done by hand.
#   sh scripts/ensure-deps.sh            node_modules in sync with package-lock.json
#   sh scripts/ensure-deps.sh --browser  also Chromium (Debian package) for browser tests
set -eu
cd "$(dirname "$0")/.."

stamp=node_modules/.deps-stamp
want=$(cksum < package-lock.json | cut -d" " -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -x node_modules/.bin/astro ]; then
  echo "ensure-deps: installing npm packages (node_modules missing or package-lock.json changed)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

if [ "${1:-}" = "--browser" ]; then
  browser=${CHROMIUM_PATH:-/usr/bin/chromium}
  if [ ! -x "$browser" ]; then
    echo "ensure-deps: installing Debian's chromium for browser tests"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium > /dev/null
  fi
fi
