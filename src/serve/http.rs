//! Answers one request of the preview: a file of the last good build, with
//! the reload script and any mistakes added to pages, the preview's own
//! script and waiting endpoint, or a 404 page. Nothing outside the output
//! folder is ever read, whatever the address.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::time::Duration;

use percent_encoding::percent_decode_str;
use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::page;
use super::state::State;
use crate::messages::Lang;

/// How long the reload endpoint holds a request before answering anyway.
const WAIT_AT_MOST: Duration = Duration::from_secs(25);

type Reply = Response<Cursor<Vec<u8>>>;

pub(crate) fn respond(request: Request, root: &Path, state: &State, lang: Lang) {
    let head = *request.method() == Method::Head;
    let reply = match request.method() {
        Method::Get | Method::Head => answer(request.url(), root, state, lang),
        _ => status(405, "405 method not allowed").with_header(header("Allow", "GET, HEAD")),
    };
    let reply = if head {
        // The same status and headers, without the body.
        let code = reply.status_code();
        let headers = reply.headers().to_vec();
        let mut empty = Response::from_data(Vec::new()).with_status_code(code);
        for h in headers {
            empty.add_header(h);
        }
        empty
    } else {
        reply
    };
    // A visitor who closed the tab leaves nothing to answer to.
    let _ = request.respond(reply);
}

fn answer(url: &str, root: &Path, state: &State, lang: Lang) -> Reply {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let now = state.now();
    if path == page::SCRIPT {
        // The generation of the page that asks, which its address carries:
        // a build may have ended between the page and its script, and a
        // script that counted from that newer build would wait past it and
        // leave the page (and a fixed mistake) as it was.
        let generation = number_in(query, "g").unwrap_or(now.generation);
        return Response::from_data(page::script(generation).into_bytes())
            .with_header(header("Content-Type", "text/javascript; charset=utf-8"))
            .with_header(header("Cache-Control", "no-store"));
    }
    if path == page::WAIT {
        let since = number_in(query, "since").unwrap_or(now.generation);
        let generation = state.wait_past(since, WAIT_AT_MOST);
        return Response::from_data(generation.to_string().into_bytes())
            .with_header(header("Content-Type", "text/plain; charset=utf-8"))
            .with_header(header("Cache-Control", "no-store"));
    }
    if path == page::STATUS {
        let doing = if now.building { "building" } else { "idle" };
        return Response::from_data(format!("{} {doing}", now.generation).into_bytes())
            .with_header(header("Content-Type", "text/plain; charset=utf-8"))
            .with_header(header("Cache-Control", "no-store"));
    }
    if !now.has_pages {
        let list = now.mistakes.as_deref().unwrap_or_default();
        return html(page::mistakes_only(list, now.generation, lang), 200);
    }
    let Some(file) = resolve(root, path) else {
        return status(400, "400 bad request");
    };
    if file.is_dir() {
        // Relative links of a page need its address to end with a slash.
        return status(301, "").with_header(header("Location", &format!("{path}/")));
    }
    let (file, code) = if file.is_file() {
        (file, 200)
    } else {
        (root.join("404.html"), 404)
    };
    let decorate =
        |html_text: &str| page::decorate(html_text, now.generation, now.mistakes.as_deref(), lang);
    match std::fs::read(&file) {
        Ok(bytes) if is_html(&file) => html(decorate(&String::from_utf8_lossy(&bytes)), code),
        Ok(bytes) => {
            let mime = mime_guess::from_path(&file).first_or_octet_stream();
            let kind = if mime.type_() == "text" {
                format!("{mime}; charset=utf-8")
            } else {
                mime.to_string()
            };
            Response::from_data(bytes)
                .with_status_code(code)
                .with_header(header("Content-Type", &kind))
        }
        Err(_) => html(decorate(&page::not_found(lang)), 404),
    }
}

/// The number given as `name=` in a query string.
fn number_in(query: &str, name: &str) -> Option<u64> {
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| value.parse().ok()).flatten()
    })
}

/// The file of `path` under `root` (`index.html` for a folder's address), or
/// `None` for an address that could lead out of it: `..` in any encoding, a
/// NUL, bytes that are not UTF-8.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode_str(path).decode_utf8().ok()?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut file = root.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty() && *p != ".") {
        if part == ".." {
            return None;
        }
        file.push(part);
    }
    if decoded.ends_with('/') || file == root {
        file.push("index.html");
    }
    Some(file)
}

fn is_html(file: &Path) -> bool {
    file.extension().is_some_and(|e| e == "html")
}

fn html(text: String, code: u16) -> Reply {
    Response::from_data(text.into_bytes())
        .with_status_code(code)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"))
}

fn status(code: u16, body: &str) -> Reply {
    Response::from_data(body.as_bytes().to_vec())
        .with_status_code(StatusCode(code))
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a header of ASCII text")
}

#[cfg(test)]
mod tests {
    use super::{answer, resolve};
    use crate::messages::Lang;
    use crate::serve::state::State;
    use std::io::Read;
    use std::path::Path;

    fn body(url: &str, state: &State) -> String {
        let mut text = String::new();
        answer(url, Path::new("/nonexistent"), state, Lang::En)
            .into_reader()
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    #[test]
    fn the_reload_script_counts_from_the_page_that_asks_not_from_the_latest_build() {
        let state = State::new();
        for _ in 0..5 {
            state.refresh();
        }
        // A page of generation 3 whose script is fetched once build 5 ended
        // must still reload for build 4 and 5.
        assert!(body("/__minhbach/reload.js?g=3", &state).contains("let seen = 3;"));
        assert!(body("/__minhbach/reload.js", &state).contains("let seen = 5;"));
        assert!(body("/__minhbach/reload.js?g=x", &state).contains("let seen = 5;"));
        assert_eq!(body("/__minhbach/wait?since=2", &state), "5");
    }

    #[test]
    fn decodes_vietnamese_addresses_and_never_leaves_the_output() {
        let root = Path::new("/out");
        assert_eq!(
            resolve(root, "/files/b%E1%BA%A3n-%C4%91%E1%BB%93.pdf").unwrap(),
            Path::new("/out/files/bản-đồ.pdf")
        );
        assert_eq!(
            resolve(root, "/vi/").unwrap(),
            Path::new("/out/vi/index.html")
        );
        assert_eq!(resolve(root, "/").unwrap(), Path::new("/out/index.html"));
        for hostile in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/a/%2E%2E/%2e%2e/x",
            "/a%00b",
            "/%ff%fe",
            "/..%5c..%5cx",
        ] {
            assert_eq!(resolve(root, hostile), None, "{hostile}");
        }
    }
}
