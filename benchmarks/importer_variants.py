"""How the importer holds up when a real document reaches it damaged (issue 16).

Usage: .venv/bin/python benchmarks/importer_variants.py [folder ...]

Every document of the corpus is read again as the ways it reaches an office damage it:
its marks stripped (OCR with the wrong language model), double-spaced throughout (a
portal's copy), «Ð» for «Đ» (a PDF font, an OCR), Windows line ends, its header run onto
one line (a crawler), the comma after the place-date's place lost (OCR), no-break spaces
(a web page, a Word file), syllables glued by a lost space (a PDF text layer), some
tones or hats lost and a number spaced inside (a Vietnamese OCR's misreadings), a
place-date in figures (a typed letter, a portal), dates written with dots (a Party
document's habit), a title letter-spaced (a font), «V/v» written out as «Về việc:» (a
typist's habit), deadlines that name their weekday, every line indented (a
layout-keeping PDF-to-text copy).
For each, the benchmark prints how many of the header fields and deadlines read right on
the document as collected are still read right, and the false deadlines the damage
brings. The importer is not tuned on these variants: they measure whether a rule holds
beyond the text it was written on.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from importer_corpus import DEFAULT_FOLDERS, FIELDS, ROOT, score_text

from secretariat.directives.importer.ocr import SHAPE_MARKS, TONE_MARKS
from secretariat.directives.readers import read_document
from secretariat.text import fold


def without_marks(text: str) -> str:
    """The text as OCR with an English model gives it: «Lê Ích Mộc» is «Le Ich Moc»."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def double_spaced(text: str) -> str:
    """A portal's copy: a blank line after every line."""
    return "\n\n".join(text.split("\n"))


def eth_for_d(text: str) -> str:
    """A PDF font's or an OCR's look-alike «Ð» (U+00D0) for «Đ»."""
    return text.replace("Đ", "Ð").replace("đ", "ð")


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def header_on_one_line(text: str) -> str:
    """A crawler's copy: the first twelve written lines (the header, the title, often the
    body's start) run onto one line."""
    lines = text.split("\n")
    head = [k for k, line in enumerate(lines) if line.strip()][:12]
    if not head:
        return text
    joined = " ".join(lines[k].strip() for k in head)
    return "\n".join([joined, *lines[head[-1] + 1 :]])


def place_comma_lost(text: str) -> str:
    """OCR's copy that lost the comma between a place and its date («Hà Nội ngày 09 …»):
    a comma after a capitalised word, before «ngày» and a figure."""

    def lost(m: re.Match[str]) -> str:
        return m.group(1) + m.group(2) if m.group(1)[:1].isupper() else m.group()

    return re.sub(r"(\w+),(\s*ngày\s+\d)", lost, text)


def glued_syllables(text: str) -> str:
    """A PDF text layer that lost the space after every third syllable ending in a toned
    vowel («Đểthực hiện», «nhiệm vụNghị quyết»)."""
    count = 0

    def glue(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return m.group(1) if count % 3 == 0 else m.group()

    return re.sub(
        r"([^\W\d_]*[ảãạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏõọồốổỗộờớởỡợủũụừứửữựỷỹỵ]) (?=[^\W\d_])", glue, text
    )


def _every_nth_word(text: str, n: int, marks: tuple[str, ...]) -> str:
    count = 0

    def drop(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        if count % n:
            return m.group()
        bare = "".join(c for c in unicodedata.normalize("NFD", m.group()) if c not in marks)
        return unicodedata.normalize("NFC", bare)

    return re.sub(r"[^\W\d_]+", drop, text)


def some_tones_lost(text: str) -> str:
    """A Vietnamese OCR that misses the tone of every third word («đa chỉ đạo»)."""
    return _every_nth_word(text, 3, TONE_MARKS)


def some_shapes_lost(text: str) -> str:
    """A Vietnamese OCR that reads every fourth word's ê ô ơ ư â ă as e o o u a a."""
    return _every_nth_word(text, 4, SHAPE_MARKS)


def spaced_number(text: str) -> str:
    """An OCR's space inside the first number and around its slash («Số: 9 24 / SNV-CCHC»)."""

    def spaced(m: re.Match[str]) -> str:
        number = m.group(2)
        return f"{m.group(1)}{number[0]} {number[1:]} / "

    return re.sub(r"(S[ốo]\s*:?\s*)(\d{2,5})\s*/", spaced, text, count=1)


def date_in_figures(text: str) -> str:
    """A typed letter's or a portal's place-date in figures («Hà Nội, ngày 04/08/2025»)."""
    return re.sub(
        r"(,\s*ngày)\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
        lambda m: f"{m.group(1)} {int(m.group(2)):02d}/{int(m.group(3)):02d}/{m.group(4)}",
        text,
        count=1,
    )


def dates_dotted(text: str) -> str:
    """Dates written with dots, as Party documents often do («15.10.2025»)."""
    return re.sub(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", r"\1.\2.\3", text)


_TITLES = ("THÔNG BÁO", "KẾT LUẬN", "QUYẾT ĐỊNH", "KẾ HOẠCH", "CHỈ THỊ", "HƯỚNG DẪN", "NGHỊ QUYẾT")


def title_letter_spaced(text: str) -> str:
    """A title whose font spaced its letters («T H Ô N G  B Á O»)."""
    for title in _TITLES:
        line = re.compile(rf"(?m)^(\W*){title}(\W*)$")
        if line.search(text):
            spaced = "  ".join(" ".join(word) for word in title.split())
            return line.sub(rf"\g<1>{spaced}\g<2>", text, count=1)
    return text


def vv_written_out(text: str) -> str:
    """A Công văn's «V/v» written out as a label («Về việc: …»)."""
    return re.sub(r"(?m)^(\W*)V/v\s*", r"\1Về việc: ", text, count=1)


def weekday_deadlines(text: str) -> str:
    """Deadlines that name their weekday («trước thứ Sáu, ngày 15/10/2025»)."""
    return re.sub(r"\btrước ngày (\d)", r"trước thứ Sáu, ngày \1", text)


def indented(text: str) -> str:
    """Every line indented, as a layout-keeping PDF-to-text copy gives them."""
    return "\n".join(f"        {line}" if line.strip() else line for line in text.split("\n"))


def no_break_spaces(text: str) -> str:
    """A web page's or a Word file's no-break spaces for every space."""
    return text.replace(" ", "\u00a0")


VARIANTS: dict[str, Callable[[str], str]] = {
    "marks stripped": without_marks,
    "double-spaced": double_spaced,
    "Ð for Đ": eth_for_d,
    "CRLF": crlf,
    "header one line": header_on_one_line,
    "place comma lost": place_comma_lost,
    "no-break spaces": no_break_spaces,
    "glued syllables": glued_syllables,
    "some tones lost": some_tones_lost,
    "some hats lost": some_shapes_lost,
    "spaced number": spaced_number,
    "date in figures": date_in_figures,
    "dates dotted": dates_dotted,
    "title letter-spaced": title_letter_spaced,
    "V/v written out": vv_written_out,
    "weekday deadlines": weekday_deadlines,
    "indented": indented,
}


def kept(
    original: dict[str, Any], damaged: dict[str, Any]
) -> tuple[int, int, int, int, int, int, int]:
    """(fields right on both, fields right on the original, deadlines found on both,
    deadlines found on the original, false deadlines only the damage brings, deadlines
    told the ward's or not right on both, right on the original)."""
    fields = [f for f in FIELDS if original["header"][f]]
    both = sum(damaged["header"][f] for f in fields)
    found = {w["due"] for w, _ in original["pairs"]}
    still = {w["due"] for w, _ in damaged["pairs"]} & found
    before = {t.due_date for t in original["extras"]}
    new_false = sum(t.due_date not in before for t in damaged["extras"])
    ward = {(w["due"], w["phrase"]) for w, t in original["pairs"] if t.for_ward == w["for_ward"]}
    ward_both = {
        (w["due"], w["phrase"]) for w, t in damaged["pairs"] if t.for_ward == w["for_ward"]
    }
    return both, len(fields), len(still), len(found), new_false, len(ward & ward_both), len(ward)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv[1:]] or list(DEFAULT_FOLDERS)
    totals = {name: [0, 0, 0, 0, 0, 0, 0] for name in VARIANTS}
    losses: dict[str, list[str]] = {name: [] for name in VARIANTS}
    for folder in folders:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, want in sorted(expected.items()):
            if name.startswith("_"):
                continue
            text = read_document(folder / name).text
            original = score_text(text, name, want)
            for variant, damage in VARIANTS.items():
                damaged = score_text(damage(text), name, want)
                if damage is without_marks and want["number_symbol"]:
                    # «SGDĐT» can only come back as «SGDDT» once its marks are gone
                    got = damaged["proposal"].number_symbol or ""
                    damaged["header"]["number_symbol"] = fold(got) == fold(want["number_symbol"])
                figures = kept(original, damaged)
                totals[variant] = [a + b for a, b in zip(totals[variant], figures, strict=True)]
                lost = [f for f in FIELDS if original["header"][f] and not damaged["header"][f]]
                if lost or figures[2] < figures[3] or figures[4]:
                    where = folder.resolve().relative_to(ROOT / "tests" / "fixtures" / "directives")
                    losses[variant].append(
                        f"  {where}/{name[:50]}: {', '.join(lost) or '-'}; "
                        f"deadlines {figures[2]}/{figures[3]}, new false {figures[4]}"
                    )
    print(f"{'variant':<20} {'header kept':<20} {'deadlines kept':<20} {'for_ward kept':<20} false")
    for variant, (both, fields, still, found, new_false, ward, wards) in totals.items():
        h = f"{both}/{fields} ({100 * both / fields:.1f} %)" if fields else "–"
        d = f"{still}/{found} ({100 * still / found:.1f} %)" if found else "–"
        w = f"{ward}/{wards} ({100 * ward / wards:.1f} %)" if wards else "–"
        print(f"{variant:<20} {h:<20} {d:<20} {w:<20} {new_false}")
    for variant, lines in losses.items():
        if lines:
            print(f"\n{variant}: what it loses")
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
