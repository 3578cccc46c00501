#!/usr/bin/env bash
# Load time of a ~110 MB checkpoint: a 27M-parameter model (D 1024, 8 heads x 128, n_h 2, one layer,
# tied 12288-token embeddings) written by `deltac init`, exported as an fla folder, then loaded with
# `deltac inspect --load` (mmap, header checks, every tensor converted to F32; for the folder also
# config.json, lowering and every name and shape checked). Use a release build:
#   swift build -c release && scripts/checkpoint-load-time.sh .build/release/deltac
set -euo pipefail
deltac="${1:-.build/release/deltac}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/big.yaml" <<'SPEC'
model: {hidden_size: 1024, num_hidden_layers: 1, num_heads: 8, head_dim: 128, expand_v: 1,
  num_householder: 2, allow_neg_eigval: true, use_forget_gate: true, tie_word_embeddings: true,
  vocab_size: 12288}
task: {kind: parity}
SPEC
"$deltac" init "$work/big.yaml" --out "$work/big.safetensors"
"$deltac" export "$work/big.yaml" --checkpoint "$work/big.safetensors" --to "$work/big-fla"
ls -l "$work/big.safetensors" "$work/big-fla/model.safetensors"
sync
for i in 1 2 3; do "$deltac" inspect "$work/big.safetensors" --load > /dev/null; done
for i in 1 2 3; do "$deltac" inspect "$work/big-fla" --load > /dev/null; done
