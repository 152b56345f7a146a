"""Which of the ward's units an assignee named in a directive stands for.

Rules, on folded, OCR-repaired text:

* A body qualified as city/provincial/central ("thành phố", "Thành ủy", "Trung ương",
  "tỉnh", "quận", "huyện") with no ward word ("xã", "phường", "cấp xã", "cơ sở", "đặc
  khu") is not a ward unit: "Ban Tổ chức Thành ủy" -> ().
* Otherwise the body maps to the ward's counterpart, found by name among ``units``:
  Ủy ban nhân dân / chính quyền -> UBND phường; Mặt trận Tổ quốc -> Ủy ban MTTQ;
  "Đảng ủy các xã, phường" / "cấp ủy" -> Ban Thường vụ Đảng ủy (the standing body that
  acts for the ward committee between its meetings; chosen over Thường trực, which
  runs the daily business); the mass organisations; and any unit whose own name
  appears in the assignee ("Chi bộ Tổ dân phố số 05", "Ban Xây dựng Đảng").
* Codes are returned in the order the assignee names them, without duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from secretariat.directives.importer.ocr import words

# Each clause of an assignee is looked at on its own: "Đảng ủy UBND thành phố chỉ đạo
# UBND thành phố và các sở" is all city; "cấp ủy, chính quyền các xã, phường" all ward.
_CITY = re.compile(r"\b(?:thanh pho|thanh uy|trung uong|tinh uy|tinh|quan|huyen|tp)\b")
_WARD = re.compile(r"\b(?:xa|phuong|cap xa|co so|dac khu|dia phuong)\b")

# (pattern in the assignee, pattern a unit's folded name must match)
_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(a), re.compile(u))
    for a, u in (
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
)


def _norm(text: str) -> str:
    """Folded, OCR-repaired, with the usual abbreviations of ward bodies."""
    out = words(text)
    out = re.sub(r"\buy ban nhan dan\b", "ubnd", out)
    out = re.sub(r"\bhoi dong nhan dan\b", "hdnd", out)
    out = re.sub(r"\b(?:uy ban )?(?:mat tran to quoc|mttq)(?: viet nam)?\b", "mttq", out)
    return out


@lru_cache(maxsize=64)
def _unit_index(units: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return tuple((code, _norm(name)) for code, name in units)


def _clauses(assignee: str) -> list[str]:
    """Split at "và", ";" and at body words so each body keeps its own qualifier."""
    parts = re.split(r";| va | chi dao | lanh dao | phoi hop voi | cho ", assignee)
    return [p.strip(" ,") for p in parts if p.strip(" ,")]


def _is_city(clause: str) -> bool:
    return bool(_CITY.search(clause)) and not _WARD.search(clause)


def match_units(assignee: str, units: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    """Codes of the ward units ``assignee`` stands for, best first; () when none fits."""
    index = _unit_index(tuple((c, n) for c, n in units))
    text = _norm(assignee)
    hits: list[tuple[int, int, str]] = []  # (position, rule order, code)
    for clause_start, clause in _clause_positions(text):
        if _is_city(clause):
            continue
        # A unit named in full: "Chi bộ Tổ dân phố số 05", "Ban Xây dựng Đảng"; a name
        # inside a longer one ("Tổ dân phố số 05" in "Chi bộ Tổ dân phố số 05") is not.
        spans: list[tuple[int, int, int, str]] = []
        for order, (code, name) in enumerate(index):
            span = _find_name(clause, name)
            if span is not None:
                spans.append((span[0], span[1], order, code))
        for start, end, order, code in spans:
            inside = any(
                s <= start and end <= e and (e - s) > (end - start) for s, e, _, _ in spans
            )
            if not inside:
                hits.append((clause_start + start, order, code))
        for order, (pattern, unit_pattern) in enumerate(_RULES):
            m = pattern.search(clause)
            if not m:
                continue
            for code, name in index:
                if unit_pattern.search(name):
                    hits.append((clause_start + m.start(), 1000 + order, code))
    hits.sort()
    seen: list[str] = []
    for _, _, code in hits:
        if code not in seen:
            seen.append(code)
    return tuple(seen)


def _clause_positions(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for clause in _clauses(text):
        at = text.find(clause, pos)
        out.append((max(at, 0), clause))
        pos = max(at, pos)
    return out


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


def ward_unit_pairs() -> tuple[tuple[str, str], ...]:
    """The ward's seeded units as (code, name) pairs, without a database."""
    from secretariat.units.ward_structure import ward_units

    return tuple((u.code, u.name) for u in ward_units())
