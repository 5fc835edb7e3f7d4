"""Paging: lazy iterators over every record of an ``offset``/``limit`` list, across time windows.

A list is read page by page (``limit`` = ``page_size`` ≤ 500) and ends at the first short page, or
at CINNOX's "No records found" (6451011). Only one page is held at a time, so memory does not grow
with the size of the export. When an endpoint caps its time window (``max_window``), the range is
split into consecutive windows that are read one after the other; consecutive windows share their
boundary instant (in case the server treats both ends as inclusive) and a record already yielded by
the previous window is not yielded again.

The async pager can prefetch: it keeps up to ``prefetch`` page requests in flight while the caller
consumes, still yielding pages in order, so an export is bounded by the rate limiter (every request
takes a slot), not by round-trip latency.

:class:`Checkpoint` names the next page to read; ``pages(resume=...)`` starts there, which is how the
CLI resumes an interrupted export without losing or repeating records.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator
from datetime import datetime, timedelta
from typing import Generic, TypeVar

import attrs

from . import _validation
from .errors import NoRecordsError, ValidationError

T = TypeVar("T")

Window = tuple[datetime | None, datetime | None]
FetchPage = Callable[[int, int, datetime | None, datetime | None], list[T]]
AsyncFetchPage = Callable[[int, int, datetime | None, datetime | None], Awaitable[list[T]]]
RecordKey = Callable[[T], Hashable]


@attrs.frozen
class Checkpoint:
    """Where to continue: the window's index and the offset of the next page inside it."""

    window: int = 0
    offset: int = 0


@attrs.frozen
class Page(Generic[T]):
    """One page of records, with where it came from and where the next one starts."""

    items: list[T]
    window: Window
    window_index: int
    offset: int
    limit: int
    #: How many records the server returned (``items`` may hold fewer after window de-duplication).
    fetched: int

    @property
    def is_last_in_window(self) -> bool:
        return self.fetched < self.limit

    def next_checkpoint(self, window_count: int) -> Checkpoint | None:
        """The checkpoint after this page, or ``None`` when this was the last page of the last window."""
        if not self.is_last_in_window:
            return Checkpoint(self.window_index, self.offset + self.limit)
        if self.window_index + 1 < window_count:
            return Checkpoint(self.window_index + 1, 0)
        return None


def split_windows(start: datetime | None, end: datetime | None, max_window: timedelta | None) -> list[Window]:
    """Consecutive windows covering ``[start, end]``, none longer than ``max_window``."""
    if max_window is None or start is None or end is None or end - start <= max_window:
        return [(start, end)]
    if max_window <= timedelta(0):
        raise ValidationError("max_window must be positive")
    windows: list[Window] = []
    cursor = start
    while cursor < end:
        stop = min(cursor + max_window, end)
        windows.append((cursor, stop))
        cursor = stop
    return windows


class _PagerBase(Generic[T]):
    def __init__(
        self,
        *,
        page_size: int,
        start_at: object = None,
        end_at: object = None,
        max_window: timedelta | None = None,
        key: RecordKey[T] | None = None,
    ) -> None:
        self.page_size = _validation.page_size(page_size)
        start, end = _validation.time_window(start_at, end_at)
        self.windows = split_windows(start, end, max_window)
        self._key = key

    def _dedupe(self, items: list[T], previous: set[Hashable], current: set[Hashable]) -> list[T]:
        """Drop records the previous window already yielded (only when windows were split)."""
        if self._key is None or len(self.windows) == 1:
            return items
        fresh = []
        for item in items:
            k = self._key(item)
            current.add(k)
            if k not in previous:
                fresh.append(item)
        return fresh


class SyncPager(_PagerBase[T]):
    """Iterate records (``for r in pager``) or pages (``pager.pages()``); nothing is fetched until then.

    Each ``for`` loop reads the list from its start; ``next(pager)`` also works and reads on from
    where the previous ``next`` stopped, so the pager can be used as an iterator.
    """

    def __init__(self, fetch: FetchPage[T], **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        self._fetch = fetch
        self._cursor: Iterator[T] | None = None

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def __next__(self) -> T:
        if self._cursor is None:
            self._cursor = iter(self)
        return next(self._cursor)

    def _get(self, offset: int, window: Window) -> list[T]:
        try:
            return self._fetch(offset, self.page_size, *window)
        except NoRecordsError:
            return []

    def pages(self, resume: Checkpoint | None = None) -> Iterator[Page[T]]:
        resume = resume or Checkpoint()
        previous: set[Hashable] = set()
        for index in range(resume.window, len(self.windows)):
            window = self.windows[index]
            current: set[Hashable] = set()
            offset = resume.offset if index == resume.window else 0
            while True:
                items = self._get(offset, window)
                page_items = self._dedupe(items, previous, current)
                page = Page(page_items, window, index, offset, self.page_size, len(items))
                yield page
                if page.is_last_in_window:
                    break
                offset += self.page_size
            previous = current


class AsyncPager(_PagerBase[T]):
    """``async for r in pager`` / ``pager.pages()``; ``prefetch`` > 1 keeps that many requests in flight."""

    def __init__(self, fetch: AsyncFetchPage[T], *, prefetch: int = 1, **options: object) -> None:
        super().__init__(**options)  # type: ignore[arg-type]
        if isinstance(prefetch, bool) or not isinstance(prefetch, int) or prefetch < 1:
            raise ValidationError(f"prefetch must be an integer ≥ 1, got {prefetch!r}")
        self._fetch = fetch
        self.prefetch = prefetch
        self._cursor: AsyncIterator[T] | None = None

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def __anext__(self) -> T:
        """``await anext(pager)`` reads on from where the previous call stopped."""
        if self._cursor is None:
            self._cursor = aiter(self)
        return await anext(self._cursor)

    async def _get(self, offset: int, window: Window) -> list[T]:
        try:
            return await self._fetch(offset, self.page_size, *window)
        except NoRecordsError:
            return []

    async def pages(self, resume: Checkpoint | None = None) -> AsyncIterator[Page[T]]:
        resume = resume or Checkpoint()
        previous: set[Hashable] = set()
        for index in range(resume.window, len(self.windows)):
            window = self.windows[index]
            current: set[Hashable] = set()
            next_offset = resume.offset if index == resume.window else 0
            in_flight: deque[tuple[int, asyncio.Task[list[T]]]] = deque()
            try:
                while True:
                    while len(in_flight) < self.prefetch:
                        task = asyncio.ensure_future(self._get(next_offset, window))
                        in_flight.append((next_offset, task))
                        next_offset += self.page_size
                    offset, task = in_flight.popleft()
                    items = await task
                    page_items = self._dedupe(items, previous, current)
                    page = Page(page_items, window, index, offset, self.page_size, len(items))
                    yield page
                    if page.is_last_in_window:
                        break
            finally:
                for _, pending in in_flight:
                    pending.cancel()
                for _, pending in in_flight:
                    with contextlib.suppress(BaseException):
                        await pending
            previous = current
