"""The ``cinnox`` logger: what the SDK is doing, never the App Token.

Records go to the standard :mod:`logging` logger ``cinnox``. Set ``CINNOX_LOG=info`` (requests,
retries and why, rate-limit waits with their duration) or ``CINNOX_LOG=debug`` (also each attempt
and its answer) to have the first client created add a stderr handler at that level; or configure
``logging.getLogger("cinnox")`` yourself.

Records about events a program may want to show carry ``record.cinnox_event``:

- ``"request"``: an attempt is sent (``attempt``: 1 for the first);
- ``"response"``: its answer (``status_code``, ``elapsed``);
- ``"retry"``: a failed attempt will be retried (``attempt``, ``delay``);
- ``"retry_budget_exhausted"``: a retry was not made because of the retry budget;
- ``"rate_limit_wait"``: waiting for a rate-limit slot (``delay``: the wait about to start);
- ``"rate_limit_acquired"``: the slot was taken after waiting (``waited``: seconds);
- ``"limiter_release_failed"``: a slot could not be given back (it expires by itself).

:func:`add_listener` is the short way to get them, as ``callback(event, fields)`` (the CLI's
progress bar uses it to say "waiting for the rate limit"). Messages contain the method and the
URL path, never the query string or headers.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, Final

__all__ = ["ENV_LOG", "add_listener", "event", "logger", "setup_logging"]

ENV_LOG: Final = "CINNOX_LOG"

logger: Final = logging.getLogger("cinnox")

_setup_lock = threading.Lock()
_applied: str | None = None
_handler: logging.Handler | None = None
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO}


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record is emitted (it may be replaced)."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def setup_logging() -> None:
    """Apply ``CINNOX_LOG`` (``info`` or ``debug``); called by every client, so a change of the
    variable takes effect with the next client. Any other value removes the SDK's own handler."""
    global _applied, _handler
    value = os.environ.get(ENV_LOG, "").strip().lower()
    with _setup_lock:
        if value == _applied:
            return
        _applied = value
        if _handler is not None:
            logger.removeHandler(_handler)
            _handler = None
            logger.setLevel(logging.NOTSET)
        level = _LEVELS.get(value)
        if level is None:
            return
        _handler = _StderrHandler()
        _handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(_handler)
        logger.setLevel(level)


_listeners: list[Callable[[str, dict[str, object]], None]] = []


def add_listener(callback: Callable[[str, dict[str, object]], None]) -> Callable[[], None]:
    """Call ``callback(event, fields)`` for every SDK event (see the module docstring), whatever
    the logger's level. Returns a function that removes the listener. A listener that raises is
    ignored (logged), so it cannot break a request."""
    with _setup_lock:
        _listeners.append(callback)

    def remove() -> None:
        with _setup_lock:
            if callback in _listeners:
                _listeners.remove(callback)

    return remove


def wanted(level: int) -> bool:
    """Would :func:`event` at ``level`` reach anyone (a handler or a listener)? Callers on the hot
    path check this first, so that a silent event costs no formatting."""
    return bool(_listeners) or logger.isEnabledFor(level)


def event(level: int, name: str, message: str, *args: object, **fields: object) -> None:
    """Log ``message % args`` with ``record.cinnox_event = name`` and ``fields``; tell the listeners."""
    if logger.isEnabledFor(level):
        logger.log(level, message, *args, extra={"cinnox_event": name, **fields})
    for callback in tuple(_listeners):
        try:
            callback(name, fields)
        except Exception:
            logger.exception("cinnox event listener %r failed", callback)
