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
LOCK_DEV    := requirements/dev.txt
LOCK_BUNDLE := requirements/bundle.txt
BUNDLE_STAMP := $(VENV)/.bundle-stamp
UV_VERSION  := 0.13.9

.DEFAULT_GOAL := help
.PHONY: help venv run test test-long lint format forms system-deps qt-deps bench screenshots clean \
        lock notices bundle bundle-check

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	$(PYTHON) -m venv $(VENV)

# Exactly the locked tree (every package, indirect ones included, checked against its hash),
# then the application itself without resolving anything again.
$(STAMP): $(LOCK_DEV) pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK_DEV)
	$(PY) -m pip install --quiet --no-deps -e .
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

qt-deps: $(STAMP) ## install the Debian libraries Qt's xcb (X11) plugin needs to open a window
	@bash .ci/qt-deps.sh $(PY)

run: venv forms qt-deps ## open the application
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
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

lock: ## refresh requirements/*.txt: the whole tree, hashed, for every platform (uses uv)
	$(PYTHON) -m venv build/uv-venv
	build/uv-venv/bin/python -m pip install --quiet uv==$(UV_VERSION)
	for lock in app dev bundle; do \
	  extra=$$( [ $$lock = app ] || echo "--extra $$lock" ); \
	  build/uv-venv/bin/uv pip compile pyproject.toml $$extra --universal --generate-hashes \
	    --python-version 3.11 --index-url https://pypi.org/simple \
	    --custom-compile-command "make lock" --quiet -o requirements/$$lock.txt || exit 1; \
	done
	bash tools/check_wheels.sh build/uv-venv/bin/uv requirements/app.txt
	@echo "Now: make notices (THIRD-PARTY-NOTICES), make test, make bundle bundle-check."

notices: venv ## regenerate THIRD-PARTY-NOTICES from the installed distributions
	$(PY) tools/third_party_notices.py

$(BUNDLE_STAMP): $(LOCK_BUNDLE) $(STAMP)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK_BUNDLE)
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

bundle: $(BUNDLE_STAMP) forms ## build the frozen application in dist/msvlo/ (PyInstaller)
	$(PY) tools/make_icons.py build/icons
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/msvlo.spec
	cp LICENSE THIRD-PARTY-NOTICES dist/msvlo/
	@du -sh dist/msvlo

bundle-check: ## run the frozen application: msvlo --version, demo, report; the window offscreen
	bash packaging/bundle-check.sh dist/msvlo build/pyinstaller/msvlo/warn-msvlo.txt

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist *.egg-info
