"""Benchmark code that runs in child processes (spawned, so it must live in an importable module)."""

from __future__ import annotations

import threading
import time
from typing import Any

from cinnox_ext import Cinnox
from tests.faults import FaultyCinnox

LIMIT, PERIOD = 60, 2.0


def one_request(client: Cinnox) -> None:
    next(iter(client.reports.sms_details(page_size=10).pages()))


def redis_process(url: str, redis_url: str, stop_wall: float) -> None:
    with Cinnox(
        "bench", "t", base_url=url, rate_limit=LIMIT, rate_period=PERIOD, rate_limit_storage=redis_url
    ) as c:

        def worker() -> None:
            while time.time() < stop_wall:
                one_request(c)

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def serve_records(total: int, ready: Any, port_out: Any) -> None:
    with FaultyCinnox(records=total) as server:
        port_out.value = int(server.url.rsplit(":", 1)[1])
        ready.set()
        while True:
            time.sleep(1)
