"""Deadline phrases in Vietnamese text, with or without diacritics, OCR-damaged or not.

Recognised (each optionally led by "hoàn thành", "ban hành xong", "xong"):

* ``trước ngày 15/10/2025``, ``trước ngày 15 tháng 10 năm 2025``, ``chậm nhất ngày ...``
  -> that day; ``trước ngày 20/4`` takes ``default_year``;
* ``trong tháng 10/2025`` / ``trong tháng 10 năm 2025`` -> last day of the month;
* ``trong quý II năm 2023`` -> last day of the quarter;
* ``trong năm 2025`` -> 31 December;
* ``trước 14 giờ, ngày 05/12/2017``, ``chậm nhất 16h30 ngày ...`` -> that day, the hour
  kept (``time`` "14:00");
* ``thời hạn (cuối cùng) ... là ngày 30/9/2025``, ``hạn chót ...: ngày ...`` -> that day;
* ``trước tháng 9.2020`` -> the last day of August;
* ``hạn cuối ngày 15/12/2025``, ``hạn chót là ngày ...``, ``không quá ngày ...``, ``không
  muộn hơn ngày ...`` -> that day;
* ``trước ngày 20 hằng tháng`` -> recurring (``recurrence`` "monthly"), due on the first
  such day on or after the issue date; ``trước ngày 15/12 hằng năm``, ``hạn cuối ngày 15
  tháng 12 hàng năm``, ``định kỳ hằng năm (trước ngày 15/11 ...`` -> "yearly"; ``trước
  ngày 01/6 và 15/11 hằng năm`` -> one yearly deadline for each day; ``trước ngày 15 của
  tháng cuối quý`` -> "quarterly" (``trước ngày 20 hằng quý``, whose month is not said,
  needs review); a year-less date in a sentence saying "hằng năm"/"hằng tháng" recurs
  the same way; ``trước 16 giờ hằng ngày`` -> "daily", from the day of issue;
* a plan's time line naming a period alone: ``Thời gian hoàn thành: Tháng 11/2025`` /
  ``Quý I/2026`` / ``Quí IV-2025`` / ``Năm 2026`` -> its last day; after "hoàn thành" or
  "thời hạn" a span (``tháng 11/2025 đến tháng 4/2026``) -> the end of its last period;
  ``Thời gian thực hiện: từ ... đến ...`` or ``... : năm 2026`` (the period the work runs
  over) and ``Thời gian: ...`` (an event's) are none; a ``Thời gian thực hiện`` month or
  quarter is marked ``item_period``: a deadline only on an item's line (``candidates``);
* ``trong vòng 10 ngày (làm việc) kể từ ngày ký/ban hành/nhận`` -> computed from the
  issue date (``computed``; from the received date, which the text does not give, it
  also needs review); working days skip Saturdays and Sundays;
* ``lùi/gia hạn/điều chỉnh thời hạn ... đến ngày ...`` -> a deadline that moves an
  earlier one (``moves``): the later one wins (``candidates``).

Dates are written with ``/``, ``.`` or ``-``; a date without a year takes the
directive's year. OCR without diacritics may read "trước" as "truot" (taken only before
"ngày").

Dates are never guessed: a phrase whose day, month or year cannot be read ("trước ngày
15", "trong tháng này", "trong quý tới", "trước ngày 3l/10/2025"), or names an impossible
date (31/02/2026), is returned with ``due_date=None`` and ``needs_review=True``.

Also read:

* ``không quá ngày …``, ``không muộn hơn ngày …``, ``chậm nhất đến hết ngày …`` -> that day;
* ``vào thứ Sáu hàng tuần``, ``Định kỳ thứ Hai hàng tuần`` with the work said in the
  sentence (a report, not a meeting) -> "weekly";
* ``chậm nhất vào ngày 20 của tháng đầu năm liền kề tiếp theo`` -> "yearly" (20 January),
  ``… ngày cuối cùng của tháng đầu quý liền kề sau`` -> "quarterly", without the fourth
  quarter's when the article reports three quarters only (``báo cáo quý I, II và III``);
  ``… ngày 20 của tháng cuối kỳ báo cáo`` -> a quarter's last month when the document
  reports by quarters, December when yearly; ``… ngày 10 tháng 7 của năm báo cáo (…) và
  ngày 15 tháng 01 của năm tiếp sau`` -> both days; ``Hạn nộp hồ sơ … vào ngày …`` -> that
  day; a daily report over a named period (``từ ngày 25/01 đến hết ngày …``, ``dịp nghỉ lễ
  30/4-01/5``) -> from its first day;
* ``ngày 10 của tháng tiếp theo`` in a sentence saying it repeats (``hằng tháng``,
  ``định kỳ``) -> "monthly" due the next month's day, "quarterly" after ``hằng quý``; said
  once it needs review; ``gửi … từ ngày 25 đến 30 hàng tháng`` -> "monthly", due at the end
  of the first window that opens on or after the issue date.

Not deadlines, hence never matched: "đến ngày ..." (until), cited documents' dates
("Kết luận số 195-KL/TW, ngày 26/9/2025"), horizons ("đến năm 2030", "giai đoạn
2025-2030"), the issue date line. The weak forms (trong tháng/quý/năm) also need either a
lead verb or to close the clause, and are refused after a passive "được ..." ("đã được
xác định trong năm 2023"), before "và cả năm" (a span, "trong quý II và cả năm 2023")
and after a campaign's phase ("Đợt 1: Trong tháng 12/2025"). A date before the issue
date in a sentence telling what was done ("Chủ tịch đã chỉ đạo … hoàn thành trước ngày
30/10/2025") is an earlier document's deadline, not one of this document.
A date a condition names ("đối với / nếu / trừ các trường hợp … trước ngày … thì …"), what
a transitional rule lets go on ("… được tiếp tục sử dụng"), what was granted before the day
of issue ("chứng chỉ được cấp trước ngày 01/01/2023") and a limit counted from receiving
another document are none either, nor a limit counted from signing a paper the rule speaks
of (``quyết định thanh tra phải được công bố chậm nhất là 15 ngày kể từ ngày ký``), a year's
goal (``Giao chỉ tiêu giảm tai nạn giao thông … trong năm 2024``), a day of a year the rule
names by its work (``trước ngày 31 tháng 12 năm xếp hạng``), or a day an earlier letter
asked for when this one asks it again.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from secretariat.directives.importer.date_words import MONTH_NAMES, in_figures
from secretariat.directives.importer.ocr import clean, fold_keep_offsets, marks_optional, words
from secretariat.text import fold


@dataclass(frozen=True)
class Deadline:
    """A deadline phrase found in a text."""

    phrase: str  # the words as found, lines joined, e.g. "hoàn thành trước ngày 15/10/2025"
    due_date: date | None
    needs_review: bool
    start: int  # offsets of the phrase in the text given to find_deadlines
    end: int
    time: str | None = None  # "14:00" when the phrase names an hour
    recurrence: str | None = None  # "daily", "weekly", "monthly", "quarterly" or "yearly"
    computed: bool = False  # "trong vòng 10 ngày kể từ ngày ký": counted by the importer
    moves: bool = False  # "lùi thời hạn ... đến ngày ...": replaces an earlier deadline
    # "Thời gian thực hiện: Tháng 12/2025": a plan item's due month, or a whole plan's
    # (a campaign's) month; only the first is a deadline (``candidates`` decides)
    item_period: bool = False


# OCR-tolerant spellings of the key words, on folded text. Between words: spaces, line
# breaks and Markdown emphasis ("hoàn thành **trước ngày 30/6/2026**").
_S = r"[\s*_]+"
# "trước"; OCR without diacritics also reads it "truot", taken only before "ngày".
# Its «tr» OCR'd as a sign («#ước ngày 20/12/2025», read «tuoc»): taken only before «ngày».
_TRUOC = r"(?:tr[uw][odec0][ce]?|(?:truot|tuoc)(?=[\s*_]+ng[a-z0-9]y\b))"
# «muộn nhất (là) ngày …» says «chậm nhất»; read as it (the same length: offsets kept).
# «chậm nhất», and the South's «trễ nhất» («nộp … trễ nhất là ngày 14/3/2025»)
_CHAM_NHAT = rf"(?:ch[a-z]m|tre){_S}nh[a-z]t"
_LATEST_SAID_OTHERWISE = re.compile(r"\bmuon(?=[\s*_]+nhat\b)")
_SIGN_FOR_TR = re.compile(r"(?<!\w)[#*%$](?=uoc\s+ng[a-z0-9]y\b)")
_NGAY = r"ng[a-z0-9]y"
_NGAY_ = rf"{_NGAY}(?:{_S}|(?=\d))"  # «ngày» and what follows, a figure glued too («ngày15»)
# A place's name ending in «Trực» or «Trúc» before a day, read as OCR's «trước» otherwise.
_PLACE_NAMED = re.compile(r"(?:^|\s)[A-ZĐ]\w*\s+Tr[ựúu]c\s$")
_THANG = r"th[a-z0-9]ng"
_NAM = r"n[a-z0-9]{1,2}m"
_QUY = r"qu[yi]"
_TRONG = r"tr[o0]ng"
_LEAD = rf"(?:(?:ho[a4]n{_S}th[a4]nh|ban{_S}h[a4]nh{_S}xong|xong){_S})?"
_DIG = r"[0-9ol]"  # OCR reads 1 as l and 0 as o; such a date needs review
_SEP = r"\s*[/.-]\s*"

_DAY_DATE = (
    rf"(?P<d>{_DIG}{{1,2}})(?:{_SEP}(?P<m>{_DIG}{{1,2}})(?:{_SEP}(?P<y>{_DIG}{{4}}))?"
    rf"|{_S}{_THANG}{_S}(?P<m2>{_DIG}{{1,2}})(?:(?:{_S}{_NAM}{_S}|\s*/\s*)(?P<y2>{_DIG}{{4}}))?)?"
)
# («16g30», and «16g» before its day: «trước 16g ngày 2 tháng 12 năm 2011»)
# (the time of day after it: «trước 10 giờ sáng ngày …», «trước 3 giờ chiều ngày …» is 15:00)
_HOUR = (
    r"(?P<h>\d{1,2})\s*(?:gio|h|g(?=\d|[\s,]+(?:ngay|thu|sang|chieu|trua|toi)\b)|:(?=[0-5]\d\b))"
    r"(?:\s*(?P<mi>[0-5]\d)(?:\s*(?:phut|['’′]))?)?[\s,]*"
    r"(?:(?P<ap>sang|trua|chieu|toi|dem)\b[\s,]*)?"
)
_HOUR2 = _HOUR.replace("<h>", "<h2>").replace("<mi>", "<mi2>").replace("<ap>", "<ap2>")
_HOUR3 = _HOUR.replace("<h>", "<h3>").replace("<mi>", "<mi3>").replace("<ap>", "<ap3>")
# The day of the week before the date: "chậm nhất là thứ 2, ngày 26 tháng 3 năm 2012".
# («(?:\s*,)?» and not «\s*,?» before the spaces: two runs of spaces in a row cost the
# square of their length on a line of blanks)
_WEEKDAY = rf"(?:thu{_S}(?:[2-7]|hai|ba|tu|nam|sau|bay)(?:\s*,)?{_S})?"
_BY_DAY = re.compile(
    rf"\b{_LEAD}(?:{_TRUOC}{_S}(?:(?:luc{_S})?{_HOUR})?{_WEEKDAY}(?:{_NGAY_}{_WEEKDAY}|thoi{_S}diem{_S})?|{_CHAM_NHAT}{_S}(?:(?:l[a-z]|v[a-z]o|d[a-z]n(?:{_S}het)?|het){_S})?"
    # («chậm nhất là 15/4/2025», its «ngày» left out: a date in figures, not «15 ngày»)
    rf"(?:(?:{_TRUOC}|trong|luc){_S})?(?:{_HOUR2})?{_WEEKDAY}(?:{_NGAY_}{_WEEKDAY}"
    rf"|(?=\d{{1,2}}/\d{{1,2}}\b(?!{_S}(?:ngay|thang|gio|nam)\b)))"
    rf"|han{_S}(?:cu[o0][i1]|ch[o0]t)(?:{_S}c[a-z]ng)?(?:{_S}(?:l[a-z]|v[a-z]o))?[\s:]*{_NGAY_}"
    rf"|kh[o0]ng{_S}(?:qu[a4]|mu[o0]n{_S}h[o0]n){_S}{_NGAY_})"  # «không quá ngày 31/12/2008»
    rf"(?=[0-9ol]{{1,2}}\b|[0-9ol]{{1,2}}[/.-])"
    rf"{_DAY_DATE}(?![0-9/])"
)
# A day of a year a rule names by what happens in it, not by its number: «… trước ngày 31
# tháng 12 năm xếp hạng», «… ngày 30 tháng 6 của năm đánh giá».
_OTHER_YEAR = re.compile(
    rf"{_S}(?:c[a-z]a{_S})?{_NAM}{_S}"
    r"(?!(?:nay|sau|toi|truoc|lien|tiep|ke|bao|do|hien|ngan)\b)[a-z]{2,}"
)
# A second day after a deadline's, the same rule's: «… (đối với báo cáo 06 tháng) và ngày 15
# tháng 01 của năm tiếp sau».
_AND_DAY = re.compile(
    rf"(?:{_S}cua{_S}(?:nam|thang|quy)(?:{_S}[a-z]+){{0,3}}?)?(?:\s*\([^()]{{0,80}}\))?\s*"
    # («… trước ngày 10/6 và 10/12»: the second day in figures, its «ngày» left out)
    rf"(?:,|v[a-z]){_S}(?P<day>(?:{_NGAY_}|(?=\d{{1,2}}/\d{{1,2}}\b))(?=\d){_DAY_DATE})(?![0-9/])"
    rf"(?!{_S}(?:so|tong{_S}so|con{_S}lai)\b)"  # («và 2/3 số phiếu …»: a share)
)
# (a limit named by what is due: «Hạn nộp báo cáo: ngày …», «Hạn gửi: Thứ Sáu, ngày …»)
_TERM = re.compile(
    rf"(?:\b(?:thoi{_S}han|(?<!qua )(?<!het )han{_S}"
    rf"(?:chot|cuoi|nop|gui|dang{_S}ky|bao{_S}cao|hoan{_S}thanh))\b"
    rf"|(?<![a-z] )\bhan(?=\s*:))"  # a bare label: «(hạn: 12/3)», not «quyền hạn:»
    rf"[^.;\n]{{0,100}}?(?:\bla|:|\bden(?:{_S}het)?)"
    rf"{_S}(?:{_HOUR})?(?:(?:sang|chieu|trua|toi){_S})?{_WEEKDAY}(?:{_NGAY_})?(?=\d){_DAY_DATE}"
    r"(?![0-9/])"
)
# The day first, the limit it is after it: «Ngày 20/3/2025: hạn cuối nộp báo cáo», «- 20/3/2025
# – Hạn chót nhận hồ sơ».
_DAY_THEN_TERM = re.compile(
    # (at a line's start, a list's row: not a cited document's «… số 20/KH-UBND ngày …»)
    rf"(?m)^[ \t*_]*(?:[-+•][ \t]*)?(?:{_NGAY_})?(?=\d){_DAY_DATE}(?![0-9/])"
    rf"(?:\s*[:–-]\s*(?:l[a-z]{_S})?|{_S}l[a-z]{_S}|\s*,\s*)"
    rf"(?:han{_S}(?:cuoi|chot|nop|gui)|thoi{_S}han{_S}(?:cuoi|nop|gui))\b"
)
# The term of something granted or in force, not of a task: an authorisation, a licence,
# a lease, a contract.
_VALIDITY = re.compile(
    r"\b(?:thoi han|han) (?:uy quyen|hieu luc|su dung|giay phep|cap phep|thue|giao dat"
    r"|luu tru|bao hanh|bao hiem|hop dong|nhiem ky|tam tru|tam vang)\b|\bhieu luc\b"
)
# «Thời gian chậm nhất gửi báo cáo về Ban Thường trực … ngày 23/3/2026»: the limit named
# first, its day at the clause's end.
_LATEST = re.compile(
    rf"\b(?:thoi{_S}gian|thoi{_S}han){_S}{_CHAM_NHAT}\b(?!{_S}(?:l[a-z]{_S})?{_NGAY})"
    # not a limit counted from a day («chậm nhất là 15 ngày kể từ ngày 01/4/2026»)
    rf"(?:(?!\bke{_S}tu\b|\btinh{_S}tu\b)[^.;\n]){{0,120}}?\b{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
)
# A day to hand something in: «Hạn nộp hồ sơ đăng ký … vào ngày 29/02/2012», «hồ sơ giáo án
# … nộp cho Ban tổ chức vào ngày 16/3/2012».
_SUBMIT_ON = re.compile(
    rf"\b(?:han{_S})?nop\b[^.;\n]{{0,120}}?\bv[a-z]o{_S}{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
)
# Files taken in on a day or over a few days, unlabelled: «nhận hồ sơ từ 02 – 04/8/2021»,
# «nhận hồ sơ ngày 10-12/8/2021», «… nhận hồ sơ ngày 13/8/2021»: due the last day, as the
# labelled window is (_SIGN_UP_WINDOW); a limit said another way («nộp hồ sơ trước 15h00
# ngày …») is read by its own pattern.
_FILES_TAKEN = re.compile(
    # (not «sau ngày …», «kể từ …», «trừ ngày …», a cited «Thông báo số … ngày …» between)
    rf"\b(?:nhan|nop){_S}ho{_S}so\b(?:(?!truoc|cham|han\b|sau\b|ke{_S}tu|tru\b|so\b)[^.;\n]){{0,40}}?"
    rf"(?:\b(?P<tu>tu){_S}(?:{_NGAY_})?|{_NGAY_})"
    # («[^\S\n]*», never two runs of spaces side by side: linear on a line of blanks)
    r"(?P<span>\d{1,2}(?:/\d{1,2}(?:/\d{4})?)?[^\S\n]*"
    rf"(?:[-–→][^\S\n]*|den(?:{_S}het)?(?:{_S}{_NGAY_}|[^\S\n]*))(?=\d{{1,2}}/\d{{1,2}}/\d{{4}}))?"
    rf"(?<![\d/])(?=\d){_DAY_DATE}(?![0-9/])"
)
# Files no longer or not yet taken in, or already taken: «không nhận hồ sơ …», «đã nhận …».
_FILES_REFUSED = re.compile(r"\b(?:khong|da|chua|dung|ngung)\s*$")
# A limit counted in days and spelt out as the span it covers: «… trong thời hạn 10 ngày
# (kể) từ ngày 02/5/2024 đến hết ngày 12/5/2024» («trong thời 10 ngày», its «hạn» lost):
# due the span's last day. Not how long something lasts («nghỉ Tết trong 09 ngày từ …»,
# «diễn ra trong thời gian 05 ngày, từ …»).
_COUNTED_SPAN = re.compile(
    rf"\btrong{_S}thoi{_S}(?:han{_S})?\d{{1,3}}{_S}ngay\b,?"
    rf"(?:{_S}lam{_S}viec)?,?{_S}(?:ke{_S})?tu{_S}{_NGAY_}\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{4}})?"
    rf"{_S}den(?:{_S}het)?{_S}{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
)
# A report due within one day: "báo cáo nhanh … trong ngày 15/3/2026".
# («trong buổi sáng ngày 10/3/2025»: that day, its hour not said)
_WITHIN_DAY = re.compile(
    rf"\btrong{_S}(?:buoi{_S}(?:sang|chieu){_S})?{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
)
_REPORTS = re.compile(r"\b(?:bao cao|gui|nop)\b(?! vien)")
_DONE_BY = re.compile(r"\b(?:hoan thanh|xong)\s*$")  # «… hoàn thành trong ngày 09/02/2026»
# an event within the day: «hội nghị được tổ chức trong ngày 15/3», «báo cáo viên …»
# (a meeting's «họp», not «tổng hợp», «phối hợp», «kết hợp»)
_EVENT_BEFORE = re.compile(
    r"\b(?:to chuc(?! (?:dieu tra|ra soat|kiem tra|thu thap|lap danh sach|tong hop|thong ke)\b)"
    r"|dien ra|(?<!tong )(?<!phoi )(?<!ket )hop|hoi nghi|bao cao vien|tap huan|le)\b"
)
# A window's end: "được tiến hành từ ngày … và kết thúc trước …".
_WINDOW_END = re.compile(r"\btu ngay\b.*\bket thuc\b[^.;]{0,80}$")
# A sentence telling where the work stands, not what is to be done by when: «các nhiệm
# vụ còn lại đang triển khai thực hiện … trong năm 2025», «Tỉnh chưa hoàn thành … trong
# năm 2025» (read on the text as written: «đang» is no «Đảng»).
_STATUS = re.compile(
    marks_optional(
        r"\b(?:đang|đã|chưa|mới)\s+(?:\w+\s+){0,3}?(?:triển khai|thực hiện|hoàn thành|tổ chức)\b"
        # … told up to the period, no obligation or new clause between («các dự án đang
        # thực hiện thủ tục đầu tư phải hoàn tất hồ sơ trong quý II» is a deadline)
        r"(?![^,;]*\b(?:phải|cần|đề nghị|yêu cầu|giao|khẩn trương|hoàn tất|bảo đảm hoàn thành)\b)"
        r"[^,;]*$"
        # or a purpose: «… để tham mưu giải pháp khắc phục trong năm 2026»
        r"|\bđể\s+(?!nghị|xuất|án\b|ra\b)(?:\w+\s+){0,8}$"
        # (the sentence opening on it, up to its comma: «Để đảm bảo thời gian hoàn thành việc
        # hỗ trợ … trong năm 2013 theo quy định tại QĐ22, Bộ Xây dựng đề nghị …»)
        r"|^\W*(?:để|nhằm)\s+(?!nghị|xuất|án\b|ra\b)[^,;:]*$"
    ),
    re.IGNORECASE,
)
_STATUS_UNMARKED = re.compile(
    r"\b(?:dang|da|chua|moi)\s+(?:\w+\s+){0,3}?(?:trien khai|thuc hien|hoan thanh|to chuc)\b"
    r"(?![^,;]*\b(?:phai|can|de nghi|yeu cau|giao|khan truong|hoan tat|bao dam hoan thanh)\b)"
    r"[^,;]*$"
    # «để», not «đề nghị», «đề xuất», «đề án» …
    r"|\bde\s+(?!nghi|xuat|an\b|ra\b|cuong|tai\b|cap|thi\b|bat\b|phong)(?:\w+\s+){0,8}$"
    r"|^\W*(?:de|nham)\s+(?!nghi|xuat|an\b|ra\b|cuong|tai\b|cap|thi\b|bat\b|phong)[^,;:]*$",
    re.IGNORECASE,
)
# «hoàn thành trước quý III/2025»: by the end of the quarter before it
_BEFORE_QUARTER = re.compile(
    rf"\b{_LEAD}{_TRUOC}{_S}{_QUY}{_S}(?P<q>iv|iii|ii|i|[1-4])\b"
    rf"(?:{_SEP}|{_S}{_NAM}{_S})(?P<y>\d{{4}})(?![0-9/])"
)
_BEFORE_MONTH = re.compile(
    rf"\b{_LEAD}{_TRUOC}{_S}{_THANG}{_S}(?P<m>\d{{1,2}})(?:(?:{_SEP}|{_S}{_NAM}{_S})(?P<y>\d{{4}}))?"
    r"(?![0-9/])"
)
_DAILY = re.compile(
    rf"\b{_LEAD}(?:{_TRUOC}|{_CHAM_NHAT}){_S}{_HOUR}(?:h[a-z]ng|m[o0][i1]){_S}{_NGAY}\b"
)
# The day said first: «Báo cáo nhanh hằng ngày trước 16 giờ», «… hàng ngày trước 15h00 về …».
_DAILY_SAID_FIRST = re.compile(
    rf"\b(?:h[a-z]ng|m[o0][i1]){_S}{_NGAY}\b[\s*_,(]*(?:{_TRUOC}|{_CHAM_NHAT}){_S}{_HOUR}"
)
# A month's day said after the month, a report's: «Các tổ dân phố báo cáo kết quả hằng tháng
# về UBND phường vào ngày 25» (not a meeting's: «giao ban hằng tháng vào ngày 25»).
_MONTHLY_ON_DAY = re.compile(
    rf"\b(?:h[a-z]ng|m[o0][i1]){_S}th[a-z]ng\b[^.;\n]{{0,60}}?\bv[a-z]o{_S}{_NGAY}{_S}"
    r"(?P<d>\d{1,2})\b(?![/.-]\d)(?![\s*_]+(?:thang|cua|hang|moi)\b)"
)
# A report twice a day, its two hours in brackets: «báo cáo 02 lần/ngày (trước 9h00’ và
# 16h00’)» — two daily deadlines.
_TWICE_DAILY = re.compile(
    rf"\b(?:0?2|hai){_S}l[a-z]n\s*/\s*{_NGAY}\s*\(\s*{_TRUOC}{_S}{_HOUR}(?:v[a-z]{_S}|,\s*)"
    + _HOUR2.replace("[\\s,]*", "")
)
# Recurring deadlines: "trước ngày 20 hằng tháng", "trước ngày 15/12 hằng năm", "hạn cuối
# ngày 15 tháng 12 hàng năm", several days at once ("trước ngày 01/6 và 15/11 hằng năm"),
# the period named first ("định kỳ hằng năm (trước ngày 15/11 …", "hằng tháng, trước ngày
# 25"), a quarter's month ("trước ngày 15 của tháng cuối quý").
_BY = (
    rf"(?:{_TRUOC}|{_CHAM_NHAT}|han{_S}(?:cu[o0][i1]|ch[o0]t)(?:{_S}c[a-z]ng)?)"
    rf"(?:{_S}(?:l[a-z]|v[a-z]o))?"
)
_DM = rf"\d{{1,2}}(?:{_SEP}\d{{1,2}}|{_S}{_THANG}{_S}\d{{1,2}})?"
_DM_ONE = re.compile(
    rf"(?P<d>\d{{1,2}})(?:{_SEP}(?P<m>\d{{1,2}})|{_S}{_THANG}{_S}(?P<m2>\d{{1,2}}))?"
)
_DATES = rf"(?P<dates>{_DM}(?:\s*(?:,|v[a-z]){_S}(?:{_NGAY_})?{_DM})*)"
_RECURRING = re.compile(
    rf"\b{_LEAD}{_BY}(?:{_S}{_NGAY})?{_S}{_DATES}{_S}(?:c[a-z]a{_S})?"
    rf"(?:h[a-z]ng|m[o0][i1]|c[a-z]c){_S}(?P<unit>th[a-z]ng|n[a-z]m|{_QUY})\b"
)
# The preparation of what is to work from a day: «khẩn trương thực hiện các công tác chuẩn bị
# cần thiết, bảo đảm để chính quyền địa phương … chính thức hoạt động từ ngày 01 tháng 7 năm
# 2025»: ready by that day.
_READY_FROM = re.compile(
    rf"\bchuan{_S}bi\b[^.;]{{0,240}}?\b(?:chinh{_S}thuc{_S})?(?:di{_S}vao{_S})?"
    rf"(?:hoat{_S}dong|van{_S}hanh){_S}(?P<at>tu{_S}{_NGAY_}{_DAY_DATE})(?![0-9/])"
)
# A half-year's report on a day and month, each year's: «Định kỳ hàng tháng (…), 6 tháng
# (trước ngày 16/6), tổng kết năm (…)», «định kỳ 06 tháng (trước ngày 05 tháng 6)».
_HALF_YEARLY = re.compile(
    rf"\b(?:0?6|sau){_S}th[a-z]ng\b(?:{_S}d[a-z]u{_S}n[a-z]m)?[\s*_,:(]{{0,6}}{_BY}"
    rf"(?:{_S}thu{_S}(?:[2-7]|hai|ba|tu|nam|sau|bay)\s*,)?"  # («trước thứ Sáu, ngày 16/6»)
    rf"(?:{_S}{_NGAY})?{_S}(?P<d>\d{{1,2}})(?:{_SEP}(?P<m>\d{{1,2}})|{_S}{_THANG}{_S}(?P<m2>\d{{1,2}}))"
    rf"(?![0-9/])(?!{_S}n[a-z]m{_S}\d)"
)
# «Định kỳ vào ngày 20 hằng tháng, Công an cấp xã … rà soát …»: work on a day each month
# (a meeting on it is none: «giao ban vào ngày 05 hằng tháng»)
_RECURRING_ON = re.compile(
    rf"\b(?:dinh{_S}ky{_S})?v[a-z]o{_S}{_NGAY}{_S}{_DATES}{_S}(?:c[a-z]a{_S})?"
    rf"(?:h[a-z]ng|m[o0][i1]){_S}(?P<unit>th[a-z]ng|n[a-z]m)\b"
)
_MEETING = re.compile(
    r"(?<!phoi )(?<!truong )(?<!thich )\bhop\b|\b(?:giao ban|hoi nghi|sinh hoat|tiep cong dan)\b"
)
_RECURRING_AHEAD = re.compile(
    rf"\b(?:h[a-z]ng|m[o0][i1]){_S}(?P<unit>th[a-z]ng|n[a-z]m)\b[\s*_,:(]*{_LEAD}{_BY}(?:{_S}{_NGAY})?"
    rf"{_S}{_DATES}(?![0-9/])(?!{_SEP}\d)"
)
# A weekly report: "Định kỳ hằng tuần (trước 16 giờ ngày thứ Sáu)", "trước 16 giờ thứ Sáu
# hằng tuần"; first due on that weekday after the day of issue.
_WEEKDAY_NAME = rf"(?:thu{_S}(?P<wd>[2-7]|hai|ba|tu|nam|sau|bay)|(?P<cn>chu{_S}nhat))\b"
_WEEKLY = re.compile(
    rf"\bh[a-z]ng{_S}tuan\b[\s*_,:(]{{0,6}}{_LEAD}(?:{_TRUOC}|{_CHAM_NHAT})"
    rf"(?:{_S}(?:l[a-z]|v[a-z]o))?{_S}(?:{_HOUR})?(?:(?:sang|chieu){_S})?(?:{_NGAY_})?"
    rf"{_WEEKDAY_NAME}"
    rf"|\b{_LEAD}(?:{_TRUOC}|{_CHAM_NHAT}){_S}(?:{_HOUR2})?(?:(?:sang|chieu){_S})?"
    rf"(?:{_NGAY_})?"
    rf"{_WEEKDAY_NAME.replace('<wd>', '<wd2>').replace('<cn>', '<cn2>')}[\s,]*h[a-z]ng{_S}tuan\b"
    # «báo cáo … vào thứ Sáu hàng tuần», «Định kỳ thứ Hai hàng tuần tổng hợp …»: with the
    # work said in the sentence (a weekly meeting is none)
    rf"|\b(?P<on>v[a-z]o|d[i1]nh{_S}k[yi]){_S}(?:{_NGAY_})?(?:(?:sang|chieu){_S})?"
    rf"{_WEEKDAY_NAME.replace('<wd>', '<wd3>').replace('<cn>', '<cn3>')}[\s,]*h[a-z]ng{_S}tuan\b"
)
# The same opening its line: «Sáng thứ Ba hằng tuần (trước 9h00), các tổ dân phố gửi báo cáo …»
# (a pattern of its own, anchored: an alternative of _WEEKLY tried at every offset of a page)
_WEEKLY_FRONT = re.compile(
    rf"(?m)^(?P<front>)(?:[^\S\n]|[*_-])*(?:(?:sang|chieu){_S})?"
    rf"{_WEEKDAY_NAME.replace('<wd>', '<wd4>').replace('<cn>', '<cn4>')}[\s,]*h[a-z]ng{_S}tuan\b"
    rf"(?:[\s,]*\(\s*(?:{_TRUOC}{_S})?{_HOUR3}\s*\))?"
)
_WEEKDAYS = {"2": 1, "hai": 1, "3": 2, "ba": 2, "4": 3, "tu": 3, "5": 4, "nam": 4}
_WEEKDAYS |= {"6": 5, "sau": 5, "7": 6, "bay": 6}
# A day of the week of issue or of the next: «trước thứ Sáu tuần này», «chậm nhất thứ Tư tuần
# sau»; «trong tuần này» is by its Friday, the office's last day. Counted by the importer.
_IN_WEEK = re.compile(
    rf"\b{_LEAD}(?P<by>{_TRUOC}|{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?|v[a-z]o|trong)"
    rf"{_S}(?:{_HOUR})?(?:(?:sang|chieu){_S})?(?:{_NGAY_})?"
    rf"(?:{_WEEKDAY_NAME}{_S})?tuan{_S}(?P<week>nay|sau|toi)\b"
)
# The day after it: «trước 9 giờ sáng mai», «trước 17 giờ ngày mai» (no date in brackets).
_NEXT_DAY = re.compile(
    rf"\b(?:{_TRUOC}|{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?){_S}(?:luc{_S})?{_HOUR}"
    rf"(?:ngay{_S})?mai\b(?![\s,]*\(?\s*\d)"
)
# The day of issue itself: «trước 17 giờ 00 cùng ngày», «trước 10 giờ hôm nay».
_A_WEEKDAY = re.compile(r"\b(?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\b")
_SAME_DAY = re.compile(
    rf"\b(?:{_TRUOC}|{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?){_S}(?:luc{_S})?{_HOUR}"
    rf"(?:cung{_S}ngay|(?:ngay{_S})?hom{_S}nay)\b"
)


def _in_week(m: re.Match[str], f: str, issued: date | None) -> _Found | None:
    """The day «thứ Sáu tuần này» names, counted from the day of issue; none when said of
    an event or with no work, to review when already past."""
    opener = m.group("by")
    named = m.group("wd") or ("cn" if m.group("cn") else None)
    within = opener.startswith(("v", "trong"))
    if named is None and not opener.startswith("trong"):
        return None  # «vào tuần sau»: when, not by when
    clause = _sentence_before(f, m.start()) + _sentence_after(f, m.end())
    if (within and not _SENT_OR_DONE.search(clause)) or _EVENT_BEFORE.search(clause):
        return None  # «họp vào thứ Hai tuần sau», «Hội nghị được tổ chức trước thứ Sáu …»
    weekday = 7 if named == "cn" else _WEEKDAYS[named] if named else 5
    due = None
    if issued is not None and issued < date.max - timedelta(days=14):
        monday = issued - timedelta(days=issued.isoweekday() - 1)
        due = monday + timedelta(days=weekday - 1 + (0 if m.group("week") == "nay" else 7))
    review = due is None or due < issued if issued is not None else True
    return _Found(m.start(), m.end(), due, review, _hour(m), computed=True)


def _weekly(m: re.Match[str], issued: date | None) -> _Found:
    """The first weekly occurrence after the day of issue (none without that day)."""
    groups = m.groupdict()
    named = groups.get("wd") or groups.get("wd2") or groups.get("wd3") or groups.get("wd4")
    weekday = _WEEKDAYS[named] if named else 7
    due = None
    if issued is not None and issued < date.max - timedelta(days=7):
        due = issued + timedelta(days=(weekday - issued.isoweekday() - 1) % 7 + 1)
    return _Found(m.start(), m.end(), due, due is None, _hour(m), recurrence="weekly")


# A yearly report due within a month or a quarter: «báo cáo … trong tháng 1 hàng năm»,
# «Định kỳ vào tháng 11 hằng năm báo cáo …», «xong trong Quý I hằng năm».
_YEARLY_PERIOD = re.compile(
    rf"\b{_LEAD}(?:{_TRONG}|v[a-z]o|d[i1]nh{_S}k[yi]){_S}(?:{_THANG}{_S}(?P<m>\d{{1,2}})|{_QUY}{_S}"
    rf"(?P<q>iv|iii|ii|i|[1-4]))[\s,]*(?:h[a-z]ng|m[o0][i1]){_S}{_NAM}\b"
)


# The same, opening its sentence: «Tháng 8 hằng năm, cơ sở giáo dục … tổ chức phổ biến …»
_YEARLY_OPENING = re.compile(
    # («[^\S\n]», not «\s»: from each line's start, over a masked table's thousand blank
    # lines, «\s*» would cost the square of their number)
    rf"(?:^|(?<=[.;:]\s))(?:[^\S\n]|[*_-])*(?:(?:[a-z]|\d{{1,2}})[.)]\s+)?(?P<at>(?:{_THANG}{_S}(?P<m>\d{{1,2}})"
    rf"|{_QUY}{_S}(?P<q>iv|iii|ii|i|[1-4]))[\s,]*(?:h[a-z]ng|m[o0][i1]){_S}{_NAM}\b)",
    re.MULTILINE,
)
# The same, the period's end named after «hằng năm»: «Định kỳ hằng năm (vào cuối quý III)».
_YEARLY_END = re.compile(
    rf"\b(?:h[a-z]ng|m[o0][i1]){_S}{_NAM}[\s,(]{{0,6}}(?:v[a-z]o{_S})?cu[o0]i{_S}"
    rf"(?:{_THANG}{_S}(?P<m>\d{{1,2}})|{_QUY}{_S}(?P<q>iv|iii|ii|i|[1-4]))\b"
)
# «… cuối năm 1982», «cuối quý III/2026», «cuối tháng 12/2025»: a period's end, a deadline
# after «hoàn thành»/«xong» or under a «Thời gian hoàn thành … như sau:» lead-in.
_END_OF = re.compile(
    rf"\b{_LEAD}(?:(?P<ensured>(?:b[a-z]o{_S}d[a-z]m|d[a-z]m{_S}b[a-z]o){_S}d[e3]n{_S}h[e3]t)"
    rf"|(?:v[a-z]o{_S})?cu[o0]i"
    rf"|(?P<before_end>{_TRUOC}(?:{_S}khi)?{_S}(?:het|ket{_S}thuc))){_S}"
    rf"(?:{_NAM}{_S}(?P<y>\d{{4}})|{_QUY}{_S}(?P<q>iv|iii|ii|i|[1-4])"
    rf"(?:{_SEP}|{_S}{_NAM}{_S})(?P<qy>\d{{4}})|{_THANG}{_S}(?P<m>\d{{1,2}})(?:{_SEP}|{_S}{_NAM}{_S})"
    rf"(?P<my>\d{{4}}))(?![0-9/])"
)
# (its «bảo đảm đến hết …»: a state to be reached by the period's end, «bảo đảm đến hết tháng
# 12 năm 2025 giải quyết dứt điểm các khó khăn …», «bảo đảm đến hết năm 2025 không còn có khó
# khăn …»; not «… đến hết ngày …», a day a rule runs until; not a target's rate, «… đến hết
# năm 2030 đạt 50% …»)
_TARGET_AFTER = re.compile(r"[\s*_]*(?:dat|co)\b|[^.;\n]{0,40}\d\s*%")
_COMPLETION_LEAD = re.compile(r"\b(?:thoi gian hoan thanh|thoi han hoan thanh|thoi han)\b")


def _end_of(m: re.Match[str], folded: str) -> _Found | None:
    # the lead-in may be the line above («… như sau:» / «- Vùng …: cuối năm 1982»), never
    # the sentence before («Quy hoạch có thời hạn 10 năm. Đến cuối năm 2026, …»)
    if m.group("ensured") or m.group("before_end"):  # («trước khi hết năm 2025»)
        lead = not _TARGET_AFTER.match(folded, m.end(), m.end() + 60)
    else:
        lead = _has_lead(m.group()) or bool(
            _COMPLETION_LEAD.search(_sentence_before(folded, m.start(), 250, _FULL_STOP))
        )
    if not lead:
        return None  # «cuối năm 2025, tỷ lệ … đạt …»: a time, not a deadline
    due = _named_period_end(m)
    return _Found(m.start(), m.end(), due, due is None)


def _named_period_end(m: re.Match[str]) -> date | None:
    """The last day of the year («y»), quarter («q» of «qy») or month («m» of «my») a match
    names; None when OCR left a figure unread («2o15»)."""
    if m.group("y"):
        return _make(_number(m.group("y")), 12, 31)
    if m.group("q"):
        year = _number(m.group("qy"))
        return _month_end(year, _QUARTERS[m.group("q")] * 3) if year else None
    year, month = _number(m.group("my")), _number(m.group("m"))
    return _month_end(year, month) if year and month else None


# What a recurring deadline asks done: a report, a list; not an event held each period
# («Ngày hội Đại đoàn kết … được tổ chức vào tháng 11 hằng năm», «giao ban vào thứ Hai
# hàng tuần»).
_RECURRING_WORK = re.compile(
    r"\b(?:bao cao|gui|nop|xong|hoan thanh|lap|tong hop|ra soat|kiem diem|danh gia|xay dung"
    r"|du tru|cap nhat|pho bien|huong dan|chi tra|cap phat)\b"
)


def _yearly_period(m: re.Match[str], issued: date | None, folded: str) -> _Found | None:
    """The first end of the named month (or quarter) on or after the day of issue."""
    if not _work_said(folded, m.start(), m.end()):
        return None
    month = int(m.group("m")) if m.group("m") else _QUARTERS[m.group("q")] * 3
    due = _next_month_end(issued, month) if issued is not None else None
    # (the phrase, not the list's dash or number before it: «- Tháng 11 hằng năm, …»)
    start = m.start("at") if m.groupdict().get("at") else m.start()
    return _Found(start, m.end(), due, due is None, recurrence="yearly")


def _next_month_end(after: date, month: int) -> date | None:
    """The first end of ``month`` after ``after`` (a task due that very day falls on its
    next turn, as ``_next_in_months`` counts a day)."""
    if not 1 <= month <= 12:
        return None
    due = _month_end(after.year, month)
    return _month_end(after.year + 1, month) if due is not None and due <= after else due


# The end of each period: «báo cáo kết quả … vào cuối mỗi quý», «gửi … cuối hằng tháng»: the
# next period's last day, recurring.
_END_OF_EACH = re.compile(
    rf"\b(?:(?:v[a-z]o|trong|truoc){_S})?(?:ngay{_S})?cu[o0]i{_S}(?:m[o0][i1]|h[a-z]ng){_S}"
    rf"(?P<unit>thang|quy|nam)\b"
)


def _end_of_each(m: re.Match[str], f: str, issued: date | None) -> _Found | None:
    """The first end of the period «cuối mỗi quý» names after the day of issue, when a work
    sent up or done is said, not a meeting."""
    told = _sentence_before(f, m.start()) + m.group()
    if not _SENT_OR_DONE.search(told) or _MEETING.search(told):
        return None
    unit = m.group("unit")
    due = None
    if issued is not None:
        step = {"thang": 1, "quy": 3, "nam": 12}[unit]
        year, month = issued.year, ((issued.month - 1) // step + 1) * step  # its last month
        due = _month_end(year, month)
        if due is not None and due <= issued:  # issued on that very day: the next period's
            year, month = (
                (year + 1, month + step - 12) if month + step > 12 else (year, month + step)
            )
            due = _month_end(year, month)
    every = {"thang": "monthly", "quy": "quarterly", "nam": "yearly"}[unit]
    return _Found(m.start(), m.end(), due, due is None, recurrence=every)


_QUARTER_MONTH = re.compile(rf"{_THANG}{_S}(?:cu[o0][i1]|d[a-z]u){_S}")  # cheap test first
_QUARTERLY = re.compile(
    rf"\b{_LEAD}{_BY}(?:{_S}{_NGAY})?{_S}(?P<d>\d{{1,2}})"
    rf"{_S}(?:c[a-z]a{_S})?{_THANG}{_S}(?P<which>cu[o0][i1]|d[a-z]u){_S}(?:c[a-z]a{_S})?"
    rf"(?:(?:m[o0][i1]|h[a-z]ng|c[a-z]c){_S})?{_QUY}\b"
)
# A reporting regime's day in the last month of its period (Nghị định 09/2019/NĐ-CP's
# form): «gửi báo cáo … chậm nhất vào ngày 20 của tháng cuối (quý) (thuộc) kỳ báo cáo».
_PERIODS_LAST_MONTH = re.compile(
    rf"\b{_BY}(?:{_S}{_NGAY})?{_S}(?P<d>\d{{1,2}}){_S}c[a-z]a{_S}{_THANG}{_S}cu[o0]i"
    rf"(?P<q>{_S}{_QUY})?(?:{_S}thuoc)?{_S}ky{_S}bao{_S}cao\b"
)
_QUARTERLY_REPORTS = re.compile(r"\bbao cao (?:dinh ky )?(?:hang |moi )?quy\b|\bhang quy\b")
_YEARLY_REPORTS = re.compile(r"\bbao cao (?:dinh ky )?(?:hang )?nam\b|\b(?:dinh ky )?hang nam\b")


def _periods_last_month(m: re.Match[str], issued: date | None, folded: str) -> _Found:
    """The day of the last month of the period the document's reports cover: a quarter's
    when it reports by quarters (or says «tháng cuối quý»), December when only yearly."""
    around = folded[max(0, m.start() - 2500) : m.end() + 2500]
    if m.group("q") or _QUARTERLY_REPORTS.search(around):
        months: tuple[int, ...] | None = (3, 6, 9, 12)
    elif _YEARLY_REPORTS.search(around):
        months = (12,)
    else:
        months = None
    due = _next_in_months(issued, int(m.group("d")), months) if issued and months else None
    every = None if months is None else "yearly" if len(months) == 1 else "quarterly"
    return _Found(m.start(), m.end(), due, due is None, recurrence=every)


# The first month of the next year or quarter: «chậm nhất vào ngày 20 của tháng đầu năm liền
# kề tiếp theo», «chậm nhất vào ngày cuối cùng của tháng đầu quý liền kề sau», «… ngày cuối
# cùng tháng đầu năm ngân sách»: each year's (quarter's), due in the one after.
_NEXT_FIRST_MONTH = re.compile(
    rf"\b{_LEAD}{_BY}(?:{_S}{_TRUOC})?{_S}{_NGAY}{_S}(?:(?P<d>\d{{1,2}})|(?P<last>cuoi{_S}cung))"
    rf"(?:{_S}c[a-z]a)?{_S}{_THANG}{_S}d[a-z]u(?:{_S}tien)?(?:{_S}c[a-z]a)?{_S}(?P<unit>n[a-z]m|{_QUY})"
    rf"(?:{_S}(?P<budget>ngan{_S}sach)|(?:{_S}lien{_S}ke)?{_S}(?:tiep{_S}(?:theo|sau)|ke{_S}tiep|sau)\b)"
)
# «Hằng quý, trước ngày 20 của tháng đầu tiên, …»: the quarter said before, its first (or
# last) month named alone
_QUARTER_OPENS = re.compile(rf"\bh[a-z]ng{_S}{_QUY}\b")
_QUARTERLY_ALONE = re.compile(
    rf"\b{_LEAD}{_BY}(?:{_S}{_NGAY})?{_S}(?P<d>\d{{1,2}}){_S}(?:c[a-z]a{_S})?{_THANG}{_S}"
    rf"(?P<which>d[a-z]u{_S}ti[e3]n|cu[o0][i1]{_S}c[u]ng)\b"
)
_WITHIN = re.compile(
    # «trong vòng», «chậm nhất sau», «chậm nhất là» 05 ngày, kể từ ngày ký
    rf"\b(?:{_LEAD}(?:trong{_S}(?:vong|thoi{_S}han|thoi{_S}gian)"
    rf"|{_CHAM_NHAT}(?:{_S}sau|{_S}la)?|toi{_S}da)"
    # a label: «Thời gian hoàn thành: 20 ngày làm việc kể từ ngày ký Kế hoạch»
    rf"|thoi{_S}(?:gian{_S}hoan{_S}thanh|han(?:{_S}hoan{_S}thanh)?)[\s*_]*:)"
    rf"{_S}(?P<n>\d{{1,3}}){_S}(?:ngay(?P<wd>{_S}lam{_S}viec)?|(?P<weeks>tuan)|(?P<months>thang))"
    # («… sau khi nhận được văn bản này»)
    rf"[\s,]*(?:(?:ke{_S}tu|tinh{_S}tu){_S}ngay|sau{_S}khi)"
    rf"{_S}(?P<basis>ky|ban{_S}hanh|nhan)\b(?:{_S}(?:duoc{_S})?(?:van{_S}ban|quyet"
    rf"{_S}dinh|cong{_S}van|ke{_S}hoach|thong{_S}bao)(?:{_S}nay)?)?"
)
# A limit counted from a day the text names: «trong vòng 7 ngày kể từ ngày 10/3/2025».
_FROM_A_DAY = re.compile(
    rf"\b(?:trong{_S}(?:vong|thoi{_S}han)){_S}(?P<n>\d{{1,3}}){_S}ngay(?P<wd>{_S}lam{_S}viec)?"
    rf"[\s,]*(?:ke{_S}tu|tinh{_S}tu){_S}{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
)
# A sentence about the document itself (its effect, its publication), no one's task.
_ITSELF = re.compile(
    r"(?:(?:chuong [ivxl\d]{1,5}|dieu \d{1,3}|khoan \d{1,2}|muc \d{1,2})\W+(?:cua\s+)?)?"
    r"(?:quyet dinh|nghi quyet|chi thi|thong tu|nghi dinh|van ban) nay\b"
)
# A paper a standing rule speaks of («quyết định thanh tra», «văn bản quy phạm»), not this
# one («Quyết định này») nor one named by its number («Quyết định số 12/QĐ-UBND»).
_PAPER_SPOKEN_OF = re.compile(
    # («góp ý bằng văn bản»: in writing, no paper)
    r"\b(?:quyet dinh|(?<!bang )van ban|ket luan|bien ban|hop dong|giay phep)\b(?! (?:nay|so)\b)"
    r"(?! \d)"
)
# A period's first day: «từ ngày 25 tháng 01 năm 2025 đến hết ngày …», «30/4-01/5».
# («… kể từ ngày 26/12/2011 trở đi đến hết ngày 31/12/2011», «kể từ ngày 26/12/2011»)
_PERIOD_FROM = re.compile(
    rf"\b(?P<ke>ke{_S})?tu{_S}{_NGAY_}{_DAY_DATE}(?P<on>(?:{_S}tro{_S}di)?{_S}den\b)?"
)
_DAY_SPAN = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})\s*-\s*\d{1,2}/\d{1,2}(?![\d/])")
# How long the document, or a part of it, applies: «Chương IV Nghị định này được thực hiện
# đến trước ngày 01 tháng 3 năm 2027», «… có hiệu lực đến hết ngày …».
_IN_FORCE = re.compile(r"\b(?:(?:duoc )?thuc hien|(?:duoc )?ap dung|co hieu luc)\b")
# What was done by then: «các dự án trước ngày 01 tháng 01 năm 2026 đã có văn bản chấp thuận»
# («… trước ngày 01 tháng 01 năm 2025 đang hưởng sinh hoạt phí …»: who is meant)
_DONE_AFTER = re.compile(r"\s+(?:da\s+(?:co|duoc)|dang)\b")
_MOVE = re.compile(
    rf"\b(?:lui|gia{_S}han|dieu{_S}chinh|keo{_S}dai)\b[^.;\n]{{0,160}}?\b(?:den|sang|toi|thanh)"
    rf"(?:{_S}het)?{_S}(?:{_HOUR3})?{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
)
# A deadline moved to a month, a quarter or a year's end: «Đồng ý lùi thời hạn trình Đề án …
# đến hết tháng 01 năm 2015», «… được lùi thời gian trình … sang quý II năm 2009», «… đến Quý
# I/2015 và Đề án … đến Quý IV năm 2015». The lead names the time limit (a bare «điều chỉnh
# … đến tháng 6» adjusts anything); the targets are every month or quarter the sentence
# moves it to, each after «đến (hết)/sang/tới» (a plan's horizon «đến năm 2030» is none:
# a year counts only as «đến hết năm …» or «sang năm …»); a request that asks for it
# («xin lùi …», «đề nghị …», «về việc lùi …») or refuses it («không đồng ý lùi …») grants
# nothing (_NOT_GRANTED); «thời gian» is a limit only before what is handed in («lùi thời
# gian trình …», not «điều chỉnh thời gian tổ chức Hội nghị …»), and how long a contract or
# a land use lasts is none («gia hạn hợp đồng …», _VALIDITY).
# What names a time limit, not an event's time: «thời hạn», «hạn nộp», «báo cáo», «gửi».
_LIMIT_WORDS = re.compile(r"\b(?:thoi han|han|nop|gui|bao cao|hoan thanh)\b")
# How long a period lasts, not a limit moved: «kéo dài 05 ngày», «kéo dài từ ngày … đến …».
_LASTS = re.compile(rf"keo{_S}dai{_S}(?:\d|tu{_S}(?:ngay|\d))")
_MOVE_LEAD = re.compile(
    rf"\b(?:(?:lui|keo{_S}dai|dieu{_S}chinh)(?:{_S}[a-z]+){{0,2}}?{_S}thoi{_S}"
    rf"(?:han|gian(?={_S}(?:trinh|nop|gui|hoan{_S}thanh|bao{_S}cao)\b))|gia{_S}han)\b"
)
# What a request, a refusal or a letter's subject says of a move, before its lead in the
# sentence: no move granted.
_NOT_GRANTED = re.compile(r"\b(?:xin|de nghi|kien nghi|ve viec|khong|chua)\b")
_MOVE_CLAUSE = re.compile(r"[.;:!?](?:\s|$)|\n")
_PERIOD_START = re.compile(r"\btu\s+(?:ngay|thang|quy|nam|\d)")  # «từ tháng 3 đến …», not «đầu tư»
_MOVE_JOINER = re.compile(r"[\s,;]*(?:va\s+)?")  # «… đến Quý I/2015 và Đề án …»
_MOVE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
_MOVE_TARGET = re.compile(
    rf"\b(?:(?P<het>(?:den|toi){_S}het)|den|sang|toi){_S}(?:{_THANG}{_S}(?P<m>{_DIG}{{1,2}})"
    rf"(?:{_SEP}|{_S}{_NAM}{_S})(?P<my>{_DIG}{{4}})|{_QUY}{_S}(?P<q>iv|iii|ii|i|[1-4])"
    rf"(?:{_SEP}|{_S}{_NAM}{_S})(?P<qy>{_DIG}{{4}})|{_NAM}{_S}(?P<y>[0-9]{{4}}))(?![0-9/])"
)
# "trước ngày" with no number after it, or a relative word: needs review.
_BY_DAY_VAGUE = re.compile(
    rf"\b{_LEAD}{_TRUOC}{_S}{_NGAY_}(?:n[a-z]y|m[a-z]{{1,2}}|k[a-z]t{_S}th[a-z]c|[a-z]+{_S}(?:t[o0]i|sau))\b"
)
# A part of a month, a quarter or a year said as the time: «chậm nhất cuối tháng 4/2025»,
# «trong thượng tuần tháng 4», «vào cuối quý II/2025», «vào cuối năm 2025»; «vào …» and
# «đến hết …» only after a work sent up or done (_SENT_OR_DONE), never an event's.
_PART = rf"(?P<part>cu[o0]i|dau|giua|thuong{_S}tuan|trung{_S}tuan|ha{_S}tuan)"
_AT_PART = rf"(?P<at>v[a-z]o|(?P<until>d[a-z]n{_S}het))"
_PART_DAY = {"dau": 10, "thuong tuan": 10, "giua": 15, "trung tuan": 20}
_IN_MONTH = re.compile(
    # («trong nửa đầu tháng 9 năm 2023»: by the 15th)
    rf"\b{_LEAD}(?:{_TRONG}|(?P<latest>{_CHAM_NHAT}(?:{_S}(?:l[a-z]|trong|v[a-z]o))?)"
    rf"|{_AT_PART})"
    rf"{_S}(?:(?P<half>nua{_S}(?:dau|cuoi)){_S})?(?:{_PART}{_S})?{_THANG}{_S}"
    rf"(?:(?P<m>{_DIG}{{1,2}})(?:{_SEP}(?P<y>{_DIG}{{4}})"
    rf"|{_S}{_NAM}{_S}(?P<y2>{_DIG}{{4}}))?(?![0-9/])|(?P<vague>n[a-z]y|t[o0]i|sau|cu[o0]i)\b)"
)
# A month or a quarter said first, its work finished right after it: «Tiến độ: Quý I/2025 hoàn
# thành khảo sát; Quý II/2025 hoàn thành lắp đặt», «- Tháng 4/2025 xong việc …».
_PERIOD_THEN_DONE = re.compile(
    # («(?:[-+•][ \t]*)?», never two runs of spaces side by side: linear on a line of blanks)
    r"(?:^|(?<=[.;:])\s+|(?<=\n)[ \t]*(?:[-+•][ \t]*)?)(?P<at>(?:quy (?:iv|iii|ii|i)|thang \d{1,2})"
    r"\s*[/-]\s*\d{4})[ \t]*,?[ \t]+(?=hoan thanh\b|xong\b)",
    re.M,
)
# Two years to finish in: «… thực hiện cơ bản xong trong hai năm 2012 - 2013».
_IN_TWO_YEARS = re.compile(
    rf"\b(?:ho[a4]n{_S}th[a4]nh|xong){_S}{_TRONG}{_S}(?:hai|0?2){_S}{_NAM}{_S}\d{{4}}\s*[-–]\s*"
    r"(?P<y>\d{4})(?![0-9/])"
)
# A plan's list item labelled with its year: «- Năm 2018: Rà soát, tổng kết …», «- Năm 2018,
# hoàn thành việc hỗ trợ nhà ở …» (its work due by the year's end; not what was done then
# or a rate to reach, «- Năm 2018: đã hỗ trợ …», «- Năm 2025: đạt 80% …»).
_YEAR_ITEM = re.compile(
    r"(?m)^[ \t*_]*[-+•][ \t]*(?P<at>nam) (?P<y>\d{4})[ \t*_]*"
    r"(?::|,(?=[ \t*_]*(?:hoan thanh|hoan tat|xong)\b))"
    r"(?![ \t*_]*(?:da|dang|dat|co|tam nhin)\b)(?![ \t*_]*\d)(?![^\n]{0,60}\d\s*%)"
    r"(?![^\n]{0,80}\bdat\b)"
)
# The work an item opens with finishing, due by a year's end: «d) Hoàn thành việc hỗ trợ nhà
# ở … giai đoạn 2 theo Quyết định số 22/2013/QĐ-TTg … đến hết năm 2019»; a report at a
# year's end: «Kết thúc năm 2013, Chính phủ báo cáo Ủy ban thường vụ Quốc hội …».
_DONE_BY_YEAR_END = re.compile(rf"\bden{_S}het{_S}{_NAM}{_S}(?P<y>\d{{4}})(?=[\s*_]*(?:[.;]|$))")
_MARKS_A_CLAUSE = re.compile(r"[.;:,]\s")  # (the finishing opens the line's last clause)
_OPENS_ON_FINISHING = re.compile(r"^[\W\d]*(?:[a-zđ][.)]\s*)?(?:hoan thanh|hoan tat)\b")
_YEAR_ENDS = re.compile(
    # (the line's own item mark before it: «1. Kết thúc …»; never across lines)
    r"(?m)^[ \t*_]*(?:(?:[-+•]|\d{1,2}[.)])[ \t*_]*)?(?P<at>ket) thuc nam (?P<y>\d{4})\s*,"
    r"(?=(?:(?!\bda\b)[^.;\n]){0,80}\b(?:bao cao|gui|trinh)\b)"
)
_IN_QUARTER = re.compile(
    rf"\b{_LEAD}(?:{_TRONG}|(?P<latest>{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?)|{_AT_PART})"
    rf"{_S}(?:(?P<part>cu[o0]i){_S})?{_QUY}{_S}(?:(?P<q>iv|iii|ii|i|[1-4]|l{{1,3}}|i1|1i|v|l)\b"
    rf"(?:(?:{_S}{_NAM}{_S}|{_SEP})(?P<y>{_DIG}{{4}}))?(?![0-9/])|(?P<vague>n[a-z]y|t[o0]i|sau)\b)"
)
# (a half of it: «hoàn thành trong 6 tháng đầu năm 2025», by 30 June)
_IN_YEAR = re.compile(
    rf"\b{_LEAD}(?:{_TRONG}|(?P<latest>{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?)|{_AT_PART})"
    rf"{_S}(?:(?P<part>cu[o0]i){_S})?(?:(?:0?6|sau){_S}{_THANG}{_S}(?P<half>dau|cuoi){_S})?{_NAM}{_S}"
    r"(?P<y>[0-9]{4})(?![0-9/-])"
)

_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# A period written alone, as a plan's time line or a schedule's cell gives it (folded,
# spaces squeezed): "30/11/2025", "ngày 30 tháng 11 năm 2025", "tháng 11/2025", "quý
# IV-2025", "quí I năm 2026", "năm 2026"; "trong" may lead.
_P_DATE = (
    r"(?:ngay )?(?P<d>\d{1,2})(?: ?[/.-] ?(?P<m>\d{1,2})(?: ?[/.-] ?(?P<y>\d{4}))?"
    r"| thang (?P<m2>\d{1,2})(?: nam (?P<y2>\d{4}))?)"
)
_P_MONTH = r"thang (?P<mm>\d{1,2})(?: ?[/.-] ?(?P<my>\d{4})| nam (?P<my2>\d{4}))?"
# «quý III, IV năm 2026», «quý III và quý IV năm 2026»: due by the last of them
_P_QUARTER = (
    r"qu[yi] (?:(?:iv|iii|ii|i|[1-4]) ?(?:,|va|&) ?(?:qu[yi] )?)*(?P<q>iv|iii|ii|i|[1-4])"
    r"(?: ?[/.-] ?(?P<qy>\d{4})| nam (?P<qy2>\d{4}))?"
)
_P_YEAR = r"(?:(?:0?6|sau) thang (?P<hk>dau|cuoi) )?nam (?P<yy>\d{4})"
_PERIOD = re.compile(rf"(?:trong )?(?:{_P_DATE}|{_P_MONTH}|{_P_QUARTER}|{_P_YEAR})")
_SPAN = re.compile(r"(?:tu )?(?P<a>.+?) ?(?:den(?: het)?|[-–—]) ?(?:het )?(?P<b>.+)")


def _period(value: str, year: int | None) -> tuple[bool, date | None]:
    """(whether ``value`` is one period, the last day of it)."""
    m = _PERIOD.fullmatch(value)
    if not m:
        return False, None
    g = m.groupdict()
    if g["d"] is not None:
        month = g["m"] or g["m2"]
        if month is None:
            return False, None  # a day alone is no date
        y = g["y"] or g["y2"]
        return True, _make(int(y) if y else year, int(month), int(g["d"]))
    if g["mm"] is not None:
        y = g["my"] or g["my2"]
        y_int = int(y) if y else year
        return True, _month_end(y_int, int(g["mm"])) if y_int else None
    if g["q"] is not None:
        y = g["qy"] or g["qy2"]
        y_int = int(y) if y else year
        return True, _month_end(y_int, _QUARTERS[g["q"]] * 3) if y_int else None
    return True, _year_or_half_end(int(g["yy"]), g["hk"])


_QUARTER_LIST = re.compile(r"(?:trong )?qu[yi] (?:iv|iii|ii|i|[1-4]) ?(?:,|va|&)")


def period_end(value: str, year: int | None, spans: bool = True) -> tuple[bool, date | None]:
    """Whether folded ``value`` names a period alone, and its last day (None when a part
    cannot be read). A span ("từ tháng 11/2025 đến tháng 4/2026", "01/7 - 15/7/2026")
    ends with its last period when ``spans``; a plan's horizon ("năm 2025-2030") is none.
    """
    value = " ".join(re.sub(r"[*_]", " ", value).split()).strip(" .;,")
    # «Thời gian hoàn thành: đến hết ngày 09/6/2025», «… : trước ngày 30/11/2026»
    value = re.sub(r"^(?:den het|den|truoc|cham nhat(?: la)?)\s+(?=ngay\s|\d)", "", value)
    # «Tháng 12/2013 và thường xuyên»: the first time, then kept up (its end the deadline)
    value = re.sub(r"\s*(?:,|va)\s+(?:[a-z]+\s+){0,2}thuong xuyen(?: hang nam)?$", "", value)
    if not spans and _QUARTER_LIST.match(value):
        return False, None  # «Thời gian thực hiện: Quý II, III/2015»: a span of quarters
    found = _period(value, year)
    if found[0] or not spans:
        return found
    m = _SPAN.fullmatch(value)
    if not m:
        return False, None
    first = _period(m.group("a"), year)[0] or bool(
        re.fullmatch(r"(?:ngay )?\d{1,2}|nay|ngay (?:ky|ban hanh)", m.group("a"))
    )
    last = m.group("b")
    if re.match(r"thang \d", m.group("a")) and re.fullmatch(r"\d{1,2} ?[/.-] ?\d{4}", last):
        last = f"thang {last}"  # «Tháng 11 - 12/2025»: the second month of the span
    return _period(last, year) if first else (False, None)


# A plan's time line: "Thời gian hoàn thành: Tháng 11/2025", "Thời hạn hoàn thành: Quý
# I/2026", "Thời gian thực hiện: Quý IV/2025". A span or a whole year is a deadline only
# after "hoàn thành" or "thời hạn" (a "thời gian thực hiện" from … to …, or a year, is
# the period the work runs over); a bare "Thời gian:" is an event's.
_LABELLED = re.compile(
    rf"\b(?:(?P<time>th[o0][i1]{_S}gian)|(?P<term>th[o0][i1]{_S}h[a-z]n|han)|ti[e]n{_S}d[o0])"
    rf"(?P<kind>{_S}(?:ho[a4]n{_S}th[a4]nh|th[u]c{_S}hi[e]n)(?:{_S}xong)?)?[\s*_]*:[\s*_]*"
    rf"(?P<value>[^;\n]{{1,80}}(?:\n[^;\n]{{1,80}}){{0,2}})"
)
# Where a time line's value stops: a sentence's end, a blank line, a new item.
_VALUE_END = re.compile(r"\.(?=[\s*_]|$)|\n\s*\n|\n\s*(?:[-+•–]|\d{1,2}\.|[a-zđ]\))|\(")


def _number(raw: str | None) -> int | None:
    """An OCR'd number, or None when it holds letters (l for 1, o for 0): never guessed."""
    if raw is None or not raw.isdigit():
        return None
    return int(raw)


def _make(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_or_half_end(year: int, half: str | None) -> date | None:
    """The last day of a year, or of its first («dau») or last («cuoi») six months."""
    return _month_end(year, 6 if half == "dau" else 12)


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12 or not 1 <= year <= 9998:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


_MOVE_WORDS = re.compile(r"\b(?:lui|gia han|keo dai|dieu chinh)\b")


def _work_due_at(f: str, m: re.Match[str]) -> bool:
    """Whether «vào cuối tháng 4», «đến hết tháng 3» is the time of a work sent up or done
    in its clause: not an event's, not a target's, and «vào tháng 5» (no part of it) never."""
    if not (m.group("part") or m.group("until")):
        return False
    clause = _sentence_before(f, m.start())
    clause = re.sub(r"\bviec (?:bao cao|gui|nop)\b", " ", clause)  # («… đôn đốc việc báo cáo»)
    if m.group("until") and not re.search(r"\b(?:hoan thanh|hoan tat|xong|nop|gui)\b", clause):
        return False  # «… được triển khai thực hiện đến hết tháng 12/2025»: a period
    return (
        _SENT_OR_DONE.search(clause) is not None
        and _MOVE_WORDS.search(clause) is None  # (a move: _moved_to_periods)
        and _EVENT_BEFORE.search(clause) is None
        and _TARGET.search(clause) is None
    )


def _has_lead(folded_match: str) -> bool:
    return bool(re.match(r"ho[a4]n|ban|xong", folded_match))


# A goal the period measures, not a work due by its end: «chỉ tiêu giảm tai nạn giao thông
# … trong năm 2024», «kiềm chế và giảm thiểu tai nạn … trong năm 2024»
# («phấn đấu đạt mục tiêu … 20% xã, phường "không ma túy" ngay trong năm 2025»; not
# «phấn đấu hoàn thành … trong Quý II năm 2026», a work's deadline)
_TARGET = re.compile(
    r"\b(?:chi tieu|giam thieu|kiem che|ty le|muc giam|muc tieu|phan dau dat)\b|\d\s*%"
)


_STARTS_OR_HELD = re.compile(
    r"\b(?:khoi cong|bat dau|khai mac|khai giang|khai truong)\b[^.;,]{0,60}$"
    r"|\b(?:dai hoi|hoi nghi|hoi thao|hoi thi|le)\b[^.;]{0,60}\b(?:duoc )?to chuc\s*$"
)


def _weak_form_ok(folded: str, start: int, end: int, has_lead: bool) -> bool:
    """Whether a trong tháng/quý/năm phrase reads as a deadline in its context."""
    after = folded[end : end + 12]
    if re.match(rf"{_S}v[a-z]{_S}(?:c[a-z]{_S})?{_NAM}", after):
        return False  # "trong quý II và cả năm 2023": a span
    before = folded[max(0, start - 40) : start]
    if not has_lead and re.search(r"\bduoc(?:\s+[^\s,;]+){0,2}\s*$", before):
        # "đã được xác định trong năm 2023": a description (not «… chưa xác định được
        # danh tính, hoàn thành trong tháng 11 năm 2025»: the clause ended at its comma;
        # nor a completion, «… theo đúng lộ trình được giao hoàn thành trong năm 2025»)
        return False
    if re.search(r"\b(?:dot|giai doan)\s+(?:\d{1,2}|[ivx]{1,4})\s*[*_]*\s*[:.)-][\s*_]*$", before):
        return False  # "Đợt 1: Trong tháng 12/2025": a campaign's phase
    if re.search(r"\b(?:du|tron)\s+\d{1,3}\s+tuoi\s*$", before):
        return False  # «công dân … đủ 17 tuổi trong năm 2025»: who qualifies
    opening = _sentence_before(folded, start)
    if _FORECAST.search(opening):
        return False  # "Bộ dự kiến khảo sát … trong tháng 12"
    line = folded[folded.rfind("\n", 0, start) + 1 : start]
    if _REPORT_TOPIC.match(line) and not _SENT_OR_DONE.search(line):
        return False  # «1.5. Phương hướng, nhiệm vụ … trong năm 2014»: what a report tells
    if _AFTER_COMPLETION.search(folded[max(0, start - 200) : start]):
        # «… hoàn thành trong tháng 12 năm 2025, triển khai thực hiện trong năm 2026»: the
        # work that follows a completion's deadline, its period
        return False
    if not has_lead and _STARTS_OR_HELD.search(opening[-160:]):
        # «… phấn đấu khởi công công trình trong tháng 5/2025», «Đại hội Đảng bộ thành phố
        # tổ chức trong tháng 10-2025»: when a work starts, when an event is held
        return False
    if has_lead:
        return True
    if not opening.strip(" *_-+•") and re.match(r"[\s*_]*,", folded[end : end + 4]):
        # the period opens its sentence, the work asked of it follows: «Trong Quý II năm
        # 2025, các đơn vị, địa phương xây dựng kế hoạch cụ thể …» (never what was done)
        # (what was done, «đã», or given, «được bố trí», is none)
        clause = _sentence_after(folded, end)[:100]
        asked = _ASKED.search(clause)
        return asked is not None and not re.search(r"\b(?:da|duoc)\b", clause[: asked.start()])
    targets = list(_TARGET.finditer(opening))
    if targets and not _SENT_OR_DONE.search(opening[targets[-1].end() :]):
        # «Giao chỉ tiêu giảm tai nạn giao thông … trong năm 2024»: a year's goal (not «…
        # đạt mục tiêu cắt giảm 30%, trình Thủ tướng phê duyệt trong tháng 11»: a paper sent)
        return False
    if re.search(r"\bdanh gia\b[^.;]{0,80}\bhoan thanh nhiem vu\b[^.;]{0,60}$", opening):
        return False  # «… tiêu chí đánh giá mức độ hoàn thành nhiệm vụ … trong năm 2026»
    if re.search(rf"\b(?:can|se|duoc|phai){_S}(?:trien{_S}khai|thuc{_S}hien)\s*$", before):
        return False  # "các nhiệm vụ cần triển khai trong năm 2026": what, not by when
    # the clause ends, or a bracket's aside opens: «… trong tháng 6/2023 (riêng cầu Long
    # Xuyên trong tháng 7/2023)»
    # (or what it holds follows: «… trong tháng 7/2025, bao gồm cả việc …»)
    ends = (
        r"[\s*_)]*(?:[.;:)]|,\s*(?:bao gom|ke ca)\b|\s+theo\s+(?:dung\s+)?quy\s+dinh\b"
        r"|\n\s*(?:-|\+|\(|\d)|$)"
    )
    aside = r"\s*\([^()]{0,80}\b(?:trong|truoc|cham nhat)\s"
    if re.match(ends, folded[end : end + 30]) or re.match(aside, folded[end : end + 100]):
        return True
    # a report or a draft sent up, or a work finished, by then, what for after it: «báo cáo
    # … trong quý III năm 2012 để tổng hợp», «trình Thủ tướng Chính phủ trong quý II năm
    # 2012 theo hướng …», «đắp xong … trong tháng 7/2023 để đảm bảo …»
    sent = re.search(_SENT_OR_DONE.pattern + r"[^.;:]{0,160}$", folded[max(0, start - 160) : start])
    # (or what is sent, named after the time: «trình Chính phủ trong tháng 10 năm 2009 Nghị
    # định quy định …»)
    after_what = (
        r"\s+(?:de|nham|theo\s+huong|nghi\s+dinh|thong\s+tu|quyet\s+dinh|de\s+an|du\s+thao)\s"
        # (or how it is to be done: «hoàn thành Dự án … trong năm 2025, bảo đảm chất lượng»)
        r"|,\s*(?:bao\s+dam|dam\s+bao)\b"
        # (or the next work of a list, with its own time: «… hoàn thành và tổ chức triển
        # khai ngay trong tháng 12 năm 2025, số hoá 100% dữ liệu … trong năm 2026»)
        r"|,[^.;:]{3,150}?\btrong\s+(?:thang|quy|nam)\s"
    )
    return bool(sent) and bool(re.match(after_what, folded[end : end + 160]))


# A report's outline item, what it is to tell: «Phương hướng, nhiệm vụ …», «Kết quả …»,
# «Tình hình …», an item's number before it.
_REPORT_TOPIC = re.compile(
    r"^[\s*_]*(?:(?:\d{1,2}\.)+\d{0,2}\.?|[a-z]\)|[-+•])\s*(?:phuong huong|ket qua|tinh hinh)\b"
)
# A completion's deadline, then the work that follows it («…, triển khai thực hiện»).
_AFTER_COMPLETION = re.compile(
    r"\bhoan thanh\b[^.;]{0,120}\b(?:trong|truoc)\s[^.;,]{0,40},"
    r"\s*(?:trien khai|to chuc)(?:\s+thuc hien)?\s*$"
)
# A work sent up or finished: «trình», «báo cáo», «gửi», «nộp», «hoàn thành», «xong»
_SENT_OR_DONE = re.compile(
    r"\b(?:trinh|bao cao|gui|nop|hoan thanh|hoan tat|xong|dut diem|phe duyet)\b"
)
# Work asked by a period that opens a sentence: a plan drawn up, a paper issued or sent up.
_ASKED = re.compile(
    r"\b(?:xay dung ke hoach|ban hanh|trinh(?! tu)|bao cao|gui|nop|hoan thanh|hoan tat|xong)\b"
)
# A forecast, not a deadline: the sentence's «dự kiến». («Phấn đấu khắc phục … trong năm
# 2025» is the seeds' deadline: a target's «phấn đấu» does not tell them apart.)
_FORECAST = re.compile(r"\bdu kien\b")


# Where a clause ends: a sentence's end, a blank line, a new item of a list.
_CLAUSE_END = re.compile(r"[.;!?]\s|\n\s*\n|\n\s*(?:[-+•]|\d{1,2}[.)]|[a-z][.)])\s")
_SENTENCE_END = re.compile(r"[.;!?]\s|\n\s*\n")
_FULL_STOP = re.compile(r"[.!?]\s")  # a lead-in's items end with «;», not its sentence


def _sentence_after(text: str, end: int, reach: int = 250) -> str:
    """The rest of the sentence after offset ``end``."""
    after = text[end : end + reach]
    stop = _SENTENCE_END.search(after)
    return after[: stop.start()] if stop else after


def _work_said(folded: str, start: int, end: int) -> bool:
    """Whether the sentence around a recurring period says work due there, its verb before
    or after it («Định kỳ tháng 01 hằng năm, cơ quan … có trách nhiệm cung cấp thông tin
    đánh giá …»)."""
    told = _sentence_before(folded, start) + folded[start:end] + _sentence_after(folded, end)
    return bool(_RECURRING_WORK.search(told))


def _sentence_before(
    text: str, start: int, reach: int = 200, ends: re.Pattern[str] = _CLAUSE_END
) -> str:
    """The words of the clause (or sentence, by ``ends``) before offset ``start``."""
    before = text[max(0, start - reach) : start]
    found = list(ends.finditer(before))
    return before[found[-1].end() :] if found else before


@dataclass
class _Found:
    start: int
    end: int
    due: date | None
    review: bool
    time: str | None = None
    recurrence: str | None = None
    computed: bool = False
    moves: bool = False
    said: str | None = None  # the phrase, when it is not the text's slice
    item_period: bool = False
    also: bool = False  # another day of the phrase before it ("… 01/6 và 15/11 hằng năm")


def _move_not_granted(f: str, lead: int) -> bool:
    """Whether the sentence asks for or refuses the move whose lead starts at ``lead``."""
    # (its own line: «Xét đề nghị của Bộ …, Thủ tướng có ý kiến như sau:» above grants it)
    return bool(_NOT_GRANTED.search(_sentence_before(f, lead, 120, _MOVE_CLAUSE)))


def _moved_to_periods(f: str) -> list[_Found]:
    """Each month, quarter or year's end a sentence moves a time limit to (_MOVE_LEAD)."""
    found: list[_Found] = []
    for lead in _MOVE_LEAD.finditer(f):
        if _move_not_granted(f, lead.start()):
            continue
        # on past «;»: «… sang tháng 11; … sang tháng 6» (600 characters at most)
        end = _MOVE_END.search(f, lead.end(), lead.end() + 600)
        stop = end.start() if end else min(len(f), lead.end() + 600)
        # the first target's words begin at the lead, as _MOVE's do; the next ones' after the
        # target before («…; Quy hoạch … sang tháng 6 năm 2018»)
        start = lead.start()
        for m in _MOVE_TARGET.finditer(f, lead.end(), stop):
            if _PERIOD_START.search(f, max(lead.end(), m.start() - 40), m.start()):
                continue  # «… từ tháng 3 đến tháng 6/2026»: a period to work in
            if _VALIDITY.search(f, lead.start(), m.start()):
                continue  # «Gia hạn thời hạn sử dụng đất đến hết năm 2045»: how long it lasts
            if m.group("y") and not (m.group("het") or f.startswith("sang", m.start())):
                continue  # «quy hoạch … đến năm 2030»: a horizon
            due = _named_period_end(m)  # (None for «2o15»: read again by the clerk)
            if m.start() - start > (200 if start == lead.start() else 400):
                start = m.start()  # too far from its words: the target alone
            found.append(_Found(start, m.end(), due, due is None, moves=True))
            joiner = _MOVE_JOINER.match(f, m.end())
            start = joiner.end() if joiner else m.end()
    return found


def _window_end(m: re.Match[str], default_year: int | None) -> tuple[date | None, bool]:
    """A window's last day, and whether its year was mistyped: a window that would close
    years before it opens («từ ngày 02/8/2018 đến 10/8/2010») closes in its opening's year
    (flagged to review)."""
    due = _day_date(m, default_year)
    opened = m.group("y0")
    if due is None or opened is None or due.year >= int(opened):
        return due, False
    fixed = _make(int(opened), due.month, due.day)
    return (fixed, True) if fixed is not None else (due, False)


def _day_date(m: re.Match[str], default_year: int | None) -> date | None:
    """The date a match of ``_DAY_DATE`` names; None when a part is missing or unread."""
    month_raw = m.group("m") or m.group("m2")
    year_raw = m.group("y") or m.group("y2")
    year = _number(year_raw) if year_raw else default_year
    return _make(year, _number(month_raw), _number(m.group("d")))


def _hour(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    hour = g.get("h") or g.get("h2") or g.get("h3")
    part = g.get("ap") or g.get("ap2") or g.get("ap3")
    if hour is not None and (
        (part in ("chieu", "toi") and int(hour) < 12)
        or (part == "trua" and int(hour) < 11)  # «1 giờ trưa»: 13:00
        or (part == "dem" and 6 <= int(hour) < 12)  # «10 giờ đêm»: 22:00
    ):
        hour = str(int(hour) + 12)  # «3 giờ chiều»: 15:00
    return _clock(hour, g.get("mi") or g.get("mi2") or g.get("mi3"))


def _clock(hour: str | None, minutes: str | None) -> str | None:
    """«14:00» of an hour and its minutes as read, None for no hour or no hour of a day."""
    if hour is None or int(hour) > 23:
        return None
    return f"{int(hour):02d}:{minutes or '00'}"


# A month's or a quarter's first or last day, or working day: «trước ngày làm việc cuối cùng
# của tháng 5/2025», «Hạn nộp: ngày làm việc cuối cùng của tháng 4/2025», «Định kỳ vào ngày
# làm việc cuối cùng của tháng, …» (each month's), «vào ngày làm việc cuối cùng của mỗi quý».
_EDGE_DAY = re.compile(
    rf"\b(?:{_LEAD}(?:{_TRUOC}|{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?|v[a-z]o|den{_S}het"
    rf"|h[a-z]n{_S}n[o0]p[\s*_]*:)){_S}"
    rf"{_NGAY}{_S}(?P<work>lam{_S}viec{_S})?(?P<edge>cuoi{_S}cung|dau{_S}tien){_S}(?:cua{_S})?"
    rf"(?:(?P<every>moi|h[a-z]ng){_S})?(?P<unit>thang|{_QUY})"
    rf"(?:{_S}(?:(?P<m>\d{{1,2}})|(?P<q>iv|iii|ii|i))(?:(?:{_SEP}|{_S}{_NAM}{_S})(?P<y>\d{{4}}))?"
    r"(?![0-9/])"
    # a month's name, read on the text's marks (date_words: «tháng Năm», not «tháng sau»)
    rf"|{_S}(?P<name>muoi mot|muoi hai|hai|ba|tu|bon|nam|sau|bay|tam|chin|muoi)\b"
    r"(?![ \t]+\d{4})"
    # (the month of issue, said or not; not «… của tháng tiếp theo», «tháng thứ 4 kể từ …»)
    rf"|{_S}(?P<this>nay)\b|(?=[\s*_]*(?:[,.;:)]|$)))"
)
_EACH_PERIOD = re.compile(r"\b(?:dinh ky|hang thang|hang quy|moi thang|moi quy)\b")


def _edge_day(
    m: re.Match[str], text: str, folded: str, issued: date | None, year: int | None
) -> _Found | None:
    """The day an _EDGE_DAY match names; each month's or quarter's the first on or after
    the day of issue. None for an event's day, a term in force, a word no month's name."""
    told = _sentence_before(folded, m.start(), 200, _SENTENCE_END) + m.group()
    if _IN_FORCE.search(told) or _VALIDITY.search(told) or _MOVE_WORDS.search(told):
        return None  # «Kế hoạch được thực hiện đến hết ngày cuối cùng của tháng 12/2025»
    if _EVENT_BEFORE.search(told) and not _SENT_OR_DONE.search(told):
        return None  # «Hội nghị sơ kết được tổ chức vào ngày làm việc cuối cùng của tháng»
    name = None
    if m["name"]:
        name = MONTH_NAMES.get(" ".join(text[m.start("name") : m.end("name")].lower().split()))
        if name is None:
            return None  # «… của tháng sau»: no month's name
    last, working = m["edge"].startswith("cuoi"), bool(m["work"])
    quarter = m["unit"].startswith("qu")
    named = m["m"] or m["q"] or m["this"] or name
    every = bool(m["every"]) or (not named and bool(_EACH_PERIOD.search(told)))
    if every:
        due = _next_edge(issued, quarter, last, working) if issued is not None else None
        every_name = "quarterly" if quarter else "monthly"
        return _Found(m.start(), m.end(), due, due is None, recurrence=every_name)
    at_year = int(m["y"]) if m["y"] else year or (issued.year if issued else None)
    number = int(m["m"]) if m["m"] else None
    if m["q"] or (quarter and number is not None):
        q = ("i", "ii", "iii", "iv").index(m["q"]) + 1 if m["q"] else number or 0
        month = 3 * q if last else 3 * q - 2  # «quý 2/2025», «quý II năm 2026»
    elif number is not None:
        month = number
    elif name is not None and not quarter:
        month = name
    elif issued is not None and not quarter:
        month, at_year = issued.month, issued.year  # «… của tháng (này)»: the month of issue
    else:
        return _Found(m.start(), m.end(), None, True)
    due = _period_edge(at_year, month, last, working) if at_year is not None else None
    return _Found(m.start(), m.end(), due, due is None or not (number or m["q"] or name))


def _next_edge(issued: date, quarter: bool, last: bool, working: bool) -> date | None:
    """Each month's (each quarter's) edge day, the first on or after ``issued``."""
    months = (3, 6, 9, 12) if quarter and last else (1, 4, 7, 10) if quarter else range(1, 13)
    for k in range(15):
        year, month = divmod(issued.month - 1 + k, 12)
        due = _period_edge(issued.year + year, month + 1, last, working)
        if month + 1 in months and due is not None and due >= issued:
            return due
    return None


def _period_edge(year: int, month: int, last: bool, working: bool) -> date | None:
    """A month's last (or first) day, or working day; None for a month or year no
    calendar has («tháng 13», «năm 0000»)."""
    from secretariat.tasks.deadlines import WorkCalendar

    end = _month_end(year, month)
    if end is None:
        return None
    day = end if last else end.replace(day=1)
    office = WorkCalendar()
    if not working:
        return day
    if not last:
        return office.next_working_day(day)
    while not office.is_working_day(day):
        day -= timedelta(days=1)
    return day


def _add_days(start: date, n: int, working: bool) -> date:
    """``n`` days after ``start``; working days skip weekends and Vietnam's public holidays
    (Tết, Giỗ Tổ …), as the office's calendar counts them."""
    if not working:
        return start + timedelta(days=n)
    from secretariat.tasks.deadlines import WorkCalendar

    return WorkCalendar().add_working_days(start, n)


# «Định kỳ hằng tháng, trong thời hạn 03 ngày làm việc đầu tiên của tháng, … nộp báo cáo»,
# «Trong thời hạn 05 ngày đầu của tháng đầu trong quý, … gửi báo cáo»: each month's (each
# quarter's) first days, the first after the day of issue
_FIRST_DAYS = re.compile(
    rf"\btrong(?:{_S}(?:thoi{_S}han|vong))?{_S}(?P<n>\d{{1,2}}){_S}ngay(?P<wd>{_S}lam{_S}viec)?"
    rf"{_S}dau(?:{_S}tien)?(?:{_S}c[a-z]a)?{_S}{_THANG}(?P<q>{_S}dau(?:{_S}tien)?{_S}(?:trong|c[a-z]a)"
    rf"{_S}{_QUY})?(?!{_S}\d)\b"
)


def _first_days(m: re.Match[str], issued: date | None) -> _Found:
    quarterly = bool(m.group("q"))
    due = None
    if issued is not None:
        start = _after_period(issued, 1, quarterly) - timedelta(days=1)  # the period's eve
        due = _add_days(start, int(m.group("n")), working=bool(m.group("wd")))
    every = "quarterly" if quarterly else "monthly"
    return _Found(m.start(), m.end(), due, due is None, recurrence=every)


# What says a deadline of the following month recurs (read as written: «quý» is no «quỹ»).
# (its marks partly lost too: «hang quy», never «hàng quy định»)
_EACH = marks_optional("hằng|hàng|mỗi")
_NOT_RULE = r"(?!\s+(?:định|đinh|dinh|chế|che|trình|trinh|hoạch|hoach|mô|mo|ước|uoc)\b)"
_REPEATS = re.compile(
    rf"\b(?:{_EACH})\s+(?:{marks_optional('tháng')}|{marks_optional('quý')}{_NOT_RULE})\b"
    rf"|\b{marks_optional('định')}\s+{marks_optional('kỳ')}\b",
    re.IGNORECASE,
)
_EACH_QUARTER = re.compile(rf"\b(?:{_EACH})\s+{marks_optional('quý')}{_NOT_RULE}\b", re.IGNORECASE)
# «… ngày 10 của tháng tiếp theo», «trước ngày 15 của tháng kế tiếp», «… tháng sau»
_FOLLOWING_MONTH = re.compile(
    rf"{_S}(?:c[a-z]a{_S})?{_THANG}{_S}(?:ti[e3]p{_S}theo|k[e3]{_S}ti[e3]p|sau)\b"
)


# The report a «… của tháng tiếp theo» day is for, named after it, before another day.
_REPORT_KIND = re.compile(
    r"(?:(?!\btruoc\b|\bngay\b)[^;.]){0,60}?\bdoi\s+voi\s+(?:cac\s+)?bao\s+cao\s+(?P<kind>quy|thang)\b"
)


def _after_period(issued: date, day: int, quarterly: bool) -> date:
    """The ``day`` of the month after the first month (or quarter) that ends on or after
    ``issued``: «ngày 10 của tháng tiếp theo» of a September document is 10 October."""
    month = issued.month if not quarterly else 3 * ((issued.month - 1) // 3 + 1)
    year, month = (issued.year + 1, 1) if month == 12 else (issued.year, month + 1)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))  # «ngày 31»


def _next_day_of_month(after: date, day: int) -> date | None:
    year, month = after.year, after.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            # after: a letter dated the 28th has «trước ngày 28 hàng tháng» next month
            if candidate > after:
                return candidate
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return None


HISTORY_YEARS = 10  # a date this long before the document's own is history («trước 19-8-1945»)
FUTURE_YEARS = 50  # a deadline this far ahead is a misread year («30/01/7023»), to review


def _years_before(day: date) -> date:
    if day.year <= HISTORY_YEARS:
        return date.min  # «năm 0005», an OCR misread: nothing is earlier
    return day.replace(year=day.year - HISTORY_YEARS, day=min(day.day, 28))


def _next_in_months(after: date, day: int, months: tuple[int, ...]) -> date | None:
    """The first ``day`` of one of ``months`` after ``after`` (the day of issue: a task due
    that very day falls on its next turn)."""
    for year in (after.year, after.year + 1):
        for month in months:
            candidate = _make(year, month, day)
            if candidate is not None and candidate > after:
                return candidate
    return None


_KIND = {"n": "yearly", "t": "monthly", "q": "quarterly"}


def _recurring(m: re.Match[str], text: str, issued: date | None) -> list[_Found]:
    """One deadline for each day a recurring phrase names, due on its next occurrence.

    A yearly day needs its month, a monthly one none; "hằng quý" alone does not say in
    which month of the quarter: those are returned undated, to review.
    """
    kind = _KIND[m.group("unit")[0]]
    days = list(_DM_ONE.finditer(m.group("dates")))
    found: list[_Found] = []
    for k, dm in enumerate(days):
        day, month_raw = int(dm.group("d")), dm.group("m") or dm.group("m2")
        due: date | None = None
        if issued is not None and kind == "yearly" and month_raw:
            due = _next_in_months(issued, day, (int(month_raw),))
        elif issued is not None and kind == "monthly":
            due = _next_day_of_month(issued, day)
        said = None
        if len(days) > 1:  # "trước ngày 01/6 và 15/11 hằng năm": one phrase for each day
            at = m.start("dates")
            said = " ".join(
                clean(part).strip(" *_,(")
                for part in (
                    text[m.start() : at],
                    text[at + dm.start() : at + dm.end()],
                    text[m.end("dates") : m.end()],
                )
            )
        found.append(
            _Found(m.start(), m.end(), due, due is None, recurrence=kind, said=said, also=k > 0)
        )
    return found


def _days_fit(m: re.Match[str]) -> bool:
    """Whether the days a recurring phrase names fit its unit: «hằng tháng» a day alone,
    «hằng năm» a day and its month, all of them alike."""
    months = [bool(d.group("m") or d.group("m2")) for d in _DM_ONE.finditer(m.group("dates"))]
    return all(months) == m.group("unit").startswith("n") and any(months) == all(months)


# Quarterly reports for three quarters only, the fourth in the year's report: «(báo cáo quý
# I, II và III)», «Kết quả … trong quý IV được tổng hợp chung trong báo cáo … hằng năm».
_NO_FOURTH_QUARTER = re.compile(
    r"\bquy i\s*,\s*(?:quy\s+)?ii\s*(?:,|va)\s*(?:quy\s+)?iii\b(?!\s*(?:,|va)\s*(?:quy\s+)?iv\b)"
    r"|\bquy iv\b[^.;\n]{0,60}\btong hop(?: chung)? (?:trong|vao) bao cao\b"
)
# Where an article (or its numbered clause) begins: the rule's scope.
_ARTICLE = re.compile(r"\n\s*(?:dieu \d{1,3}\b|\d{1,2}\.\s)")


def _quarter_months(folded: str, start: int, end: int, first: bool) -> tuple[int, ...]:
    """The months a quarterly report falls in, its quarter's first (``first``) or last;
    without the fourth quarter's when the article reports three quarters only."""
    months = (1, 4, 7, 10) if first else (3, 6, 9, 12)
    before = folded[max(0, start - 600) : start]
    heads = list(_ARTICLE.finditer(before))
    before = before[heads[-1].start() :] if heads else before
    after = folded[end : end + 1200]
    stop = _ARTICLE.search(after)
    after = after[: stop.start()] if stop else after
    if _NO_FOURTH_QUARTER.search(before + " " + after):
        return tuple(m for m in months if m != (1 if first else 12))
    return months


def _quarterly(m: re.Match[str], issued: date | None, folded: str) -> _Found:
    """ "trước ngày 15 của tháng cuối quý": the next such day of a quarter's month."""
    months = _quarter_months(folded, m.start(), m.end(), not m.group("which").startswith("c"))
    due = _next_in_months(issued, int(m.group("d")), months) if issued else None
    return _Found(m.start(), m.end(), due, due is None, recurrence="quarterly")


def _next_first_month(m: re.Match[str], issued: date | None, folded: str) -> _Found:
    """A day of the first month of the next year (quarter), on its next turn after the day
    of issue: «ngày 20 của tháng đầu năm liền kề tiếp theo» is 20 January."""
    yearly = m.group("unit").startswith("n")
    months = (1,) if yearly else _quarter_months(folded, m.start(), m.end(), first=True)
    due = None
    if issued is not None and m.group("last"):
        ends = [_next_month_end(issued, month) for month in months]
        due = min((end for end in ends if end is not None), default=None)
    elif issued is not None:
        due = _next_in_months(issued, int(m.group("d")), months)
    every = "yearly" if yearly else "quarterly"
    return _Found(m.start(), m.end(), due, due is None, recurrence=every)


# «đã», or «đa» when OCR dropped its tone, unless it opens «đa dạng», «đa số» and such
_PAST = re.compile(
    r"\b(?:đã|Đã|ĐÃ)\s|\b[đĐ][aA]\s(?!dạng|số\b|phương|ngành|mục|chiều|năng|diện|cấp|ngôn)"
)
# The same words in a text whose marks were lost (OCR with the wrong language model):
# «da» is «đã» unless it opens «đa dạng», «đa số» and such.
_PAST_UNMARKED = re.compile(
    r"\bda\s(?!dang|so\b|phuong|nganh|muc|chieu|nang|dien|cap|ngon)", re.IGNORECASE
)
_MARKS = re.compile("[\u00c0-\u1ef9]")


def _unmarked(sentence: str) -> bool:
    """Whether a sentence of words lost its marks («Chu tich da chi dao …»)."""
    return len(sentence) >= 20 and _MARKS.search(sentence) is None


def _says(marked: re.Pattern[str], unmarked: re.Pattern[str], sentence: str) -> bool:
    """Whether ``sentence`` holds the words ``marked`` spells, or ``unmarked`` when its
    marks were lost."""
    return bool((unmarked if _unmarked(sentence) else marked).search(sentence))


_EVERY_IN_SENTENCE = re.compile(rf"\b(?:h[a-z]ng|m[o0][i1]){_S}(?P<unit>n[a-z]m|th[a-z]ng)\b")


# «… trước ngày 15 tháng 02 của năm liền kề sau năm báo cáo»: each year's report, due in
# the year after.
# «… 15 tháng 02 của năm liền kề sau năm báo cáo», «… 15 tháng 01 năm sau»: each year's
_NEXT_YEAR = re.compile(
    r"\s*(?:cua\s+)?nam\s+(?:(?:lien\s+ke|tiep\s+theo)\s+(?:sau\s+)?nam|sau|tiep\s+(?:theo|sau)"
    r"|truoc\s+nam|bao\s+cao)\b"  # («… 01 tháng 7 của năm trước năm đề nghị đăng cai», «…
    # 05 tháng 11 của năm báo cáo»: each year's)
)


def _every(folded: str, start: int, end: int) -> str | None:
    """ "yearly"/"monthly" when the sentence around a year-less date says "hằng năm" /
    "hằng tháng" ("Định kỳ hằng năm, UBND các xã báo cáo … trước ngày 15/12")."""
    head = _sentence_before(folded, start, 400, _SENTENCE_END)
    tail = _sentence_after(folded, end, 120)
    found = {m.group("unit")[0] for m in _EVERY_IN_SENTENCE.finditer(head + " " + tail)}
    if found == {"n"} or _NEXT_YEAR.match(tail):
        return "yearly"
    if not found:
        # the sentence before, in the same paragraph, said it: «… thực hiện chế độ báo cáo
        # định kỳ hằng năm … . Báo cáo gửi về Bộ … chậm nhất vào ngày 25 tháng 11 …»
        opened = start - len(head)
        paragraph = folded[max(0, opened - 300) : opened]
        paragraph = paragraph[paragraph.rfind("\n") + 1 :]
        before = {m.group("unit")[0] for m in _EVERY_IN_SENTENCE.finditer(paragraph)}
        if before == {"n"} and _REPORT_RULE.search(paragraph):
            return "yearly"
        if _PERIODIC_ASIDE.search(head) and _DAY_AND_MONTH.search(folded[start:end]):
            # «báo cáo định kỳ (trước ngày 15 tháng 12)»: a periodic report on a day of a
            # month comes once a year
            return "yearly"
    if found == {"t"} or _OF_THE_MONTH.match(tail):
        return "monthly"
    return None


_REPORT_RULE = re.compile(r"\b(?:bao cao|che do bao cao)\b")
# A periodic report whose day is told in brackets after «định kỳ», no unit named.
_PERIODIC_ASIDE = re.compile(r"\bdinh ky\s*\(\s*[^()]{0,12}$")
_DAY_AND_MONTH = re.compile(r"\d\s*(?:[/.-]|\s+thang\s+)\s*\d")
# «Trước ngày 15 của tháng báo cáo», «Chậm nhất ngày 25 (hai mươi lăm) của tháng, quý, 6
# tháng và năm báo cáo»: each month's
_OF_THE_MONTH = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?cua\s+thang(?:\s+bao\s+cao\b|\s*,)")


# A sentence that opens on an earlier document: «Tại công văn số 8014/VPCP-KGVX ngày …,
# Phó Thủ tướng … đã giao Bộ … xây dựng …; báo cáo Thủ tướng Chính phủ trước ngày …».
_CITED_OPENING = re.compile(
    r"^\W*(?:tai|theo|thuc hien)\s+(?:cong van|van ban|quyet dinh|ke hoach|thong bao|chi thi"
    r"|ket luan|nghi quyet|cong dien)\s+(?:so\s+)?\d"
)
# A sentence whose subject is an earlier document, named with its number and day, that
# asked: «Kế hoạch số 20/KH-UBND ngày 15/01/2025 yêu cầu hoàn thành trước ngày 28/02/2025».
_PAPER_AS_SUBJECT = re.compile(
    r"^\W*(?:cong van|van ban|quyet dinh|ke hoach|thong bao|chi thi|ket luan|nghi quyet"
    r"|cong dien|huong dan)\s+(?:so\s+)?\d[^\s,]*\s+ngay\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"(?:\s+cua\s+[^.;,]{3,60}?)?\s+(?:yeu cau|giao|chi dao|de nghi)\b"
)
# A sentence that opens on the day an earlier document was issued: «Ngày 19 tháng 9 năm
# 2013, Văn phòng Chính phủ có văn bản số 349/TB-VPCP … báo cáo … trước ngày 30/9/2013»,
# «Ngày 01/7/2013, Bộ Xây dựng ban hành Thông tư số 09/2013/TT-BXD … trước ngày …».
_DATED_OPENING = re.compile(
    r"^\W*ngay \d{1,2}(?:/| thang )\d{1,2}(?:/| nam )\d{4}\s*,[^.;]{0,120}?"
    r"\b(?:co|ban hanh|gui|da co|da ban hanh)\s+(?:van ban|cong van|thong tu|quyet dinh"
    r"|thong bao|ke hoach|chi thi|nghi dinh|cong dien)\s+(?:lien tich\s+)?so\s+\d"
)


# A bracket after a cited document telling what it asked: «Thực hiện Công văn số 312/SNV-XDCQ
# ngày 26/02/2025 của Sở Nội vụ (về việc báo cáo … trước ngày 15/3/2025), …».
_CITED_ASIDE = re.compile(
    r"\b(?:cong van|van ban|ke hoach|thong bao|quyet dinh|chi thi|huong dan)\s+so\s+\d"
    r"[^()\n]{0,120}\(\s*(?:ve viec|v/v|yeu cau|de nghi)\b[^()]*$"
)
# A phrase quoted and then corrected: «cụm từ "trước ngày 31/3/2025" được sửa thành …».
_CORRECTED_AFTER = re.compile(
    r"^[\s\"”»']*(?:duoc\s+)?(?:sua|dinh chinh|thay)\s+(?:thanh|bang|lai)\b"
)
# A sentence or a clause told of a year gone by: «Năm 2024, …», «Trong năm 2024, …», «Năm
# 2024 hạn nộp là ngày 15/11; …».
_PAST_YEAR_CLAUSE = re.compile(
    r"^\W*(?:trong\s+)?nam\s+(?P<y>\d{4})(?:\s*,|\s+(?:han|thoi han|da|cac|toan|chi|moi)\b|\s*$)"
)
# Who is to be where, not a work due: «Đề nghị đại biểu có mặt trước 15 phút (trước 7h45 …)».
_ATTENDANCE = re.compile(
    r"\bco mat\b(?:(?!\b(?:gui|nop|bao cao|hoan thanh|xac nhan|lap)\b)[^.;,]){0,45}\(?\s*$"
)
# What those who did so by then get: «… nghỉ việc trước ngày 01/8/2025 được hưởng chính sách».
_GRANTED_AFTER = re.compile(
    r"^[\s,]*(?:thi\s+)?(?:se\s+)?duoc\s+(?:huong|giai quyet|xem xet|ho tro|mien)\b"
)


def _not_this_documents(f: str, item: _Found, issued: date | None) -> bool:
    """A limit another document set, a corrected phrase, a past year's, a meeting's arrival,
    a condition of what is granted: none is a task of this document."""
    before = f[max(0, item.start - 200) : item.start]
    if _CITED_ASIDE.search(before):
        return True
    if _CORRECTED_AFTER.match(f[item.end : item.end + 40]):
        return True
    clause = _sentence_before(f, item.start, 200, _SENTENCE_END)
    past = _PAST_YEAR_CLAUSE.match(clause)
    if past and issued is not None and int(past["y"]) < issued.year and item.due is not None:
        said = f[item.start : item.end]
        if item.due.year <= int(past["y"]) or not re.search(r"\d{4}", said):
            return True  # «Năm 2024 hạn nộp là ngày 15/11»: that year's (not «… 15/01/2026»)
    if _ATTENDANCE.search(f[max(0, item.start - 60) : item.start]):
        return True
    return bool(_GRANTED_AFTER.match(f[item.end : item.end + 40]))


def _earlier_papers_clause(text: str, item: _Found, found: list[_Found]) -> bool:
    """A date in the clause that opens on an earlier document's day, when the sentence goes
    on to this one's own deadline: «Ngày 03/3/2025, UBND quận có Công văn số 601/UBND-TNMT
    yêu cầu báo cáo trước ngày 15/3/2025; UBND phường đề nghị … trước 16h00 ngày 12/3/2025»:
    what that document asked, whenever it is due. (Told alone, it stays the task.)"""
    clause = _sentence_before(text, item.start, 300, _SENTENCE_END)
    if not _DATED_OPENING.match(fold(clause)):
        return False
    stop = _FULL_STOP.search(text, item.end)
    end = stop.start() if stop else len(text)
    return any(item.end <= other.start < end for other in found)


def _tet_eve(year: int | None, issued: date | None) -> date | None:
    """The eve of the lunar New Year of ``year`` (of the next one after ``issued``)."""
    from secretariat.tasks.deadlines import public_holidays  # (the holidays package: slow)

    years = [year] if year else [issued.year, issued.year + 1] if issued else []
    for y in years:
        days = [day for day, name in public_holidays(y).items() if name == "Tết Nguyên Đán"]
        if days and (year or issued is None or days[0] > issued):
            return days[0] - timedelta(days=1)
    return None


def _told_as_past(text: str, item: _Found, issued: date) -> bool:
    """A date before the issue date in a sentence telling what was done («Chủ tịch đã
    chỉ đạo … hoàn thành trước ngày 30/10/2025»), or what an earlier document it opens on
    asked («Tại công văn số … đã giao …; báo cáo … trước ngày …»): an earlier deadline."""
    if item.due is None or item.due >= issued or item.moves or item.recurrence:
        return False
    if _says(_PAST, _PAST_UNMARKED, _sentence_before(text, item.start, 300, _SENTENCE_END)):
        return True
    sentence = _sentence_before(text, item.start, 600, _FULL_STOP)
    lines = [fold(line) for line in sentence.split("\n")]
    if any(_DATED_OPENING.match(line) for line in lines):
        return True  # (its own day says it is past)
    past_year = _PAST_YEAR_CLAUSE.match(lines[0]) if lines else None
    if past_year is not None and int(past_year.group("y")) < issued.year:
        return True  # «Năm 2024, 100% tổ dân phố hoàn thành … trước ngày 30/6/2024»: an account
    if _PAPER_AS_SUBJECT.match(lines[0] if lines else ""):
        return True  # «Kế hoạch số 20/KH-UBND ngày 15/01/2025 yêu cầu hoàn thành trước …»
    opening = next((k for k, line in enumerate(lines) if _CITED_OPENING.match(line)), None)
    told = "\n".join(sentence.split("\n")[opening:]) if opening is not None else ""
    return opening is not None and _says(_PAST, _PAST_UNMARKED, told)


# A date a rule's condition names, not a task's deadline: «Đối với quy trình … được công
# bố … trước ngày 01/01/2026 thì …», «nếu … có hiệu lực trước ngày 01/3/2027 thì …»; and
# what a transitional rule lets go on: «(thiết bị) mua sắm trước ngày 01/7/2026 được tiếp
# tục sử dụng».
# Read on the text as written: folded, «thì» is «thị» (thị xã, Chỉ thị) and «thi» (kỳ
# thi), «nếu» is «nêu», «khi» is «khí». A sentence OCR read without marks is read folded.
_IF = re.compile(
    rf"(?:^|\W)(?:{marks_optional('đối với')}|{marks_optional('trường hợp')}"
    rf"|{marks_optional('nếu')}|khi)\s",
    re.IGNORECASE,
)
# («thi» too, its tone lost, but not the exam's, the contest's, the law's «thi hành»)
_THEN = re.compile(
    # («lập danh sách thi», «lịch thi», «dự thi», «môn thi»: an exam's)
    r"^[^.;\n]{0,160}?(?:\bthì\b|(?<!kỳ )(?<!kì )(?<!cuộc )(?<!sách )(?<!lịch )(?<!dự )(?<!môn )"
    r"(?<!phòng )\bthi\b(?!\s+(?:đua|hành|hanh"
    r"|tuyển|tuyen|cử|cu|đấu|dau|công|cong|thể|the|sát|sat)\b))",
    re.IGNORECASE,
)
_IF_UNMARKED = re.compile(r"(?:^|\W)(?:doi voi|neu|truong hop|khi)\s")
_THEN_UNMARKED = re.compile(r"^[^.;\n]{0,160}?\bthi\b")
_GOES_ON_IN_USE = re.compile(
    r"^[\s,]*(?:thi\s+)?(?:van\s+)?(?:duoc\s+tiep\s+tuc|(?:co|con)\s+gia\s+tri|con\s+hieu\s+luc)\b"
)  # («… đã cấp … trước ngày 20/06/2011 vẫn có giá trị đến hết thời hạn»)


# A day the bracket after it names as a document's first day in force: «… thường trú trước
# ngày 15 tháng 6 năm 2013 (ngày Quyết định số 22/2013/QĐ-TTg có hiệu lực thi hành)».
_IN_FORCE_DAY = re.compile(r"^\s*\(\s*(?:la\s+)?ngay\b[^()]{0,160}\bhieu luc\b")


def _a_condition(text: str, folded: str, item: _Found, issued: date | None) -> bool:
    after = folded[item.end : item.end + 200]
    if _GOES_ON_IN_USE.match(after) or _IN_FORCE_DAY.match(after):
        return True
    near = folded[max(0, item.start - 40) : item.start]
    if (
        issued
        and item.due
        and item.due < issued
        and (
            _GRANTED.search(near)  # «chứng chỉ được cấp trước ngày 01/01/2023»: done before
            # «có đăng ký hộ khẩu thường trú trước ngày 15/6/2013», «sinh trước ngày …», «nghỉ
            # hưu trước ngày …»: who qualifies, by what they were before the day of issue
            or _A_PAST_STATE.search(folded[max(0, item.start - 60) : item.start])
        )
    ):
        return True
    if _DONE_BY_THEN.search(folded[max(0, item.start - 250) : item.start]):
        return True
    before = _sentence_before(text, item.start, 700, _SENTENCE_END)
    if not _marked(before):
        plain = _sentence_before(folded, item.start, 700, _SENTENCE_END)
        return bool(_IF_UNMARKED.search(plain) and _THEN_UNMARKED.match(after))
    return bool(_IF.search(before) and _THEN.match(text[item.end : item.end + 200]))


# A purpose the sentence opens with, before whom it asks: «Để có số liệu báo cáo UBND quận
# trước ngày 28/3/2025, UBND phường đề nghị các tổ dân phố … báo cáo trước ngày 24/3/2025».
_PURPOSE_OPENS = re.compile(r"^\W*de (?:co|kip|bao dam|dam bao|phuc vu|tong hop)\b[^,;:]*$")
_ASKS_AFTER = re.compile(r"^[^.;\n]{0,30}?,[^.;\n]{0,60}?\b(?:de nghi|yeu cau|giao)\b")
# A document the sentence quotes first: «Theo yêu cầu tại Công văn số 215/UBND-VP ngày …»
_QUOTES_FIRST = re.compile(
    r"^\W*theo (?:yeu cau (?:tai|cua) |quy dinh tai |chi dao tai )?"
    r"(?:cong van|ke hoach|thong bao|quyet dinh|chi thi|huong dan|van ban)\b"
)


_WHEN_OPENS = re.compile(r"(?:^|[,;:]\s*)\W*(?:khi|neu|truong hop)\s")
_SPAN_BEFORE = re.compile(r"\b\d{1,3}\s+(?:ngay|thang|nam|tuan)(?:\s+lam\s+viec)?\s+$")


def _an_aside(folded: str, item: _Found, issued: date | None) -> bool:
    """Whether a deadline is said aside from any work of the document's: the issuer's own
    purpose opening a request, a cited document's past day, a term of a rule or a land use
    kept in force, a daily report due only when something happens."""
    sentence = _sentence_before(folded, item.start, 400, _SENTENCE_END)
    if folded.startswith("truoc", item.start) and _SPAN_BEFORE.search(sentence[-30:]):
        return True  # «… là 12 tháng trước ngày 01/10/2025»: a span back from the day, no limit
    after = folded[item.end : item.end + 160]
    if (
        _PURPOSE_OPENS.match(sentence)
        and _ASKS_AFTER.match(after)
        # (the request's own day after it: «…, đề nghị các tổ dân phố … trước ngày 24/3»)
        and re.search(r"\d{1,2}\s*/\s*\d{1,2}", after.split(".")[0])
    ):
        return True
    if issued and item.due and item.due < issued and _QUOTES_FIRST.match(sentence):
        return True
    # a term a price list, a rule or a land use is kept in force: «Bảng giá đất … được kéo
    # dài áp dụng đến hết ngày …», «Thời hạn sử dụng đất … được gia hạn đến ngày …»
    told = sentence + folded[item.start : item.end]
    if item.moves and (_IN_FORCE.search(told) or _VALIDITY.search(told)):
        return True
    # (a daily report only when something happens: «Khi có bão, …»; not «Đối với …», nor
    # «… đến khi kết thúc đợt cao điểm»)
    return item.recurrence == "daily" and bool(_WHEN_OPENS.search(sentence))


def _marked(sentence: str) -> bool:
    """Whether a sentence keeps its marks (a fifth of its words or more): OCR with the wrong
    language model drops them all."""
    tokens = sentence.split()
    return sum(fold(t) != t.lower() for t in tokens) >= 0.2 * len(tokens) if tokens else True


_A_PAST_STATE = re.compile(
    r"\b(?:sinh|thuong tru|tam tru|cu tru|ho khau|nghi huu|nghi viec|nhap ngu|xuat ngu"
    r"|vao dang|ket nap|hy sinh|tu tran|qua doi|bi thuong|thoi viec"
    # («người lao động có thời gian đóng bảo hiểm xã hội trước ngày 01/01/2016»)
    r"|co thoi gian (?:dong|cong tac|tham gia|lam viec|cong hien))\b[^.;\n]{0,40}$"
)
_GRANTED = re.compile(r"\bduoc\s+(?:\w+\s+){1,2}$|\bcap\s+$")  # «… được cấp», «… do X cấp»
# What was done by then, in the clause the date closes: «các dự án đã được UBND cấp huyện
# quyết định đầu tư theo quy định tại khoản 4 Điều 38 Luật Đầu tư công trước ngày
# 01/7/2025»; not «đã được giao, … hoàn thành / báo cáo trước ngày …», nor a date that opens
# its own clause after a comma.
_DONE_BY_THEN = re.compile(
    r"\bda duoc\s(?:(?!phai\b|hoan thanh|xong\b|bao cao|gui\b|nop\b|trinh\b|de nghi|yeu cau"
    r"|\n\s*\n)[^.;:])*[^\s,]\s+$"
)


# An earlier document told of: «… đã có công văn số 2877/… yêu cầu …».
# (or what an earlier letter asked of whom, «Đồng thời, Bộ đã yêu cầu các Ban … hoàn thành
# … trong năm 2026»; not «các nhiệm vụ đã giao», «như đã chỉ đạo»: what is asked again now)
_EARLIER_DOCUMENT = re.compile(
    marks_optional(
        r"\b(?:đã|Đã)\s+(?:có|ban hành|gửi)\s+(?:công văn|văn bản|kế hoạch|thông báo|hướng dẫn)"
        r"\s+số\b"
    )
    + r"|(?<!nội dung )(?<!nhiệm vụ )(?<!như )\bđã\s+(?:có\s+văn\s+bản\s+)?(?:yêu cầu|chỉ đạo)\s+"
    r"(?:các|Ủy ban|UBND|Sở|Ban|Bộ|Phòng|Công an)\b",
    re.IGNORECASE,
)
_EARLIER_DOCUMENT_UNMARKED = re.compile(
    r"\bda\s+(?:co|ban hanh|gui)\s+(?:cong van|van ban|ke hoach|thong bao|huong dan)\s+so\b"
    r"|(?<!noi dung )(?<!nhiem vu )(?<!nhu )\bda\s+(?:co\s+van\s+ban\s+)?(?:yeu cau|chi dao)\s+"
    r"(?:cac|uy ban|ubnd|so|ban|bo|phong|cong an)\b",
    re.IGNORECASE,
)


# A sentence whose subject is a document told of, not this one («Quyết định này»).
_CITED_SUBJECT = re.compile(
    r"^\W*(?:quyet dinh|cong van|ke hoach|thong bao|chi thi|nghi quyet|ket luan|van ban)"
    r"\s+(?!nay\b)"
)


def _repeated_from_earlier(text: str, item: _Found, found: list[_Found]) -> bool:
    """A deadline an earlier document set («ngày 25/8, Bộ đã có công văn số … yêu cầu …
    gửi về Bộ trước ngày 15/10»), told in the sentence that cites it, when the text sets
    the same date again further on: one task, the later one (which says who is late)."""
    if item.due is None or not any(
        other.due == item.due and other.start > item.end for other in found
    ):
        return False
    sentence = _sentence_before(text, item.start, 400, _SENTENCE_END)
    if _CITED_SUBJECT.match(words(sentence)):
        return True  # «Quyết định có hiệu lực … và giao UBND các tỉnh … hoàn thành …»
    return _says(_EARLIER_DOCUMENT, _EARLIER_DOCUMENT_UNMARKED, sentence)


def _restated_in_a_case(folded: str, item: _Found, found: list[_Found]) -> bool:
    """A standing rule's day said again in a case it allows («Trong trường hợp cần thiết,
    Bộ … quy định thời hạn … nhưng đảm bảo thời hạn gửi báo cáo … chậm nhất vào ngày 20 của
    tháng cuối thuộc kỳ báo cáo»): the earlier task, not a second one. (A one-off task for
    a case, «Trường hợp còn ý kiến khác nhau, giao Bộ … trình … trước ngày …», is one.)"""
    if (
        item.due is None
        or item.recurrence is None
        or not any(
            other.due == item.due
            and other.recurrence == item.recurrence
            and other.end <= item.start
            for other in found
        )
    ):
        return False
    opening = _sentence_before(folded, item.start, 400, _SENTENCE_END).lstrip(" -+*\n")
    return bool(re.match(r"(?:trong )?truong hop\b", opening))


# «… đến hết ngày 07/11/2025» after a sending: what is sent is due by then (without one,
# «đến hết ngày» tells how long something lasts, never a deadline).
_SEND_BY = re.compile(rf"\bden{_S}het{_S}{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])")
# A table's «Trước ngày» cell whose date a narrow column (or OCR) put on the line below:
# «Trước ngày | Phòng Đào» / «12/12/2021 | tạo».
_BY_DAY_CELL = re.compile(
    # the next cell after it («Trước ngày | Phòng Đào»), or the cell before it at the line's
    # end («Thông báo triển khai Đồ án | Trước ngày»)
    rf"(?:\b{_TRUOC}{_S}{_NGAY}[ \t]*\|[^\n]{{0,30}}|\|[ \t]*{_TRUOC}{_S}{_NGAY}[ \t\r]*)"
    r"\n(?:[ \t\r]*\n)?[^\n]{0,60}?(?<![\d/.])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4})(?![\d/.])"
)
# A window to sign up or hand in, labelled so: its end is when it closes («Thời gian đăng ký
# thi: từ 03/12/2021 đến 12/12/2021», «Thời gian nhận hồ sơ: … đến hết ngày …»).
# («Thời gian đóng học phí: từ 05/9 → 17/9/2011», «Thời gian gửi bài: … »)
_SIGN_UP_WINDOW = re.compile(
    rf"\bthoi{_S}gian{_S}(?:dang{_S}ky|nop|nhan|tiep{_S}nhan|gui|dong{_S}(?:hoc{_S})?phi)\b"
    r"[^:\n]{0,40}:(?:[^.;\n]|(?<=\d)\.(?=\d)|\n(?!\s*\n)){0,120}?"
    rf"(?:\bden(?:{_S}het)?{_S}|\s+[-–]\s+|\s*(?:→|->)\s*)(?:{_HOUR})?(?:{_NGAY_})?(?=\d){_DAY_DATE}"
    r"(?![0-9/])"
)
# A monthly window to send in: «gởi … cho phòng Thanh tra từ ngày 25 đến 30 hàng tháng».
_MONTHLY_WINDOW = re.compile(
    rf"\btu{_S}{_NGAY_}(?P<a>\d{{1,2}}){_S}den{_S}(?:{_NGAY_})?(?P<d>\d{{1,2}}){_S}"
    rf"(?:h[a-z]ng|m[o0][i1]){_S}th[a-z]ng\b"
)
_SENDS = re.compile(r"\b(?:gui|goi|nop|dang ky)\b")  # «gởi» written the southern way
# What is taken in by then: «Ban Tổ chức nhận bài dự thi đến hết ngày …»
_TAKES = re.compile(
    r"\b(?:tiep )?nhan (?:bai|ho so|don|phieu|san pham|tac pham|y kien|gop y|danh sach)\b"
)
# A window to hand in, sign up or pay named by its verb: «Các đơn vị đăng ký danh sách từ
# ngày 10/3 đến ngày 20/3/2025», «nộp bài từ 01/11 – 15/11/2025»: due the day it closes.
# (not a stay's or a residence's span: «đăng ký tạm trú từ …»)
# (the window's first day, then its last: «(ngày) 10/3 đến (hết) (ngày) 20/3/2025», «05/9 → 17/9»)
_WINDOW_DAYS = (
    rf"(?:{_NGAY_})?\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-](?P<y0>\d{{4}}))?"
    rf"(?:{_S}den(?:{_S}het)?{_S}|\s*(?:[-–]|→|->)\s*)(?:{_NGAY_})?(?=\d){_DAY_DATE}(?![0-9/])"
)
_HAND_IN_WINDOW = re.compile(
    rf"\b(?:dang{_S}ky|nop|dong{_S}(?:hoc{_S})?phi"
    rf"|gui{_S}(?:danh{_S}sach|ho{_S}so|bao{_S}cao|ban{_S}dang{_S}ky))\b"
    # (not a status's or a licence's span: «đăng ký kết hôn / kinh doanh từ …», «nộp ngân
    # sách từ … đến … đạt …»)
    rf"(?:(?!truoc|cham|han\b|sau\b|ke{_S}tu|tru\b|so\b|tam{_S}(?:tru|vang)|thuong{_S}tru"
    rf"|ket{_S}hon|kinh{_S}doanh|khai{_S}(?:sinh|tu)|ngan{_S}sach|hieu{_S}luc)[^.;,:\n]){{0,40}}?"
    rf"\btu{_S}{_WINDOW_DAYS}"
)
_WINDOW_GRANTS = re.compile(r"[^.;\n]{0,30}?\b(?:duoc (?:mien|huong|giam)|co hieu luc|dat \d)")
# A payment or hand-in in rounds, each its own line under the lead-in that names what is
# paid or handed in («… có thể đóng thành 2 đợt:» / «+ Đợt 2: từ 31/10 → 12/11/2011, …»).
_ROUND = re.compile(
    rf"(?m)^[ \t*_+•–-]*(?P<round>dot|lan){_S}\d{{1,2}}\s*:\s*(?:tu{_S})?{_WINDOW_DAYS}"
)
_ROUND_LEAD = re.compile(r"\b(?:thanh|theo|lam|chia) (?:\d{1,2}|hai|ba|bon) dot\b[^\n]*:\s*$")
# (what is split: a payment or a hand-in, read with its marks, «đóng» no «động», «đồng»)
_PAID_IN = re.compile(r"\b(?:đóng|nộp|đăng ký)\b", re.IGNORECASE)
# A day after which nothing more is taken in: «Sau ngày 20/3/2025, Ban Tổ chức không nhận hồ
# sơ», «Quá ngày … đơn vị nào không gửi … được coi như không tham gia»: due that day.
_CLOSES_AFTER = re.compile(
    rf"\b(?:sau|qua|het){_S}{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])"
    r"(?=[^.;\n]{0,120}?\b(?:khong (?:tiep )?nhan|khong giai quyet|coi nhu|khong duoc xet"
    r"|khong den lam thu tuc)\b)"
)
_DONE_BY_LABEL = re.compile(r"\bthoi\s+gian\s+(?:thuc\s+hien|hoan\s+thanh)(?:\s+la)?\s*:?\s*$")
# A plan's time section written as a list of «period: work» lines («VI. THỜI GIAN THỰC
# HIỆN» / «- Từ ngày 25/10/2025 đến ngày 31/10/2025: Các đơn vị hoàn thiện …» / «- Tháng
# 11/2025: Ban Biên tập tổng hợp …»): each line's work is due by its period's end.
_PERIOD_FIRST = re.compile(
    r"(?m)^[ \t*_]*[-+•][ \t]*(?P<value>(?:tu ngay [^:\n]{4,40}? den (?:het )?ngay "
    r"(?:[0-9/.-]{6,10}|\d{1,2} thang \d{1,2}(?: nam \d{4})?)"
    # («- Từ ngày 10/3 đến 15/3/2025: …», the second «ngày» left out)
    r"|tu ngay \d{1,2}/\d{1,2}(?:/\d{4})? den (?:het )?\d{1,2}/\d{1,2}/\d{4}"
    # in figures without «ngày»: «- Từ 26/11 đến 20/12/2022: Kiểm tra, xử lý …»
    r"|tu \d{1,2}/\d{1,2}(?:/\d{4})? den (?:het )?\d{1,2}/\d{1,2}/\d{4}"
    r"|(?:trong )?thang \d{1,2}(?: ?[-–] ?\d{1,2})? ?[/.-] ?\d{4}"
    r"|(?:trong )?qu[yi] (?:iv|iii|ii|i|[1-4]) ?[/.-] ?\d{4}"
    r"|truoc ngay [0-9/.-]{6,10}"
    # a day alone, in figures spaced or not: «- Ngày 10 /7 /2015 : Đón nhận các cháu …»
    r"|(?P<day>ngay \d{1,2} ?/ ?\d{1,2} ?/ ?\d{4})))"
    # (a day's row may go on without its colon: «- Ngày 22/7/2015 duyệt kết quả …»)
    r"(?(day)(?:[ \t*_]*:| (?=[a-z]))|[ \t*_]*:)"
    # (not a meeting's or a ceremony's day: «- Ngày 25/3/2025: Hội nghị sơ kết»)
    r"(?![ \t*_]*(?:to chuc )?(?:hoi nghi|hop|le|mit tinh|khai mac|be mac|giao ban|dai hoi"
    r"|thi dau|dieu hanh|tap trung|tham quan|ra quan|ngay hoi|giao luu|bieu dien|hoi thi"
    r"|hoi dien|khai giang|di)\b)"
)
# A plan's steps and phases, each with its time beside its label: «Bước 2 (từ 10/3 đến
# 31/3/2025): tổ chức kiểm tra thực tế», «Bước 3 (tháng 4/2025): tổng hợp, báo cáo», «-
# Giai đoạn triển khai: từ ngày 16/3/2025 đến ngày 15/6/2025.»: the step done by its end.
_STEP_ROW = re.compile(
    r"(?m)^[ \t*_]*(?:[-+•][ \t]*)?(?:buoc|giai doan|dot|tuan)\b[^:()\n]{0,30}?[ \t]*"
    r"(?:\([ \t]*(?P<value>[^():\n]{3,40}?)[ \t]*\)[ \t]*[:.–-]"
    r"|:[ \t]*(?P<after>[^():;\n]{3,40}?)[ \t]*(?:[.;:]|$))"
)
# A timetable's day with no bullet, its weekday read away: «Thứ Sáu (14/3): các tổ dân phố
# nộp kết quả …», «Thứ Ba (11/3) – thứ Năm (13/3): các tổ dân phố rà soát …».
_DAY_ROW = re.compile(
    r"(?m)^[ \t*_]*(?:[-+•][ \t]*)?(?:(?:sang|chieu|toi)[ \t]+)?"
    r"(?P<value>ngay +\d{1,2}/\d{1,2}(?:/\d{4})?"
    r"(?: *(?:[-–]|den) *ngay +\d{1,2}/\d{1,2}(?:/\d{4})?)?) *:"
)
_TIME_SECTION = re.compile(
    r"(?m)^[ \t*_#]*(?:[ivx]{1,4}\.|\d{1,2}\.)?[ \t*_]*"
    r"(?:thoi gian|tien do|lo trinh|lich trinh)\b[^\n]{0,40}$"
)
_ANY_SECTION = re.compile(r"(?m)^[ \t*_#]*(?:[ivx]{1,4}\.|\d{1,2}\.)[ \t]")


# The work of a schedule's row, its addressee's: drawn up, sent, reviewed, listed, counted.
_ROW_WORK = re.compile(
    r"\b(?:bao cao|gui|nop|hoan thanh|hoan tat|xong|trinh|ra soat|lap danh sach|tong hop"
    r"|thong ke)\b"
)


def _a_work_row(folded: str, m: re.Match[str]) -> bool:
    """A schedule's row outside a time section whose span is a work's time: «- Từ ngày 10/3
    đến 15/3/2025: các tổ dân phố rà soát, lập danh sách …» (not an event's: «- Từ ngày
    … : Hội thi …», nor a day alone or a month: those need the section's heading)."""
    if m.group("day") or not m.group("value").startswith("tu "):
        return False
    months = [int(month) for _, month in re.findall(r"\b(\d{1,2})/(\d{1,2})\b", m.group("value"))]
    if len(months) == 2 and (months[1] - months[0]) % 12 > 2:
        return False  # «- Từ ngày 01/01/2025 đến 31/12/2025: …»: a reporting period, not a step
    row = _rest_of_line(folded, m.end())
    return bool(_ROW_WORK.search(row)) and not _EVENT_BEFORE.search(row)


def _rest_of_line(folded: str, at: int) -> str:
    """The words of ``folded`` from ``at`` to its line's end."""
    end = folded.find("\n", at)
    return folded[at : end if end >= 0 else None]


_OWN_LIMIT = re.compile(r"\b(?:truoc|cham nhat|han)\b[^\n]{0,20}?\d{1,2}/\d{1,2}")


def _a_step_of_work(folded: str, m: re.Match[str]) -> bool:
    """Whether a step's line names a work to hand in or finish."""
    return bool(_ROW_WORK.search(_rest_of_line(folded, folded.rfind("\n", 0, m.start()) + 1)))


def _an_event_row(folded: str, m: re.Match[str]) -> bool:
    """Whether a schedule's row holds an event and no work to hand in or finish."""
    row = _rest_of_line(folded, m.end())
    return bool(_EVENT_BEFORE.search(row)) and not _ROW_WORK.search(row)


def _under_time_heading(folded: str, start: int) -> bool:
    """Whether ``start`` is in a plan's time section: its heading the last one above."""
    window = folded[max(0, start - 2000) : start]
    heads = list(_ANY_SECTION.finditer(window))
    times = list(_TIME_SECTION.finditer(window))
    if not times:
        return False
    return not heads or heads[-1].start() <= times[-1].start()


def _opening(folded: str, start: int) -> str:
    """The words from the start of the line, sentence or «;» clause up to ``start``."""
    ends = [
        at + len(mark) for mark in ("\n", ". ", ";") if (at := folded.rfind(mark, 0, start)) >= 0
    ]
    return folded[max(ends, default=0) : start]


def _in_force_or_done(folded: str, item: _Found) -> bool:
    """A date that says how long the document applies, or by when something was done."""
    if item.recurrence or item.moves:
        return False
    opening = _opening(folded, item.start)
    if _ITSELF.match(opening.strip()) and _IN_FORCE.search(opening):
        return True
    return bool(_DONE_AFTER.match(folded[item.end : item.end + 16]))


def _on_day(
    m: re.Match[str], every: str | None, issued: date | None, default_year: int | None
) -> tuple[str | None, date | None]:
    """How a day a deadline names recurs, and when it is next due: «ngày 15 tháng 12» of a
    yearly rule on its next turn after the day of issue, «ngày 20» of a monthly one the same,
    any other day as written."""
    month_raw = m.group("m") or m.group("m2")
    if every == "yearly" and month_raw is not None and month_raw.isdigit():
        months = (int(month_raw),)
        return every, _next_in_months(issued, int(m.group("d")), months) if issued else None
    if every == "monthly" and month_raw is None:
        return every, _next_day_of_month(issued, int(m.group("d"))) if issued else None
    return None, _day_date(m, default_year)


def _period_opening(
    folded: str, start: int, end: int, issued: date | None, default_year: int | None
) -> date | None:
    """The first day of the period a daily report runs over, named in its sentence («báo
    cáo … trong 09 ngày nghỉ Tết, từ ngày 25 tháng 01 năm 2025 đến hết ngày …», «dịp nghỉ
    lễ 30/4-01/5»), when it opens after the day of issue; None without one."""
    if issued is None:
        return None
    told = _sentence_before(folded, start, 400, _SENTENCE_END) + " " + _sentence_after(folded, end)
    days = [_day_date(m, default_year) for m in _PERIOD_FROM.finditer(told) if m["ke"] or m["on"]]
    days += [_make(default_year, int(m["m"]), int(m["d"])) for m in _DAY_SPAN.finditer(told)]
    opening = [day for day in days if day is not None and day > issued]
    return min(opening, default=None)


def _in_grounds(folded: str, item: _Found) -> bool:
    """A date in a document's grounds («Căn cứ Tờ trình số 30/TTr-UBND … của quận 3 trong
    năm 2008;»): what an earlier document said, never this one's task."""
    clause = _opening(folded, item.start)
    # (not «Căn cứ kết quả rà soát, các phường báo cáo trước ngày …»: a task after its ground)
    return "," not in clause and bool(_CITED_GROUND.match(clause))


# A window opened by this document itself and the work asked in it: «Từ nay đến hết ngày …,».
_FROM_NOW = re.compile(
    rf"\btu{_S}nay{_S}(?:den|toi)(?:{_S}het)?{_S}{_NGAY_}(?=\d){_DAY_DATE}(?![0-9/])(?=\s*,)"
)
# Before the lunar New Year: «trước Tết Nguyên đán Bính Ngọ 2026», «hoàn thành trước Tết
# Nguyên đán»: due its eve (the next Tết after the day of issue when no year is said).
_BEFORE_TET = re.compile(
    rf"\b{_LEAD}(?:{_TRUOC}|{_CHAM_NHAT}(?:{_S}(?:l[a-z]|v[a-z]o))?){_S}(?:dip{_S})?"
    rf"tet{_S}(?:nguyen{_S}dan|am{_S}lich|co{_S}truyen)"
    rf"(?:{_S}(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy){_S}"
    rf"(?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi))?"
    rf"(?:{_S}(?:nam{_S})?(?P<y>\d{{4}}))?\b"
)
_REPLACED = re.compile(r"\bthay vi\s*$")
_CITED_GROUND = re.compile(
    r"[\s\W]*can cu (?:vao )?(?:luat|bo luat|nghi dinh|nghi quyet|quyet dinh|thong tu|chi thi"
    r"|to trinh|cong van|ke hoach|thong bao|ket luan|van ban|bao cao)\b"
)


_LONE_STAR = re.compile(r"(?<![\w*])\*(?=\w)|(?<=[\w.])\*(?![\w*])")


def _words_whole(text: str, read: str, rewritten: str, end: int) -> int:
    """``end`` moved past the words a rewrite cut: «tháng Mười hai», read as «tháng 12» and
    padded with spaces, is said whole in the phrase (``read`` is the folded text before the
    rewrite, ``rewritten`` after it)."""
    while 0 < end < len(text):
        if (text[end].isalpha() and text[end - 1].isalpha()) or rewritten[end] != read[end]:
            end += 1
            continue
        gap = end
        while gap < len(text) and rewritten[gap] == read[gap] == " ":
            gap += 1
        if gap == end or gap == len(text) or rewritten[gap] == read[gap]:
            break
        end = gap  # a space between two words of one rewrite
    return end


_LETTER_IN_FIGURES = re.compile(r"(?<![a-z])(?=[0-9ol]*\d)(?=[0-9ol]*[ol])[0-9ol]{2,4}(?![a-z])")


def _mended(item: _Found, f: str, default_year: int | None, issued: date | None) -> _Found:
    """``item`` dated by its figures OCR read as letters beside figures, to review."""
    if item.due is not None or item.recurrence:
        return item
    said = f[item.start : item.end]
    mended = _LETTER_IN_FIGURES.sub(lambda m: m.group().replace("o", "0").replace("l", "1"), said)
    if mended == said:
        return item
    again = find_deadlines(mended, default_year, issued)
    if len(again) != 1 or again[0].due_date is None:
        return item
    return replace(item, due=again[0].due_date, review=True, time=item.time or again[0].time)


def find_deadlines(
    text: str, default_year: int | None, issued: date | None = None
) -> list[Deadline]:
    """Every deadline phrase in ``text``, in order (see the module docstring).

    ``issued`` is the directive's date of issue: recurring and computed deadlines count
    from it; without it they need review.
    """
    folded = fold_keep_offsets(text)
    f = _SIGN_FOR_TR.sub("t", folded.text)  # one character for one: offsets kept
    f = _LATEST_SAID_OTHERWISE.sub("cham", f)  # «muộn nhất»: four letters for four
    f = in_figures(text, f, issued)  # «ngày 20 tháng Ba», «thứ Năm (20/3/2025)»
    found: list[_Found] = []

    for m in _RECURRING.finditer(f):
        found.extend(_recurring(m, text, issued))
    for m in _FIRST_DAYS.finditer(f):
        if m.group("q") or _REPEATS.search(_sentence_before(text, m.start(), 400, _FULL_STOP)):
            found.append(_first_days(m, issued))
    for m in _READY_FROM.finditer(f):
        due = _day_date(m, default_year)
        found.append(_Found(m.start("at"), m.end(), due, due is None))
    for m in _HALF_YEARLY.finditer(f):
        told = _sentence_before(f, m.start()) + f[m.start() : m.end()]
        if re.search(r"\bdinh ky\b|\bbao cao\b", told + _sentence_after(f, m.end())):
            half = (int(m["d"]), int(m["m"] or m["m2"]))  # (day, month)
            due = _next_in_months(issued, half[0], (half[1],)) if issued else None
            found.append(_Found(m.start(), m.end(), due, due is None, recurrence="yearly"))
    for m in _RECURRING_ON.finditer(f):
        told = _sentence_before(f, m.start()) + f[m.start() : m.end()] + _sentence_after(f, m.end())
        if _days_fit(m) and _work_said(f, m.start(), m.end()) and not _MEETING.search(told):
            found.extend(_recurring(m, text, issued))
    for m in _RECURRING_AHEAD.finditer(f):
        if _days_fit(m):
            found.extend(_recurring(m, text, issued))
    if _QUARTER_MONTH.search(f):
        for m in _QUARTERLY.finditer(f):
            found.append(_quarterly(m, issued, f))
        for m in _QUARTERLY_ALONE.finditer(f):
            if _QUARTER_OPENS.search(_sentence_before(f, m.start(), 120, _SENTENCE_END)):
                found.append(_quarterly(m, issued, f))
    for m in _PERIODS_LAST_MONTH.finditer(f):
        found.append(_periods_last_month(m, issued, f))
    for m in _NEXT_FIRST_MONTH.finditer(f):
        found.append(_next_first_month(m, issued, f))
    for m in _EDGE_DAY.finditer(f):
        edge = _edge_day(m, text, f, issued, default_year)
        if edge is not None:
            found.append(edge)
    for m in (*_WEEKLY.finditer(f), *_WEEKLY_FRONT.finditer(f)):
        told = _sentence_after(f, m.end())
        front = m.groupdict().get("front") is not None
        if (m.groupdict().get("on") or front) and (
            not _work_said(f, m.start(), m.end()) or (front and _MEETING.search(told))
        ):
            continue  # «giao ban vào thứ Hai hàng tuần»: a meeting, no work due
        found.append(_weekly(m, issued))
    for m in (*_YEARLY_PERIOD.finditer(f), *_YEARLY_END.finditer(f), *_YEARLY_OPENING.finditer(f)):
        yearly = _yearly_period(m, issued, f)
        if yearly is not None:
            found.append(yearly)
    for m in _END_OF.finditer(f):
        ending = _end_of(m, f)
        if ending is not None:
            found.append(ending)
    for m in _TWICE_DAILY.finditer(f):  # «02 lần/ngày (trước 9h00’ và 16h00’)»
        first = _period_opening(f, m.start(), m.end(), issued, default_year) or issued
        later = _clock(m["h2"], m["mi2"])
        found.append(_Found(m.start(), m.end(), first, issued is None, _hour(m), "daily"))
        found.append(_Found(m.start(), m.end(), first, issued is None, later, "daily", also=True))
    for m in _MONTHLY_ON_DAY.finditer(f):  # «báo cáo kết quả hằng tháng … vào ngày 25»
        told = _sentence_before(f, m.start()) + f[m.start() : m.end()]
        if _REPORTS.search(told) and not _MEETING.search(told) and 1 <= int(m["d"]) <= 31:
            due = _next_day_of_month(issued, int(m["d"])) if issued else None
            found.append(_Found(m.start(), m.end(), due, due is None, recurrence="monthly"))
    # "trước 16 giờ hằng ngày", «hằng ngày trước 16 giờ»: from the day of issue
    for m in (*_DAILY.finditer(f), *_DAILY_SAID_FIRST.finditer(f)):
        first = _period_opening(f, m.start(), m.end(), issued, default_year) or issued
        found.append(
            _Found(m.start(), m.end(), first, issued is None, _hour(m), recurrence="daily")
        )
    for m in _END_OF_EACH.finditer(f):
        each = _end_of_each(m, f, issued)
        if each is not None:
            found.append(each)
    for m in _IN_WEEK.finditer(f):
        this_week = _in_week(m, f, issued)
        if this_week is not None:
            found.append(this_week)
    for m in _SAME_DAY.finditer(f):
        told = _sentence_before(f, m.start(), 300, _SENTENCE_END)
        if not _SENT_OR_DONE.search(told):
            continue  # «… trước 10 giờ hôm nay nước đã rút»: no work asked
        # «Hội nghị khai mạc lúc 8 giờ ngày 10/3/2025; … trước 17 giờ cùng ngày»: that day,
        # not the day of issue (left to the clerk)
        before = _sentence_before(f, m.start(), 300, _FULL_STOP)
        # (or a day named by its weekday: «… vào Chủ nhật cuối cùng hằng tháng; … trước 20h00
        # cùng ngày»)
        other_day = _DAY_AND_MONTH.search(before) or _A_WEEKDAY.search(before)
        found.append(_Found(m.start(), m.end(), None if other_day else issued, True, _hour(m)))
    for m in _NEXT_DAY.finditer(f):  # «trước 9 giờ sáng mai»: the day after the day of issue
        if not _SENT_OR_DONE.search(_sentence_before(f, m.start()) + _sentence_after(f, m.end())):
            continue  # «Đoàn kiểm tra sẽ làm việc trước 9 giờ sáng mai»: an event
        tomorrow = issued + timedelta(days=1) if issued and issued < date.max else None
        found.append(_Found(m.start(), m.end(), tomorrow, True, _hour(m), computed=True))
    for m in _WITHIN.finditer(f):
        told = " ".join(m.group().split())
        # this document named after the count: «… nhận được Thông báo này», «… nhận được danh
        # sách gửi kèm văn bản này»
        this_one = re.match(
            r"(?:\s+[a-z]+){0,6}?\s+(?:van ban|cong van|thong bao|ke hoach|quyet dinh"
            r"|huong dan)\s+nay\b|\s+(?:duoc\s+)?[a-z]+(?:\s+[a-z]+)?\s+nay\b",
            f[m.end() : m.end() + 70],
        )
        this = re.match(r"(?:\s+\w+){0,5}?\s+nay\b", f[m.end() : m.end() + 60]) or this_one
        # («… kể từ ngày nhận được quyết định», «… kể từ ngày nhận»: a standing rule; «… nhận
        # được Thông báo này»: this one's)
        if (
            m.group("basis") == "nhan"
            and not re.search(r"\b(?:nay|van ban|cong van)\b", told)
            and not this_one
        ):
            continue
        goes_on = re.match(r" \w", f[m.end() :])  # «… nhận được văn bản giao chỉ tiêu …»
        if re.search(r"\bthoi gian thuc hien\s*:?\s*$", f[max(0, m.start() - 30) : m.start()]):
            continue  # «Thời gian thực hiện: Trong thời hạn 09 tháng, kể từ …»: a period
        if _ITSELF.match(_opening(f, m.start()).strip()):
            continue  # «Quyết định này … được đăng báo chậm nhất là 05 ngày, kể từ ngày ký»
        if m.group("basis") == "nhan" and not told.endswith("nay") and not this and goes_on:
            continue  # another document's
        if m.group("basis") == "ky" and re.match(
            r"\s+(?:ket|bien ban|hop dong|thoa thuan|cam ket|giay|phieu)\b",
            f[m.end() : m.end() + 16],
        ):
            continue  # «… kể từ ngày ký kết»: an agreement's signing, not this document's
        if (
            m.group("basis") != "nhan"
            and not told.endswith("nay")
            and not this
            and goes_on
            and re.search(r"\b(?:van ban|quyet dinh|cong van|ke hoach)$", told)
        ):
            continue  # «… kể từ ngày ban hành Quyết định thành lập …»: another document's
        if (
            m.group("basis") != "nhan"
            and not told.endswith("nay")
            and not this
            and (told.endswith("van ban") or not goes_on)
            and _PAPER_SPOKEN_OF.search(_sentence_before(f, m.start(), 400, _SENTENCE_END))
        ):
            # «cơ quan đã ban hành văn bản … gửi văn bản … kể từ ngày ban hành văn bản»,
            # «quyết định thanh tra phải được công bố chậm nhất là 15 ngày kể từ ngày ký»:
            # the paper the rule speaks of, signed some day, not this one
            continue
        due = None
        if issued is not None:
            if m.group("months") and issued.year < 9000:  # «… 02 tháng kể từ ngày ban hành»
                due = issued + relativedelta(months=int(m.group("n")))
            elif m.group("months"):
                due = None
            else:
                days = int(m.group("n")) * (7 if m.group("weeks") else 1)  # «01 tuần»
                due = _add_days(issued, days, working=bool(m.group("wd")))
        review = due is None or m.group("basis") == "nhan"  # received: not in the text
        found.append(_Found(m.start(), m.end(), due, review, computed=True))
    for m in _FROM_A_DAY.finditer(f):  # «Trong vòng 7 ngày kể từ ngày 10/3/2025, …»
        told = _sentence_before(f, m.start()) + m.group() + _sentence_after(f, m.end())
        if not _SENT_OR_DONE.search(told) or re.search(r"\bhieu luc\b|\bgiai quyet\b", told):
            continue  # «có hiệu lực …», «hồ sơ được giải quyết trong thời hạn …»: no task
        counted_from = _day_date(m, default_year)
        due = None
        if counted_from is not None and counted_from.year < 9000:
            due = _add_days(counted_from, int(m["n"]), working=bool(m["wd"]))
        found.append(_Found(m.start(), m.end(), due, due is None, computed=True))
    for m in _MOVE.finditer(f):
        if not (m.group("m") or m.group("m2")):
            continue  # "đến ngày 20": no month, no date
        if _move_not_granted(f, m.start()):
            continue  # «Về việc xin lùi thời hạn … đến ngày 30/6/2025»: asked, not granted
        if _LASTS.match(m.group()):
            continue  # «kéo dài 05 ngày, từ thứ Tư ngày 30/4 đến hết …»: how long, not a move
        told = _sentence_before(f, m.start()) + m.group()
        if _EVENT_BEFORE.search(told) and not _LIMIT_WORDS.search(told):
            continue  # «Thời gian tổ chức Hội nghị được lùi … sang ngày …»: an event moved
        due = _day_date(m, default_year)
        found.append(_Found(m.start(), m.end(), due, due is None, _hour(m), moves=True))
    found.extend(_moved_to_periods(f))
    for m in _TERM.finditer(f):
        if not (m.group("m") or m.group("m2")):
            continue  # "thời hạn sử dụng là 50 năm": a number, not a date
        if _VALIDITY.search(m.group()) or _FORECAST.search(m.group()):
            # «Thời hạn ủy quyền: … có hiệu lực đến hết ngày …»: how long, not by when;
            # «thời hạn nổ mìn dự kiến đến hết ngày …»: a forecast
            continue
        due = _day_date(m, default_year)
        found.append(_Found(m.start(), m.end(), due, due is None, _hour(m)))
    for m in _DAY_THEN_TERM.finditer(f):  # «Ngày 20/3/2025: hạn cuối nộp báo cáo»
        if m.group("m") or m.group("m2"):
            due = _day_date(m, default_year)
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _COUNTED_SPAN.finditer(f):  # «trong thời hạn 10 ngày từ ngày … đến hết ngày …»
        due = _day_date(m, default_year)
        found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _FILES_TAKEN.finditer(f):  # «nhận hồ sơ từ 02 – 04/8/2021»
        if _FILES_REFUSED.search(f[max(0, m.start() - 12) : m.start()]):
            continue
        if (m.group("m") or m.group("m2")) and (m.group("span") or not m.group("tu")):
            # (not «từ ngày 02/8/2021» alone: the day it opens)
            due = _day_date(m, default_year)
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _SUBMIT_ON.finditer(f):  # «Hạn nộp hồ sơ … vào ngày 29/02/2012»
        if m.group("m") or m.group("m2"):
            due = _day_date(m, default_year)
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _LATEST.finditer(f):
        if m.group("m") or m.group("m2"):
            due = _day_date(m, default_year)
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _WITHIN_DAY.finditer(f):
        clause = _sentence_before(f, m.start())
        if (
            (m.group("m") or m.group("m2"))
            and (_REPORTS.search(clause) or _DONE_BY.search(clause))
            and not _EVENT_BEFORE.search(clause[-60:])
        ):
            due = _day_date(m, default_year)  # "báo cáo nhanh … trong ngày 15/3/2026"
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _BY_DAY.finditer(f):
        if not re.search(r"[0-9]", m.group("d")):
            continue  # "trước ngày lễ"... not a number
        if _PLACE_NAMED.search(text[max(0, m.start() - 30) : m.start() + 5]):
            continue  # «Nam Trực ngày 22 tháng 9 năm 2017»: a place-date, its comma lost
        if _WINDOW_END.search(_sentence_before(f, m.start(), 300)):
            continue  # "tiến hành từ ngày … và kết thúc trước 07h00 ngày 14/3": a window
        month_raw = m.group("m") or m.group("m2")
        if month_raw is None and not re.search(_NGAY, m.group()):
            continue  # "trước 2 năm": a bare number without "ngày" is not a date
        every = None if (m.group("y") or m.group("y2")) else _every(f, m.start(), m.end())
        following = _FOLLOWING_MONTH.match(f, m.end()) if month_raw is None else None
        if following is not None and "sáu" in text[following.start() : following.end()].lower():
            following = None  # «tháng sáu» (June), no «tháng sau»
        said = _sentence_before(text, m.start(), 400, _SENTENCE_END)
        repeats = _REPEATS.search(said)
        if following is not None and repeats and every != "yearly" and m.group("d").isdigit():
            # «Định kỳ hằng tháng, … chậm nhất là ngày 10 của tháng tiếp theo»: each month's
            # (each quarter's: «hằng quý») due the next month; the first after the day of
            # issue. Said once («Kết thúc đợt kiểm tra …, … tháng tiếp theo»): to review.
            quarterly = bool(_EACH_QUARTER.search(said))
            report = _REPORT_KIND.match(f, following.end())
            if report is not None:
                # «… tháng tiếp theo sau tháng kỳ báo cáo đối với báo cáo tháng và trước ngày
                # 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo đối với báo cáo
                # quý …»: each day says which report it is for
                quarterly = report.group("kind") == "quy"
            every = "quarterly" if quarterly else "monthly"
            due = _after_period(issued, int(m.group("d")), quarterly) if issued else None
            end = following.end()
            found.append(_Found(m.start(), end, due, due is None, _hour(m), recurrence=every))
            continue
        yearless = month_raw and not (m.group("y") or m.group("y2"))
        if every is None and yearless and _OTHER_YEAR.match(f, m.end()):
            continue  # «… trước ngày 31 tháng 12 năm xếp hạng»: a year the rule names
        every, due = _on_day(m, every, issued, default_year)
        found.append(_Found(m.start(), m.end(), due, due is None, time=_hour(m), recurrence=every))
        second = _AND_DAY.match(f, m.end())
        if second is not None and (second.group("m") or second.group("m2")):
            # «… ngày 10 tháng 7 của năm báo cáo (đối với …) và ngày 15 tháng 01 của năm
            # tiếp sau (đối với …)»: the second day of the same rule
            dated = second.group("y") or second.group("y2")
            again = None if dated else _every(f, second.start("day"), second.end())
            every, due = _on_day(second, again, issued, default_year)
            found.append(_Found(second.start("day"), second.end(), due, due is None, None, every))
    for m in _BY_DAY_VAGUE.finditer(f):
        found.append(_Found(m.start(), m.end(), None, True))
    for m in _BEFORE_QUARTER.finditer(f):
        if not _weak_form_ok(f, m.start(), m.end(), _has_lead(m.group())):
            continue
        first_month = _QUARTERS[m.group("q")] * 3 - 2
        due = date(int(m.group("y")), first_month, 1) - timedelta(days=1)
        found.append(_Found(m.start(), m.end(), due, False))
    for m in _BEFORE_MONTH.finditer(f):
        if not _weak_form_ok(f, m.start(), m.end(), _has_lead(m.group())):
            continue  # "trước tháng 9/2020, tỷ lệ … đạt …": a past state, not a deadline
        named = int(m.group("m"))
        year = int(m.group("y")) if m.group("y") else default_year
        due = None
        if year is not None and 1 <= named <= 12:
            due = date(year, named, 1) - timedelta(days=1)
        found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _IN_MONTH.finditer(f):
        lead = _has_lead(m.group()) or bool(m.group("latest"))  # «chậm nhất tháng 7»
        if m.group("at"):
            if not _work_due_at(f, m):
                continue
            lead = True
        if not _weak_form_ok(f, m.start(), m.end(), lead) or (
            not lead and _says(_STATUS, _STATUS_UNMARKED, _sentence_before(text, m.start()))
        ):
            continue
        due = None
        if not m.group("vague"):
            month = _number(m.group("m"))
            year_raw = m.group("y") or m.group("y2")
            year = _number(year_raw) if year_raw else default_year
            due = _month_end(year, month) if year and month else None
            if due is not None and m.group("half") and "dau" in m.group("half"):
                due = due.replace(day=15)
            if due is not None and m.group("part"):  # «thượng tuần tháng 4»: by the 10th
                due = due.replace(day=_PART_DAY.get(" ".join(m.group("part").split()), due.day))
            if (
                due is not None
                and month is not None
                and issued is not None
                and not year_raw
                and _every(f, m.start(), m.end()) == "yearly"
            ):
                # «Chậm nhất tháng 7 hàng năm, …»: each year's, the first after the day of issue
                due = _next_month_end(issued, month)
                found.append(_Found(m.start(), m.end(), due, due is None, recurrence="yearly"))
                continue
        found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _IN_QUARTER.finditer(f):
        lead = _has_lead(m.group()) or bool(m.group("latest"))
        if m.group("at"):
            if not _work_due_at(f, m):
                continue
            lead = True
        if not _weak_form_ok(f, m.start(), m.end(), lead) or (
            not lead and _says(_STATUS, _STATUS_UNMARKED, _sentence_before(text, m.start()))
        ):
            continue
        due = None
        if not m.group("vague"):
            raw_q = m.group("q")
            if not raw_q.isdigit():
                raw_q = raw_q.replace("1", "i").replace("l", "i")
            q = _QUARTERS.get(raw_q)
            year = _number(m.group("y")) if m.group("y") else default_year
            due = _month_end(year, q * 3) if q and year else None
            if q and not m.group("y") and _every(f, m.start(), m.end()) == "yearly":
                # «Hằng năm, … báo cáo … . Việc báo cáo phải hoàn thành trong Quý I.»
                due = _next_month_end(issued, q * 3) if issued else None
                found.append(_Found(m.start(), m.end(), due, due is None, recurrence="yearly"))
                continue
        found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _LABELLED.finditer(f):
        if m.group("time") and not m.group("kind"):
            continue  # "Thời gian: 08 giờ, ngày 15/12": an event
        kind = words(m.group("kind") or "")
        spans = "hoan thanh" in kind or (m.group("term") is not None and "thuc hien" not in kind)
        raw = m.group("value")
        cut = _VALUE_END.search(raw)
        value = raw[: cut.start()] if cut else raw
        value_words = " ".join(value.replace("*", " ").split())
        if not spans and re.fullmatch(rf"(?:trong )?{_P_YEAR}\W*", value_words):
            continue  # "Thời gian thực hiện: năm 2026": a plan's year, not a day it is due
        is_period, due = period_end(value.replace("\n", " "), default_year, spans)
        if not is_period:
            continue
        start = m.start("value")
        end = start + len(value.rstrip(" \n*_"))
        found.append(_Found(start, end, due, due is None, item_period=not spans))
    for m in _BEFORE_TET.finditer(f):
        clause = _sentence_before(f, m.start()) + m.group()
        if not _SENT_OR_DONE.search(clause) or re.search(r"\b(?:bao dam|dam bao|de)\b", clause):
            continue  # «bảo đảm người dân có nhà ở an toàn trước Tết …»: a goal, not a work due
        if re.search(r"\b(?:tuc|tuc la|nghia la)[\s,]*$", f[max(0, m.start() - 20) : m.start()]):
            continue  # «trước ngày 10/02/2026, tức trước Tết …»: the day's gloss
        year = int(m["y"]) if m["y"] else None
        eve = _tet_eve(year, issued) if year is None or 1900 <= year < 9000 else None
        found.append(_Found(m.start(), m.end(), eve, eve is None, computed=True))
    for m in _FROM_NOW.finditer(f):  # «Từ nay đến hết ngày 31/3/2025, các tổ dân phố vận động …»
        told = _sentence_after(f, m.end())
        target = re.search(r"\b(?:phan dau|ty le|muc tieu|chi tieu)\b", told)  # a goal, no work
        if (
            not _EVENT_BEFORE.search(told)
            and not re.search(r"\bcam\b(?! ket)", told)
            and not target
        ):
            due = _day_date(m, default_year)
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _SEND_BY.finditer(f):
        clause = _sentence_before(f, m.start(), 240)
        # or the work's own time: «Thời gian thực hiện là đến hết ngày 28/6/2021»
        labelled = _DONE_BY_LABEL.search(f[max(0, m.start() - 40) : m.start()])
        # (a window opened by this notice, «kể từ ngày ra thông báo đến hết ngày …», closes
        # then; one opened another day is a period of work)
        opened = re.search(r"\btu ngay\b(?! (?:ra thong bao|ban hanh|ky)\b)", clause)
        if (_SENDS.search(clause) or _TAKES.search(clause) or labelled) and not opened:
            # «gửi … về Phòng Quản lý Khoa học … đến hết ngày 07/11/2025»: sent by then
            due = _day_date(m, default_year)
            found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _BY_DAY_CELL.finditer(f):  # «Trước ngày | Phòng Đào» / «12/12/2021 | tạo»
        due = _make(_number(m["y"]), _number(m["m"]), _number(m["d"]))
        found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _HAND_IN_WINDOW.finditer(f):  # «đăng ký danh sách từ ngày 10/3 đến ngày 20/3»
        due, mistyped = _window_end(m, default_year)
        if (issued and due and due < issued) or _WINDOW_GRANTS.match(f, m.end()):
            continue  # closed before the day of issue; what those who did so get
        found.append(_Found(m.start(), m.end(), due, due is None or mistyped))
    for m in _ROUND.finditer(f):  # «+ Đợt 2: từ 31/10 → 12/11/2011» under «đóng thành 2 đợt:»
        above = f[max(0, m.start() - 600) : m.start()].rstrip("\n").rsplit("\n\n", 1)[-1]
        kept = [k for k, line in enumerate(above.split("\n")) if not _ROUND.match(line + "\n")]
        at = max(0, m.start() - 600) + f[max(0, m.start() - 600) : m.start()].find(above)
        marked = text[at : at + len(above)].split("\n")
        opening = above.split("\n")[kept[-1]] if kept else ""
        if kept and _ROUND_LEAD.search(opening) and _PAID_IN.search(marked[kept[-1]]):
            due, mistyped = _window_end(m, default_year)
            found.append(_Found(m.start("round"), m.end(), due, due is None or mistyped))
    for m in _CLOSES_AFTER.finditer(f):  # «Sau ngày 20/3/2025, … không nhận hồ sơ»
        due = _day_date(m, default_year)
        found.append(_Found(m.start(), m.end(), due, due is None))
    for m in _SIGN_UP_WINDOW.finditer(f):  # «Thời gian đăng ký thi: từ 03/12 đến 12/12/2021»
        due = _day_date(m, default_year)
        found.append(_Found(m.start(), m.end(), due, due is None, _hour(m)))
    for m in _MONTHLY_WINDOW.finditer(f):
        if _SENDS.search(_sentence_before(f, m.start(), 240)) and int(m["a"]) < int(m["d"]):
            # the first window that opens on or after the day of issue, due at its end (a
            # short month's last day: «từ ngày 25 đến 30» of February ends on the 28th)
            opens = _next_day_of_month(issued, int(m["a"])) if issued else None
            due = None
            if opens is not None:
                days = calendar.monthrange(opens.year, opens.month)[1]
                due = date(opens.year, opens.month, min(int(m["d"]), days))
            found.append(_Found(m.start(), m.end(), due, due is None, recurrence="monthly"))
    for m in _PERIOD_FIRST.finditer(f):
        if not (_under_time_heading(f, m.start()) or _a_work_row(f, m)):
            continue
        if _an_event_row(f, m):
            continue  # «- Ngày 07/3/2025: UBND phường tổ chức Hội nghị triển khai»
        is_period, due = period_end(m.group("value"), default_year)
        if is_period:
            found.append(_Found(m.start("value"), m.end("value"), due, due is None))
    for m in _STEP_ROW.finditer(f):
        # (a phase's time alone after its label is a span it runs over unless the line
        # names a work: «- Đợt 1: Từ ngày 30/05 đến ngày 05/06/2022» of a defence's days)
        if _an_event_row(f, m) or not (
            (m["value"] and _under_time_heading(f, m.start())) or _a_step_of_work(f, m)
        ):
            continue
        if _OWN_LIMIT.search(_rest_of_line(f, m.end())):
            continue  # «Giai đoạn 2 (Quý II/2025): … gửi UBND phường trước ngày 15/4/2025»
        key = "value" if m["value"] else "after"
        is_period, due = period_end(m[key], default_year)
        if is_period and due is not None:
            found.append(_Found(m.start(key), m.end(key), due, False))
    for m in _DAY_ROW.finditer(f):
        if _an_event_row(f, m) or not _a_step_of_work(f, m):
            continue
        is_period, due = period_end(m["value"], default_year)
        # (a day before the document's is an account of what was done, no timetable's)
        if is_period and due is not None and (issued is None or due >= issued):
            found.append(_Found(m.start("value"), m.end("value"), due, False))
    for m in _PERIOD_THEN_DONE.finditer(f):  # «Quý I/2025 hoàn thành khảo sát; Quý II/2025 …»
        is_period, due = period_end(m.group("at"), default_year)
        if is_period and due is not None:
            found.append(_Found(m.start("at"), m.end("at"), due, False))
    for m in _IN_TWO_YEARS.finditer(f):  # «… cơ bản xong trong hai năm 2012 - 2013»
        found.append(_Found(m.start(), m.end(), date(int(m.group("y")), 12, 31), False))
    for m in _YEAR_ITEM.finditer(f):  # «- Năm 2018: Rà soát …», «- Năm 2018, hoàn thành …»
        if int(m.group("y")) < (issued.year if issued else default_year or 0):
            continue  # «- Năm 2023: thu ngân sách …»: a past year's account
        found.append(_Found(m.start("at"), m.end(), date(int(m.group("y")), 12, 31), False))
    for m in _DONE_BY_YEAR_END.finditer(f):  # «d) Hoàn thành việc … đến hết năm 2019»
        opening = f[f.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _OPENS_ON_FINISHING.match(opening) and not _MARKS_A_CLAUSE.search(opening):
            found.append(_Found(m.start(), m.end(), date(int(m.group("y")), 12, 31), False))
    for m in _YEAR_ENDS.finditer(f):  # «Kết thúc năm 2013, Chính phủ báo cáo …»
        found.append(_Found(m.start("at"), m.end(), date(int(m.group("y")), 12, 31), False))
    for m in _IN_YEAR.finditer(f):
        lead = _has_lead(m.group()) or bool(m.group("latest"))
        if m.group("at"):
            # («đến hết năm 2025» is a plan's horizon but after a finishing: _DONE_BY_YEAR_END)
            if m.group("until") or not _work_due_at(f, m):
                continue
            lead = True
        if not _weak_form_ok(f, m.start(), m.end(), lead) or (
            not lead and _says(_STATUS, _STATUS_UNMARKED, _sentence_before(text, m.start()))
        ):
            continue
        if m.group("half") and not lead:
            continue  # «báo cáo sơ kết công tác trong 6 tháng đầu năm»: what it is about
        due = _year_or_half_end(int(m.group("y")), m.group("half"))
        found.append(_Found(m.start(), m.end(), due, False))

    if issued is not None:
        found = [item for item in found if not _told_as_past(text, item, issued)]
        # «đảng viên vào Đảng trước ngày 30/4/1975»: history, never a deadline
        found = [item for item in found if item.due is None or item.due >= _years_before(issued)]
    elif default_year is not None:
        # (the day of issue unread, its year known: history all the same)
        found = [
            item
            for item in found
            if item.due is None or item.due >= _years_before(date(default_year, 1, 1))
        ]
    if default_year is not None:
        # «30/01/7023»: a year OCR misread, no date to propose; the phrase is kept, to review
        found = [
            replace(item, due=None, review=True)
            if item.due is not None and item.due.year > default_year + FUTURE_YEARS
            else item
            for item in found
        ]
    # «trước ngày 2O-4-2O25», «l5-3-2025»: a figure OCR read as a letter beside figures; the
    # date read with it mended, to review (a part with no figure at all is never guessed)
    found = [_mended(item, f, default_year, issued) for item in found]
    found = [item for item in found if not _repeated_from_earlier(text, item, found)]
    restated = [item for item in found if _restated_in_a_case(f, item, found)]
    found = [  # with the shorter readings inside it («chậm nhất vào ngày 17», no month)
        item
        for item in found
        if not any(r.start <= item.start and item.end <= r.end for r in restated)
    ]
    found = [item for item in found if not _a_condition(text, f, item, issued)]
    found = [item for item in found if not _an_aside(f, item, issued)]
    found = [item for item in found if not _in_grounds(f, item)]
    found = [item for item in found if not _earlier_papers_clause(text, item, found)]
    found = [item for item in found if not _not_this_documents(f, item, issued)]
    # «Thay vì trước ngày 15/3/2025 như Kế hoạch …, … trước ngày 12/3/2025»: the day replaced
    found = [item for item in found if not _REPLACED.search(f, max(0, item.start - 12), item.start)]
    found = [item for item in found if not _in_force_or_done(f, item)]
    # Overlapping matches: the first, then the longest ("trước ngày 20 hằng tháng" over
    # "trước ngày 20"; "thời hạn … là ngày 30/9" over a date inside it).
    found.sort(key=lambda item: (item.start, -item.end))
    result: list[Deadline] = []
    last_end = -1
    last: tuple[int, int] = (-1, -1)
    for item in found:
        if item.start < last_end and not (item.also and (item.start, item.end) == last):
            continue
        last_end, last = item.end, (item.start, item.end)
        start, end = folded.offset(item.start), folded.offset(item.end)
        end = _words_whole(text, folded.text, f, end)
        phrase = item.said or clean(text[start:end]).strip(" *_,")
        # a Markdown emphasis the phrase cut in two: «Hoàn thành *trước ngày 21/11/2025»
        phrase = _LONE_STAR.sub("", phrase)
        if phrase.count("(") > phrase.count(")"):  # «hằng tuần (trước 16 giờ …»: an open bracket
            phrase = " ".join(re.sub(r"\(", " ", phrase, count=1).split())
        result.append(
            Deadline(
                phrase,
                item.due,
                item.review,
                start,
                end,
                time=item.time,
                recurrence=item.recurrence,
                computed=item.computed,
                moves=item.moves,
                item_period=item.item_period,
            )
        )
    return result
