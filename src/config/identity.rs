//! The province's identity, from optional keys of `[site]`: the emblem or
//! logo, the colours, the photo of the home page, and the pages a reader
//! looks for (contact, the guide for partners). Without them the theme's
//! neutral look stands.
//!
//! Colours keep AA contrast whatever is written: the brand colour carries
//! white text (the header) and is the colour of links on white, so it is
//! darkened, when needed, until white on it reaches 4.5:1; the accent marks
//! the current page on the brand colours, so it is lightened, when needed,
//! until it reaches 3:1 against both.

use serde::Deserialize;
use toml::Spanned;

use super::RawTexts;
use crate::content::texts::{Languages, Texts};
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::messages::text;
use crate::source::SourceFile;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawColors {
    brand: Option<Spanned<String>>,
    accent: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhoto {
    file: Spanned<String>,
    alt: RawTexts,
}

/// The identity keys of `[site]`, as written.
pub(super) struct RawIdentity<'a> {
    pub(super) logo: Option<&'a Spanned<String>>,
    pub(super) colors: Option<&'a RawColors>,
    pub(super) photo: Option<&'a RawPhoto>,
    pub(super) contact: Option<&'a Spanned<String>>,
    pub(super) partners: Option<&'a Spanned<String>>,
}

/// A value of site.toml with where it is written, for mistakes found later
/// (a file or a page that does not exist).
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub(crate) value: String,
    pub(crate) at: Position,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Colors {
    /// `#rrggbb`: the header, links, the marks of figures.
    pub(crate) brand: String,
    /// The brand darkened: the navigation band, links hovered.
    pub(crate) brand_dark: String,
    /// The current page's mark and the header's edge.
    pub(crate) accent: String,
}

#[derive(Debug)]
pub(crate) struct Photo {
    /// A file of `static/`, published at `/<file>`.
    pub(crate) file: Located,
    pub(crate) alt: Texts,
}

#[derive(Debug, Default)]
pub(crate) struct Identity {
    /// A file of `static/` (or of the theme's), published at `/<logo>`.
    pub(crate) logo: Option<Located>,
    pub(crate) colors: Option<Colors>,
    pub(crate) photo: Option<Photo>,
    /// The slug of the page to contact the publisher.
    pub(crate) contact: Option<Located>,
    /// The slug of the guide for partners (how to fund a project).
    pub(crate) partners: Option<Located>,
}

type Rgb = [f64; 3];

fn parse(hex: &str) -> Option<Rgb> {
    let digits = hex.strip_prefix('#')?;
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        u8::from_str_radix(&digits[i..i + 2], 16)
            .ok()
            .map(f64::from)
    };
    Some([channel(0)?, channel(2)?, channel(4)?])
}

#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "each channel is rounded and clamped to 0..=255"
)]
fn hex(c: Rgb) -> String {
    let byte = |v: f64| v.round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", byte(c[0]), byte(c[1]), byte(c[2]))
}

/// WCAG 2 relative luminance.
fn luminance(c: Rgb) -> f64 {
    let lin = |v: f64| {
        let s = v / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

/// WCAG 2 contrast ratio.
pub(crate) fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

const WHITE: Rgb = [255.0, 255.0, 255.0];
const BLACK: Rgb = [0.0, 0.0, 0.0];

/// `c` moved towards `to` by `share` (0 to 1), rounded to whole channels.
fn mix(c: Rgb, to: Rgb, share: f64) -> Rgb {
    let m = |i: usize| (c[i] + (to[i] - c[i]) * share).round();
    [m(0), m(1), m(2)]
}

/// `c`, moved towards `to` in small steps until `good` holds.
fn until(c: Rgb, to: Rgb, good: impl Fn(Rgb) -> bool) -> Rgb {
    (0..=50)
        .map(|step| mix(c, to, f64::from(step) / 50.0))
        .find(|c| good(*c))
        .unwrap_or(to)
}

/// The colours to use for a brand and an accent, with AA contrast.
pub(crate) fn colors(brand: Rgb, accent: Option<Rgb>) -> Colors {
    // A hair above 4.5:1, so that rounding in a checker never reads 4.49.
    let brand = until(brand, BLACK, |c| contrast(c, WHITE) >= 4.6);
    let dark = mix(brand, BLACK, 0.3);
    let accent = accent.map_or(WHITE, |a| {
        until(a, WHITE, |c| {
            contrast(c, brand) >= 3.1 && contrast(c, dark) >= 3.1
        })
    });
    Colors {
        brand: hex(brand),
        brand_dark: hex(dark),
        accent: hex(accent),
    }
}

fn located(value: &Spanned<String>, source: &SourceFile) -> Located {
    Located {
        value: value.get_ref().trim().to_string(),
        at: source.position(value.span().start),
    }
}

/// A colour as written, or a mistake.
fn color(raw: &Spanned<String>, source: &SourceFile, out: &mut Diagnostics) -> Option<Rgb> {
    let found = parse(raw.get_ref().trim());
    if found.is_none() {
        out.push(
            Diagnostic::error(
                &source.name,
                text!(
                    "wrong-type",
                    wanted = text!("wanted-other", what = "\"#rrggbb\""),
                    found = format!("\"{}\"", raw.get_ref())
                ),
                text!("wrong-type-fix"),
            )
            .at(Some(source.position(raw.span().start))),
        );
    }
    found
}

/// A file of `static/` as site.toml names it: a path inside the folder.
fn static_file(raw: &Spanned<String>, source: &SourceFile, out: &mut Diagnostics) -> Located {
    let file = located(raw, source);
    let path = std::path::Path::new(&file.value);
    if file.value.is_empty()
        || file.value.contains('\\')
        || !path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
    {
        out.push(
            Diagnostic::error(
                &source.name,
                text!("value-not-allowed", value = file.value.clone()),
                text!("wrong-type-fix"),
            )
            .at(Some(file.at)),
        );
    }
    file
}

pub(super) fn check(
    raw: &RawIdentity<'_>,
    languages: &Languages,
    source: &SourceFile,
    out: &mut Diagnostics,
) -> Identity {
    let colors = raw.colors.and_then(|c| {
        let brand = c.brand.as_ref().map(|b| color(b, source, out));
        let accent = c.accent.as_ref().map(|a| color(a, source, out));
        match (brand, accent) {
            (Some(None), _) | (_, Some(None)) => None,
            (brand, accent) => Some(colors(
                brand.flatten().unwrap_or([11.0, 79.0, 138.0]),
                accent.flatten(),
            )),
        }
    });
    let photo = raw.photo.and_then(|p| {
        let alt = Texts::check(
            &p.alt,
            languages,
            source,
            &text!("what-site-key", key = "photo.alt"),
            out,
        )?;
        Some(Photo {
            file: static_file(&p.file, source, out),
            alt,
        })
    });
    Identity {
        logo: raw.logo.map(|l| static_file(l, source, out)),
        colors,
        photo,
        contact: raw.contact.map(|c| located(c, source)),
        partners: raw.partners.map(|p| located(p, source)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn computes_the_wcag_contrast_ratio() {
        assert!((contrast(BLACK, WHITE) - 21.0).abs() < 1e-9);
        let blue = parse("#0b4f8a").expect("a colour");
        assert!(contrast(blue, WHITE) > 8.0);
    }

    #[test]
    fn keeps_a_dark_enough_brand_as_written() {
        let c = colors(parse("#0b4f8a").expect("a colour"), None);
        assert_eq!(c.brand, "#0b4f8a");
        assert_eq!(c.accent, "#ffffff");
    }

    #[test]
    fn darkens_a_light_brand_and_lightens_a_dark_accent_until_aa() {
        let c = colors(parse("#e8a33d").expect("a colour"), parse("#c0392b"));
        let rgb = |h: &str| parse(h).expect("a colour");
        assert!(contrast(rgb(&c.brand), WHITE) >= 4.5, "{c:?}");
        assert!(contrast(rgb(&c.brand_dark), WHITE) >= 4.5, "{c:?}");
        assert!(contrast(rgb(&c.accent), rgb(&c.brand)) >= 3.0, "{c:?}");
        assert!(contrast(rgb(&c.accent), rgb(&c.brand_dark)) >= 3.0, "{c:?}");
    }

    #[test]
    fn reads_only_six_digit_colours() {
        assert_eq!(parse("#FFFFFF"), Some(WHITE));
        assert_eq!(parse("#fff"), None);
        assert_eq!(parse("red"), None);
        assert_eq!(parse("#gggggg"), None);
    }
}
