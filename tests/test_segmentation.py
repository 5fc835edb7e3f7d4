"""SMS segmentation: properties (Hypothesis), documented examples, and the reference calculator."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from benchmarks.corpus import corpus
from cinnox_ext.errors import ValidationError
from cinnox_ext.segmentation import (
    GSM_BASIC,
    GSM_EXTENSION,
    MAX_PARTS,
    SegmentCount,
    SegmentedMessage,
    count,
    segment,
    suggest_gsm,
)

from .conftest import require

GSM_ALL = GSM_BASIC | GSM_EXTENSION
REFERENCE = Path(__file__).parent / "reference"

# ----------------------------------------------------------------------------- strategies

gsm_chars = st.sampled_from(sorted(GSM_BASIC))
ext_chars = st.sampled_from(sorted(GSM_EXTENSION))
latin = st.sampled_from(list("áâãçêëíîïóôõúûýÿŁłŒœŠšŽž"))
cjk = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
emoji = st.sampled_from(["😀", "👍", "🎉", "❤️", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇭🇰", "🇯🇵", "👩🏾‍💻", "🫠", "☎"])
combining = st.sampled_from(["e\u0301", "a\u0308\u0323", "\u0301", "\u200d", "\ufe0f", "ก\u0e31", "क\u094dष"])
line_breaks = st.sampled_from(["\r\n", "\n", "\r"])
anything = st.characters(codec="utf-8")

piece = st.one_of(
    gsm_chars, gsm_chars, gsm_chars, ext_chars, latin, cjk, emoji, combining, line_breaks, anything
)
texts = st.lists(piece, max_size=400).map("".join)
gsm_texts = st.lists(st.one_of(gsm_chars, gsm_chars, ext_chars), max_size=500).map("".join)


# ----------------------------------------------------------------------------- an independent oracle


def oracle_pieces(text: str) -> tuple[str, list[str], list[int]]:
    """Encoding, indivisible pieces and their costs, computed the slow obvious way."""
    if all(c in GSM_ALL for c in text):
        return "GSM-7", list(text), [2 if c in GSM_EXTENSION else 1 for c in text]
    pieces: list[str] = []
    for cluster in regex.findall(r"\X", text):
        if cluster == "\r\n":
            pieces += ["\r", "\n"]
        elif len(cluster.encode("utf-16-le")) // 2 > 67:
            pieces += list(cluster)
        else:
            pieces.append(cluster)
    return "UCS-2", pieces, [len(p.encode("utf-16-le")) // 2 for p in pieces]


def minimal_parts(costs: list[int], single: int, multi: int) -> int:
    if sum(costs) <= single:
        return 1
    best = [0] + [10**9] * len(costs)  # best[i]: fewest parts for the first i pieces
    for end in range(1, len(costs) + 1):
        size = 0
        for start in range(end - 1, -1, -1):
            size += costs[start]
            if size > multi:
                break
            best[end] = min(best[end], best[start] + 1)
    return best[-1]


def sizes_of(encoding: str, part: str) -> int:
    if encoding == "GSM-7":
        return sum(2 if c in GSM_EXTENSION else 1 for c in part)
    return len(part.encode("utf-16-le")) // 2


# ----------------------------------------------------------------------------- properties


@settings(max_examples=400, deadline=None)
@given(texts)
@example("")
@example("a" * 161)
@example("€" * 80 + "a")
@example("x" * 66 + "👨‍👩‍👧‍👦" * 3)
@example("e" + "\u0301" * 100)
@example("b" + "\u0301" * 200 + "🇭🇰" * 50 + "x" + "👨‍👩‍👧‍👦" * 30)
@example("Δ€b中")  # the first character outside the basic alphabet is GSM, a later one is not
@example("Δ" * 100 + "{" + "Δ" * 100)
def test_segmentation_properties(text: str) -> None:
    check_against_the_oracle(text)


ascii_gsm_texts = st.lists(
    st.one_of(
        st.sampled_from(sorted(c for c in GSM_BASIC if c.isascii())),
        st.sampled_from(sorted(c for c in GSM_EXTENSION if c.isascii())),
    ),
    max_size=500,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(gsm_texts, ascii_gsm_texts))
@example("a" * 152 + "€" + "a" * 10)
@example("a" * 152 + "{" + "a" * 200)
@example("Δ" * 152 + "€" * 80)
@example("{" * 77 + "a" * 153)
def test_gsm_cuts_on_the_septet_stream_agree_with_the_oracle(text: str) -> None:
    """GSM text (ASCII or not) with extension characters, cut on its septet stream."""
    check_against_the_oracle(text)


def check_against_the_oracle(text: str) -> None:
    m = segment(text)
    # what segment() builds without __init__ is what the public constructor builds
    built = SegmentedMessage(m.encoding, m.segments, m.segment_sizes)
    assert built == m and repr(built) == repr(m)
    encoding, pieces, costs = oracle_pieces(text)
    # joined parts equal the input
    assert "".join(m.segments) == text
    # GSM-7 iff every character is GSM
    assert m.encoding == encoding
    # every part within its capacity, and the sizes reported are right
    single, multi = (160, 153) if encoding == "GSM-7" else (70, 67)
    capacity = single if m.segment_count == 1 else multi
    assert [sizes_of(encoding, p) for p in m.segments] == m.segment_sizes
    assert all(size <= capacity for size in m.segment_sizes)
    # minimal (greedy is optimal)
    assert m.segment_count == minimal_parts(costs, single, multi)
    # parts end on piece boundaries: no escape pair, surrogate pair or grapheme cluster is split
    boundaries = {0}
    position = 0
    for p in pieces:
        position += len(p)
        boundaries.add(position)
    position = 0
    for part in m.segments:
        position += len(part)
        assert position in boundaries
        part.encode("utf-16-le").decode("utf-16-le")  # no lone surrogate
    # non-GSM characters: in order of first appearance, no repeats, none of them GSM
    assert len(m.non_gsm_characters) == len(set(m.non_gsm_characters))
    assert all(c not in GSM_ALL for c in m.non_gsm_characters)
    assert (m.non_gsm_characters == []) == (encoding == "GSM-7")
    clusters = [c for g in regex.findall(r"\X", text) for c in (g if g == "\r\n" else (g,))]
    assert m.non_gsm_characters == [c for c in dict.fromkeys(clusters) if c not in GSM_ALL]


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, gsm_texts, st.text(max_size=2000)))
@example("")
@example("€" * 81)
@example("a" * 153 * 3)
@example("😀" * 36)
@example("x" * 66 + "👨‍👩‍👧‍👦" * 3)
@example("e" + "\u0301" * 300)
def test_count_always_agrees_with_segment(text: str) -> None:
    m, c = segment(text), count(text)
    assert c == SegmentCount(m.encoding, m.segment_count, m.units)
    assert isinstance(c.parts, int) and isinstance(c.units, int)


def test_count_api() -> None:
    assert count("a" * 161) == SegmentCount("GSM-7", 2, 161)
    assert count("€" * 81) == SegmentCount("GSM-7", 2, 162)
    assert count("中" * 71) == SegmentCount("UCS-2", 2, 71)
    assert count("😀" * 36) == SegmentCount("UCS-2", 2, 72)
    assert count("") == SegmentCount("GSM-7", 1, 0)
    # the largest sendable texts, and one part more
    assert count("a" * 153 * MAX_PARTS).parts == MAX_PARTS == 255
    assert count("a" * (153 * MAX_PARTS + 1)).parts == MAX_PARTS + 1
    assert count("中" * 67 * MAX_PARTS).parts == MAX_PARTS
    c = count("hello")
    with pytest.raises(AttributeError):
        c.parts = 3  # type: ignore[misc]


@settings(max_examples=200, deadline=None)
@given(gsm_texts, st.sampled_from(["é", "中", "😀", "ç", "\u0301", "ŵ"]), st.data())
def test_adding_a_non_gsm_character_never_lowers_the_count(
    text: str, extra: str, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(text)))
    changed = text[:at] + extra + text[at:]
    assert segment(changed).segment_count >= segment(text).segment_count


@settings(max_examples=200, deadline=None)
@given(gsm_texts)
def test_gsm_text_counts_septets(text: str) -> None:
    m = segment(text)
    septets = len(text) + sum(c in GSM_EXTENSION for c in text)
    assert m.encoding == "GSM-7" and m.units == septets
    if not any(c in GSM_EXTENSION for c in text):
        assert m.segment_count == (1 if septets <= 160 else -(-septets // 153))


# ----------------------------------------------------------------------------- documented examples


def test_cinnox_documented_examples() -> None:
    english = segment("a" * 161)
    assert (english.encoding, [len(s) for s in english.segments]) == ("GSM-7", [153, 8])
    chinese = segment("中" * 71)
    assert (chinese.encoding, [len(s) for s in chinese.segments]) == ("UCS-2", [67, 4])
    assert segment("a" * 160).segment_count == 1
    assert segment("中" * 70).segment_count == 1
    # "1 non-English character is regarded as non-English text"
    mixed = segment("a" * 100 + "中")
    assert mixed.encoding == "UCS-2" and mixed.segment_count == 2 and mixed.non_gsm_characters == ["中"]


def test_carrier_details_the_docs_leave_out() -> None:
    assert segment("€" * 80).segment_count == 1  # 160 septets
    assert segment("€" * 81).segment_sizes == [152, 10]  # the escape pair is not split at 153
    assert segment("😀" * 35).segment_count == 1 and segment("😀" * 36).segment_sizes == [66, 6]
    assert segment("\r\n" * 80).segment_count == 1 and segment("\r\n" * 81).segment_count == 2
    flags = segment("🇭🇰" * 20)
    assert all(len(p) % 2 == 0 for p in flags.segments)  # regional-indicator pairs stay whole
    assert segment("").segments == [""] and segment("").segment_count == 1


@pytest.mark.parametrize(
    "bad", [b"bytes", None, 123, 1.5, ["a"], "\ud800", "ok \udfff", "中" * 80 + "\ud83d"]
)
def test_bad_input_is_a_validation_error(bad: object) -> None:
    for entry in (segment, count):
        with pytest.raises(ValidationError):
            entry(bad)  # type: ignore[arg-type]


def test_suggest_gsm_reports_what_it_saves() -> None:
    text = "“Your order” – shipped… ‘today’" * 4
    s = suggest_gsm(text)
    assert s.original.encoding == "UCS-2" and s.suggested.encoding == "GSM-7"
    assert s.saves == s.original.segment_count - s.suggested.segment_count > 0
    assert s.replaced["“"] == '"' and s.replaced["…"] == "..."
    assert s.text == segment(s.text).text
    plain = suggest_gsm("already GSM")
    assert plain.saves == 0 and plain.replaced == {}
    cjk = suggest_gsm("中文")
    assert cjk.suggested.encoding == "UCS-2" and cjk.saves == 0


# ----------------------------------------------------------------------------- the reference


def run_reference(texts: list[str]) -> list[tuple[str, int]]:
    require(shutil.which("node") is not None, "Node.js is not installed")
    require(
        (REFERENCE / "node_modules" / "sms-segments-calculator").is_dir(),
        "run `npm ci --prefix tests/reference`",
    )
    out = subprocess.run(
        ["node", "segments.js"],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=REFERENCE,
        check=True,
        timeout=600,
    )
    return [tuple(r) for r in json.loads(out.stdout)["results"]]


def test_agrees_with_the_reference_calculator() -> None:
    texts = corpus(4000, seed=7)
    reference = run_reference(texts)
    ours = [(m.encoding, m.segment_count) for m in map(segment, texts)]
    mismatches = [(t, o, r) for t, o, r in zip(texts, ours, reference, strict=True) if o != r]
    assert not mismatches, mismatches[:5]
    assert {e for e, _ in ours} == {"GSM-7", "UCS-2"} and max(n for _, n in ours) >= 4


@settings(max_examples=1, deadline=None)
@given(
    st.lists(
        texts.filter(lambda t: all(len(c.encode("utf-16-le")) <= 134 for c in regex.findall(r"\X", t))),
        min_size=300,
        max_size=300,
    )
)
def test_agrees_with_the_reference_on_generated_text(batch: list[str]) -> None:
    """Hypothesis text in one batch (one Node run). Clusters longer than a part are left out: the
    reference puts them in one oversized part, which no carrier can send (see the module docs)."""
    reference = run_reference(batch)
    ours = [(m.encoding, m.segment_count) for m in map(segment, batch)]
    assert ours == reference


# ----------------------------------------------------------------------------- import cost

_IMPORT_PROBE = """
import importlib.util, json, sys, time
from pathlib import Path
root = Path(sys.argv[1])
# The package without its __init__ (owned by the client layer): what this module itself imports.
spec = importlib.util.spec_from_file_location(
    "cinnox_ext", root / "__init__.py", submodule_search_locations=[str(root)]
)
sys.modules["cinnox_ext"] = importlib.util.module_from_spec(spec)
before = set(sys.modules)
start = time.perf_counter()
import cinnox_ext.segmentation as s
elapsed = time.perf_counter() - start
loaded = sorted(set(sys.modules) - before)
s.segment("plain GSM text")
s.count("a" * 500)
after_gsm = sorted(set(sys.modules) - before)
s.segment("中文" * 80)
print(json.dumps({"loaded": loaded, "after_gsm": after_gsm, "after_ucs2": sorted(set(sys.modules) - before),
                  "seconds": elapsed}))
"""


def test_importing_segmentation_is_cheap() -> None:
    """Neither httpx nor the generated models, and ``regex`` only once UCS-2 text needs clusters."""
    root = Path(__file__).resolve().parent.parent / "cinnox_ext"
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE, str(root)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found = json.loads(out.stdout)
    heavy = ("httpx", "cinnox_generated", "regex", "cinnox_ext._client", "cinnox_ext.models")
    for name in found["loaded"] + found["after_gsm"]:
        assert not name.startswith(heavy), name
    assert "regex" in found["after_ucs2"]  # the probe itself works: UCS-2 splitting loads it


_CLI_PROBE = """
import contextlib, io, json, sys
from cinnox_ext.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        main(["segments", sys.argv[1]])
    except SystemExit as e:
        code = e.code
print(json.dumps({"code": code, "out": out.getvalue(), "errors": "cinnox_ext.errors" in sys.modules,
                  "heavy": sorted(m for m in sys.modules if m.split(".")[0] in ("httpx", "typer", "rich"))}))
"""


def test_cli_segments_imports_the_errors_module_only_to_report_one() -> None:
    def probe(text: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", _CLI_PROBE, text], capture_output=True, text=True, check=True, timeout=120
        )
        result: dict[str, object] = json.loads(done.stdout)
        return result

    ok = probe("Your code is 1234 €5 😀")
    assert ok["code"] == 0 and "UCS-2, 1 part(s)" in str(ok["out"])
    assert ok["errors"] is False and ok["heavy"] == []
    bad = probe("\udcff")  # a lone surrogate (an undecodable byte in argv): refused, exit 2
    assert bad["code"] == 2 and bad["errors"] is True


def test_the_stdlib_precheck_covers_every_cluster_forming_code_point() -> None:
    """``_may_join`` (unicodedata, no ``regex`` import) must say yes for every code point the
    ``regex`` class says can join a grapheme cluster, or ``non_gsm_characters`` would split one."""
    from cinnox_ext.segmentation import _may_join, _unicode_patterns

    former = _unicode_patterns()[0]
    missed = [
        hex(cp)
        for cp in range(0x110000)
        if not 0xD800 <= cp <= 0xDFFF and former.match(chr(cp)) and not _may_join(chr(cp))
    ]
    assert missed == []
    # the pair rule tells ZWJ (GB11) apart by the one code point of Grapheme_Cluster_Break=ZWJ
    everything = "".join(chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF)
    assert regex.findall(r"\p{Grapheme_Cluster_Break=ZWJ}", everything) == ["\u200d"]
    assert not _may_join("Your code is 1234 €5 😀 你好")
    assert _may_join("🇭🇰") and _may_join("👍🏽") and _may_join("e\u0301")


# Characters for every pair rule of UAX #29 that the cut checks take shortcuts around: Prepend,
# Hangul jamo and syllables, Indic consonants and viramas, pictographs, ZWJ, skin tones, regional
# indicators, variation selectors, controls and CR LF, next to plain ASCII, CJK and GSM extension
# characters.
cluster_chars = st.sampled_from(
    list("ab \r\n\u0600\u0605\u0d4e\u1100\u1161\u11a8가각\u0915\u0937\u094d\u093c\u0301\u200d")
    + list("\ufe0f\u0903\u0e31\u0e01€^中©😀👍🏽👨👩👧🌈🏳❤✈🇭🇰🇯🇵\x00\u200b")
)
cluster_texts = st.lists(
    st.one_of(cluster_chars, cluster_chars, cluster_chars, emoji, combining, anything)
).map("".join)


@settings(max_examples=600, deadline=None)
@given(cluster_texts)
@example("\u0600a")
@example("🇭🇰🇭🇰🇭")
@example("\u0915\u094d\u0937")
@example("\u1100가")
@example("👨\u200d👩\u200d👧x")
def test_the_cut_shortcuts_agree_with_grapheme_clusters(text: str) -> None:
    """The pair rule (a cut whose neighbours make it a sure boundary is never checked further) and
    the window search behind it (clusters found from the nearest sure boundary, memoised by
    window) against the clusters of the whole text, at every position of random text."""
    from cinnox_ext.segmentation import _cut_before, _joins

    bounds = [0]
    for cluster in regex.findall(r"\X", text):
        bounds += [bounds[-1] + 1, bounds[-1] + 2] if cluster == "\r\n" else [bounds[-1] + len(cluster)]
    allowed = set(bounds)
    for cut in range(1, len(text)):
        if not _joins(text, cut):
            assert cut in allowed, (text, cut)
            continue
        for start in {0, max(0, cut - 3), cut - 1}:
            expected = max(b for b in allowed if b <= cut)
            got = _cut_before(text, start, cut, [])
            assert got == (expected if expected > start else cut), (text, start, cut)


def test_extension_characters_are_told_apart_by_their_low_byte() -> None:
    """GSM text with extension characters is cut on one byte per character: the low byte of its
    UTF-16 unit. That is only right while no GSM character outside the extension table shares a
    low byte with one inside it."""
    from cinnox_ext.segmentation import _EXTENSION_MARKS, _extension_marks

    for c in GSM_ALL:
        assert ord(c) < 0x10000 and _EXTENSION_MARKS[ord(c) & 0xFF] == (c in GSM_EXTENSION), repr(c)
    text = "".join(sorted(GSM_ALL))
    assert _extension_marks(text) == bytes(int(c in GSM_EXTENSION) for c in text)


def test_value_classes_behave_like_frozen_attrs_classes() -> None:
    import copy
    import pickle

    m = segment("a" * 200)
    c = count("a" * 200)
    for value in (m, c, suggest_gsm("“hi”")):
        assert pickle.loads(pickle.dumps(value)) == value == copy.deepcopy(value)
        with pytest.raises(AttributeError):
            setattr(value, "text", "x")  # noqa: B010
    assert hash(c) == hash(count("a" * 200)) and c != ("GSM-7", 2, 200)
    assert repr(c) == "SegmentCount(encoding='GSM-7', parts=2, units=200)"
    match c:
        case SegmentCount(encoding, parts, units):
            assert (encoding, parts, units) == ("GSM-7", 2, 200)
