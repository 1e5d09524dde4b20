//! The domain: what the site publishes, after validation.

pub mod bulletin;
pub mod check;
pub mod form_title;
mod kind;
pub mod money;
pub mod organisation;
pub mod procedure;
pub mod project;
pub mod results;
pub mod texts;
pub mod types;
pub mod words;

use std::path::PathBuf;

use crate::diagnostics::Position;
use crate::markdown::SiteLink;
pub use kind::Kind;
use texts::LangId;
use types::Slug;

/// The words of one entity in one language.
#[derive(Debug)]
pub struct Words<X> {
    /// The file they come from, for messages.
    pub file: String,
    pub title: String,
    pub summary: String,
    pub keywords: Vec<String>,
    /// Sanitised HTML of the Markdown body.
    pub body: String,
    /// Site addresses the body links to, with where they are written.
    pub site_links: Vec<(SiteLink, Position)>,
    /// What a kind adds to the words (a procedure's steps and documents).
    pub extra: X,
}

/// A file of an entity's `files/` folder, published at `/files/<kind>/<slug>/<name>`.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// Relative to `files/`, `/`-separated.
    pub name: String,
    pub bytes: u64,
    pub source: PathBuf,
}

/// One entity of any kind: its facts, its words per language, its files.
#[derive(Debug)]
pub struct Entry<F, X = ()> {
    pub kind: Kind,
    pub slug: Slug,
    pub facts: F,
    /// Indexed by `LangId`; the default language's words are always there.
    pub words: Vec<Option<Words<X>>>,
    pub files: Vec<Attachment>,
}

impl<F, X> Entry<F, X> {
    /// The words in `lang`, or the default language's when they are missing.
    pub fn words_in(&self, lang: LangId, default: LangId) -> (&Words<X>, LangId) {
        match &self.words[lang.0] {
            Some(w) => (w, lang),
            None => (
                self.words[default.0]
                    .as_ref()
                    .expect("validated: default words exist"),
                default,
            ),
        }
    }

    pub fn public_files_prefix(&self) -> String {
        format!("/files/{}/{}", self.kind.folder(), self.slug)
    }
}
