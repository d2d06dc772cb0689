# Two commands do everything from a clean clone:
#   make demo   crawl the bundled sample site, process it, serve Datasette at http://127.0.0.1:8001
#   make test   run the whole test suite (installs Debian's chromium for the browser test if missing)
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PYTHON ?= python3.11
# pip on this kind of machine warns about every optional local index it cannot find; keep real errors.
QUIET_PIP := 2>&1 | { grep -v "^WARNING: Location" || true; }
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test setup lint bench

# The last step rebuilds spaCy's parser modules: its Python 3.11 wheels take the GIL on every parser move
# (Cython profiling hooks), and about 2 minutes of compiling makes parsing about twice as fast, same parses.
$(STAMP): pyproject.toml requirements.lock scripts/build_spacy_parser.py
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.lock $(QUIET_PIP)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . $(QUIET_PIP)
	$(VENV)/bin/python scripts/build_spacy_parser.py
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(VENV)/bin/claimwatch demo

test: $(STAMP)
	bash scripts/install_chromium.sh
	HF_HUB_OFFLINE=1 $(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
