"""Client-side rate limiting: at most N requests in any rolling P seconds, as the server counts them.

CINNOX allows 500 requests per minute per service account and answers 6451010 beyond that. A token
bucket is the wrong tool here: it lets 2×N requests through across a window boundary, which a server
counting a sliding window rejects. Both limiters below keep a sliding log instead, with one twist
that makes the guarantee hold whatever the network does: a request occupies its slot from the
moment it is sent until P seconds after its response arrived. The server necessarily saw the
request before we saw the answer, so by the time a slot frees up, the server's own window has let
go of that request too; no safety margin has to guess the latency jitter, and the budget lost per
window is one round trip.

- :class:`SlidingWindowLimiter`: in-process, shared by every thread and asyncio task using the
  client (a ``threading.Lock`` guards a heap of completion times and a count of requests in flight;
  waiting is ``time.sleep`` or ``asyncio.sleep`` outside the lock, so an event loop never blocks).
- :class:`RedisSlidingWindowLimiter`: shared by every process and machine using the same Redis key,
  through two Lua scripts over a sorted set (judged by Redis's own clock, so machines with skewed
  clocks agree). A request in flight is recorded with a provisional expiry, so a process that dies
  mid-request cannot hold its slot forever.

Select one with ``rate_limit_storage``: ``None``/``"memory://"`` or a ``redis://`` URL, or pass any
object with ``acquire``/``release`` (and ``aacquire``/``arelease``) to share one limiter between clients.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import os
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from .errors import ConfigurationError

__all__ = ["RateLimiter", "RedisSlidingWindowLimiter", "SlidingWindowLimiter", "make_limiter"]


@runtime_checkable
class RateLimiter(Protocol):
    """What the clients need: take a slot before sending (blocking or awaiting until one is free),
    and give it back with the time the answer arrived."""

    def acquire(self) -> Any: ...

    def release(self, token: Any) -> None: ...

    async def aacquire(self) -> Any: ...

    async def arelease(self, token: Any) -> None: ...


class SlidingWindowLimiter:
    """In-process sliding log: a slot is busy from acquisition until ``period`` after its release."""

    def __init__(self, limit: int, period: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or period <= 0:
            raise ConfigurationError("rate limit and period must be positive")
        self.limit = limit
        self.period = period
        self._clock = clock
        self._released: list[float] = []  # min-heap of release times still inside the window
        self._in_flight = 0
        self._lock = threading.Lock()
        self._poll = min(0.01, period / 100)

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter(limit={self.limit}, period={self.period})"

    def try_acquire(self) -> float:
        """Take a slot and return 0, or return how many seconds to wait before trying again."""
        with self._lock:
            horizon = self._clock() - self.period
            released = self._released
            while released and released[0] <= horizon:
                heapq.heappop(released)
            if self._in_flight + len(released) < self.limit:
                self._in_flight += 1
                return 0.0
            if released:
                return released[0] - horizon
            return self._poll  # every slot is in flight: look again shortly

    def release(self, token: Any = None) -> None:
        with self._lock:
            self._in_flight -= 1
            heapq.heappush(self._released, self._clock())

    def in_use(self) -> int:
        """Slots counted against the budget right now (in flight, or answered within the period)."""
        with self._lock:
            horizon = self._clock() - self.period
            return self._in_flight + sum(1 for t in self._released if t > horizon)

    def acquire(self) -> None:
        while (wait := self.try_acquire()) > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        # Threads share this limiter too, so no asyncio.Event could announce a free slot: the
        # wait is computed exactly instead (or a short poll when every slot is in flight).
        while (wait := self.try_acquire()) > 0:  # noqa: ASYNC110
            await asyncio.sleep(wait)

    async def arelease(self, token: Any = None) -> None:
        self.release(token)


# KEYS[1]: the sorted set. A member's score is when its slot stops counting minus the period:
# its release time, or, while in flight, a provisional "now + in_flight_ttl".
_LUA_ACQUIRE = """
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local member = ARGV[3]
local ttl = tonumber(ARGV[4])
local poll = tonumber(ARGV[5])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now + ttl, member)
  redis.call('PEXPIRE', key, math.ceil((period + ttl) * 1000))
  return '0'
end
local oldest = tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
if oldest > now then
  return tostring(poll)  -- every slot is in flight: look again shortly
end
return tostring(oldest + period - now)
"""
_LUA_RELEASE = """
local t = redis.call('TIME')
redis.call('ZADD', KEYS[1], 'XX', tonumber(t[1]) + tonumber(t[2]) / 1000000, ARGV[1])
return 1
"""


class RedisSlidingWindowLimiter:
    """Sliding log in Redis, shared by every process and machine using the same ``key``.

    ``in_flight_ttl`` bounds how long a request that never reports back (its process died) keeps its
    slot. The sync and asyncio Redis clients are created lazily from the URL, so one limiter serves
    both :class:`~cinnox_ext.Cinnox` and :class:`~cinnox_ext.AsyncCinnox`.
    """

    def __init__(
        self,
        url: str,
        limit: int,
        period: float,
        *,
        key: str = "cinnox:rate-limit",
        in_flight_ttl: float = 120.0,
    ) -> None:
        if limit < 1 or period <= 0:
            raise ConfigurationError("rate limit and period must be positive")
        self.url = url
        self.key = key
        self.limit = limit
        self.period = period
        self.in_flight_ttl = in_flight_ttl
        self._poll = min(0.02, period / 100)
        self._ids = itertools.count()
        self._prefix = f"{uuid.uuid4().hex}:{os.getpid()}:"
        self._sync: Any = None
        self._async: Any = None
        self._scripts: Any = None
        self._async_scripts: Any = None

    def __repr__(self) -> str:
        return f"RedisSlidingWindowLimiter(key={self.key!r}, limit={self.limit}, period={self.period})"

    def _member(self) -> str:
        return f"{self._prefix}{next(self._ids)}"

    def _acquire_args(self, member: str) -> list[Any]:
        return [self.limit, repr(self.period), member, repr(self.in_flight_ttl), repr(self._poll)]

    def _sync_scripts(self) -> Any:
        if self._scripts is None:
            import redis

            self._sync = redis.Redis.from_url(self.url)
            self._scripts = (
                self._sync.register_script(_LUA_ACQUIRE),
                self._sync.register_script(_LUA_RELEASE),
            )
        return self._scripts

    def _aio_scripts(self) -> Any:
        if self._async_scripts is None:
            import redis.asyncio

            self._async = redis.asyncio.Redis.from_url(self.url)
            self._async_scripts = (
                self._async.register_script(_LUA_ACQUIRE),
                self._async.register_script(_LUA_RELEASE),
            )
        return self._async_scripts

    def try_acquire(self, member: str | None = None) -> tuple[float, str]:
        """Take a slot (wait 0) or learn how long to wait; returns ``(wait, member)``."""
        member = member or self._member()
        acquire, _ = self._sync_scripts()
        return float(acquire(keys=[self.key], args=self._acquire_args(member))), member

    async def atry_acquire(self, member: str | None = None) -> tuple[float, str]:
        member = member or self._member()
        acquire, _ = self._aio_scripts()
        return float(await acquire(keys=[self.key], args=self._acquire_args(member))), member

    def acquire(self) -> str:
        wait, member = self.try_acquire()
        while wait > 0:
            time.sleep(wait)
            wait, member = self.try_acquire(member)
        return member

    async def aacquire(self) -> str:
        wait, member = await self.atry_acquire()
        while wait > 0:
            await asyncio.sleep(wait)
            wait, member = await self.atry_acquire(member)
        return member

    def release(self, token: Any) -> None:
        _, release = self._sync_scripts()
        release(keys=[self.key], args=[token])

    async def arelease(self, token: Any) -> None:
        _, release = self._aio_scripts()
        await release(keys=[self.key], args=[token])

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = self._scripts = None

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = self._async_scripts = None


def make_limiter(
    rate_limit: int | None,
    rate_period: float,
    storage: str | RateLimiter | None,
    *,
    key: str,
) -> RateLimiter | None:
    """Build the limiter the client options ask for (``None`` when rate limiting is off)."""
    if isinstance(storage, RateLimiter):
        return storage
    if rate_limit is None:
        return None
    if storage is None or storage == "memory://":
        return SlidingWindowLimiter(rate_limit, rate_period)
    if isinstance(storage, str) and storage.startswith(("redis://", "rediss://", "unix://")):
        return RedisSlidingWindowLimiter(storage, rate_limit, rate_period, key=key)
    raise ConfigurationError(
        f"rate_limit_storage must be None, 'memory://', a redis:// URL or a RateLimiter, got {storage!r}"
    )
