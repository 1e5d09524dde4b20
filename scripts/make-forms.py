#!/usr/bin/env python3
"""Generate the sample dossier forms of the procedures as OpenDocument text (.odt).

Standard library only. The output is deterministic: the same script always
writes byte-identical files (fixed member order, timestamps and compression).

    python3 scripts/make-forms.py            # the site that contains this script
    python3 scripts/make-forms.py SITE_DIR   # another site directory

Each form is written to content/procedures/<slug>/files/<name>.odt and is listed
in that procedure's facts.toml under `forms`.
"""

import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_TIME = (2024, 6, 1, 0, 0, 0)  # zip timestamp of every member
META_DATE = "2024-06-01T00:00:00"
TEXT_WIDTH_CM = 16.0  # A4 with 3 cm left and 2 cm right margins

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


# ---------------------------------------------------------------------------
# Building blocks of a form. Each returns a fragment of content.xml.


def para(style, text):
    """A paragraph; a tab character in `text` becomes a dotted fill to the margin."""
    parts = [_spaces(escape(part)) for part in text.split("\t")]
    return f'<text:p text:style-name="{style}">' + "<text:tab/>".join(parts) + "</text:p>"


def _spaces(text):
    """Keep runs of spaces: ODF collapses them unless written as <text:s/>."""
    return re.sub(r" {2,}", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', text)


def field(label, lines=1):
    """A labelled field followed by dotted lines to write on."""
    out = [para("Field", f"{label}\t")]
    out += [para("Field", "\t") for _ in range(lines - 1)]
    return "".join(out)


def cell(style, paragraphs):
    body = "".join(paragraphs) or '<text:p text:style-name="TableText"/>'
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{body}</table:table-cell>'


_table_count = 0


def table(rows, widths, bordered, header=False):
    """A table; `rows` is a list of rows, each a list of cells, each a list of paragraphs."""
    global _table_count
    _table_count += 1
    name = f"Bang{_table_count}"
    cell_style = "CellBorder" if bordered else "CellPlain"
    cols = "".join(
        f'<table:table-column table:style-name="Col{_col_key(w)}"/>' for w in widths
    )
    body = []
    for i, row in enumerate(rows):
        cells = []
        for paragraphs in row:
            if header and i == 0:
                paragraphs = [para("TableHead", p) for p in paragraphs]
            cells.append(cell(cell_style, paragraphs))
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return (
        f'<table:table table:name="{name}" table:style-name="Table">'
        + cols
        + "".join(body)
        + "</table:table>"
    )


def grid(headings, widths, empty_rows):
    """A bordered table with a heading row and empty rows to fill in."""
    rows = [headings]
    for n in range(1, empty_rows + 1):
        rows.append([[para("TableText", str(n))]] + [[] for _ in headings[1:]])
    return table(rows, widths, bordered=True, header=True)


def _col_key(width):
    return str(width).replace(".", "_")


def letterhead(left_lines, place_date="Hòa Bình, ngày …… tháng …… năm 20……"):
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
    "Ghi chú: Đây là mẫu tham khảo do Sở Ngoại vụ tỉnh Hòa Bình biên soạn để thuận tiện cho người nộp hồ sơ. "
    "Trước khi sử dụng, đề nghị đối chiếu với biểu mẫu tại văn bản quy phạm pháp luật đang có hiệu lực."
)


def form(number, name, *blocks):
    return {
        "title": f"Mẫu số {number:02d} – {name}",
        "body": para("FormNo", f"Mẫu số {number:02d} – {name}") + "".join(blocks) + para("Note", NOTE),
    }


# ---------------------------------------------------------------------------
# The forms, by procedure folder.

KINH_GUI_UBND = para("Center", "Kính gửi: Ủy ban nhân dân tỉnh Hòa Bình (qua Sở Ngoại vụ)")
SENDER = ["TÊN CƠ QUAN CHỦ QUẢN", "TÊN CƠ QUAN, TỔ CHỨC ĐỀ NGHỊ", "Số: ……/……"]
HEAD_SIGN = ("THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC", "(Ký, ghi rõ họ tên và đóng dấu)")

FORMS = {
    "phe-duyet-du-an-vien-tro": {
        "mau-01-de-nghi-phe-duyet.odt": form(
            1,
            "Văn bản đề nghị thẩm định, phê duyệt chương trình, dự án",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Thẩm định, phê duyệt văn kiện chương trình, dự án sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức"),
            KINH_GUI_UBND,
            para("Standard", "Căn cứ kết quả trao đổi với nhà tài trợ, [tên cơ quan, tổ chức] đề nghị Ủy ban nhân dân tỉnh xem xét, phê duyệt chương trình, dự án với các nội dung chính sau:"),
            field("1. Tên chương trình, dự án (tiếng Việt và tiếng Anh): ", 2),
            field("2. Nhà tài trợ, quốc gia nơi thành lập, số Giấy đăng ký hoạt động tại Việt Nam (nếu có): ", 2),
            field("3. Chủ khoản viện trợ, địa chỉ, điện thoại, thư điện tử: ", 2),
            field("4. Cơ quan chủ quản: "),
            field("5. Địa bàn thực hiện (xã, huyện): "),
            field("6. Thời gian thực hiện: từ tháng …… năm …… đến tháng …… năm …… "),
            field("7. Mục tiêu chính: ", 3),
            field("8. Đối tượng thụ hưởng và số người hưởng lợi dự kiến: ", 2),
            field("9. Tổng giá trị khoản viện trợ (nguyên tệ và quy đổi ra đồng Việt Nam): "),
            field("10. Vốn đối ứng (nếu có): nguồn, giá trị và hình thức: ", 2),
            field("11. Hình thức tổ chức quản lý, thực hiện: ", 2),
            para("Heading", "Hồ sơ gửi kèm:"),
            field("– ", 3),
            para("Standard", "[Tên cơ quan, tổ chức] cam kết chịu trách nhiệm về tính chính xác của thông tin trong hồ sơ và quản lý, sử dụng khoản viện trợ đúng mục đích, đúng quy định của pháp luật."),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
        "mau-02-tom-tat-du-an.odt": form(
            2,
            "Đề cương tóm tắt chương trình, dự án",
            para("Title", "ĐỀ CƯƠNG TÓM TẮT CHƯƠNG TRÌNH, DỰ ÁN"),
            para("Subtitle", "(Gửi kèm văn bản đề nghị thẩm định, phê duyệt)"),
            para("Heading", "1. Thông tin chung"),
            field("Tên chương trình, dự án: "),
            field("Nhà tài trợ: "),
            field("Chủ khoản viện trợ: "),
            field("Địa bàn và thời gian thực hiện: "),
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
        "mau-01-de-nghi-tiep-nhan.odt": form(
            1,
            "Văn bản đề nghị tiếp nhận khoản viện trợ phi dự án",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Tiếp nhận khoản viện trợ phi dự án không thuộc hỗ trợ phát triển chính thức"),
            KINH_GUI_UBND,
            field("1. Tên khoản viện trợ: "),
            field("2. Nhà tài trợ, quốc gia nơi thành lập, người liên hệ: ", 2),
            field("3. Hình thức viện trợ (tiền, hàng hóa, chuyên gia, hội thảo, đào tạo…): "),
            field("4. Mục đích và nội dung: ", 3),
            field("5. Đơn vị sử dụng và đối tượng thụ hưởng: ", 2),
            field("6. Địa bàn tiếp nhận: "),
            field("7. Thời gian tiếp nhận dự kiến: "),
            field("8. Giá trị khoản viện trợ (nguyên tệ và quy đổi ra đồng Việt Nam): "),
            field("9. Chi phí phát sinh phía Việt Nam (vận chuyển, lưu kho, thuế…) và nguồn bảo đảm: ", 2),
            para("Standard", "[Tên cơ quan, tổ chức] cam kết tiếp nhận, quản lý, sử dụng khoản viện trợ đúng mục đích, công khai với người dân và báo cáo kết quả theo quy định."),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
        "mau-02-danh-muc-hang-hoa.odt": form(
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
        "mau-01-de-nghi-tiep-nhan-cuu-tro.odt": form(
            1,
            "Văn bản đề nghị tiếp nhận viện trợ khẩn cấp để cứu trợ",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Tiếp nhận viện trợ quốc tế khẩn cấp để cứu trợ thiên tai"),
            KINH_GUI_UBND,
            field("1. Loại thiên tai, thời điểm xảy ra: "),
            field("2. Địa bàn bị ảnh hưởng (xã, huyện) và thiệt hại chính: ", 3),
            field("3. Nhà tài trợ và người liên hệ: "),
            field("4. Hình thức và nội dung cứu trợ (lương thực, nước sạch, thuốc, vật dụng, tiền mặt…): ", 3),
            field("5. Đối tượng nhận cứu trợ và tiêu chí lựa chọn: ", 2),
            field("6. Đơn vị tiếp nhận, vận chuyển và phân phối: "),
            field("7. Thời gian phân phối dự kiến: "),
            field("8. Hình thức công khai danh sách người nhận và kết quả phân phối: ", 2),
            para("Standard", "[Tên cơ quan, tổ chức] cam kết phân phối hàng cứu trợ kịp thời, đúng đối tượng, công khai và báo cáo kết quả ngay sau khi hoàn thành."),
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Ban Chỉ huy Phòng, chống thiên tai tỉnh;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
    },
    "y-kien-cap-giay-dang-ky-hoat-dong": {
        "mau-01-tom-tat-hoat-dong-du-kien.odt": form(
            1,
            "Bản tóm tắt hoạt động dự kiến tại tỉnh của tổ chức phi chính phủ nước ngoài",
            letterhead(["", "TÊN TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI", "Số: ……/……"], "……, ngày …… tháng …… năm 20……"),
            para("Title", "BẢN TÓM TẮT HOẠT ĐỘNG DỰ KIẾN TẠI TỈNH HÒA BÌNH"),
            para("Subtitle", "(Phục vụ việc lấy ý kiến về hồ sơ đề nghị cấp Giấy đăng ký hoạt động)"),
            KINH_GUI_UBND,
            field("1. Tên tổ chức (tiếng Anh và tiếng Việt): ", 2),
            field("2. Quốc gia nơi thành lập, địa chỉ trụ sở chính: ", 2),
            field("3. Người đại diện tại Việt Nam, điện thoại, thư điện tử: ", 2),
            field("4. Lĩnh vực hoạt động dự kiến tại tỉnh: ", 2),
            field("5. Địa bàn dự kiến (huyện, xã): "),
            field("6. Đối tác Việt Nam dự kiến tại tỉnh: "),
            field("7. Chương trình, dự án đã hoặc đang thực hiện tại tỉnh (nếu có): ", 3),
            field("8. Nguồn kinh phí và quy mô hoạt động dự kiến hằng năm: ", 2),
            para("Standard", "Tổ chức cam kết hoạt động đúng lĩnh vực, địa bàn ghi trong Giấy đăng ký, tuân thủ pháp luật Việt Nam và báo cáo định kỳ theo quy định."),
            signatures(None, ("NGƯỜI ĐẠI DIỆN CỦA TỔ CHỨC", "(Ký, ghi rõ họ tên và chức vụ)")),
        ),
    },
    "dieu-chinh-gia-han-du-an": {
        "mau-01-de-nghi-dieu-chinh-gia-han.odt": form(
            1,
            "Văn bản đề nghị điều chỉnh, gia hạn chương trình, dự án",
            letterhead(SENDER),
            para("Title", "VĂN BẢN ĐỀ NGHỊ"),
            para("Subtitle", "Điều chỉnh, gia hạn chương trình, dự án sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức"),
            KINH_GUI_UBND,
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
            recipients_and_signature(*HEAD_SIGN, ["Như trên;", "Nhà tài trợ;", "Lưu: VT."]),
        ),
    },
    "bao-cao-dinh-ky-cua-to-chuc": {
        "mau-01-bao-cao-hoat-dong-to-chuc.odt": form(
            1,
            "Báo cáo tình hình hoạt động của tổ chức phi chính phủ nước ngoài tại tỉnh",
            letterhead(["", "TÊN TỔ CHỨC PHI CHÍNH PHỦ NƯỚC NGOÀI", "Số: ……/……"], "……, ngày …… tháng …… năm 20……"),
            para("Title", "BÁO CÁO TÌNH HÌNH HOẠT ĐỘNG TẠI TỈNH HÒA BÌNH"),
            para("Subtitle", "Kỳ báo cáo: ☐ 6 tháng đầu năm   ☐ cả năm …………"),
            para("Center", "Kính gửi: Sở Ngoại vụ tỉnh Hòa Bình"),
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
        "mau-02-bao-cao-tien-do-du-an.odt": form(
            2,
            "Báo cáo tiến độ chương trình, dự án",
            letterhead(SENDER),
            para("Title", "BÁO CÁO TIẾN ĐỘ CHƯƠNG TRÌNH, DỰ ÁN"),
            para("Subtitle", "Kỳ báo cáo: từ ngày …/…/…… đến ngày …/…/……"),
            para("Center", "Kính gửi: Sở Ngoại vụ tỉnh Hòa Bình"),
            field("1. Tên chương trình, dự án; số, ngày quyết định phê duyệt: ", 2),
            field("2. Nhà tài trợ và chủ khoản viện trợ: "),
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
# OpenDocument parts.

MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

FONT = "Liberation Serif"


def paragraph_style(name, *, align=None, bold=False, italic=False, underline=False,
                    size=None, above="0cm", below="0.12cm", indent=None, tab=False):
    ppr = [f'fo:margin-top="{above}"', f'fo:margin-bottom="{below}"']
    if align:
        ppr.append(f'fo:text-align="{align}"')
    if indent:
        ppr.append(f'fo:margin-left="{indent}"')
    tabs = ""
    if tab:
        tabs = (
            "<style:tab-stops>"
            f'<style:tab-stop style:position="{TEXT_WIDTH_CM}cm" style:type="right" '
            'style:leader-style="dotted" style:leader-text="."/>'
            "</style:tab-stops>"
        )
    tpr = []
    if bold:
        tpr += ['fo:font-weight="bold"', 'style:font-weight-complex="bold"']
    if italic:
        tpr += ['fo:font-style="italic"', 'style:font-style-complex="italic"']
    if underline:
        tpr += ['style:text-underline-style="solid"', 'style:text-underline-width="auto"',
                'style:text-underline-color="font-color"']
    if size:
        tpr.append(f'fo:font-size="{size}"')
    return (
        f'<style:style style:name="{name}" style:family="paragraph" '
        'style:parent-style-name="Standard" style:class="text">'
        f'<style:paragraph-properties {" ".join(ppr)}>{tabs}</style:paragraph-properties>'
        + (f'<style:text-properties {" ".join(tpr)}/>' if tpr else "")
        + "</style:style>"
    )


STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {xmlns("office", "style", "text", "table", "fo", "svg")} office:version="1.3">
<office:font-face-decls>
<style:font-face style:name="{FONT}" svg:font-family="&apos;{FONT}&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page"/>
<style:text-properties style:font-name="{FONT}" fo:font-size="13pt" fo:language="vi" fo:country="VN" fo:hyphenate="false"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-align="justify" fo:line-height="115%"/>
</style:style>
{paragraph_style("Title", align="center", bold=True, size="14pt", above="0.4cm", below="0.05cm")}
{paragraph_style("Subtitle", align="center", bold=True, below="0.3cm")}
{paragraph_style("FormNo", align="end", italic=True, size="11pt", below="0.2cm")}
{paragraph_style("Heading", bold=True, above="0.2cm")}
{paragraph_style("Center", align="center", below="0.05cm")}
{paragraph_style("CenterBold", align="center", bold=True, size="12pt", below="0.05cm")}
{paragraph_style("CenterBoldUnder", align="center", bold=True, underline=True, size="12pt", below="0.05cm")}
{paragraph_style("CenterItalic", align="center", italic=True, size="12pt", below="0.05cm")}
{paragraph_style("Field", align="start", tab=True)}
{paragraph_style("Indented", align="start", indent="1cm")}
{paragraph_style("TableText", align="start", size="11pt", below="0cm")}
{paragraph_style("TableHead", align="center", bold=True, size="11pt", below="0cm")}
{paragraph_style("Small", align="start", size="11pt", below="0cm")}
{paragraph_style("SmallBoldItalic", align="start", bold=True, italic=True, size="12pt", below="0cm")}
{paragraph_style("Note", align="justify", italic=True, size="10.5pt", above="0.5cm")}
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


def content_xml(body):
    widths = sorted(set(re_widths(body)), key=float)
    cols = "".join(
        f'<style:style style:name="Col{_col_key(w)}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for w in widths
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


def re_widths(body):
    return [m.replace("_", ".") for m in re.findall(r'table:style-name="Col([0-9_]+)"', body)]


def meta_xml(title):
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


def member(name, compress):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3  # Unix, whatever the machine running the script
    info.external_attr = 0o100644 << 16
    return info


def write_odt(path, title, body):
    parts = [
        ("mimetype", "application/vnd.oasis.opendocument.text", False),
        ("META-INF/manifest.xml", MANIFEST, True),
        ("content.xml", content_xml(body), True),
        ("styles.xml", STYLES, True),
        ("meta.xml", meta_xml(title), True),
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".odt.tmp")
    with zipfile.ZipFile(tmp, "w") as zf:
        for name, data, compress in parts:
            zf.writestr(member(name, compress), data.encode("utf-8"), compresslevel=9 if compress else None)
    tmp.replace(path)


def main(argv):
    site = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    procedures = site / "content" / "procedures"
    for slug, forms in FORMS.items():
        for filename, spec in forms.items():
            out = procedures / slug / "files" / filename
            write_odt(out, spec["title"], spec["body"])
            print(out.relative_to(site))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
