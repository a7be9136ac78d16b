# Two commands on a fresh clone (Python 3.11+ and make only):
#   make demo       installs grantcheck in .venv and checks every file in examples/
#   make test       installs grantcheck and its test tools in .venv and runs every test
#   make test-fast  the same without the tests marked slow (browser, pre-commit, wheel,
#                   mypy, ruff, the deep property sweeps, and the cases that each start
#                   grantcheck in a subprocess beyond one representative an area):
#                   about three minutes on 2 cores (the whole suite from a clean
#                   clone: 4 min 56 s on 2 cores with little else running, at
#                   b00dbc4); for an edit-test loop run the test modules you touched
# Both run on every core (pytest-xdist's -n auto); add PYTEST_ARGS=-n0 for one process.
# The slow tests guard bounds and protections (hostile input, outputs, limits, trust):
# run make test before landing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test test-fast docs bench clean

# The install is one process on one core while the tests run on every core, so its seconds
# count whole (measured side by side in fresh environments on the shared 2-core machine,
# 28 November 2026). Upgrading pip costs 2.3 CPU-seconds and pays for itself: the install
# below took 34.7 CPU-seconds with the venv's own pip 23.2 and 21.3 with pip 26.3. Compiling
# every installed module to bytecode (mypy's, playwright's, hypothesis's, ...) was 10 of
# those 21: --no-compile leaves it to the first import, which compiles only what the tests
# import (about 4 CPU-seconds, on both cores) and keeps it (make test writes bytecode).
$(BIN)/grantcheck: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("grantcheck needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-compile -e '.[test]'
	touch $@

# A folder search takes YAML files only; the example register is named.
# Exit code 1 means "findings at or above --fail-on", which the examples are
# meant to show; only 2 (bad input) or worse fails the demo. The two versions
# of one scheme in before-after/ share its id (checked together, grantcheck
# warns of a repeat): the demo compares them with diff instead.
demo: $(BIN)/grantcheck
	$(BIN)/grantcheck check examples/ examples/register.csv --exclude before-after \
		|| test $$? -eq 1
	$(BIN)/grantcheck diff examples/before-after/community-chest-2025.yaml \
		examples/before-after/community-chest-2026.yaml || test $$? -eq 1

# Work stealing: an idle worker takes queued tests from a busy one, so a few long tests
# (the corpus measured whole, the PDF parity sweep) do not leave one core idle at the end.
PYTEST_ARGS ?= -n auto --dist worksteal

# Tests run with bytecode caching on, even where the shell turns it off
# (PYTHONDONTWRITEBYTECODE): pytest then keeps each test module's rewritten
# assertions instead of rewriting all of them on every run (about 3 s of 28).
test: $(BIN)/grantcheck
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q $(PYTEST_ARGS)

test-fast: $(BIN)/grantcheck
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -m "not slow" $(PYTEST_ARGS)

docs: $(BIN)/grantcheck
	$(BIN)/python -m grantcheck.docs

bench: $(BIN)/grantcheck
	$(BIN)/python -m pip install --quiet yamllint
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) build dist
