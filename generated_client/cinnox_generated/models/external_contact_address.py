from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ExternalContactAddress")


_KNOWN_KEYS = frozenset(
    {
        "street",
        "city",
        "state",
        "zipcode",
        "country",
    }
)


@_attrs_define
class ExternalContactAddress:
    """
    Attributes:
        street (str | Unset):
        city (str | Unset):
        state (str | Unset):
        zipcode (str | Unset):
        country (str | Unset): ISO 3166 two-letter country code.
    """

    street: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("street", "street", False),
        ("city", "city", False),
        ("state", "state", False),
        ("zipcode", "zipcode", False),
        ("country", "country", False),
    )

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        state = self.state

        zipcode = self.zipcode

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ExternalContactAddress:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ExternalContactAddress.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        external_contact_address = object.__new__(cls)
        external_contact_address.street = d.get("street", UNSET)

        external_contact_address.city = d.get("city", UNSET)

        external_contact_address.state = d.get("state", UNSET)

        external_contact_address.zipcode = d.get("zipcode", UNSET)

        external_contact_address.country = d.get("country", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            external_contact_address.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return external_contact_address

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        external_contact_address = object.__new__(cls)
        external_contact_address.street = s.street

        external_contact_address.city = s.city

        external_contact_address.state = s.state

        external_contact_address.zipcode = s.zipcode

        external_contact_address.country = s.country

        return external_contact_address  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ExternalContactAddress)
