#!/bin/sh
# Install what the browser tests (pytest -m browser) need, from Debian and PyPI only:
#   - chromium: the system browser Playwright drives (never `playwright install`);
#   - fonts-ipafont-gothic: Japanese glyphs, so screenshots under tests/artifacts/
#     show text instead of empty boxes;
#   - playwright: the Python client (its bundled browsers are not downloaded).
# Usage: scripts/ci-browser.sh   (as root, or with sudo available)
set -eu

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=ja 2>/dev/null | grep -q .; then
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends \
        chromium fonts-ipafont-gothic
fi

python -c "import playwright" 2>/dev/null || python -m pip install -q "playwright>=1.44"

/usr/bin/chromium --version
