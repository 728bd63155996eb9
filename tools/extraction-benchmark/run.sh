#!/usr/bin/env bash
# Body extraction on scrapinghub/article-extraction-benchmark, scored by its own evaluate.py.
# usage: tools/extraction-benchmark/run.sh DIR [score.py options]
#   DIR: a clone of https://github.com/scrapinghub/article-extraction-benchmark (html/*.html.gz, ground-truth.json,
#   evaluate.py), kept outside this repository. Writes DIR/output/readout.json and DIR/output/readability4j.json,
#   then prints the scores of every DIR/output/*.json, Readout's worst pages and the pages where Readout returns
#   less than half of what Readability4J alone returns.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="$1"; shift
"$here/../../readout" bench-extract "$dir" >&2
python3 "$here/score.py" "$dir" "$@"
