"""Exact wire behaviour of the codec (issue 12): severity words and over-long strings.

Sources, quoted where each test relies on them:

* Intuit, QuickBooks Desktop SDK, "Status codes in response messages": 0-499 Info, 500-999
  warnings, 1000 and up errors.
* consolibyte/quickbooks-php (docs example of a real receiveResponseXML):
  ``<CustomerQueryRs requestID="QnJpZGdlfDEw" statusCode="500" statusSeverity="Warn"
  statusMessage="The query request has not been fully completed. ...">``. QuickBooks' word for
  a warning is ``Warn``, never ``Warning``.
* A Python Web Connector parser's test data (a real QuickBooks response): ``<AccountAddRs
  statusCode="3070" statusSeverity="Error" statusMessage="The string &quot;a5ad6d73&quot; in
  the field &quot;AccountNumber&quot; is too long." />``: the message set was read, only that
  request failed.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qbdlink.qbxml import (
    LocalProtocolError,
    RemoteProtocolError,
    Response,
    decode_requests,
    decode_responses,
    encode_responses,
)
from qbdlink.qbxml.status import SEVERITIES, parse_severity, severity_for

CONSOLIBYTE_500 = (
    b'<?xml version="1.0" ?>\n<QBXML>\n<QBXMLMsgsRs>\n'
    b'<CustomerQueryRs requestID="QnJpZGdlfDEw" statusCode="500" statusSeverity="Warn" '
    b'statusMessage="The query request has not been fully completed. There was a required '
    b'element (&quot;Keith Palmer&quot;) that could not be found in QuickBooks." />\n'
    b"</QBXMLMsgsRs>\n</QBXML>\n"
)


def _request(body: str) -> bytes:
    return (
        '<?xml version="1.0"?><?qbxml version="13.0"?><QBXML>'
        f'<QBXMLMsgsRq onError="continueOnError">{body}</QBXMLMsgsRq></QBXML>'
    ).encode()


# --- statusSeverity --------------------------------------------------------------------------


@pytest.mark.parametrize("strict", [False, True])
def test_a_real_warning_reads_as_warn_and_is_written_back_as_warn(strict: bool) -> None:
    # consolibyte's real 500 response, through both decode paths.
    response = decode_responses(CONSOLIBYTE_500, strict=strict)[0]

    assert (response.status_code, response.severity) == (500, "Warn")
    assert b'statusSeverity="Warn"' in encode_responses([response])


def test_the_encoder_refuses_a_severity_quickbooks_never_writes() -> None:
    # Intuit's appendix and every real response: Info, Warn, Error and nothing else.
    bad = Response("CustomerQueryRs", status_code=500, severity="Warning")  # type: ignore[arg-type]

    with pytest.raises(LocalProtocolError) as raised:
        encode_responses([bad])

    assert raised.value.rule == "enum"


@pytest.mark.parametrize("written", ["Warning", "warning", "WARN", " Warn "])
def test_the_decoder_reads_other_tools_spellings_of_a_warning_as_warn(written: str) -> None:
    # Fakes and older tools write "Warning"; QuickBooks' own word is "Warn" (consolibyte).
    document = CONSOLIBYTE_500.replace(b'"Warn"', f'"{written}"'.encode())

    assert decode_responses(document)[0].severity == "Warn"


@given(st.integers(min_value=0, max_value=9199))
def test_every_code_gets_one_of_quickbooks_three_words(code: int) -> None:
    # Intuit's ranges: 0-499 Info, 500-999 Warn, 1000+ Error.
    expected = "Info" if code < 500 else "Warn" if code < 1000 else "Error"

    assert severity_for(code) == expected
    assert severity_for(code) in SEVERITIES


@given(
    code=st.integers(min_value=0, max_value=9199),
    severity=st.sampled_from(sorted(SEVERITIES)),
    message=st.text(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn", "Co")), max_size=40
    ),
)
def test_encoded_severities_decode_unchanged(code: int, severity: str, message: str) -> None:
    # Whatever the encoder writes is a word QuickBooks writes, and reads back as itself.
    response = Response(
        "CustomerQueryRs",
        status_code=code,
        severity=severity,  # type: ignore[arg-type]
        message=message,
        request_id="1",
    )

    decoded = decode_responses(encode_responses([response]), strict=True)[0]

    assert (decoded.status_code, decoded.severity) == (code, severity)
    assert parse_severity(decoded.severity, code) == severity


# --- over-long strings -----------------------------------------------------------------------


def test_a_too_long_string_is_a_parse_error_by_default() -> None:
    # A client-side check (validate, strict reading) still holds values to the schema.
    body = "<AccountAddRq><AccountAdd><Name>Bank</Name><AccountType>Bank</AccountType>"
    body += "<AccountNumber>a5ad6d73</AccountNumber></AccountAdd></AccountAddRq>"

    with pytest.raises(RemoteProtocolError, match="AccountNumber"):
        decode_requests(_request(body))


@given(extra=st.integers(min_value=1, max_value=300), letter=st.sampled_from("aZ9 é&"))
def test_lengths_false_reads_any_over_long_name_as_sent(extra: int, letter: str) -> None:
    # QuickBooks reads the message set and fails only the request (3070, real AccountAddRs);
    # the simulator needs the value as sent to name it in the message.
    name = letter * (41 + extra)  # CustomerAdd Name: 41 characters (annotated samples, XSD)
    escaped = name.replace("&", "&amp;")
    body = f"<CustomerAddRq><CustomerAdd><Name>{escaped}</Name></CustomerAdd></CustomerAddRq>"

    with pytest.raises(RemoteProtocolError):
        decode_requests(_request(body), typed=False)
    decoded = decode_requests(_request(body), typed=False, lengths=False)

    assert decoded.requests[0].fields["CustomerAdd"]["Name"] == name


def test_lengths_false_still_refuses_what_is_not_a_length_problem() -> None:
    body = "<CustomerAddRq><CustomerAdd><Name>A</Name><IsActive>maybe</IsActive>"
    body += "</CustomerAdd></CustomerAddRq>"

    with pytest.raises(RemoteProtocolError, match="IsActive"):
        decode_requests(_request(body), lengths=False)
