# MSVLO Desktop: every task a developer or CI needs, from a fresh clone.
# `make run` and `make test` build the virtual environment themselves.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed-stamp
UI_SRC := $(wildcard ui/*.ui)
UI_PY  := $(patsubst ui/%.ui,msvlo_desktop/gui/forms/ui_%.py,$(UI_SRC))
QRC_PY := msvlo_desktop/gui/resources_rc.py
GUIDE  := msvlo_desktop/resources/help/USER-GUIDE.md
RES    := $(shell find resources -type f 2>/dev/null)
PYTEST_WORKERS ?=

.DEFAULT_GOAL := help
.PHONY: help venv run test test-long lint format forms system-deps bench screenshots clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

venv: $(STAMP) ## create the virtual environment and install the application with its tools

# Order-only on the environment: a reinstall alone does not rewrite the committed forms.
msvlo_desktop/gui/forms/ui_%.py: ui/%.ui | $(STAMP)
	$(BIN)/pyside6-uic --from-imports --no-autoconnection $< -o $@.tmp
	@{ echo '# Generated from $< by pyside6-uic: do not edit, run `make forms`.'; cat $@.tmp; } > $@ && rm -f $@.tmp

# Format 1 carries no file times, so a fresh clone regenerates the committed file exactly.
$(QRC_PY): resources/resources.qrc $(RES) | $(STAMP)
	$(BIN)/pyside6-rcc --format-version 1 resources/resources.qrc -o $@.tmp
	@{ echo '# Generated from resources/resources.qrc by pyside6-rcc: do not edit, run `make forms`.'; cat $@.tmp; } > $@ && rm -f $@.tmp

# The user guide is written in docs/; the package carries a copy for F1 (gui/help_viewer.py).
$(GUIDE): docs/USER-GUIDE.md
	@mkdir -p $(dir $@)
	cp $< $@

forms: $(UI_PY) $(QRC_PY) $(GUIDE) ## regenerate the Designer forms, the resource module and the packaged user guide (only stale ones)

system-deps: ## install the Debian packages the tests use (qpdf, poppler-utils)
	@bash .ci/system-deps.sh

run: venv forms ## open the application
	$(BIN)/msvlo-desktop

test: venv forms system-deps ## run the whole test suite with no display
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_WORKERS)

test-long: venv forms system-deps ## the suite plus the long reliability and fuzz runs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --run-slow

lint: venv ## ruff and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: venv ## rewrite the code in the house style
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: venv forms ## build synthetic vaults of growing size and print the performance table
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

screenshots: venv forms ## refresh docs/screenshots from the training vault
	QT_QPA_PLATFORM=offscreen $(PY) -m msvlo_desktop.gui.screenshots docs/screenshots

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build *.egg-info
