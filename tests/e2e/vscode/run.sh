#!/usr/bin/env bash
# The VS Code extension end to end, in a real VS Code (code-server driven by headless Chromium): see README.md.
#   tests/e2e/vscode/run.sh [OUT]      OUT defaults to artifacts/e2e/vscode; gets report.json, screenshots and logs.
# Installs code-server and Chromium once per machine with the shared vscode-e2e tool, builds the .vsix with
# build/vscode.sh if artifacts/linkhygiene-vscode.vsix is missing or older than a source of the server or the extension
# (src/, editors/vscode/; build output, node_modules and the published server aside), and runs check.mjs over a scratch copy of the samples. Exits
# non-zero on any mismatch.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
out=$(mkdir -p "${1:-$root/artifacts/e2e/vscode}" && cd "${1:-$root/artifacts/e2e/vscode}" && pwd)
vsix=$root/artifacts/linkhygiene-vscode.vsix

"$root/../shared/tools/vscode-e2e/setup.sh"
export PATH=${VSCODE_E2E_HOME:-$HOME/.cache/vscode-e2e}/bin:$PATH

newer_source() {
  find "$root/src" "$root/editors/vscode" \( -name bin -o -name obj -o -name node_modules -o -name out -o -name server \) -prune \
    -o -type f -newer "$vsix" -print -quit
}
if [ ! -f "$vsix" ] || [ -n "$(newer_source)" ]; then
  "$root/build/vscode.sh"
fi
echo "testing $vsix ($(date -r "$vsix" '+%Y-%m-%d %H:%M'))"

# The test edits the files it opens: a scratch copy, without build output.
scratch=$(mktemp -d)
tool=$(mktemp -d) # outside the folder the editor opens, so that it is not in the screenshots' Explorer
trap 'rm -rf "$scratch" "$tool"' EXIT

# The extension would prefer a `linkhygiene` on PATH to the server in the .vsix: leave such folders out, and put first
# one that cannot start, as the native tool cannot on a C library older than it needs. The extension must say so in
# its log and run its own server (check.mjs checks both).
path=
IFS=: read -ra folders <<<"$PATH"
for folder in "${folders[@]}"; do
  [ -x "$folder/linkhygiene" ] || path=${path:+$path:}$folder
done
printf '%s\n' '#!/bin/sh' \
  "echo \"linkhygiene: /lib/x86_64-linux-gnu/libc.so.6: version 'GLIBC_2.99' not found (required by linkhygiene)\" >&2" \
  'exit 127' >"$tool/linkhygiene"
chmod +x "$tool/linkhygiene"
export PATH=$tool:$path
cp -r "$root/samples/RazorPagesSample" "$root/samples/BlazorSample" "$scratch/"
rm -rf "$scratch"/*/bin "$scratch"/*/obj

rm -f "$out"/*.png "$out"/*.log "$out"/report.json
node "$root/tests/e2e/vscode/check.mjs" --vsix "$vsix" --folder "$scratch" --out "$out" --skipped-tool "$tool/linkhygiene"
