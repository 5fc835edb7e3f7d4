"""Client-side rate limiting: at most N requests in any rolling P seconds.

CINNOX allows 500 requests per minute per service account and answers 6451010 beyond that. A token
bucket is the wrong tool here: it lets 2×N requests through across a window boundary, which a server
counting a sliding window rejects. Both limiters below keep a log of send times (a sliding log) and
let a request through only when fewer than N sends happened in the last P seconds, plus a small
safety margin so that a server counting arrivals (a little later than our send times, with jitter)
never sees N+1.

- :class:`SlidingWindowLimiter`: in-process, shared by every thread and asyncio task using the
  client (a ``threading.Lock`` guards a deque; waiting is ``time.sleep`` or ``asyncio.sleep``, so the
  lock is never held while waiting and an event loop is never blocked).
- :class:`RedisSlidingWindowLimiter`: shared by every process and machine using the same Redis key,
  through one Lua script (a sorted set of send times, judged by Redis's own clock so that machines
  with skewed clocks agree).

Select one with ``rate_limit_storage``: ``None``/``"memory://"`` or a ``redis://`` URL, or pass any
object with ``acquire()``/``aacquire()`` to share one limiter between several clients.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from .errors import ConfigurationError

__all__ = [
    "RateLimiter",
    "RedisSlidingWindowLimiter",
    "SlidingWindowLimiter",
    "default_margin",
    "make_limiter",
]


def default_margin(period: float) -> float:
    """0.5% of the window, at most 250 ms: above loopback/LAN jitter, below 1% of the budget."""
    return min(0.25, period * 0.005)


@runtime_checkable
class RateLimiter(Protocol):
    """What the clients need from a limiter: block (or await) until one request may be sent."""

    def acquire(self) -> None: ...

    async def aacquire(self) -> None: ...


class SlidingWindowLimiter:
    """In-process sliding log: at most ``limit`` acquisitions in any ``period + margin`` seconds."""

    def __init__(
        self,
        limit: int,
        period: float,
        *,
        margin: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or period <= 0:
            raise ConfigurationError("rate limit and period must be positive")
        self.limit = limit
        self.period = period
        self.window = period + (default_margin(period) if margin is None else margin)
        self._clock = clock
        self._stamps: deque[float] = deque()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter(limit={self.limit}, period={self.period})"

    def try_acquire(self) -> float:
        """Take a slot and return 0, or return how many seconds to wait before trying again."""
        with self._lock:
            now = self._clock()
            horizon = now - self.window
            stamps = self._stamps
            while stamps and stamps[0] <= horizon:
                stamps.popleft()
            if len(stamps) < self.limit:
                stamps.append(now)
                return 0.0
            return stamps[0] - horizon

    def acquire(self) -> None:
        while (wait := self.try_acquire()) > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        while (wait := self.try_acquire()) > 0:
            await asyncio.sleep(wait)


_LUA_SLIDING_WINDOW = """
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local member = ARGV[3]
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, math.ceil(window * 1000) + 1000)
  return '0'
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return tostring(tonumber(oldest[2]) + window - now)
"""


class RedisSlidingWindowLimiter:
    """Sliding log in Redis, shared by every process and machine using the same ``key``.

    One atomic Lua script per attempt prunes send times older than the window, and either records
    this send or answers how long to wait. The sync and asyncio clients of ``redis`` are created
    lazily from the URL, so one limiter serves both :class:`~cinnox_ext.Cinnox` and
    :class:`~cinnox_ext.AsyncCinnox`.
    """

    def __init__(
        self,
        url: str,
        limit: int,
        period: float,
        *,
        key: str = "cinnox:rate-limit",
        margin: float | None = None,
    ) -> None:
        if limit < 1 or period <= 0:
            raise ConfigurationError("rate limit and period must be positive")
        self.url = url
        self.key = key
        self.limit = limit
        self.period = period
        self.window = period + (default_margin(period) if margin is None else margin)
        self._ids = itertools.count()
        self._prefix = f"{uuid.uuid4().hex}:{os.getpid()}:"
        self._sync: Any = None
        self._async: Any = None
        self._sync_script: Any = None
        self._async_script: Any = None

    def __repr__(self) -> str:
        return f"RedisSlidingWindowLimiter(key={self.key!r}, limit={self.limit}, period={self.period})"

    def _args(self) -> list[str | int | float]:
        return [self.limit, repr(self.window), f"{self._prefix}{next(self._ids)}"]

    def try_acquire(self) -> float:
        """Take a slot and return 0, or return how many seconds to wait before trying again."""
        if self._sync_script is None:
            import redis

            self._sync = redis.Redis.from_url(self.url)
            self._sync_script = self._sync.register_script(_LUA_SLIDING_WINDOW)
        return float(self._sync_script(keys=[self.key], args=self._args()))

    async def atry_acquire(self) -> float:
        """The asyncio twin of :meth:`try_acquire`."""
        if self._async_script is None:
            import redis.asyncio

            self._async = redis.asyncio.Redis.from_url(self.url)
            self._async_script = self._async.register_script(_LUA_SLIDING_WINDOW)
        return float(await self._async_script(keys=[self.key], args=self._args()))

    def acquire(self) -> None:
        while (wait := self.try_acquire()) > 0:
            time.sleep(wait)

    async def aacquire(self) -> None:
        while (wait := await self.atry_acquire()) > 0:
            await asyncio.sleep(wait)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()
            self._sync = self._sync_script = None

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
            self._async = self._async_script = None


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
        "rate_limit_storage must be None, 'memory://', a redis:// URL or a RateLimiter, "
        f"got {storage!r}"
    )
