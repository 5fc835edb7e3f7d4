"""Quickstart against the embedded Prism mock: no CINNOX account needed.

    python examples/quickstart.py

Starts Prism on the bundled spec, then calls a few operations through ``cinnox_ext`` (which sends
through the generated client) and prints what came back. Swap ``PrismMock`` for your App's
credentials (``Cinnox()`` reads CINNOX_APP_ID, CINNOX_APP_TOKEN and CINNOX_BASE_URL) to run it live.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cinnox_ext import Cinnox, segment
from cinnox_ext.mock import PrismMock


def main() -> None:
    with PrismMock() as prism, Cinnox("app-4f3e2d1c0b", "any-token", base_url=prism.url) as client:
        print(f"Prism mock at {prism.url}")
        text = "Your verification code is %s. It expires in 5 minutes."
        print("OTP text:", segment(text.replace("%s", "482913")).segment_count, "part(s)")
        otp = client.sms.send_otp(
            sender_number="CINNOX", recipient_number="+85298765432", text=text, pin="482913"
        )
        print("send_otp ->", otp.transaction_id, otp.status)
        end = datetime.now(UTC)
        for record in client.reports.sms_details(end - timedelta(days=7), end, page_size=100):
            print(
                "sms", record.id, record.recipient, record.status, record.carrier_status, record.segment_count
            )
        for number in client.numbers.list():
            print("number", number.number, number.type_, number.country)
        hook = client.subscriptions.enable("outbound_sms", "https://hooks.example.com/cinnox?token=s3cr3t")
        print("subscription", hook.enabled, hook.url)


if __name__ == "__main__":
    main()
