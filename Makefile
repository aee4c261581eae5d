# Frontline's two commands: `make run` serves the forum, `make test` proves it. Both set everything up first.
SHELL := /bin/bash
.DEFAULT_GOAL := run

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BUN_VERSION := 1.4.5

export PATH := $(CURDIR)/.tools/node_modules/.bin:$(CURDIR)/$(VENV)/bin:$(PATH)
export REFLEX_USE_SYSTEM_BUN := 1
export REFLEX_TELEMETRY_ENABLED := false
export REFLEX_CHECK_LATEST_VERSION := 0
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test bench setup migrate demo lint unit e2e browser services clean

## run: set up, migrate, load the demo content and serve the forum on http://127.0.0.1:3000 (SQLite)
run: demo
	$(VENV)/bin/reflex run --env prod

## test: set up, then lint and run every test (unit, services, migrations, browser)
test: setup browser services lint
	$(PY) -m pytest -q tests --ignore=tests/e2e
	$(PY) -m pytest -q tests/e2e

## bench: performance benchmarks, printed as tables
bench: setup
	$(PY) -m forum.bench

setup: $(VENV)/.installed .tools/node_modules/.bin/bun

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $@

.tools/node_modules/.bin/bun:
	npm install --prefix .tools --no-audit --no-fund --loglevel=error bun@$(BUN_VERSION)

migrate: setup
	$(PY) -m alembic upgrade head

demo: migrate
	$(PY) -m forum demo load

lint: setup
	$(VENV)/bin/ruff check .

unit: setup services
	$(PY) -m pytest -q tests --ignore=tests/e2e

e2e: setup browser services
	$(PY) -m pytest -q tests/e2e

# Debian's chromium for the browser tests (Playwright cannot download its own browsers here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The PostgreSQL and Redis servers the tests use; started if they have stopped.
services:
	@pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start
	@redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || redis-server --daemonize yes --bind 127.0.0.1 -::1 \
		--port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log

clean:
	rm -rf .web .states reflex.lock
