//! What is written besides the pages and the files made from the model
//! (`export`): attachments, theme and site static files, and the root page that
//! leads to the default language.

use crate::content::Attachment;
use crate::routes::Route;
use crate::site::Site;
use crate::theme::{StaticFile, Theme};
use crate::write::{Output, WriteError};

pub(crate) fn write_files(site: &Site, theme: &Theme, output: &Output) -> Result<(), WriteError> {
    for (prefix, Attachment { name, source, .. }) in site.attachments() {
        output.copy(
            &format!("{}/{name}", prefix.trim_start_matches('/')),
            source,
        )?;
    }
    for (rel, file) in &theme.statics {
        match file {
            StaticFile::Embedded(text) => output.write(rel, text.as_bytes())?,
            StaticFile::OnDisk(path) => output.copy(rel, path)?,
        }
    }
    let home = Route::Home.url(&site.config, site.config.languages.default);
    let root = root_page(&home, site.config.languages.default_code());
    output.write("index.html", root.as_bytes())
}
/// `/` leads to the default language's home, with or without a server that redirects.
fn root_page(home: &str, lang: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{home}</title>\n<meta http-equiv=\"refresh\" content=\"0; url={home}\">\n<link rel=\"canonical\" href=\"{home}\">\n</head>\n<body>\n<p><a href=\"{home}\">{home}</a></p>\n</body>\n</html>\n"
    )
}
