"""``cinnox export``: stream a report to JSONL or CSV, incrementally, resumable after an interruption.

After each page the records are appended, flushed and synced to the file, then a checkpoint replaces
``<file>.checkpoint`` atomically: the file's size and the pager's own :class:`Checkpoint`
(``Checkpoint.to_dict()``: window, offset, the identities seen at a window boundary, the pinned end of
an open range). ``--resume`` truncates the file back to the checkpointed size, dropping a page written
after the last checkpoint, and continues from ``Checkpoint.from_dict(...)``: no record is lost or
written twice, also across window boundaries. A finished export removes its checkpoint.

Strict JSON: a float the server sent as ``NaN``/``Infinity`` is written as ``null`` (an empty CSV
cell), so every JSONL line is valid JSON. ``-o -`` writes to standard output (no checkpoint).

Every argument and the output path are checked by :func:`check_export` before a client is opened.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final

import attrs

from .._pagination import MAX_PREFETCH, Checkpoint, Page
from ..errors import ValidationError

if TYPE_CHECKING:
    from .._client import Cinnox

__all__ = [
    "DEFAULT_PREFETCH",
    "FORMATS",
    "MAX_WINDOW_DAYS",
    "REPORTS",
    "ExportOptions",
    "ExportProgress",
    "check_export",
    "run_export",
]


#: Page requests an export keeps in flight by default: one request at a time is bound by latency
#: (at 300 ms a page, 3.3 requests/s against CINNOX's 500/min = 8.3/s); four fill the budget up to
#: ~480 ms a page, and the rate limiter still caps the pace.
DEFAULT_PREFETCH: Final = 4


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
    contact_id: str | None = None
    #: page requests kept in flight (worker threads); not part of :meth:`identity`: a resume may
    #: use another value, the records and their order are the same.
    prefetch: int = DEFAULT_PREFETCH

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
            # only when given: checkpoints written before this option existed still resume
            **({"contact_id": self.contact_id} if self.contact_id is not None else {}),
        }


def _window(o: ExportOptions) -> timedelta | None:
    return timedelta(days=o.window_days) if o.window_days else None


def _paging(o: ExportOptions) -> dict[str, Any]:
    """Options of a time-windowed list: the window cap and the pages kept in flight."""
    return {"max_window": _window(o), "prefetch": o.prefetch}


def _required(value: str | None, flag: str, report: str) -> str:
    if not value:
        raise ValidationError(f"the {report} export needs {flag}")
    return value


def _campaign_messages(c: Cinnox, o: ExportOptions) -> Any:
    history_id = _required(o.history_id, "--history-id", "campaign-messages")
    return c.campaigns.messages(history_id, o.page_size, prefetch=o.prefetch)


def _enquiry_chat(c: Cinnox, o: ExportOptions) -> Any:
    enquiry_id = _required(o.enquiry_id, "--enquiry-id", "enquiry-chat")
    return _OneShot(lambda: c.reports.enquiry_chat(enquiry_id))


def _recording_files(c: Cinnox, o: ExportOptions) -> Any:
    if (o.call_id is None) == (o.conference_id is None):
        raise ValidationError("the recording-files export needs --call-id or --conference-id (one of them)")
    return _OneShot(lambda: c.reports.recording_files(call_id=o.call_id, conference_id=o.conference_id))


def _contact_activity(c: Cinnox, o: ExportOptions) -> Any:
    contact_id = _required(o.contact_id, "--contact-id", "external-contact-activity")
    return c.management.external_contact_activity(contact_id, o.page_size, prefetch=o.prefetch)


def _channel_type_details(c: Cinnox, o: ExportOptions) -> Any:
    channel_type = _required(o.channel_type, "--channel-type", "channel-type-details")
    return _OneShot(lambda: c.reports.channel_type_details(channel_type))


REPORTS: Final[dict[str, Callable[[Any, ExportOptions], Any]]] = {  # the client: a Cinnox
    "sms": lambda c, o: c.reports.sms_details(o.since, o.until, o.page_size, **_paging(o)),
    "enquiries": lambda c, o: c.reports.enquiries(o.since, o.until, o.page_size, **_paging(o)),
    "calls": lambda c, o: c.reports.calls(o.since, o.until, o.page_size, **_paging(o)),
    "call-logs": lambda c, o: c.reports.call_logs(o.since, o.until, o.page_size, **_paging(o)),
    "conferences": lambda c, o: c.reports.conferences(o.since, o.until, o.page_size, **_paging(o)),
    "campaigns": lambda c, o: c.campaigns.sent(o.since, o.until, o.page_size, **_paging(o)),
    "campaign-messages": _campaign_messages,
    "numbers": lambda c, o: c.numbers.list(page_size=o.page_size, prefetch=o.prefetch),
    "enquiry-chat": _enquiry_chat,
    "recording-files": _recording_files,
    "channel-types": lambda c, o: _OneShot(c.reports.channel_types),
    "channel-type-details": _channel_type_details,
    "enquiry-overview": lambda c, o: _OneShot(lambda: c.reports.enquiry_overview_by_window(o.since, o.until)),
    # Management API lists
    "external-contacts": lambda c, o: c.management.external_contacts(o.page_size, prefetch=o.prefetch),
    "external-contact-activity": _contact_activity,
    "staff-contacts": lambda c, o: c.management.staff_contacts(o.page_size, prefetch=o.prefetch),
    "destinations": lambda c, o: c.management.destinations(o.page_size, prefetch=o.prefetch),
    "tags": lambda c, o: c.management.tags(o.page_size, prefetch=o.prefetch),
    "labels": lambda c, o: c.management.labels(o.page_size, prefetch=o.prefetch),
    "supported-languages": lambda c, o: _OneShot(c.management.supported_languages),
    "supported-locations": lambda c, o: _OneShot(c.management.supported_locations),
}


FORMATS: Final = ("jsonl", "csv")
#: ``--window-days`` above this is refused (a window longer than a century is a typo).
MAX_WINDOW_DAYS: Final = 36_500
MAX_PAGE_SIZE: Final = 500
#: reports that need an id, and the option that gives it
_NEEDS: Final = {
    "campaign-messages": ("history_id", "--history-id"),
    "enquiry-chat": ("enquiry_id", "--enquiry-id"),
    "channel-type-details": ("channel_type", "--channel-type"),
    "external-contact-activity": ("contact_id", "--contact-id"),
}
_CHECKPOINT_VERSION: Final = 2


def _finite(value: Any) -> Any:
    """``value`` with every non-finite float replaced by ``None`` (strict JSON has no NaN)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _dumps(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False)
    except ValueError:  # NaN or Infinity somewhere: written as null
        return json.dumps(_finite(value), ensure_ascii=False, allow_nan=False)


def _record(item: Any) -> dict[str, Any]:
    if hasattr(item, "to_dict"):
        result: dict[str, Any] = item.to_dict()
        return result
    if isinstance(item, dict):
        return item
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
            flat[name] = _dumps(value)
        elif isinstance(value, float) and not math.isfinite(value):
            flat[name] = None
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
            return "".join(_dumps(r) + "\n" for r in records).encode()
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
            row["_extra"] = _dumps(extra) if extra else ""
            writer.writerow(row)
        return buffer.getvalue().encode()


def checkpoint_path(output: Path) -> Path:
    return output.with_name(output.name + ".checkpoint")


def _save_checkpoint(path: Path, state: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w") as f:
        f.write(json.dumps(state, allow_nan=False))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _is_stdout(output: Path) -> bool:
    return str(output) == "-"


def _corrupt(path: Path, why: str) -> ValidationError:
    return ValidationError(
        f"the checkpoint {path} is unreadable ({why}); delete it and start the export again"
    )


def _load_checkpoint(path: Path, options: ExportOptions) -> tuple[dict[str, Any], Checkpoint | None]:
    """The saved state and the pager checkpoint (``None``: every page was written)."""
    try:
        state = json.loads(path.read_bytes())
    except OSError as e:
        raise ValidationError(f"cannot read the checkpoint {path}: {e.strerror or e}") from None
    except (ValueError, RecursionError):
        raise _corrupt(path, "not JSON") from None
    if not isinstance(state, dict) or state.get("version") != _CHECKPOINT_VERSION:
        raise _corrupt(path, "not a checkpoint of this version of cinnox")
    if state.get("identity") != options.identity():
        raise ValidationError("the checkpoint belongs to an export with other arguments; repeat them exactly")
    for name in ("bytes", "records", "pages"):
        value = state.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _corrupt(path, f"{name} must be an integer ≥ 0")
    columns = state.get("columns")
    if columns is not None and not (isinstance(columns, list) and all(isinstance(c, str) for c in columns)):
        raise _corrupt(path, "columns must be a list of names")
    pager = state.get("pager")
    try:
        resume = None if pager is None else Checkpoint.from_dict(pager)
    except ValidationError as e:
        raise _corrupt(path, str(e)) from None
    return state, resume


def check_export(options: ExportOptions, *, resume: bool = False, force: bool = False) -> None:
    """Refuse bad arguments and unusable output paths, in CLI terms, before any client is opened."""
    o = options
    if o.report not in REPORTS:
        raise ValidationError(f"unknown report {o.report!r}; choose one of {', '.join(REPORTS)}")
    if o.format not in FORMATS:
        raise ValidationError(f"--format must be jsonl or csv, not {o.format!r}")
    if isinstance(o.page_size, bool) or not 1 <= o.page_size <= MAX_PAGE_SIZE:
        raise ValidationError(f"--page-size must be between 1 and {MAX_PAGE_SIZE}, not {o.page_size}")
    if isinstance(o.prefetch, bool) or not isinstance(o.prefetch, int) or not 1 <= o.prefetch <= MAX_PREFETCH:
        raise ValidationError(f"--prefetch must be between 1 and {MAX_PREFETCH}, not {o.prefetch}")
    if o.window_days is not None and not 1 <= o.window_days <= MAX_WINDOW_DAYS:
        raise ValidationError(f"--window-days must be between 1 and {MAX_WINDOW_DAYS}, not {o.window_days}")
    if o.since is not None and o.until is not None and o.since >= o.until:
        raise ValidationError(
            f"--since ({o.since.isoformat()}) must be before --until ({o.until.isoformat()})"
        )
    if o.report in _NEEDS:
        field, flag = _NEEDS[o.report]
        if not getattr(o, field):
            raise ValidationError(f"the {o.report} export needs {flag}")
    if o.report == "recording-files" and (o.call_id is None) == (o.conference_id is None):
        raise ValidationError("the recording-files export needs --call-id or --conference-id (one of them)")
    if o.report == "enquiry-overview" and (o.since is None or o.until is None):
        raise ValidationError("the enquiry-overview export needs --since and --until")
    if _is_stdout(o.output):
        if resume:
            raise ValidationError("--resume needs a file: an export to standard output (-o -) cannot resume")
        return
    _check_output(o, resume=resume, force=force)


def _check_output(options: ExportOptions, *, resume: bool, force: bool) -> None:
    output = options.output
    parent = output.parent
    if output.is_dir():
        raise ValidationError(f"-o {output} is a directory; name a file in it")
    if not parent.exists():
        raise ValidationError(f"-o {output}: the directory {parent} does not exist")
    if not parent.is_dir():
        raise ValidationError(f"-o {output}: {parent} is not a directory")
    if not os.access(parent, os.W_OK):
        raise ValidationError(f"-o {output}: the directory {parent} is not writable")
    checkpoint = checkpoint_path(output)
    if resume:
        if not checkpoint.exists():
            raise ValidationError(f"nothing to resume: {checkpoint} does not exist")
        if not output.exists():
            raise ValidationError(
                f"cannot resume: {output} was deleted or moved; delete {checkpoint} and start again"
            )
        _resume_state(options)
        return
    if checkpoint.exists():
        raise ValidationError(f"{checkpoint} exists: an export was interrupted; add --resume to continue it")
    if output.exists() and not force:
        raise ValidationError(f"{output} exists; add --force to overwrite it")


def _resume_state(options: ExportOptions) -> tuple[dict[str, Any], Checkpoint | None]:
    checkpoint_file = checkpoint_path(options.output)
    state, start = _load_checkpoint(checkpoint_file, options)
    try:
        size = options.output.stat().st_size
    except OSError as e:
        raise ValidationError(f"cannot resume: {options.output}: {e.strerror or e}") from None
    if size < state["bytes"]:
        raise ValidationError(
            f"cannot resume: {options.output} is shorter than the checkpoint says "
            f"({size} < {state['bytes']} bytes); delete {checkpoint_file} and start again"
        )
    return state, start


@attrs.define
class ExportProgress:
    records: int = 0
    pages: int = 0
    budget_used: int = 0
    budget: int = 0


def _usage(limiter: object) -> tuple[int, int] | None:
    """(slots in use, limit) from any limiter offering ``usage()`` (or ``in_use()``/``limit``)."""
    usage = getattr(limiter, "usage", None)
    if callable(usage):
        u = usage()
        return int(u.in_use), int(u.limit)
    in_use, limit = getattr(limiter, "in_use", None), getattr(limiter, "limit", None)
    if callable(in_use) and isinstance(limit, int):
        return int(in_use()), limit
    return None


def rate_usage(client: Cinnox) -> tuple[int, int] | None:
    """The client's rate-limit use right now, or ``None`` without a limiter (or one that cannot say)."""
    limiter = getattr(client, "rate_limiter", None)
    if limiter is None:
        return None
    try:
        return _usage(limiter)
    except Exception:  # a progress display never fails an export (Redis down: shown as unknown)
        return None


def _write(out: IO[bytes], data: bytes, output: Path) -> None:
    try:
        out.write(data)
        out.flush()
        if not _is_stdout(output):
            os.fsync(out.fileno())
    except OSError as e:
        raise ValidationError(f"cannot write {output}: {e.strerror or e}") from None


def run_export(
    client: Cinnox,
    options: ExportOptions,
    *,
    resume: bool = False,
    force: bool = False,
    on_page: Callable[[ExportProgress], None] | None = None,
) -> ExportProgress:
    """Export one report to ``options.output``; see the module docstring for the resume rules."""
    check_export(options, resume=resume, force=force)
    source = REPORTS[options.report](client, options)  # validates arguments before any request
    to_stdout = _is_stdout(options.output)
    checkpoint_file = checkpoint_path(options.output)
    state: dict[str, Any]
    start: Checkpoint | None
    if resume:
        state, start = _resume_state(options)
    else:
        start = Checkpoint()
        state = {
            "version": _CHECKPOINT_VERSION,
            "identity": options.identity(),
            "bytes": 0,
            "records": 0,
            "pages": 0,
            "columns": None,
            "pager": start.to_dict(),
        }
    writer = _Writer(options.format, state["columns"])
    progress = ExportProgress(records=state["records"], pages=state["pages"])
    if (usage := rate_usage(client)) is not None:
        progress.budget_used, progress.budget = usage
    out: IO[bytes]
    if to_stdout:
        out = sys.stdout.buffer
        closing: Any = contextlib.nullcontext(out)
    else:
        try:
            out = open(options.output, "r+b" if resume else "wb")  # noqa: SIM115 - closed below
        except OSError as e:
            raise ValidationError(f"cannot write {options.output}: {e.strerror or e}") from None
        closing = out
    with closing:
        if not to_stdout:
            out.truncate(state["bytes"])
            out.seek(state["bytes"])
        if start is None:
            pages: Iterator[Page[Any]] = iter(())
        else:
            pages = source.pages(resume=start)
        for page in pages:
            data = writer.encode([_record(i) for i in page.items], header=state["bytes"] == 0)
            _write(out, data, options.output)
            progress.records += len(page.items)
            progress.pages += 1
            if (usage := rate_usage(client)) is not None:
                progress.budget_used, progress.budget = usage
            following = page.next
            state.update(
                bytes=state["bytes"] + len(data),
                records=progress.records,
                pages=progress.pages,
                columns=writer.columns,
                pager=None if following is None else following.to_dict(),
            )
            if not to_stdout:
                _save_checkpoint(checkpoint_file, state)
            if on_page is not None:
                on_page(progress)
    if not to_stdout:
        checkpoint_file.unlink(missing_ok=True)
    return progress
