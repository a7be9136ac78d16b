# Two commands on a fresh clone (Python 3.11+ and make only):
#   make demo       installs grantcheck in .venv and checks every file in examples/
#   make test       installs grantcheck and its test tools in .venv and runs every test
#   make test-fast  the same without the slow ones (browser, pre-commit, wheel, mypy,
#                   ruff, the deep property sweeps): for the edit-test loop
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test test-fast docs bench clean

$(BIN)/grantcheck: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("grantcheck needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# A folder search takes YAML files only; the example register is named.
# Exit code 1 means "findings at or above --fail-on", which the examples are
# meant to show; only 2 (bad input) or worse fails the demo.
demo: $(BIN)/grantcheck
	$(BIN)/grantcheck check examples/ examples/register.csv || test $$? -eq 1

test: $(BIN)/grantcheck
	$(BIN)/python -m pytest -q

test-fast: $(BIN)/grantcheck
	$(BIN)/python -m pytest -q -m "not slow"

docs: $(BIN)/grantcheck
	$(BIN)/python -m grantcheck.docs

bench: $(BIN)/grantcheck
	$(BIN)/python -m pip install --quiet yamllint
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) build dist
