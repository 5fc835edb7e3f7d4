from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CallParticipantInfo")


_KNOWN_KEYS = frozenset(
    {
        "countryCode",
        "displayName",
        "eid",
        "isStaff",
        "phoneNumber",
        "serviceId",
    }
)


@_attrs_define
class CallParticipantInfo:
    """
    Attributes:
        country_code (str | Unset):
        display_name (str | Unset):
        eid (str | Unset):
        is_staff (bool | Unset):
        phone_number (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        service_id (str | Unset):
    """

    country_code: str | Unset = UNSET
    display_name: str | Unset = UNSET
    eid: str | Unset = UNSET
    is_staff: bool | Unset = UNSET
    phone_number: int | str | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("country_code", "countryCode", False),
        ("display_name", "displayName", False),
        ("eid", "eid", False),
        ("is_staff", "isStaff", False),
        ("phone_number", "phoneNumber", False),
        ("service_id", "serviceId", False),
    )

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        display_name = self.display_name

        eid = self.eid

        is_staff = self.is_staff

        phone_number: int | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if eid is not UNSET:
            field_dict["eid"] = eid
        if is_staff is not UNSET:
            field_dict["isStaff"] = is_staff
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallParticipantInfo:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CallParticipantInfo.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        call_participant_info = object.__new__(cls)
        call_participant_info.country_code = d.get("countryCode", UNSET)

        call_participant_info.display_name = d.get("displayName", UNSET)

        call_participant_info.eid = d.get("eid", UNSET)

        call_participant_info.is_staff = d.get("isStaff", UNSET)

        phone_number: int | str | Unset = d.get("phoneNumber", UNSET)

        call_participant_info.phone_number = phone_number

        call_participant_info.service_id = d.get("serviceId", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            call_participant_info.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return call_participant_info

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        call_participant_info = object.__new__(cls)
        call_participant_info.country_code = s.country_code

        call_participant_info.display_name = s.display_name

        call_participant_info.eid = s.eid

        call_participant_info.is_staff = s.is_staff

        phone_number: int | str | Unset = s.phone_number

        call_participant_info.phone_number = phone_number

        call_participant_info.service_id = s.service_id

        return call_participant_info  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CallParticipantInfo)
