#!/usr/bin/env python3
"""Reads what benchmarks/run-all.sh produced and prints one table of ratios against every peer.

    python3 benchmarks/summarize.py [ARTIFACTS_DIR] [--stat Mean|Median|Min]

ARTIFACTS_DIR (default benchmarks/BenchmarkDotNet.Artifacts) holds BenchmarkDotNet's results/ (CSV exports),
optionally nopgo/results/ (Next and Send with DOTNET_TieredPGO=0), memory.md (the `-- memory` table),
interleaved*.md (the `-- interleaved` cross-check) and python*.json (benchmarks/python/generators.py); of
repeated cross-check and CPython files it keeps each figure's fastest.
The BenchmarkDotNet tables are read with the statistic named by --stat (default Mean, as BenchmarkDotNet's
own Ratio column); the interleaved cross-check uses its fastest round.
"""
import argparse
import csv
import glob
import json
import os

ITER = "C# iterator (MoveNext+Current)"
HAND = "hand-written sealed state machine"
AWAIT = "async/await + custom awaiter"
THREAD = "thread ping-pong (SemaphoreSlim pair)"
SLOT = "C# iterator + slot"
HAND_SEND = "hand-written frame"
CLOSE_ITER = "C# iterator: create+MoveNext+Dispose (try/finally)"
CLOSE_AWAIT = "async/await + custom awaiter: create+prime+Close (try/finally)"
THROW_PLAIN = "plain throw+catch (no coroutine)"
THROW_AWAIT = "async/await + custom awaiter: Throw caught inside"
THROW_OURS = "generated: Throw caught inside the body"
NESTED = "nested C# foreach + yield return"
CHAIN = "generated YieldFrom chain (TryNext)"

SUITE_OF = {"NextBenchmarks": "Next", "SendBenchmarks": "Send", "DelegationBenchmarks": "YieldFrom"}


def number(text):
    text = (text or "").strip().strip("'\"").replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def load_bdn(results, stat):
    """{(suite, method): ns} from BenchmarkDotNet's CSV files; YieldFrom suites are split by depth."""
    data = {}
    for path in glob.glob(os.path.join(results, "*-report.csv")):
        cls = os.path.basename(path).split("-report")[0].split(".")[-1]
        with open(path, newline="") as f:
            for row in csv.DictReader(f):
                name = row["Method"].strip().strip("'")
                if cls == "ThrowCloseBenchmarks":
                    suite = row.get("Categories", "").strip()
                elif cls == "DelegationBenchmarks":
                    suite = f"YieldFrom depth {row.get('Depth', '').strip()}"
                else:
                    suite = SUITE_OF.get(cls, cls)
                data[(suite, name)] = number(row.get(f"{stat} [ns]"))
    return data


def load_md_table(path, value_column):
    """Rows of a markdown table as lists of cells (header skipped); value_column must parse as a number."""
    rows = []
    if not os.path.exists(path):
        return rows
    with open(path) as f:
        for line in f:
            if not line.startswith("|"):
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) > value_column and number(cells[value_column]) is not None:
                rows.append(cells)
    return rows


def fmt(value):
    if value is None:
        return "n/a"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.2f}"


class Table:
    def __init__(self, title):
        self.title = title
        self.rows = []

    def add(self, suite, ours_name, ours, peer_name, peer, unit, target=None):
        """target: ("max", b) means ours/peer <= b; ("faster", b) means peer/ours >= b."""
        ok = ours is not None and peer is not None and ours > 0 and peer > 0
        verdict = ""
        if target is not None and ok:
            kind, bound = target
            if kind == "max":
                verdict = ("meets" if ours / peer <= bound else "MISSES") + f" (≤ {bound}×)"
            else:
                verdict = ("meets" if peer / ours >= bound else "MISSES") + f" (≥ {bound}× faster)"
        self.rows.append((suite, ours_name, fmt(ours), peer_name, fmt(peer), unit,
                          fmt(ours / peer) + "×" if ok else "n/a",
                          fmt(peer / ours) + "×" if ok else "n/a", verdict))

    def print(self):
        if not self.rows:
            return
        print(f"### {self.title}")
        print()
        print("| Suite | Ours | Ours | Peer | Peer | Unit | Ours/Peer | Peer/Ours | Target |")
        print("|---|---|---:|---|---:|---|---:|---:|---|")
        for r in self.rows:
            print("| " + " | ".join(r) + " |")
        print()


def add_time_rows(t, d, py, with_python=True, only_next_send=False):
    g = lambda suite, name: d.get((suite, name))
    ours = g("Next", "generated (TryNext)")
    if ours is not None:
        t.add("Next", "generated (TryNext)", ours, ITER, g("Next", ITER), "ns/item", ("max", 1.2))
        t.add("Next", "generated (TryNext)", ours, HAND, g("Next", HAND), "ns/item")
        t.add("Next", "generated (TryNext)", ours, AWAIT, g("Next", AWAIT), "ns/item", ("faster", 10))
        if g("Next", THREAD) is not None:
            t.add("Next", "generated (TryNext)", ours, THREAD, g("Next", THREAD), "ns/item")
        if with_python and py:
            t.add("Next", "generated (TryNext)", ours, "CPython `for x in gen`", py.get("next"), "ns/item", ("faster", 30))
            t.add("Next", "generated (TryNext)", ours, "CPython `next(gen)`", py.get("next_call"), "ns/item", ("faster", 30))
        for other in ("generated (MoveNext+Current)", "generated (Next)", "generated (foreach)"):
            t.add("Next", other, g("Next", other), ITER, g("Next", ITER), "ns/item", ("max", 1.2))
    ours = g("Send", "generated (Send)")
    if ours is not None:
        t.add("Send", "generated (Send)", ours, SLOT, g("Send", SLOT), "ns/item", ("max", 1.2))
        t.add("Send", "generated (Send)", ours, HAND_SEND, g("Send", HAND_SEND), "ns/item")
        t.add("Send", "generated (Send)", ours, AWAIT, g("Send", AWAIT), "ns/item", ("faster", 3))
        if with_python and py:
            t.add("Send", "generated (Send)", ours, "CPython `gen.send(v)`", py.get("send"), "ns/item", ("faster", 12))
        t.add("Send", "generated (TrySend)", g("Send", "generated (TrySend)"), SLOT, g("Send", SLOT), "ns/item", ("max", 1.2))
    if only_next_send:
        return

    for ours_name in ("generated: create+Next+Close (try/finally)", "generated: create+Next+Close (no try)"):
        ours = g("Close", ours_name)
        if ours is None:
            continue
        t.add("Close", ours_name, ours, CLOSE_ITER, g("Close", CLOSE_ITER), "ns/coroutine")
        t.add("Close", ours_name, ours, CLOSE_AWAIT, g("Close", CLOSE_AWAIT), "ns/coroutine")
        if with_python and py:
            t.add("Close", ours_name, ours, "CPython create+next+close (try/finally)", py.get("close"), "ns/coroutine")
    if g("Close", "generated: create+Next (no Close)") is not None:
        t.add("Close", "generated: create+Next (no Close)", g("Close", "generated: create+Next (no Close)"),
              CLOSE_ITER, g("Close", CLOSE_ITER), "ns/coroutine")
    ours = g("Throw", THROW_OURS)
    if ours is not None:
        t.add("Throw", THROW_OURS, ours, THROW_PLAIN, g("Throw", THROW_PLAIN), "ns/exception")
        t.add("Throw", THROW_OURS, ours, THROW_AWAIT, g("Throw", THROW_AWAIT), "ns/exception")
        if with_python and py:
            t.add("Throw", THROW_OURS, ours, "CPython gen.throw(e) caught inside", py.get("throw"), "ns/exception")

    for depth in ("1", "10", "100"):
        suite = f"YieldFrom depth {depth}"
        ours = g(suite, CHAIN)
        if ours is None:
            continue
        t.add(suite, "generated YieldFrom chain", ours, NESTED, g(suite, NESTED), "ns/item")
        if with_python and py:
            t.add(suite, "generated YieldFrom chain", ours, "CPython yield from", py.get(f"yield_from_{depth}"), "ns/item")
    d1, d100 = g("YieldFrom depth 1", CHAIN), g("YieldFrom depth 100", CHAIN)
    if d1 and d100:
        t.add("YieldFrom 100 vs 1", "generated, depth 100", d100, "generated, depth 1", d1, "ns/item", ("max", 1.5))
    n1, n100 = g("YieldFrom depth 1", NESTED), g("YieldFrom depth 100", NESTED)
    if n1 and n100:
        t.add("YieldFrom 100 vs 1", "nested iterator, depth 100", n100, "nested iterator, depth 1", n1, "ns/item")
    if with_python and py.get("yield_from_1") and py.get("yield_from_100"):
        t.add("YieldFrom 100 vs 1", "CPython, depth 100", py["yield_from_100"], "CPython, depth 1", py["yield_from_1"], "ns/item")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("artifacts", nargs="?", default=os.path.join(here, "BenchmarkDotNet.Artifacts"))
    parser.add_argument("--stat", default="Mean", choices=["Mean", "Median", "Min"])
    args = parser.parse_args()
    root = args.artifacts

    # Repeated CPython runs (python-1.json, python-2.json, ...): keep each figure's lowest value.
    py = {}
    for path in sorted(glob.glob(os.path.join(root, "python*.json"))):
        for key, value in json.load(open(path))["results"].items():
            py[key] = min(value, py.get(key, value))

    t = Table(f"BenchmarkDotNet ({args.stat}) and CPython (best of repeats)")
    add_time_rows(t, load_bdn(os.path.join(root, "results"), args.stat), py)

    mem = {cells[0]: number(cells[2]) for cells in load_md_table(os.path.join(root, "memory.md"), 2)}
    ours = mem.get("generated frame, 3 locals (Co<int>)")
    if ours is not None:
        t.add("Memory", "generated frame, 3 locals", ours, "target", 96.0, "B/suspended", ("max", 1.0))
        for peer in ("C# iterator, 3 locals", "hand-written sealed frame, 3 locals", "async/await + custom awaiter, 3 locals"):
            t.add("Memory", "generated frame, 3 locals", ours, peer, mem.get(peer), "B/suspended")
        if py:
            t.add("Memory", "generated frame, 3 locals", ours, "CPython suspended gen (tracemalloc)", py.get("bytes_traced"), "B/suspended")
            t.add("Memory", "generated frame, 3 locals", ours, "CPython getsizeof(gen)+getsizeof(gi_frame)",
                  py.get("bytes_getsizeof_gen_plus_frame"), "B/suspended")
    t.print()

    nopgo = os.path.join(root, "nopgo", "results")
    if os.path.isdir(nopgo):
        t2 = Table(f"Next and Send with DOTNET_TieredPGO=0 (BenchmarkDotNet {args.stat})")
        add_time_rows(t2, load_bdn(nopgo, args.stat), py, with_python=False, only_next_send=True)
        t2.print()

    inter = {}
    for path in sorted(glob.glob(os.path.join(root, "interleaved*.md"))):
        for cells in load_md_table(path, 2):
            key, value = (cells[0], cells[1]), number(cells[2])
            inter[key] = min(value, inter.get(key, value))
    if inter:
        t3 = Table("Cross-check: interleaved in one process, fastest round of all repeats; CPython fastest of all repeats")
        add_time_rows(t3, inter, py)
        t3.print()


if __name__ == "__main__":
    main()
