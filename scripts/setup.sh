#!/usr/bin/env bash
# Installs what deltac needs from Debian, only what is missing; quiet when everything is there.
# --corpus: also the English text corpus of the language-model experiments (scripts/corpus.sh).
set -euo pipefail
# openmpi-bin (mpirun) and libopenmpi-dev (libmpi.so): data-parallel runs and sweeps over MPI, opened at run
# time (docs/distributed.md); deltac builds and runs without them.
packages=(llvm-19-dev libopenblas-dev openmpi-bin libopenmpi-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v swift >/dev/null || { echo "setup: error: swift (6.x) is not on PATH" >&2; exit 1; }
if [ "${1:-}" = "--corpus" ]; then "$(dirname "$0")/corpus.sh"; fi
