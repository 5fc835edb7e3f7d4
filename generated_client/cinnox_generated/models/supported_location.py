from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="SupportedLocation")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "name",
        "states",
    }
)


@_attrs_define
class SupportedLocation:
    """INFERRED record (no page was found).

    Attributes:
        code (str):
        name (str | Unset):
        states (list[str] | Unset):
    """

    code: str
    name: str | Unset = UNSET
    states: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", True),
        ("name", "name", False),
        ("states", "states", False),
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        states: list[str] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = self.states

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if states is not UNSET:
            field_dict["states"] = states

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not SupportedLocation:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SupportedLocation.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        supported_location = object.__new__(cls)
        supported_location.code = d["code"]

        supported_location.name = d.get("name", UNSET)

        states = cast(list[str], d.get("states", UNSET))

        supported_location.states = states

        if not _KNOWN_KEYS.issuperset(d):
            supported_location.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return supported_location

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        supported_location = object.__new__(cls)
        supported_location.code = s.code

        supported_location.name = s.name

        states = cast(list[str], s.states)

        supported_location.states = states

        return supported_location  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SupportedLocation)
