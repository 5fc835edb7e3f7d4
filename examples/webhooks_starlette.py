"""The receiver mounted inside a Starlette (or FastAPI: ``app.mount``) application.

    uvicorn examples.webhooks_starlette:app --port 8080 --no-access-log

Deliveries go to ``/cinnox/webhooks/?token=…`` (with the slash: Starlette redirects the bare mount
path); the rest of the app is untouched.
"""

from __future__ import annotations

import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from cinnox_ext.webhooks import WebhookEvent, WebhookReceiver

received: list[WebhookEvent] = []


async def health(request: Request) -> PlainTextResponse:
    return PlainTextResponse(f"ok, {len(received)} events")


app = Starlette(
    routes=[
        Route("/health", health),
        Mount(
            "/cinnox/webhooks",
            app=WebhookReceiver(received.append, secret=os.environ.get("CINNOX_WEBHOOK_SECRET")),
        ),
    ]
)
