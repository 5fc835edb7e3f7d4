"""The ``cinnox`` CLI through Typer's runner, the export resume path, and the demo against Prism."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from cinnox_ext import Cinnox, RetryPolicy
from cinnox_ext._net import port_accepts
from cinnox_ext.cli import app
from cinnox_ext.cli._export import ExportOptions, run_export
from cinnox_ext.errors import ValidationError
from cinnox_ext.mock import PrismMock, free_port
from cinnox_ext.testing.faults import FaultyCinnox

runner = CliRunner()
app_cli = app


@pytest.fixture(autouse=True)
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CINNOX_APP_ID", "CINNOX_APP_TOKEN", "CINNOX_BASE_URL"):
        monkeypatch.delenv(var, raising=False)


def test_segments_human_and_json() -> None:
    result = runner.invoke(app, ["segments", "a" * 161])
    assert result.exit_code == 0, result.output
    assert "GSM-7, 2 part(s)" in result.output
    result = runner.invoke(app, ["segments", "--json", "-r", "3", "“Hi” — 你好"])
    data = json.loads(result.output)
    assert data["encoding"] == "UCS-2" and data["non_gsm_characters"] == ["“", "”", "—", "你", "好"]
    assert data["total_parts"] == 3 and data["smart"]["replaced"]["—"] == "-"
    result = runner.invoke(app, ["segments", "--json"], input="from stdin €")
    assert json.loads(result.output)["units"] == len("from stdin €") + 1


def test_spec_coverage_lists_every_operation() -> None:
    result = runner.invoke(app, ["spec", "coverage"])
    assert result.exit_code == 0
    # the seed table's 25 (3 documented, 14 partial, 8 inferred) plus the Management module, six more
    # subscriptions and Get Transcription Files (issue 11: 9 documented, 7 partial, 10 inferred)
    assert "51 operations" in result.output and "12 documented, 21 partial, 18 inferred" in result.output
    assert "management: 19 operations (7 documented, 4 partial, 8 inferred)" in result.output


def test_sends_refuse_without_credentials_and_bad_input_before_any_request() -> None:
    result = runner.invoke(
        app, ["otp", "send", "--from", "CINNOX", "--to", "+85298765432", "--text", "code %s", "--pin", "1"]
    )
    assert result.exit_code == 3 and "CINNOX_APP_TOKEN" in result.output and "Traceback" not in result.output
    result = runner.invoke(
        app,
        [
            "otp",
            "send",
            "--from",
            "CINNOX",
            "--to",
            "+85298765432",
            "--text",
            "no pin",
            "--pin",
            "1",
            "--mock",
        ],
    )
    assert result.exit_code == 2 and "%s" in result.output


def test_bulk_send_asks_first_and_sends_nothing_when_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cinnox_ext.cli._common.PrismMock", None)  # would crash if a client were opened
    args = ["sms", "send", "--from", "CINNOX", "--text", "hello", "--mock", "--confirm-above", "2"]
    for n in ("+85298765431", "+85298765432", "+85298765433"):
        args += ["--to", n]
    result = runner.invoke(app, args, input="n\n")
    assert result.exit_code == 2 and "3 billed parts" in result.output and "not sent" in result.output


@pytest.mark.prism
def test_sends_and_export_against_the_mock(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "sms",
            "send",
            "--from",
            "CINNOX",
            "--to",
            "+85298765432",
            "--to",
            "+6591234567",
            "--text",
            "hi",
            "--mock",
            "--yes",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "submitted: transaction sms-20251211-7c4a9e1f3b" in result.output
    out = tmp_path / "calls.csv"
    result = runner.invoke(
        app,
        [
            "export",
            "calls",
            "--mock",
            "-o",
            str(out),
            "--format",
            "csv",
            "--since",
            "2025-11-01T00:00:00Z",
            "--until",
            "2025-11-08T00:00:00Z",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["callID"] == "c-7d9e1f3a-5b7c-4d9e-8f1a-2b3c4d5e6f70" and rows[0]["status"] == "Call Ended"
    assert not out.with_name("calls.csv.checkpoint").exists()
    result = runner.invoke(app, ["export", "calls", "--mock", "-o", str(out)])
    assert result.exit_code == 2 and "--force" in result.output
    for report, extra in [
        ("recording-files", ["--call-id", "c-1"]),
        ("channel-type-details", ["--channel-type", "WHATSAPP"]),
        ("enquiry-chat", ["--enquiry-id", "E-1"]),
        ("enquiry-overview", ["--since", "2025-01-01T00:00:00Z", "--until", "2025-06-01T00:00:00Z"]),
        ("campaign-messages", ["--history-id", "hist-1"]),
        ("numbers", []),
        ("external-contacts", []),
        ("external-contact-activity", ["--contact-id", "ct-1"]),
        ("staff-contacts", []),
        ("destinations", []),
        ("tags", []),
        ("labels", []),
        ("supported-languages", []),
        ("supported-locations", []),
    ]:
        target = tmp_path / f"{report}.jsonl"
        result = runner.invoke(app, ["export", report, "--mock", "-o", str(target), *extra])
        assert result.exit_code == 0, (report, result.output)
        assert target.read_text().strip(), report
    overview = [json.loads(line) for line in (tmp_path / "enquiry-overview.jsonl").read_text().splitlines()]
    assert len(overview) == 2 and overview[0]["windowStart"].startswith("2025-01-01")  # 151 days: two windows
    result = runner.invoke(app, ["export", "recording-files", "--mock", "-o", str(tmp_path / "r2")])
    assert result.exit_code == 2 and "--call-id" in result.output
    result = runner.invoke(
        app,
        [
            "export",
            "sms",
            "--mock",
            "-o",
            str(tmp_path / "x"),
            "--since",
            "2025-11-08T00:00:00Z",
            "--until",
            "2025-11-01T00:00:00Z",
        ],
    )
    assert result.exit_code == 2 and "--since" in result.output and "--until" in result.output


class Crash(Exception):
    pass


def crash_after(pages: int) -> Any:
    """An ``on_page`` callback that raises ``Crash`` after ``pages`` pages were written."""
    written = 0

    def on_page(progress: object) -> None:
        nonlocal written
        written += 1
        if written == pages:
            raise Crash

    return on_page


def fast_client(server: FaultyCinnox, timeout: float) -> Cinnox:
    fast = RetryPolicy(max_retries=10, backoff_base=0.001, backoff_max=0.01, retry_after_max=0.01)
    return Cinnox("app", "tok", base_url=server.url, timeout=timeout, retry_policy=fast, rate_limit=None)


def test_an_interrupted_export_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    output = tmp_path / "sms.jsonl"
    options = ExportOptions("sms", None, None, output, page_size=100)
    with (
        FaultyCinnox(records=1234, fault_rate=0.2, seed=5, slow_seconds=1.0) as server,
        fast_client(server, timeout=0.4) as client,
    ):
        with pytest.raises(Crash):
            run_export(client, options, on_page=crash_after(5))
        checkpoint = json.loads(output.with_name("sms.jsonl.checkpoint").read_text())
        assert checkpoint["records"] == 500 and checkpoint["pager"]["offset"] == 500
        with output.open("ab") as f:  # a page half-written after the checkpoint, as in a real crash
            f.write(b'{"id": "sms-000500", "half": tr')
        with pytest.raises(ValidationError, match="--resume"):
            run_export(client, options)
        with pytest.raises(ValidationError, match="other arguments"):
            run_export(client, ExportOptions("sms", None, None, output, page_size=50), resume=True)
        result = run_export(client, options, resume=True)
    ids = [json.loads(line)["id"] for line in output.read_text().splitlines()]
    assert ids == [r["id"] for r in server.records]
    assert result.records == 1234 and not output.with_name("sms.jsonl.checkpoint").exists()


@pytest.mark.parametrize(("first", "then"), [(1, 16), (4, 1), (16, 4)])
def test_an_export_with_pages_in_flight_writes_every_record_once_in_order(
    tmp_path: Path, first: int, then: int
) -> None:
    """``--prefetch`` keeps pages in flight on worker threads; the file is the same as one request
    at a time would write, through faults and a crash, and a resume may use another prefetch."""
    output = tmp_path / "sms.jsonl"
    with (
        FaultyCinnox(records=1234, fault_rate=0.2, seed=7, slow_seconds=0.3) as server,
        fast_client(server, timeout=0.2) as client,
    ):
        with pytest.raises(Crash):
            run_export(client, ExportOptions("sms", None, None, output, page_size=100, prefetch=first),
                           on_page=crash_after(3))  # fmt: skip
        result = run_export(
            client, ExportOptions("sms", None, None, output, page_size=100, prefetch=then), resume=True
        )
    ids = [json.loads(line)["id"] for line in output.read_text().splitlines()]
    assert ids == [r["id"] for r in server.records]
    assert result.records == 1234 and result.pages == 13


def test_the_export_command_keeps_pages_in_flight(tmp_path: Path) -> None:
    """The CLI passes ``--prefetch`` (default 4) to the pager: requests overlap at the server."""
    from cinnox_ext.cli import _export

    seen: list[int] = []
    original = _export.REPORTS["sms"]

    def spy(client: Any, options: ExportOptions) -> Any:
        pager = original(client, options)
        seen.append(pager.prefetch)
        return pager

    with FaultyCinnox(records=30) as server, pytest.MonkeyPatch.context() as mp:
        mp.setitem(_export.REPORTS, "sms", spy)
        env = {"CINNOX_APP_ID": "app", "CINNOX_APP_TOKEN": "tok", "CINNOX_BASE_URL": server.url}
        for extra, expected in (([], 4), (["--prefetch", "9"], 9)):
            out = tmp_path / f"sms{expected}.jsonl"
            result = runner.invoke(
                app, ["export", "sms", "-o", str(out), "--page-size", "7", *extra], env=env
            )
            assert result.exit_code == 0, result.output
            assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [
                r["id"] for r in server.records
            ]
    assert seen == [4, 9]


@pytest.mark.prism
def test_the_demo_runs_against_a_real_prism(prism: PrismMock) -> None:
    result = runner.invoke(app, ["demo"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for expected in (
        "Refused before sending",
        "OTP submitted",
        "6 billed parts",
        "saving 1 per recipient",
        "records in 1 page",
        "Received outbound_sms",
        "Done",
    ):
        assert expected in result.output


@pytest.mark.prism
def test_the_quickstart_example_runs(prism: PrismMock) -> None:
    result = subprocess.run(
        [sys.executable, "examples/quickstart.py"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert (
        "send_otp -> otp-20251211-5e2b8d0c4a True" in result.stdout and "subscription True" in result.stdout
    )


def _start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cinnox_ext.cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        env={**os.environ, "COLUMNS": "200"},
    )


def _read_until(
    process: subprocess.Popen[str], needle: str, timeout: float = 120, *, also: Any = None
) -> str:
    """Lines of the process's output up to the first containing ``needle`` (a readiness signal)
    and, with ``also``, until ``also(text so far)`` holds too."""
    assert process.stdout is not None
    seen: list[str] = []
    found = False
    timer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
    timer.start()
    try:
        for line in process.stdout:
            seen.append(line)
            found = found or needle in line
            if found and (also is None or also("".join(seen))):
                return "".join(seen)
    finally:
        timer.cancel()
    raise AssertionError(f"{needle!r} never printed:\n{''.join(seen)}")


def _prism_children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Prism, started by the CLI)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _kill_group(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)


@pytest.mark.prism
@pytest.mark.parametrize("proxy", [False, True])
def test_cinnox_mock_serves_the_spec_until_stopped(prism: PrismMock, proxy: bool) -> None:
    port = free_port()
    args = ["mock", "--port", str(port)]
    if proxy:
        args += ["--proxy", prism.url]  # validate "live" traffic: here the live API is the mock itself
    server = _start(args)
    try:
        banner = _read_until(server, f"CINNOX_BASE_URL=http://127.0.0.1:{port}")
        response = httpx.get(
            f"http://127.0.0.1:{port}/v1/api/apps/a/data/channel-type-list",
            headers={"Authorization": "Bearer t"},
            timeout=30,
        )
        assert response.status_code == 200
        assert response.json()["result"][0]["channelType"] == "Weblink"
        children = _prism_children(server.pid)
        assert children
        server.send_signal(signal.SIGINT)  # Ctrl-C
        output, _ = server.communicate(timeout=60)
    finally:
        _kill_group(server)
    assert server.returncode == 0, banner + output
    assert "stopped" in output
    assert not any(_alive(pid) for pid in children) and not port_accepts("127.0.0.1", port)


@pytest.mark.prism
@pytest.mark.parametrize("early", [False, True], ids=["serving", "while-starting"])
def test_ctrl_c_or_sigterm_at_any_time_stops_prism(prism: PrismMock, early: bool) -> None:
    for sig in (signal.SIGINT, signal.SIGTERM):
        port = free_port()
        server = _start(["mock", "--port", str(port)])
        try:
            if early:  # as soon as Prism exists, before it listens
                deadline = time.monotonic() + 120
                while not (children := _prism_children(server.pid)):
                    assert time.monotonic() < deadline and server.poll() is None
                    time.sleep(0.01)
            else:
                _read_until(server, f"CINNOX_BASE_URL=http://127.0.0.1:{port}")
                children = _prism_children(server.pid)
            server.send_signal(sig)
            output, _ = server.communicate(timeout=60)
        finally:
            _kill_group(server)
        assert server.returncode == 0 and "stopped" in output and "Traceback" not in output, output
        assert not any(_alive(pid) for pid in children), (sig, children)
        assert not port_accepts("127.0.0.1", port)


@pytest.mark.prism
def test_sigterm_on_export_with_mock_stops_prism(tmp_path: Path, prism: PrismMock) -> None:
    # Prism ignores offsets, so a page size of 1 keeps this export busy until it is stopped
    # (or until the pager notices the repeated page and stops it: either way it ends).
    server = _start(["export", "sms", "--mock", "-o", str(tmp_path / "x.jsonl"), "--page-size", "1"])
    try:
        _read_until(server, "using the Prism mock at")
        children = _prism_children(server.pid)
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
    finally:
        _kill_group(server)
    assert server.returncode in (130, 1), output
    assert "Traceback" not in output
    assert not any(_alive(pid) for pid in children)


@pytest.mark.prism
def test_mock_on_a_busy_port_is_a_clear_error(prism: PrismMock) -> None:
    from cinnox_ext.mock import PortInUseError

    with pytest.raises(PortInUseError, match="already in use"):
        PrismMock(port=prism.port).start()
    done = subprocess.run(
        [sys.executable, "-m", "cinnox_ext.cli", "mock", "--port", str(prism.port)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "already in use" in done.stderr and "Traceback" not in done.stderr + done.stdout


@pytest.mark.prism
def test_prism_leaves_no_log_files(prism: PrismMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    # A temporary directory of this test's own: other processes on the machine may use /tmp.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    with PrismMock() as mock:
        assert mock.running and "Prism is listening" in mock.log
    assert not mock.running
    assert list(tmp_path.iterdir()) == []


@pytest.mark.prism
def test_webhooks_listen_forwards_and_prints_every_delivery(tmp_path: Path) -> None:
    from cinnox_ext.webhooks import serve_in_background

    received: list[tuple[bytes, str]] = []

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:  # the user's app
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = dict(scope["headers"])
        received.append((body, headers.get(b"content-type", b"").decode()))
        await send({"type": "http.response.start", "status": 202, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    with serve_in_background(app) as target:
        port = free_port()
        listener = _start(
            ["webhooks", "listen", "--port", str(port), "--secret", "s3", "--forward-to", f"{target}/hook"]
        )
        try:
            _read_until(listener, "Listening on")
            url = f"http://127.0.0.1:{port}/"
            result = runner.invoke(
                app_cli, ["webhooks", "trigger", "inbound-sms", "--url", url, "--secret", "s3"]
            )
            assert result.exit_code == 0 and "→ 200" in result.output, result.output
            result = runner.invoke(
                app_cli,
                ["webhooks", "trigger", "outbound_sms", "--url", url, "--secret", "s3",
                 "--set", "Status=Rejected", "--set", "TransactionID=t-override"],
            )  # fmt: skip
            assert result.exit_code == 0, result.output
            result = runner.invoke(
                app_cli, ["webhooks", "trigger", "challenge", "--url", url, "--secret", "s3"]
            )
            assert '"challenge"' in result.output
            result = runner.invoke(app_cli, ["webhooks", "trigger", "call", "--url", url, "--secret", "nope"])
            assert result.exit_code == 1 and "403" in result.output
            result = runner.invoke(app_cli, ["webhooks", "trigger", "call-end", "--url", url])
            assert result.exit_code == 1 and "401" in result.output
            # A delivery's line is printed once its forward is answered, after the trigger got its
            # own answer: wait for the three forwarded ones, not only for the last refusal.
            lines = _read_until(listener, "  401  ", also=lambda text: text.count(f"{target}/hook 202") == 3)
            result = runner.invoke(app_cli, ["webhooks", "trigger", "nope", "--url", url])
            assert result.exit_code == 2
            busy = subprocess.run(
                [sys.executable, "-m", "cinnox_ext.cli", "webhooks", "listen", "--port", str(port)],
                capture_output=True, text=True, timeout=120,
            )  # fmt: skip
            assert busy.returncode == 2 and "already in use" in busy.stderr
        finally:
            listener.send_signal(signal.SIGINT)
            with contextlib.suppress(subprocess.TimeoutExpired):
                listener.communicate(timeout=30)
            _kill_group(listener)
    assert "inbound_sms" in lines and "YES, please call me back" in lines
    assert "  200  url_verification" in lines and "  403  refused: wrong token" in lines
    assert "→ " in lines and f"{target}/hook 202" in lines
    bodies = [json.loads(b) for b, _ in received]
    assert any(b.get("TransactionID") == "t-override" and b["Status"] == "Rejected" for b in bodies)
    assert all(ct == "application/json" for _, ct in received)
    assert len(received) == 3  # inbound SMS, outbound SMS, challenge; never the refused ones
