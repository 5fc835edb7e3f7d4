"""Hypothesis over every public resource method: any input gives a result or a ``ValidationError``,
and a refusal sends nothing.

Each example takes a method with valid arguments (``resource_calls.CALLS``), replaces one to three of
its arguments (or per-call options) with hostile values — wrong types, ``None``, NaN, huge and
empty strings, lone surrogates, CR/LF, local phone numbers, negative or enormous numbers, absurd
windows — then calls it (and iterates a pager) against a transport that records every request and
answers from the spec's examples. A ``TypeError``, ``KeyError``, ``AttributeError``,
``OverflowError``, ``RecursionError``, ``UnicodeError`` … is a failure, and so is a
``ValidationError`` raised after a request was sent.
"""

from __future__ import annotations

import asyncio
import inspect
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Cinnox
from cinnox_ext.errors import CinnoxError, ValidationError
from cinnox_ext.resources import Sms

from .resource_calls import CALLS, AsyncSpecTransport, SpecTransport
from .test_resources import AREAS

HUGE = "7" * 10_000_000
SURROGATE = "ab\udc80cd"

SPECIAL: list[Any] = [
    HUGE,
    SURROGATE,
    "a\r\nb",
    "https://h.example.com/x\r\nX-Evil: 1",
    "",
    " ",
    ".",
    "..",
    "\x00",
    "98765432",
    "+85298765432",
    "0085298765432",
    -85291234567,
    85291234567,
    "call",
    "Submitted",
    "Sent",
    "2025-11-01T00:00:00",
    "2025-11-01T00:00:00Z",
    "yesterday",
    "1d",
    timedelta(microseconds=1),
    timedelta(days=-1),
    timedelta(days=10**8),
    datetime.min,
    datetime.max,
    datetime(2025, 1, 1),
    datetime.min.replace(tzinfo=UTC),
    datetime.max.replace(tzinfo=timezone(timedelta(hours=-23))),
    float("nan"),
    float("inf"),
    -1,
    0,
    501,
    10**30,
    20_000,
    [],
    [None],
    [1.5],
    ["+85298765432"] * 2,
    ["x"] * 20_000,
    {"a": 1},
    {1: "x"},
    {"X-Ok": "a\r\nb"},
    {"Authorization": "Bearer x"},
    b"bytes",
    object(),
    True,
    1.5,
    (x for x in range(3)),
]

special = st.sampled_from(SPECIAL)
hostile = st.one_of(
    special,
    special,
    special,
    special,
    st.text(st.characters(exclude_categories=()), max_size=12),  # lone surrogates included
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.binary(max_size=8),
    st.lists(st.one_of(st.text(max_size=12), st.integers(), st.none()), max_size=4),
    st.dictionaries(st.text(max_size=5), st.one_of(st.text(max_size=5), st.integers()), max_size=2),
    st.datetimes(),
    st.datetimes(timezones=st.just(UTC)),
    st.timedeltas(),
)

OPTION_NAMES = [
    "timeout",
    "max_retries",
    "extra_headers",
    "extra_query",
    "max_window",
    "prefetch",
    "page_size",
    "colour",
]


def _parameters(area: str, method: str) -> list[str]:
    build = vars(AREAS[area])[method]._build
    return [
        p.name
        for p in inspect.signature(build).parameters.values()
        if p.name != "self" and p.kind is not p.VAR_KEYWORD
    ]


@st.composite
def hostile_calls(draw: st.DrawFn) -> tuple[str, str, dict[str, Any]]:
    area, method, args, kwargs = draw(st.sampled_from(CALLS))
    names = _parameters(area, method)
    arguments = dict(zip(names, args, strict=False)) | dict(kwargs)
    targets = draw(st.lists(st.sampled_from(names + OPTION_NAMES), min_size=1, max_size=3, unique=True))
    for name in targets:
        arguments[name] = draw(hostile)
    return area, method, arguments


def _drain(result: Any) -> Any:
    if hasattr(result, "__next__") or hasattr(result, "pages"):
        return list(result)
    return result


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile_calls())
def test_any_input_is_a_result_or_a_refusal_before_sending(call: tuple[str, str, dict[str, Any]]) -> None:
    area, method, arguments = call
    transport = SpecTransport()
    with Cinnox("app-1", "tok", base_url="https://x.test", transport=transport, rate_limit=None) as c:
        try:
            _drain(getattr(getattr(c, area), method)(**arguments))
        except ValidationError:
            assert transport.sent == [], "a refused call sent a request"
        except CinnoxError as exc:
            # answers (errors the server's replies cause) are allowed only after a request was sent
            assert transport.sent, f"{type(exc).__name__} before any request: {exc}"


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(hostile_calls())
def test_async_methods_refuse_the_same_way(call: tuple[str, str, dict[str, Any]]) -> None:
    area, method, arguments = call
    transport = AsyncSpecTransport()

    async def main() -> None:
        async with AsyncCinnox(
            "app-1", "tok", base_url="https://x.test", transport=transport, rate_limit=None
        ) as c:
            try:
                result = getattr(getattr(c, area), method)(**arguments)
                if hasattr(result, "__aiter__"):
                    [r async for r in result]
                else:
                    await result
            except ValidationError:
                assert transport.sent == [], "a refused call sent a request"
            except CinnoxError:
                assert transport.sent

    asyncio.run(main())


@settings(max_examples=200)
@given(text=hostile, recipients=hostile)
def test_estimate_is_a_result_or_a_validation_error(text: Any, recipients: Any) -> None:
    try:
        result = Sms.estimate(text, recipients)
    except ValidationError:
        return
    assert result.total_parts >= 1


@pytest.mark.parametrize(
    ("area", "method", "arguments", "message"),
    [
        ("sms", "send", {"sender_number": "CINNOX", "recipients": None, "text": "hi"}, "list"),
        ("sms", "send", {"sender_number": "CINNOX", "recipients": 1.5, "text": "hi"}, "list"),
        ("sms", "send", {"sender_number": "CINNOX", "recipients": [-85291234567], "text": "hi"}, r"'\+'"),
        (
            "sms",
            "send",
            {"sender_number": "CINNOX", "recipients": ["98765432"], "text": "hi"},
            r"'\+85298765432'",
        ),
        (
            "sms",
            "send",
            {"sender_number": "CINNOX", "recipients": "+85298765432", "text": "a" * 10_000_000},
            "255",
        ),
        (
            "sms",
            "send",
            {"sender_number": "CINNOX", "recipients": "+85298765432", "text": "a" * 2000},
            "max_segments=10",
        ),
        (
            "sms",
            "send",
            {"sender_number": "CINNOX", "recipients": "+85298765432", "text": SURROGATE},
            "surrogate",
        ),
        ("messages", "send", {"room_id": "r", "texts": 123}, "list"),
        ("messages", "send", {"room_id": HUGE, "texts": "hi"}, "characters"),
        ("reports", "sms_details", {"sms_id": 5}, "sms_id"),
        ("reports", "sms_details", {"sender": SURROGATE}, "surrogate"),
        ("reports", "sms_details", {"recipient": HUGE}, "characters"),
        ("reports", "sms_details", {"max_window": "1d"}, "max_window"),
        ("reports", "calls", {"prefetch": 20_000}, "prefetch"),
        ("subscriptions", "enable", {"kind": [], "url": "https://h.example.com/x"}, "event kind"),
        ("subscriptions", "enable", {"kind": "call", "url": "https://h.example.com/x\r\nX: 1"}, "control"),
        ("numbers", "caller_ids", {"staff_eid": ".."}, "ID"),
    ],
)
def test_the_issue_examples_are_refused_before_sending(
    area: str, method: str, arguments: dict[str, Any], message: str
) -> None:
    transport = SpecTransport()
    c = Cinnox("app-1", "tok", base_url="https://x.test", transport=transport, rate_limit=None)
    with c, pytest.raises(ValidationError, match=message):
        _drain(getattr(getattr(c, area), method)(**arguments))
    assert transport.sent == []


def test_estimate_refuses_none_recipients() -> None:
    with pytest.raises(ValidationError):
        Sms.estimate("hi", None)  # type: ignore[arg-type]
