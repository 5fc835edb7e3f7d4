"""Pagers: every record once, lazily, across pages and windows; resumable; async prefetch in order."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from datetime import UTC, datetime, timedelta
from typing import Any
from unittest import mock

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Cinnox
from cinnox_ext._pagination import AsyncPager, SyncPager, split_windows
from cinnox_ext._rate_limit import SlidingWindowLimiter
from cinnox_ext.errors import NoRecordsError, ValidationError

T0 = datetime(2025, 1, 1, tzinfo=UTC)


class Store:
    """A fake list endpoint over ``total`` records, recording every page request."""

    def __init__(self, total: int, *, no_records_error: bool = False) -> None:
        self.records = [f"r{i}" for i in range(total)]
        self.calls: list[tuple[int, int]] = []
        self.no_records_error = no_records_error

    def fetch(self, offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[str]:
        self.calls.append((offset, limit))
        page = self.records[offset : offset + limit]
        if not page and self.no_records_error:
            raise NoRecordsError("No records found", code=6451011)
        return page

    async def afetch(
        self, offset: int, limit: int, start: datetime | None, end: datetime | None
    ) -> list[str]:
        await asyncio.sleep(0)
        return self.fetch(offset, limit, start, end)


@settings(max_examples=60, deadline=None)
@given(total=st.integers(0, 1200), page_size=st.integers(1, 500), no_records=st.booleans())
def test_every_record_exactly_once(total: int, page_size: int, no_records: bool) -> None:
    store = Store(total, no_records_error=no_records)
    assert list(SyncPager(store.fetch, page_size=page_size)) == store.records
    # stops at the first short page: ceil((total + 1) / page_size) requests
    assert len(store.calls) == total // page_size + 1
    assert all(limit == page_size for _, limit in store.calls)


def test_nothing_is_fetched_until_iteration() -> None:
    store = Store(10)
    pager = SyncPager(store.fetch, page_size=3)
    assert store.calls == []
    it = iter(pager)
    assert next(it) == "r0" and store.calls == [(0, 3)]


def test_page_size_and_window_are_checked_before_any_request() -> None:
    store = Store(10)
    for bad in (0, 501, -1, 2.5, True, "10"):
        with pytest.raises(ValidationError, match="page_size"):
            SyncPager(store.fetch, page_size=bad)
    with pytest.raises(ValidationError, match="after end_at"):
        SyncPager(store.fetch, page_size=10, start_at=T0 + timedelta(days=1), end_at=T0)
    with pytest.raises(ValidationError, match="time zone"):
        SyncPager(store.fetch, page_size=10, start_at=datetime(2025, 1, 1), end_at=T0)
    assert store.calls == []


def test_pages_api_and_checkpoints() -> None:
    store = Store(7)
    pages = list(SyncPager(store.fetch, page_size=3).pages())
    assert [p.items for p in pages] == [["r0", "r1", "r2"], ["r3", "r4", "r5"], ["r6"]]
    assert [p.offset for p in pages] == [0, 3, 6]
    first = pages[0].next
    assert first is not None and (first.window, first.offset) == (0, 3)
    assert first.end_at is not None  # an open range is pinned when iteration starts
    assert pages[-1].next is None


def test_resume_from_a_checkpoint_loses_and_repeats_nothing() -> None:
    store = Store(10)
    pager = SyncPager(store.fetch, page_size=4)
    first = next(iter(pager.pages()))
    checkpoint = first.next
    assert checkpoint is not None
    rest = [r for p in pager.pages(resume=checkpoint) for r in p.items]
    assert first.items + rest == store.records


def test_split_windows_cover_the_range_without_gaps() -> None:
    end = T0 + timedelta(days=200, hours=5)
    windows = split_windows(T0, end, timedelta(days=90))
    assert windows[0][0] == T0 and windows[-1][1] == end
    assert all(a[1] == b[0] for a, b in itertools.pairwise(windows))
    assert all(e - s <= timedelta(days=90) for s, e in windows)
    assert split_windows(T0, end, None) == [(T0, end)]
    assert split_windows(None, None, timedelta(days=1)) == [(None, None)]


def test_windows_are_chained_and_boundary_duplicates_dropped() -> None:
    """A record at a shared boundary instant is returned by both windows; it is yielded once."""
    calls: list[tuple[datetime | None, datetime | None, int]] = []

    def fetch(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[dict[str, Any]]:
        calls.append((start, end, offset))
        assert start is not None and end is not None
        day = (start - T0).days
        rows = [{"id": f"d{day}-{i}"} for i in range(3)]
        if start > T0:
            rows.insert(0, {"id": f"d{day - 1}-2"})  # the previous window's last record again
        return rows[offset : offset + limit]

    pager = SyncPager(
        fetch,
        page_size=2,
        start_at=T0,
        end_at=T0 + timedelta(days=3),
        max_window=timedelta(days=1),
        key=lambda r: r["id"],
    )
    ids = [r["id"] for r in pager]
    assert ids == ["d0-0", "d0-1", "d0-2", "d1-0", "d1-1", "d1-2", "d2-0", "d2-1", "d2-2"]
    assert len({(s, e) for s, e, _ in calls}) == 3


async def test_async_pager_prefetches_but_yields_in_order() -> None:
    store = Store(23)
    in_flight = 0
    peak = 0

    async def fetch(offset: int, limit: int, start: Any, end: Any) -> list[str]:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01 * ((offset // limit) % 3))  # out-of-order completion
        in_flight -= 1
        return store.fetch(offset, limit, start, end)

    pager = AsyncPager(fetch, page_size=5, prefetch=4)
    assert [r async for r in pager] == store.records
    assert peak == 4


async def test_async_prefetch_cancels_what_it_no_longer_needs() -> None:
    store = Store(12, no_records_error=True)
    pager = AsyncPager(store.afetch, page_size=5, prefetch=6)
    assert [r async for r in pager] == store.records  # NoRecordsError beyond the end is not an error
    got = []
    async for r in AsyncPager(Store(100).afetch, page_size=5, prefetch=3):
        got.append(r)
        if len(got) == 7:
            break  # leaving early cancels the prefetched pages without warnings
    assert got == [f"r{i}" for i in range(7)]
    with pytest.raises(ValidationError):
        AsyncPager(store.afetch, page_size=5, prefetch=0)


def _records_server(total: int) -> httpx.MockTransport:
    records = [
        {"id": f"sms-{i}", "text": "hi", "createdAt": "2025-11-07T02:14:09.000Z"} for i in range(total)
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params["limit"])
        page = records[offset : offset + limit]
        if not page:
            return httpx.Response(400, json={"code": 6451011, "message": "No records found"})
        return httpx.Response(200, content=json.dumps({"code": 0, "result": page}))

    return httpx.MockTransport(handler)


def test_sms_details_through_the_client() -> None:
    with Cinnox(
        "app", "tok", base_url="https://x.test", transport=_records_server(1234), rate_limit=None
    ) as c:
        ids = [r.id for r in c.reports.sms_details(page_size=500)]
    assert ids == [f"sms-{i}" for i in range(1234)]


async def test_async_sms_details_through_the_client() -> None:
    async with AsyncCinnox(
        "app", "tok", base_url="https://x.test", transport=_records_server(1000), rate_limit=None
    ) as c:
        ids = [r.id async for r in c.reports.sms_details(page_size=300, prefetch=3)]
    assert ids == [f"sms-{i}" for i in range(1000)]


def test_sms_details_filters_are_checked_and_sent() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"code": 0, "result": []})

    with Cinnox(
        "app", "tok", base_url="https://x.test", transport=httpx.MockTransport(handler), rate_limit=None
    ) as c:
        with pytest.raises(ValidationError, match="status must be one of"):
            c.reports.sms_details(status="Sent")
        with pytest.raises(ValidationError, match="unknown sms_details filter"):
            c.reports.sms_details(colour="red")
        list(
            c.reports.sms_details(
                T0,
                T0 + timedelta(days=1),
                50,
                source="openAPI-otp",
                carrier_status="Delivered",
                sms_id=["a", "b"],
                recipient="+85298765432",
            )
        )
    params = seen[0].params
    assert params["source"] == "openAPI-otp" and params["carrierStatus"] == "Delivered"
    assert params["smsID"] == "a,b" and params["recipient"] == "+85298765432"
    assert params["limit"] == "50" and params["offset"] == "0"
    assert datetime.fromisoformat(params["startAt"]) == T0


def test_overview_is_never_summed_across_windows() -> None:
    requests: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request.url)
        return httpx.Response(200, json={"code": 0, "result": {"totalReceived": 5}})

    with Cinnox(
        "app", "tok", base_url="https://x.test", transport=httpx.MockTransport(handler), rate_limit=None
    ) as c:
        with pytest.raises(ValidationError, match="at most 90 days"):
            c.reports.enquiry_overview(T0, T0 + timedelta(days=91))
        assert requests == []
        windows = c.reports.enquiry_overview_by_window(T0, T0 + timedelta(days=200))
    assert [w.overview.total_received for w in windows] == [5, 5, 5]
    assert windows[0].start_at == T0 and windows[-1].end_at == T0 + timedelta(days=200)
    assert all(w.end_at - w.start_at <= timedelta(days=90) for w in windows)


async def test_prefetched_pages_that_are_cancelled_give_their_rate_limit_slots_back() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        # the first two pages answer at once; later ones hang until cancelled
        await asyncio.sleep(0 if int(request.url.params["offset"]) < 20 else 30)
        return _records_server(10_000).handler(request)  # type: ignore[no-any-return]

    async with AsyncCinnox("app", "tok", base_url="https://x.test", transport=httpx.MockTransport(slow)) as c:
        limiter = c.rate_limiter
        assert isinstance(limiter, SlidingWindowLimiter)
        pages = c.reports.sms_details(page_size=10, prefetch=5).pages()
        async with contextlib.aclosing(pages):
            async for page in pages:
                if page.offset == 10:
                    # the first page was full, so the next five went out: 20, 30, 40, 50 still are
                    assert limiter._in_flight == 4
                    break
        # closing the pager cancelled them: each gave its slot back
        assert limiter._in_flight == 0
        assert limiter.in_use() == 6  # 2 answered + 4 cancelled attempts count for the period


async def test_pagers_are_iterators_too() -> None:
    store = Store(7)
    pager = SyncPager(store.fetch, page_size=3)
    assert [next(pager), next(pager), next(pager), next(pager)] == ["r0", "r1", "r2", "r3"]
    assert list(pager) == ["r4", "r5", "r6"]  # a for loop continues where next() stopped
    assert list(pager) == []  # an iterator: once exhausted, it stays exhausted
    with pytest.raises(StopIteration):
        next(pager)
    assert store.calls == [(0, 3), (3, 3), (6, 3)]  # no page was requested twice
    apager = AsyncPager(Store(4).afetch, page_size=3)
    assert [await anext(apager), await anext(apager)] == ["r0", "r1"]
    assert [r async for r in apager] == ["r2", "r3"]
    with pytest.raises(StopAsyncIteration):
        await anext(apager)


# Keys as a list endpoint may return them: strings (some repeated, some empty), none, other types.
_keys = st.sampled_from(["a", "b", "c", "d", "e", "f", "", None, 7, ("t",)])


@settings(max_examples=200, deadline=None)
@given(
    keys=st.lists(_keys, max_size=12),
    page_size=st.integers(1, 5),
    shifts=st.lists(st.integers(-3, 3), max_size=6),
    windows=st.booleans(),
)
def test_the_vectorised_accept_means_what_the_record_loop_means(
    keys: list[object], page_size: int, shifts: list[int], windows: bool
) -> None:
    """Pages of keyed records (repeats, empty and odd keys, a server that moves its offset) give the
    same records, pages and errors whether a page takes the all-distinct-strings shortcut or not."""
    from cinnox_ext import _pagination
    from cinnox_ext.errors import PaginationError

    records = [{"id": k, "n": i} for i, k in enumerate(keys)]

    def run() -> tuple[list[object], list[tuple[object, ...]], str | None]:
        calls = iter(shifts)

        def fetch(offset: int, limit: int, start: datetime | None, end: datetime | None) -> list[object]:
            at = max(0, offset + next(calls, 0))
            return list(records[at : at + limit])

        pager = SyncPager(
            fetch,
            page_size=page_size,
            key=lambda r: r["id"],
            start_at=T0,
            end_at=T0 + timedelta(days=3),
            max_window=timedelta(days=1) if windows else None,
        )
        out: list[object] = []
        pages: list[tuple[object, ...]] = []
        try:
            for page in pager.pages():
                out.extend(page.items)
                pages.append((page.window_index, page.offset, page.fetched, page.next))
        except PaginationError as exc:
            return out, pages, str(exc)
        return out, pages, None

    fast = run()
    with mock.patch.object(_pagination._Walk, "_distinct_new_keys", lambda self, items: None):
        assert run() == fast
