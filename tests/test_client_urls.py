"""Request URLs and cookies of the SDK's httpx clients.

The clients merge a plain path and its query onto the base URL themselves (one URL parse where
``httpx.Client.build_request`` makes three); these properties check the result is exactly the URL
httpx builds, for every input, and that the fast merge is really the one taken on plain paths. The
clients keep no cookies: CINNOX authenticates by token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Cinnox, errors
from cinnox_ext._client import _PLAIN_PATH, _AsyncHttpClient, _HttpClient, _merged_url

TOKEN = "test-token-value"

_bases = st.builds(
    lambda scheme, host, prefix, slash: f"{scheme}://{host}{prefix}{slash}",
    st.sampled_from(["http", "https"]),
    st.sampled_from(["cinnox.test", "127.0.0.1", "[::1]", "example.com:8443", "EXAMPLE.com"]),
    st.sampled_from(["", "/base", "/a/b", "/x%20y", "/ü"]),
    st.sampled_from(["", "/"]),
)
# What the generated code sends (plain paths, which take the fast merge), and everything httpx
# escapes or treats specially (which httpx merges).
_plain = st.text(alphabet="abcXYZ019-._~!$&'()*+,;=:@/", max_size=16).map(lambda s: "/" + s.lstrip("/"))
_odd_chars = st.sampled_from([*"abc/", " ", "%", "%20", "?", "#", "é", "\u4e2d", "\x7f", "[", "]", '"', "\\"])
_paths = (
    _plain
    | st.lists(_odd_chars, max_size=8).map(lambda cs: "/" + "".join(cs))
    | st.sampled_from(["/", "//x", "/v1/api/apps/app-1/data/sms-detail", "v1/relative", "/q?a=1", "/f#frag"])
)
_texts = st.text(alphabet=" +&=?#%/:aZ9é\u4e2d", max_size=6) | st.text(max_size=8)
_scalars = st.one_of(
    _texts, st.integers(-(10**6), 10**6), st.booleans(), st.none(),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)  # fmt: skip
_values = _scalars | st.lists(_scalars, max_size=3)
_dicts = st.dictionaries(st.text(max_size=6), _values, max_size=4)
_params = (
    st.none()
    | _dicts
    | _dicts.map(httpx.QueryParams)
    | st.lists(st.tuples(st.text(max_size=4), st.text(max_size=4)), max_size=3)
)


def _httpx_url(base: str, path: str, params: Any) -> tuple[str, bytes] | None:
    """The URL httpx builds (text and raw path), or ``None`` when httpx refuses the input."""
    with httpx.Client(base_url=base) as plain:
        try:
            url = plain.build_request("GET", path, params=params).url
        except (httpx.InvalidURL, TypeError, ValueError):
            return None
        return str(url), url.raw_path


@given(_bases, _paths, _params)
@example("http://h", "/p", {"a": "x y+z&w"})
@example("http://h", "/p", {"a": []})
@example(
    "https://cinnox.test/base",
    "/v1/api/apps/app-1/data/sms-detail",
    {"endAt": "2026-11-23T08:00:00+00:00", "offset": 0, "smsID": ["a", "b"]},
)
def test_the_fast_merge_gives_httpx_own_url(base: str, path: str, params: Any) -> None:
    with _HttpClient(lambda request: None, base_url=base) as ours:
        expected = _httpx_url(base, path, params)
        if not _PLAIN_PATH.fullmatch(path):
            assert _merged_url(ours, path, params) is None
        elif expected is not None:
            fast = _merged_url(ours, path, params)
            assert fast is not None  # the fast merge is taken for every plain path
            assert (str(fast), fast.raw_path) == expected
        # Through the client's own build_request, by position or by keyword, fast or not.
        builds: list[Callable[[], httpx.Request]] = [
            lambda: ours.build_request("GET", path, params=params),
            lambda: ours.build_request(method="GET", url=path, params=params),
        ]
        for build in builds:
            if expected is None:  # what httpx refuses, the SDK refuses before sending
                with pytest.raises(errors.ValidationError):
                    build()
            else:
                url = build().url
                assert (str(url), url.raw_path) == expected


@given(_bases, _paths, _params)
def test_the_async_client_merges_the_same(base: str, path: str, params: Any) -> None:
    async def build() -> tuple[str, bytes] | None:
        async with _AsyncHttpClient(lambda request: None, base_url=base) as ours:
            try:
                url = ours.build_request("GET", path, params=params).url
            except errors.ValidationError:
                return None
            return str(url), url.raw_path

    assert asyncio.run(build()) == _httpx_url(base, path, params)


def test_client_wide_params_are_left_to_httpx() -> None:
    with _HttpClient(lambda request: None, base_url="https://cinnox.test", params={"a": "1"}) as ours:
        assert _merged_url(ours, "/v1/x", {"b": "2"}) is None
        assert (
            str(ours.build_request("GET", "/v1/x", params={"b": "2"}).url)
            == "https://cinnox.test/v1/x?a=1&b=2"
        )


def _cookie_script(seen: list[str | None]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        return httpx.Response(
            200,
            json={"code": 0, "result": {"status": True}},
            headers={"Set-Cookie": "session=abc; Path=/", "X-Request-Id": "r"},
        )

    return httpx.MockTransport(answer)


def test_no_cookie_set_by_a_server_is_sent_back() -> None:
    seen: list[str | None] = []
    with Cinnox("app-1", TOKEN, base_url="https://cinnox.test", transport=_cookie_script(seen)) as client:
        client.get("data/sms-detail")
        client.get("data/sms-detail")
        assert not client._http.cookies
    assert seen == [None, None]


def test_no_cookie_set_by_a_server_is_sent_back_async() -> None:
    seen: list[str | None] = []

    async def run() -> None:
        async with AsyncCinnox(
            "app-1", TOKEN, base_url="https://cinnox.test", transport=_cookie_script(seen)
        ) as client:
            await client.get("data/sms-detail")
            await client.get("data/sms-detail")
            assert not client._http.cookies

    asyncio.run(run())
    assert seen == [None, None]
