"""Headless importer: propose a directive's header fields and candidate tasks.

Reads the text of an incoming Party or state directive (clean, or OCR'd without
diacritics) and proposes what the clerk registers: number-symbol, type, issuer, place
and date of issue, subject, and the tasks with their deadlines and assignees. Everything
here is a pure function; nothing imports Textual.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from secretariat.directives.importer.annexes import mask_reports
from secretariat.directives.importer.assignees import match_units, ward_unit_pairs
from secretariat.directives.importer.candidates import RawTask, build_tasks
from secretariat.directives.importer.deadline_phrases import Deadline, find_deadlines
from secretariat.directives.importer.decode import ImportFileError, read_directive_file
from secretariat.directives.importer.furniture import (
    joined_article_labels,
    mask_furniture,
    without_escapes,
    without_markup,
)
from secretariat.directives.importer.header import Header, parse_header
from secretariat.directives.importer.relevance import addressees, relevance
from secretariat.directives.importer.schedule import mask_tables, schedule_rows
from secretariat.directives.importer.spacing import (
    join_spaced_letters,
    plain_letters,
    undouble,
    unglue_words,
)

__all__ = [
    "CandidateTask",
    "Deadline",
    "ImportFileError",
    "Proposal",
    "find_deadlines",
    "match_units",
    "proposal_json",
    "propose",
    "read_directive_file",
    "ward_unit_pairs",
]


@dataclass(frozen=True)
class CandidateTask:
    """A task the clerk may register; ``phrase``/``due_date`` None for an undated one.

    ``time`` is the hour the deadline names ("14:00"), ``recurrence`` "monthly"/"yearly"
    for "trước ngày 20 hằng tháng", ``computed`` a date the importer counted ("trong vòng
    10 ngày kể từ ngày ký"). ``for_ward`` says whether the task is the ward's to do
    (proposed ticked) or another body's (proposed unticked), ``reason`` why, in Vietnamese.
    """

    text: str
    phrase: str | None
    due_date: date | None
    assignee: str | None
    needs_review: bool
    unit_codes: tuple[str, ...] = ()
    time: str | None = None
    recurrence: str | None = None
    computed: bool = False
    for_ward: bool = True
    reason: str = ""


@dataclass(frozen=True)
class Proposal:
    """What the importer proposes for one directive."""

    file: str | None
    number_symbol: str | None
    doc_type: str | None
    issuer: str | None
    place: str | None
    issued_date: date | None
    subject: str | None
    tasks: tuple[CandidateTask, ...]
    # Fields read but to compare with the paper: the number beside a place-date whose day
    # was written by hand and lost was most likely written by the same hand, and OCR
    # reads handwriting wrong («340» for 390).
    to_check: tuple[str, ...] = ()


def propose(
    text: str,
    file: str | None = None,
    units: Sequence[tuple[str, str]] | None = None,
) -> Proposal:
    """Propose the header and candidate tasks of a directive's ``text``.

    ``units`` are the ward's (code, name) pairs for ``CandidateTask.unit_codes``; by
    default the seeded structure of the ward.
    """
    # As a file is read (decode.read_directive_file): a text pasted or passed in whole
    # may spell «ố» as «ô» and a combining mark, which no rule reads.
    text = unicodedata.normalize("NFC", text)
    # «Ð» for «Đ»; a copy double-spaced throughout; syllables a lost space glued
    text = unglue_words(join_spaced_letters(undouble(plain_letters(text))))
    text = without_markup(text)  # a page's HTML tags left in a copy
    text = without_escapes(text)  # a Markdown conversion's «\-», «1\.», «…VỤ\» line breaks
    text = mask_furniture(text)  # a portal's counters and menus, repeated page headers
    text = joined_article_labels(text)  # «**Điều» / «19. Trách nhiệm …»
    header = parse_header(text)
    default_year = header.year  # the year of issue, even when its day was not read
    # an annex reporting on earlier documents' tasks gives none of its own
    tasked = mask_reports(text)
    # a Kế hoạch's table of time/content/body
    rows = schedule_rows(tasked, default_year, header.issued_date)
    body = mask_tables(tasked) if rows else tasked
    deadlines = find_deadlines(body, default_year, header.issued_date)
    pairs = tuple(units) if units is not None else ward_unit_pairs()
    to = addressees(text)
    raws = build_tasks(body, deadlines, default_year, rows)
    tasks = tuple(_candidate(raw, pairs, to, header.issuer) for raw in raws)
    return Proposal(
        file=file,
        number_symbol=header.number_symbol,
        doc_type=header.doc_type,
        issuer=header.issuer,
        place=header.place,
        issued_date=header.issued_date,
        subject=header.subject,
        tasks=tasks,
        to_check=_to_check(header),
    )


def _to_check(header: Header) -> tuple[str, ...]:
    """The fields to compare with the paper: a number read beside a handwritten day OCR
    lost or read in pieces («Số: 3 39/…»), an issue date taken from the electronic
    signature instead of that day."""
    hand_dated = header.issued_date is None and header.year is not None
    number = (
        ("number_symbol",)
        if header.number_symbol and (hand_dated or header.signed_day or header.spaced_number)
        else ()
    )
    return (*number, "issued") if header.signed_day else number


def _clause(raw: RawTask) -> str:
    """The part after a «;» of the task's sentence that holds its deadline, or the words
    after a deadline that opens its clause («…, chậm nhất là ngày 15 tháng 12 năm 2025, Ủy
    ban Thường vụ Quốc hội tiến hành …»: who does the work comes after it), or ""."""
    if not raw.phrase:
        return ""
    at = raw.text.find(raw.phrase)
    opens = at >= 0 and raw.text[:at].rstrip()[-1:] in ("", ",", ";", ":")
    if opens and (comma := re.match(r"\s*,\s*", raw.text[at + len(raw.phrase) :])):
        return raw.text[at + len(raw.phrase) + comma.end() :]
    if ";" not in raw.text:
        return ""
    parts = raw.text.split(";")
    for k, part in enumerate(parts):
        if raw.phrase in part:
            return part if k else ""  # the first part is the sentence's own subject
    return ""


def _candidate(
    raw: RawTask, pairs: tuple[tuple[str, str], ...], to: str | None, issuer: str | None
) -> CandidateTask:
    codes = match_units(raw.assignee, pairs) if raw.assignee else ()
    rel = relevance(
        raw.assignee,
        raw.addressed or raw.text,
        raw.item,
        to,
        codes,
        issuer=issuer,
        clause=_clause(raw),
        support=raw.support,
        parent=raw.parent,
    )
    if rel.for_ward and not codes and rel.addressed_to:
        codes = match_units(rel.addressed_to, pairs)  # "UBND các xã, phường" -> PH-UBND
    return CandidateTask(
        text=raw.text,
        phrase=raw.phrase,
        due_date=raw.due_date,
        assignee=raw.assignee or rel.addressed_to,
        needs_review=raw.needs_review,
        unit_codes=codes,
        time=raw.time,
        recurrence=raw.recurrence,
        computed=raw.computed,
        for_ward=rel.for_ward,
        reason=rel.reason,
    )


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def proposal_json(p: Proposal) -> dict:
    """A JSON-ready dict of a proposal, with exactly the documented keys."""
    return {
        "file": p.file,
        "number_symbol": p.number_symbol,
        "doc_type": p.doc_type,
        "issuer": p.issuer,
        "place": p.place,
        "issued_date": _iso(p.issued_date),
        "subject": p.subject,
        "to_check": list(p.to_check),
        "tasks": [
            {
                "text": t.text,
                "phrase": t.phrase,
                "due_date": _iso(t.due_date),
                "time": t.time,
                "recurrence": t.recurrence,
                "computed": t.computed,
                "needs_review": t.needs_review,
                "assignee": t.assignee,
                "for_ward": t.for_ward,
                "reason": t.reason,
                "unit_codes": list(t.unit_codes),
            }
            for t in p.tasks
        ],
    }
