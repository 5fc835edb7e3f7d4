from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendOtpRequest")


_KNOWN_KEYS = frozenset(
    {
        "senderNumber",
        "recipientNumber",
        "text",
        "pin",
    }
)


@_attrs_define
class SendOtpRequest:
    """
    Attributes:
        sender_number (str): An alphanumeric Sender ID (a virtual number cannot be used).
        recipient_number (str): "Country code + phone number", with or without a leading +.
        text (str): The message; `%s` is replaced by `pin`.
        pin (str): The one-time password, at most 10 characters (numeric, alpha or alphanumeric).
    """

    sender_number: str
    recipient_number: str
    text: str
    pin: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_number = self.sender_number

        recipient_number = self.recipient_number

        text = self.text

        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "senderNumber": sender_number,
                "recipientNumber": recipient_number,
                "text": text,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sender_number = d["senderNumber"]

        recipient_number = d["recipientNumber"]

        text = d["text"]

        pin = d["pin"]

        send_otp_request = cls(
            sender_number,
            recipient_number,
            text,
            pin,
        )

        if not d.keys() <= _KNOWN_KEYS:
            send_otp_request.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return send_otp_request

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
