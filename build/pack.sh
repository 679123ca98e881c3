#!/usr/bin/env bash
# Packs both NuGet packages into artifacts/packages (or the folder given):
#   LinkHygiene.<version>.nupkg       the analyzer + MSBuild task (dotnet add package LinkHygiene)
#   LinkHygiene.Tool.<version>.nupkg  the command-line tool (dotnet tool install -g LinkHygiene.Tool)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/packages}
dotnet pack LinkHygiene.sln -c Release -o "$out" -nologo
ls -1 "$out"/*.nupkg
