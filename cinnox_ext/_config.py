"""Client configuration: arguments or ``CINNOX_*`` environment variables, validated once.

The App Token is wrapped in :class:`Secret` as soon as it is read, so that no repr, log line or
exception message built from the configuration can show it.
"""

from __future__ import annotations

import os
from typing import Final
from urllib.parse import urlsplit

import attrs

from .errors import ConfigurationError

ENV_APP_ID: Final = "CINNOX_APP_ID"
ENV_APP_TOKEN: Final = "CINNOX_APP_TOKEN"  # noqa: S105 - the variable's name, not a token
ENV_BASE_URL: Final = "CINNOX_BASE_URL"

DEFAULT_RATE_LIMIT: Final = 500
DEFAULT_RATE_PERIOD: Final = 60.0
DEFAULT_MAX_RETRIES: Final = 3
DEFAULT_TIMEOUT: Final = 30.0


@attrs.frozen(repr=False)
class Secret:
    """A string that never shows itself in ``repr``/``str``; read it with :meth:`reveal`."""

    _value: str = attrs.field(alias="value")

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__


def _positive_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{attribute.name} must be a positive integer, got {value!r}")


def _positive_float(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigurationError(f"{attribute.name} must be a positive number, got {value!r}")


def _non_negative_int(_: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"{attribute.name} must be an integer ≥ 0, got {value!r}")


@attrs.frozen
class ClientConfig:
    """Everything a client needs to talk to one CINNOX App; validated at construction."""

    app_id: str
    app_token: Secret
    base_url: str
    rate_limit: int = attrs.field(default=DEFAULT_RATE_LIMIT, validator=_positive_int)
    rate_period: float = attrs.field(default=DEFAULT_RATE_PERIOD, validator=_positive_float)
    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=_non_negative_int)
    timeout: float = attrs.field(default=DEFAULT_TIMEOUT, validator=_positive_float)

    @classmethod
    def resolve(
        cls,
        app_id: str | None,
        app_token: str | None,
        base_url: str | None,
        **limits: float | int,
    ) -> ClientConfig:
        """Fill missing credentials from the environment and check them, before any request."""
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
            if not value
        ]
        if missing:
            raise ConfigurationError("missing " + ", ".join(missing))
        assert app_id and token and base_url  # narrowed by the check above
        if "/" in app_id or app_id.strip() != app_id:
            raise ConfigurationError(f"app_id {app_id!r} is not a CINNOX App ID")
        if any(c.isspace() for c in token):
            raise ConfigurationError("app_token contains white space; copy it again from the Dashboard")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ConfigurationError(
                f"base_url must be an http(s) URL such as https://example.cinnox.com, got {base_url!r}"
            )
        return cls(app_id, Secret(token), base_url.rstrip("/"), **limits)  # type: ignore[arg-type]
