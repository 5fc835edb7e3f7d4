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
:class:`RateLimiter` (for instance one limiter object shared between clients).

Both limiters implement the :class:`RateLimiter` protocol: ``try_acquire`` returns an
:class:`Acquisition` on both, and ``usage()`` a :class:`LimiterUsage` (what a progress bar shows).
A computed wait is never longer than the period, so a step of a clock cannot block a caller for
longer than that.

When Redis cannot be consulted (down at start, killed between calls, frozen, or the key holds
another type: WRONGTYPE) the limiter **fails closed**: the request is not sent and
:class:`~cinnox_ext.errors.RateLimiterUnavailableError` is raised. Redis calls use the client's
``timeout`` as their socket timeouts, and redis-py's own retries are off, so a frozen Redis costs at
most about ``timeout`` seconds. Giving a slot back never raises into the caller's request: if Redis
dies while a request is in flight, the answer (or the request's own error) is still returned, and
the slot expires by itself after ``in_flight_ttl``.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import itertools
import logging
import math
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, runtime_checkable

import attrs

from ._logging import event
from .errors import ConfigurationError, RateLimiterUnavailableError

__all__ = [
    "Acquisition",
    "LimiterUsage",
    "RateLimiter",
    "RedisSlidingWindowLimiter",
    "SlidingWindowLimiter",
    "make_limiter",
]


@attrs.frozen
class Acquisition:
    """What :meth:`RateLimiter.try_acquire` answers: ``wait == 0``: the slot ``token`` is yours
    (give it back with ``release(token)``); else try again in ``wait`` seconds (passing ``token``)."""

    wait: float
    token: Any = None

    @property
    def acquired(self) -> bool:
        return self.wait <= 0


@attrs.frozen
class LimiterUsage:
    """Slots counted against the budget right now (in flight, or answered within the period)."""

    in_use: int
    limit: int
    period: float


@runtime_checkable
class RateLimiter(Protocol):
    """What the clients need: take a slot before sending (blocking or awaiting until one is free),
    give it back when the answer arrived, and report usage.

    ``acquire``/``aacquire`` raise :class:`~cinnox_ext.errors.RateLimiterUnavailableError` when the
    limiter cannot be consulted; the request is then not sent.
    """

    limit: int
    period: float

    def try_acquire(self, token: Any = None) -> Acquisition: ...

    def acquire(self) -> Any: ...

    def release(self, token: Any) -> None: ...

    async def aacquire(self) -> Any: ...

    async def arelease(self, token: Any) -> None: ...

    def usage(self) -> LimiterUsage: ...


def _check(limit: object, period: object) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ConfigurationError(f"rate limit must be a positive integer, got {limit!r}")
    if (
        isinstance(period, bool)
        or not isinstance(period, (int, float))
        or not math.isfinite(period)
        or not 0 < period <= 86_400
    ):
        raise ConfigurationError(f"rate period must be a number of seconds in (0, 86400], got {period!r}")


class _Waits:
    """Logs a wait for a slot once when it starts and once when the slot is taken."""

    def __init__(self, limiter: object) -> None:
        self.limiter = limiter
        self.started: float | None = None

    def waiting(self, wait: float) -> None:
        if self.started is None:
            self.started = time.monotonic()
            event(
                logging.INFO,
                "rate_limit_wait",
                "rate limit reached: waiting %.2fs for a slot",
                wait,
                delay=wait,
            )

    def done(self) -> None:
        if self.started is not None:
            waited = time.monotonic() - self.started
            event(
                logging.INFO,
                "rate_limit_acquired",
                "rate limit: slot taken after %.2fs",
                waited,
                waited=waited,
            )


class SlidingWindowLimiter:
    """In-process sliding log: a slot is busy from acquisition until ``period`` after its release."""

    def __init__(self, limit: int, period: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        _check(limit, period)
        self.limit = limit
        self.period = float(period)
        self._clock = clock
        self._released: list[float] = []  # min-heap of release times still inside the window
        self._in_flight = 0
        self._lock = threading.Lock()
        self._poll = min(0.01, self.period / 100)

    def __repr__(self) -> str:
        return f"SlidingWindowLimiter(limit={self.limit}, period={self.period})"

    def try_acquire(self, token: Any = None) -> Acquisition:
        """Take a slot (``wait == 0``), or learn how many seconds to wait before trying again."""
        with self._lock:
            horizon = self._clock() - self.period
            released = self._released
            while released and released[0] <= horizon:
                heapq.heappop(released)
            if self._in_flight + len(released) < self.limit:
                self._in_flight += 1
                return Acquisition(0.0)
            if released:
                return Acquisition(min(released[0] - horizon, self.period))
            return Acquisition(self._poll)  # every slot is in flight: look again shortly

    def release(self, token: Any = None) -> None:
        with self._lock:
            self._in_flight = max(self._in_flight - 1, 0)
            heapq.heappush(self._released, self._clock())

    def in_use(self) -> int:
        """Slots counted against the budget right now (in flight, or answered within the period)."""
        return self.usage().in_use

    def usage(self) -> LimiterUsage:
        with self._lock:
            horizon = self._clock() - self.period
            used = self._in_flight + sum(1 for t in self._released if t > horizon)
        return LimiterUsage(used, self.limit, self.period)

    def acquire(self) -> None:
        waits = _Waits(self)
        while (wait := self.try_acquire().wait) > 0:
            waits.waiting(wait)
            time.sleep(wait)
        waits.done()

    async def aacquire(self) -> None:
        # Threads share this limiter too, so no asyncio.Event could announce a free slot: the
        # wait is computed exactly instead (or a short poll when every slot is in flight).
        waits = _Waits(self)
        while (wait := self.try_acquire().wait) > 0:
            waits.waiting(wait)
            await asyncio.sleep(wait)
        waits.done()

    async def arelease(self, token: Any = None) -> None:
        self.release(token)


# KEYS[1]: the sorted set. A member's score is when its slot stops counting minus the period:
# its release time, or, while in flight, a provisional "now + in_flight_ttl". No score can be later
# than now + in_flight_ttl unless Redis's clock stepped back: such members are dropped, and a wait
# is never longer than the period, so a clock step cannot block callers.
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
redis.call('ZREMRANGEBYSCORE', key, '(' .. string.format('%.6f', now + ttl), '+inf')
if redis.call('ZSCORE', key, member) then
  return '0'  -- already holds its slot (a retry of an acquisition that succeeded)
end
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now + ttl, member)
  redis.call('PEXPIRE', key, math.ceil((period + ttl) * 1000))
  return '0'
end
local oldest = tonumber(redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')[2])
if oldest > now then
  return tostring(poll)  -- every slot is in flight: look again shortly
end
return tostring(math.min(oldest + period - now, period))
"""
_LUA_RELEASE = """
local t = redis.call('TIME')
redis.call('ZADD', KEYS[1], 'XX', tonumber(t[1]) + tonumber(t[2]) / 1000000, ARGV[1])
return 1
"""
_LUA_USAGE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
return redis.call('ZCOUNT', KEYS[1], '(' .. string.format('%.6f', now - tonumber(ARGV[1])), '+inf')
"""


@contextmanager
def _redis_errors(action: str) -> Iterator[None]:
    """Every failure of Redis (or of the socket under it) is a :class:`RateLimiterUnavailableError`."""
    import redis.exceptions

    try:
        yield
    except (redis.exceptions.RedisError, OSError, ValueError, TypeError) as exc:
        raise RateLimiterUnavailableError(
            f"the Redis rate limiter is unavailable ({action}: {type(exc).__name__}: {exc}); nothing was sent"
        ) from exc


class RedisSlidingWindowLimiter:
    """Sliding log in Redis, shared by every process and machine using the same ``key``.

    ``in_flight_ttl`` bounds how long a request that never reports back (its process died, or Redis
    was unreachable when it finished) keeps its slot. ``timeout`` is the socket (and connect)
    timeout of every Redis call, so a frozen Redis fails the acquisition within about that long.
    The sync and asyncio Redis clients are created lazily, so one limiter serves both
    :class:`~cinnox_ext.Cinnox` and :class:`~cinnox_ext.AsyncCinnox`.
    """

    def __init__(
        self,
        url: str,
        limit: int,
        period: float,
        *,
        key: str = "cinnox:rate-limit",
        in_flight_ttl: float = 120.0,
        timeout: float = 5.0,
    ) -> None:
        _check(limit, period)
        if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
            raise ConfigurationError("the Redis rate limiter needs a redis://, rediss:// or unix:// URL")
        if not isinstance(key, str) or not key or len(key) > 1024:
            raise ConfigurationError("rate_limit_key must be a non-empty string of at most 1024 characters")
        for name, value in (("in_flight_ttl", in_flight_ttl), ("timeout", timeout)):
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
                or not 0 < value <= 86_400
            ):
                raise ConfigurationError(f"{name} must be a number of seconds in (0, 86400], got {value!r}")
        self.url = url
        self.key = key
        self.limit = limit
        self.period = float(period)
        self.in_flight_ttl = float(in_flight_ttl)
        self.timeout = float(timeout)
        self._poll = min(0.02, self.period / 100)
        self._ids = itertools.count()
        self._prefix = f"{uuid.uuid4().hex}:{os.getpid()}:"
        self._sync: Any = None
        self._async: Any = None
        self._scripts: Any = None
        self._async_scripts: Any = None
        try:
            import redis

            redis.connection.parse_url(url)  # type: ignore[no-untyped-call]
        except ImportError as exc:
            raise ConfigurationError(
                "a redis:// rate_limit_storage needs the redis package: pip install 'cinnox-sdk[redis]'"
            ) from exc
        except ValueError as exc:
            raise ConfigurationError(f"rate_limit_storage is not a valid Redis URL ({exc})") from None

    def __repr__(self) -> str:
        return f"RedisSlidingWindowLimiter(key={self.key!r}, limit={self.limit}, period={self.period})"

    def _client_options(self) -> dict[str, Any]:
        return {
            "socket_timeout": self.timeout,
            "socket_connect_timeout": self.timeout,
            "retry_on_timeout": False,
        }

    def _member(self) -> str:
        return f"{self._prefix}{next(self._ids)}"

    def _acquire_args(self, member: str) -> list[Any]:
        return [self.limit, repr(self.period), member, repr(self.in_flight_ttl), repr(self._poll)]

    def _sync_scripts(self) -> Any:
        if self._scripts is None:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry

            self._sync = redis.Redis.from_url(self.url, retry=Retry(NoBackoff(), 0), **self._client_options())
            self._scripts = (
                self._sync.register_script(_LUA_ACQUIRE),
                self._sync.register_script(_LUA_RELEASE),
                self._sync.register_script(_LUA_USAGE),
            )
        return self._scripts

    def _aio_scripts(self) -> Any:
        if self._async_scripts is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff

            self._async = redis.asyncio.Redis.from_url(
                self.url, retry=Retry(NoBackoff(), 0), **self._client_options()
            )
            self._async_scripts = (
                self._async.register_script(_LUA_ACQUIRE),
                self._async.register_script(_LUA_RELEASE),
            )
        return self._async_scripts

    def _wait(self, answer: Any) -> float:
        wait = float(answer)
        if not math.isfinite(wait) or wait < 0:
            return self._poll
        return min(wait, self.period)

    def try_acquire(self, token: Any = None) -> Acquisition:
        """Take a slot (``wait == 0``) or learn how long to wait; ``token`` is this request's member."""
        member = token or self._member()
        with _redis_errors("acquire"):
            acquire = self._sync_scripts()[0]
            return Acquisition(self._wait(acquire(keys=[self.key], args=self._acquire_args(member))), member)

    async def atry_acquire(self, token: Any = None) -> Acquisition:
        member = token or self._member()
        with _redis_errors("acquire"):
            acquire = self._aio_scripts()[0]
            answer = await acquire(keys=[self.key], args=self._acquire_args(member))
            return Acquisition(self._wait(answer), member)

    def acquire(self) -> str:
        waits = _Waits(self)
        got = self.try_acquire()
        while got.wait > 0:
            waits.waiting(got.wait)
            time.sleep(got.wait)
            got = self.try_acquire(got.token)
        waits.done()
        return str(got.token)

    async def aacquire(self) -> str:
        waits = _Waits(self)
        got = await self.atry_acquire()
        while got.wait > 0:
            waits.waiting(got.wait)
            await asyncio.sleep(got.wait)
            got = await self.atry_acquire(got.token)
        waits.done()
        return str(got.token)

    def release(self, token: Any) -> None:
        with _redis_errors("release"):
            release = self._sync_scripts()[1]
            release(keys=[self.key], args=[token])

    async def arelease(self, token: Any) -> None:
        with _redis_errors("release"):
            release = self._aio_scripts()[1]
            await release(keys=[self.key], args=[token])

    def usage(self) -> LimiterUsage:
        with _redis_errors("usage"):
            count = self._sync_scripts()[2](keys=[self.key], args=[repr(self.period)])
        return LimiterUsage(int(count), self.limit, self.period)

    def close(self) -> None:
        if self._sync is not None:
            with contextlib.suppress(Exception):  # closing a dead connection
                self._sync.close()
            self._sync = self._scripts = None

    async def aclose(self) -> None:
        if self._async is not None:
            with contextlib.suppress(Exception):  # closing a dead connection
                await self._async.aclose()
            self._async = self._async_scripts = None


def make_limiter(
    rate_limit: int | None,
    rate_period: float,
    storage: str | RateLimiter | None,
    *,
    key: str,
    timeout: float = 5.0,
) -> RateLimiter | None:
    """Build the limiter the client options ask for (``None`` when rate limiting is off)."""
    if storage is not None and not isinstance(storage, str):
        if isinstance(storage, RateLimiter):
            return storage
        raise ConfigurationError(
            "rate_limit_storage must be None, 'memory://', a redis:// URL or a RateLimiter "
            f"(with try_acquire, acquire, release, aacquire, arelease, usage), got {type(storage).__name__}"
        )
    if rate_limit is None:
        return None
    if storage is None or storage == "memory://":
        return SlidingWindowLimiter(rate_limit, rate_period)
    if storage.startswith(("redis://", "rediss://", "unix://")):
        return RedisSlidingWindowLimiter(
            storage, rate_limit, rate_period, key=key, timeout=min(timeout, 86_400.0)
        )
    raise ConfigurationError("rate_limit_storage must be None, 'memory://', a redis:// URL or a RateLimiter")
