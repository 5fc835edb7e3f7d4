"""The sliding-window limiters: never more than N in any rolling P seconds, shared as promised."""

from __future__ import annotations

import asyncio
import multiprocessing
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cinnox_ext import Cinnox
from cinnox_ext._rate_limit import RedisSlidingWindowLimiter, SlidingWindowLimiter, make_limiter
from cinnox_ext.errors import ConfigurationError


def max_in_any_window(stamps: list[float], period: float) -> int:
    """The most stamps that fall in any half-open window [t, t + period)."""
    stamps = sorted(stamps)
    best, j = 0, 0
    for i in range(len(stamps)):
        while stamps[i] - stamps[j] >= period:
            j += 1
        best = max(best, i - j + 1)
    return best


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_slot_is_busy_until_a_period_after_its_answer() -> None:
    clock = FakeClock()
    limiter = SlidingWindowLimiter(3, 10.0, clock=clock)
    assert [limiter.try_acquire().wait for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.try_acquire().wait == pytest.approx(0.01)  # all three in flight: poll
    clock.now += 2  # the first answer arrives 2 s after it was sent
    limiter.release()
    assert limiter.try_acquire().wait == pytest.approx(10.0)  # free 10 s after that answer
    clock.now += 10
    assert limiter.try_acquire().acquired


def test_no_burst_across_a_window_boundary() -> None:
    """A token bucket would allow 2N around a boundary; the sliding log allows N."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(5, 60.0, clock=clock)
    clock.now = 59.9
    for _ in range(5):
        assert limiter.try_acquire().acquired
        limiter.release()
    clock.now = 60.1  # a fixed-window counter would have reset here
    assert limiter.try_acquire().wait > 0


@settings(max_examples=300, deadline=None)
@given(
    limit=st.integers(1, 20),
    period=st.floats(0.5, 100),
    requests=st.lists(
        st.tuples(st.floats(0, 5), st.floats(0, 3), st.floats(0, 1)),  # think time, latency, arrival fraction
        min_size=1,
        max_size=150,
    ),
)
def test_the_server_never_sees_more_than_n_whatever_the_latency(
    limit: int, period: float, requests: list[tuple[float, float, float]]
) -> None:
    """Requests arrive at the server at any point between send and answer; counted on arrival, no
    window of P seconds ever holds more than N of them."""
    clock = FakeClock()
    limiter = SlidingWindowLimiter(limit, period, clock=clock)
    arrivals: list[float] = []
    for think, latency, fraction in requests:
        clock.now += think
        while (wait := limiter.try_acquire().wait) > 0:
            assert wait <= period + 1e-6  # never told to wait longer than a window
            clock.now += max(wait, 1e-6)  # a real clock always moves; 1000.0 + 1e-13 == 1000.0
        arrivals.append(clock.now + latency * fraction)
        clock.now += latency
        limiter.release()
    assert max_in_any_window(arrivals, period - 1e-9) <= limit


def test_threads_share_one_limiter() -> None:
    limiter = SlidingWindowLimiter(20, 0.5)
    stamps: list[float] = []
    lock = threading.Lock()
    deadline = time.monotonic() + 1.3

    def worker() -> None:
        while time.monotonic() < deadline:
            limiter.acquire()
            with lock:
                stamps.append(time.monotonic())
            limiter.release()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert max_in_any_window(stamps, 0.5) <= 20
    assert len(stamps) >= 40  # and it does let requests through at the allowed pace


async def test_async_tasks_share_one_limiter_without_blocking_the_loop() -> None:
    limiter = SlidingWindowLimiter(10, 0.4)
    stamps: list[float] = []
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.01)

    async def worker() -> None:
        for _ in range(4):
            await limiter.aacquire()
            stamps.append(time.monotonic())
            await asyncio.sleep(0.001)  # the request
            await limiter.arelease()

    tick_task = asyncio.create_task(ticker())
    await asyncio.gather(*(worker() for _ in range(6)))
    tick_task.cancel()
    assert len(stamps) == 24
    assert max_in_any_window(stamps, 0.4) <= 10
    assert ticks > 20  # the loop kept running while tasks waited


def test_limiter_selection() -> None:
    assert make_limiter(None, 60, None, key="k") is None
    assert isinstance(make_limiter(500, 60, None, key="k"), SlidingWindowLimiter)
    assert isinstance(make_limiter(500, 60, "memory://", key="k"), SlidingWindowLimiter)
    redis_limiter = make_limiter(500, 60, "redis://:pw@127.0.0.1:1/0", key="k")
    assert isinstance(redis_limiter, RedisSlidingWindowLimiter)
    assert "pw" not in repr(redis_limiter)
    shared = SlidingWindowLimiter(1, 1)
    assert make_limiter(500, 60, shared, key="k") is shared
    with pytest.raises(ConfigurationError):
        make_limiter(500, 60, "memcached://x", key="k")
    with pytest.raises(ConfigurationError):
        SlidingWindowLimiter(0, 60)


def test_clients_share_a_limiter_object() -> None:
    shared = SlidingWindowLimiter(5, 60)
    a = Cinnox("a", "t", base_url="http://127.0.0.1:9", rate_limit_storage=shared)
    b = Cinnox("b", "t", base_url="http://127.0.0.1:9", rate_limit_storage=shared)
    assert a.rate_limiter is b.rate_limiter is shared
    a.close()
    b.close()


# ----------------------------------------------------------------------------- Redis


def _redis_worker(
    url: str, key: str, limit: int, period: float, seconds: float, out: multiprocessing.Queue
) -> None:  # type: ignore[type-arg]
    limiter = RedisSlidingWindowLimiter(url, limit, period, key=key)
    stamps = []
    deadline = time.time() + seconds
    while time.time() < deadline:
        token = limiter.acquire()
        stamps.append(time.time())
        time.sleep(0.002)  # the request
        limiter.release(token)
    limiter.close()
    out.put(stamps)


@pytest.mark.redis
def test_redis_limiter_is_shared_by_processes(redis_url: str) -> None:
    limit, period = 30, 1.0
    ctx = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [
        ctx.Process(target=_redis_worker, args=(redis_url, "test:shared", limit, period, 2.5, queue))
        for _ in range(3)
    ]
    for p in procs:
        p.start()
    stamps = [s for _ in procs for s in queue.get(timeout=60)]
    for p in procs:
        p.join(timeout=30)
    # Stamps are taken just after Redis granted the slot; allow that round trip as tolerance.
    assert max_in_any_window(stamps, period - 0.02) <= limit
    assert len(stamps) >= 2 * limit  # the three processes together used the budget


@pytest.mark.redis
async def test_redis_limiter_async_and_sync_share_the_key(redis_url: str) -> None:
    limiter = RedisSlidingWindowLimiter(redis_url, 4, 30.0, key="test:mixed")
    tokens = [limiter.acquire(), limiter.acquire(), await limiter.aacquire(), await limiter.aacquire()]
    wait = limiter.try_acquire().wait
    assert 0 < wait <= 0.3  # all four in flight: poll again shortly
    limiter.release(tokens[0])
    await limiter.arelease(tokens[1])
    wait = limiter.try_acquire().wait
    assert 29.0 < wait <= 30.0  # free 30 s after the first answer, by Redis's clock
    other = RedisSlidingWindowLimiter(redis_url, 4, 30.0, key="test:other-account")
    assert other.try_acquire().wait == 0.0  # keys are independent budgets
    for lim in (limiter, other):
        lim.close()
        await lim.aclose()


@pytest.mark.redis
def test_a_dead_process_does_not_hold_its_slot_forever(redis_url: str) -> None:
    limiter = RedisSlidingWindowLimiter(redis_url, 1, 0.2, key="test:ttl", in_flight_ttl=0.3)
    limiter.acquire()  # never released, as if the process died mid-request
    wait = limiter.try_acquire().wait
    assert wait > 0
    time.sleep(0.6)  # in_flight_ttl + period
    assert limiter.try_acquire().wait == 0.0
    limiter.close()
