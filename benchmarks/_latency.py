"""A loopback ``data/sms-detail`` server that answers every page after a fixed delay (simulated
network latency) and records when each request arrived, for the export benchmark."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer is expected at the end of a run."""


class LatencyServer:
    def __init__(self, latency: float, total: int = 10**7) -> None:
        self.latency = latency
        self.total = total
        self.arrivals: list[float] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out at once: no delayed-ACK stall

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                with outer.lock:
                    outer.arrivals.append(time.monotonic())
                query = parse_qs(urlsplit(self.path).query)
                offset = int(query.get("offset", ["0"])[0])
                limit = int(query.get("limit", ["10"])[0])
                records = [
                    {"id": f"sms-{i:08d}", "smsID": f"s{i}", "text": f"message {i}",
                     "createdAt": "2025-11-07T02:14:09.000Z", "segmentCount": 1}
                    for i in range(offset, min(outer.total, offset + limit))
                ]  # fmt: skip
                body = json.dumps({"code": 0, "result": records}).encode()
                time.sleep(outer.latency)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> LatencyServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
