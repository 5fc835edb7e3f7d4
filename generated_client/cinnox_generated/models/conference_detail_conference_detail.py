from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.conference_participant import ConferenceParticipant


T = TypeVar("T", bound="ConferenceDetailConferenceDetail")


_KNOWN_KEYS = frozenset(
    {
        "participants",
        "subject",
    }
)


@_attrs_define
class ConferenceDetailConferenceDetail:
    """
    Attributes:
        participants (list[ConferenceParticipant] | Unset):
        subject (str | Unset):
    """

    participants: list[ConferenceParticipant] | Unset = UNSET
    subject: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("participants", "participants", False),
        ("subject", "subject", False),
    )

    def to_dict(self) -> dict[str, Any]:
        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participants is not UNSET:
            field_dict["participants"] = participants
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conference_participant import ConferenceParticipant  # noqa: PLC0415

        if (
            cls is not ConferenceDetailConferenceDetail
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ConferenceDetailConferenceDetail.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        conference_detail_conference_detail = object.__new__(cls)
        _participants = d.get("participants", UNSET)
        participants: list[ConferenceParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ConferenceParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        conference_detail_conference_detail.participants = participants

        conference_detail_conference_detail.subject = d.get("subject", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            conference_detail_conference_detail.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return conference_detail_conference_detail

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.conference_participant import ConferenceParticipant  # noqa: PLC0415

        conference_detail_conference_detail = object.__new__(cls)
        _participants = s.participants
        participants: list[ConferenceParticipant] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = ConferenceParticipant.from_dict(participants_item_data)

                participants.append(participants_item)

        conference_detail_conference_detail.participants = participants

        conference_detail_conference_detail.subject = s.subject

        return conference_detail_conference_detail  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ConferenceDetailConferenceDetail)
