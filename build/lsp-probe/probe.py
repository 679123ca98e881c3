#!/usr/bin/env python3
"""Hunts for LinkHygiene LSP versions whose diagnostics were carried ("findings moved") but differ from a fresh
analysis of the same text.

Usage: python3 probe.py --server "dotnet path/linkhygiene.dll lsp" [--out DIR] [--corpus DIR] [--minutes N] [--seed S]
       [--corpus-limit N] [--only NAME]   (build/lsp-probe.sh publishes the tool and runs this)

Workspace: OUT/ws/A and OUT/ws/B hold the same support files; both are workspace folders
(A is the rootUri). The document under test lives in A (Pages/X.cshtml, Components/X.razor or X.html); every
carried version is compared with the same text opened at the mirrored path in B (a didOpen, i.e. a full analysis).
Results: OUT/results.jsonl (one line per mismatch), OUT/probe.log; the exit code is 1 when a version mismatched.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lspclient import Server, uri_of, line_starts, position  # noqa: E402
import templates  # noqa: E402

import lspclient  # noqa: E402

# Set from the command line in main().
HERE = WS = A = B = CORPUS = None

SUPPORT = {
    "Pages/Index.cshtml": '@page\n<h1 id="intro">Index</h1>\n<a href="/About">About us</a>\n',
    "Pages/About.cshtml": '@page\n<h1 id="team">About</h1>\n<p id="x">About text</p>\n',
    "Pages/Shared/_Layout.cshtml": '<!DOCTYPE html>\n<html><body>@RenderBody()</body></html>\n',
    "Components/Pages/Counter.razor": '@page "/counter"\n<h1 id="c">Counter</h1>\n',
    ".editorconfig": "root = true\n\n[BigLimit.cshtml]\nlink_hygiene.max_file_size_kb = 1\n",
    "other.html": '<!DOCTYPE html>\n<html><body><p id="x">Other</p></body></html>\n',
}

LOG = None


def log(*args):
    line = " ".join(str(a) for a in args)
    print(line, flush=True)
    LOG.write(line + "\n")
    LOG.flush()


def setup_workspace():
    if os.path.isdir(WS):
        shutil.rmtree(WS)
    for root in (A, B):
        for rel, text in SUPPORT.items():
            p = os.path.join(root, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8", newline="") as f:
                f.write(text)


def rel_path_for(name):
    if name.endswith(".cshtml"):
        return "Pages/" + name, "razor"
    if name.endswith(".razor"):
        return "Components/" + name, "razor"
    return name, "html"


def norm(diags):
    out = []
    for d in diags:
        r = d["range"]
        out.append((d.get("code"), r["start"]["line"], r["start"]["character"], r["end"]["line"], r["end"]["character"],
                    d.get("severity"), d.get("message")))
    return sorted(out)


def fmt(diags):
    return ["%s %d:%d-%d:%d sev%s %s" % (c, sl, sc, el, ec, sv, (m or "")[:140]) for (c, sl, sc, el, ec, sv, m) in diags]


class Prober:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.version = 0
        self.server = None
        self.carried = 0
        self.carried_mismatch = 0
        self.analysed_checked = 0
        self.analysed_mismatch = 0
        self.edits = 0
        self.signatures = {}
        self.max_ranges = 0
        self.results = open(os.path.join(HERE, "results.jsonl"), "a", encoding="utf-8")
        self.start_server()

    # ---- server
    def start_server(self):
        if self.server is not None:
            self.server.close()
        self.server = Server(WS, [A, B], log=log)
        # warm the site indexes of both folders (their first build re-publishes every open document)
        for root in (A, B):
            uri = uri_of(os.path.join(root, "Pages/Warm.cshtml"))
            v = self.nv()
            self.server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "razor", "version": v,
                                                                         "text": '@page\n<a href="/About#team">About</a>\n'}})
            self.server.wait_version(uri, "Warm.cshtml", v)
        time.sleep(1.5)
        for root in (A, B):
            self.server.notify("textDocument/didClose", {"textDocument": {"uri": uri_of(os.path.join(root, "Pages/Warm.cshtml"))}})

    def nv(self):
        self.version += 1
        return self.version

    def open(self, uri, name, lang, text):
        v = self.nv()
        self.server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": lang, "version": v, "text": text}})
        d, t = self.server.wait_version(uri, name, v)
        self.server.forget(uri, v, name)
        return d, t

    @staticmethod
    def clamp(text, offset):
        # LSP cannot name a place between a CR and its LF (or past a line's text): the server reads such a position
        # as the end of the line's text, so the model applies the edit there too.
        while offset > 0 and offset <= len(text) and text[offset - 1] == "\r" and offset < len(text) and text[offset] == "\n":
            offset -= 1
        return offset

    def change(self, uri, name, text, st, en, ins):
        """Sends one ranged change; returns (diagnostics, trace, range, start, end) with the offsets as the server reads them."""
        v = self.nv()
        st = self.clamp(text, st)
        en = max(st, self.clamp(text, en))
        starts = line_starts(text)
        rng = {"start": position(text, st, starts), "end": position(text, en, starts)}
        self.server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v},
                                                      "contentChanges": [{"range": rng, "text": ins}]})
        d, t = self.server.wait_version(uri, name, v)
        self.server.forget(uri, v, name)
        return d, t, rng, st, en

    def full_change(self, uri, name, text):
        v = self.nv()
        self.server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": v}, "contentChanges": [{"text": text}]})
        d, t = self.server.wait_version(uri, name, v)
        self.server.forget(uri, v, name)
        return d, t

    def close(self, uri):
        self.server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    # ---- edits
    ALPHA = ("abcdefghijklmnopqrstuvwxyz" * 3 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "0123456789" + "éßЖ中٣Ǆñ")

    def rand_chars(self):
        n = self.rng.choice([1, 1, 1, 1, 2, 3])
        out = []
        for _ in range(n):
            r = self.rng.random()
            if r < 0.2:
                out.append(" ")
            elif r < 0.23:
                out.append(self.rng.choice("-.<&@/\t\n;!?"))
            else:
                out.append(self.rng.choice(self.ALPHA))
        return "".join(out)

    def text_regions(self, text):
        regions = []
        i = 0
        while True:
            gt = text.find(">", i)
            if gt < 0:
                break
            lt = text.find("<", gt + 1)
            if lt < 0:
                lt = len(text)
            if lt > gt + 1:
                regions.append((gt + 1, lt))
            i = lt if lt > gt else gt + 1
            if i >= len(text):
                break
        return regions

    def choose_edit(self, text, last):
        n = len(text)
        if n == 0:
            return 0, 0, "a"
        r = self.rng.random()
        pos = None
        whole = None
        if r < 0.5:
            regions = self.text_regions(text)
            if regions:
                a, b = self.rng.choice(regions)
                pos = self.rng.randint(a, b)
        elif r < 0.65 and last is not None:
            pos = max(0, min(n, last + self.rng.randint(-3, 3)))
        elif r < 0.8:
            specials = [i for i, c in enumerate(text) if c in "<>@\r\n}{;&.?!/:"]
            if specials:
                i = self.rng.choice(specials)
                pos = i + self.rng.choice([0, 1])
        elif r < 0.88:
            small = [(a, b) for (a, b) in self.text_regions(text) if b - a <= 8 and text[a:b].replace(" ", "").isalnum() or
                     (b - a <= 4 and text[a:b].strip(" ") == "")]
            if small:
                whole = self.rng.choice(small)
        if whole is not None:
            return whole[0], whole[1], ""
        if pos is None:
            pos = self.rng.randint(0, n)
        op = self.rng.random()
        if op < 0.55:
            return pos, pos, self.rand_chars()
        k = self.rng.choice([1, 1, 1, 2, 3])
        if op < 0.9:
            if self.rng.random() < 0.5:
                st, en = max(0, pos - k), pos  # backspace
            else:
                st, en = pos, min(n, pos + k)  # delete
            if st == en:
                return pos, pos, self.rand_chars()
            return st, en, ""
        return pos, min(n, pos + k), self.rand_chars()

    # ---- sessions
    def fresh(self, name, text):
        rel, lang = rel_path_for(name)
        return self.open(uri_of(os.path.join(B, rel)), os.path.basename(rel), lang, text)

    def session(self, name, original, nedits):
        rel, lang = rel_path_for(name)
        base = os.path.basename(rel)
        ua = uri_of(os.path.join(A, rel))
        text = original
        d, t = self.open(ua, base, lang, text)
        history = []  # (text before, st, en, ins)
        session_start = text
        last = None
        spread = self.rng.random() < 0.25
        if spread:
            nedits = max(nedits, 75)
        for i in range(nedits):
            if spread:
                # many separate one-letter edits spread over the page text (more than MaxEdits ranges)
                regions = [(a, b) for (a, b) in self.text_regions(text) if b > a + 1]
                if not regions:
                    break
                a, b = self.rng.choice(regions)
                pos = self.rng.randint(a, b)
                st, en, ins = pos, pos, self.rng.choice(self.ALPHA + "  ")
                if self.rng.random() < 0.2 and b > a + 2:
                    st, en, ins = pos - 1 if pos > a else pos, (pos if pos > a else pos + 1), ""
            else:
                st, en, ins = self.choose_edit(text, last)
            before = text
            d, t, rng, st, en = self.change(ua, base, text, st, en, ins)
            text = text[:st] + ins + text[en:]
            history.append((before, st, en, ins, rng))
            last = st + len(ins)
            self.edits += 1
            carried = "findings moved" in t
            m = re.search(r"\((\d+) edited range", t)
            if m:
                self.max_ranges = max(self.max_ranges, int(m.group(1)))
            if carried or self.rng.random() < 0.08:
                fd, ft = self.fresh(name, text)
                got, exp = norm(d), norm(fd)
                if carried:
                    self.carried += 1
                else:
                    self.analysed_checked += 1
                if got != exp:
                    if carried:
                        self.carried_mismatch += 1
                    else:
                        self.analysed_mismatch += 1
                    self.report(name, session_start, history, got, exp, carried, t)
                    # start again from the current text, so that one cause is not reported again and again
                    d, t = self.open(ua, base, lang, text)
                    session_start = text
                    history = []
            if self.rng.random() < 0.04:
                # a full-text change: forces an analysis (and resets what later edits are carried from)
                d, t = self.full_change(ua, base, text)
                session_start = text
                history = []
        self.close(ua)
        self.close(uri_of(os.path.join(B, rel)))

    def report(self, name, session_start, history, got, exp, carried, trace):
        missing = [x for x in exp if x not in got]
        extra = [x for x in got if x not in exp]
        sig = (carried, tuple(sorted(set(x[0] for x in missing))), tuple(sorted(set(x[0] for x in extra))),
               bool(missing), bool(extra))
        before, st, en, ins, rng = history[-1]
        entry = {
            "template": name, "carried": carried, "trace": trace,
            "last_edit": {"text_before": before, "start": st, "end": en, "insert": ins, "range": rng,
                          "removed": before[st:en]},
            "session_start": session_start,
            "edits": [(s, e, i) for (_, s, e, i, _) in history],
            "expected": fmt(exp), "got": fmt(got), "missing": fmt(missing), "extra": fmt(extra),
        }
        log("MISMATCH", "carried" if carried else "ANALYSED", name, "edit %d..%d %r->%r" % (st, en, before[st:en], ins),
            "\n  context: %r" % before[max(0, st - 60):en + 60], "\n  missing:", fmt(missing), "\n  extra:", fmt(extra))
        if carried and sig not in self.signatures:
            self.signatures[sig] = entry
            single = self.repro(name, before, st, en, ins)
            entry["single_edit_repro"] = single
            log("  single-edit repro:", single)
            if single:
                small = self.minimize(name, before, st, en, ins)
                entry["minimal"] = small
                log("  minimal template:\n" + small["text"], "\n  edit:", small["edit"], "\n  expected:", small["expected"],
                    "\n  got:", small["got"])
        self.results.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.results.flush()

    def repro(self, name, before, st, en, ins):
        """Whether opening `before` and applying one edit gives a carried version that differs from a fresh analysis."""
        rel, lang = rel_path_for(name)
        base = os.path.basename(rel)
        ua = uri_of(os.path.join(A, rel))
        self.open(ua, base, lang, before)
        d, t, _, st, en = self.change(ua, base, before, st, en, ins)
        after = before[:st] + ins + before[en:]
        self.close(ua)
        if "findings moved" not in t:
            return None
        fd, _ = self.fresh(name, after)
        if norm(d) == norm(fd):
            return None
        return {"got": fmt(norm(d)), "expected": fmt(norm(fd))}

    def minimize(self, name, text, st, en, ins, budget=160):
        """Greedy line removal (then shrinking of the edited line's words is not attempted) keeping the repro."""
        lines = text.splitlines(keepends=True)
        # the edited line and the column of the edit
        acc = 0
        eline = 0
        for k, ln in enumerate(lines):
            if acc + len(ln) > st or k == len(lines) - 1:
                eline = k
                break
            acc += len(ln)
        col_st, col_en = st - acc, en - acc

        def build(keep):
            off = 0
            for k in keep:
                if k == eline:
                    break
                off += len(lines[k])
            return "".join(lines[k] for k in keep), off + col_st, off + col_en

        keep = list(range(len(lines)))
        best = None
        trials = 0
        chunk = max(1, len(keep) // 2)
        while chunk >= 1 and trials < budget:
            changed = False
            i = 0
            while i < len(keep) and trials < budget:
                cand = [k for k in keep[:i] + keep[i + chunk:]]
                if eline not in cand or cand == keep:
                    i += chunk
                    continue
                t2, s2, e2 = build(cand)
                trials += 1
                r = self.repro(name, t2, s2, e2, ins)
                if r:
                    keep = cand
                    best = (t2, s2, e2, r)
                    changed = True
                else:
                    i += chunk
            if not changed:
                chunk //= 2
        if best is None:
            t2, s2, e2 = build(keep)
            best = (t2, s2, e2, self.repro(name, t2, s2, e2, ins))
        t2, s2, e2, r = best
        return {"text": t2, "edit": {"start": s2, "end": e2, "removed": t2[s2:e2], "insert": ins,
                                     "context": t2[max(0, s2 - 30):e2 + 30]},
                "expected": r["expected"] if r else None, "got": r["got"] if r else None, "trials": trials}


def corpus_files(limit, rng):
    files = []
    for root, _, names in os.walk(CORPUS):
        for n in names:
            if n.endswith((".cshtml", ".razor", ".html")):
                p = os.path.join(root, n)
                try:
                    size = os.path.getsize(p)
                except OSError:
                    continue
                if 150 <= size <= 60000:
                    files.append(p)
    files.sort()
    rng.shuffle(files)
    out = []
    for p in files:
        try:
            with open(p, "r", encoding="utf-8-sig", errors="replace") as f:
                t = f.read()
        except OSError:
            continue
        if "\0" in t:
            continue
        if "<a " in t or "<a\n" in t or "<NavLink" in t or "<A " in t:
            out.append((p, t))
        if len(out) >= limit:
            break
    return out


def main():
    global LOG
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True, help='the server command, e.g. "dotnet tool/linkhygiene.dll lsp"')
    ap.add_argument("--out", default=os.path.join(os.getcwd(), "lsp-probe-out"))
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus"))
    ap.add_argument("--minutes", type=float, default=28)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus-limit", type=int, default=600)
    ap.add_argument("--only", default=None, help="run only the hand-written template with this name")
    ap.add_argument("--hand-rounds", type=int, default=3)
    args = ap.parse_args()
    global HERE, WS, A, B, CORPUS
    lspclient.SERVER = args.server.split()
    HERE = os.path.abspath(args.out)
    WS = os.path.join(HERE, "ws")
    A = os.path.join(WS, "A")
    B = os.path.join(WS, "B")
    CORPUS = os.path.abspath(args.corpus)
    os.makedirs(HERE, exist_ok=True)
    LOG = open(os.path.join(HERE, "probe.log"), "a", encoding="utf-8")
    setup_workspace()
    rng = random.Random(args.seed)
    p = Prober(args.seed)
    deadline = time.time() + args.minutes * 60
    work = []
    hand = [t for t in templates.T if args.only is None or t[0] == args.only]
    for _ in range(args.hand_rounds):
        work += [("hand", n, t, 80) for (n, t) in hand]
    if args.only is None:
        for path, t in corpus_files(args.corpus_limit, rng):
            work.append(("corpus", os.path.basename(path), t, 50))
            if rng.random() < 0.3:  # a hand-written one now and then
                n, t2 = rng.choice(templates.T)
                work.append(("hand", n, t2, 80))
    done = 0
    for src, name, text, nedits in work:
        if time.time() > deadline:
            break
        if src == "corpus" and rng.random() < 0.25:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")  # CRLF variant
        try:
            p.session(name, text, nedits)
        except (TimeoutError, RuntimeError) as e:
            log("server trouble on", name, ":", e, "".join(p.server.stderr[-5:]))
            p.start_server()
        done += 1
        if done % 10 == 0:
            log("[%d templates, %d edits] carried compared: %d (mismatches %d); analysed compared: %d (mismatches %d); %.0fs left" % (
                done, p.edits, p.carried, p.carried_mismatch, p.analysed_checked, p.analysed_mismatch, deadline - time.time()))
    log("DONE: %d templates, %d edits; carried versions compared: %d, mismatching: %d; analysed versions compared: %d, mismatching: %d; distinct carried signatures: %d; most edited ranges carried: %d" % (
        done, p.edits, p.carried, p.carried_mismatch, p.analysed_checked, p.analysed_mismatch, len(p.signatures), p.max_ranges))
    p.server.close()
    return 1 if p.carried_mismatch or p.analysed_mismatch else 0


if __name__ == "__main__":
    sys.exit(main())
