#!/usr/bin/env bash
# Installs the system packages the test suite needs, where they are missing (Debian/Ubuntu, as
# root or with sudo): Chromium for the browser tests (Playwright cannot download its own browser
# everywhere), Firefox ESR and WebKitGTK's WebDriver with Xvfb for the other two engines, a Java
# runtime for the Nu HTML Checker, and Noto CJK so Korean renders as readers on Linux see it.
# Then unpacks the oldest supported Firefox ESR (140) into .browsers/, beside the system's newer
# one, for the tests to run it. Does nothing when all are present.
set -euo pipefail
cd "$(dirname "$0")/.."

FIREFOX_OLDEST=140.12.0esr-1~deb12u1
FIREFOX_DIR=.browsers/firefox-esr-140

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/lib/firefox-esr/firefox-esr ] || need+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || need+=(xvfb)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || need+=(fonts-noto-cjk)

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

if [ ! -x "$FIREFOX_DIR/usr/lib/firefox-esr/firefox-esr" ]; then
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
