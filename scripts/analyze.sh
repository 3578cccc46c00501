#!/usr/bin/env bash
# Runs `deltac analyze` on the final checkpoints of scripts/reproduce.sh's variants and prints the
# comparison table of docs/analysis.md (markdown, all heads of layer 0 pooled; per-head numbers are in
# each variant's analysis.txt / analysis.json).
# Usage: scripts/analyze.sh [variant ...]   (default: the four S3 variants)
#   DELTAC=path/to/deltac (default .build/release/deltac), OUT=folder of reproduce.sh (default
#   results/reproduce); each analysis goes to $OUT/<variant>/analysis.
set -euo pipefail
cd "$(dirname "$0")/.."
DELTAC="${DELTAC:-.build/release/deltac}"
OUT="${OUT:-results/reproduce}"
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(s3_nh2_neg s3_nh1_neg s3_nh2_pos s3_nh1_pos)
echo "| variant | seq acc 512 | mean beta | beta > 1.9 | rotations | main angle | neg. real | det < 0 | key PCA top 3 | PCA 90% | erank 9 / 513 | analyze |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for v in "${variants[@]}"; do
  # The model of the table: stage 2's last checkpoint, or stage 1's when stage 2 was skipped.
  ckpt=$(ls "$OUT/$v"/len128/checkpoints/step-*.safetensors 2>/dev/null | sort | tail -1 || true)
  [ -n "$ckpt" ] || ckpt=$(ls "$OUT/$v"/len24/checkpoints/step-*.safetensors 2>/dev/null | sort | tail -1 || true)
  if [ -z "$ckpt" ]; then
    echo "error: no checkpoint under $OUT/$v; run scripts/reproduce.sh $v first" >&2
    exit 1
  fi
  start=$(date +%s.%N)
  "$DELTAC" analyze "specs/$v.yaml" --checkpoint "$ckpt" --out "$OUT/$v/analysis" --quiet \
    > "$OUT/$v/analysis.log"
  end=$(date +%s.%N)
  python3 - "$v" "$OUT/$v/analysis/analysis.json" "$start" "$end" <<'PY'
import json, math, sys
v, path, start, end = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
a = json.load(open(path))
heads = a["layers"][0]["heads"]
def pooled(get, weight):
    w = sum(weight(h) for h in heads)
    return sum(get(h) * weight(h) for h in heads) / max(1, w)
betas = lambda h: sum(h["beta"]["histogram"])
tokens = lambda h: h["transitions"]["tokens"]
angles = [sum(col) for col in zip(*(h["transitions"]["angle_histogram"] for h in heads))]
edges = heads[0]["transitions"]["angle_histogram_degrees_edges"]
main = "-" if max(angles) == 0 else "%d-%d" % (edges[angles.index(max(angles))], edges[angles.index(max(angles)) + 1])
pca3 = sum(sum(h["key_pca"]["explained_variance"][:3]) for h in heads) / len(heads)
pca90 = sorted(h["key_pca"]["components_90"] for h in heads)
rank = lambda i: sum(h["effective_rank"]["mean"][i] for h in heads) / len(heads)
print("| %s | %.3f | %.2f | %.3f | %.3f | %s | %.3f | %.3f | %.2f | %d-%d | %.2f / %.2f | %.1f s |" % (
    v, a["evaluation"]["sequence_accuracy"], pooled(lambda h: h["beta"]["mean"], betas),
    pooled(lambda h: h["beta"]["share_near_2"], betas),
    pooled(lambda h: h["transitions"]["rotation_share"], tokens), main,
    sum(h["transitions"]["negative_real_eigenvalues"] for h in heads)
    / max(1, sum(h["transitions"]["real_eigenvalues"] for h in heads)),
    pooled(lambda h: h["transitions"]["negative_determinant_share"], tokens),
    pca3, pca90[0], pca90[-1], rank(0), rank(-1), end - start))
PY
done
