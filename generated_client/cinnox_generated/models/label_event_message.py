from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="LabelEventMessage")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "id",
        "status",
        "serviceId",
        "name",
        "updatedAt",
    }
)


@_attrs_define
class LabelEventMessage:
    """INFERRED (no notification fields shown on the stored pages).

    Attributes:
        type_ (Literal['label']): INFERRED value (the contact events use `contact`).
        id (str): The label ID.
        status (str | Unset):
        service_id (str | Unset):
        name (str | Unset):
        updated_at (str | Unset):
    """

    type_: Literal["label"]
    id: str
    status: str | Unset = UNSET
    service_id: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type_", "type", True),
        ("id", "id", True),
        ("status", "status", False),
        ("service_id", "serviceId", False),
        ("name", "name", False),
        ("updated_at", "updatedAt", False),
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        service_id = self.service_id

        name = self.name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not LabelEventMessage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, LabelEventMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        label_event_message = object.__new__(cls)
        type_ = cast(Literal["label"], d["type"])
        if type_ != "label":
            raise ValueError(f"type must match const 'label', got '{type_}'")
        label_event_message.type_ = type_

        label_event_message.id = d["id"]

        label_event_message.status = d.get("status", UNSET)

        label_event_message.service_id = d.get("serviceId", UNSET)

        label_event_message.name = d.get("name", UNSET)

        label_event_message.updated_at = d.get("updatedAt", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            label_event_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return label_event_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        label_event_message = object.__new__(cls)
        type_ = cast(Literal["label"], s.type_)
        if type_ != "label":
            raise ValueError(f"type must match const 'label', got '{type_}'")
        label_event_message.type_ = type_

        label_event_message.id = s.id

        label_event_message.status = s.status

        label_event_message.service_id = s.service_id

        label_event_message.name = s.name

        label_event_message.updated_at = s.updated_at

        return label_event_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(LabelEventMessage)
