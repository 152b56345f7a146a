"""How a copy's text reaches the importer, set right before any rule reads it.

* **Double-spaced throughout.** Some portals and PDF-to-text tools put a blank line
  after every line, the header's cells and a paragraph's wrapped lines alike, so a blank
  line no longer tells a paragraph's end. Such a copy (no two of its written lines touch)
  is read with the blank lines inside a sentence taken out: a blank line stays only where
  a line ends a sentence, a lead-in or a list item, or where two or more were. A text
  whose paragraphs, each on one line, are separated by blank lines (Markdown, a Word
  file) keeps them so.
* **Look-alikes.** Letters and spaces OCR and PDF fonts give for others.
* **Glued syllables.** Words a PDF text layer's lost space ran together.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from secretariat.directives.importer.ocr import TONE_MARKS
from secretariat.text import fold

# A line that ends a sentence, a lead-in or a list item: a paragraph may end there.
_SENTENCE_END = re.compile(r"[.;:!?…][\s*_\"”’)\]]*$")
_MIN_WRITTEN = 12  # a short text says too little either way
_TOUCHING_SHARE = 0.05  # of the gaps between written lines, lines next to each other


CELL_LINES = 30  # a converted table's cell is at most this many lines; a longer one ends it


def _cell_lines(lines: list[str], written: list[int]) -> set[int]:
    """The written lines inside a converted table's cells, each cell closed by a lone «|»
    line (a cell's sentence that ends on «;» or «.» ends no paragraph)."""
    pipes = [k for k in written if lines[k].strip() == "|"]
    inside: set[int] = set()
    position = {k: n for n, k in enumerate(written)}
    for a, b in itertools.pairwise(pipes):
        if position[b] - position[a] - 1 <= CELL_LINES:
            inside.update(written[position[a] + 1 : position[b] + 1])
    return inside


def undouble(text: str) -> str:
    """``text`` without the blank line a double-spaced copy puts after every line."""
    lines = text.split("\n")
    written = [k for k, line in enumerate(lines) if line.strip()]
    if len(written) < _MIN_WRITTEN:
        return text
    gaps = [b - a for a, b in itertools.pairwise(written)]
    if sum(gap == 1 for gap in gaps) > _TOUCHING_SHARE * len(gaps):
        return text  # lines that touch: blank lines tell paragraphs apart
    in_cell = _cell_lines(lines, written)
    out: list[str] = []
    blanks = 0
    for k, line in enumerate(lines):
        if line.strip():
            ended = blanks == 1 and _SENTENCE_END.search(out[-1]) if out else False
            if out and k not in in_cell and (blanks >= 2 or ended):
                out.append("")  # a paragraph's end
            out.append(line)
            blanks = 0
        else:
            blanks += 1
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


# The Icelandic eth OCR and some PDF fonts give for «Đ» («ÐẢNG», «Quyết ðịnh»), the «oi»
# letter some fonts map «ư» to, the fraction slash OCR reads in a number («1105⁄KH-ĐKT»);
# the no-break and thin spaces of a web page and a Word file; the invisible joiners.
_LOOK_ALIKES = str.maketrans(
    {
        "Ð": "Đ",
        "ð": "đ",
        "ƣ": "ư",  # a PDF font's «ư» («hƣớng dẫn», «Công Thƣơng»)
        "Ƣ": "Ư",
        "\u2044": "/",
        "\u2215": "/",
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


# Some PDF text layers lose the space after a syllable that carries a tone mark
# («Đểthực hiện», «chỉtiêu», «nhiệm vụNghị quyết», «Đảng uỷtrước ngày 03/10/2025»), and
# no rule reads the words so glued. A word that is no Vietnamese syllable but splits, right
# after a toned vowel (and its final consonants), into syllables is two words.
_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])"
_NUCLEUS = (
    r"(?:uye|uya|uyu|oai|oao|oay|oeo|uay|uoi|uou|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe"
    r"|oi|oo|ua|ue|ui|uo|uu|uy|ye|yu|[aeiouy])"
)
_SYLLABLE = re.compile(rf"{_INITIAL}?{_NUCLEUS}(?:ch|ng|nh|[cmnpt])?")
_OPENING = re.compile(_INITIAL)
_WORD = re.compile(r"[^\W\d_]{4,}")


def _toned(ch: str) -> bool:
    return any(mark in TONE_MARKS for mark in unicodedata.normalize("NFD", ch))


def _syllable(word: str) -> bool:
    return bool(_SYLLABLE.fullmatch(fold(word)))


@lru_cache(maxsize=8192)
def _unglued(word: str) -> str:
    """``word``, or its syllables apart when a lost space glued them."""
    if _syllable(word) or not any(_toned(ch) for ch in word[:-1]):
        return word
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1].islower() and _syllable(word[:i]):
            # the case changes where the space was: «vụNghị», «thángO»
            rest = _unglued(word[i:])
            if all(_syllable(part) for part in rest.split()):
                return f"{word[:i]} {rest}"
    splits: list[tuple[int, int, str]] = []
    for i, ch in enumerate(word[:-1]):
        if not _toned(ch):
            continue
        for cut in (i + 1, i + 2, i + 3):
            left, right = word[:cut], word[cut:]
            if len(right) < 2 or not _syllable(left):
                continue  # a lone vowel after is OCR's mark, not a word («ngỉy»)
            opening = _OPENING.match(fold(right))
            if opening is None:
                continue  # a word glued on opens with a consonant; «céac» is OCR's «các»
            rest = _unglued(right)
            if all(_syllable(part) for part in rest.split()):
                # the right part's whole initial consonants («Để thực», not «Đểt hực»;
                # «chỉ tiêu», not «chỉt iêu»), then the longer left part
                splits.append((len(opening.group()), cut, f"{left} {rest}"))
    return max(splits)[2] if splits else word


def unglue_words(text: str) -> str:
    """``text`` with the syllables a lost space glued together apart again."""
    return _WORD.sub(lambda m: _unglued(m.group()), text)
