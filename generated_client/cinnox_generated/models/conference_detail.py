from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.conference_detail_conference_detail import ConferenceDetailConferenceDetail


T = TypeVar("T", bound="ConferenceDetail")


_KNOWN_KEYS = frozenset(
    {
        "callDuration",
        "callDate",
        "conferenceID",
        "conferenceDetail",
    }
)


@_attrs_define
class ConferenceDetail:
    """
    Attributes:
        call_duration (float | Unset): Seconds.
        call_date (datetime.datetime | Unset):
        conference_id (str | Unset):
        conference_detail (ConferenceDetailConferenceDetail | Unset):
    """

    call_duration: float | Unset = UNSET
    call_date: datetime.datetime | Unset = UNSET
    conference_id: str | Unset = UNSET
    conference_detail: ConferenceDetailConferenceDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("call_duration", "callDuration", False),
        ("call_date", "callDate", False),
        ("conference_id", "conferenceID", False),
        ("conference_detail", "conferenceDetail", False),
    )

    def to_dict(self) -> dict[str, Any]:
        call_duration = self.call_duration

        call_date: str | Unset = UNSET
        if not isinstance(self.call_date, Unset):
            call_date = self.call_date.isoformat()

        conference_id = self.conference_id

        conference_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conference_detail, Unset):
            conference_detail = self.conference_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call_duration is not UNSET:
            field_dict["callDuration"] = call_duration
        if call_date is not UNSET:
            field_dict["callDate"] = call_date
        if conference_id is not UNSET:
            field_dict["conferenceID"] = conference_id
        if conference_detail is not UNSET:
            field_dict["conferenceDetail"] = conference_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conference_detail_conference_detail import ConferenceDetailConferenceDetail  # noqa: PLC0415

        if cls is not ConferenceDetail:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ConferenceDetail.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        conference_detail_model = object.__new__(cls)
        conference_detail_model.call_duration = d.get("callDuration", UNSET)

        _call_date = d.get("callDate", UNSET)
        call_date: datetime.datetime | Unset
        if isinstance(_call_date, Unset):
            call_date = UNSET
        else:
            call_date = datetime.datetime.fromisoformat(_call_date)

        conference_detail_model.call_date = call_date

        conference_detail_model.conference_id = d.get("conferenceID", UNSET)

        _conference_detail = d.get("conferenceDetail", UNSET)
        conference_detail: ConferenceDetailConferenceDetail | Unset
        if isinstance(_conference_detail, Unset):
            conference_detail = UNSET
        else:
            conference_detail = ConferenceDetailConferenceDetail.from_dict(_conference_detail)

        conference_detail_model.conference_detail = conference_detail

        if not _KNOWN_KEYS.issuperset(d):
            conference_detail_model.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return conference_detail_model

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.conference_detail_conference_detail import ConferenceDetailConferenceDetail  # noqa: PLC0415

        conference_detail_model = object.__new__(cls)
        conference_detail_model.call_duration = s.call_duration

        _call_date = s.call_date
        call_date: datetime.datetime | Unset
        if isinstance(_call_date, Unset):
            call_date = UNSET
        else:
            call_date = datetime.datetime.fromisoformat(_call_date)

        conference_detail_model.call_date = call_date

        conference_detail_model.conference_id = s.conference_id

        _conference_detail = s.conference_detail
        conference_detail: ConferenceDetailConferenceDetail | Unset
        if isinstance(_conference_detail, Unset):
            conference_detail = UNSET
        else:
            conference_detail = ConferenceDetailConferenceDetail.from_dict(_conference_detail)

        conference_detail_model.conference_detail = conference_detail

        return conference_detail_model  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ConferenceDetail)
