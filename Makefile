# Two entry points (see README): `make demo` and `make test`.
# Everything is installed into .venv/ from the pinned lock file; nothing is fetched
# from outside the package registry.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench clean

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(VENV)/bin/newswire analyze examples --db newswire.duckdb --format text

lint: setup
	$(VENV)/bin/ruff check src tests bench scripts

test: setup lint
	$(VENV)/bin/pytest -q

bench: setup
	$(PY) bench/throughput.py

clean:
	rm -rf $(VENV) newswire.duckdb
