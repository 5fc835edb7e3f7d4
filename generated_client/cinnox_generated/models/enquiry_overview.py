from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="EnquiryOverview")


_KNOWN_KEYS = frozenset(
    {
        "startAt",
        "endAt",
        "totalReceived",
        "totalOngoing",
        "totalMissed",
        "totalClosed",
    }
)


@_attrs_define
class EnquiryOverview:
    """INFERRED fields (see Get Enquiry Overview Matrix).

    Attributes:
        start_at (datetime.datetime | Unset):
        end_at (datetime.datetime | Unset):
        total_received (int | Unset):
        total_ongoing (int | Unset):
        total_missed (int | Unset):
        total_closed (int | Unset):
    """

    start_at: datetime.datetime | Unset = UNSET
    end_at: datetime.datetime | Unset = UNSET
    total_received: int | Unset = UNSET
    total_ongoing: int | Unset = UNSET
    total_missed: int | Unset = UNSET
    total_closed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("start_at", "startAt", False),
        ("end_at", "endAt", False),
        ("total_received", "totalReceived", False),
        ("total_ongoing", "totalOngoing", False),
        ("total_missed", "totalMissed", False),
        ("total_closed", "totalClosed", False),
    )

    def to_dict(self) -> dict[str, Any]:
        start_at: str | Unset = UNSET
        if not isinstance(self.start_at, Unset):
            start_at = self.start_at.isoformat()

        end_at: str | Unset = UNSET
        if not isinstance(self.end_at, Unset):
            end_at = self.end_at.isoformat()

        total_received = self.total_received

        total_ongoing = self.total_ongoing

        total_missed = self.total_missed

        total_closed = self.total_closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_at is not UNSET:
            field_dict["startAt"] = start_at
        if end_at is not UNSET:
            field_dict["endAt"] = end_at
        if total_received is not UNSET:
            field_dict["totalReceived"] = total_received
        if total_ongoing is not UNSET:
            field_dict["totalOngoing"] = total_ongoing
        if total_missed is not UNSET:
            field_dict["totalMissed"] = total_missed
        if total_closed is not UNSET:
            field_dict["totalClosed"] = total_closed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not EnquiryOverview:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryOverview.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_overview = object.__new__(cls)
        _start_at = d.get("startAt", UNSET)
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        enquiry_overview.start_at = start_at

        _end_at = d.get("endAt", UNSET)
        end_at: datetime.datetime | Unset
        if isinstance(_end_at, Unset):
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

        enquiry_overview.end_at = end_at

        enquiry_overview.total_received = d.get("totalReceived", UNSET)

        enquiry_overview.total_ongoing = d.get("totalOngoing", UNSET)

        enquiry_overview.total_missed = d.get("totalMissed", UNSET)

        enquiry_overview.total_closed = d.get("totalClosed", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_overview.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_overview

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        enquiry_overview = object.__new__(cls)
        _start_at = s.start_at
        start_at: datetime.datetime | Unset
        if isinstance(_start_at, Unset):
            start_at = UNSET
        else:
            start_at = datetime.datetime.fromisoformat(_start_at)

        enquiry_overview.start_at = start_at

        _end_at = s.end_at
        end_at: datetime.datetime | Unset
        if isinstance(_end_at, Unset):
            end_at = UNSET
        else:
            end_at = datetime.datetime.fromisoformat(_end_at)

        enquiry_overview.end_at = end_at

        enquiry_overview.total_received = s.total_received

        enquiry_overview.total_ongoing = s.total_ongoing

        enquiry_overview.total_missed = s.total_missed

        enquiry_overview.total_closed = s.total_closed

        return enquiry_overview  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryOverview)
