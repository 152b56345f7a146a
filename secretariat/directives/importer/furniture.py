"""Page furniture: what a web portal or a PDF-to-text copy adds around a document.

View counters ("VIEWS: 10 PAGES: 1", "Lượt xem: 10"), menus ("Trang chủ | Giới thiệu |
Văn bản"), page numbers ("Trang 1/3", "- 2 -"), posting dates, share links, and the
document's header repeated at the top of each page. They are never the issuer, a subject
or a task. ``mask_furniture`` blanks those lines with spaces, so every offset into the
text stays valid.
"""

from __future__ import annotations

import html
import re

from secretariat.directives.doc_numbers import DOC_TYPES
from secretariat.directives.importer.ocr import fold_keep_offsets, words
from secretariat.text import fold

# Counters and page numbers, anywhere on a line.
_FURNITURE = re.compile(
    r"\b(?:views?|pages?|luot xem|luot truy cap|so lan xem)\s*:\s*\d+"
    r"|\b\d+\s+(?:luot xem|luot truy cap|views)$"  # «21/07/2021 08:25 145 lượt xem»
    # the Government portal's stamp on the scans it publishes («CỔNG THÔNG TIN ĐIỆN TỬ
    # CHÍNH PHỦ», OCR'd «CÔNG THÔNG TIN = TỦ CHÍNH PHỦ»)
    r"|^\W*c[o0]ng thong tin\b.{0,16}\bchinh\s*phu\W*$"
    r"|^(?:trang|page) \d{1,3}(?:\s*(?:/|tren|of)\s*\d{1,3})?$"
    r"|^-\s*\d{1,3}\s*-$"
    # a post's stamp, however long its date and time («Cập nhật lúc 04 Tháng Năm 2020 2:33 CH»)
    r"|^(?:ngay (?:dang|cap nhat)|cap nhat(?: luc| ngay)?|dang (?:luc|ngay))"
    r"\s*:?\s*\d{1,2}\b.{0,40}\b\d{1,2}:\d{2}\b.{0,6}$"  # (with its clock)
)
# A portal's links and labels: only as a short line of their own ("Đăng ký tham gia
# trước ngày …" in a document's body is a sentence).
_LINKS = re.compile(
    r"^(?:views?|pages?|luot (?:xem|truy cap|tai)|ngay dang|ngay cap nhat|cap nhat luc"
    r"|dang nhap|dang ky|in trang|in van ban|gui email|ve dau trang|ban quyen|chia se"
    r"|tai ve|tai van ban|trang chu|xem them|tin lien quan|copyright"
    # a portal's print page and an untitled page's placeholder
    r"|in bai viet|ban in|dong cua so|quay lai|insert title here"
    # a portal's questions and answers («Đối thoại doanh nghiệp»)
    r"|thong tin y kien|thong tin phan hoi|noi dung hoi|noi dung tra loi"
    # a law portal's notices around its copy (thuvienphapluat.vn)
    r"|cac noi dung duoc sua doi|cac noi dung cua vb nay|click vao phan boi vang"
    r"|dang tai van ban|ban dich nay thuoc quyen|thu vien phap luat)\b"
)
# A limit on a short line is the document's («Đăng ký trước ngày 25/3/2025.»), no link.
_LIMIT_SAID = re.compile(r"\b(?:truoc|cham nhat|han)\b")
# A post's date and time alone («25-09-2018 - 11:06»), above the document; below it such a
# line is an e-signature's time.
_POSTED = re.compile(
    # (its weekday before it: «- Thứ ba - 28/07/2020 17:14», folded)
    r"^(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])\s*[-,]\s*|chu nhat\s*[-,]\s*)?"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?$"
)
HEADER_LINES = 15
# Where the document itself begins: its motto, or its number line.
_DOCUMENT_START = re.compile(
    r"cong san viet nam|cong hoa xa hoi chu nghia|doc lap\s*[-–—]+\s*tu do|^so\s*:?\s*\d"
)
# A law portal's summary of the document above its copy ends by sending the reader to it
# («Xem chi tiết nội dung tại Công điện 227/CĐ-TTg ngày 23/11/2025.», «Xem thêm chi tiết
# tại Công văn 11554/VPCP-V.I …», «Xem thêm Công điện 232/CĐ-TTg đã ban hành ngày …»): the
# summary retells the document's tasks and deadlines in a journalist's words.
_SUMMARY_END = re.compile(
    r"^\W*xem (?:them|chi tiet|toan van|noi dung)\b(?=.{0,120}\d/)(?!(?:\S+\s+){30})"
)
# How far below the summary's last line the document's header begins.
_SUMMARY_GAP = 20


# Tags of a page's source left in a copy («UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ …</b>», «<span
# class='text_page_counter'>(1)</span><div class='page_container' …>»): a block's end is a
# line's, a cell's a space, a style's nothing.
_TAG = re.compile(
    r"<(/?)(b|i|u|em|strong|span|font|sup|sub|a|td|th|div|p|br|tr|li|ul|ol|table|tbody|thead"
    r"|h[1-6]|center)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
_BLOCKS = {"div", "p", "br", "tr", "li", "ul", "ol", "table", "tbody", "thead", "center"}


def without_markup(text: str) -> str:
    """``text`` without the HTML tags a page's source left in it, its entities read."""
    if _TAG.search(text) is None:
        return text

    def replace(m: re.Match[str]) -> str:
        name = m.group(2).lower()
        if name in _BLOCKS or name.startswith("h"):
            return "\n"
        return " " if name in ("td", "th") else ""

    lines = [
        # a Markdown table's row keeps its cells on its line («| … <br> … |»)
        _TAG.sub(" ", line) if line.lstrip().startswith("|") else _TAG.sub(replace, line)
        for line in text.split("\n")
    ]
    return html.unescape("\n".join(lines))


# A Markdown conversion's escapes (Pandoc's «\-\-\-», «1\.», «\*») and its hard line
# breaks (a backslash ending a line, or a table cell's line: «**ỦY BAN THƯỜNG VỤ\   **CỘNG …»).
_ESCAPE = re.compile(r"\\(?=[-.*_#()\[\]!+`|>~{}]|\s|$)")


def without_escapes(text: str) -> str:
    """``text`` without a Markdown conversion's backslash escapes and line breaks."""
    return _ESCAPE.sub("", text) if "\\" in text else text


# An article's label a conversion broke before its number («**Điều» / «19. Trách nhiệm của
# Sở Khoa học và Công nghệ**»): its heading is one line again.
_BROKEN_ARTICLE = re.compile(
    r"^((?:[^\S\n]|[*_])*(?:Điều|ĐIỀU))\n(?=(?:[^\S\n]|[*_])*\d{1,3}\s*[.:])", re.MULTILINE
)


def joined_article_labels(text: str) -> str:
    """``text`` with each article label broken from its number joined to it (a space for
    the line break: offsets unchanged)."""
    return _BROKEN_ARTICLE.sub(r"\1 ", text)


_TABLE_HEAD = re.compile(r"s?tt$|noi dung\b|thoi (?:gian|han)\b")


def _is_menu(line: str) -> bool:
    """A row of short links: three or more cells of at most four words, no digits."""
    if line.startswith("|"):
        return False  # a Markdown table's row
    cells = [c.strip() for c in line.split("|")]
    if any(_TABLE_HEAD.match(words(c)) for c in cells):
        return False  # a table's header row without outer pipes: «STT | Nội dung | …»
    return (
        len(cells) >= 3
        and all(cells)
        and all(len(c.split()) <= 4 for c in cells)
        and not re.search(r"\d", line)
    )


def _is_caps(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 6 and all(ch.isupper() for ch in letters)


_TYPE_NAMES = sorted({fold(name).lower() for name in DOC_TYPES.values()}, key=len, reverse=True)
_TYPE_OPENING = re.compile(r"^[\s#*_]*(" + "|".join(map(re.escape, _TYPE_NAMES)) + r")\b")


def _type_word(folded_line: str) -> str | None:
    """The document type a line opens with («thong bao» of «THÔNG BÁO VỀ …»), or None."""
    m = _TYPE_OPENING.match(folded_line.lower())
    return m.group(1) if m else None


def furniture_lines(text: str) -> set[int]:
    """Indexes of the lines of ``text`` that are page furniture."""
    lines = text.split("\n")
    # Folded once for the whole text (a 120 KB report has thousands of lines).
    folded_lines = fold_keep_offsets(text).text.split("\n")
    found: set[int] = set()
    head: set[str] = set()
    previous = ""  # the last written line
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        after, previous = previous, stripped
        folded = " ".join(folded_lines[i].split())
        short = len(folded.split()) <= 8
        links = short and _LINKS.match(folded) and not _LIMIT_SAID.search(folded)
        if _FURNITURE.search(folded) or links or _is_menu(stripped):
            found.add(i)
            continue
        if i < HEADER_LINES and _is_caps(stripped):
            head.add(stripped)
        elif i >= HEADER_LINES and stripped in head and not _is_caps(after):
            # The header repeated at the top of a page; not a title in capitals that
            # ends with the body's name ("… HÀNH CHÍNH CÔNG" / "TỈNH KIÊN GIANG").
            found.add(i)
    # A portal's own lines above the document ("VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH", its menu)
    # end with its last furniture line before the document's motto or number.
    start = next(
        (i for i, line in enumerate(lines[:40]) if _DOCUMENT_START.search(words(line.strip()))),
        None,
    )
    if start is not None:
        # a post's stamp and its links written as a list («- Thứ ba - 28/07/2020 17:14»,
        # «- In ra»): only above the document, where no list of its tasks stands
        unbulleted = [" ".join(line.split()).lstrip("-+• ") for line in folded_lines[:start]]
        found.update(
            i
            for i, line in enumerate(unbulleted)
            if _POSTED.match(line) or (len(line.split()) <= 8 and _LINKS.match(line))
        )
        # a post's title above the document, its type said again below the header
        # («THÔNG BÁO VỀ MIỄN GIẢM HỌC PHÍ 2018 - 2019» / … / «THÔNG BÁO» / «Về việc …»)
        # (in capitals and without a number: «Quyết định 435/QĐ-UBND năm 2020. ỦY BAN …»
        # or a portal's title naming the number may be all the header a copy kept)
        below = {_type_word(line) for line in folded_lines[start : start + 60]} - {None}
        found.update(
            i
            for i, line in enumerate(folded_lines[:start])
            if _type_word(line) in below
            and _is_caps(lines[i].strip())
            and not re.search(r"\d\s*[/-]\s*[A-ZĐ]", lines[i])
        )
        # a page's own title written as a Markdown heading above the document («# V/v
        # hướng dẫn …», «# Hướng dẫn thực hiện Quyết định số …»), not in the header's capitals
        found.update(
            i
            for i, line in enumerate(lines[:start])
            if line.startswith("# ") and not _is_caps(line[2:].strip())
        )
        above = [i for i in found if i < start]
        if above:
            found.update(range(max(above)))
    found.update(_summary_lines(lines, folded_lines))
    found.update(_related_links(lines, folded_lines))
    return found


# A portal's list of other posts or documents after the one shown («Tin liên quan:», «Các
# văn bản khác:»): each entry a link, its dates the other documents'.
_RELATED = re.compile(
    r"^\W*(?:tin|bai viet|van ban|cac van ban|cac tin|tin bai)(?: khac| lien quan| cung chuyen muc"
    r"| da dua)+\s*:?\s*$"
)
_ENTRY = re.compile(r"^\s*(?:[»›>•+*-]|\d{1,2}[.)])\s*\S")


def _related_links(lines: list[str], folded_lines: list[str]) -> set[int]:
    """The lines of a portal's lists of related posts: the heading, and the entries under
    it up to the first line that is none."""
    found: set[int] = set()
    for i, folded in enumerate(folded_lines):
        if not _RELATED.match(folded):
            continue
        found.add(i)
        for j in range(i + 1, min(len(lines), i + 40)):
            if not lines[j].strip():
                continue
            if not _ENTRY.match(lines[j]):
                break
            found.add(j)
    return found


def _summary_lines(lines: list[str], folded_lines: list[str]) -> range:
    """The lines of a law portal's summary above the document, up to its «Xem chi tiết
    tại …» line, when the document's header follows it (empty when it does not: a news
    page with no copy of the document keeps its text)."""
    for i, folded in enumerate(folded_lines):
        if not _SUMMARY_END.match(folded):
            continue
        below = lines[i + 1 : i + 1 + _SUMMARY_GAP]
        if any(_DOCUMENT_START.search(words(line.strip())) for line in below):
            return range(i + 1)
        return range(0)
    return range(0)


# A PDF copy's page number run into the first line of the page («Trang 1UBND TỈNH …»), or
# the name of a Word drawing's shape a converter wrote before the text beside it («straight
# connector 2Số: 1551 /UBND-VX», the rule under a header's cell).
_GLUED_PAGE = re.compile(
    # («[^\S\n]*», not «\s*»: from each line's start over the blank lines below it, «\s*»
    # would cost the square of their number)
    r"^(?P<page>[^\S\n]*(?:(?:Trang|Page)\s*\d{1,3}(?=[^\W\d_])"
    r"|(?i:straight (?:arrow )?connector|elbow connector|rectangle|text box|line)\s*\d{1,3}\s*))",
    re.MULTILINE,
)


# A receipt stamp a scan caught in its header: «CÔNG VĂN ĐẾN» / «Số: 1567» / «Ngày: 14/3/2024»
# / «Chuyển: ……», or «ĐẾN  Số: 245» in the column beside the body's name. Its number and
# day are the office's, never the document's.
_STAMP_OPENS = re.compile(r"\b(?:c[o0]ng van den|den\s+so\s*:?\s*\d{1,6})\b")
_STAMP_FIELD = re.compile(
    r"(?:^|(?<=\s{2})|(?<=[│|] ))\s*(?:so\s*:?\s*\d{1,6}|ngay\s*:?\s*\d{1,2}/\d{1,2}/\d{2,4}"
    r"|chuyen\s*:?[ .…\w]{0,20}?|luu ho so so\s*:?[.…\d\s]*?)(?=\s{3,}\S|\s*$)"
)
_STAMP_REACH = 4  # its fields stand on the lines right under its opening
_STAMP_LINES = 25  # a receipt stamp is stamped on the header
# A name in capitals in a column of its own (indented, or after a wide gap).
_OFFICE_ABOVE = re.compile(r"(?<=\s{3})[A-ZĐÀ-Ỹ](?:[A-ZĐÀ-Ỹ]| {1,2}(?=[A-ZĐÀ-Ỹ])){6,60}")


def _stamp_shaped(line: str, m: re.Match[str]) -> bool:
    """Whether a stamp's opening is one: in capitals, at its column's start (the line's, or
    after a wide gap), within the header's first lines."""
    head = re.split(r"(?i)\s+s[ốoô]\b", line[m.start() : m.end()])[0]  # «ĐẾN», «CÔNG VĂN ĐẾN»
    before = line[: m.start()].rstrip(" ")
    # (at the line's start, after a wide gap, or inside a box drawn around it: «│ CÔNG VĂN ĐẾN»)
    column = not before.strip() or line[: m.start()].endswith("  ") or before.endswith(("│", "|"))
    return head.upper() == head and column


def _without_stamp(text: str) -> str:
    """``text`` with a receipt stamp in its header blanked (offsets unchanged)."""
    folded = fold_keep_offsets(text).text
    if "den" not in folded[:3000]:
        return text
    chars = list(text)
    lines = folded[:3000].split("\n")[:_STAMP_LINES]
    opened = -_STAMP_REACH - 1
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    for k, line in enumerate(lines):
        at = starts[k]
        m = _STAMP_OPENS.search(line)
        if m is not None and not _stamp_shaped(text[at : at + len(line)], m):
            m = None  # «… từ số 01 đến số 45», «sổ công văn đến»: words, not a stamp
        if m is not None:
            opened = k
            chars[at + m.start() : at + m.end()] = " " * (m.end() - m.start())
            if k:
                # the receiving office's name stamped above it, in its column («ĐẢNG ỦY
                # PHƯỜNG HỒNG AN» / «ĐẾN  Số: 318»)
                for above in _OFFICE_ABOVE.finditer(text, starts[k - 1], starts[k] - 1):
                    if abs(above.start() - starts[k - 1] - m.start()) <= 8:
                        chars[above.start() : above.end()] = " " * (above.end() - above.start())
        elif k - opened <= _STAMP_REACH and (field := _STAMP_FIELD.search(line)):
            chars[at + field.start() : at + field.end()] = " " * (field.end() - field.start())
    return "".join(chars)


def mask_furniture(text: str) -> str:
    """``text`` with its furniture lines replaced by spaces (offsets unchanged)."""
    text = _GLUED_PAGE.sub(lambda m: " " * len(m["page"]), text)
    text = _without_stamp(text)
    found = furniture_lines(text)
    if not found:
        return text
    lines = text.split("\n")
    return "\n".join(_masked(line) if i in found else line for i, line in enumerate(lines))


# Where a document begins on a portal's line that ran its menu and counters into it
# («Trang chủ / … Lượt xem: 58 Ngày đăng: 07/10/2025 ỦY BAN NHÂN DÂN XÃ ĐÔNG ANH Số: …»).
_BODY_ON_LINE = re.compile(
    r"\b(?:uy ban nhan dan|ubnd|dang bo|dang uy|huyen uy|tinh uy|thanh uy|hoi dong nhan dan"
    r"|cong hoa xa hoi chu nghia|dang cong san viet nam)\b"
)
_RAN_ON = 120  # a line this long after its furniture holds more than furniture
_HEADER_AFTER = re.compile(r"\bso\s*:\s*\d|cong hoa xa hoi chu nghia|dang cong san viet nam")


def _masked(line: str) -> str:
    """A furniture line blanked, up to a document's header it ran into if it holds one."""
    folded = fold_keep_offsets(line).text
    furniture = _FURNITURE.search(folded)
    start = furniture.end() if furniture else 0
    body = _BODY_ON_LINE.search(folded, start)
    if (
        body is not None
        and len(line) - body.start() >= _RAN_ON
        and line[body.start()].isupper()
        and _HEADER_AFTER.search(folded, body.start())  # its number or its motto after it
    ):
        return " " * body.start() + line[body.start() :]
    return " " * len(line)
