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
python3 scripts/experiments_report.py --seeds-summary "$OUT" $SEEDS
