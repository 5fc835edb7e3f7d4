from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ChannelTypeDetail")


_KNOWN_KEYS = frozenset(
    {
        "channelType",
        "channelID",
        "name",
        "enabled",
    }
)


@_attrs_define
class ChannelTypeDetail:
    """INFERRED record.

    Attributes:
        channel_type (str | Unset):
        channel_id (str | Unset):
        name (str | Unset):
        enabled (bool | Unset):
    """

    channel_type: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("channel_type", "channelType", False),
        ("channel_id", "channelID", False),
        ("name", "name", False),
        ("enabled", "enabled", False),
    )

    def to_dict(self) -> dict[str, Any]:
        channel_type = self.channel_type

        channel_id = self.channel_id

        name = self.name

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_type is not UNSET:
            field_dict["channelType"] = channel_type
        if channel_id is not UNSET:
            field_dict["channelID"] = channel_id
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ChannelTypeDetail:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ChannelTypeDetail.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        channel_type_detail = object.__new__(cls)
        channel_type_detail.channel_type = d.get("channelType", UNSET)

        channel_type_detail.channel_id = d.get("channelID", UNSET)

        channel_type_detail.name = d.get("name", UNSET)

        channel_type_detail.enabled = d.get("enabled", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            channel_type_detail.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return channel_type_detail

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        channel_type_detail = object.__new__(cls)
        channel_type_detail.channel_type = s.channel_type

        channel_type_detail.channel_id = s.channel_id

        channel_type_detail.name = s.name

        channel_type_detail.enabled = s.enabled

        return channel_type_detail  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ChannelTypeDetail)
