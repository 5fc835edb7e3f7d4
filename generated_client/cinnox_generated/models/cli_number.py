from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CliNumber")


_KNOWN_KEYS = frozenset(
    {
        "serviceID",
        "number",
        "type",
        "country",
        "expireDate",
        "name",
        "supportSMS",
        "supportCall",
    }
)


@_attrs_define
class CliNumber:
    """A number of the account (Caller ID, Sender ID or number-list entry).

    Attributes:
        service_id (str | Unset):
        number (str | Unset):
        type_ (str | Unset): `DID` (direct number) or `TF` (toll-free).
        country (list[str] | Unset):
        expire_date (datetime.datetime | Unset):
        name (str | Unset):
        support_sms (bool | Unset):
        support_call (bool | Unset):
    """

    service_id: str | Unset = UNSET
    number: str | Unset = UNSET
    type_: str | Unset = UNSET
    country: list[str] | Unset = UNSET
    expire_date: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    support_sms: bool | Unset = UNSET
    support_call: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("service_id", "serviceID", False),
        ("number", "number", False),
        ("type_", "type", False),
        ("country", "country", False),
        ("expire_date", "expireDate", False),
        ("name", "name", False),
        ("support_sms", "supportSMS", False),
        ("support_call", "supportCall", False),
    )

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        number = self.number

        type_ = self.type_

        country: list[str] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country

        expire_date: str | Unset = UNSET
        if not isinstance(self.expire_date, Unset):
            expire_date = self.expire_date.isoformat()

        name = self.name

        support_sms = self.support_sms

        support_call = self.support_call

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceID"] = service_id
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if country is not UNSET:
            field_dict["country"] = country
        if expire_date is not UNSET:
            field_dict["expireDate"] = expire_date
        if name is not UNSET:
            field_dict["name"] = name
        if support_sms is not UNSET:
            field_dict["supportSMS"] = support_sms
        if support_call is not UNSET:
            field_dict["supportCall"] = support_call

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CliNumber:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CliNumber.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        cli_number = object.__new__(cls)
        cli_number.service_id = d.get("serviceID", UNSET)

        cli_number.number = d.get("number", UNSET)

        cli_number.type_ = d.get("type", UNSET)

        country = cast(list[str], d.get("country", UNSET))

        cli_number.country = country

        _expire_date = d.get("expireDate", UNSET)
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = datetime.datetime.fromisoformat(_expire_date)

        cli_number.expire_date = expire_date

        cli_number.name = d.get("name", UNSET)

        cli_number.support_sms = d.get("supportSMS", UNSET)

        cli_number.support_call = d.get("supportCall", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            cli_number.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return cli_number

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        cli_number = object.__new__(cls)
        cli_number.service_id = s.service_id

        cli_number.number = s.number

        cli_number.type_ = s.type_

        country = cast(list[str], s.country)

        cli_number.country = country

        _expire_date = s.expire_date
        expire_date: datetime.datetime | Unset
        if isinstance(_expire_date, Unset):
            expire_date = UNSET
        else:
            expire_date = datetime.datetime.fromisoformat(_expire_date)

        cli_number.expire_date = expire_date

        cli_number.name = s.name

        cli_number.support_sms = s.support_sms

        cli_number.support_call = s.support_call

        return cli_number  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CliNumber)
