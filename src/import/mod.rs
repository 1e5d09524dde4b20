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
mod columns;
mod existing;
mod files;
mod lists;
mod plan;
mod rows;
mod say;
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
use crate::site::Site;
use columns::Headers;
use existing::Existing;
use plan::{Action, Planned};
use say::{say, Lang};
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

/// Runs the import of `file` into the site in `site_dir`; returns the exit
/// status. `lang` is `--lang`, if given.
pub(crate) fn run(file: &Path, site_dir: &Path, apply: bool, lang: Option<&str>) -> u8 {
    let early = Lang::choose(lang, None);
    let mut found = Diagnostics::default();
    let loaded = match crate::load::load(site_dir, Date::today(), &mut found) {
        Ok(Some(loaded)) => loaded,
        Ok(None) => {
            eprintln!("{}", say(early, "import-site-broken", &[]));
            return 2;
        }
        Err(e) => {
            let dir = site_dir.display().to_string();
            let why = e.0.render(early.tool());
            eprintln!(
                "{}",
                say(
                    early,
                    "import-site-unusable",
                    &[("dir", &dir), ("why", &why)]
                )
            );
            return 2;
        }
    };
    let site = crate::link::link(loaded, &mut found);
    let lang = Lang::choose(lang, Some(site.config.languages.default_code()));
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
        println!("{}", say(lang, "import-dry-run", &[]));
        return 0;
    }
    if files.is_empty() {
        println!("{}", say(lang, "import-nothing-to-write", &[]));
        return 0;
    }
    if let Err(e) = files::write_all(&site.root, &files) {
        let dir = site.root.display().to_string();
        eprintln!(
            "{}",
            say(
                lang,
                "import-write-failed",
                &[("file", &dir), ("why", &e.to_string())]
            )
        );
        return 2;
    }
    let (count, dir) = (files.len().to_string(), site_dir.display().to_string());
    println!(
        "{}",
        say(lang, "import-wrote", &[("count", &count), ("dir", &dir)])
    );
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
        eprintln!("{}", say(lang, "import-no-header", &[("sheet", &sheet)]));
        return Err(2);
    };
    let headers = Headers::read(ctx, table, Sheet::Projects, &mut mistakes, &mut notes);
    if !rows::has_codes(&headers) {
        eprintln!(
            "{}",
            say(
                lang,
                "import-no-code-column",
                &[("sheet", &table.name), ("column", &code)]
            )
        );
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
            eprintln!(
                "{}",
                say(
                    lang,
                    "import-no-code-column",
                    &[("sheet", &t.name), ("column", &code)]
                )
            );
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
        let count = mistakes.len().to_string();
        eprintln!("\n{}", say(lang, "import-mistakes", &[("count", &count)]));
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
        let (id, i) = match p.action {
            Action::New => ("import-new", 0),
            Action::Changed => ("import-changed", 1),
            Action::Unchanged => ("import-unchanged", 2),
        };
        counts[i] += 1;
        println!(
            "{}: {} content/projects/{}/ ({})",
            say(lang, id, &[]),
            p.code,
            p.slug,
            p.place
        );
        for change in &p.changes {
            println!("    {change}");
        }
    }
    let [new, changed, unchanged] = counts.map(|n| n.to_string());
    println!(
        "\n{}",
        say(
            lang,
            "import-summary",
            &[
                ("new", &new),
                ("changed", &changed),
                ("unchanged", &unchanged)
            ]
        )
    );
    let left = existing.saturating_sub(counts[1] + counts[2]);
    if left > 0 {
        println!(
            "{}",
            say(
                lang,
                "import-not-in-workbook",
                &[("count", &left.to_string())]
            )
        );
    }
}
