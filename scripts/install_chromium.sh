#!/usr/bin/env bash
# Install Debian's headless Chromium and its chromedriver for the browser test.
# Idempotent: does nothing when /usr/bin/chromium and /usr/bin/chromedriver are already there.
# Never downloads a browser build of its own; only Debian's packages.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
else
    SUDO=""
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install_chromium: no apt-get here; install chromium and chromium-driver by hand" >&2
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they do not know chromium yet.
if ! apt-cache show chromium-driver >/dev/null 2>&1; then
    $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
echo "install_chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
