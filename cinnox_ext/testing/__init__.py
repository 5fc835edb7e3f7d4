"""Test your CINNOX integration without CINNOX: an in-process mock driven by the spec, and a pytest plugin.

Install with ``pip install "cinnox-sdk[testing]"``; pytest then offers the fixtures ``cinnox_mock``,
``cinnox_client``, ``async_cinnox_client``, ``cinnox_prism``, ``cinnox_prism_client``,
``async_cinnox_prism_client`` and ``cinnox_webhook`` (see :mod:`cinnox_ext.testing.plugin`).

- :class:`MockTransport`: CINNOX in process, for ``Cinnox(transport=…)`` / ``AsyncCinnox(transport=…)``.
- :class:`SpecViolation`: what a request the spec refuses raises (an ``AssertionError``).
- :class:`WebhookDeliverer`: spec-example webhook deliveries posted to a receiver in process.
- :mod:`cinnox_ext.testing.faults`: ``FaultyCinnox``, a loopback server that drops, repeats and throttles.

Nothing in ``cinnox_ext`` imports this package, and its names load on first use, so the pytest plugin
costs nothing (no ``jsonschema`` import) in test runs that do not use it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mock import Call, MockTransport, OperationMock, SpecViolation
    from ._webhooks import WebhookDeliverer

__all__ = ["Call", "MockTransport", "OperationMock", "SpecViolation", "WebhookDeliverer"]

_HOMES = {
    "Call": "._mock",
    "MockTransport": "._mock",
    "OperationMock": "._mock",
    "SpecViolation": "._mock",
    "WebhookDeliverer": "._webhooks",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
