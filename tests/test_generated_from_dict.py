"""Every generated model's ``from_dict`` (generator/templates/model.py.jinja) reads what ``to_dict`` wrote.

The template override reads properties with ``d.get``/``d[...]`` instead of popping them from a copy,
calls ``cls(...)`` positionally and builds ``additional_properties`` only when a record carries unknown
keys. These tests hold it to the original template's behaviour for every model class in
``cinnox_generated.models``, with ``to_dict`` (unchanged from the stock template) as the oracle:

- Hypothesis builds model instances from the attrs fields' types (random values, random UNSET), adds
  random unknown keys, and checks ``from_dict(to_dict())`` gives back every attribute on its own field, the
  unknown keys exactly in ``additional_properties``, the source mapping unchanged and not aliased, and the
  same result from a read-only non-dict mapping;
- one instance per class with a distinct value in every field (a mis-ordered positional call moves a
  value to another attribute), also read from a defaultdict (nothing inserted) and from pairs;
- a record without one of its required keys still raises ``KeyError`` (dict, read-only mapping,
  defaultdict);
- Hypothesis instances of the component schemas in ``openapi/cinnox.yaml`` (hypothesis-jsonschema, as
  the server would send them) parse, and ``to_dict`` gives the record back.

The same tests pass against the stock template's output (the differential check), and fail against
broken overrides: a reversed positional call, aliased or always-empty additional properties, ``d.get``
for required keys, ``d.pop`` on the source, a key missing from ``_KNOWN_KEYS``, no copy for non-dicts.
"""

from __future__ import annotations

import collections
import copy
import datetime
import enum
import functools
import inspect
import itertools
import types
import typing
from typing import Any, Literal

import attrs
import cinnox_generated.models as models
import pytest
from cinnox_generated.types import UNSET, Unset
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from .test_spec import SPEC
from .test_spec import inline_refs as _inline


def _slow_settings(max_examples: int) -> Any:
    """Settings for the properties that draw whole records (slow to generate, by design)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )


MODELS: list[type[Any]] = sorted(
    (c for c in vars(models).values() if inspect.isclass(c) and attrs.has(c)), key=lambda c: c.__name__
)
_NAMESPACE: dict[str, Any] = {
    **vars(models),
    "datetime": datetime,
    "Unset": Unset,
    "Any": Any,
    "Literal": Literal,
}


def _resolve(annotation: Any) -> Any:
    # The generated modules use `from __future__ import annotations` and import nested models lazily.
    return eval(annotation, _NAMESPACE) if isinstance(annotation, str) else annotation


def _init_fields(cls: type[Any]) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(cls) if f.init]


def _additional_type(cls: type[Any]) -> Any:
    (extra,) = [f for f in attrs.fields(cls) if f.name == "additional_properties"]
    return typing.get_args(_resolve(extra.type))[1]


def _members(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp) if isinstance(tp, types.UnionType) else (tp,)


# ---------------------------------------------------------------------------------------------------
# Random instances (Hypothesis)

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
    max_leaves=4,
)


def _strategy(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    if isinstance(tp, types.UnionType):
        return st.one_of([_strategy(m, depth) for m in typing.get_args(tp)])
    if tp is Unset:
        return st.just(UNSET)
    if tp is type(None):
        return st.none()
    if typing.get_origin(tp) is Literal:
        return st.sampled_from(typing.get_args(tp))
    if typing.get_origin(tp) is list:
        return st.lists(_strategy(typing.get_args(tp)[0], depth + 1), max_size=2)
    if tp is Any:
        return _JSON
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(-(2**40), 2**40)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False)
    if tp is str:
        return st.text(max_size=6)
    if tp is datetime.datetime:
        return st.datetimes(timezones=st.just(datetime.UTC))
    if inspect.isclass(tp) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if attrs.has(tp):
        return _instances(tp, depth + 1)
    raise AssertionError(f"no strategy for {tp!r}: teach this test the new field type")


def _instances(cls: type[Any], depth: int = 0) -> st.SearchStrategy[Any]:
    fields = _init_fields(cls)
    kwargs = {}
    for f in fields:
        tp = _resolve(f.type)
        if depth > 3 and Unset in _members(tp):
            kwargs[f.name] = st.just(UNSET)  # keep nested records small
        else:
            kwargs[f.name] = _strategy(tp, depth)
    return st.fixed_dictionaries(kwargs).map(lambda kw: cls(**kw))


# ---------------------------------------------------------------------------------------------------
# One instance per class with a distinct value in every field

_counter = itertools.count(1)


def _distinct(tp: Any) -> Any:
    n = next(_counter)
    members = [m for m in _members(tp) if m not in (Unset, type(None))]
    tp = members[0]
    if typing.get_origin(tp) is Literal:
        return typing.get_args(tp)[0]
    if typing.get_origin(tp) is list:
        return [_distinct(typing.get_args(tp)[0]), _distinct(typing.get_args(tp)[0])]
    if tp is Any:
        return {"any": n}
    if tp is bool:
        return n % 2 == 0
    if tp is int:
        return 1000 + n
    if tp is float:
        return n + 0.5
    if tp is str:
        return f"value-{n}"
    if tp is datetime.datetime:
        return datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(seconds=n)
    if inspect.isclass(tp) and issubclass(tp, enum.Enum):
        return list(tp)[n % len(tp)]
    if attrs.has(tp):
        return _full(tp)
    raise AssertionError(f"no value for {tp!r}: teach this test the new field type")


def _full(cls: type[Any]) -> Any:
    return cls(**{f.name: _distinct(_resolve(f.type)) for f in _init_fields(cls)})


def _known_keys(cls: type[Any]) -> frozenset[str]:
    """The JSON keys of cls's properties, as to_dict (the stock template's code) writes them."""
    return frozenset(_full(cls).to_dict())


KNOWN = {cls: _known_keys(cls) for cls in MODELS}


def _required_keys(cls: type[Any]) -> list[str]:
    fields = _init_fields(cls)
    # optional properties (their type admits UNSET) left out: to_dict writes only the required ones
    minimal = cls(
        **{f.name: UNSET if Unset in _members(tp := _resolve(f.type)) else _distinct(tp) for f in fields}
    )
    return list(minimal.to_dict())


def _assert_same(got: Any, want: Any, cls: type[Any]) -> None:
    assert type(got) is cls
    for f in attrs.fields(cls):
        assert getattr(got, f.name) == getattr(want, f.name), f"{cls.__name__}.{f.name}"
    assert got == want


# ---------------------------------------------------------------------------------------------------


def test_every_model_class_is_covered() -> None:
    assert len(MODELS) > 100
    # Each class's properties are read from their own keys: no two fields share one.
    for cls in MODELS:
        assert len(KNOWN[cls]) == len(_init_fields(cls)), cls.__name__


@_slow_settings(150)
@given(data=st.data())
def test_from_dict_reads_what_to_dict_wrote_for_every_model(data: st.DataObject) -> None:
    cls = data.draw(st.sampled_from(MODELS), label="model")
    instance = data.draw(_instances(cls), label="instance")
    record = instance.to_dict()
    extra_type = _additional_type(cls)
    extra_keys = st.text(max_size=8).filter(lambda k: k not in KNOWN[cls])
    extras: dict[str, Any]
    if extra_type is Any:
        extras = data.draw(st.dictionaries(extra_keys, _JSON, max_size=3), label="extras")
        record.update(extras)
    else:  # typed additional properties: models, as to_dict writes them
        extras = data.draw(st.dictionaries(extra_keys, _instances(extra_type), max_size=3), label="extras")
        record.update({k: v.to_dict() for k, v in extras.items()})
    instance.additional_properties = dict(extras)
    before = copy.deepcopy(record)

    parsed = cls.from_dict(record)

    _assert_same(parsed, instance, cls)
    assert parsed.additional_properties == extras
    assert record == before  # the source is not mutated ...
    assert parsed.additional_properties is not record  # ... nor aliased
    parsed.additional_properties["__probe__"] = 1
    assert "__probe__" not in record
    assert cls.from_dict(record).additional_properties == extras  # a fresh dict per record
    # a mapping that is not a dict (read-only) parses the same
    _assert_same(cls.from_dict(types.MappingProxyType(record)), instance, cls)


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_field_lands_on_its_own_attribute(cls: type[Any]) -> None:
    instance = _full(cls)
    record = instance.to_dict()
    _assert_same(cls.from_dict(record), instance, cls)
    first, second = cls.from_dict(record), cls.from_dict(record)
    assert (
        first.additional_properties == {} and first.additional_properties is not second.additional_properties
    )
    # a dict subclass with a default factory is read as a plain mapping: nothing inserted, same result
    tracked = collections.defaultdict(lambda: "inserted", record)
    _assert_same(cls.from_dict(tracked), instance, cls)
    assert dict(tracked) == record
    # any other input goes through dict() as before: even pairs (which the stock template accepted)
    _assert_same(cls.from_dict(typing.cast(Any, list(record.items()))), instance, cls)


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_a_subclass_is_made_by_its_own_init(cls: type[Any]) -> None:
    """from_dict fills a model in without its __init__; a subclass, which may add fields with defaults
    and hooks, is still made by its own __init__, with the same values and additional properties."""

    @attrs.define
    class Sub(cls):  # type: ignore[misc, valid-type]
        added: str = "default"
        hooked: bool = attrs.field(init=False, default=False)

        def __attrs_post_init__(self) -> None:
            self.hooked = True

    instance = _full(cls)
    extra_type = _additional_type(cls)
    extra = 1 if extra_type is Any else _full(extra_type)
    record = {**instance.to_dict(), "__extra__": extra if extra_type is Any else extra.to_dict()}
    parsed = Sub.from_dict(record)
    assert type(parsed) is Sub and parsed.added == "default" and parsed.hooked
    for f in attrs.fields(cls):
        if f.name != "additional_properties":
            assert getattr(parsed, f.name) == getattr(instance, f.name), f"{cls.__name__}.{f.name}"
    assert parsed.additional_properties == {"__extra__": extra}


@pytest.mark.parametrize("cls", [c for c in MODELS if _required_keys(c)], ids=lambda c: c.__name__)
def test_a_missing_required_key_is_a_key_error(cls: type[Any]) -> None:
    record = _full(cls).to_dict()
    for key in _required_keys(cls):
        partial = {k: v for k, v in record.items() if k != key}
        with pytest.raises(KeyError):
            cls.from_dict(partial)
        with pytest.raises(KeyError):
            cls.from_dict(types.MappingProxyType(partial))
        # a default factory is not asked for the missing key (it is read as a plain mapping)
        tracked = collections.defaultdict(lambda: "inserted", partial)
        with pytest.raises(KeyError):
            cls.from_dict(tracked)
        assert key not in tracked


_SCHEMA_MODELS = sorted(
    name
    for name in SPEC["components"]["schemas"]
    if inspect.isclass(c := getattr(models, name, None)) and attrs.has(c)
)


def _alternatives(node: Any) -> list[dict[str, Any]]:
    """A schema node and, recursively, the branches of its oneOf/anyOf/allOf."""
    if not isinstance(node, dict):
        return []
    found = [node]
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in node.get(key, []):
            found += _alternatives(branch)
    return found


def _as_written(value: Any, node: Any) -> Any:
    """A record as the model's to_dict writes it back: date-times as datetime.isoformat() does."""
    nodes = _alternatives(node)
    if isinstance(value, str) and any(n.get("format") == "date-time" for n in nodes):
        return datetime.datetime.fromisoformat(value).isoformat()
    if isinstance(value, dict):
        props: dict[str, Any] = {}
        for n in nodes:
            props.update(n.get("properties", {}))
        return {k: _as_written(v, props.get(k)) for k, v in value.items()}
    if isinstance(value, list):
        items = next((n["items"] for n in nodes if isinstance(n.get("items"), dict)), None)
        return [_as_written(v, items) for v in value]
    return value


@functools.cache
def _schema_records(name: str) -> st.SearchStrategy[Any]:
    return from_schema(_inline(SPEC["components"]["schemas"][name]))


@_slow_settings(120)
@given(data=st.data())
def test_records_generated_from_the_component_schemas_parse(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(_SCHEMA_MODELS), label="schema")
    cls = getattr(models, name)
    schema = _inline(SPEC["components"]["schemas"][name])
    record = data.draw(_schema_records(name), label="record")
    assert isinstance(record, dict)
    before = copy.deepcopy(record)
    parsed = cls.from_dict(record)
    assert record == before
    assert parsed.additional_properties == {k: v for k, v in record.items() if k not in KNOWN[cls]}
    assert parsed.to_dict() == _as_written(record, schema)


def _unset_source(cls: type[Any]) -> dict[str, Any]:
    """A JSON object with only the model's required properties (every optional field UNSET, no
    additional property: the record's slot is filled in when first read)."""
    required = set(_required_keys(cls))
    return {k: v for k, v in _full(cls).to_dict().items() if k in required}


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_a_record_survives_pickling_and_copying(cls: type[Any]) -> None:
    """UNSET pickles and copies as the one UNSET, so a record with UNSET fields comes back equal."""
    import pickle

    for record in (
        _full(cls),
        cls.from_dict(_unset_source(cls)),
        cls.from_dict({**_full(cls).to_dict(), "__x__": 1}) if _additional_type(cls) is Any else _full(cls),
    ):
        for back in (pickle.loads(pickle.dumps(record)), copy.deepcopy(record), copy.copy(record)):
            _assert_same(back, record, cls)
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET and copy.deepcopy(UNSET) is UNSET


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_additional_properties_left_unset_read_as_a_new_empty_dict(cls: type[Any]) -> None:
    """from_dict leaves a record without additional properties with its slot unset: every way of
    reading the record sees its own empty dict, made once and kept."""
    source = _unset_source(cls)
    record = cls.from_dict(source)
    slot = attrs.fields(cls).additional_properties
    assert slot.name == "additional_properties" and slot.init is False
    with pytest.raises(AttributeError):  # unset until read: no dict allocated per record
        type(record).__dict__["additional_properties"]._slot.__get__(record)
    other = cls.from_dict(source)
    assert record == other and repr(record) == repr(other)
    assert attrs.asdict(record, recurse=False)["additional_properties"] == {}
    first = record.additional_properties
    assert first == {} and record.additional_properties is first and other.additional_properties is not first
    value = 1 if _additional_type(cls) is Any else _full(_additional_type(cls))
    record["__x__"] = value
    assert record.additional_properties == {"__x__": value} and "__x__" in record and "__x__" not in other
    assert record != other and copy.copy(record) == record
    del record.additional_properties
    assert record.additional_properties == {} and record == other
    record.additional_properties = {"y": value}
    assert record["y"] == value


def test_threads_reading_an_unset_slot_at_once_get_one_dict() -> None:
    import threading

    record = models.SmsDetail.from_dict({"id": "a"})
    barrier = threading.Barrier(8)
    seen: list[int] = []

    def read() -> None:
        barrier.wait(timeout=30)
        seen.append(id(record.additional_properties))

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(seen) == 8 and len(set(seen)) == 1
