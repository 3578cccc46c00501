# The two commands of the README. Both install what is missing first (scripts/setup.sh).
SPEC ?= specs/quickstart.yaml
SWIFT_BUILD_FLAGS ?=

.PHONY: run test build setup corpus generated reproduce bench format install install-files uninstall manual

setup:
	@scripts/setup.sh

# The English corpus of the language-model experiments (specs/lm_pydocs.yaml): data/python-docs.txt from
# Debian's python3-doc (installed when missing; PSF License).
corpus:
	scripts/corpus.sh

build: setup
	swift build -c release $(SWIFT_BUILD_FLAGS)

# Main job: build in release and run the default spec.
run: build
	.build/release/deltac run $(SPEC)

# Whole test suite (debug build, as CI runs it), after checking that every file is formatted.
test: setup
	swift format lint --strict --recursive Sources Tests Plugins Package.swift
	swift build --build-tests $(SWIFT_BUILD_FLAGS)
	swift test --skip-build $(SWIFT_BUILD_FLAGS)

# Formats the tree in place (.swift-format: 2 spaces, 100 columns); `make test` fails on unformatted files.
format:
	swift format --in-place --recursive Sources Tests Plugins Package.swift

# Re-generate Generated/ from specs/ (a test fails when it is stale).
generated: build
	scripts/generate.sh

# The state-tracking table of the README (six two-stage runs, about an hour on 2 shared cores).
reproduce: build
	scripts/reproduce.sh

# The performance table of the README and docs/performance.md: deltac vs PyTorch and JAX on every
# bench configuration, interleaved, plus inference; JSON in bench/results/train-DATE.json. Installs the
# peers into .venv-peers first when missing (a peer that cannot be installed is skipped, with why).
# About an hour on 2 shared cores. BENCH_FLAGS="--configs tiny --rounds 3" for a quick look.
BENCH_FLAGS ?=
bench: build
	@test -x .venv-peers/bin/python || scripts/install-peers.sh || \
		echo "make bench: the peers could not be installed; deltac runs alone and the table says why"
	.build/release/deltac bench train $(BENCH_FLAGS)

# Installs the release build of deltac into $(PREFIX)/bin, its man page (swift-argument-parser's
# generate-manual plugin) into $(PREFIX)/share/man/man1, and its bash, zsh and fish completions where
# those shells look under $(PREFIX)/share. DESTDIR is put in front of every path (packaging).
PREFIX ?= /usr/local
DESTDIR ?=
DELTAC ?= .build/release/deltac
MANUAL ?= .build/plugins/GenerateManual/outputs/deltac/deltac.1

install: build manual
	@$(MAKE) --no-print-directory install-files

# The man page, from the release build's --help texts (the plugin builds what is missing first). The
# blank lines of the help texts become mdoc paragraphs (.Pp): groff warns on empty lines.
manual: build
	swift package plugin generate-manual
	sed -i 's/^$$/.Pp/' $(MANUAL)

# Copies $(DELTAC) and $(MANUAL) as they are, without building (the install test uses it).
install-files:
	scripts/install.sh install "$(DELTAC)" "$(MANUAL)" "$(DESTDIR)$(PREFIX)"

uninstall:
	scripts/install.sh uninstall "$(DESTDIR)$(PREFIX)"
