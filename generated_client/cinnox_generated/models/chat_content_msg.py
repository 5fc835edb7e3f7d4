from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ChatContentMsg")


_KNOWN_KEYS = frozenset(
    {
        "channel",
        "text",
        "type",
    }
)


@_attrs_define
class ChatContentMsg:
    """
    Attributes:
        channel (int | Unset): Not in use.
        text (str | Unset):
        type_ (int | Unset): 1 text, 2 file, 5 advanced.
    """

    channel: int | Unset = UNSET
    text: str | Unset = UNSET
    type_: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("channel", "channel", False),
        ("text", "text", False),
        ("type_", "type", False),
    )

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        text = self.text

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ChatContentMsg:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ChatContentMsg.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        chat_content_msg = object.__new__(cls)
        chat_content_msg.channel = d.get("channel", UNSET)

        chat_content_msg.text = d.get("text", UNSET)

        chat_content_msg.type_ = d.get("type", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            chat_content_msg.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return chat_content_msg

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        chat_content_msg = object.__new__(cls)
        chat_content_msg.channel = s.channel

        chat_content_msg.text = s.text

        chat_content_msg.type_ = s.type_

        return chat_content_msg  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ChatContentMsg)
