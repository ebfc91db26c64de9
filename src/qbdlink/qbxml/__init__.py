"""qbXML, sans-IO: build requests, parse responses, stream, validate, convert to JSON.

Nothing here opens a file, a socket or a clock. Bytes in, data out::

    from qbdlink.qbxml import Request, encode_requests, decode_responses

    xml = encode_requests([Request("CustomerQueryRq", {"MaxReturned": 10})])
    responses = decode_responses(answer_from_quickbooks)
    for record in responses[0].raise_for_status().records:
        print(record["FullName"], record["Balance"])
"""

from qbdlink.qbxml.codec import Record
from qbdlink.qbxml.errors import (
    LocalProtocolError,
    PermanentStatusError,
    QBXMLError,
    QuickBooksStatusError,
    RemoteProtocolError,
    RetryableStatusError,
)
from qbdlink.qbxml.iterators import IteratorState, QueryIterator
from qbdlink.qbxml.jsonconv import from_json, to_json
from qbdlink.qbxml.messages import (
    Request,
    RequestSet,
    Response,
    ResponseSet,
    decode_requests,
    decode_responses,
    encode_requests,
    encode_responses,
    message_set_kind,
)
from qbdlink.qbxml.reports import ReportColumn, ReportRow, report_columns, report_rows
from qbdlink.qbxml.spec import SUPPORTED_VERSIONS, Edition, get_spec
from qbdlink.qbxml.stream import RecordStream, iter_records
from qbdlink.qbxml.validation import validate

__all__ = [
    "SUPPORTED_VERSIONS",
    "Edition",
    "IteratorState",
    "LocalProtocolError",
    "PermanentStatusError",
    "QBXMLError",
    "QueryIterator",
    "QuickBooksStatusError",
    "Record",
    "RecordStream",
    "RemoteProtocolError",
    "ReportColumn",
    "ReportRow",
    "Request",
    "RequestSet",
    "Response",
    "ResponseSet",
    "RetryableStatusError",
    "decode_requests",
    "decode_responses",
    "encode_requests",
    "encode_responses",
    "from_json",
    "get_spec",
    "iter_records",
    "message_set_kind",
    "report_columns",
    "report_rows",
    "to_json",
    "validate",
]
