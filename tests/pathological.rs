//! Hostile words build, or are refused at their place, in bounded time.
//!
//! The shapes are the pathological inputs of `cmark` (`commonmark/cmark`,
//! `test/pathological_tests.py`, each to finish in 4 s) and the HTML shapes of
//! `servo/html5ever#788` (nested `div`, nested `ul li`, nested `b`), at the sizes
//! those suites use, written as the body of one project's `vi.md` of the
//! minimal fixture. Each is built by the binary, one at a time (the machine
//! has two cores), and must exit within [`budget`]: 0 when it builds, 1 with
//! a mistake located in that file when it is refused. The times are printed
//! (`cargo test --release --test pathological -- --nocapture`).

mod common;

use std::time::{Duration, Instant};

use common::{minhbach, Scratch};

const WORDS: &str = "content/projects/truong-mam-non-tien-phong/vi.md";

/// The bound for a build with one hostile file. An unoptimised test
/// build is many times slower, so it gets a generous one.
fn budget() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(60)
    } else {
        Duration::from_secs(4)
    }
}

/// What a shape must do.
#[derive(Debug, PartialEq, Eq)]
enum Expect {
    Builds,
    /// Refused with a mistake at this line of the words file.
    Refused {
        line: usize,
    },
}

fn shapes() -> Vec<(&'static str, String, Expect)> {
    use Expect::{Builds, Refused};
    let deep_lists = (0..1000).fold(String::new(), |mut md, x| {
        md.push_str(&"  ".repeat(x));
        md.push_str("* a\n");
        md
    });
    // cmark's runs of 1 to 9,999 backticks make 50 MB; up to 1,999 fit in 2 MB.
    let backticks = (1..2_000).fold(String::new(), |mut md, x| {
        md.push('e');
        md.push_str(&"`".repeat(x));
        md
    });
    // cmark's own size (800,000 definitions) is 9 MB, past the 2 MB a words
    // file may have: as many as fit.
    let references: String = (1..100_000)
        .map(|x| format!("[{x}]: u\n"))
        .chain(std::iter::repeat_n("[0] ".to_string(), 50_000))
        .collect();
    vec![
        (
            "nested strong emph",
            "*a **a ".repeat(65_000) + "b" + &" a** a*".repeat(65_000),
            Refused { line: 1 },
        ),
        (
            "many emph closers with no openers",
            "a_ ".repeat(65_000),
            Builds,
        ),
        (
            "many emph openers with no closers",
            "_a ".repeat(65_000),
            Builds,
        ),
        (
            "many link closers with no openers",
            "a]".repeat(65_000),
            Builds,
        ),
        (
            "many link openers with no closers",
            "[a".repeat(65_000),
            Builds,
        ),
        (
            "mismatched openers and closers",
            "*a_ ".repeat(50_000),
            Builds,
        ),
        (
            "openers and closers multiple of 3",
            "a**b".to_string() + &"c* ".repeat(50_000),
            Builds,
        ),
        (
            "link openers and emph closers",
            "[ a_".repeat(50_000),
            Builds,
        ),
        (
            "hard link/emph case",
            "**x [a*b**c*](https://x.example)".into(),
            Builds,
        ),
        (
            "nested brackets",
            "[".repeat(50_000) + "a" + &"]".repeat(50_000),
            Builds,
        ),
        (
            "nested block quotes",
            "> ".repeat(50_000) + "a",
            Refused { line: 1 },
        ),
        ("deeply nested lists", deep_lists, Refused { line: 1000 }),
        ("U+0000 in input", "abc\u{0}de\u{0}".into(), Builds),
        ("backticks", backticks, Builds),
        ("unclosed links A", "[a](<b".repeat(50_000), Builds),
        ("unclosed links B", "[a](b".repeat(50_000), Builds),
        ("many references", references, Builds),
        (
            "block quotes, 200,000 deep",
            ">".repeat(200_000),
            Refused { line: 1 },
        ),
        (
            "nested div",
            "<div>".repeat(50_000) + &"</div>".repeat(50_000),
            Refused { line: 1 },
        ),
        (
            "nested ul li",
            "<ul><li>".repeat(30_000),
            Refused { line: 1 },
        ),
        ("nested b", "<b>".repeat(50_000) + "x", Refused { line: 1 }),
    ]
}

/// Front matter that TOML's own limits and the repair of its mistakes must
/// hold: whole files.
fn front_matter_shapes() -> Vec<(&'static str, String, Expect)> {
    use Expect::Refused;
    vec![
        (
            "front matter: arrays 200,000 deep",
            format!("+++\ntitle = {}\n+++\n", "[".repeat(200_000)),
            Refused { line: 2 },
        ),
        (
            "front matter: 100 unknown keys, a list of 1.8 MB",
            format!(
                "+++\ntitle = \"a\"\nsummary = \"b\"\n{}keywords = [{}\"a\"]\n+++\n",
                (0..100).fold(String::new(), |mut keys, i| {
                    keys.push_str("key");
                    keys.push_str(&i.to_string());
                    keys.push_str(" = 1\n");
                    keys
                }),
                "\"a\", ".repeat(360_000)
            ),
            Refused { line: 4 },
        ),
    ]
}

#[test]
fn hostile_words_build_or_are_refused_at_their_place_in_bounded_time() {
    let scratch = Scratch::copy_of("minimal");
    let original = scratch.read(WORDS);
    let (front, _) = original
        .rsplit_once("+++\n")
        .expect("the fixture's words have front matter");
    // The body starts on the line after the front matter.
    let body_line = front.lines().count() + 2;
    let mut failures = Vec::new();
    let mut report = vec![format!(
        "{:<36} {:>9} {:>8}  outcome",
        "shape", "bytes", "seconds"
    )];
    for (name, body, expect) in shapes().into_iter().chain(front_matter_shapes()) {
        if body.starts_with("+++\n") {
            scratch.write(WORDS, &body);
        } else {
            scratch.write(WORDS, format!("{front}+++\n{body}\n"));
        }
        let output = scratch.path("public");
        let started = Instant::now();
        let run = minhbach([
            "build".as_ref(),
            scratch.site.as_os_str(),
            "--output".as_ref(),
            output.as_os_str(),
        ]);
        let took = started.elapsed();
        run.assert_no_panic();
        let outcome = match run.code {
            Some(0) => Expect::Builds,
            Some(1) => Expect::Refused {
                line: refused_line(&run.stderr).map_or(0, |l| {
                    if body.starts_with("+++\n") {
                        l
                    } else {
                        l + 1 - body_line
                    }
                }),
            },
            other => {
                failures.push(format!("{name}: exit status {other:?}\n{}", run.stderr));
                continue;
            }
        };
        report.push(format!(
            "{name:<36} {:>9} {:>8.2}  {outcome:?}",
            body.len(),
            took.as_secs_f64()
        ));
        if outcome != expect {
            failures.push(format!(
                "{name}: expected {expect:?}, got {outcome:?}\n{}",
                run.stderr
            ));
        }
        if took > budget() {
            failures.push(format!(
                "{name}: took {:.2} s, more than {} s",
                took.as_secs_f64(),
                budget().as_secs()
            ));
        }
    }
    eprintln!("{}", report.join("\n"));
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The line of the first mistake located in the words file, in the words
/// file's own numbering.
fn refused_line(stderr: &str) -> Option<usize> {
    let at = stderr.find(&format!("{WORDS}:"))? + WORDS.len() + 1;
    let digits: String = stderr[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}
