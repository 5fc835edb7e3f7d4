"""``cinnox export``: stream a report to JSONL or CSV, incrementally, resumable after an interruption.

After each page the records are appended and flushed to the file, then a checkpoint (the file's
size and the next page to read) replaces ``<file>.checkpoint`` atomically. ``--resume`` truncates the
file back to the checkpointed size, dropping a page written after the last checkpoint, and continues
from the checkpointed page: no record is lost or written twice. A finished export removes its
checkpoint.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

import attrs

from .._client import Cinnox
from .._pagination import Checkpoint, Page
from .._rate_limit import SlidingWindowLimiter
from ..errors import ValidationError

__all__ = ["REPORTS", "ExportOptions", "ExportProgress", "run_export"]


class _OneShot:
    """A single-request report exported as one page (chat history, channel types, overview windows)."""

    def __init__(self, fetch: Callable[[], list[Any]]) -> None:
        self._fetch = fetch
        self.windows: list[tuple[datetime | None, datetime | None]] = [(None, None)]

    def pages(self, resume: Checkpoint | None = None) -> Iterator[Page[Any]]:
        if resume is not None and (resume.window, resume.offset) != (0, 0):
            return
        items = self._fetch()
        yield Page(items, (None, None), 0, 0, len(items) + 1, len(items))


@attrs.frozen
class ExportOptions:
    report: str
    since: datetime | None
    until: datetime | None
    output: Path
    format: str = "jsonl"
    page_size: int = 500
    window_days: int | None = None
    history_id: str | None = None
    enquiry_id: str | None = None
    call_id: str | None = None
    conference_id: str | None = None
    channel_type: str | None = None

    def identity(self) -> dict[str, Any]:
        """What must match for a checkpoint to be resumed."""
        return {
            "report": self.report,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "format": self.format,
            "page_size": self.page_size,
            "window_days": self.window_days,
            "history_id": self.history_id,
            "enquiry_id": self.enquiry_id,
            "call_id": self.call_id,
            "conference_id": self.conference_id,
            "channel_type": self.channel_type,
        }


def _window(o: ExportOptions) -> timedelta | None:
    return timedelta(days=o.window_days) if o.window_days else None


def _required(value: str | None, flag: str, report: str) -> str:
    if not value:
        raise ValidationError(f"the {report} export needs {flag}")
    return value


def _campaign_messages(c: Cinnox, o: ExportOptions) -> Any:
    return c.campaigns.messages(_required(o.history_id, "--history-id", "campaign-messages"), o.page_size)


def _enquiry_chat(c: Cinnox, o: ExportOptions) -> Any:
    enquiry_id = _required(o.enquiry_id, "--enquiry-id", "enquiry-chat")
    return _OneShot(lambda: c.reports.enquiry_chat(enquiry_id))


def _recording_files(c: Cinnox, o: ExportOptions) -> Any:
    if (o.call_id is None) == (o.conference_id is None):
        raise ValidationError("the recording-files export needs --call-id or --conference-id (one of them)")
    return _OneShot(lambda: c.reports.recording_files(call_id=o.call_id, conference_id=o.conference_id))


def _channel_type_details(c: Cinnox, o: ExportOptions) -> Any:
    channel_type = _required(o.channel_type, "--channel-type", "channel-type-details")
    return _OneShot(lambda: c.reports.channel_type_details(channel_type))


REPORTS: Final[dict[str, Callable[[Cinnox, ExportOptions], Any]]] = {
    "sms": lambda c, o: c.reports.sms_details(o.since, o.until, o.page_size, max_window=_window(o)),
    "enquiries": lambda c, o: c.reports.enquiries(o.since, o.until, o.page_size, max_window=_window(o)),
    "calls": lambda c, o: c.reports.calls(o.since, o.until, o.page_size, max_window=_window(o)),
    "call-logs": lambda c, o: c.reports.call_logs(o.since, o.until, o.page_size, max_window=_window(o)),
    "conferences": lambda c, o: c.reports.conferences(o.since, o.until, o.page_size, max_window=_window(o)),
    "campaigns": lambda c, o: c.campaigns.sent(o.since, o.until, o.page_size, max_window=_window(o)),
    "campaign-messages": _campaign_messages,
    "numbers": lambda c, o: c.numbers.list(page_size=o.page_size),
    "enquiry-chat": _enquiry_chat,
    "recording-files": _recording_files,
    "channel-types": lambda c, o: _OneShot(c.reports.channel_types),
    "channel-type-details": _channel_type_details,
    "enquiry-overview": lambda c, o: _OneShot(lambda: c.reports.enquiry_overview_by_window(o.since, o.until)),
}


def _record(item: Any) -> dict[str, Any]:
    if hasattr(item, "to_dict"):
        result: dict[str, Any] = item.to_dict()
        return result
    # OverviewWindow: its window plus the generated overview model
    return {
        "windowStart": item.start_at.isoformat(),
        "windowEnd": item.end_at.isoformat(),
        **item.overview.to_dict(),
    }


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


class _Writer:
    """Appends records as JSONL or CSV; CSV columns are fixed by the first record (kept in the
    checkpoint), later unknown fields go to an ``_extra`` JSON column."""

    def __init__(self, fmt: str, columns: list[str] | None) -> None:
        self.fmt = fmt
        self.columns = columns

    def encode(self, records: list[dict[str, Any]], *, header: bool) -> bytes:
        if self.fmt == "jsonl":
            return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
        buffer = io.StringIO()
        rows = [_flatten(r) for r in records]
        if self.columns is None and rows:
            self.columns = [*rows[0].keys(), "_extra"]
        if self.columns is None:
            return b""
        writer = csv.DictWriter(buffer, fieldnames=self.columns, lineterminator="\n")
        if header:
            writer.writeheader()
        for row in rows:
            extra = {k: row.pop(k) for k in list(row) if k not in self.columns}
            row["_extra"] = json.dumps(extra, ensure_ascii=False) if extra else ""
            writer.writerow(row)
        return buffer.getvalue().encode()


def _checkpoint_path(output: Path) -> Path:
    return output.with_name(output.name + ".checkpoint")


def _save_checkpoint(path: Path, state: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state))
    os.replace(tmp, path)


@attrs.define
class ExportProgress:
    records: int = 0
    pages: int = 0
    budget_used: int = 0
    budget: int = 0


def run_export(
    client: Cinnox,
    options: ExportOptions,
    *,
    resume: bool = False,
    force: bool = False,
    on_page: Callable[[ExportProgress], None] | None = None,
) -> ExportProgress:
    """Export one report to ``options.output``; see the module docstring for the resume rules."""
    if options.report not in REPORTS:
        raise ValidationError(f"unknown report {options.report!r}; choose one of {', '.join(REPORTS)}")
    if options.format not in ("jsonl", "csv"):
        raise ValidationError("format must be jsonl or csv")
    source = REPORTS[options.report](client, options)  # validates arguments before any request
    checkpoint_file = _checkpoint_path(options.output)
    state: dict[str, Any]
    if resume:
        if not checkpoint_file.exists():
            raise ValidationError(f"nothing to resume: {checkpoint_file} does not exist")
        state = json.loads(checkpoint_file.read_text())
        if state["identity"] != options.identity():
            raise ValidationError(
                "the checkpoint belongs to an export with other arguments; repeat them exactly"
            )
    else:
        if checkpoint_file.exists():
            raise ValidationError(
                f"{checkpoint_file} exists: an export was interrupted; add --resume to continue it"
            )
        if options.output.exists() and not force:
            raise ValidationError(f"{options.output} exists; add --force to overwrite it")
        state = {
            "identity": options.identity(),
            "window": 0,
            "offset": 0,
            "bytes": 0,
            "records": 0,
            "pages": 0,
            "columns": None,
        }
    writer = _Writer(options.format, state["columns"])
    progress = ExportProgress(records=state["records"], pages=state["pages"])
    limiter = client.rate_limiter
    if isinstance(limiter, SlidingWindowLimiter):
        progress.budget = limiter.limit
    with open(options.output, "r+b" if resume else "wb") as out:
        out.truncate(state["bytes"])
        out.seek(state["bytes"])
        for page in source.pages(resume=Checkpoint(state["window"], state["offset"])):
            data = writer.encode([_record(i) for i in page.items], header=state["bytes"] == 0)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
            progress.records += len(page.items)
            progress.pages += 1
            if isinstance(limiter, SlidingWindowLimiter):
                progress.budget_used = limiter.in_use()
            following = page.next_checkpoint(len(source.windows))
            state.update(
                bytes=out.tell(),
                records=progress.records,
                pages=progress.pages,
                columns=writer.columns,
                window=following.window if following else len(source.windows),
                offset=following.offset if following else 0,
            )
            _save_checkpoint(checkpoint_file, state)
            if on_page is not None:
                on_page(progress)
    checkpoint_file.unlink(missing_ok=True)
    return progress
