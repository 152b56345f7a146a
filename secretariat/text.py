"""Case- and diacritic-folding of Vietnamese text, for search (`le ich moc` finds `Lê Ích Mộc`)."""

from __future__ import annotations

import re

from storage.control_chars import without_controls as without_controls  # re-exported
from storage.folding import fold

__all__ = ["fold", "internal_id", "matches_words", "number", "shorten"]


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


def number(value: int) -> str:
    """``28.513``: thousands grouped with a dot, as Vietnamese writes them."""
    return f"{value:,}".replace(",", ".")


_INTERNAL_ID = re.compile(r"^\s*(?:id|#)\s*:?\s*(\d+)\s*$", re.IGNORECASE)


def internal_id(text: str) -> int | None:
    """The record id in ``id:12`` or ``#12`` (the CLI's fallback for naming a record)."""
    found = _INTERNAL_ID.match(text)
    return int(found.group(1)) if found else None
