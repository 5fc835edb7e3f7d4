"""What changed between the spec and the docs: ``cinnox spec diff SOURCE`` as a library.

SOURCE is a file or an http(s) URL, its kind told from its content:

- an **OpenAPI document** (YAML or JSON; e.g. the ReadMe API registry's definition, see
  :func:`registry_definition_url`) is compared operation by operation with the spec: operations,
  parameters (location, name, required, type, enum), request and response fields, webhook
  payload fields — never descriptions, examples, ``x-cinnox-*`` extensions, key order or format;
- a **docs page** (a ReadMe endpoint page saved as text or HTML) is reduced to its method, path,
  parameters and response fields (:mod:`._docs_page`) and compared with the operation it documents.

Why no diff library. ``deepdiff`` (the obvious candidate) compares two nested structures as they
are; here nothing is compared as it is. The work is normalisation — resolving ``$ref``, merging
``allOf``/``oneOf``/``anyOf``, flattening nested objects to dotted paths, matching path
parameters by position and operations across a moved ``/v1/api/apps/{appID}`` prefix, reading a
docs page into the same shape — after which both sides are flat mappings ``(kind, name) →
{required, type, enum}`` and the diff is three set operations (:mod:`._compare`). DeepDiff on those
flat mappings would add a runtime dependency and a translation of its ``root['…']['…']`` paths back
into operations and fields, and nothing else; OpenAPI-specific differs (oasdiff, openapi-diff) are
Go/Java binaries, not installable from PyPI as libraries. ``$ref`` resolution is a dozen lines
for internal pointers (the only kind the spec and ReadMe definitions use), with loop and size
guards, so ``jsonref``/``prance`` would not pay for themselves either.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ._compare import compare_documents, compare_page
from ._docs_page import DocParam, DocsPage, parse_page, registry_definition_url
from ._model import Change, DiffReport, UnreadableSourceError
from ._openapi import operations
from ._source import load, load_spec

__all__ = [
    "Change",
    "DiffReport",
    "DocParam",
    "DocsPage",
    "UnreadableSourceError",
    "diff",
    "diff_documents",
    "parse_page",
    "registry_definition_url",
]


def diff_documents(spec: dict[str, Any], source: dict[str, Any]) -> list[Change]:
    """The changes from OpenAPI document ``spec`` to OpenAPI document ``source`` (already parsed)."""
    return compare_documents(operations(spec), operations(source))


def diff(source: str, spec: str | Path | None = None) -> DiffReport:
    """Compare SOURCE (path or URL) with ``spec`` (default: the spec shipped with the package).

    Raises :class:`UnreadableSourceError` when either cannot be read or understood.
    """
    if spec is None:
        from .._spec import spec_path

        spec = spec_path()
    spec_label = str(spec)
    spec_ops = operations(load_spec(spec_label))
    src = load(source)
    if src.document is not None:
        changes = compare_documents(spec_ops, operations(src.document))
        return DiffReport(source, "openapi", spec_label, tuple(changes))
    assert src.page is not None
    page = src.page
    changes_, op = compare_page(spec_ops, page)
    page_info = {
        "title": page.title,
        "method": page.method,
        "path": page.path,
        "operation": op.label if op else None,
    }
    return DiffReport(source, "docs-page", spec_label, tuple(changes_), page.registry_id, page_info)
