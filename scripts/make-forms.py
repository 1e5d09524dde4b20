#!/usr/bin/env python3
"""Generate the sample dossier forms of the procedures, each as Word (.docx) and
OpenDocument text (.odt).

Standard library only: both formats are zip files of XML, written here directly
(WordprocessingML for .docx, ODF for .odt). The output is deterministic: the same
script always writes byte-identical files (fixed member order, timestamps and
compression).

    python3 scripts/make-forms.py            # the site that contains this script
    python3 scripts/make-forms.py SITE_DIR   # another site directory

Each form is written to content/procedures/<slug>/files/<name>.docx and <name>.odt;
both are listed in that procedure's facts.toml under `forms`.

A form is described once, as a list of blocks (paragraphs and tables); one
renderer turns the blocks into ODF and another into WordprocessingML, so the two
files of a form always say the same thing.
"""

import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_TIME = (2026, 3, 16, 0, 0, 0)  # zip timestamp of every member
META_DATE = "2026-03-16T00:00:00"
META_DATE_Z = META_DATE + "Z"
TEXT_WIDTH_CM = 16.0  # A4 with 3 cm left and 2 cm right margins
TWIPS_PER_CM = 567

# ---------------------------------------------------------------------------
# Blocks. A paragraph is ("p", style, text): a tab character in `text` becomes a
# dotted fill to the right margin. A table is ("table", rows, widths_cm, bordered),
# where each row is a list of cells and each cell a list of paragraphs.


def para(style, text):
    return ("p", style, text)


def field(label, lines=1):
    """A labelled field followed by dotted lines to write on."""
    return [para("Field", f"{label}\t")] + [para("Field", "\t") for _ in range(lines - 1)]


def table(rows, widths, bordered, header=False):
    if header:
        rows = [[[para("TableHead", text) for text in cell] for cell in rows[0]]] + rows[1:]
    return [("table", rows, widths, bordered)]


def grid(headings, widths, empty_rows):
    """A bordered table with a heading row and empty rows to fill in."""
    rows = [headings]
    for n in range(1, empty_rows + 1):
        rows.append([[para("TableText", str(n))]] + [[] for _ in headings[1:]])
    return table(rows, widths, bordered=True, header=True)


def letterhead(left_lines, place_date="……, ngày …… tháng …… năm 20……"):
    """Sender on the left; national motto and date on the right."""
    styles = ["Center", "CenterBold"] + ["Center"] * (len(left_lines) - 2)
    left = [para(st, line) for st, line in zip(styles, left_lines)]
    right = [
        para("CenterBold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        para("CenterBoldUnder", "Độc lập – Tự do – Hạnh phúc"),
        para("CenterItalic", place_date),
    ]
    return table([[left, right]], [6.0, 10.0], bordered=False)


def signatures(left, right):
    """Two signature blocks side by side: each a (title, hint) pair or None."""
    def block(sig):
        if sig is None:
            return []
        title, hint = sig
        return [para("CenterBold", title), para("CenterItalic", hint)] + [
            para("Center", "") for _ in range(4)
        ]
    return table([[block(left), block(right)]], [8.0, 8.0], bordered=False)


def recipients_and_signature(title, hint, recipients):
    left = [para("SmallBoldItalic", "Nơi nhận:")] + [para("Small", f"– {r}") for r in recipients]
    right = [para("CenterBold", title), para("CenterItalic", hint)] + [
        para("Center", "") for _ in range(4)
    ]
    return table([[left, right]], [7.0, 9.0], bordered=False)


NOTE = (
    "Ghi chú: Đây là mẫu tham khảo do Văn phòng Ủy ban nhân dân tỉnh Phú Thọ biên soạn để thuận tiện "
    "cho người nộp hồ sơ, cập nhật theo Nghị định số 313/2025/NĐ-CP và bộ máy của tỉnh từ ngày 01/7/2025. "
    "Trước khi sử dụng, đề nghị đối chiếu với biểu mẫu tại văn bản quy phạm pháp luật đang có hiệu lực."
)


def form(number, name, *parts):
    """A form: its title and its blocks (each part is one block or a list of blocks)."""
    title = f"Mẫu số {number:02d} – {name}"
    blocks = [para("FormNo", title)]
    for part in parts:
        blocks += part if isinstance(part, list) else [part]
    blocks.append(para("Note", NOTE))
    return {"title": title, "blocks": blocks}


# ---------------------------------------------------------------------------
# The forms, by procedure folder. File names are given without extension: each
# form is written as .docx and as .odt.

KINH_GUI_UBND = para("Center", "Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ (qua Văn phòng Ủy ban nhân dân tỉnh)")
KINH_GUI_VP = para("Center", "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Phú Thọ")
CAN_CU_313 = para(
    "Standard",
    "Căn cứ Nghị định số 313/2025/NĐ-CP ngày 08 tháng 12 năm 2025 của Chính phủ quy định về quản lý và sử dụng "
    "viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của cơ quan, tổ chức, cá nhân nước ngoài "
    "dành cho Việt Nam;",
)
SENDER = ["TÊN CƠ QUAN CHỦ QUẢN", "TÊN CƠ QUAN, TỔ CHỨC ĐỀ NGHỊ", "Số: ……/……"]
NGO_SENDER = ["", "TÊN TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI", "Số: ……/……"]
HEAD_SIGN = ("THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC", "(Ký, ghi rõ họ tên và đóng dấu)")

FORMS = {
    "phe-duyet-du-an-vien-tro": {
        "mau-01-de-nghi-phe-duyet": form(
            1,
            "Văn bản đề nghị thẩm định, phê duyệt chương trình, dự án",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Thẩm định, phê duyệt văn kiện chương trình, dự án sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức"),
            KINH_GUI_UBND,
            CAN_CU_313,
            para("Standard", "Căn cứ kết quả trao đổi với nhà tài trợ, [tên cơ quan, tổ chức] đề nghị Ủy ban nhân dân tỉnh xem xét, phê duyệt chương trình, dự án với các nội dung chính sau:"),
            field("1. Tên chương trình, dự án (tiếng Việt và tiếng Anh): ", 2),
            field("2. Nhà tài trợ, quốc gia nơi thành lập, số Giấy đăng ký hoạt động tại Việt Nam (nếu có): ", 2),
            field("3. Chủ khoản viện trợ, địa chỉ, điện thoại, thư điện tử: ", 2),
            field("4. Cơ quan chủ quản: "),
            field("5. Địa bàn thực hiện (xã, phường thuộc tỉnh Phú Thọ): "),
            field("6. Thời gian thực hiện: từ tháng …… năm …… đến tháng …… năm …… "),
            field("7. Mục tiêu chính: ", 3),
            field("8. Đối tượng thụ hưởng và số người hưởng lợi dự kiến: ", 2),
            field("9. Tổng giá trị khoản viện trợ (nguyên tệ và quy đổi ra đồng Việt Nam): "),
            field("10. Vốn đối ứng (nếu có): nguồn, giá trị và hình thức: ", 2),
            field("11. Hình thức tổ chức quản lý, thực hiện; tài khoản tiếp nhận viện trợ: ", 2),
            para("Heading", "Hồ sơ gửi kèm:"),
            field("– ", 3),
            para("Standard", "[Tên cơ quan, tổ chức] cam kết chịu trách nhiệm về tính chính xác của thông tin trong hồ sơ và quản lý, sử dụng khoản viện trợ đúng mục đích, đúng quy định của pháp luật."),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
        "mau-02-tom-tat-du-an": form(
            2,
            "Đề cương tóm tắt chương trình, dự án",
            para("Title", "ĐỀ CƯƠNG TÓM TẮT CHƯƠNG TRÌNH, DỰ ÁN"),
            para("Subtitle", "(Gửi kèm văn bản đề nghị thẩm định, phê duyệt)"),
            para("Heading", "1. Thông tin chung"),
            field("Tên chương trình, dự án: "),
            field("Nhà tài trợ: "),
            field("Chủ khoản viện trợ: "),
            field("Địa bàn (xã, phường thuộc tỉnh Phú Thọ) và thời gian thực hiện: "),
            para("Heading", "2. Bối cảnh và sự cần thiết"),
            field("", 4),
            para("Heading", "3. Mục tiêu tổng quát và mục tiêu cụ thể"),
            field("", 3),
            para("Heading", "4. Hoạt động chính và kết quả dự kiến"),
            field("", 4),
            para("Heading", "5. Ngân sách theo hạng mục"),
            grid(
                [["STT"], ["Hạng mục"], ["Viện trợ"], ["Vốn đối ứng"], ["Tổng cộng"]],
                [1.2, 6.4, 2.8, 2.8, 2.8],
                5,
            ),
            para("Heading", "6. Tổ chức thực hiện, theo dõi và đánh giá"),
            field("", 3),
            para("Heading", "7. Tính bền vững sau khi dự án kết thúc"),
            field("", 3),
            signatures(
                ("ĐẠI DIỆN CHỦ KHOẢN VIỆN TRỢ", "(Ký, ghi rõ họ tên và đóng dấu)"),
                ("ĐẠI DIỆN NHÀ TÀI TRỢ", "(Ký, ghi rõ họ tên)"),
            ),
        ),
    },
    "tiep-nhan-vien-tro-phi-du-an": {
        "mau-01-de-nghi-tiep-nhan": form(
            1,
            "Văn bản đề nghị tiếp nhận khoản viện trợ phi dự án",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Tiếp nhận khoản viện trợ phi dự án không thuộc hỗ trợ phát triển chính thức"),
            KINH_GUI_UBND,
            CAN_CU_313,
            field("1. Tên khoản viện trợ: "),
            field("2. Nhà tài trợ, quốc gia nơi thành lập, người liên hệ: ", 2),
            field("3. Hình thức viện trợ (tiền, hàng hóa, chuyên gia, hội thảo, đào tạo…): "),
            field("4. Mục đích và nội dung: ", 3),
            field("5. Đơn vị sử dụng và đối tượng thụ hưởng: ", 2),
            field("6. Địa bàn tiếp nhận (xã, phường thuộc tỉnh Phú Thọ): "),
            field("7. Thời gian tiếp nhận dự kiến: "),
            field("8. Giá trị khoản viện trợ (nguyên tệ và quy đổi ra đồng Việt Nam): "),
            field("9. Chi phí phát sinh phía Việt Nam (vận chuyển, lưu kho, thuế…) và nguồn bảo đảm: ", 2),
            para("Standard", "[Tên cơ quan, tổ chức] cam kết tiếp nhận, quản lý, sử dụng khoản viện trợ đúng mục đích, công khai với người dân và báo cáo kết quả theo quy định."),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
        "mau-02-danh-muc-hang-hoa": form(
            2,
            "Danh mục hàng hóa viện trợ",
            para("Title", "DANH MỤC HÀNG HÓA VIỆN TRỢ"),
            para("Subtitle", "(Kèm theo văn bản đề nghị tiếp nhận khoản viện trợ phi dự án)"),
            field("Nhà tài trợ: "),
            field("Đơn vị tiếp nhận: "),
            grid(
                [["STT"], ["Tên hàng hóa, quy cách"], ["Đơn vị tính"], ["Số lượng"], ["Mới / đã qua sử dụng"], ["Xuất xứ"], ["Trị giá ước tính"]],
                [1.0, 4.6, 1.8, 1.8, 2.4, 2.0, 2.4],
                8,
            ),
            para("Standard", "Hàng hóa đã qua sử dụng phải đáp ứng các quy định về nhập khẩu và chất lượng hiện hành; ghi rõ năm sản xuất và tình trạng còn lại."),
            signatures(
                ("ĐẠI DIỆN NHÀ TÀI TRỢ", "(Ký, ghi rõ họ tên)"),
                ("ĐẠI DIỆN ĐƠN VỊ TIẾP NHẬN", "(Ký, ghi rõ họ tên và đóng dấu)"),
            ),
        ),
    },
    "tiep-nhan-cuu-tro-khan-cap": {
        "mau-01-de-nghi-tiep-nhan-cuu-tro": form(
            1,
            "Văn bản đề nghị tiếp nhận viện trợ khẩn cấp để cứu trợ",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Tiếp nhận viện trợ quốc tế khẩn cấp để cứu trợ thiên tai"),
            KINH_GUI_UBND,
            field("1. Loại thiên tai, thời điểm xảy ra: "),
            field("2. Địa bàn bị ảnh hưởng (xã, phường thuộc tỉnh Phú Thọ) và thiệt hại chính: ", 3),
            field("3. Nhà tài trợ và người liên hệ: "),
            field("4. Hình thức và nội dung cứu trợ (lương thực, nước sạch, thuốc, vật dụng, tiền mặt…): ", 3),
            field("5. Đối tượng nhận cứu trợ và tiêu chí lựa chọn: ", 2),
            field("6. Đơn vị tiếp nhận, vận chuyển và phân phối: "),
            field("7. Thời gian phân phối dự kiến: "),
            field("8. Hình thức công khai danh sách người nhận và kết quả phân phối: ", 2),
            para("Standard", "[Tên cơ quan, tổ chức] cam kết phân phối hàng cứu trợ kịp thời, đúng đối tượng, công khai và báo cáo kết quả ngay sau khi hoàn thành."),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Ban Chỉ huy Phòng thủ dân sự tỉnh;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
    },
    "y-kien-cap-giay-dang-ky-hoat-dong": {
        "mau-01-tom-tat-hoat-dong-du-kien": form(
            1,
            "Bản tóm tắt hoạt động dự kiến tại tỉnh của tổ chức phi chính phủ nước ngoài",
            letterhead(NGO_SENDER),
            para("Title", "BẢN TÓM TẮT HOẠT ĐỘNG DỰ KIẾN TẠI TỈNH PHÚ THỌ"),
            para("Subtitle", "(Phục vụ việc lấy ý kiến về hồ sơ đề nghị cấp Giấy đăng ký hoạt động)"),
            KINH_GUI_VP,
            field("1. Tên tổ chức (tiếng Anh và tiếng Việt): ", 2),
            field("2. Quốc gia nơi thành lập, địa chỉ trụ sở chính: ", 2),
            field("3. Người đại diện tại Việt Nam, điện thoại, thư điện tử: ", 2),
            field("4. Lĩnh vực hoạt động dự kiến tại tỉnh: ", 2),
            field("5. Địa bàn dự kiến (tên xã, phường hiện hành; có thể ghi thêm tên cũ): ", 2),
            field("6. Đối tác Việt Nam dự kiến tại tỉnh: "),
            field("7. Chương trình, dự án đã hoặc đang thực hiện tại tỉnh (nếu có): ", 3),
            field("8. Nguồn kinh phí và quy mô hoạt động dự kiến hằng năm: ", 2),
            para("Standard", "Tổ chức cam kết hoạt động đúng lĩnh vực, địa bàn ghi trong Giấy đăng ký, tuân thủ pháp luật Việt Nam và báo cáo định kỳ theo quy định."),
            signatures(None, ("NGƯỜI ĐẠI DIỆN CỦA TỔ CHỨC", "(Ký, ghi rõ họ tên và chức vụ)")),
        ),
    },
    "dieu-chinh-gia-han-du-an": {
        "mau-01-de-nghi-dieu-chinh-gia-han": form(
            1,
            "Văn bản đề nghị điều chỉnh, gia hạn chương trình, dự án",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Điều chỉnh, gia hạn chương trình, dự án sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức"),
            KINH_GUI_UBND,
            CAN_CU_313,
            field("1. Tên chương trình, dự án: "),
            field("2. Số, ngày quyết định phê duyệt và các quyết định điều chỉnh (nếu có): ", 2),
            field("3. Nhà tài trợ: "),
            para("Standard", "4. Nội dung đề nghị (đánh dấu vào ô phù hợp):"),
            para("Indented", "☐ Điều chỉnh mục tiêu, hoạt động      ☐ Điều chỉnh ngân sách"),
            para("Indented", "☐ Điều chỉnh địa bàn, đối tượng         ☐ Gia hạn thời gian thực hiện"),
            grid(
                [["STT"], ["Nội dung"], ["Đã được phê duyệt"], ["Đề nghị điều chỉnh"], ["Lý do"]],
                [1.0, 3.8, 3.8, 3.8, 3.6],
                4,
            ),
            field("5. Tình hình thực hiện đến thời điểm đề nghị: ", 3),
            field("6. Ý kiến của nhà tài trợ: ", 2),
            field("7. Tên đơn vị hành chính hiện hành của địa bàn thực hiện (nếu có thay đổi sau khi sắp xếp): ", 2),
            field("8. Cơ quan kế thừa chủ khoản viện trợ và văn bản giao nhiệm vụ (nếu cơ quan ghi trong quyết định phê duyệt đã thôi hoạt động): ", 2),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
    },
    "bao-cao-dinh-ky-cua-to-chuc": {
        "mau-01-bao-cao-hoat-dong-to-chuc": form(
            1,
            "Báo cáo tình hình hoạt động của tổ chức phi chính phủ nước ngoài tại tỉnh",
            letterhead(NGO_SENDER),
            para("Title", "BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG TẠI TỈNH PHÚ THỌ"),
            para("Subtitle", "Kỳ báo cáo: ☐ 6 tháng đầu năm   ☐ cả năm …………"),
            KINH_GUI_VP,
            field("1. Tên tổ chức, số Giấy đăng ký hoạt động: ", 2),
            field("2. Người liên hệ, điện thoại, thư điện tử: "),
            para("Heading", "3. Chương trình, dự án, phi dự án trong kỳ"),
            grid(
                [["STT"], ["Tên chương trình, dự án"], ["Địa bàn"], ["Đối tác Việt Nam"], ["Giá trị cam kết"], ["Giải ngân trong kỳ"], ["Tình trạng"]],
                [1.0, 4.0, 2.2, 2.6, 2.2, 2.2, 1.8],
                5,
            ),
            field("4. Kết quả nổi bật: ", 3),
            field("5. Khó khăn, vướng mắc: ", 2),
            field("6. Kế hoạch kỳ tới: ", 2),
            field("7. Kiến nghị: ", 2),
            signatures(None, ("NGƯỜI ĐẠI DIỆN CỦA TỔ CHỨC", "(Ký, ghi rõ họ tên và chức vụ)")),
        ),
        "mau-02-bao-cao-tien-do-du-an": form(
            2,
            "Báo cáo tiến độ chương trình, dự án",
            letterhead(SENDER),
            para("Title", "BÁO CÁO TIẾN ĐỘ CHƯƠNG TRÌNH, DỰ ÁN"),
            para("Subtitle", "Kỳ báo cáo: từ ngày …/…/…… đến ngày …/…/……"),
            KINH_GUI_VP,
            field("1. Tên chương trình, dự án; số, ngày quyết định phê duyệt: ", 2),
            field("2. Nhà tài trợ và chủ khoản viện trợ (nếu chủ khoản viện trợ đã thay đổi khi sắp xếp bộ máy, ghi cả cơ quan cũ và cơ quan hiện nay): ", 2),
            para("Heading", "3. Chỉ số kết quả"),
            grid(
                [["STT"], ["Chỉ số"], ["Đơn vị tính"], ["Giá trị ban đầu"], ["Mục tiêu"], ["Thực hiện đến cuối kỳ"]],
                [1.0, 5.4, 2.0, 2.4, 2.4, 2.8],
                4,
            ),
            field("4. Tình hình giải ngân (viện trợ và vốn đối ứng): ", 2),
            field("5. Thay đổi so với văn kiện đã phê duyệt (nếu có): ", 2),
            field("6. Khó khăn và đề xuất: ", 2),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
    },
}

# ---------------------------------------------------------------------------
# The paragraph styles, shared by both formats.

STYLE_DEFS = {
    # name: dict(align, bold, italic, underline, size_pt, above_cm, below_cm, indent_cm, tab)
    "Standard": dict(align="justify", below=0.12, line=115),
    "Title": dict(align="center", bold=True, size=14, above=0.4, below=0.05),
    "Subtitle": dict(align="center", bold=True, below=0.3),
    "FormNo": dict(align="end", italic=True, size=11, below=0.2),
    "Heading": dict(bold=True, above=0.2),
    "Center": dict(align="center", below=0.05),
    "CenterBold": dict(align="center", bold=True, size=12, below=0.05),
    "CenterBoldUnder": dict(align="center", bold=True, underline=True, size=12, below=0.05),
    "CenterItalic": dict(align="center", italic=True, size=12, below=0.05),
    "Field": dict(align="start", tab=True),
    "Indented": dict(align="start", indent=1.0),
    "TableText": dict(align="start", size=11, below=0.0),
    "TableHead": dict(align="center", bold=True, size=11, below=0.0),
    "Small": dict(align="start", size=11, below=0.0),
    "SmallBoldItalic": dict(align="start", bold=True, italic=True, size=12, below=0.0),
    "Note": dict(align="justify", italic=True, size=10.5, above=0.5),
}
BASE_SIZE_PT = 13


def style_of(name):
    d = {"align": None, "bold": False, "italic": False, "underline": False, "size": None,
         "above": 0.0, "below": 0.12, "indent": None, "tab": False, "line": None}
    d.update(STYLE_DEFS[name])
    return d


def _col_key(width):
    return str(width).replace(".", "_")


def table_widths(blocks):
    out = set()
    for b in blocks:
        if b[0] == "table":
            out.update(b[2])
            for row in b[1]:
                for c in row:
                    out.update(table_widths(c))
    return sorted(out)


# ---------------------------------------------------------------------------
# OpenDocument (.odt)

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def xmlns(*prefixes):
    return " ".join(f'xmlns:{p}="{NS[p]}"' for p in prefixes)


def _odf_spaces(text):
    """Keep runs of spaces: ODF collapses them unless written as <text:s/>."""
    return re.sub(r" {2,}", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', text)


def odf_para(style, text):
    parts = [_odf_spaces(escape(part)) for part in text.split("\t")]
    return f'<text:p text:style-name="{style}">' + "<text:tab/>".join(parts) + "</text:p>"


_odf_tables = 0


def odf_blocks(blocks):
    global _odf_tables
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(odf_para(b[1], b[2]))
            continue
        _, rows, widths, bordered = b
        _odf_tables += 1
        cell_style = "CellBorder" if bordered else "CellPlain"
        cols = "".join(f'<table:table-column table:style-name="Col{_col_key(w)}"/>' for w in widths)
        body = []
        for row in rows:
            cells = []
            for paragraphs in row:
                inner = odf_blocks(paragraphs) or '<text:p text:style-name="TableText"/>'
                cells.append(f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">{inner}</table:table-cell>')
            body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="Bang{_odf_tables}" table:style-name="Table">' + cols + "".join(body) + "</table:table>")
    return "".join(out)


MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

ODF_FONT = "Liberation Serif"


def odf_style(name):
    s = style_of(name)
    if name == "Standard":
        return (
            '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
            '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-align="justify" fo:line-height="115%"/>'
            "</style:style>"
        )
    ppr = [f'fo:margin-top="{s["above"]:g}cm"', f'fo:margin-bottom="{s["below"]:g}cm"']
    if s["align"]:
        ppr.append(f'fo:text-align="{s["align"]}"')
    if s["indent"]:
        ppr.append(f'fo:margin-left="{s["indent"]:g}cm"')
    tabs = ""
    if s["tab"]:
        tabs = (
            "<style:tab-stops>"
            f'<style:tab-stop style:position="{TEXT_WIDTH_CM}cm" style:type="right" '
            'style:leader-style="dotted" style:leader-text="."/>'
            "</style:tab-stops>"
        )
    tpr = []
    if s["bold"]:
        tpr += ['fo:font-weight="bold"', 'style:font-weight-complex="bold"']
    if s["italic"]:
        tpr += ['fo:font-style="italic"', 'style:font-style-complex="italic"']
    if s["underline"]:
        tpr += ['style:text-underline-style="solid"', 'style:text-underline-width="auto"',
                'style:text-underline-color="font-color"']
    if s["size"]:
        tpr.append(f'fo:font-size="{s["size"]:g}pt"')
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text">'
        f'<style:paragraph-properties {" ".join(ppr)}>{tabs}</style:paragraph-properties>'
        + (f'<style:text-properties {" ".join(tpr)}/>' if tpr else "")
        + "</style:style>"
    )


ODF_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {xmlns("office", "style", "text", "table", "fo", "svg")} office:version="1.3">
<office:font-face-decls>
<style:font-face style:name="{ODF_FONT}" svg:font-family="&apos;{ODF_FONT}&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
<style:text-properties style:font-name="{ODF_FONT}" fo:font-size="{BASE_SIZE_PT}pt" fo:language="vi" fo:country="VN" fo:hyphenate="false"/>
</style:default-style>
{chr(10).join(odf_style(n) for n in STYLE_DEFS)}
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4">
<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
</style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="A4"/>
</office:master-styles>
</office:document-styles>
"""


def odf_content(blocks):
    global _odf_tables
    _odf_tables = 0
    body = odf_blocks(blocks)
    cols = "".join(
        f'<style:style style:name="Col{_col_key(w)}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for w in table_widths(blocks)
    )
    auto = (
        '<style:style style:name="Table" style:family="table">'
        f'<style:table-properties style:width="{TEXT_WIDTH_CM}cm" table:align="margins" '
        'fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>'
        + cols
        + '<style:style style:name="CellBorder" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="CellPlain" style:family="table-cell">'
        '<style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>'
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {xmlns("office", "style", "text", "table", "fo", "svg")} office:version="1.3">'
        f"<office:automatic-styles>{auto}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>\n"
    )


def odf_meta(title):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-meta {xmlns("office", "meta", "dc")} office:version="1.3"><office:meta>'
        "<meta:generator>minhbach scripts/make-forms.py</meta:generator>"
        f"<dc:title>{escape(title)}</dc:title>"
        "<dc:language>vi-VN</dc:language>"
        f"<meta:creation-date>{META_DATE}</meta:creation-date>"
        f"<dc:date>{META_DATE}</dc:date>"
        "</office:meta></office:document-meta>\n"
    )


def odt_parts(spec):
    return [
        ("mimetype", "application/vnd.oasis.opendocument.text", False),
        ("META-INF/manifest.xml", MANIFEST, True),
        ("content.xml", odf_content(spec["blocks"]), True),
        ("styles.xml", ODF_STYLES, True),
        ("meta.xml", odf_meta(spec["title"]), True),
    ]


# ---------------------------------------------------------------------------
# Word (.docx): minimal WordprocessingML (ECMA-376 / ISO 29500, transitional).

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOCX_FONT = "Times New Roman"  # the usual font of Vietnamese administrative documents


def tw(cm):
    return int(round(cm * TWIPS_PER_CM))


DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>
"""

DOCX_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>
"""

DOCX_DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>
"""

DOCX_APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>minhbach scripts/make-forms.py</Application></Properties>
"""

_JC = {"center": "center", "end": "right", "justify": "both", "start": "left", None: None}


def docx_style(name):
    s = style_of(name)
    ppr = [f'<w:spacing w:before="{tw(s["above"])}" w:after="{tw(s["below"])}"'
           + (f' w:line="{240 * s["line"] // 100}" w:lineRule="auto"' if s["line"] else "") + "/>"]
    if s["tab"]:
        ppr.insert(0, f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tw(TEXT_WIDTH_CM)}"/></w:tabs>')
    if s["indent"]:
        ppr.append(f'<w:ind w:left="{tw(s["indent"])}"/>')
    if _JC[s["align"]]:
        ppr.append(f'<w:jc w:val="{_JC[s["align"]]}"/>')
    rpr = []
    if s["bold"]:
        rpr += ["<w:b/>", "<w:bCs/>"]
    if s["italic"]:
        rpr += ["<w:i/>", "<w:iCs/>"]
    if s["size"]:
        half = int(round(s["size"] * 2))
        rpr += [f'<w:sz w:val="{half}"/>', f'<w:szCs w:val="{half}"/>']
    if s["underline"]:  # after the size: WordprocessingML fixes the order of run properties
        rpr.append('<w:u w:val="single"/>')
    default = ' w:default="1"' if name == "Standard" else ""
    based = "" if name == "Standard" else '<w:basedOn w:val="Standard"/>'
    return (
        f'<w:style w:type="paragraph"{default} w:styleId="{name}"><w:name w:val="{name}"/>{based}'
        f'<w:qFormat/><w:pPr>{"".join(ppr)}</w:pPr>'
        + (f'<w:rPr>{"".join(rpr)}</w:rPr>' if rpr else "")
        + "</w:style>"
    )


DOCX_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="{DOCX_FONT}" w:hAnsi="{DOCX_FONT}" w:eastAsia="{DOCX_FONT}" w:cs="{DOCX_FONT}"/><w:sz w:val="{BASE_SIZE_PT * 2}"/><w:szCs w:val="{BASE_SIZE_PT * 2}"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>
</w:docDefaults>
{chr(10).join(docx_style(n) for n in STYLE_DEFS)}
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>
"""


def _w_text(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def docx_para(style, text):
    runs = []
    for i, part in enumerate(text.split("\t")):
        if i:
            runs.append("<w:r><w:tab/></w:r>")
        if part:
            runs.append(f"<w:r>{_w_text(part)}</w:r>")
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(runs)}</w:p>'


def docx_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(docx_para(b[1], b[2]))
            continue
        _, rows, widths, bordered = b
        line = 'w:val="single" w:sz="4" w:space="0" w:color="000000"' if bordered else 'w:val="nil"'
        borders = "".join(f"<w:{side} {line}/>" for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        pad = tw(0.08 if bordered else 0.05)
        tblpr = (
            f'<w:tblPr><w:tblW w:w="{tw(TEXT_WIDTH_CM)}" w:type="dxa"/>'
            f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:top w:w="{pad}" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
            f'<w:bottom w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000"/></w:tblPr>'
        )
        grid = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{tw(w)}"/>' for w in widths) + "</w:tblGrid>"
        trs = []
        for row in rows:
            tcs = []
            for w, paragraphs in zip(widths, row):
                inner = docx_blocks(paragraphs) or '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>'
                tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{tw(w)}" w:type="dxa"/></w:tcPr>{inner}</w:tc>')
            trs.append("<w:tr>" + "".join(tcs) + "</w:tr>")
        # Word needs a paragraph between two tables, and after a table that ends a cell.
        out.append(f"<w:tbl>{tblpr}{grid}{''.join(trs)}</w:tbl>")
        out.append('<w:p><w:pPr><w:pStyle w:val="TableText"/><w:spacing w:after="0"/></w:pPr></w:p>')
    return "".join(out)


def docx_document(blocks):
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        f'<w:pgMar w:top="{tw(2)}" w:right="{tw(2)}" w:bottom="{tw(2)}" w:left="{tw(3)}" w:header="709" w:footer="709" w:gutter="0"/>'
        "</w:sectPr>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R_NS}"><w:body>'
        + docx_blocks(blocks)
        + sect
        + "</w:body></w:document>\n"
    )


def docx_core(title):
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title>"
        "<dc:language>vi-VN</dc:language>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{META_DATE_Z}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{META_DATE_Z}</dcterms:modified>'
        "</cp:coreProperties>\n"
    )


def docx_parts(spec):
    return [
        ("[Content_Types].xml", DOCX_CONTENT_TYPES, True),
        ("_rels/.rels", DOCX_ROOT_RELS, True),
        ("word/document.xml", docx_document(spec["blocks"]), True),
        ("word/_rels/document.xml.rels", DOCX_DOC_RELS, True),
        ("word/styles.xml", DOCX_STYLES, True),
        ("docProps/core.xml", docx_core(spec["title"]), True),
        ("docProps/app.xml", DOCX_APP, True),
    ]


# ---------------------------------------------------------------------------
# Writing.


def member(name, compress):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3  # Unix, whatever the machine running the script
    info.external_attr = 0o100644 << 16
    return info


def write_zip(path, parts):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, data, compress in parts:
            zf.writestr(member(name, compress), data.encode("utf-8"), compresslevel=9 if compress else None)
    tmp.replace(path)


def main(argv):
    site = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    procedures = site / "content" / "procedures"
    for slug, forms in FORMS.items():
        for name, spec in forms.items():
            for ext, parts in (("docx", docx_parts), ("odt", odt_parts)):
                out = procedures / slug / "files" / f"{name}.{ext}"
                write_zip(out, parts(spec))
                print(out.relative_to(site))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
