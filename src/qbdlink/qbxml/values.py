"""Conversion between Python values and qbXML text, one simple type kind at a time.

Python -> text is strict (money never rounds silently, floats are refused where exactness
matters); text -> Python is what QuickBooks sends, converted by the schema's kind.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from typing import Any

from qbdlink.qbxml.spec import SimpleType

Scalar = str | int | bool | Decimal | date | datetime | timedelta | None

_AMOUNT = re.compile(r"[+\-]?[0-9]{1,13}(\.[0-9]{2})?")
_FIVE_PLACES = re.compile(r"[+\-]?[0-9]{1,10}(\.[0-9]{1,5})?")
_DATETIME = re.compile(
    r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:T([0-9]{1,2})(?::([0-9]{1,2})(?::([0-9]{1,2})(?:([+\-])([0-9]{1,2}):([0-9]{1,2}))?)?)?)?"
)
_DURATION = re.compile(r"([+\-]?)PT(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?")
_GUID = re.compile(r"0|\{[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}")
_DATE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(Z|[+\-][0-9]{2}:[0-9]{2})?")
_INT = re.compile(r"[+\-]?[0-9]+")


class ValueRuleError(ValueError):
    """A value breaks its simple type; the message says why and ``rule`` names the rule."""

    def __init__(self, message: str, rule: str = "type") -> None:
        super().__init__(message)
        self.rule = rule


# Kinds whose XSD type admits the empty string (unions with "" or optional patterns).
_EMPTY_ALLOWED = frozenset(
    {"str", "id", "bool", "date", "datetime", "duration", "float", "amount", "price",
     "quantity", "percent"}
)  # fmt: skip


def allows_empty(simple: SimpleType) -> bool:
    """Whether an empty element is valid: as the XSD says, by kind, or when it has a default."""
    if simple.default is not None:
        return True
    if simple.enumeration is not None:
        return "" in simple.enumeration
    return simple.kind in _EMPTY_ALLOWED


def _decimal_text(value: Any, places: int, pattern: re.Pattern[str], label: str) -> str:
    if isinstance(value, bool | float):
        raise ValueRuleError(
            f"{label} must be a Decimal, int or numeric string, not {type(value).__name__} "
            "(binary floats are not exact)"
        )
    if isinstance(value, int):
        value = Decimal(value)
    if isinstance(value, str):
        if pattern.fullmatch(value):
            return value
        try:
            value = Decimal(value)
        except InvalidOperation:
            raise ValueRuleError(f"{label} {value!r} is not a number") from None
    if not isinstance(value, Decimal):
        raise ValueRuleError(f"{label} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite():
        raise ValueRuleError(f"{label} must be finite, not {value}")
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if places == 2:
        if exponent < -2 and value != value.quantize(Decimal("0.01")):
            raise ValueRuleError(f"{label} {value} has more than 2 decimal places")
        text = f"{value.quantize(Decimal('0.01')):f}"
    else:
        if exponent < -places and value != round(value, places):
            raise ValueRuleError(f"{label} {value} has more than {places} decimal places")
        text = f"{round(value, places).normalize():f}" if exponent < 0 else f"{value:f}"
    if not pattern.fullmatch(text):
        raise ValueRuleError(f"{label} {text} is out of range")
    return text


def _datetime_text(value: Any) -> str:
    if isinstance(value, datetime):
        offset = value.utcoffset()
        if offset is not None and offset.total_seconds() % 60:
            raise ValueRuleError(f"date-time {value!r} has seconds in its UTC offset")
        # qbXML wants whole seconds and +HH:MM, never "Z".
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        _slow_datetime(value)  # the parts must make a real date and time
        return value
    raise ValueRuleError(f"date-time {value!r} is not a datetime or YYYY-MM-DDTHH:MM:SS[+HH:MM]")


def _duration_text(value: Any) -> str:
    if isinstance(value, timedelta):
        if value.microseconds:
            raise ValueRuleError(f"duration {value} has a fraction of a second; qbXML has none")
        seconds = int(value.total_seconds())
        sign = "-" if seconds < 0 else ""
        seconds = abs(seconds)
        return f"{sign}PT{seconds // 3600}H{seconds % 3600 // 60}M{seconds % 60}S"
    if isinstance(value, str) and _DURATION.fullmatch(value):
        return value
    raise ValueRuleError(f"duration {value!r} is not a timedelta or PTnHnMnS")


def _guid_text(value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return "{" + str(value).upper() + "}"
    if isinstance(value, str) and _GUID.fullmatch(value):
        return value
    raise ValueRuleError(
        f"GUID {value!r} is not a UUID or {{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}"
    )


def _bool_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value in ("true", "false", "1", "0"):
        return value
    raise ValueRuleError(f"boolean {value!r} is not True or False")


def _int_text(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and _INT.fullmatch(value):
        return value
    raise ValueRuleError(f"integer {value!r} is not an int")


def _date_text(value: Any) -> str:
    if isinstance(value, datetime):
        raise ValueRuleError(f"date {value!r} is a datetime; pass a date")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and _DATE.fullmatch(value):
        _slow_date(value)  # 2024-02-30 matches the pattern but is no date
        return value
    raise ValueRuleError(f"date {value!r} is not a date or YYYY-MM-DD")


def _str_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise ValueRuleError(f"expected text, got {type(value).__name__} {value!r}")


_TO_TEXT: dict[str, Callable[[Any], str]] = {
    "str": _str_text,
    "id": _str_text,
    "enum": _str_text,
    "bool": _bool_text,
    "int": _int_text,
    "date": _date_text,
    "datetime": _datetime_text,
    "duration": _duration_text,
    "guid": _guid_text,
    "amount": lambda v: _decimal_text(v, 2, _AMOUNT, "amount"),
    "price": lambda v: _decimal_text(v, 5, _FIVE_PLACES, "price"),
    "quantity": lambda v: _decimal_text(v, 5, _FIVE_PLACES, "quantity"),
    "percent": lambda v: _decimal_text(v, 5, _FIVE_PLACES, "percent"),
    "float": lambda v: _decimal_text(v, 15, re.compile(r"[+\-]?[0-9]+(\.[0-9]+)?"), "number"),
}


def to_text(value: Any, simple: SimpleType) -> str:
    """Write ``value`` as qbXML text of type ``simple``; ``None`` is an empty element."""
    if value is None:
        check_text("", simple)
        return ""
    text = _TO_TEXT[simple.kind](value)
    check_text(text, simple)
    return text


def check_text(text: str, simple: SimpleType, *, lengths: bool = True) -> None:
    """Raise ``ValueRuleError`` when ``text`` breaks the type's length, enumeration or bounds.

    ``lengths=False`` leaves the maximum length to the caller (QuickBooks answers a too-long
    string with status 3070 for that request alone, not by refusing the message set).
    """
    if text == "":
        if not allows_empty(simple):
            raise ValueRuleError(f"cannot be empty (a {simple.kind} needs a value)", "required")
        return
    if lengths and simple.max_length is not None and len(text) > simple.max_length:
        raise ValueRuleError(
            f"is {len(text)} characters long; the maximum is {simple.max_length}", "maxLength"
        )
    if simple.enumeration is not None and text not in simple.enumeration:
        allowed = ", ".join(sorted(simple.enumeration))
        raise ValueRuleError(f"{text!r} is not one of: {allowed}", "enumeration")
    if simple.min_value is not None or simple.max_value is not None:
        stripped = text.strip()
        number = int(stripped) if _INT.fullmatch(stripped) else None
        if number is None:
            raise ValueRuleError(f"{text!r} is not an integer")
        if simple.min_value is not None and number < simple.min_value:
            raise ValueRuleError(f"{number} is below the minimum {simple.min_value}", "minimum")
        if simple.max_value is not None and number > simple.max_value:
            raise ValueRuleError(f"{number} is above the maximum {simple.max_value}", "maximum")


def check_lexical(text: str, simple: SimpleType, *, lengths: bool = True) -> None:
    """Raise ``ValueRuleError`` when received ``text`` is not a valid lexical form of the type
    (``lengths=False``: except for its maximum length, as ``check_text``)."""
    if text == "":
        check_text(text, simple)
        return
    kind = simple.kind
    ok = True
    if kind == "amount":
        ok = bool(_AMOUNT.fullmatch(text))
    elif kind in ("price", "quantity", "percent"):
        ok = bool(_FIVE_PLACES.fullmatch(text))
    elif kind == "int":
        ok = bool(_INT.fullmatch(text.strip()))
    elif kind == "bool":
        ok = text.strip() in ("true", "false", "1", "0")
    elif kind == "date":
        match = _DATE.fullmatch(text.strip())
        ok = match is not None and _parse_date(match.group(1)) is not None
    elif kind == "datetime":
        try:
            _slow_datetime(text)
        except ValueRuleError:
            ok = False
    elif kind == "guid":
        ok = bool(_GUID.fullmatch(text))
    elif kind == "duration":
        ok = bool(_DURATION.fullmatch(text.strip()))
    elif kind == "float":
        try:
            Decimal(text.strip())
        except InvalidOperation:
            ok = False
    if not ok:
        raise ValueRuleError(f"{text!r} is not a valid {kind}")
    check_text(text, simple, lengths=lengths)


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _slow_datetime(text: str) -> datetime:
    match = _DATETIME.fullmatch(text.strip())
    if match is None:
        raise ValueRuleError(f"{text!r} is not a valid datetime")
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    tz = None
    try:
        if sign is not None:  # an offset of 24 hours or more is refused here
            offset = timedelta(hours=int(off_h), minutes=int(off_m))
            tz = timezone(-offset if sign == "-" else offset)
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
            tzinfo=tz,
        )  # fmt: skip
    except ValueError as exc:
        raise ValueRuleError(f"{text!r} is not a valid datetime: {exc}") from None


def _slow_duration(text: str) -> timedelta:
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        raise ValueRuleError(f"{text!r} is not a valid duration (PTnHnMnS)")
    sign, hours, minutes, seconds = match.groups()
    delta = timedelta(hours=int(hours or 0), minutes=int(minutes or 0), seconds=int(seconds or 0))
    return -delta if sign == "-" else delta


def _slow_decimal(text: str) -> Decimal:
    try:
        return Decimal(text.strip())
    except InvalidOperation:
        raise ValueRuleError(f"{text!r} is not a valid number") from None


def _slow_int(text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise ValueRuleError(f"{text!r} is not a valid integer") from None


_BOOLEANS: dict[str, bool] = {"true": True, "false": False, "1": True, "0": False}


def _slow_bool(text: str) -> bool:
    value = _BOOLEANS.get(text.strip())
    if value is None:
        raise ValueRuleError(f"{text!r} is not a valid boolean (true or false)")
    return value


def _slow_date(text: str) -> date:
    match = _DATE.fullmatch(text.strip())
    value = _parse_date(match.group(1)) if match else None
    if value is None:
        raise ValueRuleError(f"{text!r} is not a valid date (YYYY-MM-DD)")
    return value


# Fast converters: C callables that handle QuickBooks' usual text. They may raise
# ValueError, ArithmeticError or KeyError on unusual text, and the caller then falls back to
# SLOW_FROM_TEXT, which accepts every form the schema allows or raises ValueRuleError.
# Kinds whose Python value is the text itself are absent.
FROM_TEXT: dict[str, Callable[[str], Any]] = {
    "bool": _BOOLEANS.__getitem__,
    "int": int,
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "duration": _slow_duration,
    "amount": Decimal,
    "price": Decimal,
    "quantity": Decimal,
    "percent": Decimal,
    "float": Decimal,
}
SLOW_FROM_TEXT: dict[str, Callable[[str], Any]] = {
    "bool": _slow_bool,
    "int": _slow_int,
    "date": _slow_date,
    "datetime": _slow_datetime,
    "duration": _slow_duration,
    "amount": _slow_decimal,
    "price": _slow_decimal,
    "quantity": _slow_decimal,
    "percent": _slow_decimal,
    "float": _slow_decimal,
}
CONVERSION_ERRORS = (ValueError, ArithmeticError, KeyError)
# Kinds the compiled decoder (``_accel.pyx``) reads straight from libxml2's bytes in their usual
# forms (other forms go through FROM_TEXT as above); 0 is every other kind. Kept in step with
# the enum in ``_accel.pyx``.
FAST_KINDS: dict[str, int] = {"bool": 1, "int": 2, "date": 3, "datetime": 4}


def from_text(text: str | None, simple: SimpleType) -> Any:
    """Read qbXML text of type ``simple`` into a Python value (empty typed text is ``None``).

    Raises ``ValueRuleError`` when the text is not a valid value of that kind.
    """
    if text is None:
        text = ""
    convert = FROM_TEXT.get(simple.kind)
    if convert is None:
        return text
    if text == "":
        return None
    try:
        return convert(text)
    except CONVERSION_ERRORS:
        return SLOW_FROM_TEXT[simple.kind](text)
