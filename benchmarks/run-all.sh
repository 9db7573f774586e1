#!/usr/bin/env bash
# Runs every benchmark and prints one table of ratios against every peer:
#   1. the BenchmarkDotNet suites (Next, Send, Throw/Close, Delegation) with the short job,
#   2. the Next and Send suites again with DOTNET_TieredPGO=0,
#   3. the memory table (bytes per suspended coroutine),
#   4. the interleaved cross-check (all suites in one process, peers taking turns; robust to background load),
#   5. the CPython generators (benchmarks/python/generators.py),
#   6. benchmarks/summarize.py over all of it (STAT=Mean|Median|Min picks BenchmarkDotNet's statistic).
# Takes 15-25 minutes on 2 cores. Environment:
#   JOB=short        BenchmarkDotNet job (short, medium, long, dry: dry is a smoke run of a few seconds per benchmark)
#   ARTIFACTS=dir    where results go (default benchmarks/BenchmarkDotNet.Artifacts)
#   FILTER='*'       which benchmarks to run
#   NOPGO=1          0 skips the TieredPGO=0 run
#   QUICK=0          1 makes the memory table, the cross-check and the CPython script short (smoke runs)
#   REPEAT=1         how many times the cross-check and CPython take turns (a busy machine wants 3)
#   STAT=Mean        BenchmarkDotNet statistic the summary uses: Mean (as its Ratio column), Median or Min
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
job="${JOB:-short}"
artifacts="${ARTIFACTS:-$here/BenchmarkDotNet.Artifacts}"
filter="${FILTER:-*}"
project="$here/Coroutines.Benchmarks"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cd "$repo"
mkdir -p "$artifacts"
rm -rf "$artifacts/results" "$artifacts/nopgo" "$artifacts"/interleaved*.md "$artifacts"/python*.json "$artifacts"/python*.md

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== build"
dotnet build "$project" -c Release --nologo -v quiet

echo "== verify: every implementation of a suite computes the same result"
dotnet run -c Release --no-build --project "$project" -- verify

echo "== BenchmarkDotNet: --filter '$filter' --job $job"
dotnet run -c Release --no-build --project "$project" -- \
  --filter "$filter" --job "$job" --artifacts "$artifacts"

if [ "${NOPGO:-1}" != "0" ]; then
  echo "== BenchmarkDotNet: Next and Send with DOTNET_TieredPGO=0"
  DOTNET_TieredPGO=0 dotnet run -c Release --no-build --project "$project" -- \
    --filter '*NextBenchmarks*' '*SendBenchmarks*' --job "$job" --envVars DOTNET_TieredPGO:0 \
    --artifacts "$artifacts/nopgo"
fi

echo "== memory"
if [ "${QUICK:-0}" = "1" ]; then count=100000; else count=1000000; fi
dotnet run -c Release --no-build --project "$project" -- memory "$count" | tee "$artifacts/memory.md"

# The cross-check and CPython take turns REPEAT times; summarize.py keeps each figure's fastest repeat.
if [ "${QUICK:-0}" = "1" ]; then quick=--quick; rounds=5; else quick=; rounds=30; fi
for r in $(seq 1 "${REPEAT:-1}"); do
  echo "== interleaved cross-check ($r of ${REPEAT:-1})"
  dotnet run -c Release --no-build --project "$project" -- interleaved "$rounds" | tee "$artifacts/interleaved-$r.md"
  echo "== CPython ($r of ${REPEAT:-1})"
  python3 "$here/python/generators.py" $quick --json "$artifacts/python-$r.json" | tee "$artifacts/python-$r.md"
done

echo
echo "== summary (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
python3 "$here/summarize.py" "$artifacts" --stat "${STAT:-Mean}" | tee "$artifacts/summary.md"
