"""Time windows: a range ``[start, end]`` cut into consecutive windows no longer than ``max_window``.

Windows are computed on demand (``Windows[i]`` is arithmetic), never built up front, and their
number is bounded (:data:`MAX_WINDOWS`): each window costs at least one request, so a range that
would need more is a mistake (``max_window=timedelta(microseconds=1)`` over 30 days) refused before
anything is sent. Instants are kept in UTC; one outside what ``datetime`` can represent after that
conversion is refused as well, so no caller ever sees an ``OverflowError``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Final, overload

from .errors import ValidationError

__all__ = ["MAX_WINDOWS", "Window", "Windows", "max_window", "split_windows", "utc"]

#: The most windows one range may be split into (each is at least one request).
MAX_WINDOWS: Final = 100_000

Window = tuple[datetime | None, datetime | None]


def utc(value: datetime | None, name: str) -> datetime | None:
    """``value`` in UTC (an aware datetime), or a :class:`ValidationError` if it cannot be."""
    if value is None:
        return None
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise ValidationError(f"{name} {value!r} is out of range once converted to UTC") from None


def max_window(value: object) -> timedelta | None:
    """A positive :class:`~datetime.timedelta` (or ``None``: no cap)."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise ValidationError(
            f"max_window must be a datetime.timedelta such as timedelta(days=1), got {type(value).__name__}"
        )
    if value <= timedelta(0):
        raise ValidationError(f"max_window must be positive, got {value!r}")
    return value


class Windows(Sequence[Window]):
    """The consecutive windows covering ``[start, end]``; neighbours share their boundary instant."""

    __slots__ = ("_count", "end", "start", "step")

    def __init__(self, start: datetime | None, end: datetime | None, step: timedelta | None) -> None:
        self.start = utc(start, "start_at")
        self.end = utc(end, "end_at")
        self.step = max_window(step)
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValidationError(f"start_at {self.start.isoformat()} is after end_at {self.end.isoformat()}")
        if self.step is None or self.start is None or self.end is None:
            self._count = 1
            return
        span = self.end - self.start
        count = max(1, -(-span // self.step))  # ceil, in exact integer arithmetic
        if count > MAX_WINDOWS:
            raise ValidationError(
                f"max_window={self.step} splits the range {self.start.isoformat()} .. "
                f"{self.end.isoformat()} into {count:,} windows (at least one request each); "
                f"the limit is {MAX_WINDOWS:,}: use a larger max_window or a shorter range"
            )
        self._count = count

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> Window: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Window]: ...
    def __getitem__(self, index: int | slice) -> Window | Sequence[Window]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError("window index out of range")
        if self._count == 1 or self.start is None or self.end is None or self.step is None:
            return (self.start, self.end)
        lo = self.start + self.step * index
        # never compute past ``end``: near datetime.max, ``lo + step`` would overflow
        hi = self.end if self.end - lo <= self.step else lo + self.step
        return (lo, hi)

    def __iter__(self) -> Iterator[Window]:
        return (self[i] for i in range(self._count))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Windows):
            return (self.start, self.end, self.step, self._count) == (
                other.start,
                other.end,
                other.step,
                other._count,
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.step))

    def __repr__(self) -> str:
        def show(d: datetime | None) -> str:
            return d.isoformat() if d else "…"

        return f"Windows({show(self.start)} .. {show(self.end)}, {self._count} × ≤{self.step})"


def split_windows(start: datetime | None, end: datetime | None, max_window: timedelta | None) -> list[Window]:
    """Consecutive windows covering ``[start, end]``, none longer than ``max_window`` (as a list)."""
    return list(Windows(start, end, max_window))
