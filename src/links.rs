//! The links written in the words: each must lead to a page or file of the
//! site, and each `#anchor` to an element of the page it leads to. Addresses
//! are normalised once, here, for both checks.

use std::collections::{HashMap, HashSet};

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::messages::text;
use crate::routes::entity_url;
use crate::site::Site;

/// The `id`s of the pages that links point into, by address.
pub(crate) type Anchors = HashMap<String, HashSet<String>>;

/// One link of the words: where it is written and where it leads.
struct Link<'s> {
    file: &'s str,
    at: Position,
    /// As written.
    target: &'s str,
    /// The address of the page it is written on.
    page: String,
}

/// Every site address and anchor the words link to.
pub(crate) struct Links<'s> {
    links: Vec<Link<'s>>,
}

/// Where a link leads once normalised: a known address (a page ends with `/`,
/// without `index.html`), and the anchor after `#`.
struct Resolved<'t> {
    address: Option<String>,
    written: String,
    anchor: Option<&'t str>,
}

fn resolve<'t>(addresses: &HashSet<String>, target: &'t str, page: &str) -> Resolved<'t> {
    let (path, anchor) = match target.split_once('#') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (target, None),
    };
    let path = path.split('?').next().unwrap_or(path);
    let path = if path.is_empty() { page } else { path };
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let with_slash = format!("{}/", path.trim_end_matches('/'));
    let address = if addresses.contains(path) {
        Some(path.to_string())
    } else if addresses.contains(&with_slash) {
        Some(with_slash)
    } else {
        None
    };
    Resolved {
        address,
        written: path.to_string(),
        anchor,
    }
}

impl<'s> Links<'s> {
    /// Every site link of every words file.
    pub(crate) fn collect(site: &'s Site) -> Links<'s> {
        let config = &site.config;
        let mut links = Vec::new();
        for entry in site.entries() {
            for (lang, words) in config.languages.ids().zip(&entry.words) {
                let Some(words) = words else { continue };
                let page = entity_url(config, entry.kind, entry.slug.as_str(), lang);
                for (link, at) in words.site_links {
                    links.push(Link {
                        file: words.file,
                        at: *at,
                        target: &link.target,
                        page: page.clone(),
                    });
                }
            }
        }
        Links { links }
    }

    /// A link to a page or file that does not exist is a mistake; the nearest
    /// existing address is suggested when one is close.
    pub(crate) fn check_addresses(&self, addresses: &HashSet<String>, out: &mut Diagnostics) {
        for link in &self.links {
            let resolved = resolve(addresses, link.target, &link.page);
            if resolved.address.is_some() {
                continue;
            }
            let fix = match nearest_address(addresses, &resolved.written) {
                Some(near) => text!("did-you-mean-address", address = near),
                None => text!("link-to-nowhere-fix"),
            };
            out.push(
                Diagnostic::error(
                    link.file,
                    text!("link-to-nowhere", target = link.target),
                    fix,
                )
                .at(Some(link.at)),
            );
        }
    }

    /// The pages that links' anchors point into: only their ids are kept.
    pub(crate) fn anchor_targets(&self, addresses: &HashSet<String>) -> HashSet<String> {
        self.links
            .iter()
            .map(|l| resolve(addresses, l.target, &l.page))
            .filter(|r| r.anchor.is_some())
            .filter_map(|r| r.address)
            .collect()
    }

    /// An `#anchor` must name an element of the page it leads to.
    pub(crate) fn check_anchors(
        &self,
        addresses: &HashSet<String>,
        anchors: &Anchors,
        out: &mut Diagnostics,
    ) {
        for link in &self.links {
            let resolved = resolve(addresses, link.target, &link.page);
            let (Some(address), Some(anchor)) = (resolved.address, resolved.anchor) else {
                continue;
            };
            // Anchors into files (a PDF's #page=2) are not this site's to check.
            let Some(ids) = anchors.get(&address) else {
                continue;
            };
            if !anchor.is_empty() && !ids.contains(anchor) {
                out.push(
                    Diagnostic::error(
                        link.file,
                        text!(
                            "anchor-missing",
                            target = link.target,
                            address = address.clone(),
                            anchor = anchor
                        ),
                        crate::diagnostics::suggest(anchor, ids.iter().map(String::as_str)),
                    )
                    .at(Some(link.at)),
                );
            }
        }
    }
}

/// The existing address nearest to a wrong one, if it is close: a typo in a
/// slug, a missing or extra letter.
fn nearest_address<'a>(addresses: &'a HashSet<String>, wrong: &str) -> Option<&'a str> {
    let wrong = format!("{}/", wrong.trim_end_matches('/'));
    addresses
        .iter()
        .map(|a| (strsim::normalized_levenshtein(&wrong, a), a))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, a)| a.as_str())
}

/// Every `id="…"` of a rendered page.
pub(crate) fn ids(html: &str) -> HashSet<String> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addresses() -> HashSet<String> {
        [
            "/en/projects/",
            "/en/projects/school/",
            "/files/projects/a/README",
        ]
        .into_iter()
        .map(String::from)
        .collect()
    }

    #[test]
    fn normalises_index_html_missing_slashes_queries_and_bare_anchors() {
        let a = addresses();
        for (target, address) in [
            ("/en/projects/school/index.html", "/en/projects/school/"),
            ("/en/projects/school", "/en/projects/school/"),
            ("/en/projects/?sector=x#top", "/en/projects/"),
            ("#top", "/en/projects/school/"),
            ("/files/projects/a/README", "/files/projects/a/README"),
        ] {
            let r = resolve(&a, target, "/en/projects/school/");
            assert_eq!(r.address.as_deref(), Some(address), "{target}");
        }
        assert_eq!(resolve(&a, "/en/projets/", "/en/").address, None);
    }

    #[test]
    fn suggests_an_address_only_when_it_is_close() {
        let a = addresses();
        assert_eq!(
            nearest_address(&a, "/en/projects/schol/"),
            Some("/en/projects/school/")
        );
        assert_eq!(nearest_address(&a, "/vi/thu-tuc/xyz/"), None);
    }
}
