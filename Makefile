# newsroom — two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo lint format bench eval-attribution clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

## The archive on SQLite (or DATABASE_URL) with the demo article, at http://127.0.0.1:8000
run: install
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py load_demo
	DEBUG=1 $(PY) manage.py demo_admin --url http://$(HOST):$(PORT)/admin/
	DEBUG=1 $(PY) manage.py runserver $(HOST):$(PORT)

## The whole test suite (browser tests are skipped, with a note, where Chromium is missing)
test: install
	DJANGO_SETTINGS_MODULE=newsroom.settings_test $(PY) manage.py collectstatic --noinput -v0
	$(BIN)/pytest $(PYTEST_ARGS)

## Score the attribution engine on the annotated set (speaker P/R, span overlap F1)
eval-attribution: install
	$(PY) -m articles.attribution.evaluate

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## API latency at scale on PostgreSQL (seeds BENCH_DATABASE_URL once; see docs/api.md)
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/nr_bench
BENCH_ARTICLES ?= 100000
BENCH_CLAIMS ?= 1000000
bench: install
	$(PY) bench/ensure_database.py $(BENCH_DATABASE_URL)
	DEBUG=1 DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py migrate --noinput -v0
	@DEBUG=1 DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) -c "import django,os;os.environ.setdefault('DJANGO_SETTINGS_MODULE','newsroom.settings');django.setup();from articles.models import Claim;raise SystemExit(0 if Claim.objects.count()>=$(BENCH_CLAIMS) else 1)" \
		|| DEBUG=1 DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) manage.py seed_synthetic --articles $(BENCH_ARTICLES) --claims $(BENCH_CLAIMS) --seed 7
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) bench/api_bench.py $(BENCH_ARGS)
	DATABASE_URL=$(BENCH_DATABASE_URL) $(PY) bench/pages_bench.py

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache test-artifacts
