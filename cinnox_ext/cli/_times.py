"""Times on the command line: ``--since``/``--until`` as RFC 3339, dates, or relative to now.

- ``2025-11-01T08:00:00Z`` / ``…+08:00``: that instant (a time without offset is taken as UTC).
- ``2025-11-01``: midnight UTC at the start of that day.
- ``7d``, ``12h``, ``30m``, ``2w``, ``45s``: that long before now; ``now``: now.

Errors name the option (``--since``), never an SDK parameter.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Final

from ..errors import ValidationError

__all__ = ["parse_when"]

_RELATIVE: Final = re.compile(r"(\d{1,7})\s*([smhdw])")
_UNITS: Final = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
HELP: Final = "RFC 3339 (2025-11-01T08:00:00Z), a date (2025-11-01: UTC midnight), or relative (7d, 12h, 30m)"


def parse_when(value: str, option: str, *, now: datetime | None = None) -> datetime:
    """An aware UTC datetime for a ``--since``/``--until`` value, or ``ValidationError`` naming ``option``."""
    text = value.strip()
    now = now or datetime.now(UTC)
    if text.lower() == "now":
        return now
    if m := _RELATIVE.fullmatch(text.lower()):
        try:
            return now - timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})
        except OverflowError:
            raise ValidationError(f"{option} {value!r} reaches before year 1") from None
    if _DATE.fullmatch(text):
        try:
            return datetime.fromisoformat(text).replace(tzinfo=UTC)
        except ValueError:
            raise ValidationError(f"{option}: {value!r} is not a calendar date") from None
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise ValidationError(f"{option}: cannot read {value!r}; use {HELP}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        raise ValidationError(f"{option}: {value!r} is out of range") from None
