"""A loopback CINNOX stand-in that misbehaves on purpose (the SDK's fault tests and benchmarks use it;
so can an app's tests, to see its code survive drops, lost answers and throttling over real sockets).

It serves a fixed set of SMS records through ``data/sms-detail`` and accepts ``send_otp``/``send_sms``,
remembering every send it *processed*. Each request draws a fault from a seeded RNG:

- ``error``: HTTP 500 before processing (a GET is safe to retry; for a send this is "unknown").
- ``throttle``: code 6451010 (HTTP 429 or 400, alternating) before processing.
- ``drop``: close the connection without answering, before processing.
- ``lost``: process the request, then close without answering (the answer is lost).
- ``slow``: process, then answer after the client's timeout (a read timeout).

It can also enforce a sliding window (at most N requests in any P seconds, counted on arrival) and
answer 6451010 beyond it, which is how the benchmark measures the rate limiter.
"""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections import Counter, deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout) closes its end; writing to it then fails. Expected here."""


class FaultyCinnox:
    def __init__(
        self,
        *,
        records: int = 0,
        fault_rate: float = 0.0,
        faults: tuple[str, ...] = ("error", "throttle", "drop", "lost", "slow"),
        slow_seconds: float = 0.5,
        seed: int = 0,
        window: tuple[int, float] | None = None,
    ) -> None:
        self.records = [
            {
                "id": f"sms-{i:06d}",
                "smsID": f"s{i}",
                "text": f"message {i}",
                "createdAt": "2025-11-07T02:14:09.000Z",
                "segmentCount": 1,
            }
            for i in range(records)
        ]
        self.fault_rate = fault_rate
        self.faults = faults
        self.slow_seconds = slow_seconds
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.processed: Counter[str] = Counter()
        self.arrivals: list[float] = []
        self.rejected = 0
        self.window = window
        self._recent: deque[float] = deque()
        self.server = _QuietServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FaultyCinnox:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def _draw(self) -> str | None:
        with self.lock:
            if self.rng.random() < self.fault_rate:
                return self.rng.choice(self.faults)
        return None

    def _over_window(self) -> bool:
        """Record the arrival; with a window, answer whether it is one request too many."""
        now = time.monotonic()
        with self.lock:
            self.arrivals.append(now)
        if self.window is None:
            return False
        limit, period = self.window
        with self.lock:
            while self._recent and self._recent[0] <= now - period:
                self._recent.popleft()
            if len(self._recent) >= limit:
                self.rejected += 1
                return True
            self._recent.append(now)
        return False

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def setup(self) -> None:
                super().setup()
                # Headers and body go out in two writes; without this, Nagle + delayed ACK add 40 ms
                # to every keep-alive response.
                self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def _send(self, status: int, body: Any) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _drop(self) -> None:
                self.close_connection = True

            def _handle(self, process: Any) -> None:
                if outer._over_window():
                    self._send(429, {"code": 6451010, "message": "Too many requests"})
                    return
                fault = outer._draw()
                if fault == "error":
                    self._send(500, {"code": 6451001, "message": "Bad response from the service"})
                elif fault == "throttle":
                    status = 429 if outer.rng.random() < 0.5 else 400
                    self._send(status, {"code": 6451010, "message": "Too many requests"})
                elif fault == "drop":
                    self._drop()
                elif fault == "lost":
                    process()
                    self._drop()
                elif fault == "slow":
                    result = process()
                    time.sleep(outer.slow_seconds)
                    self._send(200, result)
                else:
                    self._send(200, process())

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                if not url.path.endswith("/data/sms-detail"):
                    self._send(404, {"code": 6450001, "message": "method not found"})
                    return
                query = parse_qs(url.query)
                offset = int(query.get("offset", ["0"])[0])
                limit = int(query.get("limit", ["500"])[0])

                def page() -> dict[str, Any]:
                    return {"code": 0, "result": outer.records[offset : offset + limit]}

                self._handle(page)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                key = body.get("text", "")

                def send() -> dict[str, Any]:
                    with outer.lock:
                        outer.processed[key] += 1
                    return {"serviceID": "svc-fault", "status": True, "transactionID": f"t-{key}"}

                self._handle(send)

        return Handler
