"""Lists of typed records, built from structs that msgspec fills in C.

A list answer's records are generated attrs models (``SmsDetail`` …), each made by the model's
``from_dict`` from its decoded JSON object. On a 500-record page that was most of what a page cost
over bare httpx: ``from_dict`` looks up every property of the model in the object, one ``dict.get``
call each, whether the record has it or not.

Here each model gets a *record struct*: a ``msgspec.Struct`` holding each property under its Python
name (``UNSET`` for an absent one), read from its JSON name, not tracked by the garbage collector.
A list of records becomes a list of structs in C, one of two ways:

- a page's answer is decoded straight into structs by the transport (:func:`records_decoder`, used
  by :func:`cinnox_ext._json.loads_with_records`): no dict is ever made for a record;
- any other decoded list (``many(Model.from_dict)``) is converted with ``msgspec.convert``.

Then the model's generated ``_from_fields`` makes each record from its struct, reading attributes
instead of calling ``dict.get``, with the same generated construction code as ``from_dict``.

The struct admits only objects that ``from_dict`` turns into a record with no additional properties:

- a property's value is any JSON value (nested at most ``FAST_DEPTH`` levels), kept as decoded:
  nothing is coerced or checked that ``from_dict`` would not check;
- a required property has no default, so an object without it is refused;
- a key outside the model (an additional property) is refused.

If the struct refuses any item (an additional property, a missing required property, an item that is
not an object, deeper nesting), the whole list is decoded as before and goes through ``from_dict``.
Records and errors are the same either way (tested on every model in ``tests/test_records.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from cinnox_generated.types import UNSET

from . import _json

if TYPE_CHECKING:
    import msgspec

__all__ = ["list_parser", "records_decoder"]

M = TypeVar("M")


def _model_of(parse: Callable[[Any], Any]) -> type[Any] | None:
    """The generated model whose own ``from_dict`` ``parse`` is, if it has ``_from_fields``."""
    model = getattr(parse, "__self__", None)
    if not isinstance(model, type) or "_from_fields" not in vars(model):
        return None  # not a model's classmethod, or a subclass (made by its own __init__)
    if getattr(parse, "__func__", None) is not vars(model)["from_dict"].__func__:
        return None
    return model


class _Structs:
    """A model's record struct, the list type lists are converted to, and a decoder of JSON into it."""

    def __init__(self, model: type) -> None:
        import msgspec

        fields = model._json_fields  # type: ignore[attr-defined]
        value = _json.value_type(_json.FAST_DEPTH)
        self.struct: type[msgspec.Struct] = msgspec.defstruct(
            f"{model.__name__}Fields",
            [(name, value) if required else (name, value, UNSET) for name, _, required in fields],
            rename={name: key for name, key, _ in fields},
            kw_only=True,
            forbid_unknown_fields=True,
            gc=False,
        )
        self.list_type: Any = list[self.struct]  # type: ignore[name-defined]
        self.decoder: msgspec.json.Decoder[list[Any]] = msgspec.json.Decoder(self.list_type)


#: model -> its structs, built on first use (a few milliseconds), once per model.
_STRUCTS: dict[type, _Structs] = {}


def _structs(model: type) -> _Structs:
    found = _STRUCTS.get(model)
    if found is None:  # threads that get here at once each build; all keep the first one stored
        found = _STRUCTS.setdefault(model, _Structs(model))
    return found


def records_decoder(parse: Callable[[Any], Any]) -> Callable[[], msgspec.json.Decoder[list[Any]]] | None:
    """For a generated model's ``from_dict``: a function giving the decoder of a JSON list straight
    into the model's record structs (the transport decodes a page's records field with it:
    :func:`cinnox_ext._json.loads_with_records`), which :func:`list_parser` then reads. Else ``None``."""
    model = _model_of(parse)
    if model is None:
        return None
    return lambda: _structs(model).decoder


def list_parser(parse: Callable[[Any], M]) -> Callable[[list[Any]], list[M] | None] | None:
    """For a generated model's ``from_dict``: a parser of a decoded JSON list into the same records,
    or ``None`` when the struct refuses an item (parse the list with ``from_dict`` then). The list is
    emptied once its structs are built: the decoded objects are freed before the records are made.
    For any other ``parse``: ``None``."""
    model = _model_of(parse)
    if model is None:
        return None
    build: Callable[[msgspec.Struct], M] = model._from_fields

    def parse_list(payload: list[Any]) -> list[M] | None:
        import msgspec  # imported by the decoder already

        structs = _structs(model)
        if payload and type(payload[0]) is structs.struct:  # decoded into structs by the transport
            records = payload[:]
        else:
            try:
                records = msgspec.convert(payload, structs.list_type)
            except msgspec.ValidationError:
                return None
        payload.clear()  # handed over: the decoded objects go now
        return [build(s) for s in records]

    return parse_list
