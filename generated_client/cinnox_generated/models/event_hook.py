from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventHook")


_KNOWN_KEYS = frozenset(
    {
        "event",
        "enabled",
        "url",
        "updatedAt",
    }
)


@_attrs_define
class EventHook:
    """
    Attributes:
        event (str): The subscription, named after its path (`call`, `inbound-sms`, `outbound-sms`, `inquiry`,
            `recording`, `conference`).
        enabled (bool):
        url (str):
        updated_at (datetime.datetime | Unset):
    """

    event: str
    enabled: bool
    url: str
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        enabled = self.enabled

        url = self.url

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "enabled": enabled,
                "url": url,
            }
        )
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        event = d["event"]

        enabled = d["enabled"]

        url = d["url"]

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        event_hook = cls(
            event,
            enabled,
            url,
            updated_at,
        )

        if not d.keys() <= _KNOWN_KEYS:
            event_hook.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return event_hook

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
