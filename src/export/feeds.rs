//! Atom feeds per language: everything new (`/<lang>/atom.xml`), new and
//! updated needs (`/<lang>/<projects>/atom.xml`) and bulletin issues
//! (`/<lang>/<bulletin>/atom.xml`).

use std::io;

use super::xml::{document, text, XmlWriter};
use crate::content::texts::LangId;
use crate::content::types::Date;
use crate::content::Entry;
use crate::content::Kind;
use crate::i18n::I18n;
use crate::routes::{entity_url, Feed};
use crate::site::Site;

/// The newest entries a feed holds: enough for any reader polling weekly,
/// small enough for a slow connection.
pub(crate) const FEED_LENGTH: usize = 50;

/// One feed of one language.
pub(crate) struct FeedFile {
    /// Its address, like `/en/projects/atom.xml`.
    pub(crate) url: String,
    pub(crate) bytes: Vec<u8>,
}

/// An entry before it is written: the entity, its kind and the day it changed.
struct Item<'a> {
    kind: Kind,
    slug: &'a str,
    published: Date,
    updated: Date,
    title: &'a str,
    summary: &'a str,
    /// The language the words are written in, when it is not the feed's.
    words_lang: Option<&'a str>,
}

fn item<'a, F, X>(
    site: &'a Site,
    lang: LangId,
    e: &'a Entry<F, X>,
    published: Date,
    updated: Date,
) -> Item<'a> {
    let (words, used) = e.words_in(lang, site.config.languages.default);
    Item {
        kind: e.kind,
        slug: e.slug.as_str(),
        published,
        updated,
        title: &words.title,
        summary: &words.summary,
        words_lang: (used != lang).then(|| site.config.languages.code(used)),
    }
}

fn items(site: &Site, lang: LangId, scope: Feed) -> Vec<Item<'_>> {
    let mut all = Vec::new();
    if scope != Feed::Bulletin {
        all.extend(
            site.projects
                .iter()
                .map(|p| item(site, lang, p, p.facts.published, p.facts.last_change())),
        );
    }
    if scope != Feed::Needs {
        all.extend(
            site.bulletins
                .iter()
                .map(|b| item(site, lang, b, b.facts.date, b.facts.date)),
        );
    }
    if scope == Feed::Everything {
        all.extend(
            site.results
                .iter()
                .map(|r| item(site, lang, r, r.facts.published, r.facts.published)),
        );
        all.extend(
            site.procedures
                .iter()
                .map(|p| item(site, lang, p, p.facts.updated, p.facts.updated)),
        );
    }
    // Newest first; the address breaks ties so that the order never varies.
    all.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.slug.cmp(b.slug)));
    all.truncate(FEED_LENGTH);
    all
}

pub(crate) fn feeds(site: &Site, i18n: &I18n) -> Vec<FeedFile> {
    let mut feeds = Vec::new();
    for lang in site.config.languages.ids() {
        for scope in Feed::ALL {
            feeds.push(FeedFile {
                url: scope.url(&site.config, lang),
                bytes: document(|w| write_feed(w, site, i18n, lang, scope)),
            });
        }
    }
    feeds
}

/// Atom wants a full timestamp; content has days.
fn timestamp(d: Date) -> String {
    format!("{d}T00:00:00Z")
}

fn write_feed(
    w: &mut XmlWriter,
    site: &Site,
    i18n: &I18n,
    lang: LangId,
    scope: Feed,
) -> io::Result<()> {
    let config = &site.config;
    let base = &config.base_url;
    let code = config.languages.code(lang);
    let entries = items(site, lang, scope);
    let site_name = config.name.get(lang).0;
    let title = i18n
        .t(lang, scope.title_key(), None)
        .unwrap_or_else(|_| scope.title_key().to_string());
    let self_url = format!("{base}{}", scope.url(&site.config, lang));
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".into(), timestamp);
    w.create_element("feed")
        .with_attribute(("xmlns", "http://www.w3.org/2005/Atom"))
        .with_attribute(("xml:lang", code))
        .write_inner_content(|w| {
            w.create_element("id").write_text_content(text(&self_url))?;
            w.create_element("title")
                .write_text_content(text(&format!("{title} – {site_name}")))?;
            w.create_element("updated")
                .write_text_content(text(&updated))?;
            w.create_element("link")
                .with_attribute(("rel", "self"))
                .with_attribute(("type", "application/atom+xml"))
                .with_attribute(("href", self_url.as_str()))
                .write_empty()?;
            w.create_element("link")
                .with_attribute(("rel", "alternate"))
                .with_attribute(("type", "text/html"))
                .with_attribute((
                    "href",
                    format!("{base}{}", scope.page().url(config, lang)).as_str(),
                ))
                .write_empty()?;
            if let Some(publisher) = site.orgs.get(config.publisher.get_ref()) {
                w.create_element("author").write_inner_content(|w| {
                    w.create_element("name")
                        .write_text_content(text(publisher.name.get(lang).0))?;
                    Ok(())
                })?;
            }
            for e in &entries {
                let url = format!("{base}{}", entity_url(config, e.kind, e.slug, lang));
                let mut entry = w.create_element("entry");
                if let Some(words_lang) = e.words_lang {
                    entry = entry.with_attribute(("xml:lang", words_lang));
                }
                entry.write_inner_content(|w| {
                    w.create_element("id").write_text_content(text(&url))?;
                    w.create_element("title")
                        .write_text_content(text(e.title))?;
                    w.create_element("published")
                        .write_text_content(text(&timestamp(e.published)))?;
                    w.create_element("updated")
                        .write_text_content(text(&timestamp(e.updated)))?;
                    w.create_element("link")
                        .with_attribute(("rel", "alternate"))
                        .with_attribute(("type", "text/html"))
                        .with_attribute(("href", url.as_str()))
                        .write_empty()?;
                    w.create_element("category")
                        .with_attribute(("term", e.kind.folder()))
                        .write_empty()?;
                    w.create_element("summary")
                        .write_text_content(text(e.summary))?;
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    Ok(())
}
