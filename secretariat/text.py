"""Case- and diacritic-folding of Vietnamese text, for search (`le ich moc` finds `Lê Ích Mộc`)."""

from __future__ import annotations

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


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, marking the cut with an ellipsis."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
