"""What a user's ``mypy --strict`` sees: precise result types, and the mistakes it must catch."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

PROGRAM = """
from cinnox_ext import AsyncCinnox, Cinnox

def sync(c: Cinnox) -> None:
    reveal_type(c.reports.sms_details(status="Submitted"))
    reveal_type(c.reports.with_raw_response.sms_details())
    reveal_type(c.sms.send(sender_number="CINNOX", recipients=["+85298765432"], text="t", timeout=3))
    reveal_type(c.numbers.caller_ids("eid"))
    reveal_type(c.reports.enquiry_overview_by_window(None, None))
    c.reports.sms_details(12345, ["x"])  # E: start_at, end_at
    c.reports.sms_details(statuss="Delivered")  # E: unknown keyword
    c.reports.sms_details(status="Sent")  # E: not one of the enum's values
    c.sms.send(sender_number="x", recipients=["+1"], text="t", prefetch=3)  # E: not a list method
    c.subscriptions.enable("sms", "https://x")  # E: not an event kind

async def asynchronous(a: AsyncCinnox) -> None:
    reveal_type(a.reports.sms_details())
    reveal_type(await a.reports.with_raw_response.calls())
    reveal_type(await a.sms.send_otp(sender_number="x", recipient_number="+1", text="%s", pin="1"))
"""


def test_results_are_precise_and_mistakes_are_type_errors(tmp_path: Path) -> None:
    program = tmp_path / "user.py"
    program.write_text(textwrap.dedent(PROGRAM))
    out, _, _ = mypy_api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), str(program)]
    )
    revealed = re.findall(r'Revealed type is "(.*)"', out)
    assert revealed == [
        "cinnox_ext._pagination.SyncPager[cinnox_generated.models.sms_detail.SmsDetail]",
        "cinnox_ext.resources._endpoints.RawResponse[list[cinnox_generated.models.sms_detail.SmsDetail]]",
        "cinnox_generated.models.send_sms_response.SendSmsResponse",
        "list[cinnox_generated.models.cli_number.CliNumber]",
        "list[cinnox_ext.resources.reports.OverviewWindow]",
        "cinnox_ext._pagination.AsyncPager[cinnox_generated.models.sms_detail.SmsDetail]",
        "cinnox_ext.resources._endpoints.RawResponse[list[cinnox_generated.models.call_detail.CallDetail]]",
        "cinnox_generated.models.send_otp_response.SendOtpResponse",
    ], out
    errors = {int(n) for n in re.findall(r"user\.py:(\d+): error", out)}
    expected = {i + 1 for i, line in enumerate(textwrap.dedent(PROGRAM).splitlines()) if "# E:" in line}
    assert errors == expected, out
