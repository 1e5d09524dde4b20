//! What the preview adds to the pages it serves, and never `build`: the
//! script that reloads the open page after each rebuild, and the mistakes of
//! a failed rebuild, shown over the page in the staff's language.

use crate::messages::{text, Lang};

/// Where the preview serves its own script and its waiting endpoint.
pub(crate) const SCRIPT: &str = "/__minhbach/reload.js";
pub(crate) const WAIT: &str = "/__minhbach/wait";
/// `<generation> building|idle`, for scripts that time the preview.
pub(crate) const STATUS: &str = "/__minhbach/status";

/// Waits for the next build (the server holds the request until then) and
/// reloads: no polling, so an idle preview does no work.
pub(crate) fn script(generation: u64) -> String {
    format!(
        r"'use strict';
(() => {{
  let seen = {generation};
  const wait = async () => {{
    try {{
      const r = await fetch('{WAIT}?since=' + seen, {{ cache: 'no-store' }});
      const next = Number(await r.text());
      if (next > seen) {{ location.reload(); return; }}
    }} catch (e) {{
      await new Promise((ok) => setTimeout(ok, 1000));
    }}
    wait();
  }};
  wait();
}})();
"
    )
}

/// `html` with the reload script and, after a failed rebuild, the mistakes.
pub(crate) fn decorate(html: &str, generation: u64, mistakes: Option<&str>, lang: Lang) -> String {
    let mut extra = format!("<script src=\"{SCRIPT}?g={generation}\" defer></script>");
    if let Some(list) = mistakes {
        extra.push_str(&overlay(list, lang, true));
    }
    match html.rfind("</body>") {
        Some(at) => format!("{}{extra}{}", &html[..at], &html[at..]),
        None => format!("{html}{extra}"),
    }
}

/// The mistakes as a panel over the page; `kept` says the page below is the
/// last good build.
fn overlay(list: &str, lang: Lang, kept: bool) -> String {
    let intro = if kept {
        text!("serve-page-intro")
    } else {
        text!("serve-page-no-build")
    };
    format!(
        "<section id=\"minhbach-mistakes\" role=\"alert\" lang=\"{code}\" style=\"position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;background:#fff;color:#0b0c0c;border-top:6px solid #d4351c;padding:1rem;font:16px/1.4 system-ui,sans-serif;z-index:2147483647;box-shadow:0 -4px 16px rgba(0,0,0,.3)\"><h2 style=\"margin:0 0 .5rem;font-size:1.25rem\">{title}</h2><p style=\"margin:0 0 1rem\">{intro}</p><pre style=\"white-space:pre-wrap;font:14px/1.4 ui-monospace,monospace;margin:0\">{list}</pre></section>",
        code = lang.code(),
        title = escape(&text!("serve-page-title").render(lang)),
        intro = escape(&intro.render(lang)),
        list = escape(list),
    )
}

/// The whole page when no build has succeeded yet: the mistakes alone.
pub(crate) fn mistakes_only(list: &str, generation: u64, lang: Lang) -> String {
    format!(
        "<!doctype html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head><body>{panel}<script src=\"{SCRIPT}?g={generation}\" defer></script></body></html>",
        code = lang.code(),
        title = escape(&text!("serve-page-title").render(lang)),
        panel = overlay(list, lang, false),
    )
}

/// A plain page for a missing address when the build has no 404 page.
pub(crate) fn not_found(lang: Lang) -> String {
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>404</title></head><body><p>{}</p></body></html>",
        lang.code(),
        escape(&text!("serve-not-found").render(lang))
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_the_script_and_the_mistakes_before_the_end_of_the_body() {
        let page = decorate(
            "<html><body><p>x</p></body></html>",
            3,
            Some("error: <a>"),
            Lang::En,
        );
        assert!(page.contains("<script src=\"/__minhbach/reload.js?g=3\" defer></script><section id=\"minhbach-mistakes\""), "{page}");
        assert!(page.contains("error: &lt;a&gt;"), "{page}");
        assert!(page.ends_with("</section></body></html>"), "{page}");
        let clean = decorate("<html><body></body></html>", 4, None, Lang::Vi);
        assert!(!clean.contains("minhbach-mistakes"));
    }
}
