//! The e-mail edition of each bulletin issue, in every language:
//! `email.html` and `email.txt` beside the issue's page, for staff to paste
//! or send with their own mail tools (minhbach sends nothing).
//!
//! Mail programs are not browsers: Outlook for Windows lays out with Word's
//! engine, Gmail drops `<style>` in many cases and clips a message over
//! 102 KB. So the HTML part is tables with inline styles only, no script, no
//! style sheet, no image, every link absolute (`base_url`), and it is cut
//! (the longest lists first, each cut said and linked to the web) until it
//! is under [`MAX_BYTES`]. The text part carries the same content.

use serde::Serialize;

use super::site_view::{data_context, SiteContext};
use super::views::{issue, In, IssueView};
use super::{error_chain, lang_marks, Engines};
use crate::content::texts::LangId;
use crate::diagnostics::Diagnostic;
use crate::messages::text;
use crate::site::Site;

/// Under Gmail's 102 KB, with room for what a mail program adds.
pub(crate) const MAX_BYTES: usize = 100_000;

/// Characters of an article's first paragraph kept as its summary.
const SUMMARY_CHARS: usize = 280;

#[derive(Serialize)]
struct EmailView<'a> {
    #[serde(flatten)]
    issue: IssueView<'a>,
    /// The issue's articles: each section of its words (a `##` heading),
    /// summed up by its first paragraph and linked to the web.
    articles: Vec<Article>,
    /// The issue's page online.
    web: String,
    /// Articles and new needs left out to stay under the size: the web page
    /// has them.
    more_articles: usize,
    more_new: usize,
}

#[derive(Serialize, Clone)]
struct Article {
    heading: Option<String>,
    summary: String,
    url: String,
}

/// The two parts of issue `index` in `lang`, by their paths in the output.
pub(crate) fn render(
    site: &Site,
    engines: &Engines,
    sites: &[SiteContext],
    lang: LangId,
    index: usize,
) -> Result<[(String, String); 2], Box<Diagnostic>> {
    let c = In { site, lang };
    let issue = issue(c, &site.bulletins[index], site.bulletins.get(index + 1));
    let web = format!("{}{}", site.config.base_url, issue.entry.url);
    let articles = articles(issue.entry.words.body, &web);
    let folder = issue.entry.url.trim_start_matches('/').to_string();
    let mut view = EmailView {
        articles,
        web,
        more_articles: 0,
        more_new: 0,
        issue,
    };
    let render = |view: &EmailView<'_>, template: &str| {
        data_context(&sites[lang.0], view)
            .and_then(|ctx| engines.by_lang[lang.0].render(template, &ctx))
            .map_err(|e| {
                Box::new(Diagnostic::error(
                    format!("themes/{}/templates/{template}", site.config.theme),
                    text!(
                        "template-failed",
                        detail = error_chain(&e),
                        page = format!("/{folder}{template}")
                    ),
                    text!("template-failed-fix"),
                ))
            })
    };
    let mut html = lang_marks::resolved(render(&view, "email.html")?);
    // Halve the longest list until the message fits: a large catalogue's
    // quarter can bring hundreds of new needs.
    while html.len() > MAX_BYTES && shorten(&mut view) {
        html = lang_marks::resolved(render(&view, "email.html")?);
    }
    let plain = lang_marks::strip(&render(&view, "email.txt")?);
    Ok([
        (format!("{folder}email.html"), html),
        (format!("{folder}email.txt"), plain),
    ])
}

/// Leaves out half of the longer of the two lists that grow with the
/// content; false when nothing is left to leave out.
fn shorten(view: &mut EmailView<'_>) -> bool {
    let new = view.issue.new_projects.len();
    let articles = view.articles.len();
    if new == 0 && articles == 0 {
        return false;
    }
    if new >= articles {
        let keep = new / 2;
        view.more_new += new - keep;
        view.issue.new_projects.truncate(keep);
    } else {
        let keep = articles / 2;
        view.more_articles += articles - keep;
        view.articles.truncate(keep);
    }
    true
}

/// The articles of an issue's words (sanitised HTML): one per `<h2>`
/// section, with its heading, its first paragraph shortened, and its
/// address on the web; words before the first heading make an article
/// without one.
fn articles(body: &str, web: &str) -> Vec<Article> {
    let mut out = Vec::new();
    let mut sections = body.split("<h2");
    if let Some(intro) = sections.next() {
        if let Some(summary) = first_paragraph(intro) {
            out.push(Article {
                heading: None,
                summary,
                url: web.to_string(),
            });
        }
    }
    for section in sections {
        let Some((open, rest)) = section.split_once('>') else {
            continue;
        };
        let (heading, rest) = rest.split_once("</h2>").unwrap_or((rest, ""));
        let id = open
            .split(" id=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .filter(|id| !id.is_empty());
        out.push(Article {
            heading: Some(text_of(heading)),
            summary: first_paragraph(rest).unwrap_or_default(),
            url: match id {
                Some(id) => format!("{web}#{id}"),
                None => web.to_string(),
            },
        });
    }
    out
}

/// The text of the first paragraph (or list item) of `html`, shortened.
fn first_paragraph(html: &str) -> Option<String> {
    let start = [html.find("<p>"), html.find("<li>")]
        .into_iter()
        .flatten()
        .min()?;
    let inner = &html[start..];
    let inner = &inner[inner.find('>')? + 1..];
    let end = ["</p>", "</li>"]
        .iter()
        .filter_map(|t| inner.find(t))
        .min()
        .unwrap_or(inner.len());
    let text = text_of(&inner[..end]);
    (!text.is_empty()).then(|| shorten_text(&text))
}

fn shorten_text(text: &str) -> String {
    if text.chars().count() <= SUMMARY_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SUMMARY_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}

/// The text of sanitised HTML, on one line: tags dropped, the entities the
/// Markdown renderer and the sanitiser write turned back into characters
/// (the template escapes them again).
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::{articles, shorten_text};

    #[test]
    fn an_issue_reads_as_articles_each_summed_up_and_linked_to_its_heading() {
        let body = "<p>Intro &amp; more.</p>\n<h2 id=\"rain\">Rain <em>now</em></h2>\n<p>First <a href=\"/en/x/\">link</a>.</p><p>Second.</p>\n<h2 id=\"list\">List</h2><ul><li>One</li></ul>";
        let found = articles(body, "https://x.example/en/bulletin/7/");
        let seen: Vec<(Option<&str>, &str, &str)> = found
            .iter()
            .map(|a| (a.heading.as_deref(), a.summary.as_str(), a.url.as_str()))
            .collect();
        assert_eq!(
            seen,
            [
                (None, "Intro & more.", "https://x.example/en/bulletin/7/"),
                (
                    Some("Rain now"),
                    "First link.",
                    "https://x.example/en/bulletin/7/#rain"
                ),
                (Some("List"), "One", "https://x.example/en/bulletin/7/#list"),
            ]
        );
    }

    #[test]
    fn a_long_paragraph_is_cut_at_a_word_with_an_ellipsis() {
        let long = "word ".repeat(100);
        let short = shorten_text(long.trim());
        assert!(short.ends_with("word…"), "{short}");
        assert!(short.chars().count() <= 281);
    }
}
