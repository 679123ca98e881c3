#!/usr/bin/env bash
# LinkHygiene against its peers, side by side, and the tables in docs/performance.md regenerated from the results.
# Not part of CI: it takes a while (html-validate alone is ~50 s a run) and wants a quiet machine.
#
#   build/bench.sh [--runs N] [--quick] [--skip-peers] [--skip-build-bench] [--skip-engine] [--skip-html-validate]
#
#   --runs N              times each measurement is repeated, interleaved across the tools compared (default 5)
#   --quick               smoke test: --runs 1, no cold builds, lsp-latency with 50 edits instead of 200
#   --skip-peers          leave out the command-line comparison (linkhygiene, htmlhint, html-validate)
#   --skip-build-bench    leave out dotnet build with and without the analyzer package
#   --skip-engine         leave out the engine benchmarks (prof, lsp-latency)
#   --skip-html-validate  the command-line comparison without html-validate
#
# What it measures (docs/performance.md explains the tables):
#   1. The corpus (../shared/corpus, every .cshtml/.razor/.html/.htm, sorted) through the published CLI, htmlhint@1 and
#      html-validate@9 (installed from npm into a temp folder), N runs interleaved, /usr/bin/time for wall, CPU, RSS.
#   2. dotnet build of two throwaway projects holding every corpus template as AdditionalFiles, with and without the
#      LinkHygiene package (packed by build/pack.sh into a local feed): warm (compiler server up, templates unchanged),
#      changed (compiler server up, every template's options changed, so nothing is reused) and cold.
#   3. tests/LinkHygiene.Benchmarks: `prof` (engine vs a plain AngleSharp parse) and `lsp-latency`.
# Raw results go to artifacts/bench/<date>/; build/bench_report.py turns them into the tables between
# <!-- bench:begin --> and <!-- bench:end --> in docs/performance.md (a part left out keeps its previous table).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

runs=5 quick=0 peers=1 buildbench=1 engine=1 htmlvalidate=1 cold=1 lsp_edits=200
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=${2:?--runs needs a number}; shift ;;
    --runs=*) runs=${1#--runs=} ;;
    --quick) quick=1 ;;
    --skip-peers) peers=0 ;;
    --skip-build-bench) buildbench=0 ;;
    --skip-engine) engine=0 ;;
    --skip-html-validate) htmlvalidate=0 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --runs needs a positive number" >&2; exit 2; }
if [ "$quick" = 1 ]; then runs=1 cold=0 lsp_edits=50; fi

corpus=$(cd "$repo/../shared/corpus" && pwd)
out="$repo/artifacts/bench/$(date +%Y-%m-%d-%H%M%S)"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log() { printf '\n== %s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then apt-get install -y time >/dev/null; fi

# One measured command: appends "<name>\t<run>\t<wall s>\t<user s>\t<sys s>\t<max RSS KB>\t<exit code>" to $1.
# GNU time writes "Command exited with non-zero status N" above the numbers then: keep the last line only.
measure() {
  local tsv=$1 name=$2 run=$3 stdout=$4 stderr=$5; shift 5
  local rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >"$stdout" 2>"$stderr" || rc=$?
  printf '%s\t%s\t%s\t%s\n' "$name" "$run" "$(tail -n 1 "$tmp/time" | tr ' ' '\t')" "$rc" >>"$tsv"
  printf '  %-22s run %s: %s s wall, exit %s\n' "$name" "$run" "$(tail -n 1 "$tmp/time" | cut -d' ' -f1)" "$rc" >&2
}

# The environment, for the report.
{
  printf 'date\t%s\n' "$(date '+%Y-%m-%d %H:%M %Z')"
  printf 'commit\t%s%s\n' "$(git rev-parse --short HEAD)" "$([ -z "$(git status --porcelain --untracked-files=no)" ] || echo ' (with uncommitted changes)')"
  printf 'nproc\t%s\n' "$(nproc)"
  printf 'cpu\t%s\n' "$( (grep -m1 '^model name' /proc/cpuinfo || lscpu | grep -m1 'Model name') | cut -d: -f2- | sed 's/^ *//')"
  printf 'memory\t%s\n' "$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
  printf 'os\t%s\n' "$(. /etc/os-release && echo "$PRETTY_NAME") ($(uname -r))"
  printf 'dotnet\t%s\n' "$(dotnet --version)"
  printf 'node\t%s\n' "$(node --version)"
  printf 'runs\t%s\n' "$runs"
  printf 'options\t%s\n' "$([ "$quick" = 1 ] && echo '--quick')"
  printf 'lsp_edits\t%s\n' "$lsp_edits"
  printf 'load\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/env.tsv"

# The corpus: every template under ../shared/corpus, relative to it, sorted, NUL-separated.
(cd "$corpus" && find . -type f \( -name '*.cshtml' -o -name '*.razor' -o -name '*.html' -o -name '*.htm' \) -print0) | LC_ALL=C sort -z >"$tmp/files0"
printf 'files\t%s\n' "$(tr -cd '\0' <"$tmp/files0" | wc -c)" >>"$out/env.tsv"

# Build everything first, so that a broken build fails before any time is spent measuring.
if [ "$peers" = 1 ]; then
  log "Publishing the CLI and installing htmlhint@1, html-validate@9"
  # What `dotnet tool install` puts on this machine: the native executable on linux-x64, the framework-dependent tool
  # elsewhere.
  dotnet publish src/LinkHygiene.Cli -c Release -o "$tmp/lh" -nologo -v:q
  if [ -f "$tmp/lh/linkhygiene.dll" ]; then lh=(dotnet "$tmp/lh/linkhygiene.dll"); lh_form=framework-dependent; else lh=("$tmp/lh/linkhygiene"); lh_form=native; fi
  printf 'linkhygiene_form\t%s\n' "$lh_form" >>"$out/env.tsv"
  (cd "$tmp" && npm install --no-save --silent htmlhint@1 html-validate@9)
  printf 'htmlhint\t%s\n' "$("$tmp/node_modules/.bin/htmlhint" --version)" >>"$out/env.tsv"
  printf 'html-validate\t%s\n' "$("$tmp/node_modules/.bin/html-validate" --version | sed 's/^html-validate-//')" >>"$out/env.tsv"
fi
if [ "$buildbench" = 1 ]; then
  log "Packing the LinkHygiene package into a local feed"
  build/pack.sh "$tmp/feed" >/dev/null
fi
if [ "$engine" = 1 ]; then
  log "Building tests/LinkHygiene.Benchmarks"
  dotnet build -c Release tests/LinkHygiene.Benchmarks -nologo -v:q
fi

if [ "$peers" = 1 ]; then
  log "Command line: linkhygiene, htmlhint, html-validate over the corpus, $runs run(s) interleaved"
  cd "$corpus"
  # The CLI reads the list as a response file (one quoted path a line).
  tr '\0' '\n' <"$tmp/files0" | sed 's/.*/"&"/' >"$tmp/files.rsp"
  # htmlhint and html-validate expand every argument as a glob: a file named ...-[empty].verified.html matches
  # nothing. Glob characters go in brackets, so that each pattern is exactly its file.
  sed -z 's/[][*?{}()]/[&]/g' <"$tmp/files0" >"$tmp/globs0"
  printf '%s\n' '{"extends": [], "rules": {"allowed-links": "error", "wcag/h30": "error", "text-content": "error", "no-missing-references": "error"}}' >"$tmp/htmlvalidate.json"
  printf 'file_list_bytes\t%s\n' "$(wc -c <"$tmp/files0")" >>"$out/env.tsv"
  printf 'glob_named_files\t%s\n' "$(tr '\0' '\n' <"$tmp/files0" | grep -c '[][*?{}()]' || true)" >>"$out/env.tsv"

  lh+=("@$tmp/files.rsp" --format json --fail-on none --no-progress)
  # One htmlhint process for the whole list: xargs' default command buffer (128 KB) would split it into five.
  hh=(xargs -0 -s 1500000 -a "$tmp/globs0" "$tmp/node_modules/.bin/htmlhint")
  hv=(xargs -0 -s 1500000 -a "$tmp/globs0" "$tmp/node_modules/.bin/html-validate" --config "$tmp/htmlvalidate.json" --formatter json)

  # Untimed checks (and a warm-up of the file cache): how many files each tool really reads. For html-validate, its
  # own CLI.expandFiles on the list, timed: the files it will validate, and what turning the arguments into them costs.
  "${lh[@]}" -o "$out/linkhygiene.json" >/dev/null
  { "${hh[@]}" --nocolor 2>&1 || true; } | { grep -a 'Scanned' || true; } >"$out/htmlhint-check.txt"
  if [ "$htmlvalidate" = 1 ]; then
    node -e '
      const { CLI } = require(process.argv[1]);
      const patterns = require("fs").readFileSync(process.argv[2], "utf8").split("\0").filter(Boolean);
      const start = process.hrtime.bigint(), cpu = process.cpuUsage();
      new CLI().expandFiles(patterns, {}).then(files => {
        const used = process.cpuUsage(cpu);
        console.log(`files\t${files.length}\nwall_ms\t${Number(process.hrtime.bigint() - start) / 1e6}\ncpu_ms\t${(used.user + used.system) / 1000}`);
      });' "$tmp/node_modules/html-validate" "$tmp/globs0" >"$out/html-validate-expand.tsv"
  fi

  printf 'tool\trun\twall_s\tuser_s\tsys_s\tmax_rss_kb\texit\n' >"$out/peers.tsv"
  for ((i = 1; i <= runs; i++)); do
    measure "$out/peers.tsv" linkhygiene "$i" /dev/null "$out/linkhygiene.stderr" "${lh[@]}" -o /dev/null
    measure "$out/peers.tsv" htmlhint "$i" "$out/htmlhint.txt" "$out/htmlhint.stderr" "${hh[@]}" --format compact
    if [ "$htmlvalidate" = 1 ]; then
      measure "$out/peers.tsv" html-validate "$i" "$out/html-validate.json" "$out/html-validate.stderr" "${hv[@]}"
    fi
  done
  gzip -f "$out/htmlhint.txt" "$out"/html-validate.json 2>/dev/null || true
  # linkhygiene exits 0 (--fail-on none); htmlhint and html-validate exit 1 with findings, which xargs reports as 123.
  if awk -F'\t' 'NR > 1 && !($1 == "linkhygiene" ? $7 == 0 : $7 == 0 || $7 == 123) { bad = 1 } END { exit !bad }' "$out/peers.tsv"; then
    echo "bench.sh: a tool failed, see $out/peers.tsv and $out/*.stderr" >&2; exit 1
  fi
  cd "$repo"
fi

if [ "$buildbench" = 1 ]; then
  log "dotnet build with and without the analyzer package, $runs run(s) interleaved"
  version=$(basename "$(ls "$tmp"/feed/LinkHygiene.[0-9]*.nupkg | head -n 1)" .nupkg); version=${version#LinkHygiene.}
  printf 'package\tLinkHygiene %s\n' "$version" >>"$out/env.tsv"
  # Outside the repository: no Directory.Build.props of ours; empty ones stop the search above the temp folder.
  for variant in without with; do
    dir="$tmp/build/$variant"
    mkdir -p "$dir"
    for f in Directory.Build.targets Directory.Packages.props; do echo '<Project />' >"$dir/$f"; done
    # A global analyzer config for the "changed" builds, which give every template a new option value each time.
    echo '<Project><ItemGroup><GlobalAnalyzerConfigFiles Include="$(MSBuildThisFileDirectory)bench.globalconfig" /></ItemGroup></Project>' >"$dir/Directory.Build.props"
    printf 'is_global = true\n' >"$dir/bench.globalconfig"
    echo 'namespace Site { public static class Page { } }' >"$dir/Page.cs"
    reference=''
    [ "$variant" = with ] && reference="<ItemGroup><PackageReference Include=\"LinkHygiene\" Version=\"$version\" /></ItemGroup>"
    cat >"$dir/Site.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Library</OutputType></PropertyGroup>
  <ItemGroup><AdditionalFiles Include="$corpus/**/*.cshtml;$corpus/**/*.razor;$corpus/**/*.html;$corpus/**/*.htm" /></ItemGroup>
  $reference
</Project>
EOF
    cat >"$dir/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <config><add key="globalPackagesFolder" value="$tmp/packages" /></config>
  <packageSources><clear /><add key="local" value="$tmp/feed" /></packageSources>
</configuration>
EOF
  done
  build=(dotnet build --no-incremental -nologo -v:q -p:UseSharedCompilation=true)
  printf 'variant\tmode\trun\twall_s\tuser_s\tsys_s\tmax_rss_kb\texit\n' >"$out/build.tsv"
  # Warm: one untimed build of each first (restore, and the compiler server started and loaded).
  for variant in without with; do "${build[@]}" "$tmp/build/$variant" >"$out/build-$variant.log" 2>&1; done
  for ((i = 1; i <= runs; i++)); do
    for variant in without with; do
      measure "$out/build.tsv" "$variant"$'\t'warm "$i" "$out/build-$variant.log" /dev/null "${build[@]}" "$tmp/build/$variant"
    done
  done
  # Changed: the compiler server running, but every template re-analysed, as after editing all of them. The analyzer
  # keeps what it found across builds in the server, keyed by each template's text and the options it read; a new
  # link_hygiene.max_file_size_kb (read for every template, larger than any of them) defeats that for every file.
  for ((i = 1; i <= runs; i++)); do
    for variant in without with; do
      printf 'is_global = true\nlink_hygiene.max_file_size_kb = %s\n' "$((100000 + i))" >"$tmp/build/$variant/bench.globalconfig"
      measure "$out/build.tsv" "$variant"$'\t'changed "$i" "$out/build-$variant.log" /dev/null "${build[@]}" "$tmp/build/$variant"
    done
  done
  for variant in without with; do printf 'is_global = true\n' >"$tmp/build/$variant/bench.globalconfig"; done
  if [ "$cold" = 1 ]; then
    for ((i = 1; i <= runs; i++)); do
      for variant in without with; do
        dotnet build-server shutdown >/dev/null 2>&1
        measure "$out/build.tsv" "$variant"$'\t'cold "$i" "$out/build-$variant.log" /dev/null "${build[@]}" "$tmp/build/$variant"
      done
    done
  fi
  if awk -F'\t' 'NR > 1 && $8 != 0 { bad = 1 } END { exit !bad }' "$out/build.tsv"; then
    echo "bench.sh: a build failed, see $out/build-*.log" >&2; exit 1
  fi
  # MSBuild's summary line ("255 Warning(s)"): each warning is also printed where it occurs.
  printf 'build_warnings_with\t%s\n' "$(grep -Eo '[0-9]+ Warning\(s\)' "$out/build-with.log" | tail -n 1 | cut -d' ' -f1)" >>"$out/env.tsv"
fi

if [ "$engine" = 1 ]; then
  log "Engine: prof and lsp-latency $lsp_edits"
  benchmarks=tests/LinkHygiene.Benchmarks/bin/Release/net10.0/LinkHygiene.Benchmarks.dll
  dotnet "$benchmarks" prof >"$out/prof.txt"
  dotnet "$benchmarks" lsp-latency "$lsp_edits" >"$out/lsp-latency.txt"
fi

log "Report"
python3 build/bench_report.py "$out" docs/performance.md
echo "Raw results: ${out#"$repo"/}; tables: docs/performance.md" >&2
