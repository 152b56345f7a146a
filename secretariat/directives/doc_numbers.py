"""Number-and-symbol ("số, ký hiệu") of Vietnamese Party and state documents.

Two grammars are in use:

* Party documents (Hướng dẫn 36-HD/VPTW): ``number-TYPE/ISSUER``, e.g. ``604-TB/VPTU``,
  ``244-KL/TU``, ``05-QĐi/TW``. Numbers run per term of the committee; no year.
* State documents (Nghị định 30/2020/NĐ-CP): ``number[/year]/TYPE-ISSUER``, e.g.
  ``196/KH-UBND``, ``300/2025/NĐ-CP``. Numbers run per year.
* A state Công văn has no type abbreviation: ``number/ISSUER-UNIT`` (the issuing body,
  then the unit that drafted it), e.g. ``924/SNV-CCHC``, ``73/UBND-TH``,
  ``2865/GDĐT-KT&KĐCL``. Only read in capitals, so that prose is never taken for one.
* The National Assembly's laws and resolutions carry its term instead of a type
  (``61/2022/QH15``, ``35/2023/UBTVQH15``), and older documents of the Government and
  the Prime Minister only their issuer (``299/TTg``, ``64-CP``, ``217-HĐBT``): the type
  is the one the title names. Read for these issuers only.

The parser tolerates the damage OCR does to scans: spaces around the separators, lower
case, ``Đ`` lost (``QD``), read as ``B``/``P`` (``QB``) or as the look-alike ``Ð``, ``O``
for ``0`` inside the number, ``TƯ`` for ``TW`` (Trung ương), and normalises to the
official spelling ("1915-QD/TU" -> "1915-QĐ/TU", "445 - KL/TƯ" -> "445-KL/TW"). An issuer
written in official mixed case keeps it ("719/QĐ-TTg", the Thủ tướng).
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
    "GP": "Giấy phép",
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
    # a consolidated text, numbered as such by the body that consolidates (Pháp lệnh hợp
    # nhất văn bản quy phạm pháp luật): «Số: 5161/VBHN-BLĐTBXH», whatever the act's type
    "VBHN": "Văn bản hợp nhất",
}

# Where the state grammar reads an abbreviation differently.
STATE_DOC_TYPES: dict[str, str] = {**DOC_TYPES, "TT": "Thông tư"}

# Folded spelling -> official abbreviation. When two abbreviations fold alike
# (HD/HĐ, DA/ĐA) the commoner one wins: Hướng dẫn, Đề án.
_PREFERRED = {"hd": "HD", "da": "ĐA"}


def _key(abbr: str) -> str:
    return abbr.lower().replace("đ", "d").replace("ð", "d")


_BY_KEY: dict[str, str] = {}
for _abbr in DOC_TYPES:
    _BY_KEY.setdefault(_key(_abbr), _abbr)
_BY_KEY.update(_PREFERRED)


def _canonical_type(raw: str) -> str | None:
    """The official abbreviation for ``raw`` as found ("QD", "Qb", "qđi"), or None."""
    raw = raw.replace("Ð", "Đ").replace("ð", "đ")
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
    # "party", "state", "letter" (a state Công văn: no type abbreviation) or "issuer" (a
    # law's or an older document's: the issuer alone, the type in the title)
    grammar: str


_LETTERS = r"A-Za-zĐđÐðƯư"
# A number OCR'd with the letter O for a zero ("1O5"); the first digit is a digit. A
# series numbers its parts after a dot («66.7/2025/NQ-CP»): never cut to «7/2025/NQ-CP»
# (no number starts right after a figure and a dot; «Số.45/KH-UBND» is one).
# A number may carry a small letter, one issued between two others («06b/NQ-TLĐ»);
# it may run to six figures («101322/CTHN-TTHT»).
_NUMBER = r"(?<![0-9/])(?<!\d\.)(\d(?:[\dO]{0,4}\d)?(?:\.\d{1,2}(?=\s*/)|[a-d](?=\s*[/-]))?)"
# (a unit's division after the issuer, as the Youth Union numbers: «156-CV/TĐTN-TNNT»)
_PARTY = re.compile(
    rf"{_NUMBER}\s*-\s*([{_LETTERS}]{{1,5}})\s*/\s*([{_LETTERS}0-9]{{1,15}}(?:-[A-ZĐ]{{2,6}}(?!\w))?)"
)
# A Party number whose hyphen OCR or a copy lost to a space, on its number line: «Số 57
# TB/ĐU» (a Party type's letters; not a state committee's old «Số: 947 QĐ/UB»).
_PARTY_SPACED = re.compile(
    rf"\b[Ss][ốôo]\s*:?\s*{_NUMBER}[ \t]+(TB|NQ|KL|CT|KH|BC|HD|CV|QC)\s*/\s*(?!UB)"
    rf"([{_LETTERS}0-9]{{1,15}})(?![{_LETTERS}0-9])"
)
_STATE = re.compile(
    rf"{_NUMBER}(?:\s*/\s*(\d{{4}}))?\s*/\s*([{_LETTERS}]{{1,5}})\s*-\s*"
    # (an «&» inside the issuer's letters: «04/TB-KT&ĐBCL», Khảo thí và Đảm bảo chất lượng)
    rf"([{_LETTERS}0-9]{{1,15}}(?:&[{_LETTERS}]{{1,10}})?(?:-[{_LETTERS}0-9]{{1,10}})?"
    # a joint document's issuers after the first: «TTLT-TANDTC-VKSNDTC-BTP», «NQLT -
    # UBTVQH15 - CP - ĐCTUBTWMTTQVN»; a word after it is none («VP - Hà Nội», «UBND -
    # THÔNG BÁO»: its letters go on past the capitals this takes)
    rf"(?:\s*-\s*[A-ZĐÐƯ][A-ZĐÐƯ0-9]{{1,21}}(?!\w)){{0,2}})"
)
# PDF-to-text drops the hyphen of a state symbol ("1961/QĐUBND", "61/2018/NĐCP"): read
# only where a type abbreviation runs into one of the commonest issuers.
_GLUED = re.compile(
    rf"{_NUMBER}(?:\s*/\s*(\d{{4}}))?\s*/\s*(Q[ĐD]|N[ĐD]|NQ|KH|CT|TB|TT|QC|HD|BC|TTr|C[ĐD]|GM)"
    r"(UBND|H[ĐD]ND|CP|TTg|BNV|BTC|BG[ĐD]ĐT|BGDDT)(?![A-Za-zĐđ0-9])"
)
_CAPS = "A-ZĐÐƯƠÂĂÊÔ"
# A unit's abbreviation may hold a small letter inside, as written officially: «CTrTT»
# (Chính trị, tư tưởng), «GDTrH» (Giáo dục trung học); never two in a row, never first.
# The police number their departments with a letter and figures: «3980/C04-P6» (Cục C04,
# its Phòng 6).
_LETTER = re.compile(
    # (the Prime Minister's letters: «2403/TTg-KGVX», his department's after the «TTg»)
    # (a numbered branch's letters end on its figure: «1452/TCS2-QLHKD», Thuế cơ sở 2)
    rf"{_NUMBER}\s*/\s*([{_CAPS}](?:[{_CAPS}&]{{1,11}}\d?|\d{{2}}(?!\d))|TTg)\s*-\s*"
    rf"([{_CAPS}](?:[{_CAPS}0-9&]|[a-zđ](?=[{_CAPS}])){{0,14}}"
    # or ending on one: «PGDĐT-TTr» (Thanh tra)
    rf"(?:(?<=TT)r(?![{_LETTERS}0-9&]))?"
    # a unit's own division after it: «4396/BYT-KH-TC» (Vụ Kế hoạch - Tài chính)
    rf"(?:-[{_CAPS}][{_CAPS}0-9&]{{1,10}}(?![{_LETTERS}0-9&]))?"
    # a numbered department: «3250/VPCP-V.III» (Vụ III), its dot spaced off in a copy
    r"(?:\s?\.[IVX]{1,4}(?![\w.]))?)"
    # its end; or «V/v» run into it («2597/VPCP-NCV/v tổ chức …»)
    rf"(?:(?![{_LETTERS}0-9&])(?!/v\b)|(?=V/v\b))"
)

# A committee's number of the 1980s–1990s, its type before a slash after a space: «Số: 947
# QĐ/UB» (kept as printed).
_OLD_COMMITTEE = re.compile(
    rf"{_NUMBER}\s+(Q[ĐD]|CT|TB|KH|CV)\s*/\s*(UBND|UB)(?![{_LETTERS}0-9/-])"
)

# The issuer alone: the National Assembly and its Standing Committee with their term, the
# Government, the Prime Minister and the Council of Ministers of before 1992.
_ISSUER_ONLY = re.compile(
    rf"{_NUMBER}\s*/\s*(\d{{4}})\s*/\s*((?:UBTV)?QH)\s*(\d{{1,2}})(?![{_LETTERS}0-9/-])"
    rf"|{_NUMBER}\s*([-/])\s*(TTg|CP|HĐBT|HDBT)(?![{_LETTERS}0-9/-])"
)

# Issuer abbreviations whose Đ OCR lost or misread.
_ISSUER_FIXES = {"PU": "ĐU", "BU": "ĐU", "DU": "ĐU", "BCD": "BCĐ", "DD": "ĐĐ", "HDND": "HĐND"}
# Education's «Giáo dục và Đào tạo» (GDĐT) in a ministry's, a department's or an office's
# abbreviation, its Đ lost by OCR without marks.
_ISSUER_FIXES |= {f"{head}GDDT": f"{head}GDĐT" for head in ("", "B", "S", "P")}


def _issuer(raw: str) -> str:
    upper = raw.upper().replace("Ð", "Đ").replace("TƯ", "TW")
    fixed = _ISSUER_FIXES.get(upper, upper)
    if raw[:1].isupper() and re.fullmatch(r"[A-ZĐÐ]+[a-zđ]+", raw) and len(raw) > 2:
        return raw.replace("Ð", "Đ")  # an official mixed case: "QĐ-TTg" (Thủ tướng)
    if re.fullmatch(r"(?:[A-ZĐÐ&]+[a-zđ])+[A-ZĐÐ0-9&]+", raw):
        return raw.replace("Ð", "Đ")  # a unit's small letter inside: "CTrTT", "GDTrH"
    return fixed


def _number(raw: str) -> str:
    return raw.replace("O", "0")


def _value(digits: str) -> int:
    # «66.7» is the 7th part of the 66th; «06b» one issued after the 6th
    return int(re.match(r"\d+", digits).group())  # type: ignore[union-attr]


def _state_symbol(m: re.Match[str]) -> NumberSymbol:
    """A state grammar's match (number, year, type, issuer groups) as its number-symbol."""
    abbr = _canonical_type(m.group(3)) or ""
    issuer = _issuer(re.sub(r"\s*-\s*", "-", m.group(4)))
    digits = _number(m.group(1))
    year = int(m.group(2)) if m.group(2) else None
    middle = f"/{year}" if year else ""
    return NumberSymbol(
        f"{digits}{middle}/{abbr}-{issuer}", _value(digits), abbr, issuer, year, "state"
    )


def find_number_symbols(text: str) -> list[tuple[int, NumberSymbol]]:
    """Every number-symbol in ``text`` with its offset, in order of appearance."""
    # OCR reads the slash as a fraction or division slash («1105⁄KH-ĐKT»)
    text = text.replace("\u2044", "/").replace("\u2215", "/")
    # and a symbol's hyphen as a dash («4144 /GDĐT – VP»); one character for one, so every
    # offset stays
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"(?<=[A-ZĐ])§", "S", text)  # and an S as «§» («320/TB-ĐG§»)
    # and a number's first 1 as «l» or «I» («Số: l2/KH-UBND»: 12, never 2)
    text = re.sub(r"(?<![A-Za-zĐđ0-9])[lI](?=[\dO]{0,3}\d\s*[/-])", "1", text)
    text = re.sub(r"(?<=\d)l(?=[\dl]{0,3}\s*[/-]\s*[A-ZĐ])", "1", text)  # «2l9/TB-UBND»
    found: list[tuple[int, NumberSymbol]] = []
    for m in (*_PARTY.finditer(text), *_PARTY_SPACED.finditer(text)):
        abbr = _canonical_type(m.group(2))
        if abbr is None:
            continue
        issuer = _issuer(m.group(3))
        digits = _number(m.group(1))
        ns = NumberSymbol(f"{digits}-{abbr}/{issuer}", _value(digits), abbr, issuer, None, "party")
        found.append((m.start(1), ns))
    for m in _STATE.finditer(text):
        if _canonical_type(m.group(3)) is not None:
            found.append((m.start(), _state_symbol(m)))
    taken = {start for start, _ in found}
    for m in _GLUED.finditer(text):
        if m.start() not in taken and _canonical_type(m.group(3)) is not None:
            found.append((m.start(), _state_symbol(m)))
    taken = {start for start, _ in found}
    for m in _LETTER.finditer(text):
        if m.start() in taken or _canonical_type(m.group(2)) is not None:
            continue  # a type abbreviation: the state grammar read it
        digits = _number(m.group(1))
        issuer = _issuer(m.group(2))
        unit = _issuer(re.sub(r"\s+(?=\.)", "", m.group(3)))  # «V .III»
        ns = NumberSymbol(f"{digits}/{issuer}-{unit}", _value(digits), "", issuer, None, "letter")
        found.append((m.start(), ns))
    taken = {start for start, _ in found}
    for m in _ISSUER_ONLY.finditer(text):
        if m.start() in taken:
            continue
        if m.group(1):
            digits, year = _number(m.group(1)), int(m.group(2))
            issuer = f"{m.group(3)}{m.group(4)}"
            symbol = f"{digits}/{year}/{issuer}"
        else:
            digits, year = _number(m.group(5)), None
            issuer = m.group(7).replace("HDBT", "HĐBT")
            symbol = f"{digits}{m.group(6)}{issuer}"  # «64/CP» and «64-CP» are both in use
        ns = NumberSymbol(symbol, _value(digits), "", issuer, year, "issuer")
        found.append((m.start(), ns))
    taken = {start for start, _ in found}
    for m in _OLD_COMMITTEE.finditer(text):
        abbr = _canonical_type(m.group(2))
        if m.start() in taken or abbr is None:
            continue
        digits = _number(m.group(1))
        symbol = f"{digits} {abbr}/{m.group(3)}"
        found.append(
            (m.start(), NumberSymbol(symbol, _value(digits), abbr, m.group(3), None, "state"))
        )
    # No document is numbered 0: a number written by hand that OCR read as «0»
    found = [pair for pair in found if pair[1].number > 0]
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


def type_name(ns: NumberSymbol) -> str | None:
    """The document type a parsed number-symbol names; None when only its title does."""
    if ns.grammar == "letter":
        return "Công văn"
    if ns.grammar == "issuer":
        return None
    table = STATE_DOC_TYPES if ns.grammar == "state" else DOC_TYPES
    return table[ns.type_abbr]


def doc_type_for(number_symbol: str) -> str | None:
    """The document type named by a number-symbol: "244-KL/TU" -> "Kết luận"."""
    ns = parse_number_symbol(number_symbol)
    return type_name(ns) if ns else None
