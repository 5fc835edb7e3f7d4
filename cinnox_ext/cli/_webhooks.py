"""``cinnox webhooks listen|trigger``: a local loop for webhook development, like Stripe's CLI.

``listen`` runs the receiver and prints one line per delivery — accepted events, the URL-verification
challenge, and refused ones (401/403 for a missing/wrong secret, 400, 405, 413) — and with
``--forward-to URL`` posts each accepted delivery (its body and content headers) on to your app,
printing that app's status. ``trigger`` posts one of the spec's examples of an event kind, with
``--set field=value`` overrides and ``--secret`` added as the ``token`` query parameter.
"""

from __future__ import annotations

import json
import time
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import typer

from ..errors import ValidationError, WebhookPayloadError
from ._common import Exit, console, fail, require

app = typer.Typer(help="Receive webhook deliveries locally (and forward them), and send example ones.",
                  no_args_is_help=True)  # fmt: skip

#: request headers passed on to --forward-to (never Host, Content-Length or hop-by-hop ones)
FORWARDED_HEADERS = ("content-type", "user-agent", "x-request-id", "x-cinnox-request-id")


def _kinds(incomplete: str) -> list[str]:
    from ..webhooks import EVENT_KINDS

    hyphens = "-" in incomplete  # complete in the spelling being typed
    names = [k.replace("_", "-") if hyphens else k for k in EVENT_KINDS]
    return [k for k in names if k.startswith(incomplete)]


def set_field(payload: dict[str, Any], assignment: str) -> None:
    """Apply ``a.b.0.c=value`` to ``payload``; the value is read as JSON when it parses, else as text."""
    path, sep, raw = assignment.partition("=")
    if not sep or not path:
        raise ValidationError(f"--set {assignment!r}: expected field=value (e.g. --set Status=Rejected)")
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    keys = path.split(".")
    target: Any = payload
    for i, key in enumerate(keys):
        last = i == len(keys) - 1
        if isinstance(target, list):
            if not key.isdigit() or int(key) >= len(target):
                raise ValidationError(f"--set {path}: {key!r} is not an index of a {len(target)}-item list")
            if last:
                target[int(key)] = value
            else:
                target = target[int(key)]
        elif isinstance(target, dict):
            if last:
                target[key] = value
            else:
                target = target.setdefault(key, {})
        else:
            raise ValidationError(f"--set {path}: {'.'.join(keys[:i])} is not an object")


def _with_token(url: str, secret: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "token"]
    query.append(("token", secret))
    return urlunsplit(parts._replace(query=urlencode(query)))


def _shown(url: str) -> str:
    """A URL without its query string (which may carry the secret)."""
    return urlunsplit(urlsplit(url)._replace(query=""))


class Tap:
    """ASGI middleware around a receiver: a line per delivery, and forwarding of accepted ones."""

    def __init__(self, receiver: Any, forward_to: str | None, *, show_bodies: bool = True) -> None:
        self.receiver = receiver
        self.forward_to = forward_to
        self.show_bodies = show_bodies
        self._client: Any = None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.receiver(scope, receive, send)
            if scope["type"] == "lifespan" and self._client is not None:
                await self._client.aclose()
            return
        chunks: list[bytes] = []
        answer: dict[str, Any] = {"status": 0, "body": []}

        async def tapped_receive() -> dict[str, Any]:
            message: dict[str, Any] = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        async def tapped_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["body"].append(message.get("body", b""))
            await send(message)

        await self.receiver(scope, tapped_receive, tapped_send)
        body = b"".join(chunks)
        status: int = answer["status"]
        what = self._describe(status, body, b"".join(answer["body"]))
        line = f"{time.strftime('%H:%M:%S')}  {scope['method']} {scope['path']}  {status}  {what}"
        if status == 200 and scope["method"] == "POST" and self.forward_to:
            line += f"  → {_shown(self.forward_to)} {await self._forward(scope, body)}"
        console.print(line, markup=False, highlight=False, soft_wrap=True)
        if self.show_bodies and status == 200 and body:
            console.print("  " + body.decode("utf-8", "replace")[:2000], markup=False, soft_wrap=True)

    @staticmethod
    def _describe(status: int, body: bytes, answer: bytes) -> str:
        if status == 200:
            from ..webhooks import parse_event

            try:
                return parse_event(body).kind
            except WebhookPayloadError:  # pragma: no cover - the receiver answered 400 then
                return "?"
        try:
            message = json.loads(answer).get("message", "")
        except (ValueError, AttributeError):
            message = ""
        return f"refused: {message}" if message else "refused"

    async def _forward(self, scope: dict[str, Any], body: bytes) -> str:
        import httpx

        if self._client is None:
            self._client = httpx.AsyncClient(timeout=10)
        headers = {
            name.decode("latin-1"): value.decode("latin-1")
            for name, value in scope.get("headers", [])
            if name.decode("latin-1").lower() in FORWARDED_HEADERS
        }
        try:
            response = await self._client.post(self.forward_to, content=body, headers=headers)
        except httpx.HTTPError as e:
            return f"failed: {type(e).__name__}: {e}"
        return str(response.status_code)


@app.command()
def listen(
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = 8080,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    secret: Annotated[
        str | None,
        typer.Option(help="Require ?token=SECRET on every delivery.", envvar="CINNOX_WEBHOOK_SECRET"),
    ] = None,
    forward_to: Annotated[
        str | None, typer.Option(help="Post each accepted delivery on to this URL (your app).")
    ] = None,
    bodies: Annotated[bool, typer.Option(help="Print each accepted delivery's body.")] = True,
) -> None:
    """Run the webhook receiver: a line per delivery (Ctrl-C to stop)."""
    require("uvicorn")
    import uvicorn

    from .._net import port_in_use
    from ..webhooks import WebhookReceiver

    if forward_to is not None and urlsplit(forward_to).scheme not in ("http", "https"):
        fail(f"--forward-to needs an http(s) URL, not {forward_to!r}", Exit.USAGE)
    if secret is not None and not secret:
        fail("--secret must not be empty", Exit.USAGE)
    if port_in_use(host, port):
        fail(f"port {port} on {host} is already in use; choose another with --port", Exit.USAGE)
    receiver = WebhookReceiver(lambda event: None, secret=secret)
    tap = Tap(receiver, forward_to, show_bodies=bodies)
    query = "?token=…" if secret else ""
    target = f"; forwarding to {_shown(forward_to)}" if forward_to else ""
    console.print(
        f"Listening on http://{host}:{port}/{query}{target} — subscribe that URL, "
        "or run `cinnox webhooks trigger KIND`.",
        markup=False,
    )
    # No access log: the query string carries the secret.
    server = uvicorn.Server(uvicorn.Config(tap, host=host, port=port, log_level="error", access_log=False))
    try:
        server.run()
    except SystemExit:  # uvicorn exits 1 when it cannot bind (another program took the port meanwhile)
        fail(f"could not listen on {host}:{port} (in use?); choose another with --port", Exit.USAGE)
    if not server.started:
        fail(f"could not listen on {host}:{port} (in use?); choose another with --port", Exit.USAGE)


@app.command()
def trigger(
    kind: Annotated[
        str,
        typer.Argument(
            help="Event kind: url_verification, call, inbound_sms, outbound_sms, enquiry, recording, "
            "conference (hyphens accepted).",
            autocompletion=_kinds,
        ),
    ],
    url: Annotated[
        str, typer.Option(help="Where to post it, e.g. http://127.0.0.1:8080/")
    ] = "http://127.0.0.1:8080/",
    secret: Annotated[
        str | None,
        typer.Option(help="Add ?token=SECRET to the URL.", envvar="CINNOX_WEBHOOK_SECRET"),
    ] = None,
    example: Annotated[
        str | None, typer.Option(help="Which of the spec's examples (default: the first).")
    ] = None,
    overrides: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            help="Override a field: --set Status=Rejected, --set message.id=c-1 "
            "(values read as JSON when they parse).",
        ),
    ] = None,
) -> None:
    """Post the spec's example payload of an event kind to a receiver and show its answer."""
    import httpx

    from ..webhooks import event_kind, example_payload

    try:
        name, _ = event_kind(kind)
        payload = example_payload(kind, example)
        for assignment in overrides or []:
            set_field(payload, assignment)
    except ValidationError as e:
        fail(str(e), Exit.USAGE)
    if urlsplit(url).scheme not in ("http", "https"):
        fail(f"--url needs an http(s) URL, not {url!r}", Exit.USAGE)
    target = _with_token(url, secret) if secret else url
    try:
        response = httpx.post(target, json=payload, timeout=10)
    except httpx.HTTPError as e:
        fail(f"could not post to {_shown(url)}: {e}", Exit.NETWORK)
    console.print(f"{name}: POST {_shown(url)} → {response.status_code} {response.text}", markup=False)
    if response.status_code >= 400:
        raise typer.Exit(int(Exit.API_ERROR))
