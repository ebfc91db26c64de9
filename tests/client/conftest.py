"""The live client tests run on the end-to-end harness: a real hub process and simulated
QuickBooks (``tests/e2e/conftest.py``). Its ``hub_server`` and ``small_company_template`` are
session fixtures of ``tests/conftest.py``, so the e2e tests and these share one hub per test
process."""
