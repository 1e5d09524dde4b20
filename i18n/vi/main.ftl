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
nav-projects = Danh mục dự án
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
home-intro = Danh mục dự án ưu tiên vận động viện trợ nước ngoài của tỉnh, thủ tục tiếp nhận viện trợ, kết quả viện trợ đã nhận và bản tin đối ngoại.
home-figures = Tổng quan
home-newest = Dự án mới đang vận động viện trợ
home-all-projects = Xem tất cả { $count } dự án
home-latest-issue = Bản tin mới nhất

projects-intro = Mọi dự án tỉnh đã công bố, ở mọi tình trạng, với tổng vốn, viện trợ cần vận động và số đã được cam kết.
project-count = { $count } dự án
status-seeking = Đang vận động viện trợ
status-partly-funded = Đã vận động được một phần
status-funded = Đã đủ viện trợ
status-ongoing = Đang thực hiện
status-completed = Đã hoàn thành
status-withdrawn = Đã rút khỏi danh mục
funding-progress = Đã cam kết { $percent }% viện trợ cần vận động
facts-heading = Thông tin chính
fact-code = Mã dự án
fact-sector = Lĩnh vực
fact-localities = Địa bàn
fact-period = Giai đoạn
fact-status = Tình trạng
fact-total = Tổng vốn
fact-counterpart = Vốn đối ứng
fact-owner = Chủ khoản viện trợ
fact-published = Ngày công bố
fact-updated = Cập nhật lần cuối
fact-start = Bắt đầu
fact-end = Kết thúc
fact-sdgs = Mục tiêu phát triển bền vững
fact-procedure-code = Mã thủ tục
fact-national-code = Mã trên Cổng dịch vụ công quốc gia
fact-agency = Cơ quan tiếp nhận hồ sơ
fact-audience = Đối tượng thực hiện
fact-time-limit = Thời hạn giải quyết
fact-fee = Phí, lệ phí
fact-online = Nộp hồ sơ trực tuyến
dac-code = mã DAC { $code }
people = { $count } người
sdg = Mục tiêu { $number }

funding-heading = Các khoản cam kết và giải ngân
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
contact-heading = Liên hệ về dự án
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

data-title = Dữ liệu mở
data-intro = Mọi dự án, thủ tục và báo cáo kết quả của cổng thông tin dưới dạng tệp để tải về và sử dụng lại: JSON kèm lược đồ, CSV cho bảng tính, và IATI XML cho các hệ thống thông tin viện trợ.
data-licence = Giấy phép
data-no-licence = Tỉnh chưa công bố điều kiện sử dụng lại các tệp này. Vui lòng hỏi đơn vị công bố trước khi đăng lại.
data-same-figures = Các tệp được tạo từ cùng nội dung với các trang, cùng một lúc: số liệu trên trang và trong tệp luôn khớp nhau.
data-files-of = Các tệp của bộ dữ liệu { $dataset ->
    [projects] dự án
    [procedures] thủ tục
   *[results] báo cáo kết quả
}
data-file = Tệp
data-format = Định dạng
data-size = Dung lượng
data-records = Số bản ghi
data-last-change = Cập nhật lần cuối
data-fields = Ý nghĩa các trường của { $dataset ->
    [projects] một dự án
    [procedures] một thủ tục
   *[results] một báo cáo
}
data-more = Ghi chú cho người sử dụng lại
data-csv-note = Tệp CSV dùng UTF-8 có dấu BOM để Excel hiển thị đúng tiếng Việt. Tên cột trùng tên trường JSON; cột tiền là số nguyên, theo đơn vị tiền ở cột `currency`.
data-iati-note = Tệp IATI theo Tiêu chuẩn IATI phiên bản 2.03: mỗi dự án là một hoạt động, định danh bằng mã IATI của đơn vị công bố, dấu gạch ngang và mã dự án.
dataset-projects = Danh mục dự án
dataset-procedures = Thủ tục hành chính
dataset-results = Kết quả tiếp nhận viện trợ
format-json = JSON
format-json-schema = Lược đồ JSON
format-csv = CSV (bảng tính)
format-iati-xml = IATI 2.03 XML
iati-result-title = Chỉ số của dự án

field-slug = Tên thư mục của mục; là một phần của địa chỉ cố định.
field-code = Mã của tỉnh, không thay đổi sau khi công bố.
field-iati_identifier = Mã định danh hoạt động IATI: mã IATI của đơn vị công bố, dấu gạch ngang và mã dự án.
field-sector = Lĩnh vực: khóa, mã mục đích DAC 5 chữ số của OECD và tên theo từng ngôn ngữ.
field-localities = Địa bàn thực hiện: khóa, tên, các đơn vị cấp trên (gần nhất trước) và, với đơn vị đã sáp nhập, ngày cuối và đơn vị kế thừa.
field-period = Giai đoạn kế hoạch: khóa, năm đầu, năm cuối và tên.
field-status = seeking (đang vận động viện trợ), partly-funded (đã vận động được một phần), funded (đã đủ viện trợ), ongoing (đang thực hiện), completed (đã hoàn thành) hoặc withdrawn (đã rút khỏi danh mục).
field-owner = Cơ quan chủ quản dự án, nơi trả lời các câu hỏi về dự án.
field-published = Ngày công bố lần đầu (năm-tháng-ngày).
field-updated = Ngày cập nhật lần cuối (năm-tháng-ngày).
field-start = Ngày bắt đầu dự kiến hoặc thực tế.
field-end = Ngày kết thúc dự kiến hoặc thực tế.
field-beneficiaries = Số người hưởng lợi.
field-sdgs = Các Mục tiêu Phát triển Bền vững, đánh số từ 1 đến 17.
field-contact = Người liên hệ: họ tên, thư điện tử, điện thoại.
field-budget = Tổng vốn (total), vốn viện trợ cần vận động (requested) và vốn đối ứng (counterpart), cùng một đơn vị tiền.
field-committed = Vốn nhà tài trợ đã cam kết, số nguyên theo đơn vị tiền của ngân sách dự án; mỗi khoản quy đổi theo tỷ giá gần nhất vào hoặc trước ngày cam kết.
field-disbursed = Vốn nhà tài trợ đã giải ngân, số nguyên theo đơn vị tiền của ngân sách dự án, quy đổi theo cùng cách.
field-funding = Từng khoản cam kết và giải ngân: nhà tài trợ, loại, số tiền, đơn vị tiền và ngày.
field-indicators = Các chỉ số: tên, đơn vị, giá trị ban đầu, mục tiêu và giá trị thực tế mới nhất.
field-words = Tiêu đề, tóm tắt và nội dung theo từng ngôn ngữ đã viết.
field-url = Địa chỉ trang theo từng ngôn ngữ.
field-files = Tệp đính kèm: tên, địa chỉ và dung lượng (byte).
field-national_code = Mã thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.
field-agency = Cơ quan tiếp nhận hồ sơ.
field-audience = Đối tượng thực hiện: ngo (tổ chức phi chính phủ), agency (cơ quan), public (người dân).
field-time_limit_days = Thời hạn giải quyết, tính theo ngày làm việc.
field-fee = Lệ phí, số nguyên theo đơn vị fee_currency; 0 nếu miễn phí.
field-fee_currency = Đơn vị tiền của lệ phí.
field-online_url = Địa chỉ nộp hồ sơ trực tuyến.
field-forms = Các mẫu đơn, tờ khai: tên, địa chỉ và dung lượng.
field-legal_basis = Căn cứ pháp lý: số hiệu, ngày ban hành và trích yếu.
field-kind = quarterly (quý), half-year (sáu tháng), annual (năm) hoặc multi-year (nhiều năm).
field-from = Ngày đầu của kỳ báo cáo.
field-to = Ngày cuối của kỳ báo cáo.
field-projects = Số dự án, chương trình được phê duyệt trong kỳ.
field-currency = Đơn vị tiền của các số liệu trong báo cáo.
field-by_sector = Số dự án và vốn cam kết theo lĩnh vực.
field-by_locality = Số dự án và vốn cam kết theo địa bàn.
data-schema-version = Các tệp JSON tuân theo phiên bản { $version } của lược đồ, được công bố kèm theo. Trong một phiên bản có thể bổ sung trường mới; không trường nào bị bỏ đi hay đổi nghĩa mà không nâng số phiên bản.
data-iati-missing = Tệp IATI sẽ được công bố khi có mã tổ chức IATI của đơn vị công bố (khóa iati_ref trong content/organisations.toml).
feed-everything = Mới cập nhật
feed-needs = Dự án đang vận động viện trợ: mới và cập nhật
feed-bulletin = Bản tin đối ngoại
feed-follow = Theo dõi qua nguồn tin (Atom)

nav-search = Tìm kiếm
filter-heading = Lọc và sắp xếp dự án
filter-combine = Kết hợp bộ lọc
filter-sector = Lĩnh vực
filter-locality = Địa bàn
filter-period = Giai đoạn
filter-status = Tình trạng
filter-any = Tất cả
filter-min = Từ
filter-max = Đến
filter-apply = Áp dụng bộ lọc
filter-clear = Xem tất cả dự án
facet-intro = Các dự án thuộc bộ lọc này, mới nhất trước, kèm tổng hợp số liệu. Có thể kết hợp nhiều bộ lọc ở trang danh mục.
download-csv = Tải toàn bộ dự án (CSV)
sort-label = Sắp xếp theo
sort-newest = Mới nhất
sort-title = Tên dự án
list-heading = Danh sách dự án
result-count-template = { "{count}" } dự án
filter-incomplete = Không tải được một số dự án nên danh sách này có thể chưa đầy đủ. Hãy tải lại trang để thử lại.
search-title = Tìm kiếm
search-intro = Tìm dự án, thủ tục, báo cáo kết quả, bản tin và trang thông tin; gõ tiếng Việt có dấu hoặc không dấu, hoặc tiếng Anh.
search-label = Từ khóa
search-button = Tìm
search-hint = Không cần gõ dấu: “duong” sẽ tìm thấy “đường”.
search-none = Không có kết quả cho “{"{query}"}”.
search-count = Số kết quả: {"{count}"}
search-browse = Duyệt theo bộ lọc
search-browse-intro = Mỗi lĩnh vực, địa bàn, giai đoạn và tình trạng đều có danh sách dự án riêng.
search-all-projects = Toàn bộ danh mục dự án
project-as-json = Dữ liệu của dự án này (JSON)
indicator-progress = đạt { $percent }% chặng đường từ giá trị ban đầu đến mục tiêu
data-project-files = Mỗi dự án còn được công bố riêng tại data/projects/ kèm tên thư mục và đuôi .json, có liên kết trên trang của dự án.
chart-several-places = Nhiều huyện
results-headline = Tổng quan viện trợ đã tiếp nhận
results-declared = Theo báo cáo gần nhất
results-source-report = Nguồn:
results-published = công bố ngày { $date }
results-from-projects = Theo các khoản cam kết và giải ngân của từng dự án
results-source-projects = Nguồn: các khoản cam kết và giải ngân ghi nhận trên từng dự án của danh mục,
results-as-of = tính đến ngày { $date }.
results-funded-projects = Số dự án đã có cam kết
results-funders = Số nhà tài trợ
results-charts = Biểu đồ
results-reports = Các báo cáo kết quả
results-csv = Tải các báo cáo (CSV)
results-indicators = Tiến độ các chỉ số của dự án
indicator-project = Dự án
chart-funding-by-year = Viện trợ đã cam kết và đã giải ngân theo năm
chart-funding-by-year-rows = Năm
chart-funding-by-year-message = Năm { $name } có số cam kết lớn nhất: { $amount } trên tổng số { $total } đã cam kết.
chart-by-sector = Đã cam kết và còn cần, theo lĩnh vực
chart-by-sector-rows = Lĩnh vực
chart-by-sector-message = Lĩnh vực { $name } nhận được nhiều cam kết nhất: { $amount } trên tổng số { $total } đã cam kết.
chart-by-locality = Đã cam kết và còn cần, theo huyện
chart-by-locality-rows = Huyện
chart-by-locality-message = { $name } nhận được nhiều cam kết nhất: { $amount } trên tổng số { $total } đã cam kết.
chart-by-status = Dự án theo tình trạng
chart-by-status-rows = Tình trạng
chart-by-status-message = Nhóm đông nhất là “{ $name }”, với { $amount } trên tổng số { $total } dự án.
chart-empty = Chưa có số liệu.
chart-table = Số liệu của biểu đồ “{ $chart }”
chart-csv = Tải số liệu này (CSV)
chart-funding-by-year-message-none = Chưa ghi nhận khoản cam kết nào.
chart-by-sector-message-none = Chưa ghi nhận khoản cam kết nào.
chart-by-locality-message-none = Chưa ghi nhận khoản cam kết nào.
chart-by-status-message-none = Chưa có dự án nào được công bố.
issue-new-procedures = Thủ tục được cập nhật từ số trước
issue-no-new-procedures = Không có thủ tục nào được cập nhật từ số trước.
issue-results = Kết quả tóm tắt
issue-results-summary = Đến ngày { $date }, các nhà tài trợ đã cam kết tài trợ cho { $projects } dự án trong danh mục.
issue-new-reports = Báo cáo kết quả công bố từ số trước:
issue-see-results = Xem toàn bộ kết quả, kèm biểu đồ
pagination = Các trang của danh sách
page-range = Dự án { $first }–{ $last } trên tổng số { $count }
page-previous = Trang trước
page-next = Trang sau
page-number = Trang { $number }
filters-on-first-page = Lọc hoặc sắp xếp danh sách này ở trang đầu
measure-projects = Dự án
measure-open-projects = Dự án đang vận động viện trợ
measure-still-sought = Viện trợ còn cần
measure-committed = Đã cam kết
measure-disbursed = Đã giải ngân
measure-requested = Viện trợ cần vận động
measure-withdrawn = Đã rút
sort-still-sought = Viện trợ còn cần nhiều nhất
filter-still-sought = Viện trợ còn cần ({ $currency })
fact-beneficiaries-planned = Số người sẽ hưởng lợi
fact-beneficiaries-reached = Số người đã hưởng lợi
totals-rates = Các tổng tính bằng { $currency }. Số tiền bằng ngoại tệ được quy đổi theo tỷ giá mới nhất: { $rates }.
rate-line = 1 { $currency } = { $amount } ({ $date })
totals-how = Cách tính số liệu
total-row = Tổng cộng
report-rest = Chưa phân bổ (toàn tỉnh hoặc chưa báo cáo)
report-in-base = khoảng { $amount } theo tỷ giá ngày { $date }
chart-rates = Số tiền tính bằng { $currency }, theo cách tính ở trang “Cách tính số liệu”.
indicator-better-lower = càng thấp càng tốt
count-title = Cách tính số liệu
count-intro = Mọi số liệu trên cổng thông tin này, ở các trang, bản tin RSS và tệp dữ liệu, đều được tính một lần, theo một cách. Dưới đây là các định nghĩa.
count-requested = Viện trợ cần vận động: số vốn dự án đề nghị nhà tài trợ hỗ trợ, do chủ khoản viện trợ ghi (tổng vốn trừ vốn đối ứng và các nguồn khác).
count-committed = Đã cam kết: tổng các khoản nhà tài trợ đã cam kết cho dự án. Khoản cam kết bằng đơn vị tiền khác với đơn vị tiền của dự án được quy đổi theo tỷ giá gần nhất vào hoặc trước ngày cam kết (tỷ giá sớm nhất nếu không có tỷ giá nào trước đó).
count-disbursed = Đã giải ngân: tổng số tiền nhà tài trợ đã chuyển, quy đổi theo cùng cách.
count-open = Dự án đang vận động viện trợ: các dự án có tình trạng “đang vận động viện trợ” hoặc “đã vận động được một phần”.
count-still-sought = Viện trợ còn cần: với dự án đang vận động viện trợ, là viện trợ cần vận động trừ số đã cam kết, không nhỏ hơn 0; với mọi dự án khác, bằng 0.
count-withdrawn = Dự án đã rút được đếm và liệt kê riêng, không tính vào bất kỳ tổng số tiền nào.
count-projects = Dự án: mọi dự án trong danh mục, kể cả dự án đã rút.
count-totals = Một tổng là phép cộng số liệu của từng dự án. Số liệu của mỗi dự án được quy đổi sang { $currency } theo tỷ giá mới nhất của đơn vị tiền của dự án; các tỷ giá và ngày áp dụng được liệt kê dưới đây.
count-rates = Tỷ giá
count-rates-intro = Mỗi dòng cho biết một đơn vị ngoại tệ bằng bao nhiêu { $currency } kể từ ngày ghi. Khoản cam kết hoặc giải ngân được quy đổi theo dòng mới nhất vào hoặc trước ngày của khoản đó; một tổng được quy đổi theo dòng mới nhất của mỗi đơn vị tiền.
count-rate-currency = Đơn vị tiền
count-rate-value = Giá trị bằng { $currency }
count-rate-date = Áp dụng từ
count-now = Các tổng hiện nay
data-how = Cách tính từng số liệu
field-open = Dự án có đang vận động viện trợ không: tình trạng seeking hoặc partly-funded.
field-still_sought = Với dự án đang vận động viện trợ: viện trợ cần vận động trừ số đã cam kết (không nhỏ hơn 0); với mọi tình trạng khác: 0. Theo đơn vị tiền của ngân sách.
field-committed_base = committed, quy đổi sang đơn vị tiền cơ sở của trang theo tỷ giá mới nhất.
field-disbursed_base = disbursed, quy đổi sang đơn vị tiền cơ sở của trang theo tỷ giá mới nhất.
field-still_sought_base = still_sought, quy đổi sang đơn vị tiền cơ sở của trang theo tỷ giá mới nhất.
field-national_url = Trang của chính thủ tục này trên Cổng Dịch vụ công quốc gia.
field-decision = Quyết định công bố thủ tục.
field-level = Cấp thực hiện: central (trung ương), province (tỉnh) hoặc commune (xã).
field-competent = Cơ quan có thẩm quyền quyết định.
field-coordinating = Các cơ quan phối hợp.
field-desk = Nơi và thời gian tiếp nhận hồ sơ: địa chỉ và giờ làm việc theo từng ngôn ngữ.
place-within-now = đến { $date } thuộc { $unit }; nay thuộc { $now }
place-within = đến { $date } thuộc { $unit }
place-ended-now = đến { $date }; nay thuộc { $now }
place-ended = đến { $date }
org-ceased-successor = đến { $date }; nay do { $name } đảm nhiệm
org-ceased = đến { $date }
form-download = Tệp { $format }
fact-decision = Quyết định công bố
fact-level = Cấp thực hiện
level-central = Trung ương
level-province = Cấp tỉnh
level-commune = Cấp xã
fact-competent = Cơ quan có thẩm quyền
fact-coordinating = Cơ quan phối hợp
fact-desk = Địa chỉ tiếp nhận hồ sơ
fact-desk-hours = Thời gian tiếp nhận
fact-result = Kết quả thực hiện
fact-due = Thời hạn nộp báo cáo
fact-national-record = Thủ tục này trên Cổng Dịch vụ công quốc gia
legal-replaced = Có hiệu lực đến hết ngày { $date }; đã được thay thế bởi { $by }.
legal-ceased = Có hiệu lực đến hết ngày { $date }; nay đã hết hiệu lực.

# Bố cục cho điện thoại, bản sắc của tỉnh, liên hệ (issue 15)
home-heading = Dự án vận động viện trợ, thủ tục và kết quả
nav-footer = Liên kết chung
contact = Liên hệ
partners-guide = Hướng dẫn cho nhà tài trợ
partners-how = Muốn tài trợ cho một dự án? Đọc hướng dẫn cho nhà tài trợ
contact-owner = Chủ khoản viện trợ
contact-write = Gửi thư
contact-call = Gọi điện
footer-website = Trang thông tin của đơn vị
result-shown-template = Đang hiển thị { "{shown}" } trên { "{count}" } dự án
list-more = Xem thêm dự án
scroll-hint = Bảng rộng hơn màn hình: vuốt sang ngang, hoặc chọn bảng rồi dùng phím mũi tên, để xem hết.
untranslated-mark = ({ $words ->
    [vi] Tiếng Việt
    [en] Tiếng Anh
   *[other] chưa dịch
})
kind-projects = Dự án
kind-procedures = Thủ tục
kind-results = Báo cáo kết quả
kind-bulletin = Bản tin
kind-pages = Trang thông tin
search-error = Không tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối rồi thử lại.

## The page-not-found (/404.html), in every language on one page
not-found-title = Không tìm thấy trang
not-found-text = Không có trang nào ở địa chỉ này. Trang có thể đã được chuyển đi, hoặc địa chỉ bị gõ sai.
not-found-home = Trang chủ
not-found-catalogue = Danh mục dự án vận động viện trợ
not-found-search = Tìm kiếm trên cổng thông tin

## Bản in: danh mục thành sách, tờ rơi (mẫu book.html, leaflet.html)
print-book = In danh mục
print-leaflet = In tờ rơi các nhu cầu này
print-how = Trang này được dàn để in khổ A4: trong trình duyệt, chọn In, rồi chọn "Lưu dưới dạng PDF" để có tệp PDF.
book-title = Danh mục dự án vận động viện trợ phi chính phủ nước ngoài
book-description = Toàn bộ danh mục dự án thành một tài liệu để in: theo lĩnh vực, mỗi dự án với số liệu, đầu mối liên hệ và địa chỉ cố định.
book-back = Quay lại danh mục
book-as-of = Số liệu đến ngày { $date }
book-online = Danh mục trên mạng, luôn được cập nhật:
book-contents = Mục lục
book-order = Trong mỗi lĩnh vực, các dự án còn đang vận động viện trợ được xếp trước, sau đó là các dự án khác, đều theo thứ tự tên. Số tiền của mỗi dự án tính bằng đơn vị tiền của dự án đó; các số tổng tính bằng đơn vị tiền của cổng thông tin.
book-dates = từ { $from } đến { $to }
book-page-number = Trang { $page }/{ $pages }
leaflet-title = Dự án vận động viện trợ
leaflet-description = Một trang để in: các nhu cầu còn mở của lĩnh vực hoặc địa bàn này, kèm số tiền, đầu mối liên hệ và địa chỉ danh sách trên mạng.
leaflet-back = Quay lại danh sách
leaflet-needs = Các nhu cầu còn mở, cần vận động nhiều nhất xếp trước
leaflet-project = Dự án
leaflet-more = …và { $count } nhu cầu còn mở khác trên mạng: quét mã QR hoặc mở địa chỉ ở đầu trang này.
leaflet-contact = Đầu mối liên hệ
leaflet-contact-owner = Về từng dự án, xin liên hệ chủ khoản viện trợ ghi dưới tên dự án, hoặc đầu mối ghi trên trang của dự án.
leaflet-online = Toàn bộ dự án của danh sách này trên mạng:

## Bản tin gửi thư điện tử (mẫu email.html, email.txt)
issue-email-edition = Bản thư điện tử của số này, để dán vào thư gửi đi:
issue-email-html = có định dạng
issue-email-text = văn bản thuần
email-view-web = Xem số bản tin này trên mạng
email-read-on = Đọc tiếp trên mạng
email-more-articles = { $count } bài khác trên mạng
email-more-new = …và { $count } dự án khác trên mạng
email-footer = Bản gửi thư điện tử của bản tin { $site }. Liên hệ với chúng tôi:
