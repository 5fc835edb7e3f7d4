from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ConferenceParticipant")


_KNOWN_KEYS = frozenset(
    {
        "eid",
        "joinStatus",
        "roomRole",
    }
)


@_attrs_define
class ConferenceParticipant:
    """
    Attributes:
        eid (str | Unset):
        join_status (str | Unset): `joined`, `invited`, `rejected`, `block` (removed) or `leave`.
        room_role (str | Unset): `owner` for the host, empty for a participant.
    """

    eid: str | Unset = UNSET
    join_status: str | Unset = UNSET
    room_role: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("eid", "eid", False),
        ("join_status", "joinStatus", False),
        ("room_role", "roomRole", False),
    )

    def to_dict(self) -> dict[str, Any]:
        eid = self.eid

        join_status = self.join_status

        room_role = self.room_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if eid is not UNSET:
            field_dict["eid"] = eid
        if join_status is not UNSET:
            field_dict["joinStatus"] = join_status
        if room_role is not UNSET:
            field_dict["roomRole"] = room_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ConferenceParticipant:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ConferenceParticipant.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        conference_participant = object.__new__(cls)
        conference_participant.eid = d.get("eid", UNSET)

        conference_participant.join_status = d.get("joinStatus", UNSET)

        conference_participant.room_role = d.get("roomRole", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            conference_participant.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return conference_participant

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        conference_participant = object.__new__(cls)
        conference_participant.eid = s.eid

        conference_participant.join_status = s.join_status

        conference_participant.room_role = s.room_role

        return conference_participant  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ConferenceParticipant)
