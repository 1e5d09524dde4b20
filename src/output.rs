//! What is written besides the pages and the files made from the model
//! (`export`): attachments, theme and site static files, and the root page that
//! leads to the default language.

use crate::content::Attachment;
use crate::diagnostics::Diagnostic;
use crate::link::Site;
use crate::routes::Route;
use crate::theme::Theme;
use crate::write::Output;

pub fn write_files(site: &Site, theme: &Theme, output: &Output, out: &mut Vec<Diagnostic>) {
    for (prefix, Attachment { name, source, .. }) in site.attachments() {
        let rel = format!("{}/{name}", prefix.trim_start_matches('/'));
        if let Err(e) = output.copy(&rel, source) {
            out.push(Diagnostic::error(
                rel,
                format!("cannot copy the attachment: {e}"),
                "check the file and the output folder",
            ));
        }
    }
    for (rel, file) in &theme.statics {
        if let Err(e) = file.read().and_then(|bytes| output.write(rel, &bytes)) {
            out.push(Diagnostic::error(
                rel.clone(),
                format!("cannot publish the static file: {e}"),
                "check the file and the output folder",
            ));
        }
    }
    let home = Route::Home.url(&site.config, site.config.languages.default);
    let root = root_page(&home, site.config.languages.default_code());
    if let Err(e) = output.write("index.html", root.as_bytes()) {
        out.push(Diagnostic::error(
            "index.html",
            format!("cannot write: {e}"),
            "check the output folder",
        ));
    }
}

/// `/` leads to the default language's home, with or without a server that redirects.
fn root_page(home: &str, lang: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{home}</title>\n<meta http-equiv=\"refresh\" content=\"0; url={home}\">\n<link rel=\"canonical\" href=\"{home}\">\n</head>\n<body>\n<p><a href=\"{home}\">{home}</a></p>\n</body>\n</html>\n"
    )
}
