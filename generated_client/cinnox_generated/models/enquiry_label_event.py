from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.enquiry_label_event_message import EnquiryLabelEventMessage


T = TypeVar("T", bound="EnquiryLabelEvent")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "message",
        "challenge",
    }
)


@_attrs_define
class EnquiryLabelEvent:
    """
    Attributes:
        type_ (Literal['message']):
        message (EnquiryLabelEventMessage): INFERRED (no notification fields shown on the stored pages).
        challenge (str | Unset): Internal use.
    """

    type_: Literal["message"]
    message: EnquiryLabelEventMessage
    challenge: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type_", "type", True),
        ("message", "message", True),
        ("challenge", "challenge", False),
    )

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message = self.message.to_dict()

        challenge = self.challenge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message": message,
            }
        )
        if challenge is not UNSET:
            field_dict["challenge"] = challenge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.enquiry_label_event_message import EnquiryLabelEventMessage  # noqa: PLC0415

        if cls is not EnquiryLabelEvent:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, EnquiryLabelEvent.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        enquiry_label_event = object.__new__(cls)
        type_ = cast(Literal["message"], d["type"])
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")
        enquiry_label_event.type_ = type_

        message = EnquiryLabelEventMessage.from_dict(d["message"])

        enquiry_label_event.message = message

        enquiry_label_event.challenge = d.get("challenge", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            enquiry_label_event.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return enquiry_label_event

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.enquiry_label_event_message import EnquiryLabelEventMessage  # noqa: PLC0415

        enquiry_label_event = object.__new__(cls)
        type_ = cast(Literal["message"], s.type_)
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")
        enquiry_label_event.type_ = type_

        message = EnquiryLabelEventMessage.from_dict(s.message)

        enquiry_label_event.message = message

        enquiry_label_event.challenge = s.challenge

        return enquiry_label_event  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(EnquiryLabelEvent)
