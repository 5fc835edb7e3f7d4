"""Loopback helpers shared by the mock, the webhook server, the CLI, tests and benchmarks.

Standard library only, so importing this module costs nothing.
"""

from __future__ import annotations

import contextlib
import socket
import time

__all__ = ["free_port", "port_accepts", "port_in_use", "wait_for_port"]


def free_port(host: str = "127.0.0.1") -> int:
    """A port the kernel just reported free on ``host`` (another process may take it before you do)."""
    with socket.socket() as s:
        s.bind((host, 0))
        port: int = s.getsockname()[1]
        return port


def port_accepts(host: str, port: int, timeout: float = 0.5) -> bool:
    """Whether something accepts TCP connections on ``host:port`` right now."""
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=timeout):
        return True
    return False


def port_in_use(host: str, port: int) -> bool:
    """Whether binding ``host:port`` fails (taken by another listener, or not bindable here)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers bind: TIME_WAIT is free
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


def wait_for_port(host: str, port: int, timeout: float) -> bool:
    """Poll until ``host:port`` accepts connections; ``False`` when ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        if port_accepts(host, port, timeout=min(0.5, max(timeout, 0.05))):
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)
