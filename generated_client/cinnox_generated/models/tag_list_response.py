from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.tag import Tag


T = TypeVar("T", bound="TagListResponse")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "tags",
    }
)


@_attrs_define
class TagListResponse:
    """
    Attributes:
        code (int):
        tags (list[Tag]):
    """

    code: int
    tags: list[Tag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("code", "code", True),
        ("tags", "tags", True),
    )

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag import Tag  # noqa: PLC0415

        if cls is not TagListResponse:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, TagListResponse.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tag_list_response = object.__new__(cls)
        tag_list_response.code = d["code"]

        tags = []
        _tags = d["tags"]
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)

        tag_list_response.tags = tags

        if not _KNOWN_KEYS.issuperset(d):
            tag_list_response.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return tag_list_response

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.tag import Tag  # noqa: PLC0415

        tag_list_response = object.__new__(cls)
        tag_list_response.code = s.code

        tags = []
        _tags = s.tags
        for tags_item_data in _tags:
            tags_item = Tag.from_dict(tags_item_data)

            tags.append(tags_item)

        tag_list_response.tags = tags

        return tag_list_response  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(TagListResponse)
