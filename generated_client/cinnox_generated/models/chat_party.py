from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ChatParty")


_KNOWN_KEYS = frozenset(
    {
        "device",
        "eid",
        "omniType",
        "region",
        "service",
        "session",
        "system",
    }
)


@_attrs_define
class ChatParty:
    """
    Attributes:
        device (str | Unset):
        eid (str | Unset):
        omni_type (str | Unset):
        region (str | Unset):
        service (str | Unset):
        session (str | Unset):
        system (bool | Unset):
    """

    device: str | Unset = UNSET
    eid: str | Unset = UNSET
    omni_type: str | Unset = UNSET
    region: str | Unset = UNSET
    service: str | Unset = UNSET
    session: str | Unset = UNSET
    system: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("device", "device", False),
        ("eid", "eid", False),
        ("omni_type", "omniType", False),
        ("region", "region", False),
        ("service", "service", False),
        ("session", "session", False),
        ("system", "system", False),
    )

    def to_dict(self) -> dict[str, Any]:
        device = self.device

        eid = self.eid

        omni_type = self.omni_type

        region = self.region

        service = self.service

        session = self.session

        system = self.system

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device is not UNSET:
            field_dict["device"] = device
        if eid is not UNSET:
            field_dict["eid"] = eid
        if omni_type is not UNSET:
            field_dict["omniType"] = omni_type
        if region is not UNSET:
            field_dict["region"] = region
        if service is not UNSET:
            field_dict["service"] = service
        if session is not UNSET:
            field_dict["session"] = session
        if system is not UNSET:
            field_dict["system"] = system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ChatParty:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ChatParty.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        chat_party = object.__new__(cls)
        chat_party.device = d.get("device", UNSET)

        chat_party.eid = d.get("eid", UNSET)

        chat_party.omni_type = d.get("omniType", UNSET)

        chat_party.region = d.get("region", UNSET)

        chat_party.service = d.get("service", UNSET)

        chat_party.session = d.get("session", UNSET)

        chat_party.system = d.get("system", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            chat_party.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return chat_party

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        chat_party = object.__new__(cls)
        chat_party.device = s.device

        chat_party.eid = s.eid

        chat_party.omni_type = s.omni_type

        chat_party.region = s.region

        chat_party.service = s.service

        chat_party.session = s.session

        chat_party.system = s.system

        return chat_party  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ChatParty)
