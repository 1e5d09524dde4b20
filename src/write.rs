//! The one module that touches the output folder. A build writes into a
//! temporary folder beside the output and swaps it in only when everything
//! succeeded, so a failed build leaves the published site as it was.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use rustc_hash::FxHashSet;

/// A file or folder of the output that could not be written: the output
/// folder is unusable (full, read-only), which is exit status 2, not a
/// mistake in the content.
#[derive(Debug)]
pub(crate) struct WriteError {
    pub(crate) path: PathBuf,
    pub(crate) source: io::Error,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot write {}: {}", self.path.display(), self.source)
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Attaches the path to an I/O result, like ripgrep's `WithPath`.
trait AtPath<T> {
    fn at(self, path: &Path) -> Result<T, WriteError>;
}

impl<T> AtPath<T> for io::Result<T> {
    fn at(self, path: &Path) -> Result<T, WriteError> {
        self.map_err(|source| WriteError {
            path: path.to_path_buf(),
            source,
        })
    }
}

/// A file in every output folder minhbach writes, so that it never replaces a
/// folder it did not make (`--output ~` must not delete a home folder).
pub(crate) const MARKER: &str = ".minhbach-output";

#[derive(Debug)]
pub(crate) enum Output {
    /// `check`: render everything, write nothing.
    Discard,
    Staged {
        staging: tempfile::TempDir,
        target: PathBuf,
        /// The folders made so far: most files go into a folder an earlier
        /// file made, and asking the system again for each (a `mkdir` that
        /// fails, then a `stat`) was 120,000 calls in a 10,000-project build.
        made: Mutex<FxHashSet<PathBuf>>,
    },
}

/// The set of folders made. A poisoned lock only means another thread
/// panicked; the set is still right, as a folder enters it once made.
fn folders(made: &Mutex<FxHashSet<PathBuf>>) -> MutexGuard<'_, FxHashSet<PathBuf>> {
    made.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Output {
    /// Prepares a staging folder beside `target`, creating `target`'s parents.
    pub(crate) fn begin(target: &Path) -> Result<Output, BeginError> {
        if target.exists() && !is_replaceable(target) {
            return Err(BeginError::NotOurs(target.to_path_buf()));
        }
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        fs::create_dir_all(parent).at(parent)?;
        let staging = tempfile::Builder::new()
            .prefix(".minhbach-staging-")
            .tempdir_in(parent)
            .at(parent)?;
        let marker = staging.path().join(MARKER);
        fs::write(&marker, b"").at(&marker)?;
        Ok(Output::Staged {
            staging,
            target: target.to_path_buf(),
            made: Mutex::default(),
        })
    }

    /// Where `rel` (a `/`-separated path inside the output) goes in the staging
    /// folder, its folders made; `None` when nothing is written.
    fn place(&self, rel: &str) -> Result<Option<PathBuf>, WriteError> {
        let Output::Staged { staging, made, .. } = self else {
            return Ok(None);
        };
        let path = staging.path().join(rel);
        if let Some(dir) = path.parent() {
            // Not locked while the folder is made: the other threads write
            // meanwhile, and making a folder twice does no harm.
            if !folders(made).contains(dir) {
                fs::create_dir_all(dir).at(dir)?;
                folders(made).insert(dir.to_path_buf());
            }
        }
        Ok(Some(path))
    }

    /// Writes `bytes` at `rel`.
    pub(crate) fn write(&self, rel: &str, bytes: &[u8]) -> Result<(), WriteError> {
        match self.place(rel)? {
            Some(path) => fs::write(&path, bytes).at(&path),
            None => Ok(()),
        }
    }

    /// Writes the file at `rel` as `body` makes it, and returns its size in
    /// bytes: a large file is never whole in memory.
    pub(crate) fn write_with(
        &self,
        rel: &str,
        body: impl FnOnce(&mut (dyn io::Write + Send)) -> io::Result<()>,
    ) -> Result<u64, WriteError> {
        let Some(path) = self.place(rel)? else {
            let mut sink = Counted::new(io::sink());
            body(&mut sink).at(Path::new(rel))?;
            return Ok(sink.bytes);
        };
        let mut file = Counted::new(io::BufWriter::new(fs::File::create(&path).at(&path)?));
        body(&mut file).at(&path)?;
        file.flush().at(&path)?;
        Ok(file.bytes)
    }

    pub(crate) fn copy(&self, rel: &str, source: &Path) -> Result<(), WriteError> {
        match self.place(rel)? {
            Some(path) => fs::copy(source, &path).map(|_| ()).at(&path),
            None => Ok(()),
        }
    }

    /// Swaps the finished staging folder in place of the output. The
    /// previous output is moved aside, not yet removed: see [`Retired`].
    pub(crate) fn commit(self) -> Result<Retired, WriteError> {
        let Output::Staged {
            staging, target, ..
        } = self
        else {
            return Ok(Retired(None));
        };
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let staged = staging.keep();
        // A temporary folder is private (0700); a published site must be readable.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&staged, fs::Permissions::from_mode(0o755)).at(&staged)?;
        }
        if target.exists() {
            let old = tempfile::Builder::new()
                .prefix(".minhbach-old-")
                .tempdir_in(parent)
                .at(parent)?
                .keep();
            let old_site = old.join("site");
            fs::rename(&target, &old_site).at(&target)?;
            if let Err(e) = fs::rename(&staged, &target) {
                let _ = fs::rename(&old_site, &target);
                return Err(e).at(&target);
            }
            Ok(Retired(Some(old)))
        } else {
            fs::rename(&staged, &target).at(&target)?;
            Ok(Retired(None))
        }
    }
}

/// The previous output, moved aside by [`Output::commit`]: the new site is
/// already in place, so the preview removes this on another thread while
/// its pages are served (tens of thousands of files take seconds on a
/// disk), and `build` removes it before it ends.
#[must_use = "the previous output stays on disk until it is removed"]
pub(crate) struct Retired(Option<PathBuf>);

impl Retired {
    pub(crate) fn remove(self) -> Result<(), WriteError> {
        match self.0 {
            Some(old) => remove_tree(&old).at(&old),
            None => Ok(()),
        }
    }
}

/// `fs::remove_dir_all`, with the folders' contents removed side by side: a
/// large site's previous output (tens of thousands of files) goes twice as
/// fast on two cores.
fn remove_tree(dir: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let entries = fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries.par_iter().try_for_each(|entry| {
        if entry.file_type()?.is_dir() {
            remove_tree(&entry.path())
        } else {
            fs::remove_file(entry.path())
        }
    })?;
    fs::remove_dir(dir)
}

/// Why a build cannot start writing.
#[derive(Debug)]
pub(crate) enum BeginError {
    /// The output folder exists and minhbach did not make it.
    NotOurs(PathBuf),
    Write(WriteError),
}

impl From<WriteError> for BeginError {
    fn from(e: WriteError) -> Self {
        BeginError::Write(e)
    }
}

fn is_replaceable(target: &Path) -> bool {
    target.join(MARKER).is_file() || fs::read_dir(target).is_ok_and(|mut d| d.next().is_none())
}

/// A writer that counts what passes through it.
struct Counted<W> {
    inner: W,
    bytes: u64,
}

impl<W> Counted<W> {
    fn new(inner: W) -> Self {
        Counted { inner, bytes: 0 }
    }
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
