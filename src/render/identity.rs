//! The province's identity in site.toml, checked against the theme and the
//! content before any page is rendered.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::text;
use crate::site::Site;
use crate::theme::Theme;

/// Mistakes in the identity keys of site.toml that only the theme and the
/// content can tell: a file that is not in `static/`, a page that does not
/// exist.
pub(crate) fn check(site: &Site, theme: &Theme, out: &mut Diagnostics) {
    let identity = &site.config.identity;
    for file in identity
        .logo
        .iter()
        .chain(identity.photo.as_ref().map(|p| &p.file))
    {
        if !theme.statics.contains_key(&file.value) {
            out.push(
                Diagnostic::error(
                    "site.toml",
                    text!("site-file-missing", value = file.value.clone()),
                    text!("site-file-missing-fix", value = file.value.clone()),
                )
                .at(Some(file.at)),
            );
        }
    }
    for page in identity.contact.iter().chain(&identity.partners) {
        if !site.pages.iter().any(|p| p.slug.as_str() == page.value) {
            let names: Vec<String> = site
                .pages
                .iter()
                .map(|p| p.slug.as_str().to_string())
                .collect();
            let fix = if names.is_empty() {
                text!("site-page-missing-fix-add", value = page.value.clone())
            } else {
                text!("site-page-missing-fix", names = names.join(", "))
            };
            out.push(
                Diagnostic::error(
                    "site.toml",
                    text!("site-page-missing", value = page.value.clone()),
                    fix,
                )
                .at(Some(page.at)),
            );
        }
    }
}
