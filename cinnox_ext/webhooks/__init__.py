"""Webhooks: typed events (``parse_event``) and an ASGI receiver (``WebhookReceiver``).

>>> from cinnox_ext.webhooks import parse_event
>>> parse_event(b'{"challenge": "abc"}').reply()
{'code': 0, 'result': {'challenge': 'abc'}}
"""

from ._events import (
    CallEnded,
    CallParty,
    CallStarted,
    ConferenceEnded,
    ContactChanged,
    EnquiryLabelsChanged,
    EnquiryStatusChanged,
    InboundSms,
    LabelChanged,
    OutboundSmsStatus,
    RecordingFile,
    UrlVerification,
    WebhookEvent,
    parse_event,
)
from ._examples import event_kind, example_names, example_payload
from ._receiver import Handler, WebhookReceiver
from ._server import serve_in_background

__all__ = [
    "EVENT_EXAMPLES",
    "EVENT_KINDS",
    "CallEnded",
    "CallParty",
    "CallStarted",
    "ConferenceEnded",
    "ContactChanged",
    "EnquiryLabelsChanged",
    "EnquiryStatusChanged",
    "Handler",
    "InboundSms",
    "LabelChanged",
    "OutboundSmsStatus",
    "RecordingFile",
    "UrlVerification",
    "WebhookEvent",
    "WebhookReceiver",
    "event_kind",
    "example_names",
    "example_payload",
    "parse_event",
    "serve_in_background",
]

#: Every event kind with examples in the spec (read from the spec on first use).
EVENT_KINDS: tuple[str, ...]
#: kind -> the spec's example names for it (read from the spec on first use).
EVENT_EXAMPLES: dict[str, tuple[str, ...]]


def __getattr__(name: str) -> object:
    if name in ("EVENT_KINDS", "EVENT_EXAMPLES"):
        from . import _examples

        return getattr(_examples, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
