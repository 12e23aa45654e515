#!/usr/bin/env bash
# Installs the system packages the test suite needs, where they are missing (Debian/Ubuntu, as
# root or with sudo): Chromium for the browser tests (Playwright cannot download its own browser
# everywhere), Firefox ESR and WebKitGTK's WebDriver with Xvfb for the other two engines,
# speech-dispatcher and espeak-ng for the read-aloud test's real speech, a Java runtime for the Nu
# HTML Checker, xmllint for the TMX file, EPUBCheck for the e-book, Noto CJK so Korean renders as
# readers on Linux see it, and the web servers the built site is tested on (nginx, Apache httpd,
# Caddy), which the tests start on ports of their own: the services these packages install are
# neither started nor left enabled.
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
  - a Java runtime for the Nu HTML Checker (e.g. `brew install openjdk`, then put it on the PATH);
  - EPUBCheck (`brew install epubcheck`), with EPUBCHECK_JAR set to its epubcheck.jar.
  - the web servers the site is tested on: the tests/servers tests expect Debian's nginx, apache2
    (with its modules in /usr/lib/apache2/modules) and caddy, so run them on Linux.
Korean text renders with Apple SD Gothic Neo, and xmllint (for the TMX file) comes with macOS.
EOF_MAC
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo 'Not Debian or Ubuntu (no apt-get): install Chromium (or `npx playwright install --with-deps chromium`), Firefox ESR (FIREFOX_ESR=its binary), WebKitGTK WebDriver, Xvfb, a Java runtime, xmllint (libxml2), EPUBCheck (EPUBCHECK_JAR=its jar), fontconfig, Noto Sans CJK, nginx, Apache httpd (apache2), Caddy and openssl yourself.' >&2
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
# The tests run the jar with java: the package's `epubcheck` command needs binfmt to run a jar.
[ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
# xmllint validates the TMX translation memory against the TMX 1.4b DTD.
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
# GNU time gives the bench its builds' CPU time and peak memory (npm run bench).
[ -x /usr/bin/time ] || need+=(time)
# openssl makes the certificate nginx and Apache serve HTTPS with in tests/servers.
command -v openssl >/dev/null 2>&1 || need+=(openssl)
# fc-list comes with fontconfig, which a bare image lacks: without it the font check below fails
# on every run, and apt-get would run every time.
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
# grep reads to the end (no -q): with pipefail, fc-list cut off early would count as missing fonts.
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || need+=(fonts-noto-cjk)
# The web servers, looked for where Debian puts them (/usr/sbin is not on every user's PATH).
servers=()
[ -x /usr/sbin/nginx ] || servers+=(nginx-light)
[ -x /usr/sbin/apache2 ] || servers+=(apache2)
command -v caddy >/dev/null 2>&1 || servers+=(caddy)

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
if [ ${#servers[@]} -gt 0 ]; then
  echo "Installing the web servers the tests run: ${servers[*]}"
  [ -n "$updated" ] || $sudo apt-get update
  updated=1
  # Newer Debian releases fold nginx-light into nginx.
  if [ "${servers[0]}" = nginx-light ] && ! apt-cache show nginx-light >/dev/null 2>&1; then servers[0]=nginx; fi
  # Their packages start a service on port 80 (or fail to, where it is taken). policy-rc.d tells
  # the packages' scripts not to start any; the services are then disabled, so none starts at boot.
  policy=/usr/sbin/policy-rc.d
  own_policy=''
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 755 "$policy"
    own_policy=1
  fi
  status=0
  $sudo apt-get install -y --no-install-recommends "${servers[@]}" || status=$?
  [ -z "$own_policy" ] || $sudo rm -f "$policy"
  [ "$status" -eq 0 ] || exit "$status"
  if [ -d /run/systemd/system ]; then
    for package in "${servers[@]}"; do
      service=${package%-light}
      $sudo systemctl disable --now "$service" >/dev/null 2>&1 || true
    done
  fi
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
