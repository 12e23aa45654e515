#!/usr/bin/env bash
# Installs the system packages the test suite needs, where they are missing (Debian/Ubuntu, as
# root or with sudo): Chromium for the browser tests (Playwright cannot download its own browser
# everywhere), a Java runtime for the Nu HTML Checker, and Noto CJK so Korean renders as readers
# on Linux see it. Does nothing when all are present. On macOS it says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" = Darwin ]; then
  cat <<'EOF'
macOS: this script installs nothing. The test suite needs:
  - Node.js 22.12 or later on the PATH (e.g. `brew install node`): the bundled Node is Linux x64 only;
  - Playwright's Chromium: `npx playwright install chromium`;
  - a Java runtime for the Nu HTML Checker (e.g. `brew install openjdk`, then put it on the PATH).
Korean text renders with Apple SD Gothic Neo, which macOS has.
EOF
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo 'Not Debian or Ubuntu (no apt-get): install Chromium (or `npx playwright install --with-deps chromium`), a Java runtime, fontconfig and Noto Sans CJK yourself.' >&2
  exit 1
fi

# Debian packages Chromium as `chromium`. Ubuntu's `chromium` is only a stub that installs the snap,
# so there (and on other apt systems) Playwright's own Chromium is installed instead.
distribution=$(. /etc/os-release && echo "${ID:-}")
playwright_chromium() {
  [ -x node_modules/.bin/node ] && node_modules/.bin/node -e \
    "process.exit(require('fs').existsSync(require('@playwright/test').chromium.executablePath()) ? 0 : 1)" 2>/dev/null
}

need=()
playwright_browser=no
if [ ! -x /usr/bin/chromium ] && ! playwright_chromium; then
  if [ "$distribution" = debian ]; then need+=(chromium); else playwright_browser=yes; fi
fi
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
# fc-list comes with fontconfig, which a bare image lacks: without it the font check below fails
# on every run, and apt-get would run every time.
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && [ "$playwright_browser" = no ] && exit 0

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update
  $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi
if [ "$playwright_browser" = yes ]; then
  # Downloads the browser and installs the libraries it needs (apt-get, as root or with sudo).
  echo "Installing Playwright's Chromium ($distribution has no Chromium package Playwright can drive)"
  npx playwright install --with-deps chromium
fi
