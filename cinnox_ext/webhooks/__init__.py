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
from ._examples import EVENT_EXAMPLES, example_payload
from ._receiver import Handler, WebhookReceiver
from ._server import serve_in_background

__all__ = [
    "EVENT_EXAMPLES",
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
    "example_payload",
    "parse_event",
    "serve_in_background",
]
