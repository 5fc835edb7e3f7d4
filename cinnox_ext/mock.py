"""Run Prism on the bundled spec: a local CINNOX for tests, demos and development.

:class:`PrismMock` starts ``prism mock`` (or ``prism proxy``) on a free loopback port, waits until it
listens, shows Prism's log when it fails to start, and always stops it (the whole process group, so
``npx``'s children go too)::

    with PrismMock() as prism:
        client = Cinnox("app-1", "any-token", base_url=prism.url)

Prism is taken from ``$CINNOX_PRISM``, then ``mock/node_modules/.bin/prism`` in a source checkout
(``npm ci --prefix mock``), then ``prism`` on ``PATH``, then ``npx @stoplight/prism-cli`` at the
pinned version.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Final, Self

from ._spec import spec_path
from .errors import CinnoxError

__all__ = ["PRISM_VERSION", "PrismMock", "PrismStartError", "find_prism", "free_port"]

PRISM_VERSION: Final = "5.14.2"
_REPO_PRISM = Path(__file__).resolve().parent.parent / "mock" / "node_modules" / ".bin" / "prism"


class PrismStartError(CinnoxError):
    """Prism did not start; the message ends with its log."""


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
    raise PrismStartError("Prism not found: install Node.js ≥ 20 and run `npm ci --prefix mock`")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


class PrismMock:
    """A Prism process serving the spec on ``http://127.0.0.1:<port>``.

    Args:
        port: fixed port, or ``None`` for a free one.
        upstream: when given, run ``prism proxy`` in front of this base URL instead of ``prism mock``,
            so that live traffic is validated against the spec.
        dynamic: generate responses from the schemas instead of serving the examples.
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
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.spec = spec or spec_path()
        self.upstream = upstream
        self.dynamic = dynamic
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._log = tempfile.NamedTemporaryFile(prefix="prism-", suffix=".log", delete=False)  # noqa: SIM115

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def log(self) -> str:
        return Path(self._log.name).read_text(errors="replace")

    def command(self) -> list[str]:
        if self.upstream:
            args = ["proxy", str(self.spec), self.upstream, "--errors"]
        else:
            args = ["mock", str(self.spec)] + (["--dynamic"] if self.dynamic else [])
        return [*find_prism(), *args, "--host", self.host, "--port", str(self.port)]

    def start(self) -> Self:
        if self._process is not None:
            return self
        self._process = subprocess.Popen(  # noqa: S603 - fixed argv, no shell
            self.command(),
            stdout=self._log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if (code := self._process.poll()) is not None:
                log = self.log
                self.stop()
                raise PrismStartError(f"Prism exited with code {code}:\n{log[-4000:]}")
            if "Prism is listening" in self.log and self._accepts():
                return self
            time.sleep(0.1)
        log = self.log
        self.stop()
        raise PrismStartError(
            f"Prism did not listen on {self.url} within {self.startup_timeout}s:\n{log[-4000:]}"
        )

    def wait(self) -> int | None:
        """Block until Prism exits (for ``cinnox mock``, which runs until Ctrl-C); its exit code."""
        return self._process.wait() if self._process is not None else None

    def _accepts(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection((self.host, self.port), timeout=0.5):
            return True
        return False

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        with contextlib.suppress(OSError):
            self._log.close()
            os.unlink(self._log.name)
