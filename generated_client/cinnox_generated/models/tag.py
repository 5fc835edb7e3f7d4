from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.tag_basic_info import TagBasicInfo
    from ..models.tag_custom_channel_info import TagCustomChannelInfo
    from ..models.tag_message import TagMessage
    from ..models.tag_meta_data import TagMetaData
    from ..models.tag_routing_rule import TagRoutingRule
    from ..models.tag_tag_name_language_setting import TagTagNameLanguageSetting


T = TypeVar("T", bound="Tag")


_KNOWN_KEYS = frozenset(
    {
        "tagID",
        "createAt",
        "basicInfo",
        "functionType",
        "tagNameLanguageSetting",
        "welcomeMessage",
        "timeOutRepeatMessage",
        "transferFailedMessage",
        "routingRule",
        "chatURL",
        "callURL",
        "metaData",
        "customChannelInfo",
    }
)


@_attrs_define
class Tag:
    """One tag of Get Tag List (documented fields; the nested routing objects are open).

    Attributes:
        tag_id (str):
        create_at (str | Unset):
        basic_info (TagBasicInfo | Unset):
        function_type (list[str] | Unset): `CALL`, `IM` or both.
        tag_name_language_setting (TagTagNameLanguageSetting | Unset): Display name and description per ISO 639-1
            language code.
        welcome_message (TagMessage | Unset):
        time_out_repeat_message (TagMessage | Unset):
        transfer_failed_message (TagMessage | Unset):
        routing_rule (TagRoutingRule | Unset):
        chat_url (str | Unset):
        call_url (str | Unset):
        meta_data (TagMetaData | Unset):
        custom_channel_info (TagCustomChannelInfo | Unset):
    """

    tag_id: str
    create_at: str | Unset = UNSET
    basic_info: TagBasicInfo | Unset = UNSET
    function_type: list[str] | Unset = UNSET
    tag_name_language_setting: TagTagNameLanguageSetting | Unset = UNSET
    welcome_message: TagMessage | Unset = UNSET
    time_out_repeat_message: TagMessage | Unset = UNSET
    transfer_failed_message: TagMessage | Unset = UNSET
    routing_rule: TagRoutingRule | Unset = UNSET
    chat_url: str | Unset = UNSET
    call_url: str | Unset = UNSET
    meta_data: TagMetaData | Unset = UNSET
    custom_channel_info: TagCustomChannelInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("tag_id", "tagID", True),
        ("create_at", "createAt", False),
        ("basic_info", "basicInfo", False),
        ("function_type", "functionType", False),
        ("tag_name_language_setting", "tagNameLanguageSetting", False),
        ("welcome_message", "welcomeMessage", False),
        ("time_out_repeat_message", "timeOutRepeatMessage", False),
        ("transfer_failed_message", "transferFailedMessage", False),
        ("routing_rule", "routingRule", False),
        ("chat_url", "chatURL", False),
        ("call_url", "callURL", False),
        ("meta_data", "metaData", False),
        ("custom_channel_info", "customChannelInfo", False),
    )

    def to_dict(self) -> dict[str, Any]:
        tag_id = self.tag_id

        create_at = self.create_at

        basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_info, Unset):
            basic_info = self.basic_info.to_dict()

        function_type: list[str] | Unset = UNSET
        if not isinstance(self.function_type, Unset):
            function_type = self.function_type

        tag_name_language_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tag_name_language_setting, Unset):
            tag_name_language_setting = self.tag_name_language_setting.to_dict()

        welcome_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.welcome_message, Unset):
            welcome_message = self.welcome_message.to_dict()

        time_out_repeat_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_out_repeat_message, Unset):
            time_out_repeat_message = self.time_out_repeat_message.to_dict()

        transfer_failed_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transfer_failed_message, Unset):
            transfer_failed_message = self.transfer_failed_message.to_dict()

        routing_rule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.routing_rule, Unset):
            routing_rule = self.routing_rule.to_dict()

        chat_url = self.chat_url

        call_url = self.call_url

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        custom_channel_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_channel_info, Unset):
            custom_channel_info = self.custom_channel_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tagID": tag_id,
            }
        )
        if create_at is not UNSET:
            field_dict["createAt"] = create_at
        if basic_info is not UNSET:
            field_dict["basicInfo"] = basic_info
        if function_type is not UNSET:
            field_dict["functionType"] = function_type
        if tag_name_language_setting is not UNSET:
            field_dict["tagNameLanguageSetting"] = tag_name_language_setting
        if welcome_message is not UNSET:
            field_dict["welcomeMessage"] = welcome_message
        if time_out_repeat_message is not UNSET:
            field_dict["timeOutRepeatMessage"] = time_out_repeat_message
        if transfer_failed_message is not UNSET:
            field_dict["transferFailedMessage"] = transfer_failed_message
        if routing_rule is not UNSET:
            field_dict["routingRule"] = routing_rule
        if chat_url is not UNSET:
            field_dict["chatURL"] = chat_url
        if call_url is not UNSET:
            field_dict["callURL"] = call_url
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data
        if custom_channel_info is not UNSET:
            field_dict["customChannelInfo"] = custom_channel_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_basic_info import TagBasicInfo  # noqa: PLC0415
        from ..models.tag_custom_channel_info import TagCustomChannelInfo  # noqa: PLC0415
        from ..models.tag_message import TagMessage  # noqa: PLC0415
        from ..models.tag_meta_data import TagMetaData  # noqa: PLC0415
        from ..models.tag_routing_rule import TagRoutingRule  # noqa: PLC0415
        from ..models.tag_tag_name_language_setting import TagTagNameLanguageSetting  # noqa: PLC0415

        if cls is not Tag:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, Tag.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tag = object.__new__(cls)
        tag.tag_id = d["tagID"]

        tag.create_at = d.get("createAt", UNSET)

        _basic_info = d.get("basicInfo", UNSET)
        basic_info: TagBasicInfo | Unset
        if isinstance(_basic_info, Unset):
            basic_info = UNSET
        else:
            basic_info = TagBasicInfo.from_dict(_basic_info)

        tag.basic_info = basic_info

        function_type = cast(list[str], d.get("functionType", UNSET))

        tag.function_type = function_type

        _tag_name_language_setting = d.get("tagNameLanguageSetting", UNSET)
        tag_name_language_setting: TagTagNameLanguageSetting | Unset
        if isinstance(_tag_name_language_setting, Unset):
            tag_name_language_setting = UNSET
        else:
            tag_name_language_setting = TagTagNameLanguageSetting.from_dict(_tag_name_language_setting)

        tag.tag_name_language_setting = tag_name_language_setting

        _welcome_message = d.get("welcomeMessage", UNSET)
        welcome_message: TagMessage | Unset
        if isinstance(_welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = TagMessage.from_dict(_welcome_message)

        tag.welcome_message = welcome_message

        _time_out_repeat_message = d.get("timeOutRepeatMessage", UNSET)
        time_out_repeat_message: TagMessage | Unset
        if isinstance(_time_out_repeat_message, Unset):
            time_out_repeat_message = UNSET
        else:
            time_out_repeat_message = TagMessage.from_dict(_time_out_repeat_message)

        tag.time_out_repeat_message = time_out_repeat_message

        _transfer_failed_message = d.get("transferFailedMessage", UNSET)
        transfer_failed_message: TagMessage | Unset
        if isinstance(_transfer_failed_message, Unset):
            transfer_failed_message = UNSET
        else:
            transfer_failed_message = TagMessage.from_dict(_transfer_failed_message)

        tag.transfer_failed_message = transfer_failed_message

        _routing_rule = d.get("routingRule", UNSET)
        routing_rule: TagRoutingRule | Unset
        if isinstance(_routing_rule, Unset):
            routing_rule = UNSET
        else:
            routing_rule = TagRoutingRule.from_dict(_routing_rule)

        tag.routing_rule = routing_rule

        tag.chat_url = d.get("chatURL", UNSET)

        tag.call_url = d.get("callURL", UNSET)

        _meta_data = d.get("metaData", UNSET)
        meta_data: TagMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = TagMetaData.from_dict(_meta_data)

        tag.meta_data = meta_data

        _custom_channel_info = d.get("customChannelInfo", UNSET)
        custom_channel_info: TagCustomChannelInfo | Unset
        if isinstance(_custom_channel_info, Unset):
            custom_channel_info = UNSET
        else:
            custom_channel_info = TagCustomChannelInfo.from_dict(_custom_channel_info)

        tag.custom_channel_info = custom_channel_info

        if not _KNOWN_KEYS.issuperset(d):
            tag.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return tag

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.tag_basic_info import TagBasicInfo  # noqa: PLC0415
        from ..models.tag_custom_channel_info import TagCustomChannelInfo  # noqa: PLC0415
        from ..models.tag_message import TagMessage  # noqa: PLC0415
        from ..models.tag_meta_data import TagMetaData  # noqa: PLC0415
        from ..models.tag_routing_rule import TagRoutingRule  # noqa: PLC0415
        from ..models.tag_tag_name_language_setting import TagTagNameLanguageSetting  # noqa: PLC0415

        tag = object.__new__(cls)
        tag.tag_id = s.tag_id

        tag.create_at = s.create_at

        _basic_info = s.basic_info
        basic_info: TagBasicInfo | Unset
        if isinstance(_basic_info, Unset):
            basic_info = UNSET
        else:
            basic_info = TagBasicInfo.from_dict(_basic_info)

        tag.basic_info = basic_info

        function_type = cast(list[str], s.function_type)

        tag.function_type = function_type

        _tag_name_language_setting = s.tag_name_language_setting
        tag_name_language_setting: TagTagNameLanguageSetting | Unset
        if isinstance(_tag_name_language_setting, Unset):
            tag_name_language_setting = UNSET
        else:
            tag_name_language_setting = TagTagNameLanguageSetting.from_dict(_tag_name_language_setting)

        tag.tag_name_language_setting = tag_name_language_setting

        _welcome_message = s.welcome_message
        welcome_message: TagMessage | Unset
        if isinstance(_welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = TagMessage.from_dict(_welcome_message)

        tag.welcome_message = welcome_message

        _time_out_repeat_message = s.time_out_repeat_message
        time_out_repeat_message: TagMessage | Unset
        if isinstance(_time_out_repeat_message, Unset):
            time_out_repeat_message = UNSET
        else:
            time_out_repeat_message = TagMessage.from_dict(_time_out_repeat_message)

        tag.time_out_repeat_message = time_out_repeat_message

        _transfer_failed_message = s.transfer_failed_message
        transfer_failed_message: TagMessage | Unset
        if isinstance(_transfer_failed_message, Unset):
            transfer_failed_message = UNSET
        else:
            transfer_failed_message = TagMessage.from_dict(_transfer_failed_message)

        tag.transfer_failed_message = transfer_failed_message

        _routing_rule = s.routing_rule
        routing_rule: TagRoutingRule | Unset
        if isinstance(_routing_rule, Unset):
            routing_rule = UNSET
        else:
            routing_rule = TagRoutingRule.from_dict(_routing_rule)

        tag.routing_rule = routing_rule

        tag.chat_url = s.chat_url

        tag.call_url = s.call_url

        _meta_data = s.meta_data
        meta_data: TagMetaData | Unset
        if isinstance(_meta_data, Unset):
            meta_data = UNSET
        else:
            meta_data = TagMetaData.from_dict(_meta_data)

        tag.meta_data = meta_data

        _custom_channel_info = s.custom_channel_info
        custom_channel_info: TagCustomChannelInfo | Unset
        if isinstance(_custom_channel_info, Unset):
            custom_channel_info = UNSET
        else:
            custom_channel_info = TagCustomChannelInfo.from_dict(_custom_channel_info)

        tag.custom_channel_info = custom_channel_info

        return tag  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(Tag)
