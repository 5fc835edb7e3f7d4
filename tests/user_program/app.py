"""A user's program, type-checked with ``mypy --strict`` against the *installed wheel* (nox -s wheel).

Every ``assert_type`` fails the type check when a result collapses to ``Any`` or to a wrong type, so
this file is the contract of what an installed user's type checker sees. It also runs (against an
``httpx.MockTransport``, no network) so that what the checker sees is what the program gets.
It is not collected by pytest: it runs from a directory outside the checkout.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, assert_type

import httpx

import cinnox_ext
from cinnox_ext import AsyncCinnox, AsyncPager, Cinnox, SyncPager
from cinnox_ext.errors import CinnoxError, ValidationError
from cinnox_ext.models import SendOtpResponse, SmsDetail
from cinnox_ext.resources import RawResponse
from cinnox_ext.segmentation import SegmentedMessage, segment

SMS = {
    "id": "sms-1",
    "source": "API",
    "sender": "+85212345678",
    "recipient": "+85298765432",
    "content": "hi",
    "status": "Delivered",
    "segmentCount": 1,
}


def answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/send_otp"):
        return httpx.Response(200, json={"serviceID": "svc-1", "status": True, "transactionID": "otp-1"})
    if request.url.path.endswith("/data/sms-detail"):
        return httpx.Response(200, json={"code": 0, "result": [SMS]})
    return httpx.Response(404, json={"code": 6450001, "message": "no such method"})


async def answer_async(request: httpx.Request) -> httpx.Response:
    return answer(request)


def sync_part() -> None:
    with Cinnox(
        "app-id",
        "app-token-0123456789",
        base_url="https://example.invalid/",
        transport=httpx.MockTransport(answer),
    ) as client:
        otp = client.sms.send_otp(
            sender_number="CINNOX", recipient_number="+85298765432", text="Code %s", pin="482913"
        )
        assert_type(otp, SendOtpResponse)
        assert otp.transaction_id == "otp-1"
        pager = client.reports.sms_details("2025-11-01T00:00:00Z", "2025-11-02T00:00:00Z")
        assert_type(pager, SyncPager[SmsDetail])
        for record in pager:
            assert_type(record, SmsDetail)
            assert record.id == "sms-1"
        fast = client.with_options(timeout=5.0, max_retries=0)
        assert_type(fast, Cinnox)
        raw = fast.sms.with_raw_response.send_otp(
            sender_number="CINNOX",
            recipient_number="+85298765432",
            text="Code %s",
            pin="482913",
            extra_headers={"X-Trace": "1"},
        )
        assert_type(raw, RawResponse[SendOtpResponse])
        assert raw.status_code == 200
        assert_type(raw.parse(), SendOtpResponse)
        escape = client.get("data/sms-detail", params={"limit": 1})
        assert_type(escape, dict[str, Any])
        try:
            client.reports.sms_details(page_size=501)
        except ValidationError as exc:
            assert_type(exc, ValidationError)
        else:
            raise AssertionError("page_size=501 must be refused before any request")


async def async_part() -> None:
    async with AsyncCinnox(
        "app-id",
        "app-token-0123456789",
        base_url="https://example.invalid/",
        transport=httpx.MockTransport(answer_async),
    ) as client:
        pager = client.reports.sms_details()
        assert_type(pager, AsyncPager[SmsDetail])
        ids = [record.id async for record in pager]
        assert ids == ["sms-1"], ids


def main() -> None:
    message = segment("Hello from an installed wheel")
    assert_type(message, SegmentedMessage)
    assert_type(message.segment_count, int)
    cost = cinnox_ext.count("Hello from an installed wheel")  # the top-level re-export
    assert_type(cost, cinnox_ext.SegmentCount)
    assert cost.parts == message.segment_count and cost.parts <= cinnox_ext.MAX_PARTS
    assert cinnox_ext.RawResponse is RawResponse
    sync_part()
    asyncio.run(async_part())
    assert issubclass(ValidationError, CinnoxError)
    print(json.dumps({"version": cinnox_ext.__version__, "parts": message.segment_count}))


if __name__ == "__main__":
    main()
