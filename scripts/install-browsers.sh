#!/usr/bin/env bash
# Installs the browsers the end-to-end tests drive, from Debian's packages (never a browser download):
# chromium and firefox-esr, and beside them the oldest Firefox ESR Debian offers (140, from bookworm main),
# unpacked into /opt/firefox-esr-140 so the Firefox tests also run on the oldest version the add-on claims.
# Runs apt through sudo when not run as root. Safe to run again: it installs only what is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
as_root=()
[ "$(id -u)" = 0 ] || as_root=(sudo)
apt-get() { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }
dpkg() { "${as_root[@]}" env dpkg "$@"; }  # env: the binary, not this function
updated=0
update() { [ "$updated" = 1 ] || { apt-get update -qq; updated=1; }; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian's ${missing[*]}…"
  update
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

OLDEST=/opt/firefox-esr-140
if [ ! -x "$OLDEST/usr/lib/firefox-esr/firefox-esr" ]; then
  update
  version=$(apt-cache madison firefox-esr | awk '{print $3}' | grep '^140\.' | sort -V | tail -n 1 || true)
  if [ -n "$version" ]; then
    echo "Unpacking Firefox ESR $version into $OLDEST (its libraries are those of the installed firefox-esr)…"
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download "firefox-esr=$version" >/dev/null 2>&1)
    dpkg -x "$tmp"/firefox-esr_*.deb "$OLDEST"
    rm -rf "$tmp"
  else
    echo "No Firefox ESR 140 in the package lists: the Firefox tests run on the system firefox-esr only."
  fi
fi
/usr/bin/chromium --version 2>/dev/null | head -n 1
/usr/bin/firefox-esr --version
[ -x "$OLDEST/usr/lib/firefox-esr/firefox-esr" ] && "$OLDEST/usr/lib/firefox-esr/firefox-esr" --version || true
