"""Pagers against servers that do not page exactly, hostile bounds and killed exports.

Every fake server below answers ``fetch(offset, limit, start, end)`` the way a broken list endpoint
would: ignoring ``offset``, repeating page 1, returning ``limit + 1`` records, wrapping around,
shifting while read, growing while read, ignoring the time window, returning records without a key.
The rule checked for all of them, sync and async, with and without prefetch: the pager either
yields every record exactly once, or raises ``PaginationError`` — it never loops, never yields a
record twice and never drops one silently.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Checkpoint, Cinnox
from cinnox_ext._pagination import MAX_PREFETCH, AsyncPager, SyncPager
from cinnox_ext._rate_limit import SlidingWindowLimiter
from cinnox_ext._windows import MAX_WINDOWS
from cinnox_ext.errors import NoRecordsError, PaginationError, ValidationError

T0 = datetime(2025, 1, 1, tzinfo=UTC)
MAX_CALLS = 2_000  # a pager that needs more requests than this against these servers is looping

Record = dict[str, Any]
Fetch = Callable[[int, int, datetime | None, datetime | None], list[Record]]

FAULTS = (
    "honest",
    "no_records_error",  # 6451011 past the end instead of an empty page
    "ignore_offset",  # Prism: every offset answers page 1
    "repeat_page_1",  # the page at offset=limit repeats page 1
    "limit_plus_one",  # every page one record longer than asked
    "wrap",  # offsets past the end wrap around: never a short page
    "shift",  # a record is inserted at the front after the first request
)


class Server:
    """A list endpoint over ``records`` with one fault; counts requests and stops a runaway loop."""

    def __init__(self, records: list[Record], fault: str = "honest") -> None:
        self.records = list(records)
        self.fault = fault
        self.calls: list[tuple[int, int, datetime | None, datetime | None]] = []
        self.lock = threading.Lock()

    def fetch(self, offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Record]:
        with self.lock:
            self.calls.append((offset, limit, start, end))
            if len(self.calls) > MAX_CALLS:
                raise AssertionError("the pager loops")
            rows = [r for r in self.records if _inside(r, start, end)]
            page = self._page(rows, offset, limit)
            if self.fault == "shift" and len(self.calls) == 1:
                self.records.insert(0, {"id": "late", "n": -1, "t": T0})
        if not page and self.fault == "no_records_error":
            raise NoRecordsError("No records found", code=6451011)
        return page

    def _page(self, rows: list[Record], offset: int, limit: int) -> list[Record]:
        if self.fault == "ignore_offset":
            return rows[:limit]
        if self.fault == "repeat_page_1" and offset == limit:
            return rows[:limit]
        if self.fault == "limit_plus_one":
            return rows[offset : offset + limit + 1]
        if self.fault == "wrap":
            return [rows[(offset + i) % len(rows)] for i in range(limit)] if rows else []
        return rows[offset : offset + limit]

    def fetch_all_times(self, offset: int, limit: int, start: Any, end: Any) -> list[Record]:
        """Ignores the time window."""
        return self.fetch(offset, limit, None, None)

    async def afetch(
        self, offset: int, limit: int, start: datetime | None, end: datetime | None
    ) -> list[Record]:
        await asyncio.sleep(0)
        return self.fetch(offset, limit, start, end)


def _inside(record: Record, start: datetime | None, end: datetime | None) -> bool:
    t = record.get("t")
    if t is None:
        return True
    return (start is None or t >= start) and (end is None or t <= end)


def _records(n: int, *, keyed: bool = True, days: int = 1) -> list[Record]:
    """``n`` distinct records spread over ``days`` days from T0, some exactly on day boundaries."""
    out = []
    for i in range(n):
        t = T0 + timedelta(days=days) * i / max(n, 1)
        if i % 3 == 0:
            t = T0 + timedelta(days=min(days, i // 3 % (days + 1)))  # on a boundary instant
        record: Record = {"n": i, "t": t}
        if keyed:
            record["id"] = f"id-{i}"
        out.append(record)
    return out


def _daily(fetch: Fetch, days: int, **options: Any) -> SyncPager[Record]:
    """A pager over ``days`` one-day windows from T0."""
    return SyncPager(
        fetch, start_at=T0, end_at=T0 + timedelta(days=days), max_window=timedelta(days=1), **options
    )


def _time_of(record: Record) -> Any:
    return record.get("t")


def _key(record: Record) -> Any:
    return record.get("id")


def _collect(server: Server, mode: str, yielded: list[Record], **options: Any) -> list[Record]:
    """Iterate a pager of ``server`` in ``mode`` ("sync"/"async"), appending to ``yielded`` as it goes."""
    if mode == "sync":
        for record in SyncPager(server.fetch, key=_key, **options):
            yielded.append(record)
        return yielded

    async def run() -> None:
        async for record in AsyncPager(server.afetch, key=_key, **options):
            yielded.append(record)

    asyncio.run(run())
    return yielded


def _ids(records: list[Record]) -> list[int]:
    return [r["n"] for r in records]


def _expected(fault: str, n: int, page_size: int) -> str:
    """What an exact pager must do against this fault: "exact", "error", or "either"."""
    if fault in ("ignore_offset", "repeat_page_1"):
        return "error" if n >= page_size else "exact"
    if fault == "wrap":  # never a short page: the ring comes back to its first record
        return "error" if n else "exact"
    if fault == "shift":  # with pages in flight the shift may land before any of them is read
        return "either" if n >= page_size else "exact"
    return "exact"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(0, 60),
    page_size=st.integers(1, 12),
    fault=st.sampled_from(FAULTS),
    keyed=st.booleans(),
    mode=st.sampled_from(["sync", "async"]),
    prefetch=st.integers(1, 4),
)
def test_every_record_once_or_a_pagination_error(
    n: int, page_size: int, fault: str, keyed: bool, mode: str, prefetch: int
) -> None:
    records = _records(n, keyed=keyed)
    if fault == "shift" and not keyed:
        records = [dict(r, id=None) for r in records]
    server = Server(records, fault)
    yielded: list[Record] = []
    outcome = _expected(fault, n, page_size)
    try:
        _collect(server, mode, yielded, page_size=page_size, prefetch=prefetch, start_at=T0)
    except PaginationError as exc:
        assert outcome in ("error", "either"), f"{fault}: unexpected {exc}"
        assert "does not advance" in str(exc)
    else:
        assert outcome in ("exact", "either"), f"{fault}: no error, yielded {_ids(yielded)}"
        assert _ids(yielded) == list(range(n))
    # never a record twice, never a loop
    assert len(set(_ids(yielded))) == len(yielded)
    assert len(server.calls) <= n // page_size + 1 + prefetch


def test_a_server_that_ignores_offset_is_reported_not_looped() -> None:
    """issue 9: ``sms_details(page_size=10)`` against Prism yielded 52,000 copies of 10 records."""
    server = Server(_records(30), "ignore_offset")
    pager = SyncPager(server.fetch, page_size=10, key=_key)
    got = []
    with pytest.raises(PaginationError, match="does not advance") as info:
        for record in pager:
            got.append(record)
    assert _ids(got) == list(range(10)) and len(server.calls) == 2
    assert (info.value.window, info.value.offset) == (0, 10)


def test_a_list_that_shifts_while_read_is_reported() -> None:
    for keyed in (True, False):
        records = _records(30, keyed=keyed)
        with pytest.raises(PaginationError, match="position 9 came back at 10"):
            list(SyncPager(Server(records, "shift").fetch, page_size=10, key=_key))


def test_page_2_repeating_page_1_is_reported() -> None:
    """issue 9: 10 duplicated and 10 lost records, silently."""
    server = Server(_records(40), "repeat_page_1")
    with pytest.raises(PaginationError):
        list(SyncPager(server.fetch, page_size=10, key=_key))


def test_a_page_longer_than_limit_yields_each_record_once() -> None:
    """issue 9: a page of limit+1 records gave 2 duplicates; the overlap is at the same position."""
    server = Server(_records(25), "limit_plus_one")
    assert _ids(list(SyncPager(server.fetch, page_size=10, key=_key))) == list(range(25))


def test_key_less_records_are_not_collapsed_across_windows() -> None:
    """issue 9: 9 distinct records without an id came out as 3 over 3 windows."""
    records = [{"n": i, "t": T0 + timedelta(days=i // 3, hours=1 + i % 3)} for i in range(9)]
    server = Server(records)
    pager = _daily(server.fetch, 3, page_size=2, key=_key)
    assert _ids(list(pager)) == list(range(9))
    # a key that cannot read the record, or no key at all, is the same rule
    assert _ids(list(SyncPager(Server(records).fetch, page_size=2, key=lambda r: r["missing"]))) == list(
        range(9)
    )


def test_key_less_records_returned_by_both_windows_are_yielded_once() -> None:
    boundary = {"n": 0, "t": T0 + timedelta(days=1)}  # on the shared instant: both windows return it
    records = [
        boundary,
        {"n": 1, "t": T0 + timedelta(hours=1)},
        {"n": 2, "t": T0 + timedelta(days=1, hours=1)},
    ]
    pager = _daily(Server(records).fetch, 2, page_size=5)
    assert sorted(_ids(list(pager))) == [0, 1, 2]


def test_with_record_times_the_boundary_state_is_only_the_records_at_the_boundary() -> None:
    server, ids = _boundary_server()
    pager = _daily(server.fetch, 5, page_size=50, key=_key, time_of=_time_of)
    pages = list(pager.pages())
    seen = [p.next.seen for p in pages if p.is_last_in_window and p.next is not None]
    assert seen == [{"k:b1"}, {"k:b2"}, {"k:b3"}, {"k:b4"}]
    assert sorted(r["id"] for p in pages for r in p.items) == sorted(ids)
    # without record times, the previous window's every record travels (exact, but larger)
    pages = list(_daily(server.fetch, 5, page_size=50, key=_key).pages())
    assert [len(p.next.seen) for p in pages if p.is_last_in_window and p.next is not None] == [25, 26, 26, 26]


def test_with_record_times_a_server_that_ignores_the_window_is_reported() -> None:
    records = [{"id": f"x{i}", "n": i, "t": T0 + timedelta(hours=10 * i)} for i in range(12)]
    with pytest.raises(PaginationError, match="ignores the time window"):
        list(_daily(Server(records).fetch_all_times, 5, page_size=50, key=_key, time_of=_time_of))
    pager = _daily(Server(records).fetch_all_times, 5, page_size=50, key=_key, time_of=lambda r: "no time")
    assert _ids(list(pager)) == list(range(12))  # an unknown time: the whole window's state is kept


def test_a_server_that_ignores_the_window_is_read_once() -> None:
    records = [{"id": f"x{i}", "n": i} for i in range(7)]  # no "t": every window returns them all
    pager = _daily(Server(records).fetch, 5, page_size=3, key=_key)
    assert _ids(list(pager)) == list(range(7))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_an_open_range_is_pinned_while_the_list_grows(mode: str) -> None:
    """issue 9: an open range read while records are added never ended; the end is pinned."""
    server = Server(_records(10))
    grown: list[int] = []

    def growing(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Record]:
        page = server.fetch(offset, limit, start, end)
        with server.lock:  # two new records per request, written "now"
            for _ in range(2):
                grown.append(len(server.records))
                server.records.append(
                    {"id": f"new-{len(grown)}", "n": 1000 + len(grown), "t": datetime.now(UTC)}
                )
        return page

    async def agrowing(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Record]:
        return growing(offset, limit, start, end)

    before = datetime.now(UTC)
    if mode == "sync":
        pager: Any = SyncPager(growing, page_size=2, start_at=T0, key=_key)
        got = list(pager)
    else:
        pager = AsyncPager(agrowing, page_size=2, start_at=T0, key=_key)

        async def run() -> list[Record]:
            return [r async for r in pager]

        got = asyncio.run(run())
    assert _ids(got) == list(range(10))
    ends = {end for _, _, _, end in server.calls}
    assert len(ends) == 1 and before <= next(iter(ends)) <= datetime.now(UTC)  # type: ignore[operator]


def test_the_pinned_end_travels_in_the_checkpoint() -> None:
    server = Server(_records(9))
    pager = SyncPager(server.fetch, page_size=4, start_at=T0, key=_key)
    first = next(iter(pager.pages()))
    assert first.next is not None and first.next.end_at is not None
    restored = Checkpoint.from_dict(json.loads(json.dumps(first.next.to_dict())))
    assert restored == first.next
    rest = [
        r
        for p in SyncPager(server.fetch, page_size=4, start_at=T0, key=_key).pages(resume=restored)
        for r in p.items
    ]
    assert _ids(first.items + rest) == list(range(9))
    assert {end for *_, end in server.calls} == {first.next.end_at}


def _boundary_server() -> tuple[Server, list[str]]:
    """One record per hour over 5 days, and one on every day's boundary (returned by both windows)."""
    records: list[Record] = [
        {"id": f"h{i}", "n": i, "t": T0 + timedelta(hours=i) + timedelta(minutes=30)} for i in range(5 * 24)
    ]
    records += [{"id": f"b{d}", "n": 1000 + d, "t": T0 + timedelta(days=d)} for d in range(1, 5)]
    records.sort(key=lambda r: r["t"])
    return Server(records), [r["id"] for r in records]


@settings(max_examples=40, deadline=None)
@given(kill_after=st.integers(0, 60), page_size=st.integers(3, 30), keyed=st.booleans(), dated=st.booleans())
def test_a_windowed_export_killed_anywhere_and_resumed_writes_each_record_once(
    kill_after: int, page_size: int, keyed: bool, dated: bool
) -> None:
    """issue 9: a resumed windowed export wrote the boundary record twice; the seen keys travel."""
    server, _ = _boundary_server()
    if not keyed:
        server.records = [{k: v for k, v in r.items() if k != "id"} for r in server.records]
    options: dict[str, Any] = {
        "page_size": page_size,
        "start_at": T0,
        "end_at": T0 + timedelta(days=5),
        "max_window": timedelta(days=1),
        "key": _key,
        "time_of": _time_of if dated else None,
    }
    written: list[Record] = []
    saved: dict[str, Any] | None = Checkpoint().to_dict()
    for page in SyncPager(server.fetch, **options).pages():
        written += page.items
        saved = None if page.next is None else json.loads(json.dumps(page.next.to_dict()))
        if kill_after == 0:
            break
        kill_after -= 1
    if saved is not None:  # "kill -9", then --resume from what was saved
        pages = SyncPager(server.fetch, **options).pages(resume=Checkpoint.from_dict(saved))
        written += [r for p in pages for r in p.items]
    assert sorted(r["n"] for r in written) == sorted(r["n"] for r in server.records)


@pytest.mark.parametrize("dated", [False, True])
@pytest.mark.parametrize("page_size", [5, 13, 25, 26])
def test_an_export_killed_after_any_page_and_resumed_writes_each_record_once(
    page_size: int, dated: bool
) -> None:
    """Every kill point, including in the middle of a window whose boundary record was already read."""
    server, ids = _boundary_server()
    options: dict[str, Any] = {"page_size": page_size, "key": _key, "time_of": _time_of if dated else None}
    checkpoints = [p.next for p in _daily(server.fetch, 5, **options).pages()]
    for kill_after, saved in enumerate(checkpoints):
        written = [
            r["id"]
            for p in itertools.islice(_daily(server.fetch, 5, **options).pages(), kill_after + 1)
            for r in p.items
        ]
        if saved is not None:
            resume = Checkpoint.from_dict(json.loads(json.dumps(saved.to_dict())))
            written += [
                r["id"] for p in _daily(server.fetch, 5, **options).pages(resume=resume) for r in p.items
            ]
        assert sorted(written) == sorted(ids), (kill_after, saved)


def test_resuming_right_after_a_window_ends_does_not_repeat_the_boundary_record() -> None:
    server, ids = _boundary_server()
    options: dict[str, Any] = {
        "page_size": 10,
        "start_at": T0,
        "end_at": T0 + timedelta(days=5),
        "max_window": timedelta(days=1),
        "key": _key,
    }
    written: list[str] = []
    for page in SyncPager(server.fetch, **options).pages():
        written += [r["id"] for r in page.items]
        if page.is_last_in_window:
            break
    assert page.next is not None and page.next.window == 1 and "k:b1" in page.next.seen
    resumed = SyncPager(server.fetch, **options).pages(resume=Checkpoint.from_dict(page.next.to_dict()))
    written += [r["id"] for p in resumed for r in p.items]
    assert sorted(written) == sorted(ids) and len(written) == len(ids)


# ------------------------------------------------------------------------------------- bounds
def test_tiny_windows_are_refused_not_built() -> None:
    calls: list[int] = []

    def fetch(offset: int, limit: int, start: Any, end: Any) -> list[Record]:
        calls.append(offset)
        return []

    start = T0
    with pytest.raises(ValidationError, match="windows"):
        SyncPager(
            fetch,
            page_size=10,
            start_at=start,
            end_at=start + timedelta(days=30),
            max_window=timedelta(microseconds=1),
        )
    with pytest.raises(ValidationError, match="windows"):
        AsyncPager(fetch, page_size=10, start_at=start, max_window=timedelta(microseconds=1))  # type: ignore[arg-type]
    # a large but allowed count is computed on demand, not built
    pager = SyncPager(
        fetch, page_size=10, start_at=start, end_at=start + timedelta(days=1), max_window=timedelta(seconds=1)
    )
    assert len(pager.windows) == 86_400 <= MAX_WINDOWS
    assert pager.windows[-1] == (start + timedelta(seconds=86_399), start + timedelta(days=1))
    assert calls == []


def test_the_whole_datetime_range_does_not_overflow() -> None:
    lo, hi = datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC)
    server = Server([{"id": "a", "n": 0}])
    assert _ids(list(SyncPager(server.fetch, page_size=10, start_at=lo, end_at=hi, key=_key))) == [0]
    pager = SyncPager(
        server.fetch, page_size=10, start_at=lo, end_at=hi, max_window=timedelta(days=90), key=_key
    )
    assert pager.windows[-1][1] == hi and pager.windows[0][0] == lo
    with pytest.raises(ValidationError):
        SyncPager(server.fetch, page_size=10, start_at=lo, end_at=hi, max_window=timedelta(days=1))
    east = timezone(timedelta(hours=14))
    with pytest.raises(ValidationError, match="out of range"):
        SyncPager(server.fetch, page_size=10, start_at=datetime.min.replace(tzinfo=east))
    with pytest.raises(ValidationError, match="out of range"):
        SyncPager(
            server.fetch, page_size=10, end_at=datetime.max.replace(tzinfo=timezone(timedelta(hours=-3)))
        )


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(timezones=st.just(UTC)) | st.none(),
    length=st.timedeltas(min_value=timedelta(0)),
    offset_hours=st.integers(-23, 23),
    step=st.timedeltas() | st.none(),
)
def test_any_range_and_window_is_split_or_refused(
    start: datetime | None, length: timedelta, offset_hours: int, step: timedelta | None
) -> None:
    calls: list[Any] = []

    def fetch(offset: int, limit: int, s: Any, e: Any) -> list[Record]:
        calls.append(offset)
        return []

    tz = timezone(timedelta(hours=offset_hours))
    try:
        end = None if start is None else (start + length).astimezone(tz)
    except OverflowError:
        end = datetime.max.replace(tzinfo=UTC)
    try:
        pager = SyncPager(fetch, page_size=5, start_at=start, end_at=end, max_window=step)
    except ValidationError:
        assert calls == []
        return
    windows = pager.windows
    assert 1 <= len(windows) <= MAX_WINDOWS
    first, last = windows[0], windows[-1]
    assert first[0] == start
    if start is not None and end is not None:
        assert first[0] is not None and first[1] is not None and last[0] is not None and last[1] is not None
        assert last[1] == end
        if step is not None and len(windows) > 1:
            assert windows[1][0] == first[1] and first[1] - first[0] == step
            assert last[1] - last[0] <= step


@pytest.mark.parametrize("bad", [0, -1, MAX_PREFETCH + 1, 20_000, True, 2.5, "4", None])
def test_prefetch_is_bounded(bad: object) -> None:
    server = Server(_records(3))
    with pytest.raises(ValidationError, match="prefetch"):
        SyncPager(server.fetch, page_size=5, prefetch=bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="prefetch"):
        AsyncPager(server.afetch, page_size=5, prefetch=bad)  # type: ignore[arg-type]
    assert server.calls == []


@pytest.mark.parametrize("bad", ["1d", 1, 1.5, timedelta(0), timedelta(days=-1), True])
def test_max_window_must_be_a_positive_timedelta(bad: object) -> None:
    server = Server(_records(3))
    with pytest.raises(ValidationError, match="max_window"):
        SyncPager(server.fetch, page_size=5, start_at=T0, end_at=T0 + timedelta(days=3), max_window=bad)  # type: ignore[arg-type]
    assert server.calls == []


@pytest.mark.parametrize("bad", [True, False, 2.0, 0, 501, -3, "10", None])
def test_page_size_is_bounded(bad: object) -> None:
    with pytest.raises(ValidationError, match="page_size"):
        AsyncPager(Server([]).afetch, page_size=bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------- checkpoints
@pytest.mark.parametrize(
    "args", [(0, -5), (-1, 0), (True, 0), (0, 1.5), ("0", 0), (0, 0, "abc"), (0, 0, [1]), (0, 0, (), "2025")]
)
def test_malformed_checkpoints_are_refused(args: tuple[Any, ...]) -> None:
    with pytest.raises(ValidationError):
        Checkpoint(*args)


def test_resume_must_be_a_checkpoint_of_this_range() -> None:
    server = Server(_records(5))
    pager = _daily(server.fetch, 2, page_size=2)
    for bad in ("x", {"window": 0, "offset": 0}, 3):
        with pytest.raises(ValidationError, match="Checkpoint"):
            pager.pages(resume=bad)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="window"):
        pager.pages(resume=Checkpoint(3, 0))
    with pytest.raises(ValidationError, match="range ending"):
        pager.pages(resume=Checkpoint(0, 0, end_at=T0))
    assert list(pager.pages(resume=Checkpoint(2, 0))) == []  # an export that had finished
    assert server.calls == []


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    data=st.fixed_dictionaries(
        {},
        optional={
            "window": _json | st.integers(-5, 5),
            "offset": _json | st.integers(-5, 5),
            "seen": _json | st.lists(st.text(max_size=4), max_size=3),
            "end_at": _json | st.just("2025-01-01T00:00:00+00:00") | st.just("2025-01-01T00:00:00"),
            "carry": _json | st.lists(st.text(max_size=4), max_size=3),
            "extra": _json,
        },
    )
    | _json
)
def test_from_dict_gives_a_checkpoint_or_a_validation_error(data: Any) -> None:
    try:
        checkpoint = Checkpoint.from_dict(data)
    except ValidationError:
        return
    assert checkpoint.window >= 0 and checkpoint.offset >= 0
    assert Checkpoint.from_dict(json.loads(json.dumps(checkpoint.to_dict()))) == checkpoint


@given(
    window=st.integers(0, 10**6),
    offset=st.integers(0, 10**9),
    seen=st.frozensets(st.text()),
    end_at=st.none() | st.datetimes(timezones=st.just(UTC)),
    carry=st.frozensets(st.text()),
)
def test_checkpoints_round_trip_through_json(
    window: int, offset: int, seen: frozenset[str], end_at: datetime | None, carry: frozenset[str]
) -> None:
    checkpoint = Checkpoint(window, offset, seen, end_at, carry)
    text = json.dumps(checkpoint.to_dict())
    assert Checkpoint.from_dict(json.loads(text)) == checkpoint


# ------------------------------------------------------------------- iterator semantics, repr
def test_next_then_for_continues_and_a_broken_loop_can_be_continued() -> None:
    """issue 14: ``next(p)`` then ``for r in p`` requested offsets 0, 0, 2 and repeated a record."""
    server = Server(_records(7))
    pager = SyncPager(server.fetch, page_size=2, key=_key, prefetch=3)
    assert next(pager)["n"] == 0
    got = []
    for record in pager:
        got.append(record["n"])
        if record["n"] == 3:
            break
    assert got == [1, 2, 3]
    assert _ids(list(pager)) == [4, 5, 6]
    offsets = [offset for offset, *_ in server.calls]
    assert offsets.count(0) == 1 and set(offsets) <= {0, 2, 4, 6, 8, 10}
    assert iter(pager) is not None and list(pager) == []


def test_repr_shows_position_not_secrets() -> None:
    server = Server(_records(5))
    pager = _daily(server.fetch, 2, page_size=2, key=_key, name="getSmsDetails")
    assert "getSmsDetails" in repr(pager) and "page_size=2" in repr(pager) and "windows=2" in repr(pager)
    assert "not started" in repr(pager)
    next(pager)
    assert "at window 0 offset 2" in repr(pager)
    with Cinnox(
        "app", "sekrit-token-123", base_url="https://x.test", transport=_ignoring_offset(), rate_limit=None
    ) as c:
        assert "sekrit" not in repr(c.reports.sms_details(page_size=10))


# --------------------------------------------------------------------------------- prefetch
class Gate:
    """Holds each request until ``n`` requests are in flight together (or 10 s pass: "starved");
    with ``total`` (the number of requests to come), the last ones are released in a smaller group."""

    def __init__(self, n: int, total: int | None = None) -> None:
        self.n, self.total = n, total
        self.in_flight = self.peak = self.generation = self.left = 0
        self.cond = threading.Condition()
        self.starved: list[object] = []

    def enter(self, name: object, hold: bool) -> None:
        with self.cond:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            generation = self.generation
            group = self.n if self.total is None else min(self.n, self.total - self.left)
            if self.in_flight >= group:  # this arrival completes a group: release it
                self.generation += 1
                self.cond.notify_all()
            elif hold and not self.cond.wait_for(lambda: self.generation > generation, timeout=10):
                self.starved.append(name)

    def leave(self) -> None:
        with self.cond:
            self.in_flight -= 1
            self.left += 1


def _pager_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("cinnox-pager")]


def test_sync_prefetch_yields_in_order_when_pages_complete_out_of_order() -> None:
    server = Server(_records(53))

    def jittery(offset: int, limit: int, start: Any, end: Any) -> list[Record]:
        time.sleep(0.002 * ((offset // limit) % 3))
        return server.fetch(offset, limit, start, end)

    assert _ids(list(SyncPager(jittery, page_size=5, prefetch=4, key=_key))) == list(range(53))
    assert _pager_threads() == []


def test_sync_prefetch_keeps_n_requests_in_flight() -> None:
    """Throughput N·page/L: once the first page shows the list is long, every request (but the
    last N) runs while N requests are in flight."""
    n, pages = 4, 24
    server = Server(_records(pages * 5 + 2))
    gate = Gate(n)

    def gated(offset: int, limit: int, start: Any, end: Any) -> list[Record]:
        gate.enter(offset, hold=0 < offset // limit < pages - n)
        time.sleep(0.005)  # latency L
        gate.leave()
        return server.fetch(offset, limit, start, end)

    assert _ids(list(SyncPager(gated, page_size=5, prefetch=n, key=_key))) == list(range(pages * 5 + 2))
    assert gate.starved == [] and gate.peak == n
    assert _pager_threads() == []


def test_sync_prefetch_leaving_the_loop_shuts_the_workers_down() -> None:
    server = Server(_records(500))
    pager = SyncPager(server.fetch, page_size=5, prefetch=6, key=_key)
    for record in pager:
        if record["n"] == 7:
            assert len(_pager_threads()) >= 1
            break
    assert _pager_threads() == []  # joined when the loop was left, though `pager` is still alive
    assert len(server.calls) <= 2 + 6
    assert next(pager)["n"] == 8  # and the position is kept
    pager.close()
    assert _pager_threads() == []
    pages = SyncPager(server.fetch, page_size=5, prefetch=6, key=_key).pages()
    next(pages)
    pages.close()
    assert _pager_threads() == []


def test_sync_prefetch_raises_a_page_error_in_order() -> None:
    server = Server(_records(100))

    def failing(offset: int, limit: int, start: Any, end: Any) -> list[Record]:
        if offset == 20:
            raise RuntimeError("page 3 failed")
        time.sleep(0.01 if offset < 20 else 0)  # later pages answer first
        return server.fetch(offset, limit, start, end)

    got = []
    pager = SyncPager(failing, page_size=10, prefetch=5, key=_key)
    with pytest.raises(RuntimeError, match="page 3"):
        for record in pager:
            got.append(record["n"])
    assert got == list(range(20))
    assert _pager_threads() == []


def test_sync_prefetch_discards_pages_beyond_the_end() -> None:
    server = Server(_records(12), "no_records_error")
    assert _ids(list(SyncPager(server.fetch, page_size=5, prefetch=6, key=_key))) == list(range(12))
    assert _pager_threads() == []


# ----------------------------------------------------------------------- through a real client
def _ignoring_offset() -> httpx.MockTransport:
    page = [{"id": f"sms-{i}", "text": "hi", "createdAt": "2025-11-07T02:14:09.000Z"} for i in range(10)]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps({"code": 0, "result": page}))

    return httpx.MockTransport(handler)


def test_a_client_against_a_server_that_ignores_offset_raises() -> None:
    with Cinnox("app", "tok", base_url="https://x.test", transport=_ignoring_offset(), rate_limit=None) as c:
        got = []
        with pytest.raises(PaginationError):
            for record in c.reports.sms_details(page_size=10):
                got.append(record.id)
    assert got == [f"sms-{i}" for i in range(10)]


async def test_an_async_client_against_a_server_that_ignores_offset_raises() -> None:
    async with AsyncCinnox(
        "app", "tok", base_url="https://x.test", transport=_ignoring_offset(), rate_limit=None
    ) as c:
        with pytest.raises(PaginationError):
            [r async for r in c.reports.sms_details(page_size=10, prefetch=4)]


def test_sync_prefetch_through_a_client_gives_its_rate_limit_slots_back() -> None:
    served = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params["offset"])
        if offset >= 20:
            served.wait(10)  # later pages hang until the test lets them go
        page = [{"id": f"sms-{i}", "text": "hi"} for i in range(offset, offset + 10)]
        return httpx.Response(200, content=json.dumps({"code": 0, "result": page}))

    with Cinnox("app", "tok", base_url="https://x.test", transport=httpx.MockTransport(handler)) as c:
        limiter = c.rate_limiter
        assert isinstance(limiter, SlidingWindowLimiter)
        pager = c.reports.sms_details(page_size=10, prefetch=4)
        for page in pager.pages():
            if page.offset == 10:
                served.set()
                break
        assert _pager_threads() == []
        assert limiter._in_flight == 0


def _fault_transport(server: Server) -> httpx.MockTransport:
    """``server`` behind HTTP: the SDK's own request building, transport and parsing in the loop."""

    def handler(request: httpx.Request) -> httpx.Response:
        offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
        try:
            page = server.fetch(offset, limit, None, None)
        except NoRecordsError:
            return httpx.Response(400, json={"code": 6451011, "message": "No records found"})
        body = [{"id": r["id"], "text": f"n={r['n']}"} for r in page]
        return httpx.Response(200, content=json.dumps({"code": 0, "result": body}))

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("n", [0, 7, 30, 35])
async def test_the_clients_yield_each_record_once_or_raise(fault: str, n: int) -> None:
    outcome = _expected(fault, n, 10)
    for mode in ("sync", "async"):
        server = Server(_records(n), fault)
        got: list[Any] = []
        try:
            if mode == "sync":
                with Cinnox("app", "tok", base_url="https://x.test", transport=_fault_transport(server)) as c:
                    for record in c.reports.sms_details(page_size=10):
                        got.append(record.text)
            else:
                async with AsyncCinnox(
                    "app", "tok", base_url="https://x.test", transport=_fault_transport(server)
                ) as ac:
                    async for arecord in ac.reports.sms_details(page_size=10, prefetch=3):
                        got.append(arecord.text)
        except PaginationError:
            assert outcome in ("error", "either"), (mode, fault)
        else:
            assert outcome in ("exact", "either"), (mode, fault)
            assert got == [f"n={i}" for i in range(n)], (mode, fault)
        assert len(set(got)) == len(got)
        assert len(server.calls) <= n // 10 + 3


async def test_async_prefetch_raises_a_page_error_in_order_and_cancels_the_rest() -> None:
    server = Server(_records(100))
    cancelled: list[int] = []

    async def failing(offset: int, limit: int, start: Any, end: Any) -> list[Record]:
        if offset == 20:
            raise RuntimeError("page 3 failed")
        try:
            await asyncio.sleep(0.01 if offset < 20 else 30)  # later pages hang
        except asyncio.CancelledError:
            cancelled.append(offset)
            raise
        return server.fetch(offset, limit, start, end)

    got = []
    pager = AsyncPager(failing, page_size=10, prefetch=5, key=_key)
    with pytest.raises(RuntimeError, match="page 3"):
        async for record in pager:
            got.append(record["n"])
    assert got == list(range(20))
    # in flight when page 3 failed: cancelled, not leaked (50 and 60 may not have started yet)
    assert {30, 40} <= set(cancelled) <= {30, 40, 50, 60}


async def test_async_pager_continues_after_a_break_and_aclose_cancels_prefetch() -> None:
    server = Server(_records(30))
    pager = AsyncPager(server.afetch, page_size=4, prefetch=3, key=_key)
    async with pager:
        async for record in pager:
            if record["n"] == 5:
                break
        assert (await anext(pager))["n"] == 6
    assert "at window 0 offset 8" in repr(pager)  # closing kept the position
    assert _ids([r async for r in pager]) == list(range(7, 30))
    assert [offset for offset, *_ in server.calls].count(0) == 1


def test_page_next_marks_the_end_and_window_changes() -> None:
    server = Server(_records(6, days=3))
    pages = list(_daily(server.fetch, 3, page_size=2, key=_key).pages())
    assert pages[-1].next is None and all(p.next is not None for p in pages[:-1])
    for page, following in itertools.pairwise(pages):
        assert page.next is not None
        assert (page.next.window, page.next.offset) == (following.window_index, following.offset)


_anything = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats()
    | st.text(max_size=30)
    | st.timedeltas()
    | st.datetimes()
    | st.datetimes(timezones=st.timezones())
    | st.just(lambda r: r)
)


@settings(max_examples=400, deadline=None)
@given(
    sync=st.booleans(),
    options=st.fixed_dictionaries(
        {"page_size": st.integers(-2, 600) | _anything},
        optional={
            "start_at": _anything,
            "end_at": _anything,
            "max_window": _anything,
            "prefetch": st.integers(-2, 40) | _anything,
            "key": _anything,
            "time_of": _anything,
            "name": _anything,
        },
    ),
)
def test_any_pager_arguments_give_a_pager_or_a_validation_error_and_no_request(
    sync: bool, options: dict[str, Any]
) -> None:
    server = Server(_records(3))
    try:
        fetch: Any = server.fetch if sync else server.afetch
        pager: Any = (SyncPager if sync else AsyncPager)(fetch, **options)
    except ValidationError:
        assert server.calls == []
        return
    assert server.calls == []
    assert 1 <= pager.page_size <= 500 and 1 <= pager.prefetch <= MAX_PREFETCH
    assert 1 <= len(pager.windows) <= MAX_WINDOWS
    repr(pager)
    if sync and len(pager.windows) <= 20:
        got = list(pager)  # whatever the key and time_of: each record in range once
        assert sorted(_ids(got)) == sorted({r["n"] for r in got}) == _ids(got)
        assert len(server.calls) <= len(pager.windows) * (3 // pager.page_size + 1) + pager.prefetch


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_prefetch_reads_small_windows_n_at_a_time_without_wasted_requests(mode: str) -> None:
    """Each window's first page is always needed: they are what fills the slots of a range of small
    windows (one short page each), so none is wasted and N run at once."""
    days, n = 30, 4
    records = [{"id": f"d{d}", "n": d, "t": T0 + timedelta(days=d, hours=12)} for d in range(days)]
    server = Server(records)
    gate = Gate(n, total=days)

    def gated(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Record]:
        gate.enter(start, hold=True)
        gate.leave()
        return server.fetch(offset, limit, start, end)

    async def agated(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[Record]:
        return await asyncio.to_thread(gated, offset, limit, start, end)

    options: dict[str, Any] = {"page_size": 5, "key": _key, "prefetch": n}
    if mode == "sync":
        got = list(_daily(gated, days, **options))
    else:
        pager = AsyncPager(
            agated, start_at=T0, end_at=T0 + timedelta(days=days), max_window=timedelta(days=1), **options
        )

        async def run() -> list[Record]:
            return [r async for r in pager]

        got = asyncio.run(run())
    assert _ids(got) == list(range(days))
    assert len(server.calls) == days and gate.starved == [] and gate.peak == n


def test_prefetch_wastes_at_most_n_minus_1_requests_per_long_window() -> None:
    records = [{"id": f"x{i}", "n": i, "t": T0 + timedelta(days=i // 23, minutes=i)} for i in range(23 * 5)]
    server = Server(records)
    assert _ids(list(_daily(server.fetch, 5, page_size=5, key=_key, prefetch=4))) == list(range(115))
    useful = 5 * (23 // 5 + 1)
    assert useful <= len(server.calls) <= useful + 5 * 3


class _LoopbackList:
    """A real HTTP server on 127.0.0.1 (an ephemeral port, bound before the test starts) that
    answers every GET with a page of ``server`` — through sockets, the client's whole stack."""

    def __init__(self, server: Server) -> None:
        lists = server

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                query = parse_qs(urlsplit(self.path).query)
                offset, limit = int(query["offset"][0]), int(query["limit"][0])
                try:
                    page = lists.fetch(offset, limit, None, None)
                    body = {"code": 0, "result": [{"id": r["id"], "text": f"n={r['n']}"} for r in page]}
                    status = 200
                except NoRecordsError:
                    body, status = {"code": 6451011, "message": "No records found"}, 400
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self) -> _LoopbackList:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)


@pytest.mark.parametrize("fault", FAULTS)
def test_over_real_sockets_each_record_once_or_a_pagination_error(fault: str) -> None:
    n = 47
    outcome = _expected(fault, n, 10)
    server = Server(_records(n), fault)
    got: list[Any] = []
    with _LoopbackList(server) as http, Cinnox("app", "tok", base_url=http.url) as client:
        pager = client.reports.sms_details(page_size=10, prefetch=4)
        try:
            for record in pager:
                got.append(record.text)
        except PaginationError:
            assert outcome in ("error", "either"), fault
        else:
            assert outcome in ("exact", "either"), fault
            assert got == [f"n={i}" for i in range(n)]
    assert len(set(got)) == len(got) and len(server.calls) <= n // 10 + 1 + 4
    assert _pager_threads() == []
