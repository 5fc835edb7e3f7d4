from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnquiryDetailLocationDetail")


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
        d = dict(src_dict)
        region_code = d.pop("regionCode", UNSET)

        subdivision = d.pop("subdivision", UNSET)

        city = d.pop("city", UNSET)

        province = d.pop("province", UNSET)

        enquiry_detail_location_detail = cls(
            region_code=region_code,
            subdivision=subdivision,
            city=city,
            province=province,
        )

        enquiry_detail_location_detail.additional_properties = d
        return enquiry_detail_location_detail

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
