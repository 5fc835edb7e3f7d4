"""``./dev bench`` (``nox -s bench``): figures that hold on a shared, loaded machine.

Every figure is a ratio (or a difference) of two sides measured in this run, in interleaved rounds
(A, B, B, A, …: which side goes first alternates), repeated and reported as median [min … max].
A figure fails only when its median misses the target by more than its measured spread (the
interquartile range of the rounds, so one disturbed round cannot excuse a real miss), so noise from other processes does not fail the run, while a real regression does.

Sections: ``segmentation`` (per class vs Twilio's calculator in Node, texts batched per Node call),
``count`` (count-only µs/text and a bulk run of personalised texts: texts/s and peak memory),
``page`` (a 500-record ``sms_details`` page through ``Cinnox`` vs bare httpx get + json, with the fault
server's 5-property records and with the documented ones),
``export`` (pages/s as a fraction of min(rate bound, in-flight / latency) at 50/150/300 ms, sync and
async), ``budget`` (rate-limit budget used in steady state next to the bound P/(P+RTT)),
``overhead`` (per-call time vs bare httpx) and ``startup`` (subprocess wall times).

Usage: ``python -m benchmarks [section ...] [--quick]``
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from benchmarks.corpus import classes  # noqa: E402
from cinnox_ext.segmentation import count, segment  # noqa: E402

RESULTS: list[tuple[str, str, str, bool]] = []


def spread(values: list[float], unit: str = "×", digits: int = 1) -> str:
    med = statistics.median(values)
    return f"{med:.{digits}f}{unit} [{min(values):.{digits}f} … {max(values):.{digits}f}]"


def _iqr(values: list[float]) -> float:
    """The interquartile range: the measured spread, robust to one round disturbed by other load."""
    if len(values) < 2:
        return 0.0
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q3 - q1


def judge(
    name: str, values: list[float], target: float, higher: bool, unit: str = "×", digits: int = 1
) -> None:
    med, width = statistics.median(values), _iqr(values)
    miss = (target - med) if higher else (med - target)
    ok = miss <= width
    goal = f"{'≥' if higher else '≤'} {target:.{digits}f}{unit}"
    if miss > 0 and ok:
        goal += f", missed within the spread ±{width:.{digits}f}"
    RESULTS.append((name, spread(values, unit, digits), goal, ok))
    print(
        f"  {name}: {spread(values, unit, digits)}   (target {goal}) {'OK' if ok else 'MISSED'}", flush=True
    )


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


# ----------------------------------------------------------------------------- segmentation

TARGETS = {"mixed": 100.0}


def _node(batches: dict[str, list[str]]) -> dict[str, object]:
    out = subprocess.run(
        ["node", "segments.js", "--repeat", "2"], input=json.dumps(batches), capture_output=True,
        text=True, cwd=ROOT / "tests" / "reference", check=True,
    )  # fmt: skip
    result: dict[str, object] = json.loads(out.stdout)
    return result


def _ours(batches: dict[str, list[str]]) -> dict[str, float]:
    seconds = {}
    for name, texts in batches.items():
        best = float("inf")
        for _ in range(2):  # best of two, like the reference (--repeat 2: its JIT is warm)
            start = time.perf_counter()
            for t in texts:
                segment(t)
            best = min(best, time.perf_counter() - start)
        seconds[name] = best
    return seconds


def bench_segmentation(quick: bool) -> None:
    batches = classes(300 if quick else 600)
    rounds = 3 if quick else 5
    print(f"Segmentation: segment() vs sms-segments-calculator (Node), {rounds} interleaved rounds; {load()}")
    _ours({k: v[:50] for k, v in batches.items()})  # compile the lazy patterns outside the rounds
    ratios: dict[str, list[float]] = {k: [] for k in batches}
    ours_us: dict[str, list[float]] = {k: [] for k in batches}
    ref_us: dict[str, list[float]] = {k: [] for k in batches}
    reference: dict[str, list[list[object]]] = {}
    for r in range(rounds):
        if r % 2:
            ours = _ours(batches)
            node = _node(batches)
        else:
            node = _node(batches)
            ours = _ours(batches)
        node_seconds: dict[str, float] = node["seconds"]  # type: ignore[assignment]
        reference = node["results"]  # type: ignore[assignment]
        for k, texts in batches.items():
            ratios[k].append(node_seconds[k] / ours[k])
            ours_us[k].append(ours[k] / len(texts) * 1e6)
            ref_us[k].append(node_seconds[k] / len(texts) * 1e6)
    print(f"  {'class':18} {'texts':>6} {'ours µs/text':>22} {'reference µs/text':>26} agreement")
    for k, texts in batches.items():
        agree = sum(
            [m.encoding, m.segment_count] == r for m, r in zip(map(segment, texts), reference[k], strict=True)
        )
        print(f"  {k:18} {len(texts):6} {spread(ours_us[k], '', 1):>22} {spread(ref_us[k], '', 0):>26} "
              f"{agree}/{len(texts)}")  # fmt: skip
        if agree != len(texts):
            RESULTS.append((f"segmentation agreement, {k}", f"{agree}/{len(texts)}", "100 %", False))
    for k in batches:
        judge(f"segmentation vs reference, {k}", ratios[k], TARGETS.get(k, 30.0), higher=True)


# ----------------------------------------------------------------------------- count


def _personalised(n: int) -> Iterator[str]:
    names = ["Ana", "Bo", "Chen Wei", "陳大文", "Zoë", "Ólafur", "Łukasz", "佐藤", "Mo 😀"]
    for i in range(n):
        yield (f"Hi {names[i % len(names)]}, your order #{i} has shipped [track: https://t.example/{i:x}] "
               f"€{i % 997}.{i % 100:02d} due. Reply STOP to opt out." * (1 + i % 3))  # fmt: skip


def bench_count(quick: bool) -> None:
    batches = classes(1000)
    print(f"Count-only: count() µs/text per class, 5 runs; {load()}")
    for name, texts in batches.items():
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            for t in texts:
                count(t)
            runs.append((time.perf_counter() - start) / len(texts) * 1e6)
        print(f"  {name:18} {spread(runs, ' µs', 2)}")
    total = 100_000 if quick else 1_000_000
    start = time.perf_counter()
    parts = sum(count(t).parts for t in _personalised(total))
    elapsed = time.perf_counter() - start
    tracemalloc.start()
    sum(count(t).parts for t in _personalised(total // 10))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"  bulk: {total:,} personalised texts, {parts:,} parts, {total / elapsed:,.0f} texts/s "
          f"(text generation included); peak traced memory {peak / 1024:.0f} KiB (over {total // 10:,} texts)")  # fmt: skip


# ----------------------------------------------------------------------------- client figures


def _paired(a: Callable[[], object], b: Callable[[], object], rounds: int, calls: int) -> list[float]:
    """Time of ``a`` over time of ``b``, per round, the sides alternating which goes first."""
    ratios = []
    for r in range(rounds):
        times = {}
        for side, fn in (("a", a), ("b", b)) if r % 2 == 0 else (("b", b), ("a", a)):
            start = time.perf_counter()
            for _ in range(calls):
                fn()
            times[side] = time.perf_counter() - start
        ratios.append(times["a"] / times["b"])
    return ratios


def _same_query(limit: int) -> dict[str, object]:
    """The query a pager sends for its first page, so both sides make the same GET: an open range
    pins its end when iteration starts and sends it as ``endAt`` (the answer cannot grow while it is
    read)."""
    from datetime import UTC, datetime

    return {"endAt": datetime.now(UTC).isoformat(), "offset": 0, "limit": limit}


def _documented_records(count: int) -> list[dict[str, object]]:
    """``count`` records as the docs show them: the spec's ``getSmsDetails`` 200 example records (18 of
    SmsDetail's 19 properties) in turn, each with its own ``id`` and ``smsID``."""
    from cinnox_ext._spec import load_spec

    answer = load_spec()["paths"]["/v1/api/apps/{appID}/data/sms-detail"]["get"]["responses"]["200"]
    examples = answer["content"]["application/json"]["examples"]["ok"]["value"]["result"]
    return [
        {**example, "id": f"{example['id']}-{i}", "smsID": f"{example['smsID']}-{i}"}
        for i, example in zip(range(count), itertools.cycle(examples))
    ]


def _page_ratios(documented: bool, quick: bool) -> list[float]:
    """Per round: one 500-record page through ``Cinnox`` over bare httpx ``get + json`` of the same URL."""
    import httpx

    from cinnox_ext import Cinnox
    from cinnox_ext.testing.faults import FaultyCinnox

    with FaultyCinnox(records=500) as server:
        if documented:
            server.records = _documented_records(500)
        bare = httpx.Client(base_url=server.url, headers={"Authorization": "Bearer t"})
        ours = Cinnox("bench", "t", base_url=server.url, rate_limit=None)
        path, params = "/v1/api/apps/bench/data/sms-detail", _same_query(500)

        def one_bare() -> object:
            return bare.get(path, params=params).json()

        def one_ours() -> object:
            return next(iter(ours.reports.sms_details(page_size=500).pages()))

        one_bare(), one_ours()
        ratios = _paired(one_ours, one_bare, 5 if quick else 9, 5 if quick else 15)
        bare.close()
        ours.close()
    return ratios


def bench_page(quick: bool) -> None:
    """The same 500-record page through both sides, for two shapes of record: the fault server's own
    (5 of SmsDetail's 19 properties: the least JSON per typed record, so the worst case for ours) and
    the documented one (the spec's example records: 18 of 19)."""
    print(
        f"Page parse: one 500-record sms_details page, Cinnox vs bare httpx get + json of the same URL; {load()}"
    )
    for shape, documented in (("5-property", False), ("documented", True)):
        ratios = _page_ratios(documented, quick)
        judge(f"500-record page ({shape} records), Cinnox / bare httpx", ratios, 1.3, higher=False, digits=2)


def bench_overhead(quick: bool) -> None:
    import httpx

    from benchmarks._workers import one_request
    from cinnox_ext import Cinnox
    from cinnox_ext.testing.faults import FaultyCinnox

    print(f"Per-call overhead: a small GET through Cinnox vs bare httpx (same URL); {load()}")
    with FaultyCinnox(records=20) as server:
        bare = httpx.Client(base_url=server.url, headers={"Authorization": "Bearer t"})
        ours = Cinnox("bench", "t", base_url=server.url, rate_limit=10**6)
        path, params = "/v1/api/apps/bench/data/sms-detail", _same_query(10)
        for _ in range(30):
            bare.get(path, params=params).json()
            one_request(ours)
        ratios = _paired(lambda: one_request(ours), lambda: bare.get(path, params=params).json(),
                         5 if quick else 9, 100 if quick else 300)  # fmt: skip
        bare.close()
        ours.close()
    judge("per-call time, Cinnox / bare httpx", ratios, 1.1, higher=False, digits=2)


class _Enough(Exception):
    """Ends a timed export run from its progress callback."""


def _steady_rate(arrivals: list[float], warm: float, cycle: int, group: int) -> float:
    """Requests/s in steady state: from the first arrival after ``warm``, over a whole number of
    limiter cycles (``cycle`` requests: a slot comes back once per cycle), so that where a burst
    starts or ends cannot bias the figure; with fewer arrivals, over a whole number of ``group``
    (the requests in flight, which go out together once the pace is set by latency)."""
    after = [a for a in arrivals if a >= warm]
    span = len(after) - 1
    span -= span % (cycle if span >= cycle else group)
    if span < 1:
        return 0.0
    return span / (after[span] - after[0])


def _export_fraction(latency: float, asynchronous: bool, seconds: float) -> tuple[float, float]:
    """(pages/s as a fraction of the bound, the bound): sync runs ``cinnox export``'s own code
    (``run_export`` writing JSONL with a checkpoint per page), async an ``AsyncCinnox`` pager."""
    import tempfile

    from benchmarks._latency import LatencyServer
    from cinnox_ext import AsyncCinnox, Cinnox
    from cinnox_ext.cli._export import ExportOptions, run_export

    limit, period, page, prefetch = 40, 1.0, 100, 4
    # The limiter holds a slot from the request until ``period`` after its answer (see
    # cinnox_ext/_rate_limit.py), so its bound is limit / (period + RTT): the model bound P/(P+RTT).
    bound = min(limit / (period + latency), prefetch / latency)
    with LatencyServer(latency) as server:
        start = time.monotonic()
        warm, stop = start + 0.5 + latency, start + 0.5 + latency + seconds
        if asynchronous:

            async def run() -> None:
                async with AsyncCinnox("bench", "t", base_url=server.url, rate_limit=limit,
                                       rate_period=period) as client:  # fmt: skip
                    async for _ in client.reports.sms_details(page_size=page, prefetch=prefetch).pages():
                        if time.monotonic() > stop:
                            break

            asyncio.run(run())
        else:

            def enough(_: object) -> None:
                if time.monotonic() > stop:
                    raise _Enough

            with tempfile.TemporaryDirectory() as tmp, Cinnox(
                "bench", "t", base_url=server.url, rate_limit=limit, rate_period=period
            ) as client:  # fmt: skip
                options = ExportOptions("sms", None, None, Path(tmp) / "sms.jsonl", page_size=page,
                                        prefetch=prefetch)  # fmt: skip
                with contextlib.suppress(_Enough):
                    run_export(client, options, on_page=enough)
        with server.lock:
            rate = _steady_rate(list(server.arrivals), warm, limit, prefetch)
    return rate / bound, bound


def bench_export(quick: bool) -> None:
    print(
        "Exports: pages/s in steady state over min(rate bound 40 per (1 s + latency), 4 in flight / latency); "
        f"sync = cinnox export's run_export; {load()}"
    )
    for latency in (0.05, 0.15, 0.3):
        for label, asynchronous in (("sync (cinnox export) prefetch=4", False), ("async prefetch=4", True)):
            name = f"export at {latency * 1000:.0f} ms, {label}"
            try:
                runs = [
                    _export_fraction(latency, asynchronous, 2.0 if quick else 4.0)
                    for _ in range(2 if quick else 3)
                ]
            except Exception as exc:  # reported as a failed figure; the other configurations still run
                RESULTS.append((name, f"did not run: {type(exc).__name__}: {exc}", "runs", False))
                print(f"  {name} did not run: {type(exc).__name__}: {exc}", flush=True)
                continue
            print(f"  bound {runs[0][1]:.1f} pages/s", end="")
            judge(name, [f * 100 for f, _ in runs], 95, True, " %")


def bench_budget(quick: bool) -> None:
    from benchmarks._workers import LIMIT, PERIOD, hammer
    from cinnox_ext import Cinnox
    from cinnox_ext.testing.faults import FaultyCinnox

    windows = 3
    print(
        f"Rate budget: {LIMIT} requests per {PERIOD:.0f} s, 8 threads, windows 2…{windows + 1} (steady state); {load()}"
    )
    fractions, bounds = [], []
    for _ in range(2 if quick else 3):
        with FaultyCinnox(records=5, window=(LIMIT, PERIOD)) as server:
            t0 = time.monotonic()
            with Cinnox("bench", "t", base_url=server.url, rate_limit=LIMIT, rate_period=PERIOD) as client:
                start = time.perf_counter()
                for _ in range(5):
                    next(iter(client.reports.sms_details(page_size=10).pages()))
                rtt = (time.perf_counter() - start) / 5
                hammer(client, 8, t0 + (windows + 1) * PERIOD + 0.2)
            with server.lock:
                ok = [a for a in server.arrivals if t0 + PERIOD <= a < t0 + (windows + 1) * PERIOD]
                rejected = server.rejected
        fractions.append((len(ok) - rejected) / (LIMIT * windows) * 100)
        bounds.append(PERIOD / (PERIOD + rtt) * 100)
    print(f"  model bound P/(P+RTT): {spread(bounds, ' %', 2)}")
    judge("budget used, steady state", fractions, statistics.median(bounds) - 1, True, " %")


def bench_startup(quick: bool) -> None:
    exe = Path(sys.executable)
    cli = str(exe.parent / "cinnox")
    commands = {
        "python -c pass": [str(exe), "-c", "pass"],
        "import cinnox_ext": [str(exe), "-c", "import cinnox_ext"],
        "cinnox --help": [cli, "--help"],
        "cinnox --version": [cli, "--version"],
        "cinnox segments TEXT": [cli, "segments", "Your code is 1234 €5 😀"],
    }
    rounds = 5 if quick else 11
    print(f"Start-up: subprocess wall times, {rounds} interleaved rounds (order rotates); {load()}")
    times: dict[str, list[float]] = {k: [] for k in commands}
    names = list(commands)
    for r in range(rounds):
        for k in names[r % len(names) :] + names[: r % len(names)]:
            start = time.perf_counter()
            subprocess.run(commands[k], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[k].append((time.perf_counter() - start) * 1000)
    for k in names:
        print(f"  {k:22} {spread(times[k], ' ms', 0)}")
    for k in names[2:]:
        judge(f"start-up, {k} minus python -c pass", [a - b for a, b in zip(times[k], times[names[0]], strict=True)],
              100, False, " ms", 0)  # fmt: skip


SECTIONS: dict[str, Callable[[bool], None]] = {
    "segmentation": bench_segmentation,
    "count": bench_count,
    "page": bench_page,
    "export": bench_export,
    "budget": bench_budget,
    "overhead": bench_overhead,
    "startup": bench_startup,
}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    chosen = [a for a in argv if not a.startswith("--")] or list(SECTIONS)
    for name in chosen:
        try:
            SECTIONS[name](quick)
        except Exception as exc:  # a section that cannot run is a failed figure, not a traceback
            RESULTS.append((name, f"did not run: {type(exc).__name__}: {exc}", "runs", False))
            print(f"  {name} did not run: {type(exc).__name__}: {exc}", flush=True)
    print(f"\nSummary ({load()})")
    for name, figure, target, ok in RESULTS:
        print(f"  {'OK    ' if ok else 'MISSED'} {name}: {figure} (target {target})")
    return 0 if all(ok for *_, ok in RESULTS) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
