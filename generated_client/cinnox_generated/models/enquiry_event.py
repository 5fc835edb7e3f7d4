from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="EnquiryEvent")


_KNOWN_KEYS = frozenset(
    {
        "status",
        "eid",
        "type",
        "serviceId",
        "displayCaseNumber",
        "channel",
        "channelOri",
        "socialId",
        "date",
        "destination",
        "destinationTypes",
    }
)


@_attrs_define
class EnquiryEvent:
    """
    Attributes:
        status (str): `Opened`, `Handling`, `Closed` or `Missed`.
        eid (str): The enquiry's record ID.
        type_ (Literal['inquiry']):
        service_id (str | Unset):
        display_case_number (str | Unset):
        channel (str | Unset): `CINNOX`, `FACEBOOK`, `LINE`, `WECHAT`, `WHATSAPP`, `THIRDPARTY`, `CHATBOT`, `EMAIL`,
            `WOZTELL` or `INSTAGRAM`.
        channel_ori (str | Unset):
        social_id (str | Unset):
        date (datetime.datetime | Unset):
        destination (str | Unset):
        destination_types (str | Unset): The destination types. No stored copy of the page shows the values, so none is
            assumed.
    """

    status: str
    eid: str
    type_: Literal["inquiry"]
    service_id: str | Unset = UNSET
    display_case_number: str | Unset = UNSET
    channel: str | Unset = UNSET
    channel_ori: str | Unset = UNSET
    social_id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    destination: str | Unset = UNSET
    destination_types: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("status", "status", True),
        ("eid", "eid", True),
        ("type_", "type", True),
        ("service_id", "serviceId", False),
        ("display_case_number", "displayCaseNumber", False),
        ("channel", "channel", False),
        ("channel_ori", "channelOri", False),
        ("social_id", "socialId", False),
        ("date", "date", False),
        ("destination", "destination", False),
        ("destination_types", "destinationTypes", False),
    )

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        eid = self.eid

        type_ = self.type_

        service_id = self.service_id

        display_case_number = self.display_case_number

        channel = self.channel

        channel_ori = self.channel_ori

        social_id = self.social_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        destination = self.destination

        destination_types = self.destination_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "eid": eid,
                "type": type_,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if display_case_number is not UNSET:
            field_dict["displayCaseNumber"] = display_case_number
        if channel is not UNSET:
            field_dict["channel"] = channel
        if channel_ori is not UNSET:
            field_dict["channelOri"] = channel_ori
        if social_id is not UNSET:
            field_dict["socialId"] = social_id
        if date is not UNSET:
            field_dict["date"] = date
        if destination is not UNSET:
            field_dict["destination"] = destination
        if destination_types is not UNSET:
            field_dict["destinationTypes"] = destination_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not EnquiryEvent:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryEvent.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_event = object.__new__(cls)
        enquiry_event.status = d["status"]

        enquiry_event.eid = d["eid"]

        type_ = cast(Literal["inquiry"], d["type"])
        if type_ != "inquiry":
            raise ValueError(f"type must match const 'inquiry', got '{type_}'")
        enquiry_event.type_ = type_

        enquiry_event.service_id = d.get("serviceId", UNSET)

        enquiry_event.display_case_number = d.get("displayCaseNumber", UNSET)

        enquiry_event.channel = d.get("channel", UNSET)

        enquiry_event.channel_ori = d.get("channelOri", UNSET)

        enquiry_event.social_id = d.get("socialId", UNSET)

        _date = d.get("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        enquiry_event.date = date

        enquiry_event.destination = d.get("destination", UNSET)

        enquiry_event.destination_types = d.get("destinationTypes", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_event

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        enquiry_event = object.__new__(cls)
        enquiry_event.status = s.status

        enquiry_event.eid = s.eid

        type_ = cast(Literal["inquiry"], s.type_)
        if type_ != "inquiry":
            raise ValueError(f"type must match const 'inquiry', got '{type_}'")
        enquiry_event.type_ = type_

        enquiry_event.service_id = s.service_id

        enquiry_event.display_case_number = s.display_case_number

        enquiry_event.channel = s.channel

        enquiry_event.channel_ori = s.channel_ori

        enquiry_event.social_id = s.social_id

        _date = s.date
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        enquiry_event.date = date

        enquiry_event.destination = s.destination

        enquiry_event.destination_types = s.destination_types

        return enquiry_event  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryEvent)
