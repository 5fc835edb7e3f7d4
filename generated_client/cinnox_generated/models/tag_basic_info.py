from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="TagBasicInfo")


_KNOWN_KEYS = frozenset(
    {
        "tagName",
        "tagIcon",
        "tagDescription",
    }
)


@_attrs_define
class TagBasicInfo:
    """
    Attributes:
        tag_name (str | Unset):
        tag_icon (str | Unset):
        tag_description (str | Unset):
    """

    tag_name: str | Unset = UNSET
    tag_icon: str | Unset = UNSET
    tag_description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("tag_name", "tagName", False),
        ("tag_icon", "tagIcon", False),
        ("tag_description", "tagDescription", False),
    )

    def to_dict(self) -> dict[str, Any]:
        tag_name = self.tag_name

        tag_icon = self.tag_icon

        tag_description = self.tag_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_name is not UNSET:
            field_dict["tagName"] = tag_name
        if tag_icon is not UNSET:
            field_dict["tagIcon"] = tag_icon
        if tag_description is not UNSET:
            field_dict["tagDescription"] = tag_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not TagBasicInfo:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, TagBasicInfo.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tag_basic_info = object.__new__(cls)
        tag_basic_info.tag_name = d.get("tagName", UNSET)

        tag_basic_info.tag_icon = d.get("tagIcon", UNSET)

        tag_basic_info.tag_description = d.get("tagDescription", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            tag_basic_info.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return tag_basic_info

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        tag_basic_info = object.__new__(cls)
        tag_basic_info.tag_name = s.tag_name

        tag_basic_info.tag_icon = s.tag_icon

        tag_basic_info.tag_description = s.tag_description

        return tag_basic_info  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(TagBasicInfo)
