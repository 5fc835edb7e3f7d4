from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.call_party import CallParty


T = TypeVar("T", bound="CallStartMessage")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "serviceId",
        "caller",
        "callees",
    }
)


@_attrs_define
class CallStartMessage:
    """
    Attributes:
        id (str): The call ID.
        status (Literal['CallStart']):
        service_id (str | Unset):
        caller (CallParty | Unset):
        callees (CallParty | list[CallParty] | Unset): One callee object, or a list of them (the docs leave this open).
    """

    id: str
    status: Literal["CallStart"]
    service_id: str | Unset = UNSET
    caller: CallParty | Unset = UNSET
    callees: CallParty | list[CallParty] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("status", "status", True),
        ("service_id", "serviceId", False),
        ("caller", "caller", False),
        ("callees", "callees", False),
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_party import CallParty  # noqa: PLC0415

        id = self.id

        status = self.status

        service_id = self.service_id

        caller: dict[str, Any] | Unset = UNSET
        if not isinstance(self.caller, Unset):
            caller = self.caller.to_dict()

        callees: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.callees, Unset):
            callees = UNSET
        elif isinstance(self.callees, CallParty):
            callees = self.callees.to_dict()
        else:
            callees = []
            for callees_type_1_item_data in self.callees:
                callees_type_1_item = callees_type_1_item_data.to_dict()
                callees.append(callees_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if callees is not UNSET:
            field_dict["callees"] = callees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_party import CallParty  # noqa: PLC0415

        if cls is not CallStartMessage:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, CallStartMessage.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        call_start_message = object.__new__(cls)
        call_start_message.id = d["id"]

        status = cast(Literal["CallStart"], d["status"])
        if status != "CallStart":
            raise ValueError(f"status must match const 'CallStart', got '{status}'")
        call_start_message.status = status

        call_start_message.service_id = d.get("serviceId", UNSET)

        _caller = d.get("caller", UNSET)
        caller: CallParty | Unset
        if isinstance(_caller, Unset):
            caller = UNSET
        else:
            caller = CallParty.from_dict(_caller)

        call_start_message.caller = caller

        def _parse_callees(data: object) -> CallParty | list[CallParty] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                callees_type_0 = CallParty.from_dict(data)

                return callees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            callees_type_1 = []
            _callees_type_1 = data
            for callees_type_1_item_data in _callees_type_1:
                callees_type_1_item = CallParty.from_dict(callees_type_1_item_data)

                callees_type_1.append(callees_type_1_item)

            return callees_type_1

        callees = _parse_callees(d.get("callees", UNSET))

        call_start_message.callees = callees

        if not _KNOWN_KEYS.issuperset(d):
            call_start_message.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return call_start_message

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.call_party import CallParty  # noqa: PLC0415

        call_start_message = object.__new__(cls)
        call_start_message.id = s.id

        status = cast(Literal["CallStart"], s.status)
        if status != "CallStart":
            raise ValueError(f"status must match const 'CallStart', got '{status}'")
        call_start_message.status = status

        call_start_message.service_id = s.service_id

        _caller = s.caller
        caller: CallParty | Unset
        if isinstance(_caller, Unset):
            caller = UNSET
        else:
            caller = CallParty.from_dict(_caller)

        call_start_message.caller = caller

        def _parse_callees(data: object) -> CallParty | list[CallParty] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                callees_type_0 = CallParty.from_dict(data)

                return callees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            callees_type_1 = []
            _callees_type_1 = data
            for callees_type_1_item_data in _callees_type_1:
                callees_type_1_item = CallParty.from_dict(callees_type_1_item_data)

                callees_type_1.append(callees_type_1_item)

            return callees_type_1

        callees = _parse_callees(s.callees)

        call_start_message.callees = callees

        return call_start_message  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(CallStartMessage)
