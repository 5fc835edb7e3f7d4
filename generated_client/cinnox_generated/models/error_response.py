from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _init_as

T = TypeVar("T", bound="ErrorResponse")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
    }
)


@_attrs_define
class ErrorResponse:
    """The error body of every operation.

    Attributes:
        code (int): CINNOX error code (see the BadRequest response).
        message (str):
    """

    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ErrorResponse:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ErrorResponse.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        error_response = object.__new__(cls)
        error_response.code = d["code"]

        error_response.message = d["message"]

        if not _KNOWN_KEYS.issuperset(d):
            error_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        else:
            error_response.additional_properties = {}
        return error_response

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
