# Jumelage — build, run and test.
#
#   make deps      install what is missing: apt (libical-dev tzdata pkg-config), pip (tools/requirements.txt)
#   make build     deps + swift build
#   make run       build, then plan $(PLAN) into calendars/feeds (prints the schedule), and write
#                  the holiday and blackout feeds of every jurisdiction there
#   make check     the inner loop: build with tests, swift test, the bad-input and bad-argument
#                  corpora, embedded calendar data up to date, swift-format lint (a few minutes)
#   make install   release build; installs PREFIX/bin/jumelage, its man page and the bash, zsh
#                  and fish completions (PREFIX=/usr/local, DESTDIR for packaging, CONFIG=debug
#                  to skip the release build)
#   make test      deps, one build (with tests), swift test, CLI contract on broken inputs,
#                  plan calendars/ into $(BUILD)/feeds, cross-check the feeds (tools/validate_feeds.py),
#                  check calendars/feeds is up to date, compare holidays with Python `holidays`,
#                  valgrind self-check
#   make valgrind  libical paths under valgrind (tools/valgrind-selfcheck.sh)
#   make bench     every comparison of bench/ (release builds, hyperfine, wrk, nginx, CP-SAT),
#                  rewrites bench/RESULTS.md (bench/run_all.sh; BENCH_ONLY="feeds import" for some)
#   make fuzz      libFuzzer on the plan loader and the .ics importer, FUZZ_SECONDS each
#                  (default 600; tools/fuzz.sh), results to record in bench/fuzz.md
#   make soak      five minutes of wrk, slowloris and oversized requests against serve (bench/soak.md)
#   make clean     remove $(BUILD) and the test feeds

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

SWIFT ?= swift
PYTHON ?= python3
BUILD ?= .build
SWIFT_FLAGS ?= --scratch-path $(BUILD)
BIN := $(BUILD)/debug/jumelage
FEEDS := $(BUILD)/feeds
PLAN ?= calendars/quebec-namur-2024-2026.yaml

APT_PACKAGES := libical-dev tzdata pkg-config libsqlite3-dev zlib1g-dev vdirsyncer chromium fonts-dejavu-core
PY_IMPORTS := icalendar, ical, vobject, recurring_ical_events, holidays
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

PREFIX ?= /usr/local
CONFIG ?= release
# The man page's date: the last commit's, so that the same sources give the same page.
MAN_DATE := $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-12-01)

.PHONY: deps build run check lint install test valgrind clean bench bench-serve fuzz soak

deps:
	@missing=""; \
	for pkg in $(APT_PACKAGES); do \
		dpkg -s "$$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "deps: apt-get install$$missing"; \
		$(SUDO) apt-get update -qq; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@if ! $(PYTHON) -c 'import $(PY_IMPORTS)' 2>/dev/null; then \
		echo "deps: pip install -r tools/requirements.txt"; \
		pip_install="$(PYTHON) -m pip install -q --disable-pip-version-check -r tools/requirements.txt"; \
		$$pip_install 2>/dev/null || $$pip_install --break-system-packages; \
		$(PYTHON) -c 'import $(PY_IMPORTS)'; \
	fi

build: deps
	$(SWIFT) build $(SWIFT_FLAGS)

run: build
	$(BIN) plan $(PLAN) --out calendars/feeds
	$(BIN) holidays --region all --year 2024 --to-year 2027 --out calendars/feeds

check: deps
	$(PYTHON) tools/embed_calendars.py --check
	$(SWIFT) build $(SWIFT_FLAGS) --build-tests
	$(SWIFT) test $(SWIFT_FLAGS) --skip-build
	$(PYTHON) tools/check_bad_inputs.py --jumelage $(BIN)
	$(PYTHON) tools/check_arguments.py --jumelage $(BIN) --examples 100
	$(MAKE) --no-print-directory lint

# swift-format (the toolchain's) with the repository's .swift-format: line length and layout rules.
lint:
	$(SWIFT) format lint --strict --recursive --configuration .swift-format Sources Tests

install: deps
	$(SWIFT) build -c $(CONFIG) $(SWIFT_FLAGS) --product jumelage
	$(SWIFT) build $(SWIFT_FLAGS) --product generate-manual-tool
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
		"$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
		"$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 "$(BUILD)/$(CONFIG)/jumelage" "$(DESTDIR)$(PREFIX)/bin/jumelage"
	"$(BUILD)/$(CONFIG)/jumelage" --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/jumelage"
	"$(BUILD)/$(CONFIG)/jumelage" --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_jumelage"
	"$(BUILD)/$(CONFIG)/jumelage" --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/jumelage.fish"
	"$(BUILD)/debug/generate-manual-tool" "$(BUILD)/$(CONFIG)/jumelage" --date $(MAN_DATE) --authors Jumelage \
		--output-directory "$(DESTDIR)$(PREFIX)/share/man/man1"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/jumelage, its man page and completions"

test: deps
	$(PYTHON) tools/embed_calendars.py --check
	$(SWIFT) build $(SWIFT_FLAGS) --build-tests
	$(SWIFT) test $(SWIFT_FLAGS) --skip-build
	$(PYTHON) tools/check_bad_inputs.py --jumelage $(BIN)
	$(PYTHON) tools/check_arguments.py --jumelage $(BIN)
	bash tools/install_check.sh
	$(BIN) plan calendars --format json > $(BUILD)/plan-1.json
	$(BIN) plan calendars --format json > $(BUILD)/plan-2.json
	@echo "two runs in separate processes give the same bytes:"
	cmp $(BUILD)/plan-1.json $(BUILD)/plan-2.json
	rm -rf $(FEEDS)
	$(BIN) plan calendars --out $(FEEDS)
	$(BIN) holidays --region all --year 2024 --to-year 2027 --out $(FEEDS)
	$(PYTHON) tools/validate_feeds.py --jumelage $(BIN) $(FEEDS)
	rm -rf $(BUILD)/mobility-feeds
	$(BIN) windows calendars --out $(BUILD)/mobility-feeds > /dev/null
	$(PYTHON) tools/validate_feeds.py --jumelage $(BIN) $(BUILD)/mobility-feeds
	JUMELAGE_BIN=$(BIN) $(PYTHON) tools/pages_check.py --screenshots $(BUILD)/screenshots
	bash tools/vdirsyncer_e2e.sh --jumelage $(BIN)
	$(PYTHON) tools/crash_safety.py --jumelage $(BIN) --runs 30
	@echo "feeds in calendars/feeds are up to date with the plans:"
	diff -r calendars/feeds $(FEEDS)
	JUMELAGE_BIN=$(BIN) $(PYTHON) tools/compare_holidays.py
	SCRATCH_PATH=$(BUILD) bash tools/valgrind-selfcheck.sh

valgrind: deps
	@if [ -f tools/valgrind-selfcheck.sh ]; then \
		bash tools/valgrind-selfcheck.sh; \
	else \
		echo "valgrind: tools/valgrind-selfcheck.sh not found" >&2; exit 1; \
	fi

clean:
	rm -rf $(BUILD) .build-valgrind .build-fuzz Benchmarks/.build tools/__pycache__

bench: deps
	bash bench/run_all.sh

bench-serve: deps
	@command -v wrk >/dev/null && command -v nginx >/dev/null || { $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx; }
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product jumelage
	bash bench/serve_wrk.sh --jumelage $(BUILD)/release/jumelage

# libFuzzer, one target after the other (the build instruments every module with ASan: a few
# minutes the first time, in .build-fuzz).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= plan ics
fuzz: deps
	for target in $(FUZZ_TARGETS); do bash tools/fuzz.sh $$target $(FUZZ_SECONDS); done

# Five minutes of load and abuse against `serve` (tools/soak.sh); results in bench/soak.md.
SOAK_SECONDS ?= 300
soak: deps
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq; $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk; }
	$(SWIFT) build -c release $(SWIFT_FLAGS) --product jumelage
	bash tools/soak.sh --jumelage $(BUILD)/release/jumelage --seconds $(SOAK_SECONDS)
