"""``nox -s bench``: every figure is a ratio or fraction measured in this run, on this machine.

1. Segmentation throughput: ``segment()`` vs Twilio's calculator (Node, in-process timing), same
   corpus of 10,000 texts. Target ≥ 20×.
2. Rate limiter: a loopback server enforcing the same sliding window (N requests in any P seconds,
   counted on arrival) answers 6451010 beyond it; we report the fraction of the budget used and the
   rejections, for threads, asyncio tasks and 3 processes sharing Redis. Targets: ≥ 99% in-process,
   ≥ 95% across processes, 0 rejections.
3. Per-call overhead: the same GET through ``Cinnox`` and through bare ``httpx`` against the same
   loopback server. Target ≤ 1.5×.
4. Memory: peak Python allocation while streaming 200,000 records through
   ``reports.sms_details`` from a server in another process. Target ≤ 50 MB above baseline.

Usage: ``python -m benchmarks [segmentation|ratelimit|overhead|memory ...] [--quick]``
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._workers import LIMIT, PERIOD, hammer, one_request, redis_process, serve_records  # noqa: E402
from benchmarks.corpus import corpus  # noqa: E402
from cinnox_ext import AsyncCinnox, Cinnox, RetryPolicy  # noqa: E402
from cinnox_ext.segmentation import segment  # noqa: E402
from cinnox_ext.testing.faults import FaultyCinnox  # noqa: E402

RESULTS: list[tuple[str, str, str, bool]] = []


def report(name: str, figure: str, target: str, ok: bool) -> None:
    RESULTS.append((name, figure, target, ok))
    print(f"  {name}: {figure}   (target {target}) {'OK' if ok else 'MISSED'}", flush=True)


# ----------------------------------------------------------------------------- 1. segmentation


def bench_segmentation(quick: bool) -> None:
    print("Segmentation: segment() vs sms-segments-calculator (Node)", flush=True)
    texts = corpus(10_000)
    reference_dir = ROOT / "tests" / "reference"
    out = subprocess.run(
        ["node", "segments.js", "--repeat", "2" if quick else "3"],
        input=json.dumps(texts), capture_output=True, text=True, cwd=reference_dir, check=True,
    )  # fmt: skip
    reference = json.loads(out.stdout)
    ours_best = float("inf")
    for _ in range(3 if quick else 5):
        start = time.perf_counter()
        results = [segment(t) for t in texts]
        ours_best = min(ours_best, time.perf_counter() - start)
    agree = sum(
        (m.encoding, m.segment_count) == tuple(r) for m, r in zip(results, reference["results"], strict=True)
    )
    ratio = reference["seconds"] / ours_best
    print(f"  corpus {len(texts)} texts; ours {ours_best * 1e6 / len(texts):.1f} µs/text, "
          f"reference {reference['seconds'] * 1e6 / len(texts):.1f} µs/text; agreement {agree}/{len(texts)}")  # fmt: skip
    report(
        "segmentation throughput vs reference", f"{ratio:.1f}×", "≥ 20×", ratio >= 20 and agree == len(texts)
    )


# ----------------------------------------------------------------------------- 2. rate limiter

WINDOWS = 3


def _budget(server: FaultyCinnox, t0: float) -> tuple[float, int]:
    horizon = t0 + WINDOWS * PERIOD
    with server.lock:
        arrivals = [a for a in server.arrivals if t0 <= a < horizon]
        rejected = server.rejected
    return (len(arrivals) - rejected) / (LIMIT * WINDOWS), rejected


def _run_threads(server: FaultyCinnox, stop: float) -> None:
    with Cinnox("bench", "t", base_url=server.url, rate_limit=LIMIT, rate_period=PERIOD) as client:
        hammer(client, 8, stop)


async def _run_tasks(server: FaultyCinnox, stop: float) -> None:
    async with AsyncCinnox("bench", "t", base_url=server.url, rate_limit=LIMIT, rate_period=PERIOD) as client:

        async def worker() -> None:
            while time.monotonic() < stop:
                async for _ in client.reports.sms_details(page_size=10).pages():
                    break

        await asyncio.gather(*(worker() for _ in range(32)))


def _start_redis() -> tuple[subprocess.Popen[bytes], str, str]:
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    workdir = tempfile.mkdtemp(prefix="bench-redis-")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workdir],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            break
        except OSError:
            time.sleep(0.05)
    return proc, f"redis://127.0.0.1:{port}/0", workdir


def bench_ratelimit(quick: bool) -> None:
    print(
        f"Rate limiter: server allows {LIMIT} requests in any {PERIOD:.0f} s, measured over {WINDOWS} windows",
        flush=True,
    )
    for label, target_fraction in (("8 threads", 0.99), ("32 asyncio tasks", 0.99)):
        with FaultyCinnox(records=5, window=(LIMIT, PERIOD)) as server:
            t0 = time.monotonic()
            stop = t0 + WINDOWS * PERIOD + 0.2
            if label.endswith("threads"):
                _run_threads(server, stop)
            else:
                asyncio.run(_run_tasks(server, stop))
            fraction, rejected = _budget(server, t0)
        report(
            f"budget used, {label}",
            f"{fraction:.1%}, {rejected} rejections",
            f"≥ {target_fraction:.0%}, 0",
            fraction >= target_fraction and rejected == 0,
        )
    proc, redis_url, workdir = _start_redis()
    try:
        with FaultyCinnox(records=5, window=(LIMIT, PERIOD)) as server:
            ctx = multiprocessing.get_context("spawn")
            start_wall = time.time() + 2.0  # let the processes import first
            stop_wall = start_wall + WINDOWS * PERIOD + 0.2
            procs = [
                ctx.Process(target=redis_process, args=(server.url, redis_url, stop_wall)) for _ in range(3)
            ]
            for p in procs:
                p.start()
            time.sleep(max(0.0, start_wall - time.time()))
            for p in procs:
                p.join()
            with server.lock:
                first = min(server.arrivals) if server.arrivals else time.monotonic()
            fraction, rejected = _budget(server, first)
        report(
            "budget used, 3 processes sharing Redis",
            f"{fraction:.1%}, {rejected} rejections",
            "≥ 95%, 0",
            fraction >= 0.95 and rejected == 0,
        )
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)


# ----------------------------------------------------------------------------- 3. overhead


def bench_overhead(quick: bool) -> None:
    calls = 300 if quick else 1500
    print(f"Per-call overhead: {calls} GETs each way against a loopback server", flush=True)
    with FaultyCinnox(records=20) as server:
        path = "/v1/api/apps/bench/data/sms-detail"
        params = {"offset": 0, "limit": 20}
        bare = httpx.Client(base_url=server.url, headers={"Authorization": "Bearer t"})
        # The limiter stays on (its cost is part of every call) with a limit this run cannot reach.
        ours = Cinnox("bench", "t", base_url=server.url, rate_limit=10**9)
        for _ in range(50):  # warm both connection pools
            bare.get(path, params=params).json()
            one_request(ours)
        timings = {"bare": float("inf"), "ours": float("inf")}
        for _ in range(3):
            start = time.perf_counter()
            for _ in range(calls):
                bare.get(path, params=params).json()
            timings["bare"] = min(timings["bare"], time.perf_counter() - start)
            start = time.perf_counter()
            for _ in range(calls):
                one_request(ours)
            timings["ours"] = min(timings["ours"], time.perf_counter() - start)
        bare.close()
        ours.close()
    ratio = timings["ours"] / timings["bare"]
    print(f"  bare httpx {timings['bare'] / calls * 1e6:.0f} µs/call (GET + JSON), "
          f"Cinnox {timings['ours'] / calls * 1e6:.0f} µs/call (GET + limiter + error check + models)")  # fmt: skip
    report("per-call time, Cinnox vs bare httpx", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5)


# ----------------------------------------------------------------------------- 4. memory


def bench_memory(quick: bool) -> None:
    total = 50_000 if quick else 200_000
    print(f"Memory: streaming {total:,} records (pages of 500) from a server in another process", flush=True)
    ctx = multiprocessing.get_context("spawn")
    ready, port = ctx.Event(), ctx.Value("i", 0)
    proc = ctx.Process(target=serve_records, args=(total, ready, port), daemon=True)
    proc.start()
    ready.wait(120)
    try:
        with Cinnox("bench", "t", base_url=f"http://127.0.0.1:{port.value}", rate_limit=None,
                    retry_policy=RetryPolicy(max_retries=3)) as client:  # fmt: skip
            tracemalloc.start()
            baseline = tracemalloc.get_traced_memory()[0]
            count = sum(1 for _ in client.reports.sms_details(page_size=500))
            peak = tracemalloc.get_traced_memory()[1] - baseline
            tracemalloc.stop()
    finally:
        proc.terminate()
        proc.join()
    assert count == total, count
    report(
        f"peak memory streaming {total:,} records", f"+{peak / 2**20:.1f} MB", "≤ +50 MB", peak <= 50 * 2**20
    )


SECTIONS = {
    "segmentation": bench_segmentation,
    "ratelimit": bench_ratelimit,
    "overhead": bench_overhead,
    "memory": bench_memory,
}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    chosen = [a for a in argv if not a.startswith("--")] or list(SECTIONS)
    for name in chosen:
        SECTIONS[name](quick)
    print("\nSummary")
    for name, figure, target, ok in RESULTS:
        print(f"  {'OK    ' if ok else 'MISSED'} {name}: {figure} (target {target})")
    return 0 if all(ok for *_, ok in RESULTS) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
