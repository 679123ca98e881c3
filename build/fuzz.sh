#!/usr/bin/env bash
# The long fuzz run: a million generated, mutated and corpus-seeded templates and random byte strings through the
# engine, the fixer and the front ends' decoders (a few minutes on two cores). Any crash, hang or broken invariant is
# saved under tests/LinkHygiene.Core.Tests/Robustness/Regressions, where RegressionReplayTests replays it in every CI
# run; CI itself runs the short version, the CsCheck properties in LinkHygiene.Core.Tests.
#   build/fuzz.sh [cases=1000000] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/LinkHygiene.Fuzz -- "${1:-1000000}" ${2:+"$2"}
