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
