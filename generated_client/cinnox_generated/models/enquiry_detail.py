from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.enquiry_detail_location_detail import EnquiryDetailLocationDetail


T = TypeVar("T", bound="EnquiryDetail")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "_id",
        "uniqueKey",
        "createdAt",
        "svcID",
        "inquiry",
        "tag",
        "visitor",
        "roomID",
        "initChannel",
        "omniType",
        "ip",
        "language",
        "location",
        "locationDetail",
        "platform",
        "status",
        "displayCaseNumber",
        "channel",
        "destinationID",
        "destinationName",
        "destinationType",
    }
)


@_attrs_define
class EnquiryDetail:
    """One enquiry. Stored copies of the page name the first field `_id` (one reference copy) or `id`
    (the docs copies); which is newer could not be determined, so both are accepted.

        Attributes:
            id (str | Unset):
            field_id (str | Unset): The same record ID under the name one stored copy uses.
            unique_key (str | Unset): Internal use.
            created_at (datetime.datetime | Unset):
            svc_id (str | Unset):
            inquiry (str | Unset): The enquiry ID.
            tag (str | Unset):
            visitor (str | Unset):
            room_id (str | Unset):
            init_channel (str | Unset): `IM` or `CALL`.
            omni_type (str | Unset): Always `CINNOX`.
            ip (str | Unset):
            language (str | Unset): `<ISO 639-1>: <Language>`, e.g. `en: English`.
            location (str | Unset): ISO 3166 two-letter country code.
            location_detail (EnquiryDetailLocationDetail | Unset):
            platform (str | Unset):
            status (str | Unset): `ongoing`, `followed-up`, `missed` or `closed`.
            display_case_number (str | Unset):
            channel (str | Unset): `Weblink`, `VirtualNumber`, `Email`, `ThirdParty`, `FACEBOOK`, `WHATSAPP`, `WECHAT`,
                `LINE` or `WOZTELL`.
            destination_id (str | Unset):
            destination_name (str | Unset):
            destination_type (str | Unset): `PHONE`, `STAFF`, `TRUNK`, …
    """

    id: str | Unset = UNSET
    field_id: str | Unset = UNSET
    unique_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    svc_id: str | Unset = UNSET
    inquiry: str | Unset = UNSET
    tag: str | Unset = UNSET
    visitor: str | Unset = UNSET
    room_id: str | Unset = UNSET
    init_channel: str | Unset = UNSET
    omni_type: str | Unset = UNSET
    ip: str | Unset = UNSET
    language: str | Unset = UNSET
    location: str | Unset = UNSET
    location_detail: EnquiryDetailLocationDetail | Unset = UNSET
    platform: str | Unset = UNSET
    status: str | Unset = UNSET
    display_case_number: str | Unset = UNSET
    channel: str | Unset = UNSET
    destination_id: str | Unset = UNSET
    destination_name: str | Unset = UNSET
    destination_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", False),
        ("field_id", "_id", False),
        ("unique_key", "uniqueKey", False),
        ("created_at", "createdAt", False),
        ("svc_id", "svcID", False),
        ("inquiry", "inquiry", False),
        ("tag", "tag", False),
        ("visitor", "visitor", False),
        ("room_id", "roomID", False),
        ("init_channel", "initChannel", False),
        ("omni_type", "omniType", False),
        ("ip", "ip", False),
        ("language", "language", False),
        ("location", "location", False),
        ("location_detail", "locationDetail", False),
        ("platform", "platform", False),
        ("status", "status", False),
        ("display_case_number", "displayCaseNumber", False),
        ("channel", "channel", False),
        ("destination_id", "destinationID", False),
        ("destination_name", "destinationName", False),
        ("destination_type", "destinationType", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_id = self.field_id

        unique_key = self.unique_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        svc_id = self.svc_id

        inquiry = self.inquiry

        tag = self.tag

        visitor = self.visitor

        room_id = self.room_id

        init_channel = self.init_channel

        omni_type = self.omni_type

        ip = self.ip

        language = self.language

        location = self.location

        location_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_detail, Unset):
            location_detail = self.location_detail.to_dict()

        platform = self.platform

        status = self.status

        display_case_number = self.display_case_number

        channel = self.channel

        destination_id = self.destination_id

        destination_name = self.destination_name

        destination_type = self.destination_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if unique_key is not UNSET:
            field_dict["uniqueKey"] = unique_key
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if svc_id is not UNSET:
            field_dict["svcID"] = svc_id
        if inquiry is not UNSET:
            field_dict["inquiry"] = inquiry
        if tag is not UNSET:
            field_dict["tag"] = tag
        if visitor is not UNSET:
            field_dict["visitor"] = visitor
        if room_id is not UNSET:
            field_dict["roomID"] = room_id
        if init_channel is not UNSET:
            field_dict["initChannel"] = init_channel
        if omni_type is not UNSET:
            field_dict["omniType"] = omni_type
        if ip is not UNSET:
            field_dict["ip"] = ip
        if language is not UNSET:
            field_dict["language"] = language
        if location is not UNSET:
            field_dict["location"] = location
        if location_detail is not UNSET:
            field_dict["locationDetail"] = location_detail
        if platform is not UNSET:
            field_dict["platform"] = platform
        if status is not UNSET:
            field_dict["status"] = status
        if display_case_number is not UNSET:
            field_dict["displayCaseNumber"] = display_case_number
        if channel is not UNSET:
            field_dict["channel"] = channel
        if destination_id is not UNSET:
            field_dict["destinationID"] = destination_id
        if destination_name is not UNSET:
            field_dict["destinationName"] = destination_name
        if destination_type is not UNSET:
            field_dict["destinationType"] = destination_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enquiry_detail_location_detail import EnquiryDetailLocationDetail  # noqa: PLC0415

        if cls is not EnquiryDetail:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryDetail.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_detail = object.__new__(cls)
        enquiry_detail.id = d.get("id", UNSET)

        enquiry_detail.field_id = d.get("_id", UNSET)

        enquiry_detail.unique_key = d.get("uniqueKey", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        enquiry_detail.created_at = created_at

        enquiry_detail.svc_id = d.get("svcID", UNSET)

        enquiry_detail.inquiry = d.get("inquiry", UNSET)

        enquiry_detail.tag = d.get("tag", UNSET)

        enquiry_detail.visitor = d.get("visitor", UNSET)

        enquiry_detail.room_id = d.get("roomID", UNSET)

        enquiry_detail.init_channel = d.get("initChannel", UNSET)

        enquiry_detail.omni_type = d.get("omniType", UNSET)

        enquiry_detail.ip = d.get("ip", UNSET)

        enquiry_detail.language = d.get("language", UNSET)

        enquiry_detail.location = d.get("location", UNSET)

        _location_detail = d.get("locationDetail", UNSET)
        location_detail: EnquiryDetailLocationDetail | Unset
        if isinstance(_location_detail, Unset):
            location_detail = UNSET
        else:
            location_detail = EnquiryDetailLocationDetail.from_dict(_location_detail)

        enquiry_detail.location_detail = location_detail

        enquiry_detail.platform = d.get("platform", UNSET)

        enquiry_detail.status = d.get("status", UNSET)

        enquiry_detail.display_case_number = d.get("displayCaseNumber", UNSET)

        enquiry_detail.channel = d.get("channel", UNSET)

        enquiry_detail.destination_id = d.get("destinationID", UNSET)

        enquiry_detail.destination_name = d.get("destinationName", UNSET)

        enquiry_detail.destination_type = d.get("destinationType", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_detail.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_detail

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.enquiry_detail_location_detail import EnquiryDetailLocationDetail  # noqa: PLC0415

        enquiry_detail = object.__new__(cls)
        enquiry_detail.id = s.id

        enquiry_detail.field_id = s.field_id

        enquiry_detail.unique_key = s.unique_key

        _created_at = s.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        enquiry_detail.created_at = created_at

        enquiry_detail.svc_id = s.svc_id

        enquiry_detail.inquiry = s.inquiry

        enquiry_detail.tag = s.tag

        enquiry_detail.visitor = s.visitor

        enquiry_detail.room_id = s.room_id

        enquiry_detail.init_channel = s.init_channel

        enquiry_detail.omni_type = s.omni_type

        enquiry_detail.ip = s.ip

        enquiry_detail.language = s.language

        enquiry_detail.location = s.location

        _location_detail = s.location_detail
        location_detail: EnquiryDetailLocationDetail | Unset
        if isinstance(_location_detail, Unset):
            location_detail = UNSET
        else:
            location_detail = EnquiryDetailLocationDetail.from_dict(_location_detail)

        enquiry_detail.location_detail = location_detail

        enquiry_detail.platform = s.platform

        enquiry_detail.status = s.status

        enquiry_detail.display_case_number = s.display_case_number

        enquiry_detail.channel = s.channel

        enquiry_detail.destination_id = s.destination_id

        enquiry_detail.destination_name = s.destination_name

        enquiry_detail.destination_type = s.destination_type

        return enquiry_detail  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryDetail)
