#!/usr/bin/env bash
# Builds the VS Code extension with the language server inside it: artifacts/linkhygiene-vscode.vsix.
#   1. publishes the tool, framework-dependent, into editors/vscode/server (the extension runs
#      `dotnet server/linkhygiene.dll lsp`, so one .vsix serves every OS with a .NET 8+ runtime);
#   2. installs the extension's npm dependencies exactly as package-lock.json pins them;
#   3. packages with vsce, which compiles the TypeScript first (the vscode:prepublish script).
# Needs the .NET SDK of global.json and Node.js 20+ with npm; downloads only from NuGet and npm. Safe to run again.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ext=$root/editors/vscode
vsix=$root/artifacts/linkhygiene-vscode.vsix

# Published afresh, so that no file left by an older publish ends up in the package.
rm -rf "$ext/server"
dotnet publish "$root/src/LinkHygiene.Cli" -c Release -o "$ext/server" -nologo -p:LinkHygieneNative=false

cd "$ext"
npm ci --no-audit --no-fund
mkdir -p "$(dirname "$vsix")"
node_modules/.bin/vsce package --out "$vsix"

# What the extension cannot run without: the server, the compiled extension, and the language client library
# (vsce packs the production dependencies from node_modules).
contents=$(unzip -Z1 "$vsix")
for required in extension/server/linkhygiene.dll extension/server/linkhygiene.runtimeconfig.json \
    extension/out/extension.js extension/node_modules/vscode-languageclient/lib/node/main.js; do
  grep -qxF "$required" <<<"$contents" || { echo "error: $vsix lacks $required" >&2; exit 1; }
done
echo "$vsix"
