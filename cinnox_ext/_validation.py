"""Input checks that run before any request, so that mistakes cost an exception, not a paid send.

Each function returns the value in the form the API wants, or raises
:class:`~cinnox_ext.errors.ValidationError` with a message naming the argument and the rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Final
from urllib.parse import urlsplit

from .errors import ValidationError

MAX_PAGE_SIZE: Final = 500
MAX_MESSAGES_PER_PUSH: Final = 10
MAX_MESSAGE_CHARS: Final = 5000
MAX_PIN_LENGTH: Final = 10

_PHONE = re.compile(r"\+?[1-9]\d{6,14}")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_PIN = re.compile(r"[A-Za-z0-9]{1,10}")
_SENDER_ID = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ._&-]{1,11}")


def phone_number(value: object, name: str = "phone number") -> str:
    """An E.164-like number: optional ``+``, 7–15 digits, no leading 0; spaces/dashes are dropped."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValidationError(f"{name} must be a string such as '+85298765432', got {type(value).__name__}")
    text = _PHONE_SEPARATORS.sub("", str(value))
    if not _PHONE.fullmatch(text):
        raise ValidationError(
            f"{name} {value!r} is not a phone number: expected country code + number, "
            "7 to 15 digits with an optional leading '+', e.g. '+85298765432'"
        )
    return text


def phone_numbers(values: Iterable[object] | str, name: str = "recipients") -> list[str]:
    """A non-empty list of distinct numbers (a number listed twice would be sent, and billed, twice)."""
    if isinstance(values, (str, int)):
        values = [values]
    numbers = [phone_number(v, f"{name}[{i}]") for i, v in enumerate(values)]
    if not numbers:
        raise ValidationError(f"{name} must contain at least one phone number")
    seen: dict[str, int] = {}
    for i, number in enumerate(numbers):
        key = number.lstrip("+")
        if key in seen:
            raise ValidationError(
                f"{name}[{i}] {number!r} repeats {name}[{seen[key]}]: it would be sent and billed twice"
            )
        seen[key] = i
    return numbers


def sender_id(value: object, name: str = "sender_number") -> str:
    """An alphanumeric Sender ID (what Send OTP requires): 1–11 letters, digits, spaces or ``._&-``,
    at least one letter (the GSM limit for alphanumeric originators is 11 characters)."""
    if not isinstance(value, str) or not _SENDER_ID.fullmatch(value):
        raise ValidationError(
            f"{name} {value!r} is not an alphanumeric Sender ID: OTP SMS must be sent from 1 to 11 "
            "letters, digits, spaces or ._&- with at least one letter (a virtual number cannot be used)"
        )
    return value


def sender(value: object, name: str = "sender_number") -> str:
    """A sender for plain SMS: a phone number of the account, or an alphanumeric Sender ID."""
    if isinstance(value, str) and _SENDER_ID.fullmatch(value):
        return value
    try:
        return phone_number(value, name)
    except ValidationError:
        raise ValidationError(
            f"{name} {value!r} is neither a phone number ('+85230018888') nor an alphanumeric Sender ID"
        ) from None


def non_empty_text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{name} must be a non-empty string")
    return value


def otp_text(value: object) -> str:
    text = non_empty_text(value, "text")
    if "%s" not in text:
        raise ValidationError("text must contain '%s' where CINNOX puts the PIN, e.g. 'Your code is %s'")
    return text


def pin(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValidationError("pin must be a string (an int would drop leading zeros), e.g. '004821'")
    if not isinstance(value, str) or not _PIN.fullmatch(value):
        raise ValidationError(
            f"pin must be 1 to {MAX_PIN_LENGTH} letters or digits (numeric, alpha or alphanumeric), "
            f"got {value!r}"
        )
    return value


def page_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise ValidationError(f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}, got {value!r}")
    return value


def timestamp(value: object, name: str) -> datetime | None:
    """A timezone-aware datetime from a datetime or an RFC3339 string (``None`` stays ``None``)."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError(
                f"{name} {value!r} is not an RFC3339 date-time such as 2022-11-07T00:00:00.000Z"
            ) from None
    if not isinstance(value, datetime):
        raise ValidationError(f"{name} must be a datetime or an RFC3339 string, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            f"{name} {value.isoformat()} has no time zone; pass an aware datetime "
            "(e.g. datetime(..., tzinfo=timezone.utc)) so the window is not off by hours"
        )
    return value


def time_window(start_at: object, end_at: object) -> tuple[datetime | None, datetime | None]:
    start, end = timestamp(start_at, "start_at"), timestamp(end_at, "end_at")
    if start is not None and end is not None and start > end:
        raise ValidationError(f"start_at {start.isoformat()} is after end_at {end.isoformat()}")
    return start, end


def webhook_url(value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError("url must be a string")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(f"url {value!r} must be an absolute http(s) URL that CINNOX can reach")
    return value
