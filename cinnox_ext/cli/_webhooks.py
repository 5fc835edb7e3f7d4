"""``cinnox webhooks listen|trigger``: a local loop for webhook development, like Stripe's CLI."""

from __future__ import annotations

from typing import Annotated

import httpx
import typer
from rich.panel import Panel
from rich.pretty import Pretty

from ..webhooks import EVENT_EXAMPLES, WebhookEvent, WebhookReceiver, example_payload
from ._common import Exit, console, fail

app = typer.Typer(help="Receive webhook deliveries locally, and send example ones.", no_args_is_help=True)


def print_event(event: WebhookEvent) -> None:
    console.print(Panel(Pretty(event), title=f"[bold]{event.kind}[/]", expand=False))


@app.command()
def listen(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8080,
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    secret: Annotated[
        str | None,
        typer.Option(help="Require ?token=SECRET on every delivery.", envvar="CINNOX_WEBHOOK_SECRET"),
    ] = None,
) -> None:
    """Run the webhook receiver and print each event as it arrives (Ctrl-C to stop)."""
    try:
        import uvicorn
    except ImportError:
        fail("uvicorn is not installed: pip install 'cinnox-sdk[webhooks]'", Exit.CONFIGURATION)
    receiver = WebhookReceiver(print_event, secret=secret)
    query = "?token=…" if secret else ""
    console.print(
        f"Listening on http://{host}:{port}/{query} — subscribe that URL, or run `cinnox webhooks trigger`."
    )
    # No access log: the query string carries the secret.
    uvicorn.run(receiver, host=host, port=port, log_level="warning", access_log=False)


@app.command()
def trigger(
    kind: Annotated[str, typer.Argument(help=f"One of: {', '.join(EVENT_EXAMPLES)}.")],
    url: Annotated[
        str, typer.Option(help="Where to post it, e.g. http://127.0.0.1:8080/?token=…")
    ] = "http://127.0.0.1:8080/",
) -> None:
    """Post the spec's example payload of an event kind to a receiver and show its answer."""
    if kind not in EVENT_EXAMPLES:
        fail(f"unknown event kind {kind!r}; choose one of {', '.join(EVENT_EXAMPLES)}", Exit.USAGE)
    payload = example_payload(kind)
    try:
        response = httpx.post(url, json=payload, timeout=10)
    except httpx.HTTPError as e:
        fail(f"could not post to {url}: {e}", Exit.NETWORK)
    console.print(f"POST {url.split('?')[0]} → {response.status_code} {response.text}")
    if response.status_code >= 400:
        raise typer.Exit(int(Exit.API_ERROR))
