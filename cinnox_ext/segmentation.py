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

Speed matters because the CLI and bulk sends segment every text: GSM text is counted and cut with
C-level regex and ``bytes`` operations (one ``bytes.count`` a part); UCS-2 cuts are UTF-16 offsets,
kept when their two neighbours make them a sure grapheme cluster boundary (:func:`_kind`); only
the other cuts — inside emoji sequences, flags, combining marks — are looked at with grapheme
clusters, in a short window before the cut, never over the whole text (unless a single cluster
runs longer than the window).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import accumulate, pairwise

TYPE_CHECKING = False  # not typing's: importing typing would cost `cinnox segments` ~10 ms
if TYPE_CHECKING:
    from typing import ClassVar, Final, Literal, dataclass_transform

    import regex

    Encoding = Literal["GSM-7", "UCS-2"]
else:

    def dataclass_transform(**_: object) -> object:
        return lambda cls: cls


__all__ = [
    "GSM_BASIC",
    "GSM_EXTENSION",
    "MAX_PARTS",
    "GsmSuggestion",
    "SegmentCount",
    "SegmentedMessage",
    "count",
    "segment",
    "suggest_gsm",
]

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
#: A concatenated SMS has at most 255 parts: the part counter in its user data header is one byte.
MAX_PARTS: Final = 255

# GSM-7 detection and septet counting run in C: ASCII text through ``bytes.translate`` (delete the
# GSM characters; anything left is not GSM), other text through compiled ``re`` classes.
_ASCII_GSM: Final = bytes(sorted(ord(c) for c in GSM_ALL if c.isascii()))
# Deleting every byte but the extension characters from ASCII text leaves one byte per extension
# character.
_NOT_ASCII_EXTENSION: Final = bytes(b for b in range(256) if chr(b) not in GSM_EXTENSION)
# Extension characters by the low byte of their UTF-16 unit, for GSM text only ("€" is U+20AC; no
# other GSM character shares a low byte with an extension character, which a test checks).
_EXTENSION_LOW_BYTES: Final = frozenset(ord(c) & 0xFF for c in GSM_EXTENSION)
_EXTENSION_MARKS: Final = bytes(int(b in _EXTENSION_LOW_BYTES) for b in range(256))
_HIGH_SURROGATE_MARKS: Final = bytes(int(0xD8 <= b <= 0xDB) for b in range(256))
_NON_GSM: Final = re.compile("[^" + "".join(re.escape(c) for c in sorted(GSM_ALL)) + "]")
_NON_BASIC: Final = re.compile("[^" + "".join(re.escape(c) for c in sorted(GSM_BASIC)) + "]")


def _utf16_units(text: str) -> int:
    return len(_utf16(text)) >> 1


def _utf16(text: str) -> bytes:
    try:
        return text.encode("utf-16-le")
    except UnicodeEncodeError:
        from .errors import ValidationError  # here: `cinnox segments` starts without the module

        raise ValidationError(
            "text contains a lone surrogate (half of a UTF-16 pair), which no SMS can carry"
        ) from None


def _check(text: object) -> str:
    if not isinstance(text, str):
        from .errors import ValidationError

        raise ValidationError(f"text must be a str, got {type(text).__name__}")
    return text


def _septets(text: str) -> tuple[int, bytes | None] | None:
    """Septets of ``text`` in GSM-7 and, when it has extension characters outside ASCII, its
    extension marks (:func:`_extension_marks`, computed on the way); ``None`` when it needs UCS-2."""
    if text.isascii():
        data = text.encode("ascii")
        if data.translate(None, _ASCII_GSM):
            return None
        return len(data) + len(data.translate(None, _NOT_ASCII_EXTENSION)), None
    found = _NON_BASIC.search(text)  # one pass for GSM text without extension characters
    if found is None:
        return len(text), None
    if found.group() not in GSM_EXTENSION or _NON_GSM.search(text, found.end()):
        return None
    marks = _extension_marks(text)
    return len(text) + marks.count(1), marks


def _extension_marks(text: str) -> bytes:
    """GSM text as one byte per character: 1 for an extension character, else 0. GSM text is all in
    the BMP, and the low byte of each UTF-16 unit tells the extension characters apart."""
    low = text.encode("ascii") if text.isascii() else text.encode("utf-16-le")[0::2]
    return low.translate(_EXTENSION_MARKS)


@cache
def _unicode_patterns() -> tuple[regex.Pattern[str], ...]:
    """(cluster-forming character, grapheme cluster, Prepend, Indic consonant or Hangul syllable,
    pictograph), imported and compiled on first use: only UCS-2 text split into several parts
    needs them.

    The first class holds the characters that can join a neighbour into one grapheme cluster
    (UAX #29: Extend, ZWJ, SpacingMark, Prepend, Regional_Indicator and the Hangul jamo L, V, T).
    Between two code points neither of which is in it there is always a cluster boundary, whatever
    comes before or after (the rules that look further — regional-indicator pairs, emoji ZWJ
    sequences, Indic conjuncts — all chain through members of the class). Outside it, a rule can
    still attach a character to a cluster-forming one before it only if the character is a Hangul
    syllable after a jamo (GB6), an Indic consonant after a virama sequence (GB9c) or a pictograph
    after ZWJ (GB11), and anything after Prepend (GB9b). So a cut can be checked by looking at its
    two neighbours (see ``_KINDS``), and clusters need to be found only from the nearest sure
    boundary.
    """
    import regex

    former = (
        r"[\p{Grapheme_Cluster_Break=Extend}\p{Grapheme_Cluster_Break=ZWJ}"
        r"\p{Grapheme_Cluster_Break=SpacingMark}\p{Grapheme_Cluster_Break=Prepend}"
        r"\p{Grapheme_Cluster_Break=Regional_Indicator}\p{Grapheme_Cluster_Break=L}"
        r"\p{Grapheme_Cluster_Break=V}\p{Grapheme_Cluster_Break=T}]"
    )
    continued = (
        r"[\p{Indic_Conjunct_Break=Consonant}\p{Grapheme_Cluster_Break=LV}"
        r"\p{Grapheme_Cluster_Break=LVT}]"
    )
    return (
        regex.compile(former),
        regex.compile(r"\X"),
        regex.compile(r"\p{Grapheme_Cluster_Break=Prepend}"),
        regex.compile(continued),
        regex.compile(r"\p{Extended_Pictographic}"),
    )


# How far back from a cut to look for a sure cluster boundary before analysing the whole text.
_WINDOW: Final = 64

# Each character's part in the pair rule, as two 5-bit masks: ``kind & 31`` as the left neighbour
# of a cut (1 not cluster-forming, 3 cluster-forming, 11 ZWJ, 15 Prepend) and ``kind >> 5`` as the
# right one (4 plain, 8 pictograph, 2 Indic consonant or Hangul syllable, 1 cluster-forming). A
# cut is a sure cluster boundary when the masks share no bit: both neighbours not
# cluster-forming; or a cluster-forming character other than Prepend followed by a plain
# character, or by a pictograph unless it is ZWJ.
_KINDS: dict[str, int] = {}
_ZWJ: Final = "\u200d"  # the one character of Grapheme_Cluster_Break=ZWJ


def _kind(ch: str) -> int:
    """The pair-rule kind of ``ch`` (see ``_KINDS``), memoised in a bounded table (a few thousand
    distinct characters)."""
    found = _KINDS.get(ch)
    if found is None:
        former, _, prepend, continued, pictograph = _unicode_patterns()
        if former.match(ch):
            left = 15 if prepend.match(ch) else 11 if ch == _ZWJ else 3
            found = left | 1 << 5
        else:
            right = 2 if continued.match(ch) else 8 if pictograph.match(ch) else 4
            found = 1 | right << 5
        if len(_KINDS) < 4096:
            _KINDS[ch] = found
    return found


def _joins(text: str, cut: int) -> bool:
    """May a grapheme cluster span ``cut``? ``False`` means ``cut`` is a cluster boundary; ``True``
    that the clusters around it must be found."""
    get = _KINDS.get
    a, b = get(text[cut - 1]), get(text[cut])
    if a is None or b is None:
        a, b = _kind(text[cut - 1]), _kind(text[cut])
    return (a & b >> 5) != 0


def _cluster_bounds(text: str) -> list[int]:
    """Every allowed cut (code point offsets) of text: grapheme cluster boundaries, and the middle
    of ``"\\r\\n"`` (carriers and the reference count it as two characters)."""
    clusters: list[str] = _unicode_patterns()[1].findall(text)
    if "\r\n" in text:
        clusters = [c for cluster in clusters for c in (cluster if cluster == "\r\n" else (cluster,))]
    return list(accumulate(map(len, clusters), initial=0))


# Where the last grapheme cluster of a window starts, by window: the same emoji sequences and
# marked letters recur across the texts of a campaign (a bounded table, like ``_KINDS``).
_LAST_CLUSTER: dict[str, int] = {}


def _cut_before(text: str, start: int, cut: int, whole: list[list[int]]) -> int:
    """The last allowed cut in ``(start, cut]``, or ``cut`` when there is none (a cluster longer than
    a whole part is split between code points: a part above capacity cannot be sent).

    Only called when ``cut`` is not a sure boundary by its neighbours (:func:`_kind`). Clusters are
    found from the nearest sure boundary before it (usually a few code points back), in one
    ``findall`` that stops one code point after ``cut`` (a boundary at ``p`` depends on the text
    before ``p`` and on ``text[p]`` only, so the clusters ending at or before ``cut`` are the same
    as in the whole text). Text with a long run of cluster-forming
    characters falls back to the boundaries of the whole text, computed once.
    """
    get = _KINDS.get
    floor = cut - _WINDOW if cut > _WINDOW else 0
    sure = cut - 1
    right = get(text[sure])
    if right is None:
        right = _kind(text[sure])
    while sure > floor:
        left = get(text[sure - 1])
        if left is None:
            left = _kind(text[sure - 1])
        if not left & right >> 5:
            break
        sure -= 1
        right = left
    if sure > floor or floor == 0:
        # The last cluster of text[sure:cut + 1] starts at the last boundary at or before ``cut``
        # (a "\r\n" there would start at ``cut``: a cut inside one is sure and never gets here).
        window = text[sure : cut + 1]
        last = _LAST_CLUSTER.get(window)
        if last is None:
            last = len(window) - len(_unicode_patterns()[1].findall(window)[-1])
            if len(_LAST_CLUSTER) < 4096:
                _LAST_CLUSTER[window] = last
        return sure + last if sure + last > start else cut
    if not whole:
        whole.append(_cluster_bounds(text))
    bounds = whole[0]
    k = bisect_right(bounds, cut) - 1
    return bounds[k] if bounds[k] > start else cut


def _gsm_cuts(text: str, septets: int, marks: bytes | None, pieces: list[str] | None = None) -> list[int]:
    """Part sizes of GSM-7 text (``marks``: its :func:`_extension_marks` if known), and the parts'
    strings appended to ``pieces`` if given. Without extension characters every character is one
    septet and the cuts are arithmetic. Otherwise the text becomes its septet stream, one byte a
    septet, with an escape byte (1) before each extension character (2): a part is the next 153
    septets, one fewer if that would end on an escape, and its characters are its septets less its
    escapes (one ``bytes.count``)."""
    n = len(text)
    if septets <= SINGLE_GSM:
        if pieces is not None:
            pieces.append(text)
        return [septets]
    if septets == n:
        full = (n - 1) // MULTI_GSM  # parts before the last, all full
        if pieces is not None:
            pieces += [text[k : k + MULTI_GSM] for k in range(0, full * MULTI_GSM, MULTI_GSM)]
            pieces.append(text[full * MULTI_GSM :])
        sizes = [MULTI_GSM] * full
        sizes.append(n - MULTI_GSM * full)
        return sizes
    if marks is None:
        marks = _extension_marks(text)
    stream = marks.replace(b"\x01", b"\x01\x02")
    sizes = []
    piece = None if pieces is None else pieces.append
    i = s = 0  # the part's start in characters and in septets
    while True:
        p = s + MULTI_GSM
        if p >= septets:
            if piece is not None:
                piece(text[i:])
            sizes.append(septets - s)
            return sizes
        if stream[p - 1] == 1:  # never between an escape and its character
            p -= 1
        j = i + p - s - stream.count(1, s, p)
        if piece is not None:
            piece(text[i:j])
        sizes.append(p - s)
        i, s = j, p


def _ucs2_cuts(text: str, data: bytes, pieces: list[str] | None = None) -> list[int]:
    """Part sizes of UCS-2 text (``data``: its UTF-16-LE bytes), and the parts' strings appended to
    ``pieces`` if given. A candidate cut is 67 UTF-16 units on, one less if that would split a
    surrogate pair; with characters outside the BMP, a byte string marking the high surrogates
    turns unit offsets into code point offsets with one ``bytes.count``. The cut stands when its
    neighbours make it a sure cluster boundary (see ``_KINDS``), else it moves back to the last
    cluster boundary."""
    n = len(text)
    units = len(data) >> 1
    if units <= SINGLE_UCS2:
        if pieces is not None:
            pieces.append(text)
        return [units]
    piece = None if pieces is None else pieces.append
    whole: list[list[int]] = []
    sizes: list[int] = []
    size = sizes.append
    if units == n:
        i = 0
        while True:
            j = i + 67  # MULTI_UCS2
            if j >= n:
                if piece is not None:
                    piece(text[i:])
                size(n - i)
                return sizes
            if _joins(text, j):
                j = _cut_before(text, i, j, whole)
            if piece is not None:
                piece(text[i:j])
            size(j - i)
            i = j
    high = data[1::2]  # the high byte of each UTF-16 unit
    surrogates = high.translate(_HIGH_SURROGATE_MARKS).count
    i = u = 0  # the part's start in code points and in units
    while True:
        c = u + 67  # MULTI_UCS2
        if c >= units:
            if piece is not None:
                piece(text[i:])
            size(units - u)
            return sizes
        if 0xDC <= high[c] <= 0xDF:
            c -= 1  # never between the halves of a surrogate pair
        j = i + (c - u) - surrogates(1, u, c)
        if _joins(text, j):
            cut = _cut_before(text, i, j, whole)
            if cut != j:
                c -= len(text[cut:j].encode("utf-16-le")) >> 1
                j = cut
        if piece is not None:
            piece(text[i:j])
        size(c - u)
        i, u = j, c


# Which characters could join a grapheme cluster, read from ``unicodedata`` (no ``regex`` import)?
# Marks and format characters (Mn, Mc, Me, Cf), unassigned code points (Cn: Unicode newer than
# ``unicodedata``), regional indicators, emoji skin tones, Hangul jamo, halfwidth sound marks, and
# — kept wide because Unicode keeps adding Prepend and SpacingMark letters there — every letter of
# the scripts from Malayalam to Lao and of the supplementary planes below the CJK extensions.
# A superset of the ``regex`` class whatever the ``regex`` version (tests check every code point).
_CLUSTER_CATEGORIES: Final = frozenset({"Mn", "Mc", "Me", "Cf", "Cn"})
_CLUSTER_RANGES: Final = (
    (0x1100, 0x11FF), (0xA960, 0xA97F), (0xD7B0, 0xD7FF), (0xFF9E, 0xFF9F), (0x1F1E6, 0x1F1FF),
    (0x1F3FB, 0x1F3FF),
)  # fmt: skip
_LETTER_RANGES: Final = ((0x0D00, 0x0EFF), (0x10000, 0x1FFFF))


def _may_join(text: str) -> bool:
    """Could any character of ``text`` join a grapheme cluster? A superset of the ``regex`` class
    of :func:`_unicode_patterns` (a program that only shows a short text's parts starts faster)."""
    import unicodedata

    category = unicodedata.category
    for ch in set(text):
        kind = category(ch)
        if kind in _CLUSTER_CATEGORIES:
            return True
        point = ord(ch)
        if point < 0x0D00:
            continue
        if any(lo <= point <= hi for lo, hi in _CLUSTER_RANGES):
            return True
        if kind[0] == "L" and any(lo <= point <= hi for lo, hi in _LETTER_RANGES):
            return True
    return False


def _non_gsm_characters(text: str) -> list[str]:
    if not text or _NON_GSM.search(text) is None:
        return []
    if not _may_join(text) or not _unicode_patterns()[0].search(text):
        return list(dict.fromkeys(_NON_GSM.findall(text)))
    bounds = _cluster_bounds(text)
    clusters = dict.fromkeys(text[a:b] for a, b in pairwise(bounds))
    return [c for c in clusters if c not in GSM_ALL]


_set: Final = object.__setattr__


@dataclass_transform(frozen_default=True)  # type checkers see the fields as read-only
class _Frozen:
    """What ``attrs.frozen`` gives a small value class — immutable, compared, hashed, shown and
    pickled by its fields — written out because importing attrs alone costs ``cinnox segments``
    ~40 ms of start-up."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self).__name__, *self._values()))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        return type(self), self._values()


class SegmentCount(_Frozen):
    """What a text costs, without its parts' strings (see :func:`count`).

    Attributes:
        encoding: ``"GSM-7"`` or ``"UCS-2"``.
        parts: the number of SMS parts (billed per part and recipient); may exceed
            :data:`MAX_PARTS`, which no carrier can send.
        units: the text's size in its encoding's units: septets (extension characters count two)
            or UTF-16 code units (characters outside the BMP count two).
    """

    __slots__ = ("encoding", "parts", "units")
    __match_args__ = _fields = ("encoding", "parts", "units")
    encoding: Encoding
    parts: int
    units: int

    def __init__(self, encoding: Encoding, parts: int, units: int) -> None:
        _set(self, "encoding", encoding)
        _set(self, "parts", parts)
        _set(self, "units", units)


class SegmentedMessage(_Frozen):
    """The parts a text is sent as, and why.

    Attributes:
        encoding: ``"GSM-7"`` or ``"UCS-2"``.
        segments: the text of each part, in order; ``"".join(segments)`` is the input.
        segment_sizes: each part's size in its encoding's units (septets or UTF-16 code units).
        non_gsm_characters: the characters (grapheme clusters) that forced UCS-2, in order of first
            appearance, without repeats; empty for GSM-7. Found on first access (it needs the
            whole text split into grapheme clusters, which segmenting does not).
    """

    __slots__ = ("_non_gsm", "encoding", "segment_sizes", "segments")
    __match_args__ = _fields = ("encoding", "segments", "segment_sizes")
    encoding: Encoding
    segments: list[str]
    segment_sizes: list[int]
    _non_gsm: list[str]  # a cache (not a field): set on first access

    def __init__(self, encoding: Encoding, segments: list[str], segment_sizes: list[int]) -> None:
        _set(self, "encoding", encoding)
        _set(self, "segments", segments)
        _set(self, "segment_sizes", segment_sizes)

    @property
    def non_gsm_characters(self) -> list[str]:
        try:
            return self._non_gsm
        except AttributeError:  # not asked yet (the slot starts empty: construction is cheaper)
            found = [] if self.encoding == "GSM-7" else _non_gsm_characters("".join(self.segments))
            _set(self, "_non_gsm", found)  # a cache: the value follows from the fields
            return found

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


_new = object.__new__
_set_encoding = SegmentedMessage.__dict__["encoding"].__set__  # the slots' own setters
_set_segments = SegmentedMessage.__dict__["segments"].__set__
_set_sizes = SegmentedMessage.__dict__["segment_sizes"].__set__


def _message(encoding: Encoding, segments: list[str], sizes: list[int]) -> SegmentedMessage:
    """``SegmentedMessage(encoding, segments, sizes)`` without a Python ``__init__`` frame and its
    setattr-by-name calls: constructing the result is a large share of segmenting a short text."""
    message = _new(SegmentedMessage)
    _set_encoding(message, encoding)
    _set_segments(message, segments)
    _set_sizes(message, sizes)
    return message


def segment(text: str) -> SegmentedMessage:
    """Split ``text`` into SMS parts as a carrier would (see the module docstring for the rules).

    Raises :class:`~cinnox_ext.errors.ValidationError` when ``text`` is not a ``str`` or contains a
    lone surrogate.

    >>> segment("a" * 161).segment_count
    2
    >>> segment("短" * 71).segments[1]
    '短短短短'
    """
    if type(text) is not str:
        _check(text)
    gsm = _septets(text)
    if gsm is not None:
        septets = gsm[0]
        if septets <= SINGLE_GSM:
            return _message("GSM-7", [text], [septets])
        pieces: list[str] = []
        return _message("GSM-7", pieces, _gsm_cuts(text, septets, gsm[1], pieces))
    try:
        data = text.encode("utf-16-le")
    except UnicodeEncodeError:
        data = _utf16(text)  # raises the ValidationError
    if len(data) <= 2 * SINGLE_UCS2:
        return _message("UCS-2", [text], [len(data) >> 1])
    pieces = []
    return _message("UCS-2", pieces, _ucs2_cuts(text, data, pieces))


def count(text: str) -> SegmentCount:
    """Encoding, parts and units of ``text`` without building the parts' strings: for pricing
    many texts (a campaign of personalised messages). Always equal to what :func:`segment` says.

    >>> count("a" * 161)
    SegmentCount(encoding='GSM-7', parts=2, units=161)
    """
    if type(text) is not str:
        _check(text)
    gsm = _septets(text)
    if gsm is not None:
        septets = gsm[0]
        if septets <= SINGLE_GSM:
            return SegmentCount("GSM-7", 1, septets)
        if septets == len(text):
            return SegmentCount("GSM-7", -(-septets // MULTI_GSM), septets)
        return SegmentCount("GSM-7", len(_gsm_cuts(text, septets, gsm[1])), septets)
    data = _utf16(text)
    units = len(data) >> 1
    if units <= SINGLE_UCS2:
        return SegmentCount("UCS-2", 1, units)
    return SegmentCount("UCS-2", len(_ucs2_cuts(text, data)), units)


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


class GsmSuggestion(_Frozen):
    """What replacing look-alike characters by GSM equivalents would change.

    ``text`` is the rewritten text; ``replaced`` maps each replaced character to its replacement;
    ``saves`` is how many parts (per recipient) the rewrite saves, 0 if it does not help.
    """

    __slots__ = ("original", "replaced", "suggested", "text")
    __match_args__ = _fields = ("original", "suggested", "text", "replaced")
    original: SegmentedMessage
    suggested: SegmentedMessage
    text: str
    replaced: dict[str, str]

    def __init__(
        self, original: SegmentedMessage, suggested: SegmentedMessage, text: str, replaced: dict[str, str]
    ) -> None:
        _set(self, "original", original)
        _set(self, "suggested", suggested)
        _set(self, "text", text)
        _set(self, "replaced", replaced)

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
