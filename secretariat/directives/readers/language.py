"""Is a text Vietnamese? Syllables and diacritics, to tell a usable text from a wrong one.

A PDF's text layer may be TCVN3/VNI bytes without a Unicode map («§¶ng uû»), a scan may
be of a page in another language, and an old import may be English-model OCR of a
Vietnamese page («Thanh ty», «ciia»). Vietnamese is written in syllables of a known
shape (initial consonant, vowel, final consonant), most of them carrying a diacritic.
"""

from __future__ import annotations

import re
import unicodedata

from secretariat.text import fold

_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})"
    r"(?:ch|ng|nh|[cmnpt])?$"
)
_WORD = re.compile(r"[^\W\d_]+")
_VOWEL = re.compile(r"[aeiouy]")


def _words(text: str) -> list[str]:
    """The words that say something about the language: abbreviations without a vowel
    (UBND, PCT, TP) and single letters (initials, table marks) are left out."""
    return [w for w in _WORD.findall(text) if len(w) > 1 and _VOWEL.search(fold(w))]


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


# The marks Vietnamese writes on its vowels: grave, acute, circumflex, tilde, breve,
# hook above, horn, dot below. TCVN3/VNI bytes read as Latin-1 give others (Ö, ñ, ß, µ).
_MARKS = {"\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031b", "\u0323"}
_SIGNS = "§¶µ\u00ad¸¹¼½¾×"  # signs TCVN3 puts where Vietnamese letters are


def _foreign(ch: str) -> bool:
    """A letter or sign Vietnamese text does not have (mojibake of an old 8-bit font)."""
    if ch.isascii() or ch in "đĐ":
        return False
    if ch in _SIGNS:
        return True
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], set(decomposed[1:])
    return not (base.isascii() and base.isalpha() and marks <= _MARKS)


def foreign_share(text: str) -> float:
    """The share of letters that no Vietnamese word has (0-1)."""
    letters = [ch for ch in text if ch.isalpha() or ch in _SIGNS]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if _foreign(ch)) / len(letters)


def looks_vietnamese(text: str) -> bool:
    """True when ``text`` reads as Vietnamese, with or without its diacritics."""
    words = _words(text)
    if len(words) < 5:
        return False
    return syllable_share(text) >= 0.75 and foreign_share(text) < 0.02


def looks_english_model_ocr(text: str) -> bool:
    """Vietnamese syllables with almost no diacritics: OCR with the wrong model."""
    return looks_vietnamese(text) and diacritic_share(text) < 0.3
