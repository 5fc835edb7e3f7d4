from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="EnquiryLabelEventMessage")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "inquiryId",
        "serviceId",
        "labelIds",
        "updatedAt",
    }
)


@_attrs_define
class EnquiryLabelEventMessage:
    """INFERRED (no notification fields shown on the stored pages).

    Attributes:
        type_ (Literal['inquiryLabel']): INFERRED value.
        inquiry_id (str): The enquiry ID.
        service_id (str | Unset):
        label_ids (list[str] | None | str | Unset): Label IDs, or null; the Unlabel page types it String.
        updated_at (str | Unset):
    """

    type_: Literal["inquiryLabel"]
    inquiry_id: str
    service_id: str | Unset = UNSET
    label_ids: list[str] | None | str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type_", "type", True),
        ("inquiry_id", "inquiryId", True),
        ("service_id", "serviceId", False),
        ("label_ids", "labelIds", False),
        ("updated_at", "updatedAt", False),
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        inquiry_id = self.inquiry_id

        service_id = self.service_id

        label_ids: list[str] | None | str | Unset
        if isinstance(self.label_ids, Unset):
            label_ids = UNSET
        elif isinstance(self.label_ids, list):
            label_ids = self.label_ids

        else:
            label_ids = self.label_ids

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "inquiryId": inquiry_id,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if label_ids is not UNSET:
            field_dict["labelIds"] = label_ids
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if (
            cls is not EnquiryLabelEventMessage
        ):  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryLabelEventMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_label_event_message = object.__new__(cls)
        type_ = cast(Literal["inquiryLabel"], d["type"])
        if type_ != "inquiryLabel":
            raise ValueError(f"type must match const 'inquiryLabel', got '{type_}'")
        enquiry_label_event_message.type_ = type_

        enquiry_label_event_message.inquiry_id = d["inquiryId"]

        enquiry_label_event_message.service_id = d.get("serviceId", UNSET)

        def _parse_label_ids(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_nullable_label_ids_type_0 = cast(list[str], data)

                return componentsschemas_nullable_label_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        label_ids = _parse_label_ids(d.get("labelIds", UNSET))

        enquiry_label_event_message.label_ids = label_ids

        enquiry_label_event_message.updated_at = d.get("updatedAt", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_label_event_message.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_label_event_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        enquiry_label_event_message = object.__new__(cls)
        type_ = cast(Literal["inquiryLabel"], s.type_)
        if type_ != "inquiryLabel":
            raise ValueError(f"type must match const 'inquiryLabel', got '{type_}'")
        enquiry_label_event_message.type_ = type_

        enquiry_label_event_message.inquiry_id = s.inquiry_id

        enquiry_label_event_message.service_id = s.service_id

        def _parse_label_ids(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_nullable_label_ids_type_0 = cast(list[str], data)

                return componentsschemas_nullable_label_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        label_ids = _parse_label_ids(s.label_ids)

        enquiry_label_event_message.label_ids = label_ids

        enquiry_label_event_message.updated_at = s.updated_at

        return enquiry_label_event_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryLabelEventMessage)
