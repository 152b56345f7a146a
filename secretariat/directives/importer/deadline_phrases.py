"""Deadline phrases in Vietnamese text, with or without diacritics, OCR-damaged or not.

Recognised (each optionally led by "hoàn thành", "ban hành xong", "xong"):

* ``trước ngày 15/10/2025``, ``trước ngày 15 tháng 10 năm 2025``, ``chậm nhất ngày ...``
  -> that day; ``trước ngày 20/4`` takes ``default_year``;
* ``trong tháng 10/2025`` / ``trong tháng 10 năm 2025`` -> last day of the month;
* ``trong quý II năm 2023`` -> last day of the quarter;
* ``trong năm 2025`` -> 31 December.

Dates are never guessed: a phrase whose day, month or year cannot be read ("trước ngày
15", "trong tháng này", "trong quý tới", "trước ngày 3l/10/2025"), or names an impossible
date (31/02/2026), is returned with ``due_date=None`` and ``needs_review=True``.

Not deadlines, hence never matched: "đến ngày ..." (until), cited documents' dates
("Kết luận số 195-KL/TW, ngày 26/9/2025"), horizons ("đến năm 2030", "giai đoạn
2025-2030"), the issue date line. The weak forms (trong tháng/quý/năm) also need either a
lead verb or to close the clause, and are refused after a passive "được ..." ("đã được
xác định trong năm 2023") and before "và cả năm" (a span, "trong quý II và cả năm 2023").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from secretariat.directives.importer.ocr import clean, fold_keep_offsets


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase found in a text."""

    phrase: str  # the words as found, lines joined, e.g. "hoàn thành trước ngày 15/10/2025"
    due_date: date | None
    needs_review: bool
    start: int  # offsets of the phrase in the text given to find_deadlines
    end: int


# OCR-tolerant spellings of the key words, on folded text. Between words: spaces, line
# breaks and Markdown emphasis ("hoàn thành **trước ngày 30/6/2026**").
_S = r"[\s*_]+"
_TRUOC = r"tr[uw][odec0][ce]?"
_NGAY = r"ng[a-z0-9]y"
_THANG = r"th[a-z0-9]ng"
_NAM = r"n[a-z0-9]{1,2}m"
_QUY = r"qu[yi]"
_TRONG = r"tr[o0]ng"
_LEAD = rf"(?:(?:ho[a4]n{_S}th[a4]nh|ban{_S}h[a4]nh{_S}xong|xong){_S})?"
_DIG = r"[0-9ol]"  # OCR reads 1 as l and 0 as o; such a date needs review
_SEP = r"\s*[/.-]\s*"

_DAY_DATE = (
    rf"(?P<d>{_DIG}{{1,2}})(?:{_SEP}(?P<m>{_DIG}{{1,2}})(?:{_SEP}(?P<y>{_DIG}{{4}}))?"
    rf"|{_S}{_THANG}{_S}(?P<m2>{_DIG}{{1,2}})(?:{_S}{_NAM}{_S}(?P<y2>{_DIG}{{4}}))?)?"
)
_BY_DAY = re.compile(
    rf"\b{_LEAD}(?:{_TRUOC}{_S}(?:{_NGAY}{_S})?|ch[a-z]m{_S}nh[a-z]t{_S}(?:l[a-z]{_S})?"
    rf"(?:(?:{_TRUOC}|trong){_S})?{_NGAY}{_S})(?=[0-9ol]{{1,2}}\b|[0-9ol]{{1,2}}[/.-]){_DAY_DATE}"
    r"(?![0-9/])"
)
# "trước ngày" with no number after it, or a relative word: needs review.
_BY_DAY_VAGUE = re.compile(
    rf"\b{_LEAD}{_TRUOC}{_S}{_NGAY}{_S}(?:n[a-z]y|m[a-z]{{1,2}}|k[a-z]t{_S}th[a-z]c|[a-z]+{_S}(?:t[o0]i|sau))\b"
)
_IN_MONTH = re.compile(
    rf"\b{_LEAD}{_TRONG}{_S}{_THANG}{_S}(?:(?P<m>{_DIG}{{1,2}})(?:{_SEP}(?P<y>{_DIG}{{4}})"
    rf"|{_S}{_NAM}{_S}(?P<y2>{_DIG}{{4}}))?(?![0-9/])|(?P<vague>n[a-z]y|t[o0]i|sau|cu[o0]i)\b)"
)
_IN_QUARTER = re.compile(
    rf"\b{_LEAD}{_TRONG}{_S}{_QUY}{_S}(?:(?P<q>iv|iii|ii|i|[1-4]|l{{1,3}}|i1|1i|v|l)\b"
    rf"(?:(?:{_S}{_NAM}{_S}|{_SEP})(?P<y>{_DIG}{{4}}))?(?![0-9/])|(?P<vague>n[a-z]y|t[o0]i|sau)\b)"
)
_IN_YEAR = re.compile(rf"\b{_LEAD}{_TRONG}{_S}{_NAM}{_S}(?P<y>[0-9]{{4}})(?![0-9/-])")

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _number(raw: str | None) -> int | None:
    """An OCR'd number, or None when it holds letters (l for 1, o for 0): never guessed."""
    if raw is None or not raw.isdigit():
        return None
    return int(raw)


def _make(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _has_lead(folded_match: str) -> bool:
    return bool(re.match(r"ho[a4]n|ban|xong", folded_match))


def _weak_form_ok(folded: str, start: int, end: int, has_lead: bool) -> bool:
    """Whether a trong tháng/quý/năm phrase reads as a deadline in its context."""
    after = folded[end : end + 12]
    if re.match(rf"{_S}v[a-z]{_S}(?:c[a-z]{_S})?{_NAM}", after):
        return False  # "trong quý II và cả năm 2023": a span
    before = folded[max(0, start - 40) : start]
    if re.search(r"\bduoc(?:\s+\S+){0,2}\s*$", before):
        return False  # "đã được xác định trong năm 2023": a description
    if has_lead:
        return True
    return bool(re.match(r"[\s*_)]*(?:[.;:)]|\n\s*(?:-|\+|\(|\d)|$)", after))


def find_deadlines(text: str, default_year: int | None) -> list[Deadline]:
    """Every deadline phrase in ``text``, in order (see the module docstring)."""
    folded = fold_keep_offsets(text)
    f = folded.text
    found: list[tuple[int, int, date | None, bool]] = []  # folded start, end, due, reviewed

    for m in _BY_DAY.finditer(f):
        if not re.search(r"[0-9]", m.group("d")):
            continue  # "trước ngày lễ"... not a number
        month_raw = m.group("m") or m.group("m2")
        if month_raw is None and not re.search(_NGAY, m.group()):
            continue  # "trước 2 năm": a bare number without "ngày" is not a date
        day = _number(m.group("d"))
        year_raw = m.group("y") or m.group("y2")
        month = _number(month_raw)
        year = _number(year_raw) if year_raw else default_year
        due = _make(year, month, day)
        found.append((m.start(), m.end(), due, due is None))
    for m in _BY_DAY_VAGUE.finditer(f):
        found.append((m.start(), m.end(), None, True))
    for m in _IN_MONTH.finditer(f):
        lead = _has_lead(m.group())
        if not _weak_form_ok(f, m.start(), m.end(), lead):
            continue
        due = None
        if not m.group("vague"):
            month = _number(m.group("m"))
            year_raw = m.group("y") or m.group("y2")
            year = _number(year_raw) if year_raw else default_year
            due = _month_end(year, month) if year and month else None
        found.append((m.start(), m.end(), due, due is None))
    for m in _IN_QUARTER.finditer(f):
        lead = _has_lead(m.group())
        if not _weak_form_ok(f, m.start(), m.end(), lead):
            continue
        due = None
        if not m.group("vague"):
            raw_q = m.group("q")
            if not raw_q.isdigit():
                raw_q = raw_q.replace("1", "i").replace("l", "i")
            q = _QUARTERS.get(raw_q)
            year = _number(m.group("y")) if m.group("y") else default_year
            due = _month_end(year, q * 3) if q and year else None
        found.append((m.start(), m.end(), due, due is None))
    for m in _IN_YEAR.finditer(f):
        lead = _has_lead(m.group())
        if not _weak_form_ok(f, m.start(), m.end(), lead):
            continue
        found.append((m.start(), m.end(), date(int(m.group("y")), 12, 31), False))

    found.sort(key=lambda item: (item[0], -item[1]))
    result: list[Deadline] = []
    last_end = -1
    for fs, fe, due, review in found:
        if fs < last_end:
            continue  # overlapping matches: keep the first, longest
        last_end = fe
        start, end = folded.offset(fs), folded.offset(fe)
        phrase = clean(text[start:end]).strip(" *_")
        result.append(Deadline(phrase, due, review, start, end))
    return result
