"""Candidate tasks: the sentences and items of a directive that carry a deadline.

The body is cut into blocks (numbered headings "I." "1." "2.1." "(1)", bullets "- ",
paragraphs), lines broken by OCR or page breaks are joined, and each block gets the
nearest enclosing heading as parent. Then:

* Every sentence carrying a deadline phrase is a task (one per phrase). Inline
  enumerations "(i) ... (ii) ..." are separate sentences.
* "Các nhiệm vụ trên hoàn thành trước ngày ..." gives its date to the undated items just
  above it and is not a task of its own.
* An undated item is proposed (phrase None) only when the directive explicitly assigns
  it: the item begins "Giao <body> ..." or "<body> chủ trì ...", or its parent heading
  does ("Giao Ban Tổ chức Thành ủy:", "Đồng chí ... chỉ đạo:", "Đối với cấp ủy ...:").
  Reports, assessments and plan targets (seed 001) are never proposed.
* The assignee is the body the sentence/item itself names ("Giao X ...", "Các đồng chí
  Ủy viên Thành ủy tiếp tục ..."), else the item's role lines ("b) Cơ quan thực hiện:"
  / "- Đơn vị chủ trì: Sở …" / "- Đơn vị phối hợp: …", which are no tasks of their own;
  the supporting bodies are kept as ``support``), else its nearest heading that names
  one — a lead-in ("Giao Ban Tổ chức Thành ủy:") or a heading that is a body's name
  alone ("2. Sở Nông nghiệp và Môi trường").
* A time line ("Thời gian hoàn thành trước ngày …") dates the words before it in its
  paragraph, or, alone on its line, the item above it.
* A heading that names a period's tasks ("II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2025",
  "2. Một số nhiệm vụ trọng tâm quý II") gives the period's last day to every item under
  it that has no deadline of its own.
* A deadline that moves another ("lùi thời hạn gửi báo cáo … đến ngày 25/10/2025")
  replaces the earlier task's deadline it speaks of (the one sharing most words with it)
  and is no task of its own; with no earlier task, it is one, unless a later task gives
  the same date (the move announced it: "gia hạn … đến ngày 31/12/2024. … Yêu cầu các hội
  hoàn thành chậm nhất ngày 31/12/2024").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from secretariat.directives.importer.deadline_phrases import Deadline
from secretariat.directives.importer.ocr import clean, restore_partial, words
from secretariat.text import fold

# Block markers, on the line with Markdown emphasis removed; lower level = outer.
# A marker ends its line when a portal's Markdown broke the line after it («*1.4.» /
# «Ủy ban nhân dân các phường, xã, đặc khu*», «-» / «Tuyên truyền …»).
_MARKERS: tuple[tuple[re.Pattern[str], float], ...] = (
    (re.compile(r"^[IVX]{1,4}(?:\.|\s?[-–](?=\s))(?:\s|$)"), 1),  # «II.», «III- …»
    # a decision's or a decree's article: «Điều 2. Sở Công Thương có trách nhiệm …»
    (re.compile(r"^(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?\s*[.:](?:\s|$)"), 1.5),
    (re.compile(r"^\d{1,2}\.(?:\s|$)"), 2),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.?(?:\s|$)"), 3),
    (re.compile(r"^\(\d{1,2}\)\s"), 4),
    (re.compile(r"^[a-zđ]\)\s"), 4),
    (re.compile(r"^[-–•+](?:\s|$)"), 5),
)
PARAGRAPH = 6.0
CLOSING = 0.5  # the closing sentence, the recipients, the signature: no section's, no parent
_ENDS_BODY = re.compile(
    r"(?:\W*\*?)(?:tren day la|noi nh[a-z]n\s*[:;]|tran trong|(?:t/m|t/l|k/t|tm\.|tl\.|kt\.)\s)"
)
LEAD_IN_PARAGRAPH = 4.5  # a paragraph ending with ":" heads the bullets after it

_ARTICLE_LABEL = re.compile(r"^(?:Điều|ĐIỀU)\s+\d{1,3}[a-z]?\s*[.:]\s*")
_MARKER_TEXT = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*?)?\s*"
    r"(?:[IVX]{1,4}(?:\.|\s?[-–](?=\s))|\d{1,2}\.(?:\d{1,2}\.?)?|\(\d{1,2}\)|[a-zđ]\)|[-–•+])"
    r"\s*(?:\*\*)?\s*"
)

# Heads of an assignee noun phrase (folded, OCR-repaired).
_BODY_HEAD = (
    r"(?:cac |dong chi |cac dong chi )?(?:dong chi|ban|dang uy|dang doan|uy ban|ubnd|hdnd"
    r"|van phong|mat tran|co quan|so|cap uy|thanh uy|thuong truc|cong an|don vi|dia phuong"
    r"|chi bo|dang bo|to dan pho|doan thanh nien|hoi|thu truong|uy vien|lanh dao|nguoi dung dau"
    # the heads of the ward's units, named for their units: «Bí thư các chi bộ», «Tổ trưởng các
    # tổ dân phố», «Chi ủy các chi bộ»
    r"|bi thu (?=cac )|chi uy (?=cac )|to truong (?=cac )|truong (?=cac )(?:to|khu|thon|ap))\b"
)
# Verbs that end the assignee and begin the task.
_VERBS = (
    r"\b(?:tiep tuc|chu tri|chi dao|khan truong|nghien c[a-z]{1,3}|tham muu|thuc hien"
    r"|co trach nhiem|chu dong|tang cuong|phoi hop|lanh dao|trien khai|xay dung|hoan thanh"
    r"|to chuc thuc hien"
    r"|ra soat|bao cao|tap trung|kip thoi|quan tam|day manh|som|theo doi|huong dan|kiem tra"
    r"|de xuat|ban hanh|gui)\b"
)
# A ward's own work after its units, read only right after a group of them: «Các chi bộ tổ
# dân phố đăng ký danh sách …», «Các tổ dân phố nộp …» (a verb deep in a sentence is
# often a noun's or another clause's: «… kéo dài thời hạn đăng ký …»).
_GROUP_VERBS = re.compile(
    r"^(cac (?:chi bo|to dan pho|chi doan|chi hoi|to chuc co so dang|dang bo)"
    r"(?: (?:to dan pho|truc thuoc|thon|khu pho))?) (?:dang ky|nop|tong hop|quan triet"
    r"|tuyen truyen|van dong|lap (?:danh sach|ke hoach|ho so))\b"
)
# Type words a body's field follows («Sở Xây dựng», «Ban Chỉ đạo …», «Trung tâm Hướng dẫn»).
_FIELD_AFTER = frozenset({"so", "ban", "bo", "phong", "cuc", "vien", "tam", "hoi", "doan"})
_NUMBER_LINE = re.compile(r"^\W*S[ốô]\s*:?\s*\d|^\W*So\s*:\s*\d")
_TO_WHOM = re.compile(r"\bkinh gui\W*$")
_GIAO = re.compile(rf"^giao (?={_BODY_HEAD})")
_GIAO_OR_DOI = re.compile(r"^(?:giao|doi voi) ")
_DOI_VOI = re.compile(r"^doi voi ")
_SUBJECT_FIRST = re.compile(rf"^{_BODY_HEAD}")
_COLLECTIVE = re.compile(r"^(?:cac )?nhiem vu (?:neu )?tren\b")
_RECIPIENTS = re.compile(r"(?:^|\s)noi nh[a-z]n\s*[:;]")
# The closing lines: recipients and the signature block never continue a paragraph.
_CLOSING = re.compile(r"^(?:noi nh[a-z]n\s*[:;]|(?:t/m|t/l|k/t|tm\.|tl\.|kt\.)\s)")


@dataclass
class Block:
    start: int
    end: int
    level: float
    parent: Block | None = None
    children: list[Block] = field(default_factory=list)

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class RawTask:
    text: str
    phrase: str | None
    due_date: date | None
    assignee: str | None
    needs_review: bool
    time: str | None = None
    recurrence: str | None = None
    computed: bool = False
    moves: bool = False
    item: str = ""  # the first words of the item the sentence belongs to
    support: str | None = None  # the bodies named to help (phối hợp), when named apart
    addressed: str | None = None  # the words read for whom it addresses, when not ``text``
    parent: str = ""  # the first words of the heading over its item


def _from_deadline(text: str, d: Deadline, assignee: str | None, item: str) -> RawTask:
    return RawTask(
        text,
        d.phrase,
        d.due_date,
        assignee,
        d.needs_review,
        time=d.time,
        recurrence=d.recurrence,
        computed=d.computed,
        moves=d.moves,
        item=item,
    )


# A heading naming a period's tasks; its period is the items' deadline.
_PERIOD_HEADING = re.compile(
    r"^(?:(?:mot so|cac|\S{1,4} \S{1,3}) )?nhiem vu(?: trong tam| chu yeu)?"
    r"(?: cong tac(?: \S+){0,3}?)?(?: can thuc hien)?"  # «… TRỌNG TÂM CÔNG TÁC PCTN THÁNG 12»
    r"(?: trong)? (?:(?P<q>quy (?:iv|iii|ii|i|[1-4]))|thang (?P<m>\d{1,2}))"
    r"(?:(?: nam |/)(?P<y>\d{4}))?$"
)
_QUARTER_END = {"i": 3, "1": 3, "ii": 6, "2": 6, "iii": 9, "3": 9, "iv": 12, "4": 12}


def period_heading(raw: str, default_year: int | None) -> tuple[str, date | None] | None:
    """The phrase and last day of the period a heading names as its tasks', or None."""
    if len(raw) > 160:
        return None  # a heading is short; a paragraph is never one
    body = _body_text(raw).strip(" :.*")
    if len(body) > 90:
        return None
    m = _PERIOD_HEADING.match(words(body))
    if not m:
        return None
    year = int(m.group("y")) if m.group("y") else default_year
    month = _QUARTER_END[m.group("q").split()[1]] if m.group("q") else int(m.group("m"))
    due = None
    if year is not None and 1 <= month <= 12:
        due = date(year, month, calendar.monthrange(year, month)[1])
    cut = re.search(r"(?i)\b(?:quý|quy|tháng|thang)\b", body)
    phrase = body[cut.start() :] if cut else body
    return phrase, due


def _level(line: str) -> float:
    stripped = re.sub(r"^\s*#+\s*|\*\*|^\*(?=[\dIVX])", "", line).strip()
    for pattern, level in _MARKERS:
        if pattern.match(stripped):
            return level
    return PARAGRAPH


def _ends_clause(text: str) -> bool:
    return bool(re.search(r"[.:;!?…)”\"]\**\s*$", text))


def _is_caps_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def split_blocks(text: str) -> list[Block]:
    """Cut ``text`` into blocks, joining lines broken by OCR and page breaks."""
    blocks: list[Block] = []
    pos = 0
    current: Block | None = None
    blank_before = True
    caps_before = False  # the previous line was a heading in capitals
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or re.fullmatch(r"\d{1,3}", stripped):
            blank_before = True
            continue
        level = _level(stripped)
        previous = text[max(current.start, current.end - 12) : current.end] if current else ""
        collective = level == PARAGRAPH and bool(_COLLECTIVE.match(fold(stripped[:40])))
        closing = stripped[:1] in "NnTtKk" and bool(_CLOSING.match(fold(stripped[:30])))
        caps = _is_caps_line(stripped)
        continuation = (
            current is not None
            and not collective
            and not closing
            and not (caps_before and not caps)  # a heading in capitals ends on its line
            and (
                (level == PARAGRAPH and not blank_before)
                # A page break inside a sentence: the next line goes on in lower case.
                or (level == PARAGRAPH and not _ends_clause(previous) and stripped[0].islower())
                # "- xã hội" after an unfinished line is a hyphen, not a bullet.
                or (level == 5 and not _ends_clause(previous) and stripped[2:3].islower())
            )
        )
        if continuation and current is not None:
            current.end = end
        else:
            current = Block(start, end, level)
            blocks.append(current)
        blank_before = False
        caps_before = caps
    # Parents: the nearest block above with a lower level.
    stack: list[Block] = []
    for block in blocks:
        if block.level == PARAGRAPH and _ENDS_BODY.match(fold(block.text(text)[:40]).lstrip()):
            # «Trên đây là …», «Nơi nhận:»: the sections above are over, and what follows
            # (the recipients' list, an annex) is no item of theirs
            block.level = CLOSING
            stack.clear()
            continue
        if block.level == PARAGRAPH and clean(block.text(text)).rstrip("*").endswith(":"):
            block.level = LEAD_IN_PARAGRAPH
        while stack and stack[-1].level >= block.level:
            stack.pop()
        if stack:
            block.parent = stack[-1]
            stack[-1].children.append(block)
        stack.append(block)
    return blocks


@lru_cache(maxsize=8192)  # a block's text is read by each of the steps below
def _body_text(raw: str) -> str:
    """A block's text without its marker and Markdown, lines joined."""
    return clean(_MARKER_TEXT.sub("", raw, count=1))


HEAD_CHARS = 400  # an assignee is named at the start of its item


def _is_lead_in(raw: str) -> bool:
    """A heading or paragraph ending with ":" introduces the items under it."""
    return clean(raw[-40:]).rstrip("*").endswith(":")


@lru_cache(maxsize=4096)
def assignee_of(raw: str) -> str | None:
    """The body a block or sentence names as the one to act, or None."""
    body = _body_text(raw if len(raw) <= HEAD_CHARS else raw[:HEAD_CHARS])
    if not _SUBJECT_FIRST.match(words(body[:40])) and not _GIAO_OR_DOI.match(words(body[:40])):
        return None
    if _NUMBER_LINE.match(body):
        return None  # «Số: 4085/UBND-ĐT» folds like «Sở»: a number, no body
    if len(raw) > HEAD_CHARS:
        body = _body_text(raw)  # a lead-in's colon is at its end
    w = words(body[:HEAD_CHARS])
    tokens = body.split()
    if _GIAO.match(w):
        rest = " ".join(tokens[1:])
        found = _cut_at_verb(rest, lead_in=body.rstrip("*").endswith(":"))
        if found is None and _names_only(rest):
            return restore_partial(rest.rstrip(":* "))  # "1.3. Giao Ủy ban nhân dân các xã"
        return found
    if _DOI_VOI.match(w):
        # «Đối với UBND các xã, phường:» names the bodies; «Đối với các cơ sở, công trình
        # thuộc phạm vi quản lý, hướng dẫn …» names a topic, its doer said elsewhere
        rest = " ".join(tokens[2:])
        if not _SUBJECT_FIRST.match(words(rest[:40])):
            return None
        if _names_only(rest):
            return restore_partial(rest.rstrip(":* "))
        return _cut_at_verb(rest, lead_in=rest.rstrip("*").endswith(":"))
    if _SUBJECT_FIRST.match(w):
        found = _cut_at_verb(body, lead_in=body.rstrip("*").endswith(":"))
        if found is None and _names_only(body):
            return restore_partial(body.rstrip(":* "))  # "2. Sở Nông nghiệp và Môi trường"
        return found
    return None


NAME_WORDS = 14  # a heading that is a body's name alone is short


def _names_only(body: str) -> bool:
    """Whether ``body`` is a body's name alone: a heading with no verb and no sentence's
    end ("3. Sở Tài chính", "10. Ủy ban nhân dân xã, phường")."""
    text = body.rstrip("* ")
    # a list of bodies may run longer («1. Công an tỉnh, các sở, ban, ngành, đoàn thể
    # tỉnh và Ủy ban nhân dân các xã, phường»)
    limit = NAME_WORDS if text.count(",") < 2 else 2 * NAME_WORDS
    if not text or text[-1] in ".;!?…" or len(text.split()) > limit:
        return False
    # «Ban Chỉ đạo» is a body's name, not the verb «chỉ đạo»; nor is «Sở Xây dựng»'s field.
    # The folded words stay one for one with the written ones, for their capitals.
    folded = re.sub(r"\bban chi dao\b", "ban chi_ dao_", words(text)).split()
    tokens = text.split()
    return _verb_at(tokens if len(tokens) == len(folded) else folded, folded) is None


def _verb_at(tokens: list[str], folded: list[str]) -> int | None:
    """The index of the first action verb among ``folded`` (the words of ``tokens``), or
    None. A verb written with a capital right after a body's type word is its field: «Sở
    Xây dựng», «Ban Chỉ đạo», «Sở Kế hoạch và Đầu tư» (not «Sở Xây dựng chủ trì»)."""
    joined = " ".join(folded)
    for m in re.finditer(_VERBS, joined):
        n = len(joined[: m.start()].split())
        field = n and n < len(tokens) and tokens[n][:1].isupper() and folded[n - 1] in _FIELD_AFTER
        if not field:
            return n
    return None


def _cut_at_verb(body: str, lead_in: bool) -> str | None:
    """The noun phrase before the first action verb; a lead-in keeps "X chỉ đạo Y"."""
    text = body.rstrip(":* ")
    if lead_in:
        if len(text.split()) > 40 or re.search(r"[.;!?]\s", text):
            return None  # paragraphs run together up to a lead-in: no body's name
        text = re.sub(r"\s+(?:chỉ đạo|chi dao|thực hiện|thuc hien)$", "", text)
        return restore_partial(text)
    tokens = text.split()[:30]
    w = words(" ".join(tokens)).split()
    if len(w) != len(tokens):
        return restore_partial(" ".join(tokens[:12]))
    found = _verb_at(tokens, w)
    if found is None:
        group = _GROUP_VERBS.match(" ".join(w))
        return restore_partial(" ".join(tokens[: len(group[1].split())])) if group else None
    n = found
    if n == 0:
        return None
    if n > 20:
        return None  # too long for a body's name: not a subject-first sentence
    return restore_partial(" ".join(tokens[:n]).rstrip(", "))


@lru_cache(maxsize=4096)
def _explicitly_assigns(raw: str) -> bool:
    w = words(_body_text(raw[:HEAD_CHARS]))
    return bool(_GIAO.match(w)) or bool(re.match(rf"^{_BODY_HEAD}[^.;:]{{0,80}}\bchu tri\b", w))


def _assigning_parent(block: Block, source: str) -> bool:
    parent = block.parent
    if parent is None:
        return False
    raw = parent.text(source)
    if _TO_WHOM.search(words(raw[-40:])):
        return False  # «Kính gửi:» lists the recipients, who are given no task by it
    if _explicitly_assigns(raw):
        return True
    return _is_lead_in(raw) and assignee_of(raw) is not None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, inline "(i) ... (ii)" items apart."""
    spans: list[tuple[int, int]] = []
    cut = start
    boundary = re.compile(
        r"(?<=[.;:!?])(?:\*\*)?\s+(?=\((?:[ivx]{1,4}|\d{1,2})\)\s)"
        r"|(?<=\.)(?:\*\*)?\s+(?=(?:\*\*)?[A-ZĐÀ-Ỹ(])"
    )
    for m in boundary.finditer(text, start, end):
        spans.append((cut, m.start()))
        cut = m.end()
    spans.append((cut, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _item_heading(block: Block, source: str) -> str:
    """The first words of the numbered item over ``block`` («1. Các đơn vị chuyên trách
    … của các Bộ, cơ quan ngang Bộ …:» over its «a) …»), or "": a section's title in
    capitals names a subject, not whose work it is."""
    parent = block.parent
    if parent is None or parent.level <= 1:  # (an article, «Điều 2. Sở … có trách nhiệm:»,
        return ""  # names whose its clauses are)
    head = _ARTICLE_LABEL.sub("", _body_text(parent.text(source)[:300]))  # «Điều 2.» aside
    return "" if _is_caps_line(head[:80]) else head


def _inherited_assignee(block: Block, source: str) -> str | None:
    node = block.parent
    while node is not None:
        found = assignee_of(node.text(source))
        if found:
            return found
        node = node.parent
    return None


# A plan item's role lines: "Đơn vị chủ trì: Sở Khoa học và Công nghệ.", "Đơn vị phối
# hợp: Các sở, ngành; UBND xã, phường.", "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp
# với …". They name whom the item's deadline is for; they are no task of their own.
_ROLE = re.compile(
    r"^(?:(?:co quan|don vi|bo phan)(?: (?P<kind>chu tri|phoi hop|thuc hien|phu trach))?"
    r"|(?P<kind2>chu tri|phoi hop)|trach nhiem(?: thuc hien)?)(?: tham muu)?(?:,? thuc hien)?"
    r"\s*[*_]*\s*:[\s*_]*(?P<who>.*)$"
)


_ROLE_START = re.compile(r"^(?:co quan|don vi|bo phan|chu tri|phoi hop|trach nhiem)\b")


@lru_cache(maxsize=4096)
def role_line(raw: str) -> tuple[str, str] | None:
    """("lead" or "support", the bodies named) for a role line, else None."""
    if not _ROLE_START.match(fold(_body_text(raw[:60])).lstrip("*_ ")):
        return None
    body = _body_text(raw[:HEAD_CHARS]).lstrip("*_ ")
    m = _ROLE.match(words(body))
    if not m:
        return None
    who = body[len(body) - len(m.group("who")) :].strip(" .;*_") if m.group("who") else ""
    kind = m.group("kind") or m.group("kind2") or ""
    return ("support" if kind == "phoi hop" else "lead"), who


def _roles(block: Block, source: str) -> tuple[str | None, str | None]:
    """The lead and support bodies the role lines beside ``block`` name (its siblings'
    and their items': "b) Cơ quan thực hiện:" / "- Đơn vị chủ trì: …")."""
    if block.parent is None:
        return None, None
    named: dict[str, list[list[str]]] = {"lead": [], "support": []}
    for sibling in block.parent.children:
        of_sibling: dict[str, list[str]] = {"lead": [], "support": []}
        for node in (sibling, *sibling.children):
            found = role_line(node.text(source))
            if found and found[1]:
                of_sibling[found[0]].append(found[1])
        for kind, bodies in of_sibling.items():
            if bodies:
                named[kind].append(bodies)
    # Several items' role lines side by side (a flat list): whose is whose is not said.
    lead = "; ".join(named["lead"][0]) if len(named["lead"]) == 1 else None
    support = "; ".join(named["support"][0]) if len(named["support"]) == 1 else None
    return lead, support


_TIME_LABEL = re.compile(
    r"^(?:thoi gian|thoi han|tien do)(?: thuc hien| hoan thanh| hoan tat)*(?: xong)?(?: la)?\W*$"
)


def _time_label_only(body: str, deadlines: list[Deadline]) -> bool:
    """Whether ``body`` is only a label for its deadline ("Thời gian thực hiện: …")."""
    rest = body
    for d in deadlines:
        rest = rest.replace(d.phrase, " ")
    return bool(_TIME_LABEL.match(words(rest).strip(" .;:*_")))


_TIME_HEADING = re.compile(r"^(?:[ivx]{1,4}\.\s*)?(?:thoi gian|tien do|thoi han)\b")


def _says_the_work(
    blocks: list[Block], i: int, by_block: dict[int, list[Deadline]], source: str
) -> bool:
    """Whether the block above block ``i`` (a time line alone) is the paragraph of its
    work: a sibling without a deadline of its own, no «Đơn vị chủ trì: …» line."""
    if i == 0 or blocks[i - 1].parent is not blocks[i].parent or by_block.get(i - 1):
        return False
    return role_line(blocks[i - 1].text(source)) is None


# A plan's own sections, whose parts are the plan's, not a task's («II. NỘI DUNG, THỜI GIAN»
# / «1. Nội dung» / «2. Đơn vị thực hiện» / «3. Thời gian thực hiện: Tháng 6/2025»).
_PLAN_SECTION = re.compile(
    r"^(?:noi dung|to chuc thuc hien|thoi gian|muc dich|nhiem vu|giai phap|phan cong|yeu cau)\b"
)
_ITEM_PART = re.compile(r"^(?:(?:co quan|don vi) (?:chu tri|thuc hien|phoi hop)|noi dung\b)")


def _on_an_item(block: Block, source: str) -> bool:
    """Whether ``block`` is a line of an item (a numbered task or a bullet), not a line
    of a whole section or plan ("IV. THỜI GIAN THỰC HIỆN")."""
    parent = block.parent
    if block.level >= 2 and not _TIME_HEADING.match(words(_body_text(block.text(source)[:80]))):
        return True  # the item's own line: «1. Kiện toàn bộ máy …» / «Thời gian thực hiện: …»
    if (
        parent is not None
        and not _PLAN_SECTION.match(words(_body_text(parent.text(source)[:60])))
        and any(
            _ITEM_PART.match(words(_body_text(sibling.text(source)[:60])))
            for sibling in parent.children
            if sibling is not block
        )
    ):
        # one part of a task's own list: «I. CÔNG TÁC QUÁN TRIỆT …» / «1. Nội dung, biện
        # pháp» / «2. Cơ quan chủ trì, phối hợp» / «3. Thời gian thực hiện: Tháng 12/2013»
        return True
    if parent is None or parent.level <= 1:
        return False
    return not _TIME_HEADING.match(words(_body_text(parent.text(source)[:80])))


def _carried(block: Block, source: str, year: int | None) -> tuple[str, date | None] | None:
    """The period of the nearest heading above ``block`` that names its tasks' period."""
    node = block.parent
    while node is not None:
        text = node.text(source)
        if _REQUESTS_HEADING.match(fold(text[:120])):
            return None  # «MỘT SỐ ĐỀ XUẤT, KIẾN NGHỊ …:»: asks, no tasks of the period
        found = period_heading(text, year)
        if found:
            return found
        node = node.parent
    return None


# A heading over what a report asks of others, not over the work of its period.
_REQUESTS_HEADING = re.compile(
    r"\W*(?:(?:[ivx]{1,4}|\d{1,2})\W+)?(?:(?:mot so|cac)\s+)?(?:de xuat|kien nghi|de nghi)\b"
)


def _overlap(a: str, b: str) -> int:
    return len(set(words(a).split()) & set(words(b).split()))


def _apply_moves(tasks: list[tuple[int, RawTask]]) -> list[tuple[int, RawTask]]:
    """A later deadline that moves an earlier one replaces it (see module docstring)."""
    result: list[tuple[int, RawTask]] = []
    # the sentence that moved each task: two moves of one sentence («… đến Quý I/2015 và Đề
    # án … đến Quý IV năm 2015») are two tasks' moves; a later sentence may move one again
    moved_by: dict[int, str] = {}
    for pos, task in tasks:
        if not task.moves:
            result.append((pos, task))
            continue
        earlier = [
            (k, t)
            for k, (_p, t) in enumerate(result)
            if t.due_date is not None and not t.moves and moved_by.get(k) != task.text
        ]
        if not earlier:
            later = [t for p, t in tasks if p > pos and not t.moves]
            if not any(t.due_date == task.due_date for t in later):
                result.append((pos, task))  # a later task of that date restates it
            continue
        k, target = max(earlier, key=lambda pair: (_overlap(pair[1].text, task.text), pair[0]))
        moved_by[k] = task.text
        result[k] = (
            result[k][0],
            replace(
                target, phrase=task.phrase, due_date=task.due_date, needs_review=task.needs_review
            ),
        )
    return result


def build_tasks(
    text: str,
    deadlines: list[Deadline],
    default_year: int | None = None,
    rows: Sequence[tuple[int, RawTask]] = (),
) -> list[RawTask]:
    """The candidate tasks of ``text`` given its deadline phrases (see module docstring).

    ``rows`` are tasks read elsewhere (a schedule table's), with their offsets: they take
    their place among the others.
    """
    blocks = split_blocks(text)
    by_block: dict[int, list[Deadline]] = {}
    bi = 0
    for d in deadlines:
        while bi < len(blocks) and blocks[bi].end < d.start:
            bi += 1
        if bi < len(blocks) and blocks[bi].start <= d.start:
            by_block.setdefault(bi, []).append(d)

    skipped: set[int] = set()
    # Recipients ("Nơi nhận:") and everything under them are not tasks.
    for block in blocks:
        if _RECIPIENTS.search(fold(block.text(text)[:200])):
            skipped.add(id(block))
    tasks: list[tuple[int, RawTask]] = []
    collective_for: dict[int, Deadline] = {}

    for i, block in enumerate(blocks):
        if id(block) in skipped or (block.parent and id(block.parent) in skipped):
            if block.parent and id(block.parent) in skipped:
                skipped.add(id(block))
            continue
        raw = block.text(text)
        own = assignee_of(raw)
        found = by_block.get(i, [])
        explicit = _explicitly_assigns(raw)
        inherited = None if own else _inherited_assignee(block, text)
        item = _body_text(raw[:200])
        if found:
            for s, e in _sentences(text, block.start, block.end):
                in_sentence = [d for d in found if s <= d.start < e]
                if not in_sentence:
                    continue
                sentence = text[s:e]
                if _COLLECTIVE.match(words(_body_text(sentence[:60]))):
                    collective_for[i] = in_sentence[0]
                    continue
                lead, support = _roles(block, text)
                who = assignee_of(sentence) or lead or own or inherited
                what, context = _body_text(sentence), item
                before = _body_text(text[block.start : s])
                if before and _time_label_only(what, in_sentence):
                    # "… Sở Xây dựng chủ trì … Thời gian hoàn thành trong tháng 12": the
                    # time line closes its paragraph, which says the work
                    what = context = before
                    who = assignee_of(text[block.start : s]) or who
                elif _time_label_only(what, in_sentence):
                    # «Thời gian hoàn tất: trước ngày …», a paragraph of its own: the task of
                    # its item, said by the paragraph above it when there is one («- Thời gian
                    # thực hiện: …» under its item; «2.1.b. Hướng dẫn và tiếp nhận hồ sơ:» /
                    # «Căn cứ …, các thôn ấp, tổ dân phố tổ chức …» / «Thời gian hoàn tất: …»)
                    said = _says_the_work(blocks, i, by_block, text)
                    work = blocks[i - 1].text(text) if said else ""
                    heading = block.parent.text(text) if block.parent is not None else ""
                    what = _body_text(heading or work) or what
                    context = _body_text(work or heading) or context
                    who = assignee_of(heading) or assignee_of(work) or who
                over = _item_heading(block, text)
                for d in in_sentence:
                    if d.item_period and not _on_an_item(block, text):
                        continue  # "Thời gian thực hiện: Tháng 12/2025" of the whole plan
                    task = _from_deadline(what, d, who, context)
                    tasks.append((s, replace(task, support=support, parent=over)))
            continue
        if role_line(raw):
            continue  # "- Đơn vị chủ trì: …" names the item's bodies; it is no task
        leaf = not block.children and not _is_lead_in(raw)
        carried = _carried(block, text, default_year) if leaf else None
        if carried is not None:
            phrase, due = carried
            who = own or inherited
            task = RawTask(_body_text(raw), phrase, due, who, due is None, item=item)
            tasks.append((block.start, task))
            continue
        if not explicit and not _assigning_parent(block, text):
            continue
        if (_is_lead_in(raw) or _names_only(_body_text(raw))) and own and block.children:
            # "Giao Ban Tổ chức Thành ủy:", "1.3. Giao Ủy ban nhân dân các phường" over its
            # items only names who: the items are the tasks
            continue
        undated = RawTask(_body_text(raw), None, None, own or inherited, False, item=item)
        tasks.append((block.start, undated))

    # "Các nhiệm vụ trên hoàn thành trước ngày ...": date the undated items just above.
    for i, deadline in collective_for.items():
        above = blocks[i - 1] if i else None
        if above is None:
            continue
        siblings = [b for b in blocks[:i] if b.parent is above.parent and b.level == above.level]
        starts = {b.start for b in siblings}
        for k, (pos, task) in enumerate(tasks):
            if pos in starts and task.phrase is None:
                tasks[k] = (
                    pos,
                    RawTask(
                        task.text,
                        deadline.phrase,
                        deadline.due_date,
                        task.assignee,
                        deadline.needs_review,
                    ),
                )
    tasks.extend(rows)
    tasks.sort(key=lambda pair: pair[0])
    return [task for _, task in _apply_moves(tasks)]
