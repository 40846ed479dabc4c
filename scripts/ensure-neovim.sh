#!/bin/sh
# Makes sure Neovim (Debian's package, 0.7 or later) is on PATH, for the test that drives the language server
# with Neovim's built-in LSP client. Idempotent: does nothing when `nvim` is already there. Needs root (or sudo)
# and apt.
set -eu

version() {
    nvim --version 2>/dev/null | head -n 1 || echo 'version unknown'
}

if command -v nvim >/dev/null 2>&1; then
    echo "ensure-neovim: $(command -v nvim) is present ($(version))"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "ensure-neovim: nvim is missing and we are not root; install the Debian package 'neovim'." >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-neovim: nvim is missing and apt-get is not available; install Neovim by hand." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
install_neovim() {
    echo "ensure-neovim: apt-get install -y --no-install-recommends neovim"
    $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends neovim
}

echo "ensure-neovim: nvim is missing; installing Debian's neovim with apt-get"
# The package lists may be missing or stale on a fresh machine; refresh them only when the first try fails.
if ! install_neovim; then
    echo "ensure-neovim: install failed; apt-get update, then once more"
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q
    install_neovim
fi

if ! command -v nvim >/dev/null 2>&1; then
    echo "ensure-neovim: apt-get finished but nvim is still not on PATH" >&2
    exit 1
fi
echo "ensure-neovim: installed $(command -v nvim) ($(version))"
