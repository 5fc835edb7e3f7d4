from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        eid = d.get("eid", UNSET)

        join_status = d.get("joinStatus", UNSET)

        room_role = d.get("roomRole", UNSET)

        conference_participant = cls(
            eid,
            join_status,
            room_role,
        )

        if not d.keys() <= _KNOWN_KEYS:
            conference_participant.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conference_participant

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
