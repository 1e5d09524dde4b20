//! Fuzzing on stable Rust: proptest generates hostile words, facts, names and
//! workbooks, `minhbach::fuzz` sends each down the build's (or the import's)
//! own path, and every input must keep four promises:
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

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Debug;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use calamine::{Reader, Xlsx};
use common::{read_tree, Scratch};
use cpu_time::ThreadTime;
use minhbach::fuzz::{self, Facts, Output};
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

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
    quiet_checks();
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
        let joined: Vec<_> = runs
            .into_iter()
            .map(std::thread::ScopedJoinHandle::join)
            .collect();
        // The watchdog stops before a broken promise's panic goes on: the
        // scope waits for it, and would wait for ever.
        done.store(true, Ordering::Relaxed);
        joined
            .into_iter()
            .map(|r| r.unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
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
    CHECKING.with(|c| c.set(true));
    let result = catch_unwind(AssertUnwindSafe(|| check(input)));
    CHECKING.with(|c| c.set(false));
    result.unwrap_or_else(|panic| {
        let message = panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_string()))
            .unwrap_or_default();
        Err(format!("it panicked: {message}"))
    })
}

thread_local! {
    /// Whether this thread is running a check, whose panic is a broken promise.
    static CHECKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Panics are said as usual, but for a check's: that one comes back as a
/// broken promise with its input, and while the input is shrunk it panics
/// again hundreds of times.
fn quiet_checks() {
    let said = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !CHECKING.with(std::cell::Cell::get) {
            said(info);
        }
    }));
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
        Box::new(Gen {
            name: "workbook import",
            strategy: workbook().boxed(),
            check: import,
        }),
    ]
}

/// Runs `f` twice: the same result both times, within the budget.
///
/// The budget is CPU time, the issue's measure, of this thread (the paths
/// fuzzed run on the calling thread). Wall time, measured before, failed a
/// one-hour run at low priority beside a test run, at 1.5 and 4 s, while
/// the machine was busy with other work.
fn timed_twice<R: PartialEq + Debug>(f: impl Fn() -> R) -> Result<(Duration, R), String> {
    let started = ThreadTime::now();
    let first = f();
    let took = started.elapsed();
    let started = ThreadTime::now();
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

// ---- Workbooks for `minhbach import` ----------------------------------------

/// A generated workbook: its sheets, in order.
#[derive(Debug, Clone)]
struct Book(Vec<Tab>);

/// One sheet: its name, the empty rows and columns above and left of its
/// cells, and its rows, the header first.
#[derive(Debug, Clone)]
struct Tab {
    name: String,
    skip: (u32, u16),
    rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone)]
enum Cell {
    Empty,
    Text(String),
    Number(f64),
    /// A date cell: a number with a date format, as year, month and day.
    Day(u16, u8, u8),
    Bool(bool),
    /// A formula and the result the spreadsheet saved with it.
    Formula(&'static str, &'static str),
}

/// What a column holds, to generate values that are right for it.
#[derive(Debug, Clone, Copy)]
enum Holds {
    Words(&'static [&'static str]),
    Day,
    Amount,
    Text,
}

/// The import's fixture site, copied once per thread, and its files as they
/// were: the import must read it and write nothing.
struct ImportSite {
    scratch: Scratch,
    files: BTreeMap<String, Vec<u8>>,
}

thread_local! {
    static IMPORT_SITE: ImportSite = {
        let scratch = Scratch::copy_of("import/site");
        let files = read_tree(&scratch.site);
        ImportSite { scratch, files }
    };
}

/// Promises of the import beyond the four: it writes nothing in a dry run;
/// what it would write is a project's facts.toml or words file in a
/// project folder; each parses as the build reads it and holds no key the
/// cells made; a words file's body is the one it had (none for a new file);
/// a `<script` of a cell is only ever inside a TOML string; and the
/// Markdown the build makes of a words file is safe.
fn import(book: &Book) -> Result<Duration, String> {
    IMPORT_SITE.with(|site| {
        let file = site.scratch.path("fuzz.xlsx");
        write_book(book, &file);
        let (took, import) = timed_twice(|| fuzz::import(&file, &site.scratch.site))?;
        if read_tree(&site.scratch.site) != site.files {
            return Err("the dry run changed the site".into());
        }
        for (path, text) in &import.files {
            let parts: Vec<&str> = path.split('/').collect();
            let ["content", "projects", folder, name] = parts[..] else {
                return Err(format!("it would write {path}, outside a project folder"));
            };
            if let Some(problem) = fuzz::slug_problem(folder) {
                return Err(format!("it would write {path}: {problem}"));
            }
            let existing = site.files.get(path).map(|t| String::from_utf8_lossy(t));
            match name {
                "facts.toml" => facts_written(text),
                "vi.md" | "en.md" => words_written(text, existing.as_deref()),
                _ => Err("a file of no kind the import writes".into()),
            }
            .map_err(|why| format!("it would write {path}: {why}\n{text}"))?;
        }
        for html in import.read_back.iter().filter_map(|o| o.html.as_ref()) {
            if let Some(why) = unsafe_markup(html) {
                return Err(format!("{why} in a page of what it would write: {html}"));
            }
        }
        Ok(took)
    })
}

fn facts_written(text: &str) -> Result<(), String> {
    let facts: toml::Table = text.parse().map_err(|e| format!("not TOML: {e}"))?;
    let mut keys = Vec::new();
    key_paths("", &facts, &mut keys);
    if let Some(key) = keys.iter().find(|k| !FACT_KEYS.contains(&k.as_str())) {
        return Err(format!("the key {key:?}, which no facts.toml has"));
    }
    scripts_only_in_strings(text, &facts)
}

/// A words file: front matter of a title and a summary (and the keys the
/// file had), then the body it had, byte for byte.
fn words_written(text: &str, existing: Option<&str>) -> Result<(), String> {
    let (front, body) = split_words(text).ok_or("no front matter between +++ lines")?;
    let front: toml::Table = front
        .parse()
        .map_err(|e| format!("front matter that is not TOML: {e}"))?;
    let had: Vec<String> = existing
        .and_then(split_words)
        .and_then(|(f, _)| f.parse::<toml::Table>().ok())
        .map(|t| t.keys().cloned().collect())
        .unwrap_or_default();
    if let Some(key) = front
        .keys()
        .find(|k| !["title", "summary"].contains(&k.as_str()) && !had.contains(k))
    {
        return Err(format!("the key {key:?} in the front matter"));
    }
    if ["title", "summary"]
        .iter()
        .any(|k| front.get(*k).is_some_and(|v| !v.is_str()))
    {
        return Err("a title or summary that is not a text".into());
    }
    let old_body = existing.and_then(split_words).map_or("", |(_, b)| b);
    if body != old_body {
        return Err(format!("a body other than {old_body:?}"));
    }
    scripts_only_in_strings(text, &front)
}

/// The front matter and the body of a words file.
fn split_words(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let end = rest
        .find("\n+++\n")
        .map(|e| e + 1)
        .or_else(|| rest.starts_with("+++\n").then_some(0))?;
    Some((&rest[..end], &rest[end + 4..]))
}

fn key_paths(prefix: &str, table: &toml::Table, out: &mut Vec<String>) {
    for (key, value) in table {
        let path = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(t) => key_paths(&path, t, out),
            toml::Value::Array(items) => {
                for t in items.iter().filter_map(toml::Value::as_table) {
                    key_paths(&path, t, out);
                }
            }
            _ => {}
        }
        out.push(path);
    }
}

/// Every `<script` of `text` is one of those inside the strings of `parsed`:
/// none in a key, a comment or outside the TOML.
fn scripts_only_in_strings(text: &str, parsed: &toml::Table) -> Result<(), String> {
    fn in_strings(value: &toml::Value) -> usize {
        match value {
            toml::Value::String(s) => s.to_ascii_lowercase().matches("<script").count(),
            toml::Value::Array(items) => items.iter().map(in_strings).sum(),
            toml::Value::Table(t) => t.values().map(in_strings).sum(),
            _ => 0,
        }
    }
    let written = text.to_ascii_lowercase().matches("<script").count();
    let strings: usize = parsed.values().map(in_strings).sum();
    if written > strings {
        return Err(format!(
            "{written} <script in the file, {strings} inside its strings"
        ));
    }
    Ok(())
}

/// Every key of a facts.toml, as a path (arrays of tables by their name).
const FACT_KEYS: &[&str] = &[
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
    "contact.name",
    "contact.email",
    "contact.phone",
    "budget",
    "budget.currency",
    "budget.total",
    "budget.requested",
    "budget.counterpart",
    "budget.years",
    "budget.years.year",
    "budget.years.requested",
    "funding",
    "funding.donor",
    "funding.kind",
    "funding.amount",
    "funding.currency",
    "funding.date",
    "indicators",
    "indicators.label",
    "indicators.label.vi",
    "indicators.label.en",
    "indicators.unit",
    "indicators.unit.vi",
    "indicators.unit.en",
    "indicators.baseline",
    "indicators.target",
    "indicators.actual",
    "indicators.better",
];

/// Writes `book` as an .xlsx file. A sheet name a spreadsheet refuses (or
/// has already) stays the spreadsheet's own ("Sheet3"), as staff could not
/// type it.
fn write_book(book: &Book, path: &Path) {
    let mut workbook = Workbook::new();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let mut names = BTreeSet::new();
    for tab in &book.0 {
        let sheet = workbook.add_worksheet();
        if names.insert(tab.name.to_lowercase()) {
            sheet.set_name(&tab.name).ok();
        }
        for (r, row) in (tab.skip.0..).zip(&tab.rows) {
            for (c, cell) in (tab.skip.1..).zip(row) {
                let written = match cell {
                    Cell::Empty => continue,
                    Cell::Text(t) => sheet.write_string(r, c, t),
                    Cell::Number(n) => sheet.write_number(r, c, *n),
                    Cell::Bool(b) => sheet.write_boolean(r, c, *b),
                    Cell::Formula(f, result) => {
                        sheet.write_formula(r, c, Formula::new(*f).set_result(*result))
                    }
                    Cell::Day(y, m, d) => match ExcelDateTime::from_ymd(*y, *m, *d) {
                        Ok(date) => sheet.write_datetime_with_format(r, c, &date, &day),
                        Err(_) => sheet.write_string(r, c, format!("{y}-{m}-{d}")),
                    },
                };
                written
                    .unwrap_or_else(|e| panic!("the fuzzer cannot write its cell {cell:?}: {e}"));
            }
        }
    }
    workbook
        .save(path)
        .unwrap_or_else(|e| panic!("the fuzzer cannot write its workbook: {e}"));
}

/// A sheet of the staff's template: its name, its name in English, its headers.
type TemplateSheet = (String, &'static str, Vec<String>);

/// The sheets of the staff's template, `docs/projects-template.xlsx`: what
/// the import expects.
fn template() -> &'static [TemplateSheet] {
    static TEMPLATE: OnceLock<Vec<TemplateSheet>> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/projects-template.xlsx");
        let mut book: Xlsx<_> = calamine::open_workbook(&path).expect("the template");
        let english = [
            "Projects",
            "Funding",
            "Indicators",
            "By year",
            "Read me",
            "Lists",
        ];
        book.sheet_names()
            .into_iter()
            .zip(english)
            .map(|(name, english)| {
                let range = book
                    .worksheet_range(&name)
                    .expect("a sheet of the template");
                let headers = range.rows().next().map_or_else(Vec::new, |row| {
                    row.iter().map(ToString::to_string).collect()
                });
                (name, english, headers)
            })
            .collect()
    })
}

/// Workbooks of the template's sheets (some missing, some of another name,
/// in any order) and of others; each with some of its columns and others,
/// headers written as staff write them; cells right for their column or
/// anything at all, as much or as little as `wrong` says (0 to 3 in 12).
fn workbook() -> impl Strategy<Value = Book> {
    let tabs: Vec<BoxedStrategy<Option<Tab>>> = template()
        .iter()
        .enumerate()
        .map(|(i, (vi, en, headers))| {
            let present = if i == 0 { 0.95 } else { 0.4 };
            (0..4u32)
                .prop_flat_map(move |wrong| {
                    prop::option::weighted(present, tab(vi, en, headers, wrong))
                })
                .boxed()
        })
        .collect();
    let stranger = prop::option::weighted(0.2, tab("", "", &[], 3));
    (tabs, stranger)
        .prop_map(|(tabs, stranger)| tabs.into_iter().chain([stranger]).flatten().collect())
        .prop_shuffle()
        .prop_map(Book)
}

/// A sheet named `vi` (or `en`, or otherwise) with some of `headers` and
/// others, and rows of cells.
fn tab(vi: &str, en: &str, headers: &[String], wrong: u32) -> impl Strategy<Value = Tab> {
    let name = prop_oneof![
        4 => Just(vi.to_string()),
        2 => Just(en.to_string()),
        1 => Just(fuzz::fold_and_anchor(vi).0),
        1 => Just(vi.to_uppercase()),
        1 => prop::sample::select(SHEET_NAMES).prop_map(String::from),
        1 => any::<String>(),
    ];
    let mut known: Vec<(String, Holds)> = headers.iter().map(|h| (h.clone(), holds(h))).collect();
    // The first column, a data sheet's code, mostly kept: without it the
    // import reads no row at all.
    let first = (!known.is_empty()).then(|| known.remove(0));
    let all = known.len();
    let columns = (
        prop::option::weighted(0.9, Just(first)),
        prop_oneof![
            1 => Just(known.clone()),
            2 => prop::sample::subsequence(known, 0..=all),
        ],
        prop::collection::vec(
            prop::sample::select(EXTRA_HEADERS).prop_map(|h| (h.to_string(), Holds::Text)),
            0..3,
        ),
        any::<bool>(),
    )
        .prop_flat_map(|(first, rest, extra, shuffled)| {
            let mut columns: Vec<_> = first.flatten().into_iter().collect();
            columns.extend(rest);
            columns.extend(extra);
            let columns = Just(columns);
            if shuffled {
                columns.prop_shuffle().boxed()
            } else {
                columns.boxed()
            }
        });
    let skip = prop_oneof![6 => Just((0, 0)), 1 => (0..3u32, 0..3u16)];
    (name, skip, columns).prop_flat_map(move |(name, skip, columns)| {
        let header: Vec<BoxedStrategy<Cell>> =
            columns.iter().map(|(h, _)| header(h).boxed()).collect();
        let row: Vec<BoxedStrategy<Cell>> = columns
            .iter()
            .map(|(_, holds)| cell(*holds, wrong))
            .collect();
        let width = columns.len();
        let rows = prop::collection::vec((row, 0..=width), 0..8).prop_map(|rows| {
            // Some rows end early, as a row with its last cells empty.
            rows.into_iter()
                .map(|(mut row, keep)| {
                    row.truncate(keep.max(1));
                    row
                })
                .collect::<Vec<_>>()
        });
        (Just(name.clone()), Just(skip), header, rows).prop_map(|(name, skip, header, rows)| Tab {
            name,
            skip,
            rows: std::iter::once(header).chain(rows).collect(),
        })
    })
}

/// A header as staff write it: whole, one language's half, in capitals,
/// without tone marks, spaced out.
fn header(whole: &str) -> impl Strategy<Value = Cell> {
    let (vi, en) = whole.split_once(" / ").unwrap_or((whole, whole));
    prop_oneof![
        6 => Just(whole.to_string()),
        2 => Just(vi.to_string()),
        2 => Just(en.to_string()),
        1 => Just(whole.to_uppercase()),
        1 => Just(fuzz::fold_and_anchor(vi).0),
        1 => Just(format!("  {}  ", vi.replace(' ', "   "))),
    ]
    .prop_map(Cell::Text)
}

/// What the template's column `header` holds, by its English name.
fn holds(header: &str) -> Holds {
    let english = header.rsplit(" / ").next().unwrap_or(header);
    let english = english.split(" (").next().unwrap_or(english);
    match english {
        "Code" => Holds::Words(CODES),
        "Folder" => Holds::Words(FOLDERS),
        "Sector" | "Sector name" => Holds::Words(SECTORS),
        "Places" | "Place names" => Holds::Words(PLACES),
        "Period" | "Period name" => Holds::Words(PERIODS),
        "Status" | "Status name" => Holds::Words(STATUSES),
        "Owner" | "Owner name" | "Donor" | "Donor name" => Holds::Words(ORGANISATIONS),
        "Published" | "Updated" | "Start" | "End" | "Date" => Holds::Day,
        "Beneficiaries" | "Year" => Holds::Words(WHOLES),
        "Sustainable Development Goals" => Holds::Words(GOALS),
        "Contact e-mail" | "Contact phone" => Holds::Words(CONTACTS),
        "Currency" | "Project currency" => Holds::Words(CURRENCIES),
        "Kind" => Holds::Words(KINDS),
        "Baseline" | "Target" | "Actual" => Holds::Words(MEASURES),
        "Better when" => Holds::Words(DIRECTIONS),
        "Total budget" | "Aid sought" | "Counterpart funds" | "Amount" | "Committed"
        | "Disbursed" | "Still sought" => Holds::Amount,
        _ => Holds::Text,
    }
}

/// A cell right for its column, empty, or (`wrong` in 12) anything at all.
fn cell(holds: Holds, wrong: u32) -> BoxedStrategy<Cell> {
    let right = match holds {
        Holds::Words(words) => texts(words).boxed(),
        Holds::Text => texts(CELL_TEXTS).boxed(),
        Holds::Day => prop_oneof![
            (2000..2040u16, 1..=12u8, 1..=28u8).prop_map(|(y, m, d)| Cell::Day(y, m, d)),
            texts(DATES),
        ]
        .boxed(),
        #[allow(
            clippy::cast_precision_loss,
            reason = "amounts below 10^13 are exact in an f64"
        )]
        Holds::Amount => prop_oneof![
            (0..10_000_000_000_000u64).prop_map(|n| Cell::Number(n as f64)),
            texts(AMOUNTS),
        ]
        .boxed(),
    };
    if wrong == 0 {
        return prop_oneof![12 => right, 1 => Just(Cell::Empty)].boxed();
    }
    prop_oneof![12 - wrong => right, 1 => Just(Cell::Empty), wrong => any_cell()].boxed()
}

fn texts(list: &'static [&'static str]) -> impl Strategy<Value = Cell> {
    prop::sample::select(list).prop_map(|t| Cell::Text(t.to_string()))
}

/// Anything a cell may hold: texts of every column, hostile texts, very
/// long texts, numbers of any size, dates far off, booleans, formulas.
fn any_cell() -> impl Strategy<Value = Cell> {
    let listed = prop_oneof![
        prop::sample::select(CELL_TEXTS),
        prop::sample::select(DATES),
        prop::sample::select(AMOUNTS),
        prop::sample::select(HTML),
        prop::sample::select(WORDS),
        prop::sample::select(CODES),
        prop::sample::select(PLACES),
    ];
    prop_oneof![
        6 => listed.clone().prop_map(|t| Cell::Text(t.to_string())),
        2 => any::<String>().prop_map(Cell::Text),
        // The longest text a cell holds is 32,767 characters.
        1 => (listed, 1..6000usize).prop_map(|(t, n)| {
            Cell::Text(t.repeat(n).chars().take(32_767).collect())
        }),
        2 => any::<f64>()
            .prop_filter("a spreadsheet holds finite numbers", |n| n.is_finite())
            .prop_map(Cell::Number),
        1 => (1900..=9999u16, 1..=12u8, 1..=31u8).prop_map(|(y, m, d)| Cell::Day(y, m, d)),
        1 => any::<bool>().prop_map(Cell::Bool),
        1 => (
            prop::sample::select(FORMULAS),
            prop::sample::select(FORMULA_RESULTS)
        )
            .prop_map(|(f, r)| Cell::Formula(f, r)),
    ]
}

const SHEET_NAMES: &[&str] = &[
    "Sheet",
    "Trang tính1",
    "du an",
    "DỰ ÁN ",
    "Dự án (2)",
    "'Projects'",
    "<script>alert(1)</script>",
    "Tài trợ",
    "Danh mục",
    "",
    "a/b",
    "Dự án của tỉnh Phú Thọ khu vực Hòa Bình năm 2026",
];

/// Headers no column has, and headers of a column twice.
const EXTRA_HEADERS: &[&str] = &[
    "Ghi chú / Notes",
    "",
    "<script>alert(1)</script>",
    "=A1",
    "code",
    "Mã dự án / Code",
    "title_vi",
    "Lĩnh vực",
    "Sector / Lĩnh vực / Sector",
    "/",
    " / ",
    "\u{feff}Code",
];

const CODES: &[&str] = &[
    "HB-NS-2021-02",
    "HB-YT-2025-01",
    "HB-GD-2026-01",
    "HB-GD-2026-02",
    "HB-GD-2026-03",
    "hb-ns-2021-02",
    " HB-YT-2025-01 ",
    "HB-GD-2026-01\n",
    "<script>alert(1)</script>",
    "A\"B",
    "x = 1\n[budget]",
    "Mã số 1",
];

const FOLDERS: &[&str] = &[
    "",
    "",
    "",
    "tram-y-te-tien-phong",
    "nuoc-sach-xa-cao-son",
    "bep-an-ban-tru",
    "du-an",
    "du-an-2",
    "../../etc",
    "a/b",
    "Trường học",
    "vi",
    "en",
    "files",
    "thu-tuc",
    "a--b",
    "-a",
];

const SECTORS: &[&str] = &[
    "education",
    "health",
    "water-sanitation",
    "Y tế",
    "Giáo dục và đào tạo",
    "Water supply and sanitation",
    "HEALTH",
    "y te",
    "healt",
    "agriculture",
];

const PLACES: &[&str] = &[
    "tien-phong",
    "cao-son",
    "da-bac",
    "tien-phong; cao-son",
    "Xã Cao Sơn\nXã Tiền Phong",
    "tien-phong;;",
    "cao-son; cao-son",
    "Tien Phong Commune",
    "tien-phongg",
    "; ;",
];

const PERIODS: &[&str] = &[
    "2020-2025",
    "2026-2030",
    "Nhu cầu đến năm 2030",
    "Needs to 2030",
    "2020–2025",
    "2031-2035",
];

const STATUSES: &[&str] = &[
    "seeking",
    "partly-funded",
    "funded",
    "ongoing",
    "completed",
    "withdrawn",
    "Đang vận động viện trợ",
    "Đã đủ viện trợ",
    "SEEKING",
    "paused",
];

const ORGANISATIONS: &[&str] = &[
    "so-y-te",
    "ubnd-da-bac",
    "so-ngoai-vu",
    "plan-international",
    "Sở Y tế",
    "Plan International",
    "Tổ chức Plan International",
    "plan",
];

const WHOLES: &[&str] = &[
    "2400",
    "2025",
    "2026",
    "0",
    "1899",
    "2201",
    "2025.5",
    "năm 2025",
    "-1",
    "1.000",
];

const GOALS: &[&str] = &["6", "3; 6", "1,17", "3 4 5", "0", "18", "6;6", "-1", "6.5"];

const CONTACTS: &[&str] = &[
    "hoa.nt@example.gov.vn",
    "+84 218 3850 111",
    "hoa-at-example",
    "mailto:x@example.gov.vn",
    "javascript:alert(1)",
    "<a@b.vn>",
    "0218.3850.111",
];

const CURRENCIES: &[&str] = &["VND", "USD", "usd", "EUR", "₫", "đồng", " VND "];

const KINDS: &[&str] = &["committed", "disbursed", "Cam kết", "Giải ngân", "pledged"];

const MEASURES: &[&str] = &[
    "0", "1.5", "1,5", "120", "600", "410", "-3", "1e308", "1e309", "NaN", "inf", "1.000,5",
];

const DIRECTIONS: &[&str] = &["higher", "lower", "HIGHER", "up"];

/// Dates as staff type them, right and wrong.
const DATES: &[&str] = &[
    "2025-12-31",
    "31/12/2025",
    "31-12-2025",
    "31.12.2025",
    "12/31/2025",
    "31/02/2026",
    "2025-06-01T10:00:00",
    "2025-06-01 10:00",
    "ngày 5 tháng 1 năm 2026",
    "0000-00-00",
    "9999-12-31",
    " 2025-1-5 ",
    "2025/12/31",
    "45000",
    "1/1/1",
    "31/12/99",
    "2026-13-01",
    "+002025-01-01",
    "-0001-01-01",
    "2262-04-12",
    "262143-12-31",
];

/// Amounts as staff type them: grouped with dots, commas and spaces, with
/// currency marks, too large, in other digits.
const AMOUNTS: &[&str] = &[
    "100",
    "80",
    "20",
    "95000",
    "4.800.000.000",
    "4,800,000,000",
    "4 800 000 000",
    "4\u{a0}800\u{a0}000",
    "4\u{202f}800",
    "1.500.000.000 ₫",
    "₫1.500.000",
    "$60,000",
    "60000 USD",
    "60.000 đồng",
    "1,5",
    "1.5",
    "-3",
    "1e9",
    "0",
    "00012",
    "18446744073709551615",
    "18446744073709551616",
    "99999999999999999999999",
    "١٢٣",
    "１２３",
    "1_000",
    "1__000",
    "1..000",
    ".000",
    "9,007,199,254,740,993",
    "NaN",
];

/// Free texts: titles, summaries, names, indicators.
const CELL_TEXTS: &[&str] = &[
    "Nâng cấp trạm y tế xã Tiền Phong",
    "Nước sạch thôn Đồng Bài",
    "Bếp ăn bán trú cho 120 học sinh.",
    "A better health station",
    "“Nước sạch” cho ‘bản’ Mường",
    "Ho\u{300}a Bi\u{300}nh",
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "<SCRIPT SRC=//x.example></SCRIPT>",
    "[x](javascript:alert(1))",
    "\"\"\"\ntitle = \"x\"\n\"\"\"",
    "'''",
    "\n+++\n<script>alert(1)</script>\n",
    "title = \"injected\"",
    "[budget]\ntotal = 1",
    "\\",
    "\\u0000",
    "\u{0}",
    "\r\n",
    "\t",
    "{{ config.base_url }}",
    "{% raw %}",
    "# Tiêu đề",
    "---",
    "=HYPERLINK(\"javascript:alert(1)\")",
    "+1",
    "-1",
    "@SUM(A1)",
    "  ",
    "\u{200b}",
    "\u{202e}gnp.exe",
    "日本語",
    "العربية",
    "💧🏫",
    "x",
];

const FORMULAS: &[&str] = &[
    "=1/0",
    "=SUM(A1:A3)",
    "=NA()",
    "=\"<script>\"&\"alert(1)</script>\"",
    "=DATE(2025,12,31)",
    "=HYPERLINK(\"javascript:alert(1)\")",
    "=TODAY()",
];

const FORMULA_RESULTS: &[&str] = &[
    "#DIV/0!",
    "#N/A",
    "#VALUE!",
    "#REF!",
    "0",
    "45000",
    "1e400",
    "TRUE",
    "<script>alert(1)</script>",
    "2025-12-31",
    "HB-YT-2025-01",
    "",
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
