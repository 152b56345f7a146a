"""Which of the ward's units a piece of text names, and in which role.

Pure text: the units are given as (code, name) pairs, nothing is read from a database.
The directive importer (which first repairs OCR damage) and the minutes' conclusions
both read assignees with it.

Rules, on folded text:

* A body qualified as city/provincial/central ("thành phố", "Thành ủy", "Trung ương",
  "tỉnh", "quận", "huyện") with no ward word ("xã", "phường", "cấp xã", "cơ sở", "đặc
  khu") is not a ward unit: "Ban Tổ chức Thành ủy" -> ().
* The ward's own units named all at once stand for every one of them in ``match_units``
  (not in ``assigned_units``' roles): «Các chi bộ tổ dân phố» -> each Chi bộ Tổ dân phố,
  «các tổ dân phố» -> each tổ dân phố, «các chi bộ» -> each chi bộ, «các tổ chức cơ sở
  đảng» -> each chi bộ and đảng bộ.
* Otherwise the body maps to the ward's counterpart, found by name among ``units``:
  Ủy ban nhân dân / chính quyền -> UBND phường; Mặt trận Tổ quốc -> Ủy ban MTTQ;
  "Đảng ủy các xã, phường" / "cấp ủy" -> Ban Thường vụ Đảng ủy (the standing body that
  acts for the ward committee between its meetings; chosen over Thường trực, which
  runs the daily business); the mass organisations; and any unit whose own name
  appears in the text ("Chi bộ Tổ dân phố số 05", "Ban Xây dựng Đảng").
* A name or short form inside a longer one names only the longer one: "Đảng ủy" in
  "Văn phòng Đảng ủy" is not the Ban Thường vụ, "Tổ dân phố số 05" in "Chi bộ Tổ dân
  phố số 05" is not the tổ dân phố.
* Codes are returned in the order the text names them, without duplicates.

``assigned_units`` also reads the roles as written: «X chủ trì, phối hợp Y» (or «X chủ
trì, Y phối hợp», «chủ trì: X; phối hợp: Y») makes X the lead and Y the support; units
named after the assignment's first verb («… hướng dẫn Chi bộ …») are not assignees.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from secretariat.text import fold

Folder = Callable[[str], str]  # text -> folded text (the importer's also repairs OCR)

# Each clause of an assignee is looked at on its own: "Đảng ủy UBND thành phố chỉ đạo
# UBND thành phố và các sở" is all city; "cấp ủy, chính quyền các xã, phường" all ward.
# "quân sự" (military) folds like "quận" (urban district): not a city word.
_CITY = re.compile(r"\b(?:thanh pho|thanh uy|trung uong|tinh uy|tinh|quan(?! su)|huyen|tp)\b")
_WARD = re.compile(r"\b(?:xa|phuong|cap xa|co so|dac khu|dia phuong)\b")

_Rules = tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]


def _compiled(*pairs: tuple[str, str]) -> _Rules:
    return tuple((re.compile(a), re.compile(u)) for a, u in pairs)


# (pattern in the text, pattern a unit's folded name must match)
_RULES: _Rules = _compiled(
    (r"\bban thuong vu\b|\bdang uy\b(?! ubnd| uy ban)|\bcap uy\b", r"^ban thuong vu"),
    (r"\bthuong truc dang uy\b", r"^thuong truc"),
    (r"\bvan phong dang uy\b", r"^van phong dang uy"),
    (r"\bban xay dung dang\b|\bban to chuc\b(?!.*thanh uy)", r"^ban xay dung dang"),
    (r"\buy ban kiem tra\b", r"^uy ban kiem tra"),
    (r"\btrung tam chinh tri\b", r"^trung tam chinh tri"),
    (r"\bhdnd\b|\bhoi dong nhan dan\b", r"^hdnd"),
    (r"\bubnd\b|\buy ban nhan dan\b|\bchinh quyen\b", r"^ubnd"),
    (r"\bmttq\b|\bmat tran\b", r"mttq"),
    (r"\bdoan thanh nien\b|\bto chuc chinh tri - xa hoi\b|\bdoan the\b", r"^doan thanh nien"),
    (r"\bphu nu\b|\bto chuc chinh tri - xa hoi\b|\bdoan the\b", r"phu nu"),
    (r"\bcuu chien binh\b|\bto chuc chinh tri - xa hoi\b|\bdoan the\b", r"cuu chien binh"),
    (r"\bnong dan\b|\bto chuc chinh tri - xa hoi\b|\bdoan the\b", r"^hoi nong dan"),
    (r"\bcong an\b", r"cong an"),
    (r"\bquan su\b", r"quan su"),
)
# The ward's own units named all at once (for a task's units, not its roles: each of them
# does the work): «Các chi bộ tổ dân phố», «các tổ dân phố», «các chi bộ (trực thuộc)»,
# «các tổ chức cơ sở đảng».
_ALL_OF: _Rules = _compiled(
    (r"\bcac chi bo (?:cac )?to dan pho\b", r"^chi bo to dan pho\b"),
    (r"\bcac to dan pho\b", r"^to dan pho\b"),
    (r"\bcac chi bo\b(?! (?:cac )?to dan pho)", r"^chi bo\b"),
    (r"\bcac to chuc co so dang\b|\bcac chi bo, dang bo\b", r"^(?:chi bo|dang bo)\b"),
)

# Role words, and what may stand between the units of one assignment (folded).
_LEAD = "chu tri"
_ROLE = re.compile(r"\b(?:chu tri|phoi hop(?: voi)?)\b")
_JOINS = re.compile(r"(?:[\s,;:()–-]|\b(?:va|voi|cung|cac|phuong|don vi|chu tri|phoi hop)\b)*")
_GIAO = re.compile(r"\bgiao\b")


@dataclass(frozen=True)
class AssignedUnits:
    """The units a text gives a task to: the lead (chủ trì) and the support (phối hợp)."""

    lead: str | None
    support: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        """Lead first, as the assign picker takes them (its first unit leads)."""
        return ((self.lead,) if self.lead else ()) + self.support


@dataclass(frozen=True)
class _Mention:
    start: int  # offsets in the normalised text
    end: int
    codes: tuple[str, ...]  # a short form may stand for several ("các đoàn thể")


def _abbreviated(folded: str) -> str:
    """The usual abbreviations of ward bodies, on folded text."""
    out = re.sub(r"\buy ban nhan dan\b", "ubnd", folded)
    out = re.sub(r"\bhoi dong nhan dan\b", "hdnd", out)
    return re.sub(r"\b(?:uy ban )?(?:mat tran to quoc|mttq)(?: viet nam)?\b", "mttq", out)


@lru_cache(maxsize=64)
def _unit_index(units: tuple[tuple[str, str], ...], folder: Folder) -> tuple[tuple[str, str], ...]:
    return tuple((code, _abbreviated(folder(name))) for code, name in units)


def _clauses(text: str) -> list[str]:
    """Split at "và", ";" and at body words so each body keeps its own qualifier."""
    parts = re.split(r";| va | chi dao | lanh dao | phoi hop voi | cho ", text)
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def _clause_positions(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for clause in _clauses(text):
        at = text.find(clause, pos)
        out.append((max(at, 0), clause))
        pos = max(at, pos)
    return out


def _is_city(clause: str) -> bool:
    return bool(_CITY.search(clause)) and not _WARD.search(clause)


def _find_name(clause: str, name: str) -> tuple[int, int] | None:
    """Where a unit's full name is in the clause; a trailing "phường" may be left out,
    and a number matches regardless of leading zeros ("tổ dân phố số 5" = "số 05")."""
    base = re.sub(r" phuong$", "", name)
    if len(base) < 6:
        return None
    num = re.search(r" so (\d+)$", base)
    if num:
        head = re.escape(base[: num.start()])
        m = re.search(rf"\b{head} (?:so )?0*{int(num.group(1))}\b", clause)
    else:
        m = re.search(rf"\b{re.escape(base)}\b", clause)
    return (m.start(), m.end()) if m else None


def _mentions(
    text: str, index: tuple[tuple[str, str], ...], all_of: bool = False
) -> list[_Mention]:
    """Every ward unit ``text`` (normalised) names, in the order named (with ``all_of``,
    those it names all at once too)."""
    hits: list[tuple[int, int, int, str]] = []  # (start, rule order, end, code)
    for clause_start, clause in _clause_positions(text):
        if _is_city(clause):
            continue
        spans: list[tuple[int, int, int, str]] = []  # (start, end, order, code)
        for order, (code, name) in enumerate(index):
            span = _find_name(clause, name)
            if span is not None:
                spans.append((span[0], span[1], order, code))
        for order, (pattern, unit_pattern) in enumerate(_RULES + (_ALL_OF if all_of else ())):
            for m in pattern.finditer(clause):
                for code, name in index:
                    if unit_pattern.search(name):
                        spans.append((m.start(), m.end(), 1000 + order, code))
        for start, end, order, code in spans:
            inside = any(
                s <= start and end <= e and (e - s) > (end - start) for s, e, _, _ in spans
            )
            if not inside:
                hits.append((clause_start + start, order, clause_start + end, code))
    hits.sort()
    mentions: list[_Mention] = []
    for start, _order, end, code in hits:
        last = mentions[-1] if mentions else None
        if last is not None and start < last.end:  # the same words, another unit
            if code not in last.codes:
                mentions[-1] = _Mention(last.start, max(last.end, end), (*last.codes, code))
        else:
            mentions.append(_Mention(start, end, (code,)))
    return mentions


def _normalised(text: str, folder: Folder) -> str:
    return _abbreviated(folder(text))


def match_units(
    text: str, units: Sequence[tuple[str, str]], *, folder: Folder = fold
) -> tuple[str, ...]:
    """Codes of the ward units ``text`` stands for, in the order named; () when none fits.

    ``folder`` folds the text and the units' names (the importer's also repairs OCR).
    """
    index = _unit_index(tuple((c, n) for c, n in units), folder)
    seen: dict[str, None] = {}
    for mention in _mentions(_normalised(text, folder), index, all_of=True):
        seen.update(dict.fromkeys(mention.codes))
    return tuple(seen)


def assigned_units(
    text: str, units: Sequence[tuple[str, str]], *, folder: Folder = fold
) -> AssignedUnits:
    """The lead and the support units of an assignment written as ``text``.

    The assignees are the units named one after another from the first (after «giao»
    when the text has it), joined only by commas, «và», «với» and the role words; the
    first unit named after other words ends them. Within them, the units just before
    «chủ trì» (or right after «chủ trì:») lead; those right after «phối hợp (với)» (or
    just before a closing «phối hợp») support; with no role words the first one leads.
    Only one unit leads (the task has one chủ trì): the others become support.
    """
    index = _unit_index(tuple((c, n) for c, n in units), folder)
    norm = _normalised(text, folder)
    mentions = _mentions(norm, index)
    giao = _GIAO.search(norm)
    if giao is not None and any(m.start >= giao.end() for m in mentions):
        mentions = [m for m in mentions if m.start >= giao.end()]
    if not mentions:
        return AssignedUnits(None)
    # The sequence of groups (runs of units) and role words, up to the first other word.
    items: list[str | list[str]] = []

    def roles_in(gap: str) -> list[str]:
        return [_LEAD if r.group().startswith(_LEAD) else "support" for r in _ROLE.finditer(gap)]

    before = norm[: mentions[0].start]
    tail = re.search(rf"(?:{_ROLE.pattern})(?:{_JOINS.pattern})$", before)
    if tail is not None:
        items += [label + (":" if ":" in tail.group() else "") for label in roles_in(tail.group())]
    items.append(list(mentions[0].codes))
    end = mentions[0].end
    for mention in mentions[1:]:
        gap = norm[end : mention.start]
        if not _JOINS.fullmatch(gap):
            break
        found = roles_in(gap)
        if found:
            colon = ":" if gap.rstrip().endswith(":") else ""
            items += [*found[:-1], found[-1] + colon]
            items.append(list(mention.codes))
        else:
            last = items[-1]
            assert isinstance(last, list)  # groups and role words alternate
            last += list(mention.codes)
        end = mention.end
    trailing = _JOINS.match(norm, end)
    if trailing is not None:
        items += roles_in(trailing.group())
    return _roles(items)


def _roles(items: list[str | list[str]]) -> AssignedUnits:
    """Give each group of units its role from the role words beside it."""
    lead_groups: list[int] = []
    support_groups: list[int] = []

    def group_at(i: int) -> int | None:
        return i if 0 <= i < len(items) and isinstance(items[i], list) else None

    for i, item in enumerate(items):
        if not isinstance(item, str):
            continue
        labelled = item.endswith(":")  # «chủ trì: X»: the word names what follows
        role = item.rstrip(":")
        if role == _LEAD:
            order = (i + 1, i - 1) if labelled else (i - 1, i + 1)
            owners, owned = lead_groups, [group_at(j) for j in order]
        else:
            order = (i + 1, i - 1)
            owners, owned = support_groups, [group_at(j) for j in order]
        chosen = next((g for g in owned if g is not None), None)
        if chosen is not None:
            owners.append(chosen)
    groups = [i for i, item in enumerate(items) if isinstance(item, list)]
    ordered = sorted(set(lead_groups)) or [g for g in groups if g not in support_groups][:1]
    codes_in = [code for g in groups for code in items[g]]
    lead_codes = [code for g in ordered for code in items[g]]
    lead = lead_codes[0] if lead_codes else None
    support = tuple(dict.fromkeys(c for c in codes_in if c != lead))
    return AssignedUnits(lead, support)
