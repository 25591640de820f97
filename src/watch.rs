//! Watching the portfolio file (and the images it shows) so a save in any editor shows up
//! at once, and nothing else wakes the app.
//!
//! The folder is watched rather than the file: editors such as vim, VS Code and JetBrains
//! save by writing a new file and renaming it over the old one, which replaces the inode a
//! file watch would follow. Of the folder's events only a watched file's own writes,
//! creations, renames and removals count: reads are reported too (inotify's open and close
//! events), and folio reads its own file on every reload and its images on every decode, so
//! counting them made each reload wake the next one without end. Events are debounced so
//! one save (often several writes, a rename, a metadata change) is one change, and a change
//! whose bytes are the ones already seen (a save without edits, `touch`) is no change at all.
//! A reload that finds the file missing or half-written simply fails and the next event
//! retries.

use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, ModifyKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

/// How long events must be quiet before a change is reported: long enough to coalesce one
/// save's writes and rename, short enough that the reload lands well within 300 ms.
pub const DEBOUNCE: Duration = Duration::from_millis(80);

/// The longest a change waits for quiet: a file written without pause (a save storm, a
/// generator writing in a loop) is still shown this often.
pub const DEBOUNCE_LIMIT: Duration = Duration::from_millis(500);

/// What the watcher saw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WatchEvent {
    /// Watched files whose bytes are not the ones seen before.
    Changed(Changes),
    /// The operating system reported a problem with watching.
    Error(WatchError),
}

/// Which watched files changed in one debounced batch.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// The portfolio file itself: it must be read again.
    pub portfolio: bool,
    /// Image files (absolute paths): they must be decoded again.
    pub images: Vec<PathBuf>,
}

impl Changes {
    fn merge(&mut self, other: Changes) {
        self.portfolio |= other.portfolio;
        for image in other.images {
            if !self.images.contains(&image) {
                self.images.push(image);
            }
        }
    }
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

/// The files that count, shared with the system's event thread so that events about other
/// files are dropped there and never wake anything.
#[derive(Default)]
struct Watched {
    portfolio: PathBuf,
    images: BTreeSet<PathBuf>,
}

impl Watched {
    fn contains(&self, path: &Path) -> bool {
        self.portfolio == path || self.images.contains(path)
    }
}

/// What the event thread passes to the debouncing thread.
enum Raw {
    /// A watched file's content may have changed.
    Touched(PathBuf),
    /// The system reported an error.
    Failed(String),
}

/// Watches a portfolio file and its images.
pub struct FileWatcher {
    watcher: RecommendedWatcher,
    watched: Arc<Mutex<Watched>>,
    folders: BTreeSet<PathBuf>,
    /// The bytes last seen of each file, shared with the debouncing thread.
    seen: Arc<Mutex<Fingerprints>>,
    events: Receiver<WatchEvent>,
}

impl FileWatcher {
    /// Starts watching `file` and the `images` it shows. `wake` is called from the
    /// watcher's thread when there is something to report (never for reads, other files or
    /// unchanged bytes), so the UI can repaint and pick it up.
    pub fn new(
        file: &Path,
        images: &[PathBuf],
        wake: impl Fn() + Send + 'static,
    ) -> Result<Self, WatchError> {
        let watched = Arc::new(Mutex::new(Watched {
            portfolio: absolute(file),
            images: BTreeSet::new(),
        }));
        let (from_system, raw) = channel();
        let (reports, events) = channel();
        let filter = Arc::clone(&watched);
        let watcher = notify::recommended_watcher(move |result: notify::Result<Event>| {
            // The receiver is gone only when the app is closing; nothing to report then.
            match result {
                Ok(event) if is_content_change(&event.kind) => {
                    let watched = lock(&filter);
                    for path in event.paths {
                        if watched.contains(&path) {
                            let _ = from_system.send(Raw::Touched(path));
                        }
                    }
                }
                Ok(_) => {}
                Err(error) => {
                    let _ = from_system.send(Raw::Failed(error.to_string()));
                }
            }
        })
        .map_err(|error| WatchError::Start(error.to_string()))?;
        let seen = Arc::new(Mutex::new(Fingerprints::default()));
        let debouncer = (Arc::clone(&watched), Arc::clone(&seen));
        std::thread::Builder::new()
            .name("folio watcher".into())
            .spawn(move || debounce(&raw, &reports, &debouncer.0, &debouncer.1, &wake))
            .map_err(|error| WatchError::Start(error.to_string()))?;
        let mut watcher = Self {
            watcher,
            watched,
            folders: BTreeSet::new(),
            seen,
            events,
        };
        watcher.set_images(images)?;
        Ok(watcher)
    }

    /// Replaces the set of watched images (after a reload the images may differ).
    pub fn set_images(&mut self, images: &[PathBuf]) -> Result<(), WatchError> {
        let images: BTreeSet<PathBuf> = images.iter().map(|f| absolute(f)).collect();
        let portfolio = lock(&self.watched).portfolio.clone();
        let folders: BTreeSet<PathBuf> = std::iter::once(&portfolio)
            .chain(&images)
            .filter_map(|f| f.parent().map(Path::to_path_buf))
            .collect();
        for gone in self.folders.difference(&folders) {
            // A folder that vanished cannot be unwatched; that is fine.
            let _ = self.watcher.unwatch(gone);
        }
        for folder in folders.difference(&self.folders) {
            self.watcher
                .watch(folder, RecursiveMode::NonRecursive)
                .map_err(|error| WatchError::Folder {
                    folder: folder.clone(),
                    reason: error.to_string(),
                })?;
        }
        self.folders = folders;
        // Remembered before events about them count, so that a first event about unchanged
        // bytes is no change.
        lock(&self.seen).remember(images.iter().chain([&portfolio]));
        lock(&self.watched).images = images;
        Ok(())
    }

    /// Drains pending reports: the changes since the last poll merged into one, or an
    /// error when watching failed and nothing changed.
    pub fn poll(&self) -> Option<WatchEvent> {
        let mut changes: Option<Changes> = None;
        let mut error = None;
        while let Ok(event) = self.events.try_recv() {
            match event {
                WatchEvent::Changed(more) => changes.get_or_insert_default().merge(more),
                WatchEvent::Error(failure) => error = error.or(Some(failure)),
            }
        }
        changes
            .map(WatchEvent::Changed)
            .or(error.map(WatchEvent::Error))
    }
}

/// Whether an event may have changed a file's bytes: writes, creations, renames and
/// removals, and the events a system does not classify. Reads (opening, closing without
/// writing) and metadata (permissions, times) do not.
fn is_content_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(_)) => false,
        EventKind::Any
        | EventKind::Create(_)
        | EventKind::Modify(_)
        | EventKind::Remove(_)
        | EventKind::Other => true,
    }
}

/// The debouncing thread: collects touched files until events are quiet for [`DEBOUNCE`]
/// (or for at most [`DEBOUNCE_LIMIT`]), then reports those whose bytes differ from the
/// last seen. Ends when the watcher is dropped.
fn debounce(
    raw: &Receiver<Raw>,
    reports: &Sender<WatchEvent>,
    watched: &Mutex<Watched>,
    seen: &Mutex<Fingerprints>,
    wake: &impl Fn(),
) {
    while let Ok(first) = raw.recv() {
        let mut batch = Batch::default();
        let batch_started = Instant::now();
        batch.take(first);
        if !batch.touched.is_empty() {
            loop {
                let quiet = DEBOUNCE.min(DEBOUNCE_LIMIT.saturating_sub(batch_started.elapsed()));
                match raw.recv_timeout(quiet) {
                    Ok(message) => batch.take(message),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
        }
        let Batch { touched, failure } = batch;
        let changed: Vec<PathBuf> = {
            let mut seen = lock(seen);
            touched.into_iter().filter(|p| seen.update(p)).collect()
        };
        let mut reported = false;
        if !changed.is_empty() {
            let portfolio = lock(watched).portfolio.clone();
            let changes = Changes {
                portfolio: changed.contains(&portfolio),
                images: changed.into_iter().filter(|p| *p != portfolio).collect(),
            };
            reported |= reports.send(WatchEvent::Changed(changes)).is_ok();
        }
        if let Some(reason) = failure {
            reported |= reports
                .send(WatchEvent::Error(WatchError::Lost(reason)))
                .is_ok();
        }
        if reported {
            wake();
        }
    }
}

/// What one debounced batch of events touched.
#[derive(Default)]
struct Batch {
    touched: BTreeSet<PathBuf>,
    failure: Option<String>,
}

impl Batch {
    fn take(&mut self, message: Raw) {
        match message {
            Raw::Touched(path) => {
                self.touched.insert(path);
            }
            Raw::Failed(reason) => self.failure = Some(reason),
        }
    }
}

/// The bytes last seen of each watched file, as a hash (`None`: the file was missing).
#[derive(Default)]
struct Fingerprints(HashMap<PathBuf, Option<u64>>);

impl Fingerprints {
    /// Remembers files not seen before as they are now.
    fn remember<'a>(&mut self, paths: impl Iterator<Item = &'a PathBuf>) {
        for path in paths {
            if !self.0.contains_key(path) {
                self.0.insert(path.clone(), fingerprint(path));
            }
        }
    }

    /// Reads the file again; true when its bytes differ from the last seen (or were never
    /// seen).
    fn update(&mut self, path: &Path) -> bool {
        let now = fingerprint(path);
        self.0.insert(path.to_path_buf(), now) != Some(now)
    }
}

/// The value behind a lock, also after a thread panicked holding it: the sets and hashes
/// it guards are whole after every statement.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A hash of the file's bytes, `None` when it cannot be read (missing, or mid-rename).
fn fingerprint(path: &Path) -> Option<u64> {
    let bytes = std::fs::read(path).ok()?;
    let mut hasher = DefaultHasher::new();
    hasher.write(&bytes);
    Some(hasher.finish())
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
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn wait_for(watcher: &FileWatcher, wanted: impl Fn(&Changes) -> bool) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Some(WatchEvent::Changed(changes)) = watcher.poll()
                && wanted(&changes)
            {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Long enough for any event about a write to have been debounced and reported.
    fn quiet_period() {
        std::thread::sleep(DEBOUNCE_LIMIT + DEBOUNCE * 3);
    }

    #[test]
    fn sees_writes_and_rename_saves_but_not_other_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("portfolio.ron");
        std::fs::write(&file, "(a)").expect("write");
        let watcher = FileWatcher::new(&file, &[], || {}).expect("watcher");
        std::fs::write(dir.path().join("unrelated.txt"), "x").expect("write");
        quiet_period();
        assert_eq!(watcher.poll(), None, "other files are ignored");
        std::fs::write(&file, "(b)").expect("write");
        assert!(wait_for(&watcher, |c| c.portfolio), "a plain write");
        // Save by writing a temporary file and renaming it over the original.
        let temp = dir.path().join(".portfolio.ron.swp");
        std::fs::write(&temp, "(c)").expect("write");
        std::fs::rename(&temp, &file).expect("rename");
        assert!(wait_for(&watcher, |c| c.portfolio), "a rename-over save");
    }

    #[test]
    fn reads_unchanged_saves_and_a_busy_folder_never_wake_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("portfolio.ron");
        let photo = dir.path().join("photo.png");
        std::fs::write(&file, "(a)").expect("write");
        std::fs::write(&photo, "png bytes").expect("write");
        std::fs::create_dir(dir.path().join("target")).expect("mkdir");
        let wakes = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&wakes);
        let watcher = FileWatcher::new(&file, std::slice::from_ref(&photo), move || {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .expect("watcher");
        for round in 0..20 {
            // What folio itself does on a reload and an image decode, and what happens
            // around a portfolio kept beside a build or in a repository.
            std::fs::read(&file).expect("read");
            std::fs::read(&photo).expect("read");
            std::fs::write(&file, "(a)").expect("a save without edits");
            std::fs::write(dir.path().join("README.md"), format!("{round}")).expect("write");
            std::fs::write(dir.path().join("target").join("out"), "x").expect("write");
        }
        quiet_period();
        let polled = watcher.poll();
        assert_eq!(polled, None, "nothing changed");
        assert_eq!(wakes.load(Ordering::SeqCst), 0, "the app was never woken");
        std::fs::write(&photo, "new png bytes").expect("write");
        assert!(
            wait_for(&watcher, |c| !c.portfolio && c.images.len() == 1),
            "an image's save is reported as that image"
        );
        assert_eq!(wakes.load(Ordering::SeqCst), 1, "woken once for it");
    }

    #[test]
    fn a_save_storm_is_reported_while_it_lasts_and_ends_quiet() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("portfolio.ron");
        std::fs::write(&file, "0").expect("write");
        let wakes = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&wakes);
        let watcher = FileWatcher::new(&file, &[], move || {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .expect("watcher");
        let storm = Instant::now();
        let mut saves = 0;
        while storm.elapsed() < Duration::from_millis(1500) {
            saves += 1;
            std::fs::write(&file, format!("{saves}")).expect("write");
            std::thread::sleep(Duration::from_millis(5));
        }
        quiet_period();
        let during = wakes.load(Ordering::SeqCst);
        assert!(
            (2..=saves / 4).contains(&during),
            "{saves} saves in 1.5 s woke the app {during} times: at least once per {DEBOUNCE_LIMIT:?}, \
             far fewer than once a save"
        );
        assert!(matches!(watcher.poll(), Some(WatchEvent::Changed(c)) if c.portfolio));
        quiet_period();
        assert_eq!(wakes.load(Ordering::SeqCst), during, "quiet once it ends");
    }
}
