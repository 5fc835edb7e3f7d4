"""Decoding answers' JSON: strict, bounded in depth, and fast for the bodies CINNOX actually sends.

:func:`loads` has one meaning — the standard library's ``json.loads`` of the body, refusing
``NaN``/``Infinity`` constants and anything nested deeper than ``max_depth`` — and two ways to get
there:

- **fast path**: ``msgspec`` decodes the body against a type that admits any JSON value nested at most
  :data:`FAST_DEPTH` levels (a list envelope of records, with a nested object or two, is 3-6). Its
  decoder is written in C and checks the depth while it parses, so a 500-record page decodes in about
  40 % of ``json.loads``'s time and needs no second walk to measure its depth.
- **exact path**: anything the fast path refuses — deeper nesting, a byte-order mark, UTF-16, a lone
  surrogate escape, a number out of float range, malformed input — is decoded again by ``json.loads``
  and its depth measured by :func:`too_deep`. Refusals are rare and answered exactly as before.

A page's answer may take a third way first, :func:`loads_with_records`: its records field decoded
straight into record structs (``cinnox_ext/_records.py``), the other members by the fast path; a body
it refuses is read by :func:`loads`.

Both paths give equal values for every body the fast path accepts (property-tested against
``json.loads`` in ``tests/test_json_decode.py``): same ints (arbitrary size), same floats (correctly
rounded), same strings, last duplicate key wins.
"""

from __future__ import annotations

import json
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any, Final, Union

if TYPE_CHECKING:
    import msgspec

__all__ = [
    "FAST_DEPTH",
    "RECORD_LEVELS",
    "NotJson",
    "TooDeep",
    "loads",
    "loads_with_records",
    "too_deep",
    "value_type",
]

#: Container levels the fast decoder admits. Its type grows about 2.5× per level when built (8 levels:
#: a few milliseconds, once per process); deeper bodies take the exact path.
FAST_DEPTH: Final = 8


class NotJson(ValueError):
    """A body that is not strict JSON (a ``NaN``/``Infinity`` constant)."""


class TooDeep(ValueError):
    """JSON nested deeper than allowed."""


def _reject_constant(name: str) -> Any:
    raise NotJson(f"non-standard JSON constant {name}")


@cache
def value_type(depth: int) -> Any:
    """The type of any JSON value nested at most ``depth`` container levels (what the fast decoder
    admits, and a record struct's property values: ``cinnox_ext/_records.py``)."""
    value: Any = Union[str, int, float, bool, None]  # noqa: UP007 - a runtime type, not an annotation
    for _ in range(depth):
        value = Union[str, int, float, bool, None, list[value], dict[str, value]]  # noqa: UP007
    return value


@cache
def _fast_decoder() -> tuple[msgspec.json.Decoder[Any], type[Exception]]:
    """The decoder, and what it raises on a body it refuses (``msgspec.DecodeError``, a ``ValueError``
    only from msgspec 0.19 on; its ``ValidationError`` is one)."""
    import msgspec  # only once a client decodes an answer

    return msgspec.json.Decoder(value_type(FAST_DEPTH)), msgspec.DecodeError


@cache
def _members_decoder() -> msgspec.json.Decoder[dict[str, msgspec.Raw]]:
    """Decodes an object into its members' raw JSON (each checked again when it is decoded)."""
    import msgspec

    return msgspec.json.Decoder(dict[str, msgspec.Raw])


def too_deep(value: object, max_depth: int) -> bool:
    """Is decoded JSON nested deeper than ``max_depth``? Level by level, with the scalars skipped at C
    speed: a level's values are gathered with ``chain``/``map`` and only a level that holds containers
    is filtered in Python, so a page of flat records costs a few C passes (decoded JSON holds exact
    ``dict``/``list``, never subclasses)."""
    level: list[Any] = [value] if type(value) is dict or type(value) is list else []
    depth = 0
    while level:
        depth += 1
        if depth > max_depth:
            return True
        kinds = set(map(type, level))
        if list not in kinds:  # only objects (a page's records): all in C
            children: list[object] = list(chain.from_iterable(map(dict.values, level)))
        elif dict not in kinds:
            children = list(chain.from_iterable(level))
        else:
            children = [v for c in level for v in (c.values() if type(c) is dict else c)]
        kinds = set(map(type, children))
        if dict not in kinds and list not in kinds:
            return False
        level = [c for c in children if type(c) is dict or type(c) is list]
    return False


#: Levels a record struct adds above its property values: the body object, the list, the record.
RECORD_LEVELS: Final = 3


def loads_with_records(
    content: bytes, max_depth: int, field: str, records: msgspec.json.Decoder[list[Any]]
) -> dict[str, Any] | None:
    """The JSON object of ``content`` with its member ``field`` decoded by ``records`` (a decoder of a
    list of record structs whose property values are :func:`value_type` of ``FAST_DEPTH``), the
    other members as :func:`loads` decodes them; ``None`` when either refuses the body (not such an
    object, a record the structs refuse, deeper nesting, anything the fast path refuses): then
    :func:`loads` reads it. A body without ``field`` is decoded as ``loads`` would."""
    if max_depth < FAST_DEPTH + RECORD_LEVELS:
        return None
    decoder, refused = _fast_decoder()
    try:
        members = _members_decoder().decode(content)
        return {k: records.decode(v) if k == field else decoder.decode(v) for k, v in members.items()}
    except (refused, ValueError, RecursionError):
        return None


def loads(content: bytes, max_depth: int) -> object:
    """The JSON value of ``content``.

    Raises :class:`TooDeep` (nested deeper than ``max_depth``), :class:`NotJson` (a ``NaN`` or
    ``Infinity`` constant), or ``ValueError``/``UnicodeDecodeError`` (not JSON), as ``json.loads`` does.
    """
    if max_depth >= FAST_DEPTH:
        decoder, refused = _fast_decoder()
        try:
            return decoder.decode(content)
        except (refused, ValueError, RecursionError):  # ValueError: e.g. UnicodeDecodeError
            pass
    try:
        value = json.loads(content, parse_constant=_reject_constant)
    except RecursionError:
        raise TooDeep(f"JSON nested deeper than {max_depth} levels") from None
    if too_deep(value, max_depth):
        raise TooDeep(f"JSON nested deeper than {max_depth} levels")
    return value
