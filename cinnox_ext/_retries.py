"""The retry policy and the retry loop, written once for the sync and async transports.

The rule that shapes everything here: a POST (a paid SMS, an OTP, an instant message) is repeated
only when CINNOX cannot have processed it: it was refused for rate limiting (code 6451010 or HTTP
429) or the connection was never made. When it may have been processed (the answer was lost, the
connection dropped after the request was written, a 5xx or upstream error came back) the SDK raises
:class:`~cinnox_ext.errors.SendOutcomeUnknownError` instead of risking a second send.

Other methods are safe to repeat here: GETs read, and the subscription PATCHes set a state
(``enabled`` + ``url``), so sending one twice leaves the same state.

Time is bounded twice: each attempt by the client's ``timeout`` (wall clock, enforced by the
transports), and the whole call by :attr:`RetryPolicy.total_budget`: a retry whose wait would end
after the budget is not made, and a ``Retry-After`` longer than :attr:`RetryPolicy.max_retry_after`
raises the :class:`~cinnox_ext.errors.RateLimitError` at once instead of sleeping.

:func:`retry_flow` is the loop, as a generator of steps (like ``httpx.Auth.auth_flow``): it yields
:class:`Send` (make one attempt, send me its outcome) and :class:`Sleep` (wait, then send me
``None``), and returns the successful response or raises the error to surface. It does no I/O; the
transports in ``_transport`` drive it with blocking or awaiting sends and sleeps.
"""

from __future__ import annotations

import enum
import logging
import math
import random
import time
from collections.abc import Callable, Generator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final

import attrs
import httpx

from . import errors
from ._logging import event

__all__ = ["Action", "Decision", "RetryPolicy", "Send", "Sleep", "parse_retry_after", "retry_flow"]

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"})

# Failures raised before any byte of the request can have reached the server.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

_MAX_SECONDS: Final = 86_400.0


class Action(enum.Enum):
    RETURN = "return"
    RETRY = "retry"
    RAISE = "raise"


@attrs.frozen
class Decision:
    """What to do after an attempt. ``error`` is what to raise (for RETRY: if no retry is possible)."""

    action: Action
    delay: float = 0.0
    error: BaseException | None = None
    reason: str = ""


def _seconds(name: str, value: object, *, allow_zero: bool = True) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise errors.ConfigurationError(f"RetryPolicy.{name} must be a number of seconds, got {value!r}")
    if not math.isfinite(value) or value < 0 or (value == 0 and not allow_zero) or value > _MAX_SECONDS:
        raise errors.ConfigurationError(
            f"RetryPolicy.{name} must be a finite number of seconds between 0 and {_MAX_SECONDS:.0f}, "
            f"got {value!r}"
        )


def check_max_retries(value: object, name: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise errors.ConfigurationError(f"{name} must be an integer from 0 to 100, got {value!r}")
    return value


@attrs.frozen(init=False)
class RetryPolicy:
    """Exponential backoff with full jitter, capped; ``Retry-After`` wins when the server sends it.

    Args:
        max_retries: retries after the first attempt (0–100).
        backoff_base, backoff_max: the n-th retry waits a random time in ``[c/2, c]``,
            ``c = min(backoff_max, backoff_base * 2**n)``.
        max_retry_after: the longest ``Retry-After`` the SDK waits for; a longer one raises the
            :class:`~cinnox_ext.errors.RateLimitError` at once (``retry_after_max`` is the old name).
        total_budget: seconds from the first attempt after which no retry is started (the attempt
            in progress still runs to its own ``timeout``); ``None``: no budget.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_retry_after: float = 60.0
    total_budget: float | None = 120.0

    def __init__(
        self,
        max_retries: int = 3,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        max_retry_after: float = 60.0,
        total_budget: float | None = 120.0,
        *,
        retry_after_max: float | None = None,
    ) -> None:
        if retry_after_max is not None:
            max_retry_after = retry_after_max
        check_max_retries(max_retries)
        _seconds("backoff_base", backoff_base)
        _seconds("backoff_max", backoff_max)
        _seconds("max_retry_after", max_retry_after)
        if total_budget is not None:
            _seconds("total_budget", total_budget, allow_zero=False)
        self.__attrs_init__(max_retries, backoff_base, backoff_max, max_retry_after, total_budget)

    @property
    def retry_after_max(self) -> float:
        """The old name of :attr:`max_retry_after`."""
        return self.max_retry_after

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        ceiling = min(self.backoff_max, self.backoff_base * (2 ** min(attempt, 64)))
        return random.uniform(ceiling / 2, ceiling)

    def on_exception(
        self,
        exc: httpx.TransportError,
        *,
        method: str,
        path: str,
        attempt: int,
        max_retries: int | None = None,
        request: httpx.Request | None = None,
    ) -> Decision:
        """Decide after a transport failure (no complete HTTP answer)."""
        retries = self.max_retries if max_retries is None else max_retries
        where: dict[str, Any] = {"method": method, "path": path, "request": request}
        if isinstance(exc, httpx.LocalProtocolError):
            # h11 refused to write the request (a header it cannot send): nothing left.
            return Decision(
                Action.RAISE, error=errors.ValidationError(f"the request cannot be sent: {exc}", **where)
            )
        idempotent = method in IDEMPOTENT_METHODS
        not_sent = isinstance(exc, _NOT_SENT)
        if not_sent or idempotent:
            cls = (
                errors.ApiTimeoutError
                if isinstance(exc, httpx.TimeoutException)
                else errors.ApiConnectionError
            )
            error = cls(f"{type(exc).__name__}: {exc}", **where)
            if attempt < retries:
                return Decision(Action.RETRY, self.backoff(attempt), error, type(exc).__name__)
            return Decision(Action.RAISE, error=error)
        return Decision(
            Action.RAISE,
            error=errors.SendOutcomeUnknownError(f"{type(exc).__name__} after the request was sent", **where),
        )

    def on_error(self, error: errors.ApiError, *, attempt: int, max_retries: int | None = None) -> Decision:
        """Decide after CINNOX answered with an error (or an answer the SDK cannot read)."""
        retries = self.max_retries if max_retries is None else max_retries
        method = error.method or "GET"
        if isinstance(error, errors.RateLimitError):
            if error.retry_after is not None and error.retry_after > self.max_retry_after:
                return Decision(Action.RAISE, error=error)
            if attempt < retries:
                return Decision(Action.RETRY, self.backoff(attempt, error.retry_after), error, "rate limited")
            return Decision(Action.RAISE, error=error)
        if isinstance(error, errors.ServerError):
            if method not in IDEMPOTENT_METHODS:
                return Decision(
                    Action.RAISE,
                    error=errors.SendOutcomeUnknownError(
                        f"{error}",
                        method=method,
                        path=error.path,
                        request=error.request,
                        status_code=error.status_code,
                        code=error.code,
                        response=error.response,
                    ),
                )
            if attempt < retries:
                return Decision(Action.RETRY, self.backoff(attempt), error, f"HTTP {error.status_code}")
        return Decision(Action.RAISE, error=error)


@attrs.frozen
class Send:
    """Step: make attempt number ``attempt`` (0 is the first) and send back its outcome."""

    attempt: int


@attrs.frozen
class Sleep:
    """Step: wait ``seconds`` before the next attempt, then send back ``None``."""

    seconds: float
    reason: str


#: What an attempt comes back with: the successful (read) response, the error CINNOX answered
#: (already mapped), or the transport failure.
Outcome = httpx.Response | errors.CinnoxError | httpx.TransportError


def retry_flow(
    policy: RetryPolicy,
    request: httpx.Request,
    *,
    max_retries: int | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> Generator[Send | Sleep, Outcome | None, httpx.Response]:
    """The retry loop. Drive it with ``send``; it returns the response or raises the error."""
    method, path = request.method, request.url.path
    started = clock()
    attempt = 0
    while True:
        outcome = yield Send(attempt)
        if isinstance(outcome, httpx.Response):
            return outcome
        cause: BaseException | None = None
        if isinstance(outcome, httpx.TransportError):
            decision = policy.on_exception(
                outcome, method=method, path=path, attempt=attempt, max_retries=max_retries, request=request
            )
            cause = outcome
        elif isinstance(outcome, errors.ApiError):
            decision = policy.on_error(outcome, attempt=attempt, max_retries=max_retries)
        else:
            assert isinstance(outcome, errors.CinnoxError)
            raise outcome
        error = decision.error
        assert error is not None
        if decision.action is Action.RETRY and policy.total_budget is not None:
            left = started + policy.total_budget - clock()
            if decision.delay > left:
                event(
                    logging.INFO,
                    "retry_budget_exhausted",
                    "%s %s: not retrying (%s): waiting %.2fs would exceed the retry budget of %.0fs",
                    method,
                    path,
                    decision.reason,
                    decision.delay,
                    policy.total_budget,
                    method=method,
                    path=path,
                    delay=decision.delay,
                )
                raise error from cause
        if decision.action is not Action.RETRY:
            raise error from cause
        event(
            logging.INFO,
            "retry",
            "%s %s: attempt %d failed (%s); retrying in %.2fs",
            method,
            path,
            attempt + 1,
            decision.reason,
            decision.delay,
            method=method,
            path=path,
            attempt=attempt + 1,
            delay=decision.delay,
            reason=decision.reason,
        )
        yield Sleep(decision.delay, decision.reason)
        attempt += 1


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return None if math.isnan(seconds) else max(seconds, 0.0)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    try:
        return max((when - datetime.now(UTC)).total_seconds(), 0.0)
    except (OverflowError, ValueError):
        return None
