"""Lists of typed records, built from structs that msgspec fills in C.

A list answer's records are generated attrs models (``SmsDetail`` …), each made by the model's
``from_dict`` from its decoded JSON object. On a 500-record page that is most of what a page costs
over bare httpx: ``from_dict`` looks up every property of the model in the object, one ``dict.get``
call each, whether the record has it or not.

:func:`list_parser` makes the same records in about half the time. ``msgspec.convert`` turns the
decoded list into one struct a record, in C: a struct holds each property under its Python name,
``UNSET`` for an absent one, and is not tracked by the garbage collector. Then the model's generated
``_from_fields`` makes the record from the struct, reading attributes instead of calling ``dict.get``.
Both read the properties with the same generated construction code.

The struct admits only objects that ``from_dict`` turns into a record with no additional properties:
- every value is ``Any``, so nothing is coerced or checked that ``from_dict`` would not check;
- a required property has no default, so an object without it is refused;
- the struct refuses keys outside the model (they are additional properties).
If the struct refuses any item (an additional property, a missing required property, an item that is
not an object), the whole list goes through ``from_dict`` instead. Records and errors are the same
either way (tested on every model in ``tests/test_records.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from cinnox_generated.types import UNSET

if TYPE_CHECKING:
    import msgspec

__all__ = ["list_parser"]

M = TypeVar("M")


def _model_of(parse: Callable[[Any], Any]) -> type[Any] | None:
    """The generated model whose own ``from_dict`` ``parse`` is, if it has ``_from_fields``."""
    model = getattr(parse, "__self__", None)
    if not isinstance(model, type) or "_from_fields" not in vars(model):
        return None  # not a model's classmethod, or a subclass (made by its own __init__)
    if getattr(parse, "__func__", None) is not vars(model)["from_dict"].__func__:
        return None
    return model


#: model -> the ``list[struct]`` type its lists are converted to (built on first use, once per model).
_LIST_TYPES: dict[type, Any] = {}


def _list_type(model: type) -> Any:
    """``list[struct]`` for ``model``: a struct with each property of the model under its Python name,
    read from its JSON name (a few tens of microseconds to build)."""
    kind = _LIST_TYPES.get(model)
    if kind is None:
        import msgspec

        fields = model._json_fields  # type: ignore[attr-defined]
        struct = msgspec.defstruct(
            f"{model.__name__}Fields",
            [(name, Any) if required else (name, Any, UNSET) for name, _, required in fields],
            rename={name: key for name, key, _ in fields},
            kw_only=True,
            forbid_unknown_fields=True,
            gc=False,
        )
        kind = _LIST_TYPES[model] = list[struct]  # type: ignore[valid-type]
    return kind


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

        try:
            structs = msgspec.convert(payload, _list_type(model))
        except msgspec.ValidationError:
            return None
        payload.clear()
        return [build(s) for s in structs]

    return parse_list
