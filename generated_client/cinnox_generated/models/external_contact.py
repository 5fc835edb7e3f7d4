from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.external_contact_address import ExternalContactAddress


T = TypeVar("T", bound="ExternalContact")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "firstName",
        "lastName",
        "mobilePhone",
        "workPhone",
        "homePhone",
        "otherPhone",
        "email",
        "personalEmail",
        "otherEmail",
        "facebook",
        "whatsApp",
        "weChat",
        "line",
        "twitter",
        "linkedin",
        "woztellWhatsApp",
        "woztellFacebook",
        "woztellInstagram",
        "companyName",
        "department",
        "jobTitle",
        "birthday",
        "language",
        "address",
        "customerType",
        "group",
        "level",
        "ownerId",
        "ownerName",
        "ownerDepartment",
        "sharedWith",
        "slaveContacts",
    }
)


@_attrs_define
class ExternalContact:
    """One external contact (Get External Contacts List). Custom fields appear under their "Field
    ID" (`{cf_text}`, `{cf_drop_down_single}`, …), so further properties are allowed. The docs
    type the phone numbers and `whatsApp` as Number; both numbers and strings are accepted.

        Attributes:
            id (str):
            first_name (str | Unset):
            last_name (str | Unset):
            mobile_phone (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
                "+85298765432", so
                both a JSON number and a string are accepted.
            work_phone (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
                "+85298765432", so
                both a JSON number and a string are accepted.
            home_phone (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
                "+85298765432", so
                both a JSON number and a string are accepted.
            other_phone (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
                "+85298765432", so
                both a JSON number and a string are accepted.
            email (str | Unset):
            personal_email (str | Unset):
            other_email (str | Unset):
            facebook (str | Unset):
            whats_app (int | str | Unset): A phone number as CINNOX returns it: typed Number in the docs but shown as
                "+85298765432", so
                both a JSON number and a string are accepted.
            we_chat (str | Unset):
            line (str | Unset):
            twitter (str | Unset):
            linkedin (str | Unset):
            woztell_whats_app (str | Unset):
            woztell_facebook (str | Unset):
            woztell_instagram (str | Unset):
            company_name (str | Unset):
            department (str | Unset):
            job_title (str | Unset):
            birthday (str | Unset):
            language (str | Unset):
            address (ExternalContactAddress | Unset):
            customer_type (str | Unset):
            group (str | Unset):
            level (str | Unset):
            owner_id (str | Unset):
            owner_name (str | Unset):
            owner_department (str | Unset):
            shared_with (list[str] | str | Unset):
            slave_contacts (list[str] | str | Unset):
    """

    id: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    mobile_phone: int | str | Unset = UNSET
    work_phone: int | str | Unset = UNSET
    home_phone: int | str | Unset = UNSET
    other_phone: int | str | Unset = UNSET
    email: str | Unset = UNSET
    personal_email: str | Unset = UNSET
    other_email: str | Unset = UNSET
    facebook: str | Unset = UNSET
    whats_app: int | str | Unset = UNSET
    we_chat: str | Unset = UNSET
    line: str | Unset = UNSET
    twitter: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    woztell_whats_app: str | Unset = UNSET
    woztell_facebook: str | Unset = UNSET
    woztell_instagram: str | Unset = UNSET
    company_name: str | Unset = UNSET
    department: str | Unset = UNSET
    job_title: str | Unset = UNSET
    birthday: str | Unset = UNSET
    language: str | Unset = UNSET
    address: ExternalContactAddress | Unset = UNSET
    customer_type: str | Unset = UNSET
    group: str | Unset = UNSET
    level: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    owner_name: str | Unset = UNSET
    owner_department: str | Unset = UNSET
    shared_with: list[str] | str | Unset = UNSET
    slave_contacts: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("first_name", "firstName", False),
        ("last_name", "lastName", False),
        ("mobile_phone", "mobilePhone", False),
        ("work_phone", "workPhone", False),
        ("home_phone", "homePhone", False),
        ("other_phone", "otherPhone", False),
        ("email", "email", False),
        ("personal_email", "personalEmail", False),
        ("other_email", "otherEmail", False),
        ("facebook", "facebook", False),
        ("whats_app", "whatsApp", False),
        ("we_chat", "weChat", False),
        ("line", "line", False),
        ("twitter", "twitter", False),
        ("linkedin", "linkedin", False),
        ("woztell_whats_app", "woztellWhatsApp", False),
        ("woztell_facebook", "woztellFacebook", False),
        ("woztell_instagram", "woztellInstagram", False),
        ("company_name", "companyName", False),
        ("department", "department", False),
        ("job_title", "jobTitle", False),
        ("birthday", "birthday", False),
        ("language", "language", False),
        ("address", "address", False),
        ("customer_type", "customerType", False),
        ("group", "group", False),
        ("level", "level", False),
        ("owner_id", "ownerId", False),
        ("owner_name", "ownerName", False),
        ("owner_department", "ownerDepartment", False),
        ("shared_with", "sharedWith", False),
        ("slave_contacts", "slaveContacts", False),
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        mobile_phone: int | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        work_phone: int | str | Unset
        if isinstance(self.work_phone, Unset):
            work_phone = UNSET
        else:
            work_phone = self.work_phone

        home_phone: int | str | Unset
        if isinstance(self.home_phone, Unset):
            home_phone = UNSET
        else:
            home_phone = self.home_phone

        other_phone: int | str | Unset
        if isinstance(self.other_phone, Unset):
            other_phone = UNSET
        else:
            other_phone = self.other_phone

        email = self.email

        personal_email = self.personal_email

        other_email = self.other_email

        facebook = self.facebook

        whats_app: int | str | Unset
        if isinstance(self.whats_app, Unset):
            whats_app = UNSET
        else:
            whats_app = self.whats_app

        we_chat = self.we_chat

        line = self.line

        twitter = self.twitter

        linkedin = self.linkedin

        woztell_whats_app = self.woztell_whats_app

        woztell_facebook = self.woztell_facebook

        woztell_instagram = self.woztell_instagram

        company_name = self.company_name

        department = self.department

        job_title = self.job_title

        birthday = self.birthday

        language = self.language

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        customer_type = self.customer_type

        group = self.group

        level = self.level

        owner_id = self.owner_id

        owner_name = self.owner_name

        owner_department = self.owner_department

        shared_with: list[str] | str | Unset
        if isinstance(self.shared_with, Unset):
            shared_with = UNSET
        elif isinstance(self.shared_with, list):
            shared_with = self.shared_with

        else:
            shared_with = self.shared_with

        slave_contacts: list[str] | str | Unset
        if isinstance(self.slave_contacts, Unset):
            slave_contacts = UNSET
        elif isinstance(self.slave_contacts, list):
            slave_contacts = self.slave_contacts

        else:
            slave_contacts = self.slave_contacts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if work_phone is not UNSET:
            field_dict["workPhone"] = work_phone
        if home_phone is not UNSET:
            field_dict["homePhone"] = home_phone
        if other_phone is not UNSET:
            field_dict["otherPhone"] = other_phone
        if email is not UNSET:
            field_dict["email"] = email
        if personal_email is not UNSET:
            field_dict["personalEmail"] = personal_email
        if other_email is not UNSET:
            field_dict["otherEmail"] = other_email
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if whats_app is not UNSET:
            field_dict["whatsApp"] = whats_app
        if we_chat is not UNSET:
            field_dict["weChat"] = we_chat
        if line is not UNSET:
            field_dict["line"] = line
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if woztell_whats_app is not UNSET:
            field_dict["woztellWhatsApp"] = woztell_whats_app
        if woztell_facebook is not UNSET:
            field_dict["woztellFacebook"] = woztell_facebook
        if woztell_instagram is not UNSET:
            field_dict["woztellInstagram"] = woztell_instagram
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if department is not UNSET:
            field_dict["department"] = department
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if language is not UNSET:
            field_dict["language"] = language
        if address is not UNSET:
            field_dict["address"] = address
        if customer_type is not UNSET:
            field_dict["customerType"] = customer_type
        if group is not UNSET:
            field_dict["group"] = group
        if level is not UNSET:
            field_dict["level"] = level
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if owner_name is not UNSET:
            field_dict["ownerName"] = owner_name
        if owner_department is not UNSET:
            field_dict["ownerDepartment"] = owner_department
        if shared_with is not UNSET:
            field_dict["sharedWith"] = shared_with
        if slave_contacts is not UNSET:
            field_dict["slaveContacts"] = slave_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_contact_address import ExternalContactAddress  # noqa: PLC0415

        if cls is not ExternalContact:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ExternalContact.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        external_contact = object.__new__(cls)
        external_contact.id = d["id"]

        external_contact.first_name = d.get("firstName", UNSET)

        external_contact.last_name = d.get("lastName", UNSET)

        mobile_phone: int | str | Unset = d.get("mobilePhone", UNSET)

        external_contact.mobile_phone = mobile_phone

        work_phone: int | str | Unset = d.get("workPhone", UNSET)

        external_contact.work_phone = work_phone

        home_phone: int | str | Unset = d.get("homePhone", UNSET)

        external_contact.home_phone = home_phone

        other_phone: int | str | Unset = d.get("otherPhone", UNSET)

        external_contact.other_phone = other_phone

        external_contact.email = d.get("email", UNSET)

        external_contact.personal_email = d.get("personalEmail", UNSET)

        external_contact.other_email = d.get("otherEmail", UNSET)

        external_contact.facebook = d.get("facebook", UNSET)

        whats_app: int | str | Unset = d.get("whatsApp", UNSET)

        external_contact.whats_app = whats_app

        external_contact.we_chat = d.get("weChat", UNSET)

        external_contact.line = d.get("line", UNSET)

        external_contact.twitter = d.get("twitter", UNSET)

        external_contact.linkedin = d.get("linkedin", UNSET)

        external_contact.woztell_whats_app = d.get("woztellWhatsApp", UNSET)

        external_contact.woztell_facebook = d.get("woztellFacebook", UNSET)

        external_contact.woztell_instagram = d.get("woztellInstagram", UNSET)

        external_contact.company_name = d.get("companyName", UNSET)

        external_contact.department = d.get("department", UNSET)

        external_contact.job_title = d.get("jobTitle", UNSET)

        external_contact.birthday = d.get("birthday", UNSET)

        external_contact.language = d.get("language", UNSET)

        _address = d.get("address", UNSET)
        address: ExternalContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ExternalContactAddress.from_dict(_address)

        external_contact.address = address

        external_contact.customer_type = d.get("customerType", UNSET)

        external_contact.group = d.get("group", UNSET)

        external_contact.level = d.get("level", UNSET)

        external_contact.owner_id = d.get("ownerId", UNSET)

        external_contact.owner_name = d.get("ownerName", UNSET)

        external_contact.owner_department = d.get("ownerDepartment", UNSET)

        def _parse_shared_with(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_one_or_many_strings_type_1 = cast(list[str], data)

                return componentsschemas_one_or_many_strings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        shared_with = _parse_shared_with(d.get("sharedWith", UNSET))

        external_contact.shared_with = shared_with

        def _parse_slave_contacts(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_one_or_many_strings_type_1 = cast(list[str], data)

                return componentsschemas_one_or_many_strings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        slave_contacts = _parse_slave_contacts(d.get("slaveContacts", UNSET))

        external_contact.slave_contacts = slave_contacts

        if not _KNOWN_KEYS.issuperset(d):
            external_contact.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return external_contact

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.external_contact_address import ExternalContactAddress  # noqa: PLC0415

        external_contact = object.__new__(cls)
        external_contact.id = s.id

        external_contact.first_name = s.first_name

        external_contact.last_name = s.last_name

        mobile_phone: int | str | Unset = s.mobile_phone

        external_contact.mobile_phone = mobile_phone

        work_phone: int | str | Unset = s.work_phone

        external_contact.work_phone = work_phone

        home_phone: int | str | Unset = s.home_phone

        external_contact.home_phone = home_phone

        other_phone: int | str | Unset = s.other_phone

        external_contact.other_phone = other_phone

        external_contact.email = s.email

        external_contact.personal_email = s.personal_email

        external_contact.other_email = s.other_email

        external_contact.facebook = s.facebook

        whats_app: int | str | Unset = s.whats_app

        external_contact.whats_app = whats_app

        external_contact.we_chat = s.we_chat

        external_contact.line = s.line

        external_contact.twitter = s.twitter

        external_contact.linkedin = s.linkedin

        external_contact.woztell_whats_app = s.woztell_whats_app

        external_contact.woztell_facebook = s.woztell_facebook

        external_contact.woztell_instagram = s.woztell_instagram

        external_contact.company_name = s.company_name

        external_contact.department = s.department

        external_contact.job_title = s.job_title

        external_contact.birthday = s.birthday

        external_contact.language = s.language

        _address = s.address
        address: ExternalContactAddress | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = ExternalContactAddress.from_dict(_address)

        external_contact.address = address

        external_contact.customer_type = s.customer_type

        external_contact.group = s.group

        external_contact.level = s.level

        external_contact.owner_id = s.owner_id

        external_contact.owner_name = s.owner_name

        external_contact.owner_department = s.owner_department

        def _parse_shared_with(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_one_or_many_strings_type_1 = cast(list[str], data)

                return componentsschemas_one_or_many_strings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        shared_with = _parse_shared_with(s.shared_with)

        external_contact.shared_with = shared_with

        def _parse_slave_contacts(data: object) -> list[str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_one_or_many_strings_type_1 = cast(list[str], data)

                return componentsschemas_one_or_many_strings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | Unset, data)

        slave_contacts = _parse_slave_contacts(s.slave_contacts)

        external_contact.slave_contacts = slave_contacts

        return external_contact  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ExternalContact)
