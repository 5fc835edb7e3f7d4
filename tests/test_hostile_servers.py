"""Answers a server should not give, but will: against a real loopback socket server, sync and async.

Each scenario is what the server writes back on the raw socket (dripped headers or body, truncated
JSON, a gzip bomb, JSON nested 100,000 deep, ``Retry-After: 99999`` …). Every outcome must be a
documented :class:`~cinnox_ext.errors.CinnoxError` within the bounds the client promises, a send must
never be repeated, and an unreadable answer to a send must say ``may_have_been_sent=True``.
Time bounds are generous (a 1 s timeout must return within 8 s) so a loaded machine cannot fail them.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

from cinnox_ext import AsyncCinnox, Cinnox, RetryPolicy, errors

TOKEN = "tok-HOSTILE-7d1e0c"
FAST = RetryPolicy(max_retries=3, backoff_base=0.01, backoff_max=0.02)
BOUND = 8.0  # seconds: what "does not hang" means on a loaded machine, for a 1 s timeout


@attrs.define
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Script = Callable[[socket.socket, Seen, threading.Event], None]


class RawServer:
    """A loopback TCP server that answers each request with ``script`` on the raw socket."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.requests: list[Seen] = []
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.threads: list[threading.Thread] = []
        self.conns: list[socket.socket] = []
        self.lock = threading.Lock()
        self.acceptor = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def __enter__(self) -> RawServer:
        self.acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.acceptor.join(timeout=10)
        with self.lock:
            for conn in self.conns:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
        for thread in self.threads:
            thread.join(timeout=10)
        self.sock.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            with self.lock:
                self.conns.append(conn)
                self.threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            seen = self._read(conn)
            if seen is None:
                return
            with self.lock:
                self.requests.append(seen)
            self.script(conn, seen, self.stop)
        except OSError:
            pass  # the client gave up (timeout) and closed its end
        finally:
            with contextlib.suppress(OSError):
                conn.close()

    @staticmethod
    def _read(conn: socket.socket) -> Seen | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                break
            body += chunk
        return Seen(method, path, headers, body)

    def count(self, method: str) -> int:
        with self.lock:
            return sum(1 for r in self.requests if r.method == method)


def head(status: int, headers: dict[str, str] | None = None, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} X"]
    for k, v in (headers or {}).items():
        lines.append(f"{k}: {v}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(status: int, body: bytes, headers: dict[str, str] | None = None) -> Script:
    def script(conn: socket.socket, seen: Seen, stop: threading.Event) -> None:
        conn.sendall(head(status, {"Content-Type": "application/json", **(headers or {})}, len(body)) + body)

    return script


def drip(data: bytes, every: float = 0.3) -> Script:
    def script(conn: socket.socket, seen: Seen, stop: threading.Event) -> None:
        for i in range(len(data)):
            conn.sendall(data[i : i + 1])
            if stop.wait(every):
                return

    return script


def drip_body(status: int, body: bytes, every: float = 0.3) -> Script:
    def script(conn: socket.socket, seen: Seen, stop: threading.Event) -> None:
        conn.sendall(head(status, {"Content-Type": "application/json"}, len(body)))
        drip(body, every)(conn, seen, stop)

    return script


def silent(conn: socket.socket, seen: Seen, stop: threading.Event) -> None:
    stop.wait(60)


def truncated(conn: socket.socket, seen: Seen, stop: threading.Event) -> None:
    """Content-Length promises more than is sent, then the connection closes."""
    body = b'{"serviceID": "svc", "status": tr'
    conn.sendall(head(200, {"Content-Type": "application/json"}, len(body) + 100) + body)


def hangup(conn: socket.socket, seen: Seen, stop: threading.Event) -> None:
    """Processed, then the connection closes without an answer."""


def deep(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


def gzip_bomb(megabytes: int) -> bytes:
    return gzip.compress(b"\0" * (megabytes * 1024 * 1024), compresslevel=9)


# ----------------------------------------------------------------------------- drivers


@attrs.define
class Outcome:
    value: Any = None
    error: BaseException | None = None
    seconds: float = 0.0


def call(
    server: RawServer,
    what: str,
    *,
    use_async: bool,
    timeout: float = 1.0,
    retry_policy: RetryPolicy = FAST,
    **options: Any,
) -> Outcome:
    """Run ``what`` (``get``: a report read, ``send``: an OTP send, ``hatch``: client.get) once."""
    kwargs: dict[str, Any] = {
        "base_url": server.url,
        "timeout": timeout,
        "rate_limit": None,
        "retry_policy": retry_policy,
        **options,
    }
    started = time.monotonic()
    try:
        if use_async:
            import asyncio

            async def run() -> Any:
                async with AsyncCinnox("app", TOKEN, **kwargs) as c:
                    if what == "get":
                        return await c.reports.channel_types()
                    if what == "hatch":
                        return await c.get("data/anything")
                    return await c.sms.send_otp(
                        sender_number="CINNOX", recipient_number="+85298765432", text="code %s", pin="1234"
                    )

            value = asyncio.run(run())
        else:
            with Cinnox("app", TOKEN, **kwargs) as c:
                if what == "get":
                    value = c.reports.channel_types()
                elif what == "hatch":
                    value = c.get("data/anything")
                else:
                    value = c.sms.send_otp(
                        sender_number="CINNOX", recipient_number="+85298765432", text="code %s", pin="1234"
                    )
    except BaseException as exc:  # the test judges what came out
        return Outcome(error=exc, seconds=time.monotonic() - started)
    return Outcome(value=value, seconds=time.monotonic() - started)


def assert_typed(outcome: Outcome, cls: type[errors.CinnoxError]) -> errors.CinnoxError:
    assert outcome.error is not None, f"expected {cls.__name__}, got a result {outcome.value!r}"
    assert isinstance(outcome.error, cls), f"expected {cls.__name__}, got {outcome.error!r}"
    assert TOKEN not in str(outcome.error) and TOKEN not in repr(outcome.error)
    return outcome.error


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def use_async(request: pytest.FixtureRequest) -> Iterator[bool]:
    yield request.param


# ----------------------------------------------------------------------------- time bounds


def test_a_dripped_body_is_bounded_by_the_timeout(use_async: bool) -> None:
    body = json.dumps({"code": 0, "result": [{"channelType": "x" * 50}]}).encode()
    with RawServer(drip_body(200, body)) as server:
        outcome = call(server, "get", use_async=use_async, retry_policy=RetryPolicy(max_retries=0))
    assert_typed(outcome, errors.ApiTimeoutError)
    assert outcome.seconds < BOUND


def test_dripped_headers_are_bounded_by_the_timeout(use_async: bool) -> None:
    body = b'{"code": 0, "result": []}'
    with RawServer(drip(head(200, {"Content-Type": "application/json"}, len(body)) + body)) as server:
        outcome = call(server, "get", use_async=use_async, retry_policy=RetryPolicy(max_retries=0))
    assert_typed(outcome, errors.ApiTimeoutError)
    assert outcome.seconds < BOUND


def test_a_dripping_get_is_retried_each_attempt_bounded(use_async: bool) -> None:
    with RawServer(drip_body(200, b'{"code": 0, "result": []}' + b" " * 100)) as server:
        outcome = call(
            server, "get", use_async=use_async, retry_policy=RetryPolicy(max_retries=2, backoff_base=0.01)
        )
        assert server.count("GET") == 3
    assert_typed(outcome, errors.ApiTimeoutError)
    assert outcome.seconds < 3 * BOUND


def test_a_dripping_send_is_not_retried_and_may_have_been_sent(use_async: bool) -> None:
    with RawServer(
        drip_body(200, json.dumps({"serviceID": "s", "status": True, "transactionID": "t"}).encode())
    ) as server:
        outcome = call(server, "send", use_async=use_async)
        assert server.count("POST") == 1
    error = assert_typed(outcome, errors.SendOutcomeUnknownError)
    assert error.may_have_been_sent
    assert outcome.seconds < BOUND


def test_a_server_that_never_answers_is_bounded(use_async: bool) -> None:
    with RawServer(silent) as server:
        outcome = call(server, "send", use_async=use_async)
        assert server.count("POST") == 1
    assert_typed(outcome, errors.SendOutcomeUnknownError)
    assert outcome.seconds < BOUND


def test_with_options_timeout_bounds_a_client_with_a_long_timeout(use_async: bool) -> None:
    """The client's timeout is 600 s; ``with_options(timeout=1)`` must bound the call."""
    import asyncio

    async def run_async(url: str) -> None:
        async with AsyncCinnox("app", TOKEN, base_url=url, timeout=600, rate_limit=None) as c:
            await c.with_options(timeout=1, max_retries=0).get("data/x")

    started = time.monotonic()
    with RawServer(silent) as server, pytest.raises(errors.ApiTimeoutError):
        if use_async:
            asyncio.run(run_async(server.url))
        else:
            with Cinnox("app", TOKEN, base_url=server.url, timeout=600, rate_limit=None) as c:
                c.with_options(timeout=1, max_retries=0).get("data/x")
    assert time.monotonic() - started < BOUND


# ----------------------------------------------------------------------------- what a success is


@pytest.mark.parametrize(
    "script",
    [
        answer(200, b"OK", {"Content-Type": "text/plain"}),
        answer(202, b""),
        answer(200, b'{"serviceID": "svc", "status": tr'),
        answer(200, b"null"),
        answer(200, b"[]"),
        answer(200, b"{}"),
        answer(200, b'{"serviceID": null, "status": null, "transactionID": null}'),
        answer(200, b'{"serviceID": NaN, "status": true}'),
        answer(200, b"\xff\xfe\x00garbage"),
        answer(200, deep(100_000)),
        answer(200, gzip.compress(b"not json at all"), {"Content-Encoding": "gzip"}),
        answer(200, b"\x1f\x8b corrupt gzip", {"Content-Encoding": "gzip"}),
    ],
    ids=[
        "text-plain-OK",
        "202-empty",
        "truncated-json",
        "null",
        "array",
        "empty-object",
        "all-null",
        "nan",
        "binary",
        "deep-100000",
        "gzip-not-json",
        "corrupt-gzip",
    ],
)
def test_an_unreadable_2xx_to_a_send_may_have_been_sent(use_async: bool, script: Script) -> None:
    with RawServer(script) as server:
        outcome = call(server, "send", use_async=use_async)
        assert server.count("POST") == 1  # never repeated
    error = assert_typed(outcome, errors.ResponseValidationError)
    assert error.may_have_been_sent
    assert isinstance(error, errors.ApiError) and error.method == "POST"


@pytest.mark.parametrize("script", [truncated, hangup], ids=["truncated-body", "hangup"])
def test_a_send_whose_answer_is_cut_may_have_been_sent(use_async: bool, script: Script) -> None:
    with RawServer(script) as server:
        outcome = call(server, "send", use_async=use_async)
        assert server.count("POST") == 1
    error = assert_typed(outcome, errors.SendOutcomeUnknownError)
    assert error.may_have_been_sent


@pytest.mark.parametrize(
    ("script", "cls"),
    [
        (answer(200, deep(100_000)), errors.ResponseValidationError),
        (
            answer(200, b'{"code": 0, "result": ' + b"[" * 150 + b"]" * 150 + b"}"),
            errors.ResponseValidationError,
        ),
        (answer(400, deep(4_000)[:8192]), errors.ApiError),
        (answer(400, deep(4_000)), errors.ApiError),
        (answer(500, deep(50_000)), errors.ServerError),
        (answer(200, b"OK", {"Content-Type": "text/plain"}), errors.ResponseValidationError),
        (answer(200, b'{"code": 0, "result": [1e999999]}'), errors.ApiError),
        (answer(200, b'{"code": ' + b"9" * 5000 + b"}"), errors.ResponseValidationError),
    ],
    ids=[
        "deep-200",
        "deep-list-200",
        "deep-400-8k",
        "deep-400",
        "deep-500",
        "text",
        "huge-float",
        "huge-int",
    ],
)
def test_unreadable_answers_to_reads_are_typed(
    use_async: bool, script: Script, cls: type[errors.CinnoxError]
) -> None:
    with RawServer(script) as server:
        outcome = call(server, "get", use_async=use_async)
    if cls is errors.ApiError and outcome.error is None:
        return  # 1e999999 parses as inf in a float field: a readable (if odd) answer
    error = assert_typed(outcome, cls)
    assert not error.may_have_been_sent
    assert not isinstance(error, RecursionError)


# ----------------------------------------------------------------------------- size bound


def test_a_gzip_bomb_is_refused_without_holding_it(use_async: bool) -> None:
    bomb = gzip_bomb(64)
    assert len(bomb) < 100_000
    with RawServer(answer(200, bomb, {"Content-Encoding": "gzip"})) as server:
        outcome = call(server, "hatch", use_async=use_async, timeout=20.0)
    error = assert_typed(outcome, errors.ResponseTooLargeError)
    assert "max_response_bytes" in str(error)


def test_max_response_bytes_is_configurable(use_async: bool) -> None:
    body = json.dumps({"code": 0, "result": [{"channelType": "x" * 100}] * 50}).encode()
    with RawServer(answer(200, body)) as server:
        small = call(server, "get", use_async=use_async, max_response_bytes=1000)
        large = call(server, "get", use_async=use_async, max_response_bytes=len(body))
    assert_typed(small, errors.ResponseTooLargeError)
    assert large.error is None and len(large.value) == 50


def test_a_deflate_answer_is_decoded(use_async: bool) -> None:
    import zlib

    body = json.dumps({"code": 0, "result": [{"channelType": "web"}]}).encode()
    for data in (zlib.compress(body), zlib.compress(body)[2:-4]):  # zlib-wrapped and raw deflate
        with RawServer(answer(200, data, {"Content-Encoding": "deflate"})) as server:
            outcome = call(server, "get", use_async=use_async)
        assert outcome.error is None, outcome.error
        assert len(outcome.value) == 1


# ----------------------------------------------------------------------------- Retry-After


@pytest.mark.parametrize("value", ["99999", "inf", "Fri, 31 Dec 9999 23:59:59 GMT", "1e308"])
def test_a_retry_after_beyond_the_policy_raises_at_once(use_async: bool, value: str) -> None:
    body = json.dumps({"code": 6451010, "message": "Too many requests"}).encode()
    with RawServer(answer(429, body, {"Retry-After": value})) as server:
        outcome = call(server, "send", use_async=use_async, retry_policy=RetryPolicy())
        assert server.count("POST") == 1
    error = assert_typed(outcome, errors.RateLimitError)
    assert not error.may_have_been_sent
    assert outcome.seconds < BOUND


def test_the_retry_budget_bounds_the_whole_call(use_async: bool) -> None:
    body = json.dumps({"code": 6451010, "message": "Too many requests"}).encode()
    policy = RetryPolicy(max_retries=100, max_retry_after=60, total_budget=1.5)
    with RawServer(answer(429, body, {"Retry-After": "0.4"})) as server:
        outcome = call(server, "get", use_async=use_async, retry_policy=policy)
        attempts = server.count("GET")
    assert_typed(outcome, errors.RateLimitError)
    assert 2 <= attempts <= 5
    assert outcome.seconds < BOUND
