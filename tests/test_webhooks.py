"""Webhook parsing (spec examples, generated payloads, mutations) and the ASGI receiver."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import threading
import time
import typing
from typing import Any

import httpx
import pytest
import uvicorn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from cinnox_ext._net import free_port
from cinnox_ext.errors import ValidationError, WebhookPayloadError
from cinnox_ext.webhooks import (
    EVENT_EXAMPLES,
    EVENT_KINDS,
    CallEnded,
    CallStarted,
    ConferenceEnded,
    ContactChanged,
    EnquiryLabelsChanged,
    EnquiryStatusChanged,
    InboundSms,
    LabelChanged,
    OutboundSmsStatus,
    RecordingFile,
    UrlVerification,
    WebhookEvent,
    WebhookReceiver,
    event_kind,
    example_payload,
    parse_event,
    serve_in_background,
)

from .test_spec import SPEC
from .test_spec import inline_refs as _inline

#: (kind, example) -> the event class it parses into
EXPECTED = {
    ("url_verification", "challenge"): UrlVerification,
    ("call", "callStart"): CallStarted,
    ("call", "callStartCalleeList"): CallStarted,
    ("call", "callEnd"): CallEnded,
    ("inbound_sms", "inbound"): InboundSms,
    ("outbound_sms", "delivered"): OutboundSmsStatus,
    ("outbound_sms", "rejected"): OutboundSmsStatus,
    ("enquiry", "opened"): EnquiryStatusChanged,
    ("recording", "success"): RecordingFile,
    ("recording", "failed"): RecordingFile,
    ("conference", "ended"): ConferenceEnded,
    ("contact", "edited"): ContactChanged,
    ("external_contact", "created"): ContactChanged,
    ("staff_contact", "created"): ContactChanged,
    ("label", "created"): LabelChanged,
    ("enquiry_label", "labelled"): EnquiryLabelsChanged,
    ("tdr", "submitted"): OutboundSmsStatus,
}
SCHEMA_KIND = {
    "UrlVerificationChallenge": UrlVerification,
    "CallStartEvent": CallStarted,
    "CallEndEvent": CallEnded,
    "InboundSmsEvent": InboundSms,
    "OutboundSmsEvent": OutboundSmsStatus,
    "EnquiryEvent": EnquiryStatusChanged,
    "RecordingFileEvent": RecordingFile,
    "ConferenceEndEvent": ConferenceEnded,
    "ContactEvent": ContactChanged,
    "ExternalContactEvent": ContactChanged,
    "StaffContactEvent": ContactChanged,
    "LabelEvent": LabelChanged,
    "EnquiryLabelEvent": EnquiryLabelsChanged,
}


def all_webhook_examples() -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for hook, item in SPEC["webhooks"].items():
        for name, ex in item["post"]["requestBody"]["content"]["application/json"]["examples"].items():
            out.append((hook, name, ex["value"]))
    return out


@pytest.mark.parametrize(
    ("hook", "name", "payload"), all_webhook_examples(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_spec_example_parses(hook: str, name: str, payload: dict[str, Any]) -> None:
    for body in (payload, json.dumps(payload), json.dumps(payload).encode()):
        event = parse_event(body)
        assert event.payload() == payload


def test_trigger_examples_cover_every_kind_under_one_name() -> None:
    assert {(k, e) for k, names in EVENT_EXAMPLES.items() for e in names} == set(EXPECTED)
    # Subscriptions whose deliveries share another kind's payload: the event names the payload's kind.
    shared = {"external_contact": "contact", "staff_contact": "contact", "tdr": "outbound_sms"}
    for (kind, example), cls in EXPECTED.items():
        event = parse_event(example_payload(kind, example))
        assert isinstance(event, cls) and event.kind == shared.get(kind, kind) == type(event).kind
    # the SDK's subscription kinds are the event classes' kinds
    from cinnox_ext.resources.subscriptions import EventKind

    assert set(typing.get_args(EventKind)) == set(EVENT_KINDS) - {"url_verification"}


@pytest.mark.parametrize(
    ("alias", "kind", "cls"),
    [
        ("challenge", "url_verification", UrlVerification),
        ("outbound-sms", "outbound_sms", OutboundSmsStatus),
        ("Outbound-SMS-rejected", "outbound_sms", OutboundSmsStatus),
        ("call-end", "call", CallEnded),
        ("call_start", "call", CallStarted),
        ("recording-failed", "recording", RecordingFile),
        ("conference-end", "conference", ConferenceEnded),
        ("inbound-sms", "inbound_sms", InboundSms),
    ],
)
def test_hyphenated_and_older_names_are_aliases(alias: str, kind: str, cls: type) -> None:
    assert event_kind(alias)[0] == kind
    assert isinstance(parse_event(example_payload(alias)), cls)


def test_unknown_kinds_and_examples_are_refused() -> None:
    with pytest.raises(ValidationError, match="unknown event kind"):
        example_payload("nope")
    with pytest.raises(ValidationError, match="no example"):
        example_payload("call", "nope")


@pytest.mark.parametrize("schema_name", sorted(SCHEMA_KIND))
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_payloads_generated_from_the_schemas_parse(schema_name: str, data: st.DataObject) -> None:
    schema = _inline(SPEC["components"]["schemas"][schema_name])
    payload = data.draw(from_schema(schema))
    event = parse_event(typing.cast(dict[str, Any], payload))
    assert isinstance(event, SCHEMA_KIND[schema_name])
    json.dumps(payload)  # the raw payload stays what was sent


def _mutations(payload: Any) -> st.SearchStrategy[Any]:
    junk = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False),
        st.text(max_size=5),
        st.lists(st.integers(), max_size=2),
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    )

    def mutate(draw: Any) -> Any:
        value = copy.deepcopy(payload)
        paths: list[list[str]] = []

        def walk(node: Any, path: list[str]) -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    paths.append([*path, k])
                    walk(v, [*path, k])

        walk(value, [])
        for _ in range(draw(st.integers(1, 3))):
            path = draw(st.sampled_from(paths))
            parent = value
            for key in path[:-1]:
                parent = parent.get(key) if isinstance(parent, dict) else None
            if not isinstance(parent, dict) or path[-1] not in parent:
                continue
            if draw(st.booleans()):
                del parent[path[-1]]
            else:
                parent[path[-1]] = draw(junk)
        return value

    return st.composite(lambda draw: mutate(draw))()


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_mutated_payloads_raise_only_webhook_payload_error(data: st.DataObject) -> None:
    kind, example = data.draw(st.sampled_from(sorted(EXPECTED)))
    payload = data.draw(_mutations(example_payload(kind, example)))
    try:
        event = parse_event(payload)
    except WebhookPayloadError as e:
        assert str(e)
    else:
        assert event.kind  # a still-valid payload parses into some event


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_garbage_raises_only_webhook_payload_error(body: bytes | str) -> None:
    with contextlib.suppress(WebhookPayloadError):
        parse_event(body)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b"{not json", "not JSON"),
        (b"[1, 2]", "JSON object"),
        (b"{}", "not a CINNOX event"),
        (json.dumps({"message": {"status": "CallStart"}}), "missing 'id'"),
        (json.dumps({"message": {"id": "c1", "status": "Ringing"}}), "unknown event"),
        (json.dumps({"Type": "tdr", "Status": "Delivered"}), "TransactionID"),
        (json.dumps({"type": "inquiry", "status": "Opened"}), "eid"),
        (json.dumps({"challenge": ""}), "challenge is empty"),
        (json.dumps({"message": {"id": 5, "status": "CallEnd"}}), "must be a string"),
        (json.dumps({"id": "in-1", "senderNumber": True, "recipientNumber": 1}), "number or a string"),
        (12, "bytes, str or a mapping"),
    ],
)
def test_invalid_bodies_say_why(body: Any, reason: str) -> None:
    with pytest.raises(WebhookPayloadError, match=reason):
        parse_event(body)


def test_liberal_where_the_docs_are_ambiguous() -> None:
    call = parse_event(
        {
            "message": {
                "id": "c1",
                "status": "CallStart",
                "caller": {"number": 85298765432},
                "callees": [{"eid": "e1", "number": "+85230018888"}, {"number": "85230018889"}],
            }
        }
    )
    assert isinstance(call, CallStarted)
    assert call.caller is not None and call.caller.number == "+85298765432"
    assert [c.number for c in call.callees] == ["+85230018888", "+85230018889"]
    single = parse_event(
        {"message": {"id": "c1", "status": "CallStart", "callees": {"eid": "e1", "number": 123456789}}}
    )
    assert isinstance(single, CallStarted) and single.callees[0].number == "+123456789"
    tdr = parse_event(
        {
            "Type": "TDR",
            "TransactionID": "t1",
            "Status": "SomethingNew",
            "RecipientNumber": "85298765432",
            "Carrier": "X",
        }
    )
    assert isinstance(tdr, OutboundSmsStatus) and tdr.status == "SomethingNew" and not tdr.failed
    assert tdr.raw["Carrier"] == "X"  # unknown fields are kept
    with pytest.raises(TypeError):
        tdr.raw["Carrier"] = "Y"  # type: ignore[index]  # and immutable
    enquiry = parse_event({"type": "inquiry", "eid": "e", "status": "Escalated", "channel": "TELEGRAM"})
    assert isinstance(enquiry, EnquiryStatusChanged) and enquiry.channel == "TELEGRAM"
    rec = parse_event(
        {
            "type": "message",
            "challenge": "",
            "message": {"type": "conference", "status": "partial", "id": "conf-1"},
        }
    )
    assert isinstance(rec, RecordingFile) and not rec.succeeded and rec.source == "conference"


# ----------------------------------------------------------------------------- the receiver


class Recorder:
    def __init__(self, fail: bool = False) -> None:
        self.events: list[WebhookEvent] = []
        self.threads: list[str] = []
        self.fail = fail

    def __call__(self, event: WebhookEvent) -> None:
        self.threads.append(threading.current_thread().name)
        if self.fail:
            raise RuntimeError("boom")
        self.events.append(event)


async def post(
    app: WebhookReceiver, body: Any, *, path: str = "/hook?token=s3cret", method: str = "POST", **kw: Any
) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver.test") as client:
        content = body if isinstance(body, (bytes, str)) else json.dumps(body)
        return await client.request(method, path, content=content, **kw)


async def test_receiver_answers_the_challenge_without_calling_the_handler() -> None:
    recorder = Recorder()
    response = await post(WebhookReceiver(recorder, secret="s3cret"), {"challenge": "abc-123"})
    assert response.status_code == 200
    assert response.json() == {"code": 0, "result": {"challenge": "abc-123"}}
    assert recorder.events == []


async def test_receiver_hands_events_to_sync_and_async_handlers() -> None:
    recorder = Recorder()
    response = await post(WebhookReceiver(recorder, secret="s3cret"), example_payload("outbound-sms"))
    assert response.status_code == 200 and response.json() == {"code": 0}
    assert isinstance(recorder.events[0], OutboundSmsStatus)
    assert recorder.threads[0] != threading.current_thread().name  # sync handlers run off the loop
    seen: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        await asyncio.sleep(0)
        seen.append(event)

    assert (
        await post(WebhookReceiver(handler), example_payload("call-start"), path="/hook")
    ).status_code == 200
    assert isinstance(seen[0], CallStarted)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/hook", 401),
        ("/hook?token=", 401),
        ("/hook?token=wrong", 403),
        ("/hook?token=s3cre", 403),
        ("/hook?token=s3cret", 200),
    ],
)
async def test_receiver_checks_the_shared_secret(path: str, status: int) -> None:
    recorder = Recorder()
    response = await post(WebhookReceiver(recorder, secret="s3cret"), example_payload("enquiry"), path=path)
    assert response.status_code == status
    assert bool(recorder.events) == (status == 200)


async def test_receiver_refuses_what_is_not_a_delivery(caplog: pytest.LogCaptureFixture) -> None:
    app = WebhookReceiver(Recorder(), secret="s3cret", max_body=1000)
    assert (await post(app, b"", method="GET")).status_code == 405
    assert (await post(app, b"{nope")).status_code == 400
    assert "not JSON" in (await post(app, b"{nope")).json()["message"]
    assert (await post(app, {"hello": "world"})).status_code == 400
    big = json.dumps({"challenge": "x" * 2000})
    assert (await post(app, big)).status_code == 413

    async def endless() -> Any:
        for _ in range(10_000):
            yield b"x" * 1000  # 10 MB if it were all read

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://r.test") as client:
        response = await client.post("/hook?token=s3cret", content=endless())
    assert response.status_code == 413
    failing = WebhookReceiver(Recorder(fail=True))
    with caplog.at_level(logging.ERROR, logger="cinnox_ext.webhooks"):
        response = await post(failing, example_payload("call-end"), path="/hook")
    assert response.status_code == 500
    assert "handler failed" in caplog.text and "boom" in caplog.text
    assert "s3cret" not in caplog.text


def test_receiver_under_a_real_uvicorn() -> None:
    recorder = Recorder(fail=False)
    port = free_port()
    config = uvicorn.Config(
        WebhookReceiver(recorder, secret="s3cret"),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        url = f"http://127.0.0.1:{port}/cinnox"
        with httpx.Client() as client:
            assert client.post(url, params={"token": "s3cret"}, json={"challenge": "c1"}).json()[
                "result"
            ] == {"challenge": "c1"}
            assert (
                client.post(url, params={"token": "s3cret"}, json=example_payload("inbound-sms")).status_code
                == 200
            )
            assert (
                client.post(url, params={"token": "nope"}, json=example_payload("inbound-sms")).status_code
                == 403
            )
            assert client.post(url, params={"token": "s3cret"}, content=b"\xff").status_code == 400
            recorder.fail = True
            assert (
                client.post(url, params={"token": "s3cret"}, json=example_payload("call-end")).status_code
                == 500
            )
            recorder.fail = False
            assert (
                client.post(url, params={"token": "s3cret"}, json=example_payload("recording")).status_code
                == 200
            )  # still serving
        assert [type(e) for e in recorder.events] == [InboundSms, RecordingFile]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive()


async def test_receiver_mounted_in_starlette(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CINNOX_WEBHOOK_SECRET", "s3cret")
    import importlib

    import examples.webhooks_starlette as example

    example = importlib.reload(example)
    transport = httpx.ASGITransport(app=example.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://app.test") as client:
        challenge = await client.post("/cinnox/webhooks/?token=s3cret", json={"challenge": "m1"})
        assert challenge.json() == {"code": 0, "result": {"challenge": "m1"}}
        assert (
            await client.post("/cinnox/webhooks/?token=s3cret", json=example_payload("enquiry"))
        ).status_code == 200
        assert (await client.post("/cinnox/webhooks/", json=example_payload("enquiry"))).status_code == 401
        assert (await client.get("/health")).text == "ok, 1 events"


def test_ack_first_answers_before_the_handler_finishes() -> None:
    """The handler blocks until the test has its answer: only an early answer lets this finish."""
    answered = threading.Event()
    handled: list[WebhookEvent] = []

    def slow_handler(event: WebhookEvent) -> None:
        assert answered.wait(timeout=20), "the receiver waited for the handler before answering"
        handled.append(event)

    with serve_in_background(WebhookReceiver(slow_handler, ack_first=True)) as url:
        response = httpx.post(f"{url}/", json=example_payload("recording"), timeout=10)
        assert response.status_code == 200 and handled == []
        answered.set()
        deadline = time.monotonic() + 10
        while not handled and time.monotonic() < deadline:
            time.sleep(0.02)
        assert isinstance(handled[0], RecordingFile)


# ----------------------------------------------------------------------------- hostile bodies

DEEP_BODIES = [
    pytest.param(b'{"a":' * 100_000 + b"1" + b"}" * 100_000, id="object-100000-deep"),
    pytest.param(b"[" * 100_000 + b"]" * 100_000, id="list-100000-deep"),
    pytest.param(b'{"challenge":' + b"[" * 4_000 + b"]" * 4_000 + b"}", id="8KB-4000-deep"),
    pytest.param(b'{"message":' * 65 + b"{}" + b"}" * 65, id="just-over-the-limit"),
]


@pytest.mark.parametrize("body", DEEP_BODIES)
def test_deeply_nested_bodies_are_payload_errors(body: bytes) -> None:
    with pytest.raises(WebhookPayloadError, match="nested"):
        parse_event(body)
    with pytest.raises(WebhookPayloadError, match="nested"):
        parse_event(body.decode())


def test_deeply_nested_mappings_are_payload_errors() -> None:
    deep: dict[str, Any] = {}
    for _ in range(100_000):
        deep = {"message": deep}
    with pytest.raises(WebhookPayloadError, match="nested"):
        parse_event(deep)


@pytest.mark.parametrize("body", DEEP_BODIES)
async def test_receiver_answers_400_to_deep_bodies(body: bytes, caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder()
    app = WebhookReceiver(recorder, max_body=2_000_000)
    with caplog.at_level(logging.DEBUG):
        response = await post(app, body, path="/hook")
    assert response.status_code == 400 and "nested" in response.json()["message"]
    assert not recorder.events and "Traceback" not in caplog.text


def test_a_real_server_answers_400_to_deep_bodies(capfd: pytest.CaptureFixture[str]) -> None:
    with serve_in_background(WebhookReceiver(Recorder(), max_body=2_000_000)) as url:
        for param in DEEP_BODIES:
            response = httpx.post(f"{url}/hook", content=typing.cast(bytes, param.values[0]), timeout=30)
            assert response.status_code == 400, response.text
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({1: "x"}, "keys must be strings"),
        ({"challenge": "x", 2: "y"}, "keys must be strings"),
        ({"challenge": object()}, "not a JSON value"),
        ({"message": {"status": "CallEnd", "id": ["c1"]}}, "must be a string"),
        ({"message": [1]}, "message must be an object"),
        ({"Type": "tdr", "TransactionID": 5, "Status": "Delivered"}, "must be a string"),
        (b'{"challenge": NaN}', "strict JSON"),
        (b'{"challenge": Infinity}', "strict JSON"),
        ([("challenge", "x")], "bytes, str or a mapping"),
        (None, "bytes, str or a mapping"),
        (3.5, "bytes, str or a mapping"),
    ],
)
def test_wrong_types_are_payload_errors(body: Any, reason: str) -> None:
    with pytest.raises(WebhookPayloadError, match=reason):
        parse_event(body)


_json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_keys = st.sampled_from(
    ["message", "status", "id", "type", "Type", "challenge", "TransactionID", "Status", "senderNumber",
     "recipientNumber", "eventDescription", "eid", "callees", "caller", "number", "eid", "serviceId"]
) | st.text(max_size=8)  # fmt: skip
_values = st.recursive(
    _json_scalars | st.sampled_from(["CallStart", "CallEnd", "conference_end", "tdr", "inquiry"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_keys, children, max_size=5),
    max_leaves=30,
)
_anything = (
    _values
    | st.dictionaries(st.integers() | st.none() | st.floats(), _values, min_size=1, max_size=3)
    | st.dictionaries(_keys, st.builds(object) | st.sets(st.integers()) | st.binary(), min_size=1)
    | _values.map(lambda v: json.dumps(v))
    | _values.map(lambda v: json.dumps(v).encode())
    | st.binary(max_size=100)
    | st.builds(bytearray, st.binary(max_size=50))
    | st.tuples(st.integers())
)


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_anything)
def test_any_input_gives_an_event_or_a_payload_error(body: Any) -> None:
    try:
        event = parse_event(body)
    except WebhookPayloadError as e:
        assert str(e)
    else:
        assert event.kind in EVENT_KINDS


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    body=_anything.filter(lambda v: isinstance(v, str | bytes | bytearray))
    | _values.map(lambda v: json.dumps(v, allow_nan=True))
    | st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    path=st.sampled_from(["/hook", "/hook?token=s3", "/hook?token=no", "/?token="]),
)
def test_the_receiver_answers_any_body_without_a_500(body: str | bytes | bytearray, path: str) -> None:
    recorder = Recorder()
    app = WebhookReceiver(recorder, secret="s3", max_body=100_000)
    response = asyncio.run(post(app, bytes(body) if isinstance(body, bytearray) else body, path=path))
    assert response.status_code in (200, 400, 401, 403, 413), response.text
    assert response.status_code == 200 or not recorder.events
    assert response.json()["code"] in (0, 400, 401, 403, 413)
