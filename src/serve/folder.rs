//! The preview's private output folder: in memory where the system has it,
//! marked with the process that owns it, and cleared of the folders of
//! previews that ended without removing theirs.

use std::path::Path;

const PREFIX: &str = "minhbach-preview-";
/// Inside each preview folder: the id of the process that owns it.
const OWNER: &str = "owner";

/// Where the preview writes its pages: in memory (`/dev/shm`) where the
/// system has it, as Hugo's server keeps its pages in memory. On a disk,
/// each rebuild of a 10,000-project site writes a gigabyte, and the disk's
/// write-back made every rebuild after an edit slower than the one before
/// (12 s after the first edit, 42 s after the tenth); in memory each takes
/// 8–10 s, less than a full build (`scripts/preview-latency`).
/// A `TMPDIR` set by hand is where the person wants temporary files.
pub(crate) fn preview_folder() -> std::io::Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(PREFIX);
    let in_memory = Path::new("/dev/shm");
    let temp = if cfg!(target_os = "linux") && std::env::var_os("TMPDIR").is_none() {
        builder.tempdir_in(in_memory).or_else(|_| builder.tempdir())
    } else {
        builder.tempdir()
    }?;
    std::fs::write(temp.path().join(OWNER), std::process::id().to_string())?;
    if let Some(base) = temp.path().parent() {
        remove_orphans(base);
    }
    Ok(temp)
}

/// Removes the folders of previews whose process is gone. Ctrl+C, closing
/// the terminal and `kill` let a preview remove its own folder; a preview
/// killed outright (out of memory, `kill -9`) cannot, and in memory its
/// pages (a gigabyte at 10,000 projects) would hold RAM until a restart.
/// A folder without an owner, or one this system cannot check, stays.
fn remove_orphans(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        if !entry.file_name().to_string_lossy().starts_with(PREFIX) {
            continue;
        }
        let folder = entry.path();
        let Ok(owner) = std::fs::read_to_string(folder.join(OWNER)) else {
            continue;
        };
        if owner.trim().parse::<u32>().is_ok_and(is_gone) {
            let _ = std::fs::remove_dir_all(&folder);
        }
    }
}

/// Whether no process has this id, where `/proc` says so.
fn is_gone(pid: u32) -> bool {
    Path::new("/proc/self").exists() && !Path::new(&format!("/proc/{pid}")).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_only_the_folders_of_previews_that_are_gone() {
        if !Path::new("/proc/self").exists() {
            return;
        }
        let base = tempfile::tempdir().unwrap();
        let folder = |name: &str, owner: Option<&str>| {
            let path = base.path().join(name);
            std::fs::create_dir(&path).unwrap();
            std::fs::write(path.join("index.html"), "x").unwrap();
            if let Some(owner) = owner {
                std::fs::write(path.join(OWNER), owner).unwrap();
            }
            path
        };
        // Process ids stop well below u32::MAX (4,194,304 at most on Linux).
        let gone = folder("minhbach-preview-gone", Some("4294967295"));
        let alive = folder(
            "minhbach-preview-alive",
            Some(&std::process::id().to_string()),
        );
        let starting = folder("minhbach-preview-starting", None);
        let other = folder("someone-else", Some("4294967295"));
        remove_orphans(base.path());
        assert!(!gone.exists());
        assert!(alive.exists() && starting.exists() && other.exists());
    }
}
