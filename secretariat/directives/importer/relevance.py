"""Whom a candidate task addresses, and whether it is the ward's to do.

A city's or a province's directive gives most of its tasks to its own bodies (sở, ngành,
the committee's ban, the city People's Committee); the ward does only those addressed to
the commune level ("các xã, phường", "Đảng ủy các xã, phường", "cấp xã") or to its own
units. Each candidate is read in turn from:

0. the bodies named to help (a schedule's «Cơ quan phối hợp», an item's «Đơn vị phối
   hợp»): the ward among them makes the task the ward's;
1. the body the task names (``assignee``), or the clause after a «;» that holds the
   deadline when it begins with a body («…; đảng ủy các xã, phường hoàn thành …»; one
   that begins with a verb, «…; báo cáo UBND tỉnh …», goes on the sentence's subject);
2. the body after «yêu cầu / đề nghị / giao» in its sentence (the first that names one;
   «hồ sơ trình, đề nghị …» is a proposal sent up, no request), then the first words of
   its sentence and of its item — without whom the work is sent or reported to («báo
   cáo UBND Thành phố», «gửi về Sở Nội vụ», «trình, đề nghị Thủ tướng … xem xét»);
3. the issuer: a task another commune's document gives no one is that commune's;
4. whom the document is sent to: its «Kính gửi» list, or, when that says no level (a
   portal's «Kính gửi: ……»), the first body the document asks something of ("Ủy ban Dân
   tộc đề nghị các bộ, ngành Trung ương và UBND các tỉnh … xây dựng báo cáo"), or its
   «Nơi nhận» list (without the file copy, «Như trên», copies «để báo cáo»; «Như Điều 3»
   read from the article). A list is the ward's when one entry is the commune level,
   another's when an entry names another body («Các tỉnh ủy, thành ủy», «Các thành viên
   Ban Chỉ đạo tỉnh»): a central or provincial document sent only to provinces and
   ministries gives the ward nothing to do.

The first of these that names a body decides: the ward's level or one of its units ->
the ward's (ticked); a body above or beside it (a sở, a ban of the Tỉnh ủy, the
Chính phủ, another named commune) -> not the ward's (shown unticked, to follow if the
clerk wants). Nothing named anywhere -> the ward's, saying so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from secretariat.directives.importer.ocr import clean, fold_keep_offsets, marks_optional, words
from secretariat.directives.importer.provinces import central_spelling

OWN_PLACE = "Lê Ích Mộc"  # the default of the office's own place (org settings)

_WARD_LEVEL = re.compile(
    r"\b(?:cac dang (?:uy|b[o0d]) truc thu[a-z]{1,2}c(?! trung)"
    r"|dang uy truc thuoc (?:tinh|thanh) uy"
    r"|cac xa|cac phuong|cap xa|(?:xa|phuong|thi tran)(?:,| va| hoac|/) ?(?:xa|phuong|thi tran)"
    r"|(?:ubnd|uy ban nhan dan|dang uy|hdnd|hoi dong nhan dan) (?:cac )?(?:xa|phuong)\b"
    r"|cac chi bo"
    r"|(?<!dong )chi bo\b|to dan pho|khu dan cu|cac to chuc co so dang|dang bo co so|co so dang)"
)
_OTHER_BODY = re.compile(
    r"\b(?:cac so(?:,| ban\b| nganh\b|$)|cac bo(?:,| nganh\b|$)|co quan ngang bo"
    r"|ban can su|dang doan|ban chap hanh|bo chinh tri"
    r"|ban bi thu|chinh phu|trung uong|tinh uy|thanh uy|huyen uy|quan uy|thi uy"
    r"|cap tren(?: truc tiep)?(?: (?:cua )?co so)?|cap tinh|cap huyen"
    r"|(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) (?:tinh|thanh pho|huyen|quan|thi xa)"
    r"|cac huyen|cac quan|ban,? nganh|cac nganh|to cong tac|phong giao duc"
    r"|cac truong|truong (?:mam non|tieu hoc|trung hoc|thpt|thcs|dai hoc|cao dang)"
    r"|hieu truong|giam doc|chi cuc|tong cuc|thu tuong|quoc hoi"
    r"|cong an (?:tinh|thanh pho)|bo chi huy quan su (?:tinh|thanh pho)|o tinh$|o tinh\b"
    r"|chu dau tu|nha thau|ngan hang|kho bac"  # a bank, the treasury: never a ward's unit
    r"|so (?:quan ly (?:chuyen )?nganh|chuyen nganh))"  # «Sở quản lý ngành, lĩnh vực»
)
# A named commune or ward ("Đảng ủy thị trấn Hồ"): the ward's only if it is its own.
_NAMED_COMMUNE = re.compile(
    r"\b(?:dang\s+uy|ubnd|uy\s+ban\s+nhan\s+dan|dang\s+bo|chi\s+bo)\s+"
    r"(?:xa|phuong|thi\s+tran)\s+(?!va\b|dac\b)(?P<name>[a-z]+(?:\s+[a-z]+){0,2})"
)
# Bodies whose folded name is a common word ("sở"/"số", "bộ"/"cán bộ", "vụ"/"nhiệm vụ"):
# only with the capital of a name after them, on the text as written.
_NAMED_BODY = re.compile(
    r"\b(?:"
    + marks_optional("Sở|SỞ|So|SO|Bộ|BỘ|Bo|BO|Vụ|VỤ|Cục|CỤC|Phòng|PHÒNG")  # «Sơ Y tế»: OCR
    + r")\s+[A-ZĐÂĂÊÔƠƯ]"
)
_LEAD_VERBS = re.compile(r"^(?:de nghi|yeu cau|giao|dong thoi|ngoai ra|rieng)\s+")
# «Kính gửi:», also as OCR reads it («Kinh grri:»).
_RECIPIENTS = re.compile(r"^\W*k[i1]nh g[a-z]{1,3}(?<=[i1])\s*:?\s*(?P<rest>.*)$")


@dataclass(frozen=True)
class Relevance:
    """Whether a candidate is the ward's, whom it addresses, and why (a sentence)."""

    for_ward: bool
    addressed_to: str | None
    reason: str


_ENTRY_SKIP = re.compile(
    r"^(?:luu\b|nhu (?:tren|kinh gui|k/g|dieu|d\.)|quy (?:thanh vien|khach|doc gia))"
    r"|\((?:de )?(?:b/c|bao cao|biet|b/c,? chi dao)\)|\bde bao cao\b|\(b/c"
)
_REFERS_TO_ARTICLE = re.compile(r"^nhu dieu (?P<n>\d{1,2})\b")
_BULLET = re.compile(r"^[-–•+]\s*")
# The first words of a letter's text after its recipients: never part of a list.
_OPENER = re.compile(r"^(?:can cu|thuc hien|theo|de |nham|xet|trien khai|tiep theo|ngay \d)")
LIST_LINES = 24  # a recipients list is short


def _entries(lines: list[str], first: str) -> list[str]:
    """The bodies listed from ``first`` (the rest of the label's line) and the lines after
    it: bulleted entries, and lines that go on an unfinished entry ("- Các bộ, cơ quan
    thuộc" / "Chính phủ;"). A blank line or a table's edge ends the list."""
    entries = [_BULLET.sub("", first)] if first.strip(" *_|") else []
    blank = False
    for follow in lines[:LIST_LINES]:
        stripped = clean(follow).strip(" |")
        if not stripped:
            blank = bool(entries)
            continue
        if _BULLET.match(stripped):
            entries.append(_BULLET.sub("", stripped))
        elif not entries and not _OPENER.match(words(stripped)):
            entries.append(stripped)  # "Kính gửi:" / "Trưởng phòng GD&ĐT các quận, huyện;"
        elif (
            entries
            and not blank
            and not re.search(r"[;.,:]$", entries[-1])
            and not _OPENER.match(words(stripped))
        ):
            entries[-1] += " " + stripped
        else:
            break
        blank = False
    return [e.strip(" ;.,") for e in entries if e.strip(" ;.,")]


def recipients(text: str) -> str | None:
    """The «Kính gửi» of a document: its line, or the list of lines under it."""
    lines = text.split("\n")[:160]
    for i, line in enumerate(lines):
        m = _RECIPIENTS.match(words(clean(line)))
        if not m:
            continue
        first = re.sub(r"^\W*k\S*nh g\S*\s*:?\s*", "", clean(line), flags=re.I)
        found = [e for e in _entries(lines[i + 1 :], first) if not _ENTRY_SKIP.search(words(e))]
        return "; ".join(found) or None
    return None


_DISTRIBUTION = re.compile(r"^\W*n[o0][i1] nh[a-z]n\s*\W*\s*:\W*(?P<rest>.*)$")
_DISTRIBUTION_LINE = re.compile(r"(?m)^[^\w\n]*n[o0][i1]\s+nh[a-z]n\s*[*_]*\s*:")


class Listed(str):
    """Whom a document addresses as its «Nơi nhận» lists them (not its «Kính gửi»)."""

    __slots__ = ()


def distribution(text: str) -> str | None:
    """The bodies a document's «Nơi nhận» lists to act («Như Điều 3» read from the
    article): without the file copy (Lưu), «Như trên» (the «Kính gửi», read apart) and
    those sent a copy to be informed («(b/c)», «để báo cáo»)."""
    lines = text.split("\n")
    folded = fold_keep_offsets(text).text
    label = _DISTRIBUTION_LINE.search(folded)
    if label is None:
        return None
    i = folded.count("\n", 0, label.start())
    line = clean(lines[i])
    m = _DISTRIBUTION.match(words(line))
    if not m:
        return None
    rest = line[len(line) - len(m.group("rest")) :]
    parts = re.split(r"\s[-–]\s|;", rest) if ";" in rest else [rest]
    found: list[str] = []
    for entry in [*parts[:-1], *_entries(lines[i + 1 :], parts[-1])]:
        w = words(entry).strip(" ;.,")
        article = _REFERS_TO_ARTICLE.match(w)
        if article:
            found.extend(_article(text, article.group("n")))
        elif w and not _ENTRY_SKIP.search(w):
            found.append(entry.strip(" ;.,"))
    return "; ".join(found) or None


def _article(text: str, number: str) -> list[str]:
    """Whom «Điều N.» of a Quyết định charges («… chịu trách nhiệm thi hành»)."""
    m = re.search(rf"(?m)^\W*Điều {number}\.?\s*(?P<body>(?:[^\n]|\n(?!\s*\n)){{0,600}})", text)
    return [clean(m.group("body"))] if m else []


def other_commune(text: str, own_place: str = OWN_PLACE) -> bool:
    """Whether ``text`` names a commune or ward other than the office's own.

    A name is capitalised ("Đảng ủy thị trấn Hồ"); "UBND phường tổng hợp …" names none.
    """
    folded = fold_keep_offsets(text).text
    own = words(own_place)
    for m in _NAMED_COMMUNE.finditer(folded):
        if not text[m.start("name")].isupper():
            continue
        if not " ".join(m.group("name").split()).startswith(own):
            return True
    return False


def _level(text: str, own_place: str) -> str | None:
    """ "ward", "other" or None (no body named) for a piece of text."""
    w = _LEAD_VERBS.sub("", words(text))
    if other_commune(text, own_place):
        return "other"
    if _WARD_LEVEL.search(w):
        return "ward"
    if words(own_place) in w:
        return "ward"
    if _OTHER_BODY.search(w) or _NAMED_BODY.search(text):
        return "other"
    return None


# A body's name that a head cut before its place («… và Ủy ban nhân dân» / «các xã, phường»,
# «… Chủ tịch Ủy ban nhân dân các» / «xã, phường»).
_CUT_BEFORE_PLACE = re.compile(r"\b(?:uy|ubnd|hoi dong|hdnd|dang|nhan dan)\b(?!.*[,;.])")


def _head(text: str, n: int = 14) -> str:
    tokens = text.split()
    if len(tokens) > n and _CUT_BEFORE_PLACE.search(words(" ".join(tokens[n - 4 : n]))):
        n += 6  # the place the name goes on to
    return " ".join(tokens[:n])


# A listed body named after its level: «Các thành viên BCĐ 389 tỉnh», «Ủy ban MTTQ Việt
# Nam thành phố», «Hội Người cao tuổi thành phố».
_LEVEL_LAST = re.compile(r"\b(?:tinh|thanh pho|tp|huyen|thi xa|trung uong)\W*$")


def _entry_level(entry: str, own_place: str) -> str | None:
    level = _level(entry, own_place)
    if level is None and _LEVEL_LAST.search(words(entry)):
        return "other"
    return level


def _list_level(listed: str, own_place: str) -> tuple[str | None, str]:
    """The level of a list of bodies ("A; B; C") and the entry that says it: the ward's
    if one entry is, else another's if one entry names one, else (None, "")."""
    levels = [(_entry_level(entry, own_place), entry) for entry in listed.split("; ")]
    for wanted in ("ward", "other"):
        for level, entry in levels:
            if level == wanted:
                return level, entry
    return None, ""


_ASKS = re.compile(r"\b(?:yeu cau|de nghi|giao cho|giao|chi dao)\s+", re.IGNORECASE)
# «đề nghị» as a noun: a proposal sent up («hồ sơ trình, đề nghị Thủ tướng … xem xét»,
# «theo đề nghị của Sở …»), not a request to the bodies after it.
_PROPOSAL = re.compile(r"(?:\btrinh|\bho so|\bvan ban|\btheo|\bcac|\bkien nghi)[\s,]*$")


# A document asking a list of bodies («đề nghị các bộ, ngành …», «yêu cầu các sở …»):
# «giao» and «chỉ đạo» also head verb phrases («giao thực hiện nhiệm vụ …»), never a list.
_ASKS_ALL = re.compile(r"\b(?:yeu cau|de nghi)\s+(?=cac\b)", re.IGNORECASE)


def addressees(text: str, own_place: str = OWN_PLACE) -> str | None:
    """Whom the document addresses: its «Kính gửi» if that names a level, else the first
    body it asks something of, else its «Nơi nhận» if that names a level (see the module
    docstring, step 3)."""
    to = recipients(text)
    if to and _list_level(to, own_place)[0] is not None:
        return to
    head = text[:6000]
    for m in _ASKS_ALL.finditer(fold_keep_offsets(head).text):
        asked = _head(head[m.end() :])
        if _level(asked, own_place) is not None:
            return asked
    listed = distribution(text)
    if listed and _list_level(listed, own_place)[0] is not None:
        return Listed(listed)
    return to


def _addressed(text: str, own_place: str = OWN_PLACE) -> str:
    """The words after «yêu cầu / đề nghị / giao» that name a body ("Tại Thông báo …,
    BTV yêu cầu X …"; "Về đề nghị nghiên cứu …: giao Bộ Y …"), or ""."""
    folded = fold_keep_offsets(text).text
    for m in _ASKS.finditer(folded):
        before = folded[max(0, m.start() - 12) : m.start()]
        if m.group().startswith("de nghi") and _PROPOSAL.search(before):
            continue
        asked = _head(text[m.end() :])
        if _BODY_FIRST.match(words(asked)) and _level(asked, own_place) is not None:
            return asked
    return ""


# Whom the work is sent or reported to is no one who does it: «báo cáo UBND Thành phố»,
# «gửi về Sở Nội vụ (qua Phòng …)», «trình, đề nghị Thủ tướng Chính phủ … xem xét»,
# «tham mưu Ủy ban nhân dân tỉnh …», «thông qua Sở Khoa học và Công nghệ».
_TO_WHOM = re.compile(
    r"\b(?:bao cao|gui(?: (?:ve|den|toi|len))?|nop(?: ve)?|trinh|chuyen (?:ve|den)"
    r"|tham muu(?: cho)?|xin y kien|thong qua|(?<=\()qua"
    r"|ve(?= (?:so|bo|ban|uy ban|ubnd|van phong|phong|cuc|vu)\b))"
    r"(?:[\s,]+de nghi)?\s+"
    r"(?P<whom>(?:(?!xem xet|phe duyet|quyet dinh|tong hop|ket qua|truoc|de |theo|trong|tinh hinh"
    # (a report's kind: «báo cáo tổng kết của các chi bộ», no recipient)
    r"|tong ket|so ket|chu tri|thuc hien|hoan thanh)[^;:.()\n]){0,80})"
)


def _without_recipients(text: str) -> str:
    """``text`` with the bodies it sends or reports to blanked (see ``_TO_WHOM``)."""
    folded = fold_keep_offsets(text).text
    out = text
    for m in _TO_WHOM.finditer(folded):
        start, end = m.start("whom"), m.end("whom")
        out = out[:start] + " " * (end - start) + out[end:]
    return out


# A clause that begins with a body names who does it («…; đảng ủy các xã, phường hoàn
# thành trước …»); one that begins with a verb goes on the sentence's own subject («…;
# báo cáo UBND Thành phố … trước ngày 15 hằng tháng»).
_BODY_FIRST = re.compile(
    r"^(?:(?:cac|moi|tung|rieng|doi voi|giao(?: cho)?|de nghi|yeu cau|dong chi|d/c) )*"
    r"(?:ubnd|uy ban|hdnd|hoi dong|dang uy|dang bo|dang doan|ban|chi bo|cap uy|thuong truc"
    r"|thuong vu|tinh uy|thanh uy|huyen uy|quan uy|van phong|cong an|mat tran|doan|hoi|to dan pho"
    r"|khu dan cu|co quan|don vi|dia phuong|so|bo|phong|truong|tap doan|tong cong ty|cong ty"
    r"|thu truong|chu tich|giam doc|bi thu|nguoi dung dau|lanh dao|xa|phuong|lien doan|trung tam"
    r"|chi cuc|tong cuc|cuc|vu|vien|hoc vien|benh vien|ngan hang|kho bac|bao hiem|thanh tra"
    r"|toa an|vien kiem sat|bo chi huy|ban chi huy|thanh doan|tinh doan|to cong tac|to chuc"
    r"|hiep hoi|tinh|thanh pho|huyen|quan|thi xa|nganh|cap|dang vien|can bo|cong chuc)\b"
)


# The union, Youth Union or board of a school, a hospital, a company: what it asks with
# no one named is its own members' work («Ban Thường vụ Đoàn trường», «Công đoàn Trường»,
# «BCH Đoàn TN Bệnh viện»). A Party organisation of a school is a ward's unit: not these.
_INSTITUTION = re.compile(
    r"^(?!(?:Đảng|ĐẢNG|Chi bộ|CHI BỘ)\b).*\b(?:[Tt]rường|TRƯỜNG|[Bb]ệnh viện|BỆNH VIỆN"
    r"|[Cc]ông ty|CÔNG TY|[Hh]ọc viện|HỌC VIỆN|[Đđ]ại học|ĐẠI HỌC"
    # the same names OCR read without marks («Truong Dai hoc …»)
    r"|[Tt]ruong [Dd]ai [Hh]oc|TRUONG DAI HOC|[Bb]enh vien|BENH VIEN|[Cc]ong ty|CONG TY)\b"
)


# «…, Quỹ đầu tư phát triển Thành phố có trách nhiệm báo cáo …»: the one responsible.
_RESPONSIBLE = re.compile(r"(?:^|[,;:)]\s*)(?P<who>[^,;:()]{3,90}?)\s+(?:co|chiu) trach nhiem\b")
# The verbs that end a list of bodies heading a sentence.
_LIST_END = re.compile(
    r"\b(?:gui|thuc hien|co trach nhiem|chiu trach nhiem|xay dung|trien khai|bao cao|ra soat"
    r"|chu dong|can cu|tong hop|to chuc thuc hien|phoi hop)\b"
)


OPENING = 1500


def _named(text: str, own_place: str) -> tuple[str | None, str]:
    return (_level(text, own_place), text) if text else (None, "")


def _named_entry(text: str, own_place: str) -> tuple[str | None, str]:
    return (_entry_level(text, own_place), text) if text else (None, "")


def _responsible(sentence: str, own_place: str) -> tuple[str | None, str]:
    """The level and words of the body a sentence makes responsible, if it says so."""
    folded = fold_keep_offsets(sentence).text
    for m in _RESPONSIBLE.finditer(folded):
        who = sentence[m.start("who") : m.end("who")].strip()
        level = _entry_level(who, own_place)
        if level is not None:
            return level, who
    return None, ""


def _leading_list(sentence: str, own_place: str) -> tuple[str | None, str]:
    """A sentence led by a list of bodies («Ủy ban MTTQ thành phố; các sở, ban, ngành;
    Ủy ban nhân dân các xã, phường; … gửi hồ sơ …»): its level as a list."""
    folded = fold_keep_offsets(sentence[:800]).text
    end = _LIST_END.search(folded)
    lead = sentence[: end.start()] if end else ""
    if lead.count(";") < 1 or not _BODY_FIRST.match(words(lead.strip())):
        return None, ""
    entries = "; ".join(e.strip(" ,") for e in lead.split(";") if e.strip(" ,"))
    return _list_level(entries, own_place)


# The commune level's body a sentence names, as written: «UBND các xã, phường», «Đảng ủy
# các xã, phường, đặc khu» — the units it gives the task to.
_WARD_BODY = re.compile(
    r"\b(?:ubnd|uy ban nhan dan|dang uy|hdnd|hoi dong nhan dan)\s+"
    r"(?:cac\s+)?(?:xa|phuong)\b(?:\s*(?:,|va)\s*(?:xa|phuong|thi tran|dac khu)\b)*"
)


def _ward_body(text: str) -> str | None:
    """The body as written (on folded text, so OCR without marks finds it too); else the
    ward's units the text names («… của các chi bộ gửi về …»: the chi bộ)."""
    folded = fold_keep_offsets(text).text
    m = _WARD_BODY.search(folded) or _WARD_UNITS.search(folded)
    return text[m.start() : m.end()] if m else None


_WARD_UNITS = re.compile(r"\bcac (?:chi bo(?: to dan pho)?|to dan pho)\b(?: truc thuoc\b)?")


def _doer(sentence: str) -> str:
    """``sentence``, or nothing when it opens on a topic, not on who does the work:
    «Đối với các cơ sở, công trình thuộc phạm vi quản lý, hướng dẫn chủ đầu tư …» is the
    work of the item's bodies; «Đối với UBND các xã, phường: …» names them."""
    folded = words(sentence.strip()[:80])
    topic = folded.startswith("doi voi ") and not _BODY_FIRST.match(folded)
    # a ground or a condition first: «Căn cứ báo cáo của …, Bộ trưởng Bộ Tài chính ban hành
    # …», «Trường hợp … phát sinh, Chủ tịch Ủy ban nhân dân cấp tỉnh rà soát …»
    condition = bool(_GROUND_FIRST.match(folded))
    if not (topic or condition):
        return sentence
    # «Đối với 355 nhiệm vụ … (danh mục …), các Bộ, cơ quan ngang Bộ khẩn trương …»: the
    # bodies after the topic
    for m in re.finditer(r",[\s*_]*", sentence[:400]):
        if _BODY_FIRST.match(words(sentence[m.end() : m.end() + 80])):
            return sentence[m.end() :]
    return "" if topic else sentence


# A body above the ward or beside it, as a ward's own document names it: a level's or
# a place's name, a ministry's or a department's («Sở Nông nghiệp», «Công an thành phố»).
_ABOVE = re.compile(
    r"\b(?:tinh|thanh pho|tp|quan|huyen|thi xa|trung uong|chinh phu|thu tuong|quoc hoi"
    r"|thanh uy|tinh uy|quan uy|huyen uy|bo chinh tri|ban bi thu)\b"
)
_ABOVE_NAMED = re.compile(r"\b(?:" + marks_optional("Sở|SỞ|Bộ|BỘ|Cục|CỤC") + r")\s+[A-ZĐ]")


# A ward's own bodies as its documents name them, with no place: its departments, office,
# working groups, boards and committees, police and health station.
_OWN_BODY = re.compile(
    r"^\W*(?:\d{1,2}[.)]\s*|[a-z][.)]\s*)?(?:giao |cac )?(?:phong|van phong|to cong tac|to |ban"
    r"|uy ban kiem tra|doan (?:kiem tra|giam sat|cong tac)|cong an phuong|tram y te|hoi dong)\b"
)


def _above_the_ward(text: str) -> bool:
    """Whether ``text`` names a body above the ward or beside it (another commune)."""
    return bool(_ABOVE.search(words(text)) or _ABOVE_NAMED.search(text) or other_commune(text))


# A sentence whose doers are the public, or that quotes a rule: «Người nộp thuế …», «Cơ sở
# kinh doanh dịch vụ lưu trú phải …», «Theo quy định, …».
_PUBLIC_FIRST = re.compile(
    r"^\W*(?:(?P<rule>theo quy dinh\b[^,]{0,60},)\s*|(?:cac |moi )?"
    r"(?:nguoi nop thue|ho kinh doanh|ho gia dinh|ca nhan|to chuc, ca nhan|chu co so|chu ho"
    r"|co so (?:kinh doanh|san xuat|luu tru)|doanh nghiep|cong dan|nguoi dan|nguoi lao dong"
    r"|nguoi su dung dat)\b)"
)
_GROUND_FIRST = re.compile(r"^(?:can cu|tren co so|(?:trong )?truong hop|sau khi)\b")


def relevance(
    assignee: str | None,
    sentence: str,
    item: str,
    to: str | None,
    unit_codes: tuple[str, ...],
    own_place: str = OWN_PLACE,
    issuer: str | None = None,
    clause: str = "",
    support: str | None = None,
    parent: str = "",
) -> Relevance:
    """Whether a candidate task is the ward's (see the module docstring).

    A task that names no one in a document of another commune (``issuer``) is that
    commune's own work. ``clause`` is the part of a sentence after a «;» that holds the
    deadline ("…; các đảng bộ trực thuộc Trung ương hoàn thành trước ngày …"): the body it
    names comes first. ``support`` names the bodies that help (a schedule's «Cơ quan phối
    hợp», an item's «Đơn vị phối hợp»): the ward among them makes the task the ward's.
    """
    if unit_codes and assignee and not other_commune(assignee, own_place):
        # The ward's units, unless the words name another level's body ("Đảng đoàn Mặt
        # trận … thành phố" is no ward MTTQ); a party organisation named by its own
        # name ("Đảng bộ Trường THPT Quang Trung") is the unit itself.
        named_org = re.match(r"(?:dang bo|chi bo)\b", words(assignee))
        if named_org or _level(assignee, own_place) != "other":
            return Relevance(True, assignee, f"Giao đơn vị của phường: {assignee}")
    if support and _list_level(support, own_place)[0] == "ward":
        return Relevance(True, support, f"Phối hợp: {support}")
    if clause and not _BODY_FIRST.match(words(clause.strip()[:80])):
        clause = ""
    opening = sentence[:OPENING]  # who a sentence charges is said in its first lines
    doer = words(_doer(opening)[:200])
    public = _PUBLIC_FIRST.match(doer)
    if (
        public
        # (not a topic before a colon, «Hộ gia đình nghèo: các tổ dân phố rà soát …», a
        # passive «… được Tổ dân phố lập danh sách», a ward's official after the rule)
        and ":" not in doer[:80]
        and not _WARD_LEVEL.search(words(_head(opening, 20)))
        and not re.match(
            r"(?:cong chuc|can bo|chu tich|bi thu|truong)\b", doer[public.end() :].strip()
        )
    ):
        # «Hộ gia đình, cá nhân … nộp lệ phí môn bài chậm nhất …», «Theo quy định, hạn nộp
        # tiền thuế …»: a rule for people and firms, quoted; no work of the ward's
        return Relevance(False, None, "Quy định cho người dân, tổ chức: chỉ theo dõi")
    sources: tuple[tuple[str, Callable[[], tuple[str | None, str]]], ...] = (
        ("clause", lambda: _named(_head(_without_recipients(clause[:600])), own_place)),
        ("assignee", lambda: _named(assignee or "", own_place)),
        # «…, X có trách nhiệm …»; «X; Y; Z gửi hồ sơ …»
        ("subject", lambda: _responsible(opening, own_place)),
        ("subject", lambda: _leading_list(opening, own_place)),
        ("sentence", lambda: _named(_addressed(opening, own_place), own_place)),
        ("sentence", lambda: _named(_head(_without_recipients(_doer(opening[:600]))), own_place)),
        ("item", lambda: _named(_head(_without_recipients(_doer(item[:600]))), own_place)),
        # the heading over the item, which names whose items they are («1. Các đơn vị
        # chuyên trách về CNTT của các Bộ, cơ quan ngang Bộ …:» over «a) …»)
        # («1. Trung tâm Kiểm soát bệnh tật thành phố»: a body named after its level)
        ("item", lambda: _named_entry(_head(_without_recipients(_doer(parent[:600]))), own_place)),
    )
    own_document = bool(issuer) and words(own_place) in words(issuer or "")
    for source, read in sources:
        level, text = read()
        if level is None:
            continue
        if (
            level == "other"
            and own_document
            and _OWN_BODY.match(words(text))
            and not _above_the_ward(text)
        ):
            # the ward's own document names its own bodies with no place: «Phòng Kinh tế,
            # Hạ tầng và Đô thị», «Tổ công tác», «Ban Chấp hành Đảng bộ phường»
            level = "ward"
        who = assignee if source == "assignee" else None
        said = who or _head(text, 10)
        if level == "ward":
            named = who or (text if source == "subject" else _ward_body(text))
            return Relevance(True, named, f"Giao cấp xã, phường: {said}")
        return Relevance(False, who, f"Giao cơ quan khác ({said}): chỉ theo dõi")
    named_here = bool(to) and words(own_place) in words(to or "")
    if issuer and _INSTITUTION.search(issuer) and not named_here:
        # Its own lists name its own bodies («các chi đoàn» in a hospital's Youth Union
        # letter): a school's, a hospital's, a company's own work.
        return Relevance(False, None, f"Việc nội bộ của {issuer}: chỉ theo dõi")
    if issuer and other_commune(issuer, own_place) and not named_here:
        # A commune's or a ward's own document gives its work to its own bodies («Ban Xây
        # dựng Đảng», «Văn phòng Đảng ủy»): work of the commune level, as the ward's own
        # documents give it to the ward's.
        return Relevance(True, None, f"Việc cấp xã, phường của {issuer}")
    level, entry = _list_level(to, own_place) if to else (None, "")
    # The ward's own document: its lists name whom it reports to, not who does the work.
    if level == "ward" and not isinstance(to, Listed):
        return Relevance(True, to, f"Văn bản gửi {to}")
    if level == "other" and not own_document:
        if isinstance(to, Listed):
            said = f"Nơi nhận không có cấp xã, phường ({_head(entry, 10)} …)"
            return Relevance(False, None, f"{said}: chỉ theo dõi")
        return Relevance(False, to, f"Giao cơ quan khác ({to}): chỉ theo dõi")
    central = issuer and (central_spelling(issuer) or words(issuer).startswith("bo "))
    if central and not named_here:
        # a central body's rule that names no doer: the bodies its Nơi nhận lists
        return Relevance(False, None, f"Văn bản của {issuer} không nêu nơi thực hiện: chỉ theo dõi")
    return Relevance(True, assignee, "Văn bản không nêu nơi thực hiện: đề xuất cho phường")
