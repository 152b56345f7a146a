"""Scans: images (.png, .jpg, .tif with many pages) and image-only PDF pages, read by OCR.

Every page becomes a grayscale PNG in a private temporary folder, made in the worker
that OCRs it, so pages are prepared and read in parallel; the folder goes when the read
ends, cancelled or not. An image is measured from its header before a pixel is decoded:
one too large to be a page (a decompression bomb) is refused.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secretariat.directives.importer.decode import ImportFileError
from secretariat.directives.readers.tesseract import PageText, read_pages, require_engine
from secretariat.text import number

# An A3 page at 600 dpi is 7016 x 9921 pixels (70 million): nothing a directive needs
# is larger. A 20,000 x 20,000 image (400 million pixels, 400 MB decoded) is refused.
MAX_PIXELS = 80_000_000
RENDER_DPI = 300
MAX_PAGES = 200  # a directive is a few pages; a 200-page scan takes minutes to read


@dataclass(frozen=True)
class ScanPages:
    """The pages of a scan, read: their texts and mean confidences."""

    pages: list[PageText]


@contextmanager
def private_folder() -> Iterator[Path]:
    """A temporary folder only this user can read (pages of a directive), removed after."""
    folder = Path(tempfile.mkdtemp(prefix="secretariat-ocr-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bomb(name: str, width: int, height: int) -> ImportFileError:
    return ImportFileError(
        f"Không nhập được ảnh {name}: ảnh {number(width)} × {number(height)} điểm ảnh, quá "
        f"giới hạn {MAX_PIXELS // 1_000_000} triệu điểm ảnh của một trang quét (một trang A4 quét "
        "300 dpi chỉ khoảng 9 triệu); hãy quét lại ở độ phân giải 200–300 dpi."
    )


def image_page_count(path: Path) -> int:
    """Open ``path`` lazily, check every frame's size, return its number of pages."""
    from PIL import Image, UnidentifiedImageError

    name = path.name
    try:
        with Image.open(path) as image:
            count = getattr(image, "n_frames", 1)
            if count > MAX_PAGES:
                raise ImportFileError(
                    f"Không nhập được ảnh {name}: tệp có {count} trang, quá giới hạn "
                    f"{MAX_PAGES} trang của một văn bản."
                )
            for index in range(count):
                image.seek(index)
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _bomb(name, width, height)
    except Image.DecompressionBombError as exc:
        # Pillow refuses it from the header too, before decoding; its message has the size.
        found = re.search(r"\((\d+) pixels\)", str(exc))
        pixels = f"{int(found.group(1)) // 1_000_000:,} triệu" if found else "hàng trăm triệu"
        raise ImportFileError(
            f"Không nhập được ảnh {name}: ảnh {pixels} điểm ảnh, quá giới hạn "
            f"{MAX_PIXELS // 1_000_000} triệu điểm ảnh của một trang quét (một trang A4 quét "
            "300 dpi chỉ khoảng 9 triệu); hãy quét lại ở độ phân giải 200–300 dpi."
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, EOFError):
        raise ImportFileError(
            f"Không nhập được ảnh {name}: tệp ảnh bị hỏng hoặc không đọc được."
        ) from None
    return count


def _image_page(path: Path, index: int, folder: Path) -> Path:
    """Frame ``index`` of ``path`` as a grayscale PNG in ``folder``."""
    from PIL import Image, ImageOps

    try:
        with Image.open(path) as image:
            image.seek(index)
            page = ImageOps.exif_transpose(
                image.convert("L") if image.mode not in ("1", "L") else image.copy()
            )
            out = folder / f"page-{index + 1:04d}.png"
            page.save(out)
    except (OSError, ValueError, EOFError):
        raise ImportFileError(
            f"Không nhập được ảnh {path.name}: trang {index + 1} bị hỏng hoặc không đọc được."
        ) from None
    return out


def read_image(
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[PageText]:
    """OCR every page of an image file (a multi-page TIFF page by page)."""
    count = image_page_count(path)
    return _read(count, lambda i, folder: _image_page(path, i, folder), progress, cancelled)


def _scan_dpi(path: Path, index: int) -> int:
    """The resolution to render page ``index`` at: its scan's own, within 200-300 dpi.

    Rendering a 200-dpi scan at 300 dpi only makes Tesseract slower, not better.
    """
    from pypdf import PdfReader

    try:
        page = PdfReader(path).pages[index]
        inches = float(page.mediabox.width) / 72
        resources: Any = page["/Resources"].get_object()
        objects: Any = resources.get("/XObject")
        found: Any = objects.get_object().values() if objects is not None else ()
        widths = [
            int(obj.get_object().get("/Width", 0))
            for obj in found
            if obj.get_object().get("/Subtype") == "/Image"
        ]
    except Exception:  # any oddity: the default resolution is always right
        return RENDER_DPI
    if not widths or inches <= 0:
        return RENDER_DPI
    return max(200, min(RENDER_DPI, round(max(widths) / inches)))


def _render_pdf_page(path: Path, index: int, folder: Path) -> Path:
    """Page ``index`` of a PDF as a grayscale image (pdftoppm, else the page's image)."""
    out = folder / f"page-{index + 1:04d}"
    command = shutil.which("pdftoppm")
    if command is not None:
        # A raw PGM: encoding a PNG takes pdftoppm longer than Tesseract takes to read.
        number = str(index + 1)
        dpi = str(_scan_dpi(path, index))
        args = ["-r", dpi, "-gray", "-singlefile", "-f", number, "-l", number]
        result = subprocess.run(
            [command, *args, str(path), str(out)], capture_output=True, timeout=300, check=False
        )
        rendered = out.with_suffix(".pgm")
        if result.returncode == 0 and rendered.exists():
            return rendered
    return _embedded_page_image(path, index, folder)


def _embedded_page_image(path: Path, index: int, folder: Path) -> Path:
    """Without poppler: the largest image placed on the page (a scan's page is one)."""
    from pypdf import PdfReader

    from secretariat.directives.readers.tesseract import INSTALL_SENTENCE

    reader = PdfReader(path)
    page = reader.pages[index]
    best = None
    for image in page.images:
        pixels = image.image.size if image.image is not None else (0, 0)
        if pixels[0] * pixels[1] > MAX_PIXELS:
            raise _bomb(path.name, *pixels)
        if best is None or pixels[0] * pixels[1] > best.size[0] * best.size[1]:
            best = image.image
    if best is None:
        raise ImportFileError(INSTALL_SENTENCE)
    out = folder / f"page-{index + 1:04d}.png"
    best.convert("L").save(out)
    return out


def read_pdf_scan(
    path: Path,
    pages: int,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[PageText]:
    """OCR the ``pages`` pages of a PDF without a usable text layer."""
    return _read(pages, lambda i, folder: _render_pdf_page(path, i, folder), progress, cancelled)


def _read(
    count: int,
    page_image: Callable[[int, Path], Path],
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> list[PageText]:
    """OCR ``count`` pages, page ``i``'s image made by ``page_image(i, folder)``; the
    clerk is told «trang 1/count» at once, before the first page is made (once it is
    known that Tesseract is there to read it)."""
    require_engine()
    if progress is not None:
        progress(0, count)
    with private_folder() as folder:
        return read_pages(
            count, lambda i: page_image(i, folder), progress=progress, cancelled=cancelled
        )
