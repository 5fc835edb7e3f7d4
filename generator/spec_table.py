"""Read ``openapi/cinnox.yaml`` for the generator: the operation rows and the ``x-cinnox-*`` table.

The generator reads the spec itself and never imports the handwritten layer (``cinnox_ext``): the
arrows go spec → generator → generated package → ``cinnox_ext``. :func:`render_extensions` writes
``cinnox_generated/_extensions.py``, a typed table of what the spec's ``x-cinnox-*`` extensions say
about every operation (envelope, pagination, window cap, event kind, provenance…), so the runtime
reads no YAML and restates nothing per endpoint.
"""

from __future__ import annotations

import re
from pathlib import Path
from pprint import pformat
from typing import Any

import yaml

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def load_spec(path: Path) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return spec


def _snake(name: str) -> str:
    """openapi-python-client's module name for an operationId (``getSmsDetails`` → ``get_sms_details``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per operation, in the spec's order (``docs/endpoints.md`` and the table)."""
    rows = []
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            rows.append(
                {
                    "name": op["x-cinnox-endpoint"],
                    "method": method.upper(),
                    "path": path,
                    "provenance": op["x-cinnox-provenance"],
                    "docs": list(op.get("x-cinnox-docs", [])),
                    "operation_id": op["operationId"],
                    "op": op,
                }
            )
    return rows


def _pagination(op: dict[str, Any]) -> dict[str, Any] | None:
    raw = op.get("x-cinnox-pagination")
    if raw is None:
        return None
    return {
        "style": raw["style"],
        "records": raw["records"],
        "key": raw.get("key"),
        "window": bool(raw.get("window", False)),
        "max_window_days": raw.get("max-window-days"),
    }


def extension_rows(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The operations table and the webhooks table, keyed by operationId."""
    table: dict[str, Any] = {}
    for row in operations(spec):
        op = row["op"]
        pagination = _pagination(op)
        cap = (pagination or {}).get("max_window_days") or op.get("x-cinnox-max-window-days")
        table[row["operation_id"]] = {
            "module": _snake(row["operation_id"]),
            "tag": op["tags"][0],
            "method": row["method"],
            "path": row["path"],
            "endpoint": row["name"],
            "docs": tuple(row["docs"]),
            "provenance": row["provenance"],
            "deprecated": bool(op.get("deprecated", False)),
            "envelope": op.get("x-cinnox-envelope"),
            "pagination": pagination,
            "max_window_days": cap,
            "event_kind": op.get("x-cinnox-event-kind"),
        }
    webhooks: dict[str, Any] = {}
    for name, item in spec.get("webhooks", {}).items():
        op = item["post"]
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        refs = [s["$ref"] for s in schema.get("oneOf", [])] or [schema.get("$ref", "")]
        webhooks[name] = {
            "operation_id": op["operationId"],
            "event_kind": op.get("x-cinnox-event-kind"),
            "provenance": op.get("x-cinnox-provenance"),
            "schemas": tuple(r.rsplit("/", 1)[-1] for r in refs),
        }
    return table, webhooks


_HEADER = '''"""What the spec's ``x-cinnox-*`` extensions say about each operation and webhook.

Generated from ``openapi/cinnox.yaml`` by ``generator/generate.py``; do not edit (CI fails on drift).
"""

from typing import Final, TypedDict


class Pagination(TypedDict):
    """``x-cinnox-pagination``: how a list operation pages."""

    style: str
    records: str
    key: str | None
    window: bool
    max_window_days: int | None


class Operation(TypedDict):
    """One operation: where the generated module is, and the spec's extensions for it."""

    module: str
    tag: str
    method: str
    path: str
    endpoint: str
    docs: tuple[str, ...]
    provenance: str
    deprecated: bool
    envelope: str | None
    pagination: Pagination | None
    max_window_days: int | None
    event_kind: str | None


class Webhook(TypedDict):
    """One webhook payload (``webhooks:``) and the event kind it delivers."""

    operation_id: str
    event_kind: str | None
    provenance: str | None
    schemas: tuple[str, ...]


'''


def render_extensions(spec: dict[str, Any]) -> str:
    table, webhooks = extension_rows(spec)
    return (
        _HEADER
        + f"OPERATIONS: Final[dict[str, Operation]] = {pformat(table, sort_dicts=False, width=100)}\n\n"
        + f"WEBHOOKS: Final[dict[str, Webhook]] = {pformat(webhooks, sort_dicts=False, width=100)}\n"
    )
