from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_email_input_type import ContactEmailInputType
from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="ContactEmailInput")


_KNOWN_KEYS = frozenset(
    {
        "email",
        "type",
    }
)


@_attrs_define
class ContactEmailInput:
    """
    Attributes:
        email (str):
        type_ (ContactEmailInputType | Unset):
    """

    email: str
    type_: ContactEmailInputType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("email", "email", True),
        ("type_", "type", False),
    )

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not ContactEmailInput:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ContactEmailInput.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        contact_email_input = object.__new__(cls)
        contact_email_input.email = d["email"]

        _type_ = d.get("type", UNSET)
        type_: ContactEmailInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactEmailInputType(_type_)

        contact_email_input.type_ = type_

        if not _KNOWN_KEYS.issuperset(d):
            contact_email_input.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return contact_email_input

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        contact_email_input = object.__new__(cls)
        contact_email_input.email = s.email

        _type_ = s.type_
        type_: ContactEmailInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ContactEmailInputType(_type_)

        contact_email_input.type_ = type_

        return contact_email_input  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ContactEmailInput)
