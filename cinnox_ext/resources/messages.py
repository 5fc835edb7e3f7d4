"""``client.messages``: Send Message (instant messages to a CINNOX conversation room)."""

from __future__ import annotations

from collections.abc import Iterable

from cinnox_generated.api.messages import send_message
from cinnox_generated.models import SendMessageRequest, SendMessageResponse, TextMessage, TextMessageType

from .. import _validation
from ..errors import ValidationError
from ._common import AsyncResource, SyncResource, unset

__all__ = ["AsyncMessages", "Messages"]


def _request(
    room_id: object, texts: Iterable[str] | str, sender_eid: str | None, receiver_eid: str | None
) -> SendMessageRequest:
    if isinstance(texts, str):
        texts = [texts]
    messages = list(texts)
    if not 1 <= len(messages) <= _validation.MAX_MESSAGES_PER_PUSH:
        raise ValidationError(
            f"send 1 to {_validation.MAX_MESSAGES_PER_PUSH} messages per request, got {len(messages)}"
        )
    for i, text in enumerate(messages):
        _validation.non_empty_text(text, f"texts[{i}]")
        if len(text) > _validation.MAX_MESSAGE_CHARS:
            raise ValidationError(
                f"texts[{i}] has {len(text)} characters; CINNOX accepts at most "
                f"{_validation.MAX_MESSAGE_CHARS} per message"
            )
    return SendMessageRequest(
        room_id=_validation.non_empty_text(room_id, "room_id"),
        messages=[TextMessage(type_=TextMessageType.TEXT, text=t) for t in messages],
        sender_eid=unset(sender_eid),
        receiver_eid=unset(receiver_eid),
    )


class Messages(SyncResource):
    def send(
        self,
        *,
        room_id: str,
        texts: Iterable[str] | str,
        sender_eid: str | None = None,
        receiver_eid: str | None = None,
    ) -> SendMessageResponse:
        """Send 1–10 text messages (≤ 5000 characters each) to a room."""
        body = _request(room_id, texts, sender_eid, receiver_eid)
        return self._call(send_message.sync_detailed, SendMessageResponse, body=body)


class AsyncMessages(AsyncResource):
    async def send(
        self,
        *,
        room_id: str,
        texts: Iterable[str] | str,
        sender_eid: str | None = None,
        receiver_eid: str | None = None,
    ) -> SendMessageResponse:
        """Send 1–10 text messages (≤ 5000 characters each) to a room."""
        body = _request(room_id, texts, sender_eid, receiver_eid)
        return await self._call(send_message.asyncio_detailed, SendMessageResponse, body=body)
