from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.tag_message_message import TagMessageMessage


T = TypeVar("T", bound="TagMessage")


_KNOWN_KEYS = frozenset(
    {
        "enabled",
        "messageType",
        "message",
    }
)


@_attrs_define
class TagMessage:
    """
    Attributes:
        enabled (bool | Unset):
        message_type (str | Unset): `general`, `buttons` or `quickreply`.
        message (TagMessageMessage | Unset):
    """

    enabled: bool | Unset = UNSET
    message_type: str | Unset = UNSET
    message: TagMessageMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("enabled", "enabled", False),
        ("message_type", "messageType", False),
        ("message", "message", False),
    )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        message_type = self.message_type

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if message_type is not UNSET:
            field_dict["messageType"] = message_type
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_message_message import TagMessageMessage  # noqa: PLC0415

        if cls is not TagMessage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, TagMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tag_message = object.__new__(cls)
        tag_message.enabled = d.get("enabled", UNSET)

        tag_message.message_type = d.get("messageType", UNSET)

        _message = d.get("message", UNSET)
        message: TagMessageMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = TagMessageMessage.from_dict(_message)

        tag_message.message = message

        if not _KNOWN_KEYS.issuperset(d):
            tag_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return tag_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.tag_message_message import TagMessageMessage  # noqa: PLC0415

        tag_message = object.__new__(cls)
        tag_message.enabled = s.enabled

        tag_message.message_type = s.message_type

        _message = s.message
        message: TagMessageMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = TagMessageMessage.from_dict(_message)

        tag_message.message = message

        return tag_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(TagMessage)
