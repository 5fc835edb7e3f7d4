"""Comparing the spec's operations with another document's, or with one docs page."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._docs_page import DocParam, DocsPage
from ._model import Change
from ._openapi import Entry, Operation, normalise_path, operation_key


def _matches(spec_segments: tuple[str, ...], page_segments: tuple[str, ...]) -> bool:
    """Spec ``{}`` segments match any page segment (samples show ``EID`` for ``{EID}``)."""
    return len(spec_segments) == len(page_segments) and all(
        a == b or a == "{}" or b == "{}" for a, b in zip(spec_segments, page_segments, strict=True)
    )


def compare_documents(spec: dict[str, Operation], source: dict[str, Operation]) -> list[Change]:
    changes: list[Change] = []
    for key in sorted(spec.keys() | source.keys()):
        ours, theirs = spec.get(key), source.get(key)
        if theirs is None and ours is not None:
            changes.append(Change(ours.label, "operation", ours.label, "removed", spec=ours.title))
        elif ours is None and theirs is not None:
            changes.append(Change(theirs.label, "operation", theirs.label, "added", source=theirs.title))
        elif ours is not None and theirs is not None:
            changes += compare_entries(ours, ours.entries, theirs.entries)
    return sorted(changes, key=Change.sort_key)


def compare_entries(
    op: Operation,
    ours: Mapping[tuple[str, str], Entry],
    theirs: Mapping[tuple[str, str], Entry],
) -> list[Change]:
    changes: list[Change] = []
    only_ours = ours.keys() - theirs.keys()
    only_theirs = theirs.keys() - ours.keys()
    for key in only_ours:
        e = ours[key]
        if e.parent not in only_ours:  # report the topmost missing node only
            changes.append(Change(op.label, e.kind, e.name, "removed", spec=dict(e.attrs)))
    for key in only_theirs:
        e = theirs[key]
        if e.parent not in only_theirs:
            changes.append(Change(op.label, e.kind, e.name, "added", source=dict(e.attrs)))
    for key in ours.keys() & theirs.keys():
        a, b = ours[key], theirs[key]
        for aspect in sorted(a.attrs.keys() | b.attrs.keys()):
            if a.attrs.get(aspect) != b.attrs.get(aspect):
                changes.append(
                    Change(
                        op.label, a.kind, a.name, "changed", aspect, a.attrs.get(aspect), b.attrs.get(aspect)
                    )
                )
    return changes


def find_operation(spec: dict[str, Operation], page: DocsPage) -> tuple[Operation | None, str | None]:
    """The spec operation a page documents: by method and path, else by its title.

    Returns (operation, the page's own label when it does not match the spec's).
    """
    page_label = None
    if page.method and page.path:
        display, segments = normalise_path(page.path)
        page_label = f"{page.method} {display}"
        wanted = operation_key(page.method, segments)
        if wanted in spec:
            return spec[wanted], None
        for op in spec.values():
            if not op.webhook and op.method == page.method and _matches(_segments(op.key), segments):
                return op, None
    if page.title:
        title = _norm_title(page.title)
        for op in spec.values():
            if op.title and _norm_title(op.title) == title and not op.webhook:
                return op, page_label
    return None, page_label


def _segments(key: str) -> tuple[str, ...]:
    return tuple(s for s in key.split(" ", 1)[1].strip("/").split("/") if s)


def _norm_title(title: str) -> str:
    """Case, punctuation and plurals aside (the docs renamed "Get Conference Detail" to "…Details")."""
    words = re.sub(r"[^\w/]+", " ", title.lower()).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words)


def _base_types(spec_type: object) -> set[str]:
    text = re.sub(r"\([^)]*\)", "", str(spec_type))
    return {t for t in text.split("|") if t and t != "null"}


def compare_page(spec: dict[str, Operation], page: DocsPage) -> tuple[list[Change], Operation | None]:
    op, page_label = find_operation(spec, page)
    if op is None:
        label = page_label or (page.title or "?")
        return [Change(label, "operation", page.title or label, "added", source=page_label)], None
    changes: list[Change] = []
    if page_label is not None:
        changes.append(Change(op.label, "operation", op.label, "changed", "path", op.path, page_label))
    changes += _compare_params(op, page)
    changes += _compare_fields(op, page)
    changes += _compare_notification(spec, op, page)
    return sorted(changes, key=Change.sort_key), op


def _compare_params(op: Operation, page: DocsPage) -> list[Change]:
    changes: list[Change] = []
    spec_params = op.parameters()
    for location, shown in page.params.items():
        if location == "header":
            continue  # Content-Type / Authorization: the security scheme, not parameters
        if location == "body":
            changes += _compare_body(op, shown)
            continue
        if location == "path":
            mine = {k: e for k, e in spec_params.items() if k.startswith("path#")}
            theirs = {f"path#{i}": p for i, p in enumerate(shown)}
        else:
            mine = {k: e for k, e in spec_params.items() if k.startswith(location + ":")}
            theirs = {f"{location}:{p.name}": p for p in shown}
        for key in sorted(mine.keys() - theirs.keys()):
            changes.append(
                Change(op.label, "parameter", mine[key].name, "removed", spec=dict(mine[key].attrs))
            )
        for key in sorted(theirs.keys() - mine.keys()):
            p = theirs[key]
            changes.append(
                Change(
                    op.label,
                    "parameter",
                    f"{location}:{p.name}",
                    "added",
                    source=_param_json(p.type, p.required),
                )
            )
        for key in sorted(mine.keys() & theirs.keys()):
            e, p = mine[key], theirs[key]
            if location != "path" and bool(e.attrs.get("required")) != p.required:
                changes.append(
                    Change(
                        op.label,
                        "parameter",
                        e.name,
                        "changed",
                        "required",
                        e.attrs.get("required"),
                        p.required,
                    )
                )
            if p.type is not None and p.type not in _base_types(e.attrs.get("type")):
                changes.append(
                    Change(op.label, "parameter", e.name, "changed", "type", e.attrs.get("type"), p.type)
                )
    return changes


def _param_json(type_: str | None, required: bool) -> dict[str, object]:
    return {"type": type_, "required": required}


def _compare_body(op: Operation, params: tuple[DocParam, ...]) -> list[Change]:
    mine = {k: e for k, e in op.request_fields().items() if "." not in k and not k.endswith("[]")}
    theirs = {p.name: p for p in params}
    changes = []
    for key in sorted(mine.keys() - theirs.keys()):
        changes.append(Change(op.label, "request field", key, "removed", spec=dict(mine[key].attrs)))
    for key in sorted(theirs.keys() - mine.keys()):
        p = theirs[key]
        changes.append(
            Change(op.label, "request field", key, "added", source=_param_json(p.type, p.required))
        )
    for key in sorted(mine.keys() & theirs.keys()):
        if bool(mine[key].attrs.get("required")) != theirs[key].required:
            changes.append(
                Change(
                    op.label,
                    "request field",
                    key,
                    "changed",
                    "required",
                    mine[key].attrs.get("required"),
                    theirs[key].required,
                )
            )
    return changes


def _compare_notification(spec: dict[str, Operation], op: Operation, page: DocsPage) -> list[Change]:
    """A subscription page's notification table against the webhook the operation delivers."""
    if page.notification_fields is None or op.delivers is None:
        return []
    hook = next((h for h in spec.values() if h.webhook and h.key == f"WEBHOOK {op.delivers}"), None)
    if hook is None:
        return [Change(op.label, "operation", f"WEBHOOK {op.delivers}", "added", source="notification table")]
    return _field_changes(hook, "webhook field", hook.payload_fields(), page.notification_fields)


def _compare_fields(op: Operation, page: DocsPage) -> list[Change]:
    if page.fields is None:
        return []
    return _field_changes(op, "response field", op.record_fields() or {}, page.fields)


def _field_changes(
    op: Operation, kind: str, ours: Mapping[str, str], theirs: Mapping[str, str | None]
) -> list[Change]:
    only_ours, only_theirs = ours.keys() - theirs.keys(), theirs.keys() - ours.keys()
    changes = []
    for name in sorted(only_ours):
        parent = name.rsplit(".", 1)[0] if "." in name else None
        if parent not in only_ours:  # the topmost missing field only
            changes.append(Change(op.label, kind, name, "removed", spec={"type": ours[name]}))
    for name in sorted(only_theirs):
        parent = name.rsplit(".", 1)[0] if "." in name else None
        if parent not in only_theirs:
            changes.append(Change(op.label, kind, name, "added", source={"type": theirs[name]}))
    return changes
