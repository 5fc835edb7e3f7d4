"""The CINNOX Open API SDK: clients, errors, segmentation and webhooks.

>>> from cinnox_ext import Cinnox
>>> client = Cinnox()  # reads CINNOX_APP_ID, CINNOX_APP_TOKEN, CINNOX_BASE_URL  # doctest: +SKIP
"""

from . import errors, segmentation
from ._client import AsyncCinnox, Cinnox
from ._config import SDK_VERSION as __version__
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
from .segmentation import SegmentedMessage, segment, suggest_gsm

__all__ = [
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
    "InvalidParameterError",
    "LimiterUsage",
    "NoRecordsError",
    "NotFoundError",
    "Page",
    "PaginationError",
    "RateLimitError",
    "RateLimiter",
    "RateLimiterUnavailableError",
    "RedisSlidingWindowLimiter",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
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
    "add_listener",
    "errors",
    "segment",
    "segmentation",
    "suggest_gsm",
]
