from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.send_message_response_result import SendMessageResponseResult


T = TypeVar("T", bound="SendMessageResponse")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "result",
    }
)


@_attrs_define
class SendMessageResponse:
    """
    Attributes:
        code (int): 0 means success.
        result (SendMessageResponseResult | Unset): Optional details; the structure is not documented.
    """

    code: int
    result: SendMessageResponseResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", True),
        ("result", "result", False),
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_message_response_result import SendMessageResponseResult  # noqa: PLC0415

        if cls is not SendMessageResponse:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SendMessageResponse.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        send_message_response = object.__new__(cls)
        send_message_response.code = d["code"]

        _result = d.get("result", UNSET)
        result: SendMessageResponseResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = SendMessageResponseResult.from_dict(_result)

        send_message_response.result = result

        if not _KNOWN_KEYS.issuperset(d):
            send_message_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return send_message_response

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.send_message_response_result import SendMessageResponseResult  # noqa: PLC0415

        send_message_response = object.__new__(cls)
        send_message_response.code = s.code

        _result = s.result
        result: SendMessageResponseResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = SendMessageResponseResult.from_dict(_result)

        send_message_response.result = result

        return send_message_response  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SendMessageResponse)
