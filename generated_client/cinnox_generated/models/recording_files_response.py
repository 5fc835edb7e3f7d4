from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.recording_file import RecordingFile


T = TypeVar("T", bound="RecordingFilesResponse")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "result",
    }
)


@_attrs_define
class RecordingFilesResponse:
    """
    Attributes:
        code (int):
        result (list[RecordingFile]):
    """

    code: int
    result: list[RecordingFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", True),
        ("result", "result", True),
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_file import RecordingFile  # noqa: PLC0415

        if cls is not RecordingFilesResponse:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, RecordingFilesResponse.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        recording_files_response = object.__new__(cls)
        recording_files_response.code = d["code"]

        result = []
        _result = d["result"]
        for result_item_data in _result:
            result_item = RecordingFile.from_dict(result_item_data)

            result.append(result_item)

        recording_files_response.result = result

        if not _KNOWN_KEYS.issuperset(d):
            recording_files_response.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return recording_files_response

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.recording_file import RecordingFile  # noqa: PLC0415

        recording_files_response = object.__new__(cls)
        recording_files_response.code = s.code

        result = []
        _result = s.result
        for result_item_data in _result:
            result_item = RecordingFile.from_dict(result_item_data)

            result.append(result_item)

        recording_files_response.result = result

        return recording_files_response  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(RecordingFilesResponse)
