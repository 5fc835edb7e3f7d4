"""Input checks (before any request) and configuration, including keeping the App Token secret."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cinnox_ext import Cinnox, _validation
from cinnox_ext._config import ClientConfig, Secret
from cinnox_ext.errors import ConfigurationError, ValidationError

TOKEN = "app-token-THAT-MUST-NOT-LEAK-0123456789"


def no_requests() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"a request was sent: {request.method} {request.url}")

    return httpx.MockTransport(handler)


@pytest.fixture
def client() -> Cinnox:
    return Cinnox("app-1", TOKEN, base_url="https://x.test", transport=no_requests(), rate_limit=None)


# ----------------------------------------------------------------------------- phone numbers

digits = st.text("0123456789", min_size=6, max_size=14)


@given(first=st.sampled_from("123456789"), rest=digits)
def test_international_numbers_are_accepted(first: str, rest: str) -> None:
    number = "+" + first + rest
    assert _validation.phone_number(number) == number


@given(first=st.sampled_from("123456789"), rest=digits)
def test_numbers_without_country_code_are_refused_with_the_fix(first: str, rest: str) -> None:
    with pytest.raises(ValidationError, match=r"country code.*'\+"):
        _validation.phone_number(first + rest)


def test_a_local_number_shows_how_to_write_it() -> None:
    with pytest.raises(ValidationError, match=r"'\+85298765432'"):
        _validation.phone_number("98765432")
    with pytest.raises(ValidationError, match=r"'\+85298765432'"):
        _validation.phone_number("0085298765432")
    with pytest.raises(ValidationError, match="string"):
        _validation.phone_number(-85291234567)


@given(st.text(max_size=20))
def test_anything_else_is_refused_with_a_clear_message(text: str) -> None:
    try:
        result = _validation.phone_number(text)
    except ValidationError as e:
        assert "phone number" in str(e) or "country code" in str(e) or "'+'" in str(e)
    else:
        assert result.startswith("+") and result[1:].isdigit() and 7 <= len(result) - 1 <= 15
        assert result[1] != "0"


@pytest.mark.parametrize("number", ["+852 9876 5432", "+852-9876-5432", "+(852) 98765432"])
def test_separators_are_dropped(number: str) -> None:
    assert _validation.phone_number(number) == "+85298765432"


@pytest.mark.parametrize(
    "number",
    ["", "+", "12345", "+0852987654", "+85298765432x", "+1234567890123456", "85298765432", None, True, 3.5, 852],
)
def test_bad_numbers(number: object) -> None:
    with pytest.raises(ValidationError):
        _validation.phone_number(number)


def test_duplicate_recipients_are_refused_because_they_are_billed_twice() -> None:
    with pytest.raises(ValidationError, match="billed twice"):
        _validation.phone_numbers(["+85298765432", "+852 9876 5432"])
    with pytest.raises(ValidationError, match="at least one"):
        _validation.phone_numbers([])
    assert _validation.phone_numbers("+85298765432") == ["+85298765432"]


# ----------------------------------------------------------------------------- OTP


@given(st.text(st.characters(categories=["Lu", "Ll", "Nd"], max_codepoint=127), min_size=1, max_size=10))
def test_pins_of_the_documented_formats(pin: str) -> None:
    assert _validation.pin(pin) == pin


@pytest.mark.parametrize("pin", ["", "12345678901", "12 34", "12-34", "１２３", 1234, None])
def test_bad_pins(pin: object) -> None:
    with pytest.raises(ValidationError):
        _validation.pin(pin)


def test_otp_rules_are_enforced_before_sending(client: Cinnox) -> None:
    ok = {"sender_number": "CINNOX", "recipient_number": "+85298765432", "text": "Code %s", "pin": "1234"}
    for change, message in [
        ({"text": "Code without placeholder"}, "%s"),
        ({"pin": "12345678901"}, "pin"),
        ({"recipient_number": "hello"}, "phone number"),
        ({"sender_number": "+85230018888"}, "alphanumeric Sender ID"),
        ({"sender_number": "WAYTOOLONGSENDER"}, "alphanumeric Sender ID"),
    ]:
        with pytest.raises(ValidationError, match=message):
            client.sms.send_otp(**{**ok, **change})  # type: ignore[arg-type]


def test_sms_send_checks_and_cost_guard(client: Cinnox) -> None:
    with pytest.raises(ValidationError, match="billed twice"):
        client.sms.send(sender_number="CINNOX", recipients=["+85298765432", "+85298765432"], text="hi")
    with pytest.raises(ValidationError, match="non-empty"):
        client.sms.send(sender_number="CINNOX", recipients=["+85298765432"], text="")
    with pytest.raises(ValidationError, match=r"needs 3 SMS parts .*max_segments=2"):
        client.sms.send(sender_number="CINNOX", recipients=["+85298765432"], text="a" * 307, max_segments=2)
    with pytest.raises(ValidationError, match="force UCS-2"):
        client.sms.send(
            sender_number="CINNOX", recipients=["+85298765432"], text="Hi 😀" + "a" * 70, max_segments=1
        )
    with pytest.raises(ValidationError, match="max_segments"):
        client.sms.send(sender_number="CINNOX", recipients=["+85298765432"], text="hi", max_segments=0)
    with pytest.raises(ValidationError, match="SMS parts"):
        client.sms.send_otp(
            sender_number="CINNOX",
            recipient_number="+85298765432",
            text="%s" + "é" * 160,
            pin="123",
            max_segments=1,
        )


def test_bulk_estimate(client: Cinnox) -> None:
    e = client.sms.estimate("a" * 200, ["+1", "+2", "+3"])
    assert (e.parts_per_recipient, e.recipients, e.total_parts) == (2, 3, 6)


def test_messages_limits(client: Cinnox) -> None:
    with pytest.raises(ValidationError, match="1 to 10"):
        client.messages.send(room_id="r", texts=["x"] * 11)
    with pytest.raises(ValidationError, match="5000"):
        client.messages.send(room_id="r", texts=["x" * 5001])
    with pytest.raises(ValidationError, match="room_id"):
        client.messages.send(room_id="", texts="x")


def test_other_inputs(client: Cinnox) -> None:
    with pytest.raises(ValidationError, match="exactly one"):
        client.reports.recording_files()
    with pytest.raises(ValidationError, match="exactly one"):
        client.reports.recording_files(call_id="a", conference_id="b")
    with pytest.raises(ValidationError, match="unknown event kind"):
        client.subscriptions.enable("sms", "https://h.example.com")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="absolute http"):
        client.subscriptions.enable("call", "h.example.com/hook")
    with pytest.raises(ValidationError, match="RFC3339"):
        client.reports.calls("yesterday")
    with pytest.raises(ValidationError, match="needs both"):
        client.reports.enquiry_overview(datetime.now(UTC), None)
    with pytest.raises(ValidationError):
        client.numbers.caller_ids("")


@given(
    st.datetimes(timezones=st.just(UTC)), st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400))
)
def test_ordered_windows_are_accepted_and_reversed_refused(start: datetime, length: timedelta) -> None:
    try:
        end = start + length
    except OverflowError:
        return
    assert _validation.time_window(start, end) == (start, end)
    assert _validation.time_window(start.isoformat(), end.isoformat()) == (start, end)
    if length:
        with pytest.raises(ValidationError, match="after end_at"):
            _validation.time_window(end, start)


# ----------------------------------------------------------------------------- configuration & secrecy


def test_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CINNOX_APP_ID", "env-app")
    monkeypatch.setenv("CINNOX_APP_TOKEN", TOKEN)
    monkeypatch.setenv("CINNOX_BASE_URL", "https://env.example.com/")
    c = Cinnox()
    assert (c.app_id, c.base_url) == ("env-app", "https://env.example.com")
    c.close()


def test_missing_or_bad_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("CINNOX_APP_ID", "CINNOX_APP_TOKEN", "CINNOX_BASE_URL"):
        monkeypatch.delenv(var, raising=False)
    with pytest.raises(ConfigurationError, match=r"app_token \(or CINNOX_APP_TOKEN\)"):
        Cinnox("app", base_url="https://x.test")
    with pytest.raises(ConfigurationError, match="http"):
        Cinnox("app", TOKEN, base_url="x.test")
    with pytest.raises(ConfigurationError, match="rate_limit"):
        Cinnox("app", TOKEN, base_url="https://x.test", rate_limit=0)
    with pytest.raises(ConfigurationError, match="white space"):
        Cinnox("app", "tok en", base_url="https://x.test")


def test_the_token_never_shows(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(401, json={"code": 6452000, "message": "Invalid token"})

    c = Cinnox(
        "app-1", TOKEN, base_url="https://x.test", transport=httpx.MockTransport(handler), rate_limit=None
    )
    config = ClientConfig.resolve("app-1", TOKEN, "https://x.test")
    texts = [
        repr(c),
        str(c),
        repr(config),
        str(config),
        repr(Secret(TOKEN)),
        repr(c._http.auth),
        repr(c._http),
    ]
    try:
        c.reports.channel_types()
    except Exception as e:
        texts += [str(e), repr(e), repr(e.__cause__), repr(e.__context__)]
    texts += [r.getMessage() for r in caplog.records]
    assert seen and seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    leaks = [t for t in texts if TOKEN in t]
    assert not leaks
    c.close()
