#!/usr/bin/env bash
# Comply's benchmark, in one run on this machine:
#   1. YAML: MB/s of the Swift loader building nodes over a 10,000-profile corpus, next to
#      libyaml's raw event loop over the same bytes, interleaved in one process, and the C
#      program yaml_bench.c as a cross-check (goal: ratio >= 0.6);
#   2. CEL: evaluations/s of the 50 peer-workload rules over 100,000 records, every answer
#      checked against the reference, next to CEL-Rust (PyPI common-expression-language)
#      on the same records (goal: ratio >= 3, single-threaded).
# Usage: bash Benchmarks/run.sh            (see Benchmarks/README.md)
# Environment: DATA (generated inputs, default /tmp/comply-bench), VENV (peer venv, default
# /tmp/comply-bench-venv), REPS (default 3), YAML_REPS (default 5, for the YAML part),
# RECORDS (CEL records, default all 100,000), SKIP_PEER=1 (no CEL-Rust), SKIP_YAML=1, SKIP_CEL=1, COMPLY_BENCH=path (an already built
# release comply-bench instead of building one).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="${PACKAGE_DIR:-$(cd "$here/.." && pwd)}"
DATA=${DATA:-/tmp/comply-bench}
VENV=${VENV:-/tmp/comply-bench-venv}
REPS=${REPS:-3}
YAML_REPS=${YAML_REPS:-5}
RECORDS=${RECORDS:-}
PYTHON=${PYTHON:-python3}
start=$(date +%s)
mkdir -p "$DATA"

# Value of `key=` in a RESULT line.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
# Generated data lives in a folder named after the generator's digest, so an edited
# generator never reuses stale data.
digest() { cat "$@" | sha256sum | cut -c1-12; }

if [ -n "${COMPLY_BENCH:-}" ]; then
  bench=$COMPLY_BENCH
  echo "== using $bench"
else
  echo "== building comply-bench (release, scratch path .build-bench)"
  (cd "$root" && swift build -c release --product comply-bench --scratch-path "$root/.build-bench" 2>&1 | tail -1)
  bench="$root/.build-bench/release/comply-bench"
fi

declare -a rows=()

if [ -z "${SKIP_YAML:-}" ]; then
  ydir="$DATA/yaml-$(digest "$here/yaml/gen_yaml_corpus.py")"
  if [ ! -f "$ydir/corpus.yaml" ]; then
    echo "== generating the YAML corpus in $ydir (about 25 s)"
    gen_python=$PYTHON
    if ! "$PYTHON" -c "import yaml" 2>/dev/null; then
      bash "$here/cel/setup_peer.sh" >/dev/null && "$VENV/bin/pip" install -q PyYAML && gen_python="$VENV/bin/python"
    fi
    "$gen_python" "$here/yaml/gen_yaml_corpus.py" --dir "$ydir.tmp" && mv "$ydir.tmp" "$ydir"
  fi
  corpus="$ydir/corpus.yaml"
  echo "== YAML: libyaml event loop (C) and the Swift loader on $(wc -c <"$corpus") bytes"
  cc -O2 -Wall -o "$DATA/yaml_bench" "$here/yaml/yaml_bench.c" $(pkg-config --cflags --libs yaml-0.1)
  # The ratio comes from `comply-bench yaml --paired`: libyaml's raw event loop (the calls
  # yaml_bench.c makes, through the same libyaml) and the loader take turns every 32
  # documents in one process, and each rep's ratio is their summed times. This VM's speed
  # drifts by a third within a minute, so only work interleaved this finely sees the same
  # machine; separate runs of the C program and the loader measured the drift as much as the
  # loaders. yaml_bench.c still runs, as a check that the in-process event loop goes as fast
  # as the C program.
  for how in docs stream; do
    c=$("$DATA/yaml_bench" events "$how" "$corpus" "$YAML_REPS" | grep '^RESULT')
    sw=$("$bench" yaml "$corpus" --mode "$how" --reps "$YAML_REPS" --paired | tee /dev/stderr | grep '^RESULT')
    echo "  $how: yaml_bench.c events $(field "$c" MBps_best) MB/s (best of $YAML_REPS)"
    label=$([ "$how" = docs ] && echo "per document" || echo "one stream")
    rows+=("YAML load, $label|Swift loader $(field "$sw" loader_MBps_best) MB/s|libyaml events $(field "$sw" events_MBps_best) MB/s (C program $(field "$c" MBps_best))|$(field "$sw" ratio_median) [$(field "$sw" ratio_min)–$(field "$sw" ratio_max)] (goal >= 0.6)")
  done
  c_tree=$("$DATA/yaml_bench" tree docs "$corpus" "$REPS" | grep '^RESULT')
  rows+=("(context) C libyaml + minimal tree, per doc|$(field "$c_tree" MBps_median) MB/s| | ")
fi

if [ -z "${SKIP_CEL:-}" ]; then
  cdir="$DATA/cel-$(digest "$here/cel/spec.py" "$here/cel/export_workload.py")"
  if [ ! -f "$cdir/reference.txt" ]; then
    echo "== exporting the CEL workload to $cdir (about 10 s)"
    "$PYTHON" "$here/cel/export_workload.py" --out "$cdir.tmp" && mv "$cdir.tmp" "$cdir"
  fi
  limit=()
  [ -n "$RECORDS" ] && limit=(--records "$RECORDS")
  echo "== CEL: Swift engine on the peer workload (answers checked against reference.txt)"
  s_cel=$("$bench" cel "$cdir" --reps "$REPS" "${limit[@]}" | tee /dev/stderr | grep '^RESULT') || {
    echo "comply-bench cel failed: wrong answers or rules that do not compile (see above)" >&2
    exit 1
  }
  peer_rate=""
  if [ -z "${SKIP_PEER:-}" ]; then
    echo "== CEL: CEL-Rust peer (programs + prebuilt Context, as ../shared/bench does)"
    if VENV="$VENV" bash "$here/cel/setup_peer.sh"; then
      peer_n=()
      [ -n "$RECORDS" ] && peer_n=(--n "$RECORDS")
      p_cel=$("$VENV/bin/python" "$here/cel/cel_rust_peer.py" "$cdir" --reps "$REPS" "${peer_n[@]}" | grep '^RESULT') || {
        echo "CEL-Rust peer failed or disagreed with the reference" >&2
        exit 1
      }
      echo "$p_cel"
      peer_rate=$(field "$p_cel" evals_per_s_median)
    else
      echo "skipping the CEL-Rust peer: it could not be installed (PyPI unreachable?)"
    fi
  fi
  s_rate=$(field "$s_cel" evals_per_s_median)
  if [ -n "$peer_rate" ]; then
    rows+=("CEL evals/s, 50 rules x $(field "$s_cel" records) records|Swift $s_rate (best $(field "$s_cel" evals_per_s_best))|CEL-Rust $peer_rate (best $(field "$p_cel" evals_per_s_best))|$(ratio "$s_rate" "$peer_rate") (goal >= 3)")
  else
    rows+=("CEL evals/s, 50 rules x $(field "$s_cel" records) records|Swift $s_rate (best $(field "$s_cel" evals_per_s_best))|CEL-Rust skipped|n/a")
  fi
fi

echo
echo "== Summary (medians of $REPS reps; $(nproc) cores; $(date -u +%Y-%m-%dT%H:%MZ); $(( $(date +%s) - start )) s)"
printf '%-44s | %-34s | %-36s | %s\n' "measure" "Comply" "peer" "ratio"
printf '%s\n' "---------------------------------------------+------------------------------------+--------------------------------------+-------------------"
for row in "${rows[@]}"; do
  IFS='|' read -r a b c d <<<"$row"
  printf '%-44s | %-34s | %-36s | %s\n' "$a" "$b" "$c" "$d"
done
