"""``cinnox spec diff SOURCE``: what changed between the bundled spec and a docs page or OpenAPI file.

Exit status: 0 no drift, 1 drift, 2 SOURCE (or ``--spec``) unreadable — one line on stderr, never a
traceback — so a scheduled CI job can run it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ._common import console, err_console

DRIFT = 1
UNREADABLE = 2


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"type"}:
        return _cell(value["type"])
    if isinstance(value, dict):
        return ", ".join(f"{k}={_cell(v)}" for k, v in value.items() if v is not None) or "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def spec_diff(
    source: Annotated[
        str,
        typer.Argument(help="A file, an http(s) URL or - (stdin): an OpenAPI document or a saved docs page."),
    ],
    spec: Annotated[
        Path | None, typer.Option("--spec", help="The spec to compare with (default: the bundled one).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report (schema 1).")] = False,
    registry_id: Annotated[
        bool,
        typer.Option(
            "--registry-id",
            help="Only print the ReadMe API registry id of a docs page and its definition URL.",
        ),
    ] = False,
) -> None:
    """Compare the spec with a docs page or another OpenAPI document (exit 0 same, 1 drift, 2 unreadable)."""
    from ..spec_diff import UnreadableSourceError, diff
    from ..spec_diff._source import load

    try:
        if registry_id:
            _print_registry_id(load(source), as_json)
            return
        report = diff(source, spec)
    except UnreadableSourceError as e:
        err_console.print(f"[bold red]error:[/] cannot compare: {escape(str(e))}", soft_wrap=True)
        raise typer.Exit(UNREADABLE) from None
    if as_json:
        print(json.dumps(report.to_dict(), indent=2, sort_keys=False, default=str))
    else:
        _print_table(report)
    if report.drift:
        raise typer.Exit(DRIFT)


def _print_registry_id(src: Any, as_json: bool) -> None:
    from ..spec_diff import registry_definition_url

    rid = src.page.registry_id if src.page is not None else None
    if rid is None:
        err_console.print(
            f"[bold red]error:[/] no ReadMe registry id (npx api install …) in {escape(src.label)}"
        )
        raise typer.Exit(UNREADABLE)
    if as_json:
        print(json.dumps({"source_registry_id": rid, "source_registry_url": registry_definition_url(rid)}))
    else:
        console.print(escape(rid))
        console.print(escape(registry_definition_url(rid)))


def _print_table(report: Any) -> None:
    page = report.page
    what = "docs page" if report.source_kind == "docs-page" else "OpenAPI document"
    header = f"spec {escape(report.spec)}  vs  {what} {escape(report.source)}"
    if page is not None:
        shown = " ".join(str(page[k]) for k in ("method", "path") if page.get(k)) or "?"
        header += f"\npage: {escape(str(page.get('title') or '(untitled)'))} ({escape(shown)}) → " + escape(
            str(page.get("operation") or "no operation in the spec")
        )
    if report.source_registry_id:
        header += (
            f"\nReadMe registry: {escape(report.source_registry_id)} ({escape(report.source_registry_url)})"
        )
    console.print(header, soft_wrap=True)
    if not report.changes:
        console.print("[green]no drift[/]")
        return
    console.print(f"[bold]{len(report.changes)} differences[/]")
    colours = {"added": "green", "removed": "red", "changed": "yellow"}
    by_operation: dict[str, list[Any]] = {}
    for c in report.changes:
        by_operation.setdefault(c.operation, []).append(c)
    for operation, changes in by_operation.items():
        table = Table(title=escape(operation), title_justify="left", title_style="bold")
        widest = max(len(c.name) for c in changes)
        table.add_column("Kind", overflow="fold", min_width=9)
        table.add_column("Name", overflow="fold", min_width=min(widest, 40))
        table.add_column("Change", no_wrap=True)
        table.add_column("Spec", overflow="fold")
        table.add_column("Source", overflow="fold")
        for c in changes:
            change = c.change + (f" ({c.aspect})" if c.aspect else "")
            table.add_row(
                escape(c.kind),
                "" if c.kind == "operation" and c.name == c.operation else escape(c.name),
                f"[{colours[c.change]}]{escape(change)}[/]",
                escape(_cell(c.spec)),
                escape(_cell(c.source)),
            )
        console.print(table)
    console.print("added: in SOURCE, not in the spec · removed: in the spec, not in SOURCE")
