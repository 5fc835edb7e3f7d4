"""Testing an app that uses CINNOX, with the SDK's pytest plugin: no CINNOX account, no Node, no port.

    pip install "cinnox-sdk[testing]"
    pytest examples/test_with_mock.py                          # on the in-process mock
    pytest examples/test_with_mock.py --cinnox-prism=require   # and the cinnox_any_client tests on Prism

The fixtures (``cinnox_client``, ``cinnox_mock``, ``cinnox_webhook`` …) come from the plugin that the
``[testing]`` extra registers; nothing to import or configure. Every request is checked against the
CINNOX spec: one the API would refuse fails the test with the spec's reason.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import httpx

from cinnox_ext import AsyncCinnox, Cinnox
from cinnox_ext.errors import RateLimitError, SendOutcomeUnknownError, SmsSendError
from cinnox_ext.testing import MockTransport, WebhookDeliverer
from cinnox_ext.testing.plugin import TEST_APP_ID, TEST_APP_TOKEN, TEST_BASE_URL
from cinnox_ext.webhooks import OutboundSmsStatus, WebhookEvent, WebhookReceiver

# ------------------------------------------------------------------ the app under test

SENDER = "+85230018888"


def send_reminder(client: Cinnox, phone: str, text: str) -> str:
    """Send one reminder; what the app does next depends on the outcome."""
    try:
        sent = client.sms.send(sender_number=SENDER, recipients=[phone], text=text)
    except SendOutcomeUnknownError:
        return "check-before-resending"  # it may have been sent (and billed): never resend blindly
    except RateLimitError:
        return "throttled"  # the SDK already retried; try again later
    except SmsSendError as e:
        return "invalid-number" if e.code == 7210104 else f"refused:{e.code}"
    return f"sent:{sent.transaction_id}"


async def send_reminder_async(client: AsyncCinnox, phone: str, text: str) -> str:
    sent = await client.sms.send(sender_number=SENDER, recipients=[phone], text=text)
    return f"sent:{sent.transaction_id}"


def delivered_count(client: Cinnox, start: datetime, end: datetime) -> int:
    return sum(1 for r in client.reports.sms_details(start, end) if r.carrier_status == "Delivered")


def fetch_sms_page(http: httpx.Client, app_id: str, *, limit: int) -> list[dict[str, object]]:
    """A dashboard helper that calls the report endpoint with plain httpx (no SDK validation)."""
    response = http.get(f"/v1/api/apps/{app_id}/data/sms-detail", params={"limit": limit})
    response.raise_for_status()
    records: list[dict[str, object]] = response.json()["result"]
    return records


class DeliveryLog:
    """The app's webhook handler: remembers the status of each outbound SMS."""

    def __init__(self) -> None:
        self.status: dict[str, str] = {}

    def __call__(self, event: WebhookEvent) -> None:
        if isinstance(event, OutboundSmsStatus):
            self.status[event.transaction_id] = event.status


# ------------------------------------------------------------------ its tests

WEEK = (datetime(2025, 11, 1, tzinfo=UTC), datetime(2025, 11, 8, tzinfo=UTC))


def test_a_reminder_is_sent(cinnox_any_client: Cinnox) -> None:
    # Tests on `cinnox_any_client` run on the in-process mock, and on Prism too with --cinnox-prism
    # (`cinnox_mock` is then a relay to Prism: Prism answers, overrides and records still work).
    assert send_reminder(cinnox_any_client, "+85298765432", "See you at 10:00").startswith("sent:")


def test_delivered_count(cinnox_any_client: Cinnox) -> None:
    assert delivered_count(cinnox_any_client, *WEEK) == 1  # one of the spec's two example records


def test_the_request_is_what_we_meant(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    send_reminder(cinnox_any_client, "+85298765432", "See you at 10:00")
    (call,) = cinnox_mock.calls_to("sendSms")
    assert call.body == {
        "senderNumber": SENDER,
        "recipientNumbers": ["+85298765432"],
        "text": "See you at 10:00",
    }


def test_an_override(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(json={"serviceID": "svc-1", "status": True, "transactionID": "tx-42"})
    assert send_reminder(cinnox_any_client, "+85298765432", "hi") == "sent:tx-42"


def test_an_error_code(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=7210104)  # "RecipientNumber Invalid format"
    assert send_reminder(cinnox_any_client, "+85298765432", "hi") == "invalid-number"


def test_throttled_once_then_sent(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=6451010, headers={"Retry-After": "1"}, times=1)
    assert send_reminder(cinnox_any_client, "+85298765432", "hi").startswith("sent:")
    assert len(cinnox_mock.calls_to("sendSms")) == 2  # the SDK retried (no real wait in tests)


def test_throttled_for_good(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=6451010)
    assert send_reminder(cinnox_any_client, "+85298765432", "hi") == "throttled"


def test_no_records(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("getSmsDetails").respond(code=6451011)  # "No records found"
    assert delivered_count(cinnox_any_client, *WEEK) == 0


def test_a_lost_answer_is_never_resent(cinnox_any_client: Cinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").fail(httpx.ReadTimeout)  # sent, then no answer
    assert send_reminder(cinnox_any_client, "+85298765432", "hi") == "check-before-resending"
    assert len(cinnox_mock.calls_to("sendSms")) == 1


def test_a_wrong_parameter_fails_with_the_specs_reason(cinnox_mock: MockTransport) -> None:
    auth = {"Authorization": f"Bearer {TEST_APP_TOKEN}"}
    http = httpx.Client(transport=cinnox_mock, base_url=TEST_BASE_URL, headers=auth)
    # Without this block the test would fail with:
    # SpecViolation: getSmsDetails: query parameter 'limit' violates the spec (maximum):
    #     1000 is greater than the maximum of 500
    with cinnox_mock.expect_violation(parameter="limit", rule="maximum") as seen:
        fetch_sms_page(http, TEST_APP_ID, limit=1000)
    assert "1000 is greater than the maximum of 500" in str(seen[0])
    assert len(fetch_sms_page(http, TEST_APP_ID, limit=500)) == 2


def test_the_async_client(async_cinnox_client: AsyncCinnox, cinnox_mock: MockTransport) -> None:
    cinnox_mock.on("sendSms").respond(code=6451010, times=1)
    assert asyncio.run(send_reminder_async(async_cinnox_client, "+85298765432", "hi")).startswith("sent:")


def test_a_webhook_delivery(cinnox_webhook: WebhookDeliverer) -> None:
    log = DeliveryLog()
    secret = "s3cr3t"  # noqa: S105 - the URL token the receiver checks
    receiver = WebhookReceiver(log, secret=secret)
    response = cinnox_webhook.deliver(
        receiver, "outboundSmsEvent:rejected", {"TransactionID": "tx-42"}, secret=secret
    )
    assert response.status_code == 200
    assert log.status == {"tx-42": "Rejected"}
