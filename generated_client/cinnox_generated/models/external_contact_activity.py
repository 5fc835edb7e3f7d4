from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ExternalContactActivity")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "channel",
        "description",
        "staffId",
        "createdAt",
    }
)


@_attrs_define
class ExternalContactActivity:
    """INFERRED record of Get External Contact Activity (no page was found).

    Attributes:
        id (str):
        type_ (str | Unset):
        channel (str | Unset):
        description (str | Unset):
        staff_id (str | Unset):
        created_at (datetime.datetime | Unset):
    """

    id: str
    type_: str | Unset = UNSET
    channel: str | Unset = UNSET
    description: str | Unset = UNSET
    staff_id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("type_", "type", False),
        ("channel", "channel", False),
        ("description", "description", False),
        ("staff_id", "staffId", False),
        ("created_at", "createdAt", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        channel = self.channel

        description = self.description

        staff_id = self.staff_id

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
        if channel is not UNSET:
            field_dict["channel"] = channel
        if description is not UNSET:
            field_dict["description"] = description
        if staff_id is not UNSET:
            field_dict["staffId"] = staff_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            cls is not ExternalContactActivity
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ExternalContactActivity.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        external_contact_activity = object.__new__(cls)
        external_contact_activity.id = d["id"]

        external_contact_activity.type_ = d.get("type", UNSET)

        external_contact_activity.channel = d.get("channel", UNSET)

        external_contact_activity.description = d.get("description", UNSET)

        external_contact_activity.staff_id = d.get("staffId", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        external_contact_activity.created_at = created_at

        if not _KNOWN_KEYS.issuperset(d):
            external_contact_activity.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return external_contact_activity

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        external_contact_activity = object.__new__(cls)
        external_contact_activity.id = s.id

        external_contact_activity.type_ = s.type_

        external_contact_activity.channel = s.channel

        external_contact_activity.description = s.description

        external_contact_activity.staff_id = s.staff_id

        _created_at = s.created_at
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        external_contact_activity.created_at = created_at

        return external_contact_activity  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ExternalContactActivity)
