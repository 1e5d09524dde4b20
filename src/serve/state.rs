//! What the preview knows between requests: which build the pages are from,
//! and the mistakes of the last attempt, if it failed. Requests wait on it
//! for the next build (the open page's reload).

use std::sync::{Condvar, Mutex};
use std::time::Duration;

/// The outcome of the latest rebuild, as the pages show it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Outcome {
    /// Counts builds and failed attempts: the open page reloads when it moves.
    pub(crate) generation: u64,
    /// Whether a build ever succeeded, so that there are pages to serve.
    pub(crate) has_pages: bool,
    /// The mistakes of the last attempt, rendered for the page, when it failed.
    pub(crate) mistakes: Option<String>,
    /// Whether a build is running now (`/__minhbach/status`, for scripts
    /// that time the preview).
    pub(crate) building: bool,
}

pub(crate) struct State {
    outcome: Mutex<Outcome>,
    changed: Condvar,
}

impl State {
    pub(crate) fn new() -> State {
        State {
            outcome: Mutex::new(Outcome::default()),
            changed: Condvar::new(),
        }
    }

    pub(crate) fn now(&self) -> Outcome {
        self.outcome.lock().map(|o| o.clone()).unwrap_or_default()
    }

    /// Records a rebuild's outcome and wakes every waiting page.
    pub(crate) fn record(&self, built: bool, mistakes: Option<String>) {
        if let Ok(mut o) = self.outcome.lock() {
            o.generation += 1;
            o.has_pages |= built;
            o.mistakes = mistakes;
            o.building = false;
        }
        self.changed.notify_all();
    }

    /// Pages changed without a whole build (an edited entity's, first):
    /// open pages reload; the last build's mistakes stand.
    pub(crate) fn refresh(&self) {
        if let Ok(mut o) = self.outcome.lock() {
            o.generation += 1;
        }
        self.changed.notify_all();
    }

    /// A build starts or ends.
    pub(crate) fn building(&self, now: bool) {
        if let Ok(mut o) = self.outcome.lock() {
            o.building = now;
        }
    }

    /// Waits until the generation is past `seen`, or `timeout`; returns the
    /// generation then. No thread spins while nothing changes.
    pub(crate) fn wait_past(&self, seen: u64, timeout: Duration) -> u64 {
        let Ok(guard) = self.outcome.lock() else {
            return seen;
        };
        match self
            .changed
            .wait_timeout_while(guard, timeout, |o| o.generation <= seen)
        {
            Ok((o, _)) => o.generation,
            Err(_) => seen,
        }
    }
}
