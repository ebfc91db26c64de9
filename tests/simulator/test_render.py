"""The simulator's fast record renderer writes exactly what the trusted encoder writes."""

from __future__ import annotations

from typing import Any

import pytest

from qbdlink.qbxml import LocalProtocolError
from qbdlink.qbxml.codec import Encoder
from qbdlink.qbxml.spec import get_spec
from qbdlink.simulator.render import render_ret


def _encoded(element: str, data: dict[str, Any]) -> str:
    spec = get_spec("13.0")
    out: list[str] = []
    Encoder(spec, trusted=True).element(element, data, spec.complex(element), element, out)
    return "".join(out)


@pytest.mark.parametrize(
    ("element", "data"),
    [
        (
            "InvoiceRet",
            {
                "Memo": "Rent & <fees>",
                "TxnID": "1-1",
                "CustomerRef": {"FullName": "A", "ListID": "8-1"},
                "InvoiceLineRet": [
                    {"TxnLineID": "2-1", "Amount": "1.00"},
                    {"TxnLineID": "3-1", "Desc": ""},
                ],
                "IsPaid": "false",
            },
        ),
        ("CustomerRet", {"Name": "A", "ListID": "8-1", "BillAddress": {}}),
        ("CustomerRet", {"Name": "A", "ListID": "8-1", "Balance": 12}),  # typed: the encoder
    ],
)
def test_renders_as_the_trusted_encoder(element: str, data: dict[str, Any]) -> None:
    spec = get_spec("13.0")

    assert render_ret(spec, element, data) == _encoded(element, data)


def test_refuses_what_the_encoder_refuses() -> None:
    with pytest.raises(LocalProtocolError, match="NoSuchField"):
        render_ret(get_spec("13.0"), "CustomerRet", {"Name": "A", "NoSuchField": "x"})


def test_a_reference_rendered_again_is_written_as_before_and_others_as_their_own() -> None:
    spec = get_spec("13.0")
    records = [
        {"TxnID": "1-1", "CustomerRef": {"ListID": "8-1", "FullName": "A & B"}},
        {"TxnID": "1-2", "CustomerRef": {"FullName": "A & B", "ListID": "8-1"}},
        {"TxnID": "1-3", "CustomerRef": {"ListID": "8-2", "FullName": "C"}},
        {"TxnID": "1-4", "CustomerRef": {"ListID": "8-1", "FullName": "A & B"}},
    ]

    for data in records:
        assert render_ret(spec, "InvoiceRet", data) == _encoded("InvoiceRet", data)


@pytest.mark.parametrize("full_name", [5, {"#text": "A"}])
def test_a_reference_with_a_value_that_is_not_text_is_the_encoders_to_refuse(
    full_name: Any,
) -> None:
    spec = get_spec("13.0")
    render_ret(spec, "InvoiceRet", {"TxnID": "1-1", "CustomerRef": {"ListID": "8-1"}})

    with pytest.raises(LocalProtocolError, match="FullName: expected text"):
        render_ret(
            spec,
            "InvoiceRet",
            {"TxnID": "1-1", "CustomerRef": {"ListID": "8-1", "FullName": full_name}},
        )
