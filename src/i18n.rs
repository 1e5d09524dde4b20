//! Fluent bundles: every UI string of the theme, per language, with the default
//! language's string where a translation is missing.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::content::texts::{LangId, Languages};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::format::NumberFormat;
use crate::messages::text;
use crate::source::SourceFile;

/// One language's messages.
pub(crate) struct Catalog {
    bundle: FluentBundle<FluentResource>,
}

/// Every language's messages; looks up in the page's language, then the default.
pub(crate) struct I18n {
    catalogs: Vec<Catalog>,
    default: LangId,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "I18n({} languages)", self.catalogs.len())
    }
}

/// Fluent builds one per bundle language through its memoizer, so numbers inside
/// messages are grouped the way that language groups them.
struct MemoNumberFormat(NumberFormat);

impl Memoizable for MemoNumberFormat {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, (): ()) -> Result<Self, ()> {
        Ok(MemoNumberFormat(NumberFormat::new(&lang.to_string())))
    }
}

fn format_number(
    value: &FluentValue<'_>,
    memo: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_bundle::memoizer::MemoizerKind;
    let FluentValue::Number(FluentNumber { value, .. }) = value else {
        return None;
    };
    memo.with_try_get_threadsafe::<MemoNumberFormat, _, _>((), |f| f.0.decimal(*value, 2))
        .ok()
}

/// The `.ftl` files of one language, in override order (theme first, site last).
pub(crate) type Sources = BTreeMap<String, SourceFile>;

impl I18n {
    /// `sources[lang]` holds that language's files by name; a site's file of the
    /// same name has already replaced the theme's.
    pub(crate) fn new(languages: &Languages, sources: &[Sources], out: &mut Diagnostics) -> I18n {
        let mut catalogs = Vec::new();
        let mut ids: Vec<BTreeSet<String>> = Vec::new();
        for lang in languages.ids() {
            let code = languages.code(lang);
            let langid: LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
            let mut known = BTreeSet::new();
            for source in sources[lang.0].values() {
                let resource = match FluentResource::try_new(source.text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        for e in errors {
                            out.push(
                                Diagnostic::error(
                                    &source.name,
                                    text!("fluent-syntax", detail = e.kind.to_string()),
                                    text!("fluent-syntax-fix"),
                                )
                                .at(Some(source.position(e.pos.start))),
                            );
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let ast::Entry::Message(m) = entry {
                        known.insert(m.id.name.to_string());
                    }
                }
                bundle.add_resource_overriding(resource);
            }
            ids.push(known);
            catalogs.push(Catalog { bundle });
        }
        let default = languages.default;
        for lang in languages.ids().filter(|l| *l != default) {
            let missing: Vec<&String> = ids[default.0].difference(&ids[lang.0]).collect();
            if !missing.is_empty() {
                let code = languages.code(lang);
                let shown: Vec<&str> = missing.iter().take(5).map(|s| s.as_str()).collect();
                let more = if missing.len() > 5 { ", …" } else { "" };
                out.push(Diagnostic::warning(
                    format!("i18n/{code}"),
                    text!(
                        "interface-untranslated",
                        count = missing.len(),
                        lang = code,
                        ids = format!("{}{more}", shown.join(", ")),
                        default = languages.default_code()
                    ),
                    text!("interface-untranslated-fix", lang = code),
                ));
            }
        }
        I18n { catalogs, default }
    }

    /// The message `id` in `lang` (or the default language), with `args`.
    pub(crate) fn t(
        &self,
        lang: LangId,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<String, String> {
        self.t_in(lang, id, args).map(|(text, _)| text)
    }

    /// The message `id` in `lang`, or in the default language when `lang`'s
    /// files lack it, with the language it is in.
    pub(crate) fn t_in(
        &self,
        lang: LangId,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Result<(String, LangId), String> {
        for (catalog, used) in [
            (&self.catalogs[lang.0], lang),
            (&self.catalogs[self.default.0], self.default),
        ] {
            if let Some(pattern) = catalog.bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = catalog.bundle.format_pattern(pattern, args, &mut errors);
                if let Some(e) = errors.first() {
                    return Err(format!(
                        "the interface message `{id}` could not be formatted: {e}"
                    ));
                }
                return Ok((text.into_owned(), used));
            }
        }
        Err(format!(
            "there is no interface message `{id}` in any language"
        ))
    }

    /// The message `id` from `lang`'s own files only, with no fallback: a
    /// language's name in itself must never be borrowed from another language.
    pub(crate) fn own(&self, lang: LangId, id: &str) -> Option<String> {
        let bundle = &self.catalogs[lang.0].bundle;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    /// A day, in the words of `lang`'s `date` message (05/12/2019, 5 December 2019).
    pub(crate) fn date(&self, lang: LangId, date: chrono::NaiveDate) -> Result<String, String> {
        use chrono::Datelike;
        let mut args = FluentArgs::new();
        args.set("day", date.day().to_string());
        args.set("day2", format!("{:02}", date.day()));
        args.set("month", date.month());
        args.set("month2", format!("{:02}", date.month()));
        args.set("year", date.year().to_string());
        self.t(lang, "date", Some(&args))
    }

    /// `lang`'s `money` message for `currency` as the text before and after
    /// its amount, so that an amount is written without Fluent formatting
    /// the message anew (tens of thousands of amounts in a large catalogue).
    /// `None` when the amount does more than stand in the text: chooses a
    /// variant, is passed to a function, or may be, through a reference to
    /// another message or term.
    pub(crate) fn money_around(&self, lang: LangId, currency: &str) -> Option<(String, String)> {
        // A character of the private use area, which no message holds.
        const AMOUNT: &str = "\u{E00A}";
        let pattern = [lang, self.default]
            .into_iter()
            .find_map(|l| self.catalogs[l.0].bundle.get_message("money")?.value())?;
        if !only_shown(pattern, "amount") {
            return None;
        }
        let mut args = FluentArgs::new();
        args.set("amount", AMOUNT);
        args.set("currency", Cow::Owned(currency.to_string()));
        let text = self.t(lang, "money", Some(&args)).ok()?;
        let (before, after) = text.split_once(AMOUNT)?;
        (!after.contains(AMOUNT)).then(|| (before.to_string(), after.to_string()))
    }

    /// An amount with its currency, in the words of `lang`'s `money` message.
    pub(crate) fn money(
        &self,
        lang: LangId,
        numbers: &NumberFormat,
        amount: u64,
        currency: &str,
    ) -> Result<String, String> {
        let mut args = FluentArgs::new();
        args.set("amount", numbers.integer(amount));
        args.set("currency", Cow::Owned(currency.to_string()));
        self.t(lang, "money", Some(&args))
    }
}

/// Whether the variable `name` is only ever shown as it is in `pattern`: not
/// a selector, nor a function's or a term's argument; and whether the pattern
/// refers to no other message or term, which could use it.
fn only_shown(pattern: &ast::Pattern<&str>, name: &str) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { .. } => true,
        ast::PatternElement::Placeable { expression } => expression_shows_only(expression, name),
    })
}

fn expression_shows_only(expression: &ast::Expression<&str>, name: &str) -> bool {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let chooses = match selector {
                ast::InlineExpression::VariableReference { id } => id.name == name,
                ast::InlineExpression::StringLiteral { .. }
                | ast::InlineExpression::NumberLiteral { .. } => false,
                _ => true,
            };
            !chooses && variants.iter().all(|v| only_shown(&v.value, name))
        }
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::VariableReference { .. }
            | ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => true,
            ast::InlineExpression::Placeable { expression } => {
                expression_shows_only(expression, name)
            }
            ast::InlineExpression::FunctionReference { .. }
            | ast::InlineExpression::MessageReference { .. }
            | ast::InlineExpression::TermReference { .. } => false,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n() -> (I18n, Vec<Diagnostic>) {
        let languages = Languages {
            codes: vec!["vi".into(), "en".into()],
            default: LangId(0),
        };
        let vi = SourceFile::from_text("i18n/vi/main.ftl", include_str!("../i18n/vi/main.ftl"));
        let en = SourceFile::from_text("i18n/en/main.ftl", include_str!("../i18n/en/main.ftl"));
        let mut out = crate::diagnostics::Diagnostics::default();
        let i = I18n::new(
            &languages,
            &[
                BTreeMap::from([("main.ftl".into(), vi)]),
                BTreeMap::from([("main.ftl".into(), en)]),
            ],
            &mut out,
        );
        (i, out.into_sorted())
    }

    /// A default language alone, with `ftl` as its messages.
    fn only(ftl: &str) -> I18n {
        let languages = Languages {
            codes: vec!["vi".into()],
            default: LangId(0),
        };
        let vi = SourceFile::from_text("i18n/vi/main.ftl", ftl);
        let mut out = crate::diagnostics::Diagnostics::default();
        I18n::new(
            &languages,
            &[BTreeMap::from([("main.ftl".into(), vi)])],
            &mut out,
        )
    }

    #[test]
    fn money_around_its_amount_writes_what_the_message_writes() {
        let (i, _) = i18n();
        for (lang, numbers) in [
            (LangId(0), NumberFormat::new("vi")),
            (LangId(1), NumberFormat::new("en")),
        ] {
            for currency in ["VND", "USD", "EUR"] {
                let (before, after) = i
                    .money_around(lang, currency)
                    .expect("the sample's money messages split");
                for amount in [0, 7, 60_000, 4_800_000_000] {
                    assert_eq!(
                        format!("{before}{}{after}", numbers.integer(amount)),
                        i.money(lang, &numbers, amount, currency).unwrap()
                    );
                }
            }
        }
    }

    #[test]
    fn money_whose_amount_does_more_than_stand_in_the_text_is_not_split() {
        for ftl in [
            "money = { $amount ->\n    [0] không đồng\n   *[other] { $amount } { $currency }\n}\n",
            "money = { NUMBER($amount) } { $currency }\n",
            "money = { $currency } { amount-words }\namount-words = { $amount }\n",
            "money = { $amount } { $currency } ({ $amount })\n",
        ] {
            assert_eq!(only(ftl).money_around(LangId(0), "VND"), None, "{ftl}");
        }
        let plain = only("money = { $currency ->\n    [VND] { $amount } ₫\n   *[other] { $amount } { $currency }\n}\n");
        assert_eq!(
            plain.money_around(LangId(0), "VND"),
            Some((String::new(), " ₫".to_string()))
        );
        assert_eq!(
            plain.money_around(LangId(0), "USD"),
            Some((String::new(), " USD".to_string()))
        );
    }

    fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn formats_dates_per_language() {
        let (i, _) = i18n();
        assert_eq!(i.date(LangId(0), date(2019, 12, 5)).unwrap(), "05/12/2019");
        assert_eq!(
            i.date(LangId(1), date(2019, 12, 5)).unwrap(),
            "5 December 2019"
        );
    }

    #[test]
    fn formats_money_per_language() {
        let (i, _) = i18n();
        let (vi, en) = (NumberFormat::new("vi"), NumberFormat::new("en"));
        assert_eq!(
            i.money(LangId(0), &vi, 4_800_000_000, "VND").unwrap(),
            "4.800.000.000 ₫"
        );
        assert_eq!(
            i.money(LangId(1), &en, 4_800_000_000, "VND").unwrap(),
            "VND 4,800,000,000"
        );
        assert_eq!(
            i.money(LangId(0), &vi, 60_000, "USD").unwrap(),
            "60.000 USD"
        );
        assert_eq!(
            i.money(LangId(1), &en, 60_000, "USD").unwrap(),
            "USD 60,000"
        );
        assert_eq!(
            i.money(LangId(0), &vi, 1_250_000, "EUR").unwrap(),
            "1.250.000 EUR"
        );
        assert_eq!(
            i.money(LangId(1), &en, 1_250_000, "EUR").unwrap(),
            "EUR 1,250,000"
        );
    }

    #[test]
    fn uses_plural_rules_and_no_isolation_marks() {
        let (i, _) = i18n();
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(
            i.t(LangId(1), "project-count", Some(&args)).unwrap(),
            "1 project"
        );
        args.set("count", 1234);
        assert_eq!(
            i.t(LangId(1), "project-count", Some(&args)).unwrap(),
            "1,234 projects"
        );
        assert_eq!(
            i.t(LangId(0), "project-count", Some(&args)).unwrap(),
            "1.234 dự án"
        );
    }

    #[test]
    fn the_builtin_languages_have_the_same_messages() {
        let (_, out) = i18n();
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn falls_back_to_the_default_language_with_a_warning() {
        let languages = Languages {
            codes: vec!["vi".into(), "fr".into()],
            default: LangId(0),
        };
        let vi = SourceFile::from_text("i18n/vi/main.ftl", "hello = Xin chào\nbye = Tạm biệt\n");
        let fr = SourceFile::from_text("i18n/fr/main.ftl", "hello = Bonjour\n");
        let mut out = crate::diagnostics::Diagnostics::default();
        let i = I18n::new(
            &languages,
            &[
                BTreeMap::from([("main.ftl".into(), vi)]),
                BTreeMap::from([("main.ftl".into(), fr)]),
            ],
            &mut out,
        );
        assert_eq!(i.t(LangId(1), "bye", None).unwrap(), "Tạm biệt");
        assert_eq!(out.into_sorted()[0].plain(crate::messages::Lang::En), "warning: i18n/fr: 1 interface message is not translated into `fr` (bye); the `vi` text is shown\n  fix: add them to a .ftl file in i18n/fr/");
    }
}
