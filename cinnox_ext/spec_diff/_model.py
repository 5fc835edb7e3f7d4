"""The value classes of a diff: one :class:`Change` per difference, a :class:`DiffReport` for a run."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..errors import CinnoxError

ChangeKind = Literal["added", "removed", "changed"]
JSONValue = Any

#: The order in which kinds are listed (an operation first, then what it is made of).
KIND_ORDER = (
    "operation",
    "parameter",
    "request field",
    "response",
    "response field",
    "webhook field",
)


class UnreadableSourceError(CinnoxError):
    """SOURCE (or ``--spec``) cannot be compared: missing, empty, binary, unparsable, an HTTP error,
    or neither an OpenAPI document nor a docs endpoint page. ``cinnox spec diff`` exits 2 on it."""


@attrs.frozen
class Change:
    """One difference between the spec and SOURCE.

    ``change`` reads from the spec's side: ``added`` — SOURCE has it, the spec lacks it;
    ``removed`` — the spec has it, SOURCE does not; ``changed`` — both have it, ``aspect``
    (``required``, ``type``, ``enum``, ``path``) differs. ``spec`` and ``source`` hold the
    JSON-safe value on each side (``None`` where that side has nothing).
    """

    operation: str
    kind: str
    name: str
    change: ChangeKind
    aspect: str | None = None
    spec: JSONValue = None
    source: JSONValue = None

    def to_dict(self) -> dict[str, JSONValue]:
        return {
            "operation": self.operation,
            "kind": self.kind,
            "name": self.name,
            "aspect": self.aspect,
            "change": self.change,
            "spec": self.spec,
            "source": self.source,
        }

    def sort_key(self) -> tuple[str, int, str, str]:
        rank = KIND_ORDER.index(self.kind) if self.kind in KIND_ORDER else len(KIND_ORDER)
        return (self.operation, rank, self.name, self.aspect or "")


@attrs.frozen
class DiffReport:
    """The outcome of one comparison; ``drift`` is true when there is at least one change."""

    source: str
    source_kind: Literal["openapi", "docs-page"]
    spec: str
    changes: tuple[Change, ...]
    source_registry_id: str | None = None
    page: dict[str, str | None] | None = None

    @property
    def drift(self) -> bool:
        return bool(self.changes)

    @property
    def source_registry_url(self) -> str | None:
        from ._docs_page import registry_definition_url

        return registry_definition_url(self.source_registry_id) if self.source_registry_id else None

    def to_dict(self) -> dict[str, JSONValue]:
        """The ``--json`` document (schema 1, documented in the README)."""
        return {
            "schema": 1,
            "source": self.source,
            "source_kind": self.source_kind,
            "spec": self.spec,
            "source_registry_id": self.source_registry_id,
            "source_registry_url": self.source_registry_url,
            "page": self.page,
            "drift": self.drift,
            "changes": [c.to_dict() for c in self.changes],
        }
