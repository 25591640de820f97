//! Watching the portfolio file (and the images it shows) so a save in any editor shows up
//! at once.
//!
//! The folder is watched rather than the file: editors such as vim, VS Code and JetBrains
//! save by writing a new file and renaming it over the old one, which replaces the inode a
//! file watch would follow. Events are debounced so one save (often several writes, a
//! rename, a metadata change) triggers one reload; a reload that finds the file missing or
//! half-written simply fails and the next event retries.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

/// How long events must be quiet before a reload: long enough to coalesce one save's
/// writes and rename, short enough that the reload lands well within 300 ms.
pub const DEBOUNCE: Duration = Duration::from_millis(80);

/// What the watcher saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WatchEvent {
    /// A watched file was written, created, renamed or removed.
    Changed,
    /// The operating system reported a problem with watching.
    Error(WatchError),
}

/// Why changes on disk may go unnoticed. The app keeps running; it just does not reload
/// by itself.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WatchError {
    /// The system's file watching could not start (on Linux, often too many watches).
    #[error("cannot watch for changes: {0}")]
    Start(String),
    /// A folder could not be watched.
    #[error("cannot watch {}: {reason}", folder.display())]
    Folder {
        /// The folder.
        folder: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// Watching failed after it started.
    #[error("watching for changes failed: {0}")]
    Lost(String),
}

/// Watches a portfolio file and its images.
pub struct FileWatcher {
    debouncer: Debouncer<RecommendedWatcher>,
    events: Receiver<DebounceEventResult>,
    files: BTreeSet<PathBuf>,
    folders: BTreeSet<PathBuf>,
}

impl FileWatcher {
    /// Starts watching `file` and `extra` files. `wake` is called from the watcher's thread
    /// after each batch of events, so the UI can repaint and pick them up.
    pub fn new(
        file: &Path,
        extra: &[PathBuf],
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, WatchError> {
        let (sender, events) = channel();
        let debouncer = new_debouncer(DEBOUNCE, move |result: DebounceEventResult| {
            // The receiver is gone only when the app is closing; nothing to report then.
            let _ = sender.send(result);
            wake();
        })
        .map_err(|error| WatchError::Start(error.to_string()))?;
        let mut watcher = Self {
            debouncer,
            events,
            files: BTreeSet::new(),
            folders: BTreeSet::new(),
        };
        let mut files = vec![file.to_path_buf()];
        files.extend(extra.iter().cloned());
        watcher.set_files(&files)?;
        Ok(watcher)
    }

    /// Replaces the set of watched files (after a reload the images may differ).
    pub fn set_files(&mut self, files: &[PathBuf]) -> Result<(), WatchError> {
        let files: BTreeSet<PathBuf> = files.iter().map(|f| absolute(f)).collect();
        let folders: BTreeSet<PathBuf> = files
            .iter()
            .filter_map(|f| f.parent().map(Path::to_path_buf))
            .collect();
        for gone in self.folders.difference(&folders) {
            // A folder that vanished cannot be unwatched; that is fine.
            let _ = self.debouncer.watcher().unwatch(gone);
        }
        for folder in folders.difference(&self.folders) {
            self.debouncer
                .watcher()
                .watch(folder, RecursiveMode::NonRecursive)
                .map_err(|error| WatchError::Folder {
                    folder: folder.clone(),
                    reason: error.to_string(),
                })?;
        }
        self.files = files;
        self.folders = folders;
        Ok(())
    }

    /// Drains pending events; `Some` when a watched file changed or watching failed.
    pub fn poll(&self) -> Option<WatchEvent> {
        let mut outcome = None;
        while let Ok(result) = self.events.try_recv() {
            match result {
                Ok(events) => {
                    if events
                        .iter()
                        .any(|e| self.files.contains(&absolute(&e.path)))
                    {
                        outcome = Some(WatchEvent::Changed);
                    }
                }
                Err(error) => {
                    if outcome.is_none() {
                        outcome = Some(WatchEvent::Error(WatchError::Lost(error.to_string())));
                    }
                }
            }
        }
        outcome
    }
}

/// An absolute path with `.` and `..` resolved as far as the folder exists, so event paths
/// and configured paths compare equal.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|dir| dir.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    match (joined.parent(), joined.file_name()) {
        (Some(parent), Some(name)) => parent
            .canonicalize()
            .map(|p| p.join(name))
            .unwrap_or(joined),
        _ => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    fn wait_for_change(watcher: &FileWatcher) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if watcher.poll() == Some(WatchEvent::Changed) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    #[test]
    fn sees_writes_and_rename_saves_but_not_other_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("portfolio.ron");
        std::fs::write(&file, "(a)").expect("write");
        let watcher = FileWatcher::new(&file, &[], || {}).expect("watcher");
        std::fs::write(dir.path().join("unrelated.txt"), "x").expect("write");
        std::thread::sleep(DEBOUNCE * 3);
        assert_eq!(watcher.poll(), None, "other files are ignored");
        std::fs::write(&file, "(b)").expect("write");
        assert!(wait_for_change(&watcher), "a plain write");
        // Save by writing a temporary file and renaming it over the original.
        let temp = dir.path().join(".portfolio.ron.swp");
        std::fs::write(&temp, "(c)").expect("write");
        std::fs::rename(&temp, &file).expect("rename");
        assert!(wait_for_change(&watcher), "a rename-over save");
    }
}
