# Two commands: `make run` (install, analyse the shipped examples into ./rayzan.db,
# print what was stored) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= rayzan.db

.PHONY: run test install install-test serve bench clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("Rayzan needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	$(BIN)/rayzan ingest examples --db $(DB)
	$(BIN)/rayzan show --all --db $(DB)
	@echo
	@echo "Explore it in the dashboard:  $(BIN)/rayzan serve --db $(DB)   then open http://127.0.0.1:8000/"

# (the suite's subprocess and server tests dominate its time: one worker per core, at most four)
test: install-test
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4

serve: install
	$(BIN)/rayzan serve --db $(DB)

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache test-artifacts
