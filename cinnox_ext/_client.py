"""``Cinnox`` and ``AsyncCinnox``: the clients people import.

Both take the same arguments, read ``CINNOX_APP_ID`` / ``CINNOX_APP_TOKEN`` / ``CINNOX_BASE_URL``
for what is not given, and group the API by area (``client.sms``, ``client.reports`` …). Requests go
through the generated client over an ``httpx`` client whose transport (``_base_client``) applies
the rate limit, the retry policy and the error mapping; a custom ``transport=`` (proxy, recording,
``httpx.MockTransport`` in tests) sits underneath all of that.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self

import httpx
from cinnox_generated import Client as GeneratedClient

from . import resources
from ._base_client import AsyncCinnoxTransport, CinnoxTransport, httpx_client_kwargs
from ._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT,
    DEFAULT_RATE_PERIOD,
    DEFAULT_TIMEOUT,
    ClientConfig,
)
from ._options import OPTIONS_EXTENSION, RequestOptions
from ._rate_limit import RateLimiter, make_limiter
from ._retries import RetryPolicy

__all__ = ["AsyncCinnox", "Cinnox"]


class _ClientBase:
    def __init__(
        self,
        app_id: str | None,
        app_token: str | None,
        base_url: str | None,
        rate_limit: int | None,
        rate_period: float,
        max_retries: int,
        timeout: float,
        rate_limit_storage: str | RateLimiter | None,
        rate_limit_key: str | None,
        retry_policy: RetryPolicy | None,
    ) -> None:
        self._config = ClientConfig.resolve(
            app_id,
            app_token,
            base_url,
            rate_limit=rate_limit if rate_limit is not None else DEFAULT_RATE_LIMIT,
            rate_period=rate_period,
            max_retries=max_retries,
            timeout=timeout,
        )
        self.rate_limiter = make_limiter(
            rate_limit and self._config.rate_limit,
            self._config.rate_period,
            rate_limit_storage,
            key=rate_limit_key or f"cinnox:rate-limit:{self._config.app_id}",
        )
        self.retry_policy = retry_policy or RetryPolicy(max_retries=self._config.max_retries)

    @property
    def app_id(self) -> str:
        return self._config.app_id

    @property
    def base_url(self) -> str:
        return self._config.base_url

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_id={self.app_id!r}, base_url={self.base_url!r})"


class Cinnox(_ClientBase):
    """Synchronous client. Thread-safe: threads share one connection pool and one rate limiter.

    Args:
        app_id, app_token, base_url: from the CINNOX Dashboard (default: the ``CINNOX_*`` variables).
        rate_limit, rate_period: at most ``rate_limit`` requests in any ``rate_period`` seconds
            (default 500 per 60 s, CINNOX's limit per service account); ``rate_limit=None`` turns
            client-side limiting off.
        rate_limit_storage: ``None`` (this process), a ``redis://`` URL (shared by every process using
            the same ``rate_limit_key``), or a :class:`~cinnox_ext.RateLimiter` to share.
        max_retries: retries of a failed attempt that is safe to repeat (see ``_retries``).
        retry_policy: a :class:`~cinnox_ext.RetryPolicy` with your own backoff (overrides max_retries).
        timeout: seconds per attempt.
        transport: an ``httpx.BaseTransport`` to send through (proxies, tests, recording).
    """

    def __init__(
        self,
        app_id: str | None = None,
        app_token: str | None = None,
        *,
        base_url: str | None = None,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        rate_period: float = DEFAULT_RATE_PERIOD,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        rate_limit_storage: str | RateLimiter | None = None,
        rate_limit_key: str | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            app_id,
            app_token,
            base_url,
            rate_limit,
            rate_period,
            max_retries,
            timeout,
            rate_limit_storage,
            rate_limit_key,
            retry_policy,
        )
        inner = transport if transport is not None else httpx.HTTPTransport()
        self._http = httpx.Client(
            transport=CinnoxTransport(inner, self.rate_limiter, self.retry_policy),
            **httpx_client_kwargs(self._config),
        )
        self._generated = GeneratedClient(base_url=self._config.base_url).set_httpx_client(self._http)
        self.sms: resources.Sms[resources.Sync] = resources.Sms(self)
        self.messages: resources.Messages[resources.Sync] = resources.Messages(self)
        self.numbers: resources.Numbers[resources.Sync] = resources.Numbers(self)
        self.reports: resources.Reports[resources.Sync] = resources.Reports(self)
        self.campaigns: resources.Campaigns[resources.Sync] = resources.Campaigns(self)
        self.subscriptions: resources.Subscriptions[resources.Sync] = resources.Subscriptions(self)

    def _send(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> httpx.Response:
        """Send one request (``kwargs`` as a generated ``_get_kwargs`` returns them); a success or a raise."""
        extensions = {OPTIONS_EXTENSION: options} if options is not None else None
        return self._http.request(**kwargs, extensions=extensions)

    def close(self) -> None:
        """Close the connection pool (and the limiter's Redis connection, if any)."""
        self._http.close()
        close = getattr(self.rate_limiter, "close", None)
        if callable(close):
            close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCinnox(_ClientBase):
    """Asynchronous client (asyncio); same arguments as :class:`Cinnox`, ``transport`` being an
    ``httpx.AsyncBaseTransport``. List methods return async iterators; ``prefetch=`` keeps several
    page requests in flight, bounded by the rate limiter."""

    def __init__(
        self,
        app_id: str | None = None,
        app_token: str | None = None,
        *,
        base_url: str | None = None,
        rate_limit: int | None = DEFAULT_RATE_LIMIT,
        rate_period: float = DEFAULT_RATE_PERIOD,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        rate_limit_storage: str | RateLimiter | None = None,
        rate_limit_key: str | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        super().__init__(
            app_id,
            app_token,
            base_url,
            rate_limit,
            rate_period,
            max_retries,
            timeout,
            rate_limit_storage,
            rate_limit_key,
            retry_policy,
        )
        inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._http = httpx.AsyncClient(
            transport=AsyncCinnoxTransport(inner, self.rate_limiter, self.retry_policy),
            **httpx_client_kwargs(self._config),
        )
        self._generated = GeneratedClient(base_url=self._config.base_url).set_async_httpx_client(self._http)
        self.sms: resources.Sms[resources.Async] = resources.Sms(self)
        self.messages: resources.Messages[resources.Async] = resources.Messages(self)
        self.numbers: resources.Numbers[resources.Async] = resources.Numbers(self)
        self.reports: resources.Reports[resources.Async] = resources.Reports(self)
        self.campaigns: resources.Campaigns[resources.Async] = resources.Campaigns(self)
        self.subscriptions: resources.Subscriptions[resources.Async] = resources.Subscriptions(self)

    async def _send(self, kwargs: dict[str, Any], options: RequestOptions | None = None) -> httpx.Response:
        """Send one request (``kwargs`` as a generated ``_get_kwargs`` returns them); a success or a raise."""
        extensions = {OPTIONS_EXTENSION: options} if options is not None else None
        return await self._http.request(**kwargs, extensions=extensions)

    async def aclose(self) -> None:
        """Close the connection pool (and the limiter's Redis connection, if any)."""
        await self._http.aclose()
        aclose = getattr(self.rate_limiter, "aclose", None)
        if callable(aclose):
            await aclose()

    close = aclose

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
