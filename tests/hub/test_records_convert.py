"""Decoded qbXML values become the API's JSON: every value type QuickBooks sends has a form."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from qbdlink.hub.records.convert import to_api
from qbdlink.qbxml.spec import SimpleType
from qbdlink.qbxml.values import from_text

DURATION = SimpleType("duration", None, None, None, None, None)


def test_an_employees_sick_hours_read_as_quickbooks_writes_them() -> None:
    assert to_api({"SickHours": {"HoursAvailable": timedelta(hours=8, minutes=30)}}) == {
        "sick_hours": {"hours_available": "PT8H30M0S"}
    }


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_a_duration_read_back_is_the_duration_quickbooks_sent(seconds: int) -> None:
    assert from_text(to_api(timedelta(seconds=seconds)), DURATION) == timedelta(seconds=seconds)
