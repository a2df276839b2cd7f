# Two commands: `make demo` sets up and runs newsgraph on the model article; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEED := ../shared/corpus/seed/iran-aleppo-2024-11-30.txt

.PHONY: setup system-deps demo test bench evaluate

$(BIN)/newsgraph: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

setup: $(BIN)/newsgraph

demo: setup
	$(BIN)/newsgraph extract $(SEED)
	$(BIN)/newsgraph ingest $(dir $(SEED)) --db newsgraph.duckdb
	$(BIN)/newsgraph quotes --speaker Masjedi --db newsgraph.duckdb
	$(BIN)/newsgraph serve --db newsgraph.duckdb

# Chromium for the browser tests, Java for Spark: apt-get installs them when missing
system-deps:
	bash tools/install-system-deps.sh

test: setup system-deps
	$(BIN)/python -m pytest -q

evaluate: setup
	$(BIN)/newsgraph evaluate ../shared/corpus
	$(BIN)/newsgraph evaluate-attribution ../shared/eval/polnear/dev
	$(BIN)/newsgraph evaluate-time ../shared/eval/timeml/aquaint
	$(BIN)/newsgraph evaluate-events

bench: setup
	$(BIN)/newsgraph bench --articles 500
