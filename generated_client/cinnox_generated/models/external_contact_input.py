from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_contact_input_level import ExternalContactInputLevel
from ..models.external_contact_input_type import ExternalContactInputType
from ..types import UNSET, Unset, _additional_properties_on_first_read, _init_as

if TYPE_CHECKING:
    from ..models.contact_email_input import ContactEmailInput
    from ..models.contact_phone_input import ContactPhoneInput
    from ..models.contact_social_input import ContactSocialInput
    from ..models.external_contact_address import ExternalContactAddress


T = TypeVar("T", bound="ExternalContactInput")


_KNOWN_KEYS = frozenset(
    {
        "firstName",
        "lastName",
        "level",
        "type",
        "phones",
        "emails",
        "company",
        "jobTitle",
        "team",
        "group",
        "language",
        "birthDate",
        "addresses",
        "socialContacts",
    }
)


@_attrs_define
class ExternalContactInput:
    """Body of Create / Update External Contact (custom fields not supported). The docs render
    `phones`, `emails`, `addresses` and `socialContacts` as "object"; one object or a list of them
    is accepted.

        Attributes:
            first_name (str | Unset):
            last_name (str | Unset):
            level (ExternalContactInputLevel | Unset):  Default: ExternalContactInputLevel.PRIMARY.
            type_ (ExternalContactInputType | Unset):  Default: ExternalContactInputType.LEAD.
            phones (ContactPhoneInput | list[ContactPhoneInput] | Unset):
            emails (ContactEmailInput | list[ContactEmailInput] | Unset):
            company (str | Unset):
            job_title (str | Unset):
            team (str | Unset):
            group (str | Unset):
            language (str | Unset): ISO 639-1 code
            birth_date (str | Unset): DD/MM/YYYY.
            addresses (ExternalContactAddress | list[ExternalContactAddress] | Unset):
            social_contacts (ContactSocialInput | list[ContactSocialInput] | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    level: ExternalContactInputLevel | Unset = ExternalContactInputLevel.PRIMARY
    type_: ExternalContactInputType | Unset = ExternalContactInputType.LEAD
    phones: ContactPhoneInput | list[ContactPhoneInput] | Unset = UNSET
    emails: ContactEmailInput | list[ContactEmailInput] | Unset = UNSET
    company: str | Unset = UNSET
    job_title: str | Unset = UNSET
    team: str | Unset = UNSET
    group: str | Unset = UNSET
    language: str | Unset = UNSET
    birth_date: str | Unset = UNSET
    addresses: ExternalContactAddress | list[ExternalContactAddress] | Unset = UNSET
    social_contacts: ContactSocialInput | list[ContactSocialInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    #: (Python name, JSON name, required) of each property, in the order ``_from_fields`` reads them.
    _json_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("first_name", "firstName", False),
        ("last_name", "lastName", False),
        ("level", "level", False),
        ("type_", "type", False),
        ("phones", "phones", False),
        ("emails", "emails", False),
        ("company", "company", False),
        ("job_title", "jobTitle", False),
        ("team", "team", False),
        ("group", "group", False),
        ("language", "language", False),
        ("birth_date", "birthDate", False),
        ("addresses", "addresses", False),
        ("social_contacts", "socialContacts", False),
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_email_input import ContactEmailInput  # noqa: PLC0415
        from ..models.contact_phone_input import ContactPhoneInput  # noqa: PLC0415
        from ..models.contact_social_input import ContactSocialInput  # noqa: PLC0415
        from ..models.external_contact_address import ExternalContactAddress  # noqa: PLC0415

        first_name = self.first_name

        last_name = self.last_name

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        phones: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, ContactPhoneInput):
            phones = self.phones.to_dict()
        else:
            phones = []
            for phones_type_1_item_data in self.phones:
                phones_type_1_item = phones_type_1_item_data.to_dict()
                phones.append(phones_type_1_item)

        emails: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, ContactEmailInput):
            emails = self.emails.to_dict()
        else:
            emails = []
            for emails_type_1_item_data in self.emails:
                emails_type_1_item = emails_type_1_item_data.to_dict()
                emails.append(emails_type_1_item)

        company = self.company

        job_title = self.job_title

        team = self.team

        group = self.group

        language = self.language

        birth_date = self.birth_date

        addresses: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, ExternalContactAddress):
            addresses = self.addresses.to_dict()
        else:
            addresses = []
            for addresses_type_1_item_data in self.addresses:
                addresses_type_1_item = addresses_type_1_item_data.to_dict()
                addresses.append(addresses_type_1_item)

        social_contacts: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.social_contacts, Unset):
            social_contacts = UNSET
        elif isinstance(self.social_contacts, ContactSocialInput):
            social_contacts = self.social_contacts.to_dict()
        else:
            social_contacts = []
            for social_contacts_type_1_item_data in self.social_contacts:
                social_contacts_type_1_item = social_contacts_type_1_item_data.to_dict()
                social_contacts.append(social_contacts_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if level is not UNSET:
            field_dict["level"] = level
        if type_ is not UNSET:
            field_dict["type"] = type_
        if phones is not UNSET:
            field_dict["phones"] = phones
        if emails is not UNSET:
            field_dict["emails"] = emails
        if company is not UNSET:
            field_dict["company"] = company
        if job_title is not UNSET:
            field_dict["jobTitle"] = job_title
        if team is not UNSET:
            field_dict["team"] = team
        if group is not UNSET:
            field_dict["group"] = group
        if language is not UNSET:
            field_dict["language"] = language
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if social_contacts is not UNSET:
            field_dict["socialContacts"] = social_contacts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_email_input import ContactEmailInput  # noqa: PLC0415
        from ..models.contact_phone_input import ContactPhoneInput  # noqa: PLC0415
        from ..models.contact_social_input import ContactSocialInput  # noqa: PLC0415
        from ..models.external_contact_address import ExternalContactAddress  # noqa: PLC0415

        if cls is not ExternalContactInput:  # a subclass: built by its own __init__ (its fields, its hooks)
            return _init_as(cls, ExternalContactInput.from_dict(src_dict))
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        external_contact_input = object.__new__(cls)
        external_contact_input.first_name = d.get("firstName", UNSET)

        external_contact_input.last_name = d.get("lastName", UNSET)

        _level = d.get("level", UNSET)
        level: ExternalContactInputLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = ExternalContactInputLevel(_level)

        external_contact_input.level = level

        _type_ = d.get("type", UNSET)
        type_: ExternalContactInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExternalContactInputType(_type_)

        external_contact_input.type_ = type_

        def _parse_phones(data: object) -> ContactPhoneInput | list[ContactPhoneInput] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phones_type_0 = ContactPhoneInput.from_dict(data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            phones_type_1 = []
            _phones_type_1 = data
            for phones_type_1_item_data in _phones_type_1:
                phones_type_1_item = ContactPhoneInput.from_dict(phones_type_1_item_data)

                phones_type_1.append(phones_type_1_item)

            return phones_type_1

        phones = _parse_phones(d.get("phones", UNSET))

        external_contact_input.phones = phones

        def _parse_emails(data: object) -> ContactEmailInput | list[ContactEmailInput] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emails_type_0 = ContactEmailInput.from_dict(data)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            emails_type_1 = []
            _emails_type_1 = data
            for emails_type_1_item_data in _emails_type_1:
                emails_type_1_item = ContactEmailInput.from_dict(emails_type_1_item_data)

                emails_type_1.append(emails_type_1_item)

            return emails_type_1

        emails = _parse_emails(d.get("emails", UNSET))

        external_contact_input.emails = emails

        external_contact_input.company = d.get("company", UNSET)

        external_contact_input.job_title = d.get("jobTitle", UNSET)

        external_contact_input.team = d.get("team", UNSET)

        external_contact_input.group = d.get("group", UNSET)

        external_contact_input.language = d.get("language", UNSET)

        external_contact_input.birth_date = d.get("birthDate", UNSET)

        def _parse_addresses(data: object) -> ExternalContactAddress | list[ExternalContactAddress] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                addresses_type_0 = ExternalContactAddress.from_dict(data)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            addresses_type_1 = []
            _addresses_type_1 = data
            for addresses_type_1_item_data in _addresses_type_1:
                addresses_type_1_item = ExternalContactAddress.from_dict(addresses_type_1_item_data)

                addresses_type_1.append(addresses_type_1_item)

            return addresses_type_1

        addresses = _parse_addresses(d.get("addresses", UNSET))

        external_contact_input.addresses = addresses

        def _parse_social_contacts(data: object) -> ContactSocialInput | list[ContactSocialInput] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                social_contacts_type_0 = ContactSocialInput.from_dict(data)

                return social_contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            social_contacts_type_1 = []
            _social_contacts_type_1 = data
            for social_contacts_type_1_item_data in _social_contacts_type_1:
                social_contacts_type_1_item = ContactSocialInput.from_dict(social_contacts_type_1_item_data)

                social_contacts_type_1.append(social_contacts_type_1_item)

            return social_contacts_type_1

        social_contacts = _parse_social_contacts(d.get("socialContacts", UNSET))

        external_contact_input.social_contacts = social_contacts

        if not _KNOWN_KEYS.issuperset(d):
            external_contact_input.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        # else: none; the slot gives a new empty dict when first read (types._EmptyUntilRead)
        return external_contact_input

    @classmethod
    def _from_fields(cls: type[T], s: Any) -> T:
        """The record from ``s``, an object holding each property under its Python name as decoded
        from JSON (a record struct built from ``_json_fields``: cinnox_ext/_records.py), for a JSON
        object with no key outside the model's. Equal to ``from_dict`` of that object."""
        from ..models.contact_email_input import ContactEmailInput  # noqa: PLC0415
        from ..models.contact_phone_input import ContactPhoneInput  # noqa: PLC0415
        from ..models.contact_social_input import ContactSocialInput  # noqa: PLC0415
        from ..models.external_contact_address import ExternalContactAddress  # noqa: PLC0415

        external_contact_input = object.__new__(cls)
        external_contact_input.first_name = s.first_name

        external_contact_input.last_name = s.last_name

        _level = s.level
        level: ExternalContactInputLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = ExternalContactInputLevel(_level)

        external_contact_input.level = level

        _type_ = s.type_
        type_: ExternalContactInputType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ExternalContactInputType(_type_)

        external_contact_input.type_ = type_

        def _parse_phones(data: object) -> ContactPhoneInput | list[ContactPhoneInput] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phones_type_0 = ContactPhoneInput.from_dict(data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            phones_type_1 = []
            _phones_type_1 = data
            for phones_type_1_item_data in _phones_type_1:
                phones_type_1_item = ContactPhoneInput.from_dict(phones_type_1_item_data)

                phones_type_1.append(phones_type_1_item)

            return phones_type_1

        phones = _parse_phones(s.phones)

        external_contact_input.phones = phones

        def _parse_emails(data: object) -> ContactEmailInput | list[ContactEmailInput] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                emails_type_0 = ContactEmailInput.from_dict(data)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            emails_type_1 = []
            _emails_type_1 = data
            for emails_type_1_item_data in _emails_type_1:
                emails_type_1_item = ContactEmailInput.from_dict(emails_type_1_item_data)

                emails_type_1.append(emails_type_1_item)

            return emails_type_1

        emails = _parse_emails(s.emails)

        external_contact_input.emails = emails

        external_contact_input.company = s.company

        external_contact_input.job_title = s.job_title

        external_contact_input.team = s.team

        external_contact_input.group = s.group

        external_contact_input.language = s.language

        external_contact_input.birth_date = s.birth_date

        def _parse_addresses(data: object) -> ExternalContactAddress | list[ExternalContactAddress] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                addresses_type_0 = ExternalContactAddress.from_dict(data)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            addresses_type_1 = []
            _addresses_type_1 = data
            for addresses_type_1_item_data in _addresses_type_1:
                addresses_type_1_item = ExternalContactAddress.from_dict(addresses_type_1_item_data)

                addresses_type_1.append(addresses_type_1_item)

            return addresses_type_1

        addresses = _parse_addresses(s.addresses)

        external_contact_input.addresses = addresses

        def _parse_social_contacts(data: object) -> ContactSocialInput | list[ContactSocialInput] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                social_contacts_type_0 = ContactSocialInput.from_dict(data)

                return social_contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            social_contacts_type_1 = []
            _social_contacts_type_1 = data
            for social_contacts_type_1_item_data in _social_contacts_type_1:
                social_contacts_type_1_item = ContactSocialInput.from_dict(social_contacts_type_1_item_data)

                social_contacts_type_1.append(social_contacts_type_1_item)

            return social_contacts_type_1

        social_contacts = _parse_social_contacts(s.social_contacts)

        external_contact_input.social_contacts = social_contacts

        return external_contact_input  # no additional properties: an empty dict when first read

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


_additional_properties_on_first_read(ExternalContactInput)
