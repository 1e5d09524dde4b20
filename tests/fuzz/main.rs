//! Fuzzing on stable Rust: proptest generates hostile words, facts, names and
//! workbooks, `minhbach::fuzz` sends each down the build's (or the import's)
//! own path, and every input must keep four promises:
//!
//! 1. no panic;
//! 2. no script from the input in the output: no `<script>`, `<iframe>` or
//!    other active element, no `on…=` handler, no `style` but a table's
//!    alignment, no address of a scheme other than http, https, mailto, tel;
//! 3. each input within [`harness::budget`] of time;
//! 4. the same input gives the same output, twice.
//!
//! The run lasts `MINHBACH_FUZZ_SECONDS` (60 by default: the pass in `cargo
//! test`), spread over the targets in turn, on `MINHBACH_FUZZ_THREADS`
//! threads (the cores by default), from `MINHBACH_FUZZ_SEED` (printed, so
//! that a failure can be replayed). `scripts/fuzz MINUTES` runs it longer.
//! A failing input is shrunk to a small one before it is reported.
//!
//! Here: the run and the list of targets. `harness` keeps the promises
//! every target shares, `safety` the second one, `strategies` and
//! `workbook` generate the inputs, and each target has its module.

#[path = "../common/mod.rs"]
mod common;
mod facts;
mod harness;
mod import;
mod names;
mod safety;
mod strategies;
mod words;
mod workbook;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use harness::{Settings, Tally, Target, Watch};

#[test]
fn every_generated_input_keeps_the_four_promises() {
    let Settings {
        seconds,
        threads,
        seed,
    } = Settings::from_env();
    let until = Instant::now() + Duration::from_secs(seconds);
    harness::quiet_checks();
    eprintln!("fuzz: {seconds} s on {threads} threads, MINHBACH_FUZZ_SEED={seed}");
    let watches: Vec<Watch> = (0..threads).map(|_| Watch::default()).collect();
    let done = AtomicBool::new(false);
    let results: Vec<Tally> = std::thread::scope(|scope| {
        let runs: Vec<_> = watches
            .iter()
            .zip(0..)
            .map(|(watch, t)| scope.spawn(move || fuzz_until(seed.wrapping_add(t), until, watch)))
            .collect();
        scope.spawn(|| harness::watchdog(&watches, &done, seed));
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
    total.report();
    assert!(total.inputs > 0, "the fuzzer ran no input");
}

/// Every target in turn until `until`.
fn fuzz_until(seed: u64, until: Instant, watch: &Watch) -> Tally {
    let mut runner = harness::runner(seed);
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

/// The targets in the order they take turns: a seed replays the same inputs
/// only while this order stays.
fn targets() -> Vec<Box<dyn Target>> {
    vec![
        words::markdown(),
        words::file(),
        words::procedure_file(),
        facts::target(),
        names::target(),
        import::target(),
    ]
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
        assert!(safety::unsafe_markup(bad).is_some(), "{bad} passed");
    }
    for good in [
        "<p>a &lt;script&gt; javascript:x</p>",
        "<a href=\"https://x/?a=1&amp;b=javascript:x\">x</a>",
        "<a href=\"/vi/du-an/\">x</a><a href=\"#fn-1\">1</a><a href=\"files/a:b.pdf\">f</a>",
        "<td style=\"text-align: right\">2</td><input disabled=\"\" type=\"checkbox\"/>",
    ] {
        assert_eq!(safety::unsafe_markup(good), None, "{good}");
    }
}
