from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="SendOtpResponse")


_KNOWN_KEYS = frozenset(
    {
        "serviceID",
        "status",
        "transactionID",
    }
)


@_attrs_define
class SendOtpResponse:
    """
    Attributes:
        service_id (str): The service account ID.
        status (bool):
        transaction_id (str):
    """

    service_id: str
    status: bool
    transaction_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("service_id", "serviceID", True),
        ("status", "status", True),
        ("transaction_id", "transactionID", True),
    )

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        status = self.status

        transaction_id = self.transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceID": service_id,
                "status": status,
                "transactionID": transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not SendOtpResponse:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SendOtpResponse.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        send_otp_response = object.__new__(cls)
        send_otp_response.service_id = d["serviceID"]

        send_otp_response.status = d["status"]

        send_otp_response.transaction_id = d["transactionID"]

        if not _KNOWN_KEYS.issuperset(d):
            send_otp_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return send_otp_response

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        send_otp_response = object.__new__(cls)
        send_otp_response.service_id = s.service_id

        send_otp_response.status = s.status

        send_otp_response.transaction_id = s.transaction_id

        return send_otp_response  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SendOtpResponse)
