"""The ``cinnox`` command line. ``cinnox --help`` lists the commands.

Exit codes (the README's table): 0 success; 1 CINNOX (or the mock) refused or failed; 2 bad arguments
or input, nothing sent (also: an output file that cannot be written, a port already in use); 3
missing credentials or a missing optional part (the install command is printed); 4 a send may have
been processed (check before retrying); 5 network failure; 130 interrupted (Ctrl-C, SIGTERM).
``--debug`` (or ``CINNOX_DEBUG=1``) shows tracebacks.

Start-up: ``cinnox --version``, ``cinnox --help`` and ``cinnox segments …`` are answered here without
importing Typer, Rich, httpx or the generated client; everything else builds the Typer application
(:mod:`cinnox_ext.cli._app`).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not typing's: importing typing costs a few ms of start-up
if TYPE_CHECKING:
    from typing import Any, Final

    import typer

__all__ = ["COMMANDS", "HELP", "app", "main"]

#: One line per top-level command: the fast ``--help`` prints these, and the Typer app uses them
#: as its help strings (a test checks that both list the same commands).
COMMANDS: Final[dict[str, str]] = {
    "segments": "How a text is split and billed: encoding, parts, what forces UCS-2.",
    "sms": "Send SMS.",
    "otp": "Send OTP SMS.",
    "export": "Export a report to JSONL or CSV, with progress and a resumable checkpoint.",
    "webhooks": "Receive webhook deliveries locally (and forward them), and send example ones.",
    "mock": "Serve the bundled spec with Prism (or proxy to CINNOX, validating traffic).",
    "demo": "Start the mock and walk through a realistic session.",
    "spec": "What the bundled spec covers.",
}

SUMMARY: Final = (
    "CINNOX Open API from the command line: segments, sends, exports, webhooks, and a local mock."
)

EXIT_CODES: Final = (
    "Exit codes: 0 success; 1 CINNOX refused the request; 2 bad arguments or input (nothing sent); "
    "3 missing credentials or optional part; 4 a send may have been processed; 5 network failure; "
    "130 interrupted."
)

HELP: Final = "\n".join(
    [
        "Usage: cinnox [OPTIONS] COMMAND [ARGS]...",
        "",
        f"  {SUMMARY}",
        "",
        "Options:",
        "  --version             Show the version and exit.",
        "  --debug               Show tracebacks (also CINNOX_DEBUG=1).",
        "  --install-completion  Install completion for the current shell.",
        "  --show-completion     Show completion for the current shell.",
        "  -h, --help            Show this message and exit.",
        "",
        "Commands:",
        *(f"  {name:<10}  {text}" for name, text in COMMANDS.items()),
        "",
        "Run `cinnox COMMAND --help` for a command's options.",
        EXIT_CODES,
    ]
)


def _dist_info_version() -> str | None:
    """The installed version from ``cinnox_sdk-*.dist-info/METADATA`` found on ``sys.path``, read
    directly: ``importlib.metadata`` costs 30-40 ms of start-up for the same line."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("cinnox_sdk-") and name.endswith(".dist-info"):
                try:
                    with open(os.path.join(entry, name, "METADATA"), encoding="utf-8") as f:
                        for line in f:
                            if line.startswith("Version:"):
                                return line.partition(":")[2].strip()
                            if not line.strip():
                                break
                except OSError:
                    continue
    return None


def version() -> str:
    """The installed package's version (package metadata is the one source)."""
    if found := _dist_info_version():
        return found
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("cinnox-sdk")
    except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
        return "0+unknown"


def _segments_fast(args: list[str]) -> int | None:
    """``cinnox segments [TEXT|-] [--json] [-r N]`` without Typer; ``None``: let Typer handle it."""
    text: str | None = None
    as_json = False
    recipients = 1
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--json":
            as_json = True
        elif arg in ("-r", "--recipients") and i + 1 < len(args):
            i += 1
            value = args[i]
            if not value.isdigit() or int(value) < 1:
                return None  # Typer prints its usual error
            recipients = int(value)
        elif arg.startswith("--recipients=") and arg[13:].isdigit() and int(arg[13:]) >= 1:
            recipients = int(arg[13:])
        elif (arg == "-" or not arg.startswith("-")) and text is None:
            text = arg
        else:
            return None  # --help, --, an unknown option, a second text: Typer's parser decides
        i += 1
    from ._segments import run_segments

    try:
        run_segments(text, as_json=as_json, recipients=recipients, out=sys.stdout, err=sys.stderr)
    except BrokenPipeError:  # `cinnox segments … | head -1`: the reader went away
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return 130
    except Exception as e:
        from ..errors import CinnoxError  # only now: a run that succeeds never imports the module

        if not isinstance(e, CinnoxError):
            raise
        sys.stderr.write(f"error: {e}\n")
        return 2
    return 0


def fast_path(argv: list[str]) -> int | None:
    """Answer the commands that must start instantly; ``None`` when Typer is needed."""
    if any(name.endswith("_COMPLETE") and name.startswith("_") for name in os.environ):
        return None  # shell completion is Typer's
    if argv in (["--version"], ["-V"]):
        sys.stdout.write(f"cinnox {version()}\n")
        return 0
    if argv in (["--help"], ["-h"]):
        sys.stdout.write(HELP + "\n")
        return 0
    if argv[:1] == ["segments"]:
        return _segments_fast(argv[1:])
    return None


def main(argv: list[str] | None = None) -> None:
    """The ``cinnox`` console script."""
    args = sys.argv[1:] if argv is None else argv
    code = fast_path(args)
    if code is not None:
        sys.stdout.flush()
        raise SystemExit(code)
    try:
        from ._app import run
    except ModuleNotFoundError as e:
        if e.name not in ("typer", "rich", "click"):
            raise
        sys.stderr.write(f"error: {e.name} is not installed: pip install 'cinnox-sdk[cli]'\n")
        raise SystemExit(3) from None
    run(args)


def __getattr__(name: str) -> Any:
    if name == "app":
        from ._app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


if TYPE_CHECKING:
    app: typer.Typer
