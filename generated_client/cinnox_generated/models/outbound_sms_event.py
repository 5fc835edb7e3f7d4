from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="OutboundSmsEvent")


_KNOWN_KEYS = frozenset(
    {
        "Type",
        "TransactionID",
        "Status",
        "AppID",
        "ServiceID",
        "RecipientNumber",
        "RecipientCountry",
        "ResponseCode",
        "Exception",
    }
)


@_attrs_define
class OutboundSmsEvent:
    """
    Attributes:
        type_ (Literal['tdr']):
        transaction_id (str): The SMS ID.
        status (str): `Submitted`, `Delivered`, `Undelivered` or `Rejected`.
        app_id (str | Unset):
        service_id (str | Unset):
        recipient_number (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        recipient_country (str | Unset):
        response_code (str | Unset): Blank for Submitted/Delivered, "400" for Undelivered/Rejected.
        exception (str | Unset): Blank, or a reason such as "sms send failed".
    """

    type_: Literal["tdr"]
    transaction_id: str
    status: str
    app_id: str | Unset = UNSET
    service_id: str | Unset = UNSET
    recipient_number: int | str | Unset = UNSET
    recipient_country: str | Unset = UNSET
    response_code: str | Unset = UNSET
    exception: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type_", "Type", True),
        ("transaction_id", "TransactionID", True),
        ("status", "Status", True),
        ("app_id", "AppID", False),
        ("service_id", "ServiceID", False),
        ("recipient_number", "RecipientNumber", False),
        ("recipient_country", "RecipientCountry", False),
        ("response_code", "ResponseCode", False),
        ("exception", "Exception", False),
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        transaction_id = self.transaction_id

        status = self.status

        app_id = self.app_id

        service_id = self.service_id

        recipient_number: int | str | Unset
        if isinstance(self.recipient_number, Unset):
            recipient_number = UNSET
        else:
            recipient_number = self.recipient_number

        recipient_country = self.recipient_country

        response_code = self.response_code

        exception = self.exception

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "TransactionID": transaction_id,
                "Status": status,
            }
        )
        if app_id is not UNSET:
            field_dict["AppID"] = app_id
        if service_id is not UNSET:
            field_dict["ServiceID"] = service_id
        if recipient_number is not UNSET:
            field_dict["RecipientNumber"] = recipient_number
        if recipient_country is not UNSET:
            field_dict["RecipientCountry"] = recipient_country
        if response_code is not UNSET:
            field_dict["ResponseCode"] = response_code
        if exception is not UNSET:
            field_dict["Exception"] = exception

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not OutboundSmsEvent:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, OutboundSmsEvent.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        outbound_sms_event = object.__new__(cls)
        type_ = cast(Literal["tdr"], d["Type"])
        if type_ != "tdr":
            raise ValueError(f"Type must match const 'tdr', got '{type_}'")
        outbound_sms_event.type_ = type_

        outbound_sms_event.transaction_id = d["TransactionID"]

        outbound_sms_event.status = d["Status"]

        outbound_sms_event.app_id = d.get("AppID", UNSET)

        outbound_sms_event.service_id = d.get("ServiceID", UNSET)

        recipient_number: int | str | Unset = d.get("RecipientNumber", UNSET)

        outbound_sms_event.recipient_number = recipient_number

        outbound_sms_event.recipient_country = d.get("RecipientCountry", UNSET)

        outbound_sms_event.response_code = d.get("ResponseCode", UNSET)

        outbound_sms_event.exception = d.get("Exception", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            outbound_sms_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return outbound_sms_event

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        outbound_sms_event = object.__new__(cls)
        type_ = cast(Literal["tdr"], s.type_)
        if type_ != "tdr":
            raise ValueError(f"Type must match const 'tdr', got '{type_}'")
        outbound_sms_event.type_ = type_

        outbound_sms_event.transaction_id = s.transaction_id

        outbound_sms_event.status = s.status

        outbound_sms_event.app_id = s.app_id

        outbound_sms_event.service_id = s.service_id

        recipient_number: int | str | Unset = s.recipient_number

        outbound_sms_event.recipient_number = recipient_number

        outbound_sms_event.recipient_country = s.recipient_country

        outbound_sms_event.response_code = s.response_code

        outbound_sms_event.exception = s.exception

        return outbound_sms_event  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(OutboundSmsEvent)
