from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ChatRecipient")


_KNOWN_KEYS = frozenset(
    {
        "device",
        "eid",
        "inquiry",
        "room",
        "seq",
    }
)


@_attrs_define
class ChatRecipient:
    """
    Attributes:
        device (str | Unset):
        eid (str | Unset):
        inquiry (str | Unset):
        room (str | Unset):
        seq (int | Unset):
    """

    device: str | Unset = UNSET
    eid: str | Unset = UNSET
    inquiry: str | Unset = UNSET
    room: str | Unset = UNSET
    seq: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("device", "device", False),
        ("eid", "eid", False),
        ("inquiry", "inquiry", False),
        ("room", "room", False),
        ("seq", "seq", False),
    )

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        eid = self.eid

        inquiry = self.inquiry

        room = self.room

        seq = self.seq

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if eid is not UNSET:
            field_dict["eid"] = eid
        if inquiry is not UNSET:
            field_dict["inquiry"] = inquiry
        if room is not UNSET:
            field_dict["room"] = room
        if seq is not UNSET:
            field_dict["seq"] = seq

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ChatRecipient:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ChatRecipient.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        chat_recipient = object.__new__(cls)
        chat_recipient.device = d.get("device", UNSET)

        chat_recipient.eid = d.get("eid", UNSET)

        chat_recipient.inquiry = d.get("inquiry", UNSET)

        chat_recipient.room = d.get("room", UNSET)

        chat_recipient.seq = d.get("seq", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            chat_recipient.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return chat_recipient

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        chat_recipient = object.__new__(cls)
        chat_recipient.device = s.device

        chat_recipient.eid = s.eid

        chat_recipient.inquiry = s.inquiry

        chat_recipient.room = s.room

        chat_recipient.seq = s.seq

        return chat_recipient  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ChatRecipient)
