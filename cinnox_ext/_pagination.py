"""Paging: lazy iterators over every record of an ``offset``/``limit`` list, across time windows.

A list is read page by page (``limit`` = ``page_size`` ≤ 500) and ends at the first short page, or
at CINNOX's "No records found" (6451011). When an endpoint caps its time window (``max_window``),
the range is split into consecutive windows read one after the other (computed on demand, see
:mod:`._windows`); neighbours share their boundary instant (in case the server treats both ends as
inclusive) and a record the previous window returned is not yielded again.

Exactness is checked, not assumed. Every record has an identity: its ``key`` (the spec's
``x-cinnox-pagination.key``) or, when it has none (``key`` is ``None``, or returns ``None``, ``""``
or unset, or cannot read the record), a hash of its full content. Inside a window each identity is
remembered with its position (``offset`` + index in the page):

* seen again at the *same* position (a page longer than ``limit`` overlapping the next one): the
  copy is dropped — nothing is lost or repeated;
* seen again at *another* position: the server does not advance (it ignores ``offset``, repeats a
  page, wraps around, or the list shifted under the reader). Going on would loop forever, lose
  records or repeat them, so the pager raises :class:`~cinnox_ext.errors.PaginationError` before
  yielding anything of that page.

Key-less records are de-duplicated by full content: two key-less records identical in every field
are one record at a window boundary, and within one window they are reported as a repeat (they
cannot be told apart from a server that repeats itself). At a window boundary, records the previous
window returned are dropped silently (expected: neighbours share their boundary instant).

The logic lives once, in :class:`_Walk` (no I/O: it plans requests and accepts answers in order);
:class:`SyncPager` and :class:`AsyncPager` are thin drivers. Both can prefetch: ``prefetch=N`` keeps
up to N page requests in flight (worker threads for the sync pager, tasks for the async one) and
still yields pages in order. :meth:`_Walk.plan` says what to send: the next page, then either the
pages after it (once the window has shown a full page) or the first page of the following windows
(always needed). Requests beyond the end of a window are cancelled or discarded, an error in a page
is raised in its turn, and closing or leaving the iteration shuts the workers down.

An open range (``end_at=None``) is pinned when iteration starts (now, UTC), so offsets stay stable
while the list grows. :class:`~cinnox_ext.Checkpoint` names the next page to read with everything
needed to continue exactly (``Page.next``; ``pages(resume=...)``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import weakref
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Collection,
    Generator,
    Hashable,
    Iterable,
    Iterator,
)
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
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
F = TypeVar("F")

#: The most page requests one pager keeps in flight.
MAX_PREFETCH: Final = 16

FetchPage = Callable[[int, int, datetime | None, datetime | None], list[T]]
AsyncFetchPage = Callable[[int, int, datetime | None, datetime | None], Awaitable[list[T]]]
RecordKey = Callable[[T], Hashable]

#: How far from a window's bounds a record's time (``time_of``) may lie: a server that rounds the
#: bounds it is given to its own precision still returns only what the neighbour returns too.
BOUNDARY_SLACK: Final = timedelta(minutes=1)

TimeOf = Callable[[T], "datetime | None"]

#: (window index, offset): one page request.
_Request = tuple[int, int]
#: Where a pass without a checkpoint starts.
_START: Final = Checkpoint()


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


#: A record's identity in memory: its key when that is a non-empty string (the common case, kept
#: as is: no copy, its hash computed once), else ``(kind, text)``. In a checkpoint: a string.
_Identity = str | tuple[str, str]


def _identity(record: object, key: RecordKey[Any] | None) -> _Identity:
    """The key of ``record``, or — when it has none — a hash of its full content.

    A key that is ``None``, empty or unset (or a ``key`` that cannot read the record) means the
    record has no key.
    """
    value: object = None
    if key is not None:
        try:
            value = key(record)
        except (AttributeError, KeyError, TypeError, IndexError):
            value = None
        if type(value) is str and value:
            return value
    if value is not None and (value or isinstance(value, (int, float))):
        if isinstance(value, str):
            return value
        try:
            return ("j", json.dumps(value, sort_keys=True, default=_plain, separators=(",", ":")))
        except (TypeError, ValueError, RecursionError):
            return ("r", repr(value))
    try:
        text = json.dumps(record, sort_keys=True, default=_plain, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(record)
    return ("c", hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest())


def _to_seen(identity: _Identity) -> str:
    return "k:" + identity if isinstance(identity, str) else f"{identity[0]}:{identity[1]}"


def _from_seen(text: str) -> _Identity:
    kind, _, rest = text.partition(":")
    return rest if kind == "k" else (kind, rest)


def record_identity(record: object, key: RecordKey[Any] | None) -> str:
    """How a checkpoint names a record: ``"k:<id>"`` for a string key, ``"j:<json>"`` for another
    key, ``"c:<hash>"`` for a record without a key (a hash of its full content)."""
    return _to_seen(_identity(record, key))


def _prefetch(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PREFETCH:
        raise ValidationError(f"prefetch must be an integer from 1 to {MAX_PREFETCH}, got {value!r}")
    return value


class _Walk(Generic[T]):
    """One pass over a list: plans page requests and accepts their answers in order (no I/O).

    ``(window, offset)`` is the next page to accept (:attr:`expected`); :meth:`plan` lists what is
    worth having in flight; :meth:`accept` checks a page, de-duplicates it and moves on. The drivers
    own the requests in flight, so a walk left half-way (an error, a closed loop) resumes cleanly.
    """

    def __init__(self, pager: _PagerCore[T, Any], resume: Checkpoint | None) -> None:
        if resume is None:
            resume = _START
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
        split = len(self.windows) > 1
        self._time_of = pager.time_of if split else None
        self.window = resume.window
        self.offset = resume.offset
        # what the previous window returned (the checkpoint's ``seen``), in memory for lookups
        self._seen = resume.seen if split else frozenset()
        self._previous: frozenset[_Identity] = frozenset(map(_from_seen, self._seen))
        # what this window returned so far that the next window may return again (``carry``): every
        # record, or with ``time_of`` those near the window's end; kept as the checkpoint writes it
        self._carry: list[str] | None = list(resume.carry) if split else None
        self._positions: dict[_Identity, int] = {}  # identity -> position, in the current window

    @property
    def done(self) -> bool:
        return self.window >= len(self.windows)

    @property
    def current(self) -> Window:
        return self.windows[self.window]

    @property
    def expected(self) -> _Request:
        """The page to accept next."""
        return (self.window, self.offset)

    def plan(self) -> Iterator[_Request]:
        """Requests worth having in flight, most needed first: the next page; then, once this window
        has shown a full page, the pages after it (speculative: a short page ends the window and
        makes them useless); else the first page of each following window (always needed, so a
        range of small windows is read N at a time without wasted requests)."""
        if self.done:
            return
        yield self.expected
        if self.offset > 0:
            yield from ((self.window, self.offset + i * self.limit) for i in itertools.count(1))
        yield from ((window, 0) for window in range(self.window + 1, len(self.windows)))

    def checkpoint(self) -> Checkpoint:
        return Checkpoint._trusted(
            self.window, self.offset, self._seen, self.pinned, frozenset(self._carry or ())
        )

    def accept(self, request: _Request, records: object) -> Page[T]:
        """The answer to ``request``, which must be the next page in order, as a :class:`Page`."""
        if request != (self.window, self.offset):  # pragma: no cover - the drivers keep the order
            raise RuntimeError(f"page {request} accepted out of order (expected {self.window, self.offset})")
        items: list[T] = records if isinstance(records, list) else list(records)  # type: ignore[call-overload]
        if self._carry is None and (positions := self._distinct_new_keys(items)) is not None:
            # One window and every record keyed by a string seen nowhere else: what the loop below
            # would do, in C (each record is new, at its own position, and fresh).
            if self._positions:
                self._positions.update(positions)
            else:
                self._positions = positions
            return self._advance(items, list(items))
        fresh: list[T] = []
        key, positions, previous, offset = self._key, self._positions, self._previous, self.offset
        carry, time_of = self._carry, self._time_of
        for index, item in enumerate(items):
            token = _identity(item, key)
            seen_at = positions.get(token)
            if seen_at is None:
                positions[token] = offset + index
                if carry is not None and (time_of is None or self._near_end(item, offset + index)):
                    carry.append(_to_seen(token))
                if token not in previous:  # else: returned again at the window boundary
                    fresh.append(item)
            elif seen_at != offset + index:
                raise self._not_advancing(
                    f"a record read at position {seen_at} came back at {offset + index}"
                )
            # else: an overlapping page (longer than limit): the same record at the same position
        return self._advance(items, fresh)

    def _distinct_new_keys(self, items: list[T]) -> dict[_Identity, int] | None:
        """The records' positions by key when each key is a non-empty string, none repeats and none
        is known yet (this window's earlier pages, the previous window's boundary); else ``None``."""
        if self._key is None or not items:
            return None
        try:
            tokens: list[Any] = list(map(self._key, items))
        except (AttributeError, KeyError, TypeError, IndexError):
            return None
        if set(map(type, tokens)) != {str} or "" in tokens:
            return None
        positions: dict[_Identity, int] = dict(
            zip(tokens, range(self.offset, self.offset + len(items)), strict=True)
        )
        if len(positions) != len(tokens):  # a key repeats
            return None
        if (self._positions and not self._positions.keys().isdisjoint(positions)) or (
            self._previous and not self._previous.isdisjoint(positions)
        ):
            return None
        return positions

    def _near_end(self, item: T, position: int) -> bool:
        """With ``time_of``: is ``item`` near the window's end (the only records the next window can
        repeat)? A record far outside the window is refused: the server ignores the window, and the
        narrowed boundary state would not catch its repeats. An unknown time counts as near."""
        time_of, (lo, hi) = self._time_of, self.current
        try:
            when = None if time_of is None else time_of(item)
            if lo is None or hi is None or not isinstance(when, datetime) or when.utcoffset() is None:
                raise TypeError  # unknown: keep it for the next window
            if when < lo - BOUNDARY_SLACK or when > hi + BOUNDARY_SLACK:
                raise self._not_advancing(
                    f"the record at position {position} is dated {when.isoformat()}, outside the "
                    f"window {lo.isoformat()} .. {hi.isoformat()}: the server ignores the time window"
                )
            return bool(when >= hi - BOUNDARY_SLACK)
        except (TypeError, ValueError, OverflowError, AttributeError, KeyError):
            return True

    def _advance(self, items: list[T], fresh: list[T]) -> Page[T]:
        window, offset = self.window, self.offset
        page_window = self.current
        if len(items) < self.limit:  # the last page of this window
            self.window += 1
            self.offset = 0
            if self._carry is not None:
                self._seen = frozenset(self._carry)
                self._previous = frozenset(map(_from_seen, self._seen))
                self._carry = []
            self._positions = {}
        else:
            self.offset += self.limit
        following = None if self.done else self.checkpoint()
        return Page(fresh, page_window, window, offset, self.limit, len(items), following)

    def _not_advancing(self, what: str) -> PaginationError:
        error = PaginationError(
            f"{self.name or 'list'}: the page at offset {self.offset} of window {self.window} does not "
            f"advance ({what}): the server ignores offset, repeats pages, or the list changed while it "
            "was read. Stopping here rather than looping, losing records or yielding them twice"
        )
        error.window, error.offset = self.window, self.offset
        return error


class _PagerCore(Generic[T, F]):
    """What both pagers share: validated options, the record position, ``repr``."""

    def __init__(
        self,
        fetch: F,
        *,
        page_size: int,
        start_at: object = None,
        end_at: object = None,
        max_window: timedelta | None = None,
        key: RecordKey[T] | None = None,
        time_of: TimeOf[T] | None = None,
        prefetch: int = 1,
        name: str | None = None,
    ) -> None:
        if not callable(fetch):
            raise ValidationError("fetch must be a function (offset, limit, start, end) -> records")
        self._fetch = fetch
        self.page_size = _validation.page_size(page_size)
        self.start_at = utc(_validation.timestamp(start_at, "start_at"), "start_at")
        self.end_at = utc(_validation.timestamp(end_at, "end_at"), "end_at")
        self.max_window = _max_window(max_window)
        if key is not None and not callable(key):
            raise ValidationError(f"key must be a function of a record, got {type(key).__name__}")
        self.key = key
        if time_of is not None and not callable(time_of):
            raise ValidationError(f"time_of must be a function of a record, got {type(time_of).__name__}")
        self.time_of = time_of
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

    def _drain(self) -> Iterator[T]:
        """The records of the current page not yet handed out (kept when a loop is left)."""
        while self._buffer:
            yield self._buffer.popleft()

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


def _wanted(walk: _Walk[Any], in_flight: Collection[_Request], prefetch: int) -> list[_Request]:
    """The requests to send now so that up to ``prefetch`` are in flight (the next page always)."""
    room = prefetch - len(in_flight)
    wanted = []
    for request in walk.plan():
        if request in in_flight:
            continue
        if room <= 0 and request != walk.expected:
            break
        wanted.append(request)
        room -= 1
    return wanted


def _beyond(page: Page[Any], in_flight: Iterable[_Request]) -> list[_Request]:
    """Requests made useless by ``page``: the pages after the last one of its window."""
    if not page.is_last_in_window:
        return []
    return [request for request in in_flight if request[0] == page.window_index]


# ----------------------------------------------------------------------------------------- sync
class _Done(Generic[T]):
    """A request already answered on the caller's thread (no prefetch): a ``Future``'s ``result``
    and ``cancel`` without its lock and condition."""

    __slots__ = ("_error", "_records")

    def __init__(self, fetch: Callable[[], list[T]]) -> None:
        self._records: list[T] | None = None
        self._error: Exception | None = None
        try:
            self._records = fetch()
        except Exception as exc:
            self._error = exc

    def result(self) -> list[T]:
        if self._error is not None:
            raise self._error
        return self._records  # type: ignore[return-value]

    def cancel(self) -> bool:
        return False


def _run_sync(
    walk: _Walk[T], get: Callable[[_Walk[T], _Request], list[T]], prefetch: int
) -> Generator[Page[T], None, None]:
    """Drive ``walk`` with up to ``prefetch`` requests in flight on worker threads."""
    executor = ThreadPoolExecutor(prefetch, thread_name_prefix="cinnox-pager") if prefetch > 1 else None
    in_flight: dict[_Request, Future[list[T]] | _Done[T]] = {}
    try:
        while not walk.done:
            for request in _wanted(walk, in_flight, prefetch):
                if executor is None:
                    in_flight[request] = _Done(lambda r=request: get(walk, r))  # type: ignore[misc]
                else:
                    in_flight[request] = executor.submit(get, walk, request)
            request = walk.expected
            page = walk.accept(request, in_flight.pop(request).result())
            for stale in _beyond(page, in_flight):  # pages after a window's end: not needed
                in_flight.pop(stale).cancel()
            if executor is not None and not walk.done:
                # Top up before the caller takes its time with this page (an export writes and
                # syncs it): the pages in flight stay ``prefetch`` meanwhile.
                for request in _wanted(walk, in_flight, prefetch):
                    in_flight[request] = executor.submit(get, walk, request)
            yield page
    finally:
        for future in in_flight.values():
            future.cancel()
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


class SyncPager(_PagerCore[T, FetchPage[T]], Iterator[T]):
    """Records with ``for r in pager`` / ``next(pager)``, or pages with ``pager.pages()``.

    The pager is an iterator with one position: ``next(pager)`` then ``for r in pager`` continues
    where ``next`` stopped, and a loop left with ``break`` can be continued by the next loop (the
    worker threads of ``prefetch`` are shut down when a loop is left and started again by the next).
    ``pages(resume=...)`` is a separate pass from the start or from a checkpoint. Nothing is fetched
    until iteration.
    """

    _loop: weakref.ref[Generator[T, None, None]] | None = None  # a running ``for`` loop
    _next_view: Generator[T, None, None] | None = None  # what ``next(pager)`` reads from

    def _get(self, walk: _Walk[T], request: _Request) -> list[T]:
        window = walk.windows[request[0]]
        try:
            return self._fetch(request[1], self.page_size, *window)
        except NoRecordsError:
            return []

    def pages(self, resume: Checkpoint | None = None) -> Generator[Page[T], None, None]:
        """Pages from the start, or from ``resume`` (checked now, before any request)."""
        return _run_sync(_Walk(self, resume), self._get, self.prefetch)

    def _records(self) -> Generator[T, None, None]:
        with contextlib.closing(_run_sync(self._position(), self._get, self.prefetch)) as pages:
            yield from self._drain()
            for page in pages:
                self._buffer.extend(page.items)
                yield from self._drain()

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
                running.close()
        self._loop = self._next_view = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# ---------------------------------------------------------------------------------------- async
async def _discard(tasks: list[asyncio.Task[list[T]]]) -> None:
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.gather(*tasks, return_exceptions=True)


async def _run_async(
    walk: _Walk[T], get: Callable[[_Walk[T], _Request], Awaitable[list[T]]], prefetch: int
) -> AsyncGenerator[Page[T], None]:
    """Drive ``walk`` with up to ``prefetch`` requests in flight as tasks."""
    in_flight: dict[_Request, asyncio.Task[list[T]]] = {}
    try:
        while not walk.done:
            for request in _wanted(walk, in_flight, prefetch):
                in_flight[request] = asyncio.ensure_future(get(walk, request))
            request = walk.expected
            page = walk.accept(request, await in_flight.pop(request))
            await _discard([in_flight.pop(stale) for stale in _beyond(page, in_flight)])
            if prefetch > 1 and not walk.done:  # top up before the caller takes its time
                for request in _wanted(walk, in_flight, prefetch):
                    in_flight[request] = asyncio.ensure_future(get(walk, request))
            yield page
    finally:
        await _discard(list(in_flight.values()))


class AsyncPager(_PagerCore[T, AsyncFetchPage[T]], AsyncIterator[T]):
    """``async for r in pager`` / ``await anext(pager)`` / ``pager.pages()``, same rules as
    :class:`SyncPager`; ``prefetch`` > 1 keeps that many page requests in flight as tasks."""

    _view: AsyncGenerator[T, None] | None = None

    async def _get(self, walk: _Walk[T], request: _Request) -> list[T]:
        window = walk.windows[request[0]]
        try:
            return await self._fetch(request[1], self.page_size, *window)
        except NoRecordsError:
            return []

    def pages(self, resume: Checkpoint | None = None) -> AsyncGenerator[Page[T], None]:
        """Pages from the start, or from ``resume`` (checked now, before any request)."""
        return _run_async(_Walk(self, resume), self._get, self.prefetch)

    async def _records(self) -> AsyncGenerator[T, None]:
        async with contextlib.aclosing(_run_async(self._position(), self._get, self.prefetch)) as pages:
            for item in self._drain():
                yield item
            async for page in pages:
                self._buffer.extend(page.items)
                for item in self._drain():
                    yield item

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
            await view.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
