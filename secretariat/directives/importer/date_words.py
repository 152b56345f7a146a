"""Dates written with words, or broken by OCR, rewritten in figures for the deadline
patterns, one character for one so that offsets into the text stay shared.

* a month in words after its day or before its year: «ngày 20 tháng Ba năm 2025», «ngày 01
  tháng Sáu», «tháng Mười một năm 2025» (not «tháng Giêng», «tháng Chạp», «tháng Một»:
  the lunar calendar's names);
* a day's figures glossed in words: «ngày 20 (hai mươi) tháng 3»;
* «mùng»/«mồng» before a day: «trước mồng 5 tháng 4», «ngày mùng 10 tháng 3»;
* a date OCR spaced apart after «ngày»: «ngày 1 5/3/2025», «ngày 2 8 / 3 / 2 0 2 5»;
* the day of the week before a date, or beside it in brackets: «thứ Năm (20/3/2025)», «thứ
  Ba 25/3/2025», «Chủ nhật, ngày 16/3/2025», «ngày thứ 6 (21/3/2025)», and a relative day
  the date explains, «ngày mai (06/3/2025)»;
* the issue's own month or the next one named so: «trước ngày 15 tháng này», «ngày 10 tháng
  sau», «trong tháng này» (no month of the next year: its figures would not fit);
* a lunar day glossed with the solar one: «ngày 23 tháng Chạp (tức ngày 10/02/2026)».
"""

from __future__ import annotations

import re
from datetime import date

# The months' names in the solar calendar, as written with their marks (the text's own
# words, lower-cased: «tháng sau» is the next month, «tháng Sáu» June; «tháng tư» April,
# «từ» no month).
MONTH_NAMES = {
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
_MONTH_WORD = re.compile(
    r"\bthang[ \t]+(?P<w>muoi[ \t]+mot|muoi[ \t]+hai|muoi|hai|ba|tu|bon|nam|sau|bay|tam|chin)\b"
    r"(?![ \t]+\d{4})"  # («ngày 20 tháng năm 2025»: the month left blank, «năm» the year's)
)
_DAY_BEFORE = re.compile(r"\bngay\s+(?:\d{1,2}|mung\s+\d{1,2}|mong\s+\d{1,2})[\s,]*$")
_YEAR_AFTER = re.compile(r"[\s,]*(?:nam\s+\d{4}\b|/\s*\d{4}\b)")
_NUMBER_WORDS = r"(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le|tram)"
_GLOSS = re.compile(rf"(?<=\d)[ \t]*\([ \t]*{_NUMBER_WORDS}(?:[ \t]+{_NUMBER_WORDS})*[ \t]*\)")
_MUNG = re.compile(r"\b(?P<ngay>ngay\s+)?(?P<w>mung|mong)(?=\s+\d{1,2}\b)")
_SPACED_DATE = re.compile(
    r"(?:(?<=\bngay )|(?<=\btruoc ))(?P<d>\d \d|\d{1,2})(?P<s1>\s*[/.-]\s*)(?P<m>\d \d|\d{1,2})"
    r"(?:(?P<s2>\s*[/.-]\s*)(?P<y>\d(?: ?\d){3}))?(?![\d/])"
)
_WEEKDAY_BEFORE = re.compile(
    # (not an ordinal: «Tuần thứ hai (17/3 - 21/3)», «lần thứ ba», «đợt thứ hai», «kỳ thứ …»)
    r"(?:\bngay\s+)?\b(?<!tuan )(?<!lan )(?<!dot )(?<!ky )(?<!buoc )(?<!khoa )(?<!phan )"
    r"(?:thu\s+(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu\s+nhat|ngay\s+mai|t[2-7](?=,))\b"
    # («\s*(?:,\s*)?», never two runs of spaces side by side: linear on a line of blanks)
    r"\s*(?:,\s*)?(?P<open>\(\s*)?(?:ngay\s+)?(?=\d{1,2}\s*[/.-]\s*\d{1,2}\b)"
)
# A day's figures spaced apart with no month after it («trước ngày 2 2 hằng tháng»), an hour's
# («trước 1 6h00», «1 6 giờ»); OCR's «ngàv» for «ngày».
# A day of the lunar calendar glossed with the solar one: «trước ngày 23 tháng Chạp (tức ngày
# 10/02/2026)»: the lunar day blanked, the gloss read in its place.
_LUNAR_GLOSSED = re.compile(
    r"\bngay[ \t]+\d{1,2}[ \t]+thang[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,4}?[ \t]*\([ \t]*"
    r"tuc(?:[ \t]+la)?[ \t]+(?=ngay[ \t]+\d{1,2}[ \t]*/)"
)
_SPACED_DAY = re.compile(r"(?<=\bngay )(?P<d>\d \d)(?=\s*(?:,|\.|;|$|\s+(?:hang|moi|cua)\b))", re.M)
_SPACED_HOUR = re.compile(r"(?<![\d/])(?P<h>\d \d)(?=\s*(?:h|gio)\b|h\d)")
_NGAV = re.compile(r"\bngav\b")
# A day spelt out between «ngày» (and «mùng») and «tháng»: «ngày hai mươi hai tháng Ba», «ngày
# mồng mười», «ngày ba mốt», «ngày hai lăm».
_SPELT_DAY = re.compile(
    r"(?<=\bngay )(?:(?:mung|mong)\s+)?(?P<w>(?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi)"
    r"(?:\s+|(?=\s*thang\b)))+)(?=\s*thang\b)"
)
_UNITS = {"mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5, "sau": 6}
_UNITS |= {"bay": 7, "tam": 8, "chin": 9}


def _spelt_number(words: list[str]) -> int | None:
    """1–31 said in words: «mười bốn» 14, «hai mươi hai» 22, «ba mốt» 31, «hai lăm» 25."""
    if not words or len(words) > 3:
        return None
    if words[0] == "muoi":  # «mười», «mười bốn»
        rest = words[1:]
        if len(rest) > 1 or (rest and rest[0] not in _UNITS):
            return None
        return 10 + (_UNITS[rest[0]] if rest else 0)
    if words[0] not in _UNITS:
        return None
    tens_or_unit = _UNITS[words[0]]
    if len(words) == 1:
        return tens_or_unit
    rest = words[1:]
    if rest[0] == "muoi":
        rest = rest[1:]
    elif len(rest) != 1:  # («hai lăm», «ba mốt»: the «mươi» left out)
        return None
    unit = _UNITS.get(rest[0], -1) if rest else 0
    value = tens_or_unit * 10 + unit
    return value if unit >= 0 and 1 <= value <= 31 else None


# What any rewrite here needs in a text (most of a schedule's cells have none).
_ANY_DAY_WORD = re.compile(r"ngay|ngav|thang|thu |nhat|truoc \d \d|\bt[2-7],")
_DATE_THEN_CLOSE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*\)")
_THIS_OR_NEXT = re.compile(
    r"\b(?P<day>ngay[ \t]+\d{1,2}[ \t]+(?:cua[ \t]+)?)?thang[ \t]+(?P<which>nay|sau|toi)\b"
)
# A sentence saying it repeats: «ngày 05 của tháng sau» is then each month's (deadline_phrases
# reads it so), never one date.
_REPEATS_BEFORE = re.compile(r"\b(?:hang|moi)[ \t]+(?:thang|quy)\b|\bdinh ky\b")


def _put(chars: list[str], start: int, end: int, new: str) -> None:
    """``new`` over ``chars[start:end]``, padded with spaces (never longer)."""
    if len(new) <= end - start:
        chars[start:end] = list(new.ljust(end - start))


def _month_names(text: str, f: str, chars: list[str]) -> None:
    for m in _MONTH_WORD.finditer(f):
        month = MONTH_NAMES.get(" ".join(text[m.start("w") : m.end("w")].lower().split()))
        if month is None:
            continue  # «tháng sau», «tháng tư» unmarked: not read as a month's name
        if _DAY_BEFORE.search(f[max(0, m.start() - 24) : m.start()]) or _YEAR_AFTER.match(
            f, m.end()
        ):
            _put(chars, m.start("w"), m.end("w"), str(month))


def _this_or_next_month(text: str, f: str, chars: list[str], issued: date) -> None:
    for m in _THIS_OR_NEXT.finditer(f):
        sentence = f[max(0, m.start() - 300) : m.start()].rsplit(".", 1)[-1]
        if _REPEATS_BEFORE.search(sentence):
            continue  # «Định kỳ hằng tháng, … trước ngày 05 tháng sau»: each month's
        if m["which"] == "sau" and "sáu" in text[m.start("which") : m.end("which")].lower():
            continue  # «tháng Sáu»: June
        month, year = issued.month, issued.year
        if m["which"] != "nay":
            month, year = (1, year + 1) if month == 12 else (month + 1, year)
        if m["day"]:
            day = re.search(r"\d{1,2}", m["day"])
            assert day is not None
            _put(chars, m.start(), m.end(), f"ngay {day.group()}/{month}/{year}")
        elif year == issued.year:
            _put(chars, m.start("which"), m.end("which"), str(month))


def in_figures(text: str, f: str, issued: date | None) -> str:
    """The folded text ``f`` of ``text`` with the dates it writes in words, or OCR spaced
    apart, in figures (see the module docstring); as long as ``f``."""
    if not _ANY_DAY_WORD.search(f):
        return f  # (no day, month or weekday to rewrite: most of a schedule's cells)
    chars = list(f)
    for m in _GLOSS.finditer(f):
        _put(chars, m.start(), m.end(), "")
    for m in _LUNAR_GLOSSED.finditer(f):
        _put(chars, m.start(), m.end(), "")
    for m in _NGAV.finditer(f):
        _put(chars, m.start(), m.end(), "ngay")
    for m in _SPELT_DAY.finditer(f):
        day = _spelt_number(m["w"].split())
        if day is not None:
            _put(chars, m.start(), m.end(), f"{day} ")
    for pattern, group in ((_SPACED_DAY, "d"), (_SPACED_HOUR, "h")):
        for m in pattern.finditer(f):
            _put(chars, m.start(group), m.end(group), m[group].replace(" ", ""))
    f = "".join(chars)
    _month_names(text, f, chars)
    for m in _MUNG.finditer(f):
        if text[m.start("w") : m.end("w")].lower() in ("mùng", "mồng", "mung"):
            _put(chars, m.start("w"), m.end("w"), "" if m["ngay"] else "ngay")
    for m in _SPACED_DATE.finditer(f):
        for part in ("d", "m", "y"):
            if m[part]:
                _put(chars, m.start(part), m.end(part), m[part].replace(" ", ""))
    for m in _WEEKDAY_BEFORE.finditer(f):
        _put(chars, m.start(), m.end(), "ngay " if m.end() - m.start() > 4 else "ngay")
        if m["open"]:
            close = _DATE_THEN_CLOSE.match(f, m.end())
            if close is not None:
                _put(chars, close.end() - 1, close.end(), "")
    if issued is not None:
        _this_or_next_month(text, f, chars, issued)
    return "".join(chars)
