"""CEL-Rust (PyPI `common-expression-language`) on the exported workload, driven the way the
peer harness (`../shared/bench/peers_impl.py`, mode "programs+prebuilt-Context") drives it:

  * each rule compiled once as `APPLIES ? (REQUIRES ? "pass" : "fail") : "na"` (spec.to_cel)
  * every record converted to a `cel.Context` before timing
  * timed: for every record, `[p.execute(ctx) for p in programs]`, Python's cyclic GC off
    (as bench_rules.py and timeit do)
  * every answer of the first rep compared with reference.txt

  python cel_rust_peer.py DIR [--reps 3] [--n N]

DIR holds rules.json, records.jsonl and reference.txt (export_workload.py). Prints one line
`RESULT cel-rust evals=E best_s=... median_s=... evals_per_s_best=... evals_per_s_median=...`.
Exits 1 on any mismatch with the reference.
"""
import argparse
import gc
import importlib.metadata as md
import json
import os
import statistics
import sys
import time

CODE = {"pass": "P", "fail": "F", "na": "N"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--n", type=int, default=0, help="first N records only (0 = all)")
    a = ap.parse_args()

    import cel

    with open(os.path.join(a.dir, "rules.json")) as f:
        rules = json.load(f)
    with open(os.path.join(a.dir, "records.jsonl")) as f:
        records = [json.loads(line) for line in f]
    with open(os.path.join(a.dir, "reference.txt")) as f:
        reference = [line.rstrip("\n") for line in f]
    if a.n:
        records, reference = records[:a.n], reference[:a.n]

    programs = [cel.compile(f'{r["applies"]} ? ({r["requires"]} ? "pass" : "fail") : "na"') for r in rules]
    contexts = [cel.Context(r) for r in records]

    times = []
    first = None
    for rep in range(a.reps):
        gc.collect()
        gc.disable()
        t = time.perf_counter()
        out = [[p.execute(ctx) for p in programs] for ctx in contexts]
        times.append(time.perf_counter() - t)
        gc.enable()
        if rep == 0:
            first = out
        del out

    mismatches = 0
    for i, (row, ref) in enumerate(zip(first, reference)):
        got = "".join(CODE.get(str(v), "?") for v in row)
        if got != ref:
            if mismatches < 5:
                print(f"mismatch at record {i}: got {got} want {ref}", file=sys.stderr)
            mismatches += 1

    evals = len(records) * len(programs)
    best, median = min(times), statistics.median(times)
    print(f"cel-rust {md.version('common-expression-language')}: "
          f"reps {', '.join(f'{t:.3f}s' for t in times)}", file=sys.stderr)
    print(f"RESULT cel-rust evals={evals} records={len(records)} rules={len(programs)} "
          f"best_s={best:.4f} median_s={median:.4f} "
          f"evals_per_s_best={evals / best:.0f} evals_per_s_median={evals / median:.0f} "
          f"mismatches={mismatches}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
