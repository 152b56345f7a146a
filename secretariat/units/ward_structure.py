"""The structure of phường Lê Ích Mộc: its unit kinds, groups and units (pure data).

Source: seed 001 (political report to the ward's 1st Party Congress, note 39):
69 Party organisations — 4 đảng bộ cơ sở, 18 chi bộ cơ sở (Chi bộ Quân sự and 17
school chi bộ), 47 chi bộ trực thuộc (38 chi bộ tổ dân phố, 3 y tế, 6 doanh
nghiệp and HTX) — and 38 tổ dân phố. Names the report does not give are
numbered; the clerk renames them on the Units screen or loads a CSV.
"""

from __future__ import annotations

from dataclasses import dataclass

from secretariat.vocab import UNIT_KINDS

# Unit kinds: stored codes and their Vietnamese labels, in display order.
DANG_BO_CO_SO = "dang_bo_co_so"
CHI_BO_CO_SO = "chi_bo_co_so"
CHI_BO_TRUC_THUOC = "chi_bo_truc_thuoc"
TO_DAN_PHO = "to_dan_pho"
CO_QUAN_PHUONG = "co_quan_phuong"

KIND_LABELS: dict[str, str] = UNIT_KINDS  # stored code -> label, in display order
PARTY_KINDS = (DANG_BO_CO_SO, CHI_BO_CO_SO, CHI_BO_TRUC_THUOC)


@dataclass(frozen=True)
class GroupSpec:
    code: str
    name: str


GROUPS = (
    GroupSpec("TAT_CA_TCD", "Tất cả tổ chức Đảng"),
    GroupSpec("DBCS", "Đảng bộ cơ sở"),
    GroupSpec("CBCS", "Chi bộ cơ sở"),
    GroupSpec("CBTT", "Chi bộ trực thuộc"),
    GroupSpec("CB_TDP", "Tất cả chi bộ tổ dân phố"),
    GroupSpec("CB_TRUONG", "Chi bộ trường học"),
    GroupSpec("CB_YTE", "Chi bộ y tế"),
    GroupSpec("CB_DN_HTX", "Chi bộ doanh nghiệp và HTX"),
    GroupSpec("TDP", "Tất cả tổ dân phố"),
    GroupSpec("CQ_PHUONG", "Cơ quan, đoàn thể phường"),
)


@dataclass(frozen=True)
class UnitSpec:
    code: str
    name: str
    kind: str
    groups: tuple[str, ...]


def _numbered(
    prefix: str, name: str, count: int, kind: str, groups: tuple[str, ...]
) -> list[UnitSpec]:
    return [
        UnitSpec(f"{prefix}{n:02d}", f"{name} {n:02d}", kind, groups) for n in range(1, count + 1)
    ]


def ward_units() -> list[UnitSpec]:
    """Every unit of the ward, in display order."""
    party = ("TAT_CA_TCD",)
    ward_bodies = [
        ("PH-BTV", "Ban Thường vụ Đảng ủy"),
        ("PH-TT", "Thường trực Đảng ủy"),
        ("PH-VP", "Văn phòng Đảng ủy"),
        ("PH-BXD", "Ban Xây dựng Đảng"),
        ("PH-UBKT", "Ủy ban Kiểm tra Đảng ủy"),
        ("PH-TTCT", "Trung tâm Chính trị phường"),
        ("PH-HDND", "HĐND phường"),
        ("PH-UBND", "UBND phường"),
        ("PH-MTTQ", "Ủy ban MTTQ Việt Nam phường"),
        ("PH-DTN", "Đoàn Thanh niên phường"),
        ("PH-HPN", "Hội Liên hiệp Phụ nữ phường"),
        ("PH-HCCB", "Hội Cựu chiến binh phường"),
        ("PH-HND", "Hội Nông dân phường"),
    ]
    units = [UnitSpec(code, name, CO_QUAN_PHUONG, ("CQ_PHUONG",)) for code, name in ward_bodies]
    dbcs = (*party, "DBCS")
    units += [
        UnitSpec("DBCS-CQD", "Đảng bộ Các cơ quan Đảng", DANG_BO_CO_SO, dbcs),
        UnitSpec("DBCS-UBND", "Đảng bộ UBND phường", DANG_BO_CO_SO, dbcs),
        UnitSpec("DBCS-CA", "Đảng bộ Công an phường", DANG_BO_CO_SO, dbcs),
        UnitSpec("DBCS-THPTQT", "Đảng bộ Trường THPT Quang Trung", DANG_BO_CO_SO, dbcs),
    ]
    cbcs = (*party, "CBCS")
    units.append(UnitSpec("CBCS-QS", "Chi bộ Quân sự", CHI_BO_CO_SO, cbcs))
    units += _numbered("CBCS-TH", "Chi bộ Trường học số", 17, CHI_BO_CO_SO, (*cbcs, "CB_TRUONG"))
    cbtt = (*party, "CBTT")
    units += _numbered("CB-TDP", "Chi bộ Tổ dân phố số", 38, CHI_BO_TRUC_THUOC, (*cbtt, "CB_TDP"))
    units += _numbered("CB-YT", "Chi bộ Y tế số", 3, CHI_BO_TRUC_THUOC, (*cbtt, "CB_YTE"))
    units += _numbered(
        "CB-DN", "Chi bộ Doanh nghiệp số", 5, CHI_BO_TRUC_THUOC, (*cbtt, "CB_DN_HTX")
    )
    units.append(
        UnitSpec(
            "CB-HTX",
            "Chi bộ HTX Kinh doanh dịch vụ nông nghiệp",
            CHI_BO_TRUC_THUOC,
            (*cbtt, "CB_DN_HTX"),
        )
    )
    units += _numbered("TDP", "Tổ dân phố số", 38, TO_DAN_PHO, ("TDP",))
    return units
