"""The number and the signer of a Word report, as the clerk types them.

The signer (authority, title, name) is the office's, kept with its names in the database's
``settings`` table (``secretariat.org``): the export dialog and the CLI offer it, and the
one given for a report is remembered for the next. The number is the report's own and is
never remembered; typed as «15» it gets the report's symbol («15-BC/ĐU»); left blank, the
report prints «Số      -BC/ĐU», the blank offices fill in by hand, until an outgoing
register numbers reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlmodel import Session

from secretariat.errors import UserError
from secretariat.org import OrgIdentity, load_org, save_org

REPORT_SYMBOL = "BC/ĐU"  # Báo cáo of the Đảng ủy: «Số 15-BC/ĐU»
NUMBER_BLANK = " " * 6  # where the number is written by hand: «Số      -BC/ĐU»

# «15», «Số 15», «15-BC/ĐU», «15 - bc/đu»: the number, then perhaps its own symbol.
_NUMBER = re.compile(r"(?:số\s*)?(\d{1,6})(?:\s*-\s*(\S+))?", re.IGNORECASE)
# The authority marks of a signature (thay mặt, ký thay, thừa lệnh): their «/» is no
# line break.
_AUTHORITY = re.compile(r"\b([TK])\s*/\s*([MTL])\b", re.IGNORECASE)
_KEPT_SLASH = "\0"


@dataclass(frozen=True)
class Signer:
    """Who signs the office's reports, as the export dialog offers it."""

    title: str  # the lines above the signature, «T/M ĐẢNG ỦY / BÍ THƯ»
    name: str  # "" until a report is first signed


def title_lines(text: str) -> list[str]:
    """The lines above the signature, in capitals: «T/M Đảng ủy / Bí thư» ->
    ``["T/M ĐẢNG ỦY", "BÍ THƯ"]``; «T/M», «K/T» and «T/L» stay whole."""
    kept = _AUTHORITY.sub(lambda m: f"{m[1]}{_KEPT_SLASH}{m[2]}", text)
    parts = (" ".join(part.split()).replace(_KEPT_SLASH, "/") for part in kept.split("/"))
    return [part.upper() for part in parts if part]


def signer_title(org: OrgIdentity) -> str:
    """The office's authority and title on one line: «T/M ĐẢNG ỦY / BÍ THƯ»."""
    return " / ".join(line for line in (org.sign_on_behalf, org.signer_title) if line.strip())


def signature_lines(org: OrgIdentity) -> list[str]:
    """The lines a report prints above the signature space, in capitals."""
    return title_lines(org.sign_on_behalf) + title_lines(org.signer_title)


def load_signer(*, session: Session) -> Signer:
    """The signer the office last gave (its title as one line, for a form field)."""
    org = load_org(session=session)
    return Signer(signer_title(org), " ".join(org.signer_name.split()))


def report_number(typed: str) -> str:
    """The report's number and symbol: «15» -> ``15-BC/ĐU``, «Số 15-BC/ĐU» -> ``15-BC/ĐU``.

    Returns ``""`` for nothing typed (the report leaves the number blank). Raises
    ``UserError`` (field ``number``) for anything that is not a number.
    """
    text = " ".join(typed.split())
    if not text:
        return ""
    match = _NUMBER.fullmatch(text)
    if match is None:
        raise UserError(
            f"Số báo cáo «{text}» không đọc được: ghi số (VD: 15) hoặc cả số và ký hiệu "
            f"(VD: 15-{REPORT_SYMBOL}); để trống nếu sẽ ghi số bằng tay.",
            field="number",
        )
    digits, symbol = match.groups()
    return f"{digits}-{(symbol or REPORT_SYMBOL).upper()}"


def number_line(number: str) -> str:
    """«Số 15-BC/ĐU»; with no number «Số      -BC/ĐU», left for the office to fill in."""
    return f"Số {number}" if number else f"Số{NUMBER_BLANK}-{REPORT_SYMBOL}"


def sign(title: str, name: str, *, required: bool, session: Session) -> OrgIdentity:
    """The office's names with the signer given for this report; a new one is remembered.

    A blank ``title`` or ``name`` keeps the office's own. ``required`` (a Word report):
    refused with ``UserError`` (field ``signer_name``) while no name is given or stored.
    """
    org = load_org(session=session)
    name = " ".join(name.split()) or " ".join(org.signer_name.split())
    if not name and required:
        raise UserError(
            "Báo cáo Word cần họ tên người ký: ghi một lần, các lần sau tự điền sẵn.",
            field="signer_name",
        )
    lines = title_lines(title) or signature_lines(org)
    signed = replace(
        org,
        sign_on_behalf=lines[0] if lines else "",
        signer_title=" / ".join(lines[1:]),
        signer_name=name,
    )
    changed = signature_lines(signed) != signature_lines(org) or name != org.signer_name
    if name and changed:  # a title alone is not a signer yet: nothing to remember
        save_org(signed, session=session)
    return signed
