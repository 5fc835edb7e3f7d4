from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="Label")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "colorName",
        "createdBy",
        "updatedBy",
        "createdAt",
        "updatedAt",
    }
)


@_attrs_define
class Label:
    """
    Attributes:
        id (str):
        name (str | Unset):
        color_name (str | Unset):
        created_by (str | Unset): Staff ID.
        updated_by (str | Unset): Staff ID.
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str
    name: str | Unset = UNSET
    color_name: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("name", "name", False),
        ("color_name", "colorName", False),
        ("created_by", "createdBy", False),
        ("updated_by", "updatedBy", False),
        ("created_at", "createdAt", False),
        ("updated_at", "updatedAt", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color_name = self.color_name

        created_by = self.created_by

        updated_by = self.updated_by

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if color_name is not UNSET:
            field_dict["colorName"] = color_name
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not Label:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, Label.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        label = object.__new__(cls)
        label.id = d["id"]

        label.name = d.get("name", UNSET)

        label.color_name = d.get("colorName", UNSET)

        label.created_by = d.get("createdBy", UNSET)

        label.updated_by = d.get("updatedBy", UNSET)

        label.created_at = d.get("createdAt", UNSET)

        label.updated_at = d.get("updatedAt", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            label.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return label

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        label = object.__new__(cls)
        label.id = s.id

        label.name = s.name

        label.color_name = s.color_name

        label.created_by = s.created_by

        label.updated_by = s.updated_by

        label.created_at = s.created_at

        label.updated_at = s.updated_at

        return label  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(Label)
