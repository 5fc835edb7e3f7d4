"""The client surface: with_options, per-call options through ``_send``, the escape hatch, logging
(never the token), the User-Agent version, and the limiter protocol the CLI relies on."""

from __future__ import annotations

import importlib.metadata
import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest

from cinnox_ext import (
    Acquisition,
    AsyncCinnox,
    Cinnox,
    LimiterUsage,
    RateLimiter,
    RedisSlidingWindowLimiter,
    RequestOptions,
    RetryPolicy,
    SlidingWindowLimiter,
    add_listener,
    errors,
)
from cinnox_ext._options import OPTIONS_EXTENSION

TOKEN = "tok-SURFACE-e0c1d2f3a4"
OK = {"code": 0, "result": [{"channelType": "web", "name": "Web"}]}


class Script:
    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def make(script: Script, **kwargs: Any) -> Cinnox:
    kwargs.setdefault("rate_limit", None)
    kwargs.setdefault("retry_policy", RetryPolicy(max_retries=3, backoff_base=0.001, backoff_max=0.002))
    return Cinnox(
        "app-1", TOKEN, base_url="https://cinnox.test", transport=httpx.MockTransport(script), **kwargs
    )


def amake(script: Script, **kwargs: Any) -> AsyncCinnox:
    kwargs.setdefault("rate_limit", None)
    kwargs.setdefault("retry_policy", RetryPolicy(max_retries=3, backoff_base=0.001, backoff_max=0.002))
    return AsyncCinnox(
        "app-1", TOKEN, base_url="https://cinnox.test", transport=httpx.MockTransport(script.handle), **kwargs
    )


# ----------------------------------------------------------------------------- with_options


def test_with_options_shares_the_pool_and_limiter_and_sets_defaults() -> None:
    script = Script(httpx.Response(200, json=OK))
    limiter = SlidingWindowLimiter(10, 60)
    c = make(script, rate_limit_storage=limiter, rate_limit=10)
    d = c.with_options(timeout=5, max_retries=0, extra_headers={"X-Trace": "t1"}, extra_query={"lang": "en"})
    assert d.rate_limiter is c.rate_limiter is limiter
    assert d._transport is c._transport  # one connection pool
    assert (d.timeout, d.max_retries) == (5, 0)
    assert (c.timeout, c.max_retries) == (30.0, 3)
    assert d.reports.channel_types()[0].channel_type == "web"  # through the generated client
    request = script.requests[-1]
    assert request.headers["X-Trace"] == "t1"
    assert request.url.params["lang"] == "en"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    options = request.extensions[OPTIONS_EXTENSION]
    assert (options.timeout, options.max_retries) == (5, 0)
    assert limiter.usage().in_use == 1
    d.close()  # a derived client does not close the shared pool
    assert c.reports.channel_types()
    c.close()


def test_with_options_max_retries_is_honoured() -> None:
    script = Script(httpx.Response(500, json={"code": 6451001, "message": "upstream"}))
    c = make(script)
    with pytest.raises(errors.ServerError):
        c.with_options(max_retries=0).reports.channel_types()
    assert len(script.requests) == 1
    with pytest.raises(errors.ServerError):
        c.reports.channel_types()
    assert len(script.requests) == 1 + 4


def test_per_call_options_through_send() -> None:
    script = Script(httpx.Response(500, json={}), httpx.Response(200, json=OK))
    c = make(script)
    kwargs = {"method": "get", "url": "/v1/api/apps/app-1/data/channel-type-list", "params": {"a": "1"}}
    options = RequestOptions(max_retries=0, extra_headers={"X-Call": "c"}, extra_query={"b": 2})
    with pytest.raises(errors.ServerError):
        c._send(kwargs, options)
    assert len(script.requests) == 1
    sent = script.requests[0]
    assert sent.headers["X-Call"] == "c"
    assert dict(sent.url.params) == {"a": "1", "b": "2"}
    assert c._send(kwargs).status_code == 200


def test_call_options_override_with_options_defaults() -> None:
    script = Script(httpx.Response(200, json=OK))
    c = make(script).with_options(extra_headers={"X-A": "default"}, max_retries=0, timeout=9)
    c._send(
        {"method": "get", "url": "/v1/api/apps/app-1/x"},
        RequestOptions(extra_headers={"X-A": "call"}, timeout=2),
    )
    sent = script.requests[0]
    assert sent.headers["X-A"] == "call"
    options = sent.extensions[OPTIONS_EXTENSION]
    assert (options.timeout, options.max_retries) == (2, 0)
    assert sent.extensions["timeout"]["read"] == 2


async def test_async_with_options_and_per_call_options() -> None:
    script = Script(httpx.Response(503, json={}), httpx.Response(200, json=OK))
    async with amake(script) as c:
        d = c.with_options(max_retries=0, extra_headers={"X-Trace": "a"})
        with pytest.raises(errors.ServerError):
            await d.reports.channel_types()
        assert len(script.requests) == 1
        assert script.requests[0].headers["X-Trace"] == "a"
        body = await c.get("data/channel-type-list", extra_query={"q": "1"})
        assert body == OK
        assert script.requests[-1].url.params["q"] == "1"


# ----------------------------------------------------------------------------- escape hatch


def test_escape_hatch_get_post_patch() -> None:
    script = Script(httpx.Response(200, json={"code": 0, "result": {"ok": True}}))
    c = make(script)
    assert c.get("data/new-report", params={"limit": 5}) == {"code": 0, "result": {"ok": True}}
    assert c.post("new_send", json={"text": "hi", "n": 1}) == {"code": 0, "result": {"ok": True}}
    assert c.patch("/some-sub", json={"enabled": True})["result"] == {"ok": True}
    raw = c.request("GET", "data/new-report")
    assert isinstance(raw, httpx.Response) and raw.status_code == 200
    get, post, patch, _ = script.requests
    assert (get.method, get.url.path, get.url.params["limit"]) == (
        "GET",
        "/v1/api/apps/app-1/data/new-report",
        "5",
    )
    assert (post.method, post.url.path) == ("POST", "/v1/api/apps/app-1/new_send")
    assert post.headers["Content-Type"] == "application/json" and b'"text":"hi"' in post.content.replace(
        b" ", b""
    )
    assert (patch.method, patch.url.path) == ("PATCH", "/v1/api/apps/app-1/some-sub")
    assert all(r.headers["Authorization"] == f"Bearer {TOKEN}" for r in script.requests)


def test_escape_hatch_shares_retries_and_the_double_send_rule() -> None:
    script = Script(httpx.Response(500, json={"code": 6451001, "message": "upstream"}))
    c = make(script)
    with pytest.raises(errors.SendOutcomeUnknownError):
        c.post("new_send", json={"text": "hi"})
    assert len(script.requests) == 1
    with pytest.raises(errors.ServerError):
        c.get("data/x")
    assert len(script.requests) == 1 + 4


def test_escape_hatch_refuses_bodies_it_cannot_send() -> None:
    script = Script(httpx.Response(200, json=OK))
    c = make(script)
    for body in ({"t": "\ud800"}, {"n": float("nan")}, {"o": object()}):
        with pytest.raises(errors.ValidationError):
            c.post("x", json=body)
    with pytest.raises(errors.ValidationError):
        c.request("TRACE", "x")
    assert script.requests == []


async def test_async_escape_hatch() -> None:
    script = Script(httpx.Response(200, json={"code": 0, "result": 1}))
    async with amake(script) as c:
        assert await c.post("x", json={"a": 1}) == {"code": 0, "result": 1}
        assert await c.patch("y", json={}) == {"code": 0, "result": 1}
        assert (await c.request("GET", "z")).status_code == 200
        with pytest.raises(errors.ValidationError):
            await c.get("../other")


# ----------------------------------------------------------------------------- logging


def test_debug_logs_show_requests_retries_and_waits_never_the_token(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(
        httpx.Response(429, json={"code": 6451010, "message": "slow down"}, headers={"Retry-After": "0"}),
        httpx.ConnectError("refused"),
        httpx.Response(200, json=OK),
    )
    limiter = SlidingWindowLimiter(1, 0.05)
    c = make(script, rate_limit_storage=limiter, rate_limit=1)
    with caplog.at_level(logging.DEBUG, logger="cinnox"):
        c.get("data/channel-type-list", params={"secret_filter": "s3cr3t"})
        c.get("data/channel-type-list")  # the second waits for the slot
    text = caplog.text
    events = [getattr(r, "cinnox_event", None) for r in caplog.records]
    assert TOKEN not in text and TOKEN[:12] not in text
    assert "s3cr3t" not in text  # paths only, never the query
    assert "GET /v1/api/apps/app-1/data/channel-type-list" in text
    assert "attempt 1" in text and "attempt 3" in text
    assert "rate limited" in text and "ConnectError" in text
    assert {"request", "response", "retry", "rate_limit_wait", "rate_limit_acquired"} <= set(events)
    waits = [r for r in caplog.records if getattr(r, "cinnox_event", None) == "rate_limit_wait"]
    assert "waiting" in waits[0].getMessage() and waits[0].delay > 0  # type: ignore[attr-defined]


def test_listeners_see_rate_limit_waits() -> None:
    seen: list[tuple[str, dict[str, object]]] = []
    remove = add_listener(lambda name, fields: seen.append((name, fields)))
    try:
        c = make(
            Script(httpx.Response(200, json=OK)),
            rate_limit_storage=SlidingWindowLimiter(1, 0.05),
            rate_limit=1,
        )
        c.get("a")
        c.get("b")
    finally:
        remove()
    names = [name for name, _ in seen]
    assert "rate_limit_wait" in names and "rate_limit_acquired" in names
    c.get("c")
    assert len(seen) == len(names)  # removed: no more calls


def test_a_failing_listener_does_not_break_a_request() -> None:
    def boom(name: str, fields: dict[str, object]) -> None:
        raise RuntimeError("listener bug")

    remove = add_listener(boom)
    try:
        assert make(Script(httpx.Response(200, json=OK))).get("a") == OK
    finally:
        remove()


@pytest.mark.parametrize("level", ["debug", "info"])
def test_cinnox_log_env_configures_the_logger(level: str) -> None:
    program = f"""
import httpx
from cinnox_ext import Cinnox
def handler(request):
    return httpx.Response(200, json={{"code": 0, "result": []}})
c = Cinnox("app-1", "{TOKEN}", base_url="https://cinnox.test", transport=httpx.MockTransport(handler))
c.get("data/x", params={{"q": "hidden-query"}})
"""
    done = subprocess.run(
        [sys.executable, "-c", program],
        env={"CINNOX_LOG": level, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "GET /v1/api/apps/app-1/data/x -> HTTP 200" in done.stderr
    assert ("(attempt 1)" in done.stderr) == (level == "debug")
    assert TOKEN not in done.stderr + done.stdout and "hidden-query" not in done.stderr


# ----------------------------------------------------------------------------- version, limiter protocol


def test_user_agent_carries_the_package_version() -> None:
    script = Script(httpx.Response(200, json=OK))
    make(script).get("x")
    import cinnox_ext

    version = importlib.metadata.version("cinnox-sdk")
    assert cinnox_ext.__version__ == version
    assert script.requests[0].headers["User-Agent"] == f"cinnox-python/{version}"


def test_both_limiters_share_one_protocol() -> None:
    memory = SlidingWindowLimiter(2, 10.0)
    redis_limiter = RedisSlidingWindowLimiter("redis://127.0.0.1:1/0", 2, 10.0)
    for limiter in (memory, redis_limiter):
        assert isinstance(limiter, RateLimiter)
    first = memory.try_acquire()
    assert isinstance(first, Acquisition) and first.acquired
    assert memory.usage() == LimiterUsage(in_use=1, limit=2, period=10.0)
    memory.release(first.token)
    assert memory.usage().in_use == 1  # still inside the period
    with pytest.raises(errors.RateLimiterUnavailableError):
        redis_limiter.try_acquire()  # nothing listens there: typed, fails closed


def test_an_object_without_the_protocol_is_refused() -> None:
    class Partial:
        def acquire(self) -> None: ...

        def release(self, token: object) -> None: ...

    with pytest.raises(errors.ConfigurationError, match="RateLimiter"):
        Cinnox("app", TOKEN, base_url="https://cinnox.test", rate_limit_storage=Partial())  # type: ignore[arg-type]


@pytest.mark.parametrize("method", [5, None, "TRACE", "", "G\x00ET"])
def test_escape_hatch_refuses_unknown_methods(method: Any) -> None:
    script = Script(httpx.Response(200, json=OK))
    with pytest.raises(errors.ValidationError):
        make(script).request(method, "x")
    assert script.requests == []
