from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelEventMessage")


@_attrs_define
class LabelEventMessage:
    """INFERRED (no notification fields shown on the stored pages).

    Attributes:
        id (str): The label ID.
        type_ (str | Unset):
        status (str | Unset):
        service_id (str | Unset):
        name (str | Unset):
        updated_at (str | Unset):
    """

    id: str
    type_: str | Unset = UNSET
    status: str | Unset = UNSET
    service_id: str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        status = self.status

        service_id = self.service_id

        name = self.name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        status = d.pop("status", UNSET)

        service_id = d.pop("serviceId", UNSET)

        name = d.pop("name", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        label_event_message = cls(
            id=id,
            type_=type_,
            status=status,
            service_id=service_id,
            name=name,
            updated_at=updated_at,
        )

        label_event_message.additional_properties = d
        return label_event_message

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
