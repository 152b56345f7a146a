"""Case- and diacritic-folding of Vietnamese text: the search key of every index.

It lives in storage because the search index is written from session hooks here;
the domain re-exports it as ``secretariat.text.fold``.
"""

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
