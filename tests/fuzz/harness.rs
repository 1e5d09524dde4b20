//! What every target shares: the budget and the run twice against it, the
//! seed a run starts from, a failing input shrunk before it is reported, the
//! watchdog for an input that never ends, and the lines a run reports
//! (`scripts/fuzz` shows them).

use std::fmt::Debug;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;
use proptest::strategy::{BoxedStrategy, Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

/// The longest one input may take: the bound of one second of CPU
/// for any content file, with room for an unoptimised test build.
pub(crate) fn budget() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(5)
    } else {
        Duration::from_secs(1)
    }
}

/// How long a run lasts, on how many threads, from which seed.
pub(crate) struct Settings {
    pub(crate) seconds: u64,
    pub(crate) threads: u64,
    pub(crate) seed: u64,
}

impl Settings {
    pub(crate) fn from_env() -> Settings {
        let seconds: u64 = env("MINHBACH_FUZZ_SECONDS").unwrap_or(60);
        let threads: u64 = env("MINHBACH_FUZZ_THREADS")
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get() as u64));
        let seed: u64 = env("MINHBACH_FUZZ_SEED").unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_secs())
        });
        Settings {
            seconds,
            threads,
            seed,
        }
    }
}

fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
}

/// The generator of one thread's inputs: the same seed, the same inputs.
pub(crate) fn runner(seed: u64) -> TestRunner {
    let mut bytes = [0u8; 32];
    for chunk in bytes.chunks_mut(8) {
        chunk.copy_from_slice(&seed.to_le_bytes());
    }
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    TestRunner::new_with_rng(Config::default(), rng)
}

/// The input a thread is running, and since when.
pub(crate) type Watch = Mutex<Option<(Instant, &'static str, Box<dyn Debug + Send>)>>;

/// An input that runs far past the budget may never end: the run stops there
/// and names it, since it cannot be shrunk.
pub(crate) fn watchdog(watches: &[Watch], done: &AtomicBool, seed: u64) {
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

#[derive(Default)]
pub(crate) struct Tally {
    pub(crate) inputs: u64,
    pub(crate) per_target: Vec<(&'static str, u64)>,
    /// The slowest input's time and a short description of it.
    pub(crate) slowest: (Duration, String),
}

impl Tally {
    pub(crate) fn add(&mut self, other: Tally) {
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

    /// The inputs tried per target, then all of them and the slowest.
    pub(crate) fn report(&self) {
        for (name, n) in &self.per_target {
            eprintln!("fuzz: {name}: {n} inputs");
        }
        let (slowest, what) = &self.slowest;
        eprintln!(
            "fuzz: {} inputs, none failed; the slowest took {:.3} s: {what}",
            self.inputs,
            slowest.as_secs_f64()
        );
    }
}

pub(crate) trait Target {
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
pub(crate) struct Gen<T: Debug + Clone + Send + 'static> {
    pub(crate) name: &'static str,
    pub(crate) strategy: BoxedStrategy<T>,
    pub(crate) check: fn(&T) -> Result<Duration, String>,
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
pub(crate) fn quiet_checks() {
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

/// Runs `f` twice: the same result both times, within the budget.
///
/// The budget is CPU time, the measure, of this thread (the paths
/// fuzzed run on the calling thread). Wall time, measured before, failed a
/// one-hour run at low priority beside a test run, at 1.5 and 4 s, while
/// the machine was busy with other work.
pub(crate) fn timed_twice<R: PartialEq + Debug>(
    f: impl Fn() -> R,
) -> Result<(Duration, R), String> {
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
