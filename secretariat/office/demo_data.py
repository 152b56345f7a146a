"""The five seed directives as a careful clerk registered them, for the demo database.

Every value was read by hand from the seed texts in ``secretariat/office/demo_seeds/`` (diacritics
restored from the OCR) and mapped to the ward's own units; received dates and incoming numbers
are plausible register entries, except seed 004's received date, which the document stamps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DemoTask:
    # The task as the clerk writes it: Vietnamese with diacritics, one sentence, <= 200 chars.
    title: str
    # The deadline words as in the document, diacritics restored
    # ("hoàn thành trước ngày 15/10/2025"); "thường xuyên" for ongoing tasks.
    phrase: str
    # None for ongoing ("thường xuyên") tasks.
    due_date: date | None
    # What the unit hands in ("Báo cáo kết quả thực hiện", "Kế hoạch triển khai"…), "" if none.
    expected_product: str
    # Unit codes; the first is the lead unit (chủ trì), the rest coordinate (phối hợp).
    units: tuple[str, ...]


@dataclass(frozen=True)
class DemoDirective:
    seed_file: str  # e.g. "000_3f6a480f366f8b59.txt"
    number_symbol: str  # e.g. "604-TB/VPTU"; "" when the document carries no number
    doc_type: str  # "Thông báo", "Kết luận", "Báo cáo"…
    issuer: str  # e.g. "Văn phòng Thành ủy Hải Phòng"
    place: str  # e.g. "Hải Phòng"
    issued_date: date
    # 1-4 days after issue; the document's own received stamp where it has one (seed 004).
    received_date: date
    # Số đến in the ward's incoming register: plausible, sequential within each year.
    incoming_number: int
    subject: str  # trích yếu
    tasks: tuple[DemoTask, ...]


SEED_DIRECTIVES: tuple[DemoDirective, ...] = (
    DemoDirective(
        seed_file="000_3f6a480f366f8b59.txt",
        number_symbol="604-TB/VPTU",
        doc_type="Thông báo",
        issuer="Văn phòng Thành ủy Hải Phòng",
        place="Hải Phòng",
        issued_date=date(2025, 10, 3),
        received_date=date(2025, 10, 6),
        incoming_number=541,
        subject=(
            "Ý kiến chỉ đạo của đồng chí Bí thư Thành ủy tại Hội nghị Ủy ban nhân dân thành phố"
            " đánh giá về tình hình, kết quả 03 tháng hoạt động của mô hình chính quyền địa"
            " phương 02 cấp"
        ),
        tasks=(
            DemoTask(
                title=(
                    "Rà soát, bổ sung, hoàn thiện và ban hành chương trình hành động thực hiện"
                    " Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2025 - 2030, gửi Văn phòng"
                    " Thành ủy."
                ),
                phrase="ban hành xong trước ngày 15/10/2025",
                due_date=date(2025, 10, 15),
                expected_product="Chương trình hành động thực hiện Nghị quyết Đại hội",
                units=("PH-VP", "PH-BXD", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Rà soát, đánh giá đúng thực trạng đội ngũ cán bộ của phường, đề xuất nhu cầu"
                    " điều động, bố trí cán bộ chuyên môn về cơ sở theo Kết luận số 195-KL/TW."
                ),
                phrase="hoàn thành trước ngày 15/10/2025",
                due_date=date(2025, 10, 15),
                expected_product="Báo cáo rà soát, đề xuất nhu cầu cán bộ",
                units=("PH-BXD", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Phối hợp với các sở, ngành hoàn thành phương án tổ chức hoạt động Ban Quản"
                    " lý dự án phù hợp với địa bàn (nhiệm vụ tại Thông báo số 23-TB/VPTU)."
                ),
                phrase="hoàn thành trong tháng 10/2025",
                due_date=date(2025, 10, 31),
                expected_product="",
                units=("PH-UBND",),
            ),
            DemoTask(
                title=(
                    "Rà soát, đề xuất bố trí phương tiện, trang thiết bị làm việc (máy móc, đường"
                    " truyền, phần mềm, xe ô tô phục vụ công tác chung), khắc phục cơ bản khó"
                    " khăn, vướng mắc."
                ),
                phrase="trong năm 2025",
                due_date=date(2025, 12, 31),
                expected_product="Báo cáo đề xuất nhu cầu phương tiện, trang thiết bị",
                units=("PH-UBND", "PH-VP"),
            ),
            DemoTask(
                title=(
                    "Chủ động phối hợp với các sở, ngành rà soát quy hoạch, triển khai các dự án,"
                    " quyết tâm hoàn thành các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội"
                    " năm 2025."
                ),
                phrase="hoàn thành các mục tiêu, chỉ tiêu năm 2025",
                due_date=date(2025, 12, 31),
                expected_product="Báo cáo kết quả thực hiện",
                units=("PH-UBND",),
            ),
            DemoTask(
                title=(
                    "Tăng cường phối hợp giữa cấp ủy, chính quyền; thực hiện nghiêm kỷ luật, kỷ"
                    " cương hành chính, khắc phục tình trạng chậm trễ, đùn đẩy, né tránh trách"
                    " nhiệm."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-BTV", "PH-UBND", "PH-UBKT"),
            ),
            DemoTask(
                title=(
                    "Đẩy mạnh tuyên truyền chủ trương, chính sách mới, giới thiệu mô hình hay, cách"
                    " làm tốt; kịp thời biểu dương, khen thưởng tập thể, cá nhân làm tốt."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-BXD", "PH-TTCT", "PH-UBND"),
            ),
        ),
    ),
    DemoDirective(
        seed_file="001_ce8a8a71da63380d.txt",
        number_symbol="",
        doc_type="Báo cáo",
        issuer="Đảng ủy phường Lê Ích Mộc",
        place="Lê Ích Mộc",
        issued_date=date(2025, 8, 4),
        received_date=date(2025, 8, 5),
        incoming_number=187,
        subject=(
            "Báo cáo chính trị trình Đại hội đại biểu Đảng bộ phường Lê Ích Mộc lần thứ I,"
            " nhiệm kỳ 2025 - 2030"
        ),
        tasks=(
            DemoTask(
                title=(
                    "Phấn đấu hằng năm kết nạp đảng viên mới đạt trên 3% tổng số đảng viên, chú"
                    " trọng học sinh trường THPT và người lao động trong doanh nghiệp ngoài nhà"
                    " nước."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-BXD", "DBCS-THPTQT"),
            ),
            DemoTask(
                title=(
                    "Tiếp tục phân công công tác cho đảng viên tại các chi bộ tổ dân phố; phối hợp"
                    " quản lý đảng viên theo Quy định số 213-QĐ/TW của Bộ Chính trị."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-BXD", "@CB_TDP"),
            ),
            DemoTask(
                title=(
                    "Kiểm tra, giám sát 100% tổ chức đảng trực thuộc trong nhiệm kỳ; kịp thời kiểm"
                    " tra tổ chức đảng, đảng viên có dấu hiệu vi phạm."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-UBKT",),
            ),
            DemoTask(
                title=(
                    "Giải quyết thủ tục hành chính đúng hạn đạt 99%/năm; nâng cao chất lượng hoạt"
                    " động của Trung tâm phục vụ hành chính công."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-UBND",),
            ),
            DemoTask(
                title=(
                    "Tuyển chọn và gọi công dân nhập ngũ, tham gia nghĩa vụ công an nhân dân đạt"
                    " 100% chỉ tiêu hằng năm."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-UBND", "CBCS-QS", "DBCS-CA"),
            ),
        ),
    ),
    DemoDirective(
        seed_file="002_d7018a7c681a6f88.txt",
        number_symbol="244-KL/TU",
        doc_type="Kết luận",
        issuer="Thành ủy Hải Phòng",
        place="Hải Phòng",
        issued_date=date(2023, 4, 14),
        received_date=date(2023, 4, 17),
        incoming_number=268,
        subject=(
            "Kết luận Hội nghị Thành ủy lần thứ 11, khóa XVI về kết quả thực hiện nhiệm vụ quý I;"
            " nhiệm vụ, giải pháp trọng tâm quý II năm 2023"
        ),
        tasks=(
            DemoTask(
                title=(
                    "Tham gia ý kiến vào Bản thảo công trình Lịch sử Đảng bộ thành phố Hải Phòng"
                    " - Tập IV (2001 - 2020), gửi Ban Tuyên giáo Thành ủy tổng hợp."
                ),
                phrase="trước ngày 20/4/2023",
                due_date=date(2023, 4, 20),
                expected_product="Văn bản tham gia ý kiến",
                units=("PH-TT", "PH-BXD"),
            ),
            DemoTask(
                title=(
                    "Xây dựng Kế hoạch luân chuyển cán bộ theo hướng dẫn của Ban Tổ chức Thành ủy,"
                    " ưu tiên cán bộ trẻ, cán bộ được quy hoạch nhưng chưa được rèn luyện ở cơ sở."
                ),
                phrase="hoàn thành trong quý II năm 2023",
                due_date=date(2023, 6, 30),
                expected_product="Kế hoạch luân chuyển cán bộ",
                units=("PH-BXD", "PH-TT"),
            ),
            DemoTask(
                title=(
                    "Tổ chức sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị"
                    " quyết Đại hội XVI Đảng bộ thành phố và Nghị quyết Đại hội Đảng bộ nhiệm kỳ"
                    " 2020 - 2025."
                ),
                phrase="nhiệm vụ trọng tâm quý II năm 2023",
                due_date=date(2023, 6, 30),
                expected_product="Báo cáo sơ kết giữa nhiệm kỳ",
                units=("PH-VP", "PH-BXD", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Sơ kết 02 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về học tập và"
                    " làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."
                ),
                phrase="nhiệm vụ trọng tâm quý II năm 2023",
                due_date=date(2023, 6, 30),
                expected_product="Báo cáo sơ kết",
                units=("PH-BXD", "PH-TTCT"),
            ),
            DemoTask(
                title=(
                    "Kiểm tra kết quả 10 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số"
                    " 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng"
                    " Đảng, chính quyền."
                ),
                phrase="nhiệm vụ trọng tâm quý II năm 2023",
                due_date=date(2023, 6, 30),
                expected_product="Báo cáo kết quả kiểm tra",
                units=("PH-MTTQ", "PH-DTN", "PH-HPN", "PH-HCCB", "PH-HND"),
            ),
            DemoTask(
                title=(
                    "Tăng cường giám sát thường xuyên, nắm chắc tình hình, kịp thời kiểm tra khi có"
                    " dấu hiệu vi phạm đối với tổ chức đảng và đảng viên."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-UBKT",),
            ),
            DemoTask(
                title=(
                    "Quyết liệt kiềm chế tai nạn giao thông, trấn áp tội phạm, nhất là tội phạm ma"
                    " túy; tăng cường phòng cháy chữa cháy, phòng chống thiên tai, cứu hộ, cứu nạn."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("DBCS-CA", "PH-UBND", "CBCS-QS"),
            ),
        ),
    ),
    DemoDirective(
        seed_file="003_6ed9b338d3c65bbb.txt",
        number_symbol="129-TB/TU",
        doc_type="Thông báo",
        issuer="Ban Thường vụ Thành ủy Hải Phòng",
        place="Hải Phòng",
        issued_date=date(2025, 8, 27),
        received_date=date(2025, 8, 29),
        incoming_number=312,
        subject=(
            "Ý kiến của Ban Thường vụ Thành ủy về việc vận hành mô hình chính quyền địa phương"
            " 02 cấp trên địa bàn thành phố"
        ),
        tasks=(
            DemoTask(
                title=(
                    "Chủ động xây dựng kế hoạch công tác cho từng nhiệm vụ, tăng cường ứng dụng"
                    " chuyển đổi số vào công việc và hội họp, xây dựng môi trường làm việc văn"
                    " minh, thân thiện."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-VP", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Tiếp tục rà soát quy trình nội bộ thực hiện công việc, mạnh dạn đơn giản hóa"
                    " hoặc lược bỏ những bước, khâu mang tính hình thức, không thực sự cần thiết."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-UBND", "PH-VP"),
            ),
            DemoTask(
                title=(
                    "Triển khai đánh giá hiệu suất công tác (KPIs) đối với cán bộ, công chức, viên"
                    " chức của phường, tránh tạo thêm áp lực cho cán bộ, công chức."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-UBND", "PH-BXD"),
            ),
        ),
    ),
    DemoDirective(
        seed_file="004_6f075bdf8dff8ead.txt",
        number_symbol="",
        doc_type="Thông báo",
        issuer="Ban Thường vụ Thành ủy Hải Phòng",
        place="Hải Phòng",
        issued_date=date(2026, 6, 4),
        received_date=date(2026, 6, 6),
        incoming_number=874,
        subject=(
            "Kết luận của Ban Thường vụ Thành ủy tại Hội nghị sơ kết 1 năm vận hành mô hình tổ"
            " chức tổng thể của hệ thống chính trị, mô hình chính quyền địa phương 2 cấp"
        ),
        tasks=(
            DemoTask(
                title=(
                    "Theo dõi việc ban hành Quyết định về khung số lượng, tên gọi các phòng chuyên"
                    " môn thuộc UBND cấp xã, chuẩn bị sắp xếp các phòng chuyên môn của phường."
                ),
                phrase="hoàn thành trước ngày 30/6/2026",
                due_date=date(2026, 6, 30),
                expected_product="",
                units=("PH-UBND", "PH-BXD"),
            ),
            DemoTask(
                title=(
                    "Hoàn thành việc xử lý, sắp xếp tài sản công, trụ sở dôi dư trên địa bàn phường"
                    " theo Kết luận số 18-KL/TW và Kết luận số 27-KL/TW."
                ),
                phrase="hoàn thành trước ngày 30/6/2026",
                due_date=date(2026, 6, 30),
                expected_product="Báo cáo kết quả xử lý, sắp xếp tài sản công, trụ sở dôi dư",
                units=("PH-UBND", "PH-VP"),
            ),
            DemoTask(
                title=(
                    "Tổng hợp, kiến nghị các khó khăn, vướng mắc, bất cập liên quan đến việc phân"
                    " cấp, ủy quyền cho chính quyền cơ sở để các sở, ngành tháo gỡ."
                ),
                phrase="hoàn thành trước ngày 30/6/2026",
                due_date=date(2026, 6, 30),
                expected_product="Báo cáo kiến nghị",
                units=("PH-UBND",),
            ),
            DemoTask(
                title=(
                    "Đề xuất nhu cầu đào tạo, bồi dưỡng, tập huấn cán bộ, công chức của phường để"
                    " thành phố xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ cơ sở."
                ),
                phrase="hoàn thành trước ngày 30/6/2026",
                due_date=date(2026, 6, 30),
                expected_product="Văn bản đề xuất nhu cầu đào tạo, bồi dưỡng",
                units=("PH-UBND", "PH-BXD", "PH-TTCT"),
            ),
            DemoTask(
                title=(
                    "Theo dõi văn bản của Thường trực Thành ủy chỉ đạo giải quyết khó khăn, vướng"
                    " mắc theo đề xuất của các Cụm xã để triển khai tại phường."
                ),
                phrase="hoàn thành trước ngày 12/6/2026",
                due_date=date(2026, 6, 12),
                expected_product="",
                units=("PH-VP", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Chuẩn bị hồ sơ quy hoạch cán bộ lãnh đạo, quản lý của phường để Ban Tổ chức"
                    " Thành ủy thẩm định, đề xuất phê duyệt."
                ),
                phrase="trước ngày 15/6/2026",
                due_date=date(2026, 6, 15),
                expected_product="Hồ sơ quy hoạch cán bộ",
                units=("PH-BXD", "PH-TT"),
            ),
            DemoTask(
                title=(
                    "Phối hợp tham mưu bố trí tăng thêm Phó Chủ tịch UBND phường theo Nghị định số"
                    " 300/2025/NĐ-CP của Chính phủ."
                ),
                phrase="hoàn thành trước ngày 30/6/2026",
                due_date=date(2026, 6, 30),
                expected_product="",
                units=("PH-BXD", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Rà soát, đề xuất việc bố trí, sắp xếp nhân sự bí thư chi bộ, tổ trưởng tổ dân"
                    " phố theo Kết luận số 34-KL/TW của Bộ Chính trị."
                ),
                phrase="hoàn thành trước ngày 15/7/2026",
                due_date=date(2026, 7, 15),
                expected_product="Văn bản đề xuất bố trí nhân sự",
                units=("PH-BXD", "PH-UBND"),
            ),
            DemoTask(
                title=(
                    "Sắp xếp, tinh gọn các hội quần chúng; xây dựng Đề án đổi mới phương thức hoạt"
                    " động của Ủy ban MTTQ Việt Nam, các tổ chức chính trị - xã hội ở cấp xã."
                ),
                phrase="hoàn thành trước ngày 15/7/2026",
                due_date=date(2026, 7, 15),
                expected_product="Đề án đổi mới phương thức hoạt động",
                units=("PH-MTTQ", "PH-DTN", "PH-HPN", "PH-HCCB", "PH-HND"),
            ),
            DemoTask(
                title=(
                    "Phân công rõ nhiệm vụ, trách nhiệm, thời hạn hoàn thành cho từng tập thể, cá"
                    " nhân; siết chặt kỷ luật, kỷ cương; tăng cường kiểm tra, giám sát, đôn đốc."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-BTV", "PH-UBKT", "@TAT_CA_TCD"),
            ),
            DemoTask(
                title=(
                    "Làm tốt công tác nhận xét, đánh giá cán bộ trên cơ sở khối lượng công việc"
                    " được giao, chất lượng hoàn thành; kịp thời thay thế cán bộ yếu kém."
                ),
                phrase="thường xuyên",
                due_date=None,
                expected_product="",
                units=("PH-BXD", "PH-TT"),
            ),
        ),
    ),
)
