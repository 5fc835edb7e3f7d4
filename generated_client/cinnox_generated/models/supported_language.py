from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="SupportedLanguage")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "name",
    }
)


@_attrs_define
class SupportedLanguage:
    """INFERRED record (no page was found).

    Attributes:
        code (str):
        name (str | Unset):
    """

    code: str
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", True),
        ("name", "name", False),
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not SupportedLanguage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SupportedLanguage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        supported_language = object.__new__(cls)
        supported_language.code = d["code"]

        supported_language.name = d.get("name", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            supported_language.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return supported_language

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        supported_language = object.__new__(cls)
        supported_language.code = s.code

        supported_language.name = s.name

        return supported_language  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SupportedLanguage)
