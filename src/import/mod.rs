//! `minhbach import projects FILE`: the catalogue as the province keeps it, a
//! workbook or a CSV in the layout of `/data/projects.xlsx`, read into
//! `content/projects/`. A dry run unless `--apply`.

use std::path::Path;

/// Runs the import; returns the exit status.
pub(crate) fn run(file: &Path, site_dir: &Path, apply: bool) -> u8 {
    let _ = (file, site_dir, apply);
    eprintln!("error: the import of projects is not written yet");
    2
}
