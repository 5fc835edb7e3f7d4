"""Benchmark code that runs in child processes (spawned, so it must live in an importable module)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from cinnox_ext import Cinnox
from cinnox_ext.testing.faults import FaultyCinnox

LIMIT, PERIOD = 60, 2.0


def one_request(client: Cinnox) -> None:
    next(iter(client.reports.sms_details(page_size=10).pages()))


def hammer(client: Cinnox, threads: int, until: float, clock: Callable[[], float] = time.monotonic) -> None:
    """Send requests from ``threads`` threads sharing ``client`` until ``clock()`` reaches ``until``."""

    def worker() -> None:
        while clock() < until:
            one_request(client)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()


def redis_process(url: str, redis_url: str, stop_wall: float) -> None:
    with Cinnox(
        "bench", "t", base_url=url, rate_limit=LIMIT, rate_period=PERIOD, rate_limit_storage=redis_url
    ) as c:
        hammer(c, 4, stop_wall, time.time)  # wall clock: the deadline is shared across processes


def serve_records(total: int, ready: Any, port_out: Any) -> None:
    with FaultyCinnox(records=total) as server:
        port_out.value = int(server.url.rsplit(":", 1)[1])
        ready.set()
        while True:
            time.sleep(1)
