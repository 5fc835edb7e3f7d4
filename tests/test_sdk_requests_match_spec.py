"""Whatever a user passes to the SDK's public methods, the SDK either refuses it before sending
(``ValidationError``, no request made) or sends a request the spec accepts: the in-process mock,
strict, raises ``SpecViolation`` on anything else. Hypothesis drives the public entry points."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cinnox_ext import Cinnox, errors
from cinnox_ext.testing import MockTransport, SpecViolation
from cinnox_ext.testing.plugin import TEST_APP_ID, TEST_APP_TOKEN, TEST_BASE_URL, no_wait_retry_policy

SETTINGS = settings(max_examples=120, suppress_health_check=[HealthCheck.function_scoped_fixture])
text = st.text(max_size=24)
phone = st.one_of(text, st.from_regex(r"\+?[0-9]{6,15}", fullmatch=True))


@pytest.fixture(scope="module")
def setup() -> Iterator[tuple[Cinnox, MockTransport]]:
    mock = MockTransport()
    with Cinnox(
        TEST_APP_ID,
        TEST_APP_TOKEN,
        base_url=TEST_BASE_URL,
        transport=mock,
        rate_limit=None,
        retry_policy=no_wait_retry_policy(),
    ) as client:
        yield client, mock


def refused_or_accepted(mock: MockTransport, call: Callable[[], Any]) -> None:
    before = len(mock.calls)
    try:
        call()
    except SpecViolation as e:
        pytest.fail(f"the SDK sent a request the spec refuses: {e}")
    except errors.ValidationError:
        assert len(mock.calls) == before, "refused input must not reach the network"
    except errors.PaginationError:
        # The mock answers a list's example whatever the offset (as Prism does): a pager reading a
        # second page sees the first again and says so. Every request it sent was accepted.
        assert len(mock.calls) > before
    assert not mock.violations


@SETTINGS
@given(sender=text, recipients=st.lists(phone, max_size=3), body=text)
def test_sms_send(setup: tuple[Cinnox, MockTransport], sender: str, recipients: list[str], body: str) -> None:
    client, mock = setup
    refused_or_accepted(mock, lambda: client.sms.send(sender_number=sender, recipients=recipients, text=body))


@SETTINGS
@given(
    sender=text, recipient=phone, body=st.one_of(text, text.map(lambda t: t + "%s")), pin=st.text(max_size=12)
)
def test_sms_send_otp(
    setup: tuple[Cinnox, MockTransport], sender: str, recipient: str, body: str, pin: str
) -> None:
    client, mock = setup
    refused_or_accepted(
        mock,
        lambda: client.sms.send_otp(sender_number=sender, recipient_number=recipient, text=body, pin=pin),
    )


@SETTINGS
@given(room=text, texts=st.lists(st.text(max_size=40), max_size=12))
def test_messages_send(setup: tuple[Cinnox, MockTransport], room: str, texts: list[str]) -> None:
    client, mock = setup
    refused_or_accepted(mock, lambda: client.messages.send(room_id=room, texts=texts))


@SETTINGS
@given(
    kind=st.sampled_from(
        ["call", "inbound_sms", "outbound_sms", "enquiry", "recording", "conference", "nope"]
    ),
    url=st.one_of(text, st.from_regex(r"https://[a-z]{1,8}\.example\.com/[a-z?=]{0,12}", fullmatch=True)),
)
def test_subscriptions(setup: tuple[Cinnox, MockTransport], kind: str, url: str) -> None:
    client, mock = setup
    refused_or_accepted(mock, lambda: client.subscriptions.enable(kind, url))
    refused_or_accepted(mock, lambda: client.subscriptions.disable(kind, url))


@SETTINGS
@given(a=text, b=text, page_size=st.integers(-5, 600))
def test_lookups_and_lists(setup: tuple[Cinnox, MockTransport], a: str, b: str, page_size: int) -> None:
    client, mock = setup
    refused_or_accepted(mock, lambda: client.numbers.caller_ids(a))
    refused_or_accepted(mock, lambda: client.numbers.sender_ids(a))
    refused_or_accepted(mock, lambda: client.reports.enquiry_chat(a))
    refused_or_accepted(mock, lambda: client.reports.channel_type_details(b))
    refused_or_accepted(mock, lambda: list(client.campaigns.messages(a)))
    refused_or_accepted(mock, lambda: list(client.reports.sms_details(page_size=page_size)))
