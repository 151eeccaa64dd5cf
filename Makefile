# Jumelage — build, run and test.
#
#   make deps      install what is missing: apt (libical-dev tzdata pkg-config), pip (tools/requirements.txt)
#   make build     deps + swift build
#   make run       build, then plan $(PLAN) into calendars/feeds (prints the schedule)
#   make test      deps, one build (with tests), swift test, plan calendars/ into $(BUILD)/feeds,
#                  cross-check the feeds (tools/validate_feeds.py), valgrind self-check
#   make valgrind  libical paths under valgrind (tools/valgrind-selfcheck.sh)
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

APT_PACKAGES := libical-dev tzdata pkg-config
PY_IMPORTS := icalendar, ical, vobject, recurring_ical_events, holidays
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: deps build run test valgrind clean

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

test: deps
	$(SWIFT) build $(SWIFT_FLAGS) --build-tests
	$(SWIFT) test $(SWIFT_FLAGS) --skip-build
	rm -rf $(FEEDS)
	@if compgen -G 'calendars/*.yaml' >/dev/null; then \
		echo "$(BIN) plan calendars --out $(FEEDS)"; \
		$(BIN) plan calendars --out $(FEEDS); \
		echo "$(PYTHON) tools/validate_feeds.py --jumelage $(BIN) $(FEEDS)"; \
		$(PYTHON) tools/validate_feeds.py --jumelage $(BIN) $(FEEDS); \
	else \
		echo "test: WARNING: no plan in calendars/*.yaml, no feed validated"; \
	fi
	@if [ -f tools/valgrind-selfcheck.sh ]; then \
		echo "bash tools/valgrind-selfcheck.sh"; \
		bash tools/valgrind-selfcheck.sh; \
	else \
		echo "test: tools/valgrind-selfcheck.sh not found, valgrind self-check skipped"; \
	fi

valgrind: deps
	@if [ -f tools/valgrind-selfcheck.sh ]; then \
		bash tools/valgrind-selfcheck.sh; \
	else \
		echo "valgrind: tools/valgrind-selfcheck.sh not found" >&2; exit 1; \
	fi

clean:
	rm -rf $(BUILD) .build-valgrind tools/__pycache__
