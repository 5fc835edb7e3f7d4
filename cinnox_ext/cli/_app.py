"""The Typer application behind ``cinnox`` (see :mod:`cinnox_ext.cli` for the fast paths)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import COMMANDS, EXIT_CODES, SUMMARY, version
from ._common import (
    CliState,
    Exit,
    console,
    debug_enabled,
    err_console,
    fail,
    install_signal_handlers,
    open_client,
    reported_errors,
    say,
    state,
)
from ._export import (
    DEFAULT_PREFETCH,
    FORMATS,
    REPORTS,
    ExportOptions,
    ExportProgress,
    check_export,
    rate_usage,
    run_export,
)
from ._spec_diff import spec_diff
from ._times import HELP as TIME_HELP
from ._times import parse_when

if TYPE_CHECKING:
    from rich.progress import Task

__all__ = ["app", "run"]

app = typer.Typer(
    name="cinnox",
    help=f"{SUMMARY}\n\n{EXIT_CODES}",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
sms_app = typer.Typer(help=COMMANDS["sms"], no_args_is_help=True)
otp_app = typer.Typer(help=COMMANDS["otp"], no_args_is_help=True)
spec_app = typer.Typer(help=COMMANDS["spec"], no_args_is_help=True)
app.add_typer(sms_app, name="sms")
app.add_typer(otp_app, name="otp")
app.add_typer(spec_app, name="spec")
spec_app.command("diff")(spec_diff)


def _webhooks_app() -> typer.Typer:
    from . import _webhooks

    return _webhooks.app


app.add_typer(_webhooks_app(), name="webhooks", help=COMMANDS["webhooks"])

MockOption = Annotated[
    bool, typer.Option("--mock", help="Run against a Prism mock started for this command.")
]


def _show_version(value: bool) -> None:
    if value:
        console.print(f"cinnox {version()}")
        raise typer.Exit


@app.callback()
def _main(
    ctx: typer.Context,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks (also CINNOX_DEBUG=1).")] = False,
    _version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = CliState(debug=debug or debug_enabled())


@app.command("segments", help=COMMANDS["segments"])
def segments(
    text: Annotated[
        str | None,
        typer.Argument(
            help="The message; read from standard input when omitted or '-' "
            "(one trailing newline is dropped)."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    recipients: Annotated[
        int, typer.Option("--recipients", "-r", min=1, help="Estimate parts for this many recipients.")
    ] = 1,
) -> None:
    import sys

    from ..errors import CinnoxError
    from ._segments import run_segments

    try:
        run_segments(text, as_json=as_json, recipients=recipients, out=sys.stdout, err=sys.stderr)
    except CinnoxError as e:
        fail(str(e), Exit.USAGE)


@app.command(help=COMMANDS["mock"])
def mock(
    ctx: typer.Context,
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port on 127.0.0.1.")] = 4010,
    proxy: Annotated[
        str | None, typer.Option(help="Validate live traffic: proxy to this CINNOX base URL.")
    ] = None,
    dynamic: Annotated[
        bool, typer.Option(help="Generate responses from the schemas instead of examples.")
    ] = False,
) -> None:
    """Serve the bundled spec with Prism until Ctrl-C or SIGTERM (both stop Prism and exit 0)."""
    from ..mock import PrismMock

    with reported_errors(state(ctx).debug):
        try:
            with PrismMock(port=port, upstream=proxy, dynamic=dynamic, on_status=say) as prism:
                mode = f"proxy to {proxy}, validating against the spec" if proxy else "mock"
                console.print(
                    f"Prism ({mode}) at {prism.url}  —  CINNOX_BASE_URL={prism.url}  (Ctrl-C to stop)",
                    markup=False,
                )
                code = prism.wait()
                log = prism.log
        except KeyboardInterrupt:
            console.print("stopped")
            return
        fail(f"Prism exited with code {code}:\n{log[-2000:]}", Exit.API_ERROR)


@app.command(help=COMMANDS["demo"])
def demo(ctx: typer.Context) -> None:
    """Start the mock and walk through a realistic session (OTP, bulk SMS, numbers, export, webhooks)."""
    from ._demo import run_demo

    with reported_errors(state(ctx).debug):
        run_demo()


def _confirm_bulk(count: int, limit: int, yes: bool) -> None:
    if count <= limit or yes:
        return
    refused = f"not sent: {count} recipients need a confirmation; add --yes to send without asking"
    try:
        answer = typer.confirm(f"Send to {count} recipients?", default=False)
    except typer.Abort:  # no input at all (closed or empty stdin)
        fail(refused, Exit.USAGE)
    if not answer:  # "n", or (older click) an empty stdin read as the default
        fail(refused, Exit.USAGE)


@sms_app.command("send")
def sms_send(
    ctx: typer.Context,
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
    with reported_errors(state(ctx).debug):
        from .. import _validation
        from ..resources.sms import estimate

        # refused in CLI terms before the mock starts or credentials are read
        _validation.sender(sender, "--from")
        _validation.phone_numbers(to, "--to")
        _validation.non_empty_text(text, "--text")
        e = estimate(text, len(to))
        console.print(
            f"{e.message.encoding}: {e.parts_per_recipient} part(s) × {e.recipients} "
            f"= {e.total_parts} billed parts",
            markup=False,
        )
        _confirm_bulk(len(to), confirm_above, yes)
        with open_client(use_mock) as client:
            result = client.sms.send(
                sender_number=sender, recipients=to, text=text, max_segments=max_segments
            )
        console.print(
            f"submitted: transaction {result.transaction_id} (status {result.status})", markup=False
        )


@otp_app.command("send")
def otp_send(
    ctx: typer.Context,
    sender: Annotated[str, typer.Option("--from", help="Alphanumeric Sender ID.")],
    to: Annotated[str, typer.Option("--to", help="Recipient number.")],
    text: Annotated[str, typer.Option(help="Message containing %s where the PIN goes.")],
    pin: Annotated[str, typer.Option(help="The one-time password (≤ 10 letters/digits).")],
    use_mock: MockOption = False,
) -> None:
    """Send a one-time password by SMS."""
    with reported_errors(state(ctx).debug):
        from .. import _validation

        _validation.sender_id(sender, "--from")
        _validation.phone_number(to, "--to")
        _validation.otp_text(text)
        _validation.pin(pin)
        with open_client(use_mock) as client:
            result = client.sms.send_otp(sender_number=sender, recipient_number=to, text=text, pin=pin)
        console.print(
            f"submitted: transaction {result.transaction_id} (status {result.status})", markup=False
        )


def _complete_report(incomplete: str) -> list[str]:
    return [r for r in REPORTS if r.startswith(incomplete)]


def _complete_format(incomplete: str) -> list[str]:
    return [f for f in FORMATS if f.startswith(incomplete)]


class _RateColumn:
    """A progress column that reads the limiter on every refresh: it says when the export waits."""

    def __init__(self, client: object) -> None:
        from rich.progress import ProgressColumn
        from rich.text import Text

        outer_client = client

        class Column(ProgressColumn):
            def render(self, task: Task) -> Text:
                usage = rate_usage(outer_client)  # type: ignore[arg-type]
                if usage is None:
                    return Text("")
                used, limit = usage
                if used >= limit:
                    return Text(f"waiting for the rate limit ({used}/{limit})", style="yellow")
                return Text(f"rate {used}/{limit}", style="dim")

        self.column = Column()


@app.command(help=COMMANDS["export"])
def export(
    ctx: typer.Context,
    report: Annotated[
        str, typer.Argument(help=f"One of: {', '.join(REPORTS)}.", autocompletion=_complete_report)
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-': standard output).")],
    since: Annotated[str | None, typer.Option(help=f"Range start: {TIME_HELP}.")] = None,
    until: Annotated[str | None, typer.Option(help="Range end, same forms as --since.")] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="jsonl or csv.", autocompletion=_complete_format)
    ] = "jsonl",
    page_size: Annotated[int, typer.Option(help="Records per request (1-500).")] = 500,
    prefetch: Annotated[
        int, typer.Option(help="Page requests kept in flight (1-16); the rate limit still caps the pace.")
    ] = DEFAULT_PREFETCH,
    window_days: Annotated[
        int | None, typer.Option(help="Split the range into windows of this many days.")
    ] = None,
    history_id: Annotated[str | None, typer.Option(help="Campaign for campaign-messages.")] = None,
    enquiry_id: Annotated[str | None, typer.Option(help="Enquiry for enquiry-chat.")] = None,
    call_id: Annotated[str | None, typer.Option(help="Call for recording-files.")] = None,
    conference_id: Annotated[str | None, typer.Option(help="Conference for recording-files.")] = None,
    channel_type: Annotated[str | None, typer.Option(help="Type for channel-type-details.")] = None,
    contact_id: Annotated[str | None, typer.Option(help="Contact for external-contact-activity.")] = None,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted export from its checkpoint.")] = False,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
    use_mock: MockOption = False,
) -> None:
    """Export a report, page by page, to JSONL or CSV, with progress and a resumable checkpoint.

    Times are RFC 3339, dates (taken as UTC midnight) or relative to now (7d, 12h, 30m).
    """
    with reported_errors(state(ctx).debug):
        options = ExportOptions(
            report,
            None if since is None else parse_when(since, "--since"),
            None if until is None else parse_when(until, "--until"),
            output,
            fmt,
            page_size,
            window_days,
            history_id,
            enquiry_id,
            call_id,
            conference_id,
            channel_type,
            contact_id,
            prefetch,
        )
        check_export(options, resume=resume, force=force)  # before the mock starts or credentials are read
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        with open_client(use_mock) as client:
            columns = [
                TextColumn("[bold]{task.description}"),
                BarColumn(bar_width=None),
                TextColumn("{task.fields[stats]}"),
                _RateColumn(client).column,
                TimeElapsedColumn(),
            ]
            with Progress(*columns, console=err_console, transient=False) as bar:
                task = bar.add_task(report, total=None, stats="")

                def on_page(p: ExportProgress) -> None:
                    bar.update(task, stats=f"{p.records} records, {p.pages} pages")

                result = run_export(client, options, resume=resume, force=force, on_page=on_page)
        summary = f"{result.records} records in {result.pages} pages → {output}"
        (err_console if str(output) == "-" else console).print(summary, markup=False)


@spec_app.command("coverage")
def spec_coverage() -> None:
    """The endpoint table: each documented endpoint, its method and path, and its provenance."""
    from rich.table import Table

    from .._spec import operations

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


def run(args: list[str]) -> None:
    """Run the Typer app on ``args`` with SIGTERM/SIGHUP unwinding like Ctrl-C (handlers first)."""
    install_signal_handlers()
    try:
        app(args=args, prog_name="cinnox")
    except KeyboardInterrupt:  # outside any command (while parsing, or in Typer itself)
        err_console.print("interrupted")
        raise SystemExit(int(Exit.INTERRUPTED)) from None
