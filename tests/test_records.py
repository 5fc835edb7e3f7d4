"""Lists of records built from msgspec structs (``cinnox_ext/_records.py``) equal ``from_dict``'s.

``many(Model.from_dict)`` (every list answer) converts the decoded list into structs and makes each
record with the model's generated ``_from_fields``; a list the structs refuse goes through
``from_dict``. These tests hold the two ways to the same records and the same errors, for every model:

- each model's ``_json_fields`` names its properties as ``to_dict`` writes them, with the right
  required flags (a wrong JSON name would leave a property UNSET on the fast way only);
- Hypothesis lists of records (from the attrs fields' types, and from the spec's component schemas)
  with, at random, an additional property, a missing required property or an item that is not an
  object: the result (or the error) is ``from_dict``'s, and the fast way is taken exactly when no item
  needs ``from_dict``;
- a record that breaks ``from_dict`` (a date-time that is not one) breaks the fast way with the same
  error; a subclass's or another function's list goes through ``from_dict``.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cinnox_ext import Cinnox
from cinnox_ext._records import list_parser
from cinnox_ext.errors import ResponseValidationError
from cinnox_ext.models import SmsDetail
from cinnox_ext.resources._endpoints import many
from cinnox_ext.testing.faults import FaultyCinnox

from .test_generated_from_dict import (
    _JSON,
    _SCHEMA_MODELS,
    KNOWN,
    MODELS,
    _additional_type,
    _full,
    _instances,
    _required_keys,
    _schema_records,
    _slow_settings,
)

FIELDED = [cls for cls in MODELS if KNOWN[cls]]


def _outcome(parse: Any, items: list[Any]) -> tuple[str, Any]:
    try:
        return "ok", parse(items)
    except Exception as exc:
        return type(exc).__name__, str(exc)


def _by_from_dict(cls: type[Any], items: list[Any]) -> tuple[str, Any]:
    return _outcome(lambda xs: [cls.from_dict(x) for x in xs], copy.deepcopy(items))


def _check(cls: type[Any], items: list[Any], fast: bool) -> None:
    """``many(cls.from_dict)`` of ``items`` is what from_dict gives; the fast way is taken iff ``fast``."""
    want = _by_from_dict(cls, items)
    payload = copy.deepcopy(items)
    parser = list_parser(cls.from_dict)
    assert parser is not None
    taken = _outcome(parser, copy.deepcopy(items))
    assert (taken[0] != "ok" or taken[1] is not None) == fast, (cls.__name__, items)
    got = _outcome(many(cls.from_dict), payload)
    assert got[0] == want[0], (got, want)
    if want[0] != "ok":
        assert got[1] == want[1]
        return
    assert len(got[1]) == len(want[1])
    for record, expected in zip(got[1], want[1], strict=True):
        assert type(record) is cls
        for f in attrs.fields(cls):
            assert getattr(record, f.name) == getattr(expected, f.name), f"{cls.__name__}.{f.name}"
            assert type(getattr(record, f.name)) is type(getattr(expected, f.name)), f.name
    assert len({id(r.additional_properties) for r in got[1]}) == len(got[1])  # one dict per record
    assert payload == []  # the decoded list is handed over and emptied either way


@pytest.mark.parametrize("cls", FIELDED, ids=lambda c: c.__name__)
def test_each_model_names_its_properties_as_to_dict_writes_them(cls: type[Any]) -> None:
    fields = cls._json_fields
    assert {key for _, key, _ in fields} == KNOWN[cls]
    assert {name for name, _, _ in fields} == {f.name for f in attrs.fields(cls) if f.init}
    assert {key for _, key, required in fields if required} == set(_required_keys(cls))
    # each property read from its own field: a distinct value everywhere comes back where it was
    _check(cls, [_full(cls).to_dict()], fast=True)


def _as_decoded(record: dict[str, Any]) -> dict[str, Any]:
    """A record as the transport hands it over: JSON decoded (date-times as strings, tuples as lists)."""
    decoded: dict[str, Any] = json.loads(json.dumps(record, default=str))
    return decoded


@_slow_settings(200)
@given(data=st.data())
def test_a_list_parses_as_from_dict_parses_each_item(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(FIELDED), label="model")
    records = [
        _as_decoded(i.to_dict()) for i in data.draw(st.lists(_instances(cls), max_size=4), label="records")
    ]
    fast = True
    if records and data.draw(st.booleans(), label="spoil one"):
        index = data.draw(st.integers(0, len(records) - 1), label="index")
        required = _required_keys(cls)
        how = data.draw(st.sampled_from(["extra", "not an object"] + (["drop required"] if required else [])))
        if how == "extra":
            key = data.draw(st.text(max_size=6).filter(lambda k: k not in KNOWN[cls]), label="key")
            extra = _additional_type(cls)
            value = data.draw(_JSON) if extra is Any else _as_decoded(_full(extra).to_dict())
            records[index][key] = value
        elif how == "drop required":
            del records[index][data.draw(st.sampled_from(required), label="dropped")]
        else:
            records[index] = data.draw(_JSON.filter(lambda v: not isinstance(v, dict)), label="item")
        fast = False
    _check(cls, records, fast)


@_slow_settings(100)
@given(data=st.data())
def test_records_from_the_component_schemas_parse_as_from_dict_parses_them(data: st.DataObject) -> None:
    from cinnox_generated import models

    name = data.draw(
        st.sampled_from([n for n in _SCHEMA_MODELS if KNOWN[getattr(models, n)]]), label="schema"
    )
    cls = getattr(models, name)
    records = data.draw(st.lists(_schema_records(name), max_size=3), label="records")
    _check(cls, records, fast=all(KNOWN[cls].issuperset(r) for r in records))


def test_a_record_from_dict_cannot_read_fails_the_same_way() -> None:
    good = {"id": "a", "createdAt": "2025-11-07T02:14:09.000Z"}
    bad = {"id": "b", "createdAt": "yesterday"}
    _check(SmsDetail, [good, bad, good], fast=True)  # the structs take it; the record breaks
    with pytest.raises(ValueError, match="yesterday"):
        many(SmsDetail.from_dict)([good, bad])


def test_only_a_models_own_from_dict_takes_the_fast_way() -> None:
    @attrs.define
    class Sub(SmsDetail):
        added: str = "default"

    assert list_parser(Sub.from_dict) is None  # a subclass is made by its own __init__
    assert list_parser(lambda item: item) is None
    assert list_parser(SmsDetail.to_dict) is None  # type: ignore[arg-type]
    records = many(Sub.from_dict)([{"id": "a"}])
    assert type(records[0]) is Sub and records[0].added == "default"


def test_a_page_keeps_a_records_additional_properties() -> None:
    """End to end: a page where one record has an undocumented key is read through from_dict."""
    with FaultyCinnox(records=3) as server:
        client = Cinnox("app", "token", base_url=server.url, rate_limit=None)
        try:
            plain = list(client.reports.sms_details(page_size=3))
            server.records[1] = {**server.records[1], "newField": {"x": [1]}}
            extra = list(client.reports.sms_details(page_size=3))
            server.records[2] = {**server.records[2], "createdAt": "not a time"}
            with pytest.raises(ResponseValidationError, match="not a time"):
                list(client.reports.sms_details(page_size=3))
        finally:
            client.close()
    assert [r.additional_properties for r in plain] == [{}, {}, {}]
    assert [r.additional_properties for r in extra] == [{}, {"newField": {"x": [1]}}, {}]
    assert [r.id for r in extra] == [r.id for r in plain]
    assert plain[0] == SmsDetail.from_dict(server.records[0])


def _page_client(handler: Any) -> Cinnox:
    import httpx

    return Cinnox(
        "app",
        "token",
        base_url="https://cinnox.test",
        transport=httpx.MockTransport(handler),
        rate_limit=None,
        max_retries=0,
    )


def test_a_page_is_decoded_straight_into_record_structs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The transport decodes a page's records into structs (no dict, no convert), with or without
    per-call options; a second parse of the same raw response (converted from dicts) is equal."""
    import httpx
    import msgspec

    records = [{"id": f"r{i}", "smsID": f"s{i}", "createdAt": "2025-11-07T02:14:09Z"} for i in range(3)]
    client = _page_client(lambda request: httpx.Response(200, json={"code": 0, "result": records}))
    want = [SmsDetail.from_dict(r) for r in records]
    real_convert = msgspec.convert
    with monkeypatch.context() as patched:
        patched.setattr(msgspec, "convert", lambda *a, **k: pytest.fail("converted from dicts"))
        assert list(client.reports.sms_details(page_size=5)) == want
        assert list(client.reports.sms_details(page_size=5, timeout=7, extra_headers={"X-A": "1"})) == want
        raw = client.reports.with_raw_response.sms_details(page_size=5)
        assert raw.parse() == want
    converted: list[object] = []
    monkeypatch.setattr(msgspec, "convert", lambda *a, **k: converted.append(1) or real_convert(*a, **k))
    assert raw.parse() == want and converted == [1]  # decoded again: from dicts this time
    client.close()


@pytest.mark.parametrize(
    ("status", "body"),
    [
        (400, {"code": 6451000, "message": "bad", "result": [{"id": "a"}]}),
        (200, {"code": 6451000, "message": "bad"}),
        (500, {"code": 0, "result": [{"id": "a"}]}),
    ],
)
def test_an_error_answer_keeps_its_body_as_plain_json(status: int, body: dict[str, Any]) -> None:
    import httpx

    from cinnox_ext.errors import CinnoxError

    client = _page_client(lambda request: httpx.Response(status, json=body))
    with pytest.raises(CinnoxError) as caught:
        list(client.reports.sms_details(page_size=5))
    client.close()
    assert getattr(caught.value, "body", None) == body
    assert json.loads(json.dumps(caught.value.body)) == body  # type: ignore[attr-defined]


def test_an_async_page_is_decoded_straight_into_record_structs(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    import httpx
    import msgspec

    from cinnox_ext import AsyncCinnox

    records = [{"id": f"r{i}", "text": "x"} for i in range(3)]

    async def run() -> list[SmsDetail]:
        async with AsyncCinnox(
            "app",
            "token",
            base_url="https://cinnox.test",
            transport=httpx.MockTransport(lambda request: httpx.Response(200, json={"result": records})),
            rate_limit=None,
        ) as client:
            return [r async for r in client.reports.sms_details(page_size=5)]

    monkeypatch.setattr(msgspec, "convert", lambda *a, **k: pytest.fail("converted from dicts"))
    assert asyncio.run(run()) == [SmsDetail.from_dict(r) for r in records]


def test_threads_that_read_a_models_first_pages_at_once_share_one_struct(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Prefetching workers decode a model's first pages together: whichever builds the struct first,
    every page is decoded into the one struct kept, so every parse takes it."""
    import threading

    from cinnox_ext import _records
    from cinnox_ext.models import CallDetail

    monkeypatch.setattr(_records, "_STRUCTS", {})
    barrier = threading.Barrier(4)
    built: list[Any] = []
    real = _records._Structs

    def slow_build(model: type) -> Any:
        barrier.wait(timeout=30)  # all four build at once
        made = real(model)
        built.append(made)
        return made

    monkeypatch.setattr(_records, "_Structs", slow_build)
    kept: list[Any] = []
    threads = [threading.Thread(target=lambda: kept.append(_records._structs(CallDetail))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(built) == 4 and len({id(k) for k in kept}) == 1 and kept[0] is _records._STRUCTS[CallDetail]


def test_a_page_of_records_allocates_one_collected_object_a_record() -> None:
    """500 records from structs allocate 500 objects the garbage collector counts, not 1,000 (an
    empty additional-properties dict each would): under the young generation's threshold of 700, a
    page no longer sets off a collection of its own. Counted with the collector off."""
    import gc

    from cinnox_ext._records import records_decoder

    page = [
        {"id": f"r{i}", "smsID": f"s{i}", "text": "x", "createdAt": "2025-11-07T02:14:09Z"}
        for i in range(500)
    ]
    decoder = records_decoder(SmsDetail.from_dict)
    assert decoder is not None
    content = json.dumps(page).encode()
    parse = many(SmsDetail.from_dict)
    for payload_of, floor in ((lambda: decoder().decode(content), 500), (lambda: json.loads(content), -1000)):
        payload = payload_of()  # from the transport (structs), or decoded dicts (freed while parsed)
        gc.disable()
        try:
            before = gc.get_count()[0]
            records = parse(payload)
            allocated = gc.get_count()[0] - before
        finally:
            gc.enable()
        assert len(records) == 500 and records[0].additional_properties == {}
        assert floor <= allocated < 520, allocated
