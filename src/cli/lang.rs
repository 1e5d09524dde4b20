//! The language of the tool's messages, chosen as the spec's "Command line"
//! says: `--lang`, then `LC_ALL`, `LC_MESSAGES` or `LANG` when the tool speaks
//! it, then the site's `default_language`, else English.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::messages::Lang;

/// Why `--lang` was refused.
pub(crate) struct UnknownLang(pub(crate) String);

/// The language for `args` (before clap parses them: `--help` must already
/// speak it).
pub(crate) fn choose(args: &[OsString]) -> Result<Lang, UnknownLang> {
    if let Some(code) = flag_value(args, "--lang") {
        return Lang::from_code(&code).ok_or(UnknownLang(code));
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(lang) = std::env::var(var).ok().and_then(|v| Lang::from_code(&v)) {
            return Ok(lang);
        }
    }
    let site = site_dir(args);
    Ok(site_default(&site).unwrap_or(Lang::En))
}

/// The value of `--name VALUE` or `--name=VALUE`.
fn flag_value(args: &[OsString], name: &str) -> Option<String> {
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = it.next() {
        if arg == name {
            return it.next().map(std::borrow::Cow::into_owned);
        }
        if let Some(v) = arg.strip_prefix(&format!("{name}=")) {
            return Some(v.to_string());
        }
    }
    None
}

/// The site directory the command names, or `.`: the first argument after
/// the command that is a folder holding site.toml.
fn site_dir(args: &[OsString]) -> PathBuf {
    args.iter()
        .skip(2)
        .map(PathBuf::from)
        .find(|p| p.join("site.toml").is_file())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The site's `default_language`, read without checking the rest of site.toml.
fn site_default(site: &Path) -> Option<Lang> {
    let text = std::fs::read_to_string(site.join("site.toml")).ok()?;
    let table: toml::Table = text.parse().ok()?;
    Lang::from_code(table.get("default_language")?.as_str()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn reads_lang_in_both_spellings() {
        assert_eq!(
            flag_value(&args(&["minhbach", "check", "--lang", "vi"]), "--lang").as_deref(),
            Some("vi")
        );
        assert_eq!(
            flag_value(&args(&["minhbach", "--lang=en", "check"]), "--lang").as_deref(),
            Some("en")
        );
        assert_eq!(flag_value(&args(&["minhbach", "check"]), "--lang"), None);
    }
}
