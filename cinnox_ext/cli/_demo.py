"""``cinnox demo``: a realistic session against the embedded Prism mock, narrated.

Nothing here needs a CINNOX account: Prism serves the spec's examples, and the webhook receiver
runs on loopback. Without Node (Prism cannot start) the demo says so and runs on the in-process
mock of ``cinnox_ext.testing``, which serves the same examples from the same spec.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
from rich.markup import escape
from rich.rule import Rule

from .. import errors
from .._client import Cinnox
from ..mock import PrismMock, PrismStartError
from ..webhooks import WebhookEvent, WebhookReceiver, example_payload, serve_in_background
from ._common import MOCK_APP_ID, MOCK_TOKEN, console
from ._export import ExportOptions, run_export


def _step(title: str) -> None:
    console.print(Rule(f"[bold]{title}[/]", align="left"))


@contextlib.contextmanager
def _mock() -> Iterator[tuple[str, httpx.BaseTransport | None, str]]:
    """Prism (base URL, no transport), or the in-process mock when Prism cannot start (no Node)."""
    prism = PrismMock()
    try:
        prism.start()
    except (PrismStartError, OSError) as e:
        prism.__exit__(None, None, None)
        lines = [line for line in str(e).splitlines() if line.strip()] or [type(e).__name__]
        why = lines[0].rstrip(":") + (f": {lines[-1].strip()}" if len(lines) > 1 else "")
        console.print(f"[yellow]Prism is not available ({escape(why)}).[/]")
        try:
            from ..testing import MockTransport
        except ImportError as missing:
            raise errors.ConfigurationError(
                "no mock to run the demo on: install Node.js for Prism, or the in-process mock with "
                f'pip install "cinnox-sdk[testing]" ({missing})'
            ) from None
        yield (
            "https://cinnox.mock",
            MockTransport(),
            "Using the in-process mock instead (cinnox_ext.testing): same spec, same examples, no Node.",
        )
        return
    with prism:
        yield prism.url, None, f"Prism is serving openapi/cinnox.yaml at {prism.url}"


def run_demo() -> None:
    _step("1. Start the mock")
    with _mock() as (base_url, transport, description):
        console.print(description)
        with Cinnox(MOCK_APP_ID, MOCK_TOKEN, base_url=base_url, transport=transport) as client:
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
