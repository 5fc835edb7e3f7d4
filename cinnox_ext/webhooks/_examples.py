"""Event kinds and the spec's example payloads per kind, for ``cinnox webhooks trigger`` and the demo.

One snake_case name per event kind everywhere (``client.subscriptions.enable(kind, …)``, the event
classes' ``kind``, the CLI): ``call``, ``inbound_sms``, ``outbound_sms``, ``enquiry``, ``recording``,
``conference``, plus ``url_verification`` for the subscription challenge. :func:`event_kind` also
accepts hyphenated spellings and the older CLI names (``call-end``, ``outbound-sms-rejected``,
``challenge``…), which select an example too.

The examples are read from the spec's ``webhooks`` section: a webhook's kind is its
``x-cinnox-event-kind`` when the spec gives one, else the table below.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any, Final

from .._spec import load_spec
from ..errors import ValidationError

__all__ = ["EVENT_EXAMPLES", "EVENT_KINDS", "event_kind", "example_names", "example_payload"]

#: spec webhook name -> kind, for webhooks without ``x-cinnox-event-kind``
_WEBHOOK_KIND: Final = {
    "urlVerification": "url_verification",
    "callEvent": "call",
    "inboundSmsEvent": "inbound_sms",
    "outboundSmsEvent": "outbound_sms",
    "enquiryEvent": "enquiry",
    "recordingFileEvent": "recording",
    "conferenceEvent": "conference",
}

#: older or shorter names -> (kind, example)
_ALIASES: Final[dict[str, tuple[str, str | None]]] = {
    "challenge": ("url_verification", "challenge"),
    "call_start": ("call", "callStart"),
    "call_started": ("call", "callStart"),
    "call_end": ("call", "callEnd"),
    "call_ended": ("call", "callEnd"),
    "outbound_sms_status": ("outbound_sms", None),
    "outbound_sms_rejected": ("outbound_sms", "rejected"),
    "recording_file": ("recording", None),
    "recording_failed": ("recording", "failed"),
    "conference_end": ("conference", "ended"),
    "conference_ended": ("conference", "ended"),
}


@cache
def _examples() -> dict[str, dict[str, dict[str, Any]]]:
    """kind -> example name -> payload, in the spec's order."""
    table: dict[str, dict[str, dict[str, Any]]] = {}
    for hook, item in load_spec().get("webhooks", {}).items():
        post = item.get("post", {})
        kind = post.get("x-cinnox-event-kind") or _WEBHOOK_KIND.get(hook)
        if kind is None:
            continue
        content = post.get("requestBody", {}).get("content", {}).get("application/json", {})
        for name, example in content.get("examples", {}).items():
            if isinstance(example, dict) and "value" in example:
                table.setdefault(kind, {})[name] = example["value"]
    return table


def _kinds() -> tuple[str, ...]:
    return tuple(_examples())


def event_kind(name: str) -> tuple[str, str | None]:
    """``(kind, example or None)`` for a kind, a hyphenated spelling or an older name."""
    key = name.strip().lower().replace("-", "_")
    if key in _examples():
        return key, None
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValidationError(f"unknown event kind {name!r}; choose one of {', '.join(_kinds())}")


def example_names(kind: str) -> tuple[str, ...]:
    """The spec's example names for a kind (the first is the default)."""
    return tuple(_examples()[event_kind(kind)[0]])


def example_payload(kind: str, example: str | None = None) -> dict[str, Any]:
    """A copy of the spec's example payload of an event kind (its first example unless named)."""
    name, chosen = event_kind(kind)
    examples = _examples()[name]
    chosen = example or chosen or next(iter(examples))
    if chosen not in examples:
        raise ValidationError(
            f"the {name} events have no example {chosen!r}; choose one of {', '.join(examples)}"
        )
    return copy.deepcopy(examples[chosen])


#: Every event kind with spec examples, in the spec's order (read on first use).
EVENT_KINDS: tuple[str, ...]
#: kind -> its example names (read on first use).
EVENT_EXAMPLES: dict[str, tuple[str, ...]]


def __getattr__(name: str) -> Any:
    if name == "EVENT_KINDS":
        return _kinds()
    if name == "EVENT_EXAMPLES":
        return {k: tuple(v) for k, v in _examples().items()}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
