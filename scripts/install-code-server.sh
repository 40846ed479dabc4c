#!/bin/sh
# Installs code-server (which contains a full VS Code) into .vscode-test/code-server for the extension's
# integration tests. VS Code itself cannot be downloaded here, but code-server comes from the npm registry.
# It is not a project dependency: it is large (about 600 MB) and only the VS Code tests need it.
# Idempotent: does nothing when the pinned version is already installed.
set -eu

VERSION=4.139.1
REPO=$(cd "$(dirname "$0")/.." && pwd)
PREFIX="$REPO/.vscode-test/code-server"
MARKER="$PREFIX/node_modules/code-server/package.json"
SERVER_MAIN="$PREFIX/node_modules/code-server/lib/vscode/out/server-main.js"
NODE24="$REPO/node_modules/.bin/node"

if [ -f "$MARKER" ] && [ -f "$SERVER_MAIN" ] && grep -q "\"version\": \"$VERSION\"" "$MARKER"; then
    echo "install-code-server: code-server $VERSION is already installed in $PREFIX"
    exit 0
fi

if [ ! -x "$NODE24" ]; then
    echo "install-code-server: $NODE24 is missing; run npm install in the repository first" >&2
    exit 1
fi

# code-server's postinstall builds the Kerberos module from source, which needs the krb5 headers.
if ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "install-code-server: libkrb5-dev is missing and we are not root; install it with apt-get" >&2
        exit 1
    fi
    echo "install-code-server: apt-get install -y libkrb5-dev"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get install -y -q libkrb5-dev || { $SUDO apt-get update -q && $SUDO apt-get install -y -q libkrb5-dev; }
fi

# The native modules must be built for the Node that runs code-server (Node 24 from npm), so run npm under it.
# node-gyp cannot download Node's headers here; the native modules of VS Code use Node-API, whose ABI is
# stable across Node versions, so the headers of any installed Node of 18 or later build working modules.
# NODE_HEADERS_DIR overrides the choice (a folder with include/node/node_api.h).
NODEDIR="${NODE_HEADERS_DIR:-}"
if [ -z "$NODEDIR" ]; then
    for candidate in "$(dirname "$(readlink -f "$NODE24")")/.." /usr/local /usr; do
        if [ -f "$candidate/include/node/node_api.h" ]; then NODEDIR=$(cd "$candidate" && pwd); break; fi
    done
fi
if [ -z "$NODEDIR" ]; then
    echo "install-code-server: no Node headers found (include/node/node_api.h); set NODE_HEADERS_DIR" >&2
    exit 1
fi
echo "install-code-server: building native modules against the headers in $NODEDIR/include/node"

mkdir -p "$PREFIX"
echo "install-code-server: npm install code-server@$VERSION into $PREFIX (takes a few minutes)"
# Run from an npm script, this shell inherits npm_config_user_agent, which names the Node that ran that npm
# (possibly 20); code-server's postinstall reads its Node version from there, so drop it.
unset npm_config_user_agent
PATH="$(dirname "$NODE24"):$PATH" npm_config_nodedir="$NODEDIR" \
    "$NODE24" "$(command -v npm)" install --prefix "$PREFIX" --no-save --no-package-lock --no-audit --no-fund \
    "code-server@$VERSION"

if [ ! -f "$SERVER_MAIN" ]; then
    echo "install-code-server: install finished but $SERVER_MAIN is missing" >&2
    exit 1
fi
# The native modules the VS Code server loads at start must load under the Node that runs it.
VSCODE_DIR="$PREFIX/node_modules/code-server/lib/vscode"
if ! (cd "$VSCODE_DIR" && "$NODE24" -e "require('./node_modules/@vscode/spdlog'); require('./node_modules/@vscode/native-watchdog')"); then
    echo "install-code-server: the native modules of VS Code do not load under $("$NODE24" --version); remove $PREFIX and retry" >&2
    exit 1
fi
echo "install-code-server: installed code-server $VERSION"
