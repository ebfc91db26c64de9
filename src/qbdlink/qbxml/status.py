"""QuickBooks Desktop qbXML status codes: what each one means and whether a retry can help.

Every ``XxxRs`` element carries ``statusCode``, ``statusSeverity`` and ``statusMessage``. This
module is the data behind them: a table of the documented codes (``STATUS_CODES``), the severity
ranges QuickBooks documents for codes that are not in the table, and ``error_for()``, which turns
an error status into a ``RetryableStatusError`` or a ``PermanentStatusError``. Pure data and
functions: no I/O.

Severity ranges (Intuit's "Status codes in response messages" appendix and the onscreen
reference's error-codes page): 0-499 Info, 500-999 warnings, 1000 and up Error (1000-1999
general errors, 2000-2999 not supported for QuickBooks, 3000-3099 format errors, 3100-9099
other errors, 9100-9199 macro errors). ``Severity`` holds the words exactly as QuickBooks writes
them in ``statusSeverity``: ``Info``, ``Warn``, ``Error`` (real responses: consolibyte's
example ``CustomerQueryRs statusCode="500" statusSeverity="Warn"``, qbwc/qbwc's fixtures).
``parse_severity()`` also reads the spellings other tools write (``Warning``, any case).

Where the data came from (public sources; each table entry names the ones it rests on):

* Intuit, QuickBooks Desktop SDK Programmer's Guide, appendix "Status codes in response
  messages", and the SDK onscreen reference's QBD error-codes page (ranges, 0-1060).
* Third-party copies of that SDK table: AmigoPOS "QBI Status Codes", the QODBC error-code
  list, and eTechRecovery's QBFC error-code list (3000-3035 wording).
* consolibyte/quickbooks-php (Callbacks/SQL/Errors.php, Callbacks/Integrator/Errors.php):
  real messages for 3100, 3170, 3200, 3210, 3250, 3260, 3261 and which lock messages of
  3170/3175/3176/3180 go through when sent again.
* qbwc/qbwc (Ruby gem) specs and a spree/wombat QuickBooks integration: real responses for
  1, 500 (severity ``Warn``), 3120, 3140 and 3231.
* At Your Service's "Resolving QuickBooks export errors" guide: 3140, 3171, 3180 messages.
* A SugarCRM QuickBooks connector (3175 object in use, 3176 related object in use, 3200
  outdated edit sequence as temporary errors) and a C# ``QResponseStatusCode`` enum (3170,
  3175, 3180 lock wording).
* Integrations quoting real responses: 3000 ("The given object ID ... is invalid."), 3070
  ("The string ... is too long."), 3045 ("error when converting the price ...").

Messages use ``{}`` where QuickBooks embeds a value; many real messages go on with
``"  QuickBooks error message: ..."``, and the table keeps only the stable head.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, Literal

from qbdlink.qbxml.errors import (
    PermanentStatusError,
    QuickBooksStatusError,
    RetryableStatusError,
)

Severity = Literal["Info", "Warn", "Error"]
"""``statusSeverity`` as QuickBooks writes it on the wire (never ``Warning``)."""

SEVERITIES: Final[frozenset[str]] = frozenset({"Info", "Warn", "Error"})

# --- named codes ---------------------------------------------------------------------------

STATUS_OK: Final = 0
NO_MATCH: Final = 1
ID_NOT_FOUND: Final = 500
OBJECT_NOT_IN_SPEC: Final = 501
OBJECT_NOT_RETURNED: Final = 510
UNSUPPORTED_FIELD: Final = 530
UNSUPPORTED_ENUM_VALUE: Final = 531
NOTES_NOT_SAVED: Final = 550
DEPRECATED_FIELD: Final = 560
TXN_ALREADY_CLOSED: Final = 570
NO_CLEARED_STATE: Final = 600
INTERNAL_ERROR: Final = 1000
SYSTEM_NOT_AVAILABLE: Final = 1010
UNSUPPORTED_MESSAGE: Final = 1030
INVALID_REQUEST_ID: Final = 1060
INVALID_OBJECT_ID: Final = 3000
INVALID_BOOLEAN: Final = 3010
INVALID_DATE: Final = 3020
INVALID_DATE_RANGE: Final = 3030
INVALID_STRING_RANGE: Final = 3031
INVALID_TIME_INTERVAL: Final = 3035
INVALID_PRICE: Final = 3045
STRING_TOO_LONG: Final = 3070
NAME_NOT_UNIQUE: Final = 3100
OBJECT_NOT_FOUND: Final = 3120
INVALID_REFERENCE: Final = 3140
MOD_ERROR: Final = 3170
CLOSED_PERIOD: Final = 3171
RECORD_IN_USE: Final = 3175
RELATED_RECORD_IN_USE: Final = 3176
SAVE_ERROR: Final = 3180
STALE_EDIT_SEQUENCE: Final = 3200
TXN_ERROR: Final = 3210
REQUEST_NOT_PROCESSED: Final = 3231
FEATURE_DISABLED: Final = 3250
PERMISSION_DENIED: Final = 3260
PERSONAL_DATA_DENIED: Final = 3261


@dataclass(frozen=True, slots=True)
class StatusInfo:
    """One documented status code: its name, severity, message, retry advice and a hint."""

    code: int
    name: str
    severity: Severity
    message: str
    retryable: bool
    hint: str


# --- the table -----------------------------------------------------------------------------
#
# Only codes confirmed in the sources above are listed. Left out for lack of confirmation
# (number or meaning not found in any source consulted): 3040, 3130, 3150, 3220, 3230, 3240,
# 3262, 3270, 3300, 3310, 3320, and every individual code in 9000-9199 (only the macro range
# itself is documented). Also left out on purpose: 540 and 2000-2040, which the SDK marks
# "QBOE only" (QuickBooks Online Edition), never sent by QuickBooks Desktop. Codes not listed
# still get a severity from the documented ranges.

_TABLE: Final[tuple[StatusInfo, ...]] = (
    # Intuit appendix; real responses say exactly "Status OK".
    StatusInfo(
        STATUS_OK,
        "STATUS_OK",
        "Info",
        "Status OK",
        False,
        "Nothing to do: QuickBooks processed the request.",
    ),
    # Intuit appendix; real responses (statusSeverity="Info") carry no final period.
    StatusInfo(
        NO_MATCH,
        "NO_MATCH",
        "Info",
        "A query request did not find a matching object in QuickBooks",
        False,
        "Not an error: the query matched nothing; widen the filters if you expected records.",
    ),
    # Intuit appendix; qbwc specs and consolibyte show it with statusSeverity="Warn".
    StatusInfo(
        ID_NOT_FOUND,
        "ID_NOT_FOUND",
        "Warn",
        "The query request has not been fully completed. There was a required element "
        '("{}") that could not be found in QuickBooks.',
        False,
        "Some IDs or names in the query's list are not in QuickBooks (deleted or never "
        "created); the others were returned.",
    ),
    # Intuit appendix.
    StatusInfo(
        OBJECT_NOT_IN_SPEC,
        "OBJECT_NOT_IN_SPEC",
        "Warn",
        'Unable to represent {} "{}" in this version of the qbXML spec.',
        False,
        "Ask with a newer qbXML version to get this object back in full.",
    ),
    # Intuit appendix.
    StatusInfo(
        OBJECT_NOT_RETURNED,
        "OBJECT_NOT_RETURNED",
        "Warn",
        "Unable to return object.",
        False,
        "The request was processed but the object could not be sent back; query it to see it.",
    ),
    # Intuit appendix.
    StatusInfo(
        UNSUPPORTED_FIELD,
        "UNSUPPORTED_FIELD",
        "Warn",
        'The field "{}" is not supported by this implementation.',
        False,
        "This QuickBooks edition or version ignored the field; leave it out or check the edition.",
    ),
    # Intuit appendix.
    StatusInfo(
        UNSUPPORTED_ENUM_VALUE,
        "UNSUPPORTED_ENUM_VALUE",
        "Warn",
        'The enum value "{}" in the field "{}" is not supported by this implementation.',
        False,
        "This QuickBooks edition or version does not know that value; pick another one.",
    ),
    # Intuit appendix.
    StatusInfo(
        NOTES_NOT_SAVED,
        "NOTES_NOT_SAVED",
        "Warn",
        'The "{}" object was saved successfully, but its corresponding Notes record could not '
        "be saved.",
        False,
        "The record was saved without its notes; add the notes again in QuickBooks if needed.",
    ),
    # Intuit appendix.
    StatusInfo(
        DEPRECATED_FIELD,
        "DEPRECATED_FIELD",
        "Warn",
        "Use of this field is no longer recommended. Although it is currently supported, it "
        "may be removed from a future release.",
        False,
        "The request worked; move off the deprecated field before a later release drops it.",
    ),
    # Intuit appendix.
    StatusInfo(
        TXN_ALREADY_CLOSED,
        "TXN_ALREADY_CLOSED",
        "Warn",
        'Unable to link to transaction "{}" because it has already been closed.',
        False,
        "The linked transaction is already closed (fully received or paid); link another one.",
    ),
    # Intuit appendix: error recovery only, QuickBooks sends no message; this is the meaning.
    StatusInfo(
        NO_CLEARED_STATE,
        "NO_CLEARED_STATE",
        "Warn",
        "No cleared state to return.",
        False,
        "Error recovery found no saved state for that message set; nothing to recover.",
    ),
    # Intuit appendix. Transient in practice (consolibyte skips it and lets the next run redo it).
    StatusInfo(
        INTERNAL_ERROR,
        "INTERNAL_ERROR",
        "Error",
        "There has been an internal error when processing the request.",
        True,
        "QuickBooks hit an internal error; try again later, and check the company file if it "
        "keeps happening.",
    ),
    # Intuit appendix.
    StatusInfo(
        SYSTEM_NOT_AVAILABLE,
        "SYSTEM_NOT_AVAILABLE",
        "Error",
        "System not available.",
        True,
        "QuickBooks was not available; try again when it is running with the company file open.",
    ),
    # Intuit appendix.
    StatusInfo(
        UNSUPPORTED_MESSAGE,
        "UNSUPPORTED_MESSAGE",
        "Error",
        "This request is not supported by this implementation.",
        False,
        "This QuickBooks edition or version cannot do that request at all.",
    ),
    # Intuit appendix (AmigoPOS copy of the SDK table for the exact wording).
    StatusInfo(
        INVALID_REQUEST_ID,
        "INVALID_REQUEST_ID",
        "Error",
        'The request ID "{}" is invalid, possibly too long, max 50 chars.',
        False,
        "Use a requestID of at most 50 characters.",
    ),
    # SDK table (AmigoPOS, QODBC copies); a real response in an integration's model comments.
    StatusInfo(
        INVALID_OBJECT_ID,
        "INVALID_OBJECT_ID",
        "Error",
        'The given object ID "{}" in the field "{}" is invalid.',
        False,
        "The ListID or TxnID is malformed; send the ID exactly as QuickBooks returned it.",
    ),
    # SDK table (AmigoPOS, QODBC copies).
    StatusInfo(
        INVALID_BOOLEAN,
        "INVALID_BOOLEAN",
        "Error",
        'There was an error when converting the boolean value "{}" in the field "{}"',
        False,
        "Send true or false in that field.",
    ),
    # SDK table (AmigoPOS, QODBC copies).
    StatusInfo(
        INVALID_DATE,
        "INVALID_DATE",
        "Error",
        'There was an error when converting the date value "{}" in the field "{}"',
        False,
        "Send the date as YYYY-MM-DD, and a real calendar date.",
    ),
    # SDK table (AmigoPOS copy).
    StatusInfo(
        INVALID_DATE_RANGE,
        "INVALID_DATE_RANGE",
        "Error",
        "Invalid date range: From date is greater than To date.",
        False,
        "Swap the dates: the From date must not be after the To date.",
    ),
    # SDK table (QODBC copy).
    StatusInfo(
        INVALID_STRING_RANGE,
        "INVALID_STRING_RANGE",
        "Error",
        'The "From" or "To" values in the provided {} are invalid.',
        False,
        "Fix the From/To values of the name range filter.",
    ),
    # SDK table (QODBC, eTechRecovery copies): meaning only, exact message not found.
    StatusInfo(
        INVALID_TIME_INTERVAL,
        "INVALID_TIME_INTERVAL",
        "Error",
        "Invalid time interval.",
        False,
        "Send the duration in the qbXML form PTnHnMnS (for example PT1H30M).",
    ),
    # Quoted from a real response in an integration: "QB error 3045: There was an error when
    # converting the price ... in the field Rate"; the value is generic here.
    StatusInfo(
        INVALID_PRICE,
        "INVALID_PRICE",
        "Error",
        'There was an error when converting the price "{}" in the field "{}".',
        False,
        "Round the price or rate to the decimals QuickBooks accepts before sending it.",
    ),
    # Real response: 'The string "a5ad6d73" in the field "AccountNumber" is too long.'
    StatusInfo(
        STRING_TOO_LONG,
        "STRING_TOO_LONG",
        "Error",
        'The string "{}" in the field "{}" is too long.',
        False,
        "Shorten the value to the field's maximum length for this QuickBooks version.",
    ),
    # Real responses in many integrations; consolibyte: "Name of List Element is already in use".
    StatusInfo(
        NAME_NOT_UNIQUE,
        "NAME_NOT_UNIQUE",
        "Error",
        'The name "{}" of the list element is already in use.',
        False,
        "Another customer, vendor, employee or other name already has this name; rename one of "
        "them or link to the existing record.",
    ),
    # Real response (qbwc specs), which goes on "  QuickBooks error message: Invalid argument.
    # The specified record does not exist in the list."
    StatusInfo(
        OBJECT_NOT_FOUND,
        "OBJECT_NOT_FOUND",
        "Error",
        'Object "{}" specified in the request cannot be found.',
        False,
        "The record was deleted or never existed in this company file; re-create it or clear "
        "the stored QuickBooks ID.",
    ),
    # Real response (spree/wombat integration): 'There is an invalid reference to QuickBooks
    # Item "da product id 1" in the SalesOrder line.  QuickBooks error message: ...'
    StatusInfo(
        INVALID_REFERENCE,
        "INVALID_REFERENCE",
        "Error",
        'There is an invalid reference to QuickBooks {} "{}" in the {}.  QuickBooks error '
        "message: Invalid argument.  The specified record does not exist in the list.",
        False,
        "A referenced customer, item, account or other list entry does not exist; create it "
        "first or fix the reference.",
    ),
    # Real response (consolibyte): 'There was an error when modifying a data extension named
    # "e-mail".  QuickBooks error message: This list has been modified by another user.'
    # The code also covers permanent failures ("Cannot merge list elements."), so only its
    # lock messages are retried (see _TRANSIENT_PHRASES).
    StatusInfo(
        MOD_ERROR,
        "MOD_ERROR",
        "Error",
        "There was an error when modifying a {}.  QuickBooks error message: {}",
        False,
        "QuickBooks refused the change; the QuickBooks error message says why (if another user "
        "was editing the list, sending it again usually works).",
    ),
    # Real message (At Your Service guide); it goes on to ask an admin to remove the closing
    # date password.
    StatusInfo(
        CLOSED_PERIOD,
        "CLOSED_PERIOD",
        "Error",
        "An attempt was made to modify a {} with a date that is on or before the closing date "
        "of the company.",
        False,
        "The transaction is dated in a closed period; change its date, or have a QuickBooks "
        "admin remove the closing date password.",
    ),
    # Meaning: "Object is in use" (SugarCRM connector, retried as temporary); wording from a
    # C# QResponseStatusCode enum.
    StatusInfo(
        RECORD_IN_USE,
        "RECORD_IN_USE",
        "Error",
        "The transaction could not be locked. It is in use by another user.",
        True,
        "Someone has this record open in QuickBooks; it goes through once they close it.",
    ),
    # Meaning: "Related object is in use" (SugarCRM connector, retried as temporary); the exact
    # message was not found, so this is a short generic form.
    StatusInfo(
        RELATED_RECORD_IN_USE,
        "RELATED_RECORD_IN_USE",
        "Error",
        "A record related to this request is in use by another user.",
        True,
        "Someone has a related record (for example the customer or a linked transaction) open "
        "in QuickBooks; it goes through once they close it.",
    ),
    # Real messages (At Your Service guide, C# enum): 'There was an error when saving a Invoice.
    # QuickBooks error message: The credit limit for the name on this transaction has been
    # exceeded.' Mostly permanent; its lock messages are retried (see _TRANSIENT_PHRASES).
    StatusInfo(
        SAVE_ERROR,
        "SAVE_ERROR",
        "Error",
        "There was an error when saving a {}.  QuickBooks error message: {}",
        False,
        "QuickBooks refused to save the record; the QuickBooks error message says why "
        "(credit limit, quantity on hand, a locked list, ...).",
    ),
    # Real responses; a temporary error in the SugarCRM connector, re-queried by consolibyte.
    StatusInfo(
        STALE_EDIT_SEQUENCE,
        "STALE_EDIT_SEQUENCE",
        "Error",
        'The provided edit sequence "{}" is out-of-date.',
        True,
        "The record changed in QuickBooks since it was read; read it again for the current "
        "EditSequence, then send the change again.",
    ),
    # Real response (consolibyte): 'The "AppliedToTxnAdd payment amount" field has an invalid
    # value "129.43".  QuickBooks error message: You cannot pay more than the amount due.'
    StatusInfo(
        TXN_ERROR,
        "TXN_ERROR",
        "Error",
        'The "{}" field has an invalid value "{}".  QuickBooks error message: {}',
        False,
        "QuickBooks rejected a value in the transaction; the QuickBooks error message says "
        "which rule it broke.",
    ),
    # Real response (spree/wombat integration): sent for the requests after a failed one when
    # the message set uses onError="stopOnError".
    StatusInfo(
        REQUEST_NOT_PROCESSED,
        "REQUEST_NOT_PROCESSED",
        "Error",
        "The request has not been processed.",
        True,
        "An earlier request in the same batch failed, so this one was skipped; send it again.",
    ),
    # Real message (consolibyte comment).
    StatusInfo(
        FEATURE_DISABLED,
        "FEATURE_DISABLED",
        "Error",
        "This feature is not enabled or not available in this version of QuickBooks.",
        False,
        "Turn the feature on in QuickBooks preferences, or use an edition that has it.",
    ),
    # Real message (consolibyte comment and integration help pages).
    StatusInfo(
        PERMISSION_DENIED,
        "PERMISSION_DENIED",
        "Error",
        "Insufficient permission level to perform this action.",
        False,
        "The QuickBooks user the connection logs in as lacks rights for this; an admin must "
        "grant them (or use the Admin user).",
    ),
    # consolibyte comment shows the start "The integrated application has no permission to
    # ac..."; the end of the sentence is completed from the SDK's meaning.
    StatusInfo(
        PERSONAL_DATA_DENIED,
        "PERSONAL_DATA_DENIED",
        "Error",
        "The integrated application has no permission to access personal data.",
        False,
        "In QuickBooks, an admin must allow this application to access personal data "
        "(Preferences > Integrated Applications).",
    ),
)

STATUS_CODES: Final[Mapping[int, StatusInfo]] = MappingProxyType(
    {info.code: info for info in _TABLE}
)
"""Every documented status code this module knows, by code."""

# Message fragments that mark a lock or a concurrent edit: sending the request again usually
# works (consolibyte retries 3170/3175/3176/3180 when the message holds one of these).
_TRANSIENT_PHRASES: Final = (
    "modified by another user",
    "could not be locked",
    "failed to acquire the lock",
    "list element is in use",
    "in use by another user",
)

# No range of codes is documented as transient, so an unknown code is never retryable.

_RANGE_HINTS: Final = (
    (499, "Information only: QuickBooks processed the request."),
    (
        999,
        "A warning: QuickBooks processed the request, but check that the result is what you "
        "expected.",
    ),
    (1999, "A general QuickBooks error; no data was changed or returned."),
    (2999, "This request is not supported by QuickBooks Desktop."),
    (3099, "QuickBooks could not read a value in the request; fix its format."),
    (9099, "QuickBooks refused the request; see the status message for why."),
    (9199, "A macro-related error; no data was changed or returned."),
)


def lookup(code: int) -> StatusInfo | None:
    """The table entry for ``code``, or ``None`` if the code is not documented here."""
    return STATUS_CODES.get(code)


def severity_for(code: int) -> Severity:
    """The severity of ``code``: from the table, else from QuickBooks' documented ranges."""
    info = STATUS_CODES.get(code)
    if info is not None:
        return info.severity
    if 0 <= code <= 499:
        return "Info"
    if 500 <= code <= 999:
        return "Warn"
    return "Error"


def parse_severity(value: str, code: int) -> Severity:
    """A ``statusSeverity`` value as a ``Severity`` (``Warning`` reads ``Warn``), else by code."""
    normalized = value.strip().lower()
    if normalized == "info":
        return "Info"
    if normalized in ("warn", "warning"):
        return "Warn"
    if normalized == "error":
        return "Error"
    return severity_for(code)


def message_for(code: int) -> str:
    """The message QuickBooks returns for ``code``, or a generic one for unknown codes."""
    info = STATUS_CODES.get(code)
    if info is not None:
        return info.message
    return f"QuickBooks returned status code {code}."


def hint_for(code: int) -> str:
    """A one-line hint for a user or admin: from the table, else from the code's range."""
    info = STATUS_CODES.get(code)
    if info is not None:
        return info.hint
    if code < 0:
        return "QuickBooks returned a status code outside the documented ranges."
    for upper, hint in _RANGE_HINTS:
        if code <= upper:
            return hint
    return "QuickBooks returned a status code outside the documented ranges."


# Save and modify errors whose message tells of a lock or another user: worth sending again.
_LOCK_CODES: Final = frozenset({3170, 3175, 3176, 3180})


def is_retryable(code: int, message: str = "") -> bool:
    """Whether sending the request again can help: by the table, or a lock/in-use message."""
    info = STATUS_CODES.get(code)
    if info is not None and info.retryable:
        return True
    if code not in _LOCK_CODES:
        return False
    lowered = message.lower()
    return any(phrase in lowered for phrase in _TRANSIENT_PHRASES)


def error_for(
    status_code: int,
    message: str,
    *,
    severity: str,
    request_name: str = "",
    request_id: str | None = None,
) -> QuickBooksStatusError:
    """The exception for a status: ``RetryableStatusError`` or ``PermanentStatusError``."""
    text = message if message.strip() else message_for(status_code)
    cls = RetryableStatusError if is_retryable(status_code, message) else PermanentStatusError
    return cls(
        status_code,
        text,
        severity=severity,
        request_name=request_name,
        request_id=request_id,
    )
