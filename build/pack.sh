#!/usr/bin/env bash
# Packs the NuGet packages into artifacts/packages (or the folder given):
#   LinkHygiene.<version>.nupkg       the analyzer + MSBuild task (dotnet add package LinkHygiene)
#   LinkHygiene.Tool.<version>.nupkg  the command-line tool (dotnet tool install -g LinkHygiene.Tool); packed on
#                                     linux-x64 it names the package for each platform, packed beside it:
#                                     LinkHygiene.Tool.linux-x64 (native), LinkHygiene.Tool.linux-musl-x64 and
#                                     LinkHygiene.Tool.any (framework-dependent)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/packages}
dotnet pack LinkHygiene.sln -c Release -o "$out" -nologo
ls -1 "$out"/*.nupkg
