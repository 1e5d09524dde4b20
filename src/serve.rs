//! A local preview on 127.0.0.1 that rebuilds when a file of the site changes.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::new_debouncer;

use crate::report::{counts, pages, print_diagnostics};
use crate::{build, Failure, Options};

pub(crate) fn serve(site_dir: &Path, port: u16) -> Result<(), String> {
    let output = std::env::temp_dir().join(format!("minhbach-preview-{port}"));
    rebuild(site_dir, &output);
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!("preview on http://127.0.0.1:{port}/ (Ctrl+C to stop)");

    let (tx, rx) = mpsc::channel();
    let mut debouncer =
        new_debouncer(Duration::from_millis(300), None, tx).map_err(|e| e.to_string())?;
    for watched in ["site.toml", "content", "themes", "i18n", "static"] {
        let path = site_dir.join(watched);
        if path.exists() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| e.to_string())?;
        }
    }
    let site = site_dir.to_path_buf();
    let out = output.clone();
    std::thread::spawn(move || {
        for result in rx {
            if result.is_ok() {
                rebuild(&site, &out);
            }
        }
    });
    for request in server.incoming_requests() {
        let response = respond(&output, request.url());
        let _ = request.respond(response);
    }
    Ok(())
}

fn rebuild(site_dir: &Path, output: &Path) {
    match build(
        site_dir,
        &Options {
            output: Some(output.to_path_buf()),
            strict: false,
            offline: false,
        },
    ) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            print_diagnostics(report.warnings);
            println!("rebuilt: {}, {}", pages(report.pages), counts(0, warnings));
        }
        Err(Failure::Mistakes(found)) => {
            let (errors, warnings) = (found.error_count(), found.warning_count());
            print_diagnostics(found);
            eprintln!(
                "{}; the preview shows the last good build",
                counts(errors, warnings)
            );
        }
        Err(Failure::Unusable(m)) => eprintln!("error: {m}"),
        Err(Failure::Write(e)) => eprintln!("error: {e}"),
    }
}

fn respond(root: &Path, url: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode(path);
    let mut file: PathBuf = root.to_path_buf();
    for part in decoded
        .split('/')
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
    {
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    match std::fs::read(&file) {
        Ok(bytes) => {
            let mime = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("css") => "text/css",
                Some("js") => "text/javascript",
                Some("xml") => "application/xml",
                Some("json") => "application/json",
                Some("svg") => "image/svg+xml",
                Some("csv") => "text/csv; charset=utf-8",
                Some("pdf") => "application/pdf",
                _ => "application/octet-stream",
            };
            let header =
                tiny_http::Header::from_bytes("Content-Type", mime).expect("a valid header");
            tiny_http::Response::from_data(bytes).with_header(header)
        }
        Err(_) => tiny_http::Response::from_data(b"404 not found".to_vec()).with_status_code(404),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            // Bytes, not `&s[..]`: "%é" must not slice inside a character.
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
            if let Ok(b) = u8::from_str_radix(hex, 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn decodes_vietnamese_addresses_and_never_slices_inside_a_character() {
        assert_eq!(
            percent_decode("/files/b%E1%BA%A3n-%C4%91%E1%BB%93.pdf"),
            "/files/bản-đồ.pdf"
        );
        assert_eq!(percent_decode("/a%é%"), "/a%é%");
    }
}
