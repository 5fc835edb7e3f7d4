from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CallDetail")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "hid",
        "svcID",
        "date",
        "roomID",
        "seq",
        "type",
        "fromEID",
        "toEID",
        "fromSvcID",
        "toSvcID",
        "fromRegion",
        "callSeq",
        "callID",
        "callDirection",
        "callType",
        "fromIP",
        "callPrepareFromNum",
        "caller",
        "callee",
        "callDate",
        "callEndTime",
        "status",
        "lastResponseCode",
        "byeReason",
        "releaseParty",
        "mediaType",
        "isRecording",
    }
)


@_attrs_define
class CallDetail:
    """
    Attributes:
        id (str | Unset):
        hid (str | Unset):
        svc_id (str | Unset):
        date (str | Unset): YYYYMMDD, e.g. 20230704.
        room_id (str | Unset):
        seq (int | Unset):
        type_ (str | Unset): Always `call`.
        from_eid (str | Unset):
        to_eid (str | Unset):
        from_svc_id (str | Unset):
        to_svc_id (str | Unset):
        from_region (str | Unset):
        call_seq (int | Unset):
        call_id (str | Unset):
        call_direction (str | Unset): `Inbound` or `Outbound`.
        call_type (str | Unset): `onnet`, `offnet` or `smartcall`.
        from_ip (str | Unset):
        call_prepare_from_num (str | Unset):
        caller (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        callee (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        call_date (datetime.datetime | Unset):
        call_end_time (datetime.datetime | Unset):
        status (str | Unset): `Call Ended`, `Declined`, `Busy`, `Not Answered`, `Cancelled`, `Abandoned`, `Unreachable`
            or `Call Failed`.
        last_response_code (str | Unset):
        bye_reason (str | Unset):
        release_party (str | Unset): "The staff who hung up" (call details). The Caller/Callee values belong to the call
            log's
            field of the same name; the stored pages show no example value for this one.
        media_type (str | Unset): `audio` or `video`.
        is_recording (bool | Unset):
    """

    id: str | Unset = UNSET
    hid: str | Unset = UNSET
    svc_id: str | Unset = UNSET
    date: str | Unset = UNSET
    room_id: str | Unset = UNSET
    seq: int | Unset = UNSET
    type_: str | Unset = UNSET
    from_eid: str | Unset = UNSET
    to_eid: str | Unset = UNSET
    from_svc_id: str | Unset = UNSET
    to_svc_id: str | Unset = UNSET
    from_region: str | Unset = UNSET
    call_seq: int | Unset = UNSET
    call_id: str | Unset = UNSET
    call_direction: str | Unset = UNSET
    call_type: str | Unset = UNSET
    from_ip: str | Unset = UNSET
    call_prepare_from_num: str | Unset = UNSET
    caller: int | str | Unset = UNSET
    callee: int | str | Unset = UNSET
    call_date: datetime.datetime | Unset = UNSET
    call_end_time: datetime.datetime | Unset = UNSET
    status: str | Unset = UNSET
    last_response_code: str | Unset = UNSET
    bye_reason: str | Unset = UNSET
    release_party: str | Unset = UNSET
    media_type: str | Unset = UNSET
    is_recording: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", False),
        ("hid", "hid", False),
        ("svc_id", "svcID", False),
        ("date", "date", False),
        ("room_id", "roomID", False),
        ("seq", "seq", False),
        ("type_", "type", False),
        ("from_eid", "fromEID", False),
        ("to_eid", "toEID", False),
        ("from_svc_id", "fromSvcID", False),
        ("to_svc_id", "toSvcID", False),
        ("from_region", "fromRegion", False),
        ("call_seq", "callSeq", False),
        ("call_id", "callID", False),
        ("call_direction", "callDirection", False),
        ("call_type", "callType", False),
        ("from_ip", "fromIP", False),
        ("call_prepare_from_num", "callPrepareFromNum", False),
        ("caller", "caller", False),
        ("callee", "callee", False),
        ("call_date", "callDate", False),
        ("call_end_time", "callEndTime", False),
        ("status", "status", False),
        ("last_response_code", "lastResponseCode", False),
        ("bye_reason", "byeReason", False),
        ("release_party", "releaseParty", False),
        ("media_type", "mediaType", False),
        ("is_recording", "isRecording", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hid = self.hid

        svc_id = self.svc_id

        date = self.date

        room_id = self.room_id

        seq = self.seq

        type_ = self.type_

        from_eid = self.from_eid

        to_eid = self.to_eid

        from_svc_id = self.from_svc_id

        to_svc_id = self.to_svc_id

        from_region = self.from_region

        call_seq = self.call_seq

        call_id = self.call_id

        call_direction = self.call_direction

        call_type = self.call_type

        from_ip = self.from_ip

        call_prepare_from_num = self.call_prepare_from_num

        caller: int | str | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        else:
            caller = self.caller

        callee: int | str | Unset
        if isinstance(self.callee, Unset):
            callee = UNSET
        else:
            callee = self.callee

        call_date: str | Unset = UNSET
        if not isinstance(self.call_date, Unset):
            call_date = self.call_date.isoformat()

        call_end_time: str | Unset = UNSET
        if not isinstance(self.call_end_time, Unset):
            call_end_time = self.call_end_time.isoformat()

        status = self.status

        last_response_code = self.last_response_code

        bye_reason = self.bye_reason

        release_party = self.release_party

        media_type = self.media_type

        is_recording = self.is_recording

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if hid is not UNSET:
            field_dict["hid"] = hid
        if svc_id is not UNSET:
            field_dict["svcID"] = svc_id
        if date is not UNSET:
            field_dict["date"] = date
        if room_id is not UNSET:
            field_dict["roomID"] = room_id
        if seq is not UNSET:
            field_dict["seq"] = seq
        if type_ is not UNSET:
            field_dict["type"] = type_
        if from_eid is not UNSET:
            field_dict["fromEID"] = from_eid
        if to_eid is not UNSET:
            field_dict["toEID"] = to_eid
        if from_svc_id is not UNSET:
            field_dict["fromSvcID"] = from_svc_id
        if to_svc_id is not UNSET:
            field_dict["toSvcID"] = to_svc_id
        if from_region is not UNSET:
            field_dict["fromRegion"] = from_region
        if call_seq is not UNSET:
            field_dict["callSeq"] = call_seq
        if call_id is not UNSET:
            field_dict["callID"] = call_id
        if call_direction is not UNSET:
            field_dict["callDirection"] = call_direction
        if call_type is not UNSET:
            field_dict["callType"] = call_type
        if from_ip is not UNSET:
            field_dict["fromIP"] = from_ip
        if call_prepare_from_num is not UNSET:
            field_dict["callPrepareFromNum"] = call_prepare_from_num
        if caller is not UNSET:
            field_dict["caller"] = caller
        if callee is not UNSET:
            field_dict["callee"] = callee
        if call_date is not UNSET:
            field_dict["callDate"] = call_date
        if call_end_time is not UNSET:
            field_dict["callEndTime"] = call_end_time
        if status is not UNSET:
            field_dict["status"] = status
        if last_response_code is not UNSET:
            field_dict["lastResponseCode"] = last_response_code
        if bye_reason is not UNSET:
            field_dict["byeReason"] = bye_reason
        if release_party is not UNSET:
            field_dict["releaseParty"] = release_party
        if media_type is not UNSET:
            field_dict["mediaType"] = media_type
        if is_recording is not UNSET:
            field_dict["isRecording"] = is_recording

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallDetail:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CallDetail.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        call_detail = object.__new__(cls)
        call_detail.id = d.get("id", UNSET)

        call_detail.hid = d.get("hid", UNSET)

        call_detail.svc_id = d.get("svcID", UNSET)

        call_detail.date = d.get("date", UNSET)

        call_detail.room_id = d.get("roomID", UNSET)

        call_detail.seq = d.get("seq", UNSET)

        call_detail.type_ = d.get("type", UNSET)

        call_detail.from_eid = d.get("fromEID", UNSET)

        call_detail.to_eid = d.get("toEID", UNSET)

        call_detail.from_svc_id = d.get("fromSvcID", UNSET)

        call_detail.to_svc_id = d.get("toSvcID", UNSET)

        call_detail.from_region = d.get("fromRegion", UNSET)

        call_detail.call_seq = d.get("callSeq", UNSET)

        call_detail.call_id = d.get("callID", UNSET)

        call_detail.call_direction = d.get("callDirection", UNSET)

        call_detail.call_type = d.get("callType", UNSET)

        call_detail.from_ip = d.get("fromIP", UNSET)

        call_detail.call_prepare_from_num = d.get("callPrepareFromNum", UNSET)

        caller: int | str | Unset = d.get("caller", UNSET)

        call_detail.caller = caller

        callee: int | str | Unset = d.get("callee", UNSET)

        call_detail.callee = callee

        _call_date = d.get("callDate", UNSET)
        call_date: datetime.datetime | Unset
        if isinstance(_call_date, Unset):
            call_date = UNSET
        else:
            call_date = datetime.datetime.fromisoformat(_call_date)

        call_detail.call_date = call_date

        _call_end_time = d.get("callEndTime", UNSET)
        call_end_time: datetime.datetime | Unset
        if isinstance(_call_end_time, Unset):
            call_end_time = UNSET
        else:
            call_end_time = datetime.datetime.fromisoformat(_call_end_time)

        call_detail.call_end_time = call_end_time

        call_detail.status = d.get("status", UNSET)

        call_detail.last_response_code = d.get("lastResponseCode", UNSET)

        call_detail.bye_reason = d.get("byeReason", UNSET)

        call_detail.release_party = d.get("releaseParty", UNSET)

        call_detail.media_type = d.get("mediaType", UNSET)

        call_detail.is_recording = d.get("isRecording", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            call_detail.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return call_detail

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        call_detail = object.__new__(cls)
        call_detail.id = s.id

        call_detail.hid = s.hid

        call_detail.svc_id = s.svc_id

        call_detail.date = s.date

        call_detail.room_id = s.room_id

        call_detail.seq = s.seq

        call_detail.type_ = s.type_

        call_detail.from_eid = s.from_eid

        call_detail.to_eid = s.to_eid

        call_detail.from_svc_id = s.from_svc_id

        call_detail.to_svc_id = s.to_svc_id

        call_detail.from_region = s.from_region

        call_detail.call_seq = s.call_seq

        call_detail.call_id = s.call_id

        call_detail.call_direction = s.call_direction

        call_detail.call_type = s.call_type

        call_detail.from_ip = s.from_ip

        call_detail.call_prepare_from_num = s.call_prepare_from_num

        caller: int | str | Unset = s.caller

        call_detail.caller = caller

        callee: int | str | Unset = s.callee

        call_detail.callee = callee

        _call_date = s.call_date
        call_date: datetime.datetime | Unset
        if isinstance(_call_date, Unset):
            call_date = UNSET
        else:
            call_date = datetime.datetime.fromisoformat(_call_date)

        call_detail.call_date = call_date

        _call_end_time = s.call_end_time
        call_end_time: datetime.datetime | Unset
        if isinstance(_call_end_time, Unset):
            call_end_time = UNSET
        else:
            call_end_time = datetime.datetime.fromisoformat(_call_end_time)

        call_detail.call_end_time = call_end_time

        call_detail.status = s.status

        call_detail.last_response_code = s.last_response_code

        call_detail.bye_reason = s.bye_reason

        call_detail.release_party = s.release_party

        call_detail.media_type = s.media_type

        call_detail.is_recording = s.is_recording

        return call_detail  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CallDetail)
