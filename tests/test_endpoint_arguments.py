"""The fast path of argument binding (every list and call method binds its arguments) agrees with
``inspect.Signature.bind`` on any call: the same arguments, or the same ValidationError."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from cinnox_ext import Cinnox, errors
from cinnox_ext.resources._endpoints import Area, _Endpoint

CLIENT = Cinnox("app", "tok", base_url="http://127.0.0.1:9", rate_limit=None)
ENDPOINTS: list[tuple[Area[Any], _Endpoint[Any, Any]]] = [
    (area, endpoint)
    for area in vars(CLIENT).values()
    if isinstance(area, Area)
    for endpoint in vars(type(area)).values()
    if isinstance(endpoint, _Endpoint)
]
VALUES = st.one_of(st.none(), st.integers(-2, 600), st.text(max_size=3), st.booleans())


def _outcome(endpoint: _Endpoint[Any, Any], area: Area[Any], args: tuple[Any, ...], kwargs: dict[str, Any],
              fast: bool) -> object:  # fmt: skip
    endpoint._fast = fast  # type: ignore[misc]
    try:
        return endpoint._arguments(area, args, dict(kwargs))
    except errors.ValidationError as exc:
        return ("ValidationError", str(exc))


@given(st.data())
@settings(max_examples=400, deadline=None)
def test_fast_binding_agrees_with_signature_bind(data: st.DataObject) -> None:
    assert len(ENDPOINTS) > 40
    area, endpoint = data.draw(st.sampled_from(ENDPOINTS))
    names = sorted(endpoint._named | endpoint._option_names | {"bogus", "self", endpoint._var_keyword})
    args = tuple(data.draw(st.lists(VALUES, max_size=len(endpoint._positional) + 1)))
    kwargs = data.draw(st.dictionaries(st.sampled_from(names), VALUES, max_size=4))
    fast = endpoint._fast
    try:
        assert _outcome(endpoint, area, args, kwargs, fast) == _outcome(endpoint, area, args, kwargs, False)
    finally:
        endpoint._fast = fast  # type: ignore[misc]
