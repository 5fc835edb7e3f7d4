"""Hypothesis over what a server can answer: every outcome is a success or a documented CinnoxError,
never a raw exception, and a send is repeated only after an answer saying it was not processed."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import attrs
import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Cinnox, RetryPolicy, errors
from cinnox_ext._retries import RetryPolicy as Policy
from cinnox_ext._retries import Send, Sleep, retry_flow

TOKEN = "tok-PROPS-44aa91"
FAST = RetryPolicy(max_retries=3, backoff_base=0.0001, backoff_max=0.0002, max_retry_after=0.001)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)
bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.builds(
        lambda code, message, extra: json.dumps({"code": code, "message": message, **extra}).encode(),
        st.sampled_from([0, 6451000, 6451001, 6451010, 6451011, 6450001, 6452000, 6452001, 7210101, 1, -1]),
        st.one_of(st.none(), st.text(max_size=10), st.integers()),
        st.dictionaries(st.sampled_from(["result", "serviceID", "status"]), json_values, max_size=2),
    ),
    st.integers(1, 3000).map(lambda d: b"[" * d + b"]" * d),
    st.integers(1, 3000).map(lambda d: b'{"a":' * d + b"1" + b"}" * d),
    st.sampled_from([b"NaN", b'{"x": Infinity}', b'{"code": 0, "result": [1e999]}', b"\xef\xbb\xbf{}"]),
)


@attrs.frozen
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes  # as sent (maybe compressed)
    plain: bytes  # before compression


@st.composite
def answers(draw: st.DrawFn) -> Answer | Exception:
    if draw(st.integers(0, 9)) == 0:
        return draw(
            st.sampled_from(
                [
                    httpx.ConnectError("refused"),
                    httpx.ConnectTimeout("slow connect"),
                    httpx.ReadTimeout("slow read"),
                    httpx.RemoteProtocolError("cut"),
                    httpx.ReadError("reset"),
                    httpx.WriteError("broken pipe"),
                ]
            )
        )
    status = draw(st.sampled_from([200, 201, 202, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503]))
    body = plain = draw(bodies)
    headers: dict[str, str] = {}
    encoding = draw(st.sampled_from([None, "gzip", "deflate", "br", "gzip, gzip", "identity"]))
    if encoding == "gzip":
        body = gzip.compress(body)
    elif encoding == "deflate":
        body = zlib.compress(body)
    if encoding:
        headers["Content-Encoding"] = encoding
    if draw(st.booleans()):
        headers["Retry-After"] = draw(
            st.sampled_from(["0", "1e9", "-5", "nan", "inf", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", ""])
        )
    return Answer(status, headers, body, plain)


def not_processed(answer: Answer | Exception) -> bool:
    """Answers after which repeating a POST cannot send it twice."""
    if isinstance(answer, Exception):
        return isinstance(answer, httpx.ConnectError | httpx.ConnectTimeout)
    if answer.status == 429:
        return True
    try:
        body = json.loads(answer.plain)
    except (ValueError, RecursionError):
        return False
    return isinstance(body, dict) and body.get("code") == 6451010


class Server:
    def __init__(self, script: list[Answer | Exception]) -> None:
        self.script = script
        self.given: list[Answer | Exception] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        answer = self.script[min(len(self.given), len(self.script) - 1)]
        self.given.append(answer)
        if isinstance(answer, Exception):
            raise answer
        return httpx.Response(answer.status, headers=answer.headers, stream=httpx.ByteStream(answer.body))

    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def judge(server: Server, method: str, outcome: object) -> None:
    if isinstance(outcome, BaseException):
        assert isinstance(outcome, errors.CinnoxError), repr(outcome)
        assert TOKEN not in str(outcome)
        if isinstance(outcome, errors.ResponseValidationError):
            assert outcome.may_have_been_sent == (method == "POST")
    else:
        assert isinstance(outcome, dict)
    if method == "POST":
        for earlier in server.given[:-1]:
            assert not_processed(earlier), f"a POST was repeated after {earlier!r}"


@settings(max_examples=300)
@given(script=st.lists(answers(), min_size=1, max_size=5), method=st.sampled_from(["GET", "POST", "PATCH"]))
def test_any_answer_is_a_success_or_a_documented_error(script: list[Any], method: str) -> None:
    server = Server(script)
    with Cinnox(
        "app",
        TOKEN,
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(server),
        rate_limit=None,
        retry_policy=FAST,
    ) as c:
        try:
            outcome: object = c.request(method, "data/x", json={"a": 1} if method != "GET" else None)
            outcome = json.loads(outcome.content) if isinstance(outcome, httpx.Response) else outcome
        except Exception as exc:
            outcome = exc
    judge(server, method, outcome)


@settings(max_examples=100)
@given(script=st.lists(answers(), min_size=1, max_size=4), method=st.sampled_from(["GET", "POST"]))
async def test_any_answer_is_a_success_or_a_documented_error_async(script: list[Any], method: str) -> None:
    server = Server(script)
    async with AsyncCinnox(
        "app",
        TOKEN,
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(server.handle),
        rate_limit=None,
        retry_policy=FAST,
    ) as c:
        try:
            outcome: object = await (c.get("data/x") if method == "GET" else c.post("send", json={"a": 1}))
        except Exception as exc:
            outcome = exc
    judge(server, method, outcome)


def test_the_retry_loop_is_one_generator_of_steps() -> None:
    """Driven by hand: the same steps the sync and async transports follow."""
    request = httpx.Request("GET", "https://cinnox.test/v1/api/apps/a/data/x")
    flow = retry_flow(Policy(max_retries=2, backoff_base=0.5, backoff_max=1), request)
    assert next(flow) == Send(0)
    step = flow.send(httpx.ConnectError("refused", request=request))
    assert isinstance(step, Sleep) and 0.25 <= step.seconds <= 0.5 and step.reason == "ConnectError"
    assert flow.send(None) == Send(1)
    ok = httpx.Response(200, json={"code": 0, "result": []}, request=request)
    try:
        flow.send(ok)
    except StopIteration as stop:
        assert stop.value is ok
    else:
        raise AssertionError("the flow did not return the response")


def test_the_retry_loop_stops_at_the_budget() -> None:
    now = [0.0]
    request = httpx.Request("GET", "https://cinnox.test/v1/api/apps/a/data/x")
    flow = retry_flow(
        Policy(max_retries=50, backoff_base=1, backoff_max=1, total_budget=3), request, clock=lambda: now[0]
    )
    step = next(flow)
    sleeps = 0
    try:
        while True:
            if isinstance(step, Sleep):
                now[0] += step.seconds
                sleeps += 1
                step = flow.send(None)
            else:
                now[0] += 0.5  # each attempt takes half a second
                step = flow.send(httpx.ReadTimeout("slow", request=request))
    except errors.ApiTimeoutError:
        pass
    assert 1 <= sleeps <= 3 and now[0] <= 3 + 0.5


def test_a_post_is_never_repeated_by_the_loop_after_it_may_have_been_sent() -> None:
    request = httpx.Request("POST", "https://cinnox.test/v1/api/apps/a/send_sms")
    for failure in (
        httpx.ReadTimeout("t", request=request),
        httpx.RemoteProtocolError("cut", request=request),
    ):
        flow = retry_flow(Policy(max_retries=5), request)
        next(flow)
        try:
            flow.send(failure)
        except errors.SendOutcomeUnknownError as exc:
            assert exc.may_have_been_sent
        else:
            raise AssertionError("retried a POST that may have been sent")


def _depth(value: object) -> int:
    if isinstance(value, dict):
        return 1 + max(map(_depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(_depth, value), default=0)
    return 0


@st.composite
def nested(draw: st.DrawFn) -> object:
    """JSON around the depth limit: a chain of mixed dicts and lists, random siblings at each level
    (scalars, shallow containers, empty containers) and a random scalar or empty container at the end."""
    from cinnox_ext._transport import MAX_JSON_DEPTH

    depth = draw(st.integers(0, MAX_JSON_DEPTH + 3))
    value: object = draw(st.sampled_from([1, "x", None, [], {}]))
    for _ in range(depth):
        siblings = draw(st.lists(json_values, max_size=2))
        if draw(st.booleans()):
            value = [*siblings[:1], value, *siblings[1:]]
        else:
            value = {**{f"s{i}": s for i, s in enumerate(siblings)}, "v": value}
    return value


@given(nested() | json_values)
@settings(max_examples=300, deadline=None)
def test_the_depth_check_agrees_with_a_recursive_count(value: object) -> None:
    from cinnox_ext._json import too_deep
    from cinnox_ext._transport import MAX_JSON_DEPTH

    assert too_deep(value, MAX_JSON_DEPTH) == (_depth(value) > MAX_JSON_DEPTH)
