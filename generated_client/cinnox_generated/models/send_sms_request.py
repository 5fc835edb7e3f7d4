from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="SendSmsRequest")


_KNOWN_KEYS = frozenset(
    {
        "senderNumber",
        "recipientNumbers",
        "text",
    }
)


@_attrs_define
class SendSmsRequest:
    """INFERRED body (see the operation).

    Attributes:
        sender_number (str): A virtual number, service number or alphanumeric Sender ID of the account.
        recipient_numbers (list[str]):
        text (str):
    """

    sender_number: str
    recipient_numbers: list[str]
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("sender_number", "senderNumber", True),
        ("recipient_numbers", "recipientNumbers", True),
        ("text", "text", True),
    )

    def to_dict(self) -> dict[str, Any]:
        sender_number = self.sender_number

        recipient_numbers = self.recipient_numbers

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "senderNumber": sender_number,
                "recipientNumbers": recipient_numbers,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not SendSmsRequest:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SendSmsRequest.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        send_sms_request = object.__new__(cls)
        send_sms_request.sender_number = d["senderNumber"]

        recipient_numbers = cast(list[str], d["recipientNumbers"])

        send_sms_request.recipient_numbers = recipient_numbers

        send_sms_request.text = d["text"]

        if not _KNOWN_KEYS.issuperset(d):
            send_sms_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return send_sms_request

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        send_sms_request = object.__new__(cls)
        send_sms_request.sender_number = s.sender_number

        recipient_numbers = cast(list[str], s.recipient_numbers)

        send_sms_request.recipient_numbers = recipient_numbers

        send_sms_request.text = s.text

        return send_sms_request  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SendSmsRequest)
