"""Runs `kgx validate` on a release, offline.

kgx's toolkit (bmt) fetches the Biolink Model YAML and its predicate map from
the internet when it starts, and kgx its JSON-LD prefix contexts. Here they
come from the installed packages instead: the model YAML and prefix map that
biolink-model ships, the contexts that prefixcommons ships, and no predicate
map (which validation does not use).

The release's own prefixes (its manifest's curieMap: MYOKG for its nodes and
edges, ICD10CM for cross-references) are added to the Biolink context, as a
KGX release's context declares them; the project's own check (kgx-check.ts)
makes sure that nothing else lies outside Biolink's prefix map.

Usage: kgx_validate.py DIR   (DIR holds nodes.tsv, edges.tsv and manifest.json)
Prints kgx's report and exits 1 when kgx reports an error.
"""
import json
import os
import sys
from importlib import resources

import bmt.toolkit
from linkml_runtime.utils.schemaview import SchemaView

MODEL = str(resources.files("biolink_model") / "schema" / "biolink_model.yaml")


def offline_init(self, schema=MODEL, predicate_map=None):
    self.view = SchemaView(schema)
    self.pmap = {}


bmt.toolkit.Toolkit.__init__ = offline_init

import kgx.config  # noqa: E402  (after the toolkit is made offline)
import kgx.utils.kgx_utils as kgx_utils  # noqa: E402
from kgx.cli.cli_utils import validate  # noqa: E402

kgx_utils._default_toolkit = bmt.toolkit.Toolkit(MODEL)
kgx.config.jsonld_context_map["biolink"] = json.loads(
    (resources.files("biolink_model") / "prefixmaps" / "biolink-model-prefix-map.json").read_text()
)
for name in ("monarch_context", "obo_context"):
    registry = resources.files("prefixcommons") / "registry" / f"{name}.jsonld"
    kgx.config.jsonld_context_map[name] = json.loads(registry.read_text())["@context"]


def main(directory):
    with open(os.path.join(directory, "manifest.json"), encoding="utf-8") as f:
        declared = json.load(f)["curieMap"]
    kgx.config.jsonld_context_map["biolink"].update(declared)
    files = [os.path.join(directory, "nodes.tsv"), os.path.join(directory, "edges.tsv")]
    model_version = kgx_utils.get_toolkit().get_model_version()
    print(f"kgx validate, Biolink Model {model_version}, declared prefixes {sorted(declared)}: {' '.join(files)}")
    errors = validate(inputs=files, input_format="tsv", input_compression=None, output=None)
    # Only ERROR-level messages fail a release; kgx's warnings are printed above with the rest.
    failing = {level: found for level, found in (errors or {}).items() if str(level).upper().endswith("ERROR")}
    print(json.dumps({"errors": failing}, indent=2, default=str))
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
