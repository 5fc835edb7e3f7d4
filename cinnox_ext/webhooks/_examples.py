"""Spec-valid example payloads per event kind (from the spec's ``webhooks`` examples), for
``cinnox webhooks trigger`` and the demo."""

from __future__ import annotations

from typing import Any, Final

from .._spec import load_spec
from ..errors import ValidationError

# kind -> (webhook name in the spec, example name)
EVENT_EXAMPLES: Final[dict[str, tuple[str, str]]] = {
    "challenge": ("urlVerification", "challenge"),
    "call-start": ("callEvent", "callStart"),
    "call-end": ("callEvent", "callEnd"),
    "inbound-sms": ("inboundSmsEvent", "inbound"),
    "outbound-sms": ("outboundSmsEvent", "delivered"),
    "outbound-sms-rejected": ("outboundSmsEvent", "rejected"),
    "enquiry": ("enquiryEvent", "opened"),
    "recording": ("recordingFileEvent", "success"),
    "recording-failed": ("recordingFileEvent", "failed"),
    "conference-end": ("conferenceEvent", "ended"),
}


def example_payload(kind: str) -> dict[str, Any]:
    """The spec's example payload for an event kind (see ``EVENT_EXAMPLES``)."""
    if kind not in EVENT_EXAMPLES:
        raise ValidationError(f"unknown event kind {kind!r}; choose one of {', '.join(EVENT_EXAMPLES)}")
    hook, example = EVENT_EXAMPLES[kind]
    body = load_spec()["webhooks"][hook]["post"]["requestBody"]["content"]["application/json"]
    value: dict[str, Any] = body["examples"][example]["value"]
    return value
