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

$(STAMP): pyproject.toml requirements.lock
	test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements.lock $(QUIET_PIP)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . $(QUIET_PIP)
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(VENV)/bin/claimwatch demo

test: $(STAMP)
	bash scripts/install_chromium.sh
	HF_HUB_OFFLINE=1 $(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
