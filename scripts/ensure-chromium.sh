#!/bin/sh
# Makes sure Debian's chromium is installed at /usr/bin/chromium, for the report rendering tests.
# Idempotent: does nothing when the browser is already there. Needs root (or sudo) and apt.
set -eu

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "ensure-chromium: $CHROMIUM is present ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "ensure-chromium: $CHROMIUM is missing and we are not root; install the Debian package 'chromium'." >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install chromium by hand." >&2
    exit 1
fi

echo "ensure-chromium: $CHROMIUM is missing; installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: apt-get update"
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -q
echo "ensure-chromium: apt-get install -y --no-install-recommends chromium fonts-dejavu-core"
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends chromium fonts-dejavu-core

if [ ! -x "$CHROMIUM" ]; then
    echo "ensure-chromium: apt-get finished but $CHROMIUM is still missing" >&2
    exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
