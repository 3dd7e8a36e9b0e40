# Set-up and everyday tasks. `make report` and `make test` are the quick start.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KERNEL := karabakh-nb

.PHONY: help venv report test lint format notebooks lab bench golden evaluate lock clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		-c requirements.lock -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) \
		--display-name "Python 3 (karabakh-nb)" > /dev/null
	touch $@

venv: $(STAMP)  ## create .venv/ with pinned dependencies and the project kernel

report: $(STAMP)  ## render the HTML reports of the bundled seeds into reports/
	$(BIN)/karabakh-nb render -o reports
	@echo "open reports/index.html"

test: $(STAMP)  ## lint and type-check, then every test (unit, notebooks with nbval, browser)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)  ## ruff check and format check only
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(STAMP)  ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

notebooks: $(STAMP)  ## re-execute the committed notebooks in place from a clean kernel
	$(BIN)/python -m karabakh_nb.render --refresh-notebooks

golden: $(STAMP)  ## rewrite tests/golden/ (every table of every test file) and show the diff
	$(BIN)/python -m tests.golden
	@git --no-pager diff --stat -- tests/golden; git --no-pager diff --color=auto -- tests/golden

evaluate: $(STAMP)  ## score the extractors on the real-text corpus (tuning and held-out files)
	$(BIN)/karabakh-nb evaluate tests/corpus/tune
	$(BIN)/karabakh-nb evaluate tests/corpus/heldout

lab: $(STAMP)  ## start JupyterLab on localhost, opened on notebooks/
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=notebooks \
		$(if $(filter 0,$(shell id -u)),--allow-root)

bench: $(STAMP)  ## run the benchmark scripts and print their figures
	$(BIN)/python benchmarks/bench_parse_facts.py
	$(BIN)/python benchmarks/bench_render.py

lock:  ## re-resolve the pinned versions into requirements.lock
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/python -m pip install --quiet -e '.[test]'
	.lockenv/bin/python -m pip freeze --exclude-editable | grep -v '^karabakh' > requirements.lock
	rm -rf .lockenv

clean:  ## remove the virtual environment and generated reports
	rm -rf $(VENV) reports test-artifacts .pytest_cache .ruff_cache
