from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="SubscriptionResponse")


_KNOWN_KEYS = frozenset(
    {
        "enabled",
        "url",
        "updatedAt",
    }
)


@_attrs_define
class SubscriptionResponse:
    """
    Attributes:
        enabled (bool):
        url (str):
        updated_at (datetime.datetime | Unset):
    """

    enabled: bool
    url: str
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("enabled", "enabled", True),
        ("url", "url", True),
        ("updated_at", "updatedAt", False),
    )

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        url = self.url

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "url": url,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not SubscriptionResponse:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SubscriptionResponse.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        subscription_response = object.__new__(cls)
        subscription_response.enabled = d["enabled"]

        subscription_response.url = d["url"]

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        subscription_response.updated_at = updated_at

        if not _KNOWN_KEYS.issuperset(d):
            subscription_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return subscription_response

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        subscription_response = object.__new__(cls)
        subscription_response.enabled = s.enabled

        subscription_response.url = s.url

        _updated_at = s.updated_at
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        subscription_response.updated_at = updated_at

        return subscription_response  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SubscriptionResponse)
