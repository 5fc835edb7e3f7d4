from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="RecordingFileMessage")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "status",
        "id",
        "serviceId",
    }
)


@_attrs_define
class RecordingFileMessage:
    """
    Attributes:
        type_ (str): `call` or `conference`.
        status (str): `success` or `fail`.
        id (str): The call ID or the conference ID.
        service_id (str | Unset):
    """

    type_: str
    status: str
    id: str
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type_", "type", True),
        ("status", "status", True),
        ("id", "id", True),
        ("service_id", "serviceId", False),
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        id = self.id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "status": status,
                "id": id,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not RecordingFileMessage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, RecordingFileMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        recording_file_message = object.__new__(cls)
        recording_file_message.type_ = d["type"]

        recording_file_message.status = d["status"]

        recording_file_message.id = d["id"]

        recording_file_message.service_id = d.get("serviceId", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            recording_file_message.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return recording_file_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        recording_file_message = object.__new__(cls)
        recording_file_message.type_ = s.type_

        recording_file_message.status = s.status

        recording_file_message.id = s.id

        recording_file_message.service_id = s.service_id

        return recording_file_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(RecordingFileMessage)
