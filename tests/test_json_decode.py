"""The answers' JSON decoder (cinnox_ext._json): its msgspec fast path and its json.loads exact path
mean the same thing for every body, and the fast path is the one a page takes."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cinnox_ext import _json
from cinnox_ext._transport import MAX_JSON_DEPTH, parse_body

from .test_transport_properties import _depth


def _typed(value: object) -> object:
    """``value`` with every scalar tagged by its exact type (``1 == 1.0 == True`` in Python) and floats
    by their repr (``-0.0``)."""
    if type(value) is dict:
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if type(value) is list:
        return ("list", [_typed(v) for v in value])
    if type(value) is float:
        return ("float", repr(value))
    return (type(value).__name__, value)


def _reference(content: bytes, max_depth: int) -> tuple[str, object]:
    """What the decoder must give: json.loads's value, or the kind of refusal."""
    try:
        value = json.loads(content, parse_constant=lambda name: (_ for _ in ()).throw(_json.NotJson(name)))
    except _json.NotJson:
        return "constant", None
    except RecursionError:
        return "deep", None
    except ValueError:
        return "invalid", None
    if _depth(value) > max_depth:
        return "deep", None
    return "ok", _typed(value)


def _ours(content: bytes, max_depth: int) -> tuple[str, object]:
    try:
        return "ok", _typed(_json.loads(content, max_depth))
    except _json.TooDeep:
        return "deep", None
    except _json.NotJson:
        return "constant", None
    except ValueError:
        return "invalid", None


scalars = (
    st.none()
    | st.booleans()
    | st.integers()  # arbitrary size: past int64 and uint64
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()  # any code point, lone surrogates included
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)


@st.composite
def deep(draw: st.DrawFn) -> object:
    """A chain of containers around both depth limits (the fast path's and the caller's)."""
    value: object = draw(scalars)
    edges = [limit + d for limit in (3, _json.FAST_DEPTH, MAX_JSON_DEPTH) for d in (-1, 0, 1, 2)]
    for _ in range(draw(st.sampled_from(edges) | st.integers(0, MAX_JSON_DEPTH + 3))):
        value = [value] if draw(st.booleans()) else {"k": value, "s": draw(scalars)}
    return value


@given(values, st.sampled_from([MAX_JSON_DEPTH, _json.FAST_DEPTH, 3]), st.booleans())
@settings(max_examples=300, deadline=None)
def test_the_decoder_means_what_json_loads_means(value: object, max_depth: int, ascii_only: bool) -> None:
    content = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert _ours(content, max_depth) == _reference(content, max_depth)


@given(deep(), st.sampled_from([MAX_JSON_DEPTH, _json.FAST_DEPTH, 3]))
@settings(max_examples=300, deadline=None)
def test_depth_is_refused_exactly_past_the_limit_on_both_paths(value: object, max_depth: int) -> None:
    content = json.dumps(value).encode()
    assert _ours(content, max_depth) == _reference(content, max_depth)


raw_bodies = [
    b"1e400",  # out of float range: json.loads gives inf
    b"-0",
    b"-0.0",
    b"NaN",
    b'{"a": Infinity}',
    b"[-Infinity]",
    b'{"a":1,"a":2}',  # the last duplicate wins
    b"\xef\xbb\xbf{}",  # a UTF-8 byte-order mark
    '{"a": "é"}'.encode("utf-16"),  # json.loads detects UTF-16 and UTF-32
    '{"a": "é"}'.encode("utf-32-le"),
    b'"\\ud800"',  # a lone surrogate escape
    b'"\\udc00\\ud800"',
    b'"\xff"',
    b"{} x",
    b"",
    b" ",
    b"[1,]",
    b"[" * 100_000,
    b"[" * 100_000 + b"]" * 100_000,
    b"[" * (MAX_JSON_DEPTH + 1) + b"]" * (MAX_JSON_DEPTH + 1),
    b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH,
    b"123456789012345678901234567890",
    b"1.0000000000000000000000000001",
    b"5e-324",
    b"2.2250738585072011e-308",
    b'{"\\u0000": "\\u0000"}',
]


@pytest.mark.parametrize("content", raw_bodies, ids=range(len(raw_bodies)))
def test_bodies_only_json_loads_reads_are_answered_as_json_loads_answers_them(content: bytes) -> None:
    for max_depth in (MAX_JSON_DEPTH, 3):
        assert _ours(content, max_depth) == _reference(content, max_depth)


def test_parse_body_names_the_problem() -> None:
    assert parse_body(b"[" * 101 + b"]" * 101) == (None, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    assert parse_body(b"[" * 100_000) == (None, f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    assert parse_body(b'{"a": NaN}') == (None, "non-standard JSON constant NaN")
    value, problem = parse_body(b'{"a": 1e400}')
    assert problem is None and value == {"a": math.inf}
    assert parse_body(b"{")[1].startswith("not JSON: ")  # type: ignore[union-attr]


def test_a_page_of_records_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """A list envelope a few levels deep never reaches json.loads (which would decode it again)."""
    page: dict[str, Any] = {
        "code": 0,
        "result": [
            {"id": f"r{i}", "n": i, "x": i / 3, "ok": True, "tags": ["a", {"b": [None]}]} for i in range(500)
        ],
    }
    content = json.dumps(page).encode()

    def refused(*args: object, **kwargs: object) -> object:
        raise AssertionError("took the exact path")

    monkeypatch.setattr(json, "loads", refused)
    assert _json.loads(content, MAX_JSON_DEPTH) == page
    with pytest.raises(AssertionError, match="exact path"):  # and deeper bodies do take it
        _json.loads(b"[" * (_json.FAST_DEPTH + 1) + b"]" * (_json.FAST_DEPTH + 1), MAX_JSON_DEPTH)


# ---------------------------------------------------------------------------------------------------
# A page's records decoded straight into record structs (cinnox_ext/_records.py)


def _record_structs() -> tuple[Any, tuple[tuple[str, str, bool], ...]]:
    from cinnox_ext._records import records_decoder
    from cinnox_ext.models import SmsDetail

    decoder = records_decoder(SmsDetail.from_dict)
    assert decoder is not None
    return decoder(), SmsDetail._json_fields


def _unstruct(body: dict[str, Any], fields: tuple[tuple[str, str, bool], ...]) -> dict[str, Any]:
    """The body with its record structs written back as the JSON objects they were read from."""
    from cinnox_generated.types import UNSET

    return {
        k: [{key: getattr(s, name) for name, key, _ in fields if getattr(s, name) is not UNSET} for s in v]
        if k == "result"
        else v
        for k, v in body.items()
    }


def _canon(tagged: object) -> object:
    """A ``_typed`` value with its objects' members in key order (a struct keeps its own order)."""
    if isinstance(tagged, tuple) and tagged[0] == "dict":
        return ("dict", sorted((k, _canon(v)) for k, v in tagged[1]))
    if isinstance(tagged, tuple) and tagged[0] == "list":
        return ("list", [_canon(v) for v in tagged[1]])
    return tagged


def _same(content: bytes, max_depth: int, body: dict[str, Any], fields: Any) -> None:
    kind, want = _reference(content, max_depth)
    assert kind == "ok"
    assert _canon(want) == _canon(_typed(_unstruct(body, fields)))


_KEYS = ["id", "smsID", "text", "createdAt", "segmentCount", "sender", "isSenderStaff", "unknownKey"]
records = st.lists(st.dictionaries(st.sampled_from(_KEYS), values | deep(), max_size=5), max_size=4)
pages = st.fixed_dictionaries(
    {"result": records | values}, optional={"code": values, "total": st.integers(), "extra": values}
)


@given(
    pages | values,
    st.sampled_from([MAX_JSON_DEPTH, _json.FAST_DEPTH + _json.RECORD_LEVELS, 3]),
    st.booleans(),
)
@settings(max_examples=300, deadline=None)
def test_a_body_decoded_into_record_structs_means_what_json_loads_means(
    value: object, max_depth: int, ascii_only: bool
) -> None:
    """Whatever loads_with_records accepts, json.loads reads as the same value (exact types, the
    records' keys and values) within the depth limit; what it refuses, loads reads instead."""
    decoder, fields = _record_structs()
    content = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    body = _json.loads_with_records(content, max_depth, "result", decoder)
    if body is not None:
        _same(content, max_depth, body, fields)


@pytest.mark.parametrize("content", raw_bodies, ids=range(len(raw_bodies)))
def test_bodies_only_json_loads_reads_are_never_decoded_into_record_structs(content: bytes) -> None:
    decoder, fields = _record_structs()
    for wrapped in (
        content,
        b'{"result": [{"text": ' + content + b"}]}",
        b'{"code": ' + content + b', "result": []}',
    ):
        body = _json.loads_with_records(wrapped, MAX_JSON_DEPTH, "result", decoder)
        if body is not None:
            _same(wrapped, MAX_JSON_DEPTH, body, fields)


def test_a_page_of_documented_records_is_decoded_into_record_structs(monkeypatch: pytest.MonkeyPatch) -> None:
    decoder, fields = _record_structs()
    page = {"code": 0, "result": [{"id": f"r{i}", "smsID": f"s{i}", "segmentCount": i} for i in range(500)]}
    content = json.dumps(page).encode()
    monkeypatch.setattr(json, "loads", lambda *a, **k: pytest.fail("took the exact path"))
    body = _json.loads_with_records(content, MAX_JSON_DEPTH, "result", decoder)
    assert body is not None and _unstruct(body, fields) == page
    assert (
        _json.loads_with_records(content, _json.FAST_DEPTH + 2, "result", decoder) is None
    )  # too shallow a limit
    # a record the structs refuse: the whole body is left to loads
    refused = {"code": 0, "result": [*page["result"], {"id": "x", "unknownKey": 1}]}
    assert _json.loads_with_records(json.dumps(refused).encode(), MAX_JSON_DEPTH, "result", decoder) is None
    # a body without the records field decodes as loads would
    monkeypatch.undo()
    assert _json.loads_with_records(b'{"code": 5}', MAX_JSON_DEPTH, "result", decoder) == {"code": 5}
