from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="InboundSmsEvent")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "senderNumber",
        "recipientNumber",
        "eventDescription",
        "receiveTime",
        "contentType",
        "content",
    }
)


@_attrs_define
class InboundSmsEvent:
    """
    Attributes:
        id (str):
        sender_number (int | str): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        recipient_number (int | str): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        event_description (str | Unset): "Inbound SMS" (the overview says "Inbound SMS Message").
        receive_time (datetime.datetime | Unset):
        content_type (str | Unset): `Text`.
        content (str | Unset):
    """

    id: str
    sender_number: int | str
    recipient_number: int | str
    event_description: str | Unset = UNSET
    receive_time: datetime.datetime | Unset = UNSET
    content_type: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("sender_number", "senderNumber", True),
        ("recipient_number", "recipientNumber", True),
        ("event_description", "eventDescription", False),
        ("receive_time", "receiveTime", False),
        ("content_type", "contentType", False),
        ("content", "content", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender_number: int | str
        sender_number = self.sender_number

        recipient_number: int | str
        recipient_number = self.recipient_number

        event_description = self.event_description

        receive_time: str | Unset = UNSET
        if not isinstance(self.receive_time, Unset):
            receive_time = self.receive_time.isoformat()

        content_type = self.content_type

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "senderNumber": sender_number,
                "recipientNumber": recipient_number,
            }
        )
        if event_description is not UNSET:
            field_dict["eventDescription"] = event_description
        if receive_time is not UNSET:
            field_dict["receiveTime"] = receive_time
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not InboundSmsEvent:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, InboundSmsEvent.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        inbound_sms_event = object.__new__(cls)
        inbound_sms_event.id = d["id"]

        sender_number: int | str = d["senderNumber"]

        inbound_sms_event.sender_number = sender_number

        recipient_number: int | str = d["recipientNumber"]

        inbound_sms_event.recipient_number = recipient_number

        inbound_sms_event.event_description = d.get("eventDescription", UNSET)

        _receive_time = d.get("receiveTime", UNSET)
        receive_time: datetime.datetime | Unset
        if isinstance(_receive_time, Unset):
            receive_time = UNSET
        else:
            receive_time = datetime.datetime.fromisoformat(_receive_time)

        inbound_sms_event.receive_time = receive_time

        inbound_sms_event.content_type = d.get("contentType", UNSET)

        inbound_sms_event.content = d.get("content", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            inbound_sms_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return inbound_sms_event

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        inbound_sms_event = object.__new__(cls)
        inbound_sms_event.id = s.id

        sender_number: int | str = s.sender_number

        inbound_sms_event.sender_number = sender_number

        recipient_number: int | str = s.recipient_number

        inbound_sms_event.recipient_number = recipient_number

        inbound_sms_event.event_description = s.event_description

        _receive_time = s.receive_time
        receive_time: datetime.datetime | Unset
        if isinstance(_receive_time, Unset):
            receive_time = UNSET
        else:
            receive_time = datetime.datetime.fromisoformat(_receive_time)

        inbound_sms_event.receive_time = receive_time

        inbound_sms_event.content_type = s.content_type

        inbound_sms_event.content = s.content

        return inbound_sms_event  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(InboundSmsEvent)
