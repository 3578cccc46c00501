#!/usr/bin/env bash
# Re-generates Generated/<spec>/forward.ir (`deltac compile --after lower`: the lowered forward graph),
# forward_backward.ir (`--after autodiff`: forward + backward before any pass), optimized.ir
# (`--backward`: the forward + backward graph after the optimization pipeline, what training runs)
# and kernels.ll (`--emit llvm`: the recurrence kernels' optimized LLVM IR for the fixed dump target) for
# every specs/*.yaml (a spec with a sweep: its base spec). The folder is the file's name without .yaml.
# DeltaDriverTests/GeneratedTests fails when these files are stale.
# Usage: scripts/generate.sh   (or `make generated`, which builds deltac in release first)
set -euo pipefail
cd "$(dirname "$0")/.."
DELTAC="${DELTAC:-.build/release/deltac}"
if [ ! -x "$DELTAC" ]; then
  echo "error: $DELTAC not found; run 'make build' first (or set DELTAC=path/to/deltac)" >&2
  exit 1
fi
rm -rf Generated
mkdir -p Generated
for spec in specs/*.yaml; do
  name=$(basename "$spec" .yaml)
  mkdir -p "Generated/$name"
  "$DELTAC" compile "$spec" --after lower > "Generated/$name/forward.ir"
  "$DELTAC" compile "$spec" --after autodiff > "Generated/$name/forward_backward.ir"
  "$DELTAC" compile "$spec" --backward > "Generated/$name/optimized.ir"
  "$DELTAC" compile "$spec" --emit llvm > "Generated/$name/kernels.ll"
  echo "wrote Generated/$name/{forward.ir,forward_backward.ir,optimized.ir,kernels.ll}" >&2
done
