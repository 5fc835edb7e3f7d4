"""``client.reports``: enquiries, chats, calls, call logs, conferences, recordings, SMS, channels.

List reports return lazy pagers (``for record in ...``, ``.pages()``; ``async for`` on the async
client). Nothing is requested until iteration starts, and input errors (a page size above 500, a
window that ends before it starts, an unknown filter) are raised when the pager is created, before
any request.

The Enquiry Overview Matrix aggregates its window (at most 90 days), so its totals are never summed
across windows: :meth:`Reports.enquiry_overview` refuses a longer window and
:meth:`Reports.enquiry_overview_by_window` returns one result per window.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Final

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
)
from cinnox_generated.models import (
    CallDetail,
    CallDetailsResponse,
    CallLogRecord,
    CallLogResponse,
    ChannelType,
    ChannelTypeDetail,
    ChannelTypeDetailsResponse,
    ChannelTypeListResponse,
    ConferenceDetail,
    ConferenceDetailsResponse,
    EnquiryChatRecord,
    EnquiryChatResponse,
    EnquiryDetail,
    EnquiryDetailsResponse,
    EnquiryOverview,
    EnquiryOverviewResponse,
    GetSmsDetailsCarrierStatus,
    GetSmsDetailsSource,
    GetSmsDetailsStatus,
    RecordingFile,
    RecordingFilesResponse,
    SmsDetail,
    SmsDetailsResponse,
)

from .. import _validation
from .._pagination import AsyncPager, SyncPager, split_windows
from ..errors import ValidationError
from ._common import MAX_WINDOW_DAYS, AsyncResource, SyncResource

__all__ = ["OVERVIEW_MAX_WINDOW", "AsyncReports", "OverviewWindow", "Reports", "sms_filters"]

#: Documented: "You can query up to 90 days of the overview matrix data" (the spec's
#: ``x-cinnox-max-window-days``; a test keeps the two equal).
OVERVIEW_MAX_WINDOW: Final = timedelta(days=MAX_WINDOW_DAYS["getEnquiryOverviewMatrix"])

_SMS_ENUM_FILTERS: Final[dict[str, type[Enum]]] = {
    "source": GetSmsDetailsSource,
    "status": GetSmsDetailsStatus,
    "carrier_status": GetSmsDetailsCarrierStatus,
}
_SMS_TEXT_FILTERS: Final = ("sender", "recipient")


def sms_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """Check Get SMS Details filters and convert them to the generated client's types."""
    out: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        if name in _SMS_ENUM_FILTERS:
            enum = _SMS_ENUM_FILTERS[name]
            try:
                out[name] = enum(value.value if isinstance(value, Enum) else value)
            except ValueError:
                allowed = ", ".join(repr(m.value) for m in enum)
                raise ValidationError(f"{name} must be one of {allowed}, got {value!r}") from None
        elif name in _SMS_TEXT_FILTERS:
            out[name] = _validation.non_empty_text(value, name)
        elif name == "sms_id":
            ids = [value] if isinstance(value, str) else list(value)
            if not ids or not all(isinstance(i, str) and i and "," not in i for i in ids):
                raise ValidationError("sms_id must be an SMS ID or a list of SMS IDs")
            out[name] = ",".join(ids)
        else:
            known = ", ".join([*_SMS_ENUM_FILTERS, *_SMS_TEXT_FILTERS, "sms_id"])
            raise ValidationError(f"unknown sms_details filter {name!r}; known filters: {known}")
    return out


def _overview_window(start_at: object, end_at: object) -> tuple[datetime, datetime]:
    start, end = _validation.time_window(start_at, end_at)
    if start is None or end is None:
        raise ValidationError("the enquiry overview needs both start_at and end_at")
    if end - start > OVERVIEW_MAX_WINDOW:
        raise ValidationError(
            f"the enquiry overview covers at most 90 days, got {(end - start).days} days; its totals "
            "cannot be added across windows, so use enquiry_overview_by_window() for one result per window"
        )
    return start, end


def _recording_target(call_id: str | None, conference_id: str | None) -> dict[str, Any]:
    if (call_id is None) == (conference_id is None):
        raise ValidationError("give exactly one of call_id or conference_id")
    if call_id is not None:
        return {"call_id": _validation.non_empty_text(call_id, "call_id")}
    return {"conference_id": _validation.non_empty_text(conference_id, "conference_id")}


@attrs.frozen
class OverviewWindow:
    """The overview totals of one window of at most 90 days."""

    start_at: datetime
    end_at: datetime
    overview: EnquiryOverview


def _windows_for_overview(start_at: object, end_at: object) -> list[tuple[datetime, datetime]]:
    start, end = _validation.time_window(start_at, end_at)
    if start is None or end is None:
        raise ValidationError("the enquiry overview needs both start_at and end_at")
    return [(s or start, e or end) for s, e in split_windows(start, end, OVERVIEW_MAX_WINDOW)]


class Reports(SyncResource):
    def enquiries(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
    ) -> SyncPager[EnquiryDetail]:
        """Every enquiry in the window (Get Enquiry Details)."""
        return self._pager(
            get_enquiry_details.sync_detailed,
            EnquiryDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
        )

    def enquiry_chat(self, enquiry_id: str) -> list[EnquiryChatRecord]:
        """The chat history of one closed enquiry (its ``inquiry`` ID or ``displayCaseNumber``)."""
        eid = _validation.non_empty_text(enquiry_id, "enquiry_id")
        return self._call(get_enquiry_chat_details.sync_detailed, EnquiryChatResponse, enquiry_id=eid).result

    def calls(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
    ) -> SyncPager[CallDetail]:
        """Every 1-on-1 call in the window (Get Call Details)."""
        return self._pager(
            get_call_details.sync_detailed,
            CallDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
        )

    def call_logs(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
    ) -> SyncPager[CallLogRecord]:
        """Every call log (calls and conferences) in the window (Get Call Log Details)."""
        return self._pager(
            get_call_log_details.sync_detailed,
            CallLogResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.hid,
        )

    def conferences(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
    ) -> SyncPager[ConferenceDetail]:
        """Every conference in the window (Get Conference Details)."""
        return self._pager(
            get_conference_details.sync_detailed,
            ConferenceDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.conference_id,
        )

    def recording_files(
        self, *, call_id: str | None = None, conference_id: str | None = None
    ) -> list[RecordingFile]:
        """The recording files of one call or one conference (exactly one of the two)."""
        target = _recording_target(call_id, conference_id)
        return self._call(get_recording_file_details.sync_detailed, RecordingFilesResponse, **target).result

    def sms_details(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        **filters: Any,
    ) -> SyncPager[SmsDetail]:
        """Every SMS matching the filters (``source``, ``status``, ``carrier_status``, ``sender``,
        ``recipient``, ``sms_id``), across pages."""
        return self._pager(
            get_sms_details.sync_detailed,
            SmsDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
            **sms_filters(filters),
        )

    def enquiry_overview(self, start_at: object, end_at: object) -> EnquiryOverview:
        """Enquiry totals of one window of at most 90 days."""
        start, end = _overview_window(start_at, end_at)
        return self._call(
            get_enquiry_overview_matrix.sync_detailed, EnquiryOverviewResponse, start_at=start, end_at=end
        ).result

    def enquiry_overview_by_window(self, start_at: object, end_at: object) -> list[OverviewWindow]:
        """One overview per consecutive window of at most 90 days covering the range (never summed)."""
        return [
            OverviewWindow(s, e, self.enquiry_overview(s, e))
            for s, e in _windows_for_overview(start_at, end_at)
        ]

    def channel_types(self) -> list[ChannelType]:
        """The supported channel types (Get Channel Type List; inferred)."""
        return self._call(get_channel_type_list.sync_detailed, ChannelTypeListResponse).result

    def channel_type_details(self, channel_type: str) -> list[ChannelTypeDetail]:
        """The channels of one type (Get Channel Type Details; inferred)."""
        ct = _validation.non_empty_text(channel_type, "channel_type")
        return self._call(
            get_channel_type_details.sync_detailed, ChannelTypeDetailsResponse, channel_type=ct
        ).result


class AsyncReports(AsyncResource):
    def enquiries(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        prefetch: int = 1,
    ) -> AsyncPager[EnquiryDetail]:
        """The async twin of :meth:`Reports.enquiries`."""
        return self._pager(
            get_enquiry_details.asyncio_detailed,
            EnquiryDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
            prefetch=prefetch,
        )

    async def enquiry_chat(self, enquiry_id: str) -> list[EnquiryChatRecord]:
        """The async twin of :meth:`Reports.enquiry_chat`."""
        eid = _validation.non_empty_text(enquiry_id, "enquiry_id")
        return (
            await self._call(get_enquiry_chat_details.asyncio_detailed, EnquiryChatResponse, enquiry_id=eid)
        ).result

    def calls(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        prefetch: int = 1,
    ) -> AsyncPager[CallDetail]:
        """The async twin of :meth:`Reports.calls`."""
        return self._pager(
            get_call_details.asyncio_detailed,
            CallDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
            prefetch=prefetch,
        )

    def call_logs(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        prefetch: int = 1,
    ) -> AsyncPager[CallLogRecord]:
        """The async twin of :meth:`Reports.call_logs`."""
        return self._pager(
            get_call_log_details.asyncio_detailed,
            CallLogResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.hid,
            prefetch=prefetch,
        )

    def conferences(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        prefetch: int = 1,
    ) -> AsyncPager[ConferenceDetail]:
        """The async twin of :meth:`Reports.conferences`."""
        return self._pager(
            get_conference_details.asyncio_detailed,
            ConferenceDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.conference_id,
            prefetch=prefetch,
        )

    async def recording_files(
        self, *, call_id: str | None = None, conference_id: str | None = None
    ) -> list[RecordingFile]:
        """The async twin of :meth:`Reports.recording_files`."""
        target = _recording_target(call_id, conference_id)
        return (
            await self._call(get_recording_file_details.asyncio_detailed, RecordingFilesResponse, **target)
        ).result

    def sms_details(
        self,
        start_at: object = None,
        end_at: object = None,
        page_size: int = 500,
        *,
        max_window: timedelta | None = None,
        prefetch: int = 1,
        **filters: Any,
    ) -> AsyncPager[SmsDetail]:
        """Every SMS matching the filters, as an async iterator (see :meth:`Reports.sms_details`)."""
        return self._pager(
            get_sms_details.asyncio_detailed,
            SmsDetailsResponse,
            page_size=page_size,
            start_at=start_at,
            end_at=end_at,
            max_window=max_window,
            key=lambda r: r.id,
            prefetch=prefetch,
            **sms_filters(filters),
        )

    async def enquiry_overview(self, start_at: object, end_at: object) -> EnquiryOverview:
        """The async twin of :meth:`Reports.enquiry_overview`."""
        start, end = _overview_window(start_at, end_at)
        return (
            await self._call(
                get_enquiry_overview_matrix.asyncio_detailed,
                EnquiryOverviewResponse,
                start_at=start,
                end_at=end,
            )
        ).result

    async def enquiry_overview_by_window(self, start_at: object, end_at: object) -> list[OverviewWindow]:
        """The async twin of :meth:`Reports.enquiry_overview_by_window`."""
        return [
            OverviewWindow(s, e, await self.enquiry_overview(s, e))
            for s, e in _windows_for_overview(start_at, end_at)
        ]

    async def channel_types(self) -> list[ChannelType]:
        """The async twin of :meth:`Reports.channel_types`."""
        return (await self._call(get_channel_type_list.asyncio_detailed, ChannelTypeListResponse)).result

    async def channel_type_details(self, channel_type: str) -> list[ChannelTypeDetail]:
        """The async twin of :meth:`Reports.channel_type_details`."""
        ct = _validation.non_empty_text(channel_type, "channel_type")
        return (
            await self._call(
                get_channel_type_details.asyncio_detailed, ChannelTypeDetailsResponse, channel_type=ct
            )
        ).result
