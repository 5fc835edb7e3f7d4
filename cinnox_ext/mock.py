"""Run Prism on the bundled spec: a local CINNOX for tests, demos and development.

:class:`PrismMock` starts ``prism mock`` (or ``prism proxy``) on a free loopback port, waits until it
listens, shows Prism's log when it fails to start, and always stops it (the whole process group, so
``npx``'s children go too), also when start-up itself is interrupted::

    with PrismMock() as prism:
        client = Cinnox("app-1", "any-token", base_url=prism.url)

Prism's output is kept in memory (the last lines, for error messages): nothing is written to disk.
Failures are typed: :class:`PrismNotFoundError` (no Prism and no Node), :class:`PortInUseError`
(the requested port is taken), :class:`PrismStartError` (their base: Prism exited or did not listen).

Prism is taken from ``$CINNOX_PRISM``, then ``mock/node_modules/.bin/prism`` in a source checkout
(``npm ci --prefix mock``), then ``prism`` on ``PATH``, then ``npx @stoplight/prism-cli`` at the
pinned version (downloaded on first use, which takes a while: ``on_status`` is told).
"""

from __future__ import annotations

import collections
import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Final, Self

from ._net import free_port, port_accepts, port_in_use
from .errors import CinnoxError

__all__ = [
    "PRISM_VERSION",
    "PortInUseError",
    "PrismMock",
    "PrismNotFoundError",
    "PrismStartError",
    "find_prism",
    "free_port",
]

PRISM_VERSION: Final = "5.14.2"
_REPO_PRISM = Path(__file__).resolve().parent.parent / "mock" / "node_modules" / ".bin" / "prism"
_LOG_LINES: Final = 400


class PrismStartError(CinnoxError):
    """Prism did not start; the message ends with its log."""


class PrismNotFoundError(PrismStartError):
    """Neither Prism nor Node's ``npx`` is installed."""


class PortInUseError(PrismStartError):
    """The port asked for is already taken by another program.

    Attributes:
        host, port: the address that could not be used.
    """

    def __init__(self, host: str, port: int) -> None:
        super().__init__(f"port {port} on {host} is already in use; choose another with --port")
        self.host = host
        self.port = port


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back for a short critical section (starting or stopping Prism), then
    deliver them to whatever handled them before: Prism is never started without being tracked, or
    left half-stopped. Only the main thread receives signals, so elsewhere this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous: dict[int, Any] = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        handler = signal.getsignal(signum)
        if handler is not None:
            previous[signum] = signal.signal(signum, lambda s, _frame: caught.append(s))
    try:
        yield
    finally:
        for held, handler in previous.items():
            signal.signal(held, handler)
        if caught:
            signal.raise_signal(caught[0])


def find_prism() -> list[str]:
    """The command that runs Prism here."""
    if env := os.environ.get("CINNOX_PRISM"):
        return [env]
    if _REPO_PRISM.exists():
        return [str(_REPO_PRISM)]
    if found := shutil.which("prism"):
        return [found]
    if npx := shutil.which("npx"):
        return [npx, "--yes", f"@stoplight/prism-cli@{PRISM_VERSION}"]
    raise PrismNotFoundError("Prism not found: install Node.js ≥ 20 and run `npm ci --prefix mock`")


class PrismMock:
    """A Prism process serving the spec on ``http://127.0.0.1:<port>``.

    Args:
        port: fixed port, or ``None`` for a free one.
        upstream: when given, run ``prism proxy`` in front of this base URL instead of ``prism mock``,
            so that live traffic is validated against the spec.
        dynamic: generate responses from the schemas instead of serving the examples.
        on_status: called with a short sentence when start-up takes a visible step (npx fetching Prism).
    """

    def __init__(
        self,
        *,
        port: int | None = None,
        host: str = "127.0.0.1",
        spec: Path | None = None,
        upstream: str | None = None,
        dynamic: bool = False,
        startup_timeout: float = 90.0,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        self.host = host
        self._fixed_port = port is not None
        self.port = port or free_port(host)
        if spec is None:
            from ._spec import spec_path  # PyYAML is loaded only when a mock starts

            spec = spec_path()
        self.spec = spec
        self.upstream = upstream
        self.dynamic = dynamic
        self.startup_timeout = startup_timeout
        self.on_status = on_status
        self._process: subprocess.Popen[bytes] | None = None
        self._lines: collections.deque[str] = collections.deque(maxlen=_LOG_LINES)
        self._listening = threading.Event()
        self._reader: threading.Thread | None = None

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"PrismMock(url={self.url!r}, {state})"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def log(self) -> str:
        """Prism's recent output (the last few hundred lines)."""
        return "".join(self._lines)

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """Prism's process id (also its process group id), while it runs."""
        return self._process.pid if self._process is not None else None

    def command(self) -> list[str]:
        if self.upstream:
            args = ["proxy", str(self.spec), self.upstream, "--errors"]
        else:
            args = ["mock", str(self.spec)] + (["--dynamic"] if self.dynamic else [])
        return [*find_prism(), *args, "--host", self.host, "--port", str(self.port)]

    def _read(self, stream: IO[bytes]) -> None:
        for raw in iter(stream.readline, b""):
            line = raw.decode(errors="replace")
            self._lines.append(line)
            if "Prism is listening" in line:
                self._listening.set()
        stream.close()

    def start(self) -> Self:
        """Start Prism and wait until it listens; stops it again if anything interrupts the wait."""
        if self._process is not None:
            return self
        if self._fixed_port and port_in_use(self.host, self.port):
            raise PortInUseError(self.host, self.port)
        command = self.command()
        if self.on_status is not None and "--yes" in command[:2]:
            self.on_status(
                f"Prism is not installed here: npx is fetching @stoplight/prism-cli@{PRISM_VERSION} "
                "(the first time takes 10-30 s; `npm ci --prefix mock` installs it for good)"
            )
        self._lines.clear()
        self._listening.clear()
        try:
            with _signals_deferred():  # a signal here would leave an untracked Prism behind
                self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
                    command,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )
                assert self._process.stdout is not None
                self._reader = threading.Thread(
                    target=self._read, args=(self._process.stdout,), name="prism-log", daemon=True
                )
                self._reader.start()
            self._wait_listening()
        except BaseException:
            self.stop()  # Ctrl-C, SIGTERM or a failure while starting: never leave Prism behind
            raise
        return self

    def _wait_listening(self) -> None:
        assert self._process is not None
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if (code := self._process.poll()) is not None:
                if self._reader is not None and self._reader.ident is not None:
                    self._reader.join(timeout=5)
                log = self.log
                if "EADDRINUSE" in log:
                    raise PortInUseError(self.host, self.port)
                raise PrismStartError(f"Prism exited with code {code}:\n{log[-4000:]}")
            if self._listening.wait(0.05) and port_accepts(self.host, self.port):
                return
        raise PrismStartError(
            f"Prism did not listen on {self.url} within {self.startup_timeout}s:\n{self.log[-4000:]}"
        )

    def wait(self) -> int | None:
        """Block until Prism exits (for ``cinnox mock``, which runs until Ctrl-C); its exit code."""
        process = self._process
        return process.wait() if process is not None else None

    def stop(self) -> None:
        """Stop Prism's whole process group (SIGTERM, then SIGKILL after 10 s); idempotent.

        Ctrl-C and SIGTERM are held back while it runs (in the main thread), so a second signal
        cannot leave Prism half-stopped; they are delivered when it returns.
        """
        with _signals_deferred():
            process, self._process = self._process, None
            if process is not None:
                self._stop(process)

    def _stop(self, process: subprocess.Popen[bytes]) -> None:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
        # npx's children share the group: take any still there with it
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        reader, self._reader = self._reader, None
        if reader is not None and reader.ident is not None:  # started
            reader.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
