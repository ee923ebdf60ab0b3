# One command to try the bot, one to run the tests; both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
AS_OF ?= 2026-03-20
LANG_ ?= es
# pytest-xdist: a worker per core; PYTEST_WORKERS=0 runs the suite in one process
PYTEST_WORKERS ?= auto

.PHONY: try test lint bench check-events install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

try: $(STAMP)
	$(BIN)/delegatebot try --lang $(LANG_) --as-of $(AS_OF)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/delegatebot check-events events
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

bench: $(STAMP)
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

check-events: $(STAMP)
	$(BIN)/delegatebot check-events events
