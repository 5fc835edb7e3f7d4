"""The ``cinnox`` pytest plugin (registered through the ``pytest11`` entry point).

Fixtures:

- ``cinnox_mock``: a fresh :class:`~cinnox_ext.testing.MockTransport` per test (the spec's examples,
  requests validated against the spec). A request the spec refuses raises
  :class:`~cinnox_ext.testing.SpecViolation`; one the code under test swallowed still fails the test
  at teardown unless it happened inside ``cinnox_mock.expect_violation()``. Mark a test
  ``@pytest.mark.cinnox(strict=False)`` to have such requests answered as Prism answers them instead.
- ``cinnox_client`` / ``async_cinnox_client``: a ``Cinnox`` / ``AsyncCinnox`` wired to ``cinnox_mock``
  (App ID ``test-app``, token ``test-token``, client-side rate limit off, retries without waiting).
- ``cinnox_prism``: one Prism process per session (``cinnox_ext.mock.PrismMock``), stopped at the end
  even after failures; ``cinnox_prism_client`` / ``async_cinnox_prism_client`` talk to it through
  ``cinnox_prism_mock``, a ``MockTransport`` relaying to Prism (Prism answers and validates; the
  test's overrides, failures and delays still apply, and calls are recorded). When Prism
  cannot start (no Node) these tests are skipped with the reason, unless ``--cinnox-prism=require``
  (or ``CINNOX_PRISM_REQUIRED=1``) makes that an error.
- ``cinnox_any_client``: the same test on each mock kind: ``cinnox_client`` always, and
  ``cinnox_prism_client`` too when ``--cinnox-prism`` is given (``cinnox_mock`` is then the Prism
  relay, so overrides work the same; ``cinnox_mock_kind`` says which one runs).
- ``cinnox_webhook``: builds spec-example deliveries with overrides and posts them to a
  ``WebhookReceiver`` in process.

This module imports nothing heavy at import time: pytest loads it in every run where the SDK is
installed.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any, Final

import pytest

if TYPE_CHECKING:
    from cinnox_ext import AsyncCinnox, Cinnox, RetryPolicy
    from cinnox_ext.mock import PrismMock

    from ._mock import MockTransport
    from ._webhooks import WebhookDeliverer

__all__ = ["TEST_APP_ID", "TEST_APP_TOKEN", "TEST_BASE_URL", "no_wait_retry_policy"]

TEST_APP_ID: Final = "test-app"
TEST_APP_TOKEN: Final = "test-token"  # noqa: S105 - a placeholder the mocks accept
TEST_BASE_URL: Final = "https://cinnox.test"

_CALL_FAILED = pytest.StashKey[bool]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cinnox", "CINNOX SDK mocks")
    group.addoption(
        "--cinnox-prism",
        choices=("auto", "require"),
        default=None,
        help=(
            "Run cinnox_any_client tests on Prism too. auto: skip Prism-based tests when Prism cannot "
            "start (the default for cinnox_prism*); require: fail them."
        ),
    )
    parser.addini("cinnox_prism", "auto or require (see --cinnox-prism)", default="auto")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "cinnox(strict=True): options of the cinnox_mock fixture (strict=False: answer like Prism)"
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    if call.when == "call" and report.failed:
        item.stash[_CALL_FAILED] = True
    return report


def _prism_requested(config: pytest.Config) -> bool:
    return bool(config.getoption("cinnox_prism")) or _prism_required(config)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "cinnox_any_client" in metafunc.fixturenames:
        kinds = ["in-process", "prism"] if _prism_requested(metafunc.config) else ["in-process"]
        metafunc.parametrize("cinnox_mock_kind", kinds)


def no_wait_retry_policy() -> RetryPolicy:
    """The SDK's retry rules (what is retried, how often, which ``Retry-After`` is too long) without
    the waiting: every backoff is 0 s, so tests of throttling and retries run at full speed."""
    from cinnox_ext import RetryPolicy

    class NoWaitRetryPolicy(RetryPolicy):
        def backoff(self, attempt: int, retry_after: float | None = None) -> float:
            return 0.0

    return NoWaitRetryPolicy()


# ---------------------------------------------------------------------------- in-process mock


def _strict(request: pytest.FixtureRequest) -> bool:
    marker = request.node.get_closest_marker("cinnox")
    return bool(marker.kwargs.get("strict", True)) if marker is not None else True


def _check_violations(request: pytest.FixtureRequest, mock: MockTransport) -> None:
    unexpected = mock.unexpected_violations()
    if unexpected and not request.node.stash.get(_CALL_FAILED, False):
        listed = "\n  ".join(str(v) for v in unexpected)
        pytest.fail(
            f"{len(unexpected)} request(s) violated the CINNOX spec (the code under test may have caught "
            f"the SpecViolation):\n  {listed}\n"
            "Wrap requests meant to be refused in cinnox_mock.expect_violation().",
            pytrace=False,
        )


def _mock_kind(request: pytest.FixtureRequest) -> str:
    callspec = getattr(request.node, "callspec", None)
    return str(callspec.params.get("cinnox_mock_kind", "in-process")) if callspec else "in-process"


@pytest.fixture
def cinnox_mock(request: pytest.FixtureRequest) -> Iterator[MockTransport]:
    """The mock behind the client under test: in process, or the Prism relay in the Prism variant
    of a ``cinnox_any_client`` test (so ``cinnox_mock.on(…)`` and ``.calls`` work for both)."""
    if _mock_kind(request) == "prism":
        relay: MockTransport = request.getfixturevalue("cinnox_prism_mock")
        yield relay
        return
    from ._mock import MockTransport

    mock = MockTransport(strict=_strict(request))
    yield mock
    _check_violations(request, mock)


@pytest.fixture
def cinnox_client(cinnox_mock: MockTransport) -> Iterator[Cinnox]:
    from cinnox_ext import Cinnox

    with Cinnox(
        TEST_APP_ID,
        TEST_APP_TOKEN,
        base_url=TEST_BASE_URL,
        transport=cinnox_mock,
        rate_limit=None,
        retry_policy=no_wait_retry_policy(),
    ) as client:
        yield client


def _close_async(client: AsyncCinnox) -> None:
    """Close an async client from a synchronous fixture: its own loop in a worker thread, so it
    cannot disturb the loop of whichever async test plugin runs the tests."""
    thread = threading.Thread(target=lambda: asyncio.run(client.aclose()), name="cinnox-close")
    thread.start()
    thread.join()


@pytest.fixture
def async_cinnox_client(cinnox_mock: MockTransport) -> Iterator[AsyncCinnox]:
    """An ``AsyncCinnox`` on ``cinnox_mock`` (a plain fixture: works with pytest-asyncio, anyio, …)."""
    from cinnox_ext import AsyncCinnox

    client = AsyncCinnox(
        TEST_APP_ID,
        TEST_APP_TOKEN,
        base_url=TEST_BASE_URL,
        transport=cinnox_mock,
        rate_limit=None,
        retry_policy=no_wait_retry_policy(),
    )
    try:
        yield client
    finally:
        _close_async(client)


@pytest.fixture
def cinnox_webhook() -> WebhookDeliverer:
    from ._webhooks import WebhookDeliverer

    return WebhookDeliverer()


@pytest.fixture
def cinnox_any_client(request: pytest.FixtureRequest, cinnox_mock_kind: str) -> Cinnox:
    """``cinnox_client`` or ``cinnox_prism_client``, per ``cinnox_mock_kind`` (see the module docstring)."""
    name = "cinnox_prism_client" if cinnox_mock_kind == "prism" else "cinnox_client"
    client: Cinnox = request.getfixturevalue(name)
    return client


# ---------------------------------------------------------------------------- Prism


def _prism_required(config: pytest.Config) -> bool:
    option = config.getoption("cinnox_prism") or config.getini("cinnox_prism")
    env = os.environ.get("CINNOX_PRISM_REQUIRED", "").lower() in ("1", "true", "yes")
    return option == "require" or env


@pytest.fixture(scope="session")
def cinnox_prism(request: pytest.FixtureRequest) -> Iterator[PrismMock]:
    """Prism serving the SDK's spec, started once per session and always stopped."""
    from cinnox_ext.mock import PrismMock, PrismStartError

    required = _prism_required(request.config)
    prism = PrismMock()
    try:
        prism.start()
    except (PrismStartError, OSError) as e:
        prism.__exit__(None, None, None)
        lines = [line for line in str(e).splitlines() if line.strip()] or [type(e).__name__]
        why = lines[0].rstrip(":") + (f": {lines[-1].strip()}" if len(lines) > 1 else "")
        reason = f"Prism could not start: {why}"
        if required:
            pytest.fail(f"{reason} (--cinnox-prism=require)", pytrace=False)
        pytest.skip(f"{reason}; run with --cinnox-prism=require to make this an error")
    try:
        yield prism
    finally:
        prism.__exit__(None, None, None)


@pytest.fixture
def cinnox_prism_mock(request: pytest.FixtureRequest, cinnox_prism: PrismMock) -> Iterator[MockTransport]:
    """A ``MockTransport`` that validates each request, relays it to Prism and answers with Prism's
    answer, or the test's override (``.on(…).respond(…)``, ``.fail(…)``): overrides on Prism."""
    import httpx

    from ._mock import MockTransport

    # No kept-alive connections on the async side: each closes in the test's own event loop.
    relay = MockTransport(
        strict=_strict(request),
        upstream=httpx.HTTPTransport(),
        async_upstream=httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0)),
    )
    try:
        yield relay
        _check_violations(request, relay)
    finally:
        assert relay.upstream is not None
        relay.upstream.close()


@pytest.fixture
def cinnox_prism_client(cinnox_prism: PrismMock, cinnox_prism_mock: MockTransport) -> Iterator[Cinnox]:
    from cinnox_ext import Cinnox

    with Cinnox(
        TEST_APP_ID,
        TEST_APP_TOKEN,
        base_url=cinnox_prism.url,
        transport=cinnox_prism_mock,
        rate_limit=None,
        retry_policy=no_wait_retry_policy(),
    ) as client:
        yield client


@pytest.fixture
def async_cinnox_prism_client(
    cinnox_prism: PrismMock, cinnox_prism_mock: MockTransport
) -> Iterator[AsyncCinnox]:
    from cinnox_ext import AsyncCinnox

    client = AsyncCinnox(
        TEST_APP_ID,
        TEST_APP_TOKEN,
        base_url=cinnox_prism.url,
        transport=cinnox_prism_mock,
        rate_limit=None,
        retry_policy=no_wait_retry_policy(),
    )
    try:
        yield client
    finally:
        _close_async(client)
