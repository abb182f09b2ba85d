#!/usr/bin/env bash
# Regenerates resources/geo/ (zones.tsv, its licence, geo.qrc) from the Etalab
# "découpage administratif" npm package (MIT licence).
#
# Usage: tools/geo/generate-geo.sh [npm-package-spec]
#   default spec: @etalab/decoupage-administratif@6.0.0 (pinned so the output is reproducible;
#   pass "@etalab/decoupage-administratif" or "...@latest" to take the newest release).
# Needs: npm (network access to the npm registry), tar, /usr/bin/python3.
set -euo pipefail

readonly DEFAULT_SPEC='@etalab/decoupage-administratif@6.0.0'
spec="${1:-$DEFAULT_SPEC}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/resources/geo"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/relais-geo.XXXXXX")"
trap 'rm -rf -- "$tmp"' EXIT

echo "Fetching $spec ..." >&2
# npm pack checks the tarball against the registry's integrity hash; keep its JSON report for provenance.
(cd "$tmp" && npm pack --json --pack-destination "$tmp" "$spec" >"$tmp/pack.json")

shopt -s nullglob
tarballs=("$tmp"/*.tgz)
if [[ ${#tarballs[@]} -ne 1 ]]; then
    echo "error: expected exactly one tarball from npm pack, got ${#tarballs[@]}" >&2
    exit 1
fi
mkdir -p "$tmp/extract"
tar -xzf "${tarballs[0]}" -C "$tmp/extract"

mkdir -p "$out"
/usr/bin/python3 "$here/generate_geo.py" --package "$tmp/extract/package" --pack-json "$tmp/pack.json" --out "$out"
