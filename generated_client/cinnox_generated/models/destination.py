from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="Destination")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "displayName",
        "supportLanguages",
        "supportLocations",
        "types",
        "phoneTargets",
        "staffTargets",
        "trunkTargets",
    }
)


@_attrs_define
class Destination:
    """INFERRED record of Get Destination List (the Create Destination body fields plus `id`).

    Attributes:
        id (str):
        display_name (str | Unset):
        support_languages (list[str] | Unset):
        support_locations (list[str] | Unset):
        types (list[str] | Unset):
        phone_targets (list[str] | Unset):
        staff_targets (list[str] | Unset):
        trunk_targets (list[str] | Unset):
    """

    id: str
    display_name: str | Unset = UNSET
    support_languages: list[str] | Unset = UNSET
    support_locations: list[str] | Unset = UNSET
    types: list[str] | Unset = UNSET
    phone_targets: list[str] | Unset = UNSET
    staff_targets: list[str] | Unset = UNSET
    trunk_targets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("display_name", "displayName", False),
        ("support_languages", "supportLanguages", False),
        ("support_locations", "supportLocations", False),
        ("types", "types", False),
        ("phone_targets", "phoneTargets", False),
        ("staff_targets", "staffTargets", False),
        ("trunk_targets", "trunkTargets", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        support_languages: list[str] | Unset = UNSET
        if not isinstance(self.support_languages, Unset):
            support_languages = self.support_languages

        support_locations: list[str] | Unset = UNSET
        if not isinstance(self.support_locations, Unset):
            support_locations = self.support_locations

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types

        phone_targets: list[str] | Unset = UNSET
        if not isinstance(self.phone_targets, Unset):
            phone_targets = self.phone_targets

        staff_targets: list[str] | Unset = UNSET
        if not isinstance(self.staff_targets, Unset):
            staff_targets = self.staff_targets

        trunk_targets: list[str] | Unset = UNSET
        if not isinstance(self.trunk_targets, Unset):
            trunk_targets = self.trunk_targets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if support_languages is not UNSET:
            field_dict["supportLanguages"] = support_languages
        if support_locations is not UNSET:
            field_dict["supportLocations"] = support_locations
        if types is not UNSET:
            field_dict["types"] = types
        if phone_targets is not UNSET:
            field_dict["phoneTargets"] = phone_targets
        if staff_targets is not UNSET:
            field_dict["staffTargets"] = staff_targets
        if trunk_targets is not UNSET:
            field_dict["trunkTargets"] = trunk_targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not Destination:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, Destination.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        destination = object.__new__(cls)
        destination.id = d["id"]

        destination.display_name = d.get("displayName", UNSET)

        support_languages = cast(list[str], d.get("supportLanguages", UNSET))

        destination.support_languages = support_languages

        support_locations = cast(list[str], d.get("supportLocations", UNSET))

        destination.support_locations = support_locations

        types = cast(list[str], d.get("types", UNSET))

        destination.types = types

        phone_targets = cast(list[str], d.get("phoneTargets", UNSET))

        destination.phone_targets = phone_targets

        staff_targets = cast(list[str], d.get("staffTargets", UNSET))

        destination.staff_targets = staff_targets

        trunk_targets = cast(list[str], d.get("trunkTargets", UNSET))

        destination.trunk_targets = trunk_targets

        if not _KNOWN_KEYS.issuperset(d):
            destination.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return destination

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        destination = object.__new__(cls)
        destination.id = s.id

        destination.display_name = s.display_name

        support_languages = cast(list[str], s.support_languages)

        destination.support_languages = support_languages

        support_locations = cast(list[str], s.support_locations)

        destination.support_locations = support_locations

        types = cast(list[str], s.types)

        destination.types = types

        phone_targets = cast(list[str], s.phone_targets)

        destination.phone_targets = phone_targets

        staff_targets = cast(list[str], s.staff_targets)

        destination.staff_targets = staff_targets

        trunk_targets = cast(list[str], s.trunk_targets)

        destination.trunk_targets = trunk_targets

        return destination  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(Destination)
