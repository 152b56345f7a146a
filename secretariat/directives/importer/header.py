"""The header of a directive: number-symbol, type, issuer, place and date, subject.

A Vietnamese administrative document opens with the issuing body (left) and the motto
(right), the number-symbol, "Place, ngày dd tháng mm năm yyyy", the type in capitals
("THÔNG BÁO") and the subject (trích yếu) under it. OCR joins the two columns on one line
("THANH UY HAI PHONG PANG CONG SAN VIET NAM"). Only the first lines are searched, so
documents cited in the body are never taken for the header. A news-style summary has
no header; its first sentence "ngày 27/8/2025, <body> ban hành Thông báo số 129-TB/TU
..." is used instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from secretariat.directives.doc_numbers import find_number_symbols, type_name
from secretariat.directives.importer.ocr import clean, fold_keep_offsets, restore, words
from secretariat.text import fold

HEADER_LINES = 30

# Type names on their title line, OCR-tolerant, on folded text.
_TITLE_TYPES: tuple[tuple[str, str], ...] = (
    ("Thông báo", r"th[o0]ng b[a-z]o"),
    ("Kết luận", r"k[e3]t lu[a-z]n"),
    ("Báo cáo", r"b[a-z]o c[a-z]o"),
    ("Nghị quyết", r"ngh[i1] quy[e3]t"),
    ("Chỉ thị", r"ch[i1] th[i1]"),
    ("Quyết định", r"quy[e3]t d[i1]nh"),
    ("Quy định", r"quy d[i1]nh"),
    ("Quy chế", r"quy ch[e3]"),
    ("Kế hoạch", r"k[e3] ho[a4]ch"),
    ("Hướng dẫn", r"h[uw][o0]ng d[a-z]n"),
    ("Chương trình", r"ch[uw][o0]ng tr[i1]nh"),
    ("Thông tri", r"th[o0]ng tri"),
    ("Tờ trình", r"t[o0] tr[i1]nh"),
    ("Công văn", r"c[o0]ng v[a-z]n"),
    ("Đề án", r"d[e3] [a4]n"),
)
_TITLE = re.compile(r"^\(?(" + "|".join(p for _, p in _TITLE_TYPES) + r")\b")

# Mottos and decorations on the header lines (folded, OCR'd Đ as p/b).
_MOTTO = re.compile(
    r"(?:[dpb]{1,2}[a-z]?ng|bang) c[o0]ng s[a-z]n vi[e3]t nam"
    r"|c[o0]ng h[o0]a x[a-z] h[o0]i ch[u] ngh[i1]a vi[e3]t nam"
    r"|d[o0]c l[a-z]p\s*-\s*t[uw] d[o0]\s*-\s*h[a-z]nh ph[u]c"
)
_PLACE_DATE = re.compile(
    r",\s*ng[a-z0-9]y\s+(?P<d>[0-9.]{1,6})\s+th[a-z0-9]ng\s+(?P<m>[0-9]{1,2})\s+"
    r"n[a-z0-9]{1,2}m\s+(?P<y>[0-9]{4})"
)
_NS_LINE = re.compile(r"^\W*(?:s[a-z0-9]{0,2}\s*[:.]?\s*)?(?=\d{1,5}\s*[-/])")
_SUMMARY = re.compile(
    r"ng[a-z0-9]y (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}), (?P<issuer>[^,.;]{3,90}?) "
    r"ban h[a-z]nh (?P<type>[a-z ]{4,15}?) s[o0] (?=\d)"
)
# Second header lines that are departments of the body on the first line.
_DEPARTMENTS = re.compile(
    r"^(?:van phong|ban to chuc|ban tuyen giao(?: va dan van)?|ban dan van|ban noi chinh"
    r"|uy ban kiem tra|ban thuong vu)$"
)
_SIGNATURE = re.compile(r"\bt/[ml] (ban thuong vu|ban chap hanh|thuong truc)\b")


@dataclass(frozen=True)
class Header:
    number_symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    place: str | None = None
    issued_date: date | None = None
    subject: str | None = None


def _is_upper(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _strip_md(line: str) -> str:
    return re.sub(r"^\s*#+\s*|\*\*", "", line).strip()


def _date(y: str, m: str, d: str) -> date | None:
    if not (y.isdigit() and m.isdigit() and d.isdigit()):
        return None
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _restored(found: str) -> str:
    return restore(found) or clean(found)


def _place_before(line: str, comma: int) -> str | None:
    """The capitalised words just before the place-date comma ("Hai Phong")."""
    tokens = line[:comma].split()
    picked: list[str] = []
    for token in reversed(tokens):
        if len(picked) == 4 or not token.isalpha() or not token[0].isupper():
            break
        picked.append(token)
    return " ".join(reversed(picked)) or None


def _issuer_from_lines(lines: list[str]) -> str | None:
    cleaned = []
    for line in lines:
        folded = fold(line)
        m = _MOTTO.search(folded)
        if m:
            line = line[: m.start()] if m.start() > 0 else ""
        line = clean(line).strip(" *&-")
        if len(line) >= 3 and _is_upper(line):
            cleaned.append(line)
    if not cleaned:
        return None
    if len(cleaned) >= 2:
        first, second = cleaned[0], cleaned[1]
        if _DEPARTMENTS.match(words(second)):
            return _restored(f"{second} {first}")
        if words(first).startswith("dang bo"):
            return _restored(second)
        return _restored(second)
    return _restored(cleaned[0])


def parse_header(text: str) -> Header:
    """Propose the header fields of ``text``; fields not found are None."""
    lines = text.split("\n")[:HEADER_LINES]
    number_symbol = doc_type = issuer = place = subject = None
    issued: date | None = None
    title_index: int | None = None
    used: set[int] = set()

    for i, raw in enumerate(lines):
        line = _strip_md(raw)
        folded = fold_keep_offsets(line).text
        if number_symbol is None and _NS_LINE.match(folded):
            found = find_number_symbols(line)
            if found and found[0][0] <= 6:
                ns = found[0][1]
                number_symbol, doc_type = ns.text, type_name(ns)
                used.add(i)
        m = _PLACE_DATE.search(folded)
        if m and place is None and issued is None:
            place_found = _place_before(line, m.start())
            place = _restored(place_found) if place_found else None
            issued = _date(m.group("y"), m.group("m"), m.group("d"))
            used.add(i)
        if title_index is None and i not in used:
            t = _TITLE.match(words(line))
            if (
                t
                and (len(line.split()) <= 6 or line.startswith("("))
                and (_is_upper(line) or line.startswith("("))
            ):
                title_index = i
                if doc_type is None:
                    for name, pattern in _TITLE_TYPES:
                        if re.fullmatch(pattern, t.group(1)):
                            doc_type = name
                            break

    if title_index is not None:
        title = _strip_md(lines[title_index])
        if title.startswith("("):
            subject = clean(title.strip("()"))
        else:
            block: list[str] = []
            rest = title.split(None, 2)[2:] if len(title.split()) > 2 else []
            block += rest
            j = title_index + 1
            while j < len(lines) and not lines[j].strip():
                j += 1  # a blank line may separate the title from the subject
            while j < len(lines) and lines[j].strip():
                block.append(_strip_md(lines[j]))
                j += 1
            candidate = clean(" ".join(block))
            if candidate and len(candidate) <= 400:
                subject = candidate
        issuer = _issuer_from_lines(
            [ln for k, ln in enumerate(lines[:title_index]) if k not in used]
        )

    if number_symbol is None:
        summary = _summary(text)
        if summary is not None:
            number_symbol = summary.number_symbol
            doc_type = doc_type or summary.doc_type
            issuer = issuer or summary.issuer
            issued = issued or summary.issued_date
            subject = subject or summary.subject
    if issuer is None:
        issuer = _issuer_from_signature(text)
    return Header(number_symbol, doc_type, issuer, place, issued, subject)


def _summary(text: str) -> Header | None:
    """Header fields from a news summary's "ngày ..., X ban hành Thông báo số N ..."."""
    head = text[:3000]
    folded = fold_keep_offsets(head)
    m = _SUMMARY.search(folded.text)
    if not m:
        return None
    after = head[folded.offset(m.end()) :]
    found = find_number_symbols(after[:40])
    if not found or found[0][0] != 0:
        return None
    ns = found[0][1]
    issuer = clean(head[folded.offset(m.start("issuer")) : folded.offset(m.end("issuer"))])
    # The subject: what follows the number, up to the end of the sentence.
    rest = after[len(after[:40]) - len(after[:40].lstrip()) :]
    tail = re.match(r"\S+\s*,?\s*(?P<s>[^.]{5,300})\.", rest)
    subject = clean(tail.group("s")) if tail else None
    if subject:
        subject = subject[0].upper() + subject[1:]
    return Header(
        ns.text,
        type_name(ns),
        issuer,
        None,
        _date(m.group("y"), m.group("m"), m.group("d")),
        subject,
    )


def _issuer_from_signature(text: str) -> str | None:
    """ "T/L BAN THƯỜNG VỤ" signs for "Ban Thường vụ <committee>" named in the text."""
    tail = words(text[-1500:])
    m = _SIGNATURE.search(tail)
    if not m:
        return None
    body = m.group(1)
    full = re.search(rf"\b{body} (thanh uy|tinh uy|dang uy)\b", words(text[:3000]))
    if not full:
        return None  # "Ban Chấp hành" alone does not say whose
    return restore(f"{body} {full.group(1)}")
