"""What the CLI commands share: the console, exit codes, error reporting, and a client (real or mock)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from enum import IntEnum
from typing import NoReturn

import typer
from rich.console import Console

from .. import errors
from .._client import Cinnox
from ..mock import PrismMock

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

MOCK_APP_ID = "app-4f3e2d1c0b"
MOCK_TOKEN = "mock-app-token"  # noqa: S105 - Prism accepts any bearer token


class Exit(IntEnum):
    """The CLI's exit codes (documented in the README)."""

    OK = 0
    API_ERROR = 1  # CINNOX refused the request (the code and message are printed)
    USAGE = 2  # bad arguments or input, refused before any request
    CONFIGURATION = 3  # missing or malformed credentials
    OUTCOME_UNKNOWN = 4  # a send may have been processed; check before retrying
    NETWORK = 5  # could not reach CINNOX
    INTERRUPTED = 130


def fail(message: str, code: Exit) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(int(code))


@contextlib.contextmanager
def reported_errors(debug: bool) -> Iterator[None]:
    """Turn SDK errors into one clear line and an exit code (a traceback only with --debug)."""
    try:
        yield
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        err_console.print("interrupted")
        raise typer.Exit(int(Exit.INTERRUPTED)) from None
    except errors.CinnoxError as e:
        if debug:
            err_console.print_exception()
        if isinstance(e, errors.ConfigurationError):
            fail(
                f"{e}. Set CINNOX_APP_ID, CINNOX_APP_TOKEN and CINNOX_BASE_URL, or use --mock.",
                Exit.CONFIGURATION,
            )
        if isinstance(e, errors.ValidationError | errors.WebhookPayloadError):
            fail(str(e), Exit.USAGE)
        if isinstance(e, errors.SendOutcomeUnknownError):
            fail(str(e), Exit.OUTCOME_UNKNOWN)
        if isinstance(e, errors.APIConnectionError):
            fail(str(e), Exit.NETWORK)
        fail(str(e), Exit.API_ERROR)


@contextlib.contextmanager
def open_client(mock: bool) -> Iterator[Cinnox]:
    """A client for the configured account, or for a Prism mock started for this command."""
    if not mock:
        with Cinnox() as client:
            yield client
        return
    with PrismMock() as prism:
        err_console.print(f"[dim]using the Prism mock at {prism.url}[/]")
        with Cinnox(MOCK_APP_ID, MOCK_TOKEN, base_url=prism.url) as client:
            yield client


def debug_enabled() -> bool:
    return os.environ.get("CINNOX_DEBUG", "") not in ("", "0")
