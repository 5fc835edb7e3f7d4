"""Render the endpoint table (``docs/endpoints.md``) and coverage rows from the spec.

Shared by the generator (which writes the file), its ``--check`` mode and ``cinnox spec coverage``,
so the table people read is always the one the spec implies.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per operation, in spec order: name, method, path, provenance, docs, operationId."""
    rows = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            docs = op.get("x-cinnox-docs", [])
            rows.append(
                {
                    "name": op["x-cinnox-endpoint"],
                    "method": method.upper(),
                    "path": path,
                    "provenance": op["x-cinnox-provenance"],
                    "docs": docs if isinstance(docs, list) else [docs],
                    "operation_id": op["operationId"],
                    "tag": (op.get("tags") or [""])[0],
                }
            )
    return rows


def render_endpoints_table(spec_path: Path) -> str:
    spec = yaml.safe_load(spec_path.read_text())
    rows = operations(spec)
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["provenance"]] = counts.get(r["provenance"], 0) + 1
    summary = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("documented", "partial", "inferred"))
    lines = [
        "# CINNOX endpoints covered by the spec",
        "",
        "Generated from `openapi/cinnox.yaml` by `generator/generate.py`; do not edit. "
        "CI fails when it is stale.",
        "",
        f"{len(rows)} operations: {summary}. `documented`: read on docs.cinnox.com; `partial`: "
        "method and path read, some parts filled in by analogy; `inferred`: no readable page, "
        "method, path and fields are guesses explained in the spec's description.",
        "",
        "| Endpoint | Method | Path | Provenance | Docs |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        docs = ", ".join(f"[link]({u})" for u in r["docs"])
        lines.append(f"| {r['name']} | {r['method']} | `{r['path']}` | {r['provenance']} | {docs} |")
    webhooks = spec.get("webhooks", {})
    lines += ["", "## Webhook payloads", "", "| Webhook | Schemas | Provenance |", "|---|---|---|"]
    for name, item in webhooks.items():
        op = item["post"]
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        refs = [s["$ref"] for s in schema.get("oneOf", [])] or [schema.get("$ref", "")]
        names = ", ".join(f"`{r.rsplit('/', 1)[-1]}`" for r in refs)
        lines.append(f"| `{name}` | {names} | {op.get('x-cinnox-provenance', '')} |")
    return "\n".join(lines) + "\n"
