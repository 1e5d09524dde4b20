## Lệnh `minhbach import projects`: đọc bảng tính vào content/projects/.

# Ô có lỗi
import-empty = ô này trống, nhưng { $what }
import-needed-new = một dự án mới cần có giá trị này
import-needed-always = mọi dự án đều phải có giá trị này
import-needed-entry = mỗi dòng của trang tính này cần có giá trị này
import-missing-column = thiếu cột { $column }, mà { $what }
import-not-a = '{ $value }' không phải là { $what }
import-did-you-mean = có phải ý bạn là { $names }?
import-use-one-of = hãy dùng một trong: { $names }
import-a-sector = một lĩnh vực
import-a-locality = một địa bàn
import-a-period = một giai đoạn
import-a-status = một tình trạng
import-an-organisation = một cơ quan, tổ chức trong content/organisations.toml
import-a-currency = một đơn vị tiền có tỷ giá trong site.toml
import-a-kind = một loại tài trợ (committed: cam kết, disbursed: giải ngân)
import-a-direction = một chiều tốt lên (higher: càng cao càng tốt, lower: càng thấp càng tốt)
import-not-a-date = '{ $value }' không phải là một ngày; hãy viết dạng 2025-12-31 hoặc 31/12/2025
import-not-a-whole = '{ $value }' không phải là một số nguyên không âm; hãy viết các chữ số, như 4800000000
import-not-a-number = '{ $value }' không phải là một số
import-not-a-goal = '{ $value }' không phải là một Mục tiêu phát triển bền vững; các mục tiêu được đánh số từ 1 đến 17
import-not-a-year = '{ $value }' không phải là một năm
import-zero = số tiền bằng 0; hãy ghi số tiền lớn hơn 0
import-bad-slug = '{ $value }' không dùng được làm tên thư mục: { $why }
import-slug-chars = chỉ dùng chữ thường a–z không dấu, chữ số và dấu -
import-slug-reserved = tên này dành cho các trang lọc
import-twice = '{ $value }' đã có ở dòng { $row }; mỗi dự án chỉ có một dòng
import-folder-taken = thư mục '{ $value }' đã là của dự án { $code }
import-folder-fixed = dự án { $code } nằm trong thư mục '{ $folder }'; thư mục của một dự án không đổi được (địa chỉ trang cố định)
import-too-long = tóm tắt dài { $count } ký tự; tối đa là { $max }
import-over-total = viện trợ cần vận động cộng vốn đối ứng ({ $sum }) lớn hơn tổng vốn ({ $total })
import-end-before-start = ngày kết thúc ({ $end }) không sau ngày bắt đầu ({ $start })
import-updated-before = ngày cập nhật ({ $updated }) trước ngày công bố ({ $published })
import-contact-without-name = có thư điện tử hoặc điện thoại liên hệ nhưng không có tên người liên hệ
import-unknown-project = '{ $value }' không phải là mã của một dự án trên trang tính { $sheet }
import-duplicate-column = cột này lặp lại cột { $column }
import-bad-cell = ô này có lỗi ({ $value })

# Ghi chú
import-unknown-column = cột '{ $value }' không phải là cột minhbach biết; bỏ qua
import-not-in-workbook = Dự án của trang không có trong bảng tính, được giữ nguyên: { $count }.

# Những gì sẽ làm
import-new = mới
import-changed = thay đổi
import-unchanged = không đổi
import-none = (trống)
import-summary = { $new } dự án mới, { $changed } thay đổi, { $unchanged } không đổi
import-dry-run = Đây là chạy thử: chưa ghi gì. Chạy lại với --apply để ghi các thay đổi này.
import-wrote = Đã ghi các tệp vào { $dir }: { $count } tệp.
import-nothing-to-write = Không có gì phải ghi.
import-mistakes = Số lỗi trong bảng tính: { $count }. Chưa ghi gì; sửa các ô trên rồi chạy lại.
import-site-mistakes = Sau khi nhập, trang sẽ không dựng được: các bước kiểm tra của lệnh build thấy các lỗi trên ({ $count }). Chưa ghi gì; sửa bảng tính (hoặc các tệp đã nêu) rồi chạy lại.
import-warnings = Cảnh báo của trang: { $count }; xem bằng `minhbach check`.

# Tệp hoặc thư mục trang không dùng được
import-cannot-read = không đọc được tệp { $file }: { $why }
import-not-utf8 = tệp CSV không phải là UTF-8; trong Excel hãy lưu bằng "CSV UTF-8"
import-kind-of-file = chỉ nhập được tệp .xlsx, .ods hoặc .csv
import-no-header = trang tính { $sheet } không có dòng tiêu đề
import-no-code-column = trang tính { $sheet } không có cột { $column }: mỗi dòng là một dự án, nhận ra bằng mã của nó
import-site-unusable = không dùng được thư mục trang { $dir }: { $why }
import-site-broken = site.toml hoặc content/organisations.toml có lỗi; chạy `minhbach check` và sửa trước
import-write-failed = không ghi được { $file }: { $why }
