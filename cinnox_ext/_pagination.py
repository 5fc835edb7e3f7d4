"""Paging: lazy iterators over every record of an ``offset``/``limit`` list, across time windows.

A list is read page by page (``limit`` = ``page_size`` ≤ 500) and ends at the first short page, or
at CINNOX's "No records found" (6451011). When an endpoint caps its time window (``max_window``),
the range is split into consecutive windows read one after the other (computed on demand, see
:mod:`._windows`); neighbours share their boundary instant (in case the server treats both ends as
inclusive) and a record the previous window returned is not yielded again.

Exactness is checked, not assumed. Every record has an identity: its ``key`` (the spec's
``x-cinnox-pagination.key``) or, when it has none (``key`` is ``None`` or returns ``None``/unset),
a hash of its full content. Inside a window each identity is remembered with its position
(``offset`` + index in the page):

* seen again at the *same* position (a page longer than ``limit`` overlapping the next one): the
  copy is dropped — nothing is lost or repeated;
* a keyed record seen again at *another* position, or a page made only of key-less records already
  read at other positions: the server does not advance (it ignores ``offset``, repeats a page, or
  the list shifted under the reader). Going on would loop forever, lose records or repeat them, so
  the pager raises :class:`~cinnox_ext.errors.PaginationError`.

Key-less records are therefore de-duplicated by full content: two key-less records identical in
every field are one record at a window boundary.

The logic lives once, in :class:`_Walk` (no I/O: it plans requests and accepts answers in order);
:class:`SyncPager` and :class:`AsyncPager` are thin drivers. Both can prefetch: ``prefetch=N`` keeps
up to N page requests of the current window in flight (worker threads for the sync pager, tasks for
the async one) and still yield pages in order; requests beyond the end of a window are cancelled or
discarded, an error in a page is raised in its turn, and closing or leaving the iteration shuts the
workers down.

An open range (``end_at=None``) is pinned when iteration starts (now, UTC), so offsets stay stable
while the list grows. :class:`~cinnox_ext.Checkpoint` names the next page to read with everything
needed to continue exactly (``Page.next``; ``pages(resume=...)``).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import weakref
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Hashable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Final, Generic, Self, TypeVar

import attrs

from . import _validation
from ._checkpoint import Checkpoint
from ._windows import Window, Windows, split_windows, utc
from ._windows import max_window as _max_window
from .errors import NoRecordsError, PaginationError, ValidationError

__all__ = [
    "MAX_PREFETCH",
    "AsyncPager",
    "Checkpoint",
    "Page",
    "SyncPager",
    "Window",
    "Windows",
    "record_identity",
    "split_windows",
]

T = TypeVar("T")

#: The most page requests one pager keeps in flight.
MAX_PREFETCH: Final = 16

FetchPage = Callable[[int, int, datetime | None, datetime | None], list[T]]
AsyncFetchPage = Callable[[int, int, datetime | None, datetime | None], Awaitable[list[T]]]
RecordKey = Callable[[T], Hashable]

#: (window index, offset): one page request.
_Request = tuple[int, int]


@attrs.frozen
class Page(Generic[T]):
    """One page of records, with where it came from and where the next one starts."""

    items: list[T]
    window: Window
    window_index: int
    offset: int
    limit: int
    #: How many records the server returned (``items`` may hold fewer after de-duplication).
    fetched: int
    #: The checkpoint of the next page, or ``None`` when this was the last page of the last window.
    next: Checkpoint | None = None

    @property
    def is_last_in_window(self) -> bool:
        return self.fetched < self.limit

    def next_checkpoint(self, window_count: int | None = None) -> Checkpoint | None:
        """Deprecated spelling of :attr:`next` (``window_count`` is ignored)."""
        return self.next


def _plain(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, datetime):
        return value.isoformat()
    if attrs.has(type(value)):
        return attrs.asdict(value)  # type: ignore[arg-type]
    return repr(value)


def record_identity(record: object, key: RecordKey[Any] | None) -> tuple[str, bool]:
    """``(identity, keyed)``: ``"k:<id>"``/``"j:<json>"`` from ``key``, else ``"c:<content hash>"``.

    A key that is ``None``, empty or unset (or a ``key`` that cannot read the record) means the
    record has no key; it is then identified by its full content.
    """
    value: object = None
    if key is not None:
        try:
            value = key(record)
        except (AttributeError, KeyError, TypeError, IndexError):
            value = None
    if value is not None and (value or isinstance(value, (int, float))):
        if isinstance(value, str):
            return "k:" + value, True
        try:
            return "j:" + json.dumps(value, sort_keys=True, default=_plain, separators=(",", ":")), True
        except (TypeError, ValueError, RecursionError):
            return "r:" + repr(value), True
    try:
        text = json.dumps(record, sort_keys=True, default=_plain, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(record)
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
    return "c:" + digest, False


def _prefetch(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PREFETCH:
        raise ValidationError(f"prefetch must be an integer from 1 to {MAX_PREFETCH}, got {value!r}")
    return value


class _Walk(Generic[T]):
    """One pass over a list: plans page requests and accepts their answers in order (no I/O).

    ``offset`` is the next page to accept; ``schedule()`` may run ahead of it inside the current
    window (prefetch) and ``rewind()`` forgets what was planned but not accepted.
    """

    def __init__(self, pager: _PagerCore[T], resume: Checkpoint | None) -> None:
        if resume is None:
            resume = Checkpoint()
        elif not isinstance(resume, Checkpoint):
            raise ValidationError(
                f"resume must be a Checkpoint (Checkpoint.from_dict(d)), got {type(resume).__name__}"
            )
        self.pinned: datetime | None = None
        end = pager.end_at
        if end is None:
            end = resume.end_at or datetime.now(UTC)
            if pager.start_at is not None and end < pager.start_at:
                end = pager.start_at
            self.pinned = end = utc(end, "end_at")
        elif resume.end_at is not None and resume.end_at != end:
            raise ValidationError(
                f"the checkpoint belongs to a range ending {resume.end_at.isoformat()}, not {end.isoformat()}"
            )
        self.windows = Windows(pager.start_at, end, pager.max_window)
        if resume.window > len(self.windows) or (resume.window == len(self.windows) and resume.offset):
            raise ValidationError(
                f"the checkpoint names window {resume.window} offset {resume.offset}, "
                f"but this range has {len(self.windows)} window(s)"
            )
        self.name = pager.name
        self.limit = pager.page_size
        self._key = pager.key
        self.window = resume.window
        self.offset = resume.offset
        self._planned = resume.offset
        self._previous = resume.seen if len(self.windows) > 1 else frozenset()
        self._positions: dict[str, int] = {}
        self._keyless: set[str] = set()
        self._keyless_at: set[tuple[str, int]] = set()

    @property
    def done(self) -> bool:
        return self.window >= len(self.windows)

    @property
    def current(self) -> Window:
        return self.windows[self.window]

    def schedule(self) -> _Request | None:
        """The next page request to send (possibly ahead of the accepted position), or ``None``."""
        if self.done:
            return None
        request = (self.window, self._planned)
        self._planned += self.limit
        return request

    def rewind(self) -> None:
        """Forget requests planned but not accepted (cancelled prefetch, an error, a closed loop)."""
        self._planned = self.offset

    def checkpoint(self) -> Checkpoint:
        return Checkpoint(self.window, self.offset, self._previous, self.pinned)

    def accept(self, request: _Request, records: object) -> Page[T]:
        """The answer to ``request``, which must be the next page in order, as a :class:`Page`."""
        if request != (self.window, self.offset):  # pragma: no cover - the drivers keep the order
            raise RuntimeError(f"page {request} accepted out of order (expected {self.window, self.offset})")
        items: list[T] = records if isinstance(records, list) else list(records)  # type: ignore[call-overload]
        fresh: list[T] = []
        repeated = 0
        for index, item in enumerate(items):
            position = self.offset + index
            token, keyed = record_identity(item, self._key)
            if keyed:
                seen_at = self._positions.get(token)
                if seen_at is None:
                    self._positions[token] = position
                    if token not in self._previous:  # else: returned again at the window boundary
                        fresh.append(item)
                elif seen_at != position:
                    raise self._not_advancing(f"a record read at position {seen_at} came back at {position}")
                # else: an overlapping page, the same record at the same position
            else:
                if (token, position) in self._keyless_at:
                    continue  # an overlapping page: the same record at the same position
                self._keyless_at.add((token, position))
                if token in self._keyless:
                    repeated += 1
                self._keyless.add(token)
                if token not in self._previous:
                    fresh.append(item)
        if items and repeated == len(items):
            raise self._not_advancing("the page repeats key-less records already read at other positions")
        return self._advance(items, fresh)

    def _advance(self, items: list[T], fresh: list[T]) -> Page[T]:
        window, offset = self.window, self.offset
        page_window = self.current
        if len(items) < self.limit:  # the last page of this window
            boundary = frozenset(self._positions).union(self._keyless)
            self.window += 1
            self.offset = self._planned = 0
            self._previous = boundary if len(self.windows) > 1 else frozenset()
            self._positions, self._keyless, self._keyless_at = {}, set(), set()
        else:
            self.offset += self.limit
        following = None if self.done else self.checkpoint()
        return Page(fresh, page_window, window, offset, self.limit, len(items), following)

    def _not_advancing(self, what: str) -> PaginationError:
        return PaginationError(
            f"{self.name or 'list'}: the page at offset {self.offset} of window {self.window} does not "
            f"advance ({what}): the server ignores offset, repeats pages, or the list changed while it "
            "was read. Stopping here rather than looping, losing records or yielding them twice",
            window=self.window,
            offset=self.offset,
        )


class _PagerCore(Generic[T]):
    """What both pagers share: validated options, the record position, ``repr``."""

    def __init__(
        self,
        *,
        page_size: int,
        start_at: object = None,
        end_at: object = None,
        max_window: timedelta | None = None,
        key: RecordKey[T] | None = None,
        prefetch: int = 1,
        name: str | None = None,
    ) -> None:
        self.page_size = _validation.page_size(page_size)
        self.start_at = utc(_validation.timestamp(start_at, "start_at"), "start_at")
        self.end_at = utc(_validation.timestamp(end_at, "end_at"), "end_at")
        self.max_window = _max_window(max_window)
        if key is not None and not callable(key):
            raise ValidationError(f"key must be a function of a record, got {type(key).__name__}")
        self.key = key
        self.prefetch = _prefetch(prefetch)
        self.name = name if isinstance(name, str) else None
        # checks the range and the window count now, before any request
        self._windows = Windows(self.start_at, self.end_at or _now_after(self.start_at), self.max_window)
        self._walk: _Walk[T] | None = None  # the position of record iteration
        self._buffer: deque[T] = deque()

    @property
    def windows(self) -> Windows:
        """The windows being read (an open range: as pinned when iteration started)."""
        return self._walk.windows if self._walk is not None else self._windows

    def _position(self) -> _Walk[T]:
        if self._walk is None:
            self._walk = _Walk(self, None)
        return self._walk

    def __repr__(self) -> str:
        windows = self.windows
        where = "not started"
        if self._walk is not None:
            walk = self._walk
            where = "done" if walk.done else f"at window {walk.window} offset {walk.offset}"
        first, last = windows.start, windows.end
        span = f"{first.isoformat() if first else '…'} .. {last.isoformat() if last else '…'}"
        return (
            f"<{type(self).__name__} {self.name or 'list'} page_size={self.page_size} "
            f"prefetch={self.prefetch} windows={len(windows)} ({span}) {where}>"
        )


def _now_after(start: datetime | None) -> datetime:
    now = datetime.now(UTC)
    return start if start is not None and start > now else now


# ----------------------------------------------------------------------------------------- sync
def _fetch_now(fetch: Callable[[], list[T]]) -> Future[list[T]]:
    """A completed future: the request runs on the caller's thread (no prefetch)."""
    future: Future[list[T]] = Future()
    try:
        future.set_result(fetch())
    except Exception as exc:
        future.set_exception(exc)
    return future


def _run_sync(
    walk: _Walk[T], get: Callable[[_Walk[T], _Request], list[T]], prefetch: int
) -> Iterator[Page[T]]:
    """Drive ``walk`` with up to ``prefetch`` requests in flight on worker threads."""
    executor = ThreadPoolExecutor(prefetch, thread_name_prefix="cinnox-pager") if prefetch > 1 else None
    in_flight: deque[tuple[_Request, Future[list[T]]]] = deque()
    try:
        while not walk.done:
            while len(in_flight) < prefetch and (request := walk.schedule()) is not None:
                if executor is None:
                    future = _fetch_now(lambda r=request: get(walk, r))  # type: ignore[misc]
                else:
                    future = executor.submit(get, walk, request)
                in_flight.append((request, future))
            request, future = in_flight.popleft()
            page = walk.accept(request, future.result())
            if page.is_last_in_window:  # pages beyond the end: not needed
                while in_flight:
                    in_flight.popleft()[1].cancel()
            yield page
    finally:
        for _, future in in_flight:
            future.cancel()
        walk.rewind()
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


class SyncPager(_PagerCore[T], Iterator[T]):
    """Records with ``for r in pager`` / ``next(pager)``, or pages with ``pager.pages()``.

    The pager is an iterator with one position: ``next(pager)`` then ``for r in pager`` continues
    where ``next`` stopped, and a loop left with ``break`` can be continued by the next loop (the
    worker threads of ``prefetch`` are shut down when a loop is left and started again by the next).
    ``pages(resume=...)`` is a separate pass from the start or from a checkpoint. Nothing is fetched
    until iteration.
    """

    def __init__(self, fetch: FetchPage[T], **options: Any) -> None:
        if not callable(fetch):
            raise ValidationError("fetch must be callable")
        super().__init__(**options)
        self._fetch = fetch
        self._loop: weakref.ref[Iterator[T]] | None = None  # a running ``for`` loop's view
        self._next_view: Iterator[T] | None = None  # the view ``next(pager)`` reads from

    def _get(self, walk: _Walk[T], request: _Request) -> list[T]:
        window = walk.windows[request[0]]
        try:
            return self._fetch(request[1], self.page_size, *window)
        except NoRecordsError:
            return []

    def pages(self, resume: Checkpoint | None = None) -> Iterator[Page[T]]:
        """Pages from the start, or from ``resume`` (checked now, before any request)."""
        return _run_sync(_Walk(self, resume), self._get, self.prefetch)

    def _records(self) -> Iterator[T]:
        walk = self._position()
        pages: Iterator[Page[T]] | None = None
        try:
            while True:
                while self._buffer:
                    yield self._buffer.popleft()
                if walk.done:
                    return
                if pages is None:
                    pages = _run_sync(walk, self._get, self.prefetch)
                page = next(pages, None)
                if page is None:
                    return
                self._buffer.extend(page.items)
        finally:
            if pages is not None:
                pages.close()  # type: ignore[attr-defined]

    def __iter__(self) -> Iterator[T]:
        self.close()
        view = self._records()
        self._loop = weakref.ref(view)
        return view

    def __next__(self) -> T:
        view = self._loop() if self._loop is not None else None
        if view is None:
            if self._next_view is None:
                self._next_view = self._records()
            view = self._next_view
        return next(view)

    def close(self) -> None:
        """Stop any prefetching now (the position is kept: iteration can continue later)."""
        view = self._loop() if self._loop is not None else None
        for running in (view, self._next_view):
            if running is not None:
                running.close()  # type: ignore[attr-defined]
        self._loop = self._next_view = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------------------- async
async def _discard(tasks: list[asyncio.Task[list[T]]]) -> None:
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


async def _run_async(
    walk: _Walk[T], get: Callable[[_Walk[T], _Request], Awaitable[list[T]]], prefetch: int
) -> AsyncIterator[Page[T]]:
    """Drive ``walk`` with up to ``prefetch`` requests in flight as tasks."""
    in_flight: deque[tuple[_Request, asyncio.Task[list[T]]]] = deque()
    try:
        while not walk.done:
            while len(in_flight) < prefetch and (request := walk.schedule()) is not None:
                in_flight.append((request, asyncio.ensure_future(get(walk, request))))
            request, task = in_flight.popleft()
            page = walk.accept(request, await task)
            if page.is_last_in_window:
                await _discard([t for _, t in in_flight])
                in_flight.clear()
            yield page
    finally:
        await _discard([t for _, t in in_flight])
        walk.rewind()


class AsyncPager(_PagerCore[T], AsyncIterator[T]):
    """``async for r in pager`` / ``await anext(pager)`` / ``pager.pages()``, same rules as
    :class:`SyncPager`; ``prefetch`` > 1 keeps that many page requests in flight as tasks."""

    def __init__(self, fetch: AsyncFetchPage[T], **options: Any) -> None:
        if not callable(fetch):
            raise ValidationError("fetch must be callable")
        super().__init__(**options)
        self._fetch = fetch
        self._view: AsyncIterator[T] | None = None

    async def _get(self, walk: _Walk[T], request: _Request) -> list[T]:
        window = walk.windows[request[0]]
        try:
            return await self._fetch(request[1], self.page_size, *window)
        except NoRecordsError:
            return []

    def pages(self, resume: Checkpoint | None = None) -> AsyncIterator[Page[T]]:
        """Pages from the start, or from ``resume`` (checked now, before any request)."""
        return _run_async(_Walk(self, resume), self._get, self.prefetch)

    async def _records(self) -> AsyncIterator[T]:
        walk = self._position()
        pages: AsyncIterator[Page[T]] | None = None
        try:
            while True:
                while self._buffer:
                    yield self._buffer.popleft()
                if walk.done:
                    return
                if pages is None:
                    pages = _run_async(walk, self._get, self.prefetch)
                page = await anext(pages, None)
                if page is None:
                    return
                self._buffer.extend(page.items)
        finally:
            if pages is not None:
                await pages.aclose()  # type: ignore[attr-defined]

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        if self._view is None:
            self._view = self._records()
        return await anext(self._view)

    async def aclose(self) -> None:
        """Cancel any prefetched requests now (the position is kept)."""
        view, self._view = self._view, None
        if view is not None:
            await view.aclose()  # type: ignore[attr-defined]

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
