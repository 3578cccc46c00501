#!/usr/bin/env bash
# Builds the English text corpus of the language-model experiments (docs/experiments.md, row 11):
# data/python-docs.txt, the reStructuredText sources of the Python 3 documentation as Debian's
# python3-doc installs them (/usr/share/doc/python3.X/html/_sources/**/*.rst.txt, ~11 MB of English
# prose with code examples; licence: PSF License Version 2, /usr/share/doc/python3.X-doc/copyright).
# Files are concatenated in sorted path order, so the corpus is the same on every machine with the same
# package version. deltac holds out the file's last 10% for evaluation (never trained on):
# ByteLanguageModelTask's held-out tail. Installs python3-doc when it is missing (`scripts/setup.sh
# --corpus` and `make corpus` call this).
set -euo pipefail
cd "$(dirname "$0")/.."
out="data/python-docs.txt"
if ! dpkg-query -W -f='${Status}' python3-doc 2>/dev/null | grep -q "install ok installed"; then
  echo "corpus: installing python3-doc" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-doc >/dev/null
fi
sources=$(ls -d /usr/share/doc/python3.*/html/_sources 2>/dev/null | sort -V | tail -1)
[ -n "$sources" ] || { echo "corpus: error: no /usr/share/doc/python3.*/html/_sources after installing python3-doc" >&2; exit 1; }
mkdir -p data
tmp="$out.tmp"
find "$sources" -name '*.rst.txt' -print0 | LC_ALL=C sort -z | xargs -0 cat > "$tmp"
mv "$tmp" "$out"
bytes=$(stat -c %s "$out")
echo "corpus: $out: $bytes bytes from $(find "$sources" -name '*.rst.txt' | wc -l) files of $sources ($(dpkg-query -W -f='${Package} ${Version}' "$(dpkg -S "$sources" | cut -d: -f1 | head -1)"))" >&2
(( bytes >= 5000000 )) || { echo "corpus: error: $out has $bytes bytes, fewer than 5 MB" >&2; exit 1; }
