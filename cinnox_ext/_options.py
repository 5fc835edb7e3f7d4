"""Per-call request options (``timeout``, ``max_retries``, ``extra_headers``, ``extra_query``).

A :class:`RequestOptions` travels with one request to the transport in
``request.extensions["cinnox.options"]``; ``None`` fields fall back to the client's configuration
(:meth:`Cinnox.with_options` sets the client's). Options are checked when built, before any request:
a bad one is a :class:`~cinnox_ext.errors.ValidationError`.

``extra_headers`` cannot set ``Authorization`` (the App Token's header) nor the headers httpx
computes (``Host``, ``Content-Length``, ``Transfer-Encoding``, ``Connection``); header names must be
HTTP tokens and values visible ASCII (no CR, LF or NUL).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final, TypedDict

import attrs

from .errors import ValidationError

__all__ = ["OPTIONS_EXTENSION", "CallOptions", "QueryValue", "RequestOptions"]

#: The ``httpx.Request.extensions`` key the transport reads the options from.
OPTIONS_EXTENSION: Final = "cinnox.options"

QueryValue = str | int | float | bool


class CallOptions(TypedDict, total=False):
    """The per-call keyword options every method takes (``**options: Unpack[CallOptions]``);
    ``RequestOptions(**options)`` turns them into the object ``_send`` takes."""

    timeout: float
    max_retries: int
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, QueryValue]


_TOKEN: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_HEADER_VALUE: Final = re.compile(r"[\x20-\x7e\t]*")
_RESERVED: Final = frozenset({"authorization", "host", "content-length", "transfer-encoding", "connection"})
_MAX_TEXT: Final = 8192
_MAX_ITEMS: Final = 100


def _timeout(_: object, __: object, value: float | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"timeout must be a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or not 0 < value <= 86_400:
        raise ValidationError(f"timeout must be a finite number of seconds in (0, 86400], got {value!r}")


def _max_retries(_: object, __: object, value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(f"max_retries must be an integer from 0 to 100, got {value!r}")


def _text(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be a string, got {type(value).__name__}")
    if len(value) > _MAX_TEXT:
        raise ValidationError(f"{what} is longer than {_MAX_TEXT} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"{what} contains a lone surrogate (not valid Unicode text)") from None
    return value


def _headers(value: object) -> Mapping[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValidationError(f"extra_headers must be a mapping of str to str, got {type(value).__name__}")
    if len(value) > _MAX_ITEMS:
        raise ValidationError(f"extra_headers has more than {_MAX_ITEMS} headers")
    checked: dict[str, str] = {}
    for name, header in value.items():
        name = _text("an extra_headers name", name)
        if not _TOKEN.fullmatch(name):
            raise ValidationError(f"extra_headers: {name[:40]!r} is not a valid header name")
        if name.lower() in _RESERVED:
            raise ValidationError(f"extra_headers cannot set {name!r}")
        header = _text(f"extra_headers[{name!r}]", header)
        if not _HEADER_VALUE.fullmatch(header):
            raise ValidationError(
                f"extra_headers[{name!r}] contains a character a header cannot carry (CR, LF, NUL, non-ASCII)"
            )
        checked[name] = header
    return MappingProxyType(checked)


def _query(value: object) -> Mapping[str, QueryValue] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise ValidationError(
            f"extra_query must be a mapping of str to str/int/float/bool, got {type(value).__name__}"
        )
    if len(value) > _MAX_ITEMS:
        raise ValidationError(f"extra_query has more than {_MAX_ITEMS} parameters")
    checked: dict[str, QueryValue] = {}
    for name, item in value.items():
        name = _text("an extra_query name", name)
        if not name:
            raise ValidationError("extra_query: a parameter name is empty")
        if isinstance(item, str):
            item = _text(f"extra_query[{name!r}]", item)
        elif isinstance(item, float):
            if not math.isfinite(item):
                raise ValidationError(f"extra_query[{name!r}] must be finite, got {item!r}")
        elif not isinstance(item, int):
            raise ValidationError(
                f"extra_query[{name!r}] must be str, int, float or bool, got {type(item).__name__}"
            )
        elif not isinstance(item, bool) and abs(item) >= 10**30:
            raise ValidationError(f"extra_query[{name!r}] is too large")
        checked[name] = item
    return MappingProxyType(checked)


def _mapping_eq(value: Mapping[str, Any] | None) -> Any:
    return None if value is None else tuple(value.items())


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Options for one call; ``None`` means "the client's setting"."""

    timeout: float | None = attrs.field(default=None, validator=_timeout)
    max_retries: int | None = attrs.field(default=None, validator=_max_retries)
    extra_headers: Mapping[str, str] | None = attrs.field(
        default=None,
        converter=_headers,
        hash=False,
        eq=attrs.cmp_using(eq=lambda a, b: _mapping_eq(a) == _mapping_eq(b)),
    )
    extra_query: Mapping[str, QueryValue] | None = attrs.field(
        default=None,
        converter=_query,
        hash=False,
        eq=attrs.cmp_using(eq=lambda a, b: _mapping_eq(a) == _mapping_eq(b)),
    )

    def merged(self, call: RequestOptions | None) -> RequestOptions:
        """These options (a client's defaults) overridden by ``call``'s; headers and queries combined."""
        if call is None:
            return self
        headers = {**(self.extra_headers or {}), **(call.extra_headers or {})}
        query = {**(self.extra_query or {}), **(call.extra_query or {})}
        timeout: float | None = call.timeout if call.timeout is not None else self.timeout
        max_retries: int | None = call.max_retries if call.max_retries is not None else self.max_retries
        return RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=headers or None,
            extra_query=query or None,
        )

    @property
    def is_empty(self) -> bool:
        """Every field unset (the same as ``self == RequestOptions()``, without building one)."""
        return (
            self.timeout is None
            and self.max_retries is None
            and self.extra_headers is None
            and self.extra_query is None
        )
