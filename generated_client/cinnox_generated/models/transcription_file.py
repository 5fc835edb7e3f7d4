from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="TranscriptionFile")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "fileName",
        "fileUrl",
        "language",
        "createdAt",
    }
)


@_attrs_define
class TranscriptionFile:
    """INFERRED record (modelled on the recording files; no page was found).

    Attributes:
        id (str): The call ID or the conference ID.
        type_ (str | Unset): `call` or `conference`.
        file_name (str | Unset):
        file_url (str | Unset):
        language (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    type_: str | Unset = UNSET
    file_name: str | Unset = UNSET
    file_url: str | Unset = UNSET
    language: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("type_", "type", False),
        ("file_name", "fileName", False),
        ("file_url", "fileUrl", False),
        ("language", "language", False),
        ("created_at", "createdAt", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        file_name = self.file_name

        file_url = self.file_url

        language = self.language

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_name is not UNSET:
            field_dict["fileName"] = file_name
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if language is not UNSET:
            field_dict["language"] = language
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not TranscriptionFile:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, TranscriptionFile.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        transcription_file = object.__new__(cls)
        transcription_file.id = d["id"]

        transcription_file.type_ = d.get("type", UNSET)

        transcription_file.file_name = d.get("fileName", UNSET)

        transcription_file.file_url = d.get("fileUrl", UNSET)

        transcription_file.language = d.get("language", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        transcription_file.created_at = created_at

        if not _KNOWN_KEYS.issuperset(d):
            transcription_file.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return transcription_file

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        transcription_file = object.__new__(cls)
        transcription_file.id = s.id

        transcription_file.type_ = s.type_

        transcription_file.file_name = s.file_name

        transcription_file.file_url = s.file_url

        transcription_file.language = s.language

        _created_at = s.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        transcription_file.created_at = created_at

        return transcription_file  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(TranscriptionFile)
