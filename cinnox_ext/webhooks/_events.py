"""Typed, immutable webhook events, parsed through the generated models of the spec's payloads.

Each payload is first read by the generated model of its schema (``cinnox_generated.models``), so a
spec change that the parser no longer fits fails the tests; the model is then mapped to a small
frozen event with Pythonic names. Parsing is liberal where the docs are ambiguous (phone numbers as
JSON numbers or strings, with or without ``+``; ``callees`` as one object or a list; unknown extra
fields and unknown status values are kept) and strict elsewhere: anything that is not one of the
event kinds raises :class:`~cinnox_ext.errors.WebhookPayloadError` saying why.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import datetime
from types import MappingProxyType
from typing import Any, ClassVar, Final, TypeAlias

import attrs
from cinnox_generated import models
from cinnox_generated.types import Unset

from ..errors import WebhookPayloadError

__all__ = [
    "CallEnded",
    "CallParty",
    "CallStarted",
    "ConferenceEnded",
    "EnquiryStatusChanged",
    "InboundSms",
    "OutboundSmsStatus",
    "RecordingFile",
    "UrlVerification",
    "WebhookEvent",
    "parse_event",
]

Raw: TypeAlias = Mapping[str, Any]


def _frozen_raw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({k: _frozen_raw(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_frozen_raw(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


@attrs.frozen
class _Event:
    """What every event shares: ``raw`` is the delivery as received (read-only), ``payload()`` a copy."""

    raw: Raw = attrs.field(kw_only=True, converter=_frozen_raw, repr=False, eq=False, factory=dict)

    def payload(self) -> dict[str, Any]:
        """The delivery as plain JSON-compatible data, unknown fields included."""
        result: dict[str, Any] = _thaw(self.raw)
        return result


@attrs.frozen
class UrlVerification(_Event):
    """CINNOX checking a subscription URL; answer with :meth:`reply`."""

    kind: ClassVar[str] = "url_verification"
    challenge: str

    def reply(self) -> dict[str, Any]:
        """The documented answer: ``{"code": 0, "result": {"challenge": …}}``."""
        return {"code": 0, "result": {"challenge": self.challenge}}


@attrs.frozen
class CallParty:
    eid: str | None
    number: str | None


@attrs.frozen
class CallStarted(_Event):
    kind: ClassVar[str] = "call"
    call_id: str
    service_id: str | None
    caller: CallParty | None
    callees: tuple[CallParty, ...]


@attrs.frozen
class CallEnded(_Event):
    kind: ClassVar[str] = "call"
    call_id: str
    service_id: str | None


@attrs.frozen
class InboundSms(_Event):
    kind: ClassVar[str] = "inbound_sms"
    id: str
    sender_number: str
    recipient_number: str
    received_at: datetime | None
    content_type: str | None
    content: str | None
    event_description: str | None


@attrs.frozen
class OutboundSmsStatus(_Event):
    """A Transaction Detail Record: what happened to an SMS you sent (``transaction_id``)."""

    kind: ClassVar[str] = "outbound_sms"
    transaction_id: str
    status: str
    app_id: str | None
    service_id: str | None
    recipient_number: str | None
    recipient_country: str | None
    response_code: str | None
    exception: str | None

    @property
    def failed(self) -> bool:
        return self.status in ("Undelivered", "Rejected")


@attrs.frozen
class EnquiryStatusChanged(_Event):
    kind: ClassVar[str] = "enquiry"
    enquiry_id: str
    status: str
    service_id: str | None
    display_case_number: str | None
    channel: str | None
    channel_origin: str | None
    social_id: str | None
    date: datetime | None
    destination: str | None
    destination_types: str | None


@attrs.frozen
class RecordingFile(_Event):
    kind: ClassVar[str] = "recording"
    id: str
    source: str
    status: str
    service_id: str | None

    @property
    def succeeded(self) -> bool:
        return self.status == "success"


@attrs.frozen
class ConferenceEnded(_Event):
    kind: ClassVar[str] = "conference"
    conference_id: str
    service_id: str | None


@attrs.frozen
class ContactChanged(_Event):
    """An external or staff contact was created, edited or deleted (Contact, External Contact and
    Staff Contact event subscriptions; ``message.type`` is ``contact``)."""

    kind: ClassVar[str] = "contact"
    id: str
    status: str
    full_name: str | None
    service_id: str | None

    @property
    def is_staff(self) -> bool:
        """Staff contact events carry ``staffCreate`` / ``staffEdit`` / ``staffDelete``."""
        return self.status.startswith("staff")


@attrs.frozen
class LabelChanged(_Event):
    """A label changed (Label event subscription; the payload shape is inferred in the spec)."""

    kind: ClassVar[str] = "label"
    id: str
    status: str | None
    name: str | None
    service_id: str | None


@attrs.frozen
class EnquiryLabelsChanged(_Event):
    """The labels of an enquiry changed (Enquiry Label subscription; payload shape inferred)."""

    kind: ClassVar[str] = "enquiry_label"
    enquiry_id: str
    label_ids: tuple[str, ...]
    service_id: str | None


WebhookEvent: TypeAlias = (
    UrlVerification
    | CallStarted
    | CallEnded
    | InboundSms
    | OutboundSmsStatus
    | EnquiryStatusChanged
    | RecordingFile
    | ConferenceEnded
    | ContactChanged
    | LabelChanged
    | EnquiryLabelsChanged
)

# ----------------------------------------------------------------------------- helpers


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _text(value: Any, name: str, *, required: bool = False) -> str | None:
    value = _opt(value)
    if value is None:
        if required:
            raise WebhookPayloadError(f"{name} is missing")
        return None
    if not isinstance(value, str):
        raise WebhookPayloadError(f"{name} must be a string, got {type(value).__name__}")
    if required and not value:
        raise WebhookPayloadError(f"{name} is empty")
    return value


def _required(value: Any, name: str) -> str:
    text = _text(value, name, required=True)
    assert text is not None  # _text raised otherwise
    return text


def phone(value: Any, name: str = "phone number") -> str | None:
    """A number as a string; digits-only values get the ``+`` the docs' examples sometimes omit."""
    value = _opt(value)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise WebhookPayloadError(f"{name} must be a number or a string, got {type(value).__name__}")
    text = str(value).strip()
    if text.isdigit():
        return "+" + text
    if text.startswith("+") and text[1:].isdigit():
        return text
    return text  # a short code or an alphanumeric sender: kept as sent


def _party(value: Any, name: str) -> CallParty:
    return CallParty(eid=_text(value.eid, f"{name}.eid"), number=phone(value.number, f"{name}.number"))


def _date(value: Any) -> datetime | None:
    value = _opt(value)
    return value if isinstance(value, datetime) else None


# ----------------------------------------------------------------------------- per kind


def _call_start(body: Raw) -> CallStarted:
    m = models.CallStartEvent.from_dict(body).message
    callees = _opt(m.callees)
    callee_list = [] if callees is None else callees if isinstance(callees, list) else [callees]
    caller = _opt(m.caller)
    return CallStarted(
        call_id=_required(m.id, "message.id"),
        service_id=_text(m.service_id, "message.serviceId"),
        caller=None if caller is None else _party(caller, "message.caller"),
        callees=tuple(_party(c, f"message.callees[{i}]") for i, c in enumerate(callee_list)),
        raw=body,
    )


def _call_end(body: Raw) -> CallEnded:
    m = models.CallEndEvent.from_dict(body).message
    return CallEnded(_required(m.id, "message.id"), _text(m.service_id, "message.serviceId"), raw=body)


def _conference_end(body: Raw) -> ConferenceEnded:
    m = models.ConferenceEndEvent.from_dict(body).message
    return ConferenceEnded(_required(m.id, "message.id"), _text(m.service_id, "message.serviceId"), raw=body)


def _recording(body: Raw) -> RecordingFile:
    m = models.RecordingFileEvent.from_dict(body).message
    return RecordingFile(
        id=_required(m.id, "message.id"),
        source=_required(m.type_, "message.type"),
        status=_required(m.status, "message.status"),
        service_id=_text(m.service_id, "message.serviceId"),
        raw=body,
    )


def _contact(body: Raw) -> ContactChanged:
    m = models.ContactEvent.from_dict(body).message
    return ContactChanged(
        id=_required(m.id, "message.id"),
        status=_required(m.status, "message.status"),
        full_name=_text(m.full_name, "message.fullName"),
        service_id=_text(m.service_id, "message.serviceId"),
        raw=body,
    )


def _label(body: Raw) -> LabelChanged:
    m = models.LabelEvent.from_dict(body).message
    return LabelChanged(
        id=_required(m.id, "message.id"),
        status=_text(m.status, "message.status"),
        name=_text(m.name, "message.name"),
        service_id=_text(m.service_id, "message.serviceId"),
        raw=body,
    )


def _label_ids(value: Any) -> tuple[str, ...]:
    value = _opt(value)
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise WebhookPayloadError("message.labelIds must be a list of strings, a string or null")


def _enquiry_label(body: Raw) -> EnquiryLabelsChanged:
    m = models.EnquiryLabelEvent.from_dict(body).message
    return EnquiryLabelsChanged(
        enquiry_id=_required(m.inquiry_id, "message.inquiryId"),
        label_ids=_label_ids(m.label_ids),
        service_id=_text(m.service_id, "message.serviceId"),
        raw=body,
    )


def _inbound(body: Raw) -> InboundSms:
    e = models.InboundSmsEvent.from_dict(body)
    sender, recipient = phone(e.sender_number, "senderNumber"), phone(e.recipient_number, "recipientNumber")
    if sender is None or recipient is None:
        raise WebhookPayloadError("senderNumber and recipientNumber are required")
    return InboundSms(
        id=_required(e.id, "id"),
        sender_number=sender,
        recipient_number=recipient,
        received_at=_date(e.receive_time),
        content_type=_text(e.content_type, "contentType"),
        content=_text(e.content, "content"),
        event_description=_text(e.event_description, "eventDescription"),
        raw=body,
    )


def _outbound(body: Raw) -> OutboundSmsStatus:
    e = models.OutboundSmsEvent.from_dict({**body, "Type": "tdr"})  # classified case-insensitively
    return OutboundSmsStatus(
        transaction_id=_required(e.transaction_id, "TransactionID"),
        status=_required(e.status, "Status"),
        app_id=_text(e.app_id, "AppID"),
        service_id=_text(e.service_id, "ServiceID"),
        recipient_number=phone(e.recipient_number, "RecipientNumber"),
        recipient_country=_text(e.recipient_country, "RecipientCountry"),
        response_code=_text(e.response_code, "ResponseCode")
        if not isinstance(_opt(e.response_code), int)
        else str(e.response_code),
        exception=_text(e.exception, "Exception"),
        raw=body,
    )


def _enquiry(body: Raw) -> EnquiryStatusChanged:
    e = models.EnquiryEvent.from_dict(body)
    return EnquiryStatusChanged(
        enquiry_id=_required(e.eid, "eid"),
        status=_required(e.status, "status"),
        service_id=_text(e.service_id, "serviceId"),
        display_case_number=_text(e.display_case_number, "displayCaseNumber"),
        channel=_text(e.channel, "channel"),
        channel_origin=_text(e.channel_ori, "channelOri"),
        social_id=_text(e.social_id, "socialId"),
        date=_date(e.date),
        destination=_text(e.destination, "destination"),
        destination_types=_text(e.destination_types, "destinationTypes"),
        raw=body,
    )


_MESSAGE_STATUS: Final[dict[str, Callable[[Raw], WebhookEvent]]] = {
    "CallStart": _call_start,
    "CallEnd": _call_end,
    "conference_end": _conference_end,
}


def _classify(body: Raw) -> Callable[[Raw], WebhookEvent]:
    """Which event a payload is. CINNOX sends no event-type header; the shape says it."""
    message = body.get("message")
    if isinstance(message, Mapping):
        status = message.get("status")
        if message.get("type") == "contact":
            return _contact
        if message.get("type") == "label":
            return _label
        if message.get("type") == "inquiryLabel":
            return _enquiry_label
        if "type" in message:
            return _recording
        if isinstance(status, str) and status in _MESSAGE_STATUS:
            return _MESSAGE_STATUS[status]
        raise WebhookPayloadError(
            f"unknown event: message.status {status!r} is not CallStart, CallEnd or conference_end"
        )
    if message is not None:
        raise WebhookPayloadError("message must be an object")
    if isinstance(body.get("Type"), str) and body["Type"].lower() == "tdr":
        return _outbound
    if body.get("type") == "inquiry":
        return _enquiry
    if "eventDescription" in body or {"senderNumber", "recipientNumber"} <= body.keys():
        return _inbound
    if "challenge" in body:
        return _challenge
    raise WebhookPayloadError(
        "not a CINNOX event: expected a URL-verification challenge, a call, SMS, enquiry, recording or "
        f"conference payload; got keys {sorted(map(str, body))[:10]}"
    )


def _challenge(body: Raw) -> UrlVerification:
    challenge = models.UrlVerificationChallenge.from_dict(body).challenge
    return UrlVerification(_required(challenge, "challenge"), raw=body)


#: Deepest nesting accepted in a delivery (CINNOX's payloads are 3 levels deep).
MAX_DEPTH: Final = 64


def _reject_constant(name: str) -> Any:
    raise WebhookPayloadError(f"body is not strict JSON: {name} is not a number JSON allows")


def _check_tree(data: Mapping[Any, Any]) -> None:
    """Refuse what JSON cannot carry (non-string keys, other types) and nesting beyond MAX_DEPTH,
    without recursion (a hostile body cannot exhaust the stack)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            if depth > MAX_DEPTH:
                raise WebhookPayloadError(f"body is nested more than {MAX_DEPTH} levels deep")
            for key, item in value.items():
                if not isinstance(key, str):
                    raise WebhookPayloadError(f"object keys must be strings, got {type(key).__name__}")
                if isinstance(item, Mapping | list | tuple):
                    stack.append((item, depth + 1))
                elif not (item is None or isinstance(item, str | int | float)):
                    raise WebhookPayloadError(f"{key!r} holds a {type(item).__name__}, not a JSON value")
        else:  # list or tuple
            if depth > MAX_DEPTH:
                raise WebhookPayloadError(f"body is nested more than {MAX_DEPTH} levels deep")
            for item in value:
                if isinstance(item, Mapping | list | tuple):
                    stack.append((item, depth + 1))
                elif not (item is None or isinstance(item, str | int | float)):
                    raise WebhookPayloadError(f"a list holds a {type(item).__name__}, not a JSON value")


def _load(body: object) -> Raw:
    if isinstance(body, Mapping):
        _check_tree(body)
        return body
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as e:
            raise WebhookPayloadError(f"body is not UTF-8 (byte {e.start})") from None
    if not isinstance(body, str):
        raise WebhookPayloadError(f"body must be bytes, str or a mapping, got {type(body).__name__}")
    try:
        data = json.loads(body, parse_constant=_reject_constant)
    except RecursionError:
        raise WebhookPayloadError(f"body is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as e:
        if isinstance(e, WebhookPayloadError):
            raise
        raise WebhookPayloadError(f"body is not JSON: {e}") from None
    if not isinstance(data, dict):
        raise WebhookPayloadError(f"body must be a JSON object, got {type(data).__name__}")
    _check_tree(data)
    return data


def parse_event(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> WebhookEvent:
    """Parse one webhook delivery into its typed event, or raise ``WebhookPayloadError``.

    Any input gives one or the other: bodies that are not JSON objects, nested deeper than
    ``MAX_DEPTH``, with ``NaN``/``Infinity``, non-string keys or fields of the wrong type are refused.
    """
    data = _load(body)
    parser = _classify(data)
    try:
        return parser(data)
    except WebhookPayloadError:
        raise
    except KeyError as e:
        raise WebhookPayloadError(f"{parser.__name__.lstrip('_')} payload is missing {e.args[0]!r}") from None
    except Exception as e:  # the generated models raise what they raise; the caller gets one type
        raise WebhookPayloadError(
            f"{parser.__name__.lstrip('_')} payload is malformed: {type(e).__name__}: {e}"
        ) from None
