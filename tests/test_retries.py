"""Every branch of the retry policy and the error mapping, through httpx.MockTransport.

The script of each test is a list of what the "server" does on each attempt: a response or a
transport exception. The assertions count attempts, because "retried" and "not retried" are the
whole point: a POST that may have been processed is never sent a second time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cinnox_ext import Acquisition, AsyncCinnox, Cinnox, LimiterUsage, errors
from cinnox_ext._retries import RetryPolicy, parse_retry_after

TOKEN = "tok-SECRET-5f0c9e2a7b"
OTP = {"sender_number": "CINNOX", "recipient_number": "+85298765432", "text": "code %s", "pin": "1234"}
OK_OTP = {"serviceID": "svc", "status": True, "transactionID": "t-1"}
OK_LIST = {"code": 0, "result": []}

Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler that plays one step per request and records the requests."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        return step

    @property
    def attempts(self) -> int:
        return len(self.requests)


def reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    delays: list[float] = []
    monkeypatch.setattr("cinnox_ext._transport.time.sleep", delays.append)

    async def fake_async_sleep(delay: float) -> None:
        delays.append(delay)

    monkeypatch.setattr("cinnox_ext._transport.asyncio.sleep", fake_async_sleep)
    return delays


def client(script: Script, max_retries: int = 3) -> Cinnox:
    return Cinnox(
        "app-1",
        TOKEN,
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(script),
        rate_limit=None,
        max_retries=max_retries,
    )


def get_channels(c: Cinnox) -> Any:
    return c.reports.channel_types()


# ----------------------------------------------------------------------------- GET (idempotent)


def test_get_5xx_is_retried_until_success(sleeps: list[float]) -> None:
    script = Script(
        reply(502),
        reply(503, {"code": 6451001, "message": "Bad response from the service"}),
        reply(200, OK_LIST),
    )
    assert get_channels(client(script)) == []
    assert script.attempts == 3 and len(sleeps) == 2


def test_get_5xx_gives_up_after_max_retries(sleeps: list[float]) -> None:
    script = Script(reply(500))
    with pytest.raises(errors.ServerError) as info:
        get_channels(client(script, max_retries=2))
    assert script.attempts == 3
    assert info.value.status_code == 500 and not info.value.may_have_been_sent


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("reset"),
    ],
)
def test_get_transport_errors_are_retried(sleeps: list[float], exc: Exception) -> None:
    script = Script(exc, reply(200, OK_LIST))
    assert get_channels(client(script)) == []
    assert script.attempts == 2


def test_get_timeouts_on_every_attempt_raise_a_timeout_error(sleeps: list[float]) -> None:
    script = Script(httpx.ReadTimeout("slow"))
    with pytest.raises(errors.APITimeoutError):
        get_channels(client(script, max_retries=1))
    assert script.attempts == 2


def test_patch_subscription_is_retried_like_a_read(sleeps: list[float]) -> None:
    ok = {"enabled": True, "url": "https://h.example.com/x"}
    script = Script(httpx.ReadTimeout("slow"), reply(500), reply(200, ok))
    assert client(script).subscriptions.enable("call", "https://h.example.com/x").enabled
    assert script.attempts == 3


# ----------------------------------------------------------------------------- rate limiting


@pytest.mark.parametrize(
    "throttled",
    [
        reply(429),
        reply(400, {"code": 6451010, "message": "Too many requests"}),
        reply(200, {"code": 6451010, "message": "Too many requests"}),
        reply(503, {"code": 6451010, "message": "Too many requests"}),
    ],
    ids=["http-429", "code-on-400", "code-on-200", "code-on-503"],
)
def test_throttling_is_retried_even_for_a_post(sleeps: list[float], throttled: httpx.Response) -> None:
    script = Script(throttled, reply(200, OK_OTP))
    assert client(script).sms.send_otp(**OTP).transaction_id == "t-1"
    assert script.attempts == 2


def test_retry_after_is_honoured(sleeps: list[float]) -> None:
    script = Script(reply(429, headers={"Retry-After": "7"}), reply(200, OK_LIST))
    get_channels(client(script))
    assert sleeps == [7.0]


def test_throttling_that_never_ends_raises_rate_limit_error(sleeps: list[float]) -> None:
    script = Script(reply(400, {"code": 6451010, "message": "Too many requests"}, {"Retry-After": "1"}))
    with pytest.raises(errors.RateLimitError) as info:
        get_channels(client(script, max_retries=2))
    assert script.attempts == 3
    assert info.value.code == 6451010 and info.value.retry_after == 1.0


def test_backoff_grows_and_is_capped() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_max=4.0)
    for attempt in range(8):
        delay = policy.backoff(attempt)
        ceiling = min(4.0, 0.5 * 2**attempt)
        assert ceiling / 2 <= delay <= ceiling
    assert policy.backoff(0, retry_after=1000) == policy.retry_after_max


def test_retry_after_parsing() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert parse_retry_after("soon") is None


# ----------------------------------------------------------------------------- POST (sends)


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("no answer"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ReadError("connection reset"),
        httpx.WriteError("broken pipe"),
        reply(500),
        reply(502),
        reply(200, {"code": 6451001, "message": "Bad response from the service"}),
    ],
    ids=["read-timeout", "disconnected", "read-error", "write-error", "500", "502", "upstream-6451001"],
)
def test_a_send_that_may_have_been_processed_is_never_retried(sleeps: list[float], failure: Step) -> None:
    script = Script(failure, reply(200, OK_OTP))
    with pytest.raises(errors.SendOutcomeUnknownError) as info:
        client(script).sms.send_otp(**OTP)
    assert script.attempts == 1
    assert info.value.may_have_been_sent is True
    assert info.value.method == "POST" and info.value.path == "/v1/api/apps/app-1/send_otp"
    assert "not retried" in str(info.value)


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ConnectTimeout("no SYN-ACK"), httpx.PoolTimeout("pool")]
)
def test_a_send_that_never_left_is_retried(sleeps: list[float], failure: Exception) -> None:
    script = Script(failure, reply(200, OK_OTP))
    assert client(script).sms.send_otp(**OTP).status is True
    assert script.attempts == 2


def test_a_send_that_never_connects_raises_connection_error(sleeps: list[float]) -> None:
    script = Script(httpx.ConnectError("refused"))
    with pytest.raises(errors.APIConnectionError) as info:
        client(script, max_retries=2).sms.send_otp(**OTP)
    assert script.attempts == 3 and info.value.may_have_been_sent is False


# ----------------------------------------------------------------------------- not retried at all


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (reply(401), errors.AuthenticationError),
        (reply(403), errors.AuthenticationError),
        (reply(400, {"code": 6452000, "message": "Invalid token"}), errors.AuthenticationError),
        (reply(200, {"code": 6452001, "message": "Invalid appID"}), errors.AuthenticationError),
        (reply(400, {"code": 6451000, "message": "negative offset"}), errors.InvalidParameterError),
        (reply(400, {"code": 7210103, "message": "senderNumber Invalid format"}), errors.SmsSendError),
        (reply(400, {"code": 6450001, "message": "method not found"}), errors.NotFoundError),
        (reply(404), errors.NotFoundError),
        (reply(400, {"code": 6451011, "message": "No records found"}), errors.NoRecordsError),
        (reply(400, {"code": 6451013, "message": "Requested chat logs over the limit"}), errors.ApiError),
        (reply(409, {"unexpected": True}), errors.ApiError),
    ],
)
def test_client_errors_are_typed_and_not_retried(
    sleeps: list[float], response: httpx.Response, error: type
) -> None:
    script = Script(response, reply(200, OK_OTP))
    with pytest.raises(error) as info:
        client(script).sms.send_otp(**OTP)
    assert script.attempts == 1 and sleeps == []
    assert isinstance(info.value, errors.ApiError) and info.value.status_code == response.status_code
    assert info.value.may_have_been_sent is False


def test_error_carries_code_message_request_and_never_the_token(sleeps: list[float]) -> None:
    script = Script(
        reply(400, {"code": 7210104, "message": "RecipientNumber Invalid format"}, {"X-Request-Id": "req-42"})
    )
    with pytest.raises(errors.SmsSendError) as info:
        client(script).sms.send_otp(**OTP)
    e = info.value
    assert (e.code, e.message, e.status_code, e.method, e.path, e.request_id) == (
        7210104, "RecipientNumber Invalid format", 400, "POST", "/v1/api/apps/app-1/send_otp", "req-42",
    )  # fmt: skip
    assert "7210104" in str(e) and "req-42" in str(e)
    assert TOKEN not in str(e) and TOKEN not in repr(e)
    # the request did carry it
    assert script.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_success_body_with_code_zero_and_large_bodies_are_not_errors(sleeps: list[float]) -> None:
    big = {"code": 0, "result": [{"channelType": "X" * 100, "name": str(i)} for i in range(200)]}
    script = Script(reply(200, big))
    assert len(get_channels(client(script))) == 200


def test_an_undescribed_success_body_is_an_api_error(sleeps: list[float]) -> None:
    script = Script(httpx.Response(200, content=b"<html>gateway</html>"))
    with pytest.raises(errors.ResponseValidationError, match="cannot be read") as caught:
        get_channels(client(script))
    assert caught.value.response is not None and caught.value.response.content == b"<html>gateway</html>"
    assert not caught.value.may_have_been_sent  # a read


def test_every_attempt_takes_a_rate_limit_slot(sleeps: list[float]) -> None:
    class Counting:
        acquired = released = 0
        limit, period = 100, 1.0

        def try_acquire(self, token: object = None) -> Acquisition:
            return Acquisition(0.0, self.acquire())

        def usage(self) -> LimiterUsage:
            return LimiterUsage(self.acquired - self.released, self.limit, self.period)

        def acquire(self) -> int:
            self.acquired += 1
            return self.acquired

        def release(self, token: int) -> None:
            assert token == self.acquired  # released before the next attempt takes a slot
            self.released += 1

        async def aacquire(self) -> int:
            return self.acquire()

        async def arelease(self, token: int) -> None:
            self.release(token)

    limiter = Counting()
    script = Script(reply(500), httpx.ConnectError("refused"), reply(429), reply(200, OK_LIST))
    c = Cinnox(
        "app-1",
        TOKEN,
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(script),
        rate_limit_storage=limiter,
    )
    get_channels(c)
    assert limiter.acquired == limiter.released == script.attempts == 4


# ----------------------------------------------------------------------------- async twins


async def test_async_client_follows_the_same_policy(sleeps: list[float]) -> None:
    script = Script(httpx.ReadTimeout("x"))
    async with AsyncCinnox(
        "app-1", TOKEN, base_url="https://cinnox.test", transport=httpx.MockTransport(script), rate_limit=None
    ) as c:
        with pytest.raises(errors.SendOutcomeUnknownError):
            await c.sms.send_otp(**OTP)
        assert script.attempts == 1
        script2 = Script(reply(429), reply(500), reply(200, OK_LIST))
        c2 = AsyncCinnox(
            "app-1",
            TOKEN,
            base_url="https://cinnox.test",
            transport=httpx.MockTransport(script2),
            rate_limit=None,
        )
        assert await c2.reports.channel_types() == []
        assert script2.attempts == 3
        await c2.aclose()


def test_request_bodies_are_what_the_api_documents(sleeps: list[float]) -> None:
    script = Script(reply(200, OK_OTP))
    client(script).sms.send_otp(**OTP)
    body = json.loads(script.requests[0].content)
    assert body == {
        "senderNumber": "CINNOX",
        "recipientNumber": "+85298765432",
        "text": "code %s",
        "pin": "1234",
    }
    assert script.requests[0].headers["Content-Type"] == "application/json"
