# Set-up and everyday tasks. `make report` and `make test` are the quick start.
#
# The environment: an active virtualenv ($VIRTUAL_ENV) or conda environment ($CONDA_PREFIX,
# other than conda's `base`) is used as it is; otherwise make creates $(VENV) from $(PYTHON).
# `make VENV=DIR ...` always uses DIR. Either way the pins of requirements.lock are installed
# and the `karabakh-nb` Jupyter kernel the notebooks ask for is registered in it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
ifeq ($(origin VENV),file)
ACTIVE := $(or $(VIRTUAL_ENV),$(if $(filter-out base,$(CONDA_DEFAULT_ENV)),$(CONDA_PREFIX)))
ifeq ($(abspath $(ACTIVE)),$(abspath $(VENV)))
ACTIVE :=
endif
endif
ENV_DIR := $(or $(ACTIVE),$(VENV))
BIN     := $(ENV_DIR)/bin
PY      := $(BIN)/python
# Stamps: the package with its dependencies (and the kernel); then the test tools.
STAMP      := $(ENV_DIR)/.karabakh-nb-installed
TEST_STAMP := $(ENV_DIR)/.karabakh-nb-test-installed
KERNEL     := karabakh-nb
PIP        := $(PY) -m pip install --quiet --disable-pip-version-check -c requirements.lock
# `make test` installs Debian's Chromium for the browser tests when it is missing and it can
# (as root, or with passwordless sudo); CHROMIUM_INSTALL=no never does.
CHROMIUM_INSTALL ?= yes

.PHONY: help venv env report test chromium lint format notebooks lab bench golden evaluate \
	lock clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock
ifeq ($(ACTIVE),)
	$(PYTHON) -m venv $(VENV)
else
	@echo "make: using the active environment $(ACTIVE)"
endif
	$(PIP) -e .
	$(PY) -m ipykernel install --sys-prefix --name $(KERNEL) \
		--display-name "Python 3 (karabakh-nb)" > /dev/null
	touch $@

$(TEST_STAMP): $(STAMP)
	$(PIP) -e '.[test]'
	touch $@

venv: $(TEST_STAMP)  ## set up the environment (.venv/ or the active one): pins, tests, kernel

env:  ## say which environment make uses
	@echo "$(if $(ACTIVE),active environment,make's own environment): $(ENV_DIR)"

report: $(STAMP)  ## render the HTML reports of the bundled seeds into reports/
	$(BIN)/karabakh-nb render -o reports
	@echo "open reports/index.html"

test: $(TEST_STAMP) chromium  ## lint and type-check, then every test (unit, notebooks with nbval, browser)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PY) -m pytest

# Found where tests/browser_support.py looks: $KARABAKH_NB_CHROMIUM, else chromium on PATH.
# KARABAKH_NB_CHROMIUM=none acts as if there were none, without removing it (a fresh
# machine where it cannot be installed): `make test KARABAKH_NB_CHROMIUM=none` installs
# nothing and skips the browser tests.
chromium:  ## install Chromium for the browser tests if missing (as root or with passwordless sudo)
	@if [ -n "$$KARABAKH_NB_CHROMIUM" ] && [ -x "$$KARABAKH_NB_CHROMIUM" ] \
		|| command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 \
		|| [ "$$KARABAKH_NB_CHROMIUM" = none ] \
		|| [ "$(CHROMIUM_INSTALL)" = no ] || ! command -v apt-get >/dev/null 2>&1; then exit 0; fi; \
	if [ "$$(id -u)" -eq 0 ]; then sudo=; \
	elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; \
	else exit 0; fi; \
	echo "make: installing Chromium for the browser tests (apt-get install chromium)"; \
	{ $$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
		&& $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends chromium fonts-dejavu-core >/dev/null; } \
	|| echo "make: could not install Chromium; the browser tests will be skipped"

lint: $(TEST_STAMP)  ## ruff check and format check only
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

format: $(TEST_STAMP)  ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .

notebooks: $(STAMP)  ## re-execute the committed notebooks in place from a clean kernel
	$(PY) -m karabakh_nb.render --refresh-notebooks

golden: $(TEST_STAMP)  ## rewrite tests/golden/ (every table of every test file) and show the diff
	$(PY) -m tests.golden
	@git --no-pager diff --stat -- tests/golden; git --no-pager diff --color=auto -- tests/golden

evaluate: $(STAMP)  ## score the extractors on the real-text corpus (tuning and held-out files)
	$(BIN)/karabakh-nb evaluate tests/corpus/tune
	$(BIN)/karabakh-nb evaluate tests/corpus/heldout

lab: $(STAMP)  ## start JupyterLab on localhost, opened on notebooks/
	$(BIN)/jupyter lab --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=notebooks \
		$(if $(filter 0,$(shell id -u)),--allow-root)

bench: $(TEST_STAMP)  ## run the benchmark scripts and print their figures
	$(PY) benchmarks/bench_parse_facts.py
	$(PY) benchmarks/bench_render.py

lock:  ## re-resolve the pinned versions into requirements.lock
	rm -rf .lockenv && $(PYTHON) -m venv .lockenv
	.lockenv/bin/python -m pip install --quiet -e '.[test]'
	.lockenv/bin/python -m pip freeze --exclude-editable | grep -v '^karabakh' > requirements.lock
	rm -rf .lockenv

clean:  ## remove make's own environment (never an active one) and generated reports
	rm -rf $(VENV) reports test-artifacts .pytest_cache .ruff_cache
