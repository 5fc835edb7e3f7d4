"""The ``cinnox`` command line (Typer + Rich). ``cinnox --help`` lists the commands.

Exit codes: 0 success; 1 CINNOX refused the request; 2 bad arguments or input (nothing sent);
3 missing credentials; 4 a send may have been processed (check before retrying); 5 network
failure; 130 interrupted. ``--debug`` (or ``CINNOX_DEBUG=1``) shows tracebacks.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .._spec import operations
from .._validation import timestamp
from ..mock import PrismMock
from . import _webhooks
from ._common import Exit, console, debug_enabled, err_console, fail, open_client, reported_errors
from ._export import REPORTS, ExportOptions, ExportProgress, run_export
from ._segments import segments
from ._spec_diff import spec_diff

app = typer.Typer(
    name="cinnox",
    help="CINNOX Open API from the command line: segments, sends, exports, webhooks, and a local mock.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.command("segments")(segments)
app.add_typer(_webhooks.app, name="webhooks")
sms_app = typer.Typer(help="Send SMS.", no_args_is_help=True)
otp_app = typer.Typer(help="Send OTP SMS.", no_args_is_help=True)
spec_app = typer.Typer(help="What the bundled spec covers.", no_args_is_help=True)
app.add_typer(sms_app, name="sms")
app.add_typer(otp_app, name="otp")
app.add_typer(spec_app, name="spec")
spec_app.command("diff")(spec_diff)

_state = {"debug": False}

MockOption = Annotated[
    bool, typer.Option("--mock", help="Run against a Prism mock started for this command.")
]


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _state["debug"] = debug or debug_enabled()


@app.command()
def mock(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 4010,
    proxy: Annotated[
        str | None, typer.Option(help="Validate live traffic: proxy to this CINNOX base URL.")
    ] = None,
    dynamic: Annotated[
        bool, typer.Option(help="Generate responses from the schemas instead of examples.")
    ] = False,
) -> None:
    """Serve the bundled spec with Prism (or proxy to CINNOX, validating traffic) until Ctrl-C."""
    with reported_errors(_state["debug"]), PrismMock(port=port, upstream=proxy, dynamic=dynamic) as prism:
        mode = f"proxy to {proxy}, validating against the spec" if proxy else "mock"
        console.print(f"Prism ({mode}) at {prism.url}  —  CINNOX_BASE_URL={prism.url}  (Ctrl-C to stop)")
        try:
            code = prism.wait()
        except KeyboardInterrupt:
            console.print("stopped")
            return
        fail(f"Prism exited with code {code}:\n{prism.log[-2000:]}", Exit.API_ERROR)


@app.command()
def demo() -> None:
    """Start the mock and walk through a realistic session (OTP, bulk SMS, numbers, export, webhooks)."""
    from ._demo import run_demo

    with reported_errors(_state["debug"]):
        run_demo()


def _confirm_bulk(count: int, limit: int, yes: bool) -> None:
    if count > limit and not yes and not typer.confirm(f"Send to {count} recipients?", default=False):
        fail("not sent", Exit.USAGE)


@sms_app.command("send")
def sms_send(
    sender: Annotated[str, typer.Option("--from", help="Sender number or alphanumeric Sender ID.")],
    to: Annotated[list[str], typer.Option("--to", help="Recipient number; repeat for several.")],
    text: Annotated[str, typer.Option(help="The message.")],
    max_segments: Annotated[
        int | None, typer.Option(help="Refuse a text needing more parts than this.")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before a bulk send.")] = False,
    confirm_above: Annotated[int, typer.Option(help="Ask before sending to more recipients than this.")] = 5,
    use_mock: MockOption = False,
) -> None:
    """Send one text to one or more recipients (shows the billed parts first)."""
    with reported_errors(_state["debug"]):
        from ..resources.sms import estimate

        e = estimate(text, len(to))
        console.print(
            f"{e.message.encoding}: {e.parts_per_recipient} part(s) × {e.recipients} "
            f"= {e.total_parts} billed parts"
        )
        _confirm_bulk(len(to), confirm_above, yes)
        with open_client(use_mock) as client:
            result = client.sms.send(
                sender_number=sender, recipients=to, text=text, max_segments=max_segments
            )
        console.print(f"submitted: transaction {result.transaction_id} (status {result.status})")


@otp_app.command("send")
def otp_send(
    sender: Annotated[str, typer.Option("--from", help="Alphanumeric Sender ID.")],
    to: Annotated[str, typer.Option("--to", help="Recipient number.")],
    text: Annotated[str, typer.Option(help="Message containing %s where the PIN goes.")],
    pin: Annotated[str, typer.Option(help="The one-time password (≤ 10 letters/digits).")],
    use_mock: MockOption = False,
) -> None:
    """Send a one-time password by SMS."""
    with reported_errors(_state["debug"]), open_client(use_mock) as client:
        result = client.sms.send_otp(sender_number=sender, recipient_number=to, text=text, pin=pin)
        console.print(f"submitted: transaction {result.transaction_id} (status {result.status})")


def _when(value: str | None, name: str) -> datetime | None:
    return timestamp(value, name)


@app.command()
def export(
    report: Annotated[str, typer.Argument(help=f"One of: {', '.join(REPORTS)}.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    since: Annotated[
        str | None, typer.Option(help="Window start, RFC3339 (e.g. 2025-11-01T00:00:00Z).")
    ] = None,
    until: Annotated[str | None, typer.Option(help="Window end, RFC3339.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or csv.")] = "jsonl",
    page_size: Annotated[int, typer.Option(help="Records per request (≤ 500).")] = 500,
    window_days: Annotated[
        int | None, typer.Option(help="Split the range into windows of this many days.")
    ] = None,
    history_id: Annotated[str | None, typer.Option(help="Campaign for campaign-messages.")] = None,
    enquiry_id: Annotated[str | None, typer.Option(help="Enquiry for enquiry-chat.")] = None,
    call_id: Annotated[str | None, typer.Option(help="Call for recording-files.")] = None,
    conference_id: Annotated[str | None, typer.Option(help="Conference for recording-files.")] = None,
    channel_type: Annotated[str | None, typer.Option(help="Type for channel-type-details.")] = None,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted export from its checkpoint.")] = False,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    use_mock: MockOption = False,
) -> None:
    """Export a report, page by page, to JSONL or CSV, with progress and a resumable checkpoint."""
    with reported_errors(_state["debug"]):
        options = ExportOptions(
            report,
            _when(since, "--since"),
            _when(until, "--until"),
            output,
            fmt,
            page_size,
            window_days,
            history_id,
            enquiry_id,
            call_id,
            conference_id,
            channel_type,
        )
        with open_client(use_mock) as client:
            columns = [
                TextColumn("[bold]{task.description}"),
                BarColumn(bar_width=None),
                TextColumn("{task.fields[stats]}"),
                TimeElapsedColumn(),
            ]
            with Progress(*columns, console=err_console, transient=False) as bar:
                task = bar.add_task(report, total=None, stats="")

                def on_page(p: ExportProgress) -> None:
                    budget = f", rate budget {p.budget_used}/{p.budget}" if p.budget else ""
                    bar.update(task, stats=f"{p.records} records, {p.pages} pages{budget}")

                result = run_export(client, options, resume=resume, force=force, on_page=on_page)
        console.print(f"{result.records} records in {result.pages} pages → {output}")


@spec_app.command("coverage")
def spec_coverage() -> None:
    """The endpoint table: each documented endpoint, its method and path, and its provenance."""
    rows = operations()
    table = Table("Endpoint", "Module", "Method", "Path", "Provenance", title=f"{len(rows)} operations")
    colours = {"documented": "green", "partial": "yellow", "inferred": "red"}
    for r in rows:
        table.add_row(
            r["name"],
            r["tag"],
            r["method"],
            r["path"].removeprefix("/v1/api/apps/{appID}"),
            f"[{colours[r['provenance']]}]{r['provenance']}[/]",
        )
    console.print(table)
    counts = {k: sum(r["provenance"] == k for r in rows) for k in colours}
    console.print(", ".join(f"{v} {k}" for k, v in counts.items()))
    for tag in dict.fromkeys(r["tag"] for r in rows):  # per module, in spec order
        mine = [r for r in rows if r["tag"] == tag]
        per = ", ".join(f"{sum(r['provenance'] == k for r in mine)} {k}" for k in colours)
        console.print(f"{tag}: {len(mine)} operations ({per})")


def main() -> None:
    app()
