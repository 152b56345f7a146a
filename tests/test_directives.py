"""The register of incoming directives against a real SQLite file: số đến, checks, search, files."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import select

from secretariat.directives.register import (
    DirectiveFilter,
    DirectiveInput,
    attach_file,
    create_directive,
    directive_detail,
    directive_facets,
    directive_input,
    directive_list,
    label,
    update_directive,
)
from secretariat.errors import NeedsConfirmation, UserError
from storage.engine import session_scope
from storage.models import Attachment, AuditLog, Directive

KL = DirectiveInput(
    number_symbol="244-KL/TU",
    issuer="Thành ủy Hải Phòng",
    issued="14/04/2023",
    received="17/04/2023",
    subject="Kết luận Hội nghị lần thứ 11 Ban Chấp hành Đảng bộ thành phố khóa XVI",
    full_text="Giao Ban Tổ chức Thành ủy hoàn thành trước ngày 20/4/2023.",
)
TB = DirectiveInput(
    number_symbol="604-tb/vptu",
    issuer="Văn phòng Thành ủy Hải Phòng",
    issued="03/10/2025",
    received="06/10/2025",
    subject="Ý kiến chỉ đạo về mô hình chính quyền địa phương 02 cấp ở phường Lê Ích Mộc",
    confidentiality="mat",
)


def _create(engine: Engine, data: DirectiveInput) -> Directive:
    with session_scope(engine) as session:
        return create_directive(data, session=session)


def _ids(engine: Engine, query: str = "", **filters: object) -> list[int]:
    with session_scope(engine) as session:
        rows = directive_list(session=session, filters=DirectiveFilter(query=query, **filters))  # type: ignore[arg-type]
    return [row.id for row in rows]


def test_incoming_numbers_run_per_year_and_never_repeat(engine: Engine) -> None:
    first = _create(engine, KL)
    second = _create(engine, replace(KL, number_symbol="245-KL/TU", received="18/04/2023"))
    next_year = _create(engine, TB)
    assert (first.incoming_number, first.incoming_year) == (1, 2023)
    assert (second.incoming_number, second.incoming_year) == (2, 2023)
    assert (next_year.incoming_number, next_year.incoming_year) == (1, 2025)
    # The type comes from the abbreviation and the number is written the standard way.
    assert (next_year.number_symbol, next_year.doc_type) == ("604-TB/VPTU", "Thông báo")

    typed = replace(KL, number_symbol="250-KL/TU", incoming_number="2")
    with pytest.raises(UserError) as caught:
        _create(engine, typed)
    assert caught.value.message == (
        "Số đến 2/2023 đã cấp cho văn bản «245-KL/TU»; số tiếp theo còn trống là 3."
    )
    # Typed by hand into a free place: kept; another year may reuse the number.
    assert _create(engine, replace(typed, incoming_number="40")).incoming_number == 40
    other_year = replace(TB, number_symbol="605-TB/VPTU", incoming_number="2")
    assert _create(engine, other_year).incoming_number == 2


def test_bad_input_is_refused_with_every_problem_and_nothing_saved(engine: Engine) -> None:
    bad = DirectiveInput(
        subject="  ",
        issuer="",
        received="31/02/2026",
        issued="aa",
        incoming_number="-3",
        confidentiality="bi_mat",
    )
    with pytest.raises(UserError) as caught:
        _create(engine, bad)
    assert caught.value.message == "Trích yếu không được để trống."
    assert caught.value.details == [
        "Cơ quan ban hành không được để trống.",
        "Ngày ban hành «aa» không đúng dạng ngày/tháng/năm (VD: 15/10/2025).",
        "Ngày đến «31/02/2026» không có thật: tháng 2/2026 chỉ có 28 ngày.",
        "Độ mật «bi_mat» không hợp lệ.",
        "Số đến «-3» phải là số nguyên dương.",
    ]
    with pytest.raises(UserError) as caught:
        _create(engine, replace(KL, received="13/04/2023"))
    assert caught.value.message == "Ngày đến 13/04/2023 trước ngày ban hành 14/04/2023."
    with session_scope(engine) as session:
        assert session.exec(select(Directive)).all() == []


def test_registering_the_same_directive_twice_is_refused(engine: Engine) -> None:
    first = _create(engine, KL)
    twin = replace(
        KL, number_symbol="244 - kl/tu", issuer="THÀNH ỦY HẢI PHÒNG", received="20/04/2023"
    )
    with pytest.raises(UserError) as caught:
        _create(engine, twin)
    assert caught.value.message == (
        "Văn bản 244-KL/TU ngày 14/04/2023 của Thành ủy Hải Phòng đã có trong sổ "
        "(số đến 1/2023); hãy sửa văn bản đó thay vì đăng ký lại."
    )
    # Party documents are numbered per term: the same number on another date is another one.
    assert _create(engine, replace(KL, issued="14/04/2021", received="15/04/2021")).id != first.id


def test_a_stale_edit_is_refused_with_the_fresh_values(engine: Engine) -> None:
    directive = _create(engine, KL)
    with session_scope(engine) as session:
        seen = directive_input(directive.id, session=session)
    with session_scope(engine) as session:
        update_directive(directive.id, replace(seen, subject="Sửa lần một"), session=session)
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        update_directive(directive.id, replace(seen, subject="Sửa lần hai"), session=session)
    assert "vừa được sửa ở nơi khác" in caught.value.message
    assert "«Sửa lần một»" in caught.value.message
    with session_scope(engine) as session:
        stored = session.get(Directive, directive.id)
        assert stored is not None and stored.subject == "Sửa lần một" and stored.version == 2
        # Editing keeps the directive's own số đến.
        assert stored.incoming_number == 1
        changes = session.exec(
            select(AuditLog.field, AuditLog.old_value, AuditLog.new_value).where(
                AuditLog.table_name == "directives", AuditLog.action == "update"
            )
        ).all()
    assert ("subject", KL.subject, "Sửa lần một") in changes


def test_search_ignores_case_diacritics_and_punctuation(engine: Engine) -> None:
    kl = _create(engine, KL).id
    tb = _create(engine, TB).id
    assert _ids(engine, "ket luan hoi nghi") == [kl]
    assert _ids(engine, "LE ICH MOC") == [tb]
    assert _ids(engine, "dia phuong") == [tb]  # d finds đ
    assert _ids(engine, "604-TB") == [tb]
    assert _ids(engine, "244-kl/tu") == [kl]
    assert _ids(engine, "ban to chuc") == [kl]  # full text
    assert _ids(engine, "thanh uy") == [tb, kl]  # newest received first
    assert _ids(engine, "chinh qu") == [tb]  # the word being typed is a prefix
    assert _ids(engine, "khong co tu nay") == []
    for junk in ('"', "'", "()", "*", "-", "[]", '"ket', "ket*", "a AND", "NOT", "^", "—", ":"):
        _ids(engine, junk)  # never an error
    for only_punctuation in ('"', "()", "*", "-", "[]", "...", "—"):
        assert _ids(engine, only_punctuation) == []


def test_search_follows_edits(engine: Engine) -> None:
    directive = _create(engine, KL)
    with session_scope(engine) as session:
        seen = directive_input(directive.id, session=session)
        update_directive(directive.id, replace(seen, subject="Chuyển đổi số"), session=session)
    assert _ids(engine, "hoi nghi lan thu") == []
    assert _ids(engine, "chuyen doi so") == [directive.id]


def test_filters_and_their_choices(engine: Engine) -> None:
    kl = _create(engine, KL).id
    tb = _create(engine, TB).id
    assert _ids(engine, doc_type="Kết luận") == [kl]
    assert _ids(engine, year=2025) == [tb]
    assert _ids(engine, confidentiality="mat") == [tb]
    assert _ids(engine, status="moi") == [tb, kl]
    assert _ids(engine, issuer="Thành ủy Hải Phòng") == [kl]
    assert _ids(engine, "ket luan", year=2025) == []
    with session_scope(engine) as session:
        facets = directive_facets(session=session)
    assert facets.doc_types == ["Kết luận", "Thông báo"]
    assert facets.years == [2025, 2023]


def test_a_one_megabyte_text_is_kept_whole_and_found(engine: Engine) -> None:
    body = ("Đảng ủy phường triển khai thực hiện nghiêm túc. " * 22_000)[
        :1_000_000
    ] + " chuyenmucmoi"
    directive = _create(engine, replace(KL, full_text=body))
    with session_scope(engine) as session:
        stored = session.get(Directive, directive.id)
        assert stored is not None and len(stored.full_text) == len(body.strip())
    assert _ids(engine, "chuyenmucmoi") == [directive.id]


def test_attachments_are_copied_privately(engine: Engine, db_path: Path, tmp_path: Path) -> None:
    directive = _create(engine, KL)
    scan = tmp_path / "Kết luận 244 (bản quét).pdf"
    scan.write_bytes(b"%PDF-1.4 scanned")
    folder = db_path.parent / "attachments"
    with session_scope(engine) as session:
        attach_file(directive.id, scan, folder, session=session)
    scan.unlink()  # the office keeps its own copy
    with session_scope(engine) as session:
        detail = directive_detail(directive.id, folder, session=session)
    (line,) = detail.attachments
    assert line.file_name == "Kết luận 244 (bản quét).pdf" and line.present
    assert line.path.read_bytes() == b"%PDF-1.4 scanned"
    assert stat.S_IMODE(line.path.stat().st_mode) == 0o600

    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        attach_file(directive.id, tmp_path / "khong-co.pdf", folder, session=session)
    assert caught.value.message == f"Không tìm thấy tệp «{tmp_path / 'khong-co.pdf'}»."
    with session_scope(engine) as session:
        assert len(session.exec(select(Attachment)).all()) == 1
    # A copy lost from the data directory is said so, not hidden.
    line.path.unlink()
    with session_scope(engine) as session:
        assert not directive_detail(directive.id, folder, session=session).attachments[0].present


def test_the_search_index_is_built_for_directives_already_registered(
    tmp_path: Path,
) -> None:
    from sqlmodel import Session

    from storage.engine import make_engine, sqlite_url
    from storage.migrate import upgrade

    engine = make_engine(sqlite_url(tmp_path / "old.sqlite3"))
    upgrade(engine, "0004_versions")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO directives (number_symbol, doc_type, issuer, place, subject, "
                "confidentiality, urgency, handler, status, full_text, created_at, updated_at, "
                "incoming_number, received_date) VALUES ('604-TB/VPTU', 'Thông báo', "
                "'Văn phòng Thành ủy', '', 'Đảng bộ phường Lê Ích Mộc', 'thuong', 'thuong', '', "
                "'moi', '', '2025-10-06', '2025-10-06', 541, '2025-10-06')"
            )
        )
    upgrade(engine)
    with Session(engine) as session:
        rows = directive_list(session=session, filters=DirectiveFilter(query="dang bo le ich"))
        assert [(r.number_symbol, r.incoming_number) for r in rows] == [("604-TB/VPTU", 541)]
        assert session.exec(select(Directive.incoming_year)).one() == 2025
    engine.dispose()


def test_a_directive_without_number_or_date_is_asked_about_once(engine: Engine) -> None:
    plan = DirectiveInput(  # seed 004: a plan of the ward's own, typed without its header
        doc_type="Kế hoạch",
        issuer="Đảng ủy phường Lê Ích Mộc",
        received="21/11/2026",
        subject="Kế hoạch tổ chức Hội nghị tổng kết năm 2026",
    )
    with pytest.raises(NeedsConfirmation) as asked, session_scope(engine) as session:
        create_directive(plan, session=session)
    assert asked.value.message == (
        "Văn bản chưa có số, ký hiệu và ngày ban hành; trong sổ và ở các nhiệm vụ nó sẽ "
        "mang tên «Kế hoạch, Đảng ủy phường Lê Ích Mộc». Nếu đúng như vậy, nhấn Ctrl+S lần "
        "nữa để vẫn lưu."
    )
    assert asked.value.field == "number_symbol"  # the form puts the cursor there
    assert _ids(engine) == []  # nothing saved
    saved = _create(engine, replace(plan, confirmed=True))
    assert label(saved) == "Kế hoạch, Đảng ủy phường Lê Ích Mộc"
    with session_scope(engine) as session:  # an edit does not ask again about the same
        current = directive_input(saved.id, session=session)
        update_directive(saved.id, replace(current, subject="Kế hoạch tổng kết"), session=session)
    with pytest.raises(NeedsConfirmation, match="chưa có ngày ban hành"):
        # a date removed from a directive that had one is asked about
        with session_scope(engine) as session:
            kl = create_directive(KL, session=session)
        with session_scope(engine) as session:
            update_directive(
                kl.id, replace(directive_input(kl.id, session=session), issued=""), session=session
            )


def test_an_edit_that_makes_a_directive_the_twin_of_another_is_refused_by_name(
    engine: Engine,
) -> None:
    with session_scope(engine) as session:
        create_directive(KL, session=session)
        other = create_directive(replace(KL, number_symbol="245-KL/TU"), session=session)
    with pytest.raises(UserError) as refused, session_scope(engine) as session:
        edited = replace(directive_input(other.id, session=session), number_symbol="244-KL/TU")
        update_directive(other.id, edited, session=session)
    assert refused.value.message == (
        "Văn bản 244-KL/TU ngày 14/04/2023 của Thành ủy Hải Phòng đã có trong sổ "
        "(số đến 1/2023); hãy sửa văn bản đó thay vì đăng ký lại."
    )
    with session_scope(engine) as session:
        stored = sorted(d.number_symbol for d in session.exec(select(Directive)).all())
    assert stored == ["244-KL/TU", "245-KL/TU"]


def test_a_directive_whose_type_is_unknown_is_asked_about_once(engine: Engine) -> None:
    """Issue 16: a missing type is a question at save, like a missing number or date (the
    type read from a number's abbreviation counts as known)."""
    note = DirectiveInput(
        issuer="Văn phòng Thành ủy Hải Phòng",
        received="21/11/2026",
        issued="20/11/2026",
        subject="Về việc chuẩn bị hội nghị",
    )
    with pytest.raises(NeedsConfirmation) as asked, session_scope(engine) as session:
        create_directive(note, session=session)
    assert asked.value.message.startswith("Văn bản chưa có số, ký hiệu và loại văn bản;")
    assert asked.value.field == "number_symbol"
    typed = replace(note, number_symbol="212-TB/VPTU")  # the type comes from «TB»
    assert _create(engine, typed).doc_type == "Thông báo"


def test_the_same_file_attached_twice_is_one_record_and_one_copy(
    engine: Engine, db_path: Path, tmp_path: Path
) -> None:
    directive = _create(engine, KL)
    scan = tmp_path / "ban-quet.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned twice")
    folder = db_path.parent / "attachments"
    with session_scope(engine) as session:
        first = attach_file(directive.id, scan, folder, session=session)
    with session_scope(engine) as session:
        again = attach_file(directive.id, scan, folder, session=session)
        detail = directive_detail(directive.id, folder, session=session)
    assert again.id == first.id and len(detail.attachments) == 1
    assert detail.attachments[0].path.read_bytes() == b"%PDF-1.4 scanned twice"


def test_the_detail_view_is_read_in_one_unit_of_work_selecting_the_directive_once(
    engine: Engine, tmp_path: Path
) -> None:
    from datetime import date

    from sqlalchemy import event

    from secretariat.directives.view import directive_view

    kl = _create(engine, KL)
    assert kl.id is not None
    selects: list[str] = []

    def seen(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT") and "FROM directives" in statement:
            selects.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with session_scope(engine) as session:
            view = directive_view(kl.id, tmp_path, date(2023, 4, 20), session=session)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert view.detail.number_symbol == "244-KL/TU"
    assert view.tasks == [] and view.origin is None and view.reread is None
    by_id = [s for s in selects if "directives.id =" in s]
    assert len(by_id) == 1, by_id  # the detail, the origin and the re-read offer share it
