"""Checkpoint: everything a pager needs to continue a list exactly where it stopped.

A checkpoint names the next page to read (window index and offset), carries the de-duplication
state that crosses a window boundary (``seen``: the identities of the records the previous window
returned, which this window may return again at the shared instant; ``carry``: those this window
returned before ``offset`` that the next window may return again), and the end instant pinned when an
open range (``end_at=None``) started, so a resumed export reads the same windows with the same
offsets. It round-trips through a JSON-safe dict::

    {"window": 3, "offset": 500, "seen": ["k:sms-1", ...], "end_at": "2026-11-22T23:00:00+00:00",
     "carry": ["k:sms-9", ...]}

``seen`` and ``carry`` hold record identities as strings: ``"k:<id>"`` for a string key, ``"j:<json>"`` for
another key, ``"c:<hash>"`` for a record without a key (a hash of its full content).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any, Final

import attrs

from .errors import ValidationError

__all__ = ["Checkpoint"]

_FIELDS: Final = frozenset({"window", "offset", "seen", "end_at", "carry"})


def _non_negative_int(name: str) -> Any:
    def check(_instance: object, _attribute: object, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"Checkpoint.{name} must be an integer ≥ 0, got {value!r}")

    return check


def _identities(name: str, value: object) -> frozenset[str]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise ValidationError(f"Checkpoint.{name} must be a list of strings, got {type(value).__name__}")
    items = value if isinstance(value, frozenset) else list(value)
    if not all(isinstance(v, str) for v in items):
        raise ValidationError(f"Checkpoint.{name} must be a list of strings")
    return items if isinstance(items, frozenset) else frozenset(items)


def _seen(value: object) -> frozenset[str]:
    return _identities("seen", value)


def _carry(value: object) -> frozenset[str]:
    return _identities("carry", value)


def _end_at(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ValidationError(f"Checkpoint.end_at must be an aware datetime or None, got {value!r}")


@attrs.frozen
class Checkpoint:
    """Where to continue: window index, offset of the next page in it, boundary state, pinned end."""

    window: int = attrs.field(default=0, validator=_non_negative_int("window"))
    offset: int = attrs.field(default=0, validator=_non_negative_int("offset"))
    #: Identities of the records the previous window returned (dropped again at the boundary).
    seen: frozenset[str] = attrs.field(default=frozenset(), converter=_seen, repr=lambda s: f"<{len(s)}>")
    #: The end instant pinned when an open range started (``None`` for a range with an end).
    end_at: datetime | None = attrs.field(default=None, validator=_end_at)
    #: Identities of the records this window returned before ``offset`` that the next window may
    #: return again (all of them, or with ``time_of`` those near the window's end).
    carry: frozenset[str] = attrs.field(default=frozenset(), converter=_carry, repr=lambda s: f"<{len(s)}>")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (``json.dumps`` works on it); :meth:`from_dict` reads it back."""
        return {
            "window": self.window,
            "offset": self.offset,
            "seen": sorted(self.seen),
            "end_at": None if self.end_at is None else self.end_at.astimezone(UTC).isoformat(),
            "carry": sorted(self.carry),
        }

    @classmethod
    def from_dict(cls, data: object) -> Checkpoint:
        """The checkpoint :meth:`to_dict` wrote; :class:`ValidationError` on anything malformed."""
        if not isinstance(data, Mapping):
            raise ValidationError(f"a checkpoint must be a JSON object, got {type(data).__name__}")
        unknown = set(data) - _FIELDS
        if unknown:
            raise ValidationError(f"unknown checkpoint field(s): {sorted(map(str, unknown))}")
        if "window" not in data or "offset" not in data:
            raise ValidationError("a checkpoint needs 'window' and 'offset'")
        end_at = data.get("end_at")
        if end_at is not None:
            if not isinstance(end_at, str):
                raise ValidationError(f"Checkpoint end_at must be an ISO 8601 string, got {end_at!r}")
            try:
                end_at = datetime.fromisoformat(end_at)
            except ValueError:
                raise ValidationError(f"Checkpoint end_at {end_at!r} is not an ISO 8601 date-time") from None
        seen, carry = data.get("seen", []), data.get("carry", [])
        if not isinstance(seen, list) or not isinstance(carry, list):
            raise ValidationError("Checkpoint seen and carry must be lists of strings")
        return cls(data["window"], data["offset"], seen, end_at, carry)

    @classmethod
    def _trusted(
        cls, window: int, offset: int, seen: frozenset[str], end_at: datetime | None, carry: frozenset[str]
    ) -> Checkpoint:
        """A checkpoint from a pager's own state, which already holds these types (no validation: a
        pager writes one per page)."""
        checkpoint = object.__new__(cls)
        for name, value in (
            ("window", window),
            ("offset", offset),
            ("seen", seen),
            ("end_at", end_at),
            ("carry", carry),
        ):
            object.__setattr__(checkpoint, name, value)
        return checkpoint
