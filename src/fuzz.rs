//! The narrow doors that `tests/fuzz/` knocks on. Each takes what an author
//! could write in one file and sends it down the build's own path, then
//! returns what a reader or the staff would see: the HTML, or the mistakes as
//! they would be printed. Nothing here is a shortcut around the build: a
//! finding of the fuzzer is a finding about the build.

use std::collections::HashSet;
use std::path::Path;

use crate::config::{self, Config};
use crate::content::check::{Checker, Orgs};
use crate::content::types::Date;
use crate::content::words::{self, FrontMatter, RawProcedureWords, RawWords};
use crate::content::{bulletin, organisation, procedure, project, results};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::import;
use crate::markdown::{self, FilesContext};
use crate::messages::Lang;
use crate::source::SourceFile;

/// What a words file or its Markdown gives: the page's HTML when it has no
/// mistake, and every mistake in English as `line:column: what (fix)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub html: Option<String>,
    pub mistakes: Vec<String>,
}

/// The Markdown of a words file, rendered and made safe.
pub fn markdown(text: &str) -> Output {
    let source = SourceFile::from_text("content/pages/a/vi.md", text);
    let names = files();
    let rendered = markdown::render(&source.text, &files_context(&names));
    let mistakes = rendered
        .problems
        .iter()
        .map(|p| {
            let at = source.position(p.offset);
            let (message, fix) = (p.message.render(Lang::En), p.fix.render(Lang::En));
            format!("{}:{}: {message} ({fix})", at.line, at.column)
        })
        .collect();
    Output {
        html: Some(rendered.html),
        mistakes,
    }
}

/// A whole words file (`vi.md`): front matter between `+++` lines, then
/// Markdown. `procedure` reads the front matter of a procedure's words.
pub fn words(text: &str, procedure: bool) -> Output {
    if procedure {
        words_of::<RawProcedureWords>(text)
    } else {
        words_of::<RawWords>(text)
    }
}

fn words_of<F: FrontMatter>(text: &str) -> Output {
    let source = SourceFile::from_text("content/pages/a/vi.md", text);
    let names = files();
    let mut out = Diagnostics::default();
    let parsed = words::parse::<F>(&source, &files_context(&names), &mut out);
    let mistakes = plain(out);
    Output {
        html: parsed.map(|w| w.body),
        mistakes,
    }
}

/// The kinds of entry that have a `facts.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facts {
    Project,
    Procedure,
    Results,
    Bulletin,
}

/// The mistakes in a `facts.toml` of `kind`, checked against a small site
/// (one sector, one place, one period, two organisations) on 2025-06-01.
pub fn facts(kind: Facts, text: &str) -> Vec<String> {
    let Some((config, orgs)) = site() else {
        return vec!["the fuzzer's own site does not load".into()];
    };
    let source = SourceFile::from_text("content/x/a/facts.toml", text);
    let mut out = Diagnostics::default();
    crate::content::placeholders::check(&source, &mut out);
    let index = organisation::index(&orgs);
    // No folder: a form or a PDF the facts name is a missing file.
    let dir = Path::new("/nonexistent/minhbach-fuzz");
    match kind {
        Facts::Project => check(&source, &config, &index, today(), &mut out, |r, c| {
            project::check(r, c).is_some()
        }),
        Facts::Procedure => check(&source, &config, &index, today(), &mut out, |r, c| {
            procedure::check(r, dir, c).is_some()
        }),
        Facts::Results => check(&source, &config, &index, today(), &mut out, |r, c| {
            results::check(r, c).is_some()
        }),
        Facts::Bulletin => check(&source, &config, &index, today(), &mut out, |r, c| {
            bulletin::check(r, dir, c).is_some()
        }),
    }
    plain(out)
}

fn check<R: serde::de::DeserializeOwned>(
    source: &SourceFile,
    config: &Config,
    orgs: &Orgs,
    day: Date,
    out: &mut Diagnostics,
    facts: impl FnOnce(R, &mut Checker<'_>) -> bool,
) {
    match crate::toml_error::parse::<R>(source, &source.text, 0) {
        Ok(raw) => {
            let mut c = Checker::new(config, orgs, source, day);
            facts(raw, &mut c);
            out.extend(c.out);
        }
        Err(d) => out.extend(d),
    }
}

/// Why `name` cannot be a folder name (a slug), if it cannot.
pub fn slug_problem(name: &str) -> Option<String> {
    crate::content::types::slug_problem(name).map(|t| t.render(Lang::En))
}

/// A text folded for search and anchors, and the anchor made of it.
pub fn fold_and_anchor(text: &str) -> (String, String) {
    (crate::fold::fold(text), crate::fold::anchor(text))
}

/// The words the search index makes of a text.
pub fn tokens(text: &str) -> Vec<String> {
    crate::search::tokens(text)
}

/// What `minhbach import projects FILE SITE` (a dry run) makes of a
/// workbook, read and planned against the site in `site_dir`, which it only
/// reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Import {
    /// The exit status the import stops with before its check of the whole
    /// site: 2 for an unusable file or site, 1 for mistakes in the workbook;
    /// `None` when it goes on.
    pub stopped: Option<u8>,
    /// What it says, in English, as the command prints it: the plan (given
    /// even when mistakes keep the command from printing it), then its notes
    /// and every mistake.
    pub said: Vec<String>,
    /// The files it plans to write, by path in the site, with their text;
    /// the planning runs, and is given here, even when mistakes stop it.
    pub files: Vec<(String, String)>,
    /// Each planned file as the build reads it: a facts.toml's mistakes
    /// against the site, a words file's mistakes and HTML.
    pub read_back: Vec<Output>,
}

/// The workbook in `file` imported into the site in `site_dir` as far as
/// the plan, by the import's own `read_and_plan`, then each planned file
/// read as the build reads it.
pub fn import(file: &Path, site_dir: &Path) -> Import {
    let opened = match import::Opened::load(site_dir, import_day(), Lang::En) {
        Ok(opened) => opened,
        Err(said) => return Import::stopped(said),
    };
    let ctx = opened.ctx(Lang::En);
    let reading = match import::read_and_plan(&ctx, file) {
        Ok(reading) => reading,
        Err(said) => return Import::stopped(said),
    };
    let mut said = reading.plan_lines(&ctx);
    said.extend(reading.notes_and_mistakes(ctx.lang));
    let files = reading.files();
    let orgs = organisation::index(&opened.site.orgs);
    let read_back = files
        .iter()
        .map(|(path, text)| {
            if Path::new(path).extension().is_some_and(|e| e == "md") {
                return words_of::<RawWords>(text);
            }
            let source = SourceFile::from_text(path, text);
            let mut out = Diagnostics::default();
            check(
                &source,
                &opened.site.config,
                &orgs,
                import_day(),
                &mut out,
                |r, c| project::check(r, c).is_some(),
            );
            Output {
                html: None,
                mistakes: plain(out),
            }
        })
        .collect();
    Import {
        stopped: (!reading.mistakes.is_empty()).then_some(1),
        said,
        files,
        read_back,
    }
}

impl Import {
    /// An import that cannot start: an unusable file or site.
    fn stopped(said: String) -> Import {
        Import {
            stopped: Some(2),
            said: vec![said],
            files: Vec::new(),
            read_back: Vec::new(),
        }
    }
}

/// The day the import's site is loaded on: after every date of its fixture.
fn import_day() -> Date {
    Date(chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default())
}

fn today() -> Date {
    Date(chrono::NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default())
}

fn files() -> HashSet<String> {
    HashSet::from(["plan.pdf".to_string()])
}

fn files_context(names: &HashSet<String>) -> FilesContext<'_> {
    FilesContext {
        public_prefix: "/files/pages/a",
        names,
        base_url: "https://ngo.example.gov.vn",
    }
}

fn plain(out: Diagnostics) -> Vec<String> {
    let mut all: Vec<Diagnostic> = out.into_iter().collect();
    all.sort();
    all.iter()
        .map(|d| {
            let at = d
                .position
                .map(|p| format!("{}:{}: ", p.line, p.column))
                .unwrap_or_default();
            let fix = d
                .fix
                .as_ref()
                .map(|f| format!(" ({})", f.render(Lang::En)))
                .unwrap_or_default();
            format!("{at}{}{fix}", d.message.render(Lang::En))
        })
        .collect()
}

/// The site the facts are checked against.
fn site() -> Option<(
    Config,
    std::collections::BTreeMap<crate::content::types::OrgKey, organisation::Organisation>,
)> {
    let mut out = Diagnostics::default();
    let config = config::load(&SourceFile::from_text("site.toml", SITE), &mut out)?;
    let orgs = organisation::load(
        &SourceFile::from_text("content/organisations.toml", ORGANISATIONS),
        &config,
        today(),
        &mut out,
    );
    Some((config, orgs))
}

const SITE: &str = r#"base_url = "https://ngo.example.gov.vn"
theme = "default"
default_language = "vi"
languages = ["vi", "en"]

[site]
name = { vi = "Cổng", en = "Portal" }
publisher = "so-ngoai-vu"

[money]
base_currency = "VND"
[[money.rates]]
currency = "USD"
per_unit = 25_400
date = 2025-01-02

[sections]
projects   = { vi = "du-an",   en = "projects" }
procedures = { vi = "thu-tuc", en = "procedures" }
results    = { vi = "ket-qua", en = "results" }
bulletin   = { vi = "ban-tin", en = "bulletin" }
pages      = { vi = "trang",   en = "pages" }

[sectors.education]
name = { vi = "Giáo dục", en = "Education" }
dac = "11220"

[localities.da-bac]
name = { vi = "Huyện Đà Bắc", en = "Da Bac District" }

[periods."2020-2025"]
name = { vi = "Giai đoạn 2020–2025", en = "2020–2025" }
from = 2020
to = 2025

[legal."80/2020/NĐ-CP"]
date = 2020-07-08
title = { vi = "Nghị định", en = "Decree" }
"#;

const ORGANISATIONS: &str = r#"[so-ngoai-vu]
name = { vi = "Sở Ngoại vụ", en = "Department of Foreign Affairs" }
kind = "government"
country = "VN"

[plan-international]
name = { vi = "Plan International", en = "Plan International" }
kind = "ngo"
country = "GB"
"#;
