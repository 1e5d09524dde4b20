//! schema.org `Project` of a project's page: the aid it seeks as a `Demand`,
//! each commitment as a `MonetaryGrant` of a `MonetaryAmount`, its places as
//! administrative areas. Written from typed records rather than a `json!`
//! tree: each page's tree of maps was built, sorted and dropped (2 % of a
//! large build). The fields are in the order of their names, as the tree's
//! sorted keys were, so the JSON is the same.

use serde::Serialize;

use super::base::In;
use crate::content::project::{FundingKind, ProjectFacts};
use crate::content::types::{Date, LocalityKey, Money};
use crate::content::Entry;

#[derive(Serialize)]
struct ProjectLd<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "areaServed")]
    area_served: Vec<AreaLd<'a>>,
    description: &'a str,
    #[serde(rename = "dissolutionDate")]
    dissolution_date: Option<Date>,
    #[serde(rename = "foundingDate")]
    founding_date: Option<Date>,
    funding: Vec<GrantLd<'a>>,
    identifier: &'a str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    name: &'a str,
    #[serde(rename = "parentOrganization")]
    parent_organization: NamedLd<'a>,
    seeks: DemandLd<'a>,
    url: String,
}

/// A place, within the place that holds it.
#[derive(Serialize)]
struct AreaLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "containedInPlace", skip_serializing_if = "Option::is_none")]
    contained_in_place: Option<Box<AreaLd<'a>>>,
    name: &'a str,
}

#[derive(Serialize)]
struct NamedLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct GrantLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    amount: AmountLd,
    funder: NamedLd<'a>,
    #[serde(rename = "startDate")]
    start_date: Date,
}

#[derive(Serialize)]
struct AmountLd {
    #[serde(rename = "@type")]
    kind: &'static str,
    currency: &'static str,
    value: u64,
}

#[derive(Serialize)]
struct DemandLd<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(rename = "priceSpecification")]
    price_specification: PriceLd,
}

#[derive(Serialize)]
struct PriceLd {
    #[serde(rename = "@type")]
    kind: &'static str,
    price: u64,
    #[serde(rename = "priceCurrency")]
    price_currency: &'static str,
}

pub(super) fn project_json_ld<'a>(c: In<'a>, e: &'a Entry<ProjectFacts>) -> String {
    let config = c.config();
    let f = &e.facts;
    // The page's language may show the default language's words: the data
    // names the language they are written in.
    let (words, written_in) = e.words_in(c.lang, config.languages.default);
    let place = |key: &'a LocalityKey| {
        let names: Vec<&str> = config
            .locality_chain(key)
            .map(|(_, l)| l.name.get(c.lang).0)
            .collect();
        // The outermost place first, each next one within it.
        names
            .into_iter()
            .rev()
            .fold(None, |outer, name| {
                Some(AreaLd {
                    kind: "AdministrativeArea",
                    contained_in_place: outer.map(Box::new),
                    name,
                })
            })
            .unwrap_or(AreaLd {
                kind: "AdministrativeArea",
                contained_in_place: None,
                name: "",
            })
    };
    let amount = |m: Money| AmountLd {
        kind: "MonetaryAmount",
        currency: m.currency.code(),
        value: m.amount,
    };
    let ld = ProjectLd {
        context: "https://schema.org",
        kind: "Project",
        area_served: f.localities.iter().map(place).collect(),
        description: &words.summary,
        dissolution_date: f.end,
        founding_date: f.start,
        funding: f
            .funding
            .iter()
            .filter(|x| x.kind == FundingKind::Committed)
            .map(|x| GrantLd {
                kind: "MonetaryGrant",
                amount: amount(x.amount),
                funder: NamedLd {
                    kind: "Organization",
                    name: c.site.orgs[&x.donor].name.get(c.lang).0,
                },
                start_date: x.date,
            })
            .collect(),
        identifier: &f.code,
        in_language: config.languages.code(written_in),
        name: &words.title,
        parent_organization: NamedLd {
            kind: "GovernmentOrganization",
            name: c.site.orgs[&f.owner].name.get(c.lang).0,
        },
        seeks: DemandLd {
            kind: "Demand",
            name: config.sectors[&f.sector].name.get(c.lang).0,
            price_specification: PriceLd {
                kind: "PriceSpecification",
                price: f.budget.requested.amount,
                price_currency: f.budget.requested.currency.code(),
            },
        },
        url: format!(
            "{}{}",
            config.base_url,
            crate::routes::entity_url(config, e.kind, e.slug.as_str(), c.lang)
        ),
    };
    crate::render::json_ld::json_ld(&ld)
}
