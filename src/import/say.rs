//! What the import says, in the staff's language: a small table of texts by
//! id, Vietnamese and English, with `{name}` places for their arguments.
//! (The ids are the ones a Fluent file would use, so the table can move into
//! the tool's Fluent messages as it is.)

/// The language of the import's messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    Vi,
    En,
}

impl Lang {
    /// `vi`, `vi_VN.UTF-8`, `en-GB` …; `None` for another language.
    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// As the spec says: `--lang`, else the language of `LC_ALL`,
    /// `LC_MESSAGES` or `LANG` when the tool has it, else the site's default
    /// language, else English.
    pub(crate) fn choose(flag: Option<&str>, site_default: Option<&str>) -> Lang {
        let from_env = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|v| !v.is_empty());
        flag.and_then(Lang::from_code)
            .or_else(|| from_env.as_deref().and_then(Lang::from_code))
            .or_else(|| site_default.and_then(Lang::from_code))
            .unwrap_or(Lang::En)
    }

    /// The same language for the tool's other messages.
    pub(crate) fn tool(self) -> crate::messages::Lang {
        match self {
            Lang::Vi => crate::messages::Lang::Vi,
            Lang::En => crate::messages::Lang::En,
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// `(id, Vietnamese, English)`.
const TEXTS: &[(&str, &str, &str)] = &[
    // What is wrong with a cell.
    ("import-empty", "ô này trống, nhưng {what}", "the cell is empty, but {what}"),
    ("import-needed-new", "một dự án mới cần có giá trị này", "a new project needs it"),
    ("import-needed-always", "mọi dự án đều phải có giá trị này", "every project has one"),
    ("import-needed-entry", "mỗi dòng của trang tính này cần có giá trị này", "every row of this sheet needs it"),
    ("import-missing-column", "thiếu cột {column}, mà {what}", "there is no column {column}, but {what}"),
    ("import-not-a", "'{value}' không phải là {what}", "'{value}' is not {what}"),
    ("import-did-you-mean", "có phải ý bạn là {names}?", "did you mean {names}?"),
    ("import-use-one-of", "hãy dùng một trong: {names}", "use one of {names}"),
    ("import-or", "hoặc", "or"),
    ("import-a-sector", "một lĩnh vực", "a sector"),
    ("import-a-locality", "một địa bàn", "a place"),
    ("import-a-period", "một giai đoạn", "a period"),
    ("import-a-status", "một tình trạng", "a status"),
    ("import-an-organisation", "một cơ quan, tổ chức trong content/organisations.toml", "an organisation of content/organisations.toml"),
    ("import-a-currency", "một đơn vị tiền có tỷ giá trong site.toml", "a currency with a rate in site.toml"),
    ("import-a-kind", "một loại tài trợ (committed: cam kết, disbursed: giải ngân)", "a kind of funding (committed or disbursed)"),
    ("import-a-direction", "một chiều tốt lên (higher: càng cao càng tốt, lower: càng thấp càng tốt)", "a direction (higher or lower)"),
    ("import-not-a-date", "'{value}' không phải là một ngày; hãy viết dạng 2025-12-31 hoặc 31/12/2025", "'{value}' is not a date; write it as 2025-12-31 or 31/12/2025"),
    ("import-not-a-whole", "'{value}' không phải là một số nguyên không âm; hãy viết các chữ số, như 4800000000", "'{value}' is not a whole number of 0 or more; write digits only, like 4800000000"),
    ("import-not-a-number", "'{value}' không phải là một số", "'{value}' is not a number"),
    ("import-not-a-goal", "'{value}' không phải là một Mục tiêu phát triển bền vững; các mục tiêu được đánh số từ 1 đến 17", "'{value}' is not a Sustainable Development Goal; they are numbered 1 to 17"),
    ("import-not-a-year", "'{value}' không phải là một năm", "'{value}' is not a year"),
    ("import-zero", "số tiền bằng 0; hãy ghi số tiền lớn hơn 0", "the amount is 0; write an amount above 0"),
    ("import-bad-slug", "'{value}' không dùng được làm tên thư mục: {why}", "'{value}' cannot be a folder name: {why}"),
    ("import-slug-chars", "chỉ dùng chữ thường a–z không dấu, chữ số và dấu -", "use only lowercase a–z, digits and -"),
    ("import-slug-reserved", "tên này dành cho các trang lọc", "the filter pages use this word"),
    ("import-twice", "'{value}' đã có ở dòng {row}; mỗi dự án chỉ có một dòng", "'{value}' is already on row {row}; each project has one row"),
    ("import-folder-taken", "thư mục '{value}' đã là của dự án {code}", "the folder '{value}' already holds the project {code}"),
    ("import-folder-fixed", "dự án {code} nằm trong thư mục '{folder}'; thư mục của một dự án không đổi được (địa chỉ trang cố định)", "the project {code} is in the folder '{folder}'; a project's folder never changes (its address is permanent)"),
    ("import-too-long", "tóm tắt dài {count} ký tự; tối đa là {max}", "the summary is {count} characters long; at most {max}"),
    ("import-over-total", "viện trợ cần vận động cộng vốn đối ứng ({sum}) lớn hơn tổng vốn ({total})", "aid sought plus counterpart funds ({sum}) is more than the total budget ({total})"),
    ("import-end-before-start", "ngày kết thúc ({end}) không sau ngày bắt đầu ({start})", "the end ({end}) is not after the start ({start})"),
    ("import-updated-before", "ngày cập nhật ({updated}) trước ngày công bố ({published})", "the update ({updated}) is before the publication ({published})"),
    ("import-contact-without-name", "có thư điện tử hoặc điện thoại liên hệ nhưng không có tên người liên hệ", "a contact e-mail or phone is given without a contact name"),
    ("import-unknown-project", "'{value}' không phải là mã của một dự án trên trang tính {sheet}", "'{value}' is not the code of a project on the sheet {sheet}"),
    ("import-duplicate-column", "cột này lặp lại cột {column}", "this column repeats the column {column}"),
    ("import-bad-cell", "ô này có lỗi ({value})", "the cell holds an error ({value})"),
    // Notes.
    ("import-unknown-column", "cột '{value}' không phải là cột minhbach biết; bỏ qua", "the column '{value}' is not one minhbach knows; it is not read"),
    ("import-not-in-workbook", "Dự án của trang không có trong bảng tính, được giữ nguyên: {count}.", "Projects of the site not in the workbook, left as they are: {count}."),
    // What would be done.
    ("import-new", "mới", "new"),
    ("import-changed", "thay đổi", "changed"),
    ("import-unchanged", "không đổi", "unchanged"),
    ("import-none", "(trống)", "(none)"),
    ("import-summary", "{new} dự án mới, {changed} thay đổi, {unchanged} không đổi", "{new} new, {changed} changed, {unchanged} unchanged"),
    ("import-dry-run", "Đây là chạy thử: chưa ghi gì. Chạy lại với --apply để ghi các thay đổi này.", "This was a dry run: nothing was written. Run it again with --apply to write these changes."),
    ("import-wrote", "Đã ghi các tệp vào {dir}: {count} tệp.", "Files written in {dir}: {count}."),
    ("import-nothing-to-write", "Không có gì phải ghi.", "There is nothing to write."),
    ("import-mistakes", "Số lỗi trong bảng tính: {count}. Chưa ghi gì; sửa các ô trên rồi chạy lại.", "Mistakes in the workbook: {count}. Nothing was written; correct the cells above and run it again."),
    ("import-site-mistakes", "Sau khi nhập, trang sẽ không dựng được: các bước kiểm tra của lệnh build thấy các lỗi trên ({count}). Chưa ghi gì; sửa bảng tính (hoặc các tệp đã nêu) rồi chạy lại.", "After the import the site would not build: the checks of build found the mistakes above ({count}). Nothing was written; correct the workbook (or the files named) and run it again."),
    ("import-warnings", "Cảnh báo của trang: {count}; xem bằng `minhbach check`.", "Warnings on the site: {count}; see them with `minhbach check`."),
    // Unusable file or site.
    ("import-cannot-read", "không đọc được tệp {file}: {why}", "cannot read the file {file}: {why}"),
    ("import-not-utf8", "tệp CSV không phải là UTF-8; trong Excel hãy lưu bằng \"CSV UTF-8\"", "the CSV file is not UTF-8; in Excel, save it as \"CSV UTF-8\""),
    ("import-kind-of-file", "chỉ nhập được tệp .xlsx, .ods hoặc .csv", "only .xlsx, .ods and .csv files can be imported"),
    ("import-no-header", "trang tính {sheet} không có dòng tiêu đề", "the sheet {sheet} has no header row"),
    ("import-no-code-column", "trang tính {sheet} không có cột {column}: mỗi dòng là một dự án, nhận ra bằng mã của nó", "the sheet {sheet} has no column {column}: each row is a project, known by its code"),
    ("import-site-unusable", "không dùng được thư mục trang {dir}: {why}", "the site directory {dir} cannot be used: {why}"),
    ("import-site-broken", "site.toml hoặc content/organisations.toml có lỗi; chạy `minhbach check` và sửa trước", "site.toml or content/organisations.toml has mistakes; run `minhbach check` and correct them first"),
    ("import-write-failed", "không ghi được {file}: {why}", "cannot write {file}: {why}"),
];

/// The text `id` in `lang`, its `{name}` places filled from `args`.
pub(crate) fn say(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
    let Some((_, vi, en)) = TEXTS.iter().find(|(i, _, _)| *i == id) else {
        return id.to_string();
    };
    let mut text = match lang {
        Lang::Vi => (*vi).to_string(),
        Lang::En => (*en).to_string(),
    };
    for (name, value) in args {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// An amount as a spreadsheet in the language shows it: 4.800.000.000 in
/// Vietnamese, 4,800,000,000 in English.
pub(crate) fn amount(lang: Lang, n: u64) -> String {
    let separator = match lang {
        Lang::Vi => ".",
        Lang::En => ",",
    };
    crate::diagnostics::grouped(n).replace('_', separator)
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`".
pub(crate) fn names(lang: Lang, names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), say(lang, "import-or", &[])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `say(…, "id"` in the import's files names a text of the table.
    #[test]
    fn every_text_the_import_says_exists() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for (at, _) in source.match_indices("\"import-") {
                let rest = &source[at + 1..];
                let id = &rest[..rest.find('"').unwrap()];
                // The marker this test looks for is no text of its own.
                if id != "import-" && !TEXTS.iter().any(|(i, _, _)| *i == id) {
                    missing.push(id.to_string());
                }
            }
        }
        assert!(
            missing.is_empty(),
            "texts missing from the table: {missing:?}"
        );
    }

    #[test]
    fn speaks_the_language_of_the_flag_first() {
        assert_eq!(Lang::choose(Some("en"), Some("vi")), Lang::En);
        assert_eq!(Lang::from_code("vi_VN.UTF-8"), Some(Lang::Vi));
        assert_eq!(Lang::from_code("C.UTF-8"), None);
        assert_eq!(
            say(
                Lang::Vi,
                "import-not-a",
                &[("value", "Y tê"), ("what", "x")]
            ),
            "'Y tê' không phải là x"
        );
    }
}
