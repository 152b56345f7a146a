"""The header of a directive: number-symbol, type, issuer, place and date, subject.

A Vietnamese administrative document opens with the issuing body (left) and the motto
(right), the number-symbol, "Place, ngày dd tháng mm năm yyyy", the type in capitals
("THÔNG BÁO") and the subject (trích yếu) under it. OCR joins the two columns on one line
("THANH UY HAI PHONG PANG CONG SAN VIET NAM"). Only the first lines are searched, so
documents cited in the body are never taken for the header.

Both families are read by their own rules: a Party document (Hướng dẫn 36-HD/VPTW) puts
its type and subject in a title block; a state one (Nghị định 30/2020/NĐ-CP) names its
managing body over the issuing one, and a Công văn has no title but a «V/v …» subject
under its number (``state_header``). The type the title line spells out wins over the
number's abbreviation («QUY ĐỊNH» over an OCR'd ``QĐ``). A text whose header was lost
(a news summary, a portal's extract) is read from its prose: "ngày 27/8/2025, <body> ban
hành Thông báo số 129-TB/TU ..." or "<body> vừa ban hành Kết luận số 312-KL/TU ngày
12/3/2025 về ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from secretariat.directives.doc_numbers import (
    NumberSymbol,
    find_number_symbols,
    parse_number_symbol,
    type_name,
)
from secretariat.directives.importer.ocr import (
    clean,
    fold_keep_offsets,
    marks_optional,
    restore,
    words,
)
from secretariat.directives.importer.provinces import (
    CENTRAL_BODIES,
    central_body,
    central_spelling,
    province,
    skeleton,
)
from secretariat.directives.importer.state_header import (
    DANGLING,
    LEVEL_WORD,
    NAME_TAIL,
    NAMES_ITS_PLACE,
    VV_OCR,
    body_case,
    cong_van_subject,
    join_name_lines,
    spelt_heads,
    state_issuer,
)
from secretariat.text import fold

HEADER_LINES = 30

# Type names on their title line, OCR-tolerant, on folded text.
_TITLE_TYPES: tuple[tuple[str, str], ...] = (
    ("Thông báo", r"th[o0]ng b[a-z]o"),
    ("Kết luận", r"k[e3]t lu[a-z]n"),
    ("Báo cáo", r"b[a-z]o c[a-z]o"),
    ("Nghị quyết liên tịch", r"ngh[i1] quy[e3]t li[e3]n t[i1]ch"),
    ("Nghị quyết", r"ngh[i1] quy[e3]t"),
    ("Chỉ thị", r"ch[i1] th[i1]"),
    ("Quyết định", r"[qo]uy[e3]t d[i1]nh"),  # OCR's «OUYẾT ĐỊNH»
    ("Quy định", r"quy d[i1]nh"),
    ("Quy chế", r"quy ch[e3]"),
    ("Kế hoạch", r"k[e3] ho[a4]ch"),
    ("Hướng dẫn", r"h[uw][o0]ng d[a-z]n"),
    ("Chương trình", r"ch[uw][o0]ng tr[i1]nh"),
    ("Thông tri", r"th[o0]ng tri"),
    ("Tờ trình", r"t[o0] tr[i1]nh"),
    ("Công văn", r"c[o0]ng v[a-z]n"),
    ("Công điện", r"c[o0]ng d[i1][e3]n"),
    ("Giấy mời", r"gi[a-z]y m[o0][i1]"),
    ("Thông tư liên tịch", r"th[o0]ng t[uw] li[e3]n t[i1]ch"),
    ("Thông tư", r"th[o0]ng t[uw]"),
    ("Nghị định", r"ngh[i1] d[i1]nh"),
    ("Đề án", r"d[e3] [a4]n"),
    ("Giấy phép", r"gi[a-z]y ph[e3]p"),
    ("Phương án", r"ph[uw][o0]ng [a4]n"),
    ("Biên bản", r"bi[e3]n b[a-z]n"),
    ("Thư ngỏ", r"th[uw] ng[o0]"),  # a UBND's open letter calling for support
)
_TITLE = re.compile(r"^\(?(" + "|".join(p for _, p in _TITLE_TYPES) + r")\b")
# A title line printed by a font without glyphs for the marked letters («HNG DN»).
_TITLE_SKELETONS = {
    skeleton(name): name for name, _ in _TITLE_TYPES if skeleton(name) != fold(name)
}

# Mottos and decorations on the header lines (folded, OCR'd Đ as p/b).
_MOTTO = re.compile(
    r"(?:[dpb]{1,2}[a-z]?ng|bang) c[o0]ng s[a-z]n vi[e3]t nam"
    r"|c[o0]ng h[o0]a[\s|]+x[a-z] h[o0q]i(?: ch[u] ngh[i1]a vi[e3]t nam)?"  # OCR's «HÒA |XÃ»
    r"|c[o0]ng h[o0]a h[o0]i ch[u] ngh[i1]a vi[e3]t nam"  # its «XÃ» left out by a typist
    r"|^(?:h[o0]i )?ch[u] ngh[i1]a vi[e3]t nam"  # the motto cut in two by a portal's cell
    r"|^c[o0]ng s[a-z]n vi[e3]t nam|^ngh[i1]a vi[e3]t nam|^h[o0]a x[a-z] h[o0]i"
    r"|d[o0]c l[a-z]p\s*[-–—]+\s*t[uw] d\S"  # «Tự do», OCR's «Tự dd»
    # its pieces OCR tore apart across a two-column header («… THÔNG TIN ~ Tự do - H húc» /
    # «VÀ TRUYỀN THÔNG VIỆT HÀN Độc lập - Tự =»)
    r"|\bt[uw] do\s*[-–—]+\s*h\S*(?:\s+\S{1,5})?\s*$|\bd[o0]c l[a-z]p\s*[-–—]+\s*t[uw]\b"
    # OCR without marks: «CONG 110A XA HOT CHV NGHIA»
    r"|c[o0]ng \S{2,4} x[a-z] h\S{1,2} ch\S{1,2} ngh[i1]a"
    # the right column OCR broke off after its first words («BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ ``*»)
    r"|(?<=\S )c[o0]ng h[o0]a x[a-z]\b(?=\W*(?:\S{1,3})?\W*$)"
)
_STATE_MOTTO = re.compile(
    r"c[o0]ng h[o0]a (?:x[a-z] )?h[o0]i ch[u] ngh[i1]a|d[o0]c l[a-z]p\W+t[uw] do\b"
)
# A motto's piece a narrow cell left alone on its line ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA
# VIỆT NAM", "ĐẢNG CỘNG" / "SẢN VIỆT NAM"), on the line's words: no name.
_MOTTO_ALONE = re.compile(
    r"^(?:vi[e3]t nam|s[a-z]n vi[e3]t nam|[dpb]{1,2}[a-z]?ng c[o0]ng(?: s[a-z]n)?"
    r"|c[o0]ng h[o0]a x[a-z])$"
)


def _motto_piece(line: str) -> bool:
    """Whether ``line`` holds the motto or a piece of it a narrow cell cut."""
    plain = _strip_md(line)
    return bool(_MOTTO.search(fold(plain)) or _MOTTO_ALONE.match(words(plain)))


# A place-date cut after its day ("Kon Tum, ngày 25" / "tháng 4 năm 2025"), before it
# ("Quảng Nam, ngày" / "13 tháng 7 năm 2023") or after its month ("… tháng 11" / "năm 2018").
_DATE_CUT = re.compile(
    r",\s*ng[a-z0-9]y(?:\s+[0-9]{1,2}(?:\s+th[a-z0-9]ng(?:\s+[0-9]{1,2})?)?)?\s*$"
)
# A font without glyphs for the marked letters drops them: «ngy», «thng», «nm».
# PDF-to-text loses spaces between a word and a number («ngày14 tháng7 năm 2026»).
_PLACE_DATE = re.compile(
    r",\s*ng[a-z0-9]?y\s*(?P<d>(?<=\s)[0-9.o]{1,6}|[0-9][0-9.o]{0,5})\s*th[a-z0-9]?ng\s*"
    r"(?P<m>[0-9o]{1,2})\s*n[a-z0-9]{0,2}m\s*(?P<y>[0-9]{4})"
)


# A place-date's figures OCR read as letters or spaced apart: «ngày 25 tháng O1 năm 2O19»,
# «ngày 1l tháng 1l năm 2011», «ngày 2 5 tháng 1 0 năm 2 0 1 7» (folded: «o», «l»).
_LOOSE_FIGURES = re.compile(
    r"(?<=ng[a-z0-9]y )(?P<d>[0-9ol](?: ?[0-9ol])?)(?P<a>\s*th[a-z0-9]?ng\s+)"
    r"(?P<m>[0-9ol](?: ?[0-9ol])?)(?P<b>\s*n[a-z0-9]{0,2}m\s+)"
    r"(?P<y>[12][0-9ol](?: ?[0-9ol]){2}|[12] [0-9ol](?: [0-9ol]){2})\b"
)
_AS_FIGURES = str.maketrans("ol", "01")


def _figures_read(folded: str) -> str:
    """``folded`` with a place-date's figures OCR misread as letters or spaced apart set
    right, one character for one (offsets kept): only a day, a month and a year after
    «ngày», «tháng», «năm», each with a figure among its letters («ngày l8 tháng 1l»)."""
    if "ng" not in folded:
        return folded

    def mended(m: re.Match[str]) -> str:
        if not all(any(ch.isdigit() for ch in m[part]) for part in ("d", "m", "y")):
            return m.group()  # «ngày lô tháng 5»: a day OCR could not read is never guessed
        parts = [m["d"], m["a"], m["m"], m["b"], m["y"]]
        return "".join(
            part if k % 2 else part.replace(" ", "").translate(_AS_FIGURES).ljust(len(part))
            for k, part in enumerate(parts)
        )

    return _LOOSE_FIGURES.sub(mended, folded)


# A body's sentence, not a subject's next line: a clause opening it, a full stop ending it.
_BODY_SENTENCE = re.compile(r"^[^,.;:()]{3,60},\s+[^\n]{20,}\.\s*$")
_PARTY_MOTTO_END = re.compile(r"\s+ĐẢNG(?:\s+CỘNG(?:\s+SẢN(?:\s+VIỆT(?:\s+NAM)?)?)?)?\s*$")


def _without_comma(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with the comma after the place, which its alternatives open with, lost
    (OCR: «Hà Nội ngày 09 …»). Told only beside the number or alone on its line, never in
    a sentence («… của Thuế tỉnh Ninh Bình ngày 15 tháng 12 năm 2025»)."""
    # (a run of spaces matched from its start only: from each of its spaces it is quadratic)
    return re.compile(pattern.pattern.replace(r",\s*", r"(?<!\s)\s+"))


_DATE_CUT_BARE = _without_comma(_DATE_CUT)
_PLACE_DATE_BARE = _without_comma(_PLACE_DATE)
# A place-date written in figures, on a portal's copy or a typed letter.
_PLACE_NUMERIC = re.compile(
    r",\s*(?:ng[a-z0-9]?y\s*)?(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})\b"
    r"(?!\s*\d{1,2}:\d{2})"  # «THỨ SÁU, 05/01/2018 10:00:22»: a page's posting time
)
# A number line or a place-date line, even one OCR could not read («Số đJ/0 -CV/BTGDVTU»,
# «Lâm Đồng, ngày 0⁄; tháng 9 năm 2025»).
_NUMBER_OR_DATE = re.compile(
    r"^\W*(?:\S{1,3}\s+)?s[o0]\s*[:.]?\s*\S*\d|,\s*ng[a-z0-9]?y\b.{0,12}th[a-z0-9]?ng\b"
)
# The date that follows the document's own number on its line, with no place before it.
_NUMBER_DATE = re.compile(
    r"^\W*s[o0]\W*\d\S*\s+ng[a-z]?y\s+(?P<d>\d{1,2})(?:[-/.]|\s+th[a-z]?ng\s+)(?P<m>\d{1,2})"
    r"(?:[-/.]|\s+n[a-z]{0,2}m\s+)(?P<y>\d{4})\b"
)
# The place-date on a line a subject or a name shares with it: cut where the place begins.
_PLACE_CUT = re.compile(
    r"\S+(?:,\s*|\s+)ng[a-z0-9]y\s*(?:[0-9.]{1,6}|\S{1,3}\s)\s*th[a-z0-9]ng\s*"
    r"(?:[0-9]{1,2}|\S{1,3}\s+n[a-z0-9]{1,2}m\s+[0-9]{4})"  # a month written by hand, unread
)
# («Số: 111 /CV - UBND» is a state symbol with spaces around its hyphen, not a bare one)
_BARE_NUMBER = re.compile(
    r"^\W*S[ốoô0]\s*:?\s*(\d{1,5})\s*/\s*([A-ZĐ][A-ZĐ&]{1,10})(?![\w/-]|\s+-\s*[A-ZĐ])"
)
# A letter's number whose slash a copy lost: «Số: 8264 UBND-KGVX».
_SLASH_LOST = re.compile(
    r"^\W*S[ốoô0]\s*:?\s*(\d{1,6})\s+([A-ZĐ]{2,8})\s*-\s*([A-ZĐ][A-ZĐ0-9&]{1,10})(?![\w/-])"
)
# A number line, after a scan's margin noise OCR read before it («z) Số: 415 /CV-PA83»).
_NS_LINE = re.compile(
    r"^\W*(?P<noise>(?:\S{1,3}|" + "|".join(p for _, p in _TITLE_TYPES) + r")\s+(?=s[o0]\s*:))?"
    # «Số: 12/UBND», OCR's specks before it, a resolution's «Nghị quyết số: 120/2026/…»
    # «66.12/2026/NQ-CP», «06b /NQ-TLĐ»
    # («Số: l2/KH-UBND»: its 1 OCR'd «l», read by find_number_symbols)
    r"(?:s[a-z0-9]{0,2}\s*[:.]?\s*)?(?=(?:\d|l(?=[\do]*\d))[\dol]{0,5}(?:\.\d{1,2}|[a-d])?\s*[-/]"
    r"|\d{1,5}\s+(?:q[d]|ct|tb|kh|cv)\s*/\s*ub"  # «Số: 947 QĐ/UB»
    r"|\d{1,5}\s+(?:tb|nq|kl|ct|kh|bc|hd|cv|qc)\s*/\s*[a-z]"  # «Số 57 TB/ĐU»: its hyphen lost
    r"|\d{1,6}\s+[a-z]{2,8}\s*-\s*[a-z])"  # «Số: 8264 UBND-KGVX», its slash lost
)
_SUMMARY = re.compile(
    r"ng[a-z0-9]y (?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}), "
    r"(?P<issuer>[^,.;]{3,90}?) (?:(?:vua|da|moi) )?ban h[a-z]nh (?P<type>[a-z ]{4,15}?) "
    r"s[o0] (?=\d)"
)
# A document without number told of in prose: "Phòng Văn hóa và Thông tin huyện đã ban
# hành công văn về việc đôn đốc …", "ngày 11.12.2017, Sở Kế hoạch và Đầu tư có công văn".
_PROSE_UNNUMBERED = re.compile(
    r"(?:ng[a-z0-9]y (?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}), |(?:^|[.\n]\s*))"
    r"(?P<issuer>[^,.;:\n]{3,90}?) (?:(?:vua|da|moi) )?(?:ban h[a-z]nh|c[o0]) "
    r"(?P<type>c[o0]ng v[a-z]n|th[o0]ng b[a-z]o|k[e3] ho[a4]ch|ch[i1] th[i1])\b"
    r"(?: (?:ve viec|ve) (?P<subject>[^.\n]{5,200}))?"
)
# A committee's term after its name ("Ban Chấp hành Đảng bộ tỉnh khóa XIII"): no part of it.
_TERM = re.compile(r"\s+kh[oó]a\s+[IVXLC]+$", re.IGNORECASE)
_SESSION = re.compile(r",?\s+kh[oó]a\s+[IVXLC]+\b(?:\s*,?\s*k[ỳy]\s+h[ọo]p\b.*)?$", re.I)
# "<body> (vừa|đã) ban hành <type> số <number> ngày dd/mm/yyyy (về|về việc) <subject>."
_PROSE = re.compile(
    r"(?:^|[.\n]\s*)(?P<issuer>[^,.;:\n]{3,90}?) (?:(?:vua|da|moi) )?ban h[a-z]nh "
    r"(?P<type>[a-z ]{4,15}?) s[o0] (?=\d)"
)
_PROSE_DATE = re.compile(
    r"\s*,?\s*ng[a-z0-9]y\s+(?P<d>\d{1,2})(?:/|\s+th[a-z]ng\s+)(?P<m>\d{1,2})"
    r"(?:/|\s+n[a-z]m\s+)(?P<y>\d{4})\s*,?\s*(?:(?:ve viec|ve|v/v)\s+)?"
)
# Lines that open the body: a title block's subject never runs into them.
_BODY_START = re.compile(
    r"^[-–—_*\s]*(?:can cu|thuc hien|ngay \d|kinh g[uo]i|dieu \d|theo de nghi|tai phien|de |sau khi"
    # «Nhằm đảm bảo …»: what the body opens for (not a year «Nhâm Dần», «Nhâm Thìn» …)
    r"|nhan dip|huong ung|nham (?!(?:dan|thin|ngo|tuat|ty|than)\b))"
)
# Words a title block's next line may open with, continuing its phrase.
_CONTINUES = re.compile(r"^(?:tai|ve|cua|va|nam|den|trong|giai doan|nhiem ky|theo)\b")
_VV_LINE = re.compile(r"^\W*v\s*[/.]\s*v\b")  # «V.v. ủng hộ …» too
# «V/v» as OCR reads it under the number («VíV», «ƒ/w», «V/y»): trusted only there.
_VV_OCR = re.compile(VV_OCR + r"(?=[a-z])")  # on the folded line
# The authority line under a state title ("ỦY BAN NHÂN DÂN TỈNH KON TUM", "CHỦ TỊCH ỦY BAN
# NHÂN DÂN TỈNH NINH BÌNH", "THỦ TƯỚNG CHÍNH PHỦ"): a subject in capitals stops there,
# and it names the body a header cut in a portal's cells leaves bare ("ỦY BAN NHÂN DÂN |").
_AUTHORITY = re.compile(
    r"^(?:uy ban thuong vu quoc hoi|quoc hoi|chinh phu)$"  # a resolution's enacting body
    r"|^(?:chu tich |pho chu tich )?(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)\b"
    r"|^(?:thu tuong|bo truong|giam doc|chu tich|ban chap hanh|ban thuong vu|ban bi thu"
    r"|bo chinh tri)\b"
)
_AUTHORITY_BODY = re.compile(
    r"^(?:chu tich |pho chu tich )?(?P<body>(?:uy ban|hoi dong) nhan dan "
    r"(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran) .+)$"
)
_BARE_BODY = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$")
# Second header lines that are departments of the body on the first line.
_DEPARTMENT_NAMES = (
    r"(?:van phong(?: thuong truc)?|ban to chuc|ban tuyen giao(?: va dan van)?|ban dan van"
    r"|ban noi chinh|uy ban kiem tra|ban thuong vu|ban thuong truc|thuong truc"
    r"|ban xay dung dang)$"  # (a commune's Đảng ủy's since 2025)
    r"|tieu ban\b"  # a sub-committee named under its committee
)
_DEPARTMENTS = re.compile(f"^(?:{_DEPARTMENT_NAMES})")
_SIGNATURE = re.compile(r"\bt/[ml] (ban thuong vu|ban chap hanh|thuong truc)\b")


@dataclass(frozen=True)
class Header:
    number_symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    place: str | None = None
    issued_date: date | None = None
    subject: str | None = None
    # of issue: the issue date's, or the year the header's place-date shows when its day
    # was written by hand and lost
    year: int | None = None
    # the issue date is the electronic signature's: the day on the paper was not read
    signed_day: bool = False
    # the number's figures were read apart and joined («Số: 3 39/C04-P6»): a number written
    # by hand that OCR read in pieces may be wrong, to compare with the paper
    spaced_number: bool = False


def _is_upper(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _strip_md(line: str) -> str:
    """A line without Markdown headings and emphasis ("# …", "**…**", "*Hà Nội, …*")."""
    return re.sub(r"^\s*#+\s*|\*\*|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)", "", line).strip()


_YEARS = (1900, 2100)


def _date(y: str, m: str, d: str) -> date | None:
    # OCR reads a zero as the letter O inside a number ("ngày 1O"); a part with no digit
    # at all ("ngày.... tháng 8") is left unread.
    d, m = (re.sub(r"(?<=\d)o|o(?=\d)", "0", part) for part in (d, m))
    if not (y.isdigit() and m.isdigit() and d.isdigit()):
        return None
    if not _YEARS[0] <= int(y) <= _YEARS[1]:
        return None  # OCR's «3025», «5025»: no year a document was written in
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _restored(found: str) -> str:
    return restore(found) or body_case(clean(found))


def _spelt_out(issuer: str) -> str:
    """The issuer as a register lists it: «UBND xã Chí Minh» is «Ủy ban nhân dân xã Chí
    Minh», «Công an TP Đà Nẵng» «Công an thành phố Đà Nẵng» (one body, one name)."""
    if issuer.isascii():
        issuer = central_body(issuer) or issuer  # «BO GIAO DVC VA DAO TAO»
    else:
        issuer = central_spelling(issuer) or issuer  # «BỘ CÔNG THƯƠNG»: «Bộ Công Thương»
    issuer = re.sub(r"\bUBND\b", "Ủy ban nhân dân", issuer)  # «Văn phòng UBND tỉnh …» too
    issuer = re.sub(r"\b(?:HĐND|HDND)\b", "Hội đồng nhân dân", issuer)
    issuer = re.sub(r"\bĐBQH\b", "đại biểu Quốc hội", issuer)  # «Văn phòng Đoàn ĐBQH và …»
    issuer = re.sub(r"\bGD\s*&\s*ĐT\b", "Giáo dục và Đào tạo", issuer)  # «Phòng GD&ĐT Mộc Châu»
    if words(issuer) == "bao hiem xa hoi":
        # a province's or a district's names its place: bare, it is the national one
        # (a copy's cell lost «VIỆT NAM»)
        issuer = "Bảo hiểm xã hội Việt Nam"
    return re.sub(r"\bTP\.?\s+(?=[A-ZĐ])", "thành phố ", issuer)


def _place_name(found: str) -> str:
    """A place-date's place, a province's spelling given back when OCR lost it."""
    found = re.sub(r"^T[Pp]\.?\s*(?=[A-ZĐ])", "Thành phố ", found)  # «TP Hồ Chí» / «Minh, ngày»
    place = province(clean(found)) or _restored(found)
    return place[:1].upper() + place[1:]  # «Thành phố Hồ Chí Minh, ngày …» opens its line


def _word_like(token: str) -> bool:
    """A word, or one OCR without marks read with a digit for a vowel («N6i»); the
    Central Highlands' names keep an apostrophe inside («Ea H'leo», «Cư M'gar»)."""
    token = re.sub(r"(?<=\w)['’](?=\w)", "", token)
    return token.isalpha() or bool(re.fullmatch(r"[^\W\d_]+\d[^\W\d_]+", token))


_WEEKDAY_NAME = r"(?:[2-7]|hai|ba|tu|nam|sau|bay)"


def _place_before(line: str, comma: int) -> str | None:
    """The capitalised words just before the place-date comma ("Hai Phong")."""
    if re.search(r"(?:^|\s)T[Pp]\.?\s*HCM\W*$", line[:comma]):
        return "Thành phố Hồ Chí Minh"  # «Tp.HCM, ngày 10 tháng 3 năm 2014»
    # a rule drawn up to the place («--------------Hà Nội, ngày …»)
    tokens = [t.lstrip("-–—_*=|") or t for t in line[:comma].split()]
    # «TP.Hồ Chí Minh, ngày …»: the abbreviation run into the name
    tokens = [p for t in tokens for p in re.split(r"(?<=^T[Pp]\.)(?=\w)", t)]
    if (
        len(tokens) >= 2
        and re.fullmatch(r"\d{1,2}", tokens[-1])
        and re.fullmatch(r"Qu[aậ]n|Ph[uư][oờ]ng", tokens[-2])
    ):
        return f"{tokens[-2]} {tokens[-1]}"  # a district or a ward by its number: «Quận 8»
    picked: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        if token in ("-", "–") and picked and k and tokens[k - 1][:1].isupper():
            picked.append("-")  # «Bà Rịa - Vũng Tàu, ngày …»
            continue
        parts = token.split("-")
        if (
            len(picked) - picked.count("-") == 4
            or not all(_word_like(part) and part[0].isupper() for part in parts)
            or not token[0].isupper()
        ):
            break
        if picked and len(token) > 1 and token.isupper() and not any(p.isupper() for p in picked):
            break  # "VP Nam Dinh": the number's unit, then the place (not «Ý Yên», «Ô Môn»)
        picked.append(token)
    if picked and [fold(t).strip(".") for t in tokens[-len(picked) - 2 : -len(picked)]] in (
        ["thanh", "pho"],
        ["thi", "tran"],
        ["thi", "xa"],
    ):
        # "Thành phố Hồ Chí Minh, ngày …" names the city whole (its marks lost or not), as
        # «Thị trấn Cần Giuộc, ngày …» the town
        picked += list(reversed(tokens[-len(picked) - 2 : -len(picked)]))
    elif (
        picked and len(tokens) > len(picked) and re.fullmatch(r"T[Pp]\.?", tokens[-len(picked) - 1])
    ):
        picked += ["phố", "Thành"]  # «TP. Hồ Chí Minh», «Tp. Hải Phòng»
    before = tokens[-len(picked) - 1] if picked and len(tokens) > len(picked) else ""
    if LEVEL_WORD.match(fold(before)) and len(picked) >= 2:
        # «… bờ sông, tỉnh Vĩnh Long Hà Nội, ngày …»: the subject's province, then the place
        tail = next(
            (n for n in range(1, len(picked)) if province(" ".join(picked[n - 1 :: -1]))), 0
        )
        picked = picked[:tail] or picked
    named = fold(" ".join(reversed(picked)))
    if re.match(rf"(?:thu {_WEEKDAY_NAME}|chu nhat)\b", named) or (
        fold(before) == "thu" and re.fullmatch(_WEEKDAY_NAME, named)
    ):
        # «… trước thứ Sáu, ngày 15/10/2025», «THỨ SÁU, 05/01/2018»: a weekday; not «Thủ
        # Dầu Một, ngày 15 tháng 4 năm 2009»
        return None
    return " ".join(reversed(picked)) or None


# A table's bar and the rule under the motto after a name on its line.
_TABLE_RULE_AFTER = re.compile(r"\s*\|\s*[—–_=~.-]*\s*$")
# The trade unions' names as their headers shorten them.
_MASS_ABBREVIATION = re.compile(r"\b(?:LĐLĐ|CĐ NGÀNH)(?!\w)")  # (not «CĐN», a Cao đẳng nghề)
_MASS_SPELT = {"LĐLĐ": "LIÊN ĐOÀN LAO ĐỘNG", "CĐ NGÀNH": "CÔNG ĐOÀN NGÀNH"}


# How urgent or secret a document is, stamped in its header («HỎA TỐC», «THƯỢNG KHẨN»).
_URGENCY = re.compile(r"^(?:hoa toc|thuong khan|khan|mat|toi mat|tuyet mat)(?: hen gio)?$")


def _issuer_from_lines(lines: list[str]) -> str | None:
    cleaned: list[str] = []
    named_above = False  # the line above was taken as (part of) a name
    motto_cut = False  # a line above ended on the motto cut before its «VIỆT NAM»
    for line in lines:
        was_cut = motto_cut
        if re.search(r"\bchu nghia\W*$", words(line)):
            motto_cut = True
        elif words(line).endswith("viet nam"):
            motto_cut = False  # (its tail, in this line or the name's own)
        if named_above and words(line) == "viet nam" and not was_cut:
            # «BẢO HIỂM XÃ HỘI» / «VIỆT NAM»: the name's end, not the motto's cut half
            cleaned[-1] = f"{cleaned[-1]} {line.strip()}"
            continue
        taken = len(cleaned)
        named_above = False
        folded = fold(line)
        # on the line's own offsets: an indented or spaced-out line (a layout copy) would
        # shift the squeezed fold's
        m = _MOTTO.search(fold_keep_offsets(line).text)
        if m and line[: m.start()].strip():
            line = line[: m.start()]
        elif m:
            # the motto first, then the name's next line a copy ran onto it («CỘNG HOÀ XÃ
            # HỘI CHỦ NGHĨA VIỆT NAM TỈNH LÀO CAI»)
            rest = line[m.end() :].strip()
            line = rest if _is_upper(rest) and _LEVEL_OR_BODY.match(words(rest)) else ""
            folded = fold(line)
        symbol = re.search(r"/\s*[A-ZĐ]{2,}", line)
        after = line[symbol.end() :].split(None, 1)[1:] if symbol else []  # past the symbol
        if after and (tail := _caps_suffix(after[0])) and _A_BODY.match(words(tail)):
            # a page's title before the header a copy ran onto its line: «Quyết định
            # 173/QĐ-BTP BỘ TƯ PHÁP»
            line, symbol = tail, None
        line = _TABLE_RULE_AFTER.sub("", clean(line))  # «BAN TỔ CHỨC  |  —————————»
        if was_cut and words(line).endswith(" viet nam"):
            line = " ".join(line.split()[:-2])  # the motto's tail in the column beside
        line = _head_mended(_without_specks(line.strip(" *&-|/_")))
        line = _unglued_ubnd(_MASS_ABBREVIATION.sub(lambda m: _MASS_SPELT[m[0]], line))
        if _is_upper(line):  # a speck OCR read as a colon inside a name («TỈNH QUẢNG: BÌNH»)
            line = re.sub(r"(?<=[^\W\d_])[:;](?=\s+[^\W\d_])", "", line)
        if _URGENCY.match(words(line)):
            continue  # «HỎA TỐC», «KHẨN», «MẬT» stamped above the number: no name
        if (
            re.match(r"^\W*s[o0]\s*:", folded)
            or re.match(r"^\W*s[o0]\S{0,2}\d", folded)  # «Số1§4ØBGDĐT-GDPT»
            or _MOTTO_ALONE.match(words(line))
            or symbol
            or _SIGNATURE_FIELD.match(folded.lstrip())
            or _CHAIR.match(words(line))
        ):
            # a number line left blank («Số: /KH-MTTQ-BTT») or OCR'd past reading («S&
            # 5?AD /UBND-SGDDT»), a motto's cut half, an electronic signature's box
            # («Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ»)
            continue
        if sum(ch.isalpha() for ch in line) >= 3 and _is_upper(line):  # not OCR's «IS]»
            cleaned.append(line)
        elif (tail := _caps_suffix(line)) and _A_BODY.match(words(tail)):
            # a body's name after what a copy put before it on its line («… 07:25:14
            # +07:00 ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI», «Quyết định 1056/QĐ-CT UỶ BAN …»)
            cleaned.append(tail)
        named_above = len(cleaned) > taken and not _motto_piece(cleaned[-1])
    # a motto the cells cut, whole again once joined («ĐẢNG CỘNG SẢN» / «VIỆT NAM»)
    cleaned = [name for name in join_name_lines(cleaned) if not _MOTTO.search(fold(name))]
    if not cleaned:
        return None
    if len(cleaned) >= 3 and words(cleaned[-2]).startswith("so "):
        # «UBND TỈNH BẮC GIANG» / «SỞ NÔNG NGHIỆP VÀ PTNT» / «CHI CỤC TRỒNG TRỌT …»: the
        # Sở's office named with the province the committee above names
        state = state_issuer(cleaned[-3], cleaned[-1])
        if state is not None:
            return _restored(state)
    if len(cleaned) >= 2 and not _PARTY_PAIR.match(words(cleaned[-1])):
        return _pair_issuer(cleaned[-2], cleaned[-1])
    # (a Party header run onto one line names its committee whole under every Đảng bộ,
    # whatever line a page put above it: «ĐẢNG BỘ TỈNH THÁI NGUYÊN» / «ĐẢNG BỘ TỈNH … ĐẢNG
    # ỦY XÃ LA BẰNG»)
    pair = _one_line_pair(cleaned[-1])
    if pair is not None:
        return pair
    return _restored(cleaned[-1])


# A committee chairman's title with its level but no place is no body's name: a gazette's
# section heading above a copied decision («CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH» over «ỦY BAN
# NHÂN DÂN» / «TỈNH …»); a chairman's own decision names him over his place («CHỦ TỊCH
# ỦY BAN NHÂN DÂN» / «TỈNH PHÚ THỌ»).
_CHAIR = re.compile(r"^(?:pho )?chu tich (?:uy ban nhan dan|ubnd) (?:tinh|thanh pho|huyen|xa)$")
_LEVEL_OR_BODY = re.compile(r"(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|so|ban|van phong)\b")


def _unglued_ubnd(line: str) -> str:
    """«UBNDTỈNH BẮC GIANG» (OCR lost the space, perhaps a mark too: «UBNDTÏNH»)."""
    m = re.match(r"^(\W*UBND)(\w+)", line)
    if m and re.match(r"(?:tinh|thanh|huyen|quan|thi|xa|phuong)$", fold(m.group(2))):
        return f"{m.group(1)} {line[m.end(1) :]}"
    return line


def _without_specks(line: str) -> str:
    """A name line without the specks OCR read at its ends («: _ UBND TỈNH PHÚ THỌ š»,
    «. TỈNH PHU THỌ»): short tokens that are no word in capitals."""
    tokens = line.split()

    def speck(token: str) -> bool:
        return len(token) <= 2 and not token.isupper() and not token.isdigit()  # «QUẬN 9»

    while tokens and speck(tokens[0]):
        tokens.pop(0)
    while tokens and speck(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


# The heads of a council's and a committee's names, squeezed, to mend OCR's tearing.
_HEADS = {"uybannhandan": "ỦY BAN NHÂN DÂN", "hoidongnhandan": "HỘI ĐỒNG NHÂN DÂN"}


def _head_mended(line: str) -> str:
    """A name line whose head OCR tore («ỦY BANN ÂN DÂN TỈNH PHÚ THỌ»), mended."""
    tokens = line.split()
    for n in range(3, min(6, len(tokens)) + 1):
        squeezed = words(" ".join(tokens[:n])).replace(" ", "")
        if squeezed in _HEADS:
            return line  # whole: «ỦY BAN NHÂN DÂN XÃ TÂN AN» keeps its «XÃ»
        for key, head in _HEADS.items():
            near = SequenceMatcher(None, squeezed, key).ratio() >= 0.9
            if abs(len(squeezed) - len(key)) <= 2 and near:
                return " ".join([head, *tokens[n:]])
    return line


def _pair_issuer(first: str, second: str) -> str:
    """The issuing body a header names on two lines: ``second``, the lowest name, with
    what ``first``, its managing body, adds to it; a numbered ward or commune with the
    place above it («Ủy ban nhân dân phường 12 quận Gò Vấp»: there are many a «phường 12»)."""
    first, second = spelt_heads(first), spelt_heads(second)  # «BCĐ …» is «BAN CHỈ ĐẠO …»
    said_again = _COMMITTEE_AGAIN.search(words(second))
    if said_again and words(first).startswith(said_again["head"] + " "):
        # «ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC» / «VĂN PHÒNG ĐẢNG ỦY»: the committee above, named whole
        second = " ".join(second.split()[: -len(said_again["head"].split())])
    # (not «CÔNG ĐOÀN CƠ QUAN»: no level)
    level = re.search(
        r"(?<!\bco )\b(?:tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran)$",
        words(second).rstrip(" .,;"),
    )
    above = re.search(rf"\b{level.group()} (?P<name>\S.*)$", words(first)) if level else None
    if level and above:
        # «UBND TỈNH KON TUM» / «BỆNH VIỆN ĐA KHOA TỈNH», «ỦY BAN MTTQ VIỆT NAM PHƯỜNG TỨ MINH»
        # / «HỘI LIÊN HIỆP PHỤ NỮ PHƯỜNG»: the level's name said above it
        tail = first.rstrip(" .,;").split()[-len(above["name"].split()) :]
        second = f"{second} {' '.join(tail)}"
    where = _province_last(first) if words(first).startswith("so ") else None
    if (
        where
        and re.match(r"(?:trung tam|chi cuc|thanh tra|ban quan ly|van phong)\b", words(second))
        and not re.search(r"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b", words(second))
    ):
        # «SỞ Y TẾ HẢI PHÒNG» / «TRUNG TÂM KIỂM SOÁT BỆNH TẬT»: the department's province
        level_name = "thành phố" if where in _CITIES else "tỉnh"
        return f"{_pair_name(first, second)} {level_name} {where}"
    name = _pair_name(first, second)
    above = _PLACE_ABOVE.search(words(first))
    if (
        above is not None
        and _NUMBERED.search(words(name))
        and not words(name).endswith(above.group())  # («Trung tâm Văn hóa quận 9» itself)
    ):
        place = " ".join(first.split()[-len(above.group().split()) :])
        restored = _restored(place)
        return f"{name} {restored[:1].lower()}{restored[1:]}"
    return name


def _province_last(name: str) -> str | None:
    """The province a name ends on without its level («SỞ Y TẾ HẢI PHÒNG»), or None."""
    tokens = name.split()
    for k in (2, 3, 4):
        if len(tokens) > k + 1 and (found := province(" ".join(tokens[-k:]))):
            return found
    return None


# A department that names its committee again, without the committee's place.
_COMMITTEE_AGAIN = re.compile(
    r"^(?:van phong|ban \S+(?: \S+){0,4}?|uy ban kiem tra) "
    r"(?P<head>dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy)$"
)
_NUMBERED = re.compile(r"\b(?:phuong|xa|quan) \d{1,2}$")
# (a district by its number too, «QUẬN 3»; not a committee's «QUẬN ỦY», «HUYỆN ỦY»)
_PLACE_ABOVE = re.compile(r"\b(?:quan|huyen|thanh pho|tp|thi xa|tinh) (?!uy\b)\S.*$")


def _pair_name(first: str, second: str) -> str:
    # The issuing body is the lowest name; the one above it is its managing body
    # ("ĐẢNG BỘ TỈNH …" / "HUYỆN ỦY …" / "BAN TUYÊN GIÁO": the Ban of the Huyện ủy).
    ministry = _MINISTRIES.get(" ".join(words(first).strip(" .,;").split()))
    if ministry is not None:
        # a ministry's department: a Cục by its own name («Cục Hóa chất»), the others
        # with the ministry's («Văn phòng Bộ Nội vụ», «Thanh tra Bộ Xây dựng»); a
        # school, an institute, a hospital under it by its own («Trường Đại học Tây Đô»)
        head = _ISSUING_HEAD.match(words(second))
        if head is None or re.match(r"(?:tong cuc|cuc|chi cuc)\b", words(second)):
            return _restored(second)
        return f"{_restored(second)} {ministry}"
    if NAMES_ITS_PLACE.search(words(second)) and not _DEPARTMENTS.match(words(second)):
        # «CHI CỤC KIỂM LÂM ĐẮK NÔNG» / «HẠT KIỂM LÂM HUYỆN TUY ĐỨC»: a body under another
        # that names its own place is named alone
        return _restored(second)
    if _DEPARTMENTS.match(words(second)):
        if words(first) == "ban chap hanh trung uong":
            # The Central Committee's departments: "Ủy ban Kiểm tra Trung ương",
            # "Ban Tổ chức Trung ương"; its office is "Văn phòng Trung ương Đảng".
            central = "Trung ương Đảng" if words(second) == "van phong" else "Trung ương"
            return f"{_restored(second)} {central}"
        return _restored(f"{second} {first}")
    union = _LABOUR_FEDERATION.match(words(first))
    if (
        union
        and words(second).startswith("cong doan nganh ")
        and not re.search(r"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b", words(second))
    ):
        # «LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NAM» / «CÔNG ĐOÀN NGÀNH GIÁO DỤC»: the branch's
        # union named with the federation's place
        place = " ".join(first.split()[-len(union.group("place").split()) :])
        return _restored(f"{second} {place}")
    organisation = _organisation_issuer(words(first), words(second), first, second)
    if organisation is not None:
        return organisation
    state = state_issuer(first, second)
    if state is not None:
        return _restored(state)
    second = re.sub(r"(?i)\s+theo\s+quyết\s+định\s*$", "", second)  # «… THEO QUYẾT ĐỊNH»
    if _YOUTH_UNION.match(words(first)) and words(second).startswith("doan "):
        # «THÀNH ĐOÀN TP THÁI NGUYÊN» / «ĐOÀN TRƯỜNG CĐCN THÁI NGUYÊN»: the school's own Đoàn,
        # named whole, not a team of the city's
        return _restored(second)
    council = re.match(r"(?:ubnd|uy ban nhan dan) (?P<place>\S.*)$", words(first))
    if council and words(second).startswith("hoi dong "):
        # «UBND QUẬN NINH KIỀU» / «HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ»: the district's council
        place = _restored(" ".join(first.split()[-len(council["place"].split()) :]))
        return f"{_restored(second)} {place[:1].lower()}{place[1:]}"
    if re.match(r"(?:phong|doan|to|hoi dong|khoa)\b", words(second)) and not _MOTTO.search(
        fold(first)
    ):
        # «PHÒNG …» of «CÔNG AN …», a team or a council of «SỞ …», a school's «KHOA …»:
        # named with it
        return f"{_restored(second)} {_restored(first)}"
    return _restored(second)


# The Youth Union's bodies above a unit's Đoàn: «THÀNH ĐOÀN …», «HUYỆN ĐOÀN …», «ĐOÀN TNCS …».
_YOUTH_UNION = re.compile(r"^(?:(?:thanh|tinh|huyen|quan|thi) doan|doan (?:tncs|thanh nien))\b")
# A province's or a district's labour federation, its place named.
_LABOUR_FEDERATION = re.compile(
    r"^lien doan lao dong (?P<place>(?:tinh|thanh pho|huyen|quan|thi xa) \S.*)$"
)
# A mass organisation's header: the organisation above, its committee or its branch below.
_ORGANISATION = re.compile(
    r"^(?:hoi|doan (?:tncs|thanh nien)|doi|lien doan|cong doan|tong lien doan)\b"
)
_ORGANISATION_COMMITTEE = re.compile(
    r"^(?:ban chap hanh|bch|ban thuong vu|btv|hoi dong)(?: trung uong| tw)?$"
)
_BRANCH = re.compile(r"^(?P<level>tinh|thanh|huyen|quan|thi) hoi (?P<place>.+)$")
# the level a branch's first word names («THỊ HỘI …» is a town's)
_BRANCH_LEVELS = {
    "tinh": "TỈNH",
    "thanh": "THÀNH PHỐ",
    "huyen": "HUYỆN",
    "quan": "QUẬN",
    "thi": "THỊ XÃ",
}


def _organisation_issuer(first: str, second: str, upper: str, lower: str) -> str | None:
    """A mass organisation's body, named as it signs (folded ``first``/``second``, written
    ``upper``/``lower``): «HỘI NÔNG DÂN VIỆT NAM» / «BAN CHẤP HÀNH TRUNG ƯƠNG» is the Ban
    Chấp hành Trung ương Hội Nông dân Việt Nam, «ĐỘI TNTP HỒ CHÍ MINH» / «HỘI ĐỒNG TRUNG
    ƯƠNG» the Hội đồng Đội Trung ương, «HỘI KHUYẾN HỌC VIỆT NAM» / «TỈNH HỘI HƯNG YÊN» the
    Hội Khuyến học tỉnh Hưng Yên, «ĐOÀN TNCS …» / «BCH TRƯỜNG …» the school's Đoàn's."""
    if not _ORGANISATION.match(first):
        return None
    if _ORGANISATION_COMMITTEE.match(second):
        if first.startswith("doi ") and second.startswith("hoi dong"):
            return "Hội đồng Đội Trung ương" if second.endswith(("trung uong", "tw")) else None
        return f"{_restored(lower)} {_restored(upper)}"
    branch = _BRANCH.match(second)
    named = re.match(r"^(hoi .+?) viet nam$", first)
    if branch and named and branch.group("level") in _BRANCH_LEVELS:
        organisation = _restored(" ".join(upper.split()[:-2]))  # without «VIỆT NAM»
        level = _BRANCH_LEVELS[branch.group("level")]
        place = body_case(" ".join([level, *lower.split()[2:]]))  # «Tỉnh Hưng Yên»
        return f"{organisation} {place[:1].lower()}{place[1:]}"
    if first.startswith("doan ") and re.match(r"(?:ban chap hanh|bch) (?!.*\bdoan\b)", second):
        # «BCH TRƯỜNG ĐH …» under «ĐOÀN TNCS HỒ CHÍ MINH»: the school's Đoàn's committee
        return _restored(re.sub(r"^(BCH|BAN CHẤP HÀNH)\s+", r"\1 ĐOÀN ", lower))
    return None


# A managing body and the issuing one run together on one line («BỘ TÀI CHÍNH TỔNG CỤC HẢI
# QUAN», «UBND TỈNH QUẢNG NAM SỞ NỘI VỤ»): the issuing one is named from its head word.
# The ministries by their folded names, the longest first («bo noi vu» before «bo noi»).
_MINISTRIES = dict(
    sorted(
        ((" ".join(words(n).split()), n) for n in CENTRAL_BODIES if n.startswith("Bộ ")),
        key=lambda pair: len(pair[0]),
        reverse=True,
    )
)
_PARTY_PAIR = re.compile(
    # («ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG», «ĐẢNG BỘ KHỐI DÂN
    # CHÍNH ĐẢNG ĐẢNG ỦY TRƯỜNG ĐH LẠC HỒNG»: every Đảng bộ above the committee)
    r"^((?:dang bo (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|khoi)(?: \S+){1,4}? )+)"
    r"(?:dang uy|huyen uy|quan uy|thanh uy|thi uy|tinh uy|ban|uy ban kiem tra|van phong) "
)
# A committee and a chi bộ under it on one line.
_CHI_BO_UNDER = re.compile(
    r"^(?:dang uy|dang bo) (?:xa|phuong|thi tran|dac khu|khoi|co quan|truong)(?: \S+){1,5}?"
    r" (?=chi bo )"
)
# A body that names its departments under it, and one of them after it on its line.
_DEPARTMENT_AFTER_BODY = re.compile(
    r"^(?P<body>(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|uy ban mttq|uy ban mat tran"
    r"|uy ban bau cu|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo"
    r"|ban chap hanh trung uong)\b.*?) (?:" + _DEPARTMENT_NAMES + ")"
)
_ISSUING_HEAD = re.compile(r"(?:so|tong cuc|cuc|vu|van phong|thanh tra|ban quan ly)\b")
_PAIR = re.compile(
    r"^(?P<a>(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho) \S+(?: \S+){0,2}?|bo(?: \S+){1,4}?)"
    r" (?P<b>(?:so|tong cuc|cuc|vu|van phong|thanh tra|ban quan ly) \S.*)$"
)


def _one_line_pair(name: str) -> str | None:
    tokens = name.split()
    folded = words(name).split()
    if len(tokens) != len(folded):
        return None
    joined = " ".join(folded)
    party = _PARTY_PAIR.match(joined)
    if party is not None:
        # «ĐẢNG BỘ TỈNH KHÁNH HOÀ ĐẢNG UỶ XÃ CÔNG HẢI»: the committee under its Đảng bộ
        committee = " ".join(tokens[len(party.group(1).split()) :])
        return _one_line_pair(committee) or _restored(committee)
    cell = _CHI_BO_UNDER.match(joined)
    if cell is not None:
        # «ĐẢNG ỦY XÃ BÌNH CHÁNH CHI BỘ ẤP 3»: the chi bộ under its committee
        return _restored(" ".join(tokens[len(cell.group().split()) :]))
    federation = re.match(r"^tong lien doan lao dong viet nam (?=lien doan lao dong )", joined)
    if federation is not None:
        # «TỔNG LĐLĐ VIỆT NAM LĐLĐ TỈNH BÌNH DƯƠNG»: the province's federation under it
        return _restored(" ".join(tokens[len(federation.group().split()) :]))
    branch = re.match(r"^hoi .+? viet nam (?=(?:tinh|thanh|huyen|quan) hoi )", joined)
    if branch is not None:
        # «HỘI KHUYẾN HỌC VIỆT NAM TỈNH HỘI HƯNG YÊN»: the organisation's branch
        cut = len(branch.group().split())
        return _pair_issuer(" ".join(tokens[:cut]), " ".join(tokens[cut:]))
    department = _DEPARTMENT_AFTER_BODY.match(joined)
    if department is not None:
        # «UBND TỈNH BẮC GIANG VĂN PHÒNG», «THÀNH ỦY HÀ NỘI BAN TỔ CHỨC»: the two lines of
        # a header a copy ran together
        cut = len(department.group("body").split())
        return _pair_issuer(" ".join(tokens[:cut]), " ".join(tokens[cut:]))
    # a ministry is named whole first («BỘ NỘI VỤ» / «VĂN PHÒNG», not «BỘ NỘI» / «VỤ …»)
    ministry = next((key for key in _MINISTRIES if joined.startswith(key + " ")), None)
    rest = joined[len(ministry) + 1 :] if ministry is not None else ""
    if ministry is not None and _ISSUING_HEAD.match(rest):
        issuing = _restored(" ".join(tokens[len(ministry.split()) :]))
        if rest.startswith(("tong cuc", "cuc ")):
            return issuing  # «Tổng cục Hải quan», «Cục Hóa chất»: a ministry's own, named alone
        return f"{issuing} {_MINISTRIES[ministry]}"  # «Văn phòng Bộ Nội vụ»
    m = _PAIR.match(joined)
    if m is not None and not m.group("a").startswith("bo "):
        cut = len(m.group("a").split())
        state = state_issuer(" ".join(tokens[:cut]), " ".join(tokens[cut:]))
        return _restored(state) if state is not None else None
    twice = _named_twice(folded)
    if twice is not None:
        # «HỘI LHPN VIỆT NAM HỘI LHPN TỈNH PHÚ YÊN», «UBND QUẬN GÒ VẤP ỦY BAN NHÂN DÂN PHƯỜNG
        # 12»: the organisation above, then its own branch
        return _pair_issuer(" ".join(tokens[:twice]), " ".join(tokens[twice:]))
    # a managing body, then the body under it: «BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC TÂY
    # ĐÔ», «TỔNG CỤC THUẾ CỤC THUẾ THÀNH PHỐ HÀ NỘI», «UBND HUYỆN NAM TRỰC PHÒNG GIÁO DỤC …»
    under = [m.start() for m in _BODY_UNDER.finditer(joined)]
    if under and folded[0] in _BODY_HEADS:
        cut = len(joined[: under[-1]].split())
        return _pair_issuer(" ".join(tokens[:cut]), " ".join(tokens[cut:]))
    return None


# Long names as their abbreviations, to see one organisation named twice on a line.
_SHORT_NAMES = (
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("lien doan lao dong", "ldld"),
    ("hoi lien hiep phu nu", "hoi lhpn"),
    ("hoi cuu chien binh", "hoi ccb"),
    ("chi huy quan su", "chqs"),
    ("mat tran to quoc", "mttq"),
)
_A_LEVEL = re.compile(r"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|co so)\b")


def _short(folded: list[str]) -> list[str]:
    text = " ".join(folded)
    for long, short in _SHORT_NAMES:
        text = re.sub(rf"\b{long}\b", short, text)
    return text.split()


def _named_twice(folded: list[str]) -> int | None:
    """Where a line names again the organisation it opens with, its own branch then (a
    level and a place after): the token the branch starts at, or None."""
    start = 2 if folded[:2] == ["trung", "uong"] else 0
    head = _name_head(folded[start:])
    if not head or head[0] == "dang":
        return None  # (a Party header's Đảng bộ over Đảng bộ: its own rules, _PARTY_PAIR)
    for k in range(start + 2, min(len(folded) - 1, 40)):  # (a header's line, not a page's)
        rest = folded[k : k + 12]
        if _name_head(rest) == head and _A_LEVEL.search(" ".join(rest[1:])):
            return k
    return None


def _name_head(folded: list[str]) -> list[str]:
    """A body's name before its level or its country: «ubnd» of «ỦY BAN NHÂN DÂN QUẬN …»,
    «hoi lhpn» of «HỘI LHPN VIỆT NAM»."""
    short = _short(folded)
    end = next(
        (
            i
            for i, t in enumerate(short)
            if t in ("tinh", "thanh", "huyen", "quan", "thi", "xa")
            or t in ("phuong", "co", "viet", "tp")
        ),
        len(short),
    )
    return short[:end] if 0 < end <= 3 else []


# Where the body under a managing one begins: its head and the word after it (not «… Hải
# Phòng», «Quốc phòng», «Trung ương», «công chứng viên», «Ủy ban», «Tổng cục», «cơ sở»).
_BODY_UNDER = re.compile(
    r"(?<!\btong)(?<!\bchi)(?<!\buy)(?<!\bco) (?=(?:truong (?:dai|cao|trung|thpt|thcs|tieu|mam"
    r"|chinh)|vien (?!viet)\S+ \S+|cuc \S+|phong (?:giao|tai|noi|van|kinh|tu|lao|y|dao|to|quan|ke"
    r"|nong)|trung tam|cong doan|bao hiem|benh vien|so (?:giao|noi|tai|y|tu|van|xay|ke|lao|nong"
    r"|khoa|cong|thong)|ban (?:quan|chi|to|tuyen|dan|thuong|kinh|noi))\b)"
)


def _place_cut_above(lines: list[str], i: int, place: str) -> str:
    """``place`` with the start of its name from the line above, when a cell cut it
    there: that line holds only capitalised words (or «Thành phố» and such words)."""
    above = next((_strip_md(ln).strip(" |") for ln in reversed(lines[:i]) if ln.strip()), "")
    tokens = above.split()
    if not 0 < len(tokens) <= 4 or len(tokens) + len(place.split()) > 6:
        return place
    capitalised = [t[:1].isupper() and t.isalpha() for t in tokens]
    city = [fold(t) for t in tokens[:2]] == ["thanh", "pho"]
    if re.fullmatch(r"T[Pp]\.?", above):  # «TP.» / «Hồ Chí Minh, ngày …»
        return f"Thành phố {place}"
    if all(capitalised) or (city and all(capitalised[2:])):
        return f"{above} {place}"
    return place


# A place-date whose day or month OCR could not read ("Đà Nẵng, ngày lô tháng 5 năm
# 2019", a handwritten day): the place is still the place; the date stays unread.
_PLACE_UNREAD_DATE = re.compile(
    # (a month OCR ran onto «năm»: «ngày,2/Ƒtháng fnăm 2022»)
    r",\s*ng[a-z0-9]y\s+(?:\S{1,6}?\s*){0,2}th[a-z0-9]ng\s*\S{0,3}\s+\S?n[a-z0-9]{1,2}m\s+[0-9]{4}"
    # OCR ran the written day onto «ngày» («ngày{5 tháng 01», «ngàW/† tháng 5»)
    r"|,\s*nga\S{1,8}?\s*th[a-z0-9]ng\s*\S{0,3}\s+\S?n[a-z0-9]{1,2}m\s+[0-9]{4}"
    # the year's last figure unread («năm 201]»)
    r"|,\s*ng[a-z0-9]y\s+(?:\S{1,6}?\s*){0,2}th[a-z0-9]ng\s*\S{1,3}\s+n[a-z0-9]{1,2}m\s+[0-9]{3}\S?"
)
_PLACE_UNREAD_BARE = _without_comma(_PLACE_UNREAD_DATE)


def _next_written(lines: list[str], i: int, count: int = 2) -> list[str]:
    """The next ``count`` written lines after line ``i`` (blank lines between skipped)."""
    return [ln.strip() for ln in lines[i + 1 : i + 6] if ln.strip()][:count]


def _same_month(signed: date | None, lines: list[str]) -> bool:
    """Whether a signature's day may date the document: the month and year its place-date
    shows, with a day written by hand that OCR could not read («ngày 3| tháng 12 năm
    2024»), are the signature's. A signature of the next month signed it later."""
    if signed is None:
        return False
    for line in lines:
        m = _PLACE_UNREAD_DATE.search(fold_keep_offsets(_strip_md(line)).text)
        if m:
            shown = re.search(r"th[a-z0-9]ng\s*(\d{1,2})\s+n[a-z0-9]{1,2}m\s+(\d{4})", m.group())
            return shown is None or (int(shown[1]), int(shown[2])) == (signed.month, signed.year)
    return True


_TORN_MONTH = re.compile(r",\s*ngay\s*(\d{1,2})\s*thang\s*(\d{2,3})\s*nam\s*(\d{4})\b")


def _month_torn(signed: date | None, lines: list[str]) -> date | None:
    """The place-date whose month OCR ran a speck into («ngày 09 tháng42 năm 2026»), its
    month the signature's (a copy's too: signed on or after it) when its figures begin or
    end with that month, its year the same, its day at most a month before."""
    if signed is None:
        return None
    for line in lines:
        m = _TORN_MONTH.search(fold(_strip_md(line)))
        if m is None:
            continue
        day, month, year = int(m[1]), m[2], int(m[3])
        if (
            int(month) <= 12
            or year != signed.year
            or not (month.startswith(str(signed.month)) or month.endswith(str(signed.month)))
        ):
            return None
        shown = _date(str(year), str(signed.month), str(day))
        return shown if shown and 0 <= (signed - shown).days <= 31 else None
    return None


def _beside_number(line: str, m: re.Match[str]) -> bool:
    """Whether a place-date without its comma stands alone on its line or beside the
    number («Số: 2191/CT-CS Hà Nội ngày 09 tháng 4 năm 2026»), not in a sentence that
    cites a document («… /TT- BGDĐT ngày 26 tháng 5 năm 2020 và được sửa đổi …»)."""
    place = _place_before(line, m.start())
    if place is None:
        return False
    if re.fullmatch(r"[A-ZĐ]+", place) and not re.search(r"[aeiouy]", fold(place)):
        return False  # a symbol's tail («CP», «BNNMT»), no place's name
    after = line[m.end() :].lstrip(" ,;.")
    if after[:1].islower():
        return False  # the sentence goes on in small letters
    head = line[: m.start()].rstrip()
    # what stands before the place's first word (the place may be spelt out longer than
    # written: «Tp.HCM» is «Thành phố Hồ Chí Minh»)
    first = place.split()[0]
    at = head.rfind(first) if first in head else len(head) - len(place)
    rest = fold(head[: max(at, 0)])
    return (
        not re.search(r"[a-z]", rest)  # alone, or after OCR's specks («; Lâm Đồng ngày …»)
        or bool(re.match(r"^\W*(?:\S{1,3}\s+)?s[o0]\s*[:.]?", rest))  # «z) Số: 415 /CV-PA83»
        or bool(re.search(r"\d\s*/\s*[\w&.-]+\s*$", rest))  # a crawler's bare «299/TTg»
        or bool(_VV_LINE.match(rest))  # beside the V/v subject: «V/v … 2014 Hà Nội ngày …»
    )


def _unread_place_date(lines: list[str]) -> tuple[str, int | None] | None:
    """The place and the year of a header's place-date whose day or month was written by
    hand and lost («Bắc Giang, ngày 4? tháng l0 năm 2012»): the place is the document's,
    the year dates its tasks' days without one. Only a place's date in the header, never a
    cited document's («Căn cứ Quy định số 30-QĐ/TW, ngày 26 tháng 7 năm 2021»)."""
    for i, raw in enumerate(lines):
        line = _strip_md(raw)
        if _BODY_START.match(fold_keep_offsets(line).text):
            break
        if re.search(r",\s*ng[aà]y\s*$", line, re.IGNORECASE):
            # «Hà Nội, ngày» / «tháng 8 năm 2025» below: the day left blank to be written
            line = " ".join([line, *_next_written(lines, i)])
        folded = fold_keep_offsets(line).text
        m = _PLACE_UNREAD_DATE.search(folded)
        if m is None and (bare := _PLACE_UNREAD_BARE.search(folded)) and _beside_number(line, bare):
            m = bare
        found = _place_before(line, m.start()) if m else None
        if m is None or found is None:
            continue
        year = re.search(r"n[a-z0-9]{1,2}m\s+([0-9]{4})$", m.group())
        known = year and _YEARS[0] <= int(year[1]) <= _YEARS[1]
        return _place_name(found), int(year[1]) if year and known else None
    return None


def _numbered_title(title: str) -> tuple[NumberSymbol, str | None] | None:
    """The number right after a title's type word, and what follows «về» after «của …»."""
    t = _TITLE.match(words(title))
    if t is None:
        return None
    cut = len(t.group(1).split())
    rest = " ".join(title.split()[cut:])
    found = find_number_symbols(rest[:40])
    if not found or found[0][0] != 0:
        return None
    ns = found[0][1]
    # «… CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ <subject>» (marks a site scrambled fold alike)
    about = re.search(r"\scua\s.{3,150}?\sve\s+(?=\S)", fold_keep_offsets(rest).text)
    if about is None or len(rest) - about.end() < 5:
        return ns, None
    return ns, rest[about.end() :].strip()


# The Gazette's title of a document printed without its header: «CHỈ THỊ» / «CỦA BỘ THÔNG
# TIN VÀ TRUYỀN THÔNG SỐ 07/2008/CT-BTTTT» / «NGÀY 30 THÁNG 12 NĂM 2008» / «VỀ …».
_GAZETTE = re.compile(
    r"^\(?(?:" + "|".join(p for _, p in _TITLE_TYPES) + r")\s+cua\s+(?P<issuer>.{3,120}?)\s+"
    r"so\s*:?\s*(?P<ns>\S+)\s+ngay\s+(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})\s+nam\s+"
    r"(?P<y>\d{4})\b\W*(?P<about>.*)$"
)


@dataclass(frozen=True)
class _Gazette:
    issuer: str
    number: NumberSymbol | None
    issued: date | None
    subject: str | None


def _gazette_title(lines: list[str], title_index: int) -> _Gazette | None:
    """The issuer, number, date and subject a Gazette's title block names, if it is one."""
    block: list[str] = []
    for raw in lines[title_index : title_index + 6]:
        if not raw.strip():
            if block:
                break
            continue
        block.append(_strip_md(raw).strip())
    text = " ".join(block)
    folded = fold_keep_offsets(text).text
    m = _GAZETTE.match(folded)
    if m is None:
        return None
    found = find_number_symbols(text[m.start("ns") : m.end("ns")])
    about = text[m.start("about") :].strip() if m.group("about") else ""
    return _Gazette(
        _restored(text[m.start("issuer") : m.end("issuer")]),
        found[0][1] if found else None,
        _date(m["y"], m["m"], m["d"]),
        clean(about) or None,
    )


def _title_type(match: str) -> str | None:
    for name, pattern in _TITLE_TYPES:
        if re.fullmatch(pattern, match):
            return name
    return None


# The signing authority a crawler ran on at the end of a title line: «… NĂM 2015 BỘ
# TRƯỞNG BỘ TƯ PHÁP», «… TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH».
_AUTHORITY_END = re.compile(
    r"(?<!CỦA)(?<!PHÓ)\s(?:BỘ TRƯỞNG BỘ|CHỦ TỊCH (?:ỦY|UỶ) BAN NHÂN DÂN|THỦ TƯỚNG CHÍNH PHỦ"
    r"|GIÁM ĐỐC SỞ)\b.*$"  # (not «KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ …»: whose conclusions)
)
# A Công điện's «điện:» before whom it is sent to, run on after its title with its sender.
_WIRED = re.compile(r"\sđiện\b\s*:?")
_SENDER_HEADS = ("thu tuong", "bo truong", "chu tich", "giam doc", "bo", "uy ban", "ubnd", "so")
# «ĐƯỜNG BỘ», «TOÀN BỘ», «CÁN BỘ», «ĐẢNG BỘ» …: a word of the title, not a sender's head
_NOT_A_HEAD = {"duong", "toan", "can", "dang", "noi", "so", "dong", "tien", "bo", "co"}


def _without_sender(title: str) -> str:
    """A Công điện's title without its sender and what follows «điện:» («… NHÂN DÂN THỦ
    TƯỚNG CHÍNH PHỦ điện: - Bộ trưởng …», «… PHÍA ĐÔNG BỘ TRƯỞNG BỘ XÂY DỰNG điện …»)."""
    wired = _WIRED.search(title)
    if wired is None:
        return title
    tokens = title[: wired.start()].split()
    run = len(tokens)
    while run and tokens[run - 1].isupper() and tokens[run - 1].isalpha():
        run -= 1
    folded = [fold(token) for token in tokens]
    for k in range(run, len(tokens)):
        two = " ".join(folded[k : k + 2])
        if two in _SENDER_HEADS or (
            folded[k] in _SENDER_HEADS and (k == 0 or folded[k - 1] not in _NOT_A_HEAD)
        ):
            return " ".join(tokens[:k])
    return title


# The enacting body a crawler ran on after a title it put on the date's line: «… QUỐC
# HỘI», «… UỶ BAN THƯỜNG VỤ QUỐC HỘI», «… ỦY BAN NHÂN DÂN TỈNH TÂY NINH» (not an «ĐẠI BIỂU
# QUỐC HỘI» the subject names).
_RUN_ON_BODY = re.compile(
    # (not a body the subject names: «… của / với / cho / tại …», «Thủ tướng», «Văn phòng»)
    # «… THUỘC ỦY BAN NHÂN DÂN TỈNH …», «… CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …»)
    r"(?<!dai bieu)(?<!bau cu)(?<!cua)(?<!ve)(?<!voi)(?<!cho)(?<!(?<!van )tai)(?<!va)(?<!thu tuong)"
    r"(?<!thuoc)(?<!chu tich)"
    r"(?<!van phong)\s+(?:uy ban thuong vu quoc hoi|quoc hoi|chinh phu"
    r"|(?:chu tich )?uy ban nhan dan (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)"
    r"(?: [^\s]+){0,3})$"
)


def _without_run_on_body(title: str) -> str:
    """A title without the body a crawler ran on after it («… THỜI KỲ 2021 - 2030 QUỐC
    HỘI», «… HUYỆN CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH»), marks or none."""
    m = _RUN_ON_BODY.search(fold_keep_offsets(title).text)
    return title[: m.start()] if m else title


# Where a body a crawler ran onto its title begins: a sentence's end, or a paragraph's
# opening words written with their capital.
_BODY_OPENS = re.compile(
    r"\.\s|\s[-–]?\s*(?=(?:Ngày \d|Để |Căn cứ|Thực hiện |Theo đề nghị|Nhằm |Sau khi |Kính gửi"
    r"|Xét |Trong (?:thời gian|những năm|năm)|Thời gian qua|Qua |Năm \d|Điều 1"
    r"|(?:\d{1,2}|[IVX]{1,4})\.\s+[A-ZĐ]))"
)


def _to_body(text: str) -> str:
    """``text`` up to where a body run onto it begins (at most 400 characters)."""
    m = _BODY_OPENS.search(text[:400])
    return text[: m.start()] if m else text[:400]


_SPACED_LETTERS = re.compile(r"(?:\S {1,3}){3,}\S")
_SQUEEZED_TYPES = {fold(name).replace(" ", ""): name for name, _ in _TITLE_TYPES}


def _letter_spaced_title(line: str) -> str | None:
    """A title whose letters a font spaced apart («T H Ô N G  B Á O», «Q U Y Ế T Đ Ị N H»),
    written again as its type's words in capitals; None for any other line."""
    stripped = _strip_md(line).strip()
    if not _SPACED_LETTERS.fullmatch(stripped):
        return None
    name = _SQUEEZED_TYPES.get(fold(stripped.replace(" ", "")))
    return name.upper() if name else None


def _caps_suffix(text: str, least: int = 3) -> str:
    """The words in capitals ``text`` ends with, when they are at least ``least``."""
    kept: list[str] = []
    tokens = text.split()
    while tokens and not any(ch.isalpha() for ch in tokens[-1]):
        tokens.pop()  # the rule after a name («… TỈNH BẮC NINH ----»)
    for token in reversed(tokens):
        letters = [ch for ch in token if ch.isalpha()]
        if not letters or not all(ch.isupper() for ch in letters) or re.search(r"\d", token):
            break  # not a signing time «2025-11-25T17:01:58+07:00»
        kept.append(token)
    return " ".join(reversed(kept)) if len(kept) >= least else ""


def _caps_prefix(text: str) -> str:
    """The words in capitals ``text`` opens with (a title a crawler ran the body onto)."""
    kept: list[str] = []
    for token in text.split():
        letters = [ch for ch in token if ch.isalpha()]
        if letters and not all(ch.isupper() for ch in letters):
            break
        kept.append(token)
    return " ".join(kept)


_OF_THE_ISSUER = re.compile(
    r"cua (?:ubnd|hdnd|uy ban|chu tich|bo truong|thu tuong|hoi dong|ban thuong vu|giam doc|so )"
)


def _without_authority(title: str) -> str:
    title = _without_sender(title)
    m = _AUTHORITY_END.search(title)
    return title[: m.start()] if m and m.group() == m.group().upper() else title


# The school year a school's title names on a line of its own, in small letters or not,
# its term too («HỌC KỲ 2 NĂM HỌC 2022-2023»).
_SCHOOL_YEAR = re.compile(r"^\W*(?:hoc ky \S{1,3}\W*)?nam hoc\W*\d{4}\s*-\s*\d{4}\W*$")


# The period a title covers, in brackets under it: «(Giai đoạn: 2021- 2025)», «(2026-2030)».
_PERIOD_ASIDE = re.compile(r"\(\s*(?:giai doan|nam hoc|nhiem ky|nam)?\s*:?\s*\d[\d\s/.,–-]*\)")


# OCR's «Về việc» opening a subject: «Vêviệc», «Vê việc», «Và việc», «Về viêc», a speck
# before it.
_OCR_VE_VIEC = re.compile(r"^[\W_]{0,3}V[eêềểàa]\s?vi[eêệ]c\b\s*")
# Specks before a subject's «Về việc»: tokens of a letter or two, signs, no word among them.
_SPECKS_BEFORE = re.compile(r"^(?:(?:\S{1,3}|[^\w\s]\S*)\s+){3,}(?=Về việc\b)")


# A body's opening sentence, not a subject: «Thực hiện Chương trình công tác …, Ủy ban nhân
# dân tỉnh tổ chức Họp …».
_BODY_OPENING = re.compile(r"(?:thuc hien|can cu|theo|nham|de)\b.*,")


def _title_subject(lines: list[str], title_index: int, alone: bool = False) -> str | None:
    """The subject under a title line: its lines joined, up to the body; the title line's
    own words only when ``alone`` (the body ran on after them)."""
    title = _without_authority(_strip_md(lines[title_index]))
    if title.startswith("("):
        return clean(title.strip("()"))
    named = _TITLE.match(words(title))
    size = len(named.group(1).split()) if named else 2  # «THÔNG TƯ LIÊN TỊCH»: three words
    second = _TITLE.match(words(" ".join(title.split()[size + 1 :])))
    if second and words(title).split()[size : size + 1] == ["va"]:
        size += 1 + len(second.group(1).split())  # «QUY ĐỊNH VÀ HƯỚNG DẪN»: two types named
    block: list[str] = title.split(None, size)[size:] if len(title.split()) > size else []
    if block and re.fullmatch(r"\W*(?:HỎA TỐC|THƯỢNG KHẨN|KHẨN)\W*", block[0]):
        block = []  # «CÔNG ĐIỆN KHẨN»: how urgent, the subject below (not «KHẨN TRƯƠNG …»)
    if block and re.fullmatch(r"\([^()]{1,30}\)", block[0].strip()):
        block = []  # «THÔNG BÁO (Lần 2)»: the notice's round, its subject below
    if block and _is_upper(block[0]) and _OF_THE_ISSUER.match(words(block[0])):
        block = []  # «QUYẾT ĐỊNH CỦA UBND TỈNH LÀO CAI»: whose it is; the subject is below
    j = len(lines) if alone and block else title_index + 1
    while not block and j < len(lines) and not lines[j].strip():
        j += 1  # a blank line may separate the title from the subject
    while j < len(lines):
        if not lines[j].strip():
            # A portal's copy puts a blank line between the lines of a title block: it
            # goes on with a line in capitals that continues the phrase ("CỦA …" /
            # "TẠI HỘI NGHỊ …").
            k = j + 1
            while k < len(lines) and not lines[k].strip():
                k += 1
            after = _strip_md(lines[k]) if k < len(lines) else ""
            stripped = after.strip()
            continues = (
                bool(block)
                and k < len(lines)
                and (
                    # a line in small letters never opens a paragraph: the phrase goes on
                    stripped[:1].islower()
                    or bool(_SCHOOL_YEAR.match(words(after)))
                    or (
                        _is_upper(block[-1])
                        and _is_upper(after)
                        and bool(_CONTINUES.match(words(after)))
                    )
                    # a title line ending with a comma or a word that cannot end a phrase goes on
                    # («… hộ cận nghèo,» / «Sau khi rà soát cuối năm 2022», «… quản lý vật nuôi
                    # và» / «Bảo hiểm trách nhiệm dân sự …»), unless the body's grounds or address
                    # begin there
                    or (
                        (
                            block[-1].rstrip().endswith(",")
                            or bool(DANGLING.search(words(block[-1])))
                        )
                        and not re.match(r"\W*(?:can cu|kinh g[uo]i|dieu \d)", words(after))
                        and not _AUTHORITY.match(words(after))
                    )
                )
            )
            if not continues:
                break
            j = k
        line = _strip_md(lines[j]).strip(" |")
        if not line or re.fullmatch(r"[\W_]+", line):
            break  # a table's cell edge, a rule under the title ("-----")
        folded = words(line)
        # a line after a comma goes on ("CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ VỀ …")
        cut = bool(block) and block[-1].rstrip().endswith(",")
        # a paragraph opens with a capital: «thực hiện một số nhiệm vụ …» goes on
        opens = not line.lstrip("-–—_* ")[:1].islower()
        # a title ending on «… CỦA CHỦ TỊCH», «… THUỘC» names the committee on the next line
        # (or «… chức danh Ủy viên» the committee whose member it names)
        dangling = bool(block) and bool(
            re.search(r"\b(?:cua|thuoc|chu tich|uy vien)$", words(block[-1]))
            or DANGLING.search(words(block[-1]))  # «… vật nuôi và» / «Bảo hiểm …»
        )
        if (
            block
            and not cut
            and opens
            and (_BODY_START.match(folded) or (_AUTHORITY.match(folded) and not dangling))
        ):
            break  # "CHỦ TỊCH ỦY BAN NHÂN DÂN …", "Căn cứ …": the body begins
        # A subject in capitals goes on in capitals ("… QUỐC GIA" / "GIẢM NGHÈO …"); a
        # sentence after it ("Năm 2019, …") is the body, a «về …» line is not.
        if (
            block
            and _is_upper(line) != _is_upper(block[-1])
            and (_is_upper(line) or (line[:1].isupper() and not folded.startswith("ve ")))
            and not _SCHOOL_YEAR.match(folded)  # «KẾ HOẠCH KIỂM TRA …» / «Năm học 2021 - 2022»
        ):
            break
        if (
            block
            and line[:1].isupper()
            and not _is_upper(line)
            and not block[-1].rstrip().endswith((",", "-", "–"))  # («… Song Khê -» / «Nội …»)
            and not DANGLING.search(words(block[-1]))
            and _BODY_SENTENCE.match(line)
        ):
            break  # «Thời gian qua, công tác … đã có nhiều chuyển biến tích cực.»: the body
        if block and line.startswith("(") and re.match(r"\W*(?:ban hanh|kem theo)\b", folded):
            break  # «(Ban hành kèm theo Quyết định số …)» under a rule's title
        if (
            block
            and line.startswith("(")
            and _is_upper(block[-1])
            and not _is_upper(line)
            and not _PERIOD_ASIDE.fullmatch(folded.strip())  # «(Giai đoạn: 2021- 2025)»
        ):
            break  # a note under a title in capitals: «(Thực hiện điểm c … Luật Thủ đô)»
        if not block and re.match(r"^(?:dieu \d|kinh g[uo]i\b)", folded):
            break  # "Điều 1. …": a decision's article; «Kính gửi»: no subject
        if block and re.match(r"\s*(?:(?:\d{1,2}|[IVX]{1,4})\.|[-+•])\s", line):
            # «1. Đối tượng tuyển sinh», «- Trẻ 3 tuổi …»: the body's first item; what came
            # before it was the body's opening sentence if it ended so (an invitation's
            # «Thực hiện Chương trình công tác …, Ủy ban nhân dân tỉnh tổ chức Họp …»)
            if block[-1].rstrip().endswith(".") and _BODY_OPENING.match(words(block[0])):
                return None
            break
        block.append(line)
        j += 1
    candidate = _without_run_on_body(clean(" ".join(block)))  # «… ỦY BAN NHÂN DÂN TỈNH KON TUM»
    if candidate.startswith("(") and candidate.endswith(")"):
        # «(V/v Tăng cường giám sát trong phòng thi)» under the title
        candidate = re.sub(r"^[Vv]\s*/\s*[Vv]\b\s*:?\s*", "", candidate[1:-1].strip())
    return candidate if candidate and len(candidate) <= 400 else None


# A number line's «Số» OCR spaced apart: «S ố: 78/TB-UBND».
_SPACED_SO = re.compile(r"(?m)^([ \t|*_]*)S ([ốôoỐÔO])([ \t]*:)")
# A year or a figure OCR wrote with the letter O: «nhiệm kỳ 2O22 - 2O27».
_O_IN_FIGURES = re.compile(r"(?<=\d)O(?=\d)|(?<=\d)O(?=O\d)|(?<=\dO)O(?=\d)")


def parse_header(text: str) -> Header:
    """Propose the header fields of ``text``; fields not found are None."""
    text = _SPACED_SO.sub(r"\1S\2\3 ", text)  # «S ố: 78/TB-UBND», one character for one
    all_lines = text.split("\n")
    written = [k for k, line in enumerate(all_lines) if line.strip()]
    # A portal's copy double-spaces its lines: the window counts the written ones. It
    # opens a few lines above the motto: a portal's page puts its own lines (a copyright
    # notice, the document's card of «Số hiệu / Loại văn bản / Nơi ban hành …») above
    # the document, which then begins far down the page.
    first = _window_start(all_lines, written)
    window = written[first : first + HEADER_LINES]
    start = window[0] if first else 0
    end = window[-1] + 1 if len(window) == HEADER_LINES else len(all_lines)
    window_lines = _split_columns(all_lines[start:end])
    lines = [""] * start + _join_wrapped_words(_split_flattened(window_lines))
    number_symbol = doc_type = issuer = place = subject = None
    issued: date | None = None
    number_date: date | None = None  # a date on the number's own line, no place before it
    title_index: int | None = None
    title_type: str | None = None
    vv_index: int | None = None
    number_index: int | None = None
    date_index: int | None = None
    page_title = False
    title_alone = False  # the title line holds the whole subject: a body ran on after it
    used: set[int] = set()
    spaced_at: set[int] = set()  # lines whose number's figures were joined

    anchor: int | None = None  # the number's or the place-date's line, read or not
    for i, raw in enumerate(lines):
        unmarked = _strip_md(raw)
        line = _digits_together(unmarked)  # OCR's «Số: 9 24 / SNV-CCHC»
        if line != unmarked:
            spaced_at.add(i)
        folded = fold_keep_offsets(line).text
        if _NUMBER_OR_DATE.search(folded):
            anchor = i
        if (
            number_symbol is None
            and i
            # «Số:» alone, or closing «Nghị quyết số:»; not a sentence's «… Quyết định số»
            and re.search(r"(?:^\W*s[o0]\s*[:.]?|\ss[o0]\s*:)\s*$", fold(_strip_md(lines[i - 1])))
            and re.match(r"\s*\d", line)
        ):
            # «Số:» alone, its number opening the next line («299/TTg Hà Nội, ngày …»)
            numbered = find_number_symbols(line)
            bare = _BARE_NUMBER.match("Số: " + line.strip())  # «1228/THPT»: its issuer alone
            if numbered and numbered[0][0] <= 2:
                number_symbol, doc_type = numbered[0][1].text, type_name(numbered[0][1])
                number_index = i
            elif bare:
                number_symbol, number_index = f"{bare.group(1)}/{bare.group(2)}", i
        ns_line = _NS_LINE.match(folded) if number_symbol is None else None
        if ns_line and (_cited_below(lines, i, line) or _names_its_team(lines, i)):
            ns_line = None  # «… và Nghị định» / «số 80/2023/NĐ-CP;»: a cited one, wrapped
        if ns_line:
            noise = len(ns_line["noise"] or "")
            found = find_number_symbols(line)
            # the number right after «Số:», however many spaces a portal's copy keeps
            opens = bool(found) and len(" ".join(line[: found[0][0]].split())) <= 6 + noise
            bare = _BARE_NUMBER.match(line[noise:])
            slash_lost = _SLASH_LOST.match(line[noise:])
            mended = (
                parse_number_symbol("{}/{}-{}".format(*slash_lost.groups()))
                if slash_lost and not opens and not bare
                else None
            )
            if mended is not None:  # read as the grammar reads it, its type with it
                number_symbol, doc_type = mended.text, type_name(mended)
                number_index = i
                used.add(i)
            if not opens and bare:
                # «Số: 21 /TTVH»: a Công văn's number with its issuer's abbreviation alone
                number_symbol = f"{bare.group(1)}/{bare.group(2)}"
                number_index = i
                used.add(i)
            if opens:
                ns = found[0][1]
                number_symbol, doc_type = ns.text, type_name(ns)
                number_index = i
                used.add(i)
                own = _NUMBER_DATE.search(folded)  # «Số 924/SNV-CCHC Ngày 07-9-2015 V/v …»
                if own:
                    number_date = _date(own["y"], own["m"], own["d"])
                # (or run into the symbol: «Số: 2597/VPCP-NCV/v tổ chức …»)
                inline = re.search(r"\bv\s*/\s*v\b", folded) or re.search(r"(?<=[A-ZĐ])V/v\b", line)
                if inline and vv_index is None:  # "Số: 3377/SYT-NVY V/v …" on one line
                    vv_index = i
                    lines = [*lines[:i], line[inline.start() :], *lines[i + 1 :]]
        probe = folded
        # "Place, ngày" / "dd tháng …", or a cell cut after the place ("Đồng Tháp," /
        # "ngày 01 tháng 12 năm 2025").
        if (
            _DATE_CUT.search(folded)
            or _DATE_CUT_BARE.search(folded)
            or folded.rstrip(" *").endswith(",")
        ) and i + 1 < len(lines):
            # the rest on the next written lines («Hà Nội, ngày 28» / «tháng 4» / «năm 2026»)
            after = _next_written(lines, i)
            probe = " ".join([folded, *(fold_keep_offsets(ln).text for ln in after)])
        probe = _figures_read(probe)
        m = _PLACE_DATE.search(probe)
        if m is None and (bare := _PLACE_DATE_BARE.search(probe)) and _beside_number(line, bare):
            m = bare  # OCR lost the comma: «Số: 12/UBND-VP Hải Dương ngày 09 tháng 4 năm …»
        if m is None and (numeric := _PLACE_NUMERIC.search(probe)):
            # «Hà Nội, ngày 04/08/2025», «Hà Nội, 04/08/2025»: a place's own
            m = numeric if _place_before(line, numeric.start()) else None
        if m and len(line.split()) > 14 and _place_before(line, m.start()) is None:
            m = None  # a sentence's date ("chậm nhất là thứ 2, ngày 26 …"), no place-date
        if (
            m
            and m.end() <= len(line)
            and line[m.end() :].lstrip(" ,;.")[:1].islower()
            and _place_before(line, m.start()) is None
        ):
            m = None  # a cited document's date: «… số 25/KH-STTTT, ngày 6 tháng 12 năm 2011 của sở»
        if m and (
            re.match(r"\W*can cu\b", folded)
            or re.search(r"[/-]\s*[A-ZĐ&]+\s*,?\s*$", line[: m.start()])
        ):
            m = None  # «Căn cứ Thông tư số 21/2025/TT - BNV, ngày 12/10/2025 …»: a symbol's date
        if m and place is None and issued is None:
            place_found = _place_before(line, m.start())
            if place_found and line.startswith(place_found):
                # a narrow cell cut the place: "Thành phố Hồ Chí" / "Minh, ngày 28 …"
                place_found = _place_cut_above(lines, i, place_found)
            place = _place_name(place_found) if place_found else None
            issued = _date(m.group("y"), m.group("m"), m.group("d"))
            date_index = i
            used.add(i)
            rest = _caps_prefix(line[m.end() :]).lstrip(" |*_-") if m.end() <= len(line) else ""
            rest = _without_run_on_body(rest)  # «… THỜI KỲ 2021 - 2030 QUỐC HỘI»
            if _TITLE.fullmatch(words(rest)):
                # the type alone in capitals, its subject as a sentence: «… năm 2025 THÔNG
                # BÁO kết luận của Ban Thường vụ … hai cấp Ngày 31/7/2025, Ban …»
                sentence = line[m.end() :].lstrip(" |*_-")
                rest = _to_body(sentence)
                title_alone = len(rest) < len(sentence)
            if title_index is None and _TITLE.match(words(rest)) and len(rest.split()) > 2:
                # a crawler ran the title on after the date: «…, ngày 29 tháng 01 năm 2015
                # QUYẾT ĐỊNH BAN HÀNH … BỘ TRƯỞNG BỘ TƯ PHÁP»
                lines = [*lines[:i], rest, *lines[i + 1 :]]
                title_index = i
                title_type = _title_type(_TITLE.match(words(rest)).group(1))  # type: ignore[union-attr]
        if (
            vv_index is None
            and title_index is None
            and (
                _VV_LINE.match(folded)
                or (_VV_OCR.match(folded) and anchor is not None and 0 < i - anchor <= 4)
                # «Về hướng dẫn …» under a Công văn's number, where «V/v» usually stands
                or (
                    (under := number_index if number_index is not None else anchor) is not None
                    and i > under
                    and re.match(r"^\W*ve\s", folded)
                    # at most one written line between (the place-date, split off the
                    # number's line), blank lines aside (counted last: the lines between
                    # may be thousands)
                    and sum(bool(ln.strip()) for ln in lines[under + 1 : i]) <= 1
                    # (or a notice's «Về việc …» there, when no title line names it)
                    and (doc_type in (None, "Công văn") or re.match(r"^\W*ve viec\b", folded))
                )
            )
        ):
            vv_index = i
            used.add(i)
        spaced = _letter_spaced_title(line)
        if spaced is not None and title_index is None and i not in used:
            lines = [*lines[:i], spaced, *lines[i + 1 :]]  # «T H Ô N G  B Á O»
            line = spaced
        unspecked = re.sub(r"^[\W_]+(?=\w)", "", line)
        if (
            unspecked != line
            and title_index is None
            and _is_upper(unspecked)
            and _TITLE.match(words(unspecked))
        ):
            # OCR's specks before it: «: ,QUYẾT ĐỊNH»
            lines = [*lines[:i], unspecked, *lines[i + 1 :]]
            line = unspecked
        if title_index is None and i not in used:
            t = _TITLE.match(words(line))
            if t and line.split()[0].lower() == "phường":
                t = None  # «PHƯỜNG AN HẢI»: a ward's name, its letters folded like «PHƯƠNG ÁN»
            if (
                t
                and (
                    len(line.split()) <= 6
                    or line.startswith("(")
                    or re.match(rf"{t.group(1)} ve\b", words(line))
                )
                and (_is_upper(line) or line.startswith("("))
                and not line.rstrip().endswith(":")  # «QUYẾT ĐỊNH:» enacts, no title
            ):
                title_index = i
                title_type = _title_type(t.group(1))
            elif (
                t
                and anchor is not None
                and len(_caps_prefix(line).split()) >= len(t.group(1).split())
                and len(line.split()) > 6
                and not line.rstrip().endswith(":")
            ):
                # a title run on with its subject, often the body after it: «THÔNG BÁO KẾT
                # LUẬN CỦA THƯỜNG TRỰC ĐẢNG UỶ về một số nội dung … Ngày 26/8/2025, …» (a
                # header a crawler ran onto one line)
                cut = _to_body(line)
                lines = [*lines[:i], cut, *lines[i + 1 :]]
                title_index = i
                title_alone = len(cut) < len(line)
                title_type = _title_type(t.group(1))
            elif _is_upper(line) and line.strip().lower() in _TITLE_SKELETONS:
                title_index, title_type = i, _TITLE_SKELETONS[line.strip().lower()]

    if title_index is None and number_symbol is None and vv_index is None:
        opening = next((k for k, ln in enumerate(lines) if ln.strip()), None)
        t = _TITLE.match(words(lines[opening])) if opening is not None else None
        if opening is not None and t and len(lines[opening].split()) > 3:
            # No header at all, but the page's title names the type and the subject.
            title_index, title_type = opening, _title_type(t.group(1))
            page_title = True
    if number_symbol is None:
        # A two-column header flattened: «Số:277» in one cell, «/KH-UBND» lines below.
        split = _split_number(lines)
        if split is not None:
            number_index, ns = split
            number_symbol, doc_type = ns.text, doc_type or type_name(ns)
    if number_symbol is None and doc_type is None and vv_index is None:
        # (a «V/v» line says Công văn: «/CT-CS» is then Cục Thuế's unit, no Chỉ thị)
        doc_type = _type_of_unread_number(lines)
    unread = _unread_place_date(lines) if place is None or issued is None else None
    if place is None and unread is not None:
        place = unread[0]
    if issued is None and number_date is not None:
        issued = number_date
    if title_type is not None and doc_type != "Văn bản hợp nhất":
        # the type spelt out wins over an abbreviation (not over a consolidated text's
        # number: its title names the act it consolidates, «THÔNG TƯ …»)
        doc_type = title_type
    elif vv_index is not None and doc_type is None:
        doc_type = "Công văn"  # a «V/v» subject under the number
    gazette = _gazette_title(lines, title_index) if title_index is not None else None
    if gazette is not None:
        subject = gazette.subject
        if number_symbol is None and gazette.number is not None:
            number_symbol, doc_type = gazette.number.text, doc_type or type_name(gazette.number)
        issued = issued or gazette.issued
    elif title_index is not None:
        subject = _title_subject(lines, title_index, title_alone)
        if subject is None and vv_index is not None:
            # a Thông báo whose «(V/v …)» stands under its number, the title alone
            plain = [_strip_md(ln).strip(" |") for ln in lines]
            subject = cong_van_subject(plain, vv_index, _PLACE_CUT)
        named = _numbered_title(_strip_md(lines[title_index]))
        if named is not None:
            # a page's title «KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ …»
            ns, about = named
            if number_symbol is None:
                number_symbol = ns.text
                doc_type = doc_type or type_name(ns)
            subject = about or subject
    elif vv_index is not None:
        # Markdown's emphasis and a table's cell edges are no part of it
        plain = [_strip_md(ln).strip(" |") for ln in lines]
        subject = cong_van_subject(plain, vv_index, _PLACE_CUT)
    elif doc_type == "Công văn" and (under := _under_number(lines, number_index)) is not None:
        # a Party Công văn: its trích yếu under the number, no «V/v» before it
        plain = [_strip_md(ln).strip(" |") for ln in lines]
        subject = cong_van_subject(plain, under, _PLACE_CUT)
    elif date_index is not None and number_symbol is not None:
        subject = _untitled_subject(lines, date_index + 1)
        typed = _TITLE.match(words(subject or ""))
        if subject and typed:
            # a title line too long to be told from a subject: «GIẤY PHÉP SỬ DỤNG …»
            subject = " ".join(subject.split()[len(typed.group(1).split()) :]) or None
    marks = [k for k in (title_index, vv_index, number_index) if k is not None]
    if not marks:
        # no number, title or V/v read (an OCR'd scan): the lines down to the motto's last
        # («BỘ CÔNG THƯƠNG CỘNG HÒA …» / «CỤC HÓA CHẤT Độc lập - Tự do - Hạnh phúc»)
        motto = next((k for k, ln in enumerate(lines) if ln.strip() and _motto_piece(ln)), None)
        if motto is not None:
            below = range(motto + 1, min(motto + 4, len(lines)))
            last = next((k for k in below if _motto_piece(lines[k])), motto)
            marks = [last + 1]
    if marks:
        issuer = _issuer_from_lines(
            [ln for k, ln in enumerate(lines[: min(marks)]) if k not in used]
        )
    if issuer is None or _BARE_BODY.match(words(issuer)):
        issuer = _authority_body(lines) or issuer
    if gazette is not None and issuer is None:
        issuer = gazette.issuer  # no header above the Gazette's title

    if number_symbol is None:
        # a header whose number OCR lost is no header lost: a sentence of its body telling
        # of an earlier document («Ngày 26/12/2006, Ban chỉ đạo … đã ban hành Kế hoạch số
        # …») says nothing of it
        printed = _unread_number(lines)
        lost = printed is not None
        posted = _post_title(text)
        summary = (
            posted or _summary(text) or _prose(text) or (None if lost else _prose_unnumbered(text))
        )
        if (
            printed is not None
            and summary is not posted
            and summary is not None
            and summary.number_symbol is not None
            and not _same_symbol(printed[1], summary.number_symbol)
        ):
            summary = None  # another document's, told of in the body
        if summary is not None:
            number_symbol = summary.number_symbol
            doc_type = doc_type or summary.doc_type
            issuer = issuer or summary.issuer
            issued = issued or summary.issued_date
            # the page's title says the subject of the letter it holds
            subject = summary.subject if page_title or posted else subject or summary.subject
    if issuer is None:
        issuer = _issuer_from_signature(text)
    if number_symbol is None or issued is None or issuer is None:
        # A portal's card of the document («Số hiệu: …», «Ngày ban hành: …») above a
        # copy that lost its header says what the header would have.
        card = _portal_card(text)
        if number_symbol is None and card.number_symbol:
            number_symbol = card.number_symbol
            doc_type = doc_type or card.doc_type
        issued = issued or card.issued_date
        issuer = issuer or card.issuer
    signature = e_signature(text)
    if signature.body is not None and (
        issuer is None or (_near(issuer, signature.body) and not _torn(signature.body))
    ):
        # The box spells the body the (OCR'd) header names, or names the one it lost.
        issuer = signature.body
    signed_day = False
    if issued is None and not signature.copy and _same_month(signature.signed, lines):
        issued = signature.signed  # an electronic document is dated when it is signed
        # (a day written by hand may differ: «ngày 2# tháng 01», signed on the 5th)
        signed_day = issued is not None and _unread_place_date(lines) is not None
    if issued is None:
        issued = _month_torn(signature.signed, lines)
    if issued is None and (passed := _PASSED.search(fold(text))):
        issued = _date(passed["y"], passed["m"], passed["d"])  # a law's or a resolution's
    if issuer is None:
        issuer = _issuer_from_title(text)
    if number_symbol is None:
        # «(Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)» closing a portal's extract
        source = _source_note(text) or _annex_caption(text, doc_type)
        if source is not None:
            number_symbol, doc_type = source.number_symbol, doc_type or source.doc_type
            issued = issued or source.issued_date
            issuer = issuer or source.issuer
    if issuer is None:
        issuer = _issuer_from_prose(text) or _portal_owner(text)
    if issuer is not None and words(issuer) in ("uy ban nhan dan", "ubnd"):
        issuer = _whose_committee(text, number_symbol, place) or issuer
    if issuer is not None and not _names_a_body(issuer):
        issuer = None  # OCR's letters («Mể rình hỗ»), the motto, a number line: a gap, asked
    if issuer is not None:
        issuer = _spelt_out(issuer)
        if words(issuer).startswith("hoi dong nhan dan"):
            # the enacting line «HỘI ĐỒNG NHÂN DÂN QUẬN TÂN PHÚ KHÓA I, KỲ HỌP LẦN THỨ 7»: the
            # council, without its term and session
            issuer = _SESSION.sub("", issuer)
    if (
        number_symbol
        and number_symbol.endswith("/TW")
        and issuer
        and re.match(r"^(?:tinh|thanh) uy\b", words(issuer))
    ):
        number_symbol = f"{number_symbol[:-2]}TU"  # a province's committee: OCR'd «TƯ»
    if subject is not None:
        subject = re.sub(r"(?<![.\s])\.$", "", subject)  # «… báo cáo định kỳ.»: its full stop
        subject = _O_IN_FIGURES.sub("0", subject)
        subject = re.sub(r"\s+[-–—|]+$", "", subject)  # a list's dash or a cell's edge after it
        # (the state's motto: «Đảng Cộng sản Việt Nam» may well be in a subject)
        folded_subject = fold_keep_offsets(subject).text
        ran_on = _STATE_MOTTO.search(folded_subject)
        if (
            ran_on is not None
            and not _is_upper(subject[ran_on.start() : ran_on.end()])
            and not re.search(r"\|\s*$", subject[: ran_on.start()])  # (a cell of its own)
            and not _STATE_MOTTO.search(folded_subject, ran_on.end())
        ):
            ran_on = None  # «Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam»: a name
        if ran_on and ran_on.start() > 10:
            subject = subject[: ran_on.start()].rstrip(" ,;-|")  # a flattened copy ran on into it
        party_motto = _PARTY_MOTTO_END.search(subject)
        if party_motto and not _is_upper(subject[: party_motto.start()]):
            # the Party's motto in capitals, or what a cut left of it, a flattened copy ran
            # on into a subject in small letters («… nơi cư trú ĐẢNG CỘNG»)
            subject = subject[: party_motto.start()].rstrip(" ,;-|")
        opener = {"”": "“", "»": "«", '"': '"'}.get(subject[-1:])
        if opener and subject.count(opener) == (opener == '"'):
            subject = subject[:-1].rstrip()  # «“V/v …”»: the mark that opened it went with «V/v»
        quoted = re.fullmatch(r"“([^“”]+)”|«([^«»]+)»|\"([^\"]+)\"", subject)
        if quoted:
            subject = next(g for g in quoted.groups() if g).strip()  # a title in marks: its words
        # a label, not the words of the subject: «Về việc: báo cáo …», «V/v: …»
        subject = re.sub(r"^(?:V/v|Về việc|VỀ VIỆC)\s*:\s*", "", subject) or None
    if subject is not None:
        # a stamp's specks OCR read before it («À .^A ,À k4 £ ˆ Lá » Về việc …»), its
        # opening words OCR'd («,Vêviệc», «Và việc»)
        subject = _OCR_VE_VIEC.sub("Về việc ", _SPECKS_BEFORE.sub("", subject), count=1)
    if issued is None and unread is None:
        issued = _attached_date(text)
    if issuer is not None and number_symbol is not None:
        issuer = _completed_by_symbol(issuer, number_symbol)
    year = issued.year if issued else (unread[1] if unread is not None else None)
    joined = number_symbol is not None and number_index in spaced_at
    return Header(number_symbol, doc_type, issuer, place, issued, subject, year, signed_day, joined)


# Central bodies a symbol names, whose header a copy may cut short («ỦY BAN THƯỜNG VỤ» over
# «Số: 494/NQ-UBTVQH13»).
_SYMBOL_BODIES = {"UBTVQH": "Ủy ban Thường vụ Quốc hội", "VPCP": "Văn phòng Chính phủ"}


def _completed_by_symbol(issuer: str, number_symbol: str) -> str:
    """``issuer``, or the central body its symbol names when the issuer read is the start
    of that body's name («Ủy ban Thường vụ» of «…/NQ-UBTVQH13»)."""
    m = re.search(r"-([A-ZĐ]+)\d*$", number_symbol)
    full = _SYMBOL_BODIES.get(m.group(1)) if m else None
    if full is None or fold(issuer) == fold(full) or not fold(full).startswith(fold(issuer)):
        return issuer
    return full


# The first word of an issuing body's name: a committee, a ministry, a department, an office,
# a school, a union… (folded). A proposed issuer that opens otherwise is OCR's damage
# («Mể rình hỗ»), a line of the header taken for it («CØNG HOÀ XÃ HØI …», «S6: 463Y …») or
# a word of the body («Doanh nghiệp»): no issuer, so the review shows the gap and asks.
_BODY_HEADS = frozenset((
    "uy", "ubnd", "hdnd", "bch", "bo", "so", "ban", "thu", "chinh", "van", "truong", "dang",
    "cuc", "phong", "tinh", "thanh", "phu", "hiep", "hoi", "cong", "bao", "quoc", "tieu",
    "trung", "tong", "vien", "doan", "mat", "khoa", "huyen", "quan", "thi", "xa", "phuong",
    "chi", "hoc", "benh", "ngan", "kho", "toa", "lien", "to", "dai", "kiem", "tap", "nha",
    "doi", "tram", "hop", "canh", "hat", "su", "luc", "cau", "nhom", "ky",
    "chu",  # «Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ», whose own decisions a chairman signs
    "thuong",  # «Thường trực Hội đồng nhân dân huyện …»
))  # fmt: skip


def _names_a_body(issuer: str) -> bool:
    said = words(issuer).split()
    named = issuer.lstrip(" \"'“«(")[:1].isupper()  # a name, not a sentence's «ban hành …»
    # a body's name has two words at least: «Cộng» alone is the motto's
    return named and len(said) >= 2 and said[0] in _BODY_HEADS and not _MOTTO.search(fold(issuer))


# The cities under the central government: their committee is «… thành phố …».
_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")


def _whose_committee(text: str, number_symbol: str | None, place: str | None) -> str | None:
    """The body a header cut to a bare «ỦY BAN NHÂN DÂN» (its level and place in a cell the
    copy lost) stands for: the law portal's card's, a department's that speaks in the body
    («Sở Giáo dục và Đào tạo hướng dẫn …», its symbol «HD-SGDĐT»), or the province's
    committee its place-date names («Ninh Bình, ngày …», «Số: 197/KH-UBND»)."""
    card = _portal_card(text).issuer
    if card and words(card) not in ("uy ban nhan dan", "ubnd"):
        return card
    ns = parse_number_symbol(number_symbol) if number_symbol else None
    abbr = ns.issuer_abbr if ns else ""
    name = re.sub(r"^(?:Thành phố|TP\.?)\s+", "", place or "")  # «Thành phố Hồ Chí Minh»
    level = "thành phố" if name in _CITIES else "tỉnh"
    where = f" {level} {name}" if name and province(name) == name else ""
    if abbr.startswith("S") and abbr[1:2].isupper():  # «SGDĐT», «SNV»: a department
        speaking = _SPEAKING_BODY.search(text[:3000])
        body = speaking["body"] if speaking and speaking["body"] else None
        if body and words(body).startswith("so "):
            return f"{body}{where}"
    if abbr in ("", "UBND") and where:
        return f"Ủy ban nhân dân{where}"
    return None


# A rule issued with a decision, without a place-date of its own: «(Ban hành kèm theo Quyết
# định số 59/QĐ-UBND ngày 22 tháng 7 năm 2021 của …)» under its title is its date.
_ATTACHED = re.compile(
    r"\(\s*ban hanh kem theo (?:quyet dinh|nghi quyet|thong tu)\b[^()]{0,60}?\bngay\s*"
    r"(?P<d>\d{1,2})(?:\s*thang\s*|\s*/\s*)(?P<m>\d{1,2})(?:\s*nam\s*|\s*/\s*)(?P<y>\d{4})"
)


def _attached_date(text: str) -> date | None:
    m = _ATTACHED.search(" ".join(fold(text[:2000]).split()))
    return _date(m["y"], m["m"], m["d"]) if m else None


# A number line whose number was written by hand or lost to OCR, its symbol printed:
# «Só: #2 /QĐ-TTg», «Số: 2 † /2026/TT-BCT», «Số:      -TB/TU».
_UNREAD_NUMBER = re.compile(
    # the number's place: OCR's specks («24£(?/KH-UBND», «/?4 /GM-UBND»)
    # or a slash of its own before the symbol's («Số: tù>⁄/ /UBND-VP»)
    r"^\W*(?:\S{1,3}\s+)?S[ốoôó0][:.]?\s*(?:[^\s/-]|/(?![A-ZĐ\s])){0,4}\s*[^\w\s-]{0,2}\s*"
    r"(?P<symbol>(?:/\s*\d{4}\s*)?[/-]\s*[A-ZĐ]\S*)"
)


def _unread_number(lines: list[str]) -> tuple[int, NumberSymbol] | None:
    """The line of a number whose printed symbol could be read but not its number, and the
    symbol read with a stand-in number: «1/QĐ-TTg», «1/2026/TT-BCT», «1-TB/TU»."""
    for i, line in enumerate(lines):
        m = _UNREAD_NUMBER.match(_strip_md(line))
        if m is None:
            continue
        found = find_number_symbols("1" + m["symbol"].replace(" ", ""))
        if found and found[0][0] == 0:
            return i, found[0][1]
    return None


def _same_symbol(printed: NumberSymbol, told: str) -> bool:
    """Whether a number told of in prose has the symbol a header printed beside a number
    it lost: a body's «Bộ Tài chính ban hành Thông tư số 116/2018/TT-BTC» under «Số: tù>⁄/
    /UBND-VP» tells of another document."""
    ns = parse_number_symbol(told)
    return ns is not None and (ns.type_abbr, ns.issuer_abbr) == (
        printed.type_abbr,
        printed.issuer_abbr,
    )


def _under_number(lines: list[str], number_index: int | None) -> int | None:
    """The line right under a Công văn's number (read or not) when it opens a trích yếu
    written as a sentence: not in capitals, no motto, no place-date, no «Kính gửi»."""
    if number_index is None:
        unread = _unread_number(lines)
        number_index = unread[0] if unread else None
    if number_index is None:
        return None
    k = next((j for j in range(number_index + 1, len(lines)) if lines[j].strip()), None)
    if k is None or k - number_index > 2:
        return None
    line = _strip_md(lines[k]).strip(" |")
    folded = fold_keep_offsets(line).text
    if (
        not line[:1].isupper()
        or _is_upper(line)
        or _motto_piece(line)
        or _PLACE_DATE.search(folded)
        or re.match(r"k[i1]nh g", folded)
    ):
        return None
    return k


def _type_of_unread_number(lines: list[str]) -> str | None:
    """The type a number line's printed symbol names when its number could not be read."""
    unread = _unread_number(lines)
    return type_name(unread[1]) if unread else None


# A number OCR spaced inside its digits: «Số: 9 24 / SNV-CCHC», «Số: 3 377 / SYT-NVY».
_SPACED_DIGITS = re.compile(
    r"^(\W*(?:\S{1,3}\s+)?S[ốoô0][:.]?\s*)(\d{1,4}(?: \d{1,4}){1,2})(?=\s*[/-])"
)


def _digits_together(line: str) -> str:
    m = _SPACED_DIGITS.match(line)
    if m is None or len(m.group(2).replace(" ", "")) > 5:
        return line
    return m.group(1) + m.group(2).replace(" ", "") + line[m.end() :]


def _names_its_team(lines: list[str], i: int) -> bool:
    """Whether line ``i``'s number belongs to a team's name above it: «ĐOÀN KIỂM TRA» /
    «THEO QUYẾT ĐỊNH» / «SỐ 1050/QĐ-SCT» names the decision that set the team up."""
    above = next((ln for ln in reversed(lines[:i]) if ln.strip()), "")
    return words(above).endswith("theo quyet dinh")


def _cited_below(lines: list[str], i: int, line: str) -> bool:
    """Whether ``line``, opening with a small «số» or a number, goes on a sentence above.

    The document's own number line begins with a capital «Số»; a cited document's number
    wraps to a line of its own in mid-sentence («… bởi Nghị định» / «số 80/2023/NĐ-CP;»).
    """
    above = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
    if line.lstrip(" *_|")[:1].isdigit():
        # «… bãi bỏ Nghị quyết số» / «24/2013/NQ-HĐND ngày …»
        return bool(re.search(r"\ss[o0]$", fold(above)))  # OCR's «… Quyệt định sô» too
    if not line.lstrip(" *_|").startswith("s"):
        return False
    return bool(above) and (above[-1].isalpha() or above[-1] == ",")


# Written lines kept above the motto when the window moves down to it (the issuing
# body's name, cut by a portal's cell into up to four lines, and the rule under it).
_ABOVE_MOTTO = 8
_BELOW_MOTTO = 18
_MOTTO_SEARCHED = 300  # written lines: a portal's preamble is rarely longer


_NUMBER_ALONE = re.compile(r"^\W*s[oốô0]\s*[:.]?\s*(?P<n>\d{1,5})\s*$", re.IGNORECASE)
# (a state symbol's year first: «Số: 63» / «/2025/QĐ-CTUBND»)
_SYMBOL_ALONE = re.compile(r"^\s*(?P<s>/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][\w&.]*(?:\s*-\s*[\w&.]+)*)\s*$")


def _split_number(lines: list[str]) -> tuple[int, NumberSymbol] | None:
    """The number and the symbol a flattened header put on lines of their own: «Số:277»
    with «/KH-UBND» a few lines below, or «12094» / «Số:» / «/BNV-CCHC»."""
    plain = [_strip_md(raw).strip() for raw in lines]
    for i, line in enumerate(plain):
        symbol = _SYMBOL_ALONE.match(line)
        if not symbol:
            continue
        above = range(i - 1, max(-1, i - 9), -1)
        number = next((k for k in above if _NUMBER_ALONE.match(plain[k])), None)
        digits = None
        if number is not None:
            digits = _NUMBER_ALONE.match(plain[number])["n"]  # type: ignore[index]
        else:
            # the digits alone, beside a «Số:» left without them
            near = range(max(0, i - 4), i)
            if any(
                re.fullmatch(r"s[oốô0]\s*[:.]?", p, re.IGNORECASE) for p in plain[max(0, i - 4) : i]
            ):
                number = next((k for k in near if re.fullmatch(r"\d{1,5}", plain[k])), None)
                digits = plain[number] if number is not None else None
        if number is None or digits is None:
            continue
        found = find_number_symbols(f"{digits}{symbol['s'].replace(' ', '')}")
        if found:
            return number, found[0][1]
    return None


def _window_start(lines: list[str], written: list[int]) -> int:
    """The written line the header's window starts at: 0, or a few lines above the
    first motto when a page's preamble pushed it below the usual window."""
    for n, k in enumerate(written[:_MOTTO_SEARCHED]):
        if _motto_piece(lines[k]):
            # the window holds the lines under the motto too: the number, the place-date,
            # the title and its subject (a portal's card above may push them past it)
            return n - _ABOVE_MOTTO if n + _BELOW_MOTTO > HEADER_LINES else 0
    return 0


# Where a header flattened onto one line (a PDF viewer's text) is cut back into lines.
_LANDMARKS = re.compile(
    r"\s(?=C[ỘO]NG H[ÒO]A X[ÃA] H[ỘO]I|Độc lập|Đ[ộo]c l[ậa]p|S[ốo]\s*:|V/v\b|K[íi]nh g[ửu]i\b"
    r"|ĐẢNG C[ỘO]NG S[ẢA]N VI[ỆE]T NAM|S[ốo]\s+\d{1,5}\s*-\s*[A-ZĐ]|C[ăa]n c[ứu]\s|Thực hiện\s"
    r"|S[ốo]\s*:?\s*[-/]\s*[A-ZĐ]"  # a number stamped as an overlay: «Số -TB/ĐU»
    r"|\*+\s|-{3,})|(?<=-{3})\s+"  # the star under a Party body, a rule under a title
    # the title after the place-date's year: «… năm 2025 THÔNG BÁO KẾT LUẬN …»
    r"|(?<=\d{4})\s+(?=(?:THÔNG BÁO|KẾT LUẬN|QUYẾT ĐỊNH|NGHỊ QUYẾT|KẾ HOẠCH|CHỈ THỊ|HƯỚNG DẪN"
    r"|BÁO CÁO|TỜ TRÌNH|CÔNG ĐIỆN|GIẤY MỜI|QUY ĐỊNH|QUY CHẾ|CHƯƠNG TRÌNH)\b)"
)


def _body_then_number(line: str) -> bool:
    """Whether ``line`` is a body's name in capitals (three words at least) and its number."""
    number = re.search(r"\sS[ốoô]\s*:?\s*\d", line[:300])
    name = line[: number.start()].strip(" -*|") if number else ""
    return len(name.split()) >= 3 and name.isupper()


_RULED_NUMBER = re.compile(r"^\D{8,}\s-{3,}\s*s[o0]\s*:?\s*\d")
_VV_OR_TO = re.compile(r"\sv\s*/\s*v\s|\skinh gui\b")
# A header's cell opens with its number or its place-date, never a sentence («Thực hiện
# Công văn số 123/UBND-VP … V/v …» is the body's).
_CELL_OPENS = re.compile(r"^\W*(?:s[o0]\s*[:.]?\s*\S*\d|[^\W\d]\S*(?:\s[^\W\d]\S*){0,3},\s*ngay\b)")
# A line a header ran onto: the motto and a number or a place-date with it.
_FLATTENED = re.compile(r"s[o0]\s*:?\s*(?:\d|[-/]\s*[a-z])|,\s*ngay\b")


# The gap between a header's two columns in a layout-keeping PDF-to-text copy.
# Not a number or a date left blank for the hand («Số:      /UBND-VP», «ngày     tháng»).
_COLUMN_GAP = re.compile(
    r"(?<=\S)(?<!S[ốoô]:)(?<!S[ốoô])(?<!ngày)(?<!tháng)\s{4,}(?=[^\s/-])(?!tháng|năm)"
)


def _split_columns(lines: list[str]) -> list[str]:
    """A header whose two columns share each line («ỦY BAN NHÂN DÂN      CỘNG HOÀ XÃ HỘI
    …», as ``pdftotext -layout`` gives it) cut into its cells, left before right. A table's
    row («|» between its cells) is left alone."""
    out: list[str] = []
    for line in lines:
        if "|" in line or not _COLUMN_GAP.search(line):
            out.append(line)
            continue
        for cell in _COLUMN_GAP.split(line.strip()):
            # the motto's first line and the body's second line a narrower gap apart
            # («CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   TRƯỜNG MG HIỆP THẠNH»)
            out.extend(part.strip() for part in _AFTER_MOTTO.split(cell))
    return out


_AFTER_MOTTO = re.compile(r"(?<=NGHĨA VIỆT NAM)\s{2,}(?=\S)")


_MOTTO_FIRST = re.compile(r"c[o0]ng h[o0]a x[a-z] h[o0]i ch[u] ngh[i1]a vi[e3]t nam")
_WHOLE_MOTTO = re.compile(f"{_MOTTO_FIRST.pattern}|dang cong san viet nam")


def _rewrapped(lines: list[str]) -> list[str]:
    """A crawler's copy that ran the header on and wrapped it again at a width («ỦY BAN
    NHÂN DÂN TỈNH QUẢNG TRỊ ------- CỘNG HÒA XÃ HỘI» / «CHỦ NGHĨA VIỆT NAM Độc lập …
    Số: 1010/QĐ-UBND Quảng Trị, ngày» / «20 tháng 8 năm 2025 QUYẾT ĐỊNH …»): its first
    lines, up to a blank one, joined again into the one line they were, for
    ``_split_flattened`` to cut at its landmarks. The motto broken over two of them tells
    such a copy."""
    written = [k for k, line in enumerate(lines[:12]) if line.strip()]
    if len(written) < 3:
        return lines
    head = written[:4]
    first = fold(lines[written[0]])
    if any(_WHOLE_MOTTO.search(fold(lines[k])) for k in head):
        # or its first line a whole header cut off before its subject ended («… năm» /
        # «2019 QUYẾT ĐỊNH …», «… DỊP TẾT NGUYÊN» / «ĐÁN ẤT TỴ …»), the next line under it
        cut_off = (
            written[1] == written[0] + 1
            and _WHOLE_MOTTO.search(first)
            and re.search(r"s[o0]\s*:?\s*\d", first)
            and not re.search(r"\b(?:kinh gui|can cu|thuc hien)\b", first)
        )
        if not cut_off:
            return lines
    else:
        joined = fold(" ".join(lines[k].strip() for k in head))
        if not (_WHOLE_MOTTO.search(joined) and re.search(r"s[o0]\s*:?\s*\d", joined)):
            return lines
    last = written[0]
    while last + 1 < len(lines) and lines[last + 1].strip() and last - written[0] < 7:
        last += 1
    run = " ".join(line.strip() for line in lines[written[0] : last + 1])
    return [*lines[: written[0]], run, *[""] * (last - written[0]), *lines[last + 1 :]]


def _split_flattened(lines: list[str]) -> list[str]:
    """A header run onto one long line ("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI … SỞ GIÁO DỤC
    VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số : 2917 /SGDĐT-VP … V/v … Kính gửi: …") cut
    back at its landmarks; a viewer's page number ("1. ") goes."""
    out: list[str] = []
    for line in _rewrapped(lines):
        folded = fold(line[:600])
        motto_with = bool(_MOTTO.search(folded) and _FLATTENED.search(folded))
        # a cell of a layout copy's flattened header: «Độc lập - Tự do - Hạnh phúc Số: 5973
        # /UBND-KT», «Lào Cai, ngày 11 tháng 6 năm 2026 V/v … Kính gửi: …»
        cells = len(line) >= 40 and (
            motto_with
            or bool(_CELL_OPENS.match(folded) and _VV_OR_TO.search(folded[20:]))
            # the body's cell: its name, the rule under it, its number («HỘI KHUYẾN HỌC
            # VIỆT NAM TỈNH HỘI HƯNG YÊN ----------------- Số: 14 / CV- HKH»)
            or bool(len(line) < 300 and _RULED_NUMBER.search(folded))
            # or right after it: «UBND THÀNH PHỐ HÀ TĨNH TRƯỜNG MẦM NON TÂN GIANG Số: 61 /TBTS-TMN»
            or _body_then_number(line)
        )
        if not cells and (len(line) < 120 or not motto_with):
            out.append(line)
            continue
        head, rest = line[:1200], line[1200:]
        # (or bare before the body's name in capitals: «1 BỘ GIÁO DỤC VÀ ĐÀO TẠO Số: …»)
        number = re.match(r"\s*\d{1,3}(?:\.\s+|\s+(?=(\w+)\s))", head)
        if number and (number.group(1) is None or number.group(1).isupper()):
            head = head[number.end() :]
        head = re.sub(r"(?<=H[ạa]nh ph[úu]c)\s+|(?<=NGHĨA VIỆT NAM)\s+", "\n", head)
        cut = _cells_apart("\n".join(_LANDMARKS.split(head)).split("\n"))
        out.extend([*cut[:-1], cut[-1] + rest])
    return out


_PEOPLES = ["uy", "ban", "nhan", "dan"]
_SUBJECT_UNDER_NUMBER = re.compile(r"^(\W*S[ốo]\s*:?\s*\d+\s*/\s*[^\s/]+)\s+(V[ềe]\s+[a-zđà-ỹ].*)$")


def _caps_tail(cell: str) -> list[str]:
    """A page's own words before a flattened header's first cell cut off it: «Nghị quyết
    61/2022/QH15 QUỐC HỘI», «</xml ỦY BAN NHÂN DÂN». Not after a label («Ký bởi: CÔNG
    BÁO» is an e-signature's)."""
    tokens = cell.split()
    k = len(tokens) - len(_caps_suffix(cell, least=2).split())
    if k in (0, len(tokens)) or tokens[k - 1].endswith(":") or not tokens[-1][-1:].isalpha():
        return [cell]
    folded = [fold(token) for token in tokens]
    # «… VÀ TIN HỌC ỦY BAN NHÂN DÂN»: an e-signature's box ran into the committee's cell
    k = next((j for j in range(len(tokens) - 4, k, -1) if folded[j : j + 4] == _PEOPLES), k)
    return [" ".join(tokens[:k]), " ".join(tokens[k:])]


def _cells_apart(cut: list[str]) -> list[str]:
    """A flattened header's cells the landmarks left together, apart: a page's words
    before the body's name, a «Về …» subject beside its number."""
    out: list[str] = []
    for cell in cut:  # «Số: 180/SLĐTBXH-LĐ Về khảo sát …»: the number's cell, then the subject
        under = _SUBJECT_UNDER_NUMBER.match(cell)
        out.extend(under.groups() if under else [cell])
    k = next((k for k, cell in enumerate(out[:8]) if _MOTTO_FIRST.fullmatch(fold(cell).strip())), 0)
    if k:
        j = k - 1 if out[k - 1].strip(" -_") or k == 1 else k - 2  # a rule under the body
        out[j : j + 1] = _caps_tail(out[j])
    return out


def _join_wrapped_words(lines: list[str]) -> list[str]:
    """A portal's narrow header cells wrap their first word onto a line of its own ("ỦY"
    / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …", "Mỹ" / "Tho, ngày 24 …"): joined to the
    line it begins. The count of lines is kept (an emptied line stays)."""
    out = list(lines)
    for k in range(len(out) - 1):
        word = _strip_md(out[k]).strip(" |")  # "**ỦY" / "BAN NHÂN DÂN **"
        after = _strip_md(out[k + 1]).strip(" |")
        # the cell's first line: after a blank, a cell's edge or a rule; a word under a
        # written line ends that line («QUY CHẾ LÀM» / «VIỆC» / «CỦA ỦY» / «BAN NHÂN DÂN …»)
        before = _strip_md(lines[k - 1]).strip() if k else ""
        if (
            re.fullmatch(r"[^\W\d_]{1,6}", word)
            and after[:1].isalpha()
            and not NAME_TAIL.match(words(word))  # "ỦY BAN NHÂN" / "DÂN": it ends a name
            # (a line ending on a cell's edge «… QUẬN 2 |» ended its cell)
            and (not re.search(r"[^\W\d_]", before) or before.endswith("|"))
        ):
            out[k + 1] = f"{word} {after}"
            out[k] = ""
    return out


def _untitled_subject(lines: list[str], start: int) -> str | None:
    """A subject in capitals under the place-date line of a copy that lost the title line
    ("VỀ VIỆC PHÊ DUYỆT …" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …")."""
    block: list[str] = []
    for raw in lines[start:]:
        line = _strip_md(raw).strip(" |")
        if not line:
            if block:
                break
            continue
        folded = words(line)
        if not _is_upper(line) or _AUTHORITY.match(folded) or _MOTTO.search(folded):
            break
        block.append(line)
    candidate = clean(" ".join(block))
    return candidate if candidate and len(candidate) <= 400 else None


def _authority_body(lines: list[str]) -> str | None:
    """The body an authority line under the title names, for a header whose cells lost
    the body's place ("ỦY BAN NHÂN DÂN |" … "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")."""
    for line in lines:
        line = _strip_md(line).strip(" |")
        if not _is_upper(line):
            continue
        m = _AUTHORITY_BODY.match(words(line))
        if m:
            return _restored(line[len(line) - len(m.group("body")) :])
    return None


def _prose(text: str) -> Header | None:
    """Header fields from prose: "<body> vừa ban hành Kết luận số N ngày … về …"."""
    head = text[:3000]
    folded = fold_keep_offsets(head).text
    for m in _PROSE.finditer(folded):
        after = head[m.end() :]
        found = find_number_symbols(after[:40])
        if not found or found[0][0] != 0:
            continue
        ns = found[0][1]
        rest_at = m.end() + _number_length(after)
        d = _PROSE_DATE.match(folded, rest_at)
        issued = _date(d.group("y"), d.group("m"), d.group("d")) if d else None
        subject = None
        if d:
            tail = re.match(r"[^.\n]{5,300}", head[d.end() :])
            subject = clean(tail.group()) if tail else None
        issuer_text = clean(head[m.start("issuer") : m.end("issuer")])
        return Header(ns.text, type_name(ns), issuer_text, None, issued, subject)
    return None


def _prose_unnumbered(text: str) -> Header | None:
    """Type, issuer, date and subject of a document a notice tells of without its number."""
    head = text[:3000]
    folded = fold_keep_offsets(head).text
    for m in _PROSE_UNNUMBERED.finditer(folded):
        issuer = clean(head[m.start("issuer") : m.end("issuer")])
        if not issuer[:1].isupper() or len(issuer.split()) > 12:
            continue  # a body's name is capitalised: "Theo đó, …" is no issuer
        doc_type = _title_type(re.sub(r"\s+", " ", m.group("type")))
        issued = _date(m.group("y"), m.group("m"), m.group("d")) if m.group("d") else None
        subject = clean(head[m.start("subject") : m.end("subject")]) if m.group("subject") else None
        return Header(None, doc_type, _TERM.sub("", issuer), None, issued, subject)
    return None


def _number_length(after: str) -> int:
    """How many characters the number-symbol at the start of ``after`` spans."""
    m = re.match(r"\S+(?:\s*[-/]\s*\S+)*", after)
    return m.end() if m else 0


# A portal's post titled with the document it publishes, no header below: «Công văn số
# 1448/SNV-CCHC ngày 27/12/2016 V/v xin ý kiến vào dự thảo …».
_POST_TITLE = re.compile(
    r"^(?P<type>cong van|quyet dinh|thong bao|ke hoach|chi thi|giay moi|bao cao|huong dan)"
    r" so (?=\d)(?P<ns>\S+?)(?:,? ngay (?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}))?"
    r"(?:\s*,?\s*(?:v/v|ve viec)\s*:?\s*(?P<s>\S.{4,300}))?$"
)


def _post_title(text: str) -> Header | None:
    """A portal post's title that says what its page holds: «Công văn số 1238 ngày
    8/11/2016 V/v báo cáo …» (the number bare as the page prints it), «Về việc báo cáo …
    (3585/VP-KTN, ngày 23/10/2017).»"""
    for first in [line.strip() for line in text[:1000].split("\n") if line.strip()][:3]:
        folded = fold_keep_offsets(first)
        m = _POST_TITLE.match(folded.text)
        if m is not None and (m["y"] or m["s"]):  # «Công văn số 532/PGD&ĐT V/v …»: undated
            number = first[folded.offset(m.start("ns")) : folded.offset(m.end("ns"))]
            found = find_number_symbols(number)
            ns = found[0][1] if found and found[0][0] == 0 else None
            # bare as the page prints it («1238»), or a letter's symbol without a dash
            # («532/PGD&ĐT»: «số» says it is the number)
            if ns is None and not re.fullmatch(r"\d{1,5}(?:/[^\W\d_][^\s/]{1,19})?", number):
                return None
            said = first[folded.offset(m.start("s")) :] if m["s"] else ""
            subject = re.sub(r"\.$", "", clean(said)) or None
            issued = _date(m["y"], m["m"], m["d"]) if m["y"] else None
            kind = (type_name(ns) if ns else None) or _title_type(m["type"])
            return Header(ns.text if ns else number, kind, None, None, issued, subject)
        m = _POST_ABOUT.match(folded.text)
        if m is not None:
            found = find_number_symbols(first[folded.offset(m.start("ns")) :])
            if not found or found[0][0] != 0:
                return None
            ns = found[0][1]
            said = first[folded.offset(m.start("s")) : folded.offset(m.end("s"))]
            issued = _date(m["y"], m["m"], m["d"])
            return Header(ns.text, type_name(ns) or "Công văn", None, None, issued, clean(said))
    return None


# «Về việc báo cáo … (3585/VP-KTN, ngày 23/10/2017).»: a province's list of its letters
_POST_ABOUT = re.compile(
    r"^(?:v/v|ve viec)\s*:?\s*(?P<s>\S.{4,300}?)\s*\((?P<ns>\d[^,()\s]*)\s*,\s*ngay\s*"
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\)\.?$"
)


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
    issuer = _TERM.sub("", issuer)
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


# A body that speaks in the first sentences of a text without header: "…, Phòng Giáo dục
# và Đào tạo yêu cầu các trường …", "nay Sở Tài nguyên và Môi trường tổ chức lấy ý kiến".
_SPEAKING_BODY = re.compile(
    marks_optional(
        r"(?:^|[,.;:]\s+|\bnay\s+)(?P<body>(?:Sở|Phòng|Ủy ban nhân dân|UBND|Bộ|Ban|Trung tâm"
        r"|Văn phòng|Đảng ủy|Huyện ủy|Quận ủy|Thành ủy|Tỉnh ủy|Cục|Chi cục|Công an)"
        r"(?:\s+[^\s,.;:]+){1,12}?)\s+(?:yêu cầu|đề nghị|thông báo|tổ chức lấy ý kiến"
        r"|hướng dẫn|trân trọng)\b"
        # the body that holds an event, opening its clause (not one of a list of co-hosts
        # «…, Ban Thường trực … tổ chức Hội nghị»): «…; Ủy ban nhân dân tỉnh … tổ chức Lễ …»
        r"|(?:^|[.;]\s+)(?P<host>(?:Sở|Ủy ban nhân dân|UBND|Bộ|Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy)"
        r"(?:\s+[^\s,.;:]+){1,8}?)\s+tổ chức\b"
    )
)


_CARD_FIELD = re.compile(r"^(so hieu|loai van ban|noi ban hanh|ngay ban hanh)\s*:\s*(.*)$")


# A card's «Nơi ban hành» that names a place, not a body («Tỉnh Bắc Ninh», «Thành phố Hồ Chí
# Minh»).
_PLACE_ONLY = re.compile(r"(?:tinh|thanh pho)\s+[a-z]+(?:\s+[a-z]+){0,3}")


def _portal_card(text: str) -> Header:
    """The fields of a law portal's card of the document: «Số hiệu:» / «174/CV-BCĐ»,
    «Nơi ban hành:», «Ngày ban hành:» (each value on its line or the next written one)."""
    # a card laid out as a table's cells on one line («Nơi ban hành: | Sở … | Người ký: | …»):
    # a cell a line
    cells = (cell for line in text[:4000].split("\n") for cell in line.split(" | "))
    lines = [_strip_md(cell).strip(" |*") for cell in cells]
    said: dict[str, str] = {}
    for k, line in enumerate(lines):
        m = _CARD_FIELD.match(words(line))
        if not m or m.group(1) in said:
            continue
        value = line[len(line) - len(m.group(2)) :].strip() if m.group(2) else ""
        if not value:
            value = next((v for v in lines[k + 1 : k + 4] if v), "")
        said[m.group(1)] = value
    found = find_number_symbols(said.get("so hieu", ""))
    number = found[0][1] if found and found[0][0] == 0 else None
    issued = None
    d = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", said.get("ngay ban hanh", ""))
    if d:
        issued = _date(d.group(3), d.group(2), d.group(1))
    issuer = said.get("noi ban hanh") or None
    if issuer and number and number.issuer_abbr == "UBND" and _PLACE_ONLY.fullmatch(words(issuer)):
        # «Nơi ban hành: Thành phố Hồ Chí Minh» of «4001/UBND-ĐT»: the place's committee
        issuer = f"Ủy ban nhân dân {issuer}"
    return Header(
        number.text if number else None,
        type_name(number) if number else None,
        issuer if issuer and len(issuer) <= 120 else None,
        None,
        issued,
        None,
    )


# A law portal's title line: «Công văn 296/BHXH-CSYT năm 2021 hướng dẫn … do Bảo hiểm xã
# hội Việt Nam ban hành.»
_TITLE_ISSUER = re.compile(r"\bdo\s+(?P<body>[^.;\n]{3,120}?)\s+ban hành\s*\.", re.IGNORECASE)


def _issuer_from_title(text: str) -> str | None:
    """The issuer a portal's title line names («… do <body> ban hành.»)."""
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    m = _TITLE_ISSUER.search(first[:600])
    if not m or not find_number_symbols(first[: m.start()]):
        return None  # only on a title that names the document by its number
    body = clean(m.group("body"))
    return _spelt_out(re.sub(r"^(?:tỉnh|thành phố)\b", lambda t: t.group().capitalize(), body))


# A portal's extract that ends by naming the document it comes from.
_SOURCE_NOTE = re.compile(
    r"\(\s*(?:theo|trich)\s+(?P<type>[^\d()]{3,20}?)\s+so\s+(?P<rest>[^()]{4,80})\)\s*\W*$"
)


def _source_note(text: str) -> Header | None:
    """Number and date from «(Theo Công văn số 1924/UBND-KT, ngày 23/4/2024)» at the end
    (read on the folded words: marks kept, lost or some lost)."""
    tail = text[-400:].rstrip()
    folded = fold_keep_offsets(tail)
    m = _SOURCE_NOTE.search(folded.text)
    if not m:
        return None
    rest = tail[folded.offset(m.start("rest")) : folded.offset(m.end("rest"))]
    found = find_number_symbols(rest)
    if not found or found[0][0] != 0:
        return None
    ns = found[0][1]
    day = re.search(r"ngay\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", m.group("rest"))
    issued = _date(day.group(3), day.group(2), day.group(1)) if day else None
    named = _title_type(words(m.group("type")).strip())
    return Header(ns.text, named or type_name(ns), None, None, issued, None)


# An annex's caption naming the document it is attached to: «*(Kèm theo Công văn số
# 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)*» — the
# document itself, in a copy that lost its header (not «Ban hành kèm theo Quyết định …»
# under a rule's title: the rule has no number of its own).
_ANNEX_CAPTION = re.compile(
    r"\(\s*kem\s+theo\s+(?P<type>cong\s+van|quyet\s+dinh|nghi\s+quyet"
    r"|thong\s+bao|ke\s+hoach|chi\s+thi|huong\s+dan|cong\s+dien|thong\s+tu)\s+so\b\s*:?\s*"
    r"(?P<rest>[^()]{4,200})\)"
)


def _annex_caption(text: str, doc_type: str | None) -> Header | None:
    """Number, type, date and issuer from the first annex caption that names them: of a
    document of the type read (``doc_type``), if one was (a decision's annex captioned
    «Kèm theo Kế hoạch số …» belongs to the plan it issues; a letter's form «kèm theo Thông
    tư số …» to the circular it cites)."""
    folded = fold_keep_offsets(text)
    for m in _ANNEX_CAPTION.finditer(folded.text):
        named = _title_type(" ".join(m["type"].split()))
        if doc_type is not None and named != doc_type:
            continue
        rest = text[folded.offset(m.start("rest")) : folded.offset(m.end("rest"))]
        found = find_number_symbols(rest)
        if not found or found[0][0] != 0:
            continue
        ns = found[0][1]
        day = _PROSE_DATE.search(m["rest"])  # «… ngày 25/11/2025», «ngày 03 tháng 12 năm 2025»
        issued = _date(day["y"], day["m"], day["d"]) if day else None
        whose = re.search(r"\bcua\s+(?P<body>\S.{2,120}?)\W*$", m["rest"], re.DOTALL)
        issuer = None
        if whose is not None:
            at = folded.offset(m.start("rest") + whose.start("body"))
            issuer = clean(text[at : folded.offset(m.start("rest") + whose.end("body"))])
        return Header(ns.text, named or type_name(ns), issuer or None, None, issued, None)
    return None


def _issuer_from_prose(text: str) -> str | None:
    """The body that asks or tells in the first sentences, for a text with no header."""
    for m in _SPEAKING_BODY.finditer(text[:2000]):
        body = clean(m.group("body") or m.group("host"))
        if not _LEVEL_THEN_VERB.search(body):
            return body
    return None


# A level's name goes on with its place, in capitals: «UBND tỉnh thống nhất ngày …» is a
# body and its verb, no body's name.
_LEVEL_THEN_VERB = re.compile(r"\b(?:tỉnh|huyện|xã|phường|quận|thị xã|thành phố)\s+[a-zà-ỹđ]")
# A portal's owner in its footer: the publisher of a page that names no issuer.
_PORTAL_OWNER = re.compile(
    r"(?im)^\W*bản quyền (?:thuộc về|của)\s*:?\s*(?P<body>(?:ủy|uỷ) ban nhân dân|ubnd)\s+"
    r"(?P<place>(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố)"
    r"\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3})"
)


def _portal_owner(text: str) -> str | None:
    """«Bản quyền thuộc về Ủy Ban Nhân Dân xã Tịnh Hà» at a portal page's foot."""
    m = _PORTAL_OWNER.search(text[-3000:])
    if m is None:
        return None
    level, *name = m.group("place").split()
    if level.lower() == "thành":  # «thành phố X»
        level, name = "thành phố", name[1:]
    elif level.lower() == "thị":
        level, name = f"thị {name[0].lower()}", name[1:]
    return f"Ủy ban nhân dân {level.lower()} {' '.join(w.capitalize() for w in name)}"


# "TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG": a signature that names its whole body.
_SIGNED_FOR = re.compile(r"^\s*(?:T/?M|K/?T|T/?L)\s*[./]\s*(?P<body>[^\W\d_][^\n]{8,80})$")


def _issuer_from_signature(text: str) -> str | None:
    """ "T/L BAN THƯỜNG VỤ" signs for "Ban Thường vụ <committee>" named in the text; "TM.
    BAN THƯỜNG VỤ ĐOÀN TRƯỜNG" names the body itself."""
    for line in text[-1500:].split("\n"):
        m = _SIGNED_FOR.match(line.strip())
        if m and _is_upper(m.group("body")) and len(m.group("body").split()) > 3:
            return _restored(m.group("body").strip())
    tail = words(text[-1500:])
    m = _SIGNATURE.search(tail)
    if not m:
        return None
    body = m.group(1)
    full = re.search(rf"\b{body} (thanh uy|tinh uy|dang uy)\b", words(text[:3000]))
    if not full:
        return None  # "Ban Chấp hành" alone does not say whose
    return restore(f"{body} {full.group(1)}")


# A law or a resolution of the National Assembly or its Standing Committee has no
# place-date: it is dated by its closing «… này được … thông qua ngày 03 tháng 02 năm 2026».
_PASSED = re.compile(
    r"\b(?:luat|nghi quyet|phap lenh) nay (?:da )?duoc [^.\n]{0,160}?\bthong qua ngay"
    r" (?P<d>\d{1,2}) thang (?P<m>\d{1,2}) nam (?P<y>\d{4})"
)


# The box an electronic signature prints on the page, which PDF-to-text keeps at the top or
# the foot: «Ký bởi: ỦY BAN NHÂN / DÂN TỈNH LÂM ĐỒNG», «Cơ quan: …», «Thời gian ký:
# 13/11/2025 15:53:50», or a certified copy's «SAO Y / Ủy ban nhân dân … / Thời gian ký: …».
_SIGNED_BY = re.compile(
    # (not a law portal's card: «Cơ quan ban hành Thành phố Hải Phòng»)
    r"^(?:ky boi|nguoi ky|co quan(?! ban hanh)|sao y(?: ban chinh)?|sao luc)\s*:?\s*(?P<who>.*)$"
)
_SIGNED_AT = re.compile(
    r"^thoi gian ky\s*:\s*(?:(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\b"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})t\d)"  # or ISO's «2026-04-10T17:19:48+07:00»
    # «Giờ ký: 24/10/2022 15:17:35» in some boxes, after a scan's specks («%\_ Giờ ký: …»):
    # only with its time read whole (OCR's «03/02/2025 ID 12:11» misread the day too)
    r"|^[\W_]{1,4}(?:thoi gian|gio) ky\s*:\s*(?P<sd>\d{1,2})[/.-](?P<sm>\d{1,2})[/.-](?P<sy>\d{4})"
    r"\s+\d{1,2}:\d{2}\b|^gio ky\s*:\s*(?P<gd>\d{1,2})[/.-](?P<gm>\d{1,2})[/.-](?P<gy>\d{4})\b"
)
_SEAL_AT = re.compile(
    r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\s*"
    r"(?P<tz>[+-]\d{2}:?\d{2})?$"
)
_FIELDS_IN_ONE = re.compile(r"^(?:ky boi|nguoi ky|sao y|sao luc)\b.*;.*\bthoi gian ky\s*:")
_SIGNATURE_FIELD = re.compile(r"^(?:ky boi|nguoi ky|co quan|email|thoi gian ky|sao y|sao luc)\b")
_A_BODY = re.compile(
    r"^(?:uy ban|ubnd|hoi dong|so |bo |ban |van phong|cong an|tinh uy|thanh uy|huyen uy"
    r"|quan uy|dang uy|thanh tra|cuc |chi cuc|tong cuc|mat tran|bao hiem|kho bac|truong )"
)
_SIGNATURE_LINES = 14  # written lines at the top and the foot where the box is printed


@dataclass(frozen=True)
class ESignature:
    body: str | None  # the signing body, as the box names it
    signed: date | None
    copy: bool  # a certified copy («SAO Y»): its time is the copy's, not the document's


def e_signature(text: str) -> ESignature:
    """The body and the day of an electronic signature's box, where the text keeps one."""
    written = [ln.strip() for ln in text.split("\n") if ln.strip()]
    places = tuple(
        # a box's fields on one line: «SAO Y; ỦY BAN NHÂN DÂN TỈNH …; Thời gian ký: …»
        [
            field.strip()
            for ln in lines
            for field in (ln.split(";") if _FIELDS_IN_ONE.search(fold(ln)) else [ln])
        ]
        for lines in (written[:_SIGNATURE_LINES], written[-_SIGNATURE_LINES:])
    )
    for lines in places:
        body: str | None = None
        signed: date | None = None
        copy = portal = False
        for k, line in enumerate(lines):
            folded = fold(line)
            at = _SIGNED_AT.match(folded)
            if at:
                signed = _date(
                    at["y"] or at["iy"] or at["sy"] or at["gy"],
                    at["m"] or at["im"] or at["sm"] or at["gm"],
                    at["d"] or at["id"] or at["sd"] or at["gd"],
                )
                continue
            seal = _SEAL_AT.match(folded)
            named = k and _is_upper(lines[k - 1]) and _A_BODY.match(words(lines[k - 1]))
            below = lines[k + 1].strip() if k + 1 < len(lines) else ""
            zone = seal and (seal["tz"] or re.fullmatch(r"[+-]\d{2}:?\d{2}", below))
            if seal and (named or zone):
                # a seal's stamp: «ĐẢNG UỶ XÃ CÔNG HẢI» / «28-08-2025 14:35:54 +07:00» (its
                # name may be masked as the header repeated on a page)
                signed = _date(seal["y"], seal["m"], seal["d"])
                if named:
                    body = body or _restored(lines[k - 1])
                continue
            by = _SIGNED_BY.match(folded)
            if not by:
                continue
            # a certified copy (its body is the issuer's own office), or a portal's own
            # signature on the copy it publishes («Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH
            # PHỦ»: its body is the portal's)
            portal = portal or "cong thong tin" in folded
            copy = copy or portal or folded.startswith(("sao y", "sao luc"))
            name = line[len(line) - len(by["who"]) :].strip() if by["who"] else ""
            for more in lines[k + 1 : k + 3]:  # a name the box wrapped («ỦY BAN NHÂN» / «DÂN …»)
                if not name or _SIGNATURE_FIELD.match(fold(more)) or not _is_upper(name):
                    break
                name = f"{name} {more}"
            if not name and folded.startswith(("sao y", "sao luc")) and k + 1 < len(lines):
                name = lines[k + 1]  # «SAO Y» / «Ủy ban nhân dân thành phố Đà Nẵng»
            if body is None and _A_BODY.match(words(name)) and not portal:
                body = _restored(name)
        if body is not None or signed is not None:
            return ESignature(body, signed, copy)
    return ESignature(None, None, False)


def _torn(name: str) -> bool:
    """Whether OCR tore a name's words apart («Ủy ban ng n tỉnh Quảng Ngãi»): a word in
    small letters without a vowel is no Vietnamese word."""
    return any(
        token.isalpha() and token.islower() and not re.search(r"[aeiouy]", fold(token))
        for token in name.split()
    )


def _near(found: str, signed: str) -> bool:
    """Whether the header's ``found`` is the ``signed`` name, or its end, OCR damaged
    («UY BAN NHAN DAN TIIANH PHO DA NANG», «TIIANH PHO DA NANG» under a lost line)."""
    a, b = words(found), words(signed)
    return (
        max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, a, b[-len(a) :]).ratio())
        >= 0.85
        and len(a) >= 8
    )
