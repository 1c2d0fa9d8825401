#!/usr/bin/env bash
# Builds one libFuzzer target (release, -sanitize=fuzzer,address) and fuzzes it.
#   bash Fuzz/run.sh FuzzYAML|FuzzCEL SECONDS [extra libFuzzer flags...]
# The growing corpus lives in $WORK/TARGET (default WORK=/tmp/comply-fuzz), seeded from
# Fuzz/Corpus/{YAML,CEL}, which libFuzzer only reads. Crashes, leaks, timeouts and OOMs are
# written to $WORK/TARGET-artifacts/; the script lists them and exits 1 if there are any.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target=${1:?usage: run.sh FuzzYAML|FuzzCEL SECONDS [libFuzzer flags...]}
seconds=${2:?usage: run.sh FuzzYAML|FuzzCEL SECONDS [libFuzzer flags...]}
shift 2
case "$target" in
  FuzzYAML) seeds="$here/Corpus/YAML"; dict="$here/Dictionaries/yaml.dict" ;;
  FuzzCEL) seeds="$here/Corpus/CEL"; dict="$here/Dictionaries/cel.dict" ;;
  *) echo "unknown target $target (FuzzYAML or FuzzCEL)" >&2; exit 2 ;;
esac
WORK=${WORK:-/tmp/comply-fuzz}
# CONFIG=debug keeps the loader's assertions (e.g. that a plain one-line scalar is its own
# slice of the input), at a fraction of release speed.
CONFIG=${CONFIG:-release}
corpus="$WORK/$target"
artifacts="$WORK/$target-artifacts"
mkdir -p "$corpus" "$artifacts"

# The Swift 6.3 driver keeps only the last of several -sanitize= flags, so SwiftPM's
# `--sanitize=fuzzer --sanitize=address` alone compiles with ASan but without libFuzzer's
# coverage instrumentation (the fuzzer then finds nothing new). The combined flag, passed
# last, turns both on.
(cd "$here" && swift build -c "$CONFIG" --product "$target" --sanitize=fuzzer --sanitize=address \
  -Xswiftc -sanitize=fuzzer,address --scratch-path "$here/.build-fuzz-$CONFIG" 2>&1 | grep -v "Cannot export local symbol '__asan_extra_spill_area'" | tail -2)
binary="$here/.build-fuzz-$CONFIG/$CONFIG/$target"

# See lsan.supp: Swift's once-initialised globals look leaked to LeakSanitizer at exit.
export LSAN_OPTIONS="suppressions=$here/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
before=$(ls "$artifacts" | wc -l)
set +e
"$binary" "$corpus" "$seeds" -dict="$dict" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -max_len=16384 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" 2>&1 | tee "$WORK/$target.log" \
  | grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE|pulse)|stat::|==[0-9]+==|SUMMARY|Test unit written)'
status=${PIPESTATUS[0]}
set -e
found=$(ls "$artifacts" | wc -l)
echo "$target: libFuzzer exit status $status; corpus $(ls "$corpus" | wc -l) inputs; artifacts in $artifacts: $found (was $before)"
ls -la "$artifacts" | tail -n +4
[ "$status" -eq 0 ] && [ "$found" -eq "$before" ]
