#!/usr/bin/env bash
# The language server's carried edits against fresh analyses, end to end (a long run, not part of CI): publishes the
# tool, then drives `linkhygiene lsp` with edits of corpus and hand-written templates (letters, spaces, deletions,
# CRLF, next to tags, Razor and links) and compares every version whose findings were moved (EditedAnalysis) with a
# fresh analysis of the same text opened beside it. Exit 1 and OUT/results.jsonl when one differs.
#   build/lsp-probe.sh [minutes=10] [seed=1]
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/lsp-probe
dotnet publish src/LinkHygiene.Cli -c Release -p:LinkHygieneNative=false -o "$out/tool" -nologo -v:q >/dev/null
rm -rf "$out/run" && mkdir -p "$out/run"
python3 build/lsp-probe/probe.py --server "dotnet $PWD/$out/tool/linkhygiene.dll lsp" --out "$out/run" \
  --minutes "${1:-10}" --seed "${2:-1}"
