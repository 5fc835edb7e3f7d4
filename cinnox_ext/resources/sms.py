"""``client.sms``: Send SMS and Send OTP SMS, with input checks and a cost guard before any request.

Every part of every recipient's message is billed, so a send is refused before any request when its
text needs more than ``max_segments`` parts (default :data:`DEFAULT_MAX_SEGMENTS` = 10; ``None``
lifts it) and, always, above :data:`MAX_PARTS` = 255 parts, the most a concatenated SMS can have (its
part counter is one byte). Recipients must be written with their country code (``+85298765432``).

Sends are POSTs and are never retried once they may have reached CINNOX (see ``_retries``): a send
that timed out raises :class:`~cinnox_ext.errors.SendOutcomeUnknownError`, and a 2xx answer whose body
cannot be read (or whose required fields are null) raises
:class:`~cinnox_ext.errors.ResponseValidationError` with ``may_have_been_sent=True``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Unpack

import attrs
from cinnox_generated.api.sms import send_otp, send_sms
from cinnox_generated.models import SendOtpRequest, SendOtpResponse, SendSmsRequest, SendSmsResponse

from .. import _validation, segmentation
from ..errors import ValidationError
from ..segmentation import SegmentedMessage, segment
from ._endpoints import Area, AsyncRaw, CallOptions, ModeT, RawView, Request, SyncRaw, call, request

__all__ = ["DEFAULT_MAX_SEGMENTS", "MAX_PARTS", "SendEstimate", "Sms", "estimate"]

#: The most parts a concatenated SMS can have (the UDH part counter is one byte).
MAX_PARTS: Final[int] = getattr(segmentation, "MAX_PARTS", 255)
#: ``max_segments`` when not given: a text above 10 parts is refused unless the caller says so.
DEFAULT_MAX_SEGMENTS: Final = 10


@attrs.frozen
class SendEstimate:
    """What a send will cost in SMS parts: every part of every recipient's message is billed."""

    message: SegmentedMessage
    recipients: int

    @property
    def parts_per_recipient(self) -> int:
        return self.message.segment_count

    @property
    def total_parts(self) -> int:
        return self.message.segment_count * self.recipients


def estimate(text: str, recipients: int | Iterable[object] = 1) -> SendEstimate:
    """Parts × recipients for a bulk send, computed locally (no request)."""
    checked = _validation.sms_text(text)
    if isinstance(recipients, bool):
        raise ValidationError("recipients must be a count or a list of recipients, got a bool")
    if isinstance(recipients, int):
        count = recipients
    elif isinstance(recipients, str):
        count = 1
    else:
        count = len(_validation.bounded_list(recipients, "recipients", 10**7))
    if count < 1:
        raise ValidationError("recipients must be at least 1")
    return SendEstimate(segment(checked), count)


def _guard(text: str, max_segments: object) -> None:
    if max_segments is not None and (
        isinstance(max_segments, bool)
        or not isinstance(max_segments, int)
        or not 1 <= max_segments <= MAX_PARTS
    ):
        raise ValidationError(
            f"max_segments must be an integer from 1 to {MAX_PARTS} or None, got {max_segments!r}"
        )
    limit = MAX_PARTS if max_segments is None else max_segments
    count = getattr(segmentation, "count", None)  # count-only, when the segmentation module has it
    if count is not None and count(text).parts <= limit:
        return
    message = segment(text)
    if message.segment_count > limit:
        hint = ""
        if message.non_gsm_characters:
            shown = "".join(message.non_gsm_characters[:10])
            hint = f"; the characters {shown!r} force UCS-2 (70/67 per part)"
        rule = f"max_segments={limit}" if max_segments is not None else f"the {MAX_PARTS}-part limit of SMS"
        raise ValidationError(
            f"text needs {message.segment_count} SMS parts ({message.encoding}), more than {rule}{hint}"
        )


class Sms(Area[ModeT]):
    """``client.sms``."""

    with_raw_response: RawView[Sms[SyncRaw], Sms[AsyncRaw]] = RawView()

    @call("sendSms", SendSmsResponse.from_dict)
    def send(
        self,
        *,
        sender_number: str,
        recipients: Iterable[str] | str,
        text: str,
        max_segments: int | None = DEFAULT_MAX_SEGMENTS,
        **options: Unpack[CallOptions],
    ) -> Request:
        """Send one text to one or more recipients (Send SMS; the endpoint's shape is inferred).

        ``recipients`` carry their country code (``+85298765432``); ``max_segments`` (default 10,
        ``None``: up to 255) refuses, before any request, a text that needs more parts than that.
        """
        body = SendSmsRequest(
            sender_number=_validation.sender(sender_number),
            recipient_numbers=_validation.phone_numbers(recipients),
            text=_validation.sms_text(text),
        )
        _guard(body.text, max_segments)
        return request(send_sms._get_kwargs, body=body)

    @call("sendOtp", SendOtpResponse.from_dict)
    def send_otp(
        self,
        *,
        sender_number: str,
        recipient_number: str,
        text: str,
        pin: str,
        max_segments: int | None = DEFAULT_MAX_SEGMENTS,
        **options: Unpack[CallOptions],
    ) -> Request:
        """Send a one-time password: ``text`` must contain ``%s``, which CINNOX replaces by ``pin``."""
        body = SendOtpRequest(
            sender_number=_validation.sender_id(sender_number),
            recipient_number=_validation.phone_number(recipient_number, "recipient_number"),
            text=_validation.otp_text(text),
            pin=_validation.pin(pin),
        )
        _guard(body.text.replace("%s", body.pin), max_segments)
        return request(send_otp._get_kwargs, body=body)

    estimate = staticmethod(estimate)
