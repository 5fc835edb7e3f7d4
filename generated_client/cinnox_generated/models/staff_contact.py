from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

T = TypeVar("T", bound="StaffContact")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "firstName",
        "lastName",
        "email",
        "phone",
        "role",
        "dataScope",
        "jobTitle",
        "timezone",
        "extensionNumber",
        "avatarUrl",
        "displayName",
        "twoFactorAuthentication",
        "microsoftActiveDirectory",
        "directStaffEnquiry",
        "directchatEnquiry",
        "directCallEnquiry",
    }
)


@_attrs_define
class StaffContact:
    """
    Attributes:
        id (str):
        status (str | Unset): `Activated`, `Not activated` or `Suspended`.
        first_name (str | Unset):
        last_name (str | Unset):
        email (str | Unset):
        phone (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        role (str | Unset):
        data_scope (str | Unset): Data Access Level.
        job_title (str | Unset):
        timezone (str | Unset):
        extension_number (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
            "+85298765432", so
            both a JSON number and a string are accepted.
        avatar_url (str | Unset):
        display_name (str | Unset):
        two_factor_authentication (bool | Unset):
        microsoft_active_directory (bool | Unset):
        direct_staff_enquiry (bool | Unset):
        directchat_enquiry (str | Unset):
        direct_call_enquiry (str | Unset):
    """

    id: str
    status: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: int | str | Unset = UNSET
    role: str | Unset = UNSET
    data_scope: str | Unset = UNSET
    job_title: str | Unset = UNSET
    timezone: str | Unset = UNSET
    extension_number: int | str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    display_name: str | Unset = UNSET
    two_factor_authentication: bool | Unset = UNSET
    microsoft_active_directory: bool | Unset = UNSET
    direct_staff_enquiry: bool | Unset = UNSET
    directchat_enquiry: str | Unset = UNSET
    direct_call_enquiry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("status", "status", False),
        ("first_name", "firstName", False),
        ("last_name", "lastName", False),
        ("email", "email", False),
        ("phone", "phone", False),
        ("role", "role", False),
        ("data_scope", "dataScope", False),
        ("job_title", "jobTitle", False),
        ("timezone", "timezone", False),
        ("extension_number", "extensionNumber", False),
        ("avatar_url", "avatarUrl", False),
        ("display_name", "displayName", False),
        ("two_factor_authentication", "twoFactorAuthentication", False),
        ("microsoft_active_directory", "microsoftActiveDirectory", False),
        ("direct_staff_enquiry", "directStaffEnquiry", False),
        ("directchat_enquiry", "directchatEnquiry", False),
        ("direct_call_enquiry", "directCallEnquiry", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        first_name = self.first_name

        last_name = self.last_name

        email = self.email

        phone: int | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        role = self.role

        data_scope = self.data_scope

        job_title = self.job_title

        timezone = self.timezone

        extension_number: int | str | Unset
        if isinstance(self.extension_number, Unset):
            extension_number = UNSET
        else:
            extension_number = self.extension_number

        avatar_url = self.avatar_url

        display_name = self.display_name

        two_factor_authentication = self.two_factor_authentication

        microsoft_active_directory = self.microsoft_active_directory

        direct_staff_enquiry = self.direct_staff_enquiry

        directchat_enquiry = self.directchat_enquiry

        direct_call_enquiry = self.direct_call_enquiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if role is not UNSET:
            field_dict["role"] = role
        if data_scope is not UNSET:
            field_dict["dataScope"] = data_scope
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if extension_number is not UNSET:
            field_dict["extensionNumber"] = extension_number
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if two_factor_authentication is not UNSET:
            field_dict["twoFactorAuthentication"] = two_factor_authentication
        if microsoft_active_directory is not UNSET:
            field_dict["microsoftActiveDirectory"] = microsoft_active_directory
        if direct_staff_enquiry is not UNSET:
            field_dict["directStaffEnquiry"] = direct_staff_enquiry
        if directchat_enquiry is not UNSET:
            field_dict["directchatEnquiry"] = directchat_enquiry
        if direct_call_enquiry is not UNSET:
            field_dict["directCallEnquiry"] = direct_call_enquiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is not StaffContact:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, StaffContact.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        staff_contact = object.__new__(cls)
        staff_contact.id = d["id"]

        staff_contact.status = d.get("status", UNSET)

        staff_contact.first_name = d.get("firstName", UNSET)

        staff_contact.last_name = d.get("lastName", UNSET)

        staff_contact.email = d.get("email", UNSET)

        phone: int | str | Unset = d.get("phone", UNSET)

        staff_contact.phone = phone

        staff_contact.role = d.get("role", UNSET)

        staff_contact.data_scope = d.get("dataScope", UNSET)

        staff_contact.job_title = d.get("jobTitle", UNSET)

        staff_contact.timezone = d.get("timezone", UNSET)

        extension_number: int | str | Unset = d.get("extensionNumber", UNSET)

        staff_contact.extension_number = extension_number

        staff_contact.avatar_url = d.get("avatarUrl", UNSET)

        staff_contact.display_name = d.get("displayName", UNSET)

        staff_contact.two_factor_authentication = d.get("twoFactorAuthentication", UNSET)

        staff_contact.microsoft_active_directory = d.get("microsoftActiveDirectory", UNSET)

        staff_contact.direct_staff_enquiry = d.get("directStaffEnquiry", UNSET)

        staff_contact.directchat_enquiry = d.get("directchatEnquiry", UNSET)

        staff_contact.direct_call_enquiry = d.get("directCallEnquiry", UNSET)

        if not _KNOWN_KEYS.issuperset(d):
            staff_contact.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return staff_contact

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        staff_contact = object.__new__(cls)
        staff_contact.id = s.id

        staff_contact.status = s.status

        staff_contact.first_name = s.first_name

        staff_contact.last_name = s.last_name

        staff_contact.email = s.email

        phone: int | str | Unset = s.phone

        staff_contact.phone = phone

        staff_contact.role = s.role

        staff_contact.data_scope = s.data_scope

        staff_contact.job_title = s.job_title

        staff_contact.timezone = s.timezone

        extension_number: int | str | Unset = s.extension_number

        staff_contact.extension_number = extension_number

        staff_contact.avatar_url = s.avatar_url

        staff_contact.display_name = s.display_name

        staff_contact.two_factor_authentication = s.two_factor_authentication

        staff_contact.microsoft_active_directory = s.microsoft_active_directory

        staff_contact.direct_staff_enquiry = s.direct_staff_enquiry

        staff_contact.directchat_enquiry = s.directchat_enquiry

        staff_contact.direct_call_enquiry = s.direct_call_enquiry

        return staff_contact  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(StaffContact)
