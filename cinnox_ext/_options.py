"""Per-call request options (``timeout``, ``max_retries``, ``extra_headers``, ``extra_query``).

A :class:`RequestOptions` travels with one request to the transport in
``request.extensions["cinnox.options"]``; ``None`` fields fall back to the client's configuration.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import attrs

__all__ = ["OPTIONS_EXTENSION", "RequestOptions"]

#: The ``httpx.Request.extensions`` key the transport reads the options from.
OPTIONS_EXTENSION: Final = "cinnox.options"


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Options for one call; ``None`` means "the client's setting"."""

    timeout: float | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, str | int | float | bool] | None = None
