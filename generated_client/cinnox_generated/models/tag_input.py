from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_input_function_type_item import TagInputFunctionTypeItem
from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.tag_basic_info import TagBasicInfo
    from ..models.tag_input_routing_rule import TagInputRoutingRule
    from ..models.tag_input_tag_name_language_setting import TagInputTagNameLanguageSetting
    from ..models.tag_message import TagMessage


T = TypeVar("T", bound="TagInput")


_KNOWN_KEYS = frozenset(
    {
        "basicInfo",
        "functionType",
        "tagNameLanguageSetting",
        "welcomeMessage",
        "timeOutRepeatMessage",
        "transferFailedMessage",
        "routingRule",
    }
)


@_attrs_define
class TagInput:
    """Body of Create / Update Tag. PARTIAL/INFERRED: the body fields are not visible on the stored
    pages; the Get Tag List record shape is accepted, with further properties allowed.

        Attributes:
            basic_info (TagBasicInfo | Unset):
            function_type (list[TagInputFunctionTypeItem] | Unset):
            tag_name_language_setting (TagInputTagNameLanguageSetting | Unset): Display name and description per ISO 639-1
                language code.
            welcome_message (TagMessage | Unset):
            time_out_repeat_message (TagMessage | Unset):
            transfer_failed_message (TagMessage | Unset):
            routing_rule (TagInputRoutingRule | Unset):
    """

    basic_info: TagBasicInfo | Unset = UNSET
    function_type: list[TagInputFunctionTypeItem] | Unset = UNSET
    tag_name_language_setting: TagInputTagNameLanguageSetting | Unset = UNSET
    welcome_message: TagMessage | Unset = UNSET
    time_out_repeat_message: TagMessage | Unset = UNSET
    transfer_failed_message: TagMessage | Unset = UNSET
    routing_rule: TagInputRoutingRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("basic_info", "basicInfo", False),
        ("function_type", "functionType", False),
        ("tag_name_language_setting", "tagNameLanguageSetting", False),
        ("welcome_message", "welcomeMessage", False),
        ("time_out_repeat_message", "timeOutRepeatMessage", False),
        ("transfer_failed_message", "transferFailedMessage", False),
        ("routing_rule", "routingRule", False),
    )

    def to_dict(self) -> dict[str, Any]:
        basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_info, Unset):
            basic_info = self.basic_info.to_dict()

        function_type: list[str] | Unset = UNSET
        if not isinstance(self.function_type, Unset):
            function_type = []
            for function_type_item_data in self.function_type:
                function_type_item = function_type_item_data.value
                function_type.append(function_type_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tag_basic_info import TagBasicInfo  # noqa: PLC0415
        from ..models.tag_input_routing_rule import TagInputRoutingRule  # noqa: PLC0415
        from ..models.tag_input_tag_name_language_setting import TagInputTagNameLanguageSetting  # noqa: PLC0415
        from ..models.tag_message import TagMessage  # noqa: PLC0415

        if cls is not TagInput:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, TagInput.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        tag_input = object.__new__(cls)
        _basic_info = d.get("basicInfo", UNSET)
        basic_info: TagBasicInfo | Unset
        if isinstance(_basic_info, Unset):
            basic_info = UNSET
        else:
            basic_info = TagBasicInfo.from_dict(_basic_info)

        tag_input.basic_info = basic_info

        _function_type = d.get("functionType", UNSET)
        function_type: list[TagInputFunctionTypeItem] | Unset = UNSET
        if _function_type is not UNSET:
            function_type = []
            for function_type_item_data in _function_type:
                function_type_item = TagInputFunctionTypeItem(function_type_item_data)

                function_type.append(function_type_item)

        tag_input.function_type = function_type

        _tag_name_language_setting = d.get("tagNameLanguageSetting", UNSET)
        tag_name_language_setting: TagInputTagNameLanguageSetting | Unset
        if isinstance(_tag_name_language_setting, Unset):
            tag_name_language_setting = UNSET
        else:
            tag_name_language_setting = TagInputTagNameLanguageSetting.from_dict(_tag_name_language_setting)

        tag_input.tag_name_language_setting = tag_name_language_setting

        _welcome_message = d.get("welcomeMessage", UNSET)
        welcome_message: TagMessage | Unset
        if isinstance(_welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = TagMessage.from_dict(_welcome_message)

        tag_input.welcome_message = welcome_message

        _time_out_repeat_message = d.get("timeOutRepeatMessage", UNSET)
        time_out_repeat_message: TagMessage | Unset
        if isinstance(_time_out_repeat_message, Unset):
            time_out_repeat_message = UNSET
        else:
            time_out_repeat_message = TagMessage.from_dict(_time_out_repeat_message)

        tag_input.time_out_repeat_message = time_out_repeat_message

        _transfer_failed_message = d.get("transferFailedMessage", UNSET)
        transfer_failed_message: TagMessage | Unset
        if isinstance(_transfer_failed_message, Unset):
            transfer_failed_message = UNSET
        else:
            transfer_failed_message = TagMessage.from_dict(_transfer_failed_message)

        tag_input.transfer_failed_message = transfer_failed_message

        _routing_rule = d.get("routingRule", UNSET)
        routing_rule: TagInputRoutingRule | Unset
        if isinstance(_routing_rule, Unset):
            routing_rule = UNSET
        else:
            routing_rule = TagInputRoutingRule.from_dict(_routing_rule)

        tag_input.routing_rule = routing_rule

        if not _KNOWN_KEYS.issuperset(d):
            tag_input.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return tag_input

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.tag_basic_info import TagBasicInfo  # noqa: PLC0415
        from ..models.tag_input_routing_rule import TagInputRoutingRule  # noqa: PLC0415
        from ..models.tag_input_tag_name_language_setting import TagInputTagNameLanguageSetting  # noqa: PLC0415
        from ..models.tag_message import TagMessage  # noqa: PLC0415

        tag_input = object.__new__(cls)
        _basic_info = s.basic_info
        basic_info: TagBasicInfo | Unset
        if isinstance(_basic_info, Unset):
            basic_info = UNSET
        else:
            basic_info = TagBasicInfo.from_dict(_basic_info)

        tag_input.basic_info = basic_info

        _function_type = s.function_type
        function_type: list[TagInputFunctionTypeItem] | Unset = UNSET
        if _function_type is not UNSET:
            function_type = []
            for function_type_item_data in _function_type:
                function_type_item = TagInputFunctionTypeItem(function_type_item_data)

                function_type.append(function_type_item)

        tag_input.function_type = function_type

        _tag_name_language_setting = s.tag_name_language_setting
        tag_name_language_setting: TagInputTagNameLanguageSetting | Unset
        if isinstance(_tag_name_language_setting, Unset):
            tag_name_language_setting = UNSET
        else:
            tag_name_language_setting = TagInputTagNameLanguageSetting.from_dict(_tag_name_language_setting)

        tag_input.tag_name_language_setting = tag_name_language_setting

        _welcome_message = s.welcome_message
        welcome_message: TagMessage | Unset
        if isinstance(_welcome_message, Unset):
            welcome_message = UNSET
        else:
            welcome_message = TagMessage.from_dict(_welcome_message)

        tag_input.welcome_message = welcome_message

        _time_out_repeat_message = s.time_out_repeat_message
        time_out_repeat_message: TagMessage | Unset
        if isinstance(_time_out_repeat_message, Unset):
            time_out_repeat_message = UNSET
        else:
            time_out_repeat_message = TagMessage.from_dict(_time_out_repeat_message)

        tag_input.time_out_repeat_message = time_out_repeat_message

        _transfer_failed_message = s.transfer_failed_message
        transfer_failed_message: TagMessage | Unset
        if isinstance(_transfer_failed_message, Unset):
            transfer_failed_message = UNSET
        else:
            transfer_failed_message = TagMessage.from_dict(_transfer_failed_message)

        tag_input.transfer_failed_message = transfer_failed_message

        _routing_rule = s.routing_rule
        routing_rule: TagInputRoutingRule | Unset
        if isinstance(_routing_rule, Unset):
            routing_rule = UNSET
        else:
            routing_rule = TagInputRoutingRule.from_dict(_routing_rule)

        tag_input.routing_rule = routing_rule

        return tag_input  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(TagInput)
