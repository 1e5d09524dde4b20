//! The project folders already in the site, read straight from their files
//! (so that a project with a mistake is still known), by code.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use toml_edit::DocumentMut;

use crate::content::texts::Languages;

/// A project folder as it is on disk.
pub(crate) struct Folder {
    pub(crate) slug: String,
    /// `None` when its facts.toml cannot be read as TOML.
    pub(super) facts: Option<DocumentMut>,
    /// The text of each language's words file, by `LangId`.
    pub(super) words: Vec<Option<String>>,
}

/// The project folders of the site, by code.
#[derive(Default)]
pub(crate) struct Existing {
    folders: Vec<Folder>,
    by_code: BTreeMap<String, usize>,
}

impl Existing {
    pub(crate) fn scan(root: &Path, languages: &Languages) -> Existing {
        let mut existing = Existing::default();
        let Ok(entries) = fs::read_dir(root.join("content/projects")) else {
            return existing;
        };
        let mut dirs: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        dirs.sort();
        for dir in dirs.into_iter().filter(|d| d.is_dir()) {
            let slug = dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let facts: Option<DocumentMut> = fs::read_to_string(dir.join("facts.toml"))
                .ok()
                .and_then(|t| t.parse().ok());
            let code = facts
                .as_ref()
                .and_then(|d| d.get("code"))
                .and_then(|c| c.as_str())
                .map(str::to_string);
            let words = languages
                .codes
                .iter()
                .map(|code| fs::read_to_string(dir.join(format!("{code}.md"))).ok())
                .collect();
            if let Some(code) = code {
                existing.by_code.insert(code, existing.folders.len());
            }
            existing.folders.push(Folder { slug, facts, words });
        }
        existing
    }

    pub(crate) fn slug_of(&self, code: &str) -> Option<&str> {
        self.by_code
            .get(code)
            .map(|i| self.folders[*i].slug.as_str())
    }

    pub(crate) fn code_of(&self, slug: &str) -> Option<&str> {
        let i = self.folders.iter().position(|f| f.slug == slug)?;
        self.by_code
            .iter()
            .find(|(_, at)| **at == i)
            .map(|(code, _)| code.as_str())
            .or(Some(""))
    }

    pub(super) fn folder(&self, code: &str) -> Option<&Folder> {
        self.by_code.get(code).map(|i| &self.folders[*i])
    }

    pub(crate) fn count(&self) -> usize {
        self.by_code.len()
    }
}
