# Two commands do all the set-up (see README.md): `make run` and `make test`.
# Both create the virtual environment on first use from pyproject.toml and requirements.lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint lock clean

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "interviewer needs Python 3.11 or newer (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	@touch $(STAMP)

## run: open the live interview TUI on the bundled generic question bank
run: $(STAMP)
	$(BIN)/interviewer interview

## test: lint, type-check and run the whole test suite (what CI runs)
test: $(STAMP)
	@./scripts/system-deps.sh
	$(BIN)/ruff check interviewer tests benchmarks
	$(BIN)/mypy
	MERMAID_JS=$(CURDIR)/.cache/mermaid/package/dist/mermaid.min.js $(BIN)/python -m pytest

## lock: re-resolve the pinned versions in requirements.lock from pyproject.toml
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	.lock-venv/bin/python -m pip freeze --exclude-editable | grep -v '^-e' > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
