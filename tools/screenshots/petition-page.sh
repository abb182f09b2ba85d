#!/usr/bin/env bash
# Screenshots of a petition's public page (docs/screenshots/petition-page*.png) as a browser shows them:
# the petition integration test keeps the pages it gets from a real relais-server, headless Chromium renders them.
# Usage: tools/screenshots/petition-page.sh [build-dir]   Needs: chromium (apt-get install chromium).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
out="$root/docs/screenshots"
pages="$(mktemp -d "${TMPDIR:-/tmp}/relais-pages.XXXXXX")"
trap 'rm -rf -- "$pages"' EXIT

RELAIS_PAGE_DUMP_DIR="$pages" "$build/tests/tst_petition_integration" publicPageWorksWithoutJavaScript \
    badInputIsRefusedAndNothingStored >/dev/null
for name in petition-page petition-page-errors; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1500 \
        --screenshot="$out/$name.png" "file://$pages/$name.html" 2>/dev/null
    echo "$out/$name.png"
done
