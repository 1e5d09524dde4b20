//! The province's identity (issue 15): a logo, colours and a photo set in
//! `[site]` reach the head of every page, its style, the home page, the
//! printed book and the e-mail edition, with colours kept at AA contrast
//! whatever is written.

mod common;

use common::{build_ok, page, read_tree, Scratch};

/// WCAG 2 contrast of `#rrggbb` against white, worked out here apart from
/// the code under test.
fn contrast_on_white(hex: &str) -> f64 {
    let channel = |i: usize| {
        let s = f64::from(u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).expect("hex")) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    1.05 / (l + 0.05)
}

/// The value of a custom property in the page's own style element.
fn property<'h>(html: &'h str, name: &str) -> &'h str {
    let at = html
        .find(&format!("{name}:"))
        .unwrap_or_else(|| panic!("no {name}"));
    let rest = &html[at + name.len() + 1..];
    &rest[..rest.find([';', '}']).expect("a closed declaration")]
}

const LOGO: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\"><circle cx=\"24\" cy=\"24\" r=\"22\" fill=\"#c00\"/></svg>\n";

/// The valid fixture with a logo, a photo and a golden brand colour far too
/// light to carry white text.
fn branded() -> Scratch {
    let scratch = Scratch::copy_of("valid");
    scratch.edit(
        "site.toml",
        "publisher = \"so-ngoai-vu\"\n",
        "publisher = \"so-ngoai-vu\"\nlogo = \"images/logo.svg\"\ncolors = { brand = \"#e8a33d\", accent = \"#f2c94c\" }\nphoto = { file = \"images/ruong.jpg\", alt = { vi = \"Ruộng bậc thang ở Pà Cò\", en = \"Rice terraces at Pa Co\" } }\n",
    );
    scratch.write("static/images/logo.svg", LOGO);
    // Any bytes do for a photo the build only copies.
    scratch.write("static/images/ruong.jpg", [0xff, 0xd8, 0xff, 0xd9]);
    scratch
}

#[test]
fn the_logo_heads_every_page_and_the_colours_reach_every_pages_style() {
    let scratch = branded();
    let out = scratch.path("public");
    build_ok(&scratch.site, &out);
    let tree = read_tree(&out);
    assert_eq!(tree["images/logo.svg"], LOGO.as_bytes());
    let pages: Vec<(&String, String)> = tree
        .iter()
        .filter(|(name, _)| {
            name.ends_with("index.html") && !name.contains("/email") && *name != "index.html"
        })
        .map(|(name, bytes)| (name, String::from_utf8_lossy(bytes).into_owned()))
        .collect();
    assert!(pages.len() > 40, "{} pages", pages.len());
    let mut brands = Vec::new();
    for (name, html) in &pages {
        assert!(
            html.contains("<img class=\"logo\" src=\"/images/logo.svg\" alt=\"\""),
            "{name} has no logo"
        );
        brands.push(property(html, "--brand").to_owned());
    }
    brands.dedup();
    assert_eq!(brands.len(), 1, "{brands:?}");
    let brand = &brands[0];
    // The gold as written would give white text 2.2:1; it is darkened to AA.
    assert!(contrast_on_white("#e8a33d") < 4.5);
    assert!(contrast_on_white(brand) >= 4.5, "{brand}");
    assert_ne!(brand, "#e8a33d");
    let home = page(&out, "/en/");
    assert!(
        home.contains("src=\"/images/ruong.jpg\""),
        "no photo on the home page"
    );
    assert!(home.contains("alt=\"Rice terraces at Pa Co\""));
    assert!(page(&out, "/vi/").contains("alt=\"Ruộng bậc thang ở Pà Cò\""));
    // The printed book's cover carries the emblem too, and the e-mail
    // edition (no style sheet there) the brand colour.
    assert!(page(&out, "/vi/du-an/ban-in/").contains("/images/logo.svg"));
    let email = String::from_utf8_lossy(&tree["vi/ban-tin/ban-tin-so-01/email.html"]).into_owned();
    assert!(
        email.contains(&format!("background:{brand};color:#ffffff")),
        "{email}"
    );
}

#[test]
fn without_identity_keys_the_neutral_look_stands() {
    let scratch = Scratch::copy_of("valid");
    let out = scratch.path("public");
    build_ok(&scratch.site, &out);
    let home = page(&out, "/vi/");
    assert!(!home.contains("class=\"logo\""));
    assert!(!home.contains("--brand:"), "a style for colours nobody set");
    assert!(!home.contains("home-photo"));
}
