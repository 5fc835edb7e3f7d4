"""``client.messages``: Send Message (instant messages to a CINNOX conversation room)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from cinnox_generated.api.messages import send_message
from cinnox_generated.models import SendMessageRequest, SendMessageResponse, TextMessage, TextMessageType
from cinnox_generated.types import UNSET

from .. import _validation
from ..errors import ValidationError
from ._endpoints import Area, AsyncRaw, CallOptions, ModeT, RawView, Request, SyncRaw, call, request

__all__ = ["Messages"]


class Messages(Area[ModeT]):
    """``client.messages``."""

    with_raw_response: RawView[Messages[SyncRaw], Messages[AsyncRaw]] = RawView()

    @call("sendMessage", SendMessageResponse.from_dict)
    def send(
        self,
        *,
        room_id: str,
        texts: Iterable[str] | str,
        sender_eid: str | None = None,
        receiver_eid: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Request:
        """Send 1–10 text messages (≤ 5000 characters each) to a room."""
        limit = _validation.MAX_MESSAGES_PER_PUSH
        messages = [texts] if isinstance(texts, str) else _validation.bounded_list(texts, "texts", 1000)
        if not 1 <= len(messages) <= limit:
            raise ValidationError(f"send 1 to {limit} messages per request, got {len(messages)}")
        for i, text in enumerate(messages):
            if isinstance(text, str) and len(text) > _validation.MAX_MESSAGE_CHARS:
                raise ValidationError(
                    f"texts[{i}] has {len(text)} characters; CINNOX accepts at most "
                    f"{_validation.MAX_MESSAGE_CHARS} per message"
                )
            _validation.non_empty_text(text, f"texts[{i}]", _validation.MAX_MESSAGE_CHARS)
        body = SendMessageRequest(
            room_id=_validation.identifier(room_id, "room_id"),
            messages=[TextMessage(type_=TextMessageType.TEXT, text=str(t)) for t in messages],
            sender_eid=UNSET if sender_eid is None else _validation.identifier(sender_eid, "sender_eid"),
            receiver_eid=UNSET
            if receiver_eid is None
            else _validation.identifier(receiver_eid, "receiver_eid"),
        )
        return request(send_message._get_kwargs, body=body)
