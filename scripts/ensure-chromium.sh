#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests where it is missing (the tests drive
# /usr/bin/chromium through playwright-core; no browser download of its own).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need Chromium at /usr/bin/chromium; install it with your package manager." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "Installing Debian's chromium for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
/usr/bin/chromium --version
