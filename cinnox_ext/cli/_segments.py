"""``cinnox segments``: how a text will be split and billed, before sending it."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer
from rich.table import Table

from ..segmentation import SegmentedMessage, suggest_gsm
from ._common import console


def describe(message: SegmentedMessage) -> dict[str, Any]:
    return {
        "encoding": message.encoding,
        "segment_count": message.segment_count,
        "units": message.units,
        "part_capacity": message.part_capacity,
        "segments": [
            {"text": t, "size": s} for t, s in zip(message.segments, message.segment_sizes, strict=True)
        ],
        "non_gsm_characters": message.non_gsm_characters,
    }


def segments(
    text: Annotated[
        str | None, typer.Argument(help="The message; read from standard input when omitted or '-'.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    recipients: Annotated[
        int, typer.Option("--recipients", "-r", min=1, help="Estimate parts for this many recipients.")
    ] = 1,
) -> None:
    """Show the encoding, the parts and their sizes, what forces UCS-2, and what smart replacement saves."""
    if text is None or text == "-":
        text = sys.stdin.read()
    suggestion = suggest_gsm(text)
    message = suggestion.original
    if as_json:
        out = describe(message) | {
            "recipients": recipients,
            "total_parts": message.segment_count * recipients,
            "smart": {
                "text": suggestion.text,
                "segment_count": suggestion.suggested.segment_count,
                "saves_per_recipient": suggestion.saves,
                "replaced": suggestion.replaced,
            },
        }
        console.print_json(json.dumps(out, ensure_ascii=False))
        return
    unit = "septets" if message.encoding == "GSM-7" else "UTF-16 units"
    console.print(
        f"[bold]{message.encoding}[/], {message.segment_count} part(s), {message.units} {unit} "
        f"(up to {message.part_capacity} per part)"
    )
    table = Table("#", "size", "text")
    for i, (part, size) in enumerate(zip(message.segments, message.segment_sizes, strict=True), 1):
        table.add_row(str(i), str(size), repr(part)[1:-1])
    console.print(table)
    if message.non_gsm_characters:
        shown = " ".join(repr(c) for c in message.non_gsm_characters[:20])
        console.print(f"Characters forcing UCS-2: {shown}")
    if suggestion.saves > 0:
        console.print(
            f"Replacing {len(suggestion.replaced)} look-alike character(s) by GSM ones would need "
            f"{suggestion.suggested.segment_count} part(s): [green]saves {suggestion.saves} per recipient[/]."
        )
    if recipients > 1:
        console.print(
            f"{recipients} recipients × {message.segment_count} = "
            f"{recipients * message.segment_count} billed parts"
        )
