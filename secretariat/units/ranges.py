"""A list of units written short: numbered units of one group as ranges of their numbers.

«Chi bộ Tổ dân phố số 01–04, 07–38» instead of 36 names; units that are not numbered
(«Văn phòng Đảng ủy», «Chi bộ Quân sự») keep their names. Pure text in, text out: the
units' numbers within their group are the trailing numbers of their names («… số 07»),
as the ward's structure names them (``ward_structure._numbered``) and as a renamed unit
keeps them; a name without one is written whole.

Every place that writes a list of units (Hôm nay, the task list, the chat text, the Word
report, the spreadsheet, the calendar) goes through ``units_text`` or ``owing_text``, so
they all say the same thing the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

DASH = "–"  # en dash between the ends of a range, as in «01–04»
RUN = 3  # consecutive numbers written as a range from this many on («05, 06» stays)

_NUMBERED = re.compile(r"^(?P<prefix>.*?\S)\s+(?P<number>\d{1,4})$")

# Usual short forms, for a line that must fit a screen (``short=True``).
SHORT_FORMS = (
    ("Chi bộ Tổ dân phố", "Chi bộ TDP"),
    ("Tổ dân phố", "TDP"),
)


@dataclass(frozen=True)
class UnitGroupRun:
    """Units sharing a name up to their number: «Chi bộ Tổ dân phố số» 1, 2, 3, 4, 7…"""

    prefix: str
    numbers: tuple[str, ...]  # as written in the names («07»), ascending by value


@lru_cache(maxsize=4096)  # the same few hundred unit names, thousands of times a review
def split_number(name: str) -> tuple[str, str] | None:
    """``("Chi bộ Tổ dân phố số", "07")`` for a numbered name, None otherwise."""
    match = _NUMBERED.match(" ".join(name.split()))
    if match is None:
        return None
    return match["prefix"], match["number"]


def number_ranges(numbers: Sequence[str]) -> str:
    """``01–04, 07, 09–38`` from numbers as written (zero-padding kept), in order of value."""
    ordered = sorted(dict.fromkeys(numbers), key=lambda n: (int(n), n))
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and int(ordered[end + 1]) == int(ordered[end]) + 1:
            end += 1
        if end - start + 1 >= RUN:
            parts.append(f"{ordered[start]}{DASH}{ordered[end]}")
        else:
            parts += ordered[start : end + 1]
        start = end + 1
    return ", ".join(parts)


def grouped(names: Sequence[str]) -> list[str | UnitGroupRun]:
    """The units in the order given, each numbered group gathered where it first appears;
    a group of one numbered unit is written as its name."""
    order: list[str] = []  # a name, or a numbered group's prefix
    numbers: dict[str, list[str]] = {}
    singles: set[str] = set()
    for raw in names:
        name = " ".join(raw.split())
        parts = split_number(name)
        if parts is None:
            if name not in singles:
                singles.add(name)
                order.append(name)
            continue
        prefix, number = parts
        if prefix not in numbers:
            numbers[prefix] = []
            order.append(prefix)
        numbers[prefix].append(number)
    result: list[str | UnitGroupRun] = []
    for key in order:
        if key in numbers:
            found = tuple(sorted(dict.fromkeys(numbers[key]), key=lambda n: (int(n), n)))
            result.append(UnitGroupRun(key, found) if len(found) > 1 else f"{key} {found[0]}")
        else:
            result.append(key)
    return result


def shortened(name: str) -> str:
    for long, short in SHORT_FORMS:
        if name.startswith(long):
            return short + name[len(long) :]
    return name


def units_text(names: Sequence[str], *, short: bool = False) -> str:
    """The units as one line: ``Chi bộ Tổ dân phố số 01–04, 07–38; Văn phòng Đảng ủy``.

    Groups are separated by «;» (a range's numbers by «,»); ``short`` uses the usual
    short forms («Chi bộ TDP số 01–04»).
    """
    parts = []
    for item in grouped(names):
        if isinstance(item, UnitGroupRun):
            text = f"{item.prefix} {number_ranges(item.numbers)}"
        else:
            text = item
        parts.append(shortened(text) if short else text)
    return "; ".join(parts)


def owing_text(owing: Sequence[str], assigned: Sequence[str], *, short: bool = False) -> str:
    """What a task's units still owe, in one line (``assigned``: all the task's units).

    ``4/17 chưa xong: Chi bộ Trường học số 08, 11, 14, 17``; ``36/38 chi bộ Tổ dân phố
    chưa xong: số 01–04, 07–38`` when every unit of the task is of one numbered group; the
    unit's name alone for a task given to one unit. ``short`` (for a column that says
    «chưa xong» in its heading) uses the usual short forms and leaves out «chưa xong»:
    ``36/38 chi bộ TDP: số 01–04, 07–38``.
    """
    names = [" ".join(name.split()) for name in owing]
    if not names:
        return ""
    total = max(len(assigned), len(names))
    if total == 1:
        return shortened(names[0]) if short else names[0]
    prefixes = {parts[0] if parts else None for parts in map(split_number, assigned)}
    items = grouped(names)
    if len(prefixes) == 1 and len(items) == 1 and isinstance(items[0], UnitGroupRun):
        run = items[0]
        if run.prefix in prefixes and run.prefix.endswith(" số"):
            # «36/38 chi bộ TDP: số 01–04, 07–38»
            head = run.prefix[: -len(" số")]
            label = shortened(head) if short else head
            if not label[:2].isupper():  # «chi bộ TDP», but «TDP» stays
                label = label[:1].lower() + label[1:]
            label += "" if short else " chưa xong"
            return f"{len(names)}/{total} {label}: số {number_ranges(run.numbers)}"
    if short:  # a column headed «Đơn vị chưa xong»
        return f"{len(names)}/{total}: {units_text(names, short=short)}"
    return f"{len(names)}/{total} chưa xong: {units_text(names, short=short)}"


def owing_line(units: Sequence[str], assigned: Sequence[str]) -> str:
    """``Chưa xong: Văn phòng Đảng ủy``, ``36/38 chi bộ Tổ dân phố chưa xong: số 01–04,
    07–38``, ``4/17 chưa xong: …``: the units of a task still owing it, ranges for
    numbered units (every export says it so)."""
    if len(assigned) <= 1:  # one unit, or the task's units not known: no «n/total»
        return f"Chưa xong: {units_text(units)}"
    text = owing_text(units, assigned)
    return text[:1].upper() + text[1:]
