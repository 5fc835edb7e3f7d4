"""Bad input is refused before any request: the constructor (ConfigurationError), per-call options and
requests that cannot be built (ValidationError). Never a TypeError, never the token in a message,
never a request that leaves ``{base_url}/v1/api/apps/{app_id}/``."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Cinnox, RequestOptions, RetryPolicy, SlidingWindowLimiter, errors

TOKEN = "tok-INPUT-9b7c55"
OK = {"code": 0, "result": []}


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"code": 0, "result": [], "serviceID": "s", "transactionID": "t"})

    async def handle(self, request: httpx.Request) -> httpx.Response:
        return self(request)


def make(recorder: Recorder, **kwargs: Any) -> Cinnox:
    args: dict[str, Any] = {"base_url": "https://cinnox.test", "rate_limit": None, **kwargs}
    app_id = args.pop("app_id", "app-1")
    token = args.pop("app_token", TOKEN)
    return Cinnox(app_id, token, transport=httpx.MockTransport(recorder), **args)


# ----------------------------------------------------------------------------- constructor

BAD_CONSTRUCTOR: list[dict[str, Any]] = [
    {"app_id": 123},
    {"app_id": ".."},
    {"app_id": "."},
    {"app_id": "a/b"},
    {"app_id": "a?b"},
    {"app_id": "a#b"},
    {"app_id": "a%2Fb"},
    {"app_id": "a b"},
    {"app_id": "x" * 10_000},
    {"app_id": "\ud800"},
    {"app_token": 123},
    {"app_token": "tok\x00en"},
    {"app_token": "tok\ud800"},
    {"app_token": "t" * 10_000_000},
    {"app_token": "tok en"},
    {"app_token": "tök"},
    {"base_url": 123},
    {"base_url": "http://[::1"},
    {"base_url": "ftp://cinnox.test"},
    {"base_url": "cinnox.test"},
    {"base_url": "https://"},
    {"base_url": "https://user:pw@cinnox.test"},
    {"base_url": "https://cinnox.test/?x=1"},
    {"base_url": "https://cinnox.test/#f"},
    {"base_url": "https://cinnox.test\r\nX: y"},
    {"base_url": "https://\ud800.test"},
    {"base_url": "https://cinnox.test:99999"},
    {"rate_period": math.inf},
    {"rate_period": math.nan},
    {"rate_period": 0},
    {"rate_period": -1},
    {"rate_period": "60"},
    {"rate_period": 1e300},
    {"rate_limit": 0},
    {"rate_limit": -1},
    {"rate_limit": True},
    {"rate_limit": 1.5},
    {"rate_limit": "500"},
    {"timeout": math.nan},
    {"timeout": math.inf},
    {"timeout": -1},
    {"timeout": 0},
    {"timeout": True},
    {"timeout": 1e300},
    {"timeout": "30"},
    {"max_retries": -1},
    {"max_retries": True},
    {"max_retries": 1.0},
    {"max_retries": 10**9},
    {"max_response_bytes": 0},
    {"max_response_bytes": -5},
    {"max_response_bytes": 1.5},
    {"retry_policy": "fast"},
    {"rate_limit_key": ""},
    {"rate_limit_key": 5},
    {"rate_limit_storage": 5},
    {"rate_limit_storage": "memcached://x"},
]


@pytest.mark.parametrize("kwargs", BAD_CONSTRUCTOR, ids=[repr(k)[:50] for k in BAD_CONSTRUCTOR])
def test_bad_constructor_arguments_are_configuration_errors(kwargs: dict[str, Any]) -> None:
    recorder = Recorder()
    with pytest.raises(errors.ConfigurationError) as caught:
        make(recorder, **kwargs)
    message = str(caught.value)
    assert TOKEN not in message
    token = kwargs.get("app_token")
    if isinstance(token, str):
        assert token not in message and token[:8] not in message
    assert recorder.requests == []


@pytest.mark.parametrize("transport", [httpx.AsyncHTTPTransport(), "http", 5, object()])
def test_a_transport_of_the_wrong_kind_is_a_configuration_error(transport: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="transport"):
        Cinnox("app", TOKEN, base_url="https://cinnox.test", transport=transport)


@pytest.mark.parametrize("transport", [httpx.HTTPTransport(), "http", 5])
def test_an_async_transport_of_the_wrong_kind_is_a_configuration_error(transport: Any) -> None:
    with pytest.raises(errors.ConfigurationError, match="transport"):
        AsyncCinnox("app", TOKEN, base_url="https://cinnox.test", transport=transport)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": True},
        {"backoff_base": math.nan},
        {"backoff_max": -1},
        {"max_retry_after": math.inf},
        {"total_budget": 0},
        {"total_budget": math.nan},
        {"max_retries": "3"},
    ],
)
def test_bad_retry_policies_are_configuration_errors(kwargs: dict[str, Any]) -> None:
    with pytest.raises(errors.ConfigurationError):
        RetryPolicy(**kwargs)


def test_retry_after_max_is_the_old_name_of_max_retry_after() -> None:
    assert RetryPolicy(retry_after_max=5).max_retry_after == 5
    assert RetryPolicy(max_retry_after=7).retry_after_max == 7


def test_a_good_app_id_and_token_pass_and_the_token_is_hidden() -> None:
    recorder = Recorder()
    c = make(recorder, app_id="AbC-1_2.3~x")
    assert TOKEN not in repr(c) and TOKEN not in repr(c._config)
    c.reports.channel_types()
    assert recorder.requests[0].url.path == "/v1/api/apps/AbC-1_2.3~x/data/channel-type-list"


anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=2),
    st.sampled_from(
        ["https://cinnox.test", "http://[::1", "redis://127.0.0.1:1/0", "memory://", "..", "\ud800"]
    ),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    app_id=anything,
    app_token=anything,
    base_url=anything,
    rate_limit=anything,
    rate_period=anything,
    max_retries=anything,
    timeout=anything,
    storage=anything,
    key=anything,
    max_response_bytes=anything,
)
def test_any_constructor_input_gives_a_client_or_a_configuration_error(
    app_id: Any,
    app_token: Any,
    base_url: Any,
    rate_limit: Any,
    rate_period: Any,
    max_retries: Any,
    timeout: Any,
    storage: Any,
    key: Any,
    max_response_bytes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("CINNOX_APP_ID", "CINNOX_APP_TOKEN", "CINNOX_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    recorder = Recorder()
    args = {
        "base_url": base_url,
        "rate_limit": rate_limit,
        "rate_period": rate_period,
        "max_retries": max_retries,
        "timeout": timeout,
        "rate_limit_storage": storage,
        "rate_limit_key": key,
        "max_response_bytes": max_response_bytes,
    }
    try:
        c = Cinnox(app_id, app_token, transport=httpx.MockTransport(recorder), **args)
    except errors.ConfigurationError as exc:
        others = (app_id, *args.values())
        if (
            isinstance(app_token, str)
            and len(app_token) >= 4
            and all(app_token not in repr(v) for v in others)
        ):
            assert app_token not in str(exc)  # (unless another argument, shown, contains it)
    else:
        # A client that was built sends only under its own base URL and App ID.
        assert c.base_url.startswith(("http://", "https://"))
        assert "/" not in c.app_id and c.app_id not in (".", "..")
        c.close()
    assert recorder.requests == []


# ----------------------------------------------------------------------------- request options


BAD_OPTIONS: list[dict[str, Any]] = [
    {"timeout": math.nan},
    {"timeout": -1},
    {"timeout": "1"},
    {"timeout": True},
    {"max_retries": -1},
    {"max_retries": 1.5},
    {"extra_headers": {"Authorization": "Bearer other"}},
    {"extra_headers": {"authorization": "x"}},
    {"extra_headers": {"Host": "evil.test"}},
    {"extra_headers": {"X-A": "a\r\nX-B: b"}},
    {"extra_headers": {"X-A": "a\x00"}},
    {"extra_headers": {"X-A": "\ud800"}},
    {"extra_headers": {"X-A": "é"}},
    {"extra_headers": {"Bad Name": "x"}},
    {"extra_headers": {"X-A": 5}},
    {"extra_headers": ["X-A", "b"]},
    {"extra_query": {"a": object()}},
    {"extra_query": {"a": math.inf}},
    {"extra_query": {"a": "\ud800"}},
    {"extra_query": {"": "x"}},
    {"extra_query": {5: "x"}},
    {"extra_query": "a=b"},
]


@pytest.mark.parametrize("options", BAD_OPTIONS, ids=[repr(o)[:40] for o in BAD_OPTIONS])
def test_bad_options_are_validation_errors_before_sending(options: dict[str, Any]) -> None:
    recorder = Recorder()
    c = make(recorder)
    with pytest.raises(errors.ValidationError):
        RequestOptions(**options)
    with pytest.raises(errors.ValidationError):
        c.with_options(**options)
    with pytest.raises(errors.ValidationError):
        c.get("data/sms-detail", **options)
    assert recorder.requests == []


UNBUILDABLE: list[dict[str, Any]] = [
    {"method": "post", "url": "/v1/api/apps/app-1/send_sms", "json": {"text": "\ud800"}},
    {"method": "post", "url": "/v1/api/apps/app-1/send_sms", "json": {"n": math.nan}},
    {"method": "post", "url": "/v1/api/apps/app-1/send_sms", "json": {"t": object()}},
    {"method": "post", "url": "/v1/api/apps/app-1/send_sms", "json": {1j: 1}},
    {"method": "get", "url": "/v1/api/apps/app-1/data/x", "params": {"f": "\ud800"}},
    {"method": "get", "url": "/v1/api/apps/app-1/data/\ud800"},
    {"method": "get", "url": "/v1/api/apps/app-1/data/x", "headers": {"X-A": "a\r\nInjected: 1"}},
    {"method": "get", "url": "/v1/api/apps/app-1/data/x", "headers": {"X-A": "a\x00"}},
    {"method": "get", "url": "/v1/api/apps/app-1/data/x", "headers": {"X-A": "\ud800"}},
    {"method": "get", "url": "/v1/api/apps/../send_sms"},
    {"method": "get", "url": "/v1/api/apps/app-1/%2E%2E/%2E%2E/other/send_sms"},
    {"method": "get", "url": "/v1/api/apps/other-app/send_sms"},
    {"method": "get", "url": "https://evil.test/v1/api/apps/app-1/x"},
    {"method": "get", "url": "/v1/api/apps/app-1/x", "unknown": 1},
    {"method": 5, "url": "/v1/api/apps/app-1/x"},
]


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("kwargs", UNBUILDABLE, ids=[repr(k)[:60] for k in UNBUILDABLE])
async def test_requests_that_cannot_be_built_are_validation_errors(
    kwargs: dict[str, Any], use_async: bool
) -> None:
    recorder = Recorder()
    if use_async:
        async with AsyncCinnox(
            "app-1",
            TOKEN,
            base_url="https://cinnox.test",
            rate_limit=None,
            transport=httpx.MockTransport(recorder.handle),
        ) as ac:
            with pytest.raises(errors.ValidationError) as caught:
                await ac._send(kwargs)
    else:
        with make(recorder) as c, pytest.raises(errors.ValidationError) as caught:
            c._send(kwargs)
    assert not isinstance(caught.value, errors.ApiError)
    assert not caught.value.may_have_been_sent
    assert TOKEN not in str(caught.value)
    assert recorder.requests == []


def test_options_must_be_request_options() -> None:
    recorder = Recorder()
    with make(recorder) as c, pytest.raises(errors.ValidationError):
        c._send({"method": "get", "url": "/v1/api/apps/app-1/x"}, {"timeout": 1})  # type: ignore[arg-type]
    assert recorder.requests == []


BAD_PATHS = [
    "https://evil.test/x",
    "//evil.test/x",
    "../other-app/send_sms",
    "data/../../send_sms",
    "data/%2e%2e/x",
    "data/%2F/x",
    "data?x=1",
    "data#f",
    "data\\x",
    "",
    "data x",
    "data/\x00",
    "\ud800",
    5,
    None,
    "x" * 5000,
]


@pytest.mark.parametrize("path", BAD_PATHS, ids=[repr(p)[:30] for p in BAD_PATHS])
def test_the_escape_hatch_never_leaves_the_apps_path(path: Any) -> None:
    recorder = Recorder()
    with make(recorder) as c:
        for method in (c.get, c.post, c.patch):
            with pytest.raises(errors.ValidationError):
                method(path)
    assert recorder.requests == []


@settings(max_examples=200)
@given(
    path=st.text(max_size=40), params=st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=3)
)
def test_any_escape_hatch_input_stays_under_the_app(path: str, params: dict[str, str]) -> None:
    recorder = Recorder()
    with make(recorder) as c:
        try:
            c.get(path, params=params)
        except errors.ValidationError:
            assert recorder.requests == []
            return
    assert len(recorder.requests) == 1
    url = recorder.requests[0].url
    assert url.host == "cinnox.test"
    assert url.path.startswith("/v1/api/apps/app-1/")
    assert ".." not in url.path.split("/")


def test_a_shared_limiter_object_is_accepted() -> None:
    shared = SlidingWindowLimiter(5, 1.0)
    recorder = Recorder()
    c = make(recorder, rate_limit_storage=shared, rate_limit=5)
    assert c.rate_limiter is shared


@pytest.mark.parametrize("text", ["code %s \ud800", "code %s \udfff tail"])
def test_a_lone_surrogate_through_a_resource_is_a_validation_error(text: str) -> None:
    recorder = Recorder()
    with make(recorder) as c, pytest.raises(errors.ValidationError) as caught:
        c.sms.send_otp(sender_number="CINNOX", recipient_number="+85298765432", text=text, pin="1234")
    assert not isinstance(caught.value, errors.ApiError)
    assert recorder.requests == []
