#!/usr/bin/env bash
# The runs of docs/experiments.md that scripts/reproduce.sh does not cover, one group at a time:
#   lm       row 11: specs/lm_pydocs_sweep.yaml (n_h 1, 2, 3; needs `make corpus`), evaluated to 32k
#   s5       row 9:  S5 with n_h 1-4, [-1, 1], the two-stage protocol of scripts/reproduce.sh, then n_h 4
#                    with online data and 4x the stage-1 steps (specs/s5_nh4_neg_online*.yaml)
#   layers   row 8:  S3 with two layers of n_h = 1 (specs/s3_l2_nh1_neg.yaml), same protocol
#   chomsky  row 10: parity and modular arithmetic with brackets, n_h 1-3 [-1, 1] and n_h 2 [0, 1]
#   seeds    rows 2, 7: the three failing S3 variants with seeds 1 and 2 (scripts/reproduce_seeds.sh)
# Usage: scripts/experiments.sh [group ...]   (default: all, in that order; DELTAC and OUT as for
# scripts/reproduce.sh, OUT default results/experiments). Each group's log and wall time go to
# $OUT/<group>.log; scripts/experiments_report.py turns the results into docs/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
DELTAC="${DELTAC:-.build/release/deltac}"
OUT="${OUT:-results/experiments}"
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(lm s5 layers chomsky seeds)
mkdir -p "$OUT"
for g in "${groups[@]}"; do
  start=$(date +%s)
  echo "experiments: $g -> $OUT/$g ($(date -u +%H:%M:%S))" >&2
  case "$g" in
    lm)
      [ -f data/python-docs.txt ] || scripts/corpus.sh
      "$DELTAC" sweep specs/lm_pydocs_sweep.yaml --out "$OUT/lm" ;;
    s5)
      OUT="$OUT/s5" DELTAC="$DELTAC" scripts/reproduce.sh s5_nh1_neg s5_nh2_neg s5_nh3_neg s5_nh4_neg \
        > "$OUT/s5.md"
      # n_h = 4 again with fresh training sequences and 4x the stage-1 steps.
      OUT="$OUT/s5" DELTAC="$DELTAC" scripts/reproduce.sh s5_nh4_neg_online > "$OUT/s5_online.md" ;;
    layers)
      OUT="$OUT/layers" DELTAC="$DELTAC" scripts/reproduce.sh s3_l2_nh1_neg > "$OUT/layers.md" ;;
    chomsky)
      for t in parity modarith_brackets; do
        "$DELTAC" sweep "specs/${t}_sweep.yaml" --out "$OUT/chomsky/$t"
        "$DELTAC" run "specs/${t}_nh2_pos.yaml" --out "$OUT/chomsky/${t}_nh2_pos"
      done ;;
    seeds)
      SEEDS="1 2" OUT="$OUT/seeds" DELTAC="$DELTAC" scripts/reproduce_seeds.sh s3_nh1_pos s3_nh1_neg s3_nh2_pos ;;
    *) echo "experiments: error: unknown group '$g' (groups: lm s5 layers chomsky seeds)" >&2; exit 1 ;;
  esac > "$OUT/$g.log" 2>&1
  echo "experiments: $g done in $(( $(date +%s) - start )) s" | tee -a "$OUT/$g.log" >&2
done
