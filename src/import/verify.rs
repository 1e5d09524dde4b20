//! "After an import the site builds": the planned files are written into a
//! scratch copy of the site, which is then checked exactly as `build`
//! checks (`crate::build` without an output). Its mistakes stop the import
//! before anything is written to the site itself.

use std::fs;
use std::io;
use std::path::Path;

use super::files::write_all;
use super::Ctx;
use crate::messages::text;
use crate::{build, Failure, Options};

/// What `build` reads of a site directory.
const SITE_PARTS: [&str; 5] = ["site.toml", "content", "themes", "i18n", "static"];

/// Checks the site with `files` written; `Err` is the exit status, after
/// the build's mistakes are printed.
pub(crate) fn check(ctx: &Ctx<'_>, root: &Path, files: &[(String, String)]) -> Result<(), u8> {
    let lang = ctx.lang;
    let unusable = |e: io::Error| {
        let dir = root.display().to_string();
        let said = text!("import-site-unusable", dir = dir, why = e.to_string());
        eprintln!("{}", said.render(lang));
        2_u8
    };
    let scratch = tempfile::tempdir().map_err(unusable)?;
    let copy = scratch.path().join("site");
    fs::create_dir_all(&copy).map_err(unusable)?;
    for part in SITE_PARTS {
        let from = root.join(part);
        if fs::symlink_metadata(&from).is_ok() {
            copy_linked(&from, &copy.join(part)).map_err(unusable)?;
        }
    }
    write_all(&copy, files).map_err(unusable)?;
    match build(&copy, &Options::default()) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            if warnings > 0 {
                crate::out::line(&text!("import-warnings", count = warnings).render(lang));
            }
            Ok(())
        }
        Err(Failure::Mistakes(found)) => {
            print_mistakes(ctx, &copy, &found);
            let said = text!("import-site-mistakes", count = found.error_count());
            eprintln!("\n{}", said.render(lang));
            Err(1)
        }
        Err(Failure::Unusable(message)) => {
            eprintln!("{}", message.render(lang));
            Err(2)
        }
        Err(Failure::Write(e)) => {
            eprintln!("{e}");
            Err(2)
        }
        // Only the preview cancels a build.
        Err(Failure::Cancelled) => Err(2),
    }
}

/// The build's mistakes (not its warnings), as `check` prints them.
fn print_mistakes(ctx: &Ctx<'_>, copy: &Path, found: &crate::diagnostics::Diagnostics) {
    let reporter = crate::report::Reporter::new(ctx.lang, Some(copy));
    reporter.print(found);
}

/// Copies `from` to `to`, files as hard links where the file system allows
/// (the scratch copy of a large site costs no space), else as copies.
/// `write_all` unlinks a file before writing it, so the site's own files
/// are never changed through a link.
fn copy_linked(from: &Path, to: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(from)?;
    if meta.file_type().is_symlink() {
        #[cfg(unix)]
        return std::os::unix::fs::symlink(fs::read_link(from)?, to);
        #[cfg(not(unix))]
        return fs::copy(from, to).map(|_| ());
    }
    if meta.is_dir() {
        fs::create_dir_all(to)?;
        for entry in fs::read_dir(from)? {
            let entry = entry?;
            copy_linked(&entry.path(), &to.join(entry.file_name()))?;
        }
        return Ok(());
    }
    fs::hard_link(from, to).or_else(|_| fs::copy(from, to).map(|_| ()))
}
