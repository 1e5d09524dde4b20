//! Fuzzing on stable Rust: proptest generates hostile words, facts and names,
//! `minhbach::fuzz` sends each down the build's own path, and every input must
//! keep four promises:
//!
//! 1. no panic;
//! 2. no script from the input in the output: no `<script>`, `<iframe>` or
//!    other active element, no `on…=` handler, no `style` but a table's
//!    alignment, no address of a scheme other than http, https, mailto, tel;
//! 3. each input within [`budget`] of time;
//! 4. the same input gives the same output, twice.
//!
//! The run lasts `MINHBACH_FUZZ_SECONDS` (60 by default: the pass in `cargo
//! test`), spread over the targets in turn, on `MINHBACH_FUZZ_THREADS`
//! threads (the cores by default), from `MINHBACH_FUZZ_SEED` (printed, so
//! that a failure can be replayed). `scripts/fuzz MINUTES` runs it longer.
//! A failing input is shrunk to a small one before it is reported.

use std::fmt::Debug;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use minhbach::fuzz::{self, Facts, Output};
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// The longest one input may take: the issue's bound of one second of CPU
/// for any content file, with room for an unoptimised test build.
fn budget() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(5)
    } else {
        Duration::from_secs(1)
    }
}

#[test]
fn every_generated_input_keeps_the_four_promises() {
    let seconds: u64 = env("MINHBACH_FUZZ_SECONDS").unwrap_or(60);
    let threads: u64 = env("MINHBACH_FUZZ_THREADS")
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as u64));
    let seed: u64 = env("MINHBACH_FUZZ_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs())
    });
    let until = Instant::now() + Duration::from_secs(seconds);
    eprintln!("fuzz: {seconds} s on {threads} threads, MINHBACH_FUZZ_SEED={seed}");
    let watches: Vec<Watch> = (0..threads).map(|_| Watch::default()).collect();
    let done = AtomicBool::new(false);
    let results: Vec<Tally> = std::thread::scope(|scope| {
        let runs: Vec<_> = watches
            .iter()
            .zip(0..)
            .map(|(watch, t)| scope.spawn(move || fuzz_until(seed.wrapping_add(t), until, watch)))
            .collect();
        scope.spawn(|| watchdog(&watches, &done, seed));
        let results = runs
            .into_iter()
            .map(|r| r.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect();
        done.store(true, Ordering::Relaxed);
        results
    });
    let mut total = Tally::default();
    for t in results {
        total.add(t);
    }
    for (name, n) in &total.per_target {
        eprintln!("fuzz: {name}: {n} inputs");
    }
    let (slowest, what) = &total.slowest;
    eprintln!(
        "fuzz: {} inputs, none failed; the slowest took {:.3} s: {what}",
        total.inputs,
        slowest.as_secs_f64()
    );
    assert!(total.inputs > 0, "the fuzzer ran no input");
}

/// The input a thread is running, and since when.
type Watch = Mutex<Option<(Instant, &'static str, Box<dyn Debug + Send>)>>;

/// An input that runs far past the budget may never end: the run stops there
/// and names it, since it cannot be shrunk.
fn watchdog(watches: &[Watch], done: &AtomicBool, seed: u64) {
    while !done.load(Ordering::Relaxed) {
        std::thread::sleep(Duration::from_millis(200));
        for watch in watches {
            let current = watch
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if let Some((started, name, input)) = current.as_ref() {
                if started.elapsed() > budget() * 10 {
                    let input = format!("{input:?}");
                    let input: String = input.chars().take(20_000).collect();
                    eprintln!(
                        "fuzz target {name} broke a promise (MINHBACH_FUZZ_SEED={seed}): it ran for more than {} s\ninput: {input}",
                        (budget() * 10).as_secs()
                    );
                    std::process::exit(101);
                }
            }
        }
    }
}

/// Every target in turn until `until`.
fn fuzz_until(seed: u64, until: Instant, watch: &Watch) -> Tally {
    let mut bytes = [0u8; 32];
    for chunk in bytes.chunks_mut(8) {
        chunk.copy_from_slice(&seed.to_le_bytes());
    }
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let targets = targets();
    let mut tally = Tally {
        per_target: targets.iter().map(|t| (t.name(), 0)).collect(),
        ..Tally::default()
    };
    'run: loop {
        for (i, target) in targets.iter().enumerate() {
            if Instant::now() >= until {
                break 'run;
            }
            let (took, what) = target.one(&mut runner, seed, tally.slowest.0, watch);
            tally.inputs += 1;
            tally.per_target[i].1 += 1;
            if let Some(what) = what {
                tally.slowest = (took, what);
            }
        }
    }
    tally
}

#[derive(Default)]
struct Tally {
    inputs: u64,
    per_target: Vec<(&'static str, u64)>,
    /// The slowest input's time and a short description of it.
    slowest: (Duration, String),
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.inputs += other.inputs;
        for (name, n) in other.per_target {
            match self.per_target.iter_mut().find(|(m, _)| *m == name) {
                Some((_, total)) => *total += n,
                None => self.per_target.push((name, n)),
            }
        }
        if other.slowest.0 > self.slowest.0 {
            self.slowest = other.slowest;
        }
    }
}

trait Target {
    fn name(&self) -> &'static str;
    /// Runs one generated input; panics with the shrunk input if it breaks a
    /// promise. Returns its time, and a short description of it if it took
    /// longer than `slowest`.
    fn one(
        &self,
        runner: &mut TestRunner,
        seed: u64,
        slowest: Duration,
        watch: &Watch,
    ) -> (Duration, Option<String>);
}

/// A target: what to generate, and the promises to check on one input.
struct Gen<T: Debug + Clone + Send + 'static> {
    name: &'static str,
    strategy: BoxedStrategy<T>,
    check: fn(&T) -> Result<Duration, String>,
}

impl<T: Debug + Clone + Send + 'static> Target for Gen<T> {
    fn name(&self) -> &'static str {
        self.name
    }

    fn one(
        &self,
        runner: &mut TestRunner,
        seed: u64,
        slowest: Duration,
        watch: &Watch,
    ) -> (Duration, Option<String>) {
        let mut tree = self
            .strategy
            .new_tree(runner)
            .unwrap_or_else(|e| panic!("{}: cannot generate: {e}", self.name));
        let input = tree.current();
        let watched = Box::new(input.clone());
        *watch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some((Instant::now(), self.name, watched));
        let result = guarded(self.check, &input);
        *watch
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
        let error = match result {
            Ok(took) => {
                let what = (took > slowest).then(|| format!("{}: {}", self.name, describe(&input)));
                return (took, what);
            }
            Err(error) => error,
        };
        // Shrink as proptest does: simpler while it still fails.
        let (mut smallest, mut error) = (input, error);
        let shrinking = Instant::now();
        while shrinking.elapsed() < Duration::from_secs(60) {
            if !tree.simplify() {
                break;
            }
            let candidate = tree.current();
            match guarded(self.check, &candidate) {
                Err(e) => (smallest, error) = (candidate, e),
                Ok(_) => {
                    if !tree.complicate() {
                        break;
                    }
                }
            }
        }
        panic!(
            "fuzz target {} broke a promise (MINHBACH_FUZZ_SEED={seed}): {error}\ninput: {smallest:?}",
            self.name
        );
    }
}

/// `check`, with a panic turned into a broken promise.
fn guarded<T>(check: fn(&T) -> Result<Duration, String>, input: &T) -> Result<Duration, String> {
    catch_unwind(AssertUnwindSafe(|| check(input))).unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_default();
        Err(format!("it panicked: {message}"))
    })
}

/// An input in a few words: its size and its start.
fn describe<T: Debug>(input: &T) -> String {
    let text = format!("{input:?}");
    let start: String = text.chars().take(60).collect();
    format!("{} bytes as written, starting {start}", text.len())
}

fn targets() -> Vec<Box<dyn Target>> {
    vec![
        Box::new(Gen {
            name: "markdown with raw HTML",
            strategy: words_text().boxed(),
            check: |text: &String| promises(|| fuzz::markdown(text)),
        }),
        Box::new(Gen {
            name: "words file",
            strategy: words_file().boxed(),
            check: |text: &String| promises(|| fuzz::words(text, false)),
        }),
        Box::new(Gen {
            name: "procedure words file",
            strategy: words_file().boxed(),
            check: |text: &String| promises(|| fuzz::words(text, true)),
        }),
        Box::new(Gen {
            name: "facts.toml",
            strategy: (0..4usize, toml_text()).boxed(),
            check: |(kind, text): &(usize, String)| {
                let kind = [
                    Facts::Project,
                    Facts::Procedure,
                    Facts::Results,
                    Facts::Bulletin,
                ][*kind];
                timed_twice(|| fuzz::facts(kind, text)).map(|(took, _)| took)
            },
        }),
        Box::new(Gen {
            name: "slugs, folding, search tokens",
            strategy: name_text().boxed(),
            check: |text: &String| names(text),
        }),
    ]
}

/// Runs `f` twice: the same result both times, within the budget.
fn timed_twice<R: PartialEq + Debug>(f: impl Fn() -> R) -> Result<(Duration, R), String> {
    let started = Instant::now();
    let first = f();
    let took = started.elapsed();
    let started = Instant::now();
    let second = f();
    // The quicker of the two: a busy machine slows one run, not the input.
    let took = took.min(started.elapsed());
    if first != second {
        return Err(format!(
            "the same input gave two outputs:\n{first:?}\n{second:?}"
        ));
    }
    if took > budget() {
        return Err(format!(
            "it took {:.3} s, more than the budget of {} s",
            took.as_secs_f64(),
            budget().as_secs()
        ));
    }
    Ok((took, first))
}

fn promises(f: impl Fn() -> Output) -> Result<Duration, String> {
    let (took, output) = timed_twice(f)?;
    if let Some(html) = &output.html {
        if let Some(why) = unsafe_markup(html) {
            return Err(format!("{why} in the output: {html}"));
        }
    }
    Ok(took)
}

fn names(text: &str) -> Result<Duration, String> {
    let (took, (slug, (folded, anchor), tokens)) = timed_twice(|| {
        (
            fuzz::slug_problem(text),
            fuzz::fold_and_anchor(text),
            fuzz::tokens(text),
        )
    })?;
    if slug.is_none()
        && !text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(format!("{text:?} passed as a slug"));
    }
    if let Some(problem) = fuzz::slug_problem(&anchor) {
        return Err(format!(
            "the anchor {anchor:?} is not an address: {problem}"
        ));
    }
    if tokens
        .iter()
        .any(|t| t.is_empty() || t.chars().any(|c| !c.is_alphanumeric()))
    {
        return Err(format!(
            "search tokens with other than letters and digits: {tokens:?}"
        ));
    }
    let _ = folded;
    Ok(took)
}

// ---- The promise that no script gets through ------------------------------

/// What in `html` could run a script or restyle the page, if anything.
fn unsafe_markup(html: &str) -> Option<String> {
    for tag in tags(html) {
        let name = tag.name.to_ascii_lowercase();
        if ACTIVE.contains(&name.as_str()) {
            return Some(format!("a <{name}> element"));
        }
        for (attribute, value) in &tag.attributes {
            let attribute = attribute.to_ascii_lowercase();
            if attribute.starts_with("on") {
                return Some(format!("the handler {attribute}="));
            }
            if attribute == "style"
                && !matches!(
                    value.as_str(),
                    "text-align: left" | "text-align: center" | "text-align: right"
                )
            {
                return Some(format!("style=\"{value}\""));
            }
            if URL_ATTRIBUTES.contains(&attribute.as_str()) {
                if let Some(scheme) = forbidden_scheme(value) {
                    return Some(format!("an address of scheme {scheme}: in {attribute}"));
                }
            }
        }
    }
    None
}

const ACTIVE: &[&str] = &[
    "script", "iframe", "object", "embed", "style", "form", "svg", "math", "base", "meta", "link",
    "frame", "frameset", "applet", "template", "noscript", "textarea", "select", "button",
];

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "srcset",
    "background",
    "cite",
    "longdesc",
    "ping",
];

/// The scheme of `value` as a browser reads it, if it is not allowed.
fn forbidden_scheme(value: &str) -> Option<String> {
    let decoded = decode(value);
    // Browsers drop tabs and newlines anywhere, and spaces and controls
    // at the ends.
    let url: String = decoded
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = url.find([':', '/', '?', '#'])?;
    if !url[end..].starts_with(':') {
        return None;
    }
    let scheme = url[..end].to_ascii_lowercase();
    // Anything else before the colon makes a relative address.
    let mut chars = scheme.chars();
    if !chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        || !chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    (!matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel")).then_some(scheme)
}

/// Character references decoded as a browser does in an attribute.
fn decode(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e < 12);
        let entity = end.map(|e| &rest[1..e]);
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "colon" => Some(':'),
            "tab" => Some('\t'),
            "newline" => Some('\n'),
            _ => {
                let number = e.strip_prefix('#')?;
                let n = match number.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => number.parse().ok()?,
                };
                char::from_u32(n)
            }
        });
        if let (Some(c), Some(e)) = (decoded, end) {
            out.push(c);
            rest = &rest[e + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of `html`. Text and attribute values in the output are
/// escaped, so every `<` there opens a tag, a closing tag or a comment.
fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(at) = html[i..].find('<') {
        i += at + 1;
        let name_len = bytes[i..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        if name_len == 0 {
            continue;
        }
        let name = html[i..i + name_len].to_string();
        i += name_len;
        let mut attributes = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() || bytes[i] == b'>' {
                break;
            }
            let start = i;
            while i < bytes.len() && !b" \t\n\r\x0c/>=".contains(&bytes[i]) {
                i += 1;
            }
            let attribute = html[start..i].to_string();
            let mut value = String::new();
            if i < bytes.len() && bytes[i] == b'=' {
                i += 1;
                let quote = bytes.get(i).copied().filter(|q| *q == b'"' || *q == b'\'');
                let start = i + usize::from(quote.is_some());
                let end = match quote {
                    Some(q) => html[start..]
                        .find(q as char)
                        .map_or(html.len(), |e| start + e),
                    None => html[start..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '>')
                        .map_or(html.len(), |e| start + e),
                };
                value = html[start..end].to_string();
                i = (end + usize::from(quote.is_some())).min(html.len());
            }
            attributes.push((attribute, value));
        }
        found.push(Tag { name, attributes });
    }
    found
}

// ---- What is generated ------------------------------------------------------

/// The most bytes one repeated piece may take: enough to nest far past the
/// limit and to show a cost that grows faster than the input, small enough
/// for an unoptimised build.
const REPEATED: usize = if cfg!(debug_assertions) {
    32 * 1024
} else {
    256 * 1024
};

/// Pieces of Markdown, HTML, addresses and words, mixed with anything at all,
/// some repeated thousands of times to nest deep.
fn words_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(MARKDOWN).prop_map(String::from),
        4 => prop::sample::select(HTML).prop_map(String::from),
        2 => prop::sample::select(ADDRESSES).prop_map(|a| format!("[x]({a}) ![y]({a}) <{a}> <a href=\"{a}\">z</a> <img src='{a}'>\n\n[r]: {a}\n[r] ")),
        3 => prop::sample::select(WORDS).prop_map(String::from),
        1 => any::<String>(),
    ];
    let unit = prop_oneof![
        12 => piece.clone(),
        1 => (piece, 2..3000usize).prop_map(|(p, n)| p.repeat(n.min(REPEATED / p.len().max(1)))),
    ];
    prop::collection::vec(unit, 0..40).prop_map(|units| units.concat())
}

/// A words file: front matter (mostly well formed) and a body.
fn words_file() -> impl Strategy<Value = String> {
    let front = prop_oneof![
        3 => (prop::sample::select(WORDS), prop::sample::select(WORDS))
            .prop_map(|(t, s)| format!("title = \"{t}\"\nsummary = \"{s}\"\n")),
        2 => toml_text(),
    ];
    prop_oneof![
        6 => (front, words_text()).prop_map(|(f, b)| format!("+++\n{f}+++\n{b}")),
        1 => words_text(),
    ]
}

/// TOML of the content format's keys, with values right and wrong.
fn toml_text() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        6 => (prop::sample::select(KEYS), prop::sample::select(VALUES))
            .prop_map(|(k, v)| format!("{k} = {v}")),
        2 => prop::sample::select(HEADERS).prop_map(String::from),
        1 => any::<String>(),
        1 => (1..5000usize).prop_map(|n| format!("deep = {}", "[".repeat(n))),
        1 => (prop::sample::select(KEYS), 1..200usize)
            .prop_map(|(k, n)| format!("{k} = [{}]", "\"da-bac\", ".repeat(n))),
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n") + "\n")
}

/// Names as staff might type them, and anything else.
fn name_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(WORDS).prop_map(String::from),
        2 => "[a-z0-9-]{0,20}",
        3 => any::<String>(),
        1 => "[\\p{M}\\p{Lu}đĐİ ]{0,20}",
    ]
}

const MARKDOWN: &[&str] = &[
    "> ",
    ">",
    "- ",
    "* ",
    "+ ",
    "1. ",
    "  ",
    "    ",
    "\t",
    "\n",
    "\n\n",
    "# ",
    "###### ",
    "**",
    "*",
    "_",
    "__",
    "~~",
    "`",
    "```",
    "```rust\n",
    "~~~",
    "[",
    "]",
    "(",
    ")",
    "](",
    "![",
    "[^1]",
    "[^1]: ",
    "| a | b |\n|---|:-:|\n| 1 | 2 |\n",
    "---\n",
    "***",
    "\\",
    "&amp;",
    "&#0;",
    "&",
    "- [ ] ",
    "- [x] ",
    "{#id}",
    "{.class onclick=alert(1)}",
    "<",
    ">",
    "\"",
    "'",
    "=",
    "\r\n",
    "\0",
    "\u{feff}",
    "\u{200b}",
];

const HTML: &[&str] = &[
    "<div>",
    "</div>",
    "<div/>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<p>",
    "</p>",
    "<ul>",
    "<li>",
    "</li>",
    "</ul>",
    "<ol>",
    "<table>",
    "<tr>",
    "<td>",
    "</table>",
    "<select><option>",
    "<template>",
    "</template>",
    "<svg>",
    "</svg>",
    "<math>",
    "<mi>",
    "<foreignObject>",
    "<desc>",
    "<annotation-xml encoding=\"text/html\">",
    "<script>alert(1)</script>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<textarea>",
    "<title>",
    "<xmp>",
    "<noscript>",
    "<noembed>",
    "<iframe>",
    "<plaintext>",
    "<!--",
    "-->",
    "--!>",
    "<!-->",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
    "<?php ?>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">",
    "</a>",
    "<a href=x>",
    "<object data=x>",
    "<embed src=x>",
    "<form action=javascript:alert(1)>",
    "<input type=text onfocus=alert(1) autofocus>",
    "<p style=\"color:red\">",
    "<div onmouseover='alert(1)'>",
    "<br>",
    "<br/>",
    "<hr>",
    "<details open ontoggle=alert(1)>",
    "<base href=javascript:/>",
    "<meta http-equiv=refresh>",
    "<a href=\"java&#x09;script:alert(1)\">",
    "<a href=\"&#106;avascript:alert(1)\">",
    "<a href=\" javascript:alert(1)\">",
    "<a href=\"jav&#x0A;ascript:alert(1)\">",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<svg><p><style><img src=x onerror=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<div title=\"",
    "\">",
    "<h1>",
    "<sup>",
    "<del>",
    "<code>",
    "<pre>",
];

const ADDRESSES: &[&str] = &[
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java&#x73;cript:alert(1)",
    "&#106;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "<javascript:alert(1)>",
    "vbscript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,AAA",
    "https://example.org/a?b=c&d=e",
    "http://x",
    "mailto:a@example.gov.vn",
    "tel:+84",
    "/vi/du-an/",
    "#x",
    "files/plan.pdf",
    "files/../../x",
    "../x",
    "//evil.example",
    "\\\\evil.example",
    "java\tscript:alert(1)",
    "\u{1}javascript:alert(1)",
    "a@example.gov.vn",
];

const WORDS: &[&str] = &[
    "Hòa Bình",
    "Đà Bắc",
    "giáo dục",
    "Ho\u{300}a",
    "x",
    "a b",
    "Xây dựng trường mầm non",
    "ĐƯỜNG",
    "İstanbul",
    "ﬁ",
    "Ǆ",
    "Å",
    "x\u{301}\u{302}\u{303}",
    "e\u{0}",
    "\u{10ffff}",
    "日本語",
    "العربية",
    "",
    " ",
    "truong-mam-non",
    "-a-",
    "a--b",
];

const KEYS: &[&str] = &[
    "title",
    "summary",
    "keywords",
    "code",
    "sector",
    "localities",
    "period",
    "status",
    "owner",
    "published",
    "updated",
    "start",
    "end",
    "beneficiaries",
    "sdgs",
    "contact",
    "currency",
    "total",
    "requested",
    "counterpart",
    "donor",
    "kind",
    "amount",
    "date",
    "label",
    "unit",
    "baseline",
    "target",
    "actual",
    "better",
    "year",
    "agency",
    "audience",
    "time_limit_days",
    "fee",
    "online_url",
    "national_url",
    "forms",
    "ref",
    "national_code",
    "decision",
    "level",
    "competent",
    "coordinating",
    "from",
    "to",
    "projects",
    "committed",
    "disbursed",
    "locality",
    "number",
    "featured",
    "pdf",
    "steps",
    "documents",
    "conditions",
    "result",
    "due",
    "name",
    "copies",
    "text",
    "vi",
    "en",
    "address",
    "hours",
    "sectr",
    "\"quoted key\"",
];

const VALUES: &[&str] = &[
    "\"education\"",
    "\"da-bac\"",
    "\"2020-2025\"",
    "\"seeking\"",
    "\"funded\"",
    "\"so-ngoai-vu\"",
    "\"plan-international\"",
    "2021-03-15",
    "2025-02-30",
    "1979-01-01",
    "2025-06-01T10:00:00Z",
    "0",
    "1",
    "-1",
    "18446744073709551615",
    "9223372036854775807",
    "1e400",
    "nan",
    "inf",
    "0.5",
    "4_800_000_000",
    "\"VND\"",
    "\"USD\"",
    "\"EUR\"",
    "\"XYZ\"",
    "[]",
    "[\"da-bac\"]",
    "[\"ngo\", \"agency\"]",
    "[4, 5]",
    "[0, 18]",
    "{ vi = \"Xin chào\", en = \"Hello\" }",
    "{ vi = \"\" }",
    "{ name = \"A\", email = \"x\" }",
    "true",
    "\"\"",
    "\"<script>alert(1)</script>\"",
    "\"javascript:alert(1)\"",
    "\"files/plan.pdf\"",
    "\"../../etc/passwd\"",
    "\"80/2020/NĐ-CP\"",
    "\"higher\"",
    "\"lower\"",
    "\"province\"",
    "'''multi\nline'''",
    "\"\\u0000\"",
    "\"…\"",
];

const HEADERS: &[&str] = &[
    "[budget]",
    "[[funding]]",
    "[[indicators]]",
    "[[budget.years]]",
    "[[legal_basis]]",
    "[desk]",
    "[[by_sector]]",
    "[[by_locality]]",
    "[[steps]]",
    "[[documents]]",
    "[contact]",
    "[budget",
    "[[",
    "]]",
    "[a.b.c.d.e.f]",
    "+++",
];

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

#[test]
fn the_safety_check_finds_what_it_must() {
    for bad in [
        "<script>x</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:x\">x</a>",
        "<a href=' JavaScript:x'>x</a>",
        "<img src=x onerror=alert(1)>",
        "<p style=\"color:red\">x</p>",
        "<svg><a xlink:href=\"data:x\">",
    ] {
        assert!(unsafe_markup(bad).is_some(), "{bad} passed");
    }
    for good in [
        "<p>a &lt;script&gt; javascript:x</p>",
        "<a href=\"https://x/?a=1&amp;b=javascript:x\">x</a>",
        "<a href=\"/vi/du-an/\">x</a><a href=\"#fn-1\">1</a><a href=\"files/a:b.pdf\">f</a>",
        "<td style=\"text-align: right\">2</td><input disabled=\"\" type=\"checkbox\"/>",
    ] {
        assert_eq!(unsafe_markup(good), None, "{good}");
    }
}
