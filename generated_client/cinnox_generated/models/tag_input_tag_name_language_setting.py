from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.tag_language_setting import TagLanguageSetting


T = TypeVar("T", bound="TagInputTagNameLanguageSetting")


@_attrs_define
class TagInputTagNameLanguageSetting:
    """Display name and description per ISO 639-1 language code."""

    additional_properties: dict[str, TagLanguageSetting] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_language_setting import TagLanguageSetting  # noqa: PLC0415

        if (
            cls is not TagInputTagNameLanguageSetting
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, TagInputTagNameLanguageSetting.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tag_input_tag_name_language_setting = object.__new__(cls)

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = TagLanguageSetting.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property

            tag_input_tag_name_language_setting.additional_properties = additional_properties
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return tag_input_tag_name_language_setting

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> TagLanguageSetting:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: TagLanguageSetting) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_additional_properties_on_first_read(TagInputTagNameLanguageSetting)
