"""Render the endpoint table (``docs/endpoints.md``) from the spec.

The rows come from ``spec_table.operations``, the same rows the generated ``_extensions`` table
(which ``cinnox spec coverage`` reads) is built from, so the table people read is always the one the
spec implies.
"""

from __future__ import annotations

from pathlib import Path

from spec_table import load_spec, operations


def render_endpoints_table(spec_path: Path) -> str:
    spec = load_spec(spec_path)
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
        "## Per module",
        "",
        "| Module | Operations | documented | partial | inferred |",
        "|---|---|---|---|---|",
    ]
    modules: dict[str, dict[str, int]] = {}
    for r in rows:
        per = modules.setdefault(r["op"]["tags"][0], {"documented": 0, "partial": 0, "inferred": 0})
        per[r["provenance"]] += 1
    for tag, per in modules.items():
        lines.append(
            f"| {tag} | {sum(per.values())} | {per['documented']} | {per['partial']} | {per['inferred']} |"
        )
    lines += [
        "",
        "## Operations",
        "",
        "| Endpoint | Module | Method | Path | Provenance | Docs |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        docs = ", ".join(f"[link]({u})" for u in r["docs"])
        cells = [r["name"], r["op"]["tags"][0], r["method"], f"`{r['path']}`", r["provenance"], docs]
        lines.append("| " + " | ".join(cells) + " |")
    webhooks = spec.get("webhooks", {})
    lines += ["", "## Webhook payloads", "", "| Webhook | Schemas | Provenance |", "|---|---|---|"]
    for name, item in webhooks.items():
        op = item["post"]
        schema = op["requestBody"]["content"]["application/json"]["schema"]
        refs = [s["$ref"] for s in schema.get("oneOf", [])] or [schema.get("$ref", "")]
        names = ", ".join(f"`{r.rsplit('/', 1)[-1]}`" for r in refs)
        lines.append(f"| `{name}` | {names} | {op.get('x-cinnox-provenance', '')} |")
    return "\n".join(lines) + "\n"
