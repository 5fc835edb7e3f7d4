from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="SendMessageResponseResult")


@_attrs_define
class SendMessageResponseResult:
    """Optional details; the structure is not documented."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            cls is not SendMessageResponseResult
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SendMessageResponseResult.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        send_message_response_result = object.__new__(cls)

        if d:
            send_message_response_result.additional_properties = dict(d)
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return send_message_response_result

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


_additional_properties_on_first_read(SendMessageResponseResult)
