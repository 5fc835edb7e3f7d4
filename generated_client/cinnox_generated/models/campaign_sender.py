from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="CampaignSender")


_KNOWN_KEYS = frozenset(
    {
        "phone",
        "channelName",
        "sourceName",
        "senderEID",
    }
)


@_attrs_define
class CampaignSender:
    """
    Attributes:
        phone (str | Unset):
        channel_name (str | Unset): WhatsApp only.
        source_name (str | Unset): WhatsApp only.
        sender_eid (str | Unset): SMS only.
    """

    phone: str | Unset = UNSET
    channel_name: str | Unset = UNSET
    source_name: str | Unset = UNSET
    sender_eid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("phone", "phone", False),
        ("channel_name", "channelName", False),
        ("source_name", "sourceName", False),
        ("sender_eid", "senderEID", False),
    )

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        channel_name = self.channel_name

        source_name = self.source_name

        sender_eid = self.sender_eid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if sender_eid is not UNSET:
            field_dict["senderEID"] = sender_eid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not CampaignSender:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CampaignSender.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        campaign_sender = object.__new__(cls)
        campaign_sender.phone = d.get("phone", UNSET)

        campaign_sender.channel_name = d.get("channelName", UNSET)

        campaign_sender.source_name = d.get("sourceName", UNSET)

        campaign_sender.sender_eid = d.get("senderEID", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            campaign_sender.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return campaign_sender

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        campaign_sender = object.__new__(cls)
        campaign_sender.phone = s.phone

        campaign_sender.channel_name = s.channel_name

        campaign_sender.source_name = s.source_name

        campaign_sender.sender_eid = s.sender_eid

        return campaign_sender  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CampaignSender)
