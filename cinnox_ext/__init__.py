"""The CINNOX Open API SDK: clients, errors, segmentation and webhooks.

>>> from cinnox_ext import Cinnox
>>> client = Cinnox()  # reads CINNOX_APP_ID, CINNOX_APP_TOKEN, CINNOX_BASE_URL  # doctest: +SKIP

Names are imported on first use (PEP 562 module ``__getattr__``): ``import cinnox_ext`` costs
almost nothing, and a program that only segments text never imports httpx or the generated models.
Type checkers read the ``TYPE_CHECKING`` block below, so they see every name as a plain import.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from . import errors, segmentation
    from ._client import AsyncCinnox, Cinnox
    from ._options import RequestOptions
    from ._pagination import AsyncPager, Checkpoint, Page, SyncPager
    from ._rate_limit import RateLimiter, RedisSlidingWindowLimiter, SlidingWindowLimiter
    from ._retries import RetryPolicy
    from .errors import (
        APIConnectionError,
        ApiError,
        APITimeoutError,
        AuthenticationError,
        CinnoxError,
        ConfigurationError,
        InvalidParameterError,
        NoRecordsError,
        NotFoundError,
        PaginationError,
        RateLimitError,
        SendOutcomeUnknownError,
        ServerError,
        SmsSendError,
        ValidationError,
        WebhookPayloadError,
    )
    from .segmentation import SegmentedMessage, segment, suggest_gsm

    __version__: str

#: public name -> the submodule that defines it (relative to this package)
_LAZY: Final[dict[str, str]] = {
    "AsyncCinnox": "._client",
    "Cinnox": "._client",
    "RequestOptions": "._options",
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
    "SegmentedMessage": ".segmentation",
    "segment": ".segmentation",
    "suggest_gsm": ".segmentation",
}
_SUBMODULES: Final = frozenset({"errors", "segmentation"})

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiError",
    "AsyncCinnox",
    "AsyncPager",
    "AuthenticationError",
    "Checkpoint",
    "Cinnox",
    "CinnoxError",
    "ConfigurationError",
    "InvalidParameterError",
    "NoRecordsError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "RateLimitError",
    "RateLimiter",
    "RedisSlidingWindowLimiter",
    "RequestOptions",
    "RetryPolicy",
    "SegmentedMessage",
    "SendOutcomeUnknownError",
    "ServerError",
    "SlidingWindowLimiter",
    "SmsSendError",
    "SyncPager",
    "ValidationError",
    "WebhookPayloadError",
    "__version__",
    "errors",
    "segment",
    "segmentation",
    "suggest_gsm",
]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cinnox-sdk")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0+unknown"


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
