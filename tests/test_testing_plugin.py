"""cinnox_ext.testing: the in-process mock (routing, validation, overrides, records) and the pytest plugin."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cinnox_ext import AsyncCinnox, Cinnox, errors
from cinnox_ext._spec import load_spec
from cinnox_ext.mock import PrismMock
from cinnox_ext.testing import MockTransport, SpecViolation, WebhookDeliverer
from cinnox_ext.testing.plugin import TEST_APP_ID, no_wait_retry_policy
from cinnox_ext.webhooks import OutboundSmsStatus, WebhookEvent, WebhookReceiver

from .conftest import require

pytest_plugins = ["pytester"]

BASE = "https://cinnox.test"
APP = "/v1/api/apps/app-1"
AUTH = {"Authorization": "Bearer t"}
WINDOW = (datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 8, tzinfo=UTC))
SEND = {"sender_number": "+85230018888", "recipients": ["+85298765432"], "text": "hi"}


def raw(mock: MockTransport) -> httpx.Client:
    return httpx.Client(transport=mock, base_url=BASE, headers=AUTH)


# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "operation", "location", "parameter", "rule"),
    [
        ("GET", "/data/sms-detail", {"params": {"limit": 501}}, "getSmsDetails", "query", "limit", "maximum"),
        ("GET", "/data/sms-detail", {"params": {"limit": -1}}, "getSmsDetails", "query", "limit", "minimum"),
        ("GET", "/data/sms-detail", {"params": {"limit": "ten"}}, "getSmsDetails", "query", "limit", "type"),
        (
            "GET",
            "/data/sms-detail",
            {"params": {"offset": -1}},
            "getSmsDetails",
            "query",
            "offset",
            "minimum",
        ),
        (
            "GET",
            "/data/sms-detail",
            {"params": {"status": "Sent"}},
            "getSmsDetails",
            "query",
            "status",
            "enum",
        ),
        (
            "GET",
            "/data/sms-detail",
            {"params": {"startAt": "yesterday"}},
            "getSmsDetails",
            "query",
            "startAt",
            "format",
        ),
        (
            "GET",
            "/data/enquiry-overview",
            {"params": {"endAt": "2025-11-08T00:00:00Z"}},
            "getEnquiryOverviewMatrix",
            "query",
            "startAt",
            "required",
        ),
        (
            "POST",
            "/send_sms",
            {"json": {"senderNumber": "x", "text": "hi"}},
            "sendSms",
            "body",
            "recipientNumbers",
            "required",
        ),
        (
            "POST",
            "/send_sms",
            {"json": {"senderNumber": "x", "text": "hi", "recipientNumbers": []}},
            "sendSms",
            "body",
            "recipientNumbers",
            "minItems",
        ),
        (
            "POST",
            "/send_otp",
            {"json": {"senderNumber": "A", "recipientNumber": "+85298765432", "text": "%s", "pin": "12-34"}},
            "sendOtp",
            "body",
            "pin",
            "pattern",
        ),
        ("POST", "/send_sms", {}, "sendSms", "body", None, "required"),
        (
            "POST",
            "/send_sms",
            {"content": b"hi", "headers": {"Content-Type": "text/plain"}},
            "sendSms",
            "body",
            None,
            "content-type",
        ),
        (
            "POST",
            "/send_sms",
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            "sendSms",
            "body",
            None,
            "json",
        ),
        ("GET", "/nowhere", {}, None, "route", None, "route"),
        ("DELETE", "/data/sms-detail", {}, None, "route", None, "method"),
    ],
)
def test_a_request_the_spec_refuses_raises_with_the_spec_reason(
    method: str,
    path: str,
    kwargs: dict[str, Any],
    operation: str | None,
    location: str,
    parameter: str | None,
    rule: str,
) -> None:
    mock = MockTransport()
    with raw(mock) as client, pytest.raises(SpecViolation) as info:
        client.request(method, APP + path, **kwargs)
    violation = info.value
    assert isinstance(violation, AssertionError)
    assert (violation.operation_id, violation.location, violation.parameter, violation.rule) == (
        operation,
        location,
        parameter,
        rule,
    )
    assert violation.reason and violation.reason in str(violation)
    if operation:
        assert str(violation).startswith(f"{operation}: ")
    assert mock.violations == [violation]
    assert mock.calls[-1].error is violation


def test_a_missing_token_is_refused() -> None:
    mock = MockTransport()
    with httpx.Client(transport=mock, base_url=BASE) as client, pytest.raises(SpecViolation) as info:
        client.get(APP + "/data/sms-detail")
    assert (info.value.location, info.value.rule) == ("security", "security")
    # webhooks and operations with `security: []` need none; a Basic header is not a Bearer token
    with httpx.Client(transport=mock, base_url=BASE, auth=("a", "b")) as client, pytest.raises(SpecViolation):
        client.get(APP + "/data/sms-detail")


def test_the_reason_names_operation_parameter_and_rule() -> None:
    with Cinnox("app-1", "t", base_url=BASE, transport=MockTransport(), rate_limit=None) as client:
        from cinnox_generated.api.reports import get_sms_details

        with pytest.raises(SpecViolation) as info:
            get_sms_details.sync_detailed("app-1", client=client._generated, limit=501)
    assert str(info.value) == (
        "getSmsDetails: query parameter 'limit' violates the spec (maximum): 501 is greater than the maximum of 500"
    )


@given(limit=st.integers(min_value=-(2**40), max_value=2**40), offset=st.integers(-5, 10**9))
def test_query_bounds_are_the_specs(limit: int, offset: int) -> None:
    mock = MockTransport()
    allowed = 0 <= limit <= 500 and offset >= 0
    with raw(mock) as client:
        try:
            response = client.get(APP + "/data/sms-detail", params={"limit": limit, "offset": offset})
        except SpecViolation as e:
            assert not allowed and e.parameter in ("limit", "offset")
        else:
            assert allowed and response.status_code == 200
            assert mock.calls[-1].query == {"limit": limit, "offset": offset}


@given(status=st.text(max_size=12))
def test_enum_parameters_accept_exactly_their_values(status: str) -> None:
    mock = MockTransport()
    with raw(mock) as client:
        try:
            client.get(APP + "/data/sms-detail", params={"status": status})
        except SpecViolation as e:
            assert status not in ("Submitted", "Rejected") and e.rule == "enum"
        else:
            assert status in ("Submitted", "Rejected")


def test_every_operation_is_routed_and_answers_its_example() -> None:
    """Driven by the spec: each operation's path (path params filled), method and 2xx example."""
    from cinnox_ext.testing._spec_index import default_index

    index = default_index()
    assert len(index.operations) >= 25
    for operation in index.operations.values():
        path = operation.path.replace("{appID}", "app-1")
        for name in operation.path_names:
            path = path.replace("{" + name + "}", f"{name}-1")
        found, params, _ = index.match(operation.method, path)
        assert found is operation, (operation.operation_id, found and found.operation_id)
        assert params.get("appID", "app-1") == "app-1"
        assert operation.success.status // 100 == 2


def test_the_mock_follows_the_spec_it_is_given() -> None:
    """A new operation in the spec is routed, validated and answered with no code change."""
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/v1/api/apps/{appID}/widgets/{widgetID}"] = {
        "get": {
            "operationId": "getWidget",
            "parameters": [
                {"$ref": "#/components/parameters/AppID"},
                {"name": "widgetID", "in": "path", "required": True, "schema": {"type": "integer"}},
                {
                    "name": "colour",
                    "in": "query",
                    "schema": {"type": "array", "items": {"enum": ["red", "blue"]}},
                },
            ],
            "responses": {
                "200": {"content": {"application/json": {"example": {"code": 0, "result": {"id": 7}}}}}
            },
        }
    }
    mock = MockTransport(spec)
    with raw(mock) as client:
        response = client.get(APP + "/widgets/7", params=[("colour", "red"), ("colour", "blue")])
        assert response.json() == {"code": 0, "result": {"id": 7}}
        assert mock.calls_to("getWidget")[0].path_params == {"appID": "app-1", "widgetID": 7}
        assert mock.calls_to("getWidget")[0].query == {"colour": ["red", "blue"]}
        with pytest.raises(SpecViolation, match=r"'widgetID'.*type"):
            client.get(APP + "/widgets/seven")
        with pytest.raises(SpecViolation, match=r"'colour'.*enum"):
            client.get(APP + "/widgets/7", params={"colour": "green"})


# ----------------------------------------------------------------------------- answers and overrides


def test_answers_are_the_specs_examples_and_calls_are_recorded(
    cinnox_client: Cinnox, cinnox_mock: MockTransport
) -> None:
    records = list(cinnox_client.reports.sms_details(*WINDOW, status="Submitted"))
    example = load_spec()["paths"]["/v1/api/apps/{appID}/data/sms-detail"]["get"]["responses"]["200"][
        "content"
    ]["application/json"]["examples"]["ok"]["value"]["result"]
    assert [r.id for r in records] == [e["id"] for e in example]
    (call,) = cinnox_mock.calls_to("getSmsDetails")
    assert call.method == "GET" and call.path == "/v1/api/apps/test-app/data/sms-detail"
    assert call.query["limit"] == 500 and call.query["status"] == "Submitted"
    assert datetime.fromisoformat(call.query["startAt"]) == WINDOW[0]
    assert call.response is not None and call.response.status_code == 200
    assert call.headers["authorization"] == "Bearer test-token"
    cinnox_client.sms.send(**SEND)
    assert cinnox_mock.on("sendSms").calls[0].body == {
        "senderNumber": "+85230018888",
        "recipientNumbers": ["+85298765432"],
        "text": "hi",
    }
    assert [c.operation_id for c in cinnox_mock.calls] == ["getSmsDetails", "sendSms"]


def test_throttled_once_then_sent(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=6451010, headers={"Retry-After": "0"}, times=1)
    sent = cinnox_client.sms.send(**SEND)
    assert sent.transaction_id
    calls = cinnox_mock.calls_to("sendSms")
    assert [c.response.status_code for c in calls if c.response] == [400, 200]
    assert calls[0].response is not None and calls[0].response.json() == {
        "code": 6451010,
        "message": "Too many requests",
    }
    assert calls[0].response.headers["retry-after"] == "0"


def test_throttled_every_time_raises_rate_limit_error(
    cinnox_client: Cinnox, cinnox_mock: MockTransport
) -> None:
    cinnox_mock.on("getChannelTypeList").respond(429)  # the spec's 429 example: 6451010
    with pytest.raises(errors.RateLimitError) as info:
        cinnox_client.reports.channel_types()
    assert info.value.code == 6451010 and info.value.status_code == 429
    assert len(cinnox_mock.calls_to("getChannelTypeList")) == no_wait_retry_policy().max_retries + 1


def test_no_records_ends_a_listing(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("getSmsDetails").respond(code=6451011)
    assert list(cinnox_client.reports.sms_details(*WINDOW)) == []


def test_sms_error_codes_become_typed_errors(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=7210103, message="senderNumber Invalid format")
    with pytest.raises(errors.SmsSendError) as info:
        cinnox_client.sms.send(**SEND)
    assert info.value.code == 7210103 and "senderNumber Invalid format" in str(info.value)
    assert len(cinnox_mock.calls_to("sendSms")) == 1


def test_a_read_timeout_on_a_send_is_an_unknown_outcome(
    cinnox_client: Cinnox, cinnox_mock: MockTransport
) -> None:
    cinnox_mock.on("sendSms").fail(httpx.ReadTimeout)
    with pytest.raises(errors.SendOutcomeUnknownError) as info:
        cinnox_client.sms.send(**SEND)
    assert info.value.may_have_been_sent is True
    assert len(cinnox_mock.calls_to("sendSms")) == 1  # never sent twice
    assert isinstance(cinnox_mock.calls_to("sendSms")[0].error, httpx.ReadTimeout)


def test_a_connect_error_on_a_send_is_retried(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").fail(httpx.ConnectError, times=2)
    assert cinnox_client.sms.send(**SEND).transaction_id
    assert len(cinnox_mock.calls_to("sendSms")) == 3


def test_reads_are_retried_after_timeouts(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("getChannelTypeList").fail(httpx.ReadTimeout)
    with pytest.raises(errors.APITimeoutError):
        cinnox_client.reports.channel_types()
    assert len(cinnox_mock.calls_to("getChannelTypeList")) == no_wait_retry_policy().max_retries + 1


def test_a_delay_past_the_read_timeout_times_out() -> None:
    mock = MockTransport()
    mock.on("sendSms").respond(delay=30)
    client = Cinnox("a", "t", base_url=BASE, transport=mock, rate_limit=None, timeout=0.05)
    with client, pytest.raises(errors.SendOutcomeUnknownError):
        client.sms.send(**SEND)
    mock.on("sendSms").respond(delay=0.01)
    with Cinnox("a", "t", base_url=BASE, transport=mock, rate_limit=None, timeout=5) as client:
        assert client.sms.send(**SEND).transaction_id


def test_override_bodies_sequences_and_handlers(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    route = cinnox_mock.on("getChannelTypeList")
    route.respond(json={"code": 0, "result": [{"channelType": "LINE", "name": "Line"}]}, times=1)
    route.respond_with(
        lambda call: {"code": 0, "result": [{"channelType": call.method, "name": "x"}]}, times=1
    )
    assert [t.channel_type for t in cinnox_client.reports.channel_types()] == ["LINE"]
    assert [t.channel_type for t in cinnox_client.reports.channel_types()] == ["GET"]
    assert len(cinnox_client.reports.channel_types()) == 3  # back to the spec's example
    route.respond(status=500)
    with pytest.raises(errors.ServerError):
        cinnox_client.reports.channel_types()
    route.reset()
    assert cinnox_client.reports.channel_types()
    with pytest.raises(errors.ConfigurationError, match=r"no operation 'sendSMS'.*sendSms"):
        cinnox_mock.on("sendSMS")
    with pytest.raises(errors.ConfigurationError):
        route.respond(code=1, json={})


async def test_the_async_client(async_cinnox_client: AsyncCinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=6451010, times=2)
    assert (await async_cinnox_client.sms.send(**SEND)).transaction_id
    assert len(cinnox_mock.calls_to("sendSms")) == 3
    assert [r.id async for r in async_cinnox_client.reports.sms_details(*WINDOW, prefetch=2)]
    cinnox_mock.on("sendSms").fail(httpx.ReadTimeout)
    with pytest.raises(errors.SendOutcomeUnknownError):
        await async_cinnox_client.sms.send(**SEND)
    with cinnox_mock.expect_violation(parameter="limit", rule="maximum"):
        from cinnox_generated.api.reports import get_sms_details

        await get_sms_details.asyncio_detailed(TEST_APP_ID, client=async_cinnox_client._generated, limit=501)


@pytest.mark.cinnox(strict=False)
def test_lenient_mode_answers_like_prism(cinnox_client: Cinnox, cinnox_mock: MockTransport) -> None:
    from cinnox_generated.api.reports import get_sms_details

    with (
        cinnox_mock.expect_violation(parameter="limit"),  # acknowledged: no teardown failure
        pytest.raises(errors.InvalidParameterError) as info,
    ):
        get_sms_details.sync_detailed(TEST_APP_ID, client=cinnox_client._generated, limit=501)
    assert info.value.code == 6451000 and info.value.status_code == 400
    assert "'limit'" in str(info.value) and "maximum of 500" in str(info.value)
    with cinnox_mock.expect_violation(rule="route"), raw(cinnox_mock) as client:
        missing = client.get(APP + "/nowhere")
    assert missing.status_code == 404 and missing.headers["content-type"] == "application/problem+json"
    with cinnox_mock.expect_violation(rule="security"):
        unauthorised = httpx.Client(transport=cinnox_mock, base_url=BASE).get(APP + "/data/sms-detail")
    assert unauthorised.status_code == 401 and unauthorised.json()["code"] == 6452000


def test_expect_violation_fails_when_nothing_is_refused(
    cinnox_client: Cinnox, cinnox_mock: MockTransport
) -> None:
    with pytest.raises(AssertionError, match="expected a spec violation"), cinnox_mock.expect_violation():
        cinnox_client.reports.channel_types()
    with (
        pytest.raises(AssertionError, match=r"parameter='offset'.*'limit'"),
        cinnox_mock.expect_violation(parameter="offset"),
    ):
        cinnox_client.reports.sms_details(page_size=10)  # our own validation: fine
        from cinnox_generated.api.reports import get_sms_details

        get_sms_details.sync_detailed(TEST_APP_ID, client=cinnox_client._generated, limit=501)


# ----------------------------------------------------------------------------- webhooks


def test_a_webhook_delivery_reaches_the_handler(cinnox_webhook: WebhookDeliverer) -> None:
    received: list[WebhookEvent] = []
    receiver = WebhookReceiver(received.append, secret="s3cr3t")
    response = cinnox_webhook.deliver(
        receiver, "outboundSmsEvent:rejected", {"TransactionID": "t-1"}, secret="s3cr3t"
    )
    assert response.status_code == 200 and response.json() == {"code": 0}
    (event,) = received
    assert isinstance(event, OutboundSmsStatus) and event.transaction_id == "t-1"
    assert cinnox_webhook.deliver(receiver, "outboundSmsEvent", secret="wrong").status_code == 403
    challenge = cinnox_webhook.deliver(receiver, "urlVerification", {"challenge": "abc"}, secret="s3cr3t")
    assert challenge.json() == {"code": 0, "result": {"challenge": "abc"}}
    assert len(received) == 1
    assert "outboundSmsEvent:rejected" in cinnox_webhook.events
    with pytest.raises(errors.ConfigurationError, match="no example 'lost'"):
        cinnox_webhook.payload("outboundSmsEvent:lost")


async def test_a_webhook_delivery_from_async_code(cinnox_webhook: WebhookDeliverer) -> None:
    received: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        received.append(event)

    response = await cinnox_webhook.adeliver(WebhookReceiver(handler), "outboundSmsEvent")
    assert response.status_code == 200 and len(received) == 1
    # the sync helper also works while this loop runs
    assert cinnox_webhook.deliver(WebhookReceiver(handler), {"not": "an event"}).status_code == 400


# ----------------------------------------------------------------------------- the plugin itself


def test_import_cost_stays_out_of_cinnox_ext() -> None:
    code = (
        "import sys, cinnox_ext, cinnox_ext.testing.plugin, cinnox_ext.testing;"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('jsonschema', 'cinnox_ext.testing.')))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json;" + code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == ["cinnox_ext.testing.plugin"]


# Inner pytest runs: without the heavy plugins this suite does not need there.
QUIET = ("-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest")
# An inner run that hangs is killed before the outer test's own timeout (which would leave it running).
INNER_TIMEOUT = 200

PLUGIN_TESTS = """
import httpx, pytest
from cinnox_ext import errors

def test_swallowed(cinnox_client, cinnox_mock):
    try:
        cinnox_client.reports.sms_details(page_size=10)
        from cinnox_generated.api.reports import get_sms_details
        get_sms_details.sync_detailed("test-app", client=cinnox_client._generated, limit=501)
    except Exception:
        pass

def test_raised(cinnox_client):
    from cinnox_generated.api.reports import get_sms_details
    get_sms_details.sync_detailed("test-app", client=cinnox_client._generated, limit=-1)

def test_expected(cinnox_client, cinnox_mock):
    from cinnox_generated.api.reports import get_sms_details
    with cinnox_mock.expect_violation(parameter="limit", rule="minimum"):
        get_sms_details.sync_detailed("test-app", client=cinnox_client._generated, limit=-1)

def test_prism(cinnox_prism_client):
    assert cinnox_prism_client.reports.channel_types()
"""


def test_the_plugin_in_a_users_project(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_app=PLUGIN_TESTS)
    pytester.syspathinsert()
    env = {"CINNOX_PRISM": str(pytester.path / "no-such-prism"), "CINNOX_PRISM_REQUIRED": ""}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        result = pytester.runpytest_subprocess(*QUIET, "-rs", timeout=INNER_TIMEOUT)
        result.assert_outcomes(passed=2, failed=1, errors=1, skipped=1)
        result.stdout.fnmatch_lines(
            [
                "*ERROR at teardown of test_swallowed*",
                "*1 request(s) violated the CINNOX spec*",
                "*getSmsDetails: query parameter 'limit' violates the spec (maximum)*",
                "*SKIPPED*Prism could not start*--cinnox-prism=require*",
            ]
        )
        result.stdout.fnmatch_lines(
            ["*_ test_raised _*", "E *cinnox_ext.testing.SpecViolation: getSmsDetails: *'limit'*(minimum)*"]
        )
        required = pytester.runpytest_subprocess(
            *QUIET, "--cinnox-prism=require", "-k", "prism", timeout=INNER_TIMEOUT
        )
        required.assert_outcomes(errors=1)
        required.stdout.fnmatch_lines(["*Prism could not start*--cinnox-prism=require*"])


def test_prism_fixture_is_shared_and_stopped(pytester: pytest.Pytester) -> None:
    """Two tests, one Prism; its process is gone when the session ends, even after a failure."""
    require(shutil.which("node") is not None, "Node.js is not installed")
    pytester.makepyfile(
        test_app="""
import os
def test_one(cinnox_prism):
    open("pid", "a").write(f"{cinnox_prism._process.pid}\\n")
def test_two(cinnox_prism, cinnox_prism_client):
    open("pid", "a").write(f"{cinnox_prism._process.pid}\\n")
    assert cinnox_prism_client.reports.channel_types()
    raise AssertionError("fails on purpose")
"""
    )
    result = pytester.runpytest_subprocess(*QUIET, "--cinnox-prism=require", timeout=INNER_TIMEOUT)
    result.assert_outcomes(passed=1, failed=1)
    pids = set((pytester.path / "pid").read_text().split())
    assert len(pids) == 1
    with pytest.raises(ProcessLookupError):
        os.kill(int(pids.pop()), 0)


def test_the_demo_falls_back_to_the_in_process_mock_without_node(tmp_path: Any) -> None:
    bin_dir = os.path.dirname(sys.executable)  # the virtualenv: Python and `cinnox`, no Node
    result = subprocess.run(
        [os.path.join(bin_dir, "cinnox"), "demo"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": bin_dir, "HOME": str(tmp_path), "COLUMNS": "200"},
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Prism is not available" in result.stdout
    assert "Using the in-process mock instead" in result.stdout
    for expected in (
        "OTP submitted",
        "6 billed parts",
        "records in 1 page",
        "Received outbound_sms",
        "Done",
    ):
        assert expected in result.stdout


def test_any_client_runs_on_each_mock_kind_asked_for(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_app="""
def test_kind(cinnox_any_client, cinnox_mock_kind):
    assert cinnox_any_client.reports.channel_types()
    print("KIND", cinnox_mock_kind, cinnox_any_client.base_url)
"""
    )
    plain = pytester.runpytest_subprocess(*QUIET, "-s", "-v", timeout=INNER_TIMEOUT)
    plain.assert_outcomes(passed=1)
    plain.stdout.fnmatch_lines(["*test_kind?in-process?*KIND in-process https://cinnox.test*"])
    env = {"CINNOX_PRISM": str(pytester.path / "no-such-prism"), "CINNOX_PRISM_REQUIRED": ""}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        both = pytester.runpytest_subprocess(*QUIET, "--cinnox-prism=auto", "-rs", timeout=INNER_TIMEOUT)
    both.assert_outcomes(passed=1, skipped=1)  # asked for, but unavailable: skipped with the reason
    both.stdout.fnmatch_lines(["*SKIPPED*Prism could not start*"])


def test_the_readme_shows_the_example_test_file() -> None:
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your app", 1)[1].split("\n## ", 1)[0]
    example = (root / "examples" / "test_with_mock.py").read_text(encoding="utf-8")
    assert f"```python\n{example}```" in section


def test_the_prism_relay_keeps_overrides_and_reports_disagreements(prism: PrismMock) -> None:
    spec = copy.deepcopy(load_spec())
    spec["components"]["parameters"]["Limit"]["schema"]["maximum"] = 1000  # a mock more lenient than Prism
    relay = MockTransport(spec, upstream=httpx.HTTPTransport())
    with Cinnox("app-1", "t", base_url=prism.url, transport=relay, rate_limit=None) as client:
        assert client.reports.channel_types()  # Prism's answer
        relay.on("sendSms").respond(code=7210104)
        with pytest.raises(errors.SmsSendError):
            client.sms.send(**SEND)
        relay.on("sendSms").fail(httpx.ReadTimeout)
        with pytest.raises(errors.SendOutcomeUnknownError):
            client.sms.send(**SEND)
        relay.on("sendSms").reset().fail(httpx.ConnectError, times=1)  # not sent: retried, then relayed
        assert client.sms.send(**SEND).transaction_id == "sms-20251211-7c4a9e1f3b"  # Prism's example
        with httpx.Client(transport=relay, base_url=prism.url, headers=AUTH) as raw_client:
            with pytest.raises(SpecViolation) as info:
                raw_client.get(APP + "/data/sms-detail", params={"limit": 600})
            assert (info.value.location, info.value.rule) == ("upstream", "HTTP 400")
            assert "6451000" in info.value.reason
            with pytest.raises(SpecViolation) as info:  # refused here first: never relayed
                raw_client.get(APP + "/data/sms-detail", params={"limit": 1001})
            assert info.value.location == "query"
    assert [c.operation_id for c in relay.calls] == [
        "getChannelTypeList",
        "sendSms",
        "sendSms",
        "sendSms",
        "sendSms",
        "getSmsDetails",
        "getSmsDetails",
    ]
    relay.upstream.close()  # type: ignore[union-attr]


def test_overrides_on_the_async_prism_client(pytester: pytest.Pytester) -> None:
    require(shutil.which("node") is not None, "Node.js is not installed")
    pytester.makepyfile(
        test_app="""
import asyncio, httpx
from cinnox_ext import errors

def test_async(async_cinnox_prism_client, cinnox_prism_mock):
    cinnox_prism_mock.on("sendSms").respond(code=6451010, times=1)
    sent = asyncio.run(async_cinnox_prism_client.sms.send(sender_number="CINNOX", recipients=["+85298765432"], text="x"))
    assert sent.transaction_id == "sms-20251211-7c4a9e1f3b"  # Prism's example
    assert len(cinnox_prism_mock.calls_to("sendSms")) == 2

def test_any(cinnox_any_client, cinnox_mock, cinnox_mock_kind):
    cinnox_mock.on("getChannelTypeList").respond(code=6451011)
    try:
        cinnox_any_client.reports.channel_types()
    except errors.NoRecordsError:
        pass
    assert cinnox_mock.calls_to("getChannelTypeList")[0].request.url.host == (
        "127.0.0.1" if cinnox_mock_kind == "prism" else "cinnox.test"
    )
"""
    )
    result = pytester.runpytest_subprocess(*QUIET, "--cinnox-prism=require", timeout=INNER_TIMEOUT)
    result.assert_outcomes(passed=3)
