from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.call_participant_info import CallParticipantInfo
    from ..models.callee_info import CalleeInfo


T = TypeVar("T", bound="CallLogRecord")


_KNOWN_KEYS = frozenset(
    {
        "hid",
        "roomID",
        "type",
        "status",
        "inquiryID",
        "displayCaseNumber",
        "callID",
        "callDuration",
        "callDate",
        "callEndTime",
        "byeReason",
        "releaseParty",
        "virtualNumber",
        "mediaType",
        "callerInfo",
        "calleeInfo",
    }
)


@_attrs_define
class CallLogRecord:
    """
    Attributes:
        hid (str | Unset):
        room_id (str | Unset):
        type_ (str | Unset): `call` or `conference`.
        status (str | Unset): `Call Ended`, `Declined`, `Busy`, `Not Answered`, `Cancelled`, `Abandoned`, `Unreachable`
            or `Call Failed`.
        inquiry_id (str | Unset):
        display_case_number (str | Unset):
        call_id (str | Unset):
        call_duration (float | Unset): Seconds.
        call_date (datetime.datetime | Unset):
        call_end_time (datetime.datetime | Unset):
        bye_reason (str | Unset):
        release_party (str | Unset): `Caller` or `Callee`.
        virtual_number (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        media_type (str | Unset):
        caller_info (CallParticipantInfo | Unset):
        callee_info (CalleeInfo | Unset): The receiver of a call-log record. Documented: `displayName`, `eid` (the
            stored copies are cut
            after them). The other properties are INFERRED to mirror `callerInfo`.
    """

    hid: str | Unset = UNSET
    room_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    inquiry_id: str | Unset = UNSET
    display_case_number: str | Unset = UNSET
    call_id: str | Unset = UNSET
    call_duration: float | Unset = UNSET
    call_date: datetime.datetime | Unset = UNSET
    call_end_time: datetime.datetime | Unset = UNSET
    bye_reason: str | Unset = UNSET
    release_party: str | Unset = UNSET
    virtual_number: int | str | Unset = UNSET
    media_type: str | Unset = UNSET
    caller_info: CallParticipantInfo | Unset = UNSET
    callee_info: CalleeInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("hid", "hid", False),
        ("room_id", "roomID", False),
        ("type_", "type", False),
        ("status", "status", False),
        ("inquiry_id", "inquiryID", False),
        ("display_case_number", "displayCaseNumber", False),
        ("call_id", "callID", False),
        ("call_duration", "callDuration", False),
        ("call_date", "callDate", False),
        ("call_end_time", "callEndTime", False),
        ("bye_reason", "byeReason", False),
        ("release_party", "releaseParty", False),
        ("virtual_number", "virtualNumber", False),
        ("media_type", "mediaType", False),
        ("caller_info", "callerInfo", False),
        ("callee_info", "calleeInfo", False),
    )

    def to_dict(self) -> dict[str, Any]:
        hid = self.hid

        room_id = self.room_id

        type_ = self.type_

        status = self.status

        inquiry_id = self.inquiry_id

        display_case_number = self.display_case_number

        call_id = self.call_id

        call_duration = self.call_duration

        call_date: str | Unset = UNSET
        if not isinstance(self.call_date, Unset):
            call_date = self.call_date.isoformat()

        call_end_time: str | Unset = UNSET
        if not isinstance(self.call_end_time, Unset):
            call_end_time = self.call_end_time.isoformat()

        bye_reason = self.bye_reason

        release_party = self.release_party

        virtual_number: int | str | Unset
        if isinstance(self.virtual_number, Unset):
            virtual_number = UNSET
        else:
            virtual_number = self.virtual_number

        media_type = self.media_type

        caller_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caller_info, Unset):
            caller_info = self.caller_info.to_dict()

        callee_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.callee_info, Unset):
            callee_info = self.callee_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hid is not UNSET:
            field_dict["hid"] = hid
        if room_id is not UNSET:
            field_dict["roomID"] = room_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if inquiry_id is not UNSET:
            field_dict["inquiryID"] = inquiry_id
        if display_case_number is not UNSET:
            field_dict["displayCaseNumber"] = display_case_number
        if call_id is not UNSET:
            field_dict["callID"] = call_id
        if call_duration is not UNSET:
            field_dict["callDuration"] = call_duration
        if call_date is not UNSET:
            field_dict["callDate"] = call_date
        if call_end_time is not UNSET:
            field_dict["callEndTime"] = call_end_time
        if bye_reason is not UNSET:
            field_dict["byeReason"] = bye_reason
        if release_party is not UNSET:
            field_dict["releaseParty"] = release_party
        if virtual_number is not UNSET:
            field_dict["virtualNumber"] = virtual_number
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if caller_info is not UNSET:
            field_dict["callerInfo"] = caller_info
        if callee_info is not UNSET:
            field_dict["calleeInfo"] = callee_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_participant_info import CallParticipantInfo  # noqa: PLC0415
        from ..models.callee_info import CalleeInfo  # noqa: PLC0415

        if cls is not CallLogRecord:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CallLogRecord.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        call_log_record = object.__new__(cls)
        call_log_record.hid = d.get("hid", UNSET)

        call_log_record.room_id = d.get("roomID", UNSET)

        call_log_record.type_ = d.get("type", UNSET)

        call_log_record.status = d.get("status", UNSET)

        call_log_record.inquiry_id = d.get("inquiryID", UNSET)

        call_log_record.display_case_number = d.get("displayCaseNumber", UNSET)

        call_log_record.call_id = d.get("callID", UNSET)

        call_log_record.call_duration = d.get("callDuration", UNSET)

        _call_date = d.get("callDate", UNSET)
        call_date: datetime.datetime | Unset
        if isinstance(_call_date, Unset):
            call_date = UNSET
        else:
            call_date = datetime.datetime.fromisoformat(_call_date)

        call_log_record.call_date = call_date

        _call_end_time = d.get("callEndTime", UNSET)
        call_end_time: datetime.datetime | Unset
        if isinstance(_call_end_time, Unset):
            call_end_time = UNSET
        else:
            call_end_time = datetime.datetime.fromisoformat(_call_end_time)

        call_log_record.call_end_time = call_end_time

        call_log_record.bye_reason = d.get("byeReason", UNSET)

        call_log_record.release_party = d.get("releaseParty", UNSET)

        virtual_number: int | str | Unset = d.get("virtualNumber", UNSET)

        call_log_record.virtual_number = virtual_number

        call_log_record.media_type = d.get("mediaType", UNSET)

        _caller_info = d.get("callerInfo", UNSET)
        caller_info: CallParticipantInfo | Unset
        if isinstance(_caller_info, Unset):
            caller_info = UNSET
        else:
            caller_info = CallParticipantInfo.from_dict(_caller_info)

        call_log_record.caller_info = caller_info

        _callee_info = d.get("calleeInfo", UNSET)
        callee_info: CalleeInfo | Unset
        if isinstance(_callee_info, Unset):
            callee_info = UNSET
        else:
            callee_info = CalleeInfo.from_dict(_callee_info)

        call_log_record.callee_info = callee_info

        if not _KNOWN_KEYS.issuperset(d):
            call_log_record.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return call_log_record

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.call_participant_info import CallParticipantInfo  # noqa: PLC0415
        from ..models.callee_info import CalleeInfo  # noqa: PLC0415

        call_log_record = object.__new__(cls)
        call_log_record.hid = s.hid

        call_log_record.room_id = s.room_id

        call_log_record.type_ = s.type_

        call_log_record.status = s.status

        call_log_record.inquiry_id = s.inquiry_id

        call_log_record.display_case_number = s.display_case_number

        call_log_record.call_id = s.call_id

        call_log_record.call_duration = s.call_duration

        _call_date = s.call_date
        call_date: datetime.datetime | Unset
        if isinstance(_call_date, Unset):
            call_date = UNSET
        else:
            call_date = datetime.datetime.fromisoformat(_call_date)

        call_log_record.call_date = call_date

        _call_end_time = s.call_end_time
        call_end_time: datetime.datetime | Unset
        if isinstance(_call_end_time, Unset):
            call_end_time = UNSET
        else:
            call_end_time = datetime.datetime.fromisoformat(_call_end_time)

        call_log_record.call_end_time = call_end_time

        call_log_record.bye_reason = s.bye_reason

        call_log_record.release_party = s.release_party

        virtual_number: int | str | Unset = s.virtual_number

        call_log_record.virtual_number = virtual_number

        call_log_record.media_type = s.media_type

        _caller_info = s.caller_info
        caller_info: CallParticipantInfo | Unset
        if isinstance(_caller_info, Unset):
            caller_info = UNSET
        else:
            caller_info = CallParticipantInfo.from_dict(_caller_info)

        call_log_record.caller_info = caller_info

        _callee_info = s.callee_info
        callee_info: CalleeInfo | Unset
        if isinstance(_callee_info, Unset):
            callee_info = UNSET
        else:
            callee_info = CalleeInfo.from_dict(_callee_info)

        call_log_record.callee_info = callee_info

        return call_log_record  # no additional properties: an empty dict when first read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_additional_properties_on_first_read(CallLogRecord)
