from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.campaign_sender import CampaignSender


T = TypeVar("T", bound="SentCampaignSummary")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "date",
        "campaignName",
        "channel",
        "createdBy",
        "sender",
        "subject",
        "totalRecipients",
        "delivered",
        "read",
        "replied",
        "pending",
        "failed",
    }
)


@_attrs_define
class SentCampaignSummary:
    """
    Attributes:
        id (str | Unset): The campaign's historyID.
        date (datetime.datetime | Unset):
        campaign_name (str | Unset):
        channel (str | Unset): `SMS` or `WhatsApp`.
        created_by (str | Unset):
        sender (CampaignSender | Unset):
        subject (str | Unset): WhatsApp only.
        total_recipients (int | Unset):
        delivered (int | Unset):
        read (int | Unset): WhatsApp only.
        replied (int | Unset): WhatsApp only.
        pending (int | Unset): INFERRED from the dashboard counters.
        failed (int | Unset): INFERRED from the dashboard counters.
    """

    id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    campaign_name: str | Unset = UNSET
    channel: str | Unset = UNSET
    created_by: str | Unset = UNSET
    sender: CampaignSender | Unset = UNSET
    subject: str | Unset = UNSET
    total_recipients: int | Unset = UNSET
    delivered: int | Unset = UNSET
    read: int | Unset = UNSET
    replied: int | Unset = UNSET
    pending: int | Unset = UNSET
    failed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", False),
        ("date", "date", False),
        ("campaign_name", "campaignName", False),
        ("channel", "channel", False),
        ("created_by", "createdBy", False),
        ("sender", "sender", False),
        ("subject", "subject", False),
        ("total_recipients", "totalRecipients", False),
        ("delivered", "delivered", False),
        ("read", "read", False),
        ("replied", "replied", False),
        ("pending", "pending", False),
        ("failed", "failed", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        campaign_name = self.campaign_name

        channel = self.channel

        created_by = self.created_by

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        subject = self.subject

        total_recipients = self.total_recipients

        delivered = self.delivered

        read = self.read

        replied = self.replied

        pending = self.pending

        failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name
        if channel is not UNSET:
            field_dict["channel"] = channel
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if sender is not UNSET:
            field_dict["sender"] = sender
        if subject is not UNSET:
            field_dict["subject"] = subject
        if total_recipients is not UNSET:
            field_dict["totalRecipients"] = total_recipients
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if read is not UNSET:
            field_dict["read"] = read
        if replied is not UNSET:
            field_dict["replied"] = replied
        if pending is not UNSET:
            field_dict["pending"] = pending
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_sender import CampaignSender  # noqa: PLC0415

        if cls is not SentCampaignSummary:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SentCampaignSummary.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sent_campaign_summary = object.__new__(cls)
        sent_campaign_summary.id = d.get("id", UNSET)

        _date = d.get("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        sent_campaign_summary.date = date

        sent_campaign_summary.campaign_name = d.get("campaignName", UNSET)

        sent_campaign_summary.channel = d.get("channel", UNSET)

        sent_campaign_summary.created_by = d.get("createdBy", UNSET)

        _sender = d.get("sender", UNSET)
        sender: CampaignSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = CampaignSender.from_dict(_sender)

        sent_campaign_summary.sender = sender

        sent_campaign_summary.subject = d.get("subject", UNSET)

        sent_campaign_summary.total_recipients = d.get("totalRecipients", UNSET)

        sent_campaign_summary.delivered = d.get("delivered", UNSET)

        sent_campaign_summary.read = d.get("read", UNSET)

        sent_campaign_summary.replied = d.get("replied", UNSET)

        sent_campaign_summary.pending = d.get("pending", UNSET)

        sent_campaign_summary.failed = d.get("failed", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            sent_campaign_summary.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return sent_campaign_summary

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.campaign_sender import CampaignSender  # noqa: PLC0415

        sent_campaign_summary = object.__new__(cls)
        sent_campaign_summary.id = s.id

        _date = s.date
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        sent_campaign_summary.date = date

        sent_campaign_summary.campaign_name = s.campaign_name

        sent_campaign_summary.channel = s.channel

        sent_campaign_summary.created_by = s.created_by

        _sender = s.sender
        sender: CampaignSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = CampaignSender.from_dict(_sender)

        sent_campaign_summary.sender = sender

        sent_campaign_summary.subject = s.subject

        sent_campaign_summary.total_recipients = s.total_recipients

        sent_campaign_summary.delivered = s.delivered

        sent_campaign_summary.read = s.read

        sent_campaign_summary.replied = s.replied

        sent_campaign_summary.pending = s.pending

        sent_campaign_summary.failed = s.failed

        return sent_campaign_summary  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SentCampaignSummary)
