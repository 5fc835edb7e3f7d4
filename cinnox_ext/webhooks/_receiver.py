"""``WebhookReceiver``: an ASGI application that receives CINNOX deliveries safely.

- Answers the URL-verification challenge the way the docs specify (``{"code": 0, "result":
  {"challenge": …}}``), so ``client.subscriptions.enable()`` succeeds.
- Hands every other event to your handler (a function or a coroutine function; a plain function
  runs in a worker thread so it cannot stall the event loop) and answers 200: after the handler
  returned (so a failure answers 500), or at once with ``ack_first=True`` for slow handlers, in
  which case a handler failure is only logged.
- Refuses what is not a delivery: 405 for anything but POST, 413 above ``max_body`` (judged on
  ``Content-Length`` before reading, and while reading, so an unbounded body is never held in
  memory), 400 for a body that is not a CINNOX event, 500 (logged) when the handler raises.
- CINNOX does not sign deliveries. Put a random secret in the subscription URL
  (``https://you.example.com/cinnox?token=<secret>``) and pass it as ``secret=``: the receiver
  compares it in constant time and answers 401 when it is missing, 403 when it is wrong. Keep query
  strings out of your access logs (``uvicorn --no-access-log``), since they carry the secret.
"""

from __future__ import annotations

import asyncio
import hmac
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final
from urllib.parse import parse_qs

from ..errors import WebhookPayloadError
from ._events import UrlVerification, WebhookEvent, parse_event

__all__ = ["Handler", "WebhookReceiver"]

logger = logging.getLogger("cinnox_ext.webhooks")

Handler = Callable[[WebhookEvent], Awaitable[Any] | Any]
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

MIB: Final = 1024 * 1024


class _TooLarge(Exception):
    pass


class WebhookReceiver:
    """ASGI app for CINNOX webhook deliveries (see the module docstring).

    Args:
        handler: called with each parsed event (not with URL-verification challenges).
        secret: the ``token`` query parameter every delivery must carry; ``None`` accepts all.
        max_body: largest body accepted, in bytes.
        token_param: the query parameter that carries the secret.
        ack_first: answer 200 as soon as the event is parsed, then run the handler.
    """

    def __init__(
        self,
        handler: Handler,
        *,
        secret: str | None = None,
        max_body: int = MIB,
        token_param: str = "token",  # noqa: S107 - a parameter name
        ack_first: bool = False,
    ) -> None:
        if secret is not None and not secret:
            raise ValueError("secret must be a non-empty string (or None to accept every delivery)")
        self.handler = handler
        self._secret = secret.encode() if secret else None
        self.max_body = max_body
        self.token_param = token_param
        self.ack_first = ack_first
        self._is_async = inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(
            getattr(handler, "__call__", None)  # noqa: B004 - callable objects with async __call__
        )

    def __repr__(self) -> str:
        return f"WebhookReceiver(handler={self.handler!r}, secret={'set' if self._secret else None})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        status, body, headers, event = await self._accept(scope, receive)
        if event is not None and not self.ack_first:
            status, body = await self._handle(event)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json"), *headers],
            }
        )
        await send({"type": "http.response.body", "body": json.dumps(body).encode()})
        if event is not None and self.ack_first:
            await self._handle(event)

    async def _accept(
        self, scope: Scope, receive: Receive
    ) -> tuple[int, dict[str, Any], list[tuple[bytes, bytes]], WebhookEvent | None]:
        """Check and parse a delivery: the answer so far, and the event to hand over (if any)."""
        if scope["method"] != "POST":
            message = "method not allowed; CINNOX delivers with POST"
            return 405, {"code": 405, "message": message}, [(b"allow", b"POST")], None
        if self._secret is not None:
            tokens = parse_qs(scope.get("query_string", b"").decode("latin-1")).get(self.token_param)
            if not tokens:
                return 401, {"code": 401, "message": f"missing {self.token_param} parameter"}, [], None
            if not hmac.compare_digest(tokens[0].encode(), self._secret):
                return 403, {"code": 403, "message": f"wrong {self.token_param}"}, [], None
        try:
            raw = await self._read_body(scope, receive)
        except _TooLarge:
            return 413, {"code": 413, "message": f"body larger than {self.max_body} bytes"}, [], None
        try:
            event = parse_event(raw)
        except WebhookPayloadError as e:
            return 400, {"code": 400, "message": str(e)}, [], None
        if isinstance(event, UrlVerification):
            return 200, event.reply(), [], None
        return 200, {"code": 0}, [], event

    async def _handle(self, event: WebhookEvent) -> tuple[int, dict[str, Any]]:
        """Run the handler; a failure is logged (never with the body) and answered with 500."""
        try:
            if self._is_async:
                await self.handler(event)
            else:
                result = await asyncio.to_thread(self.handler, event)
                if inspect.isawaitable(result):
                    await result
        except Exception:
            logger.exception("webhook handler failed on a %s event", event.kind)
            return 500, {"code": 500, "message": "handler failed"}
        return 200, {"code": 0}

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes:
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-length":
                try:
                    if int(value) > self.max_body:
                        raise _TooLarge
                except ValueError:
                    pass
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _TooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
