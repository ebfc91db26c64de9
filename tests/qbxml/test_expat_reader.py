"""The expat reader (the bulk path of ``decode_responses``) gives exactly what the lxml path gives.

Each document is decoded twice, once as callers do (expat first, lxml for what it hands over)
and once with the expat reader switched off; the outcomes -- records, response fields, the
message set's version and attributes, or the error's words -- must be identical. Values are
compared by ``repr`` so a Decimal's exponent, an int for a bool or another tzinfo object would
show, not only unequal values.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qbdlink.qbxml import (
    RemoteProtocolError,
    decode_responses,
    encode_responses,
    get_spec,
    messages,
)
from qbdlink.qbxml.codec import _accel
from tests.qbxml.strategies import responses
from tests.qbxml.test_accel import GROUP, LINE, invoice, response

pytestmark = pytest.mark.skipif(
    os.environ.get("QBDLINK_NO_ACCEL") == "1", reason="built without the compiled decoder"
)


@contextmanager
def lxml_only() -> Iterator[None]:
    with mock.patch.object(messages, "_read_with_expat", return_value=None):
        yield


def outcome(document: bytes | str, **options: Any) -> tuple[Any, ...]:
    try:
        result = decode_responses(document, **options)
    except RemoteProtocolError as exc:
        return ("error", str(exc), exc.line, exc.column)
    return (
        "decoded",
        result.version,
        result.attributes,
        [
            (
                r.name,
                r.status_code,
                r.severity,
                r.message,
                r.request_id,
                r.ret_count,
                r.iterator_id,
                r.iterator_remaining_count,
                repr(r.extra),
                [(record.element, repr(dict(record))) for record in r.records],
            )
            for r in result.responses
        ],
    )


def both(document: bytes | str, **options: Any) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    expat = outcome(document, **options)
    with lxml_only():
        lxml = outcome(document, **options)
    return expat, lxml


def same_either_way(document: bytes | str, **options: Any) -> bool:
    expat, lxml = both(document, **options)
    return expat == lxml


def took_expat(document: bytes, **options: Any) -> bool:
    options.setdefault("max_bytes", messages.MAX_DOCUMENT_BYTES)
    options.setdefault("typed", True)
    options.setdefault("version", None)
    return messages._read_with_expat(document, **options) is not None


def test_the_expat_reader_is_available() -> None:
    assert _accel is not None
    assert _accel.expat_available()


def test_a_usual_page_takes_the_expat_path() -> None:
    document = response(invoice(lines=LINE.format(n=1) + LINE.format(n=2)) * 3)

    assert took_expat(document)


def test_a_usual_page_decodes_the_same_either_way() -> None:
    document = response(invoice(lines=LINE.format(n=1) + LINE.format(n=2)) * 3)

    assert same_either_way(document)


ODD_BODIES = {
    "interleaved lines and groups": invoice(
        lines=LINE.format(n=1) + GROUP.format(n=1) + LINE.format(n=2)
    ),
    "attribute on a leaf": invoice().replace(
        "<TxnID>1-1</TxnID>", '<TxnID useMacro="m">1-1</TxnID>'
    ),
    "attribute on a record": invoice().replace("<InvoiceRet>", '<InvoiceRet x="1">'),
    "CDATA and text": invoice().replace("<FullName>Acme", "<FullName><![CDATA[Acme]]> &lt;x&gt;"),
    "comment inside a value": invoice().replace("Acme &amp;", "Acme<!-- c --> &amp;"),
    "comment between elements": invoice().replace("<TxnDate>", "<!-- c --><TxnDate>"),
    "instruction inside a record": invoice().replace("<TxnDate>", "<?pi x?><TxnDate>"),
    "instruction inside a value": invoice().replace("Acme", "Ac<?pi x?>me"),
    "character references": invoice().replace("Acme", "&#65;cm&#xe9; &#x1F600;"),
    "non-ASCII text": invoice().replace("Acme", "Café Zoë 日本"),
    "whitespace-only value": invoice().replace("<FullName>Acme &amp; Sons", "<FullName>   "),
    "self-closing empty value": invoice().replace("<Subtotal>10.00</Subtotal>", "<Subtotal/>"),
    "text between elements": invoice().replace("<TxnDate>", "stray<TxnDate>"),
    "element inside a value": invoice().replace("Acme", "<b>Acme</b>"),
    "single element twice": invoice().replace(
        "<IsPaid>false</IsPaid>", "<IsPaid>false</IsPaid>" * 2
    ),
    "elements out of order": invoice()
    .replace("<TxnDate>2024-01-02</TxnDate>", "")
    .replace("<IsPaid>", "<TxnDate>2024-01-02</TxnDate><IsPaid>"),
    "unknown element": invoice().replace("<IsPaid>", "<IsPayed>x</IsPayed><IsPaid>"),
    "empty record": "<InvoiceRet></InvoiceRet>",
    "one-digit date-time parts": invoice(created="2024-1-2T3:04:05"),
    "UTC offset": invoice(created="2024-01-02T10:11:12+00:00"),
    "negative zero offset": invoice(created="2024-01-02T10:11:12-00:00"),
    "Z suffix": invoice(created="2024-01-02T10:11:12Z"),
    "no offset": invoice(created="2024-01-02T10:11:12"),
    "fractional seconds": invoice(created="2024-01-02T10:11:12.5-05:00"),
    "impossible date-time": invoice(created="2024-02-30T10:11:12-05:00"),
    "hour 24": invoice(created="2024-01-02T24:00:00-05:00"),
    "offset of a day": invoice(created="2024-01-02T10:11:12+24:00"),
    "space for T": invoice(created="2024-01-02 10:11:12-05:00"),
    "compact date": invoice().replace("<TxnDate>2024-01-02", "<TxnDate>20240102"),
    "impossible date": invoice().replace("<TxnDate>2024-01-02", "<TxnDate>2024-13-02"),
    "year zero": invoice().replace("<TxnDate>2024-01-02", "<TxnDate>0000-01-02"),
    "bool as 1": invoice().replace("<IsPaid>false", "<IsPaid>1"),
    "bool capitalised": invoice().replace("<IsPaid>false", "<IsPaid>True"),
    "bool with spaces": invoice().replace("<IsPaid>false", "<IsPaid> false "),
    "empty amount": invoice(amount=""),
    "amount with exponent": invoice(amount="1E+2"),
    "amount with spaces": invoice(amount=" 10.00 "),
    "amount not a number": invoice(amount="ten dollars"),
    "negative amount": invoice(amount="-0.00"),
    "several records": invoice() * 3,
}
INT_FORMS = [
    "7",
    "007",
    "-0",
    "-12",
    "+5",
    " 5",
    "1_000",
    "-",
    "",
    "123456789012345678",
    "1234567890123456789",
    "99999999999999999999999",
    "٣",
]


@pytest.mark.parametrize("body", ODD_BODIES.values(), ids=ODD_BODIES.keys())
def test_odd_records_decode_the_same_either_way(body: str) -> None:
    expat, lxml = both(response(body))

    assert expat == lxml


@pytest.mark.parametrize("text", INT_FORMS)
def test_integer_forms_decode_the_same_either_way(text: str) -> None:
    body = (
        invoice()
        .replace("<EditSequence>1</EditSequence>", "")
        .replace("<TxnID>1-1</TxnID>", f"<TxnID>1-1</TxnID><TxnNumber>{text}</TxnNumber>")
    )
    expat, lxml = both(response(body.replace("<TimeCreated>", "<TimeCreated>", 1)))

    assert expat == lxml


WRAPPED = {
    "two responses": (
        '<?xml version="1.0" ?><QBXML><QBXMLMsgsRs onError="continueOnError">'
        '<CustomerQueryRs requestID="1" statusCode="1" statusSeverity="Info" '
        'statusMessage="No match"/><InvoiceQueryRs requestID="2" statusCode="0" '
        'statusSeverity="Info" statusMessage="OK" retCount="1" iteratorRemainingCount="0" '
        f'iteratorID="{{1}}">{invoice()}</InvoiceQueryRs></QBXMLMsgsRs></QBXML>'
    ),
    "declared 16.0": response(invoice()).replace(b"<QBXML>", b'<?qbxml version="16.0"?><QBXML>'),
    "declared CA3.0": response(invoice()).replace(b"<QBXML>", b'<?qbxml version="CA3.0"?><QBXML>'),
    "instruction without a version": response(invoice()).replace(b"<QBXML>", b"<?qbxml?><QBXML>"),
    "unknown attribute on a response": response(invoice()).replace(b'requestID="1"', b'x="1"'),
    "statusCode not a number": response(invoice()).replace(b'statusCode="0"', b'statusCode="x"'),
    "unknown response": response(invoice()).replace(b"InvoiceQueryRs", b"InvoiceQueryRx"),
    "error recovery": response(invoice()).replace(
        b"</InvoiceQueryRs>", b"<ErrorRecovery><ListID>1</ListID></ErrorRecovery></InvoiceQueryRs>"
    ),
    "root is not QBXML": response(invoice()).replace(b"QBXML>", b"QBXMLX>"),
    "no message set": b'<?xml version="1.0" ?><QBXML></QBXML>',
    "a request set first": response(invoice()).replace(
        b"<QBXMLMsgsRs>", b'<QBXMLMsgsRq onError="stopOnError"/><QBXMLMsgsRs>'
    ),
    "two message sets": response(invoice()).replace(
        b"</QBXMLMsgsRs>", b"</QBXMLMsgsRs><QBXMLMsgsRs/>"
    ),
    "malformed": response(invoice())[:-20],
    "DOCTYPE": b'<?xml version="1.0"?><!DOCTYPE QBXML [<!ENTITY a "b">]>'
    + response(invoice())[21:],
    "UTF-16": response(invoice())
    .decode()
    .replace('version="1.0" ?>', 'version="1.0" encoding="utf-16"?>')
    .encode("utf-16"),
    "Latin-1": response(invoice().replace("Acme", "Caf\xe9"))
    .decode()
    .replace('version="1.0" ?>', 'version="1.0" encoding="ISO-8859-1"?>')
    .encode("latin-1"),
    "windows-1252": response(invoice()).replace(
        b'version="1.0" ?>', b'version="1.0" encoding="windows-1252"?>'
    ),
    "byte order mark": b"\xef\xbb\xbf" + response(invoice()),
    "empty": b"",
}


@pytest.mark.parametrize("document", WRAPPED.values(), ids=WRAPPED.keys())
def test_odd_documents_decode_the_same_either_way(document: bytes | str) -> None:
    expat, lxml = both(document)

    assert expat == lxml


def test_a_str_document_decodes_the_same_either_way() -> None:
    document = response(invoice().replace("Acme", "Café")).decode()

    assert same_either_way(document)


@pytest.mark.parametrize("typed", [True, False])
def test_text_mode_decodes_the_same_either_way(typed: bool) -> None:
    document = response(invoice(lines=LINE.format(n=1)) * 2)

    assert same_either_way(document, typed=typed)


def test_every_sample_response_decodes_the_same_either_way(sample_files: list[Path]) -> None:
    documents = [p.read_bytes() for p in sample_files if "responses" in p.parts]

    differing = [i for i, document in enumerate(documents) if not same_either_way(document)]

    assert differing == []


def test_most_sample_responses_take_the_expat_path(sample_files: list[Path]) -> None:
    documents = [p.read_bytes() for p in sample_files if "responses" in p.parts]

    taken = sum(took_expat(document) for document in documents)

    assert taken >= len(documents) * 0.8


SPEC = get_spec("13.0")
RECORD_KINDS = [
    ("CustomerQueryRs", "CustomerRet"),
    ("InvoiceQueryRs", "InvoiceRet"),
    ("ReceivePaymentQueryRs", "ReceivePaymentRet"),
    ("JournalEntryQueryRs", "JournalEntryRet"),
    ("BillQueryRs", "BillRet"),
    ("ItemQueryRs", "ItemServiceRet"),
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_valid_responses_decode_the_same_either_way(data: st.DataObject) -> None:
    name, element = data.draw(st.sampled_from(RECORD_KINDS))
    document = encode_responses([data.draw(responses(SPEC, name, element))])

    assert same_either_way(document)


MUTATIONS = [
    b"<!-- note -->",
    b"<?pi data?>",
    b"<![CDATA[x]]>",
    b" \n\t",
    b"&amp;",
    b"&#233;",
    b"&bogus;",
    b"<Memo>m</Memo>",
    b"<IsPaid>true</IsPaid>",
    b"<TxnID>9-9</TxnID>",
    b"<X/>",
    b"</InvoiceRet>",
    b"<",
    b"\x00",
    b'"',
    b"\xff",
]


@settings(max_examples=150, deadline=None)
@given(
    position=st.integers(min_value=0, max_value=10_000),
    mutation=st.sampled_from(MUTATIONS),
)
def test_mutated_documents_decode_the_same_either_way(position: int, mutation: bytes) -> None:
    original = response(invoice(lines=LINE.format(n=1) + LINE.format(n=2)))
    cut = position % (len(original) + 1)
    document = original[:cut] + mutation + original[cut:]

    expat, lxml = both(document)

    assert expat == lxml


def test_threads_decoding_at_once_each_get_their_own_records() -> None:
    # The hub decodes in a thread pool; the reader's tables are shared by every decode.
    documents = [
        response(invoice(lines=LINE.format(n=n)).replace("Acme", f"Tenant {n}") * 20)
        for n in range(4)
    ]
    expected = [outcome(document) for document in documents]
    results: dict[int, list[tuple[Any, ...]]] = {n: [] for n in range(4)}

    def decode(n: int) -> None:
        for _ in range(15):
            results[n].append(outcome(documents[n]))

    threads = [threading.Thread(target=decode, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert all(found == [expected[n]] * 15 for n, found in results.items())
