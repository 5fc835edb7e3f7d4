from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.chat_content_msg import ChatContentMsg
    from ..models.chat_party import ChatParty
    from ..models.chat_recipient import ChatRecipient


T = TypeVar("T", bound="ChatContent")


_KNOWN_KEYS = frozenset(
    {
        "from",
        "id",
        "msg",
        "plainText",
        "replySeqs",
        "retry",
        "seq",
        "service",
        "to",
        "ts",
        "type",
        "version",
    }
)


@_attrs_define
class ChatContent:
    """
    Attributes:
        from_ (ChatParty | Unset):
        id (str | Unset):
        msg (ChatContentMsg | Unset):
        plain_text (str | Unset):
        reply_seqs (str | Unset):
        retry (int | Unset):
        seq (int | Unset):
        service (str | Unset):
        to (ChatRecipient | Unset):
        ts (int | Unset): IM timestamp (milliseconds).
        type_ (int | Unset): 1 text, 2 file, 5 advanced.
        version (str | Unset):
    """

    from_: ChatParty | Unset = UNSET
    id: str | Unset = UNSET
    msg: ChatContentMsg | Unset = UNSET
    plain_text: str | Unset = UNSET
    reply_seqs: str | Unset = UNSET
    retry: int | Unset = UNSET
    seq: int | Unset = UNSET
    service: str | Unset = UNSET
    to: ChatRecipient | Unset = UNSET
    ts: int | Unset = UNSET
    type_: int | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("from_", "from", False),
        ("id", "id", False),
        ("msg", "msg", False),
        ("plain_text", "plainText", False),
        ("reply_seqs", "replySeqs", False),
        ("retry", "retry", False),
        ("seq", "seq", False),
        ("service", "service", False),
        ("to", "to", False),
        ("ts", "ts", False),
        ("type_", "type", False),
        ("version", "version", False),
    )

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        id = self.id

        msg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.msg, Unset):
            msg = self.msg.to_dict()

        plain_text = self.plain_text

        reply_seqs = self.reply_seqs

        retry = self.retry

        seq = self.seq

        service = self.service

        to: dict[str, Any] | Unset = UNSET
        if not isinstance(self.to, Unset):
            to = self.to.to_dict()

        ts = self.ts

        type_ = self.type_

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if id is not UNSET:
            field_dict["id"] = id
        if msg is not UNSET:
            field_dict["msg"] = msg
        if plain_text is not UNSET:
            field_dict["plainText"] = plain_text
        if reply_seqs is not UNSET:
            field_dict["replySeqs"] = reply_seqs
        if retry is not UNSET:
            field_dict["retry"] = retry
        if seq is not UNSET:
            field_dict["seq"] = seq
        if service is not UNSET:
            field_dict["service"] = service
        if to is not UNSET:
            field_dict["to"] = to
        if ts is not UNSET:
            field_dict["ts"] = ts
        if type_ is not UNSET:
            field_dict["type"] = type_
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_content_msg import ChatContentMsg  # noqa: PLC0415
        from ..models.chat_party import ChatParty  # noqa: PLC0415
        from ..models.chat_recipient import ChatRecipient  # noqa: PLC0415

        if cls is not ChatContent:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ChatContent.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        chat_content = object.__new__(cls)
        _from_ = d.get("from", UNSET)
        from_: ChatParty | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = ChatParty.from_dict(_from_)

        chat_content.from_ = from_

        chat_content.id = d.get("id", UNSET)

        _msg = d.get("msg", UNSET)
        msg: ChatContentMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = ChatContentMsg.from_dict(_msg)

        chat_content.msg = msg

        chat_content.plain_text = d.get("plainText", UNSET)

        chat_content.reply_seqs = d.get("replySeqs", UNSET)

        chat_content.retry = d.get("retry", UNSET)

        chat_content.seq = d.get("seq", UNSET)

        chat_content.service = d.get("service", UNSET)

        _to = d.get("to", UNSET)
        to: ChatRecipient | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = ChatRecipient.from_dict(_to)

        chat_content.to = to

        chat_content.ts = d.get("ts", UNSET)

        chat_content.type_ = d.get("type", UNSET)

        chat_content.version = d.get("version", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            chat_content.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return chat_content

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.chat_content_msg import ChatContentMsg  # noqa: PLC0415
        from ..models.chat_party import ChatParty  # noqa: PLC0415
        from ..models.chat_recipient import ChatRecipient  # noqa: PLC0415

        chat_content = object.__new__(cls)
        _from_ = s.from_
        from_: ChatParty | Unset
        if isinstance(_from_, Unset):
            from_ = UNSET
        else:
            from_ = ChatParty.from_dict(_from_)

        chat_content.from_ = from_

        chat_content.id = s.id

        _msg = s.msg
        msg: ChatContentMsg | Unset
        if isinstance(_msg, Unset):
            msg = UNSET
        else:
            msg = ChatContentMsg.from_dict(_msg)

        chat_content.msg = msg

        chat_content.plain_text = s.plain_text

        chat_content.reply_seqs = s.reply_seqs

        chat_content.retry = s.retry

        chat_content.seq = s.seq

        chat_content.service = s.service

        _to = s.to
        to: ChatRecipient | Unset
        if isinstance(_to, Unset):
            to = UNSET
        else:
            to = ChatRecipient.from_dict(_to)

        chat_content.to = to

        chat_content.ts = s.ts

        chat_content.type_ = s.type_

        chat_content.version = s.version

        return chat_content  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ChatContent)
