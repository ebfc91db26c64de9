"""Reports computed from the simulated company's ledger, in QuickBooks' ``ReportRet`` shape.

One module per report family; importing this package registers them all (``base.report``) and
the report request handlers (``base.report_query``).
"""

from qbdlink.simulator.reports import aging, base, detail, financial, lists  # noqa: F401
