//! Keeping up with the disk: watching the file and its images, reloading on a change (the
//! last good content stays on a failed reload), and the glyph check after a load.

use crate::load::Source;
use crate::watch::{FileWatcher, WatchEvent};

use super::notice::Notice;
use super::{Content, FolioApp};

/// Where the check for characters no font can draw is: it asks the system's fonts, tens of
/// milliseconds for a portfolio in other scripts, so it runs beside the UI, not in a frame.
#[derive(Default)]
pub(super) enum GlyphCheck {
    /// Not begun: it begins after the window's first frame.
    #[default]
    NotStarted,
    /// Running; the answer comes on this channel.
    Running(std::sync::mpsc::Receiver<Vec<char>>),
    /// The characters, in order of first appearance.
    Done(Vec<char>),
}

impl FolioApp {
    /// Reloads from `source` whenever the file or its images change on disk.
    pub fn watch(&mut self, ctx: &egui::Context, source: Source) {
        if let Source::File(path) = &source {
            let images = self
                .content
                .as_ref()
                .map(Content::image_paths)
                .unwrap_or_default();
            let repaint = ctx.clone();
            match FileWatcher::new(path, &images, move || repaint.request_repaint()) {
                Ok(watcher) => self.disk.watcher = Some(watcher),
                Err(error) => self.notices.push(Notice::Watch(error)),
            }
        }
        self.disk.source = Some(source);
    }

    /// Where the portfolio came from, without watching it (`--no-watch`): Ctrl+R still
    /// reads it again.
    pub fn set_source(&mut self, source: Source) {
        self.disk.source = Some(source);
    }

    /// Ctrl+R: reads the file again now, whether or not it is watched, and says so.
    pub(super) fn reload_now(&mut self, ctx: &egui::Context) {
        if self.disk.source.is_none() {
            self.status = Some("Nothing to read again: this portfolio is not from a file.".into());
            return;
        }
        self.reload_in_background(ctx);
        self.status = Some(match self.display_name() {
            Some(_) => "Read the portfolio file again.".to_owned(),
            None => "Reading the portfolio file again…".to_owned(),
        });
    }

    /// Loads the file again. On success the new content replaces the old (the scroll
    /// position stays); on failure the last good content stays and the error is shown above
    /// it, or on the error screen if nothing ever loaded.
    pub fn reload(&mut self) {
        let Some(source) = &self.disk.source else {
            return;
        };
        let outcome = crate::check::open_valid(source);
        self.disk.rereads += 1;
        self.apply_reload(outcome);
    }

    /// Reads and checks the file again on a thread of its own, so that a save of a large
    /// portfolio never freezes the window (or a talk); the outcome is applied in the frame
    /// it arrives in. A change while one is under way is read once more after it.
    fn reload_in_background(&mut self, ctx: &egui::Context) {
        if self.disk.pending.is_some() {
            self.disk.changed_again = true;
            return;
        }
        let Some(source) = self.disk.source.clone() else {
            return;
        };
        let (sender, receiver) = std::sync::mpsc::channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("folio reload".into())
            .spawn(move || {
                let _ = sender.send(crate::check::open_valid(&source));
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.disk.pending = Some(receiver);
                self.disk.rereads += 1;
            }
            // No thread to be had: read it here rather than not at all.
            Err(_) => self.reload(),
        }
    }

    /// The new content replaces the old, or the error is shown over the last good one.
    fn apply_reload(&mut self, outcome: Result<crate::load::Loaded, crate::load::LoadError>) {
        if self.disk.source.is_none() {
            return;
        }
        match outcome {
            Ok(loaded) => {
                let content = Content::new(loaded, self.audience);
                if let Some(watcher) = &mut self.disk.watcher
                    && let Err(error) = watcher.set_images(&content.image_paths())
                {
                    self.notices.push(Notice::Watch(error));
                }
                for talk in [&mut self.presenting, &mut self.left_talk]
                    .into_iter()
                    .flatten()
                {
                    talk.reload(&content.document);
                }
                self.content = Ok(content);
                self.disk.reload_error = None;
                self.reading.banner_open = false;
                self.disk.generation += 1;
            }
            Err(error) => {
                if self.content.is_ok() {
                    self.disk.reload_error = Some(error);
                } else {
                    self.content = Err(error);
                }
            }
        }
    }

    /// Once per load, and not in the window's first frame, which should show at once: a
    /// large portfolio has megabytes of text to look through.
    pub(super) fn check_glyphs(&mut self, ctx: &egui::Context) {
        let Ok(content) = &mut self.content else {
            return;
        };
        match &content.glyphs {
            GlyphCheck::Done(_) => return,
            GlyphCheck::Running(answer) => {
                if let Ok(missing) = answer.try_recv() {
                    content.glyphs = GlyphCheck::Done(missing);
                }
                return;
            }
            GlyphCheck::NotStarted => {}
        }
        if ctx.cumulative_frame_nr() == 0 {
            ctx.request_repaint();
            return;
        }
        let texts = content.document.portfolio.all_text();
        // A reload may have brought a script the bundled fonts lack.
        crate::ui::fonts::draw_every_script(ctx, &texts);
        // The same rule as `folio check` and every export, asked beside the UI.
        let owned: Vec<String> = texts.iter().map(|t| (*t).to_owned()).collect();
        let (sender, answer) = std::sync::mpsc::channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("folio glyph check".into())
            .spawn(move || {
                let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
                let _ = sender.send(crate::layout::text::undrawable(&texts));
                repaint.request_repaint();
            });
        content.glyphs = match spawned {
            Ok(_) => GlyphCheck::Running(answer),
            // No thread to be had: ask here, once.
            Err(_) => GlyphCheck::Done(crate::layout::text::undrawable(&texts)),
        };
    }

    /// Starts a reload when the watcher saw a change, and applies one that has arrived.
    pub(super) fn poll_disk(&mut self, ctx: &egui::Context) {
        self.poll_reload(ctx);
        let Some(watcher) = &self.disk.watcher else {
            return;
        };
        match watcher.poll() {
            Some(WatchEvent::Changed(changes)) => {
                if !changes.images.is_empty() {
                    // Decoded again when next drawn; the portfolio need not be read for it.
                    ctx.forget_all_images();
                    self.disk.image_changes += 1;
                }
                if changes.portfolio {
                    self.reload_in_background(ctx);
                }
            }
            Some(WatchEvent::Error(error)) => self.notices.push(Notice::Watch(error)),
            None => {}
        }
    }

    /// Applies a reload read on its thread, once it has arrived.
    fn poll_reload(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.disk.pending else {
            return;
        };
        let outcome = match pending.try_recv() {
            Ok(outcome) => outcome,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            // The thread ended without an answer: read the file here instead.
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                let Some(source) = &self.disk.source else {
                    self.disk.pending = None;
                    return;
                };
                crate::check::open_valid(source)
            }
        };
        self.disk.pending = None;
        let before = self.disk.generation;
        self.apply_reload(outcome);
        if self.disk.generation != before && self.display_name().is_some() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.window_title()));
        }
        if std::mem::take(&mut self.disk.changed_again) {
            self.reload_in_background(ctx);
        }
    }
}
