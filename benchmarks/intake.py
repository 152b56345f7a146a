"""Time the intake of issue 15: a .docx and a text PDF of 10 pages to the proposal, and a
5-page scan (image-only PDF and multi-page TIFF, 200 dpi) read by Tesseract, with the
first progress report, seconds per page, the character error rate and peak memory.

Usage: .venv/bin/python benchmarks/intake.py [--pages 5] [--runs 3]

Targets (issue 15): .docx and text PDF ≤ 0.5 s to the review; a scan ≤ 2 s a page on
two cores, progress within the first second, peak memory ≤ 400 MB. Figures are printed,
never asserted (the test suite does not time anything).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from secretariat.directives.importer import propose  # noqa: E402
from secretariat.directives.readers import read_document  # noqa: E402
from tests.scan_fixtures import (  # noqa: E402
    render_scan,
    save_docx,
    save_image_pdf,
    save_text_pdf,
    save_tiff,
)

SEEDS = ROOT / "secretariat" / "office" / "demo_seeds"


def _children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _self_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time_to_review(path: Path, runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        propose(read_document(path).text)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def _scan(path: Path, truth: str, pages: int) -> tuple[float, float, float, float]:
    """(seconds, seconds to the first progress, seconds a page, CER)."""
    first: list[float] = []
    start = time.perf_counter()

    def told(done: int, total: int) -> None:
        if not first:
            first.append(time.perf_counter() - start)

    read = read_document(path, progress=told)
    seconds = time.perf_counter() - start
    a, b = " ".join(read.text.split()), " ".join(truth.split())
    return (
        seconds,
        first[0] if first else seconds,
        seconds / pages,
        Levenshtein.distance(a, b) / len(b),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5, help="pages of the scan (default 5)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the text formats")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="secretariat-intake-bench-"))
    # Ten pages of text: seed 000 three times over (about 3 pages each).
    text = (SEEDS / "000_3f6a480f366f8b59.txt").read_text(encoding="utf-8")
    long_text = text + "\n" + "\n".join(text.split("\n")[10:]) * 3
    docx = save_docx(long_text, folder / "10-trang.docx")
    pdf = save_text_pdf(long_text, folder / "10-trang.pdf")
    # The scan: clean Vietnamese (seeds 003 and 004), so the CER is the reader's own.
    clean = "\n".join(
        (SEEDS / name).read_text(encoding="utf-8")
        for name in ("003_6ed9b338d3c65bbb.txt", "004_6f075bdf8dff8ead.txt")
    )
    images = render_scan(clean, first_pages=args.pages)
    truth_pages = len(images)
    from tests.scan_fixtures import page_lines

    truth = "\n".join(line for page in page_lines(clean)[:truth_pages] for line in page)
    scan_pdf = save_image_pdf([image.copy() for image in images], folder / "quet.pdf")
    scan_tiff = save_tiff([image.copy() for image in images], folder / "quet.tif")
    del images
    pdf_pages = read_document(pdf).pages

    rows = [
        ("cores", str(os.cpu_count()), ""),
        (
            f".docx ({docx.stat().st_size // 1024} KB) to the proposal",
            f"{_time_to_review(docx, args.runs):.3f} s",
            "≤ 0.5 s",
        ),
        (
            f"text PDF ({pdf_pages} pages) to the proposal",
            f"{_time_to_review(pdf, args.runs):.3f} s",
            "≤ 0.5 s",
        ),
    ]
    for label, path in (("image-only PDF", scan_pdf), ("multi-page TIFF", scan_tiff)):
        seconds, first, per_page, rate = _scan(path, truth, truth_pages)
        rows += [
            (f"{label}, {truth_pages} pages at 200 dpi", f"{seconds:.1f} s", ""),
            ("  seconds a page", f"{per_page:.2f} s", "≤ 2 s"),
            ("  first progress after", f"{first:.2f} s", "≤ 1 s"),
            ("  character error rate", f"{rate:.2%}", "< 2 %"),
        ]
    rows += [
        ("peak memory, this process", f"{_self_peak_mb():.0f} MB", "≤ 400 MB"),
        ("peak memory, one tesseract/pdftoppm", f"{_children_peak_mb():.0f} MB", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>10}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
