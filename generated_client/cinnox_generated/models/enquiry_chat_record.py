from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.chat_content import ChatContent


T = TypeVar("T", bound="EnquiryChatRecord")


_KNOWN_KEYS = frozenset(
    {
        "hid",
        "roomID",
        "seq",
        "type",
        "fromEID",
        "toEID",
        "fromSvcID",
        "content",
        "fromRegion",
        "upsertType",
        "createdAt",
        "inquiryID",
        "msgID",
        "msgContentType",
        "msgEventType",
        "msgText",
        "callDuration",
        "callDurationMin",
        "encryptSec",
    }
)


@_attrs_define
class EnquiryChatRecord:
    """
    Attributes:
        hid (str | Unset):
        room_id (str | Unset):
        seq (int | Unset):
        type_ (str | Unset):
        from_eid (str | Unset):
        to_eid (str | Unset):
        from_svc_id (str | Unset):
        content (ChatContent | Unset):
        from_region (str | Unset):
        upsert_type (str | Unset):
        created_at (datetime.datetime | Unset):
        inquiry_id (str | Unset):
        msg_id (str | Unset):
        msg_content_type (str | Unset): e.g. `TYPE_TEXT`, `TYPE_FILE`.
        msg_event_type (str | Unset): e.g. `TYPE_MESSAGE`, `TYPE_PRECHAT`.
        msg_text (str | Unset):
        call_duration (float | Unset):
        call_duration_min (float | Unset):
        encrypt_sec (str | Unset):
    """

    hid: str | Unset = UNSET
    room_id: str | Unset = UNSET
    seq: int | Unset = UNSET
    type_: str | Unset = UNSET
    from_eid: str | Unset = UNSET
    to_eid: str | Unset = UNSET
    from_svc_id: str | Unset = UNSET
    content: ChatContent | Unset = UNSET
    from_region: str | Unset = UNSET
    upsert_type: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    inquiry_id: str | Unset = UNSET
    msg_id: str | Unset = UNSET
    msg_content_type: str | Unset = UNSET
    msg_event_type: str | Unset = UNSET
    msg_text: str | Unset = UNSET
    call_duration: float | Unset = UNSET
    call_duration_min: float | Unset = UNSET
    encrypt_sec: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("hid", "hid", False),
        ("room_id", "roomID", False),
        ("seq", "seq", False),
        ("type_", "type", False),
        ("from_eid", "fromEID", False),
        ("to_eid", "toEID", False),
        ("from_svc_id", "fromSvcID", False),
        ("content", "content", False),
        ("from_region", "fromRegion", False),
        ("upsert_type", "upsertType", False),
        ("created_at", "createdAt", False),
        ("inquiry_id", "inquiryID", False),
        ("msg_id", "msgID", False),
        ("msg_content_type", "msgContentType", False),
        ("msg_event_type", "msgEventType", False),
        ("msg_text", "msgText", False),
        ("call_duration", "callDuration", False),
        ("call_duration_min", "callDurationMin", False),
        ("encrypt_sec", "encryptSec", False),
    )

    def to_dict(self) -> dict[str, Any]:
        hid = self.hid

        room_id = self.room_id

        seq = self.seq

        type_ = self.type_

        from_eid = self.from_eid

        to_eid = self.to_eid

        from_svc_id = self.from_svc_id

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        from_region = self.from_region

        upsert_type = self.upsert_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        inquiry_id = self.inquiry_id

        msg_id = self.msg_id

        msg_content_type = self.msg_content_type

        msg_event_type = self.msg_event_type

        msg_text = self.msg_text

        call_duration = self.call_duration

        call_duration_min = self.call_duration_min

        encrypt_sec = self.encrypt_sec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hid is not UNSET:
            field_dict["hid"] = hid
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
        if content is not UNSET:
            field_dict["content"] = content
        if from_region is not UNSET:
            field_dict["fromRegion"] = from_region
        if upsert_type is not UNSET:
            field_dict["upsertType"] = upsert_type
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if inquiry_id is not UNSET:
            field_dict["inquiryID"] = inquiry_id
        if msg_id is not UNSET:
            field_dict["msgID"] = msg_id
        if msg_content_type is not UNSET:
            field_dict["msgContentType"] = msg_content_type
        if msg_event_type is not UNSET:
            field_dict["msgEventType"] = msg_event_type
        if msg_text is not UNSET:
            field_dict["msgText"] = msg_text
        if call_duration is not UNSET:
            field_dict["callDuration"] = call_duration
        if call_duration_min is not UNSET:
            field_dict["callDurationMin"] = call_duration_min
        if encrypt_sec is not UNSET:
            field_dict["encryptSec"] = encrypt_sec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_content import ChatContent  # noqa: PLC0415

        if cls is not EnquiryChatRecord:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryChatRecord.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_chat_record = object.__new__(cls)
        enquiry_chat_record.hid = d.get("hid", UNSET)

        enquiry_chat_record.room_id = d.get("roomID", UNSET)

        enquiry_chat_record.seq = d.get("seq", UNSET)

        enquiry_chat_record.type_ = d.get("type", UNSET)

        enquiry_chat_record.from_eid = d.get("fromEID", UNSET)

        enquiry_chat_record.to_eid = d.get("toEID", UNSET)

        enquiry_chat_record.from_svc_id = d.get("fromSvcID", UNSET)

        _content = d.get("content", UNSET)
        content: ChatContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ChatContent.from_dict(_content)

        enquiry_chat_record.content = content

        enquiry_chat_record.from_region = d.get("fromRegion", UNSET)

        enquiry_chat_record.upsert_type = d.get("upsertType", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        enquiry_chat_record.created_at = created_at

        enquiry_chat_record.inquiry_id = d.get("inquiryID", UNSET)

        enquiry_chat_record.msg_id = d.get("msgID", UNSET)

        enquiry_chat_record.msg_content_type = d.get("msgContentType", UNSET)

        enquiry_chat_record.msg_event_type = d.get("msgEventType", UNSET)

        enquiry_chat_record.msg_text = d.get("msgText", UNSET)

        enquiry_chat_record.call_duration = d.get("callDuration", UNSET)

        enquiry_chat_record.call_duration_min = d.get("callDurationMin", UNSET)

        enquiry_chat_record.encrypt_sec = d.get("encryptSec", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_chat_record.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_chat_record

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.chat_content import ChatContent  # noqa: PLC0415

        enquiry_chat_record = object.__new__(cls)
        enquiry_chat_record.hid = s.hid

        enquiry_chat_record.room_id = s.room_id

        enquiry_chat_record.seq = s.seq

        enquiry_chat_record.type_ = s.type_

        enquiry_chat_record.from_eid = s.from_eid

        enquiry_chat_record.to_eid = s.to_eid

        enquiry_chat_record.from_svc_id = s.from_svc_id

        _content = s.content
        content: ChatContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ChatContent.from_dict(_content)

        enquiry_chat_record.content = content

        enquiry_chat_record.from_region = s.from_region

        enquiry_chat_record.upsert_type = s.upsert_type

        _created_at = s.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        enquiry_chat_record.created_at = created_at

        enquiry_chat_record.inquiry_id = s.inquiry_id

        enquiry_chat_record.msg_id = s.msg_id

        enquiry_chat_record.msg_content_type = s.msg_content_type

        enquiry_chat_record.msg_event_type = s.msg_event_type

        enquiry_chat_record.msg_text = s.msg_text

        enquiry_chat_record.call_duration = s.call_duration

        enquiry_chat_record.call_duration_min = s.call_duration_min

        enquiry_chat_record.encrypt_sec = s.encrypt_sec

        return enquiry_chat_record  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryChatRecord)
