//! A leaflet: one A4 page to print for a sector or a place that has open
//! projects (see `routes::leaflets`), to hand out at a meeting or pin on a
//! wall. It shows the open needs with their amounts, the slice's totals as
//! its filter page counts them, whom to contact, and a QR code of the filter
//! page online, where the list goes on.

use serde::Serialize;

use super::views::{locality, project_card, In, LocalityView, ProjectView};
use crate::catalogue::{slice, Facet, Sort};
use crate::content::texts::Localized;
use crate::content::types::{Date, LocalityKey};
use crate::figures::totals::Totals;
use crate::routes::Route;

/// Open needs listed on one page: more would not fit on A4 with the
/// figures, the contact and the code. The rest are counted, and the code
/// leads to them.
pub(crate) const NEEDS_ON_A_LEAFLET: usize = 10;

#[derive(Serialize)]
pub(crate) struct LeafletView<'a> {
    /// `sector` or `locality`.
    pub(crate) dimension: &'static str,
    /// A sector's name (`place` is then empty).
    pub(crate) name: Option<Localized<'a>>,
    /// A place, with the units it lies in and what it became.
    pub(crate) place: Option<LocalityView<'a>>,
    pub(crate) as_of: Date,
    /// The slice's figures, as its filter page shows them.
    pub(crate) totals: Totals,
    /// The open needs, most still sought first.
    pub(crate) needs: Vec<ProjectView<'a>>,
    /// Open needs not listed for lack of room.
    pub(crate) more: usize,
    /// The filter page: on the site, and online (printed, and in the code).
    pub(crate) filter_url: String,
    pub(crate) online: String,
    /// The QR code of `online`, inline: one per page is light.
    pub(crate) qr: String,
}

pub(crate) fn leaflet<'a>(c: In<'a>, facet: Facet<'a>) -> LeafletView<'a> {
    let site = c.site;
    let config = c.config();
    let filter_url = c.url(Route::Facet(facet));
    let online = format!("{}{filter_url}", config.base_url);
    // Most still sought first, as the filter page's "still sought" order.
    let items = slice(site, Some(facet), Sort::StillSought, |_| String::new());
    let open: Vec<_> = items.iter().filter(|p| p.facts.figures.open).collect();
    let (name, place, dimension) = match facet {
        Facet::Locality(key) => {
            let key = config
                .localities
                .keys()
                .find(|k| k.as_str() == key)
                .expect("a leaflet's place is a key of site.toml");
            (None, Some(locality(c, key as &LocalityKey)), "locality")
        }
        Facet::Sector(key) => (
            config
                .sectors
                .iter()
                .find(|(k, _)| k.as_str() == key)
                .map(|(_, s)| c.text(&s.name)),
            None,
            "sector",
        ),
        Facet::Period(_) | Facet::Status(_) => (None, None, facet.dimension()),
    };
    LeafletView {
        dimension,
        name,
        place,
        as_of: Date::today(),
        totals: Totals::of(items.iter().map(|p| &p.facts.figures), config.money.base),
        needs: open
            .iter()
            .take(NEEDS_ON_A_LEAFLET)
            .map(|p| project_card(c, p))
            .collect(),
        more: open.len().saturating_sub(NEEDS_ON_A_LEAFLET),
        qr: super::qr::svg(&online).unwrap_or_default(),
        filter_url,
        online,
    }
}
