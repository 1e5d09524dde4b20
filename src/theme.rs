//! The default theme and UI strings, compiled into the binary, with a site's own
//! files overriding them file by file.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diagnostics::{relative, Diagnostic, Diagnostics};
use crate::i18n::Sources;
use crate::messages::text;
use crate::site::Site;
use crate::source::SourceFile;

macro_rules! embedded {
    ($dir:literal: $($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../", $dir, "/", $name)))),*]
    };
}

const TEMPLATES: &[(&str, &str)] = embedded!("themes/default/templates":
    "base.html", "macros.html", "parts.html", "home.html",
    "projects.html", "project.html", "procedures.html", "procedure.html",
    "results.html", "report.html", "bulletin.html", "issue.html", "pages.html", "page.html",
    "data.html", "search.html", "card.html", "figures.html", "404.html",
    "footer.html", "book.html", "book-project.html", "results-indicator.html", "leaflet.html", "email.html",
    "email.txt",
);

const STATIC: &[(&str, &str)] = embedded!("themes/default/static": "assets/minhbach.css", "assets/minhbach.js", "assets/search.js", "assets/print.css");

const I18N: &[(&str, &str)] =
    embedded!("i18n": "vi/main.ftl", "en/main.ftl", "vi/workbook.ftl", "en/workbook.ftl");

/// A file to publish as it is.
#[derive(Debug, Clone)]
pub(crate) enum StaticFile {
    Embedded(&'static str),
    OnDisk(PathBuf),
}

#[derive(Debug)]
pub(crate) struct Theme {
    /// Template name → source.
    pub(crate) templates: BTreeMap<String, String>,
    /// Output path (relative to the site root) → file.
    pub(crate) statics: BTreeMap<String, StaticFile>,
    /// Per language (by `LangId`), the `.ftl` sources by file name.
    pub(crate) i18n: Vec<Sources>,
}

pub(crate) fn load(site: &Site, out: &mut Diagnostics) -> Theme {
    let root = &site.root;
    let theme_dir = root.join("themes").join(&site.config.theme);
    if site.config.theme != "default" && !theme_dir.is_dir() {
        out.push(
            Diagnostic::error(
                "site.toml",
                text!("theme-missing", theme = site.config.theme.clone()),
                text!("theme-missing-fix", theme = site.config.theme.clone()),
            )
            .at(Some(site.config.theme_at)),
        );
    }
    let mut templates: BTreeMap<String, String> = TEMPLATES
        .iter()
        .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
        .collect();
    for (name, path) in files_under(&theme_dir.join("templates")) {
        match SourceFile::read(&path, relative(root, &path)) {
            Ok(s) => {
                templates.insert(name, s.text);
            }
            Err(d) => out.push(d),
        }
    }
    let mut statics: BTreeMap<String, StaticFile> = STATIC
        .iter()
        .map(|(n, t)| ((*n).to_string(), StaticFile::Embedded(t)))
        .collect();
    for dir in [theme_dir.join("static"), root.join("static")] {
        for (name, path) in files_under(&dir) {
            // Copied only once the whole site is made: a file that cannot be
            // read must be named now, as the content's mistake.
            if let Err(e) = fs::File::open(&path) {
                out.push(Diagnostic::error(
                    relative(root, &path),
                    text!("file-unreadable", reason = crate::source::io_reason(&e)),
                    text!("file-permissions-fix"),
                ));
            }
            statics.insert(name, StaticFile::OnDisk(path));
        }
    }
    let languages = &site.config.languages;
    let mut i18n: Vec<Sources> = vec![BTreeMap::new(); languages.codes.len()];
    for (path, text) in I18N {
        let Some((code, file)) = path.split_once('/') else {
            continue;
        };
        if let Some(lang) = languages.find(code) {
            i18n[lang.0].insert(
                file.to_string(),
                SourceFile::from_text(format!("(built-in) i18n/{path}"), text),
            );
        }
    }
    for base in [theme_dir.join("i18n"), root.join("i18n")] {
        for lang in languages.ids() {
            for (file, path) in files_under(&base.join(languages.code(lang))) {
                if !std::path::Path::new(&file)
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ftl"))
                {
                    continue;
                }
                match SourceFile::read(&path, relative(root, &path)) {
                    Ok(s) => {
                        i18n[lang.0].insert(file, s);
                    }
                    Err(d) => out.push(d),
                }
            }
        }
    }
    Theme {
        templates,
        statics,
        i18n,
    }
}

/// Files under `dir`, by their `/`-separated path inside it, in name order.
fn files_under(dir: &Path) -> Vec<(String, PathBuf)> {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .ok()?
                .to_str()?
                .replace(std::path::MAIN_SEPARATOR, "/");
            (!rel.split('/').any(|p| p.starts_with('.'))).then(|| (rel, e.path().to_path_buf()))
        })
        .collect()
}
