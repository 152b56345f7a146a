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
* **Spaced letters.** Words a conversion cut into letters («ỦY B AN NHÂN D Â N»,
  «T hành phố Hồ Chí M inh», «trung ươ n g»), when a text has several.
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
_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])"  # («q» only as «qu»)
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


# A run of letter groups one space apart; a conversion that spaces letters cuts a word after
# its lone capital («T hành», «B AN») or into letters and clusters («D Â N», «M I NH»,
# «ươ n g»). Joined only where the joined letters are one syllable and the pieces were not
# words: a capital alone, or three pieces or more, the first a consonant's or a bare vowel's
# («và c» is a word and the point «c» of a list; «HỒ C H Í» is «HỒ CHÍ»).
# (from a word's start only: inside a long word each start would scan the rest of it)
_LETTER_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?: [^\W\d_]+)+")
_BARE_VOWELS = re.compile(_NUCLEUS)
# A place's name on its place-date line, its letters spaced (the place alone, at the line's
# or a table cell's start: «| Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |»).
_PLACE_CUT = re.compile(r"(?m)(?:^|(?<=[|*_]))[ \t]*(?P<place>[^\W\d_]+(?: [^\W\d_]+){1,5})\Z")


def _place_joined(text: str) -> str:
    """``text`` with a place's name cut into spaced letters on a place-date line whole
    again, one cut word being enough there («Qu ả ng Ngãi, ngày …»)."""
    parts: list[str] = []
    last = 0
    at = text.find(", ngày ")
    while at != -1:
        m = _PLACE_CUT.search(text, max(last, at - 60), at)
        if m is not None:
            parts += [text[last : m.start("place")], _joined_pieces(m["place"])[0]]
            last = m.end()
        at = text.find(", ngày ", at + 7)
    return "".join([*parts, text[last:]]) if parts else text


_LONE_CONSONANT = re.compile(r"(?:^| )[bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX](?: |$)")
_SPACED_WORDS_MIN = 3  # fewer is a name's initial or a list's point, not a spaced copy


def _one_case(pieces: list[str]) -> bool:
    joined = "".join(pieces)
    return joined.isupper() or joined.islower() or joined.istitle()


def _cut_word(pieces: list[str]) -> bool:
    """Whether ``pieces`` are one syllable a conversion cut into letters."""
    if not (_syllable("".join(pieces)) and _one_case(pieces)):
        return False
    first, rest = pieces[0], pieces[1:]
    if len(pieces) == 2:
        return len(first) == 1 and first.isupper() and not _syllable(first)
    if _syllable(first) and not _BARE_VOWELS.fullmatch(fold(first)):
        return False  # a word of its own before («HỒ C H Í»)
    return not any(_syllable(piece) and len(piece) > 1 for piece in rest[:-1])


# Words a lone capital follows as a label, not as a word's cut first letter («phương án B
# an toàn», «điểm A và», «tổ B, khu C»).
_LABEL_WORDS = frozenset(
    [
        "an",
        "ban",
        "bang",
        "bieu",
        "cap",
        "day",
        "diem",
        "doi",
        "hang",
        "khoi",
        "khu",
        "kieu",
        "lo",
        "loai",
        "lop",
        "luc",
        "mau",
        "muc",
        "nha",
        "nhom",
        "phan",
        "phong",
        "tang",
        "to",
        "toa",
        "tuyen",
        "vung",
    ]
)


def _labelled(pieces: list[str], i: int) -> bool:
    """Whether the lone capital at ``i`` is a label its word before names."""
    return i > 0 and fold(pieces[i - 1]) in _LABEL_WORDS and not pieces[i - 1].isupper()


def _joined_pieces(run: str) -> tuple[str, int]:
    """``run`` with each cut word whole again, and how many were: the fewest words, a word
    opening on its vowel counted half again («C H Í M I NH» is «CHÍ MINH», not «CHÍM INH»)."""
    pieces = run.split(" ")
    n = len(pieces)
    # best[i]: (cost, end of the first word) of the pieces from i on
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = [(1 + best[i + 1][0], i + 1)]
        for j in range(i + 2, min(i + 4, n) + 1):
            if _cut_word(pieces[i:j]) and not (j == i + 2 and _labelled(pieces, i)):
                vowel_first = _OPENING.match(fold(pieces[i])) is None
                options.append((1 + 0.5 * vowel_first + best[j][0], j))
        best[i] = min(options)
    out: list[str] = []
    joined = 0
    i = 0
    while i < n:
        end = best[i][1]
        out.append("".join(pieces[i:end]))
        joined += end - i > 1
        i = end
    return " ".join(out), joined


# A day's or a month's figures a conversion split after their zero: «ngày 20 tháng 0 7 năm
# 2018» (no day or month is «0»).
_SPLIT_FIGURE = re.compile(r"\b((?:ngày|tháng|Ngày|Tháng|NGÀY|THÁNG) 0) (?=\d\b)")


def join_spaced_letters(text: str) -> str:
    """``text`` with the words a conversion cut into spaced letters whole again, when it
    has several such words (one alone is a name's initial or a list's point), and a day's
    or a month's figures split after their zero."""
    if "0 " in text:
        text = _SPLIT_FIGURE.sub(r"\1", text)
    found = [
        (m, *_joined_pieces(m.group()))
        for m in _LETTER_RUN.finditer(text)
        if _LONE_CONSONANT.search(m.group())  # (every cut word has one: «T», «D Â N», «n g»)
    ]
    if sum(count for _, _, count in found) < _SPACED_WORDS_MIN:
        return _place_joined(text)
    parts: list[str] = []
    last = 0
    for m, joined, count in found:
        if count:
            parts.append(text[last : m.start()])
            parts.append(joined)
            last = m.end()
    parts.append(text[last:])
    # and a number's symbol so cut («Số: 3210/QĐ - U B ND»)
    return _SPACED_SYMBOL.sub(lambda m: m.group().replace(" ", ""), "".join(parts))


_SPACED_SYMBOL = re.compile(r"(?<=[/-] )[A-ZĐ](?: [A-ZĐ]{1,4}){1,3}(?![\w])")
