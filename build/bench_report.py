#!/usr/bin/env python3
"""Turns the raw results of build/bench.sh into the tables of docs/performance.md.

    python3 build/bench_report.py artifacts/bench/<date> docs/performance.md

Replaces what is between <!-- bench:begin --> and <!-- bench:end --> (creating the file, or appending the markers,
when they are missing). A part the run left out (--skip-peers, --skip-build-bench, --skip-engine) keeps its section
from the previous version of the file; every section says which run it comes from.
"""
import csv
import gzip
import json
import os
import re
import statistics
import sys

BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"

INTRO = """# Performance

How fast LinkHygiene is next to the HTML linters people already run, what the analyzer package adds to
`dotnet build`, and how the engine and the language server do. Every number below comes from `build/bench.sh`;
nothing in the tables is written by hand.

```sh
build/bench.sh                          # everything, 5 runs each (a quiet machine, ~15 minutes)
build/bench.sh --runs 10                # more runs
build/bench.sh --quick                  # smoke test: 1 run, no cold builds
build/bench.sh --skip-peers | --skip-build-bench | --skip-engine | --skip-html-validate
```

What it measures:

- **Command line.** The shared corpus (`../shared/corpus`: every `.cshtml`, `.razor`, `.html` and `.htm` of seven
  public projects, listed explicitly and sorted) through the published `linkhygiene` tool (a response file with the
  list, `--format json`), [htmlhint](https://htmlhint.com) 1.x (`--format compact`, its default rules) and
  [html-validate](https://html-validate.org) 9.x (only its link rules: `allowed-links`, `wcag/h30`, `text-content`,
  `no-missing-references`), each in one process for the whole list, installed from npm into a temporary folder.
  The tools run in turn (LinkHygiene, htmlhint, html-validate, LinkHygiene, ...) so that a noisy neighbour hurts all
  of them alike. `/usr/bin/time` gives wall time, user+system CPU and peak resident memory.
- **Build.** Two throwaway `net10.0` projects holding every corpus template as `AdditionalFiles`, one of them with
  the `LinkHygiene` package (packed from this commit by `build/pack.sh`), built with `dotnet build --no-incremental`
  in turn: warm (the compiler server running, after one untimed build of each, templates unchanged), changed (the
  server running, but every template given a new option value before each build, so that the analyzer cannot reuse
  what it found in the build before) and cold (`dotnet build-server shutdown` before each build). The compiler runs
  in the server, so only wall time means something here.
- **Engine.** `tests/LinkHygiene.Benchmarks`: `prof` (the whole engine over the corpus against a plain AngleSharp
  parse of the same text, one thread, best of five rounds; bytes allocated per input byte) and `lsp-latency` (the real
  `linkhygiene lsp` process over stdio: one character typed, until that version's diagnostics arrive).

Raw results (one row a run, the tools' output) are kept in `artifacts/bench/<date>/`.

Notes on the peers:

- htmlhint and html-validate expand every argument as a glob, so a file named `...-[empty].verified.html` matches
  nothing and is silently skipped; the script brackets glob characters so that they read every file. The "Files
  read" column checks it (LinkHygiene: its own count; htmlhint: its "Scanned N files"; html-validate: its file list
  expansion run on its own).
- Neither has a notion of Razor. html-validate's `--ext` only filters what it finds in folders; a file named
  explicitly is validated as plain HTML whatever its extension (no transform is configured for it), so `.cshtml` and
  `.razor` files are read with `@` expressions as text and components as unknown elements. htmlhint likewise parses
  any file it is given as HTML.
- htmlhint runs with its default rules (it has no link-only set); html-validate with its link rules only.
- So the findings are not comparable across tools: each checks different things.
"""


def read_tsv(path):
    if not os.path.exists(path):
        return None
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def read_env(folder):
    env = {}
    with open(os.path.join(folder, "env.tsv"), encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            env[key] = value
    return env


def read_text(path):
    """The file, or its .gz (bench.sh compresses the tools' large outputs), or None."""
    if os.path.exists(path):
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    if os.path.exists(path + ".gz"):
        with gzip.open(path + ".gz", "rt", encoding="utf-8", errors="replace") as f:
            return f.read()
    return None


def median(values):
    return statistics.median(values)


def seconds(values):
    return f"{median(values):.2f} s ({min(values):.2f}–{max(values):.2f})" if len(values) > 1 else f"{values[0]:.2f} s"


def megabytes(kilobytes):
    return f"{median(kilobytes) / 1024:.0f} MB"


def stamp(env, folder, extra="", runs=True):
    count = env.get("runs", "?")
    what = f", {count} run{'s' if count != '1' else ''} each" if runs else ""
    options = f" (`{env['options']}`)" if env.get("options") else ""
    return (f"_Run {os.path.basename(folder.rstrip('/'))}: {env['date']}, commit {env['commit']}{what}{options}"
            f"{extra}; load average at the start {env.get('load', '?')}._")


def peer_counts(folder, env):
    """Files each tool read and what it reported, from the untimed check run and the last timed run's output."""
    counts = {}
    report = read_text(os.path.join(folder, "linkhygiene.json"))
    if report:
        data = json.loads(report)
        summary = data["summary"]
        counts["linkhygiene"] = (summary["filesChecked"], summary["findings"], summary["filesWithFindings"])
        env.setdefault("linkhygiene", data["tool"]["version"])
    check = read_text(os.path.join(folder, "htmlhint-check.txt")) or ""
    scanned = re.findall(r"Scanned (\d+) files", check)
    compact = read_text(os.path.join(folder, "htmlhint.txt"))
    if compact is not None:
        lines = re.findall(r"^(.*): line \d+, col \d+, ", compact, re.M)
        read = "+".join(scanned) if scanned else "?"
        counts["htmlhint"] = (read, len(lines), len(set(lines)))
    results = read_text(os.path.join(folder, "html-validate.json"))
    if results:
        data = json.loads(results)
        expanded = html_validate_expansion(folder).get("files", "?")
        counts["html-validate"] = (expanded, sum(r["errorCount"] + r["warningCount"] for r in data), len(data))
    return counts


def html_validate_expansion(folder):
    """html-validate's CLI.expandFiles over the list, timed on its own: files, wall_ms, cpu_ms."""
    text = read_text(os.path.join(folder, "html-validate-expand.tsv")) or ""
    return dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)


def peers_section(folder, env):
    rows = read_tsv(os.path.join(folder, "peers.tsv"))
    if not rows:
        return None
    tools = list(dict.fromkeys(r["tool"] for r in rows))
    counts = peer_counts(folder, env)
    versions = {"linkhygiene": f"{env.get('linkhygiene', '?')} ({env['commit'].split()[0]})",
                "htmlhint": env.get("htmlhint", "?"), "html-validate": env.get("html-validate", "?")}
    stats = {}
    for tool in tools:
        mine = [r for r in rows if r["tool"] == tool]
        wall = [float(r["wall_s"]) for r in mine]
        cpu = [float(r["user_s"]) + float(r["sys_s"]) for r in mine]
        rss = [float(r["max_rss_kb"]) for r in mine]
        stats[tool] = (wall, cpu, rss)
    base = stats.get("linkhygiene")
    out = [f"### Command line: {env.get('files', '?')} templates", "",
           stamp(env, folder, f"; node {env.get('node', '?')}"), "",
           "| Tool | Version | Files read | Findings (files) | Wall, median (min–max) | CPU user+sys, median (min–max) "
           "| Peak RSS, median | Wall vs LinkHygiene | CPU vs LinkHygiene |",
           "|---|---|--:|--:|--:|--:|--:|--:|--:|"]
    for tool in tools:
        wall, cpu, rss = stats[tool]
        read, findings, files = counts.get(tool, ("?", "?", "?"))
        ratio_wall = f"{median(wall) / median(base[0]):.1f}×" if base else "–"
        ratio_cpu = f"{median(cpu) / median(base[1]):.1f}×" if base else "–"
        name = f"LinkHygiene (`linkhygiene`, {env.get('linkhygiene_form', 'framework-dependent')})" if tool == "linkhygiene" else tool
        out.append(f"| {name} | {versions.get(tool, '?')} | {read} | {findings} ({files}) | {seconds(wall)} "
                   f"| {seconds(cpu)} | {megabytes(rss)} | {ratio_wall} | {ratio_cpu} |")
    out += ["", "Command lines (run inside the corpus folder; `files.rsp` has one quoted path a line, `globs0` the same "
            "list NUL-separated with glob characters bracketed):", "",
            "```sh",
            ("lh/linkhygiene" if env.get("linkhygiene_form") == "native" else "dotnet lh/linkhygiene.dll")
            + " @files.rsp --format json -o /dev/null --fail-on none --no-progress",
            "xargs -0 -s 1500000 -a globs0 node_modules/.bin/htmlhint --format compact",
            "xargs -0 -s 1500000 -a globs0 node_modules/.bin/html-validate --config htmlvalidate.json --formatter json",
            "```"]
    notes = []
    if env.get("glob_named_files", "0") != "0":
        notes.append(f"{env['glob_named_files']} of the file names contain glob characters (`[empty]`): unbracketed, "
                     "htmlhint and html-validate would skip them without a word.")
    expansion = html_validate_expansion(folder)
    if "html-validate" in stats and "wall_ms" in expansion:
        wall_s, cpu_s = float(expansion["wall_ms"]) / 1000, float(expansion["cpu_ms"]) / 1000
        notes.append(f"Of html-validate's time, about {wall_s:.1f} s wall ({cpu_s:.1f} s CPU, timed on its own) go into "
                     "turning the argument list into files: `CLI.expandFiles` globs each argument and sorts the whole "
                     "list again after each one, which grows with the square of a long explicit list. Given folders "
                     "instead (and `--ext html,htm,cshtml,razor`, or it skips the Razor files) it globs once a folder.")
    if notes:
        out += [""] + [f"- {note}" for note in notes]
    return "\n".join(out)


def build_section(folder, env):
    rows = read_tsv(os.path.join(folder, "build.tsv"))
    if not rows:
        return None
    out = ["### `dotnet build` with and without the analyzer", "",
           stamp(env, folder, f"; .NET SDK {env.get('dotnet', '?')}, package {env.get('package', '?')}"), "",
           "| Build | Without LinkHygiene, median (min–max) | With LinkHygiene, median (min–max) | Added | With / without |",
           "|---|--:|--:|--:|--:|"]
    labels = {"warm": "Warm (compiler server running, templates unchanged)",
              "changed": "Warm, every template changed (nothing reused)",
              "cold": "Cold (`dotnet build-server shutdown` before each)"}
    for mode in ("warm", "changed", "cold"):
        wall = {v: [float(r["wall_s"]) for r in rows if r["mode"] == mode and r["variant"] == v] for v in ("without", "with")}
        if not wall["without"] or not wall["with"]:
            out.append(f"| {labels[mode]} | not measured (`--quick`) | | | |")
            continue
        added = median(wall["with"]) - median(wall["without"])
        out.append(f"| {labels[mode]} | {seconds(wall['without'])} | {seconds(wall['with'])} | {added:+.2f} s "
                   f"| {median(wall['with']) / median(wall['without']):.2f}× |")
    out += ["", f"Both projects hold the corpus's {env.get('files', '?')} templates as `AdditionalFiles`; the "
            f"analyzer reported {env.get('build_warnings_with', '?')} warnings in the last build with it (suggestions "
            "are not printed). Command: `dotnet build --no-incremental -nologo -v:q -p:UseSharedCompilation=true`. "
            "The compiler runs in its server process, outside what `/usr/bin/time` sees, so only wall time is shown."]
    return "\n".join(out)


def engine_section(folder, env):
    prof = read_text(os.path.join(folder, "prof.txt"))
    if not prof:
        return None
    lines = prof.splitlines()
    out = ["### Engine against a plain AngleSharp parse", "",
           stamp(env, folder, "; `LinkHygiene.Benchmarks prof`, best of five rounds on one thread", runs=False), ""]
    corpus = re.match(r"shared corpus, (\d+) templates, ([\d.]+) MB \(UTF-8\): plain AngleSharp (\d+) ms \(([\d.]+) B.*?"
                      r"\| TemplateDocument.Parse (\d+) ms(?: \((\d+) ms without a DOM where none is needed\))? \| whole engine (\d+) ms "
                      r"\(([\d.]+) B/B[^)]*\) = ([\d.]+)x", lines[0])
    out += ["| Input | Plain AngleSharp parse | LinkHygiene `TemplateDocument.Parse` | Whole engine (all rules) | Engine / AngleSharp |",
            "|---|--:|--:|--:|--:|"]
    if corpus:
        n, mb, angle, angle_b, parse, tokens_only, engine, engine_b, ratio = corpus.groups()
        parse = f"{parse} ms" + (f" ({tokens_only} ms reading templates that need no DOM without one)" if tokens_only else "")
        out.append(f"| Corpus: {n} templates, {mb} MB | {angle} ms ({angle_b} B allocated per input byte) | {parse} "
                   f"| {engine} ms ({engine_b} B/B) | {ratio}× |")
    page = next((l for l in lines if re.match(r"\d+ KB: razor scan", l)), None)
    if page:
        m = re.match(r"(\d+) KB: razor scan ([\d.]+) ms \| plain AngleSharp ([\d.]+) ms \| Parse \(scan\+AngleSharp\+tokens\) "
                     r"([\d.]+) ms \| extract ([\d.]+) ms .*\| whole engine ([\d.]+) ms", page)
        if m:
            kb, scan, angle, parse, extract, engine = m.groups()
            out.append(f"| One synthetic {kb} KB Razor page | {angle} ms | {parse} ms (Razor scan {scan} ms) | {engine} ms "
                       f"| {float(engine) / float(angle):.2f}× |")
    allocation = next((l for l in lines if l.startswith("allocated per input byte")), None)
    if allocation:
        out += ["", "Bytes allocated per input byte (UTF-16) on the synthetic page: "
                f"{allocation.split(':', 1)[1].strip().replace(' | ', ' · ')}."]
    out += ["", "Raw first line of `prof`:", "", "```", lines[0], "```"]
    lsp = read_text(os.path.join(folder, "lsp-latency.txt"))
    if lsp:
        out += ["", "### Language server: keystroke to diagnostics", "",
                stamp(env, folder, f"; `LinkHygiene.Benchmarks lsp-latency {env.get('lsp_edits', '?')}`", runs=False), "",
                "| Page | Typed into | Diagnostics | Edits | p50 | p95 | Max |", "|---|---|--:|--:|--:|--:|--:|"]
        for m in re.finditer(r"(\d+) KB page \((\d+) diagnostics\), (\d+) edits(?: in ([^:]+))?: p50 ([\d.]+) ms, p95 ([\d.]+) ms, max ([\d.]+) ms", lsp):
            kb, diagnostics, edits, where, p50, p95, worst = m.groups()
            out.append(f"| {kb} KB | {where or 'page text'} | {diagnostics} | {edits} | {p50} ms | {p95} ms | {worst} ms |")
        out += ["", "Page text between two elements (line 4, column 0) is text no rule reads: the server moves the last "
                "analysis's findings (`EditedAnalysis`). A key in a link's text (\"Post number 0\", line 5) changes that "
                "link's name: the rules that read names run again over the last analysis's document, for that link and "
                "the links that share its text, and the other findings are moved; the template is not parsed again. "
                "The client keeps each document's latest diagnostics only, as an editor does (keeping all 300 "
                "publications of the 500 KB page, its own collections were timed too)."]
    return "\n".join(out)


def machine_section(folder, env):
    return "\n".join([
        "### Machine", "",
        f"Latest run ({os.path.basename(folder.rstrip('/'))}, {env['date']}, commit {env['commit']}): "
        f"{env.get('cpu', '?')}, {env.get('nproc', '?')} cores, {env.get('memory', '?')} memory, {env.get('os', '?')}; "
        f".NET SDK {env.get('dotnet', '?')}, Node.js {env.get('node', '?')}."])


def previous_sections(region):
    """The old region's sections by heading prefix, to keep what this run did not measure."""
    sections, current = {}, None
    for line in region.splitlines():
        if line.startswith("### "):
            current = line
            sections[current] = []
        if current:
            sections[current].append(line)
    return {heading: "\n".join(lines).strip() for heading, lines in sections.items()}


def main():
    folder, doc = sys.argv[1], sys.argv[2]
    env = read_env(folder)
    text = read_text(doc)
    if text is None:
        text = INTRO + "\n" + BEGIN + "\n" + END + "\n"
    elif BEGIN not in text or END not in text:
        text = text.rstrip("\n") + "\n\n" + BEGIN + "\n" + END + "\n"
    head, rest = text.split(BEGIN, 1)
    old, tail = rest.split(END, 1)
    previous = previous_sections(old)

    def keep(prefix, why):
        kept = [body for heading, body in previous.items() if heading.startswith(prefix)]
        return kept or [f"{prefix}\n\n_Not measured yet ({why})._"]

    sections = [machine_section(folder, env)]
    peers = peers_section(folder, env)
    sections += [peers] if peers else keep("### Command line", "`build/bench.sh` without `--skip-peers`")
    build = build_section(folder, env)
    sections += [build] if build else keep("### `dotnet build`", "`build/bench.sh` without `--skip-build-bench`")
    engine = engine_section(folder, env)
    if engine:
        sections.append(engine)
    else:
        sections += keep("### Engine", "`build/bench.sh` without `--skip-engine`")
        sections += keep("### Language server", "`build/bench.sh` without `--skip-engine`")
    region = "\n\n".join(s.strip() for s in sections)
    with open(doc, "w", encoding="utf-8") as f:
        f.write(head + BEGIN + "\n" + region + "\n" + END + tail)


if __name__ == "__main__":
    main()
