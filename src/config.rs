//! site.toml: raw → validated.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use crate::content::texts::{LangId, Languages, Texts};
use crate::content::types::{
    slug_problem, Currency, Date, LocalityKey, OrgKey, PeriodKey, SectorKey,
};
use crate::content::Kind;
use crate::diagnostics::{suggest, Diagnostic, Diagnostics};
use crate::source::SourceFile;

type RawTexts = Spanned<BTreeMap<String, String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    theme: Spanned<String>,
    default_language: Spanned<String>,
    languages: Spanned<Vec<String>>,
    site: RawSite,
    money: RawMoney,
    sections: RawSections,
    #[serde(default)]
    sectors: BTreeMap<String, RawSector>,
    #[serde(default)]
    localities: BTreeMap<String, RawLocality>,
    #[serde(default)]
    periods: BTreeMap<String, RawPeriod>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    name: RawTexts,
    publisher: Spanned<String>,
    notice: Option<RawTexts>,
    license: Option<RawTexts>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    base_currency: Currency,
    usd_rate: Option<Spanned<f64>>,
    usd_rate_date: Option<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSections {
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
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    name: RawTexts,
    dac: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLocality {
    name: RawTexts,
    parent: Option<Spanned<String>>,
    until: Option<Date>,
    successor: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    name: RawTexts,
    from: i32,
    to: Spanned<i32>,
}

#[derive(Debug)]
pub struct Sector {
    pub name: Texts,
    pub dac: String,
}

#[derive(Debug)]
pub struct Locality {
    pub name: Texts,
    pub parent: Option<LocalityKey>,
    pub until: Option<Date>,
    pub successor: Option<LocalityKey>,
}

#[derive(Debug)]
pub struct Period {
    pub name: Texts,
    pub from: i32,
    pub to: i32,
}

#[derive(Debug)]
pub struct MoneyConfig {
    pub base: Currency,
    /// VND per USD and the day it was taken, to show approximate USD totals.
    pub usd_rate: Option<(f64, Date)>,
}

#[derive(Debug)]
pub struct Config {
    pub base_url: String,
    pub theme: String,
    pub languages: Languages,
    pub name: Texts,
    pub publisher: Spanned<OrgKey>,
    pub notice: Option<Texts>,
    pub license: Option<Texts>,
    pub money: MoneyConfig,
    /// The URL word of each section, per language, in `Kind::ALL` order.
    pub sections: Vec<Texts>,
    /// The words of the generated addresses, per language, in `Word::ALL` order.
    pub words: Vec<Vec<String>>,
    pub sectors: BTreeMap<SectorKey, Sector>,
    pub localities: BTreeMap<LocalityKey, Locality>,
    pub periods: BTreeMap<PeriodKey, Period>,
}

/// A word of the addresses the build generates (format 2's `[sections]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Sector,
    Locality,
    Period,
    Status,
    Sort,
    Page,
    Search,
    Data,
    Print,
}

impl Word {
    pub const ALL: [Word; 9] = [
        Word::Sector,
        Word::Locality,
        Word::Period,
        Word::Status,
        Word::Sort,
        Word::Page,
        Word::Search,
        Word::Data,
        Word::Print,
    ];

    /// The key in `[sections]`, and the word of every language but Vietnamese.
    pub fn key(self) -> &'static str {
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
        }
    }

    /// Whether the word names pages under the catalogue's address (and so may
    /// not be a project's folder name).
    pub fn under_projects(self) -> bool {
        !matches!(self, Word::Search | Word::Data)
    }
}

impl Config {
    pub fn section_word(&self, kind: Kind, lang: LangId) -> &str {
        self.sections[kind as usize].get(lang).0
    }

    /// A word of the generated addresses in `lang`.
    pub fn word(&self, word: Word, lang: LangId) -> &str {
        &self.words[word as usize][lang.0]
    }

    /// The folder names a project may not take: the words of the addresses
    /// under the catalogue's, in any language.
    pub fn reserved_slugs(&self) -> Vec<&str> {
        let mut all: Vec<&str> = Word::ALL
            .into_iter()
            .filter(|w| w.under_projects())
            .flat_map(|w| self.words[w as usize].iter().map(String::as_str))
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }

    /// A locality and its parents, nearest first.
    pub fn locality_chain<'a>(
        &'a self,
        key: &'a LocalityKey,
    ) -> impl Iterator<Item = (&'a LocalityKey, &'a Locality)> {
        let mut next = Some(key);
        std::iter::from_fn(move || {
            let k = next?;
            let (k, l) = self.localities.get_key_value(k)?;
            next = l.parent.as_ref();
            Some((k, l))
        })
    }
}

/// Parses and checks site.toml; every mistake found is pushed to `out`.
pub fn load(source: &SourceFile, out: &mut Diagnostics) -> Option<Config> {
    let raw: RawConfig = match crate::toml_error::parse(source, &source.text, 0) {
        Ok(r) => r,
        Err(d) => {
            out.extend(d);
            return None;
        }
    };
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let err = |span: std::ops::Range<usize>, m: String, f: String| {
        Diagnostic::error(&source.name, m, f).at(at(span))
    };
    let errors_before = out.error_count();

    let base_url = check_base_url(&raw.base_url, source, out);

    let languages = check_languages(&raw, source, out)?;
    let texts = |raw: &RawTexts, what: &str, out: &mut Diagnostics| {
        Texts::check(raw, &languages, source, what, out)
    };

    let name = texts(&raw.site.name, "the site's `name`", out);
    let notice = raw
        .site
        .notice
        .as_ref()
        .and_then(|t| texts(t, "the site's `notice`", out));
    let license = raw
        .site
        .license
        .as_ref()
        .and_then(|t| texts(t, "the site's `license`", out));
    let money = check_money(&raw.money, source, out);
    let sections = check_sections(&raw.sections, &languages, source, out);
    let words = sections
        .as_ref()
        .and_then(|s| check_words(&raw.sections, s, &languages, source, out));

    let sectors = check_sectors(&raw.sectors, &languages, source, out);
    let localities = check_localities(&raw.localities, &languages, source, out);
    let mut periods = BTreeMap::new();
    for (key, p) in &raw.periods {
        if p.from > *p.to.get_ref() {
            out.push(err(
                p.to.span(),
                format!(
                    "period `{key}` ends ({}) before it starts ({})",
                    p.to.get_ref(),
                    p.from
                ),
                "make `to` the same year as `from` or later".into(),
            ));
        }
        if let Some(name) = texts(&p.name, &format!("period `{key}`"), out) {
            periods.insert(
                PeriodKey(key.clone()),
                Period {
                    name,
                    from: p.from,
                    to: *p.to.get_ref(),
                },
            );
        }
    }
    let theme = raw.theme.get_ref().clone();
    if out.error_count() > errors_before {
        return None;
    }
    Some(Config {
        base_url,
        theme,
        languages,
        name: name?,
        publisher: Spanned::new(
            raw.site.publisher.span(),
            OrgKey(raw.site.publisher.get_ref().clone()),
        ),
        notice,
        license,
        money: money?,
        sections: sections?,
        words: words?,
        sectors,
        localities,
        periods,
    })
}

fn check_languages(
    raw: &RawConfig,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> Option<Languages> {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let codes = raw.languages.get_ref().clone();
    let mut ok = true;
    if codes.is_empty() {
        out.push(
            Diagnostic::error(
                &source.name,
                "`languages` is empty",
                "list the site's languages, like languages = [\"vi\", \"en\"]",
            )
            .at(at(raw.languages.span())),
        );
        return None;
    }
    for (i, code) in codes.iter().enumerate() {
        if code.parse::<unic_langid::LanguageIdentifier>().is_err() || slug_problem(code).is_some()
        {
            out.push(
                Diagnostic::error(
                    &source.name,
                    format!("`{code}` is not a language code"),
                    "use a lowercase language code such as \"vi\", \"en\" or \"fr\"",
                )
                .at(at(raw.languages.span())),
            );
            ok = false;
        }
        if codes[..i].contains(code) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    format!("`{code}` is listed twice in `languages`"),
                    "list each language once",
                )
                .at(at(raw.languages.span())),
            );
            ok = false;
        }
    }
    let default = raw.default_language.get_ref();
    let Some(default) = codes.iter().position(|c| c == default) else {
        out.push(
            Diagnostic::error(
                &source.name,
                format!("`default_language` \"{default}\" is not in `languages`"),
                suggest(default, codes.iter().map(String::as_str)),
            )
            .at(at(raw.default_language.span())),
        );
        return None;
    };
    ok.then_some(Languages {
        codes,
        default: LangId(default),
    })
}

fn check_money(raw: &RawMoney, source: &SourceFile, out: &mut Diagnostics) -> Option<MoneyConfig> {
    let usd_rate = match (&raw.usd_rate, raw.usd_rate_date) {
        (Some(rate), Some(date)) if *rate.get_ref() > 0.0 && rate.get_ref().is_finite() => {
            Some((*rate.get_ref(), date))
        }
        (Some(rate), _) if *rate.get_ref() <= 0.0 || !rate.get_ref().is_finite() => {
            out.push(
                Diagnostic::error(
                    &source.name,
                    "`usd_rate` must be a positive number",
                    "write how many VND one USD buys, like usd_rate = 25400",
                )
                .at(Some(source.position(rate.span().start))),
            );
            return None;
        }
        (None, None) => None,
        _ => {
            out.push(Diagnostic::error(
                &source.name,
                "[money] has only one of `usd_rate` and `usd_rate_date`",
                "write both, the rate and the day it was taken, or neither",
            ));
            return None;
        }
    };
    Some(MoneyConfig {
        base: raw.base_currency,
        usd_rate,
    })
}

fn check_sections(
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
        let at = Some(source.position(raw.span().start));
        let what = format!("[sections] `{}`", kind.folder());
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
                out.push(Diagnostic::error(&source.name, format!("{what}: the {} word \"{word}\" cannot be part of an address: {problem}", languages.code(lang)), "use lowercase ASCII letters and `-`, like \"du-an\"").at(at));
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
                format!(
                    "[sections]: two sections use the word \"{}\" in `{}`",
                    w,
                    languages.code(lang)
                ),
                "give each section its own word",
            ));
            return None;
        }
    }
    Some(all)
}

/// The words of the generated addresses: each language's from `[sections]`,
/// else the built-in default. A word must be usable in an address, and the
/// top-level ones (search, data) may not take a section's word.
fn check_words(
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
    ];
    let mut ok = true;
    let mut all = Vec::new();
    for (word, raw) in Word::ALL.into_iter().zip(raws) {
        let mut by_lang = Vec::new();
        for lang in languages.ids() {
            let code = languages.code(lang);
            let written = raw.as_ref().and_then(|r| r.get_ref().get(code));
            let chosen = match written {
                Some(w) => w.trim().to_string(),
                None if code == "vi" => word.vietnamese().to_string(),
                None => word.key().to_string(),
            };
            if let (Some(raw), Some(problem)) = (raw, slug_problem(&chosen)) {
                out.push(Diagnostic::error(&source.name, format!("[sections] `{}`: the {code} word \"{chosen}\" cannot be part of an address: {problem}", word.key()), "use lowercase ASCII letters and `-`, like \"linh-vuc\"").at(Some(source.position(raw.span().start))));
                ok = false;
            }
            if !word.under_projects() && sections.iter().any(|s| s.get(lang).0 == chosen) {
                out.push(Diagnostic::error(
                    &source.name,
                    format!(
                        "[sections] `{}`: the {code} word \"{chosen}\" is also a section's word",
                        word.key()
                    ),
                    "give the search and open-data pages words of their own",
                ));
                ok = false;
            }
            by_lang.push(chosen);
        }
        if let Some(raw) = raw {
            for code in raw.get_ref().keys() {
                if languages.find(code).is_none() {
                    out.push(
                        Diagnostic::error(
                            &source.name,
                            format!(
                                "[sections] `{}`: `{code}` is not a language of this site",
                                word.key()
                            ),
                            format!(
                                "{} (the languages are set by `languages` in site.toml)",
                                suggest(code, languages.codes.iter().map(String::as_str))
                            ),
                        )
                        .at(Some(source.position(raw.span().start))),
                    );
                    ok = false;
                }
            }
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
                format!(
                    "[sections]: two address words are \"{}\" in `{}`",
                    pair[0],
                    languages.code(lang)
                ),
                "give each generated address its own word",
            ));
            ok = false;
        }
        if all[Word::Search as usize][lang.0] == all[Word::Data as usize][lang.0] {
            out.push(Diagnostic::error(
                &source.name,
                format!(
                    "[sections]: `search` and `data` are both \"{}\" in `{}`",
                    all[Word::Search as usize][lang.0],
                    languages.code(lang)
                ),
                "give each its own word",
            ));
            ok = false;
        }
    }
    ok.then_some(all)
}

/// `base_url`: absolute, http(s), without a trailing slash.
fn check_base_url(raw: &Spanned<String>, source: &SourceFile, out: &mut Diagnostics) -> String {
    let err = |m: String, f: String| {
        Diagnostic::error(&source.name, m, f).at(Some(source.position(raw.span().start)))
    };
    let base_url = raw.get_ref().clone();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) || base_url.len() < 10
    {
        out.push(err(
            format!("`base_url` must be an absolute http(s) address, found \"{base_url}\""),
            "write it like \"https://ngo.example.gov.vn\"".into(),
        ));
    } else if base_url.ends_with('/') {
        out.push(err(
            "`base_url` ends with a slash".into(),
            format!("write \"{}\"", base_url.trim_end_matches('/')),
        ));
    }
    base_url
}

fn check_sectors(
    raw: &BTreeMap<String, RawSector>,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> BTreeMap<SectorKey, Sector> {
    let mut sectors = BTreeMap::new();
    for (key, s) in raw {
        let dac = s.dac.get_ref();
        if dac.len() != 5 || !dac.bytes().all(|b| b.is_ascii_digit()) {
            out.push(Diagnostic::error(&source.name, format!("sector `{key}`: `dac` must be a 5-digit OECD DAC purpose code, found \"{dac}\""), "write it as text of five digits, like dac = \"11220\"").at(Some(source.position(s.dac.span().start))));
        }
        if let Some(name) =
            Texts::check(&s.name, languages, source, &format!("sector `{key}`"), out)
        {
            sectors.insert(
                SectorKey(key.clone()),
                Sector {
                    name,
                    dac: dac.clone(),
                },
            );
        }
    }
    sectors
}

fn check_localities(
    raw: &BTreeMap<String, RawLocality>,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> BTreeMap<LocalityKey, Locality> {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let keys = || raw.keys().map(String::as_str);
    let mut result = BTreeMap::new();
    for (key, l) in raw {
        let mut resolve = |r: &Option<Spanned<String>>, what: &str| {
            let r = r.as_ref()?;
            if raw.contains_key(r.get_ref()) && r.get_ref() != key {
                Some(LocalityKey(r.get_ref().clone()))
            } else {
                out.push(
                    Diagnostic::error(
                        &source.name,
                        format!(
                            "locality `{key}`: {what} \"{}\" is not a locality",
                            r.get_ref()
                        ),
                        format!(
                            "{} (or add [localities.{}])",
                            suggest(r.get_ref(), keys()),
                            r.get_ref()
                        ),
                    )
                    .at(at(r.span())),
                );
                None
            }
        };
        let parent = resolve(&l.parent, "`parent`");
        let successor = resolve(&l.successor, "`successor`");
        if let (Some(s), None) = (&l.successor, l.until) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    format!("locality `{key}` has a `successor` but no `until`"),
                    "add `until = YYYY-MM-DD`, the last day the unit existed",
                )
                .at(at(s.span())),
            );
        }
        if let Some(name) = Texts::check(
            &l.name,
            languages,
            source,
            &format!("locality `{key}`"),
            out,
        ) {
            result.insert(
                LocalityKey(key.clone()),
                Locality {
                    name,
                    parent,
                    until: l.until,
                    successor,
                },
            );
        }
    }
    check_cycles(raw, source, out);
    result
}

/// A locality may not be its own ancestor.
fn check_cycles(raw: &BTreeMap<String, RawLocality>, source: &SourceFile, out: &mut Diagnostics) {
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    // Follow each chain of parents; a chain that comes back to a locality it
    // passed is a cycle, reported once, at the first of its members by name.
    let mut reported: BTreeSet<&str> = BTreeSet::new();
    for key in raw.keys() {
        let mut chain: Vec<&str> = vec![key.as_str()];
        let mut current = raw.get(key).and_then(|l| l.parent.as_ref());
        while let Some(parent) = current {
            let parent = parent.get_ref().as_str();
            if let Some(start) = chain.iter().position(|k| *k == parent) {
                let mut cycle = chain[start..].to_vec();
                if cycle.iter().any(|k| reported.contains(k)) {
                    break;
                }
                reported.extend(cycle.iter().copied());
                let first = *cycle.iter().min().unwrap_or(&parent);
                cycle.push(cycle[0]);
                let path = cycle
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(" → ");
                let span = raw[first]
                    .parent
                    .as_ref()
                    .map(Spanned::span)
                    .unwrap_or_default();
                let message = if cycle.len() == 2 {
                    format!("locality `{first}` is its own parent")
                } else {
                    format!("the localities {path} are each other's ancestors through `parent`")
                };
                out.push(
                    Diagnostic::error(
                        &source.name,
                        message,
                        "break the cycle: a unit's parent must be a larger unit",
                    )
                    .at(at(span)),
                );
                break;
            }
            chain.push(parent);
            current = raw.get(parent).and_then(|l| l.parent.as_ref());
        }
    }
}
