#!/usr/bin/env bash
# Installs deltac under a prefix, or removes it: what `make install` and `make uninstall` run.
#   scripts/install.sh install BINARY MANUAL ROOT   # ROOT = $(DESTDIR)$(PREFIX)
#   scripts/install.sh uninstall ROOT
# Layout: ROOT/bin/deltac, ROOT/share/man/man1/deltac.1, and the completion scripts the binary writes
# (swift-argument-parser's --generate-completion-script) where bash-completion, zsh and fish look:
# share/bash-completion/completions/deltac, share/zsh/site-functions/_deltac,
# share/fish/vendor_completions.d/deltac.fish.
set -euo pipefail

usage() {
  echo "usage: $0 install BINARY MANUAL ROOT | uninstall ROOT" >&2
  exit 2
}

completions=(
  "bash share/bash-completion/completions/deltac"
  "zsh share/zsh/site-functions/_deltac"
  "fish share/fish/vendor_completions.d/deltac.fish"
)

case "${1:-}" in
install)
  (($# == 4)) || usage
  binary=$2 manual=$3 root=$4
  [ -x "$binary" ] || { echo "install: $binary is not an executable (make build first)" >&2; exit 1; }
  [ -f "$manual" ] || { echo "install: no man page at $manual (make manual first)" >&2; exit 1; }
  install -d "$root/bin" "$root/share/man/man1"
  install -m 755 "$binary" "$root/bin/deltac"
  install -m 644 "$manual" "$root/share/man/man1/deltac.1"
  scratch=$(mktemp)
  trap 'rm -f "$scratch"' EXIT
  for entry in "${completions[@]}"; do
    read -r shell path <<<"$entry"
    "$binary" --generate-completion-script "$shell" >"$scratch"
    install -d "$root/$(dirname "$path")"
    install -m 644 "$scratch" "$root/$path"
  done
  echo "installed $root/bin/deltac ($("$root/bin/deltac" --version)), its man page and bash/zsh/fish completions"
  ;;
uninstall)
  (($# == 2)) || usage
  root=$2
  rm -f "$root/bin/deltac" "$root/share/man/man1/deltac.1"
  for entry in "${completions[@]}"; do
    read -r _ path <<<"$entry"
    rm -f "$root/$path"
  done
  echo "removed deltac, its man page and completions from $root"
  ;;
*)
  usage
  ;;
esac
