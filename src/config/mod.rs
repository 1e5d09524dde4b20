//! site.toml: raw → validated.

mod identity;
mod legal;
mod money;
mod places;
mod sections;

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::content::money::Rates;
use crate::content::texts::{LangId, Languages, RawTexts, Texts};
use crate::content::types::{slug_problem, LocalityKey, OrgKey, PeriodKey, SectorKey};
use crate::content::Kind;
use crate::diagnostics::{suggest, Diagnostic, Diagnostics, Position};
use crate::messages::{text, Text};
use crate::source::SourceFile;

pub(crate) use identity::{Colors, Identity, Located};
pub(crate) use legal::LegalDoc;
pub(crate) use places::Locality;
pub(crate) use sections::Word;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    theme: Spanned<String>,
    default_language: Spanned<String>,
    languages: Spanned<Vec<String>>,
    site: RawSite,
    money: Spanned<money::RawMoney>,
    sections: sections::RawSections,
    #[serde(default)]
    sectors: BTreeMap<String, RawSector>,
    #[serde(default)]
    localities: BTreeMap<String, places::RawLocality>,
    #[serde(default)]
    periods: BTreeMap<String, RawPeriod>,
    #[serde(default)]
    legal: BTreeMap<String, Spanned<legal::RawLegal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSite {
    name: RawTexts,
    publisher: Spanned<String>,
    notice: Option<RawTexts>,
    license: Option<RawTexts>,
    // The province's identity, each optional (see `identity`).
    logo: Option<Spanned<String>>,
    colors: Option<identity::RawColors>,
    photo: Option<identity::RawPhoto>,
    contact: Option<Spanned<String>>,
    partners: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    name: RawTexts,
    dac: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeriod {
    name: RawTexts,
    from: i32,
    to: Spanned<i32>,
}

#[derive(Debug)]
pub(crate) struct Sector {
    pub(crate) name: Texts,
    pub(crate) dac: String,
}

#[derive(Debug)]
pub(crate) struct Period {
    pub(crate) name: Texts,
    pub(crate) from: i32,
    pub(crate) to: i32,
}

#[derive(Debug)]
pub(crate) struct Config {
    pub(crate) base_url: String,
    pub(crate) theme: String,
    /// Where `theme` is written, for the mistake of a theme that is not there.
    pub(crate) theme_at: Position,
    pub(crate) languages: Languages,
    pub(crate) name: Texts,
    pub(crate) publisher: Spanned<OrgKey>,
    /// Where `publisher` is written, for the mistake of a key that names no
    /// organisation (found once organisations.toml is read).
    pub(crate) publisher_at: Position,
    pub(crate) notice: Option<Texts>,
    pub(crate) license: Option<Texts>,
    /// The emblem, colours, photo and the pages readers look for.
    pub(crate) identity: Identity,
    /// The base currency and the dated exchange rates.
    pub(crate) money: Rates,
    /// The legal documents procedures cite, by number.
    pub(crate) legal: BTreeMap<String, LegalDoc>,
    /// The URL word of each section, per language, in `Kind::ALL` order.
    pub(crate) sections: Vec<Texts>,
    /// The words of the generated addresses, per language, in `Word::ALL` order.
    pub(crate) words: Vec<Vec<String>>,
    pub(crate) sectors: BTreeMap<SectorKey, Sector>,
    pub(crate) localities: BTreeMap<LocalityKey, Locality>,
    pub(crate) periods: BTreeMap<PeriodKey, Period>,
}

impl Config {
    pub(crate) fn section_word(&self, kind: Kind, lang: LangId) -> &str {
        self.sections[kind as usize].get(lang).0
    }

    /// A word of the generated addresses in `lang`.
    pub(crate) fn word(&self, word: Word, lang: LangId) -> &str {
        &self.words[word as usize][lang.0]
    }

    /// The folder names a project may not take: the words of the addresses
    /// under the catalogue's, in any language.
    pub(crate) fn reserved_slugs(&self) -> Vec<&str> {
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
    pub(crate) fn locality_chain<'a>(
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
pub(crate) fn load(source: &SourceFile, out: &mut Diagnostics) -> Option<Config> {
    let raw: RawConfig = match crate::toml_error::parse(source, &source.text, 0) {
        Ok(r) => r,
        Err(d) => {
            out.extend(d);
            return None;
        }
    };
    let at = |span: std::ops::Range<usize>| Some(source.position(span.start));
    let err = |span: std::ops::Range<usize>, m: Text, f: Text| {
        Diagnostic::error(&source.name, m, f).at(at(span))
    };
    let errors_before = out.error_count();

    let base_url = check_base_url(&raw.base_url, source, out);

    let languages = check_languages(&raw, source, out)?;
    let texts = |raw: &RawTexts, what: Text, out: &mut Diagnostics| {
        Texts::check(raw, &languages, source, &what, out)
    };

    let name = texts(&raw.site.name, text!("what-site-key", key = "name"), out);
    let notice = raw
        .site
        .notice
        .as_ref()
        .and_then(|t| texts(t, text!("what-site-key", key = "notice"), out));
    let license = raw
        .site
        .license
        .as_ref()
        .and_then(|t| texts(t, text!("what-site-key", key = "license"), out));
    let identity = identity::check(
        &identity::RawIdentity {
            logo: raw.site.logo.as_ref(),
            colors: raw.site.colors.as_ref(),
            photo: raw.site.photo.as_ref(),
            contact: raw.site.contact.as_ref(),
            partners: raw.site.partners.as_ref(),
        },
        &languages,
        source,
        out,
    );
    let money = money::check_money(&raw.money, source, out);
    let sections = sections::check_sections(&raw.sections, &languages, source, out);
    let words = sections
        .as_ref()
        .and_then(|s| sections::check_words(&raw.sections, s, &languages, source, out));

    let sectors = check_sectors(&raw.sectors, &languages, source, out);
    let localities = places::check_localities(&raw.localities, &languages, source, out);
    let mut periods = BTreeMap::new();
    for (key, p) in &raw.periods {
        if p.from > *p.to.get_ref() {
            out.push(err(
                p.to.span(),
                text!(
                    "period-ends-before-it-starts",
                    key = key,
                    to = *p.to.get_ref(),
                    from = p.from
                ),
                text!("period-ends-before-it-starts-fix"),
            ));
        }
        if let Some(name) = texts(&p.name, text!("what-period", key = key), out) {
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
    let legal = legal::check_legal(&raw.legal, &languages, source, out);
    let theme = raw.theme.get_ref().clone();
    if out.error_count() > errors_before {
        return None;
    }
    Some(Config {
        base_url,
        theme,
        theme_at: source.position(raw.theme.span().start),
        languages,
        name: name?,
        publisher: Spanned::new(
            raw.site.publisher.span(),
            OrgKey(raw.site.publisher.get_ref().clone()),
        ),
        publisher_at: source.position(raw.site.publisher.span().start),
        notice,
        license,
        identity,
        money: money?,
        legal,
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
                text!("languages-empty"),
                text!("languages-empty-fix"),
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
                    text!("not-a-language-code", code = code),
                    text!("not-a-language-code-fix"),
                )
                .at(at(raw.languages.span())),
            );
            ok = false;
        }
        if codes[..i].contains(code) {
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!("language-twice", code = code),
                    text!("language-twice-fix"),
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
                text!("default-language-not-listed", code = default),
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

/// `base_url`: absolute, http(s), without a trailing slash.
fn check_base_url(raw: &Spanned<String>, source: &SourceFile, out: &mut Diagnostics) -> String {
    let err = |m: Text, f: Text| {
        Diagnostic::error(&source.name, m, f).at(Some(source.position(raw.span().start)))
    };
    let base_url = raw.get_ref().clone();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) || base_url.len() < 10
    {
        out.push(err(
            text!("base-url-not-absolute", found = base_url.clone()),
            text!("base-url-not-absolute-fix"),
        ));
    } else if base_url.ends_with('/') {
        out.push(err(
            text!("base-url-slash"),
            text!("base-url-slash-fix", url = base_url.trim_end_matches('/')),
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
            out.push(
                Diagnostic::error(
                    &source.name,
                    text!("dac-code", key = key, found = dac),
                    text!("dac-code-fix"),
                )
                .at(Some(source.position(s.dac.span().start))),
            );
        }
        if let Some(name) = Texts::check(
            &s.name,
            languages,
            source,
            &text!("what-sector", key = key),
            out,
        ) {
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
