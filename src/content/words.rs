//! `<lang>.md`: TOML front matter between `+++` lines, then Markdown.

use std::collections::HashSet;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

use crate::content::Words;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::{self, FilesContext};
use crate::messages::{text, Text};
use crate::source::SourceFile;

pub(crate) const MAX_SUMMARY_CHARS: usize = 300;

/// The front matter every kind shares.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawWords {
    title: Spanned<String>,
    summary: Spanned<String>,
    #[serde(default)]
    keywords: Vec<String>,
}

/// A procedure's front matter: the shared keys and its structured parts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProcedureWords {
    title: Spanned<String>,
    summary: Spanned<String>,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    pub(crate) conditions: Vec<String>,
    #[serde(default)]
    pub(crate) steps: Vec<RawStep>,
    #[serde(default)]
    pub(crate) documents: Vec<RawDocument>,
    /// Format 2: what the applicant receives.
    pub(crate) result: Option<String>,
    /// Format 2: when a recurring obligation (a periodic report) falls due.
    pub(crate) due: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStep {
    pub(crate) title: String,
    pub(crate) text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDocument {
    pub(crate) name: String,
    pub(crate) copies: u32,
    /// The spec's own example writes `conditions` after `[[documents]]`, which in
    /// TOML makes them the document's; they are read and shown with the procedure's.
    #[serde(default)]
    pub(crate) conditions: Vec<String>,
}

/// What the words of any kind give: the shared fields.
pub(crate) trait FrontMatter: DeserializeOwned {
    type Extra;
    fn split(self) -> (Spanned<String>, Spanned<String>, Vec<String>, Self::Extra);
}

impl FrontMatter for RawWords {
    type Extra = ();
    fn split(self) -> (Spanned<String>, Spanned<String>, Vec<String>, ()) {
        (self.title, self.summary, self.keywords, ())
    }
}

impl FrontMatter for RawProcedureWords {
    type Extra = ProcedureParts;
    fn split(
        self,
    ) -> (
        Spanned<String>,
        Spanned<String>,
        Vec<String>,
        ProcedureParts,
    ) {
        let mut conditions = self.conditions;
        conditions.extend(
            self.documents
                .iter()
                .flat_map(|d| d.conditions.iter().cloned()),
        );
        let parts = ProcedureParts {
            result: self.result,
            due: self.due,
            conditions,
            steps: self
                .steps
                .into_iter()
                .map(|s| Step {
                    title: s.title,
                    text: s.text,
                })
                .collect(),
            documents: self
                .documents
                .into_iter()
                .map(|d| Document {
                    name: d.name,
                    copies: d.copies,
                })
                .collect(),
        };
        (self.title, self.summary, self.keywords, parts)
    }
}

#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Step {
    pub(crate) title: String,
    pub(crate) text: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct Document {
    pub(crate) name: String,
    pub(crate) copies: u32,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub(crate) struct ProcedureParts {
    pub(crate) result: Option<String>,
    pub(crate) due: Option<String>,
    pub(crate) conditions: Vec<String>,
    pub(crate) steps: Vec<Step>,
    pub(crate) documents: Vec<Document>,
}

/// Parses one words file; its mistakes go to `out`.
pub(crate) fn parse<F: FrontMatter>(
    source: &SourceFile,
    files: &FilesContext<'_>,
    out: &mut Diagnostics,
) -> Option<Words<F::Extra>> {
    let (front, front_offset, body, body_offset) = match split_front_matter(&source.text) {
        Ok(parts) => parts,
        Err(missing) => {
            let (message, fix) = match missing {
                FrontMatterMissing::Opening => (
                    text!("front-matter-missing"),
                    text!("front-matter-missing-fix"),
                ),
                FrontMatterMissing::Closing => (
                    text!("front-matter-unclosed"),
                    text!("front-matter-unclosed-fix"),
                ),
            };
            out.push(Diagnostic::error(&source.name, message, fix).at(Some(source.position(0))));
            return None;
        }
    };
    let raw: F = match crate::toml_error::parse(source, front, front_offset) {
        Ok(r) => r,
        Err(d) => {
            out.extend(d);
            return None;
        }
    };
    let (title, summary, keywords, extra) = raw.split();
    let err = |span: std::ops::Range<usize>, m: Text, f: Text| {
        Diagnostic::error(&source.name, m, f).at(Some(source.position(front_offset + span.start)))
    };
    if title.get_ref().trim().is_empty() {
        out.push(err(
            title.span(),
            text!("title-empty"),
            text!("title-empty-fix"),
        ));
    }
    let summary_chars = summary.get_ref().chars().count();
    if summary.get_ref().trim().is_empty() {
        out.push(err(
            summary.span(),
            text!("summary-empty"),
            text!("summary-empty-fix"),
        ));
    } else if summary_chars > MAX_SUMMARY_CHARS {
        out.push(err(
            summary.span(),
            text!(
                "summary-too-long",
                count = summary_chars,
                max = MAX_SUMMARY_CHARS
            ),
            text!("summary-too-long-fix"),
        ));
    }
    let rendered = markdown::render(body, files);
    for p in rendered.problems {
        out.push(
            Diagnostic::error(&source.name, p.message, p.fix)
                .at(Some(source.position(body_offset + p.offset))),
        );
    }
    for offset in &rendered.tab_code {
        out.push(
            Diagnostic::warning(&source.name, text!("tab-code"), text!("tab-code-fix"))
                .at(Some(source.position(body_offset + offset))),
        );
    }
    let site_links = rendered
        .site_links
        .into_iter()
        .map(|l| {
            let at = source.position(body_offset + l.offset);
            (l, at)
        })
        .collect();
    Some(Words {
        file: source.name.clone(),
        title: title.into_inner().trim().to_string(),
        summary: summary.into_inner().trim().to_string(),
        keywords,
        body: rendered.html,
        site_links,
        extra,
    })
}

/// Which `+++` line of the front matter is missing.
enum FrontMatterMissing {
    Opening,
    Closing,
}

/// (front matter, its offset, body, its offset)
fn split_front_matter(text: &str) -> Result<(&str, usize, &str, usize), FrontMatterMissing> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "+++" {
        return Err(FrontMatterMissing::Opening);
    }
    if first_line_end == text.len() {
        return Err(FrontMatterMissing::Closing);
    }
    let front_start = first_line_end + 1;
    let mut pos = front_start;
    loop {
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if text[pos..line_end].trim_end() == "+++" {
            let body_start = (line_end + 1).min(text.len());
            return Ok((
                &text[front_start..pos],
                front_start,
                &text[body_start..],
                body_start,
            ));
        }
        if line_end >= text.len() {
            return Err(FrontMatterMissing::Closing);
        }
        pos = line_end + 1;
    }
}

/// The names in an entity's `files/`, for checking links.
pub(crate) fn file_names(files: &[crate::content::Attachment]) -> HashSet<String> {
    files.iter().map(|f| f.name.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_words(text: &str) -> (Option<Words<()>>, Vec<String>) {
        let src = SourceFile::from_text("content/pages/a/vi.md", text);
        let names = HashSet::new();
        let mut out = crate::diagnostics::Diagnostics::default();
        let w = parse::<RawWords>(
            &src,
            &FilesContext {
                public_prefix: "/files/pages/a",
                names: &names,
                base_url: "https://ngo.example.gov.vn",
            },
            &mut out,
        );
        (
            w,
            out.into_sorted()
                .iter()
                .map(|d| d.plain(crate::messages::Lang::En))
                .collect(),
        )
    }

    #[test]
    fn reads_front_matter_and_body() {
        let (w, out) =
            parse_words("+++\ntitle = \"Giới thiệu\"\nsummary = \"Về cổng.\"\n+++\n\nXin chào.\n");
        assert!(out.is_empty(), "{out:?}");
        let w = w.unwrap();
        assert_eq!(w.title, "Giới thiệu");
        assert_eq!(w.body, "<p>Xin chào.</p>\n");
    }

    #[test]
    fn rejects_an_unknown_front_matter_key_at_its_line() {
        let (_, out) = parse_words("+++\ntitle = \"a\"\nsumary = \"b\"\n+++\n");
        assert_eq!(out, vec!["error: content/pages/a/vi.md:3:1: unknown key `sumary`\n  fix: did you mean `summary`?"]);
    }

    #[test]
    fn rejects_a_summary_over_300_characters() {
        let long = "a".repeat(301);
        let (_, out) = parse_words(&format!("+++\ntitle = \"a\"\nsummary = \"{long}\"\n+++\n"));
        assert_eq!(out, vec!["error: content/pages/a/vi.md:3:11: the `summary` has 301 characters, more than 300\n  fix: shorten it and move the details into the text below the front matter"]);
    }

    #[test]
    fn rejects_words_without_front_matter() {
        let (_, out) = parse_words("Just text\n");
        assert_eq!(out, vec!["error: content/pages/a/vi.md:1:1: the words do not start with front matter between `+++` lines\n  fix: begin the file with a line `+++`, then `title = \"…\"` and `summary = \"…\"`, then another line `+++`, then the text"]);
    }

    #[test]
    fn locates_a_broken_link_in_the_body() {
        let (_, out) =
            parse_words("+++\ntitle = \"a\"\nsummary = \"b\"\n+++\nText\n\nSee [x](../b/vi.md).\n");
        assert_eq!(out, vec!["error: content/pages/a/vi.md:7:5: the relative link \"../b/vi.md\" leads outside this entry's `files/` folder\n  fix: link to a file in `files/` (like files/plan.pdf) or to a site address starting with / (like /en/projects/x/)"]);
    }
}
