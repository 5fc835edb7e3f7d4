"""``cinnox segments``: how a text will be split and billed, before sending it.

This module imports neither Typer nor Rich: ``cinnox segments TEXT`` runs on the CLI's fast path
(see :mod:`cinnox_ext.cli`) and starts in the time of Python plus the segmentation module.

Text read from a pipe loses **one** trailing newline (``echo hi | cinnox segments`` counts ``hi``,
as ``cinnox segments hi`` does); pass the text as an argument to count a final newline.
"""

from __future__ import annotations

import sys

from ..segmentation import SegmentedMessage, suggest_gsm

TYPE_CHECKING = False  # not typing's: `cinnox segments` must start instantly
if TYPE_CHECKING:
    from typing import Any, TextIO

__all__ = ["describe", "read_text", "run_segments"]


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


def read_text(stdin: TextIO, err: TextIO) -> str:
    """The message from standard input, without the one trailing newline ``echo`` adds."""
    if stdin.isatty():
        err.write("reading the message from standard input; end it with Ctrl-D (Ctrl-Z Enter on Windows)\n")
        err.flush()
    text = stdin.read()
    if text.endswith("\r\n"):
        return text[:-2]
    return text.removesuffix("\n")


def _table(rows: list[tuple[str, str, str]]) -> str:
    header = ("#", "size", "text")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    line = "  ".join("{:<%d}" % w for w in widths)  # noqa: UP031 - a format built from widths
    out = [line.format(*header).rstrip(), "  ".join("-" * w for w in widths)]
    out += [line.format(*r).rstrip() for r in rows]
    return "\n".join(out)


def run_segments(text: str | None, *, as_json: bool, recipients: int, out: TextIO, err: TextIO) -> None:
    """Print the encoding, the parts and their sizes, what forces UCS-2, and what replacement saves."""
    if text is None or text == "-":
        text = read_text(sys.stdin, err)
    suggestion = suggest_gsm(text)
    message = suggestion.original
    if as_json:
        import json  # here, not at the top: `cinnox segments TEXT` starts ~2 ms sooner without it

        data = describe(message) | {
            "recipients": recipients,
            "total_parts": message.segment_count * recipients,
            "smart": {
                "text": suggestion.text,
                "segment_count": suggestion.suggested.segment_count,
                "saves_per_recipient": suggestion.saves,
                "replaced": suggestion.replaced,
            },
        }
        out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    unit = "septets" if message.encoding == "GSM-7" else "UTF-16 units"
    lines = [
        f"{message.encoding}, {message.segment_count} part(s), {message.units} {unit} "
        f"(up to {message.part_capacity} per part)",
        _table(
            [
                (str(i), str(size), repr(part)[1:-1])
                for i, (part, size) in enumerate(zip(message.segments, message.segment_sizes, strict=True), 1)
            ]
        ),
    ]
    if message.non_gsm_characters:
        shown = " ".join(repr(c) for c in message.non_gsm_characters[:20])
        lines.append(f"Characters forcing UCS-2: {shown}")
    if suggestion.saves > 0:
        lines.append(
            f"Replacing {len(suggestion.replaced)} look-alike character(s) by GSM ones would need "
            f"{suggestion.suggested.segment_count} part(s): saves {suggestion.saves} per recipient."
        )
    if recipients > 1:
        lines.append(
            f"{recipients} recipients × {message.segment_count} = "
            f"{recipients * message.segment_count} billed parts"
        )
    out.write("\n".join(lines) + "\n")
