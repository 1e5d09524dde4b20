//! Markdown → safe HTML. Content comes from many agencies, so it is untrusted:
//! whatever raw HTML it holds goes through ammonia with a strict allow-list.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::fold::anchor;

/// A link to a site address (`/en/projects/x/`) found in the words, to check once
/// every page is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SiteLink {
    pub(crate) target: String,
    /// Byte offset in the Markdown text.
    pub(crate) offset: usize,
}

/// A mistake in the words, at a byte offset of the Markdown text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LinkProblem {
    pub(crate) offset: usize,
    pub(crate) message: String,
    pub(crate) fix: String,
}

#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) site_links: Vec<SiteLink>,
    pub(crate) problems: Vec<LinkProblem>,
}

/// Where relative links into `files/` lead, and which files exist there.
pub(crate) struct FilesContext<'a> {
    /// The published folder, like `/files/projects/truong-a`.
    pub(crate) public_prefix: &'a str,
    pub(crate) names: &'a HashSet<String>,
}

pub(crate) fn render(markdown: &str, files: &FilesContext<'_>) -> Rendered {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut out = Rendered::default();
    let mut events = Vec::new();
    let mut heading: Option<(HeadingLevel, Option<String>, Vec<Event<'_>>)> = None;
    let mut last_heading: Option<String> = None;
    let mut used_ids: HashMap<String, usize> = HashMap::new();

    for (event, range) in Parser::new_ext(markdown, options).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                let dest_url = check_url(dest_url, range.start, files, &mut out);
                Event::Start(Tag::Link { link_type, dest_url, title, id })
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
                let dest_url = check_url(dest_url, range.start, files, &mut out);
                Event::Start(Tag::Image { link_type, dest_url, title, id })
            }
            Event::FootnoteReference(name) => {
                let id = anchor(&name);
                Event::Html(format!("<sup class=\"footnote-ref\"><a href=\"#fn-{id}\" id=\"fnref-{id}\">{}</a></sup>", escape(&name)).into())
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                Event::Html(format!("<div class=\"footnote\" id=\"fn-{}\"><span class=\"footnote-label\">{}.</span>", anchor(&name), escape(&name)).into())
            }
            Event::End(TagEnd::FootnoteDefinition) => Event::Html("</div>".into()),
            e => e,
        };
        match (&mut heading, event) {
            (None, Event::Start(Tag::Heading { level, id, .. })) => {
                heading = Some((level, id.map(|i| i.to_string()), Vec::new()));
            }
            (Some(_), Event::End(TagEnd::Heading(_))) => {
                let Some((level, id, inner)) = heading.take() else {
                    continue;
                };
                // The page's title is its only h1; a `#` in the words becomes an h2.
                let level = (level as usize).max(2);
                let text: String = inner
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let base = id.map_or_else(|| anchor(&text), |i| anchor(&i));
                let n = used_ids.entry(base.clone()).or_insert(0);
                *n += 1;
                let id = if *n == 1 { base } else { format!("{base}-{n}") };
                events.push(Event::Html(format!("<h{level} id=\"{id}\">").into()));
                events.extend(inner);
                events.push(Event::Html(format!("</h{level}>").into()));
                last_heading = Some(id);
            }
            (Some((_, _, inner)), e) => inner.push(e),
            // A wide table scrolls inside a region that keyboards can reach
            // and that is named by the heading above it.
            (None, e @ Event::Start(Tag::Table(_))) => {
                let name = last_heading
                    .as_ref()
                    .map(|id| format!(" aria-labelledby=\"{id}\""))
                    .unwrap_or_default();
                events.push(Event::Html(
                    format!("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"{name}>")
                        .into(),
                ));
                events.push(e);
            }
            (None, e @ Event::End(TagEnd::Table)) => {
                events.push(e);
                events.push(Event::Html("</div>".into()));
            }
            (None, e) => events.push(e),
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    out.html = SANITIZER.clean(&html).to_string();
    out
}

fn check_url<'a>(
    url: CowStr<'a>,
    offset: usize,
    files: &FilesContext<'_>,
    out: &mut Rendered,
) -> CowStr<'a> {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
    {
        return url;
    }
    // An anchor on the page itself: checked once the pages are rendered.
    if url.starts_with('#') {
        out.site_links.push(SiteLink {
            target: url.to_string(),
            offset,
        });
        return url;
    }
    if url.starts_with("//") {
        return url;
    }
    if url.starts_with('/') {
        out.site_links.push(SiteLink {
            target: url.to_string(),
            offset,
        });
        return url;
    }
    // Any other scheme (javascript:, data:, ftp:, …) is removed by the sanitiser;
    // say so, since the link would silently stop working.
    let has_scheme = lower
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains('/'));
    if has_scheme {
        out.problems.push(LinkProblem { offset, message: format!("the link \"{url}\" uses an address type that is not allowed"), fix: "link with https://, mailto:, tel:, a site address starting with /, or a file in files/".into() });
        return url;
    }
    let (path, fragment) = url
        .split_once('#')
        .map_or((url.as_ref(), ""), |(p, f)| (p, f));
    let path = path.strip_prefix("./").unwrap_or(path);
    match path.strip_prefix("files/") {
        Some(name) if !name.split('/').any(|part| part == ".." || part == ".") => {
            if !files.names.contains(name) {
                out.problems.push(LinkProblem { offset, message: format!("the link \"{url}\" points to a file that is not in this entry's `files/` folder"), fix: "put the file in `files/` beside the words, or correct the name (names are case-sensitive)".into() });
            }
            let fragment = if fragment.is_empty() {
                String::new()
            } else {
                format!("#{fragment}")
            };
            format!("{}/{name}{fragment}", files.public_prefix).into()
        }
        _ => {
            out.problems.push(LinkProblem { offset, message: format!("the relative link \"{url}\" leads outside this entry's `files/` folder"), fix: "link to a file in `files/` (like files/plan.pdf) or to a site address starting with / (like /en/projects/x/)".into() });
            url
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(None)
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("a", ["id"])
        .add_tag_attributes("div", ["id", "role", "tabindex", "aria-labelledby"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_allowed_classes("div", ["footnote", "table-scroll"])
        .add_allowed_classes("span", ["footnote-label"])
        .add_allowed_classes("sup", ["footnote-ref"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            // Only the alignment that tables need, never arbitrary style.
            ("th" | "td", "style") => matches!(
                value,
                "text-align: left" | "text-align: center" | "text-align: right"
            )
            .then_some(value.into()),
            ("input", "type") => (value == "checkbox").then_some(value.into()),
            // Only what a scrolling table's region needs.
            ("div", "role") => (value == "region").then_some(value.into()),
            ("div", "tabindex") => (value == "0").then_some(value.into()),
            _ => Some(value.into()),
        });
    for h in ["h2", "h3", "h4", "h5", "h6"] {
        b.add_tag_attributes(h, ["id"]);
    }
    b
});

#[cfg(test)]
mod tests {
    use super::*;

    fn render_plain(md: &str) -> Rendered {
        let names = HashSet::from(["plan.pdf".to_string()]);
        render(
            md,
            &FilesContext {
                public_prefix: "/files/projects/a",
                names: &names,
            },
        )
    }

    #[test]
    fn removes_scripts_handlers_and_dangerous_urls() {
        let html = render_plain("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[a](javascript:alert(1)) <iframe src=\"https://x\"></iframe><object></object><embed><form><input type=text></form><p style=\"color:red\">s</p>\n\n![d](data:image/png;base64,AAA)").html;
        for bad in [
            "<script",
            "onerror",
            "javascript:",
            "<iframe",
            "<object",
            "<embed",
            "<form",
            "style=",
            "data:",
            "type=\"text\"",
        ] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
    }

    #[test]
    fn renders_tables_footnotes_strikethrough_tasks_and_anchors() {
        let html = render_plain("# Bối cảnh\n\n## Bối cảnh\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n~~x~~ text[^n]\n\n[^n]: note\n\n- [x] done\n").html;
        assert!(html.contains("<h2 id=\"boi-canh\">Bối cảnh</h2>"), "{html}");
        assert!(html.contains("<h2 id=\"boi-canh-2\">"), "{html}");
        assert!(
            html.contains("<td style=\"text-align: right\">2</td>"),
            "{html}"
        );
        assert!(html.contains("<del>x</del>"), "{html}");
        assert!(
            html.contains("<a href=\"#fn-n\" id=\"fnref-n\">n</a>"),
            "{html}"
        );
        assert!(
            html.contains("<div class=\"footnote\" id=\"fn-n\">"),
            "{html}"
        );
        assert!(html.contains("type=\"checkbox\""), "{html}");
    }

    #[test]
    fn rewrites_links_into_files_and_collects_site_links() {
        let r = render_plain("[plan](files/plan.pdf) [p](/en/projects/x/) [gone](files/missing.pdf) [up](../other/vi.md)");
        assert!(
            r.html.contains("href=\"/files/projects/a/plan.pdf\""),
            "{}",
            r.html
        );
        assert_eq!(
            r.site_links,
            vec![SiteLink {
                target: "/en/projects/x/".into(),
                offset: 23
            }]
        );
        assert_eq!(r.problems.len(), 2);
        assert_eq!(r.problems[0].message, "the link \"files/missing.pdf\" points to a file that is not in this entry's `files/` folder");
        assert_eq!(
            r.problems[1].message,
            "the relative link \"../other/vi.md\" leads outside this entry's `files/` folder"
        );
    }

    #[test]
    fn wraps_tables_in_a_region_named_by_the_heading_above() {
        let r = render_plain("## Files\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<div role=\"button\" tabindex=\"5\">x</div>\n");
        assert!(
            r.html.contains("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"files\"><table>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("</table>\n</div>"), "{}", r.html);
        // Written by hand, other roles and tab orders do not pass.
        assert!(r.html.contains("<div>x</div>"), "{}", r.html);
    }
}
