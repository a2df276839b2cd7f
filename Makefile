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

# the demo's store holds only the model article and is made afresh each run, so a store an older
# newsgraph wrote (another table layout) never stops it; your own stores are left alone
DEMO_DB := demo.duckdb

demo: setup
	$(BIN)/newsgraph extract $(SEED)
	rm -f $(DEMO_DB) $(DEMO_DB).wal $(DEMO_DB).ingest-lock
	$(BIN)/newsgraph ingest $(dir $(SEED)) --db $(DEMO_DB)
	$(BIN)/newsgraph quotes --speaker Masjedi --db $(DEMO_DB)
	$(BIN)/newsgraph serve --db $(DEMO_DB)

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
