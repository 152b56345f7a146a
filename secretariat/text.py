"""Case- and diacritic-folding of Vietnamese text, for search (`le ich moc` finds `Lê Ích Mộc`)."""

from __future__ import annotations

import re
import unicodedata

# đ/Đ are letters of their own in Unicode, not d + a combining mark, so NFD
# does not strip them; map them by hand.
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ð": "d"})


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without diacritics, ``đ`` as ``d``, spaces squeezed.

    >>> fold("  Lê  Ích Mộc ")
    'le ich moc'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches_words(query: str, text: str) -> bool:
    """True when every word of ``query`` is in ``text``, ignoring case and diacritics.

    A number matches a whole number, leading zeros aside: ``tdp 5`` finds
    ``Tổ dân phố số 05 (TDP05)`` but not ``số 15``.
    """
    haystack = fold(text)
    numbers = {int(n) for n in re.findall(r"\d+", haystack)}
    for word in fold(query).split():
        if word.isdigit():
            if int(word) not in numbers:
                return False
        elif word not in haystack:
            return False
    return True


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, marking the cut with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
