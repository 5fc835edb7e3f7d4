from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.text_message import TextMessage


T = TypeVar("T", bound="SendMessageRequest")


_KNOWN_KEYS = frozenset(
    {
        "roomID",
        "messages",
        "senderEID",
        "receiverEID",
    }
)


@_attrs_define
class SendMessageRequest:
    """
    Attributes:
        room_id (str): The conversation room.
        messages (list[TextMessage]):
        sender_eid (str | Unset): Send as this staff member.
        receiver_eid (str | Unset): Address this member of the room.
    """

    room_id: str
    messages: list[TextMessage]
    sender_eid: str | Unset = UNSET
    receiver_eid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("room_id", "roomID", True),
        ("messages", "messages", True),
        ("sender_eid", "senderEID", False),
        ("receiver_eid", "receiverEID", False),
    )

    def to_dict(self) -> dict[str, Any]:
        room_id = self.room_id

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        sender_eid = self.sender_eid

        receiver_eid = self.receiver_eid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomID": room_id,
                "messages": messages,
            }
        )
        if sender_eid is not UNSET:
            field_dict["senderEID"] = sender_eid
        if receiver_eid is not UNSET:
            field_dict["receiverEID"] = receiver_eid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_message import TextMessage  # noqa: PLC0415

        if cls is not SendMessageRequest:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SendMessageRequest.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        send_message_request = object.__new__(cls)
        send_message_request.room_id = d["roomID"]

        messages = []
        _messages = d["messages"]
        for messages_item_data in _messages:
            messages_item = TextMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        send_message_request.messages = messages

        send_message_request.sender_eid = d.get("senderEID", UNSET)

        send_message_request.receiver_eid = d.get("receiverEID", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            send_message_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return send_message_request

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.text_message import TextMessage  # noqa: PLC0415

        send_message_request = object.__new__(cls)
        send_message_request.room_id = s.room_id

        messages = []
        _messages = s.messages
        for messages_item_data in _messages:
            messages_item = TextMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        send_message_request.messages = messages

        send_message_request.sender_eid = s.sender_eid

        send_message_request.receiver_eid = s.receiver_eid

        return send_message_request  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SendMessageRequest)
