//! The domain: what the site publishes, after validation.

pub(crate) mod bulletin;
pub(crate) mod check;
pub(crate) mod form_title;
mod kind;
pub(crate) mod money;
pub(crate) mod organisation;
pub(crate) mod placeholders;
pub(crate) mod procedure;
pub(crate) mod project;
pub(crate) mod results;
pub(crate) mod texts;
pub(crate) mod types;
pub(crate) mod words;

use std::path::PathBuf;

use crate::diagnostics::Position;
use crate::markdown::SiteLink;
pub(crate) use kind::Kind;
use texts::LangId;
use types::Slug;

/// The words of one entity in one language.
#[derive(Debug, Clone)]
pub(crate) struct Words<X> {
    /// The file they come from, for messages.
    pub(crate) file: String,
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) keywords: Vec<String>,
    /// Sanitised HTML of the Markdown body.
    pub(crate) body: String,
    /// Site addresses the body links to, with where they are written.
    pub(crate) site_links: Vec<(SiteLink, Position)>,
    /// What a kind adds to the words (a procedure's steps and documents).
    pub(crate) extra: X,
}

/// A file of an entity's `files/` folder, published at `/files/<kind>/<slug>/<name>`.
#[derive(Debug, Clone)]
pub(crate) struct Attachment {
    /// Relative to `files/`, `/`-separated.
    pub(crate) name: String,
    pub(crate) bytes: u64,
    pub(crate) source: PathBuf,
}

/// One entity of any kind: its facts, its words per language, its files.
#[derive(Debug, Clone)]
pub(crate) struct Entry<F, X = ()> {
    pub(crate) kind: Kind,
    pub(crate) slug: Slug,
    pub(crate) facts: F,
    /// Indexed by `LangId`; the default language's words are always there.
    pub(crate) words: Vec<Option<Words<X>>>,
    pub(crate) files: Vec<Attachment>,
}

impl<F, X> Entry<F, X> {
    /// The words in `lang`, or the default language's when they are missing.
    pub(crate) fn words_in(&self, lang: LangId, default: LangId) -> (&Words<X>, LangId) {
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

    pub(crate) fn public_files_prefix(&self) -> String {
        format!("/files/{}/{}", self.kind.folder(), self.slug)
    }
}
