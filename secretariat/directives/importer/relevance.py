"""Whom a candidate task addresses, and whether it is the ward's to do.

A city's or a province's directive gives most of its tasks to its own bodies (sở, ngành,
the committee's ban, the city People's Committee); the ward does only those addressed to
the commune level ("các xã, phường", "Đảng ủy các xã, phường", "cấp xã") or to its own
units. Each candidate is read in turn from:

1. the body the task names (``assignee``);
2. the first words of its sentence, then of its item ("Đề nghị UBND các xã, phường …");
3. the document's recipients ("Kính gửi: Ủy ban nhân dân các xã, phường."), or, when it
   has none that say a level (a portal's «Kính gửi: ……»), the first body the document
   asks something of ("Ủy ban Dân tộc đề nghị các bộ, ngành Trung ương và UBND các tỉnh
   … xây dựng báo cáo"; «Báo cáo … gửi về trước ngày …» then names no one);
4. the issuer: a task another commune's document gives no one is that commune's.

The first of these that names a body decides: the ward's level or one of its units ->
the ward's (ticked); a body above or beside it (a sở, a ban of the Tỉnh ủy, the
Chính phủ, another named commune) -> not the ward's (shown unticked, to follow if the
clerk wants). Nothing named anywhere -> the ward's, saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from secretariat.directives.importer.ocr import fold_keep_offsets, words

OWN_PLACE = "Lê Ích Mộc"  # the default of the office's own place (org settings)

_WARD_LEVEL = re.compile(
    r"\b(?:cac dang uy truc thuoc|dang uy truc thuoc (?:tinh|thanh) uy"
    r"|cac xa|cac phuong|cap xa|xa, phuong|xa va phuong|xa, thi tran|cac chi bo"
    r"|chi bo\b|to dan pho|khu dan cu|cac to chuc co so dang|dang bo co so|co so dang)"
)
_OTHER_BODY = re.compile(
    r"\b(?:cac so(?:,| ban\b| nganh\b|$)|ban can su|dang doan|ban chap hanh|bo chinh tri"
    r"|ban bi thu|chinh phu|trung uong|tinh uy|thanh uy|huyen uy|quan uy|thi uy"
    r"|cap tren(?: truc tiep)?(?: (?:cua )?co so)?|cap tinh|cap huyen"
    r"|(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan) (?:tinh|thanh pho|huyen|quan|thi xa)"
    r"|cac huyen|cac quan|ban,? nganh|cac nganh|to cong tac|phong giao duc"
    r"|cac truong|truong (?:mam non|tieu hoc|trung hoc|thpt|thcs|dai hoc|cao dang)"
    r"|hieu truong|giam doc|chi cuc|tong cuc|thu tuong|quoc hoi"
    r"|cong an (?:tinh|thanh pho)|bo chi huy quan su (?:tinh|thanh pho)|o tinh$|o tinh\b)"
)
# A named commune or ward ("Đảng ủy thị trấn Hồ"): the ward's only if it is its own.
_NAMED_COMMUNE = re.compile(
    r"\b(?:dang\s+uy|ubnd|uy\s+ban\s+nhan\s+dan|dang\s+bo|chi\s+bo)\s+"
    r"(?:xa|phuong|thi\s+tran)\s+(?!va\b|dac\b)(?P<name>[a-z]+(?:\s+[a-z]+){0,2})"
)
# Bodies whose folded name is a common word ("sở"/"số", "bộ"/"cán bộ", "vụ"/"nhiệm vụ"):
# only with the capital of a name after them, on the text as written.
_NAMED_BODY = re.compile(
    r"\b(?:Sở|SỞ|So|SO|Bộ|BỘ|Bo|BO|Vụ|VỤ|Cục|CỤC|Phòng|PHÒNG|Phong|PHONG)\s+[A-ZĐÂĂÊÔƠƯ]"
)
_LEAD_VERBS = re.compile(r"^(?:de nghi|yeu cau|giao|dong thoi|ngoai ra|rieng)\s+")
_RECIPIENTS = re.compile(r"^\W*k[i1]nh g[uw][i1]\s*:?\s*(?P<rest>.*)$")


@dataclass(frozen=True)
class Relevance:
    """Whether a candidate is the ward's, whom it addresses, and why (a sentence)."""

    for_ward: bool
    addressed_to: str | None
    reason: str


def recipients(text: str) -> str | None:
    """The «Kính gửi» of a document: its line, or the list of lines under it."""
    lines = text.split("\n")[:60]
    for i, line in enumerate(lines):
        m = _RECIPIENTS.match(words(line))
        if not m:
            continue
        found = [re.sub(r"^\s*k\S*nh g\S*i\s*:?\s*", "", line.strip(), flags=re.I)]
        for follow in lines[i + 1 : i + 12]:
            stripped = follow.strip()
            if not re.match(r"^[-–•+]\s*\S", stripped):
                break
            found.append(stripped.lstrip("-–•+ "))
        joined = "; ".join(part.rstrip(";.,") for part in found if part.strip(" ;.,"))
        return joined or None
    return None


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


def _head(text: str, n: int = 14) -> str:
    return " ".join(text.split()[:n])


_ASKS = re.compile(r"\b(?:yeu cau|de nghi|giao cho|giao|chi dao)\s+", re.IGNORECASE)


# A document asking a list of bodies («đề nghị các bộ, ngành …», «yêu cầu các sở …»):
# «giao» and «chỉ đạo» also head verb phrases («giao thực hiện nhiệm vụ …»), never a list.
_ASKS_ALL = re.compile(r"\b(?:yeu cau|de nghi)\s+(?=cac\b)", re.IGNORECASE)


def addressees(text: str, own_place: str = OWN_PLACE) -> str | None:
    """Whom the document addresses: its «Kính gửi» if that names a level, else the first
    body it asks something of (see the module docstring, step 3)."""
    to = recipients(text)
    if to and _level(to, own_place) is not None:
        return to
    head = text[:6000]
    for m in _ASKS_ALL.finditer(fold_keep_offsets(head).text):
        asked = _head(head[m.end() :])
        if _level(asked, own_place) is not None:
            return asked
    return to


def _addressed(text: str) -> str:
    """The words after «yêu cầu / đề nghị / giao» ("Tại Thông báo …, BTV yêu cầu X …")."""
    folded = fold_keep_offsets(text).text
    m = _ASKS.search(folded)
    return _head(text[m.end() :]) if m else ""


def relevance(
    assignee: str | None,
    sentence: str,
    item: str,
    to: str | None,
    unit_codes: tuple[str, ...],
    own_place: str = OWN_PLACE,
    issuer: str | None = None,
    clause: str = "",
) -> Relevance:
    """Whether a candidate task is the ward's (see the module docstring).

    A task that names no one in a document of another commune (``issuer``) is that
    commune's own work. ``clause`` is the part of a sentence after a «;» that holds the
    deadline ("…; các đảng bộ trực thuộc Trung ương hoàn thành trước ngày …"): the body it
    names comes first.
    """
    if unit_codes and assignee and not other_commune(assignee, own_place):
        # The ward's units, unless the words name another level's body ("Đảng đoàn Mặt
        # trận … thành phố" is no ward MTTQ); a party organisation named by its own
        # name ("Đảng bộ Trường THPT Quang Trung") is the unit itself.
        named_org = re.match(r"(?:dang bo|chi bo)\b", words(assignee))
        if named_org or _level(assignee, own_place) != "other":
            return Relevance(True, assignee, f"Giao đơn vị của phường: {assignee}")
    for source, text in (
        ("clause", _head(clause)),
        ("assignee", assignee),
        ("sentence", _addressed(sentence)),
        ("sentence", _head(sentence)),
        ("item", _head(item)),
        ("recipients", to),
    ):
        if not text:
            continue
        level = _level(text, own_place)
        if level is None:
            continue
        who = assignee if source == "assignee" else (to if source == "recipients" else None)
        if level == "ward":
            said = who or _head(text, 10)
            if source == "recipients":
                return Relevance(True, to, f"Văn bản gửi {to}")
            return Relevance(True, who, f"Giao cấp xã, phường: {said}")
        said = who or _head(text, 10)
        return Relevance(False, who, f"Giao cơ quan khác ({said}): chỉ theo dõi")
    if issuer and other_commune(issuer, own_place):
        return Relevance(False, None, f"Việc nội bộ của {issuer}: chỉ theo dõi")
    return Relevance(True, assignee, "Văn bản không nêu nơi thực hiện: đề xuất cho phường")
