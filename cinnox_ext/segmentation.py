"""SMS segmentation: how many billed parts a text becomes, and exactly where it is split.

CINNOX documents the rule as "160 English characters (153 per part when split), 70 non-English (67
per part); one non-English character makes the whole message non-English". In carrier terms that
is GSM 03.38 versus UCS-2, and this module applies the carrier rules the documentation leaves out:

- GSM-7 is used when every character is in the GSM 03.38 default alphabet or its extension table.
  Extension characters (``^ { } \\ [ ~ ] | €`` and form feed) cost two septets (escape + char) and an
  escape pair is never split across parts. One part holds 160 septets; parts of a concatenated
  message hold 153 (the rest of the 140 octets carries the concatenation header).
- Otherwise UCS-2, counted in UTF-16 code units (an emoji outside the BMP costs 2): 70 in one part,
  67 per part when concatenated. A part never ends inside a surrogate pair or a grapheme cluster
  (flags, skin tones, ZWJ sequences, combining marks). ``"\\r\\n"`` counts as two characters.
- Parts are filled greedily, which is optimal here (every unit costs the same slot size), and the
  joined parts always equal the input.

The reference is Twilio's message-segment-calculator (auto encoding, smart encoding off); the
differential test and ``nox -s bench`` compare against it. One deliberate difference: a single
grapheme cluster longer than a whole part (e.g. dozens of stacked combining marks) is split between
code points here, because a part above capacity cannot be sent; the reference puts it in one
oversized part.

Speed matters because the CLI and bulk sends segment every text: all-GSM text and text without
cluster-forming characters take C-speed paths (regex checks and slicing); only text with combining
marks, ZWJ, regional indicators and the like is split into grapheme clusters.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, Final, Literal

import attrs

if TYPE_CHECKING:
    import regex

__all__ = [
    "GSM_BASIC",
    "GSM_EXTENSION",
    "GsmSuggestion",
    "SegmentedMessage",
    "segment",
    "suggest_gsm",
]

Encoding = Literal["GSM-7", "UCS-2"]

#: The GSM 03.38 default alphabet (without the escape code itself).
GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: The extension table: each costs two septets (escape + character).
GSM_EXTENSION: Final = frozenset("\f^{}\\[~]|€")

GSM_ALL: Final = GSM_BASIC | GSM_EXTENSION

SINGLE_GSM: Final = 160
MULTI_GSM: Final = 153
SINGLE_UCS2: Final = 70
MULTI_UCS2: Final = 67


def _char_class(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


_GSM_CLASS = _char_class(GSM_ALL)
# Plain character classes run fastest in the standard library's engine; ``regex`` is used only for
# what ``re`` lacks (grapheme clusters and Unicode properties).
_ALL_GSM = re.compile(f"[{_GSM_CLASS}]*")
_NON_GSM = re.compile(f"[^{_GSM_CLASS}]")
_EXTENSION = re.compile(f"[{_char_class(GSM_EXTENSION)}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@cache
def _unicode_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(cluster-forming characters, a grapheme cluster), imported and compiled on first use: only
    text that is not GSM-7 needs them, and they are most of this module's import time.

    The first class holds the characters that can join a neighbour into one grapheme cluster
    (UAX #29). Text without any of them has one cluster per code point, so it can be sliced without
    segmenting clusters. (Hangul syllables LV/LVT join only with a following V/T jamo, which are in
    the class.)
    """
    import regex

    former = regex.compile(
        r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}"
        r"\p{Grapheme_Cluster_Break=SpacingMark}\p{Grapheme_Cluster_Break=Prepend}"
        r"\p{Grapheme_Cluster_Break=Regional_Indicator}\p{Grapheme_Cluster_Break=L}"
        r"\p{Grapheme_Cluster_Break=V}\p{Grapheme_Cluster_Break=T}]"
    )
    return former, regex.compile(r"\X")


@attrs.frozen
class SegmentedMessage:
    """The parts a text is sent as, and why.

    Attributes:
        encoding: ``"GSM-7"`` or ``"UCS-2"``.
        segments: the text of each part, in order; ``"".join(segments)`` is the input.
        non_gsm_characters: the characters (grapheme clusters) that forced UCS-2, in order of first
            appearance, without repeats; empty for GSM-7.
        segment_sizes: each part's size in its encoding's units (septets or UTF-16 code units).
    """

    encoding: Encoding
    segments: list[str]
    non_gsm_characters: list[str]
    segment_sizes: list[int]

    @property
    def segment_count(self) -> int:
        return len(self.segments)

    @property
    def units(self) -> int:
        """Total size: septets for GSM-7, UTF-16 code units for UCS-2."""
        return sum(self.segment_sizes)

    @property
    def part_capacity(self) -> int:
        """Units per part: 160/70 when the text fits one part, 153/67 per part otherwise."""
        single, multi = (SINGLE_GSM, MULTI_GSM) if self.encoding == "GSM-7" else (SINGLE_UCS2, MULTI_UCS2)
        return single if self.segment_count == 1 else multi

    @property
    def text(self) -> str:
        return "".join(self.segments)


def _weighted_slices(
    text: str, heavy: re.Pattern[str], single: int, multi: int
) -> tuple[list[str], list[int]]:
    """Parts of text whose characters cost 1, or 2 where ``heavy`` matches (GSM extension characters;
    astral code points in UCS-2). The cost of ``text[i:j]`` is ``j - i`` plus the heavy positions in
    between, so each cut is a binary search over positions, not a walk over characters."""
    positions = [m.start() for m in heavy.finditer(text)]
    n = len(text)
    if n + len(positions) <= single:
        return [text], [n + len(positions)]
    parts, sizes = [], []
    i = k = 0  # k: heavy positions before i
    while i < n:
        lo, hi = i + 1, min(n, i + multi)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid - i + bisect_left(positions, mid) - k <= multi:
                lo = mid
            else:
                hi = mid - 1
        kj = bisect_left(positions, lo)
        parts.append(text[i:lo])
        sizes.append(lo - i + kj - k)
        i, k = lo, kj
    return parts, sizes


def _slice(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _gsm(text: str) -> SegmentedMessage:
    if not _EXTENSION.search(text):
        if len(text) <= SINGLE_GSM:
            return SegmentedMessage("GSM-7", [text], [], [len(text)])
        parts = _slice(text, MULTI_GSM)
        return SegmentedMessage("GSM-7", parts, [], [len(p) for p in parts])
    parts, sizes = _weighted_slices(text, _EXTENSION, SINGLE_GSM, MULTI_GSM)
    return SegmentedMessage("GSM-7", parts, [], sizes)


def _graphemes(text: str) -> list[str]:
    """Grapheme clusters, with ``"\\r\\n"`` counted as two characters (as carriers and Twilio do)."""
    clusters: list[str] = _unicode_patterns()[1].findall(text)
    if "\r\n" in text:
        clusters = [c for cluster in clusters for c in (cluster if cluster == "\r\n" else (cluster,))]
    return clusters


def _ucs2(text: str) -> SegmentedMessage:
    if not _unicode_patterns()[0].search(text):
        # One cluster per code point: the non-GSM characters are code points, and the text can be
        # sliced directly (astral characters cost two UTF-16 units).
        non_gsm = list(dict.fromkeys(_NON_GSM.findall(text)))
        if _ASTRAL.search(text):
            parts, sizes = _weighted_slices(text, _ASTRAL, SINGLE_UCS2, MULTI_UCS2)
            return SegmentedMessage("UCS-2", parts, non_gsm, sizes)
        if len(text) <= SINGLE_UCS2:
            return SegmentedMessage("UCS-2", [text], non_gsm, [len(text)])
        parts = _slice(text, MULTI_UCS2)
        return SegmentedMessage("UCS-2", parts, non_gsm, [len(p) for p in parts])
    pieces = _graphemes(text)
    non_gsm = [g for g in dict.fromkeys(pieces) if g not in GSM_ALL]
    # Allowed cuts are cluster boundaries (code point offsets); the UTF-16 size of text[a:b] is
    # b - a plus the astral code points in between, counted by bisection over their positions.
    bounds = list(accumulate(map(len, pieces), initial=0))
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    n = len(text)

    def units(a: int, b: int) -> int:
        return b - a + bisect_left(astral, b) - bisect_left(astral, a)

    if units(0, n) <= SINGLE_UCS2:
        return SegmentedMessage("UCS-2", [text], non_gsm, [units(0, n)])
    parts, sizes = [], []
    i = k = 0  # k: index of the boundary at i
    while i < n:
        lo, hi = k + 1, min(len(bounds) - 1, k + MULTI_UCS2)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if units(i, bounds[mid]) <= MULTI_UCS2:
                lo = mid
            else:
                hi = mid - 1
        j = bounds[lo]
        if units(i, j) > MULTI_UCS2:
            # The cluster at i alone is longer than a part and cannot be sent whole: cut it
            # between code points (never inside a surrogate pair: these are code points).
            j = i + 1
            while units(i, j + 1) <= MULTI_UCS2:
                j += 1
            bounds.insert(k + 1, j)
            lo = k + 1
        parts.append(text[i:j])
        sizes.append(units(i, j))
        i, k = j, lo
    return SegmentedMessage("UCS-2", parts, non_gsm, sizes)


def segment(text: str) -> SegmentedMessage:
    """Split ``text`` into SMS parts as a carrier would (see the module docstring for the rules).

    >>> segment("a" * 161).segment_count
    2
    >>> segment("短" * 71).segments[1]
    '短短短短'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if _ALL_GSM.fullmatch(text):
        return _gsm(text)
    return _ucs2(text)


# ---------------------------------------------------------------------------------------------
# Look-alike replacement ("smart encoding"): one curly quote can triple the price of a message.

_LOOKALIKES: Final[dict[str, str]] = {
    # quotes and apostrophes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u00b4": "'", "\u0060": "'", "\uff07": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\uff02": '"',
    # dashes and minus signs
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00ad": "",
    # spaces
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ", "\u200b": "", "\ufeff": "",
    # punctuation and symbols
    "\u2026": "...", "\u2022": "-", "\u00b7": ".", "\u2039": "<", "\u203a": ">", "\u00f7": "/",
    "\u2044": "/", "\u00bc": "1/4", "\u00bd": "1/2", "\u00be": "3/4", "\u2122": "TM",
    "\u00a9": "(C)", "\u00ae": "(R)", "\uff0c": ",", "\uff1a": ":", "\uff1b": ";", "\uff01": "!",
    "\uff1f": "?", "\u2028": "\n", "\u2029": "\n",
    # accented Latin letters outside GSM 03.38 (the default alphabet has é è ù ì ò à É Ç only)
    "\u00e1": "a", "\u00e2": "a", "\u00e3": "a", "\u00c0": "A", "\u00c1": "A", "\u00c2": "A",
    "\u00c3": "A", "\u00e7": "Ç", "\u00ea": "e", "\u00eb": "e", "\u00c8": "E", "\u00ca": "E",
    "\u00cb": "E", "\u00ed": "i", "\u00ee": "i", "\u00ef": "i", "\u00cc": "I", "\u00cd": "I",
    "\u00ce": "I", "\u00cf": "I", "\u00f3": "o", "\u00f4": "o", "\u00f5": "o", "\u00d2": "O",
    "\u00d3": "O", "\u00d4": "O", "\u00d5": "O", "\u00fa": "u", "\u00fb": "u", "\u00d9": "U",
    "\u00da": "U", "\u00db": "U", "\u00fd": "y", "\u00ff": "y", "\u00dd": "Y",
}  # fmt: skip
_LOOKALIKE_TABLE: Final = str.maketrans(_LOOKALIKES)


@attrs.frozen
class GsmSuggestion:
    """What replacing look-alike characters by GSM equivalents would change.

    ``text`` is the rewritten text; ``replaced`` maps each replaced character to its replacement;
    ``saves`` is how many parts (per recipient) the rewrite saves, 0 if it does not help.
    """

    original: SegmentedMessage
    suggested: SegmentedMessage
    text: str
    replaced: dict[str, str]

    @property
    def saves(self) -> int:
        return self.original.segment_count - self.suggested.segment_count


def suggest_gsm(text: str) -> GsmSuggestion:
    """Replace curly quotes, dashes, ellipses, non-breaking spaces … by GSM look-alikes.

    The suggestion is advice: nothing is sent, and the caller decides whether the rewritten text
    still says what it should.
    """
    original = segment(text)
    rewritten = text.translate(_LOOKALIKE_TABLE)
    replaced = {c: _LOOKALIKES[c] for c in dict.fromkeys(text) if c in _LOOKALIKES}
    suggested = original if rewritten == text else segment(rewritten)
    return GsmSuggestion(original, suggested, rewritten, replaced)
