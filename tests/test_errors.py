"""The one error hierarchy: what ``errors.py``'s docstring draws is what the code defines and exports."""

from __future__ import annotations

import re

import httpx
import pytest

import cinnox_ext
from cinnox_ext import errors


def drawn_tree() -> dict[str, str]:
    """``{class name: parent name}`` as drawn in the module docstring."""
    doc = errors.__doc__ or ""
    tree = doc.split("::", 1)[1].split("\n\n", 2)[1]
    parents: dict[int, str] = {}
    drawn: dict[str, str] = {}
    for line in tree.splitlines():
        match = re.match(r"^(?P<indent>[\s│├└─]*)(?P<name>[A-Z][A-Za-z]+)\b", line.strip("\n"))
        if not match:
            continue
        depth = len(match["indent"]) // 4 - 1  # the block is indented by 4
        name = match["name"]
        parents[depth] = name
        drawn[name] = parents[depth - 1] if depth else "Exception"
    return drawn


def test_the_drawn_hierarchy_is_the_real_one() -> None:
    drawn = drawn_tree()
    assert len(drawn) >= 19
    for name, parent in drawn.items():
        cls = getattr(errors, name)
        assert cls.__mro__[1].__name__ == parent, f"{name} is drawn under {parent}"


def test_exported_names_are_the_documented_ones() -> None:
    documented = set(drawn_tree()) | {"APIConnectionError", "APITimeoutError"}
    defined = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, Exception) and value.__module__ == errors.__name__
    }
    assert defined | {"APIConnectionError", "APITimeoutError"} == documented
    assert set(errors.__all__) == documented
    for name in documented:
        assert getattr(cinnox_ext, name) is getattr(errors, name), name
        assert name in cinnox_ext.__all__
    assert set(cinnox_ext.__all__) >= documented


def test_old_names_are_aliases() -> None:
    assert errors.APIConnectionError is errors.ApiConnectionError
    assert errors.APITimeoutError is errors.ApiTimeoutError


def test_every_error_is_a_cinnox_error_with_method_path_and_request() -> None:
    request = httpx.Request("POST", "https://cinnox.test/v1/api/apps/a/send_sms?secret=1")
    for name in drawn_tree():
        cls = getattr(errors, name)
        assert issubclass(cls, errors.CinnoxError)
        error = cls("message", request=request) if name != "CinnoxError" else cls("m", request=request)
        assert (error.method, error.path, error.request) == ("POST", "/v1/api/apps/a/send_sms", request)
        assert "secret=1" not in str(error)


def test_status_errors_keep_the_response_and_body() -> None:
    request = httpx.Request("GET", "https://cinnox.test/v1/api/apps/a/data/x")
    response = httpx.Response(400, json={"code": 6451000, "message": "bad"}, request=request)
    error = errors.InvalidParameterError("bad", code=6451000, response=response, body={"code": 6451000})
    assert error.response is response and error.body == {"code": 6451000}
    assert error.status_code == 400 and error.method == "GET" and error.path == "/v1/api/apps/a/data/x"
    assert str(error) == "CINNOX error 6451000: bad (HTTP 400, GET /v1/api/apps/a/data/x)"


@pytest.mark.parametrize(("method", "sent"), [("POST", True), ("GET", False), ("PATCH", False)])
def test_response_validation_error_may_have_been_sent_for_posts(method: str, sent: bool) -> None:
    request = httpx.Request(method, "https://cinnox.test/v1/api/apps/a/send_sms")
    response = httpx.Response(200, text="OK", request=request)
    assert errors.ResponseValidationError("unreadable", response=response).may_have_been_sent is sent
    assert errors.ResponseValidationError("x", method=method).may_have_been_sent is sent
    assert (
        errors.ResponseValidationError("x", method=method, may_have_been_sent=False).may_have_been_sent
        is False
    )
    assert errors.ResponseTooLargeError("x", request=request).may_have_been_sent is sent


def test_simple_constructors_for_other_engineers() -> None:
    assert str(errors.PaginationError("page 3 repeats page 2")) == "page 3 repeats page 2"
    assert not errors.PaginationError("x").may_have_been_sent
    assert not errors.RateLimiterUnavailableError("redis down").may_have_been_sent
    unknown = errors.SendOutcomeUnknownError("ReadTimeout", method="POST", path="/p")
    assert unknown.may_have_been_sent and "POST /p may have been processed" in str(unknown)
    assert errors.RateLimitError("slow", retry_after=3.0, status_code=429).retry_after == 3.0
    assert isinstance(errors.ValidationError("bad"), ValueError)
    assert isinstance(errors.ConfigurationError("bad"), ValueError)
    assert str(errors.ApiConnectionError("refused", method="GET", path="/x")) == "refused (GET /x)"
