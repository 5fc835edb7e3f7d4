"""An OpenAPI document reduced to what a diff compares: operations and their flattened entries.

Each operation (and each webhook) becomes an :class:`Operation` keyed by method and normalised path
(the ``/v1/api/apps/{appID}`` prefix removed, path parameters matched by position, whatever their
names), holding one :class:`Entry` per parameter, response status and field. Fields are flattened
into dotted paths (``result[].conferenceDetail.participants[].eid``) after resolving ``$ref``,
``allOf``/``oneOf``/``anyOf`` are merged, and every attribute that is not compared — descriptions,
examples, ``x-cinnox-*`` extensions, key order, YAML or JSON formatting — is simply never read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any
from urllib.parse import unquote, urlsplit

import attrs

from ._model import JSONValue, UnreadableSourceError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
#: Headers every CINNOX request carries; the spec says them through its security scheme and media
#: types, a ReadMe definition often as header parameters. Neither is drift.
IGNORED_HEADERS = frozenset({"authorization", "content-type", "accept"})
MAX_DEPTH = 64
MAX_ENTRIES = 200_000

_PREFIX = re.compile(r"^/v1/api/apps/(?:\{[^}/]*\}|[^/]*)(?=/|$)")
_TEMPLATE_PARAM = re.compile(r"\{([^}/]*)\}")


def normalise_path(full_path: str) -> tuple[str, tuple[str, ...]]:
    """``/v1/api/apps/{appID}/staff/{EID}/cli`` → (``/staff/{EID}/cli``, ``("staff", "{}", "cli")``).

    The app prefix goes whatever its parameter is called (``{appID}``, ``appID``, or empty as in
    ``apps//data`` on some saved pages); every other ``{name}`` becomes ``{}``.
    """
    path = full_path.split("?", 1)[0].split("#", 1)[0].strip()
    if not path.startswith("/"):
        path = "/" + path
    rest = _PREFIX.sub("", path) or "/"
    segments = tuple("{}" if _TEMPLATE_PARAM.fullmatch(s) else s for s in rest.strip("/").split("/") if s)
    return rest, segments


def operation_key(method: str, segments: Iterable[str]) -> str:
    return f"{method.upper()} /{'/'.join(segments)}"


@attrs.frozen
class Entry:
    """A parameter, a response status or a field of one operation, with the attributes compared."""

    kind: str
    name: str
    attrs: Mapping[str, JSONValue]
    parent: tuple[str, str] | None = None


@attrs.frozen(eq=False)
class Operation:
    key: str
    label: str
    method: str
    path: str
    title: str | None
    entries: Mapping[tuple[str, str], Entry]
    #: ``x-cinnox-envelope`` when the operation declares it (read only to find a docs page's
    #: records, never compared): (declared, value).
    envelope: tuple[bool, str | None] = (False, None)
    webhook: bool = False
    #: ``x-cinnox-webhook`` of a subscription operation (read only to find the payload a page's
    #: notification table documents, never compared)
    delivers: str | None = None

    def payload_fields(self) -> dict[str, str]:
        """The webhook payload's fields in the docs' dotted style (no ``[]``)."""
        out: dict[str, str] = {}
        for (kind, ident), e in self.entries.items():
            name = ".".join(s for s in ident.replace("[]", "").split(".") if s and s != "*")
            if kind == "webhook field" and name and (name not in out or not ident.endswith("[]")):
                out[name] = str(e.attrs.get("type"))
        return out

    def record_fields(self) -> dict[str, str] | None:
        """The fields of one record of the first 2xx answer, in the docs' dotted style (no ``[]``)."""
        fields = [
            (ident.split(" ", 1)[0], ident.split(" ", 1)[1], str(e.attrs.get("type")))
            for (kind, ident), e in self.entries.items()
            if kind == "response field"
        ]
        statuses = sorted({s for s, _, _ in fields if s.startswith("2")})
        if not statuses:
            return None
        status = statuses[0]
        types = {p: t for s, p, t in fields if s == status}
        paths = list(types)
        declared, envelope = self.envelope
        if not declared:
            envelope = "result" if "result" in paths else None
        out: dict[str, str] = {}
        for full in paths:
            p = full
            if envelope is not None:
                if p == envelope or not (p.startswith(envelope + ".") or p.startswith(envelope + "[]")):
                    continue
                p = p[len(envelope) :]
            name = ".".join(s for s in p.replace("[]", "").split(".") if s and s != "*")
            if name and (name not in out or not full.endswith("[]")):
                out[name] = types[full]
        return out

    def parameters(self) -> dict[str, Entry]:
        return {ident: e for (kind, ident), e in self.entries.items() if kind == "parameter"}

    def request_fields(self) -> dict[str, Entry]:
        return {ident: e for (kind, ident), e in self.entries.items() if kind == "request field"}


def _m(node: object) -> dict[str, Any]:
    """A mapping with string keys, or empty for anything else (malformed parts are not compared)."""
    if isinstance(node, Mapping):
        return {str(k): v for k, v in node.items()}
    return {}


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str)


Sources = list[tuple[object, frozenset[str]]]


@attrs.define
class _Acc:
    """What one schema (or a union of alternatives) says about one node."""

    types: set[str] = attrs.Factory(set)
    formats: set[str] = attrs.Factory(set)
    enum: set[str] | None = None
    props: dict[str, Sources] = attrs.Factory(dict)
    #: share of the alternatives (``oneOf``/``anyOf`` branches) that have the property; 1 if all
    presence: dict[str, Fraction] = attrs.Factory(dict)
    required: set[str] = attrs.Factory(set)
    items: Sources = attrs.Factory(list)
    additional: Sources = attrs.Factory(list)

    def merge(self, other: _Acc) -> None:
        """All of ``other`` holds too (``allOf``, or a schema's own keywords)."""
        self.types |= other.types
        self.formats |= other.formats
        if other.enum is not None:
            self.enum = (self.enum or set()) | other.enum
        for name, subs in other.props.items():
            self.props.setdefault(name, []).extend(subs)
            self.presence[name] = max(
                self.presence.get(name, Fraction(0)), other.presence.get(name, Fraction(1))
            )
        self.required |= other.required
        self.items += other.items
        self.additional += other.additional

    @classmethod
    def union(cls, alternatives: list[_Acc]) -> _Acc:
        """One of ``alternatives`` holds: a property's presence is its share of them."""
        out = cls()
        n = len(alternatives)
        for alt in alternatives:
            out.types |= alt.types
            out.formats |= alt.formats
            if alt.enum is not None:
                out.enum = (out.enum or set()) | alt.enum
            for name, subs in alt.props.items():
                out.props.setdefault(name, []).extend(subs)
                out.presence[name] = (
                    out.presence.get(name, Fraction(0)) + alt.presence.get(name, Fraction(1)) / n
                )
            out.items += alt.items
            out.additional += alt.additional
        out.required = set.intersection(*(a.required for a in alternatives)) if alternatives else set()
        return out

    def type_name(self) -> str:
        types = set(self.types)
        if not types - {"null"}:
            if self.props:
                types.add("object")
            if self.items:
                types.add("array")
        name = "|".join(sorted(types)) or "any"
        if self.formats:
            name += f"({'|'.join(sorted(self.formats))})"
        return name

    def enum_values(self) -> list[JSONValue] | None:
        if self.enum is None:
            return None
        return [json.loads(v) for v in sorted(self.enum)]


class _Reader:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.doc = doc
        self.count = 0

    def deref(self, node: object, active: frozenset[str]) -> tuple[object, frozenset[str], bool]:
        """Follow ``$ref`` chains; (target, refs now active, True if the chain loops back)."""
        hops = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in active:
                return node, active, True
            if not ref.startswith("#"):
                return {"type": f"external {ref}"}, active, False
            active = active | {ref}
            node = self._pointer(ref)
            hops += 1
            if hops > MAX_DEPTH:
                raise UnreadableSourceError(f"$ref chain too long at {ref}")
        return node, active, False

    def _pointer(self, ref: str) -> object:
        node: object = self.doc
        for raw in ref[1:].split("/")[1:] if ref.startswith("#/") else []:
            token = unquote(raw).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise UnreadableSourceError(f"unresolvable $ref {ref!r}")
        return node

    # -- schemas -------------------------------------------------------------------------------
    def collect(self, schema: object, active: frozenset[str], depth: int) -> _Acc:
        """What ``schema`` says about its node: own keywords, ``allOf`` merged, ``oneOf``/``anyOf``
        as a union whose properties carry their presence (so dropping a field from one branch is
        a change even when another branch still has it)."""
        if depth > MAX_DEPTH:
            raise UnreadableSourceError("schema nested too deeply")
        acc = _Acc()
        node, active, looped = self.deref(schema, active)
        if looped:
            acc.types.add("recursive")
            return acc
        s = _m(node)
        t = s.get("type")
        for name in [t] if isinstance(t, str) else t if isinstance(t, list) else []:
            acc.types.add(str(name))
        if s.get("nullable") is True:
            acc.types.add("null")
        if isinstance(s.get("format"), str):
            acc.formats.add(s["format"])
        values = list(s["enum"]) if isinstance(s.get("enum"), list) else []
        if "const" in s:
            values.append(s["const"])
        if values:
            acc.enum = {_json(v) for v in values}
        for name, sub in _m(s.get("properties")).items():
            acc.props[name] = [(sub, active)]
        if isinstance(s.get("required"), list):
            acc.required = {str(r) for r in s["required"]}
        if isinstance(s.get("items"), Mapping):
            acc.items.append((s["items"], active))
        if isinstance(s.get("additionalProperties"), Mapping):
            acc.additional.append((s["additionalProperties"], active))
        for sub in _list(s.get("allOf")):
            acc.merge(self.collect(sub, active, depth + 1))
        alternatives = [*_list(s.get("oneOf")), *_list(s.get("anyOf"))]
        if alternatives:
            acc.merge(_Acc.union([self.collect(sub, active, depth + 1) for sub in alternatives]))
        return acc

    def collect_all(self, sources: Sources, depth: int) -> _Acc:
        accs = [self.collect(schema, active, depth) for schema, active in sources]
        if len(accs) == 1:
            return accs[0]
        return _Acc.union(accs)

    def flatten(
        self,
        sources: Sources,
        out: dict[tuple[str, str], Entry],
        kind: str,
        section: str,
        path: str = "",
        required: bool = False,
        depth: int = 0,
        root_parent: tuple[str, str] | None = None,
        presence: Fraction = Fraction(1),
    ) -> None:
        if depth > MAX_DEPTH:
            raise UnreadableSourceError("schema nested too deeply")
        acc = self.collect_all(sources, depth)
        if path:
            self.count += 1
            if self.count > MAX_ENTRIES:
                raise UnreadableSourceError("document too large to compare")
            parent_path = _parent(path)
            parent = (kind, section + parent_path) if parent_path else root_parent
            attributes: dict[str, JSONValue] = {
                "type": acc.type_name(),
                "required": required,
                "enum": acc.enum_values(),
            }
            if presence != 1:
                attributes["presence"] = str(presence)
            out[(kind, section + path)] = Entry(kind, section + path, attributes, parent)
        for name, subs in acc.props.items():
            child = f"{path}.{name}" if path else name
            self.flatten(
                subs, out, kind, section, child, name in acc.required, depth + 1, root_parent,
                acc.presence.get(name, Fraction(1)),
            )  # fmt: skip
        if acc.items:
            self.flatten(acc.items, out, kind, section, path + "[]", False, depth + 1, root_parent)
        if acc.additional:
            child = f"{path}.*" if path else "*"
            self.flatten(acc.additional, out, kind, section, child, False, depth + 1, root_parent)

    # -- operations ----------------------------------------------------------------------------
    def _media_schemas(self, holder: Mapping[str, Any]) -> Sources:
        content = _m(holder.get("content"))
        chosen = [v for k, v in content.items() if "json" in k.lower()] or list(content.values())
        return [(_m(v)["schema"], frozenset()) for v in chosen if "schema" in _m(v)]

    def parameter_entry(
        self, raw: object, template_params: list[str]
    ) -> tuple[tuple[str, str], Entry] | None:
        node, _, _ = self.deref(raw, frozenset())
        p = _m(node)
        name, location = p.get("name"), p.get("in")
        if not isinstance(name, str) or not isinstance(location, str):
            return None
        if location == "header" and name.lower() in IGNORED_HEADERS:
            return None
        if location == "body":  # Swagger 2.0: the request body, handled by the caller
            return None
        if location == "path" and name in template_params:
            ident = f"path#{template_params.index(name)}"
        elif location == "header":
            ident = f"header:{name.lower()}"
        else:
            ident = f"{location}:{name}"
        if "schema" in p:
            schemas = [(p["schema"], frozenset[str]())]
        elif "content" in p:
            schemas = self._media_schemas(p)
        else:  # Swagger 2.0 keeps type/enum/format on the parameter itself
            schemas = [
                ({k: v for k, v in p.items() if k in ("type", "format", "enum", "items")}, frozenset())
            ]
        acc = self.collect_all(schemas, 0)
        required = True if location == "path" else p.get("required") is True
        entry = Entry(
            "parameter",
            f"{location}:{name}",
            {"type": acc.type_name(), "required": required, "enum": acc.enum_values()},
        )
        return ("parameter", ident), entry

    def operation(
        self,
        method: str,
        full_path: str,
        item: Mapping[str, Any],
        op: Mapping[str, Any],
        webhook_name: str | None = None,
    ) -> Operation:
        entries: dict[tuple[str, str], Entry] = {}
        template_params = _TEMPLATE_PARAM.findall(full_path)
        params: dict[tuple[str, str], Entry] = {}
        body_params: list[object] = []
        for raw in [*_list(item.get("parameters")), *_list(op.get("parameters"))]:
            found = self.parameter_entry(raw, template_params)
            if found is not None:
                params[found[0]] = found[1]  # operation-level overrides path-level
            elif _m(self.deref(raw, frozenset())[0]).get("in") == "body":
                body_params.append(_m(self.deref(raw, frozenset())[0]).get("schema"))
        entries.update(params)
        field_kind = "webhook field" if webhook_name else "request field"
        body, _, _ = self.deref(op.get("requestBody"), frozenset())
        schemas = self._media_schemas(_m(body)) + [(s, frozenset[str]()) for s in body_params]
        if schemas:
            self.flatten(schemas, entries, field_kind, "")
        for status, raw in _m(op.get("responses")).items():
            response, _, _ = self.deref(raw, frozenset())
            entries[("response", status)] = Entry("response", status, {})
            r = _m(response)
            schemas = self._media_schemas(r)
            if "schema" in r:  # Swagger 2.0
                schemas.append((r["schema"], frozenset()))
            if schemas:
                self.flatten(
                    schemas, entries, "response field", f"{status} ", root_parent=("response", status)
                )
        title = next(
            (op[k] for k in ("x-cinnox-endpoint", "summary", "operationId") if isinstance(op.get(k), str)),
            None,
        )
        envelope = (True, op["x-cinnox-envelope"]) if "x-cinnox-envelope" in op else (False, None)
        if webhook_name is not None:
            suffix = "" if method == "post" else f" {method.upper()}"
            key = label = f"WEBHOOK {webhook_name}{suffix}"
            path = ""
        else:
            path, segments = normalise_path(full_path)
            key = operation_key(method, segments)
            label = f"{method.upper()} {path}"
        env = envelope if isinstance(envelope[1], str | None) else (False, None)
        delivers = op.get("x-cinnox-webhook")
        return Operation(
            key, label, method.upper(), path, title, entries, env, webhook_name is not None,
            delivers if isinstance(delivers, str) else None,
        )  # fmt: skip


def _parent(path: str) -> str:
    if path.endswith("[]"):
        return path[:-2]
    return path.rsplit(".", 1)[0] if "." in path else ""


def _list(node: object) -> list[object]:
    return list(node) if isinstance(node, list) else []


def _server_prefix(doc: Mapping[str, Any]) -> str:
    if isinstance(doc.get("basePath"), str):  # Swagger 2.0
        return str(doc["basePath"]).rstrip("/")
    servers = _list(doc.get("servers"))
    url = _m(servers[0]).get("url") if servers else None
    if isinstance(url, str) and "://" in url:
        return urlsplit(url).path.rstrip("/")
    return ""


def is_openapi(doc: object) -> bool:
    return isinstance(doc, Mapping) and ("openapi" in doc or "swagger" in doc)


def operations(doc: Mapping[str, Any]) -> dict[str, Operation]:
    """Every operation and webhook of ``doc``, keyed for matching across documents."""
    if not is_openapi(doc):
        raise UnreadableSourceError("not an OpenAPI document (no 'openapi' or 'swagger' key)")
    reader = _Reader(doc)
    prefix = _server_prefix(doc)
    out: dict[str, Operation] = {}
    for path, raw_item in _m(doc.get("paths")).items():
        item = _m(reader.deref(raw_item, frozenset())[0])
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping):
                op = reader.operation(method, prefix + path, item, item[method])
                out[op.key] = op
    for name, raw_item in _m(doc.get("webhooks")).items():
        item = _m(reader.deref(raw_item, frozenset())[0])
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping):
                op = reader.operation(method, "", item, item[method], webhook_name=name)
                out[op.key] = op
    return out
