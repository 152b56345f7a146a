"""What the header of a state document (Nghị định 30/2020/NĐ-CP) says, and a body's name.

A state document's header names the managing body (cơ quan chủ quản) over the issuing one
("UBND TỈNH QUẢNG NAM / SỞ NỘI VỤ"), or the issuing body on two lines ("ỦY BAN NHÂN DÂN /
THÀNH PHỐ HẢI PHÒNG"); a Công văn has no title line but a «V/v …» subject (trích yếu)
under its number, on one or more lines. Names are written in capitals there; the
register wants them as in a sentence: "Sở Nội vụ tỉnh Quảng Nam".
"""

from __future__ import annotations

import re

from secretariat.directives.importer.ocr import clean, fold_keep_offsets, words
from secretariat.directives.importer.provinces import PROVINCES, province
from secretariat.text import fold

# Administrative levels: the words after them are a place's name.
_LEVELS = ("thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa", "phuong")
# Bodies whose type word is followed by their field: "Sở Giáo dục và Đào tạo".
_HEADS = (
    "so",
    "bo",
    "ban",
    "vu",
    "cuc",
    "tong cuc",
    "hiep hoi",
    "chi cuc",
    "phong",
    "van phong",
    "trung tam",
    "thanh tra",
    "ban quan ly",
    "uy ban kiem tra",
    "truong",  # «Trường Chính trị tỉnh …» (a school by its level: _school_case)
    "khoa",  # a university's faculty: «KHOA KHOA HỌC MÁY TÍNH» under its school
)
# Party committees named by their place: "Huyện ủy Thuận Thành".
_COMMITTEES = ("tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy")
# Names inside a name, and whether their second word is capitalised too.
_PROPER_PAIRS: dict[str, bool] = {
    "viet nam": True,
    "uy ban": False,
    "mat tran": False,
    "to quoc": False,
    "chinh phu": False,  # «Thủ tướng Chính phủ», «Văn phòng Chính phủ»
    "ban chi": True,  # «Văn phòng Thường trực Ban Chỉ huy …», «… Ban Chỉ đạo …»
}
_ACRONYMS = {"ubnd", "hdnd", "mttq", "ttg", "cp"}
_TWO_LINE_BODIES = re.compile(r"^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$")
# The end of a body's name that a narrow cell put on a line of its own: never a name.
NAME_TAIL = re.compile(
    r"^(?:trung uong|phu|dan|tao|uong|nam|viet nam|quoc hoi)$"
)  # «… XÃ HỘI» / «VIỆT NAM»
_LEVEL_START = re.compile(r"^(?:" + "|".join(_LEVELS) + r")\b")
_MANAGING = re.compile(r"^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan)\s+(?P<place>.+)$")
_STATE_BODY = re.compile(r"^(?:" + "|".join(_HEADS) + r")\b")
# «V/v», also as OCR reads it under the number («VíV», «ƒ/w», «V/y»).
# «V/v» as OCR reads it: «V/%», «Vw», «⁄w» (its V lost, the slash set right), «J⁄%w»
VV_OCR = r"^\W{0,2}(?:[vfyƒj]\s*(?:[/iíl1|]\s*%?[vwy%]|w)|/\s*%?[vw]|vv)\s+"  # «Vv», its slash lost
_VV = re.compile(r"^\W*v\s*[/.]\s*v\b\s*[:.]?\s*|" + VV_OCR + r"(?=[^\W\d_])", re.IGNORECASE)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


# A school's level, in its header's abbreviation or in words: «TRƯỜNG THPT CAO LÃNH 2» is
# «Trường Trung học phổ thông Cao Lãnh 2», its own name in capitals after the level.
_SCHOOL_ABBREVIATIONS = {
    "thpt": "Trung học phổ thông",
    "thcs": "Trung học cơ sở",
    "th": "Tiểu học",
    "mn": "Mầm non",
    "mg": "Mẫu giáo",
    "ptdtnt": "Phổ thông dân tộc nội trú",
    "ptdtbt": "Phổ thông dân tộc bán trú",
    "dh": "Đại học",
    "cd": "Cao đẳng",
    "dhsp": "Đại học Sư phạm",
    "cdsp": "Cao đẳng Sư phạm",
    "cdcn": "Cao đẳng Công nghiệp",
    "cdyt": "Cao đẳng Y tế",
    "cdn": "Cao đẳng nghề",
}
_SCHOOL_LEVELS = (
    "trung hoc pho thong",
    "trung hoc co so",
    "pho thong dan toc noi tru",
    "pho thong dan toc ban tru",
    "tieu hoc",
    "mam non",
    "mau giao",
    "dai hoc",
    "cao dang",
    "trung cap",
)


# The levels of a commune's or a district's schools, in words and abbreviated (not a
# university, a college, a province's school of politics).
_LOCAL_LEVELS = tuple(lv for lv in _SCHOOL_LEVELS if lv not in ("dai hoc", "cao dang", "trung cap"))
_LOCAL_SCHOOL = re.compile(
    r"truong (?:"
    + "|".join(
        (
            *_LOCAL_LEVELS,
            *(a for a, name in _SCHOOL_ABBREVIATIONS.items() if words(name) in _LOCAL_LEVELS),
        )
    )
    + r")\b"
)


def _school_case(tokens: list[str], folded: list[str]) -> str | None:
    """A school's name as in a sentence, or None when ``tokens`` name no school."""
    if len(folded) < 3 or folded[0] != "truong":
        return None
    rest = " ".join(folded[1:])
    if folded[1] in _SCHOOL_ABBREVIATIONS:
        level, used = _SCHOOL_ABBREVIATIONS[folded[1]], 1
    else:
        words_of = next((lv for lv in _SCHOOL_LEVELS if rest.startswith(lv + " ")), None)
        if words_of is None:
            return None
        used = len(words_of.split())
        level = _cap(" ".join(t.lower() for t in tokens[1 : 1 + used]))
    out = [_cap(tokens[0].lower()), level]
    for k in range(1 + used, len(tokens)):
        # a level names a place after it («… THÀNH PHỐ HÀ TĨNH»: «TĨNH» ends it, no «tỉnh»)
        place_word = k + 1 < len(tokens) and (
            folded[k] in _LEVELS or " ".join(folded[k : k + 2]) in _LEVELS
        )
        after_thanh = " ".join(folded[k - 1 : k + 1]) in _LEVELS  # «phố», «trấn», «xã» of two
        lower = tokens[k].lower()
        if folded[k] in _SCHOOL_ABBREVIATIONS and folded[k - 1] in ("-", "–", "—"):
            out.append(_SCHOOL_ABBREVIATIONS[folded[k]])  # «THCS – THPT …»: a second level
            continue
        if not re.search(r"[aeiouy]", folded[k]) or re.fullmatch(r"[IVX]+", tokens[k]):
            out.append(tokens[k])  # «GTVT», «II»: an abbreviation, a number
            continue
        out.append(lower if place_word or after_thanh else _cap(lower))
    return " ".join(out)


def body_case(name: str) -> str:
    """A body's name written in capitals, as in a sentence (Nghị định 30, Phụ lục II).

    >>> body_case("SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HÀ NỘI")
    'Sở Giáo dục và Đào tạo thành phố Hà Nội'
    >>> body_case("TRƯỜNG THCS NGUYỄN DU HUYỆN TIÊN LÃNG")
    'Trường Trung học cơ sở Nguyễn Du huyện Tiên Lãng'
    >>> body_case("BỘ TÀI CHÍNH - BỘ NỘI VỤ")
    'Bộ Tài chính, Bộ Nội vụ'
    >>> body_case("TRUNG TÂM PVHCC XÃ NGHĨA LÂM")
    'Trung tâm Phục vụ hành chính công xã Nghĩa Lâm'
    """
    if not name.split() or any(ch.islower() for ch in name):
        return name
    name = re.sub(r"\bTP\.?\s*HCM\b", "THÀNH PHỐ HỒ CHÍ MINH", name)  # «… TP. HCM»
    name = re.sub(r"\bTP(?:\.\s*|\s+)(?=\S)", "THÀNH PHỐ ", name)  # «CÔNG AN TP ĐÀ NẴNG», «TP.HỒ»
    name = re.sub(r"\bTX\.?\s+(?=\S)", "THỊ XÃ ", name)  # «UBND TX. ĐỒNG XOÀI»
    # «LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI»: one office's name (its «XÃ HỘI» no commune)
    name = re.sub(r"\bLAO ĐỘNG\s*[-–]\s*THƯƠNG BINH\b", "LAO ĐỘNG - THƯƠNG BINH", name)
    # one office of both councils, «VĂN PHÒNG HĐND – UBND»; a commune's «TRUNG TÂM PVHCC»
    name = re.sub(r"\b(HĐND|HỘI ĐỒNG NHÂN DÂN)\s*[-–]\s*(?=UBND\b|ỦY BAN|UỶ BAN)", r"\1 VÀ ", name)
    name = re.sub(r"\bPVHCC\b", "PHỤC VỤ HÀNH CHÍNH CÔNG", name)
    name = re.sub(r"^BCH\b", "BAN CHẤP HÀNH", name)  # «BCH ĐOÀN TRƯỜNG …», «BCH HỘI …»
    name = spelt_heads(name)
    bodies = re.split(r"\s+[-–]\s+", name)
    if len(bodies) > 1 and all(_STATE_BODY.match(words(body)) for body in bodies):
        # a joint document's issuers: «VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ»
        return ", ".join(body_case(body) for body in bodies)
    cased = _body_case(name)
    for wrong, right in _NAMES_CASED:
        cased = wrong.sub(right, cased)
    return cased


def spelt_heads(name: str) -> str:
    """A body's name in capitals with the abbreviations of its head written out."""
    # a mass organisation's abbreviated name: «HỘI CCB PHƯỜNG …», «HỘI LHPN XÃ …»
    name = re.sub(r"\bHỘI (CCB|LHPN|CTĐ|NCT|ND)\b", lambda m: _MASS_NAMES[m[1]], name)
    # a military command's, a labour federation's: «BAN CHQS HUYỆN …», «LĐLĐ QUẬN …»
    name = re.sub(r"\b(BAN|BỘ) CHQS\b", r"\1 CHỈ HUY QUÂN SỰ", name)
    name = re.sub(r"\bLĐLĐ\b", "LIÊN ĐOÀN LAO ĐỘNG", name)
    # a steering board's, a union's, as a name opens: «BCĐ PHÒNG, CHỐNG …», «CĐ BỆNH VIỆN …»
    name = re.sub(r"^BCĐ\b", "BAN CHỈ ĐẠO", name)
    return re.sub(
        r"^CĐ\b(?=\s+(?:NGÀNH|BỆNH VIỆN|CƠ SỞ|CÔNG TY|VIÊN CHỨC|CƠ QUAN|SỞ|PHÒNG))",
        "CÔNG ĐOÀN",
        name,
    )


_MASS_NAMES = {
    "CCB": "HỘI CỰU CHIẾN BINH",
    "LHPN": "HỘI LIÊN HIỆP PHỤ NỮ",
    "CTĐ": "HỘI CHỮ THẬP ĐỎ",
    "NCT": "HỘI NGƯỜI CAO TUỔI",
    "ND": "HỘI NÔNG DÂN",
}


# Names whose words the casing takes for a level and a place: «XÃ HỘI» is no commune in
# an office's name; the one province named in two parts, its hyphen spaced or not.
_NAMES_CASED = (
    (re.compile(r"\bThương binh và xã Hội\b"), "Thương binh và Xã hội"),
    (re.compile(r"\b([Pp])hòng, Chống\b"), r"\1hòng, chống"),  # «phòng, chống dịch …»
    (re.compile(r"\bcovid-19\b", re.IGNORECASE), "COVID-19"),
    (re.compile(r"\bBảo hiểm xã Hội\b"), "Bảo hiểm xã hội"),
    (re.compile(r"\bBà Rịa\s*-\s*Vũng tàu\b", re.IGNORECASE), "Bà Rịa - Vũng Tàu"),
    # the mass organisations, as their charters write them, and the name in theirs
    *(
        (re.compile(rf"\b{name}\b", re.IGNORECASE), name)
        for name in (
            "Hồ Chí Minh",
            "Hội Nông dân",
            "Hội Liên hiệp Phụ nữ",
            "Hội Cựu chiến binh",
            "Hội Cựu Thanh niên xung phong",
            "Hội Khuyến học",
            "Hội Chữ thập đỏ",
            "Hội Người cao tuổi",
            "Hội Luật gia",
            "Liên đoàn Lao động",
            "Công đoàn",
            "Thanh niên Cộng sản",
            "Thiếu niên Tiền phong",
            # and the Party committees' own bodies
            "Ủy ban Kiểm tra",
            "Ban Xây dựng Đảng",
        )
    ),
)


# A word that folds like a level but, spelt with its marks, is none: «CỤC QUẢN LÝ THỊ
# TRƯỜNG», «BAN QUẢN LÝ CÁC KCN» (quản, not quận). Only this one: OCR confuses the marks
# of the others («TÌNH» for «TỈNH»).
_NOT_LEVELS = {"quản"}
_ARMY_WORDS = {"su", "doi", "khu", "y", "nhan", "chung", "doan"}


def _no_level(word: str, following: str) -> bool:
    """Whether a word that folds like a level is none: «quản» (CỤC QUẢN LÝ), the army's
    «quân» before its field («QUÂN SỰ», «QUÂN ĐỘI»; ``following`` folded)."""
    lower = word.lower()
    return lower in _NOT_LEVELS or (lower == "quân" and following in _ARMY_WORDS)


def _body_case(name: str) -> str:
    # «PHÒNG GIÁO DỤC-ĐÀO TẠO»: the office's name is «Giáo dục và Đào tạo»
    name = re.sub(r"\bGIÁO DỤC\s*[-–&]\s*ĐÀO TẠO\b", "GIÁO DỤC VÀ ĐÀO TẠO", name)  # «…& ĐÀO TẠO»
    name = re.sub(r"\b(THCS|THPT|TH)-(?=THCS\b|THPT\b)", r"\1 - ", name)  # «THCS-THPT»
    tokens = name.split()
    folded = words(name).split()
    if len(folded) != len(tokens):
        return name
    school = _school_case(tokens, folded)
    if school is not None:
        return school
    out: list[str] = []
    mode = "start"  # start | field (after a head) | place (after a level) | plain
    i = 0
    while i < len(tokens):
        w = folded[i]
        pair = " ".join(folded[i : i + 2])
        lower = tokens[i].lower()
        if w in _ACRONYMS or not re.search(r"[aeiouy]", w):  # «CDNN», «GDĐT»: no vowel
            out.append(tokens[i])
            mode = "plain"
        elif pair in _COMMITTEES or (pair == "ban chap" and folded[i + 2 : i + 3] == ["hanh"]):
            step = 3 if pair == "ban chap" else 2
            named = [t.lower() for t in tokens[i : i + step]]
            if step == 3:
                named[1] = _cap(named[1])  # Ban Chấp hành
            out += [_cap(named[0]), *named[1:]]
            mode = "place" if pair in _COMMITTEES else "field"
            i += step
            continue
        elif w == "truong" and out and (school := _school_case(tokens[i:], folded[i:])):
            out.append(school)  # a school inside a name: «BAN CHẤP HÀNH ĐOÀN TRƯỜNG ĐẠI HỌC VINH»
            break
        elif pair == "trung uong":
            out += ["Trung", tokens[i + 1].lower()]
            i += 2
            mode = "plain"
            continue
        elif pair in _PROPER_PAIRS and mode != "start":
            # "… Ủy ban MTTQ Việt Nam …": names inside a name keep their capitals
            first_word, second_word = (t.lower() for t in tokens[i : i + 2])
            out += [_cap(first_word), _cap(second_word) if _PROPER_PAIRS[pair] else second_word]
            i += 2
            mode = "plain"
            continue
        # (a level names a place after it: a name's last word «TĨNH» is no «tỉnh»)
        elif (
            (pair in _LEVELS or w in _LEVELS)
            and i + 1 < len(tokens)
            and not _no_level(tokens[i], folded[i + 1])
        ):
            step = 2 if pair in _LEVELS else 1
            level = [t.lower() for t in tokens[i : i + step]]
            out += [_cap(level[0]), *level[1:]] if mode == "start" else level
            mode = "place"
            i += step
            continue
        elif mode == "start":
            out.append(_cap(lower))
            mode = "field" if (w in _HEADS or pair in _HEADS) else "plain"
            if pair in _HEADS and pair not in _HEADS[:1]:
                out.append(tokens[i + 1].lower())
                i += 2
                continue
        elif mode == "place":
            out.append(_cap(lower))
        elif mode == "field":
            out.append(_cap(lower))
            mode = "plain"
        elif w in ("va", ",") or lower.endswith(","):
            out.append(lower)
            mode = "field" if w == "va" else "plain"
        else:
            out.append(lower)
        if lower.endswith(",") or lower == "-":
            mode = "field"
        i += 1
    return " ".join(out)


def _place_continues(name: str, line: str) -> bool:
    """Whether ``line`` is the place of the body named on the line before it.

    "ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH", "ỦY BAN MTTQ VIỆT NAM" / "THÀNH PHỐ HẢI PHÒNG";
    not "ĐẢNG BỘ TỈNH BẮC NINH" / "HUYỆN ỦY THUẬN THÀNH" (a committee, under a body
    that has its place already).
    """
    first, second = words(name), words(line)
    if _TWO_LINE_BODIES.match(first):
        return bool(_LEVEL_START.match(second))
    # («TỈNH HỘI HƯNG YÊN»: an organisation's branch under it, no place of it)
    branch = re.match(r"^(?:tinh|thanh|huyen|quan|thi) hoi\b", second) and first.startswith("hoi ")
    if not _LEVEL_START.match(second) or re.match(r"^\S+(?: \S+)? uy\b", second) or branch:
        return False
    # (a level's word read with its marks: «BAN CHỈ HUY QUÂN SỰ» / «HUYỆN AN LÃO», the army's
    # «quân» no «quận»)
    tokens = name.split()
    folded = [*words(name).split(), ""]
    marked = [w for i, w in enumerate(tokens) if not _no_level(w, folded[i + 1])]
    return not any(re.search(rf"\b{level}\b", words(" ".join(marked))) for level in _LEVELS)


# A name that ends on these words goes on on the next line ("ĐẢNG ỦY TRƯỜNG ĐẠI HỌC" /
# "KỸ THUẬT CÔNG NGHIỆP", "BAN TỔ CHỨC" / "ĐẠI HỘI …"), and a line that opens with a
# word that never begins a name continues the one above ("… ĐẠI BIỂU" / "CÁC DÂN TỘC …").
_NEEDS_NAME = re.compile(
    r"\b(?:truong(?: dai hoc| cao dang| trung cap)?|dai hoc|hoc vien|benh vien|cong ty"
    r"|trung tam|vien|lien doan|ban to chuc|ban chi dao|hiep hoi|hoi|tong hoi|lien hiep"
    r"|tinh|huyen|thanh pho|quan|thi xa|thi tran|xa|phuong"  # a level before its place
    r"|dam bao|bao dam|xuc tien|ho tro)$"  # a verb before its object («… ĐẢM BẢO» / «CHẤT …»)
)
_GOES_ON = re.compile(r"^(?:cac|va|cua|ve|tai|thuoc|theo)\b")
# A council set up for one task is named by the task, often on two lines: the second
# goes on unless it opens a body or a place of its own.
_COUNCIL = re.compile(r"^hoi dong (?!nhan dan\b)\S+")
_NEW_NAME = re.compile(
    r"^(?:" + "|".join((*_HEADS, *_LEVELS)) + r"|hoi dong|uy ban|dang uy|chi bo|cong an|ubnd)\b"
)


_OPENS_A_NAME = re.compile(
    r"^(?:benh vien|cong ty|vien|hoc vien|dai hoc|nha xuat ban|doan|to|nhom|doi|tong doi)\b"
)


# A level and the proper name after it, past a name's head (not «huyện ủy», «tỉnh đoàn»,
# «xã hội», «quân sự», «quản lý», «phương án», «phương tiện»): a body that names its place.
NAMES_ITS_PLACE = re.compile(
    r"(?<!^)\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+"
    r"(?!(?:uy|doan|hoi|doi|su|khu|chung|nhan|dan|y|ly|tri|an|tien|thuc|phap|huong|vu|nhu|huan)\b)[a-z0-9]"
)


def _tail_of(name: str, line: str) -> bool:
    """Whether ``line`` is the last words of a body's name a narrow cell wrapped: words
    that open no name and no place («GIÁO DỤC», «LƯỢNG GIÁO DỤC», «TỘI PHẠM VỀ MA TÚY»),
    under a name that opens with a body's head. Past three words, only capitals without a
    figure (never a number's line or a line OCR garbled)."""
    second = words(line)
    size = len(second.split())
    return (
        0 < size <= 6
        and (size <= 3 or (line.upper() == line and not re.search(r"\d", line)))
        and not _NEW_NAME.match(second)
        and not _OPENS_A_NAME.match(second)
        and not _LEVEL_START.match(second)
        and not NAMES_ITS_PLACE.search(second)  # «HẠT KIỂM LÂM HUYỆN TUY ĐỨC»: a body
        and bool(_STATE_BODY.match(words(name)))
    )


_PROVINCE_KEYS = tuple(words(name) for name in PROVINCES)


def _place_completed(name: str, line: str) -> bool:
    """Whether a word alone on ``line`` ends the province's name a cell cut after a level
    («UBND THÀNH PHỐ HÀ» / «NỘI», «ỦY BAN NHÂN DÂN TỈNH QUẢNG» / «NINH»)."""
    tail = words(line)
    if not tail or len(tail.split()) > 1:
        return False
    m = re.search(r"\b(?:tinh|thanh pho)\s+(?P<head>[a-z]+(?: [a-z]+)?)$", words(name))
    return m is not None and f"{m['head']} {tail}" in _PROVINCE_KEYS


def join_name_lines(lines: list[str]) -> list[str]:
    """Join a body's name written on two lines ("ỦY BAN NHÂN DÂN" / "TỈNH NINH BÌNH")."""
    joined: list[str] = []
    for line in lines:
        cut = joined and re.search(r"(?:,|\s(?:VÀ|và))\s*$", joined[-1])  # «… SÁNG TẠO,» / «… VÀ»
        # («ĐẢNG ỦY PHƯỜNG GIA VIÊN» / «CHI BỘ …»: a place's «VIÊN» is no «VIỆN» wanting its
        # name, and a body of its own opens the next line)
        needs = (
            bool(joined)
            and _NEEDS_NAME.search(words(joined[-1])) is not None
            and not _NEW_NAME.match(words(line))
        )
        if joined and (cut or needs or _GOES_ON.match(words(line))):
            joined[-1] = f"{joined[-1]} {line}"
        elif joined and _TWO_LINE_BODIES.match(words(f"{joined[-1]} {line}")):
            joined[-1] = f"{joined[-1]} {line}"  # "ỦY BAN NHÂN" / "DÂN": a cell's width
        elif joined and NAME_TAIL.match(words(line)):
            joined[-1] = f"{joined[-1]} {line}"  # "VĂN PHÒNG CHÍNH" / "PHỦ": a cell's width
        elif (
            joined
            and words(line) == "chinh phu"
            and re.search(r"\b(?:thu tuong|van phong)$", words(joined[-1]))
        ):
            joined[-1] = f"{joined[-1]} {line}"  # «THỦ TƯỚNG» / «CHÍNH PHỦ»: one office
        elif joined and _place_completed(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"  # «UBND THÀNH PHỐ HÀ» / «NỘI»: a cell's width
        elif joined and _place_continues(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"
        elif joined and _COUNCIL.match(words(joined[-1])) and not _NEW_NAME.match(words(line)):
            joined[-1] = f"{joined[-1]} {line}"  # «HỘI ĐỒNG XÉT THĂNG HẠNG» / «CDNN VIÊN …»
        elif joined and _tail_of(joined[-1], line):
            joined[-1] = f"{joined[-1]} {line}"  # «PHÒNG KHẢO THÍ - … CHẤT LƯỢNG» / «GIÁO DỤC»
        else:
            joined.append(line)
    return joined


def state_issuer(managing: str, issuing: str) -> str | None:
    """The issuing body named with its managing body's place, or None if not a state pair.

    "UBND TỈNH QUẢNG NAM" over "SỞ NỘI VỤ" is "SỞ NỘI VỤ TỈNH QUẢNG NAM".
    """
    m = _MANAGING.match(words(managing))
    if not _STATE_BODY.match(words(issuing)):
        return None
    if _LOCAL_SCHOOL.match(words(issuing)):
        # a commune's or a district's school is named by its own name («TRƯỜNG MẦM NON TÂN
        # GIANG»); a province's college or school of politics keeps its province
        return issuing
    if m is None:
        if re.match(r"^bo\b", words(managing)):
            if NAMES_ITS_PLACE.search(words(issuing)):
                return issuing  # «BỘ CHQS TỈNH …» / «BAN CHQS HUYỆN TƯ NGHĨA»: its own place
            return f"{issuing} {managing}"
        return None
    if re.match(r"(?:hdnd|hoi dong nhan dan)\b", words(managing)) and re.match(
        r"(?:ban|thuong truc)\b", words(issuing)
    ):
        return f"{issuing} {managing}"  # «Ban Pháp chế HĐND tỉnh …»: the council's own
    place_words = len(m.group("place").split())
    place = " ".join(managing.split()[-place_words:])
    level = _LEVEL_START.match(words(place))
    if level and words(issuing).endswith(" " + level.group()):
        # «VĂN PHÒNG UBND THÀNH PHỐ» under «THÀNH PHỐ HỒ CHÍ MINH»: its level said once
        issuing = " ".join(issuing.split()[: -len(level.group().split())])
    return f"{issuing} {place}"


LEVEL_WORD = re.compile(r"^(?:tinh|huyen|xa|phuong|quan|pho|tran)$")


def _before_place(text: str, last: str = "") -> str:
    """``text`` without the capitalised place name it ends with ("… hành chính Quảng Nam").
    A subject that ends on a place of its own keeps it: «… Cửa Đạt, tỉnh Thanh Hóa» before
    «Hà Nội, ngày …» (a header's two cells run onto one line) loses only «Hà Nội».
    ``last`` is the place's last word, cut off ``text`` with the date."""
    tokens = text.split()
    keep = len(tokens)
    while keep and len(tokens) - keep < 4 and tokens[keep - 1][:1].isupper():
        keep -= 1
    if keep and len(tokens) - keep >= 1 and LEVEL_WORD.match(fold(tokens[keep - 1])):
        # the level's own name comes first; the place-date's is a province's after it
        for tail in range(len(tokens) - keep):
            if province(" ".join([*tokens[len(tokens) - tail :], last])):
                return " ".join(tokens[: len(tokens) - tail])
    return " ".join(tokens[:keep])


# A word no phrase ends on: a subject's line ending so goes on past a blank line («… quản lý
# vật nuôi và» / «Bảo hiểm trách nhiệm dân sự …»).
DANGLING = re.compile(r"\b(?:va|cua|cho|voi|cac|tai|trong|thuoc|nham|hoac|ve viec)$")


def cong_van_subject(lines: list[str], start: int, stop_at: re.Pattern[str]) -> str | None:
    """The «V/v …» subject of a Công văn from line ``start``, without «V/v», lines joined.

    The subject ends at a blank line, «Kính gửi», the place-date line (``stop_at``
    on the folded line cuts it where it begins) or a line in capitals.
    """
    first = _VV.sub("", lines[start].strip(), count=1)
    parts: list[str] = []
    beside = False  # the place-date stood beside the last line: a blank row of the table
    window = [first, *lines[start + 1 : start + 6]]
    for k, raw in enumerate(window):
        line = raw.strip()
        folded = words(line)
        after = next((ln.strip() for ln in window[k + 1 :] if ln.strip()), "")
        goes_on = parts and (after[:1].islower() or DANGLING.search(words(parts[-1])))
        if not line and (not k or beside or goes_on):
            # «V/v» alone on its line, the subject under it; a portal's blank line inside
            # the subject («… công tác» / «kiểm tra nội bộ …»: small letters go on)
            beside = False
            continue
        if not line or (k and re.match(r"^(?:kinh gui|so\s*:?\s*\d)", folded)):
            break
        if k:
            line = re.sub(r"^[-_—–\s]+(?=\w)", "", line)  # OCR's dashes before a line
        cut = stop_at.search(fold_keep_offsets(line).text)
        if cut is not None and "," not in cut.group() and not line[cut.start()].isupper():
            cut = None  # a date the subject names; a place-date OCR took the comma of keeps
            # its place's capital («… năm 2025 Quảng Nam ngày 18 tháng 11 năm 2025»)
        if cut is not None and re.search(r"[/\d]", cut.group().split()[0]):
            cut = None  # a cited document's date («Thông tri số 17-TT/TU ngày 07 tháng 10 …»)
        if cut is not None:
            parts.append(_before_place(line[: cut.start()], cut.group().split()[0].strip(",")))
            if re.search(r"\d{4}\W*$", line[cut.start() :]):
                beside = True
                continue  # the place-date ends the line: a column beside the subject
            break
        letters = [ch for ch in line if ch.isalpha()]
        acronym = re.fullmatch(r"[A-ZĐ]{2,}(?:-\d{1,4})?[.,;]?", line) and len(letters) <= 6
        cited = line[:1].isdigit()  # «… theo Nghị định số» / «335/2025/NĐ-CP.»: a symbol
        if k and letters and all(ch.isupper() for ch in letters) and not acronym and not cited:
            break  # a name in capitals; not «COVID-19» closing «… phòng, chống dịch»
        parts.append(line)
        beside = False
    subject = clean(" ".join(parts)).strip(" ,;")
    if subject.endswith(")") and "(" not in subject:
        subject = subject[:-1].rstrip()  # «(V/v … tư vấn)»: the bracket «V/v» opened
    return subject or None
