# The workbook's commands. `make lab` to learn, `make test` to check everything.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
LAB_ARGS ?=
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

# Lessons and tests must never find NLTK data: everything works without it.
export NLTK_DATA := $(CURDIR)/.nltk-empty
# Sets print in a stable order, so stored notebook outputs stay comparable.
export PYTHONHASHSEED := 0
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

LESSONS := $(sort $(wildcard notebooks/*.ipynb))
SOLUTIONS := $(sort $(wildcard solutions/*.ipynb))
EXERCISES := $(sort $(wildcard exercises/*.ipynb))
NBVAL := $(PY) -m pytest -q -p no:cacheprovider --nbval-current-env \
         --nbval-sanitize-with tests/sanitize.cfg
# Notebooks are run and stored with an empty my-work of their own, outside the copy, so
# that neither a developer's own work nor a run's leftovers change what the lessons show.
RUN_WORK := $(or $(TMPDIR),/tmp)/narratives-run-$(shell id -u)-$(shell printf '%s' '$(CURDIR)' | cksum | cut -d' ' -f1)
FRESH_WORK = rm -rf $(RUN_WORK) && mkdir -p $(RUN_WORK) && NARRATIVES_MY_WORK=$(RUN_WORK)/my-work

.PHONY: lab test unit nbval browser routes notebooks exercises bench nltk-versions clean

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt -r requirements-test.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

$(NLTK_DATA):
	mkdir -p $@

# JupyterLab settings the workbook needs (settings/overrides.json: widget state saved with
# the notebook, so a reopened lesson shows its widgets), as the environment's defaults.
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
$(LAB_SETTINGS): settings/overrides.json $(STAMP)
	mkdir -p $(@D)
	cp $< $@

lab: $(STAMP) $(LAB_SETTINGS)
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=. \
	  --LabApp.default_url=/lab/tree/notebooks/00-start-here.ipynb $(LAB_ARGS)

test: unit nbval browser routes nltk-versions

# Answers checked by doctests are kept as a learner's are: in a work folder of the run's own.
unit: $(STAMP) $(NLTK_DATA)
	NARRATIVES_MY_WORK=$$(mktemp -d)/my-work $(PY) -m pytest -q --doctest-modules narratives \
	  tests --ignore=tests/browser --ignore=tests/routes

# Where classes run (slower: installs, fresh environments, whole lessons): a hub's
# read-only image with the lessons in a learner's copy, a real JupyterHub workshop
# (configurable-http-proxy installed by `npm ci` in tests/routes/hub/; without npm the
# hub test says why it skips, and fails with REQUIRE_BROWSER=1), and Binder's environment.
routes: $(STAMP) $(NLTK_DATA)
	$(PY) -m pytest -q -p no:cacheprovider -rs tests/routes

nbval: $(STAMP) $(NLTK_DATA)
	$(FRESH_WORK) $(NBVAL) --nbval $(LESSONS) $(SOLUTIONS)
	$(if $(EXERCISES),$(FRESH_WORK) $(NBVAL) --nbval-lax $(EXERCISES),@echo "No exercises to run yet.")
	rm -rf $(RUN_WORK)

# JupyterLab in Chromium, as a learner uses it; skipped with a clear line when Chromium
# is missing, a failure with REQUIRE_BROWSER=1. Screenshots: test-artifacts/screenshots/.
# axe-core (accessibility) is installed from npm by the tests (`npm ci` in tests/browser/);
# its report: test-artifacts/axe-report.txt.
browser: $(STAMP) $(NLTK_DATA) $(LAB_SETTINGS)
	$(PY) -m pytest -q -p no:cacheprovider -rs tests/browser

# Authors write solutions/; this writes exercises/ from them (never edit exercises/ by hand).
exercises: $(STAMP)
	$(PY) -m narratives exercises

# Re-run lessons and solutions and store their outputs; NOTEBOOKS="a.ipynb b.ipynb" for some.
# Running it twice leaves `git diff` empty: no timings, widget ids made from each file.
NOTEBOOKS ?= $(LESSONS) $(SOLUTIONS)
notebooks: $(STAMP) $(NLTK_DATA)
	$(FRESH_WORK) $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.kernel_name=python3 --ExecutePreprocessor.record_timing=False \
	  --ExecutePreprocessor.store_widget_state=False $(NOTEBOOKS)
	$(PY) -m narratives tidy $(NOTEBOOKS)
	rm -rf $(RUN_WORK)

# Speed targets: every benchmarks/bench_*.py prints its figures and fails when one is missed.
bench: $(STAMP) $(NLTK_DATA)
	@status=0; for script in $(sort $(wildcard benchmarks/bench_*.py)); do \
	  echo "== $$script"; $(PY) $$script || status=1; done; exit $$status

# The same sentences under the oldest NLTK allowed: installs it in a throwaway environment.
nltk-versions: $(STAMP) $(NLTK_DATA)
	$(PY) tests/other_nltk.py

clean:
	rm -rf $(VENV) $(NLTK_DATA) $(RUN_WORK) test-artifacts tests/browser/node_modules \
	  tests/routes/hub/node_modules
