from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.campaign_sender import CampaignSender


T = TypeVar("T", bound="SentCampaignMessage")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "date",
        "sender",
        "recipient",
        "recipientCountry",
        "subject",
        "content",
        "numSMS",
        "status",
        "carrierNetworkStatus",
        "failedReason",
        "LastUpdatedDateTime",
    }
)


@_attrs_define
class SentCampaignMessage:
    """
    Attributes:
        id (str | Unset):
        date (datetime.datetime | Unset):
        sender (CampaignSender | Unset):
        recipient (str | Unset):
        recipient_country (str | Unset):
        subject (str | Unset):
        content (str | Unset):
        num_sms (int | Unset):
        status (str | Unset): SMS: `Submitted`, `Delivered`, `Undelivered`, `Pending`, …
        carrier_network_status (str | Unset):
        failed_reason (str | Unset):
        last_updated_date_time (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    sender: CampaignSender | Unset = UNSET
    recipient: str | Unset = UNSET
    recipient_country: str | Unset = UNSET
    subject: str | Unset = UNSET
    content: str | Unset = UNSET
    num_sms: int | Unset = UNSET
    status: str | Unset = UNSET
    carrier_network_status: str | Unset = UNSET
    failed_reason: str | Unset = UNSET
    last_updated_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", False),
        ("date", "date", False),
        ("sender", "sender", False),
        ("recipient", "recipient", False),
        ("recipient_country", "recipientCountry", False),
        ("subject", "subject", False),
        ("content", "content", False),
        ("num_sms", "numSMS", False),
        ("status", "status", False),
        ("carrier_network_status", "carrierNetworkStatus", False),
        ("failed_reason", "failedReason", False),
        ("last_updated_date_time", "LastUpdatedDateTime", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        recipient = self.recipient

        recipient_country = self.recipient_country

        subject = self.subject

        content = self.content

        num_sms = self.num_sms

        status = self.status

        carrier_network_status = self.carrier_network_status

        failed_reason = self.failed_reason

        last_updated_date_time: str | Unset = UNSET
        if not isinstance(self.last_updated_date_time, Unset):
            last_updated_date_time = self.last_updated_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if sender is not UNSET:
            field_dict["sender"] = sender
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if recipient_country is not UNSET:
            field_dict["recipientCountry"] = recipient_country
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content
        if num_sms is not UNSET:
            field_dict["numSMS"] = num_sms
        if status is not UNSET:
            field_dict["status"] = status
        if carrier_network_status is not UNSET:
            field_dict["carrierNetworkStatus"] = carrier_network_status
        if failed_reason is not UNSET:
            field_dict["failedReason"] = failed_reason
        if last_updated_date_time is not UNSET:
            field_dict["LastUpdatedDateTime"] = last_updated_date_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_sender import CampaignSender  # noqa: PLC0415

        if cls is not SentCampaignMessage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, SentCampaignMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        sent_campaign_message = object.__new__(cls)
        sent_campaign_message.id = d.get("id", UNSET)

        _date = d.get("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        sent_campaign_message.date = date

        _sender = d.get("sender", UNSET)
        sender: CampaignSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = CampaignSender.from_dict(_sender)

        sent_campaign_message.sender = sender

        sent_campaign_message.recipient = d.get("recipient", UNSET)

        sent_campaign_message.recipient_country = d.get("recipientCountry", UNSET)

        sent_campaign_message.subject = d.get("subject", UNSET)

        sent_campaign_message.content = d.get("content", UNSET)

        sent_campaign_message.num_sms = d.get("numSMS", UNSET)

        sent_campaign_message.status = d.get("status", UNSET)

        sent_campaign_message.carrier_network_status = d.get("carrierNetworkStatus", UNSET)

        sent_campaign_message.failed_reason = d.get("failedReason", UNSET)

        _last_updated_date_time = d.get("LastUpdatedDateTime", UNSET)
        last_updated_date_time: datetime.datetime | Unset
        if isinstance(_last_updated_date_time, Unset):
            last_updated_date_time = UNSET
        else:
            last_updated_date_time = datetime.datetime.fromisoformat(_last_updated_date_time)

        sent_campaign_message.last_updated_date_time = last_updated_date_time

        if not _KNOWN_KEYS.issuperset(d):
            sent_campaign_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return sent_campaign_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.campaign_sender import CampaignSender  # noqa: PLC0415

        sent_campaign_message = object.__new__(cls)
        sent_campaign_message.id = s.id

        _date = s.date
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        sent_campaign_message.date = date

        _sender = s.sender
        sender: CampaignSender | Unset
        if isinstance(_sender, Unset):
            sender = UNSET
        else:
            sender = CampaignSender.from_dict(_sender)

        sent_campaign_message.sender = sender

        sent_campaign_message.recipient = s.recipient

        sent_campaign_message.recipient_country = s.recipient_country

        sent_campaign_message.subject = s.subject

        sent_campaign_message.content = s.content

        sent_campaign_message.num_sms = s.num_sms

        sent_campaign_message.status = s.status

        sent_campaign_message.carrier_network_status = s.carrier_network_status

        sent_campaign_message.failed_reason = s.failed_reason

        _last_updated_date_time = s.last_updated_date_time
        last_updated_date_time: datetime.datetime | Unset
        if isinstance(_last_updated_date_time, Unset):
            last_updated_date_time = UNSET
        else:
            last_updated_date_time = datetime.datetime.fromisoformat(_last_updated_date_time)

        sent_campaign_message.last_updated_date_time = last_updated_date_time

        return sent_campaign_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(SentCampaignMessage)
