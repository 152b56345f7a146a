"""Case- and diacritic-folding of Vietnamese text: the search key of every index.

It lives in storage because the search index is written from session hooks here;
the domain re-exports it as ``secretariat.text.fold``.
"""

from __future__ import annotations

import unicodedata

# đ/Đ are letters of their own in Unicode, not d + a combining mark, so NFD
# does not strip them; map them by hand, with the look-alikes OCR and some PDF fonts
# give for them: the eth «Ð ð» for «Đ đ», the letter «Ƣ ƣ» (oi) for «Ư ư».
LOOK_ALIKES = ("Ð", "ð", "Ƣ", "ƣ")
_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d", "Ƣ": "u", "ƣ": "u"})


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch.translate(_EXTRA))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Each character's folding, learnt once: folding a text is then one str.translate (the
# importer folds a 120 KB directive many times over).
_FOLDED: dict[int, str] = {}
_KNOWN: set[str] = set()


def fold(text: str) -> str:
    """Return ``text`` lower-cased, without diacritics, ``đ`` as ``d``, spaces squeezed.

    >>> fold("  Lê  Ích Mộc ")
    'le ich moc'
    """
    for ch in set(text) - _KNOWN:
        _FOLDED[ord(ch)] = _fold_char(ch)
        _KNOWN.add(ch)
    return " ".join(text.translate(_FOLDED).split())
