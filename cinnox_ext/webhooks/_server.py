"""Run a receiver under uvicorn in a background thread: the local loop of the demo and the tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .._net import free_port


@contextmanager
def serve_in_background(
    app: Callable[..., Any], *, host: str = "127.0.0.1", port: int | None = None
) -> Iterator[str]:
    """Serve an ASGI app on loopback until the block ends; yields its base URL.

    Access logging is off, since webhook URLs carry their secret in the query string.
    """
    import uvicorn

    port = port or free_port(host)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, name=f"uvicorn:{port}", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError(f"uvicorn did not start on {host}:{port}")
            time.sleep(0.02)
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
