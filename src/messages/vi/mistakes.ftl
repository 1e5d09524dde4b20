## Thông báo của công cụ về nội dung: sai ở đâu, sửa thế nào.
## Mỗi mã thông báo cũng là mã ổn định của lỗi trong `check --format json`.

label-error = lỗi
label-warning = cảnh báo
label-fix = cách sửa
word-or = hoặc
did-you-mean = có phải ý bạn là { $names }?
use-one-of = dùng một trong các giá trị { $names }
io-not-found = tệp hoặc thư mục không tồn tại
io-permission = không có quyền truy cập
io-other = { $reason }

# Đọc tệp
file-unreadable = không đọc được tệp: { $reason }
file-unreadable-fix = kiểm tra tệp có tồn tại và đọc được không
file-is-folder = đây là một thư mục, nhưng ở đây cần một tệp
file-is-folder-fix = đổi tên hoặc xóa thư mục rồi viết tệp vào đúng chỗ đó
file-too-large = tệp nặng { $size }, vượt quá { $limit } cho phép đối với một tệp văn bản
file-too-large-fix = để tài liệu dài ở dạng tệp đính kèm trong thư mục `files/` và đặt liên kết tới nó
file-not-utf8 = tệp không phải là văn bản UTF-8 hợp lệ
file-not-utf8-fix = lưu tệp với bảng mã UTF-8 (trong phần lớn trình soạn thảo: "Lưu với bảng mã" → UTF-8)
file-permissions-fix = kiểm tra quyền truy cập của tệp

# Cách viết mà trình soạn thảo văn bản hay biểu mẫu đã quen dạy
teach-date = ngày "{ $written }" được viết theo thứ tự ngày/tháng/năm, định dạng nội dung không đọc được
teach-date-fix = viết ngày theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép: { $line }
teach-thousands = số tiền "{ $written }" phân cách hàng nghìn bằng dấu chấm, dấu phẩy hoặc dấu cách, định dạng nội dung sẽ hiểu sai
teach-thousands-fix = phân cách hàng nghìn bằng dấu gạch dưới, hoặc không phân cách: { $line }
teach-currency = số tiền "{ $written }" có kèm đơn vị tiền ({ $sign }); ở đây chỉ ghi con số
teach-currency-fix = chỉ ghi con số, còn đơn vị tiền ghi ở dòng `currency` của cùng bảng: { $line }
teach-quotes = đoạn chữ này nằm giữa dấu ngoặc kép cong (“ ”) do trình soạn thảo văn bản tự đặt; định dạng nội dung cần dấu ngoặc kép thẳng (")
teach-quotes-fix = gõ lại dấu ngoặc kép thành dấu thẳng: { $line }

# Đọc TOML (facts.toml, site.toml, phần đầu tệp lời)
unknown-key = khóa `{ $key }` không có trong định dạng nội dung
value-not-allowed = `{ $value }` không phải là giá trị được phép ở đây
missing-key = thiếu khóa bắt buộc `{ $key }`
missing-key-fix = thêm một dòng `{ $key } = …` (hướng dẫn biên tập, docs/huong-dan-noi-dung.md, có ví dụ cho từng khóa)
missing-key-fix-one-of = thêm một dòng `{ $key } = "…"` với một trong các giá trị { $names }
duplicate-key = khóa `{ $key }` được viết hai lần trong cùng bảng
duplicate-key-fix = mỗi khóa chỉ viết một lần; xóa hoặc đổi tên dòng thứ hai
wrong-type = cần { $wanted }, nhưng lại là { $found }
wrong-type-fix = viết giá trị theo đúng dạng mà định dạng nội dung quy định cho khóa này
wanted-whole-number = một số nguyên, không có dấu ngoặc kép
wanted-number = một con số, không có dấu ngoặc kép
wanted-list = một danh sách trong ngoặc vuông, ví dụ ["a", "b"]
wanted-text = chữ trong dấu ngoặc kép
wanted-date = một ngày dạng 2024-03-15, không có dấu ngoặc kép
wanted-table = một bảng, ví dụ {"{"} vi = "…", en = "…" {"}"}
wanted-bool = true hoặc false
wanted-other = { $what }
found-text = chữ { $value }
found-number = số { $value }
found-list = một danh sách
found-table = một bảng
found-bool = { $value }
found-other = { $what }
date-expected = cần một ngày dạng 2024-03-15 (năm-tháng-ngày, không có dấu ngoặc kép)
date-not-a-day = { $written } không phải là một ngày có thật trong lịch
date-with-time = cần một ngày không kèm giờ, ví dụ 2024-03-15, nhưng lại là { $written }
date-fix = viết ngày theo thứ tự năm-tháng-ngày, không có dấu ngoặc kép, ví dụ 2021-03-15
syntax-unquoted = không đọc được giá trị này: chữ phải nằm giữa dấu ngoặc kép thẳng ("…"), còn số và ngày thì không có ngoặc
syntax-unclosed-string = dấu ngoặc kép mở trên dòng này không được đóng lại
syntax-after-value = sau giá trị trên dòng này còn có chữ khác
syntax-number = không đọc được con số này
syntax-other = không đọc được dòng này ({ $detail })
syntax-fix = kiểm tra lại dòng: chữ trong "dấu ngoặc kép", ngày dạng 2024-03-15, số không có ngoặc và không có dấu phân cách (4_800_000_000)
suggestion-and-hint = { $suggestion } ({ $hint })

# Chữ theo từng ngôn ngữ: { vi = "…", en = "…" }
not-a-site-language = { $what }: `{ $lang }` không phải là ngôn ngữ của trang này
languages-are-set-in-site-toml = các ngôn ngữ được khai báo ở `languages` trong site.toml
no-text-in = { $what } chưa có chữ bằng `{ $lang }`
no-text-in-fix = thêm `{ $lang } = "…"`
text-empty = { $what }: chữ bằng `{ $lang }` đang để trống
text-empty-fix = viết chữ vào giữa hai dấu ngoặc kép: { $lang } = "…"
what-the-name = tên

# site.toml
what-site-key = `{ $key }` của trang
what-period = giai đoạn `{ $key }`
what-sector = lĩnh vực `{ $key }`
what-locality = địa bàn `{ $key }`
period-ends-before-it-starts = giai đoạn `{ $key }` kết thúc ({ $to }) trước khi bắt đầu ({ $from })
period-ends-before-it-starts-fix = đặt `to` bằng hoặc sau năm của `from`
languages-empty = `languages` đang trống
languages-empty-fix = liệt kê các ngôn ngữ của trang, ví dụ languages = ["vi", "en"]
not-a-language-code = `{ $code }` không phải là mã ngôn ngữ
not-a-language-code-fix = dùng mã ngôn ngữ viết thường như "vi", "en" hoặc "fr"
language-twice = `{ $code }` được liệt kê hai lần trong `languages`
language-twice-fix = mỗi ngôn ngữ chỉ liệt kê một lần
default-language-not-listed = `default_language` "{ $code }" không có trong `languages`
base-url-not-absolute = `base_url` phải là địa chỉ http(s) đầy đủ, nhưng lại là "{ $found }"
base-url-not-absolute-fix = viết theo dạng "https://ngo.example.gov.vn"
base-url-slash = `base_url` kết thúc bằng dấu gạch chéo
base-url-slash-fix = viết "{ $url }"
dac-code = lĩnh vực `{ $key }`: `dac` phải là mã mục đích OECD DAC gồm 5 chữ số, nhưng lại là "{ $found }"
dac-code-fix = viết dưới dạng chữ gồm năm chữ số, ví dụ dac = "11220"
locality-ref-unknown = địa bàn `{ $key }`: `{ $what }` "{ $value }" không phải là một địa bàn
locality-ref-unknown-fix = hoặc thêm [localities.{ $value }]
successor-without-until = { $what } có `successor` nhưng không có `until`
successor-without-until-fix = thêm `until = YYYY-MM-DD`, ngày cuối cùng đơn vị còn tồn tại
locality-own-parent = địa bàn `{ $key }` là cấp trên của chính nó
own-successor = { $what } ghi chính nó là `successor`
locality-own-successor-fix = ghi mã của đơn vị mà nó đã nhập vào, hoặc xóa dòng `successor`
locality-cycle = các địa bàn { $path } là cấp trên của nhau qua `parent`
locality-cycle-fix = bỏ vòng lặp: cấp trên (`parent`) của một đơn vị phải là đơn vị lớn hơn
what-section = [sections] `{ $key }`
word-not-an-address = { $what }: từ { $lang } "{ $word }" không dùng được trong địa chỉ trang: { $problem }
word-not-an-address-fix = dùng chữ ASCII viết thường và `-`, ví dụ "{ $example }"
sections-same-word = [sections]: hai mục cùng dùng từ "{ $word }" trong `{ $lang }`
sections-same-word-fix = mỗi mục cần một từ riêng
word-is-a-section = [sections] `{ $key }`: từ { $lang } "{ $word }" trùng với từ của một mục
word-is-a-section-fix = đặt cho trang tìm kiếm và trang dữ liệu mở những từ riêng
words-same = [sections]: hai từ địa chỉ cùng là "{ $word }" trong `{ $lang }`
words-search-data-same = [sections]: `search` và `data` cùng là "{ $word }" trong `{ $lang }`
words-same-fix = mỗi địa chỉ được tạo ra cần một từ riêng
slug-empty = tên đang trống
slug-characters = chỉ được dùng chữ ASCII viết thường a–z, chữ số và `-`
slug-hyphens = không được bắt đầu hoặc kết thúc bằng `-`, cũng không được có hai dấu `-` liền nhau

# [money]
rate-for-base = có tỷ giá cho { $currency }, chính là đơn vị tiền cơ sở
rate-for-base-fix = xóa dòng này: số tiền bằng đơn vị tiền cơ sở không cần tỷ giá
rate-not-positive = `per_unit` phải là một số dương
rate-not-positive-fix = ghi một { $currency } đổi được bao nhiêu { $base }, ví dụ per_unit = 25_400
rate-twice = có hai tỷ giá { $currency } cùng ngày { $date }
rate-twice-fix = mỗi đơn vị tiền và mỗi ngày chỉ ghi một dòng
usd-rate-format-1 = `usd_rate` và `usd_rate_date` là cách ghi tỷ giá cũ (định dạng 1); chúng được đọc như một dòng tỷ giá USD
usd-rate-format-1-fix = thay hai dòng này bằng:
    {"    "}[[money.rates]]
    {"    "}currency = "USD"
    {"    "}per_unit = { $per_unit }
    {"    "}date = { $date }
    {"  "}và thêm một dòng cho mỗi đơn vị tiền khác mà các dự án dùng (EUR…)
usd-rate-not-positive = `usd_rate` phải là một số dương
usd-rate-not-positive-fix = ghi một USD đổi được bao nhiêu VND, ví dụ usd_rate = 25400
usd-rate-half = [money] chỉ có một trong hai dòng `usd_rate` và `usd_rate_date`
usd-rate-half-fix = ghi cả hai, tỷ giá và ngày lấy tỷ giá, hoặc bỏ cả hai

# [legal]
what-legal-title = tên của [legal."{ $reference }"]
legal-replaced-by-unknown = [legal."{ $reference }"]: `replaced_by` "{ $by }" không phải là văn bản có trong [legal]
legal-replaced-by-unknown-fix = hoặc thêm [legal."{ $by }"] kèm ngày ban hành và tên văn bản
legal-replaced-without-until = [legal."{ $reference }"] có `replaced_by` nhưng không có `until`
legal-replaced-without-until-fix = thêm `until = YYYY-MM-DD`, ngày cuối cùng văn bản còn hiệu lực
legal-until-before-date = [legal."{ $reference }"]: `until` ({ $until }) trước ngày ban hành `date` ({ $date })
legal-until-before-date-fix = sửa lại ngày: văn bản chỉ hết hiệu lực sau khi được ban hành

# Tham chiếu giữa các tệp
not-a-key = "{ $value }" không phải là { $vocabulary ->
    [sector] một lĩnh vực
    [locality] một địa bàn
    [period] một giai đoạn
   *[organisation] một cơ quan, tổ chức
}
keys-listed-in = các { $vocabulary ->
    [sector] lĩnh vực được liệt kê trong site.toml ở mục [sectors]
    [locality] địa bàn được liệt kê trong site.toml ở mục [localities]
    [period] giai đoạn được liệt kê trong site.toml ở mục [periods]
   *[organisation] cơ quan, tổ chức được liệt kê trong content/organisations.toml
}
no-such-keys-yet = chưa có { $vocabulary ->
    [sector] lĩnh vực nào: thêm "{ $value }" vào site.toml ở mục [sectors]
    [locality] địa bàn nào: thêm "{ $value }" vào site.toml ở mục [localities]
    [period] giai đoạn nào: thêm "{ $value }" vào site.toml ở mục [periods]
   *[organisation] cơ quan, tổ chức nào: thêm "{ $value }" vào content/organisations.toml
}
not-a-web-address = `{ $key }` phải là địa chỉ trang web bắt đầu bằng https://, nhưng lại là "{ $found }"
not-a-web-address-fix = sao chép đầy đủ địa chỉ từ trình duyệt, ví dụ "https://example.gov.vn/trang"
not-an-email = "{ $found }" không phải là địa chỉ thư điện tử
not-an-email-fix = viết theo dạng "ten@example.gov.vn"
no-rate = site.toml chưa có tỷ giá cho { $currency }, nên số tiền này không thể cộng vào tổng nào
no-rate-fix = thêm vào site.toml:
    {"    "}[[money.rates]]
    {"    "}currency = "{ $currency }"
    {"    "}per_unit = …   # số { $base } cho một { $currency }
    {"    "}date = { $date }

# content/organisations.toml
what-organisation = cơ quan `{ $key }`
org-successor-unknown = cơ quan `{ $key }`: `successor` "{ $value }" không phải là một cơ quan, tổ chức
org-successor-unknown-fix = mỗi cơ quan, tổ chức trong tệp này bắt đầu bằng khóa của nó trong ngoặc vuông, ví dụ [so-ngoai-vu]
org-successor-without-until-fix = thêm `until = YYYY-MM-DD`, ngày cuối cùng cơ quan còn hoạt động
org-own-successor-fix = ghi mã của cơ quan tiếp nhận công việc của nó, hoặc xóa dòng `successor`
org-key-invalid = mã cơ quan `{ $key }` không hợp lệ: { $problem }
org-key-invalid-fix = dùng chữ ASCII viết thường, chữ số và `-`, ví dụ `so-ngoai-vu`
org-country = cơ quan `{ $key }`: `country` phải là mã quốc gia ISO 3166-1 gồm hai chữ cái, nhưng lại là "{ $found }"
org-country-fix = viết hai chữ in hoa, ví dụ "VN" hoặc "GB"

# Thủ tục
audience-empty = `audience` đang trống
audience-empty-fix = ghi rõ thủ tục dành cho ai: "ngo", "agency", "public" (một hoặc nhiều)
form-outside = biểu mẫu "{ $path }" không nằm trong thư mục `files/` của thủ tục này
form-outside-fix = đặt biểu mẫu vào `files/` và ghi đường dẫn dạng "files/mau-01.docx"
form-missing = biểu mẫu "{ $path }" không tồn tại
form-missing-fix = thêm tệp vào `files/` hoặc sửa lại tên (phân biệt chữ hoa, chữ thường)
legal-basis-empty = `legal_basis` đang trống
legal-basis-empty-fix = thêm ít nhất một [[legal_basis]] với `ref` là số hiệu một văn bản trong [legal] của site.toml
what-desk = `{ $key }` của bộ phận tiếp nhận
legal-not-in-register = "{ $reference }" không có trong danh mục văn bản pháp luật, và ở đây không ghi `date` và `title`
legal-not-in-register-fix = ghi `date` và `title` của văn bản tại đây, hoặc thêm văn bản vào [legal] trong site.toml
legal-not-in-register-fix-suggest = { $suggestion } (các văn bản được liệt kê ở [legal] trong site.toml), hoặc ghi `date` và `title` của văn bản tại đây
legal-cited-after-it-ceased = văn bản đã hết hiệu lực vào ngày cập nhật `updated` của thủ tục ({ $updated })
legal-not-reviewed-since = thủ tục được rà soát lần cuối ngày { $updated }
legal-replaced = { $reference } hết hiệu lực từ sau ngày { $until }, được thay thế bởi { $by }; { $when }
legal-replaced-fix = rà soát lại thủ tục theo { $by }, ghi ref = "{ $by }", và đặt `updated` là ngày rà soát
legal-ceased = { $reference } hết hiệu lực từ sau ngày { $until }; { $when }
legal-ceased-fix = rà soát lại thủ tục, dẫn các văn bản đang có hiệu lực, và đặt `updated`

# Báo cáo kết quả
report-to-before-from = `to` ({ $to }) trước `from` ({ $from })
report-to-before-from-fix = sửa lại ngày của kỳ báo cáo
report-published-early = báo cáo được công bố ngày { $published }, trước khi kỳ báo cáo kết thúc ({ $to })
report-published-early-fix = sửa `published` hoặc `to`: báo cáo chỉ tổng hợp một kỳ đã kết thúc
breakdown-projects-over = các dòng `{ $what }` cộng lại được { $projects } dự án, nhiều hơn tổng `projects` của báo cáo ({ $total })
breakdown-committed-over = các dòng `{ $what }` cộng lại được { $committed } { $currency } vốn cam kết, nhiều hơn tổng `committed` của báo cáo ({ $total } { $currency })
breakdown-over-fix = sửa lại số liệu của các dòng [[{ $what }]] hoặc số tổng

# Bản tin
print-edition-missing = bản in "{ $path }" không tồn tại
print-edition-missing-fix = thêm tệp PDF vào `files/` hoặc sửa lại tên
print-edition-outside = bản in "{ $path }" không nằm trong thư mục `files/` của số bản tin này
print-edition-outside-fix = đặt tệp PDF vào `files/` và ghi pdf = "files/ban-tin.pdf"

# Dự án
localities-empty = `localities` đang trống
localities-empty-fix = liệt kê ít nhất một mã địa bàn, ví dụ localities = ["tien-phong"]
what-indicator = `{ $key }` của một chỉ số
updated-before-published = `updated` ({ $updated }) trước ngày công bố `published` ({ $published })
updated-before-published-fix = `updated` là ngày thay đổi gần nhất: cùng ngày với `published` hoặc sau đó
end-not-after-start = `end` ({ $end }) không sau ngày bắt đầu `start` ({ $start })
end-not-after-start-fix = sửa lại ngày: dự án kết thúc sau khi bắt đầu
sdg-out-of-range = `sdgs` có số { $goal }, nhưng các Mục tiêu phát triển bền vững được đánh số từ 1 đến 17
sdg-out-of-range-fix = chỉ giữ các số từ 1 đến 17
total-zero = tổng vốn `total` bằng 0
total-zero-fix = ghi tổng vốn của dự án, lớn hơn 0
budget-over-total = `requested` + `counterpart` ({ $sum } { $currency }) lớn hơn tổng vốn `total` ({ $total } { $currency })
budget-over-total-fix = sửa lại số liệu: vốn viện trợ cần vận động cộng vốn đối ứng không được vượt tổng vốn
budget-year-twice = năm { $year } có hai mục [[budget.years]]
budget-year-twice-fix = mỗi năm chỉ ghi một lần
budget-years-sum = các mục [[budget.years]] cộng lại được { $sum } { $currency }, nhưng `requested` là { $requested } { $currency }
budget-years-sum-fix = sửa số vốn từng năm cho khớp với vốn viện trợ cần vận động, hoặc sửa `requested`
funding-zero = một khoản tài trợ có `amount` bằng 0
funding-zero-fix = ghi số tiền đã cam kết hoặc đã chuyển, hoặc xóa mục [[funding]] này

# Thông tin mâu thuẫn nhau, hoặc đã cũ theo thời gian (cảnh báo)
committed-over-requested = các khoản cam kết cộng lại được { $committed } { $currency }, nhiều hơn vốn viện trợ cần vận động (`requested` = { $requested })
committed-over-requested-fix = sửa `requested` hoặc số tiền trong các mục [[funding]]: nếu nhà tài trợ hỗ trợ nhiều hơn mức đề nghị, hãy nâng `requested`
seeking-but-covered = trạng thái là `seeking`, nhưng các khoản cam kết { $committed } { $currency } đã đủ vốn cần vận động
seeking-but-covered-fix = ghi status = "funded", hoặc sửa lại các mục [[funding]]
funded-but-short = trạng thái là `funded`, nhưng mới có { $committed } trên { $requested } { $currency } cần vận động được cam kết
funded-but-short-fix = ghi status = "partly-funded", hoặc bổ sung khoản cam kết còn thiếu vào [[funding]]
ended-but-open = dự án đã kết thúc ngày { $end }, nhưng trạng thái vẫn là `{ $status }`
ended-but-open-fix = ghi status = "completed" (hoặc "withdrawn"); nếu dự án được gia hạn, sửa `end` và cập nhật `updated`
not-updated-for-a-year = dự án đang cần tài trợ này được cập nhật lần cuối ngày { $last }, đã quá 12 tháng
not-updated-for-a-year-fix = kiểm tra lại thông tin với chủ khoản viện trợ, rồi ghi updated = { $today }
place-ceased = dự án được công bố ngày { $published }, sau khi `{ $place }` không còn tồn tại (ngày cuối cùng là { $until })
place-ceased-fix = đặt dự án ở `{ $successor }`
place-ceased-fix-today = đặt dự án ở một địa bàn hiện còn tồn tại
owner-ceased = chủ khoản viện trợ `{ $owner }` đã thôi hoạt động từ sau ngày { $until }, nhưng dự án vẫn đang kêu gọi tài trợ
owner-ceased-fix = đặt `{ $successor }`, cơ quan hiện đảm nhiệm công việc của đơn vị này, làm chủ khoản viện trợ, để nhà tài trợ liên hệ được với cơ quan còn hoạt động
owner-ceased-fix-today = đặt một cơ quan hiện còn hoạt động làm chủ khoản viện trợ, để nhà tài trợ liên hệ được
procedure-body-ceased = thủ tục ghi tên `{ $body }`, cơ quan đã thôi hoạt động từ sau ngày { $until }
procedure-body-ceased-fix = ghi `{ $successor }`, cơ quan hiện đảm nhiệm công việc của đơn vị này, thay vào, để người dân đến đúng nơi còn giải quyết
procedure-body-ceased-fix-today = ghi một cơ quan hiện còn hoạt động thay vào, để người dân đến đúng nơi còn giải quyết

# Thư mục trang và các thư mục con
site-unreadable = không mở được thư mục trang { $dir }: { $reason }
site-not-a-folder = { $dir } không phải là một thư mục
site-without-site-toml = { $dir } không có site.toml nên không phải là thư mục trang (tạo mới bằng `minhbach init`)
file-missing = thiếu tệp này
organisations-missing-fix = tạo tệp, có ít nhất cơ quan công bố được ghi trong site.toml (`minhbach init` có ví dụ)
facts-missing-fix = mỗi mục thuộc loại này cần một tệp facts.toml (`minhbach new` tạo sẵn một tệp để bắt đầu)
link-outside-site = đây là liên kết tới một tệp nằm ngoài thư mục trang
link-outside-site-fix = sao chép tệp vào thư mục trang thay vì liên kết tới nó
link-dangling = đây là liên kết tới một tệp không tồn tại
link-dangling-fix = xóa liên kết hoặc chép tệp thật vào đây
unknown-in-content = minhbach không biết tên này trong content/
entry-is-a-file = content/{ $kind }/ chứa mỗi mục một thư mục, nhưng đây là một tệp
entry-is-a-file-fix = tạo một thư mục đặt theo tên mục (mã địa chỉ) rồi đặt các tệp vào đó
folder-not-an-address = tên thư mục "{ $slug }" không dùng được làm địa chỉ trang: { $problem }
folder-not-an-address-fix = đổi tên thư mục bằng chữ thường a–z, chữ số và `-`, ví dụ "truong-mam-non-tien-phong"
folder-duplicate = thư mục "{ $slug }" trùng với "{ $other }": hai tên chỉ khác nhau ở chữ hoa, dấu thanh hoặc dấu cách
folder-duplicate-fix = chỉ giữ một trong hai thư mục: chuyển các tệp vào "{ $other }" rồi xóa "{ $slug }"
folder-unreadable = không đọc được thư mục này
unexpected-file = minhbach không dùng tệp này ở đây
attachment-outside-files = tài liệu, biểu mẫu hoặc ảnh chỉ được đăng từ thư mục `files/` của mục đó, không phải từ đây
attachment-move-fix = chuyển tệp sang { $folder }/files/{ $file }, rồi đặt liên kết tới nó trong phần chữ bằng địa chỉ files/{ $file }
form-move-fix = chuyển tệp sang { $folder }/files/{ $file }, rồi khai báo trong facts.toml: forms = ["files/{ $file }"]
print-edition-move-fix = chuyển tệp sang { $folder }/files/{ $file }; nếu đây là bản in của số bản tin, ghi trong facts.toml: pdf = "files/{ $file }", nếu không thì đặt liên kết tới nó trong phần chữ bằng địa chỉ files/{ $file }
page-has-facts-fix = các trang trong content/pages chỉ có phần lời: xóa facts.toml
default-words-missing = thiếu phần lời bằng ngôn ngữ mặc định (`{ $lang }`)
default-words-missing-fix = viết { $lang }.md gồm tiêu đề, tóm tắt và nội dung
not-yet-translated = chưa được dịch: trang `{ $lang }` đang hiện phần lời `{ $default }`
not-yet-translated-fix = thêm { $lang }.md, dịch từ { $default }.md
files-folder-permissions-fix = kiểm tra quyền truy cập của thư mục files
file-name-not-text = tên tệp không phải là chữ hợp lệ
file-name-not-text-fix = đổi tên tệp, chỉ dùng chữ cái, chữ số, `-` và `.`

# Giữa các mục với nhau
slug-reserved = tên thư mục `{ $slug }` là một phần địa chỉ của các trang lọc và trang danh sách của danh mục
slug-reserved-fix = đổi tên thư mục, ví dụ thành `{ $slug }-du-an`; các tên sau được dành riêng: { $names }
publisher-unknown = cơ quan công bố "{ $key }" không phải là một cơ quan, tổ chức
code-used-twice = mã { $kind ->
    [project] dự án
   *[procedure] thủ tục
} "{ $code }" đã được dùng cho { $first }
code-used-twice-fix = mỗi { $kind ->
    [project] dự án
   *[procedure] thủ tục
} cần một mã riêng; mã không được thay đổi sau khi đã công bố
parts-differ = tệp này có { $here } { $what ->
    [steps] bước
   *[documents] giấy tờ
}, nhưng { $other } có { $there } { $what ->
    [steps] bước
   *[documents] giấy tờ
}
parts-differ-fix = mọi ngôn ngữ của một thủ tục có cùng số { $what ->
    [steps] bước
   *[documents] giấy tờ
}: thêm hoặc bớt [[{ $what }]] cho khớp nhau
bulletin-number-twice = số bản tin { $number } đã được dùng cho { $first }
bulletin-number-twice-fix = đặt cho bản tin này một số riêng
featured-missing = dự án giới thiệu "{ $slug }" không tồn tại
featured-missing-hint = mã địa chỉ của dự án là tên thư mục của nó trong content/projects/
bulletin-order = số { $newer } ghi ngày { $newer_date }, không sau số { $older } ({ $older_date })
bulletin-order-fix = số bản tin tăng theo ngày: sửa lại số hoặc ngày

# Liên kết trong phần lời
link-to-nowhere = liên kết "{ $target }" không dẫn tới trang nào của cổng thông tin này
link-to-nowhere-fix = sửa lại địa chỉ: sao chép từ trang tương ứng của bản dựng (địa chỉ kết thúc bằng /)
anchor-missing = liên kết "{ $target }" dẫn tới { $address }, nhưng trang đó không có mục neo `{ $anchor }`

# Giao diện và chuỗi giao diện
theme-missing = giao diện "{ $theme }" không tồn tại
theme-missing-fix = tạo themes/{ $theme }/ hoặc ghi theme = "default"
template-syntax = không đọc được khuôn mẫu: { $detail }
template-syntax-fix = sửa cú pháp khuôn mẫu (Tera, giống Jinja2)
template-failed = { $detail } (khi dựng trang { $page })
template-card-failed = { $detail } (khi dựng thẻ dự án { $slug })
template-footer-failed = { $detail } (khi dựng chân trang của các trang `{ $lang }`)
template-failed-fix = sửa lại khuôn mẫu
fluent-syntax = không đọc được thông điệp Fluent này: { $detail }
fluent-syntax-fix = kiểm tra cú pháp: `ma-thong-diep = nội dung`, biến viết dạng {"{"} $ten {"}"}
interface-untranslated = { $count } chuỗi giao diện chưa được dịch sang `{ $lang }` ({ $ids }); đang hiện chữ `{ $default }`
interface-untranslated-fix = thêm chúng vào một tệp .ftl trong i18n/{ $lang }/
did-you-mean-address = có phải ý bạn là { $address }?
link-scheme = liên kết "{ $url }" dùng loại địa chỉ không được phép
link-scheme-fix = liên kết bằng https://, mailto:, tel:, một địa chỉ trong trang bắt đầu bằng /, hoặc một tệp trong files/
link-preview = liên kết "{ $url }" là địa chỉ của bản xem trước, chỉ dùng được trên máy này khi bản xem trước đang chạy
link-preview-fix = chỉ giữ phần từ dấu / đầu tiên sau số cổng: { $path }
link-file-missing = liên kết "{ $url }" trỏ tới một tệp không có trong thư mục `files/` của mục này
link-file-missing-fix = đặt tệp vào `files/` bên cạnh phần lời, hoặc sửa lại tên (phân biệt chữ hoa, chữ thường)
link-outside-files = liên kết tương đối "{ $url }" dẫn ra ngoài thư mục `files/` của mục này
link-outside-files-fix = liên kết tới một tệp trong `files/` (ví dụ files/ke-hoach.pdf) hoặc tới một địa chỉ trong trang bắt đầu bằng / (ví dụ /vi/du-an/x/)

# Phần lời: phần đầu tệp và Markdown
front-matter-missing = phần lời không bắt đầu bằng phần đầu tệp đặt giữa hai dòng `+++`
front-matter-missing-fix = mở đầu tệp bằng một dòng `+++`, rồi `title = "…"` và `summary = "…"`, rồi thêm một dòng `+++`, sau đó mới đến nội dung
front-matter-unclosed = phần đầu tệp mở bằng `+++` ở đây không được đóng lại
front-matter-unclosed-fix = thêm một dòng `+++` sau dòng tóm tắt (và các khóa khác), trước phần nội dung
title-empty = tiêu đề `title` đang trống
title-empty-fix = viết tiêu đề vào giữa hai dấu ngoặc kép
summary-empty = tóm tắt `summary` đang trống
summary-empty-fix = viết một hoặc hai câu nói rõ đây là gì
summary-too-long = tóm tắt `summary` dài { $count } ký tự, quá { $max } ký tự
summary-too-long-fix = rút gọn tóm tắt và đưa chi tiết xuống phần nội dung bên dưới
tab-code = dòng này bắt đầu bằng dấu tab nên trang sẽ hiện nó thành một khối mã, bằng phông chữ máy chữ
tab-code-fix = xóa dấu tab ở đầu dòng (trình soạn thảo văn bản hay tự thêm); thụt lề danh sách bằng dấu cách

# Words nested too deep to parse safely (src/markdown/nesting.rs)
markdown-too-deep = nội dung lồng nhau { $depth } tầng tại đây (trích dẫn, danh sách hoặc chữ nhấn mạnh nằm trong nhau); giới hạn là { $max } tầng
markdown-too-deep-fix = viết lại với ít tầng lồng nhau hơn: lồng sâu như vậy hầu như luôn do dán nhầm, và không điện thoại nào hiển thị được
html-too-deep = mã HTML trong nội dung lồng nhau quá { $max } tầng tại đây (các thẻ mở trong nhau mà không đóng)
html-too-deep-fix = đóng mỗi thẻ tại chỗ nó kết thúc (như </div>), hoặc viết nội dung bằng Markdown thay cho HTML
site-page-missing = `{ $value }` không phải tên một trang: không có thư mục `content/pages/{ $value }/`
site-page-missing-fix = hãy viết tên thư mục của một trong các trang ({ $names }), thêm trang đó, hoặc xóa dòng này
site-page-missing-fix-add = hãy thêm trang đó (thư mục `content/pages/{ $value }/` với tệp `vi.md`), hoặc xóa dòng này
site-file-missing = `{ $value }` không phải tên một tệp trong thư mục `static/` của trang hay của giao diện
site-file-missing-fix = hãy đặt tệp vào `static/{ $value }` (cạnh `site.toml`), hoặc viết đường dẫn của một tệp có sẵn, không có dấu `/` ở đầu
