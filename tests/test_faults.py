"""Fault injection against a real loopback server: no record lost or repeated, no SMS sent twice."""

from __future__ import annotations

import pytest

from cinnox_ext import AsyncCinnox, Cinnox, RetryPolicy, errors
from cinnox_ext.testing.faults import FaultyCinnox

FAST = RetryPolicy(max_retries=12, backoff_base=0.001, backoff_max=0.01, retry_after_max=0.01)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_export_is_exact_under_faults(seed: int) -> None:
    with (
        FaultyCinnox(records=2345, fault_rate=0.35, seed=seed, slow_seconds=1.0) as server,
        Cinnox("app", "tok", base_url=server.url, timeout=0.4, retry_policy=FAST, rate_limit=None) as c,
    ):
        ids = [r.id for r in c.reports.sms_details(page_size=100)]
    assert ids == [r["id"] for r in server.records]


async def test_async_prefetching_export_is_exact_under_faults() -> None:
    with FaultyCinnox(records=1800, fault_rate=0.35, seed=7, slow_seconds=1.0) as server:
        async with AsyncCinnox(
            "app", "tok", base_url=server.url, timeout=0.4, retry_policy=FAST, rate_limit=None
        ) as c:
            ids = [r.id async for r in c.reports.sms_details(page_size=100, prefetch=4)]
    assert ids == [r["id"] for r in server.records]


def test_no_send_is_ever_processed_twice() -> None:
    outcomes: dict[str, str] = {}
    with FaultyCinnox(fault_rate=0.6, seed=11, slow_seconds=1.0) as server:
        with Cinnox("app", "tok", base_url=server.url, timeout=0.4, retry_policy=FAST, rate_limit=None) as c:
            for i in range(150):
                text = f"code %s #{i}"
                try:
                    c.sms.send_otp(
                        sender_number="CINNOX", recipient_number="+85298765432", text=text, pin="1234"
                    )
                    outcomes[text] = "sent"
                except errors.SendOutcomeUnknownError as e:
                    assert e.may_have_been_sent
                    outcomes[text] = "unknown"
                except errors.CinnoxError as e:
                    assert not e.may_have_been_sent
                    outcomes[text] = "refused"
        processed = dict(server.processed)
    assert max(processed.values()) == 1, "a send was processed twice"
    for text, outcome in outcomes.items():
        if outcome == "sent":
            assert processed.get(text) == 1
        elif outcome == "refused":
            assert text not in processed
    kinds = set(outcomes.values())
    assert {"sent", "unknown"} <= kinds  # the faults really happened
    # Throttling and dropped connections before processing were retried into successes:
    assert sum(1 for o in outcomes.values() if o == "sent") > 30
