#!/usr/bin/env bash
# Installs the system packages the test suite needs, where they are missing (Debian/Ubuntu, as
# root or with sudo): Chromium for the browser tests (Playwright cannot download its own browser
# everywhere), Firefox ESR and WebKitGTK's WebDriver with Xvfb for the other two engines,
# speech-dispatcher and espeak-ng for the read-aloud test's real speech, a Java
# runtime for the Nu HTML Checker, and Noto CJK so Korean renders as readers on Linux see it.
# On Debian it then unpacks the oldest supported Firefox ESR (140) into .browsers/, beside the
# system's newer one, for the tests to run it. Does nothing when all are present. On macOS it
# says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" = Darwin ]; then
  cat <<'EOF_MAC'
macOS: this script installs nothing. The test suite needs:
  - Node.js 22.12 or later on the PATH (e.g. `brew install node`): the bundled Node is Linux x64 only;
  - Playwright's Chromium: `npx playwright install chromium`;
  - Firefox ESR (set FIREFOX_ESR to its binary); the WebKit tests need WebKitGTK and Xvfb (Linux only);
  - a Java runtime for the Nu HTML Checker (e.g. `brew install openjdk`, then put it on the PATH).
Korean text renders with Apple SD Gothic Neo, which macOS has.
EOF_MAC
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo 'Not Debian or Ubuntu (no apt-get): install Chromium (or `npx playwright install --with-deps chromium`), Firefox ESR (FIREFOX_ESR=its binary), WebKitGTK WebDriver, Xvfb, a Java runtime, fontconfig and Noto Sans CJK yourself.' >&2
  exit 1
fi

FIREFOX_OLDEST=140.12.0esr-1~deb12u1
FIREFOX_DIR=.browsers/firefox-esr-140

# Debian packages Chromium as `chromium` and Firefox ESR as `firefox-esr`. Ubuntu's `chromium` is
# only a stub that installs the snap, so there (and on other apt systems) Playwright's own Chromium
# is installed instead, and Firefox ESR is left to the reader (FIREFOX_ESR).
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
if [ ! -x /usr/lib/firefox-esr/firefox-esr ] && [ -z "${FIREFOX_ESR:-}" ]; then
  if [ "$distribution" = debian ]; then need+=(firefox-esr); else echo 'Firefox ESR: install it and set FIREFOX_ESR to its binary (Debian packages it as firefox-esr)' >&2; fi
fi
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || need+=(xvfb)
# Real speech for the read-aloud test: speech-dispatcher (which Firefox speaks through, by
# libspeechd) with espeak-ng's voices, and libao, whose null driver stands in for a sound device.
[ -x /usr/bin/speech-dispatcher ] || need+=(speech-dispatcher)
[ -x /usr/bin/espeak-ng ] || need+=(espeak-ng)
ls /usr/lib/*/speech-dispatcher/spd_libao.so >/dev/null 2>&1 || need+=(speech-dispatcher-audio-plugins libao4)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
# fc-list comes with fontconfig, which a bare image lacks: without it the font check below fails
# on every run, and apt-get would run every time.
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
# grep reads to the end (no -q): with pipefail, fc-list cut off early would count as missing fonts.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)

sudo=''
[ "$(id -u)" -eq 0 ] || sudo='sudo'
export DEBIAN_FRONTEND=noninteractive
updated=''
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  $sudo apt-get update
  updated=1
  $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi
if [ "$playwright_browser" = yes ]; then
  # Downloads the browser and installs the libraries it needs (apt-get, as root or with sudo).
  echo "Installing Playwright's Chromium ($distribution has no Chromium package Playwright can drive)"
  npx playwright install --with-deps chromium
fi

if [ "$distribution" = debian ] && [ ! -x "$FIREFOX_DIR/usr/lib/firefox-esr/firefox-esr" ]; then
  echo "Unpacking Firefox ESR $FIREFOX_OLDEST into $FIREFOX_DIR"
  [ -n "$updated" ] || $sudo apt-get update
  download=$(mktemp -d)
  chmod 777 "$download" # apt downloads as its own user
  if (cd "$download" && apt-get download "firefox-esr=$FIREFOX_OLDEST"); then
    mkdir -p "$FIREFOX_DIR"
    dpkg -x "$download"/firefox-esr_*.deb "$FIREFOX_DIR"
  else
    echo "Firefox ESR $FIREFOX_OLDEST is not available here: the tests use the system's firefox-esr" >&2
  fi
  rm -rf "$download"
fi
