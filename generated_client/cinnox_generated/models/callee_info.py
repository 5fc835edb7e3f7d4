from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CalleeInfo")


_KNOWN_KEYS = frozenset(
    {
        "displayName",
        "eid",
        "countryCode",
        "isStaff",
        "phoneNumber",
        "serviceId",
    }
)


@_attrs_define
class CalleeInfo:
    """The receiver of a call-log record. Documented: `displayName`, `eid` (the stored copies are cut
    after them). The other properties are INFERRED to mirror `callerInfo`.

        Attributes:
            display_name (str | Unset):
            eid (str | Unset): Staff ID of the receiver.
            country_code (str | Unset): INFERRED (mirrors callerInfo; not visible on the docs).
            is_staff (bool | Unset): INFERRED (mirrors callerInfo; not visible on the docs).
            phone_number (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
                "+85298765432", so
                both a JSON number and a string are accepted.
            service_id (str | Unset): INFERRED (mirrors callerInfo; not visible on the docs).
    """

    display_name: str | Unset = UNSET
    eid: str | Unset = UNSET
    country_code: str | Unset = UNSET
    is_staff: bool | Unset = UNSET
    phone_number: int | str | Unset = UNSET
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("display_name", "displayName", False),
        ("eid", "eid", False),
        ("country_code", "countryCode", False),
        ("is_staff", "isStaff", False),
        ("phone_number", "phoneNumber", False),
        ("service_id", "serviceId", False),
    )

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        eid = self.eid

        country_code = self.country_code

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
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if eid is not UNSET:
            field_dict["eid"] = eid
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if is_staff is not UNSET:
            field_dict["isStaff"] = is_staff
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CalleeInfo:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CalleeInfo.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        callee_info = object.__new__(cls)
        callee_info.display_name = d.get("displayName", UNSET)

        callee_info.eid = d.get("eid", UNSET)

        callee_info.country_code = d.get("countryCode", UNSET)

        callee_info.is_staff = d.get("isStaff", UNSET)

        phone_number: int | str | Unset = d.get("phoneNumber", UNSET)

        callee_info.phone_number = phone_number

        callee_info.service_id = d.get("serviceId", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            callee_info.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return callee_info

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        callee_info = object.__new__(cls)
        callee_info.display_name = s.display_name

        callee_info.eid = s.eid

        callee_info.country_code = s.country_code

        callee_info.is_staff = s.is_staff

        phone_number: int | str | Unset = s.phone_number

        callee_info.phone_number = phone_number

        callee_info.service_id = s.service_id

        return callee_info  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CalleeInfo)
