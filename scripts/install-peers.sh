#!/usr/bin/env bash
# Installs the optional peers (PyTorch, CPU build) into .venv-peers/ under the repository root, for
# scripts/torch_reference.py and the optional PyTorch interop test. Nothing else needs it; the test
# suite skips that test (with a message) when the venv or torch is missing.
#   scripts/install-peers.sh            # PyPI's torch (CPU wheels on Linux x86-64 are large: ~200 MB+)
#   TORCH_INDEX=https://download.pytorch.org/whl/cpu scripts/install-peers.sh   # CPU-only index
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv-peers"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
if [[ -n "${TORCH_INDEX:-}" ]]; then
  "$venv/bin/pip" install --quiet torch numpy --index-url "$TORCH_INDEX"
else
  "$venv/bin/pip" install --quiet torch numpy
fi
"$venv/bin/python" -c 'import torch; print("torch", torch.__version__, "in", "'"$venv"'")'
