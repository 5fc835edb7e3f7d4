from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="EnquiryDetailLocationDetail")


_KNOWN_KEYS = frozenset(
    {
        "regionCode",
        "subdivision",
        "city",
        "province",
    }
)


@_attrs_define
class EnquiryDetailLocationDetail:
    """
    Attributes:
        region_code (str | Unset):
        subdivision (str | Unset):
        city (str | Unset):
        province (str | Unset):
    """

    region_code: str | Unset = UNSET
    subdivision: str | Unset = UNSET
    city: str | Unset = UNSET
    province: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("region_code", "regionCode", False),
        ("subdivision", "subdivision", False),
        ("city", "city", False),
        ("province", "province", False),
    )

    def to_dict(self) -> dict[str, Any]:
        region_code = self.region_code

        subdivision = self.subdivision

        city = self.city

        province = self.province

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if subdivision is not UNSET:
            field_dict["subdivision"] = subdivision
        if city is not UNSET:
            field_dict["city"] = city
        if province is not UNSET:
            field_dict["province"] = province

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            cls is not EnquiryDetailLocationDetail
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryDetailLocationDetail.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_detail_location_detail = object.__new__(cls)
        enquiry_detail_location_detail.region_code = d.get("regionCode", UNSET)

        enquiry_detail_location_detail.subdivision = d.get("subdivision", UNSET)

        enquiry_detail_location_detail.city = d.get("city", UNSET)

        enquiry_detail_location_detail.province = d.get("province", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_detail_location_detail.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_detail_location_detail

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        enquiry_detail_location_detail = object.__new__(cls)
        enquiry_detail_location_detail.region_code = s.region_code

        enquiry_detail_location_detail.subdivision = s.subdivision

        enquiry_detail_location_detail.city = s.city

        enquiry_detail_location_detail.province = s.province

        return enquiry_detail_location_detail  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryDetailLocationDetail)
