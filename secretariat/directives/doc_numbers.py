"""Number-and-symbol ("số, ký hiệu") of Vietnamese Party and state documents.

Two grammars are in use:

* Party documents (Hướng dẫn 36-HD/VPTW): ``number-TYPE/ISSUER``, e.g. ``604-TB/VPTU``,
  ``244-KL/TU``, ``05-QĐi/TW``. Numbers run per term of the committee; no year.
* State documents (Nghị định 30/2020/NĐ-CP): ``number[/year]/TYPE-ISSUER``, e.g.
  ``196/KH-UBND``, ``300/2025/NĐ-CP``. Numbers run per year.

The parser tolerates the damage OCR does to scans: spaces around the separators, lower
case, ``Đ`` lost (``QD``) or read as ``B``/``P`` (``QB``), and normalises to the
official spelling ("1915-QD/TU" -> "1915-QĐ/TU").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Abbreviation -> type name. Party abbreviations follow Hướng dẫn 36-HD/VPTW (2018);
# state ones Nghị định 30/2020/NĐ-CP, Phụ lục III, plus the legal-document types
# (Nghị định, Thông tư, ...). "TT" is "Thông tri" in the Party grammar and "Thông tư" in
# the state grammar: see STATE_DOC_TYPES.
DOC_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "QyĐ": "Quy định",
    "QC": "Quy chế",
    "TB": "Thông báo",
    "TT": "Thông tri",
    "TC": "Thông cáo",
    "KH": "Kế hoạch",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "QH": "Quy hoạch",
    "BC": "Báo cáo",
    "CV": "Công văn",
    "TTr": "Tờ trình",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "PA": "Phương án",
    "ĐC": "Đề cương",
    "BB": "Biên bản",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GUQ": "Giấy ủy quyền",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "NĐ": "Nghị định",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
    "PL": "Pháp lệnh",
}

# Where the state grammar reads an abbreviation differently.
STATE_DOC_TYPES: dict[str, str] = {**DOC_TYPES, "TT": "Thông tư"}

# Folded spelling -> official abbreviation. When two abbreviations fold alike
# (HD/HĐ, DA/ĐA) the commoner one wins: Hướng dẫn, Đề án.
_PREFERRED = {"hd": "HD", "da": "ĐA"}


def _key(abbr: str) -> str:
    return abbr.lower().replace("đ", "d")


_BY_KEY: dict[str, str] = {}
for _abbr in DOC_TYPES:
    _BY_KEY.setdefault(_key(_abbr), _abbr)
_BY_KEY.update(_PREFERRED)


def _canonical_type(raw: str) -> str | None:
    """The official abbreviation for ``raw`` as found ("QD", "Qb", "qđi"), or None."""
    if raw in DOC_TYPES:
        return raw
    key = _key(raw)
    if key in _BY_KEY:
        return _BY_KEY[key]
    # OCR reads Đ as B or P: try each B/P after the first letter as a D.
    for i, ch in enumerate(key):
        if i and ch in "bp":
            candidate = key[:i] + "d" + key[i + 1 :]
            if candidate in _BY_KEY:
                return _BY_KEY[candidate]
    return None


@dataclass(frozen=True)
class NumberSymbol:
    """A parsed number-and-symbol, normalised."""

    text: str  # e.g. "604-TB/VPTU", "300/2025/NĐ-CP"
    number: int
    type_abbr: str  # official abbreviation, a key of DOC_TYPES
    issuer_abbr: str  # e.g. "VPTU", "UBND", "CP"
    year: int | None  # state grammar only
    grammar: str  # "party" or "state"


_LETTERS = r"A-Za-zĐđ"
_PARTY = re.compile(
    rf"(?<![0-9/])(\d{{1,5}})\s*-\s*([{_LETTERS}]{{1,5}})\s*/\s*([{_LETTERS}0-9]{{1,15}})"
)
_STATE = re.compile(
    rf"(?<![0-9/])(\d{{1,5}})(?:\s*/\s*(\d{{4}}))?\s*/\s*([{_LETTERS}]{{1,5}})\s*-\s*"
    rf"([{_LETTERS}0-9]{{1,15}}(?:-[{_LETTERS}0-9]{{1,10}})?)"
)


# Issuer abbreviations whose Đ OCR lost or misread.
_ISSUER_FIXES = {"PU": "ĐU", "BU": "ĐU", "DU": "ĐU", "BCD": "BCĐ", "DD": "ĐĐ"}


def _issuer(raw: str) -> str:
    upper = raw.upper()
    return _ISSUER_FIXES.get(upper, upper)


def find_number_symbols(text: str) -> list[tuple[int, NumberSymbol]]:
    """Every number-symbol in ``text`` with its offset, in order of appearance."""
    found: list[tuple[int, NumberSymbol]] = []
    for m in _PARTY.finditer(text):
        abbr = _canonical_type(m.group(2))
        if abbr is None:
            continue
        issuer = _issuer(m.group(3))
        number = int(m.group(1))
        ns = NumberSymbol(f"{m.group(1)}-{abbr}/{issuer}", number, abbr, issuer, None, "party")
        found.append((m.start(), ns))
    for m in _STATE.finditer(text):
        abbr = _canonical_type(m.group(3))
        if abbr is None:
            continue
        issuer = _issuer(m.group(4))
        number = int(m.group(1))
        year = int(m.group(2)) if m.group(2) else None
        middle = f"/{year}" if year else ""
        ns = NumberSymbol(
            f"{m.group(1)}{middle}/{abbr}-{issuer}", number, abbr, issuer, year, "state"
        )
        found.append((m.start(), ns))
    found.sort(key=lambda pair: pair[0])
    return found


def parse_number_symbol(text: str) -> NumberSymbol | None:
    """Parse the first number-symbol in ``text``; None when there is none.

    >>> parse_number_symbol("S604 - TB/VPTU").text
    '604-TB/VPTU'
    >>> parse_number_symbol("1915-QD/TU").text
    '1915-QĐ/TU'
    >>> parse_number_symbol("300/2025/NĐ-CP").year
    2025
    """
    found = find_number_symbols(text)
    return found[0][1] if found else None


def type_name(ns: NumberSymbol) -> str:
    """The document type a parsed number-symbol names."""
    table = STATE_DOC_TYPES if ns.grammar == "state" else DOC_TYPES
    return table[ns.type_abbr]


def doc_type_for(number_symbol: str) -> str | None:
    """The document type named by a number-symbol: "244-KL/TU" -> "Kết luận"."""
    ns = parse_number_symbol(number_symbol)
    return type_name(ns) if ns else None
