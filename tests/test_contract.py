"""Contract tests: the generated client and cinnox_ext against a real Prism serving the spec."""

from __future__ import annotations

import importlib
import inspect
import re
from datetime import UTC, datetime
from typing import Any

import cinnox_generated.models as models
import httpx
import pytest
import yaml
from cinnox_generated import AuthenticatedClient, Client
from cinnox_generated.types import UNSET, Unset

from cinnox_ext import AsyncCinnox, Cinnox
from cinnox_ext.errors import AuthenticationError, InvalidParameterError, ValidationError
from cinnox_ext.mock import PrismMock
from cinnox_ext.resources.subscriptions import EVENT_KINDS

from .resource_calls import CALLS
from .test_spec import SPEC, SPEC_PATH, _resolve, operations

pytestmark = pytest.mark.prism

SNAKE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def snake(name: str) -> str:
    return SNAKE.sub("_", name).lower()


def _schema_name(ref_holder: dict[str, Any]) -> str:
    return ref_holder["$ref"].rsplit("/", 1)[1]


def _call_args(path: str, method: str, op: dict[str, Any]) -> dict[str, Any]:
    """Arguments for the generated function, taken from the spec's own examples."""
    args: dict[str, Any] = {}
    for param in op.get("parameters", []):
        p = _resolve(param)
        if not (p.get("required") or p["in"] == "path"):
            continue
        value = p.get("example", "x")
        if p["schema"].get("format") == "date-time":
            value = datetime.fromisoformat(value)
        args[snake(p["name"])] = value
    if "requestBody" in op:
        body = _resolve(op["requestBody"])["content"]["application/json"]
        model = getattr(models, _schema_name(body["schema"]))
        args["body"] = model.from_dict(next(iter(body["examples"].values()))["value"])
    return args


def _keys(value: Any, prefix: str = "") -> set[str]:
    if isinstance(value, dict):
        out = set()
        for k, v in value.items():
            out.add(prefix + k)
            out |= _keys(v, prefix + k + ".")
        return out
    if isinstance(value, list):
        return set().union(*(_keys(v, prefix) for v in value)) if value else set()
    return set()


def _unset_fields(model: Any, prefix: str = "") -> list[str]:
    found = []
    if hasattr(model, "__attrs_attrs__"):
        for attribute in model.__attrs_attrs__:
            value = getattr(model, attribute.name)
            if isinstance(value, Unset):
                found.append(prefix + attribute.name)
            else:
                found += _unset_fields(value, prefix + attribute.name + ".")
    elif isinstance(model, list):
        for item in model:
            found += _unset_fields(item, prefix)
    return found


OPERATIONS = list(operations())


@pytest.fixture(scope="module")
def generated(prism: PrismMock) -> Client:
    return AuthenticatedClient(base_url=prism.url, token="contract-test-token")


@pytest.mark.parametrize(("path", "method", "op"), OPERATIONS, ids=[o[2]["operationId"] for o in OPERATIONS])
def test_every_operation_through_the_generated_client(
    generated: Client, path: str, method: str, op: dict[str, Any]
) -> None:
    module = importlib.import_module(f"cinnox_generated.api.{op['tags'][0]}.{snake(op['operationId'])}")
    args = _call_args(path, method, op)
    assert set(args) <= set(inspect.signature(module.sync_detailed).parameters)
    response = module.sync_detailed(client=generated, **args)
    assert response.status_code == 200, response.content
    content = _resolve(op["responses"]["200"])["content"]["application/json"]
    model = getattr(models, _schema_name(content["schema"]))
    assert isinstance(response.parsed, model)
    example = next(iter(content["examples"].values()))["value"]
    # Every key of the example survives parsing (nothing silently dropped or left Unset) …
    assert _keys(example) <= _keys(response.parsed.to_dict())
    # … and no attribute is Unset where the example had a value.
    example_keys = {snake(k.rsplit(".", 1)[-1]) for k in _keys(example)}
    unset = [f for f in _unset_fields(response.parsed) if f.rsplit(".", 1)[-1] in example_keys]
    assert not unset, unset


def test_prism_rejects_an_invalid_limit(generated: Client) -> None:
    from cinnox_generated.api.reports import get_sms_details

    response = get_sms_details.sync_detailed("app-1", client=generated, limit=501)
    assert response.status_code == 400
    assert isinstance(response.parsed, models.ErrorResponse)
    assert response.parsed.code == 6451000


def test_prism_rejects_a_missing_token(prism: PrismMock) -> None:
    response = httpx.get(f"{prism.url}/v1/api/apps/app-1/data/sms-detail")
    assert response.status_code == 401


# ----------------------------------------------------------------------------- cinnox_ext

WINDOW = (datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 8, tzinfo=UTC))


def _sync_calls(c: Cinnox) -> dict[str, Any]:
    return {
        "messages.send": lambda: c.messages.send(room_id="room-1", texts=["hi", "there"]),
        "sms.send": lambda: c.sms.send(sender_number="+85230018888", recipients=["+85298765432"], text="hi"),
        "sms.send_otp": lambda: c.sms.send_otp(
            sender_number="CINNOX", recipient_number="+85298765432", text="code %s", pin="123456"
        ),
        "numbers.list": lambda: list(c.numbers.list()),
        "numbers.caller_ids": lambda: c.numbers.caller_ids("eid-1"),
        "numbers.sender_ids": lambda: c.numbers.sender_ids("eid-1"),
        "subscriptions.list": lambda: c.subscriptions.list(),
        **{
            f"subscriptions.enable.{k}": (
                lambda k=k: c.subscriptions.enable(k, "https://hooks.example.com/x")
            )
            for k in EVENT_KINDS
        },
        "subscriptions.disable": lambda: c.subscriptions.disable("call", "https://hooks.example.com/x"),
        "reports.enquiries": lambda: list(c.reports.enquiries(*WINDOW)),
        "reports.enquiry_chat": lambda: c.reports.enquiry_chat("E-20251107-0042"),
        "reports.calls": lambda: list(c.reports.calls(*WINDOW)),
        "reports.call_logs": lambda: list(c.reports.call_logs(*WINDOW)),
        "reports.conferences": lambda: list(c.reports.conferences(*WINDOW)),
        "reports.recording_files": lambda: c.reports.recording_files(call_id="c-1"),
        "reports.sms_details": lambda: list(
            c.reports.sms_details(*WINDOW, status="Submitted", sms_id=["a", "b"])
        ),
        "reports.enquiry_overview": lambda: c.reports.enquiry_overview(*WINDOW),
        "reports.channel_types": lambda: c.reports.channel_types(),
        "reports.channel_type_details": lambda: c.reports.channel_type_details("WHATSAPP"),
        "campaigns.sent": lambda: list(c.campaigns.sent(*WINDOW)),
        "campaigns.messages": lambda: list(c.campaigns.messages("hist-5a6b7c8d9e0f")),
        "reports.transcription_files": lambda: c.reports.transcription_files(call_id="c-1"),
        **{
            f"{area}.{method}": (
                lambda area=area, method=method, args=args, kwargs=kwargs: _listed(
                    getattr(getattr(c, area), method)(*args, **kwargs)
                )
            )
            for area, method, args, kwargs in CALLS
            if area == "management"
        },
    }


def _listed(result: Any) -> Any:
    return result if isinstance(result, list) or not hasattr(result, "__iter__") else list(result)


def _check(name: str, result: Any) -> None:
    assert result, f"{name} returned nothing"
    items = result if isinstance(result, list) else [result]
    for item in items:
        assert hasattr(item, "to_dict"), f"{name} did not return generated models"


class RecordingTransport(httpx.HTTPTransport):
    """Remembers which operation each request hit, so the test proves every operation is reachable."""

    def __init__(self) -> None:
        super().__init__()
        self.hit: set[str] = set()
        self._routes = [
            (op["operationId"], m.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", p) + "$"))
            for p, m, op in operations()
        ]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        for op_id, method, pattern in self._routes:
            if request.method == method and pattern.match(request.url.path):
                self.hit.add(op_id)
        return super().handle_request(request)


def test_every_sync_method_against_prism(prism: PrismMock) -> None:
    recorder = RecordingTransport()
    with Cinnox("app-1", "contract-test-token", base_url=prism.url, transport=recorder) as client:
        for name, call in _sync_calls(client).items():
            _check(name, call())
    assert recorder.hit == {op["operationId"] for _, _, op in operations()}


async def test_every_async_method_against_prism(prism: PrismMock) -> None:
    async with AsyncCinnox("app-1", "contract-test-token", base_url=prism.url) as c:
        _check("messages.send", await c.messages.send(room_id="room-1", texts="hi"))
        _check("sms.send", await c.sms.send(sender_number="CINNOX", recipients="+85298765432", text="hi"))
        _check(
            "sms.send_otp",
            await c.sms.send_otp(
                sender_number="CINNOX", recipient_number="+85298765432", text="%s", pin="ab12"
            ),
        )
        _check("numbers.list", [n async for n in c.numbers.list()])
        _check("numbers.caller_ids", await c.numbers.caller_ids("eid-1"))
        _check("numbers.sender_ids", await c.numbers.sender_ids("eid-1"))
        _check("subscriptions.list", await c.subscriptions.list())
        for kind in EVENT_KINDS:
            _check(kind, await c.subscriptions.enable(kind, "https://hooks.example.com/x"))
        _check("disable", await c.subscriptions.disable("recording", "https://hooks.example.com/x"))
        _check("enquiries", [r async for r in c.reports.enquiries(*WINDOW, prefetch=3)])
        _check("enquiry_chat", await c.reports.enquiry_chat("inq-1"))
        _check("calls", [r async for r in c.reports.calls(*WINDOW)])
        _check("call_logs", [r async for r in c.reports.call_logs(*WINDOW)])
        _check("conferences", [r async for r in c.reports.conferences(*WINDOW)])
        _check("recording_files", await c.reports.recording_files(conference_id="conf-1"))
        _check("sms_details", [r async for r in c.reports.sms_details(*WINDOW, prefetch=2)])
        _check("enquiry_overview", await c.reports.enquiry_overview(*WINDOW))
        _check("overview windows", [w.overview for w in await c.reports.enquiry_overview_by_window(*WINDOW)])
        _check("channel_types", await c.reports.channel_types())
        _check("channel_type_details", await c.reports.channel_type_details("LINE"))
        _check("campaigns.sent", [r async for r in c.campaigns.sent(*WINDOW)])
        _check("campaigns.messages", [r async for r in c.campaigns.messages("hist-1")])
        _check("transcription_files", await c.reports.transcription_files(conference_id="conf-1"))
        for area, method, args, kwargs in CALLS:
            if area != "management":
                continue
            result = getattr(c.management, method)(*args, **kwargs)
            if hasattr(result, "__aiter__"):
                _check(method, [r async for r in result])
            else:
                _check(method, await result)


def test_sms_details_records_match_the_example(prism: PrismMock) -> None:
    with Cinnox("app-1", "t", base_url=prism.url) as client:
        records = list(client.reports.sms_details())
    example = SPEC["paths"]["/v1/api/apps/{appID}/data/sms-detail"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"]["ok"]["value"]["result"]
    assert [r.id for r in records] == [e["id"] for e in example]
    assert records[0].created_at == datetime(2025, 11, 7, 2, 14, 9, tzinfo=UTC)
    assert records[0].segment_count == 2 and records[0].sender == "+85230018888"


def test_prism_errors_become_typed_errors(prism: PrismMock) -> None:
    with Cinnox("app-1", "t", base_url=prism.url) as client:
        # Prism answers a request the spec forbids with the spec's first 400 example (6451000).
        from cinnox_generated.api.reports import get_sms_details

        with pytest.raises(InvalidParameterError) as info:
            get_sms_details.sync_detailed("app-1", client=client._generated, limit=501)
        assert info.value.code == 6451000 and info.value.status_code == 400
        # Our own validation refuses it before any request.
        with pytest.raises(ValidationError):
            client.reports.sms_details(page_size=501)
    raw = httpx.Client(base_url=prism.url)
    with Cinnox("app-1", "t", base_url=prism.url, transport=httpx.HTTPTransport()) as client:
        client._http.auth = None  # no Authorization header at all → Prism's 401
        with pytest.raises(AuthenticationError):
            client.reports.channel_types()
    raw.close()


def test_the_spec_file_the_mock_serves_is_the_repo_spec(prism: PrismMock) -> None:
    assert prism.spec == SPEC_PATH
    assert yaml.safe_load(prism.spec.read_text())["info"]["title"] == "CINNOX Open API"
    assert UNSET is not None


def test_proxy_mode_validates_live_traffic_against_the_spec() -> None:
    """`nox -s proxy -- <base-url>`: Prism in front of a (here: loopback) CINNOX, checking traffic."""
    from cinnox_ext.testing.faults import FaultyCinnox

    with FaultyCinnox(records=3) as upstream, PrismMock(upstream=upstream.url) as proxy:
        with Cinnox("app-1", "t", base_url=proxy.url) as client:
            assert [r.id for r in client.reports.sms_details()] == ["sms-000000", "sms-000001", "sms-000002"]
        # a request the spec does not allow is stopped and reported before it reaches CINNOX
        before = len(upstream.arrivals)
        raw = httpx.get(
            f"{proxy.url}/v1/api/apps/app-1/data/sms-detail",
            params={"limit": 501},
            headers={"Authorization": "Bearer t"},
        )
        assert raw.status_code == 422 and "Invalid request" in raw.text
        assert len(upstream.arrivals) == before


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (3000203, "NotFoundError"),
        (3000205, "NotFoundError"),
        (6450001, "NotFoundError"),
        (6451014, "ApiError"),
    ],
)
def test_management_error_codes_become_typed_errors(code: int, error: str) -> None:
    """The codes the spec added in issue 11 (tag / destination not found, app name conflict)."""
    from cinnox_ext import errors

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"code": code, "message": "Tag not found"})

    transport = httpx.MockTransport(answer)
    client = Cinnox("app-1", "t", base_url="https://x.test", transport=transport, rate_limit=None)
    with client, pytest.raises(errors.ApiError) as info:
        client.management.delete_tag("tag-1")
    assert type(info.value).__name__ == error and info.value.code == code
