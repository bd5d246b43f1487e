#!/usr/bin/env bash
# Makes sure the browser Playwright uses (playwright.config.ts) exists: Debian's chromium, or $CHROMIUM_PATH.
# A no-op (~10 ms) when present. Installs with apt only when missing and we are root; otherwise says how.
# (Never `npx playwright install`: Chrome for Testing cannot be downloaded here, and Debian's build works.)
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable: fix it or unset it to use /usr/bin/chromium" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium missing: run 'sudo apt-get update && sudo apt-get install -y chromium' (or set CHROMIUM_PATH)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg (e.g. a parallel install) instead of failing on the lock.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
/usr/bin/chromium --version
