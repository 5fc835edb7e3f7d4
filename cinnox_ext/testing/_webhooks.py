"""Build a CINNOX webhook delivery from the spec's examples and post it to a receiver in process.

A delivery is the spec's example payload for a webhook (``outboundSmsEvent``, optionally one named
example: ``"outboundSmsEvent:rejected"``) with a test's overrides merged in, posted to an ASGI app
(normally a :class:`~cinnox_ext.webhooks.WebhookReceiver`) through ``httpx.ASGITransport``: no
server, no port, no thread pool of its own.
"""

from __future__ import annotations

import asyncio
import copy
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ..errors import ConfigurationError

__all__ = ["WebhookDeliverer"]

Asgi = Callable[..., Any]


def _merge(base: Any, overrides: Mapping[str, Any]) -> Any:
    """``overrides`` merged into ``base`` (nested mappings merged, everything else replaced)."""
    out = copy.deepcopy(base)
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


class WebhookDeliverer:
    """The ``cinnox_webhook`` fixture: spec-valid deliveries, posted in process.

    Args:
        spec: the OpenAPI document (default: the one shipped with the SDK).
        url: the delivery URL path and query (put the receiver's ``?token=`` secret here, or pass
            ``secret=`` to :meth:`deliver`).
    """

    def __init__(self, spec: Mapping[str, Any] | None = None, *, url: str = "/cinnox") -> None:
        if spec is None:
            from .._spec import load_spec

            spec = load_spec()
        self._spec = spec
        self.url = url

    @property
    def events(self) -> list[str]:
        """Every ``webhook:example`` name the spec has."""
        out = []
        for name, item in self._spec.get("webhooks", {}).items():
            out += [f"{name}:{example}" for example in self._examples(item)]
        return out

    @staticmethod
    def _examples(item: Mapping[str, Any]) -> dict[str, Any]:
        body = item.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        examples = {k: v.get("value") for k, v in body.get("examples", {}).items()}
        if not examples and "example" in body:
            examples = {"example": body["example"]}
        return examples

    def payload(self, event: str, overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The spec's example payload for ``event`` with ``overrides`` merged in.

        ``event`` is a webhook of the spec (``"outboundSmsEvent"``, first example) or
        ``"webhook:example"`` (``"outboundSmsEvent:rejected"``), or an event kind carried by a
        webhook's ``x-cinnox-event-kind`` (``"outbound_sms"``).
        """
        name, _, example = event.partition(":")
        webhooks = self._spec.get("webhooks", {})
        item = webhooks.get(name)
        if item is None:
            wanted = name.replace("-", "_")
            item = next(
                (
                    w
                    for w in webhooks.values()
                    if str(w.get("post", {}).get("x-cinnox-event-kind", w.get("x-cinnox-event-kind")))
                    == wanted
                ),
                None,
            )
        if item is None:
            raise ConfigurationError(f"the spec has no webhook {name!r}; it has: {', '.join(webhooks)}")
        examples = self._examples(item)
        if not examples:
            raise ConfigurationError(f"webhook {name!r} has no example payload in the spec")
        if example and example not in examples:
            raise ConfigurationError(
                f"webhook {name!r} has no example {example!r}; it has: {', '.join(examples)}"
            )
        value = examples[example] if example else next(iter(examples.values()))
        merged: dict[str, Any] = _merge(value, overrides or {})
        return merged

    def _request(
        self, event: str | Mapping[str, Any], overrides: Mapping[str, Any] | None, secret: str | None
    ) -> tuple[str, dict[str, Any]]:
        body = dict(event) if isinstance(event, Mapping) else self.payload(event, overrides)
        params = {"token": secret} if secret is not None else {}
        return str(httpx.URL(self.url, params=params) if params else self.url), body

    async def adeliver(
        self,
        receiver: Asgi,
        event: str | Mapping[str, Any],
        overrides: Mapping[str, Any] | None = None,
        *,
        secret: str | None = None,
    ) -> httpx.Response:
        """Post one delivery to ``receiver`` (an ASGI app); its response (status, JSON body)."""
        url, body = self._request(event, overrides, secret)
        transport = httpx.ASGITransport(app=receiver)
        async with httpx.AsyncClient(transport=transport, base_url="http://webhook.test") as client:
            response = await client.post(url, json=body)
            await response.aread()
            return response

    def deliver(
        self,
        receiver: Asgi,
        event: str | Mapping[str, Any],
        overrides: Mapping[str, Any] | None = None,
        *,
        secret: str | None = None,
    ) -> httpx.Response:
        """:meth:`adeliver` from synchronous code (its own event loop, in a worker thread, so it
        also works while another loop runs)."""
        result: list[httpx.Response] = []
        failure: list[BaseException] = []

        def run() -> None:
            try:
                result.append(asyncio.run(self.adeliver(receiver, event, overrides, secret=secret)))
            except BaseException as e:  # handed to the caller's thread
                failure.append(e)

        thread = threading.Thread(target=run, name="cinnox-webhook-delivery")
        thread.start()
        thread.join()
        if failure:
            raise failure[0]
        return result[0]
