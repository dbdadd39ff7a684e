#!/usr/bin/env bash
# Runs `kgx validate` (PyPI kgx 2.7) on a KGX release, offline, in a venv of
# its own (.venv-kgx) with exactly the versions of kgx-requirements.txt.
# kgx 2.7 wants click < 8.2 while biolink-model 4.4.6 wants a linkml-runtime
# that needs click >= 8.2, so biolink-model is installed without its
# dependencies: kgx only reads the model YAML it ships.
# Usage: bash scripts/kgx-validate.sh DIR   (nodes.tsv, edges.tsv, manifest.json)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "${1:?usage: kgx-validate.sh DIR}" && pwd)
venv="$root/.venv-kgx"
requirements="$root/scripts/ontologies/kgx-requirements.txt"
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$stamp"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$requirements"
  cp "$requirements" "$stamp"
fi
cd "$dir"
exec "$venv/bin/python" "$root/scripts/ontologies/kgx_validate.py" "$dir"
