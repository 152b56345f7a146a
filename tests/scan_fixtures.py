"""Real files made from a seed's text: scans (PNG, TIFF, image-only PDF), a text PDF, a .docx.

Scans are rendered at 200 dpi in DejaVu Serif (it has every Vietnamese glyph), turned a
little, blurred and sprinkled with noise as a flatbed scanner does; the text PDF is
drawn with the same font; the .docx puts the header in a two-column table as Party
documents do. Used by the tests and the benchmark, built once per session.
"""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("C:/Windows/Fonts"))
DPI = 200
PAGE_W, PAGE_H = int(8.27 * DPI), int(11.69 * DPI)  # A4
MARGIN = int(0.6 * DPI)
POINT = 11
WRAP = 88  # characters of DejaVu Serif 11 pt that fit between the margins


def font_path(bold: bool = False) -> Path:
    name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{name} (Debian: fonts-dejavu-core)")


def page_lines(text: str) -> list[list[str]]:
    """The text's lines cut into pages of the rendered size."""
    per_page = (PAGE_H - 2 * MARGIN) // int(POINT / 72 * DPI * 1.45)
    lines = [
        wrapped
        for line in text.rstrip("\n").split("\n")
        for wrapped in (textwrap.wrap(line, WRAP) if len(line) > WRAP else [line])
    ]
    return [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]


def render_page(lines: list[str], *, seed: int = 0, rotate: float = 0.4) -> Image.Image:
    """One page as a grayscale scan: 200 dpi, a slight turn, blur and speckles."""
    size = int(POINT / 72 * DPI)
    font = ImageFont.truetype(str(font_path()), size)
    page = Image.new("L", (PAGE_W, PAGE_H), 255)
    draw = ImageDraw.Draw(page)
    y = MARGIN
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=20)
        y += int(size * 1.45)
    page = page.rotate(rotate, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    rng = random.Random(seed)
    pixels = page.load()
    assert pixels is not None
    for _ in range(PAGE_W * PAGE_H // 400):  # 0.25 % of pixels flipped to grey or white
        x, yy = rng.randrange(PAGE_W), rng.randrange(PAGE_H)
        pixels[x, yy] = rng.choice((90, 160, 255))
    return page


def render_scan(text: str, *, first_pages: int | None = None) -> list[Image.Image]:
    pages = page_lines(text)[:first_pages]
    return [
        render_page(lines, seed=i, rotate=0.4 if i % 2 == 0 else -0.3)
        for i, lines in enumerate(pages)
    ]


def save_png(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(path, dpi=(DPI, DPI))
    return path


def save_tiff(pages: list[Image.Image], path: Path) -> Path:
    pages[0].save(
        path, save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(DPI, DPI)
    )
    return path


def save_image_pdf(pages: list[Image.Image], path: Path) -> Path:
    """A PDF of page images only, as a scanner makes it: no text layer at all."""
    pages[0].save(path, save_all=True, append_images=pages[1:], resolution=DPI)
    return path


def save_text_pdf(text: str, path: Path) -> Path:
    """A PDF with a text layer (reportlab, DejaVu Serif embedded), the header in two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(font_path())))
    sheet = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    left, top, leading = 50.0, height - 50.0, POINT * 1.45
    header, body = split_header(text)
    y = top
    sheet.setFont("DejaVuSerif", POINT)
    for left_text, right_text in header:
        sheet.drawString(left, y, left_text)
        sheet.drawString(width / 2 + 20, y, right_text)
        y -= leading
    for line in body.split("\n"):
        if y < 50:
            sheet.showPage()
            sheet.setFont("DejaVuSerif", POINT)
            y = top
        sheet.drawString(left, y, line)
        y -= leading
    sheet.showPage()
    sheet.save()
    return path


def split_header(text: str) -> tuple[list[tuple[str, str]], str]:
    """The two header columns (issuer | motto, number | place-date) and the rest.

    The header is the lines before the place-date line; the motto is cut off the first
    line, where OCR joined the columns.
    """
    lines = text.split("\n")
    end = next(i for i, line in enumerate(lines) if re.search(r",\s*ng[a-z]y\s+\d", line))
    left = [line for line in lines[:end] if line.strip()]
    motto = re.search(r"\s(PANG CONG SAN VIET NAM|ĐẢNG CỘNG SẢN VIỆT NAM)$", left[0])
    if motto:
        left[0] = left[0][: motto.start()]
    number_at = next(
        (i for i, c in enumerate(left) if re.match(r"^\W*S", c) and re.search(r"\d", c)),
        len(left) - 1,
    )
    right = [""] * len(left)
    right[0] = motto.group(1) if motto else ""
    right[number_at] = lines[end]
    return list(zip(left, right, strict=True)), "\n".join(lines[end + 1 :])


def save_docx(text: str, path: Path) -> Path:
    """A .docx whose header is a two-column table; title and subject centred."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    header, body = split_header(text)
    table = document.add_table(rows=2, cols=2)
    left_cells = [row[0] for row in header]
    right_cells = [row[1] for row in header]
    # Row 1: the issuing body | the motto; row 2: the number | the place and date.
    number_at = next(i for i, c in enumerate(right_cells) if i and c)
    table.cell(0, 0).text = "\n".join(c for c in left_cells[:number_at] if c)
    table.cell(0, 1).text = right_cells[0]
    table.cell(1, 0).text = left_cells[number_at]
    table.cell(1, 1).text = right_cells[number_at]
    blocks = re.split(r"\n\s*\n", body.strip("\n"))
    title_done = False
    for block in blocks:
        paragraph_lines = block.split("\n")
        if not title_done:
            # The title and the subject: one centred paragraph per line.
            for line in paragraph_lines:
                document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
            title_done = True
            continue
        document.add_paragraph(" ".join(line.strip() for line in paragraph_lines))
    document.save(str(path))
    return path
