"""The live client tests run on the end-to-end harness: a real hub process and simulated
QuickBooks (``tests/e2e/conftest.py``)."""

from __future__ import annotations

from tests.e2e.conftest import hub_server, small_company_template

__all__ = ["hub_server", "small_company_template"]
