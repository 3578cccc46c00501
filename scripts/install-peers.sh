#!/usr/bin/env bash
# Installs the optional peers into .venv-peers/ under the repository root: PyTorch (CPU is enough),
# JAX and optax, with numpy. Used by `deltac bench train` (bench/peers/*.py: the same model in PyTorch
# and JAX, timed side by side), scripts/torch_reference.py and the optional PyTorch tests. Nothing
# else needs them; the bench skips a missing peer and says so, the tests skip with a message.
# Also tensorboard (optional: a failed install is reported, not fatal), for `tensorboard --logdir
# results/` and the optional test that reads a sweep's event files back (scripts/tensorboard_events.py).
#   scripts/install-peers.sh            # PyPI's torch (CPU wheels on Linux x86-64 are large: ~200 MB+)
#   TORCH_INDEX=https://download.pytorch.org/whl/cpu scripts/install-peers.sh   # CPU-only index
#   PEERS="torch numpy" scripts/install-peers.sh                                # PyTorch only
#   TENSORBOARD=0 scripts/install-peers.sh                                      # without tensorboard
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="$root/.venv-peers"
peers="${PEERS:-torch jax optax numpy}"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
if [[ -n "${TORCH_INDEX:-}" ]] && [[ " $peers " == *" torch "* ]]; then
  "$venv/bin/pip" install --quiet torch --index-url "$TORCH_INDEX" --extra-index-url https://pypi.org/simple
fi
# shellcheck disable=SC2086
"$venv/bin/pip" install --quiet $peers
if [[ "${TENSORBOARD:-1}" != 0 ]]; then
  "$venv/bin/pip" install --quiet tensorboard ||
    echo "install-peers: tensorboard could not be installed (optional: its test is skipped)" >&2
fi
"$venv/bin/python" - "$venv" <<'PY'
import importlib, sys
for name in ("torch", "jax", "optax", "numpy", "tensorboard"):
    try:
        print(name, importlib.import_module(name).__version__, "in", sys.argv[1])
    except ModuleNotFoundError:
        print(name, "not installed")
PY
