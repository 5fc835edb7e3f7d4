"""The resources layer: one declaration per endpoint, read against the spec's operation table.

What each method sends (the operation its declaration names, the spec's path and method), what it
returns (the envelope / records field the spec names, parsed into typed models), raw responses,
per-call options, and what a 2xx body that cannot be read becomes.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import weakref
from enum import Enum
from typing import Any, get_args

import httpx
import pytest

from cinnox_ext import AsyncCinnox, Cinnox, errors, resources
from cinnox_ext._transport import DECODED_JSON
from cinnox_ext.models import SmsDetail
from cinnox_ext.resources import reports, sms, subscriptions
from cinnox_ext.resources._endpoints import (
    Area,
    Call,
    Flow,
    Paged,
    _Endpoint,
    attribute,
    many,
    operation,
    operations,
)

from .resource_calls import CALLS, WINDOW, AsyncSpecTransport, SpecTransport

AREAS = {
    "sms": resources.Sms,
    "messages": resources.Messages,
    "numbers": resources.Numbers,
    "reports": resources.Reports,
    "campaigns": resources.Campaigns,
    "subscriptions": resources.Subscriptions,
    "management": resources.Management,
}


def endpoints() -> list[tuple[str, str, _Endpoint[Any, Any]]]:
    return [
        (area, name, value)
        for area, cls in AREAS.items()
        for name, value in vars(cls).items()
        if isinstance(value, _Endpoint)
    ]


def client(transport: httpx.BaseTransport) -> Cinnox:
    return Cinnox("app-1", "tok", base_url="https://x.test", transport=transport, rate_limit=None)


def run(
    c: Cinnox | AsyncCinnox, area: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Any:
    result = getattr(getattr(c, area), method)(*args, **kwargs)
    if hasattr(result, "__iter__") and not isinstance(result, list):
        return list(result)
    return result


# ----------------------------------------------------------------------------- the declarations and the spec


def test_every_public_method_is_in_the_catalogue() -> None:
    assert {(a, m) for a, m, _ in endpoints()} == {(a, m) for a, m, _, _ in CALLS}


def test_every_operation_of_the_spec_has_a_declaration() -> None:
    declared = {e.operation_id for _, _, e in endpoints()} - {None}
    by_kind = {o.operation_id for o in operations() if o.event_kind and o.method != "GET"}
    assert declared | by_kind == {o.operation_id for o in operations()}


def test_list_declarations_match_the_spec_pagination() -> None:
    for _, name, endpoint in endpoints():
        if endpoint.operation_id is None:
            continue
        op = operation(endpoint.operation_id)
        assert isinstance(endpoint, Paged) == op.paginated, name
        if isinstance(endpoint, Paged):
            params = inspect.signature(endpoint._build).parameters
            assert ("start_at" in params and "end_at" in params) == op.window, name
            assert "page_size" in params and op.style == "offset", name


def test_record_keys_name_attributes_of_the_record_models() -> None:
    client_ = client(SpecTransport())
    for area, method, args, kwargs in CALLS:
        endpoint = vars(AREAS[area])[method]
        if not isinstance(endpoint, Paged):
            continue
        op = operation(endpoint.operation_id or "")
        records = run(client_, area, method, args, kwargs)
        assert records, method
        for field in op.key:
            assert all(hasattr(r, attribute(field)) for r in records), (method, field)


def test_filter_literals_are_the_generated_enums_values() -> None:
    for alias, enum in [
        (reports.SmsStatus, reports.GetSmsDetailsStatus),
        (reports.SmsSource, reports.GetSmsDetailsSource),
        (reports.SmsCarrierStatus, reports.GetSmsDetailsCarrierStatus),
    ]:
        literal, enum_type = get_args(alias)
        assert enum_type is enum and issubclass(enum, Enum)
        assert set(get_args(literal)) == {m.value for m in enum}


def test_event_kinds_are_the_spec_event_kinds() -> None:
    spec_kinds = {o.event_kind for o in operations() if o.event_kind and o.method != "GET"}
    assert set(subscriptions.EVENT_KINDS) == spec_kinds


def test_window_cap_comes_from_the_spec() -> None:
    assert reports.overview_max_window().days == operation("getEnquiryOverviewMatrix").max_window_days == 90


# ----------------------------------------------------------------------------- what is sent and returned


@pytest.mark.parametrize(
    ("area", "method", "args", "kwargs"), CALLS, ids=[f"{a}.{m}" for a, m, _, _ in CALLS]
)
def test_each_method_calls_its_operation_and_returns_models(
    area: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    transport = SpecTransport()
    with client(transport) as c:
        result = run(c, area, method, args, kwargs)
    endpoint = vars(AREAS[area])[method]
    if isinstance(endpoint, Flow):  # several requests to one operation
        expected = "getEnquiryOverviewMatrix"
    else:
        expected = endpoint.operation_id or next(
            o.operation_id for o in operations() if o.event_kind == args[0] and o.method != "GET"
        )
    assert transport.sent and {op for op, _ in transport.sent} == {expected}
    items = result if isinstance(result, list) else [result]
    assert items and all(hasattr(i, "to_dict") or hasattr(i, "overview") for i in items)


@pytest.mark.parametrize(
    ("area", "method", "args", "kwargs"), CALLS, ids=[f"{a}.{m}" for a, m, _, _ in CALLS]
)
def test_async_methods_send_the_same_requests(
    area: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    sync_transport, async_transport = SpecTransport(), AsyncSpecTransport()
    with client(sync_transport) as c:
        expected = run(c, area, method, args, kwargs)

    async def main() -> Any:
        async with AsyncCinnox(
            "app-1", "tok", base_url="https://x.test", transport=async_transport, rate_limit=None
        ) as a:
            result = getattr(getattr(a, area), method)(*args, **kwargs)
            if hasattr(result, "__aiter__"):
                return [r async for r in result]
            return await result

    got = asyncio.run(main())
    assert got == expected
    assert [(op, str(r.url), r.content) for op, r in async_transport.sent] == [
        (op, str(r.url), r.content) for op, r in sync_transport.sent
    ]


def test_sms_details_sends_typed_filters() -> None:
    transport = SpecTransport()
    with client(transport) as c:
        records = list(
            c.reports.sms_details(*WINDOW, 50, status="Submitted", sms_id=["a", "b"], sender="CINNOX")
        )
    assert all(isinstance(r, SmsDetail) for r in records)
    params = transport.sent[0][1].url.params
    assert params["status"] == "Submitted" and params["smsID"] == "a,b" and params["sender"] == "CINNOX"
    assert params["limit"] == "50" and params["offset"] == "0" and params["startAt"].startswith("2025-11-01")


def test_per_call_options_reach_the_request() -> None:
    transport = SpecTransport()
    with client(transport) as c:
        c.reports.channel_types(extra_headers={"X-Trace": "t-1"}, extra_query={"debug": 1}, timeout=5)
        list(c.reports.calls(*WINDOW, extra_headers={"X-Trace": "t-2"}, max_retries=0))
    first, second = transport.sent[0][1], transport.sent[1][1]
    assert first.headers["x-trace"] == "t-1" and first.url.params["debug"] == "1"
    assert second.headers["x-trace"] == "t-2"


# ----------------------------------------------------------------------------- raw responses


def test_raw_response_of_a_call() -> None:
    transport = SpecTransport()
    with client(transport) as c:
        raw = c.sms.with_raw_response.send(sender_number="CINNOX", recipients="+85298765432", text="hi")
        assert raw.status_code == 200 and raw.request_id == "req-1"
        assert raw.headers["content-type"] == "application/json"
        assert isinstance(raw.http_response, httpx.Response)
        assert raw.parse() == c.sms.send(sender_number="CINNOX", recipients="+85298765432", text="hi")


def test_raw_response_of_a_list_is_its_first_page() -> None:
    transport = SpecTransport()
    with client(transport) as c:
        raw = c.reports.with_raw_response.sms_details(*WINDOW, 2)
        assert len(transport.sent) == 1 and transport.sent[0][1].url.params["limit"] == "2"
        assert [r.id for r in raw.parse()] == [r.id for r in c.reports.sms_details(*WINDOW)][
            : len(raw.parse())
        ]


def test_a_parsed_answer_lets_go_of_its_decoded_body() -> None:
    """httpx keeps a response in a reference cycle until the garbage collector runs: once parsed,
    it holds no decoded body (so a page's records are freed with the page), and parsing it again
    decodes it again, to the same result."""
    with client(SpecTransport()) as c:
        raw = c.reports.with_raw_response.sms_details(*WINDOW, 2)
        assert DECODED_JSON in raw.http_response.extensions
        first = raw.parse()
        assert DECODED_JSON not in raw.http_response.extensions
        assert first and raw.parse() == first


def test_the_records_of_a_dropped_page_are_freed_without_the_garbage_collector() -> None:
    gc.disable()
    try:
        with client(SpecTransport()) as c:
            page = next(iter(c.reports.sms_details(*WINDOW, 2).pages()))
            alive = [weakref.ref(record) for record in page.items]
            assert alive
            del page
            assert [ref() for ref in alive] == [None] * len(alive)
    finally:
        gc.enable()


class _Decoded:
    """A decoded item that can be watched with a weak reference (a dict cannot)."""

    def __init__(self, value: int) -> None:
        self.value = value


def test_a_list_frees_each_decoded_item_once_its_record_is_built() -> None:
    """``many`` reads the decoded list it was handed, in order, and lets go of each item once parsed,
    so a page never holds its records and all its decoded dicts at once (each extra object counts
    towards the next collection). Checked with the collector off: only reference counts free them."""
    watched: list[weakref.ref[_Decoded]] = []

    def parse_one(item: _Decoded) -> int:
        alive = [ref() is not None for ref in watched]
        watched.append(weakref.ref(item))
        assert alive == [False] * len(alive), f"items still held while parsing item {item.value}: {alive}"
        return item.value * 10

    gc.disable()
    try:
        payload = [_Decoded(i) for i in range(6)]
        assert many(parse_one)(payload) == [0, 10, 20, 30, 40, 50]
        assert payload == [] and [ref() for ref in watched] == [None] * 6
        assert many(parse_one)([]) == []
    finally:
        gc.enable()


def test_raw_access_to_a_multi_request_method_is_refused() -> None:
    with client(SpecTransport()) as c, pytest.raises(AttributeError, match="several requests"):
        c.reports.with_raw_response.enquiry_overview_by_window  # type: ignore[misc]  # noqa: B018


def test_async_raw_response() -> None:
    async def main() -> None:
        async with AsyncCinnox(
            "app-1", "tok", base_url="https://x.test", transport=AsyncSpecTransport(), rate_limit=None
        ) as a:
            raw = await a.numbers.with_raw_response.caller_ids("eid-1")
            assert raw.status_code == 200 and raw.parse() == await a.numbers.caller_ids("eid-1")

    asyncio.run(main())


# ----------------------------------------------------------------------------- bodies that cannot be read


def _answering(body: bytes, content_type: str = "application/json") -> SpecTransport:
    return SpecTransport(
        lambda op, r: httpx.Response(200, content=body, headers={"content-type": content_type})
    )


@pytest.mark.parametrize(
    "body",
    [
        b"OK",
        b'{"serviceId": "s", "status": tru',
        b"",
        b'{"serviceId": null, "status": null, "transactionId": null}',
        b'{"serviceId": "s", "status": true}',
        b'{"serviceId": 5, "status": true, "transactionId": ["x"], "extra": 1}',
        b"[1, 2]",
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_an_unreadable_answer_to_a_send_may_have_been_sent(body: bytes) -> None:
    with client(_answering(body)) as c, pytest.raises(errors.ResponseValidationError) as info:
        c.sms.send(sender_number="CINNOX", recipients="+85298765432", text="hi")
    assert info.value.may_have_been_sent is True
    assert info.value.response is not None and info.value.response.content == body


def test_an_unreadable_answer_to_a_get_keeps_the_response() -> None:
    bad = json.dumps({"code": 0, "result": [{"id": 1, "createdAt": "yesterday"}]}).encode()
    with client(_answering(bad)) as c:
        with pytest.raises(errors.ResponseValidationError) as info:
            list(c.reports.sms_details())
        assert info.value.may_have_been_sent is False and info.value.response is not None
        assert "getSmsDetails" in str(info.value)
    with client(_answering(b'{"code": 0, "data": []}')) as c, pytest.raises(errors.ResponseValidationError):
        c.reports.channel_types()  # the spec's envelope field is missing


def test_areas_repr_and_modes() -> None:
    with client(SpecTransport()) as c:
        assert "Reports[Sync]" in repr(c.reports) and "app-1" in repr(c.reports)
        assert "Reports[SyncRaw]" in repr(c.reports.with_raw_response)
        assert isinstance(c.reports, Area)
    assert isinstance(vars(resources.Reports)["enquiry_overview_by_window"], Flow)
    assert isinstance(vars(resources.Sms)["send"], Call)
    assert sms.MAX_PARTS == 255 and sms.DEFAULT_MAX_SEGMENTS == 10


def test_a_success_body_is_decoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The transport's decoded JSON is what the resources parse (issue 12: no second decode)."""

    def no_second_decode(self: httpx.Response, **kwargs: Any) -> Any:
        raise AssertionError("the body was decoded twice")

    with client(SpecTransport()) as c:
        monkeypatch.setattr(httpx.Response, "json", no_second_decode)
        assert list(c.reports.sms_details(*WINDOW)) and c.numbers.caller_ids("eid-1")


@pytest.mark.parametrize(
    ("area", "method", "args", "kwargs"), CALLS, ids=[f"{a}.{m}" for a, m, _, _ in CALLS]
)
def test_an_unknown_keyword_is_refused_by_every_method(
    area: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    transport = SpecTransport()
    with client(transport) as c, pytest.raises(errors.ValidationError, match=r"unknown .* 'colour'"):
        run(c, area, method, args, {**kwargs, "colour": "red"})
    assert transport.sent == []
