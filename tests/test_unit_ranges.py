"""Lists of units written short: numbered units as ranges, the others by name (issue 17)."""

from __future__ import annotations

from secretariat.units.ranges import number_ranges, owing_text, split_number, units_text

TDP = [f"Chi bộ Tổ dân phố số {n:02d}" for n in range(1, 39)]
SCHOOLS = [f"Chi bộ Trường học số {n:02d}" for n in range(1, 18)]


def test_numbers_become_ranges_from_three_in_a_row() -> None:
    assert number_ranges(["01", "02", "03", "04", "07", "08", "10"]) == "01–04, 07, 08, 10"
    assert number_ranges(["38", "02", "01", "03"]) == "01–03, 38"
    assert number_ranges(["5"]) == "5"


def test_a_numbered_name_splits_at_its_last_number() -> None:
    assert split_number("Chi bộ Tổ dân phố số  07") == ("Chi bộ Tổ dân phố số", "07")
    assert split_number("Văn phòng Đảng ủy") is None
    assert split_number("Chi bộ Quân sự") is None


def test_36_of_38_chi_bo_tdp_is_one_short_line() -> None:
    owing = [name for number, name in enumerate(TDP, 1) if number not in (5, 6)]
    assert owing_text(owing, TDP) == "36/38 chi bộ Tổ dân phố chưa xong: số 01–04, 07–38"
    assert owing_text(owing, TDP, short=True) == "36/38 chi bộ TDP: số 01–04, 07–38"


def test_scattered_numbers_are_listed() -> None:
    owing = [SCHOOLS[7], SCHOOLS[10], SCHOOLS[13], SCHOOLS[16]]
    assert owing_text(owing, SCHOOLS) == "4/17 chi bộ Trường học chưa xong: số 08, 11, 14, 17"


def test_unnumbered_units_keep_their_names_in_order() -> None:
    names = ["Văn phòng Đảng ủy", "Chi bộ Quân sự", "Ban Xây dựng Đảng"]
    assert units_text(names) == "Văn phòng Đảng ủy; Chi bộ Quân sự; Ban Xây dựng Đảng"
    assert owing_text(names[:2], names) == "2/3 chưa xong: Văn phòng Đảng ủy; Chi bộ Quân sự"


def test_a_mixed_task_names_its_groups_where_they_first_appear() -> None:
    assigned = ["Văn phòng Đảng ủy", *TDP]
    owing = ["Văn phòng Đảng ủy", *TDP[:4], TDP[9]]
    assert owing_text(owing, assigned) == (
        "6/39 chưa xong: Văn phòng Đảng ủy; Chi bộ Tổ dân phố số 01–04, 10"
    )


def test_one_unit_is_its_name() -> None:
    assert owing_text(["Văn phòng Đảng ủy"], ["Văn phòng Đảng ủy"]) == "Văn phòng Đảng ủy"
    assert units_text([TDP[0]]) == "Chi bộ Tổ dân phố số 01"
    assert owing_text([], TDP) == ""


def test_a_short_form_keeps_its_capitals() -> None:
    groups = [f"Tổ dân phố số {n:02d}" for n in range(1, 39)]
    assert owing_text(groups[2:4], groups, short=True) == "2/38 TDP: số 03, 04"
