//! What the import says of a [`Reading`]: its notes and mistakes on standard
//! error, its plan on standard output. Made into lines apart from printing
//! them so that the fuzzer (`crate::fuzz::import`) reads the very words the
//! command prints.

use super::plan::Action;
use super::{Ctx, Reading};
use crate::messages::{text, Lang};

impl Reading {
    /// The notes, then every mistake and their count: what goes to standard
    /// error. Empty when there is nothing to say.
    pub(crate) fn notes_and_mistakes(&self, lang: Lang) -> Vec<String> {
        let mut said: Vec<String> = self.notes.iter().map(ToString::to_string).collect();
        if !self.mistakes.is_empty() {
            said.extend(self.mistakes.iter().map(ToString::to_string));
            let count = text!("import-mistakes", count = self.mistakes.len());
            said.push(format!("\n{}", count.render(lang)));
        }
        said
    }

    /// Per project: new, changed (each change on its own line) or
    /// unchanged; then the counts, and the site's projects the workbook
    /// leaves out.
    pub(crate) fn plan_lines(&self, ctx: &Ctx<'_>) -> Vec<String> {
        let lang = ctx.lang;
        let mut said = Vec::new();
        let mut counts = [0_usize; 3];
        for p in &self.planned {
            let (action, i) = match p.action {
                Action::New => (text!("import-new"), 0),
                Action::Changed => (text!("import-changed"), 1),
                Action::Unchanged => (text!("import-unchanged"), 2),
            };
            counts[i] += 1;
            said.push(format!(
                "{}: {} content/projects/{}/ ({})",
                action.render(lang),
                p.code,
                p.slug,
                p.place
            ));
            said.extend(p.changes.iter().map(|change| format!("    {change}")));
        }
        let [new, changed, unchanged] = counts;
        let summary = text!(
            "import-summary",
            new = new,
            changed = changed,
            unchanged = unchanged
        );
        said.push(format!("\n{}", summary.render(lang)));
        let left = self.existing.saturating_sub(changed + unchanged);
        if left > 0 {
            said.push(text!("import-not-in-workbook", count = left).render(lang));
        }
        said
    }
}

/// Prints what the import says of `reading`: the plan only when no mistake
/// stops it. `Err` is the exit status, after the mistakes are printed.
pub(super) fn print(ctx: &Ctx<'_>, reading: &Reading) -> Result<(), u8> {
    for line in reading.notes_and_mistakes(ctx.lang) {
        eprintln!("{line}");
    }
    if !reading.mistakes.is_empty() {
        return Err(1);
    }
    for line in reading.plan_lines(ctx) {
        crate::out::line(&line);
    }
    Ok(())
}
