"""``client.subscriptions``: enable, update, disable and list the webhook event subscriptions.

CINNOX has one PATCH per event kind; ``enabled: true`` creates or updates it, ``enabled: false``
deletes it. CINNOX verifies the URL with a challenge when it is registered, so the receiver
(:class:`~cinnox_ext.webhooks.WebhookReceiver`) must be reachable before :meth:`enable` is called.
"""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable
from types import MappingProxyType
from typing import Any, Final, Literal, get_args

from cinnox_generated.api.subscriptions import (
    get_event_hook_list,
    update_call_event_subscription,
    update_conference_event_subscription,
    update_enquiry_event_subscription,
    update_inbound_sms_event_subscription,
    update_outbound_sms_event_subscription,
    update_recording_event_subscription,
)
from cinnox_generated.models import (
    EventHook,
    EventHookListResponse,
    SubscriptionRequest,
    SubscriptionResponse,
)
from cinnox_generated.types import Response

from .. import _validation
from ..errors import ValidationError
from ._common import AsyncResource, SyncResource

__all__ = ["EVENT_KINDS", "AsyncSubscriptions", "EventKind", "Subscriptions"]

EventKind = Literal["call", "inbound_sms", "outbound_sms", "enquiry", "recording", "conference"]
EVENT_KINDS: Final = get_args(EventKind)

_OPERATIONS: Final = MappingProxyType(
    {
        "call": update_call_event_subscription,
        "inbound_sms": update_inbound_sms_event_subscription,
        "outbound_sms": update_outbound_sms_event_subscription,
        "enquiry": update_enquiry_event_subscription,
        "recording": update_recording_event_subscription,
        "conference": update_conference_event_subscription,
    }
)


def _operation(kind: object) -> Any:
    if kind not in _OPERATIONS:
        raise ValidationError(f"unknown event kind {kind!r}; choose one of {', '.join(EVENT_KINDS)}")
    return _OPERATIONS[kind]  # type: ignore[index]


def _body(enabled: bool, url: object) -> SubscriptionRequest:
    return SubscriptionRequest(enabled=enabled, url=_validation.webhook_url(url))


class Subscriptions(SyncResource):
    def _patch(self, kind: EventKind, enabled: bool, url: str) -> SubscriptionResponse:
        op: Callable[..., Response[Any]] = _operation(kind).sync_detailed
        return self._call(op, SubscriptionResponse, body=_body(enabled, url))

    def enable(self, kind: EventKind, url: str) -> SubscriptionResponse:
        """Create or update the subscription of ``kind`` so that CINNOX posts its events to ``url``."""
        return self._patch(kind, True, url)

    def disable(self, kind: EventKind, url: str) -> SubscriptionResponse:
        """Delete the subscription of ``kind`` (CINNOX's body requires the URL here too)."""
        return self._patch(kind, False, url)

    def list(self) -> builtins.list[EventHook]:
        """The subscriptions of the App (Get Event Hook List; the endpoint's shape is inferred)."""
        return self._call(get_event_hook_list.sync_detailed, EventHookListResponse).result


class AsyncSubscriptions(AsyncResource):
    async def _patch(self, kind: EventKind, enabled: bool, url: str) -> SubscriptionResponse:
        op: Callable[..., Awaitable[Response[Any]]] = _operation(kind).asyncio_detailed
        return await self._call(op, SubscriptionResponse, body=_body(enabled, url))

    async def enable(self, kind: EventKind, url: str) -> SubscriptionResponse:
        """Create or update the subscription of ``kind`` (see :meth:`Subscriptions.enable`)."""
        return await self._patch(kind, True, url)

    async def disable(self, kind: EventKind, url: str) -> SubscriptionResponse:
        """Delete the subscription of ``kind``."""
        return await self._patch(kind, False, url)

    async def list(self) -> builtins.list[EventHook]:
        """The async twin of :meth:`Subscriptions.list`."""
        return (await self._call(get_event_hook_list.asyncio_detailed, EventHookListResponse)).result
