//! `minhbach serve`: a preview on 127.0.0.1 that rebuilds when a file of the
//! site changes (and only then), reloads the open page after each rebuild,
//! and shows a failed rebuild's mistakes in the page, over the last good
//! build. Its output lives in a private temporary folder, removed on exit.

mod folder;
mod http;
mod page;
mod state;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use notify::event::{EventKind, ModifyKind};
use notify::RecursiveMode;
use notify_debouncer_full::{new_debouncer, DebounceEventResult};

use crate::messages::{text, Lang};
use crate::report::Reporter;
use crate::{build_keeping, Failure, Keep, Options};
use state::State;

/// How long the watcher waits for a burst of saves (an editor writes a file
/// in several steps) to end before rebuilding.
const DEBOUNCE: Duration = Duration::from_millis(50);

/// The folders and files of a site that its pages are made from.
const WATCHED: [&str; 5] = ["site.toml", "content", "themes", "i18n", "static"];

enum Signal {
    /// These paths were created, written, renamed or removed.
    Changed(Vec<PathBuf>),
    Stop,
}

/// Runs the preview until Ctrl+C; returns the exit status.
pub(crate) fn serve(site_dir: &Path, port: u16, lang: Lang) -> u8 {
    let say = |t: crate::messages::Text| t.render(lang);
    let root = match crate::load::site_root(site_dir) {
        Ok(root) => root,
        Err(crate::load::Unreadable(why)) => {
            eprintln!("{}: {}", say(text!("label-error")), say(why));
            return 2;
        }
    };
    // A private folder with an unpredictable name, removed when `temp` drops.
    let temp = match folder::preview_folder() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}: {e}", say(text!("label-error")));
            return 2;
        }
    };
    let output = temp.path().join("site");
    let Some(server) = listen(port, lang) else {
        return 2;
    };
    let state = Arc::new(State::new());
    let mut kept = Keep::default();
    rebuild(&root, &output, &state, lang, &mut kept, None);
    let root_shared = Arc::new(root.clone());
    crate::out::line(&say(text!("serve-listening", port = u32::from(port))));

    let (tx, rx) = mpsc::channel();
    let stop = tx.clone();
    // Ctrl+C, closing the terminal or `kill` end the loop below, so that
    // the temporary folder is removed.
    let _ = ctrlc::set_handler(move || {
        let _ = stop.send(Signal::Stop);
    });
    let _watcher = match watch(&root, tx) {
        Ok(w) => w,
        Err(e) => {
            eprintln!(
                "{}: {}",
                say(text!("label-error")),
                say(text!("serve-watch-failed", reason = e))
            );
            return 2;
        }
    };
    let listener = {
        let (server, state, output) = (Arc::clone(&server), Arc::clone(&state), output.clone());
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let (state, output) = (Arc::clone(&state), output.clone());
                // Each request on its own thread: a page waiting for the next
                // build never holds up another.
                std::thread::spawn(move || http::respond(request, &output, &state, lang));
            }
        })
    };
    // Builds run on a worker thread, so that a newer change can stop one
    // that has become useless and start again from what is kept.
    let mut worker: Option<Worker> = None;
    while let Ok(signal) = rx.recv() {
        let mut paths = match signal {
            Signal::Stop => break,
            Signal::Changed(paths) => paths,
        };
        let mut stop = false;
        while let Ok(more) = rx.try_recv() {
            match more {
                Signal::Stop => stop = true,
                Signal::Changed(more) => paths.extend(more),
            }
        }
        if let Some(running) = worker.take() {
            kept = running.stop();
        }
        if stop {
            break;
        }
        if paths.iter().any(|p| p.as_os_str().is_empty()) {
            kept.folders.forget_all();
        } else {
            kept.folders.forget(&root, &paths);
            // The page staff are looking at first, then the whole site; the
            // preview is busy from now until the whole site is built.
            state.building(true);
            if kept.render_first(&paths, &output).is_some() {
                state.refresh();
            }
        }
        worker = Some(Worker::start(
            kept,
            Arc::clone(&root_shared),
            output.clone(),
            Arc::clone(&state),
            lang,
        ));
        kept = Keep::default();
    }
    if let Some(running) = worker.take() {
        drop(running.stop());
    }
    server.unblock();
    let _ = listener.join();
    drop(temp);
    0
}

/// Watches the site's files; sends `Changed` for a burst of real changes
/// (created, written, renamed, removed), never for a file merely read: the
/// build reads every file, and reacting to reads would rebuild forever.
fn watch(
    root: &Path,
    tx: mpsc::Sender<Signal>,
) -> Result<
    notify_debouncer_full::Debouncer<
        notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    String,
> {
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
        let changed: Vec<PathBuf> = match result {
            Ok(events) => events
                .iter()
                .filter(|e| changes_content(&e.event))
                .flat_map(|e| e.event.paths.iter().cloned())
                .collect(),
            // The watcher lost track (its queue overflowed): the content
            // folder as a whole counts as changed.
            Err(_) => vec![PathBuf::new()],
        };
        if !changed.is_empty() {
            let _ = tx.send(Signal::Changed(changed));
        }
    })
    .map_err(|e| e.to_string())?;
    for name in WATCHED {
        let path = root.join(name);
        if path.exists() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(debouncer)
}

fn changes_content(event: &notify::Event) -> bool {
    let kind = matches!(
        event.kind,
        EventKind::Create(_)
            | EventKind::Remove(_)
            | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Name(_) | ModifyKind::Any)
    );
    // Editors' swap and backup files are not the site's.
    kind && event.paths.iter().any(|p| !is_scratch(p))
}

fn is_scratch(path: &Path) -> bool {
    path.file_name().is_some_and(|n| {
        let n = n.to_string_lossy();
        n.starts_with('.') || n.ends_with('~') || n.ends_with(".swp") || n.ends_with(".tmp")
    })
}

/// A build running on its own thread, with what it keeps for the next one.
struct Worker {
    cancel: Arc<AtomicBool>,
    handle: std::thread::JoinHandle<Keep>,
}

impl Worker {
    fn start(
        mut kept: Keep,
        root: Arc<PathBuf>,
        output: PathBuf,
        state: Arc<State>,
        lang: Lang,
    ) -> Worker {
        let cancel = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&cancel);
        let handle = std::thread::spawn(move || {
            rebuild(&root, &output, &state, lang, &mut kept, Some(flag));
            kept
        });
        Worker { cancel, handle }
    }

    /// Stops the build if it still runs (it writes nothing then) and
    /// returns what it kept.
    fn stop(self) -> Keep {
        self.cancel.store(true, Ordering::Relaxed);
        self.handle.join().unwrap_or_default()
    }
}

/// The preview's server on `port` of this computer only; `None` once staff
/// have been told why it cannot listen (most often: a preview already runs).
fn listen(port: u16, lang: Lang) -> Option<Arc<tiny_http::Server>> {
    let say = |t: crate::messages::Text| t.render(lang);
    match tiny_http::Server::http(("127.0.0.1", port)) {
        Ok(s) => Some(Arc::new(s)),
        Err(e) => {
            let busy = e
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::AddrInUse);
            let why = if busy {
                text!(
                    "serve-port-busy",
                    port = u32::from(port),
                    next = u32::from(port) + 1
                )
            } else {
                text!(
                    "serve-cannot-listen",
                    port = u32::from(port),
                    reason = e.to_string()
                )
            };
            eprintln!("{}: {}", say(text!("label-error")), say(why));
            None
        }
    }
}

/// Rebuilds into `output`; the terminal and the pages learn the outcome.
fn rebuild(
    root: &Path,
    output: &Path,
    state: &State,
    lang: Lang,
    kept: &mut Keep,
    cancel: Option<Arc<AtomicBool>>,
) {
    let started = Instant::now();
    state.building(true);
    let reporter = Reporter::new(lang, Some(root));
    let options = Options {
        output: Some(output.to_path_buf()),
        cancel,
        keep_last: true,
        ..Options::default()
    };
    match build_keeping(root, &options, kept) {
        Ok(report) => {
            let warnings = report.warnings.warning_count();
            reporter.print(&report.warnings);
            let ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            crate::out::line(&reporter.say(&text!(
                "serve-rebuilt",
                ms = ms,
                pages = report.pages,
                warnings = warnings
            )));
            state.record(true, None);
        }
        Err(Failure::Mistakes(found)) => {
            let (errors, warnings) = (found.error_count(), found.warning_count());
            reporter.print(&found);
            let list: Vec<String> = found.sorted().map(|d| reporter.render(d)).collect();
            let line = if state.now().has_pages {
                text!("serve-keeps-last", errors = errors, warnings = warnings)
            } else {
                text!("serve-no-build-yet", errors = errors, warnings = warnings)
            };
            eprintln!("{}", reporter.say(&line));
            state.record(
                false,
                Some(format!("{}\n\n{}", list.join("\n\n"), reporter.say(&line))),
            );
        }
        Err(Failure::Unusable(why)) => {
            let message = format!(
                "{}: {}",
                reporter.say(&text!("label-error")),
                reporter.say(&why)
            );
            eprintln!("{message}");
            state.record(false, Some(message));
        }
        Err(Failure::Write(e)) => {
            let message = format!("{}: {e}", reporter.say(&text!("label-error")));
            eprintln!("{message}");
            state.record(false, Some(message));
        }
        // A newer change stopped it; the build that follows reports.
        Err(Failure::Cancelled) => {}
    }
}
