"""The CINNOX Open API SDK: clients, errors, segmentation and webhooks.

>>> from cinnox_ext import Cinnox
>>> client = Cinnox()  # reads CINNOX_APP_ID, CINNOX_APP_TOKEN, CINNOX_BASE_URL  # doctest: +SKIP

Names are imported on first use (PEP 562 module ``__getattr__``): ``import cinnox_ext`` costs
almost nothing, and a program that only segments text never imports httpx or the generated models.
Type checkers read the ``TYPE_CHECKING`` block below, so they see every name as a plain import.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False  # not typing's: importing typing would cost more than this whole module
if TYPE_CHECKING:
    from typing import Any, Final

    from . import errors, segmentation
    from ._client import AsyncCinnox, Cinnox
    from ._logging import add_listener
    from ._options import RequestOptions
    from ._pagination import AsyncPager, Checkpoint, Page, SyncPager
    from ._rate_limit import (
        Acquisition,
        LimiterUsage,
        RateLimiter,
        RedisSlidingWindowLimiter,
        SlidingWindowLimiter,
    )
    from ._retries import RetryPolicy
    from .errors import (
        APIConnectionError,
        ApiConnectionError,
        ApiError,
        APITimeoutError,
        ApiTimeoutError,
        AuthenticationError,
        CinnoxError,
        ConfigurationError,
        InvalidParameterError,
        NoRecordsError,
        NotFoundError,
        PaginationError,
        RateLimitError,
        RateLimiterUnavailableError,
        ResponseTooLargeError,
        ResponseValidationError,
        SendOutcomeUnknownError,
        ServerError,
        SmsSendError,
        ValidationError,
        WebhookPayloadError,
    )
    from .resources import RawResponse
    from .segmentation import (
        MAX_PARTS,
        GsmSuggestion,
        SegmentCount,
        SegmentedMessage,
        count,
        segment,
        suggest_gsm,
    )

    __version__: str

#: public name -> the submodule that defines it (relative to this package)
_LAZY: Final[dict[str, str]] = {
    "AsyncCinnox": "._client",
    "Cinnox": "._client",
    "RequestOptions": "._options",
    "add_listener": "._logging",
    "Acquisition": "._rate_limit",
    "LimiterUsage": "._rate_limit",
    "AsyncPager": "._pagination",
    "Checkpoint": "._pagination",
    "Page": "._pagination",
    "SyncPager": "._pagination",
    "RateLimiter": "._rate_limit",
    "RedisSlidingWindowLimiter": "._rate_limit",
    "SlidingWindowLimiter": "._rate_limit",
    "RetryPolicy": "._retries",
    "APIConnectionError": ".errors",
    "APITimeoutError": ".errors",
    "ApiConnectionError": ".errors",
    "ApiTimeoutError": ".errors",
    "RateLimiterUnavailableError": ".errors",
    "ResponseTooLargeError": ".errors",
    "ResponseValidationError": ".errors",
    "ApiError": ".errors",
    "AuthenticationError": ".errors",
    "CinnoxError": ".errors",
    "ConfigurationError": ".errors",
    "InvalidParameterError": ".errors",
    "NoRecordsError": ".errors",
    "NotFoundError": ".errors",
    "PaginationError": ".errors",
    "RateLimitError": ".errors",
    "SendOutcomeUnknownError": ".errors",
    "ServerError": ".errors",
    "SmsSendError": ".errors",
    "ValidationError": ".errors",
    "WebhookPayloadError": ".errors",
    "RawResponse": ".resources",
    "MAX_PARTS": ".segmentation",
    "GsmSuggestion": ".segmentation",
    "SegmentCount": ".segmentation",
    "SegmentedMessage": ".segmentation",
    "count": ".segmentation",
    "segment": ".segmentation",
    "suggest_gsm": ".segmentation",
}
_SUBMODULES: Final = frozenset({"errors", "segmentation"})

__all__ = [
    "MAX_PARTS",
    "APIConnectionError",
    "APITimeoutError",
    "Acquisition",
    "ApiConnectionError",
    "ApiError",
    "ApiTimeoutError",
    "AsyncCinnox",
    "AsyncPager",
    "AuthenticationError",
    "Checkpoint",
    "Cinnox",
    "CinnoxError",
    "ConfigurationError",
    "GsmSuggestion",
    "InvalidParameterError",
    "LimiterUsage",
    "NoRecordsError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RawResponse",
    "RedisSlidingWindowLimiter",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "SegmentCount",
    "SegmentedMessage",
    "SendOutcomeUnknownError",
    "ServerError",
    "SlidingWindowLimiter",
    "SmsSendError",
    "SyncPager",
    "ValidationError",
    "WebhookPayloadError",
    "__version__",
    "add_listener",
    "count",
    "errors",
    "segment",
    "segmentation",
    "suggest_gsm",
]


def _version() -> str:
    from .cli import version

    return version()


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f".{name}", __name__)
    elif name == "__version__":
        value = _version()
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
