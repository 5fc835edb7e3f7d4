from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CallEndMessage")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "serviceId",
    }
)


@_attrs_define
class CallEndMessage:
    """
    Attributes:
        id (str): The call ID.
        status (Literal['CallEnd']):
        service_id (str | Unset):
    """

    id: str
    status: Literal["CallEnd"]
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("status", "status", True),
        ("service_id", "serviceId", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CallEndMessage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CallEndMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        call_end_message = object.__new__(cls)
        call_end_message.id = d["id"]

        status = cast(Literal["CallEnd"], d["status"])
        if status != "CallEnd":
            raise ValueError(f"status must match const 'CallEnd', got '{status}'")
        call_end_message.status = status

        call_end_message.service_id = d.get("serviceId", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            call_end_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return call_end_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        call_end_message = object.__new__(cls)
        call_end_message.id = s.id

        status = cast(Literal["CallEnd"], s.status)
        if status != "CallEnd":
            raise ValueError(f"status must match const 'CallEnd', got '{status}'")
        call_end_message.status = status

        call_end_message.service_id = s.service_id

        return call_end_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CallEndMessage)
