//! What every view is made of: the language, an entry's words and files,
//! organisations and places.

use serde::Serialize;

use crate::config::Config;
use crate::content::texts::{LangId, Localized};
use crate::content::types::{Date, LocalityKey, OrgKey};
use crate::content::{Entry, Kind, Words};
use crate::routes::Route;
use crate::site::Site;

/// What every view needs: the store and the page's language.
#[derive(Clone, Copy)]
pub(crate) struct In<'a> {
    pub(crate) site: &'a Site,
    pub(crate) lang: LangId,
}

impl<'a> In<'a> {
    pub(crate) fn config(&self) -> &'a Config {
        &self.site.config
    }

    pub(crate) fn text(&self, t: &'a crate::content::texts::Texts) -> Localized<'a> {
        t.localized(self.lang, &self.site.config.languages)
    }

    pub(crate) fn url(&self, route: Route<'_>) -> String {
        route.url(self.config(), self.lang)
    }
}

/// The words of an entity in the page's language, or the fallback's.
#[derive(Serialize)]
pub(crate) struct WordsView<'a> {
    pub(crate) title: &'a str,
    pub(crate) summary: &'a str,
    pub(crate) body: &'a str,
    pub(crate) keywords: &'a [String],
    /// The language the words are written in.
    pub(crate) lang: &'a str,
    pub(crate) fallback: bool,
}

#[derive(Serialize)]
pub(crate) struct FileView<'a> {
    pub(crate) name: &'a str,
    pub(crate) url: String,
    pub(crate) bytes: u64,
    pub(crate) extension: String,
}

#[derive(Serialize)]
pub(crate) struct EntryView<'a> {
    pub(crate) slug: &'a str,
    pub(crate) url: String,
    pub(crate) words: WordsView<'a>,
    pub(crate) files: Vec<FileView<'a>>,
}

pub(crate) fn entry<'a, F, X>(c: In<'a>, e: &'a Entry<F, X>) -> EntryView<'a> {
    let default = c.config().languages.default;
    let (w, used): (&Words<X>, LangId) = e.words_in(c.lang, default);
    let prefix = e.public_files_prefix();
    EntryView {
        slug: e.slug.as_str(),
        url: crate::routes::entity_url(c.config(), e.kind, e.slug.as_str(), c.lang),
        words: WordsView {
            title: &w.title,
            summary: &w.summary,
            body: &w.body,
            keywords: &w.keywords,
            lang: c.config().languages.code(used),
            fallback: used != c.lang,
        },
        files: e.files.iter().map(|f| file_view(&prefix, f)).collect(),
    }
}

pub(super) fn file_view<'a>(prefix: &str, f: &'a crate::content::Attachment) -> FileView<'a> {
    FileView {
        name: &f.name,
        url: format!("{prefix}/{}", f.name),
        bytes: f.bytes,
        extension: f
            .name
            .rsplit_once('.')
            .map(|(_, x)| x.to_ascii_uppercase())
            .unwrap_or_default(),
    }
}

#[derive(Serialize)]
pub(crate) struct Named<'a> {
    pub(crate) key: &'a str,
    pub(crate) name: Localized<'a>,
    pub(crate) url: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct OrgView<'a> {
    pub(crate) key: &'a str,
    pub(crate) name: Localized<'a>,
    pub(crate) kind: crate::content::organisation::OrgKind,
    pub(crate) country: &'a str,
    pub(crate) website: Option<&'a str>,
    pub(crate) email: Option<&'a str>,
    /// The last day of a body that ceased, and the body that took over: shown
    /// wherever it appears, so that nobody writes to a body that is gone.
    pub(crate) until: Option<Date>,
    pub(crate) successor: Option<Box<OrgView<'a>>>,
}

pub(crate) fn org<'a>(c: In<'a>, key: &'a OrgKey) -> OrgView<'a> {
    let o = &c.site.orgs[key];
    OrgView {
        key: key.as_str(),
        name: c.text(&o.name),
        kind: o.kind,
        country: &o.country,
        website: o.website.as_deref(),
        email: o.email.as_deref(),
        until: o.until,
        // A successor that ceased in turn names its own; the chain ends
        // because validation forbids a body to succeed itself, and a cycle
        // of successors is cut at its second step.
        successor: o
            .successor
            .as_ref()
            .filter(|s| *s != key)
            .map(|s| Box::new(org_once(c, s))),
    }
}

/// An organisation without its successor's successor.
fn org_once<'a>(c: In<'a>, key: &'a OrgKey) -> OrgView<'a> {
    let o = &c.site.orgs[key];
    OrgView {
        key: key.as_str(),
        name: c.text(&o.name),
        kind: o.kind,
        country: &o.country,
        website: o.website.as_deref(),
        email: o.email.as_deref(),
        until: o.until,
        successor: None,
    }
}

/// A place as a reader should read it: its name, the units it lies in today,
/// and, when it or a unit it belonged to ceased, what it was and became
/// ("Xã Pà Cò (until 30/06/2025 in Mai Châu district; now Phú Thọ
/// province)"), so that older projects keep the names they were planned
/// under.
#[derive(Serialize)]
pub(crate) struct LocalityView<'a> {
    pub(crate) key: &'a str,
    pub(crate) name: Localized<'a>,
    /// Larger units it belongs to, nearest first, up to the first that
    /// ceased (that one is named in `history`).
    pub(crate) parents: Vec<Localized<'a>>,
    pub(crate) history: Option<PlaceHistory<'a>>,
    /// The catalogue filtered by this place.
    pub(crate) url: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct PlaceHistory<'a> {
    /// The last day of the unit that ceased.
    pub(crate) until: Date,
    /// The unit that ceased, when it is one the place belonged to (a
    /// district) rather than the place itself.
    pub(crate) within: Option<Localized<'a>>,
    /// What the ceased unit became part of.
    pub(crate) now: Option<Localized<'a>>,
}

pub(crate) fn locality<'a>(c: In<'a>, key: &'a LocalityKey) -> LocalityView<'a> {
    let config = c.config();
    let l = &config.localities[key];
    let chain: Vec<_> = config.locality_chain(key).collect();
    let ceased = chain.iter().position(|(_, unit)| unit.until.is_some());
    let history = ceased.map(|i| {
        let (_, unit) = chain[i];
        PlaceHistory {
            until: unit.until.expect("found by its `until`"),
            within: (i > 0).then(|| c.text(&unit.name)),
            now: unit
                .successor
                .as_ref()
                .map(|s| c.text(&config.localities[s].name)),
        }
    });
    let parents_end = ceased.unwrap_or(chain.len()).max(1);
    LocalityView {
        key: key.as_str(),
        name: c.text(&l.name),
        parents: chain[1..parents_end]
            .iter()
            .map(|(_, p)| c.text(&p.name))
            .collect(),
        history,
        url: None,
    }
}

pub(crate) fn kind_url(c: In<'_>, kind: Kind) -> String {
    c.url(Route::List(kind))
}
