"""The retry policy: which failures are retried, how long to wait, and which are never repeated.

The rule that shapes everything here: a POST (a paid SMS, an OTP, an instant message) is repeated
only when CINNOX cannot have processed it: it was refused for rate limiting (code 6451010 or HTTP
429) or the connection was never made. When it may have been processed (the answer was lost, the
connection dropped after the request was written, a 5xx or upstream error came back) the SDK raises
:class:`~cinnox_ext.errors.SendOutcomeUnknownError` instead of risking a second send.

Other methods are safe to repeat here: GETs read, and the subscription PATCHes set a state
(``enabled`` + ``url``), so sending one twice leaves the same state.

This module decides; it does not send or sleep. The transports in ``_base_client`` run the loop.
"""

from __future__ import annotations

import enum
import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Final

import attrs
import httpx

from . import errors

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

# Failures raised before any byte of the request can have reached the server.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


class Action(enum.Enum):
    RETURN = "return"
    RETRY = "retry"
    RAISE = "raise"


@attrs.frozen
class Decision:
    action: Action
    delay: float = 0.0
    error: BaseException | None = None


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with full jitter, capped; ``Retry-After`` wins when the server sends it."""

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.retry_after_max)
        ceiling = min(self.backoff_max, self.backoff_base * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)

    def on_exception(self, exc: httpx.TransportError, *, method: str, path: str, attempt: int) -> Decision:
        """Decide after a transport failure (no HTTP answer)."""
        idempotent = method in IDEMPOTENT_METHODS
        not_sent = isinstance(exc, _NOT_SENT)
        if not_sent or idempotent:
            if attempt < self.max_retries:
                return Decision(Action.RETRY, self.backoff(attempt))
            cls = (
                errors.APITimeoutError
                if isinstance(exc, httpx.TimeoutException)
                else errors.APIConnectionError
            )
            return Decision(Action.RAISE, error=cls(f"{type(exc).__name__}: {exc}", method=method, path=path))
        return Decision(
            Action.RAISE,
            error=errors.SendOutcomeUnknownError(
                f"{type(exc).__name__} after the request was sent", method=method, path=path
            ),
        )

    def on_error(self, error: errors.ApiError, *, attempt: int) -> Decision:
        """Decide after CINNOX answered with an error."""
        method = error.method or "GET"
        if isinstance(error, errors.RateLimitError):
            if attempt < self.max_retries:
                return Decision(Action.RETRY, self.backoff(attempt, error.retry_after))
            return Decision(Action.RAISE, error=error)
        if isinstance(error, errors.ServerError):
            if method not in IDEMPOTENT_METHODS:
                return Decision(
                    Action.RAISE,
                    error=errors.SendOutcomeUnknownError(
                        f"{error}",
                        method=method,
                        path=error.path,
                        status_code=error.status_code,
                        code=error.code,
                    ),
                )
            if attempt < self.max_retries:
                return Decision(Action.RETRY, self.backoff(attempt))
        return Decision(Action.RAISE, error=error)


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max((when - datetime.now(UTC)).total_seconds(), 0.0)
