//! Knowing a sheet and its columns by their names, whatever their order: a
//! sheet by its name in any language of the site; a column by its key
//! (`sector`, `title_en`, as in `projects.csv`) or its label in any language
//! ("Lĩnh vực", "Sector", or the whole header "Lĩnh vực / Sector"). Case,
//! tone marks and spacing do not matter.

use super::sheet::Table;
use super::{Ctx, Mistake};
use crate::export::layout::{Column, Field, Sheet};
use crate::fold::fold;
use crate::messages::text;

/// Lowercase, without tone marks, spaces single: how names are compared.
pub(crate) fn plain(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The table that holds `sheet`: the sheet of that name in any language;
/// for the projects, the first sheet when none has the name (a CSV file, or
/// a workbook whose sheet was renamed).
pub(crate) fn find<'t>(ctx: &Ctx<'_>, tables: &'t [Table], sheet: Sheet) -> Option<&'t Table> {
    let names: Vec<String> = sheet
        .names(ctx.i18n, &ctx.site.config.languages)
        .iter()
        .map(|n| plain(n))
        .collect();
    let by_name = tables.iter().find(|t| names.contains(&plain(&t.name)));
    match sheet {
        Sheet::Projects => by_name.or_else(|| {
            let others: Vec<String> = [Sheet::Funding, Sheet::Indicators, Sheet::Years]
                .iter()
                .flat_map(|s| s.names(ctx.i18n, &ctx.site.config.languages))
                .map(|n| plain(&n))
                .collect();
            tables.iter().find(|t| !others.contains(&plain(&t.name)))
        }),
        _ => by_name,
    }
}

/// The columns a sheet's header names, by their place in the row.
pub(crate) struct Headers {
    pub(crate) sheet: Sheet,
    found: Vec<(Column, usize)>,
}

impl Headers {
    /// Reads the header row (the table's first), reporting a column named
    /// twice as a mistake and a column it does not know as a note.
    pub(crate) fn read(
        ctx: &Ctx<'_>,
        table: &Table,
        sheet: Sheet,
        mistakes: &mut Vec<Mistake>,
        notes: &mut Vec<Mistake>,
    ) -> Headers {
        let languages = &ctx.site.config.languages;
        let known: Vec<(Column, Vec<String>)> = sheet
            .columns(languages)
            .into_iter()
            .map(|c| (c, names(ctx, &c)))
            .collect();
        let mut found: Vec<(Column, usize)> = Vec::new();
        let header = table.rows.first().map_or(&[][..], Vec::as_slice);
        for (i, cell) in header.iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            let written = cell.shown();
            let whole = plain(&written);
            let mut parts: Vec<String> = written.split('/').map(plain).collect();
            parts.push(whole);
            let Some((column, _)) = known
                .iter()
                .find(|(_, names)| parts.iter().any(|p| names.contains(p)))
            else {
                notes.push(Mistake::new(
                    format!("{}!{}", table.name, table.address(0, i)),
                    text!("import-unknown-column", value = &written).render(ctx.lang),
                ));
                continue;
            };
            if found.iter().any(|(c, _)| c == column) {
                mistakes.push(Mistake::new(
                    format!("{}!{}", table.name, table.address(0, i)),
                    text!("import-duplicate-column", column = ctx.label(column)).render(ctx.lang),
                ));
                continue;
            }
            found.push((*column, i));
        }
        Headers { sheet, found }
    }

    /// Where the column of `field` (in `lang`, for a column per language) is.
    pub(crate) fn at(
        &self,
        field: Field,
        lang: Option<crate::content::texts::LangId>,
    ) -> Option<usize> {
        self.found
            .iter()
            .find(|(c, _)| c.field == field && c.lang == lang)
            .map(|(_, i)| *i)
    }
}

/// Every name a column is known by, plain.
fn names(ctx: &Ctx<'_>, column: &Column) -> Vec<String> {
    let languages = &ctx.site.config.languages;
    let base = ctx.site.config.money.base.code();
    let mut names = vec![plain(&column.key(languages))];
    for lang in languages.ids() {
        if let Some(label) = column.label(ctx.i18n, languages, base, lang) {
            names.push(plain(&label));
        }
    }
    names.push(plain(&column.header(ctx.i18n, languages, base)));
    names
}
