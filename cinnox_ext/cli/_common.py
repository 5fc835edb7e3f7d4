"""What the CLI commands share: the consoles, exit codes, error reporting, the per-run state, and a
client (real or mock)."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
from collections.abc import Iterator
from enum import IntEnum
from types import FrameType
from typing import TYPE_CHECKING, NoReturn

import typer
from rich.console import Console
from rich.markup import escape

from .. import errors
from ..mock import PortInUseError, PrismMock, PrismNotFoundError, PrismStartError

if TYPE_CHECKING:
    from .._client import Cinnox

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

MOCK_APP_ID = "app-4f3e2d1c0b"
MOCK_TOKEN = "mock-app-token"  # noqa: S105 - Prism accepts any bearer token

#: optional part -> (a module it brings, the extra that installs it)
EXTRAS = {"uvicorn": "webhooks", "redis": "redis", "typer": "cli", "rich": "cli"}


class Exit(IntEnum):
    """The CLI's exit codes (documented in the README)."""

    OK = 0
    API_ERROR = 1  # CINNOX (or the mock) refused the request or failed
    USAGE = 2  # bad arguments or input (an unusable file or port too), refused before any request
    CONFIGURATION = 3  # missing credentials, or a missing optional part (the install hint is printed)
    OUTCOME_UNKNOWN = 4  # a send may have been processed; check before retrying
    NETWORK = 5  # could not reach CINNOX
    INTERRUPTED = 130  # Ctrl-C or SIGTERM


@dataclasses.dataclass
class CliState:
    """What the top-level options set for one run; lives in Typer's context (``ctx.obj``)."""

    debug: bool = False


def state(ctx: typer.Context) -> CliState:
    found = ctx.find_object(CliState)
    return found if found is not None else CliState(debug=debug_enabled())


def fail(message: str, code: Exit) -> NoReturn:
    """Print ``error: message`` (as plain text: user input in it is never read as markup) and exit."""
    err_console.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(int(code))


def install_hint(module: str) -> str:
    extra = EXTRAS.get(module, "cli")
    return f"{module} is not installed: pip install 'cinnox-sdk[{extra}]'"


def require(module: str) -> None:
    """Fail with the exact install command when an optional part is missing."""
    import importlib.util

    if importlib.util.find_spec(module) is None:
        fail(install_hint(module), Exit.CONFIGURATION)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def install_signal_handlers() -> None:
    """SIGTERM (and SIGHUP) unwind like Ctrl-C, so every ``with`` block (a Prism mock, an open
    file) is left properly. Installed before any command starts anything."""
    signal.signal(signal.SIGTERM, _interrupt)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, _interrupt)


@contextlib.contextmanager
def reported_errors(debug: bool) -> Iterator[None]:
    """Turn SDK errors into one clear line and an exit code (a traceback only with --debug)."""
    try:
        yield
    except typer.Exit:
        raise
    except BrokenPipeError:
        quiet_broken_pipe()
        raise typer.Exit(int(Exit.OK)) from None
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
        if isinstance(e, errors.ValidationError | errors.WebhookPayloadError | PortInUseError):
            fail(str(e), Exit.USAGE)
        if isinstance(e, PrismNotFoundError):
            fail(str(e), Exit.CONFIGURATION)
        if isinstance(e, errors.SendOutcomeUnknownError):
            fail(str(e), Exit.OUTCOME_UNKNOWN)
        if isinstance(e, errors.APIConnectionError):
            fail(str(e), Exit.NETWORK)
        if isinstance(e, PrismStartError):
            fail(str(e), Exit.API_ERROR)
        fail(str(e), Exit.API_ERROR)


def quiet_broken_pipe() -> None:
    """The reader of our standard output went away (``cinnox export -o - | head``): stop quietly,
    without Python's "Exception ignored" note when stdout is flushed at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)


def say(message: str) -> None:
    err_console.print(f"[dim]{escape(message)}[/]")


@contextlib.contextmanager
def open_client(mock: bool) -> Iterator[Cinnox]:
    """A client for the configured account, or for a Prism mock started for this command."""
    from .._client import Cinnox

    if not mock:
        with Cinnox() as client:
            yield client
        return
    with PrismMock(on_status=say) as prism:
        say(f"using the Prism mock at {prism.url}")
        with Cinnox(MOCK_APP_ID, MOCK_TOKEN, base_url=prism.url) as client:
            yield client


def debug_enabled() -> bool:
    return os.environ.get("CINNOX_DEBUG", "") not in ("", "0")
