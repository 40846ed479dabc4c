#!/bin/sh
# Makes sure a program from Debian's packages is installed, for the tests that drive it (Chromium for the report
# and VS Code checks, Neovim for the second LSP client). Idempotent: does nothing when the program is there.
# Usage: ensure-debian-package.sh <program> <package> [more packages…]
set -eu

if [ "$#" -lt 2 ]; then
    echo "usage: $0 <program> <package> [more packages…]" >&2
    exit 2
fi
PROGRAM=$1
shift
NAME="ensure $PROGRAM"

version() {
    "$PROGRAM" --version 2>/dev/null | head -n 1 || echo 'version unknown'
}

if command -v "$PROGRAM" >/dev/null 2>&1; then
    echo "$NAME: $(command -v "$PROGRAM") is present ($(version))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "$NAME: $PROGRAM is missing and we are not root; install the Debian package(s) $*." >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "$NAME: $PROGRAM is missing and apt-get is not available; install $* by hand." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
install() {
    echo "$NAME: apt-get install -y --no-install-recommends $*"
    $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "$@"
}

echo "$NAME: $PROGRAM is missing; installing $* with apt-get"
# The package lists may be missing or stale on a fresh machine; refresh them only when the first try fails.
if ! install "$@"; then
    echo "$NAME: install failed; apt-get update, then once more"
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q
    install "$@"
fi

if ! command -v "$PROGRAM" >/dev/null 2>&1; then
    echo "$NAME: apt-get finished but $PROGRAM is still not on PATH" >&2
    exit 1
fi
echo "$NAME: installed $(command -v "$PROGRAM") ($(version))"
