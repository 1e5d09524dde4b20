//! What staff type in the cells of each kind of column, right and wrong:
//! the keys of the import fixture's site, their names in both languages,
//! near misses and hostile texts.

pub(super) const SHEET_NAMES: &[&str] = &[
    "Sheet",
    "Trang tính1",
    "du an",
    "DỰ ÁN ",
    "Dự án (2)",
    "'Projects'",
    "<script>alert(1)</script>",
    "Tài trợ",
    "Danh mục",
    "",
    "a/b",
    "Dự án của tỉnh Phú Thọ khu vực Hòa Bình năm 2026",
];

/// Headers no column has, and headers of a column twice.
pub(super) const EXTRA_HEADERS: &[&str] = &[
    "Ghi chú / Notes",
    "",
    "<script>alert(1)</script>",
    "=A1",
    "code",
    "Mã dự án / Code",
    "title_vi",
    "Lĩnh vực",
    "Sector / Lĩnh vực / Sector",
    "/",
    " / ",
    "\u{feff}Code",
];

pub(super) const CODES: &[&str] = &[
    "HB-NS-2021-02",
    "HB-YT-2025-01",
    "HB-GD-2026-01",
    "HB-GD-2026-02",
    "HB-GD-2026-03",
    "hb-ns-2021-02",
    " HB-YT-2025-01 ",
    "HB-GD-2026-01\n",
    "<script>alert(1)</script>",
    "A\"B",
    "x = 1\n[budget]",
    "Mã số 1",
];

pub(super) const FOLDERS: &[&str] = &[
    "",
    "",
    "",
    "tram-y-te-tien-phong",
    "nuoc-sach-xa-cao-son",
    "bep-an-ban-tru",
    "du-an",
    "du-an-2",
    "../../etc",
    "a/b",
    "Trường học",
    "vi",
    "en",
    "files",
    "thu-tuc",
    "a--b",
    "-a",
];

pub(super) const SECTORS: &[&str] = &[
    "education",
    "health",
    "water-sanitation",
    "Y tế",
    "Giáo dục và đào tạo",
    "Water supply and sanitation",
    "HEALTH",
    "y te",
    "healt",
    "agriculture",
];

pub(super) const PLACES: &[&str] = &[
    "tien-phong",
    "cao-son",
    "da-bac",
    "tien-phong; cao-son",
    "Xã Cao Sơn\nXã Tiền Phong",
    "tien-phong;;",
    "cao-son; cao-son",
    "Tien Phong Commune",
    "tien-phongg",
    "; ;",
];

pub(super) const PERIODS: &[&str] = &[
    "2020-2025",
    "2026-2030",
    "Nhu cầu đến năm 2030",
    "Needs to 2030",
    "2020–2025",
    "2031-2035",
];

pub(super) const STATUSES: &[&str] = &[
    "seeking",
    "partly-funded",
    "funded",
    "ongoing",
    "completed",
    "withdrawn",
    "Đang vận động viện trợ",
    "Đã đủ viện trợ",
    "SEEKING",
    "paused",
];

pub(super) const ORGANISATIONS: &[&str] = &[
    "so-y-te",
    "ubnd-da-bac",
    "so-ngoai-vu",
    "plan-international",
    "Sở Y tế",
    "Plan International",
    "Tổ chức Plan International",
    "plan",
];

pub(super) const WHOLES: &[&str] = &[
    "2400",
    "2025",
    "2026",
    "0",
    "1899",
    "2201",
    "2025.5",
    "năm 2025",
    "-1",
    "1.000",
];

pub(super) const GOALS: &[&str] = &["6", "3; 6", "1,17", "3 4 5", "0", "18", "6;6", "-1", "6.5"];

pub(super) const CONTACTS: &[&str] = &[
    "hoa.nt@example.gov.vn",
    "+84 218 3850 111",
    "hoa-at-example",
    "mailto:x@example.gov.vn",
    "javascript:alert(1)",
    "<a@b.vn>",
    "0218.3850.111",
];

pub(super) const CURRENCIES: &[&str] = &["VND", "USD", "usd", "EUR", "₫", "đồng", " VND "];

pub(super) const KINDS: &[&str] = &["committed", "disbursed", "Cam kết", "Giải ngân", "pledged"];

pub(super) const MEASURES: &[&str] = &[
    "0", "1.5", "1,5", "120", "600", "410", "-3", "1e308", "1e309", "NaN", "inf", "1.000,5",
];

pub(super) const DIRECTIONS: &[&str] = &["higher", "lower", "HIGHER", "up"];

/// Dates as staff type them, right and wrong.
pub(super) const DATES: &[&str] = &[
    "2025-12-31",
    "31/12/2025",
    "31-12-2025",
    "31.12.2025",
    "12/31/2025",
    "31/02/2026",
    "2025-06-01T10:00:00",
    "2025-06-01 10:00",
    "ngày 5 tháng 1 năm 2026",
    "0000-00-00",
    "9999-12-31",
    " 2025-1-5 ",
    "2025/12/31",
    "45000",
    "1/1/1",
    "31/12/99",
    "2026-13-01",
    "+002025-01-01",
    "-0001-01-01",
    "2262-04-12",
    "262143-12-31",
];

/// Amounts as staff type them: grouped with dots, commas and spaces, with
/// currency marks, too large, in other digits.
pub(super) const AMOUNTS: &[&str] = &[
    "100",
    "80",
    "20",
    "95000",
    "4.800.000.000",
    "4,800,000,000",
    "4 800 000 000",
    "4\u{a0}800\u{a0}000",
    "4\u{202f}800",
    "1.500.000.000 ₫",
    "₫1.500.000",
    "$60,000",
    "60000 USD",
    "60.000 đồng",
    "1,5",
    "1.5",
    "-3",
    "1e9",
    "0",
    "00012",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999",
    "١٢٣",
    "１２３",
    "1_000",
    "1__000",
    "1..000",
    ".000",
    "9,007,199,254,740,993",
    "NaN",
];

/// Free texts: titles, summaries, names, indicators.
pub(super) const CELL_TEXTS: &[&str] = &[
    "Nâng cấp trạm y tế xã Tiền Phong",
    "Nước sạch thôn Đồng Bài",
    "Bếp ăn bán trú cho 120 học sinh.",
    "A better health station",
    "“Nước sạch” cho ‘bản’ Mường",
    "Ho\u{300}a Bi\u{300}nh",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<SCRIPT SRC=//x.example></SCRIPT>",
    "[x](javascript:alert(1))",
    "\"\"\"\ntitle = \"x\"\n\"\"\"",
    "'''",
    "\n+++\n<script>alert(1)</script>\n",
    "title = \"injected\"",
    "[budget]\ntotal = 1",
    "\\",
    "\\u0000",
    "\u{0}",
    "\r\n",
    "\t",
    "{{ config.base_url }}",
    "{% raw %}",
    "# Tiêu đề",
    "---",
    "=HYPERLINK(\"javascript:alert(1)\")",
    "+1",
    "-1",
    "@SUM(A1)",
    "  ",
    "\u{200b}",
    "\u{202e}gnp.exe",
    "日本語",
    "العربية",
    "💧🏫",
    "x",
];

pub(super) const FORMULAS: &[&str] = &[
    "=1/0",
    "=SUM(A1:A3)",
    "=NA()",
    "=\"<script>\"&\"alert(1)</script>\"",
    "=DATE(2025,12,31)",
    "=HYPERLINK(\"javascript:alert(1)\")",
    "=TODAY()",
];

pub(super) const FORMULA_RESULTS: &[&str] = &[
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#REF!",
    "0",
    "45000",
    "1e400",
    "TRUE",
    "<script>alert(1)</script>",
    "2025-12-31",
    "HB-YT-2025-01",
    "",
];
