"""The compiled decoder (``_accel.pyx``) gives exactly what the pure-Python decoder gives."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qbdlink.qbxml import RemoteProtocolError, decode_responses
from qbdlink.qbxml.codec import Decoder, _accel
from qbdlink.qbxml.messages import _decode_response_trusted, _message_element
from qbdlink.qbxml.parsing import parse_document
from qbdlink.qbxml.spec import get_spec


def decode_both(document: bytes, *, typed: bool = True) -> tuple[list[object], list[object]]:
    root, _ = parse_document(document)
    spec = get_spec()
    results = []
    for accelerated in (True, False):
        decoder = Decoder(spec, typed=typed, strict=False, accelerated=accelerated)
        responses = []
        for element in _message_element(root, "QBXMLMsgsRs"):
            ctype = spec.complex(spec.response_types[element.tag])
            response = _decode_response_trusted(decoder, element, ctype)
            responses.append(
                (response, [(record.element, dict(record)) for record in response.records])
            )
        results.append(responses)
    return results[0], results[1]


def response(body: str) -> bytes:
    return (
        '<?xml version="1.0" ?><QBXML><QBXMLMsgsRs><InvoiceQueryRs requestID="1" '
        'statusCode="0" statusSeverity="Info" statusMessage="Status OK">'
        f"{body}</InvoiceQueryRs></QBXMLMsgsRs></QBXML>"
    ).encode()


INVOICE = (
    "<InvoiceRet><TxnID>1-1</TxnID><TimeCreated>{created}</TimeCreated>"
    "<TimeModified>2024-01-02T10:11:12-05:00</TimeModified><EditSequence>1</EditSequence>"
    "<CustomerRef><FullName>Acme &amp; Sons</FullName></CustomerRef>"
    "<TxnDate>2024-01-02</TxnDate><Subtotal>{amount}</Subtotal><IsPaid>false</IsPaid>"
    "{lines}</InvoiceRet>"
)
LINE = "<InvoiceLineRet><TxnLineID>{n}</TxnLineID><Amount>1.00</Amount></InvoiceLineRet>"
GROUP = (
    "<InvoiceLineGroupRet><TxnLineID>g{n}</TxnLineID><ItemGroupRef><FullName>G</FullName>"
    "</ItemGroupRef><IsPrintItemsInGroup>true</IsPrintItemsInGroup><TotalAmount>2.00"
    "</TotalAmount></InvoiceLineGroupRet>"
)


def invoice(
    *, created: str = "2024-01-02T10:11:12-05:00", amount: str = "10.00", lines: str = ""
) -> str:
    return INVOICE.format(created=created, amount=amount, lines=lines)


@pytest.mark.skipif(os.environ.get("QBDLINK_NO_ACCEL") == "1", reason="built without it")
def test_the_compiled_decoder_is_built() -> None:
    assert _accel is not None


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(invoice(lines=LINE.format(n=1) + LINE.format(n=2)), id="plain"),
        pytest.param(invoice(created="2024-1-2T3:04:05"), id="one-digit date-time parts"),
        pytest.param(
            invoice(lines=LINE.format(n=1) + GROUP.format(n=1) + LINE.format(n=2)),
            id="interleaved lines and groups",
        ),
        pytest.param(invoice(amount=""), id="empty amount"),
        pytest.param(
            invoice().replace("<TxnID>1-1</TxnID>", '<TxnID useMacro="m">1-1</TxnID>'),
            id="attribute on a leaf",
        ),
        pytest.param(
            invoice().replace("<FullName>Acme", "<FullName><![CDATA[Acme]]> &lt;x&gt;"),
            id="CDATA and text",
        ),
        pytest.param(invoice() * 3, id="several records"),
    ],
)
def test_compiled_and_python_decoders_agree(body: str) -> None:
    accelerated, pure = decode_both(response(body))

    assert accelerated == pure


def test_compiled_and_python_decoders_agree_on_every_sample_response(
    sample_files: list[Path],
) -> None:
    responses = [p for p in sample_files if "responses" in p.parts]

    disagreements = []
    for path in responses:
        accelerated, pure = decode_both(path.read_bytes())
        if accelerated != pure:
            disagreements.append(path.name)

    assert disagreements == []


def test_a_bad_value_is_reported_the_same_way_by_the_compiled_decoder() -> None:
    document = response(invoice(amount="ten dollars"))

    with pytest.raises(RemoteProtocolError, match="Subtotal: 'ten dollars' is not a valid number"):
        decode_responses(document)


def test_an_unknown_element_is_reported_with_its_path() -> None:
    document = response(invoice().replace("<IsPaid>", "<IsPayed>x</IsPayed><IsPaid>"))

    with pytest.raises(RemoteProtocolError, match=r"InvoiceRet/IsPayed: .*did you mean 'IsPaid'"):
        decode_responses(document)
