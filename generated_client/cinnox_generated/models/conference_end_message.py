from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConferenceEndMessage")


@_attrs_define
class ConferenceEndMessage:
    """
    Attributes:
        status (Literal['conference_end']):
        id (str): The conference ID.
        service_id (str | Unset):
    """

    status: Literal["conference_end"]
    id: str
    service_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        id = self.id

        service_id = self.service_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "id": id,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["conference_end"], d.pop("status"))
        if status != "conference_end":
            raise ValueError(f"status must match const 'conference_end', got '{status}'")

        id = d.pop("id")

        service_id = d.pop("serviceId", UNSET)

        conference_end_message = cls(
            status=status,
            id=id,
            service_id=service_id,
        )

        conference_end_message.additional_properties = d
        return conference_end_message

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
