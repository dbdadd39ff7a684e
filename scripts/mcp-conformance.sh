#!/usr/bin/env bash
# Runs the MCP conformance suite's server scenarios against a running /mcp:
#   bash scripts/mcp-conformance.sh http://127.0.0.1:4000/mcp
# The suite needs Node 22 or newer: it runs on the project's Node 24 (the `node`
# package in node_modules), from a folder of its own under .cache/.
set -euo pipefail
url="${1:?usage: mcp-conformance.sh <mcp-url>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
node="$root/node_modules/node/bin/node"
[ -x "$node" ] || node="$(command -v node)"
major="$("$node" -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 22 ]; then
  echo "the MCP conformance suite needs Node 22 or newer; $node is $("$node" --version): run npm ci" >&2
  exit 1
fi
work="$root/.cache/mcp-conformance"
mkdir -p "$work"
suite="$root/node_modules/@modelcontextprotocol/conformance/dist/index.js"
status=0
for scenario in server-initialize ping tools-list resources-list prompts-list dns-rebinding-protection; do
  if ! (cd "$work" && "$node" "$suite" server --url "$url" --scenario "$scenario"); then
    status=1
  fi
done
exit "$status"
