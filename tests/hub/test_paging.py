"""Opaque list cursors: what ``next_cursor`` encodes comes back exactly, anything else is a 422."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qbdlink.hub.errors import InvalidRequest
from qbdlink.hub.paging import check_limit, decode_cursor, encode_cursor


@given(
    created_at=st.datetimes(timezones=st.just(UTC)),
    row_id=st.text(min_size=1, max_size=40),
)
def test_a_cursor_gives_back_the_row_it_was_made_after(created_at: datetime, row_id: str) -> None:
    assert decode_cursor(encode_cursor(created_at, row_id)) == (created_at, row_id)


def test_a_cursor_after_a_row_with_no_time_gives_back_none() -> None:
    assert decode_cursor(encode_cursor(None, "80000001-1700000000")) == (
        None,
        "80000001-1700000000",
    )


@pytest.mark.parametrize("cursor", ["", "not-base64!", "W10", "WyJ4Il0", "eyJhIjoxfQ"])
def test_a_cursor_this_api_did_not_make_is_refused_with_a_clear_error(cursor: str) -> None:
    with pytest.raises(InvalidRequest) as refused:
        decode_cursor(cursor)

    assert refused.value.code == "invalid_cursor"


@pytest.mark.parametrize("limit", [0, -1, 501])
def test_a_limit_out_of_range_names_the_most_one_may_ask_for(limit: int) -> None:
    with pytest.raises(InvalidRequest) as refused:
        check_limit(limit, "operations")

    assert "at most 500 operations" in refused.value.user_facing_message
