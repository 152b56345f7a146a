"""Number-and-symbol parsing: Party and state grammars, OCR damage, types."""

from __future__ import annotations

import pytest

from secretariat.directives.doc_numbers import (
    DOC_TYPES,
    NumberSymbol,
    doc_type_for,
    parse_number_symbol,
)


@pytest.mark.parametrize(
    ("raw", "text", "number", "abbr", "issuer"),
    [
        ("604-TB/VPTU", "604-TB/VPTU", 604, "TB", "VPTU"),
        ("604 - TB/VPTU", "604-TB/VPTU", 604, "TB", "VPTU"),
        ("S604 - TB/VPTU", "604-TB/VPTU", 604, "TB", "VPTU"),
        ("Số: 244-KL/TU", "244-KL/TU", 244, "KL", "TU"),
        ("604-tb/vptu", "604-TB/VPTU", 604, "TB", "VPTU"),
        ("1915-QĐ/TU", "1915-QĐ/TU", 1915, "QĐ", "TU"),
        ("1915-QD/TU", "1915-QĐ/TU", 1915, "QĐ", "TU"),
        ("1738-QB/TU", "1738-QĐ/TU", 1738, "QĐ", "TU"),
        ("144-Qb/TW", "144-QĐ/TW", 144, "QĐ", "TW"),
        ("05-QĐi/TW", "05-QĐi/TW", 5, "QĐi", "TW"),
        ("05-QDi/TW", "05-QĐi/TW", 5, "QĐi", "TW"),
        ("36-HD/VPTW", "36-HD/VPTW", 36, "HD", "VPTW"),
        ("23-\nTB/VPTU", "23-TB/VPTU", 23, "TB", "VPTU"),
        ("02-CTr/TU", "02-CTr/TU", 2, "CTr", "TU"),
        ("02-KH/PU", "02-KH/ĐU", 2, "KH", "ĐU"),
    ],
)
def test_party_grammar(raw: str, text: str, number: int, abbr: str, issuer: str) -> None:
    ns = parse_number_symbol(raw)
    assert ns == NumberSymbol(text, number, abbr, issuer, None, "party")


@pytest.mark.parametrize(
    ("raw", "text", "number", "abbr", "issuer", "year"),
    [
        ("196/KH-UBND", "196/KH-UBND", 196, "KH", "UBND", None),
        ("196 / KH - UBND", "196/KH-UBND", 196, "KH", "UBND", None),
        ("300/2025/NĐ-CP", "300/2025/NĐ-CP", 300, "NĐ", "CP", 2025),
        ("178/2024/ND-CP", "178/2024/NĐ-CP", 178, "NĐ", "CP", 2024),
        ("14/NQ-CP", "14/NQ-CP", 14, "NQ", "CP", None),
        ("1915/NQ-UBTVQH15", "1915/NQ-UBTVQH15", 1915, "NQ", "UBTVQH15", None),
        ("Kế hoạch số 196/KH-UBND, ngày 12/8/2025", "196/KH-UBND", 196, "KH", "UBND", None),
    ],
)
def test_state_grammar(
    raw: str, text: str, number: int, abbr: str, issuer: str, year: int | None
) -> None:
    assert parse_number_symbol(raw) == NumberSymbol(text, number, abbr, issuer, year, "state")


def test_quy_dinh_is_not_quyet_dinh() -> None:
    assert doc_type_for("05-QĐi/TW") == "Quy định"
    assert doc_type_for("1915-QĐ/TU") == "Quyết định"
    assert doc_type_for("1915-QD/TU") == "Quyết định"


@pytest.mark.parametrize(
    ("ns", "name"),
    [
        ("244-KL/TU", "Kết luận"),
        ("604-TB/VPTU", "Thông báo"),
        ("196/KH-UBND", "Kế hoạch"),
        ("12-TT/TU", "Thông tri"),
        ("01/2024/TT-BNV", "Thông tư"),
        ("36-HD/VPTW", "Hướng dẫn"),
        ("45-CT/TW", "Chỉ thị"),
        ("08-NQ/TU", "Nghị quyết"),
        ("300/2025/NĐ-CP", "Nghị định"),
        ("59-CV/BCĐ", "Công văn"),
        ("10-TTr/ĐU", "Tờ trình"),
        ("12-BC/ĐU", "Báo cáo"),
    ],
)
def test_doc_type_for(ns: str, name: str) -> None:
    assert doc_type_for(ns) == name


@pytest.mark.parametrize(
    "garbage",
    ["", "hello", "12/9/2025", "ngày 03 tháng 10 năm 2025", "604-XY/VPTU", "2025-2030", "-TB/"],
)
def test_garbage_is_none(garbage: str) -> None:
    assert parse_number_symbol(garbage) is None
    assert doc_type_for(garbage) is None


def test_doc_types_cover_both_lists() -> None:
    for abbr in ("NQ", "CT", "KL", "QĐ", "QĐi", "TB", "TT", "KH", "HD", "CTr", "BC", "CV", "TTr"):
        assert abbr in DOC_TYPES
    assert DOC_TYPES["NĐ"] == "Nghị định"


@pytest.mark.parametrize(
    ("raw", "text", "issuer"),
    [
        ("Số: 924/SNV-CCHC", "924/SNV-CCHC", "SNV"),
        ("Số: 73/UBND-TH Hải Phòng, ngày 08 tháng 9 năm 2025", "73/UBND-TH", "UBND"),
        ("Số: 2865/GDĐT-KT&KĐCL", "2865/GDĐT-KT&KĐCL", "GDĐT"),
        ("So: 1O5 / UBND - VP Nam Dinh", "105/UBND-VP", "UBND"),
        ("Số: 12/HĐND-VP", "12/HĐND-VP", "HĐND"),
        ("Số: 3980/C04-P6", "3980/C04-P6", "C04"),  # a police department, its Phòng 6
        ("Số: 2403/TTg-KGVX V/v Điều chỉnh", "2403/TTg-KGVX", "TTg"),  # the Prime Minister's
    ],
)
def test_cong_van_grammar(raw: str, text: str, issuer: str) -> None:
    """A state Công văn: number/ISSUER-UNIT, no type abbreviation (Nghị định 30/2020)."""
    ns = parse_number_symbol(raw)
    assert ns is not None
    assert (ns.text, ns.issuer_abbr, ns.grammar) == (text, issuer, "letter")
    assert doc_type_for(raw) == "Công văn"


@pytest.mark.parametrize(
    ("raw", "text", "issuer", "year"),
    [
        ("Nghị quyết số:\n61/2022/QH15", "61/2022/QH15", "QH15", 2022),
        ("Luật số 87/2015/QH13;", "87/2015/QH13", "QH13", 2015),
        ("Nghị quyết số 35/2023/UBTVQH15", "35/2023/UBTVQH15", "UBTVQH15", 2023),
        ("Số:\n299/TTg Hà Nội, ngày 10 tháng 11 năm 1980", "299/TTg", "TTg", None),
        ("Quyết định số 169-CP về công tác", "169-CP", "CP", None),
        ("Nghị định 64/CP ngày 27/9/1993", "64/CP", "CP", None),
        ("Quyết định số 217-HDBT", "217-HĐBT", "HĐBT", None),
    ],
)
def test_issuer_only_grammar(raw: str, text: str, issuer: str, year: int | None) -> None:
    """A law's or an older document's symbol names its issuer only; the title the type."""
    ns = parse_number_symbol(raw)
    assert ns is not None
    assert (ns.text, ns.issuer_abbr, ns.year, ns.grammar) == (text, issuer, year, "issuer")
    assert doc_type_for(raw) is None


@pytest.mark.parametrize(
    "prose",
    [
        "năm học 2017-2018",
        "đạt 3/CPU",
        "mã 12/TTgx",
        "lớp 10/QH1x",
        "Covid/SARS-CoV",
        "tỷ lệ 12/ha-năm",
        "đạt 50/Ubnd-x",
    ],
)
def test_prose_is_no_cong_van_number(prose: str) -> None:
    assert parse_number_symbol(prose) is None


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Số 445 - KL/TƯ", "445-KL/TW"),  # OCR'd Ư: Trung ương is TW
        ("Số 08-QÐi/TU", "08-QĐi/TU"),  # the look-alike Ð (U+00D0)
        ("Số 1O5-TB/TU", "105-TB/TU"),  # O for a zero inside the number
    ],
)
def test_ocr_damage_in_symbols(raw: str, text: str) -> None:
    ns = parse_number_symbol(raw)
    assert ns is not None and ns.text == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("1961/QDUBND", "1961/QĐ-UBND"),  # hyphen and Đ both lost
        ("61/2018/NDCP", "61/2018/NĐ-CP"),
        ("5/NQHDND", "5/NQ-HĐND"),
        ("3/QĐ-HDND", "3/QĐ-HĐND"),
        ("Số 1105⁄KH-ĐKT", "1105/KH-ĐKT"),  # OCR's fraction slash
    ],
)
def test_symbols_pdf_text_and_ocr_damaged(raw: str, text: str) -> None:
    ns = parse_number_symbol(raw)
    assert ns is not None and ns.text == text


@pytest.mark.parametrize("raw", ["Số: 0 /QĐ-BCĐ138", "Số 00-TB/TU", "Số: 0/UBND-VP"])
def test_no_document_is_numbered_zero(raw: str) -> None:
    # a number written by hand that OCR read as «0» is no number
    assert parse_number_symbol(raw) is None


@pytest.mark.parametrize(
    ("raw", "text", "number"),
    [
        ("Số: 66.7/2025/NQ-CP", "66.7/2025/NQ-CP", 66),  # the 7th of the series 66
        ("Số: 66.13/2025/NQ-CP", "66.13/2025/NQ-CP", 66),
        ("Số: 66/2025/NQ-CP", "66/2025/NQ-CP", 66),
    ],
)
def test_a_series_part_after_a_dot_is_never_cut_off(raw: str, text: str, number: int) -> None:
    ns = parse_number_symbol(raw)
    assert ns is not None and (ns.text, ns.number) == (text, number)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("Số: 01/2016/TTLT-TANDTC-VKSNDTC-BTP", "01/2016/TTLT-TANDTC-VKSNDTC-BTP"),
        (
            "Số: 102/2025/NQLT - UBTVQH15 - CP - ĐCTUBTWMTQVN",
            "102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTQVN",
        ),
        ("Số: 12/UBND-VP - Hà Nội, ngày 02/3/2026", "12/UBND-VP"),  # a place after it
        ("Số: 45/TB-UBND - THÔNG BÁO", "45/TB-UBND"),  # a word in capitals after it
        ("Số: 3/QĐ-UBND - HUẾ", "3/QĐ-UBND"),
        ("Số.45/KH-UBND", "45/KH-UBND"),  # a dot after «Số», not after a figure
    ],
)
def test_a_joint_documents_issuers_all_stay_in_its_symbol(raw: str, text: str) -> None:
    ns = parse_number_symbol(raw)
    assert ns is not None and ns.text == text


def test_a_consolidated_text_is_typed_by_its_number_not_its_acts_title() -> None:
    ns = parse_number_symbol("Số: 5161/VBHN-BLĐTBXH")
    assert ns is not None and (ns.text, ns.type_abbr) == ("5161/VBHN-BLĐTBXH", "VBHN")
    assert doc_type_for("Số: 5161/VBHN-BLĐTBXH") == "Văn bản hợp nhất"
