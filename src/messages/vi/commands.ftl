## Dòng lệnh: phần trợ giúp, kết quả của từng lệnh và các trường hợp bị từ chối.

cli-about = Dựng một cổng thông tin minh bạch viện trợ song ngữ từ một thư mục tệp văn bản thường.
cli-usage = Cách dùng:
cli-commands = Các lệnh
cli-arguments = Đối số
cli-options = Tùy chọn
cli-arg-help = Hiện phần trợ giúp này
cli-arg-version = Hiện số phiên bản
cli-arg-lang = Ngôn ngữ của thông báo và trợ giúp: vi hoặc en [mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG, nếu không thì theo ngôn ngữ mặc định của trang]
cli-arg-site-dir = Thư mục trang (chứa site.toml và content/) [mặc định: thư mục đang đứng]
cli-arg-output = Nơi ghi trang [mặc định: SITE_DIR/public]
cli-arg-strict = Coi cảnh báo (như trang chưa được dịch) là lỗi
cli-arg-offline = Ghi một bản chạy được từ đĩa hoặc USB: mọi liên kết đều tương đối
cli-arg-timings = In thời gian của từng giai đoạn dựng trang
cli-arg-format = Cách in lỗi: text cho người đọc, json cho trình soạn thảo và CI [mặc định: text]
cli-arg-port = Cổng của bản xem trước trên 127.0.0.1 [mặc định: 8000]
cli-arg-kind = Loại mục cần tạo: project (dự án), procedure (thủ tục), results (báo cáo kết quả), bulletin (bản tin) hoặc page (trang)
cli-arg-slug = Tên thư mục, cũng là phần cuối của địa chỉ: chữ thường a–z, chữ số và `-`
cli-arg-dir = Thư mục của trang mới
cli-arg-what = Loại dữ liệu cần nhập: projects (dự án)
cli-arg-file = Tệp bảng tính (.xlsx, .ods) hoặc CSV, theo bố cục của /data/projects.xlsx
cli-arg-apply = Ghi các thay đổi (không có tùy chọn này thì chỉ hiện những gì sẽ thay đổi)
cli-exit-codes = Mã thoát: 0 hoàn tất; 1 nội dung có lỗi (không ghi gì); 2 dòng lệnh sai, hoặc không dùng được thư mục trang hay thư mục đầu ra.
cli-build = Dựng trang thành một thư mục trang tĩnh.
cli-build-examples = Ví dụ:
    {"  "}minhbach build                   # trang trong thư mục này, ghi vào ./public
    {"  "}minhbach build ~/site --output /var/www/ngo
    {"  "}minhbach build --offline --output dia/   # bản mở được từ đĩa
    Nếu có lỗi, không ghi gì cả và bản dựng trước giữ nguyên.
cli-check = Kiểm tra mọi tệp và liên kết; không ghi gì.
cli-check-examples = Ví dụ:
    {"  "}minhbach check                   # trang trong thư mục này
    {"  "}minhbach check --strict ~/site   # trang chưa dịch cũng tính là lỗi
    {"  "}minhbach check --format json     # cho trình soạn thảo hoặc CI
cli-serve = Xem trước trang trên máy này: tự dựng lại khi một tệp thay đổi, trang đang mở tự tải lại, và lỗi hiện ngay trong trang.
cli-serve-examples = Ví dụ:
    {"  "}minhbach serve                   # rồi mở http://127.0.0.1:8000/
    {"  "}minhbach serve ~/site --port 8080
cli-new = Tạo một mục mới từ mẫu có chú thích.
cli-new-examples = Ví dụ:
    {"  "}minhbach new project truong-mam-non-tien-phong
    {"  "}minhbach new procedure phe-duyet-vien-tro ~/site
    Những chỗ cần điền trong mẫu được tính là lỗi cho đến khi điền xong.
cli-init = Tạo một trang mới, tối giản và hợp lệ, với site.toml có chú thích.
cli-init-examples = Ví dụ:
    {"  "}minhbach init trang-moi && minhbach build trang-moi
cli-import = Đọc dự án từ bảng tính (.xlsx, .ods) hoặc tệp .csv; chỉ chạy thử nếu không có --apply.
cli-import-examples = Ví dụ:
    {"  "}minhbach import projects danh-muc.xlsx          # xem những gì sẽ thay đổi
    {"  "}minhbach import projects danh-muc.xlsx --apply  # ghi các thay đổi
cli-lang-unknown = --lang { $code }: công cụ dùng được vi (Tiếng Việt) và en (English)
cli-error-unknown-argument = lệnh không có tùy chọn { $argument }
cli-error-unknown-command = không có lệnh { $command }
cli-error-unknown-command-hint = không có lệnh { $command }; { $hint }
cli-error-invalid-value = "{ $value }" không phải là giá trị mà { $argument } nhận ({ $valid })
cli-error-missing = cần có { $argument }
cli-error-no-command = hãy cho biết lệnh cần chạy: build, check, serve, new, init hoặc import
cli-error-other = { $detail }
cli-error-help = Xem các lệnh và tùy chọn: minhbach --help

count-mistakes-warnings = { $errors ->
    [0] { $warnings ->
        [0] không có lỗi
       *[other] { $warnings } cảnh báo
    }
   *[other] { $errors } lỗi{ $warnings ->
        [0] {""}
       *[other] {" "}và { $warnings } cảnh báo
    }
}
done-build = đã ghi trang vào { $dir }: { $pages } trang, { $warnings } cảnh báo
done-check = không có lỗi: { $pages } trang, { $warnings } cảnh báo
mistakes-found-build = có { count-mistakes-warnings }; không ghi gì cả, bản dựng trước giữ nguyên
mistakes-found-check = có { count-mistakes-warnings }; hãy sửa rồi kiểm tra lại
write-failed = không ghi được { $path }: { $reason }
write-failed-fix = kiểm tra quyền ghi và dung lượng còn trống của thư mục đầu ra
output-not-ours = { $dir } đã tồn tại và không do minhbach tạo ra (không có tệp { $marker }); hãy chọn một thư mục đầu ra mới hoặc trống

# new và init
new-created = đã tạo { $dir }: điền vào những chỗ đánh dấu { $marker }, rồi chạy minhbach check
init-created = đã tạo trang mới trong { $dir }; dựng trang bằng lệnh: minhbach build { $dir }
new-bad-slug = "{ $slug }" không dùng được làm tên thư mục: { $problem }
new-reserved = "{ $slug }" là một từ trong địa chỉ riêng của danh mục ({ $names }); hãy chọn tên thư mục khác
new-exists = { $dir } đã tồn tại
new-duplicate = { $dir } sẽ trùng với { $other }: hai tên chỉ khác nhau ở chữ hoa, dấu thanh hoặc dấu cách
new-site-unreadable = không đọc được { $dir }/site.toml: { $reason }
new-site-mistakes = site.toml có lỗi; hãy chạy minhbach check trước
new-cannot-write = không ghi được { $path }: { $reason }
init-exists = { $dir } đã có site.toml
placeholder = dòng này vẫn còn chỗ cần điền của mẫu: { $placeholder }
placeholder-fix = thay đoạn chữ trong ngoặc vuông bằng thông tin thật, rồi kiểm tra lại

# Bản xem trước
serve-listening = bản xem trước tại http://127.0.0.1:{ $port }/ (nhấn Ctrl+C để dừng)
serve-cannot-listen = không mở được cổng 127.0.0.1:{ $port }: { $reason }
serve-port-busy = cổng { $port } của 127.0.0.1 đang được dùng: có phải một bản xem trước khác (minhbach serve) đang chạy? Dừng nó bằng Ctrl+C, hoặc chọn cổng khác: minhbach serve --port { $next }
serve-rebuilt = đã dựng lại trong { $ms } ms: { $pages } trang, { $warnings } cảnh báo
serve-keeps-last = có { count-mistakes-warnings }; bản xem trước vẫn hiện bản dựng tốt gần nhất, kèm danh sách lỗi trong trang
serve-no-build-yet = có { count-mistakes-warnings }; chưa có bản dựng tốt nào để hiện: trang sẽ liệt kê các lỗi
serve-watch-failed = không theo dõi được các tệp của trang: { $reason }
serve-page-title = Các lỗi cần sửa
serve-page-intro = Trang chưa được dựng lại: bản xem trước vẫn hiện bản dựng tốt gần nhất. Hãy sửa các lỗi dưới đây rồi lưu tệp; trang này sẽ tự cập nhật.
serve-page-no-build = Trang chưa được dựng lần nào: hãy sửa các lỗi dưới đây rồi lưu tệp; trang này sẽ tự cập nhật.
serve-not-found = Không có trang nào ở địa chỉ này.
