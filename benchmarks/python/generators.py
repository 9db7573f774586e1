#!/usr/bin/env python3
"""CPython generators measured the way benchmarks/Coroutines.Benchmarks measures the generated frames.

Prints ns per item (per coroutine for close, per exception for throw) and the bytes a suspended generator
with three locals keeps alive. Each figure is the best of many short repeats of a timed loop, with the garbage
collector off during timing (as timeit does); taking the best favours CPython.

    python3 benchmarks/python/generators.py [--quick] [--json results.json]
"""
import argparse
import gc
import json
import platform
import sys
import time
import tracemalloc

N = 1000  # items per invocation, as in the C# suites


class BenchException(Exception):
    pass


# ---- the coroutines: the same bodies as benchmarks/Coroutines.Benchmarks/Generated.cs ---------------------

def range_gen(n):
    for i in range(n):
        yield i


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def chain(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
    else:
        yield from chain(depth - 1, n)


def guarded():
    i = 0
    try:
        while i >= 0:
            yield i
            i += 1
    finally:
        pass


def catcher():
    caught = 0
    while True:
        try:
            yield caught
        except BenchException:
            caught += 1


def three_locals():
    a = 1
    b = 2
    c = 3
    while True:
        yield a + b + c
        a += 1
        b += 1
        c += 1


# ---- timed bodies: each returns after `ops` operations ---------------------------------------------------

def next_for():
    total = 0
    for x in range_gen(N):
        total += x
    return total


def next_call():
    total = 0
    g = range_gen(N)
    for _ in range(N):
        total += next(g)
    return total


def send():
    total = 0.0
    avg = averager()
    next(avg)
    for i in range(1, N + 1):
        total += avg.send(i)
    return total


def delegation(depth):
    def body():
        total = 0
        for x in chain(depth, N):
            total += x
        return total
    return body


def close_one():
    g = guarded()
    next(g)
    g.close()


def throw_setup():
    g = catcher()
    next(g)
    return g


def best_ns_per_op(body, ops, repeats, min_time):
    """Best (lowest) ns per operation over `repeats` timings, each looping `body` for at least `min_time` s."""
    loops = 1
    while True:  # calibrate like timeit.autorange
        t0 = time.perf_counter_ns()
        for _ in range(loops):
            body()
        elapsed = time.perf_counter_ns() - t0
        if elapsed >= min_time * 1e9:
            break
        loops *= 2
    best = float("inf")
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            t0 = time.perf_counter_ns()
            for _ in range(loops):
                body()
            elapsed = time.perf_counter_ns() - t0
            best = min(best, elapsed / (loops * ops))
    finally:
        if gc_was_enabled:
            gc.enable()
    return best


def memory(count):
    """Bytes per suspended three-locals generator: sys.getsizeof, and the traced heap growth per generator."""
    g = three_locals()
    next(g)
    gen_size = sys.getsizeof(g)
    frame = g.gi_frame  # materializes a frame object the generator did not have before (3.11+ embeds the frame)
    frame_size = sys.getsizeof(frame)
    del frame, g

    keep = [None] * count
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(count):
        g = three_locals()
        next(g)
        keep[i] = g
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del keep
    return gen_size, frame_size, (after - before) / count


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer, shorter repeats (a smoke run)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args()
    # Many short timings rather than a few long ones: on a machine with background load the fastest of many
    # ~5 ms windows is the one least disturbed (the C# cross-check times ~2 ms rounds the same way).
    repeats, min_time, count = (20, 0.002, 100_000) if args.quick else (200, 0.005, 1_000_000)

    # The throw benchmark keeps one paused catcher and throws into it, as the C# suite does.
    catching = throw_setup()

    def throw_one():
        catching.throw(BenchException())

    rows = [
        ("next", "for x in gen (ns/item)", best_ns_per_op(next_for, N, repeats, min_time)),
        ("next_call", "next(gen) (ns/item)", best_ns_per_op(next_call, N, repeats, min_time)),
        ("send", "averager gen.send(v) (ns/item)", best_ns_per_op(send, N, repeats, min_time)),
    ]
    for depth in (1, 10, 100):
        rows.append((f"yield_from_{depth}", f"yield from, depth {depth} (ns/item)",
                     best_ns_per_op(delegation(depth), N, repeats, min_time)))
    rows.append(("close", "create+next+close, try/finally (ns/coroutine)", best_ns_per_op(close_one, 1, repeats, min_time)))
    rows.append(("throw", "throw caught inside (ns/exception)", best_ns_per_op(throw_one, 1, repeats, min_time)))

    gen_size, frame_size, traced = memory(count)
    sizes = [
        ("bytes_getsizeof_gen", "sys.getsizeof(gen), suspended, 3 locals (B)", gen_size),
        ("bytes_getsizeof_gen_plus_frame", "sys.getsizeof(gen) + sys.getsizeof(gen.gi_frame) (B)", gen_size + frame_size),
        ("bytes_traced", f"tracemalloc growth per suspended gen, {count:,} of them (B)", traced),
    ]

    print(f"CPython {platform.python_version()} ({platform.python_implementation()}), {platform.machine()}")
    print()
    print("| Measure | CPython |")
    print("|---|---:|")
    for _, label, value in rows + sizes:
        print(f"| {label} | {value:,.1f} |")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"python": platform.python_version(),
                       "results": {key: value for key, _, value in rows + sizes}}, f, indent=2)


if __name__ == "__main__":
    main()
