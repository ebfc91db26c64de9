# Two commands on a fresh machine: `make demo` and `make test`. Everything else is set up here.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := python3 -m uv
endif
VENV := .venv
STAMP := $(VENV)/.synced

.PHONY: demo test bench reliability lint fmt spec setup clean

.PHONY: uv
uv:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv

$(STAMP): pyproject.toml uv.lock | uv
	@$(UV) sync --frozen --quiet
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@$(UV) run --frozen --quiet qbdlink demo $(DEMO_ARGS)

# The suite runs on TEST_WORKERS processes (pytest-xdist): two on this project's 2-core machines
# (a third was no faster); TEST_WORKERS=auto takes every core, 0 runs it in one process. `worksteal`
# hands out single tests and rebalances at the end (`load` left one worker idle for 100 s); the
# grouping modes drop tests that share a node id (the OpenAPI fuzz cases). One file: plain
# `uv run --frozen pytest tests/x.py` (serial). See docs/decisions.md.
TEST_WORKERS ?= 2
test: $(STAMP)
	@$(UV) run --frozen --quiet pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# Then the chart, the README's speed table and docs/PERFORMANCE.md's figures, from the same run.
bench: $(STAMP)
	@$(UV) run --frozen --quiet qbdlink bench $(BENCH_ARGS)
	@$(UV) run --frozen --quiet python scripts/bench_report.py

# Fault injection on real processes (hub, simulated QuickBooks, connector; SQLite and PostgreSQL).
# 5-6 minutes (at most ~9); not part of `make test`. RELIABILITY_ARGS='--seed N' replays a plan.
reliability: $(STAMP)
	@$(UV) run --frozen --quiet python -m reliability $(RELIABILITY_ARGS)

lint: $(STAMP)
	@$(UV) run --frozen --quiet ruff check .
	@$(UV) run --frozen --quiet ruff format --check .
	@$(UV) run --frozen --quiet mypy
	@# import-linter has no quiet mode: its report is shown only when a contract is broken.
	@out=$$($(UV) run --frozen --quiet lint-imports --no-cache 2>&1) || { echo "$$out"; exit 1; }

fmt: $(STAMP)
	@$(UV) run --frozen --quiet ruff format .
	@$(UV) run --frozen --quiet ruff check --fix .

# The one-file connector for this OS and bitness in dist/ (PyInstaller; docs/connector.md,
# "Packaging and signing"). PACKAGE_ARGS='--version 1.2.3 --no-qt --out DIR' pass through.
.PHONY: package-connector
package-connector: $(STAMP)
	@$(UV) run --frozen --quiet python scripts/package_connector.py $(PACKAGE_ARGS)

# Regenerate the qbXML spec tables from ../shared/qbxml (the generated module is committed).
spec: $(STAMP)
	@$(UV) run --frozen --quiet python scripts/generate_spec.py

# Regenerate the typed Python client (clients/python/, package qbdlink_client) from the hub's
# OpenAPI document; the generated code is committed (docs/api/client.md, "Regenerate").
.PHONY: client
client: $(STAMP)
	@$(UV) run --frozen --quiet python scripts/generate_client.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
