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

__all__ = ["FAST_DEPTH", "NotJson", "TooDeep", "loads", "too_deep"]

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
def _fast_decoder() -> tuple[msgspec.json.Decoder[Any], type[Exception]]:
    """The decoder, and what it raises on a body it refuses (``msgspec.DecodeError``, a ``ValueError``
    only from msgspec 0.19 on)."""
    import msgspec  # only once a client decodes an answer

    value: Any = Union[str, int, float, bool, None]  # noqa: UP007 - a runtime type, not an annotation
    for _ in range(FAST_DEPTH):
        value = Union[str, int, float, bool, None, list[value], dict[str, value]]  # noqa: UP007
    return msgspec.json.Decoder(value), msgspec.DecodeError


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
