"""A webhook receiver under uvicorn.

    CINNOX_WEBHOOK_SECRET=$(python -c 'import secrets; print(secrets.token_urlsafe(24))') \
        uvicorn examples.webhooks_uvicorn:app --port 8080 --no-access-log

Subscribe ``https://<your host>/?token=<the secret>`` with ``client.subscriptions.enable(...)``.
``--no-access-log`` keeps the secret in the query string out of the logs.
"""

from __future__ import annotations

import logging
import os

from cinnox_ext.webhooks import InboundSms, OutboundSmsStatus, WebhookEvent, WebhookReceiver

log = logging.getLogger("cinnox.example")


async def handle(event: WebhookEvent) -> None:
    if isinstance(event, OutboundSmsStatus) and event.failed:
        log.warning("SMS %s to %s failed: %s", event.transaction_id, event.recipient_number, event.exception)
    elif isinstance(event, InboundSms):
        log.info("SMS from %s: %s", event.sender_number, event.content)
    else:
        log.info("%s", event)


app = WebhookReceiver(handle, secret=os.environ.get("CINNOX_WEBHOOK_SECRET"))
