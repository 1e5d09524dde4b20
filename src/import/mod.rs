//! `minhbach import projects FILE`: the catalogue as the province keeps it, a
//! workbook or a CSV file in the layout of `/data/projects.xlsx`, read into
//! `content/projects/`. A dry run unless `--apply`.
//!
//! Read the file (`sheet`), know its sheets and columns by name (`columns`),
//! check every row (`rows`, `lists`, reading cells with `cells`), plan what
//! changes against the folders on disk (`plan`), all of it saying nothing
//! ([`read_and_plan`], which the fuzzer calls too); then say the plan or the
//! mistakes (`said`), check the site as `build` would with the changes made
//! in a scratch copy (`verify`), and write (`files`). Every mistake is said
//! at once, located as sheet, cell and column; with any, nothing is
//! written. Exit status: 0 done (or a dry run), 1 mistakes, 2 an unusable
//! file or site directory.

mod cells;
mod columns;
mod existing;
mod files;
mod lists;
mod plan;
mod rows;
mod said;
mod sheet;
mod value;
mod verify;

use std::collections::BTreeSet;
use std::fmt;
use std::path::Path;

use crate::content::texts::LangId;
use crate::content::types::Date;
use crate::diagnostics::Diagnostics;
use crate::export::layout::{Column, Sheet};
use crate::i18n::I18n;
use crate::messages::{text, Lang};
use crate::site::Site;
use columns::Headers;
use existing::Existing;
use plan::Planned;
use value::List;

/// What every step of the import reads: the site, its interface words (for
/// the names of sheets and columns) and the language of the messages.
pub(crate) struct Ctx<'a> {
    pub(crate) site: &'a Site,
    pub(crate) i18n: &'a I18n,
    pub(crate) lang: Lang,
}

impl Ctx<'_> {
    /// The site's language that the messages are in, else its default.
    pub(crate) fn site_lang(&self) -> LangId {
        let languages = &self.site.config.languages;
        languages
            .find(self.lang.code())
            .unwrap_or(languages.default)
    }

    /// A column's label in the language of the messages.
    pub(crate) fn label(&self, column: &Column) -> String {
        let languages = &self.site.config.languages;
        let base = self.site.config.money.base.code();
        column
            .label(self.i18n, languages, base, self.site_lang())
            .unwrap_or_else(|| column.header(self.i18n, languages, base))
    }

    /// An interface message in every language of the site that has it.
    pub(crate) fn interface(&self, id: &str) -> Vec<String> {
        self.site
            .config
            .languages
            .ids()
            .filter_map(|l| crate::export::layout::own_message(self.i18n, l, id, None))
            .collect()
    }
}

/// A mistake in the workbook (or a note about it), located: `Dự án!F12 (Lĩnh vực)`.
#[derive(Debug)]
pub(crate) struct Mistake {
    pub(crate) at: String,
    pub(crate) text: String,
}

impl Mistake {
    pub(crate) fn new(at: String, text: String) -> Mistake {
        Mistake { at, text }
    }
}

impl fmt::Display for Mistake {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.text)
    }
}

/// The site an import reads into: loaded and linked as `build` loads it,
/// with the interface words of its theme (the names of sheets and columns).
pub(crate) struct Opened {
    pub(crate) site: Site,
    pub(crate) i18n: I18n,
}

impl Opened {
    /// Loads the site in `site_dir` as on `today`. Its mistakes are not said
    /// here: `verify` checks the site as `build` would, with the changes made.
    /// `Err` says, in `lang`, why the site cannot be imported into.
    pub(crate) fn load(site_dir: &Path, today: Date, lang: Lang) -> Result<Opened, String> {
        let mut found = Diagnostics::default();
        let loaded = match crate::load::load(site_dir, today, &mut found) {
            Ok(Some(loaded)) => loaded,
            Ok(None) => return Err(text!("import-site-broken").render(lang)),
            Err(e) => {
                let dir = site_dir.display().to_string();
                let said = text!("import-site-unusable", dir = dir, why = e.0);
                return Err(said.render(lang));
            }
        };
        let site = crate::link::link(loaded, &mut found);
        let theme = crate::theme::load(&site, &mut found);
        let i18n = I18n::new(&site.config.languages, &theme.i18n, &mut found);
        Ok(Opened { site, i18n })
    }

    pub(crate) fn ctx(&self, lang: Lang) -> Ctx<'_> {
        Ctx {
            site: &self.site,
            i18n: &self.i18n,
            lang,
        }
    }
}

/// Runs the import of `file` into the site in `site_dir`, saying what it
/// does in `lang` (the command line's language); returns the exit status.
pub(crate) fn run(file: &Path, site_dir: &Path, apply: bool, lang: Lang) -> u8 {
    let opened = match Opened::load(site_dir, Date::today(), lang) {
        Ok(opened) => opened,
        Err(said) => {
            eprintln!("{said}");
            return 2;
        }
    };
    let ctx = opened.ctx(lang);
    let reading = match read_and_plan(&ctx, file) {
        Ok(reading) => reading,
        Err(said) => {
            eprintln!("{said}");
            return 2;
        }
    };
    if let Err(status) = said::print(&ctx, &reading) {
        return status;
    }
    let root = &opened.site.root;
    let files = reading.files();
    if let Err(status) = verify::check(&ctx, root, &files) {
        return status;
    }
    if !apply {
        crate::out::line(&text!("import-dry-run").render(lang));
        return 0;
    }
    if files.is_empty() {
        crate::out::line(&text!("import-nothing-to-write").render(lang));
        return 0;
    }
    if let Err(e) = files::write_all(root, &files) {
        let said = text!(
            "import-write-failed",
            file = root.display().to_string(),
            why = e.to_string()
        );
        eprintln!("{}", said.render(lang));
        return 2;
    }
    let said = text!(
        "import-wrote",
        count = files.len(),
        dir = site_dir.display().to_string()
    );
    crate::out::line(&said.render(lang));
    0
}

/// A workbook read, checked and planned against the site, before anything
/// is said or written. The command line and the fuzzer
/// (`crate::fuzz::import`) both start from this one value, so that what
/// the fuzzer examines is what the command would do.
pub(crate) struct Reading {
    /// Each row's plan, made even when there are mistakes: a mistake in one
    /// row leaves the others' plans as they would be.
    pub(crate) planned: Vec<Planned>,
    /// What is worth knowing but stops nothing (a column the import ignores).
    pub(crate) notes: Vec<Mistake>,
    /// With any, nothing is written: the exit status is 1.
    pub(crate) mistakes: Vec<Mistake>,
    /// The project folders already in the site, to count those the
    /// workbook leaves out.
    pub(crate) existing: usize,
}

impl Reading {
    /// Every file the plan writes, by path in the site, with its text.
    pub(crate) fn files(&self) -> Vec<(String, String)> {
        self.planned.iter().flat_map(|p| p.files.clone()).collect()
    }
}

/// Reads, checks and plans, saying nothing. `Err` says, in the language of
/// `ctx`, why the file cannot be imported at all (exit status 2): it cannot
/// be read, or it has no sheet of projects, or a sheet without codes.
pub(crate) fn read_and_plan(ctx: &Ctx<'_>, file: &Path) -> Result<Reading, String> {
    let lang = ctx.lang;
    let tables = sheet::read(file, lang)?;
    let (mut mistakes, mut notes) = (Vec::new(), Vec::new());
    let code = ctx.label(&Column {
        field: crate::export::layout::Field::Code,
        lang: None,
    });
    let no_codes = |sheet: &str| {
        let said = text!("import-no-code-column", sheet = sheet, column = &code);
        said.render(lang)
    };
    let Some(table) = columns::find(ctx, &tables, Sheet::Projects).filter(|t| !t.rows.is_empty())
    else {
        let sheet = Sheet::Projects.name(ctx.i18n, ctx.site_lang());
        return Err(text!("import-no-header", sheet = sheet).render(lang));
    };
    let headers = Headers::read(ctx, table, Sheet::Projects, &mut mistakes, &mut notes);
    if !rows::has_codes(&headers) {
        return Err(no_codes(&table.name));
    }
    let existing = Existing::scan(&ctx.site.root, &ctx.site.config.languages);
    let projects = rows::projects(ctx, table, &headers, &existing, &mut mistakes);
    let codes: BTreeSet<String> = projects.iter().map(|p| p.code.clone()).collect();
    let mut lists_read = Vec::new();
    for list in List::ALL {
        let Some(t) = columns::find(ctx, &tables, lists::sheet(list)) else {
            continue;
        };
        let h = Headers::read(ctx, t, lists::sheet(list), &mut mistakes, &mut notes);
        if t.rows.is_empty() || !rows::has_codes(&h) {
            return Err(no_codes(&t.name));
        }
        lists_read.push((
            list,
            lists::entries(ctx, list, t, &h, &codes, &table.name, &mut mistakes),
        ));
    }
    let planned = plan::plan(ctx, &projects, &lists_read, &existing, &mut mistakes);
    Ok(Reading {
        planned,
        notes,
        mistakes,
        existing: existing.count(),
    })
}

#[cfg(test)]
mod tests {
    use crate::messages::{Lang, Text};

    /// Every quoted id of the import's files (`import-…`) is a message of
    /// the catalogue in both languages, however rustfmt lays out the `text!`
    /// that names it (the catalogue's own test sees only `text!("id"` on one
    /// line).
    #[test]
    fn every_message_the_import_says_exists() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for (at, _) in source.match_indices("\"import-") {
                let rest = &source[at + 1..];
                let id = &rest[..rest.find('"').unwrap()];
                // The marker this test looks for is no message of its own.
                if id == "import-" {
                    continue;
                }
                let id: &'static str = Box::leak(id.to_string().into_boxed_str());
                for lang in [Lang::Vi, Lang::En] {
                    // A message missing from the catalogue is said as its id.
                    if Text::new(id).render(lang) == id {
                        missing.push(format!("{id} ({})", lang.code()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "messages missing: {missing:?}");
    }
}
