# Two commands on a fresh machine: `make demo` and `make test`. Everything else is set up here.
SHELL := /bin/bash
UV := $(shell command -v uv 2>/dev/null)
ifeq ($(UV),)
UV := python3 -m uv
endif
VENV := .venv
STAMP := $(VENV)/.synced

.PHONY: demo test bench lint fmt spec setup clean

.PHONY: uv
uv:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv

$(STAMP): pyproject.toml uv.lock | uv
	@$(UV) sync --frozen --quiet
	@touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@$(UV) run --frozen --quiet qbdlink demo $(DEMO_ARGS)

test: $(STAMP)
	@$(UV) run --frozen --quiet pytest $(PYTEST_ARGS)

bench: $(STAMP)
	@$(UV) run --frozen --quiet qbdlink bench $(BENCH_ARGS)

lint: $(STAMP)
	@$(UV) run --frozen --quiet ruff check .
	@$(UV) run --frozen --quiet ruff format --check .
	@$(UV) run --frozen --quiet mypy

fmt: $(STAMP)
	@$(UV) run --frozen --quiet ruff format .
	@$(UV) run --frozen --quiet ruff check --fix .

# Regenerate the qbXML spec tables from ../shared/qbxml (the generated module is committed).
spec: $(STAMP)
	@$(UV) run --frozen --quiet python scripts/generate_spec.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
