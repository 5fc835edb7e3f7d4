"""Input checks that run before any request, so that mistakes cost an exception, not a paid send.

Each function returns the value in the form the API wants, or raises
:class:`~cinnox_ext.errors.ValidationError` with a message naming the argument and the rule.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Final
from urllib.parse import urlsplit

from .errors import ValidationError

MAX_PAGE_SIZE: Final = 500
MAX_MESSAGES_PER_PUSH: Final = 10
MAX_MESSAGE_CHARS: Final = 5000
MAX_PIN_LENGTH: Final = 10
#: No SMS text longer than this fits in 255 parts (153 GSM-7 characters per part at the most).
MAX_SMS_CHARS: Final = 255 * 153
#: Identifiers and filter values (room IDs, EIDs, SMS IDs, sender/recipient filters …).
MAX_ID_CHARS: Final = 1024
#: Recipients of one send (each one is billed; a longer list is almost certainly a mistake).
MAX_RECIPIENTS: Final = 1000
MAX_URL_CHARS: Final = 2048

_PHONE = re.compile(r"\+[1-9]\d{6,14}")
_LOCAL_PHONE = re.compile(r"(?:00)?[1-9]\d{5,14}|0\d{5,14}")
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_PIN = re.compile(r"[A-Za-z0-9]{1,10}")
_SENDER_ID = re.compile(r"(?=.*[A-Za-z])[A-Za-z0-9 ._&-]{1,11}")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _shown(value: object) -> str:
    """A value for an error message, cut short (a 10 MB argument must not become a 10 MB message)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def text(value: object, name: str, *, max_chars: int = MAX_ID_CHARS, control: bool = False) -> str:
    """A non-empty string of at most ``max_chars`` characters, encodable as UTF-8 (no lone surrogate),
    without control characters unless ``control`` (message texts may hold line breaks)."""
    if not isinstance(value, str) or not value:
        raise ValidationError(f"{name} must be a non-empty string, got {_shown(value)}")
    if len(value) > max_chars:
        raise ValidationError(f"{name} has {len(value)} characters; at most {max_chars} are accepted")
    if _SURROGATE.search(value):
        raise ValidationError(f"{name} contains a lone surrogate (not valid Unicode text): {_shown(value)}")
    if not control and _CONTROL.search(value):
        raise ValidationError(f"{name} contains a control character (line break, NUL …): {_shown(value)}")
    return value


def identifier(value: object, name: str) -> str:
    """An ID used in a path or query: a bounded single-line string, not ``.`` / ``..``, without
    ``/`` or ``\\`` (percent-encoded they would still read as a path separator to many servers and
    proxies: ``a%2F..%2Fb`` must not reach another resource)."""
    result = text(value, name)
    if result.strip(".") == "":
        raise ValidationError(f"{name} {_shown(value)} is not an ID")
    if "/" in result or "\\" in result:
        raise ValidationError(f"{name} {_shown(value)} is not an ID: it contains a slash")
    return result


def phone_number(value: object, name: str = "phone number") -> str:
    """An international number: ``+``, country code and number, 7–15 digits in all, no leading 0.

    Spaces, dashes, dots and parentheses are dropped. A number without ``+`` is refused, with the fix in
    the message: the docs' format is "Country code + phone number", and a local number sent as is would
    reach a different country (or nobody) and still be billed.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValidationError(
            f"{name} must be a string such as '+85298765432' (an int cannot carry the leading '+'), "
            f"got {_shown(value)}"
        )
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a string such as '+85298765432', got {type(value).__name__}")
    if len(value) > 64:
        raise ValidationError(f"{name} is not a phone number: {len(value)} characters")
    number = _PHONE_SEPARATORS.sub("", value)
    if _PHONE.fullmatch(number):
        return number
    if number.startswith("00") and _PHONE.fullmatch("+" + number[2:]):
        fix = "+" + number[2:]
        raise ValidationError(f"{name} {_shown(value)}: write the international prefix as '+': {fix!r}")
    if _LOCAL_PHONE.fullmatch(number):
        raise ValidationError(
            f"{name} {_shown(value)} has no country code: write it as '+' country code and number, "
            f"e.g. '+852{number.lstrip('0')}' for a Hong Kong number"
        )
    raise ValidationError(
        f"{name} {_shown(value)} is not a phone number: expected '+', the country code and the number, "
        "7 to 15 digits in all, e.g. '+85298765432'"
    )


def bounded_list(values: object, name: str, limit: int) -> list[object]:
    """The items of a list, tuple or other iterable (not a string, bytes or mapping), at most ``limit``."""
    if isinstance(values, (str, bytes, bytearray, Mapping)) or not isinstance(values, Iterable):
        raise ValidationError(f"{name} must be a list, got {type(values).__name__}")
    items = list(itertools.islice(values, limit + 1))
    if len(items) > limit:
        raise ValidationError(f"{name} holds more than {limit} items")
    return items


def phone_numbers(values: object, name: str = "recipients") -> list[str]:
    """A non-empty list of distinct numbers (a number listed twice would be sent, and billed, twice)."""
    items = [values] if isinstance(values, str) else bounded_list(values, name, MAX_RECIPIENTS)
    numbers = [phone_number(v, f"{name}[{i}]") for i, v in enumerate(items)]
    if not numbers:
        raise ValidationError(f"{name} must contain at least one phone number")
    seen: dict[str, int] = {}
    for i, number in enumerate(numbers):
        if number in seen:
            raise ValidationError(
                f"{name}[{i}] {number!r} repeats {name}[{seen[number]}]: it would be sent and billed twice"
            )
        seen[number] = i
    return numbers


def sender_id(value: object, name: str = "sender_number") -> str:
    """An alphanumeric Sender ID (what Send OTP requires): 1–11 letters, digits, spaces or ``._&-``,
    at least one letter (the GSM limit for alphanumeric originators is 11 characters)."""
    if not isinstance(value, str) or not _SENDER_ID.fullmatch(value):
        raise ValidationError(
            f"{name} {_shown(value)} is not an alphanumeric Sender ID: OTP SMS must be sent from 1 to 11 "
            "letters, digits, spaces or ._&- with at least one letter (a virtual number cannot be used)"
        )
    return value


def sender(value: object, name: str = "sender_number") -> str:
    """A sender for plain SMS: a phone number of the account, or an alphanumeric Sender ID."""
    if isinstance(value, str) and _SENDER_ID.fullmatch(value):
        return value
    if isinstance(value, str) and _PHONE_SEPARATORS.sub("", value).lstrip("+").isdigit():
        return phone_number(value, name)  # its message shows how to add the country code
    raise ValidationError(
        f"{name} {_shown(value)} is neither a phone number ('+85230018888') nor an alphanumeric Sender ID"
    )


def non_empty_text(value: object, name: str, max_chars: int = MAX_ID_CHARS) -> str:
    """A message text: non-empty, bounded, valid Unicode (line breaks allowed)."""
    return text(value, name, max_chars=max_chars, control=True)


def sms_text(value: object, name: str = "text") -> str:
    """An SMS text; one longer than :data:`MAX_SMS_CHARS` cannot fit in 255 parts (refused unsegmented)."""
    if isinstance(value, str) and len(value) > MAX_SMS_CHARS:
        raise ValidationError(
            f"{name} has {len(value)} characters: more than fit in 255 SMS parts, the most a "
            "concatenated SMS can have"
        )
    return non_empty_text(value, name, MAX_SMS_CHARS)


def otp_text(value: object) -> str:
    result = sms_text(value)
    if "%s" not in result:
        raise ValidationError("text must contain '%s' where CINNOX puts the PIN, e.g. 'Your code is %s'")
    return result


def pin(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        raise ValidationError("pin must be a string (an int would drop leading zeros), e.g. '004821'")
    if not isinstance(value, str) or not _PIN.fullmatch(value):
        raise ValidationError(
            f"pin must be 1 to {MAX_PIN_LENGTH} letters or digits (numeric, alpha or alphanumeric), "
            f"got {_shown(value)}"
        )
    return value


def page_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAGE_SIZE:
        raise ValidationError(f"page_size must be an integer from 1 to {MAX_PAGE_SIZE}, got {_shown(value)}")
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
                f"{name} {_shown(value)} is not an RFC3339 date-time such as 2022-11-07T00:00:00.000Z"
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


def webhook_url(value: object, name: str = "url") -> str:
    """An absolute http(s) URL on one line (a CR/LF would split the request CINNOX sends to it)."""
    url = text(value, name, max_chars=MAX_URL_CHARS)
    if any(c.isspace() for c in url):
        raise ValidationError(f"{name} {_shown(url)} contains white space; percent-encode it")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise ValidationError(f"{name} {_shown(url)} is not a URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"{name} {_shown(url)} must be an absolute http(s) URL that CINNOX can reach")
    return url
