"""The ward's unit matcher, shared by the directive importer and the minutes: names and
short forms of units, and the roles (chủ trì / phối hợp) a text gives them."""

from __future__ import annotations

import pytest

from secretariat.directives.importer import match_units as importer_match_units
from secretariat.directives.importer import ward_unit_pairs
from secretariat.units.name_matching import AssignedUnits, assigned_units, match_units

UNITS = ward_unit_pairs()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A short form inside a unit's own name names only that unit.
        ("Văn phòng Đảng ủy", ("PH-VP",)),
        ("Thường trực Đảng ủy", ("PH-TT",)),
        ("Ủy ban Kiểm tra Đảng ủy", ("PH-UBKT",)),
        ("Đảng bộ UBND phường", ("DBCS-UBND",)),
        ("Ban Thường vụ, Văn phòng Đảng ủy", ("PH-BTV", "PH-VP")),
        ("Văn phòng Đảng ủy và Đảng ủy các xã, phường", ("PH-VP", "PH-BTV")),
        # "quân sự" folds like "quận" but is no city body.
        ("Chi bộ Quân sự", ("CBCS-QS",)),
        ("Quận ủy Lê Chân", ()),
        (
            "Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn",
            ("PH-VP", "PH-BXD"),
        ),
    ],
)
def test_units_are_matched_by_name_and_short_form(text: str, codes: tuple[str, ...]) -> None:
    assert match_units(text, UNITS) == codes
    assert importer_match_units(text, UNITS) == codes  # the importer's is the same matcher


def test_the_importer_also_reads_ocr_damage() -> None:
    assert importer_match_units("Pang uy cac xa, phuong", UNITS) == ("PH-BTV",)


LINE = "Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn các chi bộ tổ dân phố …"


@pytest.mark.parametrize(
    ("text", "lead", "support"),
    [
        (LINE, "PH-VP", ("PH-BXD",)),
        ("Giao Văn phòng Đảng ủy chủ trì, phối hợp với Ban Xây dựng Đảng", "PH-VP", ("PH-BXD",)),
        ("Van phong Dang uy chu tri, phoi hop Ban Xay dung Dang", "PH-VP", ("PH-BXD",)),
        ("Văn phòng Đảng ủy chủ trì, Ban Xây dựng Đảng phối hợp thực hiện", "PH-VP", ("PH-BXD",)),
        ("Ban Xây dựng Đảng phối hợp, Văn phòng Đảng ủy chủ trì", "PH-VP", ("PH-BXD",)),
        (
            "Chủ trì: Văn phòng Đảng ủy; phối hợp: Ban Xây dựng Đảng, UBND phường",
            "PH-VP",
            ("PH-BXD", "PH-UBND"),
        ),
        # «X phối hợp với Y»: X does the work, Y helps.
        ("Ban Xây dựng Đảng phối hợp với UBND phường rà soát", "PH-BXD", ("PH-UBND",)),
        # No role words: the first named leads.
        ("UBND phường và Công an phường rà soát", "PH-UBND", ("DBCS-CA",)),
        # Units named after the task's verb are not assignees.
        ("UBND phường rà soát, báo cáo Ban Thường vụ Đảng ủy", "PH-UBND", ()),
        ("Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra", "PH-VP", ()),
        # The one who assigns is not an assignee.
        ("Ban Thường vụ giao Văn phòng Đảng ủy tổng hợp", "PH-VP", ()),
    ],
)
def test_roles_as_written(text: str, lead: str, support: tuple[str, ...]) -> None:
    assert assigned_units(text, UNITS) == AssignedUnits(lead, support)


def test_no_unit_named() -> None:
    found = assigned_units("Các chi bộ rà soát đảng viên", UNITS)
    assert found == AssignedUnits(None) and found.codes == ()
    assert assigned_units(LINE, UNITS).codes == ("PH-VP", "PH-BXD")


def test_the_wards_own_units_named_all_at_once() -> None:
    # a task's units (each does the work), not an assignment's roles
    tdp_cells = match_units("Các chi bộ tổ dân phố đăng ký danh sách", UNITS)
    assert tdp_cells and all(code.startswith("CB-TDP") for code in tdp_cells)
    assert len(tdp_cells) == len([c for c, name in UNITS if name.startswith("Chi bộ Tổ dân phố")])
    assert all(c.startswith("TDP") for c in match_units("Các tổ dân phố rà soát", UNITS))
    assert match_units("Các tổ dân phố thuộc quận Lê Chân", UNITS) == ()
    assert match_units("Chi bộ Tổ dân phố số 05", UNITS) == ("CB-TDP05",)
