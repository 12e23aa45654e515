#!/usr/bin/env bash
# Installs the system packages the test suite needs, where they are missing (Debian/Ubuntu, as
# root or with sudo): Chromium for the browser tests (Playwright cannot download its own browser
# everywhere), a Java runtime for the Nu HTML Checker, and Noto CJK so Korean renders as readers
# on Linux see it. Does nothing when all are present.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
echo "Installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y --no-install-recommends "${need[@]}"
