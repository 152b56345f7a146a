"""Score the directive importer on the hand-typed corpus (issue 16).

Usage: .venv/bin/python benchmarks/importer_corpus.py [--details] [folder ...]

Each folder (default: every corpus folder, the real documents last) holds the documents
and expected.json; each is scored on its own. tests/fixtures/directives/real holds real
public documents written by others that the importer was not tuned on.
Prints, per document and per field, how many header fields the importer read right,
how many expected deadlines it found with the right date (recall), the dated candidates
that are no expected deadline (false deadlines), and for the deadlines found whether it
kept the hour, the recurrence, marked a computed date, and told the ward's tasks from
the others (for_ward). The false deadlines are always listed; --details adds the misses.
A document's known_misses (real corpus) are the fields and deadlines it still gets wrong;
the benchmark says where they no longer match. Header fields compare without case and
diacritics (the document number and type exactly); a subject's leading «V/v», «về việc»,
«về» is ignored.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from secretariat.directives.importer import propose  # noqa: E402
from secretariat.directives.readers import read_document  # noqa: E402
from tests.corpus_fields import loose  # noqa: E402 (as the tests compare)

CORPUS = ROOT / "tests" / "fixtures" / "directives"
DEFAULT_FOLDERS = tuple(
    CORPUS / name
    for name in (
        *(".", "heldout", "heldout2", "heldout3"),
        *("real", "real2", "real3", "real4", "real5"),
        *("real6", "real7", "real8", "real9", "real10", "real11", "real12", "real13"),
        *("real14", "real15", "real16", "real17", "real18", "real19", "real20", "real21"),
        *("real23", "real24", "real25", "real26", "real27", "real28", "real29", "real30"),
        *("real31", "real32", "real33", "real34", "real35", "real37", "real38", "real39"),
        *("real40", "real41", "real42", "real43", "real44", "real45", "real46", "real47"),
        *("real48", "real49", "real50", "real51", "real52", "real53", "real54", "real55"),
        *("real56", "real57", "real58", "real60", "real62", "real63", "real65", "real68"),
        *("real69", "real70", "real71", "real72", "real73", "real74", "real75", "real76"),
        *("real77", "real78", "real79", "real80", "real81", "real82"),
        *("real83", "real84", "real85", "real86", "real87", "real88", "real89"),
        *("real90",),
        *("real91", "real92", "real93", "real94", "real95", "real96", "real97", "real98"),
        *("real99", "real100", "real101", "real102", "real103", "real104"),
        *("real105", "real106", "real107", "real108", "real109", "real110", "real111"),
        *("real112", "real113", "real114", "real115", "real118", "real119", "real120"),
        *("real121", "real122", "real123", "real124", "real125", "real126", "real127", "real128"),
    )
)
FIELDS = ("number_symbol", "doc_type", "issuer", "place", "issued_date", "subject")
EXACT = {"number_symbol", "doc_type", "issued_date"}


def field_ok(name: str, got: Any, want: Any) -> bool:
    """Whether the importer's value of a header field is the expected one."""
    if isinstance(got, date):
        got = got.isoformat()
    if name in EXACT:
        return got == want
    return loose(got) == loose(want)


def score_document(path: Path, expected: dict[str, Any]) -> dict[str, Any]:
    """The figures of one document against its expected values."""
    return score_text(read_document(path).text, path.name, expected)


def score_text(text: str, name: str, expected: dict[str, Any]) -> dict[str, Any]:
    """The figures of a document's text against its expected values."""
    proposal = propose(text, name)
    header = {name: field_ok(name, getattr(proposal, name), expected[name]) for name in FIELDS}
    dated = [t for t in proposal.tasks if t.due_date is not None]
    unmatched = list(dated)
    found, missed, extras, misread = [], [], [], []
    for want in expected["deadlines"]:
        due = date.fromisoformat(want["due"])
        match = next((t for t in unmatched if t.due_date == due), None)
        if match is None:
            # «ocr_due»: the date the scan's OCR shows in place of the printed one (the
            # phrase read right, its figures misread before the importer saw them)
            ocr = date.fromisoformat(want["ocr_due"]) if want.get("ocr_due") else None
            read = next((t for t in unmatched if ocr and t.due_date == ocr), None)
            if read is not None:
                unmatched.remove(read)
                misread.append(want)
            else:
                missed.append(want)
            continue
        unmatched.remove(match)
        found.append((want, match))
    extras = unmatched
    wrong_ward: list[tuple[dict[str, Any], Any]] = []
    checks = {"time": [0, 0], "recurring": [0, 0], "computed": [0, 0], "for_ward": [0, 0]}
    for want, got in found:
        for key, attr in (("time", "time"), ("recurring", "recurrence"), ("computed", "computed")):
            if want.get(key):
                checks[key][1] += 1
                checks[key][0] += getattr(got, attr, None) == want[key]
        checks["for_ward"][1] += 1
        if getattr(got, "for_ward", True) == want["for_ward"]:
            checks["for_ward"][0] += 1
        else:
            wrong_ward.append((want, got))
    return {
        "file": name,
        "header": header,
        "expected": len(expected["deadlines"]),
        "found": len(found),
        "pairs": found,  # (expected deadline, the candidate that has its date)
        "proposal": proposal,
        "missed": missed,
        "misread": misread,
        "extras": extras,
        "checks": checks,
        "wrong_ward": wrong_ward,
    }


def misses(result: dict[str, Any]) -> set[str]:
    """What a scored document gets wrong, in the words of a known_misses list: a header
    field's name, «missed YYYY-MM-DD», «false YYYY-MM-DD», «for_ward YYYY-MM-DD», «ocr
    YYYY-MM-DD» (the scan's OCR misread the deadline's figures)."""
    wrong = {name for name, ok in result["header"].items() if not ok}
    wrong |= {f"missed {want['due']}" for want in result["missed"]}
    wrong |= {f"ocr {want['due']}" for want in result["misread"]}
    wrong |= {f"false {task.due_date.isoformat()}" for task in result["extras"]}
    wrong |= {f"for_ward {want['due']}" for want, _ in result["wrong_ward"]}
    return wrong


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f} %)" if b else "–"


def score_folder(folder: Path, details: bool) -> None:
    """Print one folder's figures: per document, per field, totals, false deadlines."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    wanted = {name: want for name, want in sorted(expected.items()) if not name.startswith("_")}
    results = [score_document(folder / name, want) for name, want in wanted.items()]
    print(f"== {folder.resolve().relative_to(ROOT)} ({len(results)} documents)")
    print(f"{'document':<40} header  deadlines  false  for_ward")
    for r in results:
        ok = sum(r["header"].values())
        ward = r["checks"]["for_ward"]
        print(
            f"{r['file'][:40]:<40} {ok}/{len(FIELDS)}     {r['found']}/{r['expected']:<7} "
            f"{len(r['extras']):<6} {ward[0]}/{ward[1]}"
        )
    print()
    total = len(results)
    for name in FIELDS:
        print(f"{name:<14} {_pct(sum(r['header'][name] for r in results), total)}")
    fields_ok = sum(sum(r["header"].values()) for r in results)
    print(f"{'header fields':<14} {_pct(fields_ok, total * len(FIELDS))}")
    expected_n = sum(r["expected"] for r in results)
    found_n = sum(r["found"] for r in results)
    extras_n = sum(len(r["extras"]) for r in results)
    print(f"{'deadlines':<14} recall {_pct(found_n, expected_n)}, false {extras_n}")
    if found_n + extras_n:
        print(f"{'':<14} precision {_pct(found_n, found_n + extras_n)}")
    for key in ("time", "recurring", "computed", "for_ward"):
        a = sum(r["checks"][key][0] for r in results)
        b = sum(r["checks"][key][1] for r in results)
        print(f"{key:<14} {_pct(a, b)}")
    misread_n = sum(len(r["misread"]) for r in results)
    if misread_n:
        print(f"{'':<14} {misread_n} more read on a date the scan's OCR misread")
    for r in results:
        for task in r["extras"]:
            print(f"false deadline: {r['file']}: {task.due_date} «{task.phrase}»")
        for want in r["misread"]:
            print(f"OCR misread: {r['file']}: {want['due']} shown as {want['ocr_due']}")
    for r in results:
        known = set(wanted[r["file"]].get("known_misses", ()))
        if "known_misses" in wanted[r["file"]] and misses(r) != known:
            print(f"known_misses out of date: {r['file']}: now {sorted(misses(r))}")
    if details:
        print()
        for r in results:
            wrong = [n for n, ok in r["header"].items() if not ok]
            for want in r["missed"]:
                print(f"{r['file']}: missed {want['due']} «{want['phrase']}»")
            if wrong:
                print(f"{r['file']}: header wrong: {', '.join(wrong)}")
            for want, got in r["wrong_ward"]:
                reason = getattr(got, "reason", "")
                print(f"{r['file']}: for_ward should be {want['for_ward']}: {want['due']} {reason}")
    print()


def main(argv: list[str]) -> int:
    details = "--details" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    for folder in [Path(a) for a in args] or DEFAULT_FOLDERS:
        score_folder(folder, details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
