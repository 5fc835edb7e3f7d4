"""The one place where requests are sent: authentication, rate limiting, retries, error mapping.

The generated client (``cinnox_generated``) builds URLs, bodies and models; it sends through an
``httpx`` client whose transport is wrapped here. Every attempt, retries included, first takes a
slot from the rate limiter; every response is checked for a CINNOX error (``{"code", "message"}``
with any HTTP status, since the docs do not say which status carries which code) before the
generated code parses it, and the retry policy (``_retries``) decides what happens next. So the
generated code only ever sees successful responses, and the resources only ever see typed errors.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Generator
from typing import Any, Final

import httpx

from . import errors
from ._config import ClientConfig, Secret
from ._rate_limit import RateLimiter
from ._retries import Action, Decision, RetryPolicy, parse_retry_after

__all__ = ["AsyncCinnoxTransport", "CinnoxTransport", "error_from_response"]

USER_AGENT: Final = "cinnox-python/0.1.0"
_REQUEST_ID_HEADERS: Final = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid")
# An error body is `{"code": int, "message": str}`; a success body bigger than this is data.
_MAX_ERROR_BODY: Final = 8192


class BearerAuth(httpx.Auth):
    """Adds ``Authorization: Bearer <App Token>``; the token stays wrapped in a :class:`Secret`."""

    def __init__(self, token: Secret) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "BearerAuth(token=Secret('********'))"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"
        yield request


def _request_id(response: httpx.Response) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        if value := response.headers.get(name):
            return str(value)
    return None


def _error_body(response: httpx.Response) -> tuple[int | None, str | None]:
    """The CINNOX ``code`` and ``message`` of a response, if its body is an error body."""
    content = response.content
    if response.is_success and len(content) > _MAX_ERROR_BODY:
        return None, None
    try:
        body = json.loads(content) if content else None
    except (ValueError, UnicodeDecodeError):
        return None, None
    if not isinstance(body, dict):
        return None, None
    code, message = body.get("code"), body.get("message")
    if isinstance(code, bool) or not isinstance(code, int):
        return None, message if isinstance(message, str) else None
    if response.is_success and (code == 0 or "result" in body):
        return None, None
    return code, message if isinstance(message, str) else None


def error_from_response(response: httpx.Response, request: httpx.Request) -> errors.ApiError | None:
    """Map a response to the SDK error it stands for, or ``None`` when it is a success."""
    code, message = _error_body(response)
    status = response.status_code
    if code is None and response.is_success:
        return None
    kwargs: dict[str, Any] = {
        "code": code,
        "status_code": status,
        "method": request.method,
        "path": request.url.path,
        "request_id": _request_id(response),
    }
    text = message or response.reason_phrase or f"HTTP {status}"
    if code == errors.CODE_TOO_MANY_REQUESTS or status == 429:
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        return errors.RateLimitError(text, retry_after=retry_after, **kwargs)
    if code in (errors.CODE_INVALID_TOKEN, errors.CODE_INVALID_APP_ID) or status in (401, 403):
        return errors.AuthenticationError(text, **kwargs)
    if code == errors.CODE_UPSTREAM_ERROR or status >= 500:
        return errors.ServerError(text, **kwargs)
    if code == errors.CODE_NO_RECORDS:
        return errors.NoRecordsError(text, **kwargs)
    if code == errors.CODE_BAD_PARAMETER:
        return errors.InvalidParameterError(text, **kwargs)
    if code == errors.CODE_METHOD_NOT_FOUND or status == 404:
        return errors.NotFoundError(text, **kwargs)
    if code in errors.SMS_SEND_CODES:
        return errors.SmsSendError(text, **kwargs)
    return errors.ApiError(text, **kwargs)


class _Attempts:
    """The retry loop's state, shared by the sync and async transports (which only send and sleep)."""

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.method = request.method
        self.path = request.url.path
        self.attempt = 0

    def after_response(self, response: httpx.Response) -> Decision:
        error = error_from_response(response, self.request)
        if error is None:
            return Decision(Action.RETURN)
        return self._next(self.policy.on_error(error, attempt=self.attempt))

    def after_exception(self, exc: httpx.TransportError) -> Decision:
        return self._next(
            self.policy.on_exception(exc, method=self.method, path=self.path, attempt=self.attempt)
        )

    def _next(self, decision: Decision) -> Decision:
        self.attempt += 1
        return decision


class CinnoxTransport(httpx.BaseTransport):
    """Wraps any ``httpx.BaseTransport`` with rate limiting, retries and CINNOX error mapping."""

    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter | None, policy: RetryPolicy) -> None:
        self.inner = inner
        self.limiter = limiter
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)
        limiter = self.limiter
        while True:
            token = limiter.acquire() if limiter is not None else None
            cause: BaseException | None = None
            try:
                response = self.inner.handle_request(request)
                response.read()
            except httpx.TransportError as exc:
                decision, cause = attempts.after_exception(exc), exc
            else:
                decision = attempts.after_response(response)
                if decision.action is Action.RETURN:
                    return response
                response.close()
            finally:
                # The slot is released whatever happened (even KeyboardInterrupt), stamped now.
                if limiter is not None:
                    limiter.release(token)
            if decision.action is Action.RAISE:
                assert decision.error is not None
                raise decision.error from cause
            time.sleep(decision.delay)

    def close(self) -> None:
        self.inner.close()


class AsyncCinnoxTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of :class:`CinnoxTransport`: same policy, awaiting instead of blocking."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter | None, policy: RetryPolicy
    ) -> None:
        self.inner = inner
        self.limiter = limiter
        self.policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(self.policy, request)
        limiter = self.limiter
        while True:
            token = await limiter.aacquire() if limiter is not None else None
            cause: BaseException | None = None
            try:
                response = await self.inner.handle_async_request(request)
                await response.aread()
            except httpx.TransportError as exc:
                decision, cause = attempts.after_exception(exc), exc
            else:
                decision = attempts.after_response(response)
                if decision.action is Action.RETURN:
                    return response
                await response.aclose()
            finally:
                # Released even when the task is cancelled (a prefetching pager cancels pages it
                # no longer needs), so no slot leaks.
                if limiter is not None:
                    await asyncio.shield(limiter.arelease(token))
            if decision.action is Action.RAISE:
                assert decision.error is not None
                raise decision.error from cause
            await asyncio.sleep(decision.delay)

    async def aclose(self) -> None:
        await self.inner.aclose()


def httpx_client_kwargs(config: ClientConfig) -> dict[str, Any]:
    """The ``httpx.Client``/``AsyncClient`` arguments shared by both clients."""
    return {
        "base_url": config.base_url,
        "auth": BearerAuth(config.app_token),
        "headers": {"User-Agent": USER_AGENT, "Accept": "application/json"},
        "timeout": httpx.Timeout(config.timeout, connect=min(config.timeout, 10.0)),
        "follow_redirects": False,
    }
