# Two commands: `make demo` (install, load the example network, open the app) and
# `make test` (install with test extras, run the whole suite).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# torch first, pinned to a CPU build: an unpinned torch pulls several GB of CUDA packages.
TORCH  := torch==2.13.0
# Extra options for `assistant ui` in `make demo`, e.g. UI_ARGS="--port 8080".
UI_ARGS ?=

.PHONY: demo test install install-test icu browser lint typecheck bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q $(TORCH)
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml | icu
	$(BIN)/pip install -q -e '.[test]'
	@$(BIN)/pip install -q -e '.[lookalike]' || echo "note: PyICU did not build, so the" \
	  "look-alike user-name tests will skip (install ICU's development files and a C++ compiler)"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test browser

# PyICU (the optional look-alike user-name check, extra `lookalike`) compiles against the
# system's ICU: Debian's libicu-dev. `make test` installs it; `make demo` does without.
icu:
	@if ! pkg-config --exists icu-uc 2>/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -q && apt-get install -y -q libicu-dev pkg-config) >/dev/null; \
	  else echo "note: ICU's development files are missing, so PyICU will not build" \
	    "(install Debian's libicu-dev and pkg-config, or your system's ICU package)"; fi; fi

# Debian's Chromium drives the browser tests (Playwright cannot download browsers here).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -q && apt-get install -y -q chromium) >/dev/null; \
	  else echo "note: /usr/bin/chromium is missing, so the browser tests will skip" \
	    "(install Debian's chromium package to run them)"; fi; fi

demo: install
	HF_HUB_OFFLINE=1 $(BIN)/assistant ui --example $(UI_ARGS)

test: install-test
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check assistant eval tests
	$(BIN)/mypy assistant

bench: install
	$(BIN)/python -m eval.bench_ingest --data ../shared/data/banking77/train.csv --n 3000

clean:
	rm -rf $(VENV) assistant-data .pytest_cache
