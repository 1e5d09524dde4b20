//! `minhbach import projects FILE`: the catalogue as the province keeps it, a
//! workbook or a CSV file in the layout of `/data/projects.xlsx`, read into
//! `content/projects/`. A dry run unless `--apply`.
//!
//! Read the file (`sheet`), know its sheets and columns by name (`columns`),
//! check every row (`rows`, `lists`, reading cells with `cells`), plan what
//! changes against the folders on disk (`plan`), check the site as `build`
//! would with the changes made in a scratch copy (`verify`), then write
//! (`files`). Every mistake is said at once, located as sheet, cell and
//! column; with any, nothing is written. Exit status: 0 done (or a dry run),
//! 1 mistakes, 2 an unusable file or site directory.

mod cells;
pub(crate) mod columns;
pub(crate) mod existing;
mod files;
pub(crate) mod lists;
pub(crate) mod plan;
pub(crate) mod rows;
pub(crate) mod sheet;
pub(crate) mod value;
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
use plan::{Action, Planned};
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

/// Runs the import of `file` into the site in `site_dir`, saying what it
/// does in `lang` (the command line's language); returns the exit status.
pub(crate) fn run(file: &Path, site_dir: &Path, apply: bool, lang: Lang) -> u8 {
    let mut found = Diagnostics::default();
    let loaded = match crate::load::load(site_dir, Date::today(), &mut found) {
        Ok(Some(loaded)) => loaded,
        Ok(None) => {
            eprintln!("{}", text!("import-site-broken").render(lang));
            return 2;
        }
        Err(e) => {
            let said = text!(
                "import-site-unusable",
                dir = site_dir.display().to_string(),
                why = e.0
            );
            eprintln!("{}", said.render(lang));
            return 2;
        }
    };
    let site = crate::link::link(loaded, &mut found);
    let theme = crate::theme::load(&site, &mut found);
    let i18n = I18n::new(&site.config.languages, &theme.i18n, &mut found);
    let ctx = Ctx {
        site: &site,
        i18n: &i18n,
        lang,
    };
    let planned = match read_and_plan(&ctx, file) {
        Ok(planned) => planned,
        Err(status) => return status,
    };
    let files: Vec<(String, String)> = planned.iter().flat_map(|p| p.files.clone()).collect();
    if let Err(status) = verify::check(&ctx, &site.root, &files) {
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
    if let Err(e) = files::write_all(&site.root, &files) {
        let said = text!(
            "import-write-failed",
            file = site.root.display().to_string(),
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

/// Reads, checks and plans; prints the plan, or every mistake. `Err` is
/// the exit status.
fn read_and_plan(ctx: &Ctx<'_>, file: &Path) -> Result<Vec<Planned>, u8> {
    let lang = ctx.lang;
    let tables = sheet::read(file, lang).map_err(|message| {
        eprintln!("{message}");
        2_u8
    })?;
    let (mut mistakes, mut notes) = (Vec::new(), Vec::new());
    let code = ctx.label(&Column {
        field: crate::export::layout::Field::Code,
        lang: None,
    });
    let Some(table) = columns::find(ctx, &tables, Sheet::Projects).filter(|t| !t.rows.is_empty())
    else {
        let sheet = Sheet::Projects.name(ctx.i18n, ctx.site_lang());
        eprintln!("{}", text!("import-no-header", sheet = sheet).render(lang));
        return Err(2);
    };
    let headers = Headers::read(ctx, table, Sheet::Projects, &mut mistakes, &mut notes);
    if !rows::has_codes(&headers) {
        let said = text!("import-no-code-column", sheet = &table.name, column = &code);
        eprintln!("{}", said.render(lang));
        return Err(2);
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
            let said = text!("import-no-code-column", sheet = &t.name, column = &code);
            eprintln!("{}", said.render(lang));
            return Err(2);
        }
        lists_read.push((
            list,
            lists::entries(ctx, list, t, &h, &codes, &table.name, &mut mistakes),
        ));
    }
    let planned = plan::plan(ctx, &projects, &lists_read, &existing, &mut mistakes);
    for note in &notes {
        eprintln!("{note}");
    }
    if !mistakes.is_empty() {
        for m in &mistakes {
            eprintln!("{m}");
        }
        let said = text!("import-mistakes", count = mistakes.len());
        eprintln!("\n{}", said.render(lang));
        return Err(1);
    }
    print_plan(ctx, &planned, existing.count());
    Ok(planned)
}

/// Per project: new, changed (each change on its own line) or unchanged;
/// then the counts.
fn print_plan(ctx: &Ctx<'_>, planned: &[Planned], existing: usize) {
    let lang = ctx.lang;
    let mut counts = [0_usize; 3];
    for p in planned {
        let (action, i) = match p.action {
            Action::New => (text!("import-new"), 0),
            Action::Changed => (text!("import-changed"), 1),
            Action::Unchanged => (text!("import-unchanged"), 2),
        };
        counts[i] += 1;
        crate::out::line(&format!(
            "{}: {} content/projects/{}/ ({})",
            action.render(lang),
            p.code,
            p.slug,
            p.place
        ));
        for change in &p.changes {
            crate::out::line(&format!("    {change}"));
        }
    }
    let [new, changed, unchanged] = counts;
    let said = text!(
        "import-summary",
        new = new,
        changed = changed,
        unchanged = unchanged
    );
    crate::out::line(&format!("\n{}", said.render(lang)));
    let left = existing.saturating_sub(changed + unchanged);
    if left > 0 {
        crate::out::line(
            &text!("import-not-in-workbook", count = left)
                .render(lang)
                .clone(),
        );
    }
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
