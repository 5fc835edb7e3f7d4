"""``client.sms``: Send SMS and Send OTP SMS, with input checks and a cost guard before any request.

Sends are POSTs and are never retried once they may have reached CINNOX (see ``_retries``): a send
that timed out raises :class:`~cinnox_ext.errors.SendOutcomeUnknownError` rather than risk a second,
billed message.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
from cinnox_generated.api.sms import send_otp, send_sms
from cinnox_generated.models import SendOtpRequest, SendOtpResponse, SendSmsRequest, SendSmsResponse

from .. import _validation
from ..errors import ValidationError
from ..segmentation import SegmentedMessage, segment
from ._common import AsyncResource, SyncResource

__all__ = ["AsyncSms", "SendEstimate", "Sms", "estimate"]


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
    count = recipients if isinstance(recipients, int) else len(list(recipients))
    if count < 1:
        raise ValidationError("recipients must be at least 1")
    return SendEstimate(segment(text), count)


def _guard(text: str, max_segments: int | None) -> None:
    if max_segments is None:
        return
    if isinstance(max_segments, bool) or not isinstance(max_segments, int) or max_segments < 1:
        raise ValidationError(f"max_segments must be a positive integer, got {max_segments!r}")
    message = segment(text)
    if message.segment_count > max_segments:
        hint = ""
        if message.non_gsm_characters:
            shown = "".join(message.non_gsm_characters[:10])
            hint = f"; the characters {shown!r} force UCS-2 (70/67 per part)"
        raise ValidationError(
            f"text needs {message.segment_count} SMS parts ({message.encoding}), more than "
            f"max_segments={max_segments}{hint}"
        )


def _sms_request(
    sender_number: object, recipients: Iterable[object] | str, text: object, max_segments: int | None
) -> SendSmsRequest:
    body = SendSmsRequest(
        sender_number=_validation.sender(sender_number),
        recipient_numbers=_validation.phone_numbers(recipients),
        text=_validation.non_empty_text(text, "text"),
    )
    _guard(body.text, max_segments)
    return body


def _otp_request(
    sender_number: object, recipient_number: object, text: object, pin: object, max_segments: int | None
) -> SendOtpRequest:
    body = SendOtpRequest(
        sender_number=_validation.sender_id(sender_number),
        recipient_number=_validation.phone_number(recipient_number, "recipient_number"),
        text=_validation.otp_text(text),
        pin=_validation.pin(pin),
    )
    _guard(body.text.replace("%s", body.pin), max_segments)
    return body


class Sms(SyncResource):
    def send(
        self,
        *,
        sender_number: str,
        recipients: Iterable[str] | str,
        text: str,
        max_segments: int | None = None,
    ) -> SendSmsResponse:
        """Send one text to one or more recipients (Send SMS; the endpoint's shape is inferred).

        ``max_segments`` refuses, before any request, a text that needs more parts than that.
        """
        body = _sms_request(sender_number, recipients, text, max_segments)
        return self._call(send_sms.sync_detailed, SendSmsResponse, body=body)

    def send_otp(
        self,
        *,
        sender_number: str,
        recipient_number: str,
        text: str,
        pin: str,
        max_segments: int | None = None,
    ) -> SendOtpResponse:
        """Send a one-time password: ``text`` must contain ``%s``, which CINNOX replaces by ``pin``."""
        body = _otp_request(sender_number, recipient_number, text, pin, max_segments)
        return self._call(send_otp.sync_detailed, SendOtpResponse, body=body)

    estimate = staticmethod(estimate)


class AsyncSms(AsyncResource):
    async def send(
        self,
        *,
        sender_number: str,
        recipients: Iterable[str] | str,
        text: str,
        max_segments: int | None = None,
    ) -> SendSmsResponse:
        """Send one text to one or more recipients (see :meth:`Sms.send`)."""
        body = _sms_request(sender_number, recipients, text, max_segments)
        return await self._call(send_sms.asyncio_detailed, SendSmsResponse, body=body)

    async def send_otp(
        self,
        *,
        sender_number: str,
        recipient_number: str,
        text: str,
        pin: str,
        max_segments: int | None = None,
    ) -> SendOtpResponse:
        """Send a one-time password (see :meth:`Sms.send_otp`)."""
        body = _otp_request(sender_number, recipient_number, text, pin, max_segments)
        return await self._call(send_otp.asyncio_detailed, SendOtpResponse, body=body)

    estimate = staticmethod(estimate)
