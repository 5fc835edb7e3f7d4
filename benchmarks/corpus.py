"""A deterministic corpus of SMS texts: GSM, extension characters, Latin, CJK, emoji, ZWJ, flags,
combining marks and line breaks, with lengths around the part boundaries where bugs live.

Shared by the differential test against the reference calculator and by the segmentation benchmark.
"""

from __future__ import annotations

import random

GSM = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
EXTENSION = "^{}\\[~]|€\f"
LATIN = "áâãçêëíîïóôõúûýÿŁłŒœŠšŽžĞğİıŞş"
CJK = "你好世界短信验证码您的订单已发货こんにちはカタカナ한국어메시지"
EMOJI = ["😀", "👍", "🎉", "❤️", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇭🇰", "🇯🇵", "👩🏾‍💻", "✈️", "☎"]
COMBINING = ["e\u0301", "a\u0308", "n\u0303", "o\u0302\u0323"]
WORDS = [
    "Your",
    "code",
    "is",
    "order",
    "shipped",
    "today",
    "reply",
    "STOP",
    "to",
    "opt",
    "out",
    "thanks",
    "€5",
    "[link]",
]


def _text(rng: random.Random, length: int, pools: list[str | list[str]]) -> str:
    out: list[str] = []
    while sum(len(p) for p in out) < length:
        pool = rng.choice(pools)
        if pool is WORDS:
            out.append(rng.choice(WORDS) + " ")
        elif isinstance(pool, list):
            out.append(rng.choice(pool))
        else:
            out.append(rng.choice(pool))
    return "".join(out)


def corpus(size: int = 10_000, seed: int = 20251122) -> list[str]:
    rng = random.Random(seed)
    mixes: list[list[str | list[str]]] = [
        [GSM],
        [WORDS],
        [WORDS, GSM],
        [GSM, EXTENSION],
        [WORDS, EXTENSION],
        [GSM, LATIN],
        [CJK],
        [CJK, GSM],
        [WORDS, EMOJI],
        [EMOJI],
        [CJK, EMOJI],
        [GSM, COMBINING],
        [WORDS, ["\r\n", "\n"]],
    ]
    boundaries = [0, 1, 69, 70, 71, 134, 140, 152, 153, 154, 159, 160, 161, 200, 306, 307, 459, 460, 612]
    texts = []
    for i in range(size):
        mix = mixes[i % len(mixes)]
        length = rng.choice(boundaries) + rng.randint(-2, 2) if i % 3 == 0 else rng.randint(0, 480)
        texts.append(_text(rng, max(length, 0), mix))
    return texts


ASCII = "".join(c for c in GSM if " " <= c <= "~")


def _sample(rng: random.Random, pools: list[str | list[str]], lo: int, hi: int, n: int) -> list[str]:
    out = []
    for _ in range(n):
        length = rng.randint(lo, hi)
        pieces: list[str] = []
        size = 0
        while size < length:
            piece = rng.choice(rng.choice(pools))
            pieces.append(piece)
            size += len(piece)
        out.append("".join(pieces))
    return out


def classes(size: int = 2000, seed: int = 20251123) -> dict[str, list[str]]:
    """The benchmark's text classes: the mixed corpus and one corpus per kind of text."""
    rng = random.Random(seed)
    return {
        "mixed": corpus(size * 5, seed),  # the 13 kinds of the differential test
        "pure ASCII": _sample(rng, [ASCII], 0, 480, size),
        "GSM + extension": _sample(rng, [GSM, GSM, EXTENSION], 0, 480, size),
        "CJK": _sample(rng, [CJK, CJK, ASCII], 0, 300, size),
        "emoji": _sample(rng, [EMOJI, ASCII, ASCII], 0, 300, size),
        "long 2,000-4,000": _sample(rng, [ASCII, ASCII, CJK, EMOJI, EXTENSION], 2000, 4000, size // 10),
    }
