"""``client.subscriptions``: enable, update, disable and list the webhook event subscriptions.

CINNOX has one PATCH per event kind; ``enabled: true`` creates or updates it, ``enabled: false``
deletes it. Which operation serves which kind is the spec's ``x-cinnox-event-kind``. CINNOX verifies
the URL with a challenge when it is registered, so the receiver
(:class:`~cinnox_ext.webhooks.WebhookReceiver`) must be reachable before :meth:`enable` is called.
"""

from __future__ import annotations

import importlib
from typing import Any, Final, Literal, Protocol, Unpack, cast, get_args

from cinnox_generated.api.subscriptions import get_event_hook_list
from cinnox_generated.models import EventHook, SubscriptionRequest, SubscriptionResponse

from .. import _validation
from ..errors import ValidationError
from ._endpoints import (
    Area,
    AsyncRaw,
    CallOptions,
    ModeT,
    RawView,
    Request,
    SyncRaw,
    call,
    many,
    operations,
    request,
)

__all__ = ["EVENT_KINDS", "EventKind", "Subscriptions"]

#: One name per event kind (a test keeps it equal to the spec's ``x-cinnox-event-kind`` values).
EventKind = Literal[
    "call",
    "inbound_sms",
    "outbound_sms",
    "enquiry",
    "recording",
    "conference",
    "contact",
    "external_contact",
    "staff_contact",
    "label",
    "enquiry_label",
    "tdr",
]
EVENT_KINDS: Final = get_args(EventKind)


class _SubscriptionModule(Protocol):
    def _get_kwargs(self, app_id: str, *, body: SubscriptionRequest) -> dict[str, Any]: ...


def _subscription(kind: object, enabled: bool, url: object) -> Request:
    if not isinstance(kind, str) or kind not in EVENT_KINDS:
        raise ValidationError(
            f"unknown event kind {_validation._shown(kind)}; choose one of {', '.join(EVENT_KINDS)}"
        )
    op = next(o for o in operations() if o.event_kind == kind and o.method != "GET")
    module = cast(_SubscriptionModule, importlib.import_module(f"cinnox_generated.api.{op.tag}.{op.module}"))
    body = SubscriptionRequest(enabled=enabled, url=_validation.webhook_url(url))
    return request(module._get_kwargs, body=body).of(op.operation_id)


class Subscriptions(Area[ModeT]):
    """``client.subscriptions``."""

    with_raw_response: RawView[Subscriptions[SyncRaw], Subscriptions[AsyncRaw]] = RawView()

    @call(None, SubscriptionResponse.from_dict)
    def enable(self, kind: EventKind, url: str, **options: Unpack[CallOptions]) -> Request:
        """Create or update the subscription of ``kind`` so that CINNOX posts its events to ``url``."""
        return _subscription(kind, True, url)

    @call(None, SubscriptionResponse.from_dict)
    def disable(self, kind: EventKind, url: str, **options: Unpack[CallOptions]) -> Request:
        """Delete the subscription of ``kind`` (CINNOX's body requires the URL here too)."""
        return _subscription(kind, False, url)

    @call("getEventHookList", many(EventHook.from_dict))
    def list(self, **options: Unpack[CallOptions]) -> Request:
        """The subscriptions of the App (Get Event Hook List; the endpoint's shape is inferred)."""
        return request(get_event_hook_list._get_kwargs)
