"""``cinnox spec diff``: docs pages (the real seed, historical variants, every rendering) and
OpenAPI documents (mutated and reformatted copies of our own spec) against the spec.

Exit statuses: 0 no drift, 1 drift, 2 unreadable source — with one line on stderr, no traceback.
"""

from __future__ import annotations

import copy
import html
import json
import random
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cinnox_ext._spec import spec_path
from cinnox_ext.cli import app
from cinnox_ext.spec_diff import Change, UnreadableSourceError, diff, diff_documents, parse_page
from cinnox_ext.spec_diff._compare import compare_page
from cinnox_ext.spec_diff._docs_page import FIELD_TYPES
from cinnox_ext.spec_diff._openapi import normalise_path, operations

DATA = Path(__file__).parent / "data" / "spec_diff"
SEED = DATA / "get_sms_details_seed.txt"
SHARED_SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "reference" / "seeds" / "003_32007bcc3013a805.txt"
)
SPEC: dict[str, Any] = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
SMS = "GET /data/sms-detail"
try:  # click < 8.2 mixes stderr into stdout unless told not to; 8.2+ always keeps it apart
    runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]
except TypeError:
    runner = CliRunner()


def cli(*args: str) -> Any:
    return runner.invoke(app, ["spec", "diff", *args], env={"COLUMNS": "200"})


def cli_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = cli(*args, "--json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def keyed(changes: list[dict[str, Any]] | list[Change]) -> set[tuple[str, str, str, str | None]]:
    out = set()
    for c in changes:
        d = c.to_dict() if isinstance(c, Change) else c
        out.add((d["kind"], d["name"], d["change"], d["aspect"]))
    return out


def spec_operation_path(operation_id: str) -> str:
    for path, item in SPEC["paths"].items():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return normalise_path(path)[0]
    raise AssertionError(operation_id)


# -- the real seed page -----------------------------------------------------------------------
def test_the_fixture_is_the_real_seed_page() -> None:
    if SHARED_SEED.exists():  # beside a checkout (CI): the copy is byte for byte the seed
        assert SEED.read_bytes() == SHARED_SEED.read_bytes()
    assert "npx api install" in SEED.read_text()


def test_the_seed_page_has_no_drift_against_todays_spec() -> None:
    result = cli(str(SEED))
    assert result.exit_code == 0, result.output
    assert "no drift" in result.stdout
    assert "Get SMS Details" in result.stdout
    code, report = cli_json(str(SEED))
    assert code == 0
    assert report["drift"] is False and report["changes"] == []
    assert report["source_kind"] == "docs-page"
    assert report["page"]["operation"] == SMS
    assert report["source_registry_id"] == "@cinnox2021/v7.3#45i1wk2km9l1e4hf"
    assert report["source_registry_url"] == "https://dash.readme.com/api/v1/api-registry/45i1wk2km9l1e4hf"


def test_the_seed_page_is_read_completely() -> None:
    page = parse_page(SEED.read_text())
    assert (page.title, page.method, page.path) == (
        "Get SMS Details",
        "GET",
        "/v1/api/apps/{appID}/data/sms-detail",
    )
    assert [(p.name, p.required) for p in page.params["path"]] == [("appID", True)]
    assert [p.name for p in page.params["query"]] == [
        "startAt", "endAt", "offset", "limit", "source", "status", "carrierStatus", "sender", "recipient", "smsID",
    ]  # fmt: skip
    assert {p.name: p.type for p in page.params["query"]}["offset"] == "integer"
    table = {
        "id", "fromEID", "toEID", "date", "cid", "segmentCount", "sender", "recipient", "recipientCountryCode",
        "status", "carrierStatus", "usage", "text", "createdAt", "updatedAt", "smsID", "isSenderStaff",
        "isRecipientStaff",
    }  # fmt: skip
    assert page.fields is not None
    assert set(page.fields) == table | {"staffName"}  # staffName: only in the 200 example
    assert page.fields["segmentCount"] == "Number" and page.fields["staffName"] is None


def test_registry_id_option() -> None:
    result = cli("--registry-id", str(SEED))
    assert result.exit_code == 0
    assert result.stdout.split() == [
        "@cinnox2021/v7.3#45i1wk2km9l1e4hf",
        "https://dash.readme.com/api/v1/api-registry/45i1wk2km9l1e4hf",
    ]
    result = cli("--registry-id", str(DATA / "get_sms_detail_older.txt"))
    assert result.exit_code == 2
    assert "no ReadMe registry id" in result.stderr


# -- the same page in every rendering the stored copies show -----------------------------------
_ROW = re.compile(r"^(\w+) (String|Number|Boolean) (.*)$")


def _seed_parts() -> tuple[str, list[tuple[str, str, str]], str]:
    text = SEED.read_text()
    head, rest = text.split("Parameter Type Description\n", 1)
    table, tail = rest.split("\n\nPath Params", 1)
    rows = [_ROW.match(line) for line in table.splitlines()]
    assert all(rows)
    return head, [(m[1], m[2], m[3]) for m in rows if m], "\n\nPath Params" + tail


def _one_line(rows: list[tuple[str, str, str]]) -> str:
    return "Parameter Type Description\n" + "\n".join(" ".join(r) for r in rows)


def _cells_on_lines(rows: list[tuple[str, str, str]]) -> str:
    return "Parameter\n\nType\n\nDescription\n\n" + "\n\n".join("\n\n".join(r) for r in rows)


def _run_together(rows: list[tuple[str, str, str]]) -> str:
    return "\n".join("".join(r) for r in rows)


def _pipes(rows: list[tuple[str, str, str]]) -> str:
    lines = ["Parameter | Type | Description |", "---|---|---|"]
    return "\n".join(lines + [f"{n} | {t} | {d} |" for n, t, d in rows])


def _markdown(rows: list[tuple[str, str, str]]) -> str:
    lines = ["| Parameter | Type | Description |", "|---|---|---|"]
    return "\n".join(lines + [f"| {n} | {t} | {d} |" for n, t, d in rows])


def render(rows: list[tuple[str, str, str]], style: str) -> str:
    head, _, tail = _seed_parts()
    if style == "html":
        return _html(head, rows, tail)
    table = {
        "one-line": _one_line,
        "cells-on-lines": _cells_on_lines,
        "run-together": _run_together,
        "pipes": _pipes,
        "markdown": _markdown,
    }[style](rows)
    if style == "cells-on-lines":  # that rendering puts each parameter cell on its own line too
        tail = tail.replace("appID string required\n", "appID\n\nstring\n\nrequired\n\n")
        tail = tail.replace("offset int32 Defaults to 0\n", "offset\n\nint32\n\nDefaults to 0\n\n")
    return head + table + tail


def _html(head: str, rows: list[tuple[str, str, str]], tail: str) -> str:
    """The page as a browser saves it: scripts, a heading, a table, parameter blocks, code in <pre>."""
    e = html.escape
    out = [
        "<!DOCTYPE html><html><head><title>Get SMS Details</title>",
        "<script>window.__data = {'table': 'id String nope'};</script><style>td{color:red}</style></head>",
        "<body><nav><a href='/'>Menu</a></nav><article><h1>Get SMS Details</h1>",
        "<div class='url'><span>GET</span> <span>https://examplebaseURL.com/v1/api/apps/{appID}/data/sms-detail</span></div>",
        "<h2>Response Format</h2><table><thead><tr><th>Parameter</th><th>Type</th><th>Description</th></tr></thead><tbody>",
    ]
    out += [f"<tr><td>{e(n)}</td><td>{e(t)}</td><td><p>{e(d)}</p></td></tr>" for n, t, d in rows]
    out.append("</tbody></table>")
    blocks = tail.strip("\n").split("\n\nLanguage\n\n", 1)
    for para in blocks[0].split("\n\n"):
        lines = para.splitlines()
        if lines and lines[0] in ("Path Params", "Query Params", "Headers", "Responses"):
            out.append(f"<h3>{e(lines[0])}</h3>")
            lines = lines[1:]
        if lines:
            out.append("<div class='param'>" + "".join(f"<div>{e(x)}</div>" for x in lines) + "</div>")
    out.append(f"<h3>Language</h3><pre><code>{e(blocks[1])}</code></pre>")
    out.append("</article></body></html>")
    return "\n".join(out)


STYLES = ["one-line", "cells-on-lines", "run-together", "pipes", "markdown", "html"]


@pytest.mark.parametrize("style", STYLES)
def test_every_rendering_of_the_seed_reads_the_same(style: str, tmp_path: Path) -> None:
    _, rows, _ = _seed_parts()
    page_text = render(rows, style)
    page = parse_page(page_text)
    seed = parse_page(SEED.read_text())
    assert page.fields is not None and seed.fields is not None
    assert set(page.fields) == set(seed.fields)
    assert {loc: [p.name for p in ps] for loc, ps in page.params.items()} == {
        loc: [p.name for p in ps] for loc, ps in seed.params.items()
    }
    assert (page.method, page.title) == ("GET", "Get SMS Details")
    f = tmp_path / ("page.html" if style == "html" else "page.txt")
    f.write_text(page_text)
    result = cli(str(f))
    assert result.exit_code == 0, result.output


SMS_TABLE_ONLY = [
    "toEID",
    "segmentCount",
    "text",
    "updatedAt",
    "smsID",
    "isSenderStaff",
    "isRecipientStaff",
    "carrierStatus",
]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    style=st.sampled_from(STYLES),
    dropped=st.sets(st.sampled_from(SMS_TABLE_ONLY)),
    added=st.sets(st.from_regex(r"[a-z][A-Za-z]{2,12}", fullmatch=True)),
    dropped_params=st.sets(st.sampled_from(["source", "status", "sender", "recipient", "smsID"])),
)
def test_a_page_that_drops_or_adds_fields_and_parameters_is_reported_exactly(
    style: str, dropped: set[str], added: set[str], dropped_params: set[str]
) -> None:
    """Rows removed from (or added to) the seed in any rendering are exactly the drift reported."""
    _, rows, _ = _seed_parts()
    seed_fields = {r[0] for r in rows} | {"staffName", "code", "result", "message"}
    added = {n for n in added - seed_fields if n.lower() not in FIELD_TYPES}
    kept = [r for r in rows if r[0] not in dropped] + [
        (n, "String", f"The {n} of it.") for n in sorted(added)
    ]
    text = render(kept, style)
    for name in dropped_params:
        text = re.sub(rf"<div>{name} string</div><div>[^<]*</div>", "", text)
        text = re.sub(rf"\n{name} string\n[^\n]*\n", "\n", text)
    page = parse_page(text)
    changes, op = compare_page(operations(SPEC), page)
    assert op is not None and op.label == SMS
    expected = (
        {("response field", n, "removed", None) for n in dropped}
        | {("response field", n, "added", None) for n in added}
        | {("parameter", f"query:{n}", "removed", None) for n in dropped_params}
    )
    assert keyed(changes) == expected


# -- historical pages -------------------------------------------------------------------------
def test_the_older_sms_detail_page_lacked_exactly_three_fields() -> None:
    code, report = cli_json(str(DATA / "get_sms_detail_older.txt"))
    assert code == 1
    assert keyed(report["changes"]) == {
        ("response field", "segmentCount", "removed", None),
        ("response field", "smsID", "removed", None),
        ("response field", "toEID", "removed", None),
    }
    assert {c["operation"] for c in report["changes"]} == {SMS}
    result = cli(str(DATA / "get_sms_detail_older.txt"))
    assert result.exit_code == 1
    for name in ("segmentCount", "smsID", "toEID", "3 differences"):
        assert name in result.stdout


def test_the_seed_without_the_three_newer_rows_reports_exactly_them(tmp_path: Path) -> None:
    text = SEED.read_text()
    for name in ("toEID", "segmentCount", "smsID"):
        text = re.sub(rf"^{name} (String|Number) .*\n", "", text, count=1, flags=re.M)
    f = tmp_path / "older.txt"
    f.write_text(text)
    code, report = cli_json(str(f))
    assert code == 1
    assert keyed(report["changes"]) == {
        ("response field", n, "removed", None) for n in ("toEID", "segmentCount", "smsID")
    }


def test_conference_details_newer_page_matches_and_older_page_differs_exactly() -> None:
    code, report = cli_json(str(DATA / "get_conference_details_newer.txt"))
    assert (code, report["changes"]) == (0, [])  # found by its title: that copy shows no URL line
    assert report["page"]["method"] is None
    code, report = cli_json(str(DATA / "get_conference_detail_older.txt"))
    assert code == 1
    expected: set[tuple[str, str, str, str | None]] = {("response field", n, "added", None) for n in (
        "roomID", "fromEID", "status", "createdAt", "callDurationMin", "callConferenceList",
    )} | {("response field", "conferenceDetail", "removed", None)}  # fmt: skip
    if spec_operation_path("getConferenceDetails") != "/data/conference-detail":
        expected.add(("operation", report["changes"][0]["name"], "changed", "path"))
    assert keyed(report["changes"]) == expected


def test_a_page_for_an_operation_the_spec_lacks(tmp_path: Path) -> None:
    f = tmp_path / "new.txt"
    f.write_text(
        "Get Hologram Details\n\nGET https://examplebaseURL.com/v1/api/apps/{appID}/data/hologram-detail\n\n"
        "Response Format\n\nParameter Type Description\nbeamAngle Number The angle.\n"
    )
    code, report = cli_json(str(f))
    assert code == 1
    assert keyed(report["changes"]) == {("operation", "Get Hologram Details", "added", None)}
    assert report["page"]["operation"] is None


# -- spec against spec ------------------------------------------------------------------------
def _resolve(doc: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _operations(doc: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (p, m)
        for p, item in doc["paths"].items()
        for m in item
        if m in ("get", "post", "put", "patch", "delete")
    ]


def _label(path: str, method: str) -> str:
    return f"{method.upper()} {normalise_path(path)[0]}"


def _refs(node: Any, doc: dict[str, Any], seen: set[str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            seen.add(ref)
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target[part]
            _refs(target, doc, seen)
        for v in node.values():
            _refs(v, doc, seen)
    elif isinstance(node, list):
        for v in node:
            _refs(v, doc, seen)


def _used_schemas(doc: dict[str, Any]) -> list[str]:
    seen: set[str] = set()
    _refs(doc["paths"], doc, seen)
    _refs(doc.get("webhooks", {}), doc, seen)
    return sorted(
        r.rsplit("/", 1)[1]
        for r in seen
        if r.startswith("#/components/schemas/")
        and doc["components"]["schemas"][r.rsplit("/", 1)[1]].get("properties")
    )


MUTATIONS = [
    "remove operation",
    "add operation",
    "remove parameter",
    "add parameter",
    "toggle required",
    "change type",
    "change enum",
    "add response field",
    "remove schema field",
    "add webhook field",
    "remove webhook field",
]


def mutate(
    doc: dict[str, Any], kind: str, data: st.DataObject
) -> tuple[set[tuple[str, str, str, str | None]] | None, str]:
    """Apply one mutation; return the exact changes expected (None: checked by name) and the field name."""
    ops = _operations(doc)
    if kind == "remove operation":
        path, method = data.draw(st.sampled_from(ops))
        del doc["paths"][path][method]
        return {("operation", _label(path, method), "removed", None)}, ""
    if kind == "add operation":
        name = data.draw(st.from_regex(r"[a-z]{3,10}", fullmatch=True))
        method = data.draw(st.sampled_from(["get", "post", "delete"]))
        path = f"/v1/api/apps/{{appID}}/zz-{name}"
        doc["paths"][path] = {method: {"responses": {"200": {"description": "ok"}}}}
        return {("operation", _label(path, method), "added", None)}, ""
    if kind in ("remove parameter", "toggle required", "change type", "change enum"):
        with_params = [(p, m) for p, m in ops if doc["paths"][p][m].get("parameters")]
        path, method = data.draw(st.sampled_from(with_params))
        params = doc["paths"][path][method]["parameters"]
        i = data.draw(st.integers(0, len(params) - 1))
        param = copy.deepcopy(_resolve(doc, params[i]))
        name = f"{param['in']}:{param['name']}"
        if kind == "remove parameter":
            del params[i]
            return {("parameter", name, "removed", None)}, ""
        if kind == "toggle required":
            if param["in"] == "path":  # always required; move on to a query parameter change
                param["schema"] = {**param.get("schema", {}), "type": "boolean"}
                params[i] = param
                return {("parameter", name, "changed", "type")}, ""
            param["required"] = not param.get("required", False)
            params[i] = param
            return {("parameter", name, "changed", "required")}, ""
        schema = dict(param.get("schema", {}))
        if kind == "change type":
            current = schema.get("type")
            schema["type"] = data.draw(
                st.sampled_from([t for t in ("string", "integer", "boolean", "number") if t != current])
            )
            param["schema"] = schema
            params[i] = param
            return {("parameter", name, "changed", "type")}, ""
        values: list[Any] = list(schema.get("enum", []))
        drop = data.draw(st.booleans())
        if values and drop:
            schema["enum"] = values[:-1] or ["zzOnly"]
        else:
            schema["enum"] = [*values, "zzNewValue"] if values else ["a", "b"]
        param["schema"] = schema
        params[i] = param
        return {("parameter", name, "changed", "enum")}, ""
    if kind == "add response field":
        with_body = [
            (p, m) for p, m in ops
            if "schema" in doc["paths"][p][m].get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
        ]  # fmt: skip
        path, method = data.draw(st.sampled_from(with_body))
        media = doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]
        media["schema"] = {
            "allOf": [media["schema"], {"type": "object", "properties": {"zzNewField": {"type": "string"}}}]
        }
        return {("response field", "200 zzNewField", "added", None)}, ""
    if kind == "add webhook field":
        hooks = [
            n for n, item in doc["webhooks"].items()
            if "schema" in item.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        ]  # fmt: skip
        name = data.draw(st.sampled_from(sorted(hooks)))
        media = doc["webhooks"][name]["post"]["requestBody"]["content"]["application/json"]
        media["schema"] = {"allOf": [media["schema"], {"properties": {"zzHookField": {"type": "integer"}}}]}
        return {("webhook field", "zzHookField", "added", None)}, ""
    # remove a property from a component schema somewhere in use (a response, request or webhook)
    if kind == "remove webhook field":
        seen: set[str] = set()
        payloads = [op.get("requestBody") for item in doc["webhooks"].values() for op in item.values()]
        _refs(payloads, doc, seen)
        names = sorted(
            r.rsplit("/", 1)[1] for r in seen
            if r.startswith("#/components/schemas/") and doc["components"]["schemas"][r.rsplit("/", 1)[1]].get("properties")
        )  # fmt: skip
    else:
        names = _used_schemas(doc)
    schema_name = data.draw(st.sampled_from(names))
    props = doc["components"]["schemas"][schema_name]["properties"]
    prop = data.draw(st.sampled_from(sorted(props)))
    del props[prop]
    return None, prop


@settings(max_examples=60, deadline=None)
@given(kind=st.sampled_from(MUTATIONS), data=st.data())
def test_every_mutation_of_the_spec_is_reported(kind: str, data: st.DataObject) -> None:
    mutated = copy.deepcopy(SPEC)
    expected, prop = mutate(mutated, kind, data)
    changes = diff_documents(SPEC, mutated)
    assert changes, f"{kind}: not reported"
    if expected is not None:
        assert keyed(changes) == expected
    else:
        leaf = [c for c in changes if re.split(r"[ .]", c.name.replace("[]", ""))[-1] == prop]
        assert leaf, (prop, changes)
        assert {c.change for c in changes} <= {"removed", "changed"}
        if kind == "remove webhook field":
            assert any(c.kind == "webhook field" for c in leaf)


def _shuffle(node: Any, rnd: random.Random) -> Any:
    if isinstance(node, dict):
        items = list(node.items())
        rnd.shuffle(items)
        return {k: _shuffle(v, rnd) for k, v in items}
    if isinstance(node, list):
        return [_shuffle(v, rnd) for v in node]
    return node


def _cosmetic(node: Any, rnd: random.Random, where: str = "") -> Any:
    """Change what is not contract: descriptions, summaries, examples and x-cinnox-* values."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for k, v in node.items():
            inside_properties = where == "properties"
            if not inside_properties and k in ("description", "summary", "title") and isinstance(v, str):
                out[k] = v[::-1] + " (edited)"
            elif not inside_properties and k in ("example", "examples"):
                out[k] = {"changed": {"value": rnd.random()}} if k == "examples" else rnd.random()
            elif k.startswith("x-cinnox-"):
                out[k] = rnd.choice([None, "changed", {"style": "cursor"}, [1, 2]])
            else:
                out[k] = _cosmetic(v, rnd, k)
        if where in ("get", "post", "patch", "put", "delete") and rnd.random() < 0.5:
            out["x-cinnox-new-extension"] = {"anything": True}
        return out
    if isinstance(node, list):
        if where in ("parameters", "required", "oneOf", "anyOf", "allOf"):
            node = list(node)
            rnd.shuffle(node)
        if where == "enum":
            node = list(node)
            rnd.shuffle(node)
            return node
        return [_cosmetic(v, rnd) for v in node]
    return node


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_reformatted_copies_of_the_spec_are_never_drift(seed: int) -> None:
    rnd = random.Random(seed)
    copy_ = _shuffle(_cosmetic(copy.deepcopy(SPEC), rnd), rnd)
    assert diff_documents(SPEC, copy_) == []


def test_a_json_copy_with_changed_descriptions_and_extensions_is_not_drift(tmp_path: Path) -> None:
    rnd = random.Random(7)
    f = tmp_path / "copy.json"
    f.write_text(json.dumps(_shuffle(_cosmetic(copy.deepcopy(SPEC), rnd), rnd), indent=None, default=str))
    result = cli(str(f))
    assert result.exit_code == 0, result.output
    assert "no drift" in result.stdout
    y = tmp_path / "copy.yaml"
    y.write_text(yaml.safe_dump(_shuffle(copy.deepcopy(SPEC), rnd), default_flow_style=True, width=60))
    assert cli(str(y), "--spec", str(f)).exit_code == 0


def test_a_mutated_spec_file_is_drift_in_the_table_and_the_json(tmp_path: Path) -> None:
    mutated = copy.deepcopy(SPEC)
    sms = mutated["paths"]["/v1/api/apps/{appID}/data/sms-detail"]["get"]
    sms["parameters"] = [p for p in sms["parameters"] if p.get("name") != "smsID"]
    mutated["components"]["schemas"]["SmsDetail"]["properties"]["newField[bold]"] = {"type": "string"}
    f = tmp_path / "mutated.json"
    f.write_text(json.dumps(mutated, default=str))
    result = cli(str(f))
    assert result.exit_code == 1
    assert "query:smsID" in result.stdout and "200 result[].newField[bold]" in result.stdout  # markup escaped
    code, report = cli_json(str(f))
    assert code == 1 and report["source_kind"] == "openapi"
    assert keyed(report["changes"]) == {
        ("parameter", "query:smsID", "removed", None),
        ("response field", "200 result[].newField[bold]", "added", None),
    }
    assert all(
        set(c) == {"operation", "kind", "name", "aspect", "change", "spec", "source"}
        for c in report["changes"]
    )
    assert {c["operation"] for c in report["changes"]} == {SMS}


def test_registry_style_definition_with_server_prefix_and_renamed_path_parameters(tmp_path: Path) -> None:
    """A ReadMe definition: prefix in the server URL, other path parameter names, header parameters."""
    doc = copy.deepcopy(SPEC)
    doc["openapi"] = "3.0.3"
    doc["servers"] = [{"url": "https://examplebaseurl.com/v1/api/apps/{appID}"}]
    new_paths = {}
    for path, item in doc["paths"].items():
        rest = path.removeprefix("/v1/api/apps/{appID}").replace("{EID}", "{staffEid}")
        for op in item.values():
            params = [copy.deepcopy(_resolve(doc, p)) for p in op.get("parameters", [])]
            for p in params:
                if p["name"] == "EID":
                    p["name"] = "staffEid"
            op["parameters"] = [
                *params,
                {"name": "Authorization", "in": "header", "schema": {"type": "string"}},
                {"name": "Content-Type", "in": "header", "schema": {"type": "string"}},
            ]
        new_paths[rest] = item
    doc["paths"] = new_paths
    f = tmp_path / "registry.json"
    f.write_text(json.dumps(doc, default=str))
    result = cli(str(f))
    assert result.exit_code == 0, result.output


# -- unreadable sources: exit 2, one line, no traceback --------------------------------------
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("garbage.bin", bytes(range(256)) * 8),
        ("empty.txt", b""),
        ("blank.txt", b"  \n\n \t\n"),
        ("latin1.txt", "caf\xe9 cr\xe8me".encode("latin-1")),
        (
            "about.html",
            b"<!DOCTYPE html><html><head><title>About</title></head><body><h1>About us</h1><p>We make phones ring.</p></body></html>",
        ),
        ("other.json", b'{"name": "not an API", "paths": {}}'),
        ("list.json", b"[1, 2, 3]"),
        ("config.yaml", b"name: thing\nversion: 3\n"),
        ("prose.txt", b"Dear team,\n\nthe docs changed again. See you on Monday.\n"),
        ("deep.json", b"[" * 100_000 + b"]" * 100_000),
        ("deep.yaml", b"openapi: 3.1.0\npaths: " + b"{a: " * 50_000 + b"1" + b"}" * 50_000),
        ("broken.yaml", b"openapi: 3.1.0\npaths: {\n  /x: [unclosed\n"),
        (
            "badref.yaml",
            b"openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses:\n        '200': {$ref: '#/components/responses/Nope'}\n",
        ),
    ],
)
def test_unreadable_sources_exit_2_with_one_line(tmp_path: Path, name: str, content: bytes) -> None:
    f = tmp_path / name
    f.write_bytes(content)
    result = cli(str(f))
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot compare:"), result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(UnreadableSourceError):
        diff(str(f))


def test_missing_file_and_unreadable_spec_exit_2(tmp_path: Path) -> None:
    result = cli(str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2 and "no such file" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = cli(str(SEED), "--spec", str(SEED))
    assert result.exit_code == 2 and "not an OpenAPI document" in result.stderr
    result = cli(str(tmp_path))
    assert result.exit_code == 2 and "directory" in result.stderr


def test_self_referencing_and_deeply_nested_schemas_do_not_crash(tmp_path: Path) -> None:
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {
            "/v1/api/apps/{appID}/tree": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}
                        }
                    }
                }
            }
        },
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "properties": {
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
                    },
                }
            }
        },
    }
    f = tmp_path / "tree.json"
    f.write_text(json.dumps(doc))
    assert cli(str(f), "--spec", str(f)).exit_code == 0
    nested: dict[str, Any] = {"type": "string"}
    for _ in range(100):
        nested = {"type": "object", "properties": {"a": nested}}
    doc["components"]["schemas"]["Node"] = nested
    f.write_text(json.dumps(doc))
    result = cli(str(f))
    assert result.exit_code == 2 and "nested too deeply" in result.stderr
    recursive = tmp_path / "alias.yaml"
    recursive.write_text(
        "openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses:\n        '200':\n          content:\n            application/json:\n              schema: &s {type: object, properties: {me: *s}}\n"
    )
    result = cli(str(recursive))
    assert result.exit_code == 2 and "Traceback" not in result.stderr


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(st.binary(max_size=400), st.text(max_size=400)), tmp=st.just(None))
def test_arbitrary_content_is_a_report_or_exit_2_never_a_crash(
    tmp_path: Path, content: bytes | str, tmp: None
) -> None:
    f = tmp_path / "any"
    f.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    result = cli(str(f))
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) == 1


# -- URLs, loopback only ----------------------------------------------------------------------
class _Pages(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, bytes, str]]] = {}

    def do_GET(self) -> None:
        status, body, ctype = self.routes.get(self.path, (404, b"not found", "text/plain"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def docs_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)  # loopback only, never through a proxy
    _Pages.routes = {
        "/reference/get-sms-details": (200, SEED.read_bytes(), "text/plain; charset=utf-8"),
        "/api/v1/api-registry/45i1wk2km9l1e4hf": (
            200,
            json.dumps(SPEC, default=str).encode(),
            "application/json",
        ),
        "/broken": (500, b"oops", "text/plain"),
    }
    # Bound and listening once the constructor returns: no wait, no race with the first request.
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_urls_are_fetched_and_their_kind_told_from_content(docs_server: str) -> None:
    result = cli(f"{docs_server}/reference/get-sms-details")
    assert result.exit_code == 0, result.output
    code, report = cli_json(f"{docs_server}/api/v1/api-registry/45i1wk2km9l1e4hf")
    assert (code, report["source_kind"], report["changes"]) == (0, "openapi", [])


@pytest.mark.parametrize(("path", "status"), [("/missing", "404"), ("/broken", "500")])
def test_http_errors_exit_2(docs_server: str, path: str, status: str) -> None:
    result = cli(docs_server + path)
    assert result.exit_code == 2
    assert f"HTTP {status}" in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- subscription pages: the notification table is the webhook payload --------------------------
def test_a_subscription_page_compares_its_notification_table_with_the_webhook(tmp_path: Path) -> None:
    page = DATA / "conference_event_subscription.txt"
    code, report = cli_json(str(page))
    assert (code, report["changes"]) == (0, [])
    assert report["page"]["operation"] == "PATCH /conference-event-sub"
    text = page.read_text()
    text = text.replace("challengeString(Internal Use)\n", "")
    text = text.replace(
        "message.idStringThe Conference ID.\n",
        "message.idStringThe Conference ID.\nmessage.durationNumberSeconds.\n",
    )
    text = text.replace("urlStringThe webhook URL.", "urlsStringThe webhook URLs.")
    f = tmp_path / "sub.txt"
    f.write_text(text)
    code, report = cli_json(str(f))
    assert code == 1
    assert keyed(report["changes"]) == {
        ("webhook field", "challenge", "removed", None),
        ("webhook field", "message.duration", "added", None),
        ("response field", "url", "removed", None),
        ("response field", "urls", "added", None),
    }
    assert {c["operation"] for c in report["changes"] if c["kind"] == "webhook field"} == {
        "WEBHOOK conferenceEvent"
    }


def test_html_whose_header_splits_method_and_url_into_elements(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Get SMS Details | CINNOX</title></head><body>"
        "<header><div><span class='method'>get</span></div>\n<div><span>https://examplebaseURL.com/v1/api/apps/</span> "
        "<span>{appID}</span> <span>/data/sms-detail</span></div></header>"
        "<h2>Response Format</h2><table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>"
        "<tr><td>id</td><td>String</td><td>The unique ID.</td></tr>"
        "<tr><td>brandNew</td><td>Boolean</td><td>Something <b>new</b>.</td></tr></table>"
        "<h2>Query Params</h2><div><div>limit</div><div>int32</div><div>required</div><div>At most 500.</div></div>"
        "</body></html>"
    )
    page = parse_page(f.read_text())
    assert (page.method, page.path) == ("GET", "/v1/api/apps/{appID}/data/sms-detail")
    code, report = cli_json(str(f))
    assert code == 1
    assert report["page"]["operation"] == SMS
    changed = keyed(report["changes"])
    assert ("response field", "brandNew", "added", None) in changed
    assert ("parameter", "query:limit", "changed", "required") in changed
    # the page lists one field: every other field of the spec is reported, no parameter but limit
    assert {c[0] for c in changed} == {"response field", "parameter"}
    query = {e.name for e in operations(SPEC)[SMS].parameters().values() if e.name.startswith("query:")}
    assert {c[1] for c in changed if c[0] == "parameter"} == query
    assert {c[2] for c in changed if c[0] == "parameter" and c[1] != "query:limit"} == {"removed"}


_KEYS = st.sampled_from(
    ["$ref", "type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const", "required", "parameters",
     "name", "in", "schema", "content", "application/json", "responses", "200", "requestBody", "nullable",
     "additionalProperties", "format", "get", "post", "x-cinnox-envelope", "x-cinnox-webhook", "a"]
)  # fmt: skip
_REFS = st.sampled_from(
    ["#/components/schemas/A", "#/components/schemas/B", "#/nope", "#/paths", "other.yaml#/x", "#"]
)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5) | _REFS,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(_KEYS, children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=200, deadline=None)
@given(op=_JSON, schemas=st.dictionaries(st.sampled_from(["A", "B"]), _JSON), hooks=_JSON, params=_JSON)
def test_malformed_documents_are_a_report_or_unreadable_never_a_crash(
    op: Any, schemas: dict[str, Any], hooks: Any, params: Any
) -> None:
    doc = {
        "openapi": "3.1.0",
        "paths": {"/v1/api/apps/{appID}/x/{id}": {"get": op, "parameters": params}, "/y": op},
        "components": {"schemas": schemas},
        "webhooks": {"h": {"post": hooks}},
    }
    try:
        changes = diff_documents(doc, SPEC)
    except UnreadableSourceError:
        return
    assert all(isinstance(c, Change) for c in changes)
    assert diff_documents(doc, copy.deepcopy(doc)) == []


def test_stdin_source() -> None:
    result = runner.invoke(app, ["spec", "diff", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["spec", "diff", "-"], input=b"")
    assert result.exit_code == 2 and "stdin: empty" in result.stderr


def test_page_variants_bullets_broken_rows_and_required_before_type() -> None:
    page = parse_page((DATA / "enquiry_chat_variants.txt").read_text())
    assert page.fields is not None
    assert set(page.fields) == {
        "hid", "roomID", "content", "content.from", "content.from.system", "content.msg", "content.msg.type",
    }  # fmt: skip
    assert [(p.name, p.type, p.required) for p in page.params["query"]] == [
        ("enquiryID", "string", True),
        ("limit", "integer", False),
    ]
