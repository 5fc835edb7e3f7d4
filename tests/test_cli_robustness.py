"""The CLI under hostile use: bad arguments refused first (exit 2, in CLI terms), exports killed with
SIGKILL at window boundaries and resumed exactly, strict JSON, stdout output, start-up imports."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cinnox_ext.cli import COMMANDS, HELP, app
from cinnox_ext.cli._export import ExportOptions, _Writer
from cinnox_ext.cli._times import parse_when
from cinnox_ext.errors import ValidationError

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
CREDENTIALS = ("CINNOX_APP_ID", "CINNOX_APP_TOKEN", "CINNOX_BASE_URL")


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in CREDENTIALS:
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def no_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to start Prism (or open a mock client) fails the test loudly."""

    class Forbidden:
        def __init__(self, *a: object, **k: object) -> None:
            raise AssertionError("Prism was started before the arguments were checked")

    monkeypatch.setattr("cinnox_ext.cli._common.PrismMock", Forbidden)
    monkeypatch.setattr("cinnox_ext.cli._app.PrismMock", Forbidden, raising=False)


def _cli(*args: str, input: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=input)


# ----------------------------------------------------------------------------- arguments first


@pytest.mark.parametrize("use_mock", [True, False])
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "nope", "-o", "{tmp}/x.jsonl"], "unknown report 'nope'"),
        (["export", "sms", "-o", "{tmp}/x.xml", "--format", "xml"], "--format must be jsonl or csv"),
        (["export", "sms", "-o", "{tmp}/exists.jsonl"], "--force"),
        (
            ["export", "sms", "-o", "{tmp}/x.jsonl", "--since", "2025-11-08", "--until", "2025-11-01"],
            "--since (2025-11-08T00:00:00+00:00) must be before --until",
        ),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--since", "yesterday"], "--since: cannot read"),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--until", "2025-02-30"], "--until: '2025-02-30' is not"),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--window-days", "1000000000000"], "--window-days"),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--window-days", "0"], "--window-days"),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--page-size", "501"], "--page-size"),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--prefetch", "0"], "--prefetch must be between 1 and 16"),
        (["export", "sms", "-o", "{tmp}/x.jsonl", "--prefetch", "17"], "--prefetch must be between 1 and 16"),
        (["export", "sms", "-o", "{tmp}/missing/x.jsonl"], "does not exist"),
        (["export", "sms", "-o", "{tmp}"], "is a directory"),
        (["export", "sms", "-o", "{tmp}/exists.jsonl/x"], "is not a directory"),
        (["export", "sms", "-o", "{tmp}/never.jsonl", "--resume"], "nothing to resume"),
        (["export", "sms", "-o", "-", "--resume"], "cannot resume"),
        (["export", "campaign-messages", "-o", "{tmp}/x.jsonl"], "--history-id"),
        (["export", "external-contact-activity", "-o", "{tmp}/x.jsonl"], "--contact-id"),
        (["export", "recording-files", "-o", "{tmp}/x.jsonl"], "--call-id"),
        (["export", "enquiry-overview", "-o", "{tmp}/x.jsonl"], "--since and --until"),
    ],
)
def test_bad_export_arguments_exit_2_before_prism_or_credentials(
    tmp_path: Path, no_mock: None, args: list[str], expected: str, use_mock: bool
) -> None:
    (tmp_path / "exists.jsonl").write_text("")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args] + (["--mock"] if use_mock else [])
    result = _cli(*argv)
    assert result.exit_code == 2, result.output
    flat = " ".join(result.output.split())
    assert expected in flat and "Traceback" not in flat
    assert "start_at" not in flat and "aware datetime" not in flat


def test_resume_checks_the_checkpoint_and_the_output(tmp_path: Path, no_mock: None) -> None:
    out = tmp_path / "sms.jsonl"
    checkpoint = tmp_path / "sms.jsonl.checkpoint"
    checkpoint.write_text("{corrupt")
    out.write_text("")
    for body, expected in [
        ("{corrupt", "unreadable (not JSON)"),
        ("[1, 2]", "not a checkpoint of this version"),
        ("[" * 50_000, "unreadable (not JSON)"),
        (json.dumps({"version": 2, "identity": "other"}), "other arguments"),
    ]:
        checkpoint.write_text(body)
        result = _cli("export", "sms", "-o", str(out), "--resume", "--mock")
        assert result.exit_code == 2 and expected in " ".join(result.output.split()), result.output
    identity = ExportOptions("sms", None, None, out).identity()
    good = {"version": 2, "identity": identity, "bytes": 0, "records": 0, "pages": 0, "columns": None}
    for pager, expected in [
        ({"window": -1, "offset": 0, "seen": [], "end_at": None}, "unreadable"),
        ({"window": 0, "offset": "x", "seen": [], "end_at": None}, "unreadable"),
        ("nope", "unreadable"),
    ]:
        checkpoint.write_text(json.dumps(good | {"pager": pager}))
        result = _cli("export", "sms", "-o", str(out), "--resume", "--mock")
        assert result.exit_code == 2 and expected in result.output, result.output
    checkpoint.write_text(json.dumps(good | {"bytes": -3, "pager": None}))
    result = _cli("export", "sms", "-o", str(out), "--resume", "--mock")
    assert result.exit_code == 2 and "bytes must be an integer" in " ".join(result.output.split())
    out.unlink()
    result = _cli("export", "sms", "-o", str(out), "--resume", "--mock")
    assert result.exit_code == 2 and "was deleted or moved" in " ".join(result.output.split())


def test_relative_times_and_dates() -> None:
    now = datetime(2025, 11, 20, 12, 0, tzinfo=UTC)
    assert parse_when("7d", "--since", now=now) == now - timedelta(days=7)
    assert parse_when("12h", "--since", now=now) == now - timedelta(hours=12)
    assert parse_when("30m", "--since", now=now) == now - timedelta(minutes=30)
    assert parse_when("2w", "--since", now=now) == now - timedelta(weeks=2)
    assert parse_when("now", "--until", now=now) == now
    assert parse_when("2025-11-01", "--since") == datetime(2025, 11, 1, tzinfo=UTC)
    assert parse_when("2025-11-01T08:00:00+08:00", "--since") == datetime(2025, 11, 1, tzinfo=UTC)
    assert parse_when("2025-11-01T08:00:00", "--since") == datetime(2025, 11, 1, 8, tzinfo=UTC)
    for bad in ("9999999d", "1y", "", "2025-13-01", "tomorrow"):
        with pytest.raises(ValidationError, match="--since"):
            parse_when(bad, "--since", now=now)


def test_json_is_strict_nan_and_infinity_become_null() -> None:
    records = [{"id": "a", "cost": float("nan"), "n": [float("inf"), 1.5], "d": {"x": float("-inf")}}]
    line = _Writer("jsonl", None).encode(records, header=True).decode()
    assert json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} in JSONL")) == {
        "id": "a",
        "cost": None,
        "n": [None, 1.5],
        "d": {"x": None},
    }
    csv_text = _Writer("csv", None).encode(records, header=True).decode()
    assert "nan" not in csv_text.lower() and "inf" not in csv_text.lower()


def test_bulk_send_without_stdin_exits_2(no_mock: None) -> None:
    args = ["sms", "send", "--from", "CINNOX", "--text", "hello", "--mock", "--confirm-above", "1"]
    result = _cli(*args, "--to", "+85298765431", "--to", "+85298765432", input="")
    assert result.exit_code == 2 and "--yes" in result.output


def test_errors_escape_markup_and_install_hints_keep_their_brackets(tmp_path: Path) -> None:
    result = _cli("export", "[bold]sms[/bold]", "-o", str(tmp_path / "x"))
    assert result.exit_code == 2 and "'[bold]sms[/bold]'" in result.output
    from cinnox_ext.cli._common import install_hint

    for module, extra in [("uvicorn", "webhooks"), ("redis", "redis"), ("typer", "cli")]:
        assert f"pip install 'cinnox-sdk[{extra}]'" in install_hint(module)
    from rich.console import Console

    console = Console(record=True, width=200)
    from rich.markup import escape

    console.print(f"error: {escape(install_hint('uvicorn'))}")
    assert "cinnox-sdk[webhooks]" in console.export_text()


# ----------------------------------------------------------------------------- help, version, start-up


def test_fast_help_lists_the_commands_the_app_has() -> None:
    command = typer.main.get_command(app)
    assert set(command.commands) == set(COMMANDS)  # type: ignore[attr-defined]
    for name in COMMANDS:
        assert f"  {name} " in HELP
    result = _cli("--help")
    assert result.exit_code == 0 and all(name in result.output for name in COMMANDS)
    assert _cli("-h").exit_code == 0


def _run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "cinnox_ext.cli", *args],
        capture_output=True,
        text=True,
        input=input,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_version_help_and_segments_from_a_subprocess() -> None:
    from importlib.metadata import version

    for flag in ("--version", "-V"):
        done = _run(flag)
        assert done.returncode == 0 and done.stdout == f"cinnox {version('cinnox-sdk')}\n"
    done = _run("--help")
    assert done.returncode == 0 and "Exit codes" in done.stdout and "export" in done.stdout
    done = _run("segments", "a" * 161)
    assert done.returncode == 0 and "GSM-7, 2 part(s)" in done.stdout
    done = _run("segments", "--json", "-r", "3", input="hi\n")
    data = json.loads(done.stdout)
    assert data["units"] == 2 and data["total_parts"] == 3
    assert json.loads(_run("segments", "--json", input="hi\n\n").stdout)["units"] == 3  # one newline only
    assert json.loads(_run("segments", "--json", "-", input="x\r\n").stdout)["units"] == 1
    done = _run("segments", "--recipients", "0", "x")
    assert done.returncode == 2


def test_segments_says_it_waits_for_a_terminal() -> None:
    import pty

    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cinnox_ext.cli", "segments", "--json"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(terminal)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()  # blocks until the notice is written
        assert "reading the message from standard input" in line
        os.write(controller, b"hello\n\x04")
        out, _ = process.communicate(timeout=60)
        assert json.loads(out)["units"] == len("hello")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)


IMPORT_PROBE = """
import sys, runpy
sys.argv = ["cinnox", *sys.argv[1:]]
try:
    from cinnox_ext.cli import main
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"httpx", "cinnox_generated", "typer", "rich", "click", "yaml", "uvicorn"})
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
"""


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["-h"], ["segments", "hello"], ["segments", "--json", "-r", "2", "€"]]
)
def test_fast_commands_import_neither_typer_rich_nor_httpx(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, *args], capture_output=True, text=True, timeout=120
    )
    assert "HEAVY=\n" in done.stderr, done.stderr


def test_import_cinnox_ext_is_lazy_and_complete() -> None:
    probe = (
        "import sys, cinnox_ext, cinnox_ext.segmentation\n"
        "cinnox_ext.segment('hi'); cinnox_ext.suggest_gsm('hi')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'httpx', 'cinnox_generated', 'yaml'}))\n"
        "names = [getattr(cinnox_ext, n) for n in cinnox_ext.__all__]\n"
        "print('httpx' in sys.modules, len(names) == len(cinnox_ext.__all__))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines() == ["[]", "True True"], done.stderr
    import cinnox_ext

    assert "Cinnox" in dir(cinnox_ext)
    with pytest.raises(AttributeError):
        cinnox_ext.does_not_exist  # noqa: B018


# ----------------------------------------------------------------------------- a windowed fake CINNOX

SINCE = datetime(2025, 11, 1, tzinfo=UTC)
DAYS = 8


def _records() -> list[dict[str, Any]]:
    """Six records a day, one of them exactly on each midnight (returned by both adjacent windows)."""
    out = []
    for day in range(DAYS + 1):
        for minute in (0, 7, 300, 700, 1000, 1439) if day < DAYS else (0,):
            at = SINCE + timedelta(days=day, minutes=minute)
            out.append(
                {
                    "id": f"sms-{day:02d}-{minute:04d}",
                    "smsID": f"s-{day}-{minute}",
                    "text": "hello",
                    "createdAt": at.isoformat().replace("+00:00", "Z"),
                    "segmentCount": 1,
                }
            )
    return out


class WindowedCinnox:
    """``data/sms-detail`` honouring startAt/endAt (both inclusive), offset and limit. The first page
    of each window after the first is held until ``release()`` the first time it is asked for."""

    def __init__(self, *, hold: bool = True) -> None:
        self.records = _records()
        self.hold = hold
        self.held = threading.Event()
        self.held_window: int | None = None
        self._release = threading.Event()
        self._seen_windows: set[str] = set()
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                start = datetime.fromisoformat(query["startAt"])
                end = datetime.fromisoformat(query["endAt"])
                offset, limit = int(query.get("offset", "0")), int(query.get("limit", "500"))
                if outer.hold and offset == 0 and start > SINCE:
                    with outer._lock:
                        first = query["startAt"] not in outer._seen_windows
                        outer._seen_windows.add(query["startAt"])
                    if first:
                        outer.held_window = (start - SINCE).days
                        outer.held.set()
                        outer._release.wait(60)
                chosen = [r for r in outer.records if start <= datetime.fromisoformat(r["createdAt"]) <= end]
                body = json.dumps({"code": 0, "result": chosen[offset : offset + limit]}).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client was killed

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def release(self) -> None:
        self.held.clear()
        self._release.set()
        self._release = threading.Event()

    def __enter__(self) -> WindowedCinnox:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._release.set()
        self.server.shutdown()
        self.server.server_close()


def _wait(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _checkpoint_at(path: Path, window: int) -> bool:
    try:
        pager = json.loads(path.read_text()).get("pager")
    except (OSError, ValueError):
        return False
    return isinstance(pager, dict) and pager.get("window") == window and pager.get("offset") == 0


def test_export_killed_at_every_window_boundary_resumes_exactly(tmp_path: Path) -> None:
    out = tmp_path / "sms.jsonl"
    checkpoint = tmp_path / "sms.jsonl.checkpoint"
    until = (SINCE + timedelta(days=DAYS)).isoformat()
    args = ["export", "sms", "-o", str(out), "--since", SINCE.isoformat(), "--until", until]
    # One request at a time: the server holds each window's first page and names that window; with
    # pages in flight the next window's first page could be held too (prefetch + crash + resume is
    # tested in test_cli.py).
    args += ["--window-days", "1", "--page-size", "4", "--prefetch", "1"]
    kills = 0
    with WindowedCinnox() as server:
        env = {**os.environ, "CINNOX_APP_ID": "app", "CINNOX_APP_TOKEN": "t", "CINNOX_BASE_URL": server.url}
        resume: list[str] = []
        while True:
            process = subprocess.Popen(
                [sys.executable, "-m", "cinnox_ext.cli", *args, *resume],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
            try:
                _wait(
                    lambda p=process: server.held.is_set() or p.poll() is not None, 120, "a held page or exit"
                )
                if process.poll() is not None:
                    break  # the last window had nothing to hold: the export finished
                window = server.held_window
                assert window is not None
                _wait(
                    lambda w=window: _checkpoint_at(checkpoint, w), 60, f"the checkpoint of window {window}"
                )
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=60)
                kills += 1
            finally:
                if process.poll() is None:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=60)
                server.release()
            resume = ["--resume"]
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    lines = out.read_text().splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert kills == DAYS - 1
    assert len(ids) == len(set(ids)) == len(server.records)
    assert ids == [r["id"] for r in server.records]
    assert not checkpoint.exists()


def test_export_to_stdout(tmp_path: Path) -> None:
    with WindowedCinnox(hold=False) as server:
        env = {"CINNOX_APP_ID": "app", "CINNOX_APP_TOKEN": "t", "CINNOX_BASE_URL": server.url}
        done = _run(
            "export", "sms", "-o", "-", "--since", "2025-11-01", "--until", "2025-11-03", "--window-days", "1",
            env=env,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ids = [json.loads(line)["id"] for line in done.stdout.splitlines()]
    assert len(ids) == len(set(ids)) == 13 and "records in" in done.stderr
    assert not list(tmp_path.iterdir())


def iter_children(pid: int) -> Iterator[int]:
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                yield int(entry.name)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("cinnox export ca", {"calls", "call-logs", "campaigns", "campaign-messages"}),
        ("cinnox webhooks trigger out", {"outbound_sms"}),
        ("cinnox webhooks trigger inbound-", {"inbound-sms"}),
    ],
)
def test_shell_completion_of_reports_and_event_kinds(words: str, expected: set[str]) -> None:
    env = {
        "_CINNOX_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    done = _run(env=env)
    assert done.returncode == 0 and set(done.stdout.split()) == expected, done.stderr


def test_the_progress_bar_says_when_it_waits_for_the_rate_limit() -> None:
    from rich.console import Console

    from cinnox_ext._rate_limit import SlidingWindowLimiter
    from cinnox_ext.cli._app import _RateColumn

    class Client:
        rate_limiter: object = SlidingWindowLimiter(2, 60)

    column = _RateColumn(Client()).column
    console = Console(record=True, width=100)

    def shown() -> str:
        console.print(column.render(None))  # type: ignore[arg-type]
        return console.export_text()

    assert "rate 0/2" in shown()
    Client.rate_limiter.acquire()  # type: ignore[attr-defined]
    Client.rate_limiter.acquire()  # type: ignore[attr-defined]
    assert "waiting for the rate limit (2/2)" in shown()

    class Usage:
        in_use, limit = 5, 5

    class ProtocolLimiter:  # any limiter with usage(): never a check for a concrete class
        def usage(self) -> Usage:
            return Usage()

    Client.rate_limiter = ProtocolLimiter()
    assert "waiting for the rate limit (5/5)" in shown()

    class Broken:
        def usage(self) -> Usage:
            raise ConnectionError("redis down")

    Client.rate_limiter = Broken()
    assert shown().strip() == ""


FAKE_NPX = """#!{python}
import http.server, sys
port = int(sys.argv[sys.argv.index("--port") + 1])
server = http.server.HTTPServer(("127.0.0.1", port), http.server.BaseHTTPRequestHandler)
print("fetching...", flush=True)
print("[INFO] Prism is listening on http://127.0.0.1:%d" % port, flush=True)
server.serve_forever()
"""


def test_first_use_through_npx_says_what_is_happening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cinnox_ext import mock

    npx = tmp_path / "npx"
    npx.write_text(FAKE_NPX.format(python=sys.executable))
    npx.chmod(0o755)
    monkeypatch.delenv("CINNOX_PRISM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(mock, "_REPO_PRISM", tmp_path / "absent")
    said: list[str] = []
    prism = mock.PrismMock(on_status=said.append)
    with prism:
        assert prism.running and "Prism is listening" in prism.log
        pid = prism.pid
        assert pid is not None
    assert said and "npx is fetching @stoplight/prism-cli" in said[0]
    assert not prism.running and not Path(f"/proc/{pid}").exists()
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    with pytest.raises(mock.PrismNotFoundError):
        mock.PrismMock().start()


def test_missing_extras_print_the_exact_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "uvicorn" else real(name, *a)
    )
    result = _cli("webhooks", "listen", "--port", "1")
    assert result.exit_code == 3
    assert "pip install 'cinnox-sdk[webhooks]'" in result.output


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_time_text_is_a_time_or_a_validation_error(text: str) -> None:
    try:
        when = parse_when(text, "--since")
    except ValidationError as e:
        assert "--since" in str(e)
    else:
        assert when.tzinfo is not None


@settings(max_examples=200, deadline=None)
@given(
    report=st.sampled_from(["sms", "calls", "nope", "enquiry-overview", "recording-files"]),
    fmt=st.sampled_from(["jsonl", "csv", "xml", ""]),
    page_size=st.integers(-5, 10_000),
    window_days=st.none() | st.integers(-5, 10**15),
    since=st.none() | st.datetimes(timezones=st.just(UTC)),
    until=st.none() | st.datetimes(timezones=st.just(UTC)),
    prefetch=st.integers(-3, 40) | st.booleans(),
)
def test_any_export_arguments_are_accepted_or_refused_with_a_validation_error(
    tmp_path_factory: pytest.TempPathFactory,
    report: str,
    fmt: str,
    page_size: int,
    window_days: int | None,
    since: datetime | None,
    until: datetime | None,
    prefetch: int,
) -> None:
    from cinnox_ext.cli._export import check_export

    output = tmp_path_factory.mktemp("out") / "x"
    options = ExportOptions(report, since, until, output, fmt, page_size, window_days, prefetch=prefetch)
    try:
        check_export(options)
    except ValidationError as e:
        assert str(e)


def test_a_reader_that_goes_away_is_not_a_traceback() -> None:
    read_end, write_end = os.pipe()
    reader = subprocess.Popen(["head", "-c", "10"], stdin=read_end, stdout=subprocess.PIPE)
    os.close(read_end)
    try:
        writer = subprocess.run(
            [sys.executable, "-m", "cinnox_ext.cli", "segments", "--json", "x" * 100_000],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert reader.communicate(timeout=60)[0] == b'{\n  "encod'
    assert writer.returncode == 0 and "Traceback" not in writer.stderr and "Exception" not in writer.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["otp", "send", "--from", "CINNOX", "--to", "+85298765432", "--text", "no pin", "--pin", "1"], "%s"),
        (
            ["otp", "send", "--from", "CINNOX", "--to", "not-a-number", "--text", "code %s", "--pin", "1"],
            "--to",
        ),
        (["sms", "send", "--from", "CINNOX", "--to", "+85298765432", "--text", ""], "--text"),
        (["sms", "send", "--from", "CINNOX", "--to", "x", "--text", "hi"], "--to"),
        (["sms", "send", "--from", "", "--to", "+85298765432", "--text", "hi"], "--from"),
    ],
)
@pytest.mark.parametrize("use_mock", [True, False])
def test_bad_send_arguments_exit_2_before_prism_or_credentials(
    no_mock: None, args: list[str], expected: str, use_mock: bool
) -> None:
    result = _cli(*args, *(["--mock"] if use_mock else []))
    assert result.exit_code == 2, result.output
    assert expected in result.output and "Traceback" not in result.output


def test_the_lazy_package_exports_every_error_and_type_checkers_see_every_name() -> None:
    import ast

    import cinnox_ext
    from cinnox_ext import errors

    assert set(errors.__all__) <= set(cinnox_ext.__all__)
    lazy = cinnox_ext._LAZY
    assert set(cinnox_ext.__all__) == {*lazy, "errors", "segmentation", "__version__"}
    tree = ast.parse(Path(cinnox_ext.__file__).read_text())
    seen: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for statement in ast.walk(node):
                if isinstance(statement, ast.ImportFrom):
                    seen.update(alias.asname or alias.name for alias in statement.names)
    assert set(cinnox_ext.__all__) - {"__version__"} <= seen
    for name, module in lazy.items():
        assert getattr(cinnox_ext, name) is getattr(__import__(f"cinnox_ext{module}", fromlist=[name]), name)
