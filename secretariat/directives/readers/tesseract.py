"""Tesseract, the OCR engine, run as one process per page with the Vietnamese model.

Each process is limited to one thread (``OMP_THREAD_LIMIT=1``): on two cores one page
takes about 13 s with Tesseract's own threading and about 2 s without, so pages run in
parallel instead, one per core. A cancelled read kills the processes still running.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from secretariat.directives.importer.decode import ImportFileError

LANGUAGE = "vie"
# One sentence a clerk can act on, when a scan needs OCR and the engine is missing.
INSTALL_SENTENCE = (
    "Cần cài Tesseract và dữ liệu tiếng Việt để đọc bản quét: trên Debian/Ubuntu chạy "
    "«sudo apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils», trên Windows cài "
    "Tesseract (bản UB Mannheim) và đánh dấu ngôn ngữ Vietnamese khi cài."
)
# A searchable copy is made of a scan up to this long (its pages are held in memory, about
# 0.6 MB each at 200 dpi); a longer one is kept as it came.
SEARCHABLE_MAX_PAGES = 40
PAGE_TIMEOUT_S = 300  # a page no engine reads in five minutes is not a page


class Cancelled(Exception):
    """The clerk cancelled the read (Esc): nothing is kept."""


@dataclass(frozen=True)
class PageText:
    """One page read by OCR: its text and the mean confidence of its words (0-100)."""

    text: str
    confidence: float | None
    words: int
    pdf: bytes = b""  # the page image with its text under it (a searchable PDF page)


def _windows_default() -> str | None:
    for base in (os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
        if base:
            candidate = Path(base) / "Tesseract-OCR" / "tesseract.exe"
            if candidate.exists():
                return str(candidate)
    return None


@lru_cache(maxsize=1)
def tesseract_command() -> str | None:
    """The tesseract program (``$TESSERACT`` first), or None when it is not installed."""
    named = os.environ.get("TESSERACT")
    if named and Path(named).exists():
        return named
    found = shutil.which("tesseract")
    if found is None and sys.platform == "win32":
        found = _windows_default()
    return found


@lru_cache(maxsize=1)
def engine_version() -> str:
    """«Tesseract 5.3.0», or «Tesseract» when it does not say."""
    command = tesseract_command()
    if command is None:
        return "Tesseract"
    try:
        out = subprocess.run(
            [command, "--version"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return "Tesseract"
    first = (out.stdout or out.stderr).splitlines()
    words = first[0].split() if first else []
    return f"Tesseract {words[1]}" if len(words) >= 2 else "Tesseract"


def require_engine() -> str:
    """The tesseract command, with its Vietnamese data; ImportFileError naming what to install."""
    command = tesseract_command()
    if command is None:
        raise ImportFileError(INSTALL_SENTENCE)
    try:
        out = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        raise ImportFileError(INSTALL_SENTENCE) from None
    if LANGUAGE not in (out.stdout + out.stderr).split():
        raise ImportFileError(INSTALL_SENTENCE)
    return command


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


def _parse_tsv(path: Path) -> tuple[float | None, int]:
    confidences: list[float] = []
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("level") != "5" or not (row.get("text") or "").strip():
                continue
            try:
                value = float(row.get("conf") or "-1")
            except ValueError:
                continue
            if value >= 0:
                confidences.append(value)
    if not confidences:
        return None, 0
    return sum(confidences) / len(confidences), len(confidences)


class PageRunner:
    """Runs tesseract on page images, one process per core, and kills them on cancel."""

    def __init__(self, command: str, cancelled: Callable[[], bool]) -> None:
        self.command = command
        self.cancelled = cancelled
        self._lock = threading.Lock()
        self._running: set[subprocess.Popen[bytes]] = set()
        self._stopped = False

    def read_page(self, image: Path) -> PageText:
        """OCR one page image into ``image``'s folder; raises Cancelled when cancelled."""
        base = image.with_suffix("")
        # One run writes the text, the words with their confidence, and a searchable PDF
        # page (the image with the text under it): 0.15 s more a page than the text alone.
        outputs = ["txt", "tsv", "pdf"]
        args = [self.command, str(image), str(base), "-l", LANGUAGE, "--psm", "3", *outputs]
        with self._lock:
            if self._stopped:
                raise Cancelled
            process = subprocess.Popen(
                args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_environment()
            )
            self._running.add(process)
        try:
            _, err = process.communicate(timeout=PAGE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            raise ImportFileError(
                f"Tesseract không đọc xong một trang sau {PAGE_TIMEOUT_S // 60} phút."
            ) from None
        finally:
            with self._lock:
                self._running.discard(process)
        if self._stopped:
            raise Cancelled
        if process.returncode != 0:
            reason = err.decode("utf-8", "replace").strip().splitlines()
            raise ImportFileError(
                "Tesseract không đọc được một trang"
                + (f" ({reason[-1][:120]})." if reason else ".")
            )
        text = base.with_suffix(".txt").read_text(encoding="utf-8", errors="replace")
        confidence, words = _parse_tsv(base.with_suffix(".tsv"))
        pdf = base.with_suffix(".pdf")
        return PageText(text, confidence, words, pdf.read_bytes() if pdf.exists() else b"")

    def stop(self) -> None:
        """Kill every process still running; later pages are not started."""
        with self._lock:
            self._stopped = True
            for process in self._running:
                process.kill()


def workers() -> int:
    """Pages read at once: one per core."""
    return max(1, os.cpu_count() or 1)


def read_pages(
    count: int,
    make_image: Callable[[int], Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[PageText]:
    """OCR ``count`` pages, page ``i``'s image made by ``make_image(i)`` in the worker.

    Pages run in parallel, one per core; ``progress(done, count)`` is called as each
    ends. Raises Cancelled (every process killed) as soon as ``cancelled()`` is true.
    """
    command = require_engine()
    runner = PageRunner(command, cancelled)

    def one(index: int) -> PageText:
        if cancelled():
            raise Cancelled
        return runner.read_page(make_image(index))

    results: dict[int, PageText] = {}
    with ThreadPoolExecutor(max_workers=workers(), thread_name_prefix="ocr") as pool:
        pending: dict[Future[PageText], int] = {pool.submit(one, i): i for i in range(count)}
        try:
            while pending:
                done, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                if cancelled():
                    raise Cancelled
                for future in done:
                    results[pending.pop(future)] = future.result()
                    if progress is not None:
                        progress(len(results), count)
        except BaseException:
            runner.stop()
            for future in pending:
                future.cancel()
            raise
    return [results[i] for i in range(count)]


def searchable_pdf(pages: Sequence[PageText]) -> bytes:
    """The pages' searchable PDF pages as one PDF (b"" when one is missing)."""
    import io

    from pypdf import PdfReader, PdfWriter

    if not pages or len(pages) > SEARCHABLE_MAX_PAGES or not all(p.pdf for p in pages):
        return b""
    writer = PdfWriter()
    for page in pages:
        writer.append(PdfReader(io.BytesIO(page.pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def mean_confidence(pages: Sequence[PageText]) -> float | None:
    """The mean word confidence over ``pages``, weighted by their words."""
    total = sum(p.words for p in pages if p.confidence is not None)
    if total == 0:
        return None
    return sum((p.confidence or 0) * p.words for p in pages) / total
