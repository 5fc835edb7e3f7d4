"""The spec, indexed for the in-process mock: routes, parameters, bodies and answers per operation.

Everything here is read from the OpenAPI document (by default the one shipped in the wheel), so an
operation added to ``openapi/cinnox.yaml`` is routed, validated and answered with no code change.
Schemas are checked with ``jsonschema`` (OpenAPI 3.1 schemas are JSON Schema 2020-12); ``$ref``\\ s
resolve through a ``referencing`` registry holding the whole document, so every schema is validated
in place (``{"$ref": "urn:cinnox-spec#/paths/…"}``) and nested references work as in Prism.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Final, Literal

import attrs
import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = ["Operation", "Parameter", "SpecIndex"]

SPEC_URI: Final = "urn:cinnox-spec"
HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^}/]+)\}")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _json_safe(value: Any) -> Any:
    """YAML may give dates and datetimes for unquoted timestamps; JSON (and Prism) give strings."""
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    if isinstance(value, _dt.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


@attrs.frozen
class Parameter:
    name: str
    location: Literal["path", "query", "header", "cookie"]
    required: bool
    schema: Mapping[str, Any]
    pointer: str  # JSON pointer of the schema in the spec
    style: str
    explode: bool


@attrs.frozen
class BodySpec:
    required: bool
    media_types: tuple[str, ...]
    schema_pointers: Mapping[str, str]  # media type -> pointer of its schema


@attrs.frozen
class Answer:
    """A canned HTTP answer: status, JSON body (or none) and headers."""

    status: int
    body: Any = None
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class Operation:
    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]
    parameters: tuple[Parameter, ...]
    body: BodySpec | None
    security: tuple[Mapping[str, Any], ...]
    success: Answer
    invalid: Answer | None  # the answer Prism gives a request the spec refuses (422/400/default)
    unauthorized: Answer | None


class SpecIndex:
    """Routes and validators for every operation of one OpenAPI document."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec: dict[str, Any] = _json_safe(dict(spec))
        resource = Resource.from_contents(self.spec, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self.format_checker = jsonschema.FormatChecker()
        self.operations: dict[str, Operation] = {}
        self.error_messages: dict[int, str] = {}
        for operation in self._read_operations():
            self.operations[operation.operation_id] = operation
        # Literal routes before templated ones (`/numbers/list` before `/numbers/{EID}`).
        self._routes = sorted(
            self.operations.values(), key=lambda o: (o.path.count("{"), -len(o.path), o.path)
        )
        self._collect_error_messages()

    # ------------------------------------------------------------------ reading the document

    def resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local ``$ref``\\ s: the node they lead to and its pointer."""
        seen = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
            pointer = node["$ref"][1:]
            if pointer in seen:
                raise ValueError(f"circular $ref {pointer}")
            seen.add(pointer)
            node = self.spec
            for token in pointer.lstrip("/").split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                node = node[int(token)] if isinstance(node, list) else node[token]
        return node, pointer

    def _read_operations(self) -> Iterator[Operation]:
        default_security = tuple(self.spec.get("security", []))
        for path, item in self.spec.get("paths", {}).items():
            item_pointer = f"/paths/{_escape(path)}"
            item, item_pointer = self.resolve(item, item_pointer)
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                op = item.get(method)
                if op is None:
                    continue
                op_pointer = f"{item_pointer}/{method}"
                params = self._parameters(shared, f"{item_pointer}/parameters")
                params.update(self._parameters(op.get("parameters", []), f"{op_pointer}/parameters"))
                pattern, names = _route_pattern(path)
                yield Operation(
                    operation_id=op.get("operationId") or f"{method.upper()} {path}",
                    method=method.upper(),
                    path=path,
                    pattern=pattern,
                    path_names=names,
                    parameters=tuple(params.values()),
                    body=self._body(op.get("requestBody"), f"{op_pointer}/requestBody"),
                    security=tuple(op.get("security", default_security)),
                    success=self._success(op, op_pointer),
                    invalid=self._first_answer(op, op_pointer, ("422", "400", "default")),
                    unauthorized=self._first_answer(op, op_pointer, ("401",)),
                )

    def _parameters(self, raw: list[Any], pointer: str) -> dict[tuple[str, str], Parameter]:
        out: dict[tuple[str, str], Parameter] = {}
        for i, entry in enumerate(raw):
            param, param_pointer = self.resolve(entry, f"{pointer}/{i}")
            location = param["in"]
            style = param.get("style", "simple" if location in ("path", "header") else "form")
            out[(location, param["name"])] = Parameter(
                name=param["name"],
                location=location,
                required=bool(param.get("required", location == "path")),
                schema=self.resolve(param.get("schema", {}), f"{param_pointer}/schema")[0],
                pointer=f"{param_pointer}/schema",
                style=style,
                explode=bool(param.get("explode", style == "form")),
            )
        return out

    def _body(self, raw: Any, pointer: str) -> BodySpec | None:
        if raw is None:
            return None
        body, pointer = self.resolve(raw, pointer)
        content = body.get("content", {})
        return BodySpec(
            required=bool(body.get("required", False)),
            media_types=tuple(content),
            schema_pointers={
                media: f"{pointer}/content/{_escape(media)}/schema"
                for media, entry in content.items()
                if "schema" in entry
            },
        )

    def _example(self, response: Mapping[str, Any], pointer: str) -> tuple[bool, Any]:
        """The first JSON example of a response, as Prism picks it (or one built from the schema)."""
        for media, entry in response.get("content", {}).items():
            if "json" not in media:
                continue
            if "example" in entry:
                return True, entry["example"]
            for example in entry.get("examples", {}).values():
                example, _ = self.resolve(example, pointer)
                if "value" in example:
                    return True, example["value"]
            if "schema" in entry:
                return True, self._from_schema(entry["schema"], pointer, depth=0)
        return False, None

    def _from_schema(self, schema: Any, pointer: str, depth: int) -> Any:
        """A minimal value for a schema without an example (Prism's static mode does likewise)."""
        schema, pointer = self.resolve(schema, pointer)
        if not isinstance(schema, dict) or depth > 8:
            return None
        for key in ("example", "default", "const"):
            if key in schema:
                return schema[key]
        if schema.get("examples"):
            return schema["examples"][0]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("allOf", "oneOf", "anyOf"):
            if schema.get(key):
                return self._from_schema(schema[key][0], pointer, depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or "properties" in schema:
            required = set(schema.get("required", []))
            return {
                name: self._from_schema(sub, pointer, depth + 1)
                for name, sub in schema.get("properties", {}).items()
                if name in required
            }
        return {"array": [], "string": "string", "integer": 0, "number": 0, "boolean": True}.get(str(kind))

    def _answer(self, status: str, response: Any, pointer: str) -> Answer:
        response, pointer = self.resolve(response, pointer)
        has_body, body = self._example(response, pointer)
        media = next((m for m in response.get("content", {}) if "json" in m), None)
        headers = {"content-type": media} if has_body and media else {}
        code = 200 if status in ("default", "2XX") else int(status.replace("X", "0"))
        return Answer(code, body if has_body else None, headers)

    def _success(self, op: Mapping[str, Any], pointer: str) -> Answer:
        responses = op.get("responses", {})
        for status in sorted(responses, key=str):
            if str(status).startswith("2"):
                return self._answer(str(status), responses[status], f"{pointer}/responses/{status}")
        return Answer(200, None, {})

    def _first_answer(self, op: Mapping[str, Any], pointer: str, statuses: tuple[str, ...]) -> Answer | None:
        responses = op.get("responses", {})
        for status in statuses:
            if status in responses:
                answer = self._answer(status, responses[status], f"{pointer}/responses/{status}")
                if status == "default":
                    return attrs.evolve(answer, status=422 if "422" in statuses else 400)
                return answer
        return None

    def _collect_error_messages(self) -> None:
        """``code -> message`` from every error example in the spec (for ``respond(code=…)``)."""

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                value = node.get("value")
                if (
                    isinstance(value, dict)
                    and set(value) == {"code", "message"}
                    and isinstance(value["code"], int)
                    and isinstance(value["message"], str)
                ):
                    self.error_messages.setdefault(value["code"], value["message"])
                for child in node.values():
                    walk(child)
            elif isinstance(node, list):
                for child in node:
                    walk(child)

        walk(self.spec.get("components", {}))
        walk(self.spec.get("paths", {}))

    # ------------------------------------------------------------------ using it

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """The operation for a request, its raw path parameters, and whether the path exists at all."""
        path_known = False
        for operation in self._routes:
            found = operation.pattern.match(path)
            if found is None:
                continue
            path_known = True
            if operation.method == method:
                return operation, dict(zip(operation.path_names, found.groups(), strict=True)), True
        return None, {}, path_known

    def validator(self, pointer: str) -> jsonschema.protocols.Validator:
        return _validator(self, pointer)


def _validator(index: SpecIndex, pointer: str) -> jsonschema.protocols.Validator:
    cache_ = index.__dict__.setdefault("_validators", {})
    found: jsonschema.protocols.Validator | None = cache_.get(pointer)
    if found is None:
        found = jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{pointer}"},
            registry=index.registry,
            format_checker=index.format_checker,
        )
        cache_[pointer] = found
    return found


def _route_pattern(path: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """``/v1/api/apps/{appID}/x`` → a regex matching it at the end of a URL path (any base path), and
    the template's parameter names in group order (names need not be valid regex group names)."""
    parts = []
    names = []
    last = 0
    for found in _TEMPLATE.finditer(path):
        parts.append(re.escape(path[last : found.start()]))
        parts.append("([^/]+)")
        names.append(found.group(1))
        last = found.end()
    parts.append(re.escape(path[last:]))
    return re.compile("^(?:/[^/]+)*?" + "".join(parts) + "/?$"), tuple(names)


@cache
def default_index() -> SpecIndex:
    """The index of the spec shipped with the SDK (read once per process)."""
    from .._spec import load_spec

    return SpecIndex(load_spec())
