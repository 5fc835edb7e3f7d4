from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CallParty")


_KNOWN_KEYS = frozenset(
    {
        "eid",
        "number",
    }
)


@_attrs_define
class CallParty:
    """
    Attributes:
        eid (str | Unset):
        number (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
    """

    eid: str | Unset = UNSET
    number: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("eid", "eid", False),
        ("number", "number", False),
    )

    def to_dict(self) -> dict[str, Any]:
        eid = self.eid

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eid is not UNSET:
            field_dict["eid"] = eid
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallParty:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CallParty.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        call_party = object.__new__(cls)
        call_party.eid = d.get("eid", UNSET)

        number: int | str | Unset = d.get("number", UNSET)

        call_party.number = number

        if not _KNOWN_KEYS.issuperset(d):
            call_party.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return call_party

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        call_party = object.__new__(cls)
        call_party.eid = s.eid

        number: int | str | Unset = s.number

        call_party.number = number

        return call_party  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CallParty)
