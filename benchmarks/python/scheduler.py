#!/usr/bin/env python3
"""CPython's schedulers measured the way benchmarks/Coroutines.Benchmarks/SchedulerBenchmarks.cs measures ours.

    switches: 10,000 generator tasks x 100 yields, round-robin over a collections.deque (the seed's scheduler.py)
    timers:   100,000 generator tasks x 10 sleeps on a virtual clock, a deque of ready tasks and a heapq keyed by
              (wake time, insertion order) (the seed's sleep.py, with a deque instead of list.pop(0))

Each invocation runs one whole program, creating its generators included, as the C# benchmarks do. Prints ns per
switch / per timer event and the rates; each figure is the best of several repeats with the garbage collector off
during timing (as timeit does), which favours CPython.

    python3 benchmarks/python/scheduler.py [--quick] [--json results.json]
"""
import argparse
import gc
import heapq
import json
import platform
import sys
import time
from collections import deque
from itertools import count

SWITCH_TASKS, YIELDS = 10_000, 100
TIMER_TASKS, SLEEPS = 100_000, 10


def delay(i):
    """Task i's sleep: 1 ms .. 1 s, the same as SchedulerTasks.Delay in the C# suite."""
    return (i * 7919 % 1000 + 1) * 0.001


def spin(yields):
    for _ in range(yields):
        yield


def nap(seconds, times):
    for _ in range(times):
        yield seconds


def round_robin(tasks, yields):
    ready = deque(spin(yields) for _ in range(tasks))
    popleft, append = ready.popleft, ready.append
    switches = 0
    while ready:
        gen = popleft()
        try:
            next(gen)
        except StopIteration:
            continue
        append(gen)
        switches += 1
    return switches


def timers(tasks, sleeps):
    ready = deque(nap(delay(i), sleeps) for i in range(tasks))
    sleeping = []
    seq = count()
    now = 0.0
    popleft, append = ready.popleft, ready.append
    push, pop = heapq.heappush, heapq.heappop
    while ready or sleeping:
        if not ready:
            wake, _, gen = pop(sleeping)
            if wake > now:
                now = wake
            append(gen)
        gen = popleft()
        try:
            seconds = next(gen)
        except StopIteration:
            continue
        push(sleeping, (now + seconds, next(seq), gen))
    return now


def best_of(repeats, work):
    best = float("inf")
    for _ in range(repeats):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            work()
            best = min(best, time.perf_counter() - start)
        finally:
            gc.enable()
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()
    repeats = 2 if args.quick else 7

    assert round_robin(SWITCH_TASKS, YIELDS) == SWITCH_TASKS * YIELDS
    assert abs(timers(TIMER_TASKS, SLEEPS) - 10.0) < 1e-6

    switch_ops = SWITCH_TASKS * YIELDS
    timer_ops = TIMER_TASKS * SLEEPS
    switch_s = best_of(repeats, lambda: round_robin(SWITCH_TASKS, YIELDS))
    timer_s = best_of(repeats, lambda: timers(TIMER_TASKS, SLEEPS))

    results = {
        "python": platform.python_implementation() + " " + platform.python_version(),
        "switches": {"ns_per_op": switch_s * 1e9 / switch_ops, "ops_per_s": switch_ops / switch_s},
        "timers": {"ns_per_op": timer_s * 1e9 / timer_ops, "ops_per_s": timer_ops / timer_s},
    }
    print(f"{results['python']} on {platform.machine()}, best of {repeats}")
    print("| suite | implementation | ns/op | M ops/s |")
    print("|---|---|---:|---:|")
    print(f"| switches ({SWITCH_TASKS:,} x {YIELDS}) | CPython deque + generators | "
          f"{results['switches']['ns_per_op']:.1f} | {results['switches']['ops_per_s'] / 1e6:.2f} |")
    print(f"| timers ({TIMER_TASKS:,} x {SLEEPS}) | CPython deque + heapq + generators | "
          f"{results['timers']['ns_per_op']:.1f} | {results['timers']['ops_per_s'] / 1e6:.2f} |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
