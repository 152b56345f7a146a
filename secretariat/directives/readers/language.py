"""Is a text Vietnamese? Syllables and diacritics, to tell a usable text from a wrong one.

A PDF's text layer may be TCVN3/VNI bytes without a Unicode map («§¶ng uû»), a scan may
be of a page in another language, and an old import may be English-model OCR of a
Vietnamese page («Thanh ty», «ciia»). Vietnamese is written in syllables of a known
shape (initial consonant, vowel, final consonant), most of them carrying a diacritic.
"""

from __future__ import annotations

import re

from secretariat.text import fold

_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})"
    r"(?:ch|ng|nh|[cmnpt])?$"
)
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllable_share(text: str) -> float:
    """The share of words that have the shape of a Vietnamese syllable (0-1)."""
    words = _words(text)
    if not words:
        return 0.0
    good = sum(1 for w in words if _SYLLABLE.match(fold(w)))
    return good / len(words)


def diacritic_share(text: str) -> float:
    """The share of words carrying a Vietnamese diacritic or đ (0-1)."""
    words = _words(text)
    if not words:
        return 0.0
    marked = sum(1 for w in words if fold(w) != w.lower())
    return marked / len(words)


def looks_vietnamese(text: str) -> bool:
    """True when ``text`` reads as Vietnamese, with or without its diacritics."""
    words = _words(text)
    if len(words) < 5:
        return False
    return syllable_share(text) >= 0.75


def looks_english_model_ocr(text: str) -> bool:
    """Vietnamese syllables with almost no diacritics: OCR with the wrong model."""
    return looks_vietnamese(text) and diacritic_share(text) < 0.3
