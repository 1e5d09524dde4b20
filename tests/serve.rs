//! `minhbach serve` as staff and browsers meet it, over real HTTP: pages with
//! the reload script, HEAD, 405, 404 and hostile addresses; an edit shown
//! after the next build, a mistake shown over the last good build and
//! cleared when fixed; no work when idle; its temporary folder removed on
//! Ctrl+C; and a thousand requests from fifty connections, with malformed
//! ones among them, all answered.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, ChildStdout, Stdio};
use std::time::{Duration, Instant};

use common::{command, Scratch};

const PAGE_VI: &str = "content/pages/gioi-thieu/vi.md";
const PROJECT: &str = "content/projects/truong-mam-non-tien-phong/facts.toml";

/// A running preview of a copy of `minimal/`, stopped when dropped.
struct Preview {
    child: Child,
    port: u16,
    site: Scratch,
    _stdout: BufReader<ChildStdout>,
}

impl Preview {
    fn start() -> Preview {
        Preview::start_with(Scratch::copy_of("minimal"), None)
    }

    /// Starts and waits for the first build; `tmp` is its TMPDIR.
    fn start_with(site: Scratch, tmp: Option<&Path>) -> Preview {
        let port = free_port();
        let mut command = command();
        command
            .args(["--lang", "en", "serve", "--port", &port.to_string()])
            .arg(&site.site)
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(tmp) = tmp {
            command.env("TMPDIR", tmp);
        }
        let mut child = command.spawn().expect("the preview starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("its output"));
        let mut line = String::new();
        let started = Instant::now();
        while !line.starts_with("preview on http://127.0.0.1:") {
            line.clear();
            assert!(
                stdout.read_line(&mut line).expect("a line") > 0,
                "the preview ended before listening"
            );
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no preview after a minute"
            );
        }
        Preview {
            child,
            port,
            site,
            _stdout: stdout,
        }
    }

    fn get(&self, path: &str) -> Answer {
        request(
            self.port,
            &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
        )
    }

    /// The build the served pages are from, as the reload script knows it.
    fn generation(&self) -> u64 {
        let script = self.get("/__minhbach/reload.js").body;
        let at = script.find("let seen = ").expect("the generation") + "let seen = ".len();
        script[at..]
            .split(';')
            .next()
            .unwrap()
            .parse()
            .expect("a number")
    }

    /// Waits for the pages after `seen` (the edited page first, or a whole
    /// build), as the open page does.
    fn next_build(&self, seen: u64) -> u64 {
        let answer = self.get(&format!("/__minhbach/wait?since={seen}"));
        let next: u64 = answer.body.trim().parse().expect("a generation");
        assert!(next > seen, "no build came after {seen}");
        next
    }

    /// Waits until the whole site is built again after `seen`: the preview
    /// says `idle` with a newer generation.
    fn settled(&self, seen: u64) -> u64 {
        let started = Instant::now();
        loop {
            let status = self.get("/__minhbach/status").body;
            let (generation, doing) = status.split_once(' ').expect("generation and state");
            let generation: u64 = generation.parse().expect("a number");
            if generation > seen && doing == "idle" {
                return generation;
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "never settled: {status}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Preview {
    /// Stops the preview as staff do, so that it removes its folder of pages;
    /// by force if it does not stop.
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) && signal(&self.child, "INT") {
            let _ = ended_within(&mut self.child, Duration::from_secs(10));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

struct Answer {
    status: u16,
    head: String,
    body: String,
}

/// Sends `raw` and reads the whole answer (the server closes the connection).
fn request(port: u16, raw: &str) -> Answer {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("the preview answers");
    stream
        .set_read_timeout(Some(Duration::from_secs(40)))
        .expect("a timeout");
    stream.write_all(raw.as_bytes()).expect("a request sent");
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Answer {
        status,
        head: head.to_string(),
        body: body.to_string(),
    }
}

#[test]
fn serves_pages_with_the_reload_script_and_answers_head_405_404_and_hostile_addresses() {
    let preview = Preview::start();
    let page = preview.get("/vi/trang/gioi-thieu/");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("<script src=\"/__minhbach/reload.js?g="),
        "{}",
        page.body
    );
    assert!(page.head.contains("text/html; charset=utf-8"));

    let head = request(
        preview.port,
        "HEAD /vi/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(head.status, 200);
    assert_eq!(head.body, "", "HEAD has no body");

    let post = request(
        preview.port,
        "POST /vi/ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(post.status, 405);
    assert!(post.head.contains("Allow: GET, HEAD"), "{}", post.head);

    let missing = preview.get("/vi/trang/khong-co/");
    assert_eq!(missing.status, 404);
    assert!(
        missing.body.contains("Page not found") && missing.body.contains("Không tìm thấy trang"),
        "the preview does not serve /404.html"
    );
    assert_eq!(preview.get("/vi/trang").status, 301);
    for hostile in ["/../site.toml", "/%2e%2e/%2e%2e/etc/passwd", "/a%00b"] {
        let answer = preview.get(hostile);
        assert!(
            answer.status == 400 || answer.status == 404,
            "{hostile}: {}",
            answer.status
        );
        assert!(!answer.body.contains("base_url"), "{hostile} leaked a file");
    }
    // A page waiting for the next build holds up no other request.
    let preview_port = preview.port;
    let waiting = std::thread::spawn(move || {
        request(
            preview_port,
            &format!(
                "GET /__minhbach/wait?since={} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                u64::MAX - 1
            ),
        )
    });
    std::thread::sleep(Duration::from_millis(200));
    let started = Instant::now();
    assert_eq!(preview.get("/en/").status, 200);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "a waiting page held up a request"
    );
    drop(preview);
    let _ = waiting.join();
}

#[test]
fn an_edit_shows_after_the_next_build_and_a_mistake_shows_over_the_last_good_build_until_fixed() {
    let preview = Preview::start();
    let seen = preview.generation();
    preview.site.edit(
        PAGE_VI,
        "title = \"Giới thiệu\"",
        "title = \"Giới thiệu cổng thông tin\"",
    );
    preview.next_build(seen);
    let page = preview.get("/vi/trang/gioi-thieu/");
    assert!(
        page.body.contains("Giới thiệu cổng thông tin"),
        "the edit is not shown"
    );
    // The edited page came first; the whole build may still run, and a
    // mistake made now must not be taken for its outcome.
    let seen = preview.settled(seen);
    assert!(!page.body.contains("minhbach-mistakes"));

    preview
        .site
        .edit(PROJECT, "sector = \"education\"", "sector = \"educaton\"");
    let seen = preview.settled(seen);
    let page = preview.get("/vi/trang/gioi-thieu/");
    assert!(
        page.body.contains("id=\"minhbach-mistakes\""),
        "the mistake is not shown"
    );
    assert!(page.body.contains("educaton"), "{}", page.body);
    assert!(
        page.body.contains("facts.toml:2:10"),
        "the mistake's place is not shown"
    );
    assert!(
        page.body.contains("Giới thiệu cổng thông tin"),
        "the last good build is gone"
    );

    preview
        .site
        .edit(PROJECT, "sector = \"educaton\"", "sector = \"education\"");
    preview.settled(seen);
    let page = preview.get("/vi/trang/gioi-thieu/");
    assert!(
        !page.body.contains("minhbach-mistakes"),
        "the mistake stays after its fix"
    );
}

#[test]
fn a_first_build_with_a_mistake_serves_the_mistakes_alone() {
    let site = Scratch::changed(
        "minimal",
        &[common::Change::Edit(
            PROJECT,
            "sector = \"education\"",
            "sector = \"educaton\"",
        )],
    );
    let preview = Preview::start_with(site, None);
    let page = preview.get("/vi/");
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("id=\"minhbach-mistakes\""),
        "{}",
        page.body
    );
    assert!(page.body.contains("educaton"));
}

/// CPU time of a process so far, in clock ticks (Linux).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the process's stat");
    // Fields after the command name (which may hold spaces): utime is the
    // 14th field of the line, stime the 15th.
    let after = &stat[stat.rfind(')').expect("a command name") + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn an_idle_preview_does_no_work() {
    let preview = Preview::start();
    // Let the first build's last threads settle: on a loaded machine they
    // may take more than a moment. A preview that never idles still fails
    // below, after these ten seconds.
    let settled = Instant::now() + Duration::from_secs(10);
    loop {
        let before = cpu_ticks(preview.child.id());
        std::thread::sleep(Duration::from_millis(500));
        if cpu_ticks(preview.child.id()) == before || Instant::now() > settled {
            break;
        }
    }
    let before = cpu_ticks(preview.child.id());
    std::thread::sleep(Duration::from_secs(3));
    let spent = cpu_ticks(preview.child.id()) - before;
    // A tick is 10 ms. The watcher's debouncer (notify-debouncer-full)
    // wakes every 12.5 ms to look for settled events, 240 times in these
    // 3 s: a tick or two, and 3 on a machine busy with the other tests (seen
    // once here). A preview that keeps rebuilding spends a build's worth,
    // tens of ticks, each time; ten ticks (a thirtieth of a core) tell the
    // two apart.
    assert!(
        spent <= 10,
        "the idle preview used {spent} ticks of CPU in 3 s"
    );
}

/// Sends `name` (`INT`, `TERM`…) to the process; whether `kill` did.
fn signal(child: &Child, name: &str) -> bool {
    std::process::Command::new("kill")
        .args([&format!("-{name}"), &child.id().to_string()])
        .status()
        .is_ok_and(|s| s.success())
}

/// The exit status once the process ends, or `None` after `limit`.
fn ended_within(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Ok(Some(exit)) = child.try_wait() {
            return Some(exit);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

/// Sends `name` to the preview and waits for it to end; its exit status.
fn stop_with(child: &mut Child, name: &str) -> std::process::ExitStatus {
    assert!(signal(child, name), "kill -{name} failed");
    ended_within(child, Duration::from_secs(10))
        .unwrap_or_else(|| panic!("{name} did not stop the preview"))
}

#[test]
fn ctrl_c_closing_the_terminal_and_kill_stop_the_preview_and_remove_its_temporary_folder() {
    // Ctrl+C, the terminal closed, `kill`.
    for signal in ["INT", "HUP", "TERM"] {
        let scratch = Scratch::copy_of("minimal");
        let tmp = scratch.path("tmp");
        std::fs::create_dir(&tmp).unwrap();
        let ours = || previews_in(&tmp).len();
        let mut preview = Preview::start_with(scratch, Some(&tmp));
        assert_eq!(ours(), 1, "the preview's private folder");
        let exit = stop_with(&mut preview.child, signal);
        assert_eq!(exit.code(), Some(0), "{signal}");
        assert_eq!(ours(), 0, "{signal} left the temporary folder behind");
    }
}

fn previews_in(tmp: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(tmp)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("minhbach-preview-")
        })
        .map(|e| e.path())
        .collect()
}

#[test]
fn a_preview_removes_the_folder_a_killed_one_left() {
    let scratch = Scratch::copy_of("minimal");
    let tmp = scratch.path("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let mut killed = Preview::start_with(scratch, Some(&tmp));
    let left = previews_in(&tmp);
    assert_eq!(left.len(), 1);
    // `kill -9`: nothing runs in the preview, so its folder stays.
    killed.child.kill().unwrap();
    killed.child.wait().unwrap();
    assert!(left[0].join("site").is_dir(), "the killed preview's pages");
    let again = Preview::start_with(Scratch::copy_of("minimal"), Some(&tmp));
    assert!(
        !left[0].exists(),
        "the killed preview's folder is still there"
    );
    let now = previews_in(&tmp);
    assert_eq!(now.len(), 1, "only the new preview's folder: {now:?}");
    drop(again);
}

#[test]
fn a_thousand_requests_from_fifty_connections_and_malformed_ones_are_all_answered() {
    let preview = Preview::start();
    let port = preview.port;
    let paths = [
        "/vi/",
        "/en/",
        "/vi/trang/gioi-thieu/",
        "/data/projects.json",
        "/assets/minhbach.css",
    ];
    let started = Instant::now();
    let workers: Vec<_> = (0..50)
        .map(|w| {
            std::thread::spawn(move || {
                (0..20)
                    .map(|i| {
                        let path = paths[(w + i) % paths.len()];
                        request(
                            port,
                            &format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                        )
                        .status
                    })
                    .collect::<Vec<u16>>()
            })
        })
        .collect();
    let statuses: Vec<u16> = workers
        .into_iter()
        .flat_map(|w| w.join().expect("a worker"))
        .collect();
    assert_eq!(statuses.len(), 1000);
    assert!(
        statuses.iter().all(|s| *s == 200),
        "not all 200: {:?}",
        statuses
            .iter()
            .filter(|s| **s != 200)
            .take(5)
            .collect::<Vec<_>>()
    );
    eprintln!(
        "1000 requests over 50 connections in {:?}",
        started.elapsed()
    );

    for malformed in [
        "GARBAGE\r\n\r\n",
        "GET\r\n\r\n",
        "GET /vi/ HTTP/9.9\r\n\r\n",
        "GET /vi/ HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
        "\u{0}\u{1}\u{2}\r\n\r\n",
    ] {
        let _ = request(port, malformed);
    }
    let long = format!(
        "GET /{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "a".repeat(100_000)
    );
    let _ = request(port, &long);
    // A connection opened and left silent does not stop the others.
    let _silent = TcpStream::connect(("127.0.0.1", port)).expect("a connection");
    assert_eq!(
        preview.get("/vi/").status,
        200,
        "the preview stopped answering"
    );
}
