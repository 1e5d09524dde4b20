## Chuỗi giao diện tiếng Việt của giao diện mặc định.
## Số trong { $count } được minhbach nhóm theo cách viết tiếng Việt.

language-name = Tiếng Việt

# Định dạng tiền và ngày do người dịch quyết định.
money = { $currency ->
    [VND] { $amount } ₫
   *[other] { $amount } { $currency }
}
date = { $day2 }/{ $month2 }/{ $year }
approx-converted = (khoảng { $amount } theo tỷ giá ngày { $date })

skip-to-content = Chuyển đến nội dung chính
nav-main = Điều hướng chính
nav-languages = Ngôn ngữ
nav-home = Trang chủ
nav-projects = Dự án kêu gọi viện trợ
nav-procedures = Thủ tục
nav-results = Kết quả
nav-bulletin = Bản tin
nav-pages = Giới thiệu
breadcrumbs = Vị trí trang
published-by = Đơn vị công bố:
made-with = Xây dựng bằng minhbach, phần mềm nguồn mở tạo trang minh bạch viện trợ.
untranslated-notice = Trang này chưa được dịch sang { $page_lang ->
    [vi] tiếng Việt
    [en] tiếng Anh
   *[other] ngôn ngữ này
}. Nội dung dưới đây bằng { $words_lang ->
    [vi] tiếng Việt
    [en] tiếng Anh
   *[other] ngôn ngữ gốc
}.

home-title = Trang chủ
home-intro = Danh mục dự án ưu tiên kêu gọi viện trợ nước ngoài của tỉnh, thủ tục tiếp nhận viện trợ, kết quả viện trợ đã nhận và bản tin đối ngoại.
home-figures = Tổng quan
home-projects-seeking = Dự án đang kêu gọi tài trợ
home-aid-sought = Vốn viện trợ còn cần
home-committed = Nhà tài trợ đã cam kết
home-projects-total = Dự án trong danh mục
home-newest = Nhu cầu mới nhất
home-all-projects = Xem tất cả { $count } dự án
home-latest-issue = Bản tin mới nhất

projects-intro = Mọi dự án tỉnh đã công bố, ở mọi trạng thái, với tổng vốn, vốn viện trợ cần kêu gọi và số vốn đã được cam kết.
project-count = { $count } dự án
status-seeking = Đang kêu gọi tài trợ
status-partly-funded = Đã có một phần tài trợ
status-funded = Đã đủ tài trợ
status-ongoing = Đang thực hiện
status-completed = Đã hoàn thành
status-withdrawn = Đã rút khỏi danh mục
funding-progress = Đã cam kết { $percent }% vốn viện trợ cần kêu gọi

facts-heading = Thông tin chính
fact-code = Mã dự án
fact-sector = Lĩnh vực
fact-localities = Địa bàn
fact-period = Giai đoạn
fact-status = Trạng thái
fact-total = Tổng vốn
fact-requested = Vốn viện trợ cần kêu gọi
fact-counterpart = Vốn đối ứng
fact-committed = Đã cam kết
fact-gap = Vốn còn thiếu
fact-owner = Chủ khoản viện trợ
fact-published = Ngày công bố
fact-updated = Cập nhật lần cuối
fact-start = Bắt đầu
fact-end = Kết thúc
fact-beneficiaries = Số người hưởng lợi
fact-sdgs = Mục tiêu phát triển bền vững
fact-procedure-code = Mã thủ tục
fact-national-code = Mã trên Cổng dịch vụ công quốc gia
fact-agency = Cơ quan tiếp nhận hồ sơ
fact-audience = Đối tượng thực hiện
fact-time-limit = Thời hạn giải quyết
fact-fee = Phí, lệ phí
fact-online = Nộp hồ sơ trực tuyến
dac-code = mã DAC { $code }
locality-until = đến ngày { $date }
locality-successor = nay thuộc { $name }
people = { $count } người
sdg = Mục tiêu { $number }

funding-heading = Tài trợ đã nhận
funding-donor = Nhà tài trợ
funding-kind = Loại
funding-amount = Số tiền
funding-date = Ngày
funding-committed = Cam kết
funding-disbursed = Giải ngân
indicators-heading = Kết quả đo được
indicator = Chỉ số
indicator-baseline = Ban đầu
indicator-target = Mục tiêu
indicator-actual = Đạt được
not-measured = chưa đo
description-heading = Giới thiệu dự án
files-heading = Tài liệu
contact-heading = Liên hệ
permanent-address = Địa chỉ cố định để trích dẫn:

procedures-intro = Cách tài trợ cho tỉnh, cách tổ chức phi chính phủ nước ngoài đăng ký và báo cáo, và hồ sơ cần cho từng bước.
audience-ngo = Tổ chức phi chính phủ nước ngoài
audience-agency = Cơ quan, đơn vị của tỉnh
audience-public = Người dân
audience-for-ngo = Dành cho tổ chức phi chính phủ nước ngoài
audience-for-agency = Dành cho cơ quan, đơn vị của tỉnh
audience-for-public = Dành cho người dân
working-days = { $count } ngày làm việc
fee-none = Không mất phí
steps-heading = Các bước thực hiện
documents-heading = Thành phần hồ sơ
document = Giấy tờ
copies = Số bản
conditions-heading = Điều kiện
forms-heading = Mẫu đơn, tờ khai
legal-heading = Căn cứ pháp lý

results-intro = Kết quả tiếp nhận viện trợ của tỉnh: số liệu tổng hợp đã báo cáo theo từng giai đoạn, theo lĩnh vực và địa bàn.
results-reports = Báo cáo theo giai đoạn
report = Báo cáo
report-period = Giai đoạn
report-projects = Chương trình, dự án
report-committed = Vốn cam kết
report-disbursed = Vốn giải ngân
report-by-sector = Theo lĩnh vực
report-by-sector-name = Lĩnh vực
report-by-locality = Theo địa bàn
report-by-locality-name = Địa bàn
report-kind-quarterly = Báo cáo quý
report-kind-half-year = Báo cáo sáu tháng
report-kind-annual = Báo cáo năm
report-kind-multi-year = Báo cáo nhiều năm

bulletin-intro = Bản tin đối ngoại của tỉnh, phát hành hằng quý bằng tiếng Việt và tiếng Anh.
issue-number = Số { $number }
issue-pdf = Bản in:
issue-featured = Dự án nổi bật
issue-new-projects = Dự án mới công bố hoặc cập nhật từ số trước
issue-no-new-projects = Không có dự án nào được công bố hoặc cập nhật từ số trước.

pages-intro = Giới thiệu cổng thông tin, cách hợp tác với tỉnh và cách sử dụng lại dữ liệu.
