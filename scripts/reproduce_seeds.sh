#!/usr/bin/env bash
# The state-tracking table of scripts/reproduce.sh over several seeds (reference 5.1 with seeds 666, 1, 2):
# each seed's six variants in $OUT/seed-<s>/ (reproduce.sh's table per seed in $OUT/seed-<s>.md), then one
# table of the median and range over seeds of the sequence accuracy at 128 / 256 / 512 (stdout and
# $OUT/summary.md; the per-seed numbers in $OUT/summary.json).
# Usage: SEEDS="666 1 2" scripts/reproduce_seeds.sh [variant ...]   (defaults: those seeds, the six variants)
#   DELTAC, OUT (default results/reproduce-seeds) as for reproduce.sh. A seed whose table exists is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${OUT:-results/reproduce-seeds}"
SEEDS="${SEEDS:-666 1 2}"
mkdir -p "$OUT"
for s in $SEEDS; do
  if [ -s "$OUT/seed-$s.md" ] && [ "$(grep -c '^| [a-z]' "$OUT/seed-$s.md")" -gt 1 ]; then
    echo "seed $s: done earlier ($OUT/seed-$s.md)" >&2
    continue
  fi
  echo "seed $s: scripts/reproduce.sh $* -> $OUT/seed-$s" >&2
  SEED="$s" OUT="$OUT/seed-$s" scripts/reproduce.sh "$@" > "$OUT/seed-$s.md.part"
  mv "$OUT/seed-$s.md.part" "$OUT/seed-$s.md"
done
python3 - "$OUT" $SEEDS <<'PY'
import json, os, statistics, sys
out, seeds = sys.argv[1], sys.argv[2:]
runs = {}
for s in seeds:
    root = f"{out}/seed-{s}"
    for v in sorted(os.listdir(root)):
        path = f"{root}/{v}/len128/eval.json"
        if os.path.exists(path):
            acc = {r["length"]: r["sequence_accuracy"] for r in json.load(open(path))["lengths"]}
            runs.setdefault(v, {})[s] = acc
json.dump(runs, open(f"{out}/summary.json", "w"), indent=1, sort_keys=True)
order = ["s3_nh1_pos", "s3_nh1_neg", "s3_nh2_pos", "s3_nh2_neg", "s4_nh2_neg", "a5_nh2_neg"]
lines = ["| variant | seeds | seq acc 128: median (min-max) | 256 | 512 |", "|---|---|---:|---:|---:|"]
for v in sorted(runs, key=lambda v: (order.index(v) if v in order else 99, v)):
    cells = []
    for L in (128, 256, 512):
        xs = [runs[v][s][L] for s in runs[v]]
        cells.append(f"{statistics.median(xs):.3f} ({min(xs):.3f}-{max(xs):.3f})")
    lines.append(f"| {v} | {', '.join(runs[v])} | " + " | ".join(cells) + " |")
text = "\n".join(lines) + "\n"
open(f"{out}/summary.md", "w").write(text)
print(text, end="")
PY
