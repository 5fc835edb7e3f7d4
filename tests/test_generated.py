"""The generated client: one model per schema, one module per operation, nothing edited by hand."""

from __future__ import annotations

import importlib
import inspect
import re

import cinnox_generated
import cinnox_generated.models as models

from .test_spec import SPEC, operations


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def test_a_model_for_every_object_schema() -> None:
    exported = set(models.__all__)
    objects = {n for n, s in SPEC["components"]["schemas"].items() if s.get("type") == "object"}
    for name in objects:
        assert name in exported, f"no generated model for schema {name}"
        assert inspect.isclass(getattr(models, name))
    # the others are scalar aliases, inlined into the models that use them
    assert set(SPEC["components"]["schemas"]) - objects == {
        "PhoneNumberInput",
        "PhoneNumber",
        "NumberType",
        "CallStatus",
        "DestinationType",
        "OneOrManyStrings",
        "NullableLabelIds",
        "LanguageCode",
    }


def test_a_module_for_every_operation_with_sync_and_async_functions() -> None:
    for _, _, op in operations():
        module = importlib.import_module(f"cinnox_generated.api.{op['tags'][0]}.{snake(op['operationId'])}")
        for fn in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, fn)), f"{module.__name__}.{fn}"
        assert inspect.iscoroutinefunction(module.asyncio_detailed)


def test_the_package_is_the_generators_output() -> None:
    assert cinnox_generated.__doc__ and "client library" in cinnox_generated.__doc__.lower()
    assert set(cinnox_generated.__all__) == {"AuthenticatedClient", "Client"}
