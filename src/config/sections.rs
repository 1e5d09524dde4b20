//! `[sections]`: the words of every address, per language.

use serde::Deserialize;

use super::RawTexts;
use crate::content::texts::{Languages, Texts};
use crate::content::types::slug_problem;
use crate::content::Kind;
use crate::diagnostics::{suggest, suggest_or, Diagnostic, Diagnostics};
use crate::messages::text;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSections {
    projects: RawTexts,
    procedures: RawTexts,
    results: RawTexts,
    bulletin: RawTexts,
    pages: RawTexts,
    // Format 2: the words of the generated addresses, each optional.
    sector: Option<RawTexts>,
    locality: Option<RawTexts>,
    period: Option<RawTexts>,
    status: Option<RawTexts>,
    sort: Option<RawTexts>,
    page: Option<RawTexts>,
    search: Option<RawTexts>,
    data: Option<RawTexts>,
    print: Option<RawTexts>,
    figures: Option<RawTexts>,
}

/// A word of the addresses the build generates (format 2's `[sections]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    Sector,
    Locality,
    Period,
    Status,
    Sort,
    Page,
    Search,
    Data,
    Print,
    /// The "How we count" page, under the open-data page's address: not in
    /// the spec's list; it follows the same pattern.
    Figures,
}

impl Word {
    pub(crate) const ALL: [Word; 10] = [
        Word::Sector,
        Word::Locality,
        Word::Period,
        Word::Status,
        Word::Sort,
        Word::Page,
        Word::Search,
        Word::Data,
        Word::Print,
        Word::Figures,
    ];

    /// The key in `[sections]`, and the word of every language but Vietnamese.
    pub(crate) fn key(self) -> &'static str {
        match self {
            Word::Sector => "sector",
            Word::Locality => "locality",
            Word::Period => "period",
            Word::Status => "status",
            Word::Sort => "sort",
            Word::Page => "page",
            Word::Search => "search",
            Word::Data => "data",
            Word::Print => "print",
            Word::Figures => "how-we-count",
        }
    }

    /// The spec's built-in Vietnamese word.
    fn vietnamese(self) -> &'static str {
        match self {
            Word::Sector => "linh-vuc",
            Word::Locality => "dia-ban",
            Word::Period => "giai-doan",
            Word::Status => "tinh-trang",
            Word::Sort => "sap-xep",
            Word::Page => "trang",
            Word::Search => "tim-kiem",
            Word::Data => "du-lieu",
            Word::Print => "ban-in",
            Word::Figures => "cach-tinh",
        }
    }

    /// Whether the word names pages under the catalogue's address (and so may
    /// not be a project's folder name).
    pub(crate) fn under_projects(self) -> bool {
        !matches!(self, Word::Search | Word::Data | Word::Figures)
    }
}

pub(super) fn check_sections(
    raw: &RawSections,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> Option<Vec<Texts>> {
    let raws = [
        &raw.projects,
        &raw.procedures,
        &raw.results,
        &raw.bulletin,
        &raw.pages,
    ];
    let mut all = Vec::new();
    for (kind, raw) in Kind::ALL.into_iter().zip(raws) {
        let what = text!("what-section", key = kind.folder());
        let mut problems = Diagnostics::default();
        let texts = Texts::check(raw, languages, source, &what, &mut problems);
        // A missing URL word cannot fall back: every language needs its addresses.
        for mut d in problems {
            d.severity = crate::diagnostics::Severity::Error;
            out.push(d);
        }
        let texts = texts?;
        for (lang, word) in texts.iter() {
            if let Some(problem) = slug_problem(word) {
                let code = languages.code(lang);
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!(
                            "word-not-an-address",
                            what = what.clone(),
                            lang = code,
                            word = word,
                            problem = problem
                        ),
                        text!("word-not-an-address-fix", example = "du-an"),
                    )
                    .at(Some(source.position(word_at(raw, code)))),
                );
            }
        }
        all.push(texts);
    }
    for lang in languages.ids() {
        let mut words: Vec<&str> = all.iter().map(|t| t.get(lang).0).collect();
        words.sort_unstable();
        if let Some([w, _]) = words.windows(2).find(|w| w[0] == w[1]) {
            out.push(Diagnostic::error(
                &source.name,
                text!("sections-same-word", word = *w, lang = languages.code(lang)),
                text!("sections-same-word-fix"),
            ));
            return None;
        }
    }
    Some(all)
}

/// Where the word of language `code` is written in `raw`: its text, else
/// the table.
fn word_at(raw: &RawTexts, code: &str) -> usize {
    raw.get_ref()
        .get(code)
        .map_or(raw.span().start, |w| w.span().start)
}

/// Every language a word of `[sections]` is given in is one of the site's.
fn word_languages_known(
    word: Word,
    raw: &RawTexts,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    for code in raw.get_ref().keys() {
        if languages.find(code.get_ref()).is_none() {
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!(
                        "not-a-site-language",
                        what = text!("what-section", key = word.key()),
                        lang = code.get_ref()
                    ),
                    suggest_or(
                        suggest(code.get_ref(), languages.codes.iter().map(String::as_str)),
                        text!("languages-are-set-in-site-toml"),
                    ),
                )
                .at(Some(source.position(code.span().start))),
            );
            ok = false;
        }
    }
    ok
}

/// The words of the generated addresses: each language's from `[sections]`,
/// else the built-in default. A word must be usable in an address, and the
/// top-level ones (search, data) may not take a section's word.
pub(super) fn check_words(
    raw: &RawSections,
    sections: &[Texts],
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> Option<Vec<Vec<String>>> {
    let raws = [
        &raw.sector,
        &raw.locality,
        &raw.period,
        &raw.status,
        &raw.sort,
        &raw.page,
        &raw.search,
        &raw.data,
        &raw.print,
        &raw.figures,
    ];
    let mut ok = true;
    let mut all = Vec::new();
    for (word, raw) in Word::ALL.into_iter().zip(raws) {
        let mut by_lang = Vec::new();
        for lang in languages.ids() {
            let code = languages.code(lang);
            let written = raw.as_ref().and_then(|r| r.get_ref().get(code));
            let chosen = match written {
                Some(w) => w.get_ref().trim().to_string(),
                None if code == "vi" => word.vietnamese().to_string(),
                None => word.key().to_string(),
            };
            if let (Some(raw), Some(problem)) = (raw, slug_problem(&chosen)) {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        text!(
                            "word-not-an-address",
                            what = text!("what-section", key = word.key()),
                            lang = code,
                            word = chosen.clone(),
                            problem = problem
                        ),
                        text!("word-not-an-address-fix", example = "linh-vuc"),
                    )
                    .at(Some(source.position(word_at(raw, code)))),
                );
                ok = false;
            }
            let top_level = matches!(word, Word::Search | Word::Data);
            if top_level && sections.iter().any(|s| s.get(lang).0 == chosen) {
                out.push(Diagnostic::error(
                    &source.name,
                    text!(
                        "word-is-a-section",
                        key = word.key(),
                        lang = code,
                        word = chosen.clone()
                    ),
                    text!("word-is-a-section-fix"),
                ));
                ok = false;
            }
            by_lang.push(chosen);
        }
        if let Some(raw) = raw {
            ok &= word_languages_known(word, raw, languages, source, out);
        }
        all.push(by_lang);
    }
    // Two words under one address would make two pages of one place.
    for lang in languages.ids() {
        let mut under: Vec<&str> = Word::ALL
            .into_iter()
            .filter(|w| w.under_projects())
            .map(|w| all[w as usize][lang.0].as_str())
            .collect();
        under.sort_unstable();
        if let Some(pair) = under.windows(2).find(|p| p[0] == p[1]) {
            out.push(Diagnostic::error(
                &source.name,
                text!("words-same", word = pair[0], lang = languages.code(lang)),
                text!("words-same-fix"),
            ));
            ok = false;
        }
        if all[Word::Search as usize][lang.0] == all[Word::Data as usize][lang.0] {
            out.push(Diagnostic::error(
                &source.name,
                text!(
                    "words-search-data-same",
                    word = all[Word::Search as usize][lang.0].clone(),
                    lang = languages.code(lang)
                ),
                text!("words-same-fix"),
            ));
            ok = false;
        }
    }
    ok.then_some(all)
}
