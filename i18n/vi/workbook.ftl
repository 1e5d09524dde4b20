# Bảng tính /data/projects.xlsx: tên trang tính, nhãn cột và trang "Đọc trước".
# Lệnh `minhbach import` nhận ra cột theo nhãn ở đây (hoặc theo khóa, như `sector`),
# nên khi sửa một nhãn, bảng tính cũ vẫn nhập được theo khóa.

format-xlsx = Excel (bảng tính)

workbook-sheet-projects = Dự án
workbook-sheet-funding = Tài trợ
workbook-sheet-indicators = Chỉ số
workbook-sheet-years = Theo năm
workbook-sheet-read-me = Đọc trước
workbook-sheet-lists = Danh mục

workbook-col-code = Mã dự án
workbook-col-slug = Thư mục
workbook-col-title = Tên dự án ({ $lang })
workbook-col-summary = Tóm tắt ({ $lang })
workbook-col-sector = Lĩnh vực
workbook-col-sector-name = Tên lĩnh vực ({ $lang })
workbook-col-sector-dac = Mã DAC
workbook-col-localities = Địa bàn
workbook-col-localities-name = Tên địa bàn ({ $lang })
workbook-col-period = Giai đoạn
workbook-col-period-name = Tên giai đoạn ({ $lang })
workbook-col-status = Tình trạng
workbook-col-status-name = Tên tình trạng ({ $lang })
workbook-col-owner = Chủ khoản viện trợ
workbook-col-owner-name = Tên chủ khoản viện trợ ({ $lang })
workbook-col-published = Ngày công bố
workbook-col-updated = Ngày cập nhật
workbook-col-start = Ngày bắt đầu
workbook-col-end = Ngày kết thúc
workbook-col-beneficiaries = Số người hưởng lợi
workbook-col-sdgs = Mục tiêu phát triển bền vững (SDG)
workbook-col-contact-name = Người liên hệ
workbook-col-contact-email = Thư điện tử liên hệ
workbook-col-contact-phone = Điện thoại liên hệ
workbook-col-currency = Đơn vị tiền
workbook-col-total = Tổng vốn
workbook-col-requested = Viện trợ cần vận động
workbook-col-counterpart = Vốn đối ứng
workbook-col-committed = Đã cam kết
workbook-col-disbursed = Đã giải ngân
workbook-col-still-sought = Viện trợ còn cần
workbook-col-committed-base = Đã cam kết ({ $currency })
workbook-col-disbursed-base = Đã giải ngân ({ $currency })
workbook-col-still-sought-base = Viện trợ còn cần ({ $currency })
workbook-col-url = Trang ({ $lang })
workbook-col-donor = Nhà tài trợ
workbook-col-donor-name = Tên nhà tài trợ ({ $lang })
workbook-col-kind = Loại
workbook-col-amount = Số tiền
workbook-col-date = Ngày
workbook-col-amount-base = Số tiền ({ $currency })
workbook-col-label = Chỉ số ({ $lang })
workbook-col-unit = Đơn vị tính ({ $lang })
workbook-col-baseline = Giá trị ban đầu
workbook-col-target = Giá trị mục tiêu
workbook-col-actual = Giá trị đạt được
workbook-col-better = Chiều tốt lên
workbook-col-year = Năm
workbook-col-project-currency = Đơn vị tiền của dự án
workbook-col-name = Tên ({ $lang })

workbook-better-higher = càng cao càng tốt
workbook-better-lower = càng thấp càng tốt

workbook-readme-site = Cổng thông tin
workbook-readme-publisher = Đơn vị công bố
workbook-readme-as-of = Dữ liệu đến ngày
workbook-readme-definition = Định nghĩa

workbook-about-projects = Mỗi dòng là một dự án. Cột có khóa (như Lĩnh vực) là dữ liệu; cột tên bên cạnh chỉ để đọc. Số tiền là số nguyên theo đơn vị tiền của dự án, ngày theo dạng năm-tháng-ngày.
workbook-about-funding = Mỗi dòng là một khoản cam kết hoặc giải ngân của nhà tài trợ cho dự án có mã ở cột đầu.
workbook-about-indicators = Mỗi dòng là một chỉ số kết quả của dự án có mã ở cột đầu.
workbook-about-years = Mỗi dòng là viện trợ cần vận động trong một năm của dự án có mã ở cột đầu; các năm cộng lại bằng viện trợ cần vận động.
workbook-about-read-me = Trang này: nguồn, ngày, giấy phép và cách tính số liệu.
workbook-about-lists = Các khóa được dùng trong bảng tính (lĩnh vực, địa bàn, giai đoạn, tình trạng, cơ quan, đơn vị tiền), cùng tên của chúng. Ô có danh sách chọn lấy khóa từ đây.
