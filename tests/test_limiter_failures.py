"""The Redis rate limiter when Redis fails: down at start, killed between calls or mid-send, frozen
(SIGSTOP), WRONGTYPE, and a clock that steps.

Each test runs its own ``redis-server`` on a Unix socket in a temporary directory (no port to race
for), and stops it (and resumes a frozen one) whatever happens. The limiter fails closed: nothing is
sent and :class:`~cinnox_ext.errors.RateLimiterUnavailableError` is raised, within about the
client's ``timeout``. A request already sent keeps its answer (or its own error): giving the slot
back to a dead Redis never replaces it.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from cinnox_ext import AsyncCinnox, Cinnox, RedisSlidingWindowLimiter, add_listener, errors

from .conftest import require

TOKEN = "tok-REDIS-31f9a0"
OK_OTP = {"serviceID": "svc", "status": True, "transactionID": "t-1"}
OK_LIST = {"code": 0, "result": [{"channelType": "web", "name": "Web"}]}
BOUND = 8.0


class RedisProcess:
    """A redis-server of our own on a Unix socket; ``kill``, ``freeze`` and ``thaw`` it at will."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        require(binary is not None, "redis-server is not installed (apt-get install redis-server)")
        assert binary is not None
        self.dir = Path(tempfile.mkdtemp(prefix="redis-fail-"))
        self.path = self.dir / "redis.sock"
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                "0",
                "--unixsocket",
                str(self.path),
                "--unixsocketperm",
                "700",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.dir),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.frozen = False
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.socket(socket.AF_UNIX) as probe:
                    probe.settimeout(1)
                    probe.connect(str(self.path))
                    probe.sendall(b"PING\r\n")
                    if probe.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("redis-server did not start")
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"unix://{self.path}"

    def kill(self) -> None:
        self.thaw()
        self.process.kill()
        self.process.wait(timeout=30)

    def freeze(self) -> None:
        os.kill(self.process.pid, signal.SIGSTOP)
        self.frozen = True
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # wait until the kernel says it is stopped
            state = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            if state == "T":
                return
            time.sleep(0.01)
        raise RuntimeError("redis-server did not stop")

    def thaw(self) -> None:
        if self.frozen:
            os.kill(self.process.pid, signal.SIGCONT)
            self.frozen = False

    def close(self) -> None:
        if self.process.poll() is None:
            self.thaw()
            self.process.kill()
            self.process.wait(timeout=30)
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def redis_process() -> Iterator[RedisProcess]:
    server = RedisProcess()
    try:
        yield server
    finally:
        server.close()


class Counter:
    """A MockTransport handler counting requests; ``before`` runs before answering."""

    def __init__(self, answer: httpx.Response | Exception, before: Callable[[], None] | None = None) -> None:
        self.answer = answer
        self.before = before
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.before is not None:
            self.before()
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer

    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def sync_client(url: str, counter: Counter, **kwargs: Any) -> Cinnox:
    return Cinnox(
        "app",
        TOKEN,
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(counter),
        rate_limit_storage=url,
        rate_limit_key="test:fail",
        **kwargs,
    )


def async_client(url: str, counter: Counter, **kwargs: Any) -> AsyncCinnox:
    return AsyncCinnox(
        "app",
        TOKEN,
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(counter.handle),
        rate_limit_storage=url,
        rate_limit_key="test:fail",
        **kwargs,
    )


def send_otp(c: Cinnox) -> Any:
    return c.sms.send_otp(sender_number="CINNOX", recipient_number="+85298765432", text="code %s", pin="1234")


async def asend_otp(c: AsyncCinnox) -> Any:
    return await c.sms.send_otp(
        sender_number="CINNOX", recipient_number="+85298765432", text="code %s", pin="1234"
    )


def refused_port() -> int:
    """A loopback port bound by us and not listening: a connection to it is refused, always."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    _held.append(sock)
    return port


_held: list[socket.socket] = []


# ----------------------------------------------------------------------------- fails closed


@pytest.mark.parametrize("where", ["tcp", "unix"])
def test_redis_down_at_start_fails_closed(where: str, tmp_path: Path) -> None:
    url = f"redis://127.0.0.1:{refused_port()}/0" if where == "tcp" else f"unix://{tmp_path}/none.sock"
    counter = Counter(httpx.Response(200, json=OK_OTP))
    with (
        sync_client(url, counter, timeout=1) as c,
        pytest.raises(errors.RateLimiterUnavailableError) as caught,
    ):
        send_otp(c)
    assert counter.requests == []
    assert not caught.value.may_have_been_sent
    assert isinstance(caught.value, errors.CinnoxError)


async def test_redis_down_at_start_fails_closed_async(tmp_path: Path) -> None:
    counter = Counter(httpx.Response(200, json=OK_LIST))
    async with async_client(f"unix://{tmp_path}/none.sock", counter, timeout=1) as c:
        with pytest.raises(errors.RateLimiterUnavailableError):
            await c.reports.channel_types()
    assert counter.requests == []


def test_redis_killed_between_calls_fails_closed(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_OTP))
    with sync_client(redis_process.url, counter, timeout=1) as c:
        assert send_otp(c).transaction_id == "t-1"
        redis_process.kill()
        with pytest.raises(errors.RateLimiterUnavailableError):
            send_otp(c)
    assert len(counter.requests) == 1


async def test_redis_killed_between_calls_fails_closed_async(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_LIST))
    async with async_client(redis_process.url, counter, timeout=1) as c:
        assert len(await c.reports.channel_types()) == 1
        redis_process.kill()
        with pytest.raises(errors.RateLimiterUnavailableError):
            await c.reports.channel_types()
    assert len(counter.requests) == 1


def test_a_frozen_redis_is_bounded_by_the_clients_timeout(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_OTP))
    with sync_client(redis_process.url, counter, timeout=1) as c:
        redis_process.freeze()
        started = time.monotonic()
        with pytest.raises(errors.RateLimiterUnavailableError):
            send_otp(c)
        assert time.monotonic() - started < BOUND
        redis_process.thaw()
    assert counter.requests == []


async def test_a_frozen_redis_is_bounded_by_the_clients_timeout_async(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_OTP))
    async with async_client(redis_process.url, counter, timeout=1) as c:
        redis_process.freeze()
        started = time.monotonic()
        with pytest.raises(errors.RateLimiterUnavailableError):
            await asend_otp(c)
        assert time.monotonic() - started < BOUND
        redis_process.thaw()
    assert counter.requests == []


def test_wrongtype_key_fails_closed(redis_process: RedisProcess) -> None:
    import redis

    r = redis.Redis.from_url(redis_process.url)
    r.set("test:fail", "a string, not a sorted set")
    r.close()
    counter = Counter(httpx.Response(200, json=OK_OTP))
    with sync_client(redis_process.url, counter, timeout=1) as c:
        with pytest.raises(errors.RateLimiterUnavailableError, match="WRONGTYPE"):
            send_otp(c)
        with pytest.raises(errors.RateLimiterUnavailableError):
            c.rate_limiter.usage()  # type: ignore[union-attr]
    assert counter.requests == []


# ----------------------------------------------------------------------------- a slot never replaces the answer


def test_redis_dying_mid_send_keeps_the_answer(redis_process: RedisProcess) -> None:
    events: list[str] = []
    remove = add_listener(lambda name, fields: events.append(name))
    counter = Counter(httpx.Response(200, json=OK_OTP), before=redis_process.kill)
    try:
        with sync_client(redis_process.url, counter, timeout=1) as c:
            assert send_otp(c).transaction_id == "t-1"  # the SMS went out once: say so
    finally:
        remove()
    assert len(counter.requests) == 1
    assert "limiter_release_failed" in events


async def test_redis_dying_mid_send_keeps_the_answer_async(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_OTP), before=redis_process.kill)
    async with async_client(redis_process.url, counter, timeout=1) as c:
        assert (await asend_otp(c)).transaction_id == "t-1"
    assert len(counter.requests) == 1


def test_redis_dying_mid_read_keeps_the_200(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_LIST), before=redis_process.kill)
    with sync_client(redis_process.url, counter, timeout=1) as c:
        assert len(c.reports.channel_types()) == 1


@pytest.mark.parametrize("use_async", [False, True])
def test_redis_dying_mid_send_keeps_the_requests_own_error(
    redis_process: RedisProcess, use_async: bool
) -> None:
    counter = Counter(httpx.ReadTimeout("lost"), before=redis_process.kill)
    if use_async:

        async def run() -> None:
            async with async_client(redis_process.url, counter, timeout=1) as c:
                await asend_otp(c)

        with pytest.raises(errors.SendOutcomeUnknownError):
            asyncio.run(run())
    else:
        with (
            sync_client(redis_process.url, counter, timeout=1) as c,
            pytest.raises(errors.SendOutcomeUnknownError),
        ):
            send_otp(c)
    assert len(counter.requests) == 1  # not retried


def test_redis_frozen_mid_send_keeps_the_answer_within_the_timeout(redis_process: RedisProcess) -> None:
    counter = Counter(httpx.Response(200, json=OK_OTP), before=redis_process.freeze)
    with sync_client(redis_process.url, counter, timeout=1) as c:
        started = time.monotonic()
        assert send_otp(c).transaction_id == "t-1"
        assert time.monotonic() - started < BOUND
        redis_process.thaw()


# ----------------------------------------------------------------------------- clocks and usage


def test_a_clock_step_cannot_block_a_caller(redis_process: RedisProcess) -> None:
    """Scores stamped by a Redis clock that was an hour ahead (then stepped back) must not hold
    slots for an hour; and no computed wait exceeds the period."""
    import redis

    limiter = RedisSlidingWindowLimiter(redis_process.url, 3, 2.0, key="test:clock", timeout=1)
    r = redis.Redis.from_url(redis_process.url)
    seconds, micros = r.time()
    now = seconds + micros / 1e6
    r.zadd("test:clock", {f"ahead-{i}": now + 3600 for i in range(3)})
    got = limiter.try_acquire()
    assert got.acquired  # the impossible future scores were dropped
    r.delete("test:clock")
    r.zadd("test:clock", {f"recent-{i}": now for i in range(3)})  # three answers just now
    got = limiter.try_acquire()
    assert 0 < got.wait <= 2.0
    r.close()
    limiter.close()


def test_usage_reports_slots_in_use(redis_process: RedisProcess) -> None:
    limiter = RedisSlidingWindowLimiter(redis_process.url, 5, 30.0, key="test:usage", timeout=1)
    tokens = [limiter.acquire(), limiter.acquire()]
    usage = limiter.usage()
    assert (usage.in_use, usage.limit, usage.period) == (2, 5, 30.0)
    for token in tokens:
        limiter.release(token)
    assert limiter.usage().in_use == 2  # answered, but still inside the period
    limiter.close()


@pytest.mark.parametrize(
    "url",
    ["redis://127.0.0.1:notaport/0", "redis://[::1", "http://127.0.0.1:6379", "redis://h:99999999/0"],
)
def test_a_malformed_redis_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(errors.ConfigurationError) as caught:
        Cinnox("app", TOKEN, base_url="https://cinnox.test", rate_limit_storage=url)
    assert TOKEN not in str(caught.value)


def test_an_unknown_storage_is_a_configuration_error() -> None:
    for storage in (123, object(), b"redis://x", ["memory://"]):
        with pytest.raises(errors.ConfigurationError):
            Cinnox("app", TOKEN, base_url="https://cinnox.test", rate_limit_storage=storage)  # type: ignore[arg-type]
