"""A docs.cinnox.com (ReadMe) endpoint page, as a browser or ``curl`` saves it, reduced to facts.

ReadMe pages come in several renderings, and the stored copies show all of them: one table row per
line (``id String The unique ID``), one cell per line, cells run together (``idStringThe unique``),
Markdown pipes (``| id | String | … |``), or HTML (tags stripped here with the standard library's
``html.parser``). The parser therefore looks for *shapes* — a field name followed by a type word,
``Path Params``/``Query Params`` sections, a ``METHOD https://…`` line, the code samples' URL, the
200 example — rather than fixed line positions. What it extracts (:class:`DocsPage`):

- the method and path (from the ``GET https://…/v1/api/apps/{appID}/…`` line, else the cURL or raw
  HTTP sample), and the page title;
- path / query / body parameters with their type word and ``required`` mark — only for the sections
  the page has (a page without a ``Query Params`` section says nothing about query parameters);
- the response fields: the ``Response Format`` table's names unioned with the keys of the 200
  example (the seed page lists ``staffName`` only in its example), in dotted record paths;
- the ReadMe API registry id from the Node sample (``npx api install "@cinnox2021/v7.3#…"``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from html.parser import HTMLParser

import attrs

READMA_REGISTRY = "https://dash.readme.com/api/v1/api-registry/"

_METHODS = "GET|POST|PUT|PATCH|DELETE"
_URL_LINE = re.compile(rf"^\s*({_METHODS})\s+(https?://\S+|/\S*)\s*$", re.IGNORECASE)
_HTTP_SAMPLE = re.compile(rf"^\s*({_METHODS})\s+(/\S+)\s+HTTP/\d", re.IGNORECASE)
_CURL_METHOD = re.compile(rf"--request\s+({_METHODS})\b", re.IGNORECASE)
_CURL_URL = re.compile(r"--url\s+['\"]?(https?://[^'\"\s]+)", re.IGNORECASE)
_REGISTRY = re.compile(r"npx\s+api\s+install\s+[\"']?(@[\w.\-]+(?:/[\w.\-]+)?#([A-Za-z0-9_\-]+))")

_NAME = r"[A-Za-z_$@][\w$@\-]*(?:\[\d*\])?(?:\.[A-Za-z_$@][\w$@\-]*(?:\[\d*\])?)*"
_NAME_RE = re.compile(_NAME)
#: Type words of the docs' field tables (first word of the Type cell), lower-cased.
FIELD_TYPES = (
    "string", "number", "integer", "int", "int32", "int64", "long", "float", "double",
    "boolean", "bool", "array", "object", "json", "date", "datetime", "timestamp",
)  # fmt: skip
#: Type words of ReadMe's parameter lists (``offset int32 Defaults to 0``).
PARAM_TYPES = (*FIELD_TYPES, "date-time", "uuid", "uri", "file", "password", "byte", "binary")
_FIELD_TYPE_RE = re.compile(
    r"(" + "|".join(sorted(FIELD_TYPES, key=len, reverse=True)) + r")(?-i:(?![a-z0-9]))", re.IGNORECASE
)
_BASE_TYPES = {
    "string": "string", "date": "string", "datetime": "string", "date-time": "string",
    "timestamp": "string", "uuid": "string", "uri": "string", "password": "string",
    "byte": "string", "binary": "string", "file": "string",
    "number": "number", "float": "number", "double": "number",
    "integer": "integer", "int": "integer", "int32": "integer", "int64": "integer", "long": "integer",
    "boolean": "boolean", "bool": "boolean", "array": "array", "object": "object", "json": "object",
}  # fmt: skip

_PARAM_SECTIONS = {
    "path params": "path",
    "path parameters": "path",
    "query params": "query",
    "query parameters": "query",
    "body params": "body",
    "body parameters": "body",
    "headers": "header",
    "header params": "header",
}
_RESPONSE_TABLE = re.compile(r"^(response format|response fields?|response parameters)\s*:?$", re.I)
#: Where a section ends: a heading alone on its line, or the start of the code samples.
_STOP = re.compile(
    r"^(?:(?:path|query|body|header|form) param(?:eter)?s|headers|responses?|language|response example|"
    r"request example|response format|response fields?|error codes?|try it|copy)\s*:?\s*$"
    r"|^(?:language:|response:|request:|last modified|notification\b|shell:|node:|curl\s)"
    r"|^[1-5]\d\d\b",
    re.IGNORECASE,
)
_ENVELOPE_KEYS = ("code", "message")
_BULLET = re.compile(r"^[•·*\-]\s+")
_REQUIRED_BEFORE_TYPE = re.compile(r"^(\S+)\s+\((required)\)\s+(\S+)", re.IGNORECASE)
#: What may follow a parameter's type on its line (``int32 required Defaults to 0``); a line with
#: anything else after a type-like word is a description (``The date and time …``).
_PARAM_TAIL = re.compile(
    r"^(?:\s+of\s+\w+)?(?:\s+required)?(?:\s+(?:Defaults to|length|enum|[≥≤<>]).*)?\s*$", re.IGNORECASE
)


def registry_definition_url(registry_id: str) -> str:
    """ReadMe's URL for the OpenAPI definition registered under ``@project/version#uuid``."""
    return READMA_REGISTRY + registry_id.rsplit("#", 1)[-1]


def base_type(word: str) -> str | None:
    return _BASE_TYPES.get(word.lower())


@attrs.frozen
class DocParam:
    name: str
    type: str | None
    required: bool


@attrs.frozen
class DocsPage:
    title: str | None
    method: str | None
    path: str | None
    #: location (``path``, ``query``, ``body``, ``header``) → parameters, only for sections shown
    params: dict[str, tuple[DocParam, ...]]
    #: record fields (dotted, no ``[]``) → the table's type word (None: seen only in the example,
    #: or a parent implied by a dotted name); None when the page shows no response table/example
    fields: Mapping[str, str | None] | None
    registry_id: str | None
    #: fields of the webhook notification table(s) of a subscription page, or None
    notification_fields: Mapping[str, str | None] | None = None

    @property
    def is_endpoint_page(self) -> bool:
        has_content = (
            self.fields is not None
            or self.notification_fields is not None
            or any(loc != "header" and ps for loc, ps in self.params.items())
        )
        return (self.method is not None and self.path is not None) or (self.title is not None and has_content)


# -- HTML -------------------------------------------------------------------------------------
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    ]
)
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "button"})


class _TextExtractor(HTMLParser):
    """Text of an HTML page with block elements on their own lines and table cells as pipes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.h1: list[str] = []
        self.title: list[str] = []
        self.in_h1 = 0
        self.in_title = 0
        self.in_pre = 0
        self.in_cell = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP and tag != "head":
            self.skip += 1
        if tag == "title":
            self.in_title += 1
        if tag == "h1":
            self.in_h1 += 1
        if tag == "pre":
            self.in_pre += 1
        if tag in _BLOCK and not self.in_cell:
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.in_cell += 1
            self.parts.append(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and tag != "head":
            self.skip = max(0, self.skip - 1)
        if tag == "title":
            self.in_title = max(0, self.in_title - 1)
        if tag == "h1":
            self.in_h1 = max(0, self.in_h1 - 1)
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
        if tag in ("td", "th"):
            self.in_cell = max(0, self.in_cell - 1)
        if tag == "tr":
            self.parts.append(" |\n")
        elif tag in _BLOCK and not self.in_cell:
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skip:
            return
        if self.in_h1:
            self.h1.append(data)
        self.parts.append(data if self.in_pre else re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> tuple[str, str | None]:
    """(text, title from ``<h1>`` or ``<title>``) of an HTML page."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    title = " ".join("".join(parser.h1).split()) or " ".join("".join(parser.title).split()) or None
    if title and parser.h1 == [] and "|" in title:
        title = title.split("|", 1)[0].strip()
    return re.sub(r"\n{3,}", "\n\n", text), title


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith("<") and bool(re.search(r"<(!doctype html|html|body|div|h1|table|p)\b", head))


# -- the page ---------------------------------------------------------------------------------
def parse_page(text: str, html: bool | None = None) -> DocsPage:
    """Extract what :class:`DocsPage` holds from a page's text or HTML."""
    title: str | None = None
    if html if html is not None else looks_like_html(text):
        text, title = html_to_text(text)
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    method, path = _method_and_path(lines, text)
    title = title or _title(lines)
    registry = _REGISTRY.search(text)
    return DocsPage(
        title=title,
        method=method,
        path=path,
        params=_params(lines),
        fields=_fields(lines, text),
        registry_id=registry.group(1) if registry else None,
        notification_fields=_notification_fields(lines),
    )


def _path_of(url: str) -> str:
    path = re.sub(r"^https?://[^/]+", "", url)
    return path.split("?", 1)[0].split("#", 1)[0]


_URL_PIECES = re.compile(r"^[\w{}./:\-~%?=&]+$")


def _url_line(lines: list[str], i: int) -> tuple[str, str] | None:
    """``GET https://…/apps/{appID}/data/x`` — also as a browser saves ReadMe's header, where the
    method and the URL's pieces are separate elements: ``get`` / ``https://…/apps/ {appID} /data/x``."""
    words = lines[i].split()
    if not words or words[0].upper() not in _METHODS.split("|"):
        return None
    method, rest = words[0].upper(), words[1:]
    if not rest:  # the method alone; the URL on the next non-empty line
        nxt = next((line for line in lines[i + 1 : i + 4] if line.strip()), "")
        rest = nxt.split()
    if not rest or not rest[0].lower().startswith(("http://", "https://", "/")) or len(rest) > 8:
        return None
    if not all(_URL_PIECES.match(w) for w in rest):
        return None
    url = "".join(rest)
    return (method, _path_of(url)) if "/v1/" in url else None


def _method_and_path(lines: list[str], text: str) -> tuple[str | None, str | None]:
    for i in range(len(lines)):
        found = _url_line(lines, i)
        if found:
            return found
    method = _CURL_METHOD.search(text)
    url = _CURL_URL.search(text)
    if method and url:
        return method.group(1).upper(), _path_of(url.group(1))
    for line in lines:
        m = _HTTP_SAMPLE.match(line)
        if m:
            return m.group(1).upper(), _path_of(m.group(2))
    for line in lines:
        m = _URL_LINE.match(line)
        if m:
            return m.group(1).upper(), _path_of(m.group(2))
    return None, None


def _title(lines: list[str]) -> str | None:
    for line in lines:
        s = line.strip().strip("#").strip()
        if not s or s.lower() in ("menu", "jump to content", "skip to main content"):
            continue
        if _URL_LINE.match(s) or _RESPONSE_TABLE.match(s) or "://" in s or len(s) > 100:
            return None
        if len(s.split()) <= 12:
            return s
        return None
    return None


def _sections(lines: list[str], start: re.Pattern[str]) -> Iterator[list[str]]:
    """The lines after each heading matching ``start``, up to the next known heading."""
    i = 0
    while i < len(lines):
        if start.match(lines[i].strip()):
            j = i + 1
            while j < len(lines) and not _STOP.match(lines[j].strip()):
                j += 1
            yield lines[i + 1 : j]
            i = j
        else:
            i += 1


def _clean_name(name: str) -> str:
    return re.sub(r"\[\d*\]", "", name)


def _split_run_together(line: str) -> tuple[str, str] | None:
    """``phoneNumberStringThe number`` → (``phoneNumber``, ``String``): the split whose remainder
    does not itself start with another type word."""
    candidates = []
    for m in _FIELD_TYPE_RE.finditer(line):
        name, rest = line[: m.start()], line[m.end() :]
        if not name or not _NAME_RE.fullmatch(name) or m.group(1)[0].islower():
            continue
        if rest and not (rest[0].isupper() or rest[0] in " (\"'-"):
            continue
        candidates.append((name, m.group(1), rest))
    for name, word, rest in candidates:
        if not _FIELD_TYPE_RE.match(rest):
            return name, word
    return None


def _table_rows(lines: list[str]) -> list[tuple[str, str]]:
    """(field name, type word) of each row of a docs table in any of its renderings."""
    names: list[tuple[str, str]] = []
    stripped = [_BULLET.sub("", line.strip()) for line in lines]
    non_empty = [s for s in stripped if s]
    for k, s in enumerate(non_empty):
        if "|" in s:
            cells = [c.strip() for c in s.strip("|").split("|")]
            if len(cells) >= 2 and _NAME_RE.fullmatch(cells[0]) and cells[1]:
                first = cells[1].split()[0]
                if first.lower() in FIELD_TYPES:
                    names.append((cells[0], first))
            continue
        m = re.match(rf"^({_NAME})\s+(\S+)", s)
        if m and m.group(2)[0].isupper() and m.group(2).lower().rstrip(",;:") in FIELD_TYPES:
            names.append((m.group(1), m.group(2).rstrip(",;:")))
            continue
        if _NAME_RE.fullmatch(s) and k + 1 < len(non_empty):
            nxt = non_empty[k + 1].split()
            if nxt and nxt[0].lower() in FIELD_TYPES and len(nxt) <= 4 and s.lower() not in FIELD_TYPES:
                names.append((s, nxt[0]))
            continue
        split = _split_run_together(s)
        if split:
            names.append(split)
    return [(_clean_name(n), t) for n, t in names if n.lower() not in ("parameter", "field", "name")]


def _example_keys(text: str) -> set[str] | None:
    """Dotted key paths of the 200 example (tolerant: ReadMe shows ``"code": number``)."""
    found: set[str] | None = None
    for m in re.finditer(r"(?im)^\s*(?:RESPONSE:\s*)?2\d\d\b[^\n]*$", text):
        brace = text.find("{", m.end())
        stop = re.compile(r"(?im)^\s*(?:RESPONSE:|LANGUAGE:|Last modified)").search(text, m.end())
        if brace < 0 or (stop is not None and stop.start() < brace):
            continue
        keys = _json_keys(text, brace)
        if keys:
            found = (found or set()) | keys
    return found


def _json_keys(text: str, start: int) -> set[str]:
    keys: set[str] = set()
    stack: list[tuple[str, str | None]] = []  # (bracket, key that opened it)
    pending: str | None = None
    i = start
    while i < len(text):
        c = text[i]
        if c == '"':
            end = i + 1
            while end < len(text) and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            token = text[i + 1 : end]
            j = end + 1
            while j < len(text) and text[j] in " \t":
                j += 1
            if j < len(text) and text[j] == ":" and stack and stack[-1][0] == "{":
                path = [k for _, k in stack if k] + [token]
                keys.add(".".join(path))
                pending = token
            i = end + 1
            continue
        if c in "{[":
            stack.append((c, pending))
            pending = None
        elif c in "}]":
            if stack:
                stack.pop()
            if not stack:
                break
        elif c == ",":
            pending = None
        i += 1
    return keys


_NOTIFICATION = re.compile(r"^notification\b", re.IGNORECASE)


def _notification_fields(lines: list[str]) -> dict[str, str | None] | None:
    """A subscription page's "Notification …" tables: the webhook payload's fields."""
    names: dict[str, str | None] | None = None
    i = 0
    while i < len(lines):
        if not _NOTIFICATION.match(lines[i].strip()):
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (_NOTIFICATION.match(lines[j].strip()) or not _STOP.match(lines[j].strip())):
            j += 1
        for name, word in _table_rows(lines[i:j]):
            names = names or {}
            names.setdefault(name, word)
        i = j
    return _closed(names) if names else None


def _closed(names: dict[str, str | None]) -> dict[str, str | None]:
    """Every parent of a dotted name is a field too (``message`` of ``message.id``)."""
    closed = dict(names)
    for n in names:
        parts = n.split(".")
        for i in range(1, len(parts)):
            closed.setdefault(".".join(parts[:i]), None)
    return closed


def _fields(lines: list[str], text: str) -> dict[str, str | None] | None:
    names: dict[str, str | None] | None = None
    for section in _sections(lines, _RESPONSE_TABLE):
        rows = _table_rows(section)
        if rows:
            names = names or {}
            for name, word in rows:
                names.setdefault(name, word)
    example = _example_keys(text)
    if example:
        tops = {k.split(".", 1)[0] for k in example}
        envelope: str | None = next((k for k in ("result", "data") if k in tops), None)
        others = tops - set(_ENVELOPE_KEYS)
        if envelope is None and len(others) == 1:
            only = next(iter(others))
            envelope = only if any(k.startswith(only + ".") for k in example) else None
        picked = set()
        for k in example:
            if envelope is not None:
                if k.startswith(envelope + "."):
                    picked.add(k[len(envelope) + 1 :])
            elif k.split(".", 1)[0] not in _ENVELOPE_KEYS:
                picked.add(k)
        if picked:
            names = names or {}
            for name in picked:
                names.setdefault(name, None)
    return None if names is None else _closed(names)


def _params(lines: list[str]) -> dict[str, tuple[DocParam, ...]]:
    out: dict[str, list[DocParam]] = {}
    i = 0
    while i < len(lines):
        heading = lines[i].strip().lower().rstrip(":")
        location = _PARAM_SECTIONS.get(heading)
        if location is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not _STOP.match(lines[j].strip()):
            j += 1
        params = out.setdefault(location, [])
        body = [s.strip() for s in lines[i + 1 : j] if s.strip()]
        k = 0
        while k < len(body):
            found = _param_at(body, k)
            if found is not None:
                param, used = found
                if all(p.name != param.name for p in params):
                    params.append(param)
                k += used
            else:
                k += 1
        i = j
    return {loc: tuple(ps) for loc, ps in out.items()}


def _param_at(body: list[str], k: int) -> tuple[DocParam, int] | None:
    # ``enquiryID (Required) string`` (some pages) reads as ``enquiryID string required``
    s = _REQUIRED_BEFORE_TYPE.sub(r"\1 \3 required", _BULLET.sub("", body[k]))
    if "|" in s:
        cells = [c.strip() for c in s.strip("|").split("|")]
        if len(cells) >= 2 and _NAME_RE.fullmatch(cells[0]) and cells[1].split()[:1]:
            word = cells[1].split()[0].lower()
            if word in PARAM_TYPES:
                required = any("required" in c.lower() for c in cells[1:3])
                return DocParam(cells[0], base_type(word), required), 1
        return None
    m = re.match(rf"^({_NAME})\s+(\S+)(.*)$", s)
    if m and m.group(2).lower() in PARAM_TYPES and _PARAM_TAIL.match(m.group(3)):
        rest = m.group(3)
        required = bool(re.search(r"\brequired\b", rest, re.I))
        used = 1
        if not required and k + 1 < len(body) and body[k + 1].lower() == "required":
            required, used = True, 2
        return DocParam(m.group(1), base_type(m.group(2)), required), used
    if _NAME_RE.fullmatch(s) and k + 1 < len(body):
        words = body[k + 1].split()
        if words and words[0].lower() in PARAM_TYPES and len(words) <= 6:
            required = "required" in body[k + 1].lower()
            used = 2
            if not required and k + 2 < len(body) and body[k + 2].lower() == "required":
                required, used = True, 3
            return DocParam(s, base_type(words[0]), required), used
    return None
