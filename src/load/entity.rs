//! One entity folder: its name and listing, its facts, its words in every
//! language, and its attachments.

use std::fs;
use std::path::Path;

use super::kinds::EntityKind;
use super::{check_inside, read_listed, Ctx};
use crate::content::check::Checker;
use crate::content::types::{slug_problem, Slug};
use crate::content::words::{self, FrontMatter};
use crate::content::Kind;
use crate::content::{Attachment, Entry, Words};
use crate::diagnostics::{relative, suggest, Diagnostic, Diagnostics};
use crate::markdown::FilesContext;
use crate::messages::{text, Text};

pub(super) fn load_entity<K: EntityKind>(
    ctx: &Ctx<'_>,
    dir: &Path,
    out: &mut Diagnostics,
) -> Option<Entry<K::Facts, K::Extra>> {
    let name = relative(ctx.root, dir);
    let (slug, listing) = check_entity_folder(ctx, K::KIND, dir, &name, out)?;
    let files = if listing.has("files") {
        load_attachments(ctx.root, &dir.join("files"), out)
    } else {
        Vec::new()
    };
    let facts = if K::KIND == Kind::Pages {
        K::facts_without_file()
    } else {
        load_facts::<K>(ctx, dir, &name, &listing, out)
    };
    let names = words::file_names(&files);
    let prefix = format!("/files/{}/{slug}", K::KIND.folder());
    let files_ctx = FilesContext {
        public_prefix: &prefix,
        names: &names,
        base_url: &ctx.config.base_url,
    };
    let words = load_words::<K::Front>(ctx, dir, &name, &listing, &files_ctx, out)?;
    Some(Entry {
        kind: K::KIND,
        slug: Slug(slug),
        facts: facts?,
        words,
        files,
    })
}

/// What an entity folder holds, as its listing says: each name, and whether
/// it is a symbolic link. Asked of the listing rather than of each path (a
/// 10,000-project site has 30,000 files, each looked up three times).
struct Listing(Vec<(String, bool)>);

impl Listing {
    fn has(&self, file: &str) -> bool {
        self.link(file).is_some()
    }

    /// `Some(is_link)` when the folder holds `file`.
    fn link(&self, file: &str) -> Option<bool> {
        self.0
            .iter()
            .find(|(name, _)| name == file)
            .map(|(_, link)| *link)
    }
}

/// The folder is a real folder inside the site, its name a slug, and it holds only
/// files minhbach knows. Returns the slug and the listing.
fn check_entity_folder(
    ctx: &Ctx<'_>,
    kind: Kind,
    dir: &Path,
    name: &str,
    out: &mut Diagnostics,
) -> Option<(String, Listing)> {
    if let Err(d) = check_inside(ctx.root, dir, name) {
        out.push(d);
        return None;
    }
    if !dir.is_dir() {
        out.push(Diagnostic::error(
            name,
            text!("entry-is-a-file", kind = kind.folder()),
            text!("entry-is-a-file-fix"),
        ));
        return None;
    }
    let slug = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some(problem) = slug_problem(&slug) {
        out.push(Diagnostic::error(
            name,
            text!("folder-not-an-address", slug = slug, problem = problem),
            text!("folder-not-an-address-fix"),
        ));
        return None;
    }
    let mut expected: Vec<String> = ctx
        .config
        .languages
        .codes
        .iter()
        .map(|c| format!("{c}.md"))
        .collect();
    expected.push("files".into());
    if kind != Kind::Pages {
        expected.push("facts.toml".into());
    }
    let Ok(listing) = fs::read_dir(dir) else {
        out.push(Diagnostic::error(
            name,
            text!("folder-unreadable"),
            text!("file-permissions-fix"),
        ));
        return None;
    };
    let mut listed: Vec<(String, bool)> = listing
        .filter_map(Result::ok)
        .map(|e| {
            let link = e.file_type().is_ok_and(|t| t.is_symlink());
            (e.file_name().to_string_lossy().into_owned(), link)
        })
        .collect();
    listed.sort();
    for (file, _) in listed
        .iter()
        .filter(|(f, _)| !f.starts_with('.') && !expected.contains(f))
    {
        let (message, fix) = if file == "facts.toml" {
            (text!("unexpected-file"), Some(text!("page-has-facts-fix")))
        } else if let Some(fix) = attachment_fix(kind, name, file) {
            (text!("attachment-outside-files"), Some(fix))
        } else {
            (
                text!("unexpected-file"),
                suggest(file, expected.iter().map(String::as_str)),
            )
        };
        out.push(Diagnostic::error(format!("{name}/{file}"), message, fix));
    }
    Some((slug, Listing(listed)))
}

/// Where a document, form or photo left beside the words goes, as the spec
/// says: into the folder's `files/`, then named where this kind names its
/// files (a procedure's `forms`, an issue's print edition `pdf`) or linked
/// from the words. `None` for a file of another sort.
fn attachment_fix(kind: Kind, folder: &str, file: &str) -> Option<Text> {
    let extension = Path::new(file)
        .extension()?
        .to_string_lossy()
        .to_ascii_lowercase();
    let form = matches!(
        extension.as_str(),
        "pdf" | "doc" | "docx" | "odt" | "rtf" | "xls" | "xlsx" | "ods" | "ppt" | "pptx" | "odp"
    );
    let photo = matches!(
        extension.as_str(),
        "jpg" | "jpeg" | "png" | "gif" | "webp" | "svg"
    );
    Some(match kind {
        Kind::Procedures if form => text!("form-move-fix", folder = folder, file = file),
        Kind::Bulletin if extension == "pdf" => {
            text!("print-edition-move-fix", folder = folder, file = file)
        }
        _ if form || photo => text!("attachment-move-fix", folder = folder, file = file),
        _ => return None,
    })
}

fn load_facts<K: EntityKind>(
    ctx: &Ctx<'_>,
    dir: &Path,
    name: &str,
    listing: &Listing,
    out: &mut Diagnostics,
) -> Option<K::Facts> {
    let path = dir.join("facts.toml");
    let Some(link) = listing.link("facts.toml") else {
        out.push(Diagnostic::error(
            format!("{name}/facts.toml"),
            text!("file-missing"),
            text!("facts-missing-fix"),
        ));
        return None;
    };
    let source = read_listed(ctx.root, &path, link)
        .map_err(|d| out.push(d))
        .ok()?;
    crate::content::placeholders::check(&source, out);
    let raw = crate::toml_error::parse::<K::Raw>(&source, &source.text, 0)
        .map_err(|d| out.extend(d))
        .ok()?;
    let mut c = Checker::new(ctx.config, ctx.orgs, &source, ctx.today);
    let facts = K::check(raw, dir, &mut c);
    out.extend(c.out);
    facts
}

/// The words in every language, `None` where a translation is missing (a
/// warning); `None` as a whole if the default language's are missing or any
/// words file has a mistake.
fn load_words<F: FrontMatter>(
    ctx: &Ctx<'_>,
    dir: &Path,
    name: &str,
    listing: &Listing,
    files: &FilesContext<'_>,
    out: &mut Diagnostics,
) -> Option<Vec<Option<Words<F::Extra>>>> {
    let languages = &ctx.config.languages;
    let mut all = Vec::with_capacity(languages.codes.len());
    let mut ok = true;
    for lang in languages.ids() {
        let code = languages.code(lang);
        let file_name = format!("{code}.md");
        let Some(link) = listing.link(&file_name) else {
            let file = format!("{name}/{code}.md");
            let default = languages.default_code();
            if lang == languages.default {
                out.push(Diagnostic::error(
                    file,
                    text!("default-words-missing", lang = code),
                    text!("default-words-missing-fix", lang = code),
                ));
                ok = false;
            } else {
                out.push(Diagnostic::warning(
                    file,
                    text!("not-yet-translated", lang = code, default = default),
                    text!("not-yet-translated-fix", lang = code, default = default),
                ));
            }
            all.push(None);
            continue;
        };
        let parsed = read_listed(ctx.root, &dir.join(file_name), link)
            .map_err(|d| out.push(d))
            .ok()
            .and_then(|source| {
                crate::content::placeholders::check(&source, out);
                words::parse::<F>(&source, files, out)
            });
        ok &= parsed.is_some();
        all.push(parsed);
    }
    ok.then_some(all)
}

/// The files under `files_dir`, which the folder's listing holds.
fn load_attachments(root: &Path, files_dir: &Path, out: &mut Diagnostics) -> Vec<Attachment> {
    // A link to nowhere holds no files (and `check_entity_folder` lets it be).
    if !files_dir.exists() {
        return Vec::new();
    }
    let mut files = Vec::new();
    for item in walkdir::WalkDir::new(files_dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let item = match item {
            Ok(i) => i,
            Err(e) => {
                let name = e
                    .path()
                    .map_or_else(|| relative(root, files_dir), |p| relative(root, p));
                out.push(Diagnostic::error(
                    name,
                    text!("file-unreadable", reason = e.to_string()),
                    text!("files-folder-permissions-fix"),
                ));
                continue;
            }
        };
        let path = item.path();
        let name = relative(root, path);
        if item.file_type().is_dir() {
            continue;
        }
        if let Err(d) = check_inside(root, path, &name) {
            out.push(d);
            continue;
        }
        let Ok(meta) = fs::metadata(path) else {
            continue;
        };
        if meta.is_dir() {
            continue;
        }
        let Some(inner) = path.strip_prefix(files_dir).ok().and_then(|p| p.to_str()) else {
            out.push(Diagnostic::error(
                name,
                text!("file-name-not-text"),
                text!("file-name-not-text-fix"),
            ));
            continue;
        };
        if inner
            .split(std::path::MAIN_SEPARATOR)
            .any(|p| p.starts_with('.'))
        {
            continue;
        }
        files.push(Attachment {
            name: inner.replace(std::path::MAIN_SEPARATOR, "/"),
            bytes: meta.len(),
            source: path.to_path_buf(),
        });
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;

    fn fix(kind: Kind, file: &str) -> Option<String> {
        attachment_fix(kind, "content/x/a", file).map(|t| t.render(Lang::En))
    }

    #[test]
    fn sends_documents_forms_and_photos_to_files_as_their_kind_names_them() {
        assert_eq!(
            fix(Kind::Procedures, "Mau-01.DOCX").as_deref(),
            Some("move it to content/x/a/files/Mau-01.DOCX, and list it in facts.toml: forms = [\"files/Mau-01.DOCX\"]")
        );
        assert_eq!(
            fix(Kind::Bulletin, "ban-tin.pdf").as_deref(),
            Some("move it to content/x/a/files/ban-tin.pdf; if it is the print edition, name it in facts.toml: pdf = \"files/ban-tin.pdf\", else link to it from the words with the address files/ban-tin.pdf")
        );
        for (kind, file) in [
            (Kind::Projects, "de-xuat.pdf"),
            (Kind::Procedures, "anh.jpg"),
            (Kind::Bulletin, "bang.xlsx"),
            (Kind::Pages, "so-do.png"),
        ] {
            assert_eq!(
                fix(kind, file),
                Some(format!("move it to content/x/a/files/{file}, and link to it from the words with the address files/{file}"))
            );
        }
        for file in ["vn.md", "facts.tml", "notes.txt", "README"] {
            assert_eq!(fix(Kind::Projects, file), None, "{file}");
        }
    }
}
