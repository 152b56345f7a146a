"""A copy that puts a blank line after every line, and letters OCR reads as look-alikes.

Some portals and PDF-to-text tools double-space a document: every line of it, the
header's cells and a paragraph's wrapped lines alike, is followed by a blank line, so a
blank line no longer tells a paragraph's end. Such a copy (no two of its written lines
touch) is read with the blank lines inside a sentence taken out: a blank line stays only
where a line ends a sentence, a lead-in or a list item, or where two or more were. A
text whose paragraphs, each on one line, are separated by blank lines (Markdown, a Word
file) keeps them so.
"""

from __future__ import annotations

import itertools
import re

# A line that ends a sentence, a lead-in or a list item: a paragraph may end there.
_SENTENCE_END = re.compile(r"[.;:!?…][\s*_\"”’)\]]*$")
_MIN_WRITTEN = 12  # a short text says too little either way
_TOUCHING_SHARE = 0.05  # of the gaps between written lines, lines next to each other


def undouble(text: str) -> str:
    """``text`` without the blank line a double-spaced copy puts after every line."""
    lines = text.split("\n")
    written = [k for k, line in enumerate(lines) if line.strip()]
    if len(written) < _MIN_WRITTEN:
        return text
    gaps = [b - a for a, b in itertools.pairwise(written)]
    if sum(gap == 1 for gap in gaps) > _TOUCHING_SHARE * len(gaps):
        return text  # lines that touch: blank lines tell paragraphs apart
    out: list[str] = []
    blanks = 0
    for line in lines:
        if line.strip():
            if out and (blanks >= 2 or (blanks == 1 and _SENTENCE_END.search(out[-1]))):
                out.append("")  # a paragraph's end
            out.append(line)
            blanks = 0
        else:
            blanks += 1
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


# The Icelandic eth OCR and some PDF fonts give for «Đ» («ÐẢNG», «Quyết ðịnh»), the «oi»
# letter some fonts map «ư» to; the
# no-break and thin spaces of a web page and a Word file; the invisible joiners.
_LOOK_ALIKES = str.maketrans(
    {
        "Ð": "Đ",
        "ð": "đ",
        "ƣ": "ư",  # a PDF font's «ư» («hƣớng dẫn», «Công Thƣơng»)
        "Ƣ": "Ư",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)


def plain_letters(text: str) -> str:
    """``text`` with the look-alikes of Vietnamese letters and of a space spelt plainly."""
    return text.translate(_LOOK_ALIKES)
