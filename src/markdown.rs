//! Markdown → safe HTML. Content comes from many agencies, so it is untrusted:
//! whatever raw HTML it holds goes through ammonia with a strict allow-list,
//! once its depth is known to be safe to parse (`nesting`). Words without raw
//! HTML need no sanitiser: pulldown-cmark escapes what they say, and every
//! address is checked here.

mod nesting;

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::LazyLock;

use pulldown_cmark::{
    CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd,
};

use crate::fold::anchor;
use crate::messages::{text, Text};
use nesting::{Depth, MAX_DEPTH};

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
    pub(crate) message: Text,
    pub(crate) fix: Text,
}

#[derive(Debug, Default)]
pub(crate) struct Rendered {
    pub(crate) html: String,
    pub(crate) site_links: Vec<SiteLink>,
    pub(crate) problems: Vec<LinkProblem>,
    /// Offsets of code blocks made by indenting a line with a tab: in text
    /// pasted from a word processor, almost always a paragraph that will show
    /// as code by mistake.
    pub(crate) tab_code: Vec<usize>,
}

/// Where relative links into `files/` lead, and which files exist there.
pub(crate) struct FilesContext<'a> {
    /// The published folder, like `/files/projects/truong-a`.
    pub(crate) public_prefix: &'a str,
    pub(crate) names: &'a HashSet<String>,
    /// The site's own address (`base_url`): a link written with it, copied
    /// from the browser, is a link inside the site.
    pub(crate) base_url: &'a str,
}

const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH)
    .union(Options::ENABLE_TASKLISTS)
    .union(Options::ENABLE_HEADING_ATTRIBUTES);

pub(crate) fn render(markdown: &str, files: &FilesContext<'_>) -> Rendered {
    let mut out = Rendered::default();
    let mut stream = Stream::default();
    let mut depth = Depth::default();
    // Raw HTML from the author; the renderer's own (headings, footnotes,
    // tables) is trusted.
    let mut raw_html = false;

    for (event, range) in Parser::new_ext(markdown, OPTIONS).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) = &event {
            let line_start = markdown[..range.start].rfind('\n').map_or(0, |i| i + 1);
            if markdown[line_start..].starts_with('\t') {
                out.tab_code.push(line_start);
            }
        }
        match &event {
            Event::Start(tag) => depth.start(tag, range.start),
            Event::End(tag) => depth.end(*tag),
            Event::Html(_) | Event::InlineHtml(_) => raw_html = true,
            _ => {}
        }
        let event = rewrite(event, range.start, files, &mut out);
        stream.push(event, range.start);
    }
    if depth.too_deep() {
        out.problems.push(LinkProblem {
            offset: depth.deepest_at,
            message: text!("markdown-too-deep", depth = depth.deepest, max = MAX_DEPTH),
            fix: text!("markdown-too-deep-fix"),
        });
        return out;
    }
    if !raw_html {
        // pulldown-cmark escapes text and attributes, and `check_url` has
        // emptied every address of a scheme not allowed: there is nothing
        // to sanitise, and html5ever would only cost time.
        let mut html = String::with_capacity(markdown.len() * 3 / 2);
        pulldown_cmark::html::push_html(&mut html, stream.events.into_iter().map(|(e, _)| e));
        // Kept all build long: a copy of its own length, as the buffer's
        // spare room was 8.5 MB of a 10,000-project build's peak.
        html.as_str().clone_into(&mut out.html);
        return out;
    }
    let (html, marks) = html_with_offsets(stream.events, markdown.len());
    if let Some(line) = nesting::html_depth(&html) {
        out.problems.push(LinkProblem {
            offset: source_offset(&html, &marks, line),
            message: text!("html-too-deep", max = MAX_DEPTH),
            fix: text!("html-too-deep-fix"),
        });
        return out;
    }
    out.html = SANITIZER.clean(&html).to_string();
    out
}

/// An event as it comes from the parser, made safe and ours: addresses
/// checked, footnotes in the theme's markup.
fn rewrite<'a>(
    event: Event<'a>,
    offset: usize,
    files: &FilesContext<'_>,
    out: &mut Rendered,
) -> Event<'a> {
    match event {
        // pulldown-cmark writes `mailto:` before an address it recognised.
        e @ Event::Start(Tag::Link {
            link_type: LinkType::Email,
            ..
        }) => e,
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = check_url(dest_url, offset, files, out);
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let dest_url = check_url(dest_url, offset, files, out);
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        // The sanitiser never let a code block's language class through.
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(CowStr::Borrowed(""))))
        }
        Event::FootnoteReference(name) => {
            let id = anchor(&name);
            Event::Html(format!("<sup class=\"footnote-ref\"><a href=\"#fn-{id}\" id=\"fnref-{id}\">{}</a></sup>", escape(&name)).into())
        }
        Event::Start(Tag::FootnoteDefinition(name)) => Event::Html(
            format!(
                "<div class=\"footnote\" id=\"fn-{}\"><span class=\"footnote-label\">{}.</span>",
                anchor(&name),
                escape(&name)
            )
            .into(),
        ),
        Event::End(TagEnd::FootnoteDefinition) => Event::Html("</div>".into()),
        e => e,
    }
}

/// A heading being read: its level, its written id and what it holds.
type Heading<'a> = (HeadingLevel, Option<String>, Vec<(Event<'a>, usize)>);

/// The events on their way to HTML, each with the byte offset of the
/// Markdown it came from: headings get their anchors, tables their region.
#[derive(Default)]
struct Stream<'a> {
    events: Vec<(Event<'a>, usize)>,
    heading: Option<Heading<'a>>,
    last_heading: Option<String>,
    used_ids: HashMap<String, usize>,
}

impl<'a> Stream<'a> {
    fn push(&mut self, event: Event<'a>, at: usize) {
        match (&mut self.heading, event) {
            (None, Event::Start(Tag::Heading { level, id, .. })) => {
                self.heading = Some((level, id.map(|i| i.to_string()), Vec::new()));
            }
            (Some(_), Event::End(TagEnd::Heading(_))) => self.end_heading(at),
            (Some((_, _, inner)), e) => inner.push((e, at)),
            // A wide table scrolls inside a region that keyboards can reach
            // and that is named by the heading above it.
            (None, e @ Event::Start(Tag::Table(_))) => {
                let name = self
                    .last_heading
                    .as_ref()
                    .map(|id| format!(" aria-labelledby=\"{id}\""))
                    .unwrap_or_default();
                let region =
                    format!("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"{name}>");
                self.events.push((Event::Html(region.into()), at));
                self.events.push((e, at));
            }
            (None, e @ Event::End(TagEnd::Table)) => {
                self.events.push((e, at));
                self.events.push((Event::Html("</div>".into()), at));
            }
            (None, e) => self.events.push((e, at)),
        }
    }

    fn end_heading(&mut self, at: usize) {
        let Some((level, id, inner)) = self.heading.take() else {
            return;
        };
        // The page's title is its only h1; a `#` in the words becomes an h2.
        let level = (level as usize).max(2);
        let text: String = inner
            .iter()
            .filter_map(|(e, _)| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let base = id.map_or_else(|| anchor(&text), |i| anchor(&i));
        let n = self.used_ids.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        self.events
            .push((Event::Html(format!("<h{level} id=\"{id}\">").into()), at));
        self.events.extend(inner);
        self.events
            .push((Event::Html(format!("</h{level}>").into()), at));
        self.last_heading = Some(id);
    }
}

/// The HTML of `events`, and where each event's HTML begins: (byte offset in
/// the HTML, byte offset in the Markdown).
fn html_with_offsets(
    events: Vec<(Event<'_>, usize)>,
    markdown_len: usize,
) -> (String, Vec<(usize, usize)>) {
    struct Marked<'c> {
        html: String,
        at: &'c Cell<usize>,
        marks: Vec<(usize, usize)>,
    }
    impl fmt::Write for Marked<'_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            let at = self.at.get();
            if self.marks.last().is_none_or(|&(_, last)| last != at) {
                self.marks.push((self.html.len(), at));
            }
            self.html.push_str(s);
            Ok(())
        }
    }
    let at = Cell::new(0);
    let mut marked = Marked {
        html: String::with_capacity(markdown_len * 3 / 2),
        at: &at,
        marks: Vec::new(),
    };
    let events = events.into_iter().map(|(e, offset)| {
        at.set(offset);
        e
    });
    // Writing into a String never fails.
    let _ = pulldown_cmark::html::write_html_fmt(&mut marked, events);
    (marked.html, marked.marks)
}

/// The offset in the Markdown of the event whose HTML holds the start of
/// `line` (from 1) of `html`.
fn source_offset(html: &str, marks: &[(usize, usize)], line: u64) -> usize {
    let skip = usize::try_from(line.saturating_sub(1)).unwrap_or(usize::MAX);
    let line_start = if skip == 0 {
        0
    } else {
        html.match_indices('\n')
            .nth(skip - 1)
            .map_or(html.len(), |(i, _)| i + 1)
    };
    let i = marks.partition_point(|&(at, _)| at <= line_start);
    marks
        .get(i.saturating_sub(1))
        .map_or(0, |&(_, offset)| offset)
}

/// The path of an address of the preview (`http://127.0.0.1:8000/vi/…`,
/// `localhost`), lowercased.
fn preview_path(lower: &str) -> Option<&str> {
    let rest = lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))?;
    let (host, _) = rest.split_once('/').unwrap_or((rest, ""));
    let name = host.rsplit_once(':').map_or(host, |(name, port)| {
        if port.chars().all(|c| c.is_ascii_digit()) {
            name
        } else {
            host
        }
    });
    matches!(name, "127.0.0.1" | "localhost" | "0.0.0.0" | "[::1]")
        .then(|| rest.find('/').map_or("/", |at| &rest[at..]))
}

fn check_url<'a>(
    url: CowStr<'a>,
    offset: usize,
    files: &FilesContext<'_>,
    out: &mut Rendered,
) -> CowStr<'a> {
    let lower = url.to_ascii_lowercase();
    // The site's own pages, copied with their full address: checked like any
    // link inside the site, and written as one (`/vi/…`), so that the disc
    // edition and the preview keep them.
    let own = files.base_url.to_ascii_lowercase();
    if !own.is_empty() && lower.starts_with(&own) && url[own.len()..].starts_with('/') {
        let path = url[own.len()..].to_string();
        out.site_links.push(SiteLink {
            target: path.clone(),
            offset,
        });
        return CowStr::from(path);
    }
    // The preview's address works on one computer, for as long as it runs.
    if let Some(path) = preview_path(&lower) {
        out.problems.push(LinkProblem {
            offset,
            message: text!("link-preview", url = url.as_ref()),
            fix: text!(
                "link-preview-fix",
                path = url[url.len() - path.len()..].to_string()
            ),
        });
        return CowStr::Borrowed("");
    }
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
    // Any other scheme (javascript:, data:, ftp:, …) is a mistake, and never
    // reaches the page.
    let has_scheme = lower
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.is_empty() && !scheme.contains('/'));
    if has_scheme {
        out.problems.push(LinkProblem {
            offset,
            message: text!("link-scheme", url = url.as_ref()),
            fix: text!("link-scheme-fix"),
        });
        // Words without raw HTML skip the sanitiser: the address must not
        // reach the page even in a build that goes on to fail.
        return CowStr::Borrowed("");
    }
    let (path, fragment) = url
        .split_once('#')
        .map_or((url.as_ref(), ""), |(p, f)| (p, f));
    let path = path.strip_prefix("./").unwrap_or(path);
    match path.strip_prefix("files/") {
        Some(name) if !name.split('/').any(|part| part == ".." || part == ".") => {
            if !files.names.contains(name) {
                out.problems.push(LinkProblem {
                    offset,
                    message: text!("link-file-missing", url = url.as_ref()),
                    fix: text!("link-file-missing-fix"),
                });
            }
            let fragment = if fragment.is_empty() {
                String::new()
            } else {
                format!("#{fragment}")
            };
            format!("{}/{name}{fragment}", files.public_prefix).into()
        }
        _ => {
            out.problems.push(LinkProblem {
                offset,
                message: text!("link-outside-files", url = url.as_ref()),
                fix: text!("link-outside-files-fix"),
            });
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
mod tests;
