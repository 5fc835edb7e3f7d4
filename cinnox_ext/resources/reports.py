"""``client.reports``: enquiries, chats, calls, call logs, conferences, recordings, SMS, channels.

List reports return lazy pagers (``for record in ...``, ``.pages()``; ``async for`` on the async
client). Nothing is requested until iteration starts, and input errors (a page size above 500, a
window that ends before it starts, a filter of the wrong type) are raised when the pager is created,
before any request.

The Enquiry Overview Matrix aggregates its window (at most 90 days, the spec's window cap), so its
totals are never summed across windows: :meth:`Reports.enquiry_overview` refuses a longer window and
:meth:`Reports.enquiry_overview_by_window` returns one result per window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from enum import Enum
from typing import Literal, TypeVar, Unpack

import attrs
from cinnox_generated.api.reports import (
    get_call_details,
    get_call_log_details,
    get_channel_type_details,
    get_channel_type_list,
    get_conference_details,
    get_enquiry_chat_details,
    get_enquiry_details,
    get_enquiry_overview_matrix,
    get_recording_file_details,
    get_sms_details,
    get_transcription_files,
)
from cinnox_generated.models import (
    CallDetail,
    CallLogRecord,
    ChannelType,
    ChannelTypeDetail,
    ConferenceDetail,
    EnquiryChatRecord,
    EnquiryDetail,
    EnquiryOverview,
    GetSmsDetailsCarrierStatus,
    GetSmsDetailsSource,
    GetSmsDetailsStatus,
    RecordingFile,
    SmsDetail,
    TranscriptionFile,
)
from cinnox_generated.types import UNSET, Unset

from .. import _validation
from .._pagination import split_windows
from ..errors import ValidationError
from ._endpoints import (
    Area,
    AsyncRaw,
    CallOptions,
    FlowGenerator,
    ListOptions,
    ModeT,
    RawView,
    Request,
    SyncRaw,
    Time,
    call,
    flow,
    many,
    operation,
    paged,
    request,
)

__all__ = ["OverviewWindow", "Reports", "SmsCarrierStatus", "SmsSource", "SmsStatus", "overview_max_window"]

E = TypeVar("E", bound=Enum)

# Literals equal to the generated enums' values (a test keeps them equal), so that a checker
# accepts plain strings and refuses misspelt ones; the enums themselves are accepted too.
SmsSource = Literal["direct", "inbound", "openAPI-otp", "openAPI-sms", "verification"] | GetSmsDetailsSource
SmsStatus = Literal["Submitted", "Rejected"] | GetSmsDetailsStatus
SmsCarrierStatus = Literal["Delivered", "Queued", "Undelivered"] | GetSmsDetailsCarrierStatus


def overview_max_window() -> timedelta:
    """The Enquiry Overview Matrix's window cap, as the spec declares it (``max-window-days``)."""
    days = operation("getEnquiryOverviewMatrix").max_window_days
    assert days is not None
    return timedelta(days=days)


def _enum(kind: type[E], value: object, name: str) -> E | Unset:
    if value is None:
        return UNSET
    try:
        return kind(value.value if isinstance(value, Enum) else value)
    except (ValueError, TypeError):
        allowed = ", ".join(repr(m.value) for m in kind)
        raise ValidationError(f"{name} must be one of {allowed}, got {_validation._shown(value)}") from None


def _filter(value: object, name: str) -> str | Unset:
    return UNSET if value is None else _validation.identifier(value, name)


def _call_or_conference(call_id: str | None, conference_id: str | None) -> dict[str, str | Unset]:
    """Exactly one of the two IDs, as the generated ``call_id``/``conference_id`` arguments."""
    if (call_id is None) == (conference_id is None):
        raise ValidationError("give exactly one of call_id or conference_id")
    return {"call_id": _filter(call_id, "call_id"), "conference_id": _filter(conference_id, "conference_id")}


def _sms_ids(value: object) -> str | Unset:
    if value is None:
        return UNSET
    ids = [value] if isinstance(value, str) else _validation.bounded_list(value, "sms_id", 500)
    if not ids:
        raise ValidationError("sms_id must be an SMS ID or a non-empty list of SMS IDs")
    checked = [_validation.identifier(i, f"sms_id[{n}]") for n, i in enumerate(ids)]
    if any("," in i for i in checked):
        raise ValidationError("an SMS ID cannot contain ',' (it separates the IDs of the filter)")
    return ",".join(checked)


def _overview_window(start_at: object, end_at: object) -> tuple[datetime, datetime]:
    start, end = _validation.time_window(start_at, end_at)
    if start is None or end is None:
        raise ValidationError("the enquiry overview needs both start_at and end_at")
    return start, end


@attrs.frozen
class OverviewWindow:
    """The overview totals of one window of at most 90 days."""

    start_at: datetime
    end_at: datetime
    overview: EnquiryOverview


class Reports(Area[ModeT]):
    """``client.reports``; every list is a lazy pager, every other method one request."""

    with_raw_response: RawView[Reports[SyncRaw], Reports[AsyncRaw]] = RawView()

    @paged("getEnquiryDetails", EnquiryDetail.from_dict)
    def enquiries(
        self, start_at: Time = None, end_at: Time = None, page_size: int = 500, **options: Unpack[ListOptions]
    ) -> Request:
        """Every enquiry in the window (Get Enquiry Details)."""
        return request(get_enquiry_details._get_kwargs)

    @call("getEnquiryChatDetails", many(EnquiryChatRecord.from_dict))
    def enquiry_chat(self, enquiry_id: str, **options: Unpack[CallOptions]) -> Request:
        """The chat history of one closed enquiry (its ``inquiry`` ID or ``displayCaseNumber``)."""
        return request(
            get_enquiry_chat_details._get_kwargs, enquiry_id=_validation.identifier(enquiry_id, "enquiry_id")
        )

    @paged("getCallDetails", CallDetail.from_dict)
    def calls(
        self, start_at: Time = None, end_at: Time = None, page_size: int = 500, **options: Unpack[ListOptions]
    ) -> Request:
        """Every 1-on-1 call in the window (Get Call Details)."""
        return request(get_call_details._get_kwargs)

    @paged("getCallLogDetails", CallLogRecord.from_dict)
    def call_logs(
        self, start_at: Time = None, end_at: Time = None, page_size: int = 500, **options: Unpack[ListOptions]
    ) -> Request:
        """Every call log (calls and conferences) in the window (Get Call Log Details)."""
        return request(get_call_log_details._get_kwargs)

    @paged("getConferenceDetails", ConferenceDetail.from_dict)
    def conferences(
        self, start_at: Time = None, end_at: Time = None, page_size: int = 500, **options: Unpack[ListOptions]
    ) -> Request:
        """Every conference in the window (Get Conference Details)."""
        return request(get_conference_details._get_kwargs)

    @call("getRecordingFileDetails", many(RecordingFile.from_dict))
    def recording_files(
        self, *, call_id: str | None = None, conference_id: str | None = None, **options: Unpack[CallOptions]
    ) -> Request:
        """The recording files of one call or one conference (exactly one of the two)."""
        return request(get_recording_file_details._get_kwargs, **_call_or_conference(call_id, conference_id))

    @call("getTranscriptionFiles", many(TranscriptionFile.from_dict))
    def transcription_files(
        self, *, call_id: str | None = None, conference_id: str | None = None, **options: Unpack[CallOptions]
    ) -> Request:
        """The transcription files of one call or one conference (endpoint shape inferred)."""
        return request(get_transcription_files._get_kwargs, **_call_or_conference(call_id, conference_id))

    @paged("getSmsDetails", SmsDetail.from_dict)
    def sms_details(
        self,
        start_at: Time = None,
        end_at: Time = None,
        page_size: int = 500,
        *,
        sms_id: str | Sequence[str] | None = None,
        status: SmsStatus | None = None,
        source: SmsSource | None = None,
        carrier_status: SmsCarrierStatus | None = None,
        sender: str | None = None,
        recipient: str | None = None,
        **options: Unpack[ListOptions],
    ) -> Request:
        """Every SMS matching the filters, across pages (Get SMS Details). ``sms_id`` takes one ID or a
        list; ``sender``/``recipient`` a number (with or without ``+``) or a Sender ID."""
        return request(
            get_sms_details._get_kwargs,
            sms_id=_sms_ids(sms_id),
            status=_enum(GetSmsDetailsStatus, status, "status"),
            source=_enum(GetSmsDetailsSource, source, "source"),
            carrier_status=_enum(GetSmsDetailsCarrierStatus, carrier_status, "carrier_status"),
            sender=_filter(sender, "sender"),
            recipient=_filter(recipient, "recipient"),
        )

    @call("getEnquiryOverviewMatrix", EnquiryOverview.from_dict)
    def enquiry_overview(self, start_at: Time, end_at: Time, **options: Unpack[CallOptions]) -> Request:
        """Enquiry totals of one window of at most 90 days."""
        start, end = _overview_window(start_at, end_at)
        if end - start > overview_max_window():
            raise ValidationError(
                f"the enquiry overview covers at most {overview_max_window().days} days, got "
                f"{(end - start).days} days; its totals cannot be added across windows, so use "
                "enquiry_overview_by_window() for one result per window"
            )
        return request(get_enquiry_overview_matrix._get_kwargs, start_at=start, end_at=end)

    @flow
    def enquiry_overview_by_window(
        self, start_at: Time, end_at: Time, **options: Unpack[CallOptions]
    ) -> FlowGenerator[list[OverviewWindow]]:
        """One overview per consecutive window of at most 90 days covering the range (never summed)."""
        start, end = _overview_window(start_at, end_at)
        windows = [(s or start, e or end) for s, e in split_windows(start, end, overview_max_window())]
        results: list[OverviewWindow] = []
        for s, e in windows:
            req = request(get_enquiry_overview_matrix._get_kwargs, start_at=s, end_at=e)
            overview: EnquiryOverview = yield ("getEnquiryOverviewMatrix", req, EnquiryOverview.from_dict)
            results.append(OverviewWindow(s, e, overview))
        return results

    @call("getChannelTypeList", many(ChannelType.from_dict))
    def channel_types(self, **options: Unpack[CallOptions]) -> Request:
        """The supported channel types (Get Channel Type List; inferred)."""
        return request(get_channel_type_list._get_kwargs)

    @call("getChannelTypeDetails", many(ChannelTypeDetail.from_dict))
    def channel_type_details(self, channel_type: str, **options: Unpack[CallOptions]) -> Request:
        """The channels of one type (Get Channel Type Details; inferred)."""
        return request(
            get_channel_type_details._get_kwargs,
            channel_type=_validation.identifier(channel_type, "channel_type"),
        )
