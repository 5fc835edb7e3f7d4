from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        street = d.get("street", UNSET)

        city = d.get("city", UNSET)

        state = d.get("state", UNSET)

        zipcode = d.get("zipcode", UNSET)

        country = d.get("country", UNSET)

        external_contact_address = cls(
            street,
            city,
            state,
            zipcode,
            country,
        )

        if not d.keys() <= _KNOWN_KEYS:
            external_contact_address.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return external_contact_address

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
