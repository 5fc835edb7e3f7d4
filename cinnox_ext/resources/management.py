"""``client.management``: the docs' Management module (contacts, staff, destinations, tags, labels).

Every method is one declaration naming its operation; the envelope (``result``, ``tags``,
``labelList`` or the body itself) and the paging come from the spec's table, as for the other areas.
Bodies are the generated models (re-exported from :mod:`cinnox_ext.models`), checked before sending.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar, Unpack

from cinnox_generated.api.management import (
    create_destination_service_group,
    create_external_contact,
    create_tag,
    delete_destination_service_group,
    delete_label,
    delete_tag,
    get_destination_list,
    get_external_contact_activity,
    get_external_contact_list,
    get_label_list,
    get_staff_contact_list,
    get_supported_language_list,
    get_supported_location_list,
    get_tag_list,
    label_enquiry,
    unlabel_enquiry,
    update_destination_service_group,
    update_external_contact,
    update_tag,
)
from cinnox_generated.models import (
    CodeIdResponse,
    CodeResponse,
    ContactPhoneInput,
    Destination,
    DestinationServiceGroupInput,
    EnquiryLabelsRequest,
    EnquiryLabelsResponse,
    ExternalContact,
    ExternalContactActivity,
    ExternalContactInput,
    Label,
    StaffContact,
    SupportedLanguage,
    SupportedLocation,
    Tag,
    TagInput,
)
from cinnox_generated.types import UNSET, Unset

from .. import _validation
from ..errors import ValidationError
from ._endpoints import (
    Area,
    AsyncRaw,
    CallOptions,
    ListOptions,
    ModeT,
    RawView,
    Request,
    SyncRaw,
    call,
    many,
    paged,
    request,
)

__all__ = ["Management"]

T = TypeVar("T")
MAX_LABEL_IDS = 500
MAX_SERVICE_GROUP_NAME = 40
_DESTINATION_TARGETS = {"PHONE": "phone_targets", "STAFF": "staff_targets", "TRUNK": "trunk_targets"}


def _model(value: object, kind: type[T], name: str) -> T:
    if not isinstance(value, kind):
        raise ValidationError(f"{name} must be a {kind.__name__} (from cinnox_ext.models)")
    return value


def _filter(value: str | None, name: str) -> str | Unset:
    return UNSET if value is None else _validation.identifier(value, name)


def _contact(value: object) -> ExternalContactInput:
    contact = _model(value, ExternalContactInput, "contact")
    if not contact.to_dict():
        raise ValidationError("contact has no field to send")
    phones = contact.phones
    for i, phone in enumerate(phones if isinstance(phones, list) else [phones]):
        if isinstance(phone, ContactPhoneInput):
            _validation.phone_number(phone.phone, f"contact.phones[{i}].phone")
    return contact


def _service_group(value: object) -> DestinationServiceGroupInput:
    group = _model(value, DestinationServiceGroupInput, "group")
    _validation.text(group.display_name, "group.display_name", max_chars=MAX_SERVICE_GROUP_NAME)
    for field in ("support_languages", "support_locations", "types"):
        if not getattr(group, field):
            raise ValidationError(f"group.{field} must not be empty")
    for kind in group.types:
        targets = getattr(group, _DESTINATION_TARGETS[kind.value])
        if isinstance(targets, Unset) or not targets:
            raise ValidationError(
                f"a {kind.value} destination needs group.{_DESTINATION_TARGETS[kind.value]}"
            )
    return group


def _tag(value: object) -> TagInput:
    tag = _model(value, TagInput, "tag")
    if not tag.to_dict():
        raise ValidationError("tag has no field to send")
    return tag


def _label_ids(values: Iterable[str] | str) -> EnquiryLabelsRequest:
    items = (
        [values] if isinstance(values, str) else _validation.bounded_list(values, "label_ids", MAX_LABEL_IDS)
    )
    if not items:
        raise ValidationError("label_ids must name at least one label")
    return EnquiryLabelsRequest(
        label_ids=[_validation.identifier(v, f"label_ids[{i}]") for i, v in enumerate(items)]
    )


class Management(Area[ModeT]):
    """``client.management``; every list is a lazy pager, every other method one request."""

    with_raw_response: RawView[Management[SyncRaw], Management[AsyncRaw]] = RawView()

    # ---------------------------------------------------------------- contacts and staff

    @paged("getExternalContactList", ExternalContact.from_dict)
    def external_contacts(self, page_size: int = 500, **options: Unpack[ListOptions]) -> Request:
        """Every external contact (Get External Contacts List)."""
        return request(get_external_contact_list._get_kwargs)

    @paged("getExternalContactActivity", ExternalContactActivity.from_dict)
    def external_contact_activity(
        self, contact_id: str, page_size: int = 500, **options: Unpack[ListOptions]
    ) -> Request:
        """The activity records of one external contact (endpoint shape inferred in the spec)."""
        return request(
            get_external_contact_activity._get_kwargs, _validation.identifier(contact_id, "contact_id")
        )

    @call("createExternalContact", CodeIdResponse.from_dict)
    def create_external_contact(
        self, contact: ExternalContactInput, **options: Unpack[CallOptions]
    ) -> Request:
        """Create an external contact; the answer carries its ``id``."""
        return request(create_external_contact._get_kwargs, body=_contact(contact))

    @call("updateExternalContact", CodeIdResponse.from_dict)
    def update_external_contact(
        self, contact_id: str, contact: ExternalContactInput, **options: Unpack[CallOptions]
    ) -> Request:
        """Update the fields given in ``contact`` of one external contact."""
        return request(
            update_external_contact._get_kwargs,
            _validation.identifier(contact_id, "contact_id"),
            body=_contact(contact),
        )

    @paged("getStaffContactList", StaffContact.from_dict)
    def staff_contacts(
        self, page_size: int = 500, *, full_name: str | None = None, **options: Unpack[ListOptions]
    ) -> Request:
        """Every staff contact, optionally only those whose full name matches."""
        return request(get_staff_contact_list._get_kwargs, full_name=_filter(full_name, "full_name"))

    # ---------------------------------------------------------------- destinations

    @call("getSupportedLanguageList", many(SupportedLanguage.from_dict))
    def supported_languages(self, **options: Unpack[CallOptions]) -> Request:
        """The languages a Service Group can support (endpoint shape inferred)."""
        return request(get_supported_language_list._get_kwargs)

    @call("getSupportedLocationList", many(SupportedLocation.from_dict))
    def supported_locations(self, **options: Unpack[CallOptions]) -> Request:
        """The locations a Service Group can support (endpoint shape inferred)."""
        return request(get_supported_location_list._get_kwargs)

    @paged("getDestinationList", Destination.from_dict)
    def destinations(self, page_size: int = 500, **options: Unpack[ListOptions]) -> Request:
        """Every destination (endpoint shape inferred)."""
        return request(get_destination_list._get_kwargs)

    @call("createDestinationServiceGroup", CodeIdResponse.from_dict)
    def create_service_group(
        self, group: DestinationServiceGroupInput, **options: Unpack[CallOptions]
    ) -> Request:
        """Create a Service Group destination; the answer carries its ``id``."""
        return request(create_destination_service_group._get_kwargs, body=_service_group(group))

    @call("updateDestinationServiceGroup", CodeIdResponse.from_dict)
    def update_service_group(
        self, destination_id: str, group: DestinationServiceGroupInput, **options: Unpack[CallOptions]
    ) -> Request:
        """Replace the settings of one Service Group."""
        return request(
            update_destination_service_group._get_kwargs,
            _validation.identifier(destination_id, "destination_id"),
            body=_service_group(group),
        )

    @call("deleteDestinationServiceGroup", CodeIdResponse.from_dict)
    def delete_service_group(self, destination_id: str, **options: Unpack[CallOptions]) -> Request:
        """Delete one Service Group (endpoint shape inferred)."""
        return request(
            delete_destination_service_group._get_kwargs,
            _validation.identifier(destination_id, "destination_id"),
        )

    # ---------------------------------------------------------------- tags

    @paged("getTagList", Tag.from_dict)
    def tags(self, page_size: int = 500, **options: Unpack[ListOptions]) -> Request:
        """Every tag (the records come in the body's ``tags`` field)."""
        return request(get_tag_list._get_kwargs)

    @call("createTag", CodeIdResponse.from_dict)
    def create_tag(self, tag: TagInput, **options: Unpack[CallOptions]) -> Request:
        """Create a tag; the answer carries its ``id``."""
        return request(create_tag._get_kwargs, body=_tag(tag))

    @call("updateTag", CodeIdResponse.from_dict)
    def update_tag(self, tag_id: str, tag: TagInput, **options: Unpack[CallOptions]) -> Request:
        """Update one tag (endpoint shape inferred)."""
        return request(update_tag._get_kwargs, _validation.identifier(tag_id, "tag_id"), body=_tag(tag))

    @call("deleteTag", CodeIdResponse.from_dict)
    def delete_tag(self, tag_id: str, **options: Unpack[CallOptions]) -> Request:
        """Delete one tag (endpoint shape inferred)."""
        return request(delete_tag._get_kwargs, _validation.identifier(tag_id, "tag_id"))

    # ---------------------------------------------------------------- labels

    @paged("getLabelList", Label.from_dict)
    def labels(
        self,
        page_size: int = 500,
        *,
        label_id: str | None = None,
        name: str | None = None,
        **options: Unpack[ListOptions],
    ) -> Request:
        """Every label (the records come in the body's ``labelList`` field), optionally filtered."""
        return request(
            get_label_list._get_kwargs, id=_filter(label_id, "label_id"), name=_filter(name, "name")
        )

    @call("deleteLabel", CodeResponse.from_dict)
    def delete_label(self, label_id: str, **options: Unpack[CallOptions]) -> Request:
        """Delete one label (endpoint shape inferred)."""
        return request(delete_label._get_kwargs, _validation.identifier(label_id, "label_id"))

    @call("labelEnquiry", EnquiryLabelsResponse.from_dict)
    def label_enquiry(
        self, enquiry_id: str, label_ids: Iterable[str] | str, **options: Unpack[CallOptions]
    ) -> Request:
        """Add labels to one enquiry; unknown IDs come back in ``not_exist_label_ids``."""
        return request(
            label_enquiry._get_kwargs,
            _validation.identifier(enquiry_id, "enquiry_id"),
            body=_label_ids(label_ids),
        )

    @call("unlabelEnquiry", EnquiryLabelsResponse.from_dict)
    def unlabel_enquiry(
        self, enquiry_id: str, label_ids: Iterable[str] | str, **options: Unpack[CallOptions]
    ) -> Request:
        """Remove labels from one enquiry; ``label_ids`` of the answer are those still applied."""
        return request(
            unlabel_enquiry._get_kwargs,
            _validation.identifier(enquiry_id, "enquiry_id"),
            body=_label_ids(label_ids),
        )
