#!/usr/bin/env python3
"""Top frames by self and inclusive time from a dotnet-trace speedscope file (its busiest thread, or all of them).

usage: speedscope_top.py [--all-threads] trace.speedscope.json [filter-substring] [count] [caller-of [depth]]

Without --all-threads only the busiest thread is read (the engine's loop); with it, every thread (a server such as
the compiler server or the language server, where the work moves between pool threads).
"""
import json
import sys
from collections import defaultdict

all_threads = "--all-threads" in sys.argv
if all_threads:
    sys.argv.remove("--all-threads")
path = sys.argv[1]
needle = sys.argv[2] if len(sys.argv) > 2 else ""
count = int(sys.argv[3]) if len(sys.argv) > 3 else 40
data = json.load(open(path))
frames = [f["name"] for f in data["shared"]["frames"]]
self_time = defaultdict(float)
incl_time = defaultdict(float)
total = 0.0
transparent = {i for i, n in enumerate(frames) if n in ("CPU_TIME", "UNMANAGED_CODE_TIME")}
evented = [p for p in data["profiles"] if p.get("type") == "evented"]
main = max(evented, key=lambda p: len(p["events"]))
chosen = evented if all_threads else [main]
for profile in chosen:
    stack = []  # (frame, start)
    last = profile["startValue"]
    for ev in profile["events"]:
        at = ev["at"]
        owners = [f for f, _ in stack if f not in transparent]
        if owners:
            self_time[owners[-1]] += at - last
        last = at
        if ev["type"] == "O":
            stack.append((ev["frame"], at))
        elif stack:
            frame, start = stack.pop()
            if all(f != frame for f, _ in stack):  # count recursion once
                incl_time[frame] += at - start
# total = sum of the top-level work (inclusive time of the engine entry point if present)
engine = [i for i, n in enumerate(frames) if "LinkHygieneEngine.Analyze(" in n]
total = max((incl_time[i] for i in engine), default=sum(self_time.values()))
print(f"engine inclusive: {total:.0f} ms")
print("--- self ---")
for i, t in sorted(self_time.items(), key=lambda kv: -kv[1])[:count]:
    if needle in frames[i]:
        print(f"{100 * t / total:6.1f}%  {frames[i][:160]}")
print("--- inclusive ---")
for i, t in sorted(incl_time.items(), key=lambda kv: -kv[1])[: count * 3]:
    if needle in frames[i]:
        print(f"{100 * t / total:6.1f}%  {frames[i][:160]}")

# callers of frames matching argv[4] (optional): time by the nearest non-transparent parent
if len(sys.argv) > 4:
    target = {i for i, n in enumerate(frames) if sys.argv[4] in n}
    callers = defaultdict(float)
    for profile in chosen:
        stack = []
        last = profile["startValue"]
        for ev in profile["events"]:
            at = ev["at"]
            owners = [f for f, _ in stack if f not in transparent]
            if owners and owners[-1] in target:
                depth = int(sys.argv[5]) if len(sys.argv) > 5 else 1
                chain = " <- ".join(frames[f].split("!")[-1][:70] for f in owners[-1 - depth:-1][::-1])
                callers[chain] += at - last
            last = at
            if ev["type"] == "O":
                stack.append((ev["frame"], at))
            elif stack:
                stack.pop()
    print(f"--- callers of {sys.argv[4]} ---")
    for chain, t in sorted(callers.items(), key=lambda kv: -kv[1])[:25]:
        print(f"{100 * t / total:6.1f}%  {chain}")
