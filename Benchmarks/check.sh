#!/usr/bin/env bash
# How fast `comply check` feels: one profile against every bundled pack.
#   1. in process (comply-bench check): reading the schema, loading + compiling the packs,
#      loading the profile, evaluating it — best and median of REPS runs;
#   2. as a whole process: wall time of REPS runs of the release `comply check` binary
#      (goal: well under 100 ms), with hyperfine when it is installed, else a timed loop.
# Usage: bash Benchmarks/check.sh [PROFILE]   (default: the Yen Chau mango cooperative)
# Environment: REPS (default 20), SCRATCH (release build folder, default .build-bench).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
profile=${1:-Examples/profiles/yen-chau-mango-coop.yaml}
REPS=${REPS:-20}
SCRATCH=${SCRATCH:-.build-bench}

echo "== building comply and comply-bench (release, scratch path $SCRATCH)"
swift build -c release --product comply --scratch-path "$SCRATCH" 2>&1 | tail -1
swift build -c release --product comply-bench --scratch-path "$SCRATCH" 2>&1 | tail -1
bin="$SCRATCH/release"

echo "== in process"
"$bin/comply-bench" check "$profile" --rules Rules --reps "$REPS"

echo "== whole process: comply check $profile"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 2 --runs "$REPS" -i "$bin/comply check $profile"
else
  times=()
  for _ in $(seq "$REPS"); do
    start=$(date +%s%N)
    "$bin/comply" check "$profile" >/dev/null || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$REPS" '
    { t[NR] = $1 }
    END { printf "RESULT check-process runs=%d best_ms=%.1f median_ms=%.1f\n", n, t[1] / 1000, t[int((n + 1) / 2)] / 1000 }'
fi
