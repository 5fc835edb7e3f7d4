"""``cinnox demo``: a realistic session against the embedded Prism mock, narrated.

Nothing here needs a CINNOX account: Prism serves the spec's examples, and the webhook receiver
runs on loopback.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from rich.rule import Rule

from .. import errors
from .._client import Cinnox
from ..mock import PrismMock
from ..webhooks import WebhookEvent, WebhookReceiver, example_payload, serve_in_background
from ._common import MOCK_APP_ID, MOCK_TOKEN, console
from ._export import ExportOptions, run_export


def _step(title: str) -> None:
    console.print(Rule(f"[bold]{title}[/]", align="left"))


def run_demo() -> None:
    _step("1. Start the mock")
    with PrismMock() as prism:
        console.print(f"Prism is serving openapi/cinnox.yaml at {prism.url}")
        with Cinnox(MOCK_APP_ID, MOCK_TOKEN, base_url=prism.url) as client:
            _step("2. Send an OTP")
            try:
                client.sms.send_otp(
                    sender_number="CINNOX",
                    recipient_number="+85298765432",
                    text="Your code is 1234",
                    pin="1234",
                )
            except errors.ValidationError as e:
                console.print(f"Refused before sending: [yellow]{e}[/]")
            otp = client.sms.send_otp(
                sender_number="CINNOX",
                recipient_number="+85298765432",
                text="Your code is %s. It expires in 5 minutes.",
                pin="482913",
            )
            console.print(f"OTP submitted: transaction {otp.transaction_id}, status {otp.status}")

            _step("3. Estimate, then send one SMS to several recipients")
            recipients = ["+85298765432", "+85291234567", "+6591234567"]
            text = (
                "Your order “A-10442” has shipped — track it at https://track.example.com/A-10442 … thanks!"
            )
            estimate = client.sms.estimate(text, recipients)
            console.print(
                f"{estimate.message.encoding}, {estimate.parts_per_recipient} part(s) × "
                f"{estimate.recipients} recipients = {estimate.total_parts} billed parts; "
                f"UCS-2 forced by {estimate.message.non_gsm_characters}"
            )
            from ..segmentation import suggest_gsm

            suggestion = suggest_gsm(text)
            console.print(
                f"With GSM look-alikes: {suggestion.suggested.segment_count} part(s), "
                f"saving {suggestion.saves} per recipient"
            )
            sent = client.sms.send(
                sender_number="+85230018888", recipients=recipients, text=suggestion.text, max_segments=2
            )
            console.print(f"SMS submitted: transaction {sent.transaction_id}")

            _step("4. List the account's numbers")
            for number in client.numbers.list():
                console.print(
                    f"{number.number:>14}  {number.type_}  {','.join(number.country or [])}  "
                    f"SMS={number.support_sms}"
                )

            _step("5. Export SMS details to JSONL")
            with tempfile.TemporaryDirectory() as tmp:
                output = Path(tmp) / "sms.jsonl"
                progress = run_export(client, ExportOptions("sms", None, None, output))
                console.print(f"{progress.records} records in {progress.pages} page(s) → {output.name}")
                console.print(output.read_text().splitlines()[0][:120] + " …")

            _step("6. Receive a webhook")
            received: list[WebhookEvent] = []
            _webhook_round_trip(client, received)
            for event in received:
                console.print(f"Received {event.kind}: {event!r}")
    _step("Done")
    console.print("Next: `cinnox segments 'your text'`, `cinnox export sms --mock -o sms.jsonl`, README.md.")


def _webhook_round_trip(client: Cinnox, received: list[WebhookEvent]) -> None:
    import httpx

    secret = "demo-secret"  # noqa: S105 - a loopback demo's shared secret
    with serve_in_background(WebhookReceiver(received.append, secret=secret)) as base:
        url = f"{base}/cinnox?token={secret}"
        subscription = client.subscriptions.enable("outbound_sms", url)
        console.print(f"Subscribed outbound SMS events (mock answered enabled={subscription.enabled})")
        challenge = httpx.post(url, json=example_payload("challenge"), timeout=5).json()
        console.print(f"URL verification answered: {challenge}")
        response = httpx.post(url, json=example_payload("outbound-sms"), timeout=5)
        console.print(f"Delivered an outbound SMS status → HTTP {response.status_code}")
