# Parley: `make run` serves the dashboard, `make test` runs the whole suite.
# Both create the virtual environment (.venv) and install what they need on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
# Local development only: `make run` turns DEBUG on so no SECRET_KEY is needed, and
# `make setup` writes local.env (DEBUG=1) that manage.py reads, so the README's
# `.venv/bin/python manage.py …` commands work as written (parley/local_env.py).
DEV := DEBUG=1
LOCAL_ENV := local.env
# Where `make run` serves: `make run PORT=8080` or `make run HOST=0.0.0.0 PORT=8080`.
HOST ?= 127.0.0.1
PORT ?= 8000
# pytest-xdist workers for the test targets: one per core, each with its own test database.
WORKERS ?= auto

.PHONY: run setup test test-fast test-sqlite test-postgres lint migrations-check chromium redis admin bench clean evaluate map-data

run: setup ## Set up everything and serve the dashboard at http://127.0.0.1:8000/ (HOST, PORT)
	$(DEV) $(BIN)/python manage.py runserver $(HOST):$(PORT)

setup: $(INSTALLED) $(LOCAL_ENV) map-data ## Virtual environment, dependencies, local.env, the map data, database, the reference chronology, the seeds
	$(DEV) $(BIN)/python manage.py migrate --noinput
	$(DEV) $(BIN)/python manage.py load_chronology
	$(DEV) $(BIN)/python manage.py load_corpus

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# The events map's world outline (build/topojson/, never committed): scripts/fetch_map_data.py
# takes it from the npm package of the plotly.js release the installed plotly bundles, pinned
# by version and checksum (22 MB, once; then it only checks the files are there).
map-data: $(INSTALLED)
	$(BIN)/python scripts/fetch_map_data.py

# Kept once written: a person may have edited it (removed by `make clean`).
$(LOCAL_ENV): | $(INSTALLED)
	$(BIN)/python -c 'from pathlib import Path; from parley.local_env import write_local_env; write_local_env(Path("$@"))'

test: lint migrations-check test-sqlite test-postgres ## Install, lint, check migrations, run every test on both databases

# The quick loop while working: no process, server, browser or PostgreSQL (tests marked slow
# or browser run in `make test`). Under a minute on 2 cores once installed.
test-fast: lint map-data ## Lint, then the unit and page tests on SQLite
	$(BIN)/python -m pytest -m "not slow and not browser" -q -n $(WORKERS)

test-sqlite: $(INSTALLED) map-data chromium redis ## The whole suite on SQLite (the default database)
	$(BIN)/python -m pytest -n $(WORKERS)

# Installs and starts Debian's postgresql if needed (scripts/postgres-for-tests), and stops
# it after the run if the run started it (pass or fail). On a server others test on too,
# name a server and database of your own: TEST_POSTGRES=postgres://…/parley_mine (pytest then
# creates test_parley_mine_gw0, … not the databases they use; that server is left alone).
# The tests that touch no database have just run in test-sqlite and are left out here.
DATABASE_TESTS = $(BIN)/python -m pytest -n $(WORKERS) --database-tests-only
test-postgres: $(INSTALLED) map-data chromium redis ## Every test that uses the database, on a local PostgreSQL server
ifdef TEST_POSTGRES
	DATABASE_URL='$(TEST_POSTGRES)' $(DATABASE_TESTS)
else
	scripts/postgres-for-tests run $(DATABASE_TESTS)
endif

# The browser tests drive Debian's Chromium (never a downloaded browser build).
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
chromium:
	@command -v chromium >/dev/null || { \
		echo "Installing Debian's chromium for the browser tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# The shared-cache tests start a redis-server of their own (Debian's package).
redis:
	@command -v redis-server >/dev/null || { \
		echo "Installing Debian's redis-server for the shared-cache tests"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq redis-server >/dev/null; }

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

migrations-check: $(INSTALLED)
	$(DEV) $(BIN)/python manage.py makemigrations --check --dry-run

admin: setup ## Create your own admin login (you choose the password)
	$(DEV) $(BIN)/python manage.py createsuperuser

# Everything the targets and tools generate: back to a fresh clone (your own files stay).
clean: ## Remove the venv, the database, local.env, caches and every generated folder
	rm -rf $(VENV) $(LOCAL_ENV) parley.sqlite3 parley.sqlite3-journal parley.sqlite3-wal \
		parley.sqlite3-shm parley.sqlite3.load-lock parley.sqlite3.writers staticfiles .pytest_cache .ruff_cache \
		.hypothesis test-results build *.egg-info $(EVAL_DB) $(BENCH_DB)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

# Extraction on the development corpus (../shared/devcorpus, or PARLEY_DEVCORPUS) against its
# gold: a fresh SQLite file of its own, dev and test figures, floors that fail the run.
EVAL_DB := /tmp/parley-evaluate
evaluate: $(INSTALLED) ## Score extraction on the development corpus (dev and test parts)
	rm -rf $(EVAL_DB) && mkdir -p $(EVAL_DB)
	$(DEV) DATABASE_URL=sqlite:///$(EVAL_DB)/evaluate.sqlite3 $(BIN)/python manage.py migrate -v0
	$(DEV) DATABASE_URL=sqlite:///$(EVAL_DB)/evaluate.sqlite3 $(BIN)/python manage.py evaluate_corpus

# Benchmarks print figures (docs/benchmarks.md records them); each uses a fresh SQLite file.
BENCH_DB := /tmp/parley-bench
bench: $(INSTALLED) ## Ingest, page and API times at scale, gunicorn under load
	rm -rf $(BENCH_DB) && mkdir -p $(BENCH_DB)
	$(DEV) DATABASE_URL=sqlite:///$(BENCH_DB)/ingest.sqlite3 $(BIN)/python manage.py migrate -v0
	$(DEV) DATABASE_URL=sqlite:///$(BENCH_DB)/ingest.sqlite3 $(BIN)/python manage.py benchmark_ingest --articles 10000 --workers 2
	$(DEV) DATABASE_URL=sqlite:///$(BENCH_DB)/scale.sqlite3 $(BIN)/python manage.py migrate -v0
	$(DEV) DATABASE_URL=sqlite:///$(BENCH_DB)/scale.sqlite3 $(BIN)/python manage.py benchmark_scale --requests 10
	SECRET_KEY=benchmark-only-$$(date +%s)-not-for-deployment-0123456789abcdef HTTPS=0 \
		DATABASE_URL=sqlite:///$(BENCH_DB)/ingest.sqlite3 WEB_CONCURRENCY=4 \
		$(BIN)/python manage.py benchmark_http --connections 32 --seconds 30
	$(DEV) $(BIN)/python manage.py benchmark_extraction
	$(DEV) $(BIN)/python manage.py benchmark_extraction --texts long
	$(DEV) DATABASE_URL=sqlite:///$(BENCH_DB)/memory.sqlite3 $(BIN)/python manage.py migrate -v0
	$(DEV) DATABASE_URL=sqlite:///$(BENCH_DB)/memory.sqlite3 $(BIN)/python manage.py benchmark_memory
