"""Folding text for matching, keeping offsets, and undoing common OCR damage.

Two views of a text are used by the importer:

* ``Folded``: one character for each character of the original (lower case, no
  diacritics, đ -> d), so offsets are shared. Deadline phrases are matched on it and
  their offsets point into the text as given.
* ``words()``: a folded, space-squeezed text in which OCR-damaged words of the Party's
  vocabulary are repaired ("pang uy" -> "dang uy", "thanh ty" -> "thanh uy"); used to
  recognise bodies and document types.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from secretariat.directives.importer.provinces import PROVINCES
from secretariat.text import fold


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character for one: a ligature keeps its first letter, a lone mark stays."""
    if ch.isspace():
        return ch
    folded = fold(ch)
    return folded[0] if folded else ch


@dataclass(frozen=True)
class Folded:
    """A folded copy of a text, character for character: offsets are shared."""

    text: str

    def offset(self, i: int) -> int:
        return i


def fold_keep_offsets(text: str) -> Folded:
    """Fold ``text`` character by character (see module docstring)."""
    table = {ord(ch): _fold_char(ch) for ch in set(text)}
    return Folded(text.translate(table))


# Word-level OCR repairs, applied to folded, squeezed text. Each pattern only fires in
# a context where the repaired word is the only sensible reading.
_WORD_FIX_TEXTS: tuple[tuple[str, str], ...] = (
    # Đ read as P/B, or doubled/misread vowels: Đảng, Đại, Đoàn, Đồng, Đối.
    (
        r"\b(?:pang|dang|ding|ddng|bang|dpang|beang)"
        r"(?= (?:bo|by|b|uy|doan|vien|cong san|cua))",
        "dang",
    ),
    (r"\b(?:pang|dang)\b", "dang"),
    (r"\bp(ai|oan|ong|oi|oc|ang|ieu)\b", r"d\1"),
    (r"\bp(bi|bi)\b", "doi"),
    (r"\b(?:pbi|dbi|pdi|ddi|bbi) (?=voi|véi|vdi|v&i)", "doi "),
    # "ủy" after a committee word: Thành ủy, Đảng ủy, cấp ủy, Huyện ủy...
    (r"\b(thanh|dang|cap|huyen|quan|tinh|xa) (?:y|ty|tiy|gy|0y|ay|6y|dy)\b", r"\1 uy"),
    (r"\bthanh (?:phd|phé|ph6|pho|ph)\b", "thanh pho"),
    (r"\bt[o064][n]? chu[a-z]{0,2}c\b", "to chuc"),
    (r"\bt[4a6o0] chtic\b", "to chuc"),
    (r"\bchtic\b|\bchtrc\b|\bchirc\b|\bchire\b|\bchuc\b", "chuc"),
    (r"\bt[6o0b] (?=quoc|qudc|qubc|quéc)", "to "),
    (r"\bqu[a-z]{1,2}c\b(?= viet)", "quoc"),
    (r"\bmit tran\b|\bmat tran\b|\bmt tran\b", "mat tran"),
    (r"\bs[uưw]r? dang\b|\bsy dang\b|\bsu dang\b", "su dang"),
    (r"\bcn su\b|\bcan sur\b|\bcan sy\b", "can su"),
    (r"\bglao\b|\bgiao\b", "giao"),
    (r"\bthu[do]+ng\b", "thuong"),
    (r"\bvi[eé]n\b", "vien"),
    (r"\bdong chi\b|\bddng chi\b|\bdéng chi\b|\bdong chi\b", "dong chi"),
    (r"\bcac s[d0&o6]\b", "cac so"),
    (r"\bx[a43i]\b(?=,| phuong)", "xa"),
    (r"\bd[i]c khu\b", "dac khu"),
    (r"\bv[eé][i&]?i\b|\bvdi\b|\bvoi\b", "voi"),
)
_WORD_FIXES = tuple((re.compile(p), r) for p, r in _WORD_FIX_TEXTS)


def _changing(pattern: str, replacement: str) -> str:
    """The matches of a repair's pattern that change the text: one that already reads as
    the replacement («dang» for «dang») is left out. A replacement that copies a group
    (``\\1``) is kept whole, which only costs a needless pass."""
    if "\\" in replacement:
        return pattern
    return rf"(?!{re.escape(replacement)}\b)(?:{pattern})"


# Most texts need no repair: one search tells, instead of a pass of every repair. Where it
# finds nothing, no repair changes the text, so none changes what the next one reads. Each
# repair starts a word with a letter, and the search only tries them there.
_MAY_CHANGE = re.compile(
    r"(?<![a-z0-9])(?=[a-z])(?:" + "|".join(_changing(p, r) for p, r in _WORD_FIX_TEXTS) + ")"
)


def words(text: str) -> str:
    """Folded, space-squeezed ``text`` with OCR damage to Party vocabulary repaired."""
    # A header's lines and a sentence's openings are read again and again: a short text's
    # words are kept (a whole page's are not, to keep the memory small).
    return _short_words(text) if len(text) <= _KEPT else _words(text)


_KEPT = 600


@lru_cache(maxsize=20000)
def _short_words(text: str) -> str:
    return _words(text)


def _words(text: str) -> str:
    out = fold(text)
    if _MAY_CHANGE.search(out) is None:
        return out
    for pattern, repl in _WORD_FIXES:
        out = pattern.sub(repl, out)
    return out


# Folded phrase -> the same words with diacritics, for restoring OCR'd header text.
# Longest phrases first when applied.
_VOCAB: dict[str, str] = {
    "van phong thanh uy": "Văn phòng Thành ủy",
    "ban thuong vu thanh uy": "Ban Thường vụ Thành ủy",
    "ban chap hanh dang bo": "Ban Chấp hành Đảng bộ",
    "ban to chuc thanh uy": "Ban Tổ chức Thành ủy",
    "ban tuyen giao thanh uy": "Ban Tuyên giáo Thành ủy",
    "ban tuyen giao va dan van thanh uy": "Ban Tuyên giáo và Dân vận Thành ủy",
    "ban dan van thanh uy": "Ban Dân vận Thành ủy",
    "uy ban kiem tra thanh uy": "Ủy ban Kiểm tra Thành ủy",
    "uy ban kiem tra": "Ủy ban Kiểm tra",
    "uy ban nhan dan": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
    "ban thuong vu": "Ban Thường vụ",
    "ban chap hanh": "Ban Chấp hành",
    "van phong": "Văn phòng",
    "thanh uy": "Thành ủy",
    "dang uy": "Đảng ủy",
    "dang bo": "Đảng bộ",
    "tinh uy": "Tỉnh ủy",
    "thanh pho": "thành phố",
    "hai phong": "Hải Phòng",
    "le ich moc": "Lê Ích Mộc",
    "phuong": "phường",
    "ubnd": "UBND",
    "tp": "TP",
    # Assignee vocabulary: bodies, titles and the words that join them.
    "ban can su dang": "Ban cán sự đảng",
    "dang doan": "Đảng đoàn",
    "mat tran to quoc viet nam": "Mặt trận Tổ quốc Việt Nam",
    "mat tran to quoc": "Mặt trận Tổ quốc",
    "to chuc chinh tri - xa hoi": "tổ chức chính trị - xã hội",
    "uy vien": "Ủy viên",
    "dong chi": "đồng chí",
    "pho bi thu": "Phó Bí thư",
    "bi thu": "Bí thư",
    "chu tich": "Chủ tịch",
    "thuong truc": "Thường trực",
    "cap uy": "cấp ủy",
    "chinh quyen": "chính quyền",
    "dac khu": "đặc khu",
    "cac so": "các sở",
    "nganh": "ngành",
    "chi dao": "chỉ đạo",
    "tham muu": "tham mưu",
    "kip thoi": "kịp thời",
    "chu tri": "chủ trì",
    "phoi hop": "phối hợp",
    "co quan": "cơ quan",
    "lien quan": "liên quan",
    "cac": "các",
    "va": "và",
    "voi": "với",
    "cho": "cho",
    "xa": "xã",
}
# State bodies a header names, and the provinces with their level word («tỉnh Sơn La»):
# an issuer OCR'd without marks («SO NOI VU TINH SON LA») is given them back whole.
STATE_BODIES = (
    "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương",
    "Sở Ngoại vụ", "Sở Giáo dục và Đào tạo", "Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ",
    "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường", "Sở Giao thông vận tải",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Thông tin và Truyền thông",
    "Sở Dân tộc và Tôn giáo", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao",
    "Sở Du lịch", "Thanh tra tỉnh", "Công an tỉnh", "Huyện ủy", "Quận ủy", "Thị ủy",
    "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Dân vận", "Ban Tổ chức", "Ban Nội chính",
    "Ban Kinh tế", "Đảng ủy Khối", "Ban Thường trực", "Công an",
    "thị xã", "thị trấn", "Bộ Chỉ huy Quân sự",
)  # fmt: skip
_VOCAB.update({" ".join(words(name).replace(",", " ").split()): name for name in STATE_BODIES})
for _name in PROVINCES:
    _key = " ".join(words(_name).split())
    _VOCAB[_key] = _name
    _VOCAB[f"tinh {_key}"] = f"tỉnh {_name}"
    _VOCAB[f"thanh pho {_key}"] = f"thành phố {_name}"
_VOCAB_KEYS = sorted(_VOCAB, key=len, reverse=True)


def restore(found: str) -> str | None:
    """``found`` with diacritics restored when every word is known vocabulary, else None.

    >>> restore("VAN PHONG THANH UY HAI PHONG")
    'Văn phòng Thành ủy Hải Phòng'
    """
    rest = words(found).replace(",", " ").strip()
    rest = " ".join(rest.split())
    out: list[str] = []
    while rest:
        for key in _VOCAB_KEYS:
            if rest == key or rest.startswith(key + " "):
                out.append(_VOCAB[key])
                rest = rest[len(key) :].strip()
                break
        else:
            return None
    return " ".join(out) if out else None


def _has_diacritics(text: str) -> bool:
    """True for clean Vietnamese: many words carry diacritics (OCR output has few)."""
    tokens = text.split()
    if not tokens:
        return False
    marked = sum(1 for t in tokens if fold(t) != t.lower())
    return marked >= 0.3 * len(tokens)


def restore_partial(found: str) -> str:
    """``found`` cleaned, known vocabulary given back its diacritics (OCR'd text only).

    Words that are not in the vocabulary are kept as found.
    """
    text = clean(found)
    if _has_diacritics(text):
        return text
    original = text.split()
    folded = words(text).split()
    if len(original) != len(folded):
        return text
    out: list[str] = []
    i = 0
    while i < len(folded):
        for key in _VOCAB_KEYS:
            parts = key.split()
            k = len(parts)
            window = [w.rstrip(",.;:") for w in folded[i : i + k]]
            if window == parts and all(w == w.rstrip(",.;:") for w in folded[i : i + k - 1]):
                tail = folded[i + k - 1][len(window[-1]) :]
                out.append(_VOCAB[key] + tail)
                i += k
                break
        else:
            out.append(original[i])
            i += 1
    result = " ".join(out)
    return result[0].upper() + result[1:] if result else result


_MARKDOWN_MARKS = re.compile(r"\*\*|__|^#+\s*", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<!\w)\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)")  # «*trước ngày …*»
_SPACE_BEFORE_STOP = re.compile(r" (?=[.,;:](?:\s|$))")


def clean(text: str) -> str:
    """Join broken lines, drop Markdown emphasis and heading marks, squeeze spaces."""
    if "*" in text or "_" in text or "#" in text:  # (most lines have no Markdown: no pass)
        text = _EMPHASIS.sub(r"\1", _MARKDOWN_MARKS.sub(" ", text))
    text = " ".join(text.split())
    return _SPACE_BEFORE_STOP.sub("", text) if " " in text else text


TONE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # huyền, sắc, ngã, hỏi, nặng
SHAPE_MARKS = ("\u0302", "\u0306", "\u031b")  # the hat of â ê ô, the breve of ă, the horn of ơ ư


def marks_optional(source: str) -> str:
    """A pattern's words matched with or without their marks as OCR drops some of them
    («đa chỉ đạo», «đê tham mưu», «đẻ tham mưu»): each marked vowel may be read without
    its tone, without its hat, breve or horn, or without both."""

    def without(ch: str, marks: tuple[str, ...]) -> str:
        kept = "".join(c for c in unicodedata.normalize("NFD", ch) if c not in marks)
        return unicodedata.normalize("NFC", kept)

    def vowel(ch: str) -> str:
        forms = dict.fromkeys(
            (
                ch,
                without(ch, TONE_MARKS),
                without(ch, SHAPE_MARKS),
                without(ch, TONE_MARKS + SHAPE_MARKS),
            )
        )
        return f"[{''.join(forms)}]" if len(forms) > 1 else ch

    return "".join(vowel(ch) for ch in source)
