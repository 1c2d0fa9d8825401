#!/usr/bin/env bash
# How long an official waits for `comply scan`: a registry of COPIES copies of the twelve
# example profiles (and one file that does not decode) into a fresh folder, then the same
# scan again, which resumes every saved outcome and only rewrites the reports. Prints each
# run's summary, its wall and CPU time and peak memory, and the sizes of the reports.
# Usage: bash Benchmarks/scan.sh
# Environment: COPIES (default 40, so 481 profiles), SCRATCH (release build folder, default
# .build-bench), DATA (where the registry and the scan go, default /tmp/comply-bench/scan).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
COPIES=${COPIES:-40}
SCRATCH=${SCRATCH:-.build-bench}
DATA=${DATA:-/tmp/comply-bench/scan}

echo "== building comply (release, scratch path $SCRATCH)"
swift build -c release --product comply --scratch-path "$SCRATCH" 2>&1 | tail -1
comply="$SCRATCH/release/comply"

registry="$DATA/registry"
rm -rf "$registry" "$DATA/out"
for copy in $(seq -w 1 "$COPIES"); do
  mkdir -p "$registry/d$copy"
  cp Examples/profiles/*.yaml "$registry/d$copy/"
done
printf 'enterprise: {name: Broken\n' >"$registry/d01/broken.yaml"
echo "== registry: $(find "$registry" -name '*.yaml' | wc -l) profiles in $registry"

run() {
  # GNU time when installed (peak memory too), else bash's own.
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "   %e s wall, %U s user CPU, %M KB peak" "$comply" scan "$registry" --out "$DATA/out" \
      --as-of 2026-11-29 2>&1 | grep -v '^Scanning' || true
  else
    time ("$comply" scan "$registry" --out "$DATA/out" --as-of 2026-11-29 || true)
  fi
}

echo "== a new scan"
run
echo "== the same scan again (resumes every outcome)"
run
echo "== reports"
ls -l "$DATA/out" | awk 'NR > 1 && $NF !~ /^\./ { printf "   %-14s %12d bytes\n", $NF, $5 }'
