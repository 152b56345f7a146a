"""Reading a damaged text again from its scan (issue 15, item 4).

Directives registered before the Vietnamese OCR model was used carry English-model OCR
(«Thanh ty» for «Thành ủy», «ciia» for «của»): Vietnamese syllables with almost no
diacritics. When such a directive has its scan or PDF attached, the detail view offers
to read it again; the clerk sees both texts side by side and only then replaces one.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, col, select

from secretariat.directives.readers.language import looks_english_model_ocr
from secretariat.directives.readers.sniff import IMAGE_KINDS, SUFFIX_KINDS
from secretariat.directives.register import get_directive, label
from secretariat.stale import claim_or_refuse
from storage.models import Attachment

SCAN_KINDS = ("pdf", *IMAGE_KINDS)


@dataclass(frozen=True)
class RereadOffer:
    """A directive whose text looks damaged, and the scan to read it from again."""

    directive_id: int
    version: int  # the text is replaced only if nobody saved the directive meanwhile
    path: Path
    file_name: str
    old_text: str


def reread_offer(
    directive_id: int, attachments_dir: Path, *, session: Session
) -> RereadOffer | None:
    """The offer, when the text looks like English-model OCR and a scan is attached."""
    directive = get_directive(directive_id, session=session)
    if directive.text_origin == "ocr":  # read with the Vietnamese model already
        return None
    if not directive.full_text.strip() or not looks_english_model_ocr(directive.full_text):
        return None
    attachments = session.exec(
        select(Attachment)
        .where(Attachment.directive_id == directive_id)
        .order_by(col(Attachment.id).desc())
    ).all()
    for attachment in attachments:
        path = attachments_dir / attachment.stored_name
        if SUFFIX_KINDS.get(path.suffix.lower()) in SCAN_KINDS and path.is_file():
            return RereadOffer(
                directive_id,
                directive.version,
                path,
                attachment.file_name,
                directive.full_text,
            )
    return None


def replace_text(
    offer: RereadOffer,
    text: str,
    origin: str,
    note: str,
    confidence: float | None,
    *,
    session: Session,
) -> None:
    """Replace the directive's text with ``text`` read again, and say how it was read.

    Refused (UserError) when the directive was saved elsewhere since the offer was made.
    """
    directive = get_directive(offer.directive_id, session=session)
    claim_or_refuse(
        session,
        directive,
        offer.version,
        lambda d: f"Văn bản {label(d)} vừa được lưu ở máy khác; hãy mở lại rồi đọc lại.",
    )
    directive.full_text = text
    directive.text_origin = origin
    directive.text_origin_note = note[:200]
    directive.text_confidence = confidence
    session.add(directive)
