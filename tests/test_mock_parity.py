"""Both mock kinds agree: the project's contract tests run against the in-process mock too, and the
same requests (valid ones and ones the spec refuses, derived from the spec) get the same answers
from Prism and from ``MockTransport``."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from cinnox_generated import AuthenticatedClient

from cinnox_ext.mock import PrismMock
from cinnox_ext.testing import MockTransport
from cinnox_ext.testing._spec_index import Operation, default_index

from . import test_contract

BASE = "http://in-process.test"
AUTH = {"Authorization": "Bearer contract-test-token"}


@attrs.frozen
class InProcess:
    """Stands in for the ``prism`` fixture: same ``url``, served by the in-process mock."""

    url: str
    mock: MockTransport
    spec: Any = None


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[InProcess]:
    """Every ``httpx`` network transport in this test answers from a lenient ``MockTransport``, so the
    contract tests (which build their own clients on ``prism.url``) run unchanged against it."""
    mock = MockTransport(strict=False)

    def sync(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        assert request.url.host == "in-process.test", request.url
        return mock.handle_request(request)

    async def asynchronous(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        assert request.url.host == "in-process.test", request.url
        return await mock.handle_async_request(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", sync)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", asynchronous)
    yield InProcess(BASE, mock)


# The contract tests that take `prism`/`generated` and hold for any faithful mock; the others test
# Prism itself (the file it serves, its proxy mode). A new contract test must be sorted into one.
CONTRACT_TESTS = {
    "test_every_operation_through_the_generated_client",
    "test_prism_rejects_an_invalid_limit",
    "test_prism_rejects_a_missing_token",
    "test_every_sync_method_against_prism",
    "test_every_async_method_against_prism",
    "test_sms_details_records_match_the_example",
    "test_prism_errors_become_typed_errors",
}
PRISM_ONLY = {"test_the_spec_file_the_mock_serves_is_the_repo_spec"}


def test_every_contract_test_is_run_against_both_mocks() -> None:
    takes_a_mock = {
        name
        for name, fn in vars(test_contract).items()
        if name.startswith("test_") and {"prism", "generated"} & set(inspect.signature(fn).parameters)
    }
    assert takes_a_mock == CONTRACT_TESTS | PRISM_ONLY


@pytest.mark.parametrize(
    ("path", "method", "op"),
    test_contract.OPERATIONS,
    ids=[o[2]["operationId"] for o in test_contract.OPERATIONS],
)
def test_every_operation_in_process(
    in_process: InProcess, path: str, method: str, op: dict[str, Any]
) -> None:
    generated = AuthenticatedClient(base_url=in_process.url, token="contract-test-token")
    test_contract.test_every_operation_through_the_generated_client(generated, path, method, op)
    assert [c.operation_id for c in in_process.mock.calls] == [op["operationId"]]
    assert not in_process.mock.violations


def test_invalid_limit_and_missing_token_in_process(in_process: InProcess) -> None:
    generated = AuthenticatedClient(base_url=in_process.url, token="contract-test-token")
    test_contract.test_prism_rejects_an_invalid_limit(generated)
    test_contract.test_prism_rejects_a_missing_token(in_process)  # type: ignore[arg-type]
    assert [v.rule for v in in_process.mock.violations] == ["maximum", "security"]


@pytest.mark.parametrize(
    "name",
    sorted(
        CONTRACT_TESTS
        - {
            "test_every_operation_through_the_generated_client",
            "test_prism_rejects_an_invalid_limit",
            "test_prism_rejects_a_missing_token",
        }
    ),
)
async def test_contract_in_process(in_process: InProcess, name: str) -> None:
    result = getattr(test_contract, name)(in_process)
    if inspect.isawaitable(result):
        await result
    assert in_process.mock.calls
    allowed = {"test_prism_errors_become_typed_errors": {"maximum", "security"}}.get(name, set())
    assert {v.rule for v in in_process.mock.violations} <= allowed


# ----------------------------------------------------------------------------- parity with Prism


def _valid_value(schema: Any, example: Any = None) -> Any:
    """A value the parameter's schema accepts: its example, default or first enum value, else one
    built from its type and bounds."""
    for candidate in (example, schema.get("example"), schema.get("default"), schema.get("const")):
        if candidate is not None:
            return candidate
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer" or kind == "number":
        return max(schema.get("minimum", 1), 1) if schema.get("maximum", 1) >= 1 else schema["maximum"]
    if kind == "boolean":
        return "true"
    if kind == "array":
        return [_valid_value(default_index().resolve(schema.get("items", {}), "")[0])]
    if schema.get("format") == "date-time":
        return "2025-11-01T00:00:00Z"
    return "x" * max(schema.get("minLength", 1), 1)


def _valid_request(operation: Operation) -> dict[str, Any]:
    """A request the spec accepts, from its own examples: path and required query parameters, body."""
    index = default_index()
    spec_op = index.spec["paths"][operation.path][operation.method.lower()]
    examples = {}
    for raw in spec_op.get("parameters", []):
        param, _ = index.resolve(raw, "")
        if "example" in param:
            examples[param["name"]] = param["example"]
    by_name = {p.name: p for p in operation.parameters if p.location == "path"}
    path = operation.path
    for name in operation.path_names:
        value = _valid_value(by_name[name].schema, examples.get(name)) if name in by_name else f"{name}-1"
        path = path.replace("{" + name + "}", str(value))
    params = {
        p.name: _valid_value(p.schema, examples.get(p.name))
        for p in operation.parameters
        if p.location == "query" and p.required
    }
    headers = {
        **AUTH,
        **{
            p.name: str(_valid_value(p.schema, examples.get(p.name)))
            for p in operation.parameters
            if p.location == "header" and p.required
        },
    }
    request: dict[str, Any] = {"method": operation.method, "url": path, "params": params, "headers": headers}
    if operation.body is not None:
        body, _ = index.resolve(spec_op["requestBody"], "")
        media = body["content"]["application/json"]
        if "examples" in media:
            example, _ = index.resolve(next(iter(media["examples"].values())), "")
            request["json"] = example["value"]
        else:
            request["json"] = media["example"]
    return request


def _invalid_variants(operation: Operation) -> Iterator[tuple[str, dict[str, Any]]]:
    """Requests the spec refuses, one rule broken at a time, read from each parameter's schema."""
    valid = _valid_request(operation)
    yield (
        "no-token",
        {**valid, "headers": {k: v for k, v in valid["headers"].items() if k != "Authorization"}},
    )
    for p in operation.parameters:
        if p.location != "query":
            continue
        schema = p.schema
        bad: list[tuple[str, Any]] = []
        if p.required:
            yield (
                f"{p.name}-missing",
                {**valid, "params": {k: v for k, v in valid["params"].items() if k != p.name}},
            )
        if schema.get("type") == "integer":
            bad.append(("type", "not-a-number"))
        if "maximum" in schema:
            bad.append(("maximum", schema["maximum"] + 1))
        if "minimum" in schema:
            bad.append(("minimum", schema["minimum"] - 1))
        if "enum" in schema:
            bad.append(("enum", "not-in-the-enum"))
        if schema.get("format") == "date-time":
            bad.append(("format", "yesterday"))
        for rule, value in bad:
            yield f"{p.name}-{rule}", {**valid, "params": {**valid["params"], p.name: value}}
    if operation.body is not None:
        yield "body-empty-object", {**valid, "json": {}}
        yield "body-missing", {k: v for k, v in valid.items() if k != "json"}
        yield (
            "body-content-type",
            {
                **{k: v for k, v in valid.items() if k != "json"},
                "content": b"text",
                "headers": {**valid["headers"], "Content-Type": "text/plain"},
            },
        )


def _cases() -> list[tuple[str, str, dict[str, Any], bool]]:
    cases = []
    for operation in default_index().operations.values():
        cases.append((operation.operation_id, "valid", _valid_request(operation), True))
        cases += [
            (operation.operation_id, name, request, False) for name, request in _invalid_variants(operation)
        ]
    return cases


CASES = _cases()


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


@pytest.fixture(scope="module")
def prism_http(prism: PrismMock) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prism.url) as client:
        yield client


@pytest.fixture(scope="module")
def mock_http() -> Iterator[httpx.Client]:
    with httpx.Client(base_url=BASE, transport=MockTransport(strict=False)) as client:
        yield client


@pytest.mark.prism
@pytest.mark.parametrize(
    ("operation_id", "case", "request_", "valid"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_prism_and_the_in_process_mock_answer_alike(
    prism_http: httpx.Client,
    mock_http: httpx.Client,
    operation_id: str,
    case: str,
    request_: dict[str, Any],
    valid: bool,
) -> None:
    from_prism = prism_http.request(**request_)
    in_process = mock_http.request(**request_)
    assert in_process.status_code == from_prism.status_code, (from_prism.text, in_process.text)
    assert (in_process.status_code < 300) is valid
    prism_body, mock_body = from_prism.json(), in_process.json()
    if valid:
        assert mock_body == prism_body  # both serve the spec's example
    else:
        assert _shape(mock_body) == _shape(prism_body)
        assert mock_body.get("code") == prism_body.get("code")


def test_the_parity_cases_cover_every_operation_and_rule() -> None:
    ids = {c[0] for c in CASES}
    assert ids == set(default_index().operations)
    names = {c[1].rsplit("-", 1)[-1] for c in CASES}
    assert {
        "valid",
        "token",
        "missing",
        "type",
        "maximum",
        "minimum",
        "enum",
        "format",
        "object",
    } <= names
