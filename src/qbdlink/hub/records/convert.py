"""QuickBooks records as the REST API shows them: snake_case keys, JSON-safe values.

``CustomerRef`` becomes ``customer_ref``, ``TxnID`` ``txn_id``, ``Tax1Amount`` ``tax1_amount``.
Amounts stay exact as strings (``"1450.00"``), dates and times are ISO 8601, booleans and
integers stay as they are, and repeated elements are always lists (the schema says which).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@lru_cache(maxsize=4096)
def snake_case(name: str) -> str:
    """qbXML's ``TxnLineID`` as ``txn_line_id``."""
    return _BOUNDARY.sub("_", name).lower()


def to_api(value: Any) -> Any:
    """A decoded qbXML value (records, lists, Decimal, dates) as snake_case JSON data."""
    if isinstance(value, dict):
        return {snake_case(k): to_api(v) for k, v in value.items() if not k.startswith("#")}
    if isinstance(value, list):
        return [to_api(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):  # qbXML's DURATIONTYPE (an employee's sick hours...)
        return _duration(value)
    return value


def _duration(value: timedelta) -> str:
    # The form QuickBooks writes (PT8H30M0S), so a value read back can be sent unchanged.
    seconds = int(value.total_seconds())
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    return f"{sign}PT{seconds // 3600}H{seconds % 3600 // 60}M{seconds % 60}S"
