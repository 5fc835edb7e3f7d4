"""The CINNOX Open API SDK: clients, errors, segmentation and webhooks.

>>> from cinnox_ext import Cinnox
>>> client = Cinnox()  # reads CINNOX_APP_ID, CINNOX_APP_TOKEN, CINNOX_BASE_URL  # doctest: +SKIP
"""

from . import errors, segmentation
from ._client import AsyncCinnox, Cinnox
from ._pagination import AsyncPager, Checkpoint, Page, SyncPager
from ._rate_limit import RateLimiter, RedisSlidingWindowLimiter, SlidingWindowLimiter
from ._retries import RetryPolicy
from .errors import (
    ApiError,
    AuthenticationError,
    CinnoxError,
    RateLimitError,
    SendOutcomeUnknownError,
    ValidationError,
    WebhookPayloadError,
)
from .segmentation import SegmentedMessage, segment, suggest_gsm

__version__ = "0.1.0"

__all__ = [
    "ApiError",
    "AsyncCinnox",
    "AsyncPager",
    "AuthenticationError",
    "Checkpoint",
    "Cinnox",
    "CinnoxError",
    "Page",
    "RateLimitError",
    "RateLimiter",
    "RedisSlidingWindowLimiter",
    "RetryPolicy",
    "SegmentedMessage",
    "SendOutcomeUnknownError",
    "SlidingWindowLimiter",
    "SyncPager",
    "ValidationError",
    "WebhookPayloadError",
    "errors",
    "segment",
    "segmentation",
    "suggest_gsm",
]
