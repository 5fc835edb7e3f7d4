"""Reading SOURCE (a file or an http(s) URL) and telling what it is from its content."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Literal

import attrs
import httpx

from ._docs_page import DocsPage, looks_like_html, parse_page
from ._model import UnreadableSourceError
from ._openapi import is_openapi

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@attrs.frozen
class Source:
    label: str
    kind: Literal["openapi", "docs-page"]
    document: dict[str, Any] | None = None
    page: DocsPage | None = None


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_bytes(source: str) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise UnreadableSourceError(f"stdin: larger than {MAX_BYTES // 2**20} MiB")
        return data
    if is_url(source):
        return _fetch(source)
    path = Path(source)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UnreadableSourceError(f"{source}: larger than {MAX_BYTES // 2**20} MiB")
        return path.read_bytes()
    except UnreadableSourceError:
        raise
    except FileNotFoundError:
        raise UnreadableSourceError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise UnreadableSourceError(f"{source}: is a directory") from None
    except OSError as e:
        raise UnreadableSourceError(f"{source}: {e.strerror or e}") from None


def _fetch(url: str) -> bytes:
    try:
        with (
            httpx.Client(timeout=TIMEOUT, follow_redirects=True) as client,
            client.stream("GET", url, headers={"Accept": "application/json, application/yaml, text/*"}) as r,
        ):
            if r.status_code >= 400:
                raise UnreadableSourceError(f"{url}: HTTP {r.status_code} {r.reason_phrase}".rstrip())
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise UnreadableSourceError(f"{url}: larger than {MAX_BYTES // 2**20} MiB")
                chunks.append(chunk)
            return b"".join(chunks)
    except httpx.HTTPError as e:
        raise UnreadableSourceError(f"{url}: {type(e).__name__}: {e}") from None


def decode(data: bytes, label: str) -> str:
    if not data.strip():
        raise UnreadableSourceError(f"{label}: empty")
    if b"\x00" in data:
        raise UnreadableSourceError(f"{label}: binary content, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableSourceError(f"{label}: not UTF-8 text") from None
    if not text.strip():
        raise UnreadableSourceError(f"{label}: empty")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > len(text) // 100:
        raise UnreadableSourceError(f"{label}: binary content, not text")
    return text


MAX_NESTING = 400
_BRACKETS = re.compile(r"[\[\]{}]")
_INDENT = re.compile(r"^[ \t]*", re.M)


def too_deep(text: str) -> bool:
    """Nested past anything a spec needs (brackets or indentation): libyaml and the JSON decoder
    recurse on nesting and can overflow the C stack, so such text is never handed to them."""
    depth = 0
    for m in _BRACKETS.finditer(text):
        depth += 1 if m.group() in "[{" else -1
        if depth > MAX_NESTING:
            return True
        depth = max(depth, 0)
    return max((len(m.group()) for m in _INDENT.finditer(text)), default=0) > 4 * MAX_NESTING


def parse_document(text: str, label: str) -> dict[str, Any] | None:
    """The OpenAPI document in ``text`` (JSON or YAML), or None when ``text`` is not one."""
    if too_deep(text):
        return None
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            doc = None
        if doc is not None:
            if is_openapi(doc):
                return dict(doc)
            raise UnreadableSourceError(f"{label}: JSON, but not an OpenAPI document")
    if looks_like_html(text):
        return None
    try:
        import yaml  # the `cli` extra; JSON documents and docs pages need nothing more
    except ImportError:
        if re.search(r"^(openapi|swagger)\s*:", text, re.M):
            raise UnreadableSourceError(
                f"{label}: reading YAML needs PyYAML (pip install 'cinnox-sdk[cli]')"
            ) from None
        return None
    # The C loader is ~10x faster on a 2,000-line spec, with the same results.
    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        doc = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    return dict(doc) if is_openapi(doc) else None


def load(source: str) -> Source:
    """Read SOURCE and tell its kind from its content (never from its name)."""
    label = "stdin" if source == "-" else source
    text = decode(read_bytes(source), label)
    doc = parse_document(text, label)
    if doc is not None:
        return Source(label, "openapi", document=doc)
    page = parse_page(text)
    if not page.is_endpoint_page:
        raise UnreadableSourceError(
            f"{label}: neither an OpenAPI document nor a docs endpoint page "
            "(no method and path, no parameter or response tables found)"
        )
    return Source(label, "docs-page", page=page)


def load_spec(path: str) -> dict[str, Any]:
    text = decode(read_bytes(path), path)
    doc = parse_document(text, path)
    if doc is None:
        raise UnreadableSourceError(f"{path}: not an OpenAPI document")
    return doc
