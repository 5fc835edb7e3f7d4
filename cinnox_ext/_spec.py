"""Where the bundled OpenAPI spec is, and reading it once (for the mock, the CLI and webhook examples)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

_REPO_SPEC = Path(__file__).resolve().parent.parent / "openapi" / "cinnox.yaml"


def spec_path() -> Path:
    """The spec in a source checkout, else the copy packaged into the wheel."""
    if _REPO_SPEC.exists():
        return _REPO_SPEC
    packaged = resources.files("cinnox_ext") / "_data" / "cinnox.yaml"
    return Path(str(packaged))


@cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    return spec


HTTP_METHODS = ("get", "post", "put", "patch", "delete")


def operations(spec: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """One row per operation, in spec order: name, method, path, provenance, docs, operationId, tag."""
    spec = load_spec() if spec is None else spec
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
