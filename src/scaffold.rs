//! `minhbach new` and `minhbach init`: files that build as they are.

use std::fs;
use std::path::{Path, PathBuf};

use crate::cli::NewKind;
use crate::content::types::slug_problem;

/// Creates `content/<kind>/<slug>/` with facts and default-language words.
pub(crate) fn new_entry(site_dir: &Path, kind: NewKind, slug: &str) -> Result<PathBuf, String> {
    if let Some(problem) = slug_problem(slug) {
        return Err(format!("\"{slug}\" cannot be a slug: {problem}"));
    }
    let site_toml = fs::read_to_string(site_dir.join("site.toml"))
        .map_err(|e| format!("cannot read {}/site.toml: {e}", site_dir.display()))?;
    let table: toml::Table = site_toml
        .parse()
        .map_err(|e| format!("site.toml has a mistake; run `minhbach check` first ({e})"))?;
    let first = |section: &str| {
        table
            .get(section)
            .and_then(toml::Value::as_table)
            .and_then(|t| t.keys().next().cloned())
            .unwrap_or_default()
    };
    let lang = table
        .get("default_language")
        .and_then(toml::Value::as_str)
        .unwrap_or("vi")
        .to_string();
    let publisher = table
        .get("site")
        .and_then(|s| s.get("publisher"))
        .and_then(toml::Value::as_str)
        .unwrap_or_default()
        .to_string();
    let today = chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string();
    let (folder, facts) = match kind {
        NewKind::Project => ("projects", format!(
            "code = \"{}\"\nsector = \"{}\"\nlocalities = [\"{}\"]\nperiod = \"{}\"\nstatus = \"seeking\"\nowner = \"{publisher}\"\npublished = {today}\n\n[budget]\ncurrency = \"VND\"\ntotal = 1_000_000_000\nrequested = 800_000_000\ncounterpart = 200_000_000\n",
            slug.to_ascii_uppercase(), first("sectors"), first("localities"), first("periods"))),
        NewKind::Procedure => ("procedures", format!(
            "code = \"{}\"\nagency = \"{publisher}\"\naudience = [\"ngo\"]\ntime_limit_days = 15\nfee = 0\nupdated = {today}\n\n[[legal_basis]]\nref = \"80/2020/NĐ-CP\"\ndate = 2020-07-08\ntitle = {{ {lang} = \"…\" }}\n",
            slug.to_ascii_uppercase())),
        NewKind::Results => ("results", format!("kind = \"annual\"\nfrom = {today}\nto = {today}\npublished = {today}\ncurrency = \"USD\"\nprojects = 0\ncommitted = 0\n")),
        NewKind::Bulletin => ("bulletin", format!("number = {}\ndate = {today}\nfeatured = []\n", next_bulletin_number(site_dir))),
        NewKind::Page => ("pages", String::new()),
    };
    let dir = site_dir.join("content").join(folder).join(slug);
    if dir.exists() {
        return Err(format!("{} already exists", dir.display()));
    }
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    if !facts.is_empty() {
        fs::write(dir.join("facts.toml"), facts).map_err(|e| e.to_string())?;
    }
    let words = format!("+++\ntitle = \"{slug}\"\nsummary = \"…\"\n+++\n\n");
    fs::write(dir.join(format!("{lang}.md")), words).map_err(|e| e.to_string())?;
    Ok(dir)
}

/// One more than the highest issue number already written.
fn next_bulletin_number(site_dir: &Path) -> u64 {
    let Ok(dirs) = fs::read_dir(site_dir.join("content/bulletin")) else {
        return 1;
    };
    dirs.filter_map(Result::ok)
        .filter_map(|d| fs::read_to_string(d.path().join("facts.toml")).ok())
        .filter_map(|t| t.parse::<toml::Table>().ok()?.get("number")?.as_integer())
        .filter_map(|n| u64::try_from(n).ok())
        .max()
        .map_or(1, |n| n + 1)
}

const SITE_TOML: &str = r#"base_url = "https://example.gov.vn"
theme = "default"
default_language = "vi"
languages = ["vi", "en"]

[site]
name = { vi = "Cổng thông tin viện trợ", en = "Aid Portal" }
publisher = "so-ngoai-vu"

[money]
base_currency = "VND"

[sections]
projects   = { vi = "du-an",   en = "projects" }
procedures = { vi = "thu-tuc", en = "procedures" }
results    = { vi = "ket-qua", en = "results" }
bulletin   = { vi = "ban-tin", en = "bulletin" }
pages      = { vi = "trang",   en = "pages" }

[sectors.education]
name = { vi = "Giáo dục và đào tạo", en = "Education and training" }
dac = "11220"

[localities.tinh]
name = { vi = "Toàn tỉnh", en = "Whole province" }

[periods."2026-2030"]
name = { vi = "Giai đoạn 2026–2030", en = "2026–2030" }
from = 2026
to = 2030
"#;

const ORGANISATIONS: &str = r#"[so-ngoai-vu]
name = { vi = "Sở Ngoại vụ", en = "Department of Foreign Affairs" }
kind = "government"
country = "VN"
"#;

/// Creates a minimal site that builds without a warning.
pub(crate) fn init(dir: &Path) -> Result<(), String> {
    if dir.join("site.toml").exists() {
        return Err(format!("{} already has a site.toml", dir.display()));
    }
    let about = dir.join("content/pages/gioi-thieu");
    fs::create_dir_all(&about).map_err(|e| format!("cannot create {}: {e}", about.display()))?;
    let files = [
        (dir.join("site.toml"), SITE_TOML),
        (dir.join("content/organisations.toml"), ORGANISATIONS),
        (about.join("vi.md"), "+++\ntitle = \"Giới thiệu\"\nsummary = \"Cổng thông tin này công bố nhu cầu viện trợ của tỉnh.\"\n+++\n\nNội dung giới thiệu.\n"),
        (about.join("en.md"), "+++\ntitle = \"About\"\nsummary = \"This portal publishes the province's aid needs.\"\n+++\n\nAbout this portal.\n"),
    ];
    for (path, text) in files {
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
