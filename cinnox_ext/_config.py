"""Client configuration: arguments or ``CINNOX_*`` environment variables, validated once.

Every argument is checked here, before any request, and anything malformed is a
:class:`~cinnox_ext.errors.ConfigurationError` (never a ``TypeError`` from deep inside). The App Token
is wrapped in :class:`Secret` as soon as it is read, so that no repr, log line or exception message
built from the configuration can show it; messages about a bad token never quote it.
"""

from __future__ import annotations

import math
import os
import re
from importlib import metadata
from typing import Final

import attrs
import httpx

from .errors import ConfigurationError

ENV_APP_ID: Final = "CINNOX_APP_ID"
ENV_APP_TOKEN: Final = "CINNOX_APP_TOKEN"  # noqa: S105 - the variable's name, not a token
ENV_BASE_URL: Final = "CINNOX_BASE_URL"

DEFAULT_RATE_LIMIT: Final = 500
DEFAULT_RATE_PERIOD: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 3
DEFAULT_TIMEOUT: Final = 30.0
DEFAULT_MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024

#: Upper bounds that keep every derived wait representable (socket timeouts overflow past ~1e9 s).
MAX_SECONDS: Final = 86_400.0
MAX_RETRIES_LIMIT: Final = 100
MAX_TOKEN_LENGTH: Final = 8192
MAX_APP_ID_LENGTH: Final = 256
MAX_URL_LENGTH: Final = 2048

# An App ID is one path segment: URL-unreserved characters only, and not "." or "..".
_APP_ID: Final = re.compile(r"[A-Za-z0-9._~-]+")
# A token goes into an HTTP header: visible ASCII only.
_TOKEN: Final = re.compile(r"[\x21-\x7e]+")


def _version() -> str:
    try:
        return metadata.version("cinnox-sdk")
    except metadata.PackageNotFoundError:  # running from a checkout that is not installed
        return "0+unknown"


#: The SDK's version, from the installed package's metadata.
SDK_VERSION: Final = _version()
USER_AGENT: Final = f"cinnox-python/{SDK_VERSION}"


@attrs.frozen(repr=False)
class Secret:
    """A string that never shows itself in ``repr``/``str``; read it with :meth:`reveal`."""

    _value: str = attrs.field(alias="value")

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


def check_seconds(name: str, value: object, *, maximum: float = MAX_SECONDS) -> float:
    """A finite, positive number of seconds (not a bool), at most ``maximum``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if not math.isfinite(value) or not 0 < value <= maximum:
        raise ConfigurationError(
            f"{name} must be a finite number of seconds in (0, {maximum:g}], got {value!r}"
        )
    return float(value)


def check_int(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer, got {type(value).__name__}")
    if not low <= value <= high:
        raise ConfigurationError(f"{name} must be from {low} to {high}, got {value!r}")
    return value


def check_app_id(app_id: object) -> str:
    if not isinstance(app_id, str):
        raise ConfigurationError(f"app_id must be a string, got {type(app_id).__name__}")
    if len(app_id) > MAX_APP_ID_LENGTH or not _APP_ID.fullmatch(app_id) or set(app_id) == {"."}:
        shown = app_id[:40].encode("ascii", "backslashreplace").decode()
        raise ConfigurationError(
            f"app_id {shown!r}{'…' if len(app_id) > 40 else ''} is not a CINNOX App ID "
            "(letters, digits, '-', '_', '.', '~'; copy it from the Dashboard)"
        )
    return app_id


def check_token(token: object) -> Secret:
    """The token, wrapped; messages describe what is wrong with it and never show it."""
    if isinstance(token, Secret):
        token = token.reveal()
    if not isinstance(token, str):
        raise ConfigurationError(f"app_token must be a string, got {type(token).__name__}")
    if len(token) > MAX_TOKEN_LENGTH:
        raise ConfigurationError(
            f"app_token is {len(token)} characters long; a CINNOX App Token is far shorter"
        )
    if not _TOKEN.fullmatch(token):
        raise ConfigurationError(
            "app_token contains white space, control or non-ASCII characters; "
            "copy it again from the Dashboard"
        )
    return Secret(token)


def check_base_url(base_url: object) -> str:
    if not isinstance(base_url, str):
        raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}")
    example = "an http(s) URL such as https://example.cinnox.com"
    shown = base_url[:100].encode("ascii", "backslashreplace").decode()
    if len(base_url) > MAX_URL_LENGTH or any(c.isspace() or ord(c) < 0x20 or c == "\x7f" for c in base_url):
        raise ConfigurationError(f"base_url must be {example}, got {shown!r}")
    try:
        url = httpx.URL(base_url)
        host = url.host
    except (httpx.InvalidURL, ValueError, TypeError, UnicodeError):
        raise ConfigurationError(f"base_url must be {example}, got {shown!r}") from None
    if url.scheme not in ("http", "https") or not host:
        raise ConfigurationError(f"base_url must be {example}, got {shown!r}")
    if url.userinfo or url.query or url.fragment or "?" in base_url or "#" in base_url:
        raise ConfigurationError(
            f"base_url must be {example} without credentials, query or fragment, got "
            f"{url.scheme}://{host}{url.path}"
        )
    return base_url.rstrip("/")


@attrs.frozen
class ClientConfig:
    """Everything a client needs to talk to one CINNOX App; validated before construction."""

    app_id: str
    app_token: Secret
    base_url: str
    rate_limit: int = DEFAULT_RATE_LIMIT
    rate_period: float = DEFAULT_RATE_PERIOD
    max_retries: int = DEFAULT_MAX_RETRIES
    timeout: float = DEFAULT_TIMEOUT
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @classmethod
    def resolve(
        cls,
        app_id: object,
        app_token: object,
        base_url: object,
        *,
        rate_limit: object = DEFAULT_RATE_LIMIT,
        rate_period: object = DEFAULT_RATE_PERIOD,
        max_retries: object = DEFAULT_MAX_RETRIES,
        timeout: object = DEFAULT_TIMEOUT,
        max_response_bytes: object = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> ClientConfig:
        """Fill missing credentials from the environment and check everything, before any request."""
        app_id = app_id if app_id is not None else os.environ.get(ENV_APP_ID)
        token = app_token if app_token is not None else os.environ.get(ENV_APP_TOKEN)
        base_url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL)
        missing = [
            f"{arg} (or {env})"
            for arg, env, value in (
                ("app_id", ENV_APP_ID, app_id),
                ("app_token", ENV_APP_TOKEN, token),
                ("base_url", ENV_BASE_URL, base_url),
            )
            if value is None or value == ""
        ]
        if missing:
            raise ConfigurationError("missing " + ", ".join(missing))
        return cls(
            check_app_id(app_id),
            check_token(token),
            check_base_url(base_url),
            rate_limit=check_int("rate_limit", rate_limit, 1, 1_000_000),
            rate_period=check_seconds("rate_period", rate_period),
            max_retries=check_int("max_retries", max_retries, 0, MAX_RETRIES_LIMIT),
            timeout=check_seconds("timeout", timeout),
            max_response_bytes=check_int("max_response_bytes", max_response_bytes, 1, 2**40),
        )
