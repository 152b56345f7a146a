"""Who the office is: the names a Party document's header and signature block carry.

Stored in the database's ``settings`` table (so a backup carries them); the defaults are
phường Lê Ích Mộc's. Issue 6's reports and the meeting minutes read them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlmodel import Session

from storage.models import Setting

PREFIX = "org."


@dataclass(frozen=True)
class OrgIdentity:
    # Header, left: the superior Party organisation, then the issuing body (Hướng dẫn 36).
    superior: str = "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"
    name: str = "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC"
    # Place in the date line: "Lê Ích Mộc, ngày 24 tháng 11 năm 2026".
    place: str = "Lê Ích Mộc"
    # Signature block of reports: "T/M ĐẢNG ỦY" / "BÍ THƯ" / name.
    sign_on_behalf: str = "T/M ĐẢNG ỦY"
    signer_title: str = "BÍ THƯ"
    signer_name: str = ""


def load_org(*, session: Session) -> OrgIdentity:
    values = {}
    for field in fields(OrgIdentity):
        stored = session.get(Setting, PREFIX + field.name)
        if stored is not None:
            values[field.name] = stored.value
    return OrgIdentity(**values)


def save_org(org: OrgIdentity, *, session: Session) -> None:
    for field in fields(OrgIdentity):
        key = PREFIX + field.name
        value = " ".join(str(getattr(org, field.name)).split())
        stored = session.get(Setting, key)
        if stored is None:
            session.add(Setting(key=key, value=value))
        else:
            stored.value = value
            session.add(stored)
