//! `minhbach new` and `minhbach init`: commented templates in the staff's
//! language. The places to fill in are marked `[điền vào: …]` (or `[fill in:
//! …]`), and `content::placeholders` makes each a located mistake until it is
//! replaced, so a template is never published as it is.

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::content::types::{slug_problem, Date};
use crate::content::Kind;
use crate::diagnostics::Diagnostics;
use crate::messages::{text, Lang, Text};
use crate::source::{io_reason, SourceFile};

macro_rules! templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("templates/vi/", $name)), include_str!(concat!("templates/en/", $name)))),*]
    };
}

/// Every template, by name: (name, Vietnamese, English).
const TEMPLATES: &[(&str, &str, &str)] = templates!(
    "project-facts.toml",
    "project-words.md",
    "procedure-facts.toml",
    "procedure-words.md",
    "results-facts.toml",
    "results-words.md",
    "bulletin-facts.toml",
    "bulletin-words.md",
    "page-words.md",
    "site.toml",
    "organisations.toml",
    "about-vi.md",
    "about-en.md",
);

/// A template in `lang`, with its `{{name}}`s filled in.
fn template(name: &str, lang: Lang, values: &[(&str, String)]) -> String {
    let (_, vi, en) = TEMPLATES
        .iter()
        .find(|(n, _, _)| *n == name)
        .expect("a template of the list");
    let mut text = match lang {
        Lang::Vi => (*vi).to_string(),
        Lang::En => (*en).to_string(),
    };
    for (key, value) in values {
        text = text.replace(&format!("{{{{{key}}}}}"), value);
    }
    text
}

/// Creates `content/<kind>/<slug>/` with commented facts and default-language
/// words; returns what to tell the user.
pub(crate) fn new_entry(site_dir: &Path, kind: Kind, slug: &str) -> Result<Text, Text> {
    if let Some(problem) = slug_problem(slug) {
        return Err(text!("new-bad-slug", slug = slug, problem = problem));
    }
    let config = site_config(site_dir)?;
    if matches!(kind, Kind::Projects) && config.reserved_slugs().contains(&slug) {
        let names = config
            .reserved_slugs()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>();
        return Err(text!("new-reserved", slug = slug, names = names));
    }
    let parent = site_dir.join("content").join(kind.folder());
    let dir = parent.join(slug);
    if dir.exists() {
        return Err(text!("new-exists", dir = dir.display().to_string()));
    }
    if let Some(other) = same_but_for_spelling(&parent, slug) {
        return Err(text!(
            "new-duplicate",
            dir = dir.display().to_string(),
            other = other
        ));
    }
    // The templates speak the site's default language, as its staff do.
    let lang = Lang::from_code(config.languages.default_code()).unwrap_or(Lang::En);
    let values = values(&config, site_dir, slug);
    let (facts, words) = match kind {
        Kind::Projects => (Some("project-facts.toml"), "project-words.md"),
        Kind::Procedures => (Some("procedure-facts.toml"), "procedure-words.md"),
        Kind::Results => (Some("results-facts.toml"), "results-words.md"),
        Kind::Bulletin => (Some("bulletin-facts.toml"), "bulletin-words.md"),
        Kind::Pages => (None, "page-words.md"),
    };
    let mut files = vec![(
        dir.join(format!("{}.md", config.languages.default_code())),
        template(words, lang, &values),
    )];
    if let Some(facts) = facts {
        let mut text = template(facts, lang, &values);
        if matches!(kind, Kind::Procedures) && config.legal.is_empty() {
            text = without_register(&text, lang);
        }
        files.push((dir.join("facts.toml"), text));
    }
    fs::create_dir_all(&dir).map_err(|e| cannot_write(&dir, &e))?;
    for (path, text) in files {
        fs::write(&path, text).map_err(|e| cannot_write(&path, &e))?;
    }
    // The marker as the template writes it, in the site's language, which
    // may not be the language of this message.
    let marker = match lang {
        Lang::Vi => "[điền vào: …]",
        Lang::En => "[fill in: …]",
    };
    Ok(text!(
        "new-created",
        dir = dir.display().to_string(),
        marker = marker
    ))
}

/// The site's checked settings: `new` fills its templates with real keys.
fn site_config(site_dir: &Path) -> Result<Config, Text> {
    let path = site_dir.join("site.toml");
    let source = SourceFile::read(&path, "site.toml".to_string()).map_err(|_| {
        let reason = fs::metadata(&path)
            .err()
            .map_or_else(|| text!("io-other", reason = ""), |e| io_reason(&e));
        text!(
            "new-site-unreadable",
            dir = site_dir.display().to_string(),
            reason = reason
        )
    })?;
    let mut found = Diagnostics::default();
    crate::config::load(&source, &mut found).ok_or_else(|| text!("new-site-mistakes"))
}

/// The names a template fills in: the site's first keys, today, the publisher.
fn values(config: &Config, site_dir: &Path, slug: &str) -> Vec<(&'static str, String)> {
    let keys = |names: Vec<&str>| names.join(", ");
    let today = Date::today();
    let year = chrono::Datelike::year(&today.0);
    // A new project belongs in a place that exists today.
    let locality = config
        .localities
        .iter()
        .find(|(_, l)| l.until.is_none())
        .or_else(|| config.localities.iter().next())
        .map(|(k, _)| k.as_str().to_string())
        .unwrap_or_default();
    vec![
        ("slug", slug.to_string()),
        ("today", today.to_string()),
        ("year", year.to_string()),
        // A report covers a period that has ended: by default, last year.
        ("last_year", (year - 1).to_string()),
        (
            "sector",
            config
                .sectors
                .keys()
                .next()
                .map(|k| k.as_str().to_string())
                .unwrap_or_default(),
        ),
        (
            "sectors",
            keys(
                config
                    .sectors
                    .keys()
                    .map(super::content::types::SectorKey::as_str)
                    .collect(),
            ),
        ),
        ("locality", locality),
        // The plan a new need belongs to is the one running this year.
        (
            "period",
            config
                .periods
                .iter()
                .find(|(_, p)| p.from <= year && year <= p.to)
                .or_else(|| config.periods.iter().next_back())
                .map(|(k, _)| k.as_str().to_string())
                .unwrap_or_default(),
        ),
        (
            "periods",
            keys(
                config
                    .periods
                    .keys()
                    .map(super::content::types::PeriodKey::as_str)
                    .collect(),
            ),
        ),
        ("owner", config.publisher.get_ref().as_str().to_string()),
        // The newest document still in force; a replaced decree would be
        // cited in a new procedure only by mistake.
        (
            "legal",
            config
                .legal
                .iter()
                .filter(|(_, d)| d.replaced_by.is_none() && d.until.is_none_or(|u| u >= today))
                .max_by_key(|(_, d)| d.date)
                .or_else(|| config.legal.iter().max_by_key(|(_, d)| d.date))
                .map(|(k, _)| k.clone())
                .unwrap_or_default(),
        ),
        ("number", next_bulletin_number(site_dir).to_string()),
    ]
}

/// A procedure's legal basis written out, for a site with no legal register.
fn without_register(facts: &str, lang: Lang) -> String {
    let written = match lang {
        Lang::Vi => "ref = \"[điền vào: số hiệu văn bản, ví dụ 313/2025/NĐ-CP]\"\ndate = 2025-12-08\ntitle = { vi = \"[điền vào: tên văn bản]\" }",
        Lang::En => "ref = \"[fill in: the document's number, like 313/2025/NĐ-CP]\"\ndate = 2025-12-08\ntitle = { vi = \"[fill in: the document's title]\" }",
    };
    let start = facts.find("ref = \"").unwrap_or(facts.len());
    let end = facts[start..].find('\n').map_or(facts.len(), |i| start + i);
    format!("{}{written}{}", &facts[..start], &facts[end..])
}

/// A folder of `parent` whose name differs from `slug` only by capitals,
/// tone marks or spaces.
fn same_but_for_spelling(parent: &Path, slug: &str) -> Option<String> {
    let plain = |s: &str| crate::fold::fold(s).replace([' ', '_'], "-");
    fs::read_dir(parent)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|name| plain(name) == plain(slug))
}

fn cannot_write(path: &Path, e: &std::io::Error) -> Text {
    text!(
        "new-cannot-write",
        path = path.display().to_string(),
        reason = io_reason(e)
    )
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

/// Creates a minimal site that builds without a warning, its site.toml
/// commented in `lang`.
pub(crate) fn init(dir: &Path, lang: Lang) -> Result<Text, Text> {
    if dir.join("site.toml").exists() {
        return Err(text!("init-exists", dir = dir.display().to_string()));
    }
    let about = dir.join("content/pages/gioi-thieu");
    fs::create_dir_all(&about).map_err(|e| cannot_write(&about, &e))?;
    let files: [(PathBuf, &str); 4] = [
        (dir.join("site.toml"), "site.toml"),
        (dir.join("content/organisations.toml"), "organisations.toml"),
        (about.join("vi.md"), "about-vi.md"),
        (about.join("en.md"), "about-en.md"),
    ];
    for (path, name) in files {
        fs::write(&path, template(name, lang, &[])).map_err(|e| cannot_write(&path, &e))?;
    }
    Ok(text!("init-created", dir = dir.display().to_string()))
}
