from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_type import DestinationType
from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="DestinationServiceGroupInput")


_KNOWN_KEYS = frozenset(
    {
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
class DestinationServiceGroupInput:
    """
    Attributes:
        display_name (str): The Service Group name.
        support_languages (list[str]): Language codes; `"*"` means all.
        support_locations (list[str]): Countries/regions + states; `"*"` means all.
        types (list[DestinationType]):
        phone_targets (list[str] | Unset): PSTN numbers with country code; required with PHONE.
        staff_targets (list[str] | Unset): Staff IDs; required with STAFF.
        trunk_targets (list[str] | Unset): SIP trunk numbers with country code; required with TRUNK.
    """

    display_name: str
    support_languages: list[str]
    support_locations: list[str]
    types: list[DestinationType]
    phone_targets: list[str] | Unset = UNSET
    staff_targets: list[str] | Unset = UNSET
    trunk_targets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("display_name", "displayName", True),
        ("support_languages", "supportLanguages", True),
        ("support_locations", "supportLocations", True),
        ("types", "types", True),
        ("phone_targets", "phoneTargets", False),
        ("staff_targets", "staffTargets", False),
        ("trunk_targets", "trunkTargets", False),
    )

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        support_languages = self.support_languages

        support_locations = self.support_locations

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

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
                "displayName": display_name,
                "supportLanguages": support_languages,
                "supportLocations": support_locations,
                "types": types,
            }
        )
        if phone_targets is not UNSET:
            field_dict["phoneTargets"] = phone_targets
        if staff_targets is not UNSET:
            field_dict["staffTargets"] = staff_targets
        if trunk_targets is not UNSET:
            field_dict["trunkTargets"] = trunk_targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            cls is not DestinationServiceGroupInput
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, DestinationServiceGroupInput.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        destination_service_group_input = object.__new__(cls)
        destination_service_group_input.display_name = d["displayName"]

        support_languages = cast(list[str], d["supportLanguages"])

        destination_service_group_input.support_languages = support_languages

        support_locations = cast(list[str], d["supportLocations"])

        destination_service_group_input.support_locations = support_locations

        types = []
        _types = d["types"]
        for types_item_data in _types:
            types_item = DestinationType(types_item_data)

            types.append(types_item)

        destination_service_group_input.types = types

        phone_targets = cast(list[str], d.get("phoneTargets", UNSET))

        destination_service_group_input.phone_targets = phone_targets

        staff_targets = cast(list[str], d.get("staffTargets", UNSET))

        destination_service_group_input.staff_targets = staff_targets

        trunk_targets = cast(list[str], d.get("trunkTargets", UNSET))

        destination_service_group_input.trunk_targets = trunk_targets

        if not _KNOWN_KEYS.issuperset(d):
            destination_service_group_input.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return destination_service_group_input

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        destination_service_group_input = object.__new__(cls)
        destination_service_group_input.display_name = s.display_name

        support_languages = cast(list[str], s.support_languages)

        destination_service_group_input.support_languages = support_languages

        support_locations = cast(list[str], s.support_locations)

        destination_service_group_input.support_locations = support_locations

        types = []
        _types = s.types
        for types_item_data in _types:
            types_item = DestinationType(types_item_data)

            types.append(types_item)

        destination_service_group_input.types = types

        phone_targets = cast(list[str], s.phone_targets)

        destination_service_group_input.phone_targets = phone_targets

        staff_targets = cast(list[str], s.staff_targets)

        destination_service_group_input.staff_targets = staff_targets

        trunk_targets = cast(list[str], s.trunk_targets)

        destination_service_group_input.trunk_targets = trunk_targets

        return destination_service_group_input  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(DestinationServiceGroupInput)
