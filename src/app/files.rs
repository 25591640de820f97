//! Files in and out of the window: exports (the save and folder dialogs, slides drawn to
//! PNG on a background thread), opening a portfolio (the open dialog, recent files, a file
//! dropped on the window), starting one (`folio new` in a folder) and importing a résumé.
//! Every outcome is a line in the status bar, and a failure is also kept in Problems.

use std::path::PathBuf;

use crate::document::{Anchor, Section};
use crate::load::Source;
use crate::render::{
    DEFAULT_SLIDE_SIZE, RendererChoice, SlideImages, export_slide_images, slide_paths,
};
use crate::ui::chrome::SearchState;
use crate::ui::{Command, ExportKind};

use super::notice::Notice;
use super::{Content, FolioApp, Reading, editor, jump};

impl FolioApp {
    /// Asks where (the system's dialog), then writes the export. Never in a screenshot run,
    /// which must not wait for a person.
    pub(super) fn export(&mut self, ctx: &egui::Context, kind: ExportKind) {
        if self.window.screenshot.is_some() {
            return;
        }
        match kind {
            ExportKind::SlideImages => match self.export_deck() {
                Ok(deck) => {
                    if let Some(folder) = self.ask_export_folder(&deck) {
                        self.draw_slide_images(ctx, folder, deck);
                    }
                }
                Err(error) => self.report_export(Err(error.to_string())),
            },
            _ => {
                if let Some(path) = self.ask_export_path(kind) {
                    self.export_as(ctx, path, kind, ctx.theme() == egui::Theme::Dark);
                }
            }
        }
    }

    /// The file name an export suggests: the person's name, safe on every system.
    pub(super) fn export_stem(&self) -> String {
        let name = self
            .content
            .as_ref()
            .map(|c| c.document.portfolio.display_name().to_owned())
            .unwrap_or_default();
        let stem: String = name
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect::<String>()
            .trim_matches('-')
            .to_owned();
        if stem.is_empty() {
            "portfolio".to_owned()
        } else {
            stem
        }
    }

    /// The folder the portfolio is in, where dialogs start.
    pub(super) fn portfolio_folder(&self) -> Option<PathBuf> {
        match &self.disk.source {
            Some(Source::File(path)) => path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(std::path::Path::to_path_buf),
            _ => None,
        }
    }

    /// The system's save dialog for an export, named after the person; `None` if cancelled.
    pub(super) fn ask_export_path(&self, kind: ExportKind) -> Option<PathBuf> {
        let stem = self.export_stem();
        let dialog = rfd::FileDialog::new().set_title("Export the portfolio");
        let mut dialog = match kind {
            ExportKind::Slides => dialog
                .set_file_name(format!("{stem} - slides.pdf"))
                .add_filter("PDF slides", &["pdf"]),
            ExportKind::Handout => dialog
                .set_file_name(format!("{stem} - handout.pdf"))
                .add_filter("PDF handout", &["pdf"]),
            ExportKind::Document | ExportKind::SlideImages => dialog
                .set_file_name(format!("{stem}.pdf"))
                .add_filter("PDF document", &["pdf"])
                .add_filter("Web page (one file, works offline)", &["html"]),
        };
        if let Some(folder) = self.portfolio_folder() {
            dialog = dialog.set_directory(folder);
        }
        dialog.save_file()
    }

    /// The system's folder dialog for slides as images; `None` if cancelled or if the person
    /// would rather keep the images already there.
    pub(super) fn ask_export_folder(&self, deck: &crate::deck::Deck) -> Option<PathBuf> {
        let mut dialog =
            rfd::FileDialog::new().set_title("Choose a folder for the slides (one PNG each)");
        if let Some(folder) = self.portfolio_folder() {
            dialog = dialog.set_directory(folder);
        }
        let folder = dialog.pick_folder()?;
        let existing = slide_paths(deck, &folder)
            .iter()
            .filter(|p| p.exists())
            .count();
        if existing == 0 {
            return Some(folder);
        }
        let replace = rfd::MessageDialog::new()
            .set_title("Replace the slides?")
            .set_description(format!(
                "{} has {existing} slide images from an earlier export. Replace them?",
                folder.display()
            ))
            .set_buttons(rfd::MessageButtons::OkCancel)
            .show();
        matches!(replace, rfd::MessageDialogResult::Ok).then_some(folder)
    }

    /// The slides an export from the app writes: the talk's, or the track and tags picked
    /// for the next talk.
    pub(super) fn export_deck(&self) -> Result<crate::deck::Deck, crate::export::ExportError> {
        let content = self
            .content
            .as_ref()
            .map_err(|error| crate::export::ExportError::Invalid(error.to_string()))?;
        let public = content.public_document();
        let deck = match &self.presenting {
            // The talk's own deck is the view on screen's; a private talk's is built again.
            Some(talk) if !content.document.audience.is_private() => talk.deck.clone(),
            Some(talk) => crate::deck::Deck::select(&public.portfolio, &talk.selection),
            None => {
                let portfolio = &public.portfolio;
                let (selection, _) = crate::tailor::talk_selection(
                    &public,
                    self.talk_options.posting.as_ref(),
                    self.talk_options.track.as_deref(),
                    &self.talk_options.tags,
                )?;
                crate::deck::Deck::select(portfolio, &selection)
            }
        };
        Ok(deck)
    }

    /// Writes the document as a PDF or web page at `path` (by its extension), replacing a
    /// file the save dialog already asked about, on a background thread. The outcome is a
    /// notice either way ([`FolioApp::wait_for_export`] waits for it).
    pub fn export_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        self.export_as(ctx, path, ExportKind::Document, false);
    }

    /// Writes `kind` at `path` on a background thread: a long portfolio's PDF takes a good
    /// part of a second, which the window must not freeze for. Documents and handouts are
    /// light, for printing; slides are `dark` when the app is, so they look as they did on
    /// screen.
    pub(super) fn export_as(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        kind: ExportKind,
        dark: bool,
    ) {
        let Ok(content) = &self.content else {
            return;
        };
        let slides = matches!(kind, ExportKind::Slides | ExportKind::Handout);
        let theme = (kind == ExportKind::Slides && dark).then_some(crate::export::Theme::Dark);
        let request = crate::export::Request {
            output: path,
            theme,
            force: true,
            paper: crate::export::pdf::Paper::A4,
            slides,
            notes: kind == ExportKind::Handout,
            track: self.talk_options.track.clone(),
            tags: self.talk_options.tags.clone(),
            size: None,
            posting: self.talk_options.posting.clone(),
            audience: crate::audience::Audience::Public,
        };
        // The thread owns its copy: the app may reload the file while it is written.
        let document = content.public_document();
        let base_dir = content.base_dir.clone();
        let name = request.output.display().to_string();
        self.in_background(ctx, format!("Writing {name}…"), move || {
            crate::export::export_document(&document, base_dir.as_deref(), &request)
                .map_err(|error| error.to_string())
        });
    }

    /// Runs `job` on a thread of its own, says `status` meanwhile, and reports its outcome
    /// when it arrives ([`FolioApp::poll_export`]). One at a time: a second export while one
    /// is being written is refused with a notice, not queued out of sight.
    fn in_background(
        &mut self,
        ctx: &egui::Context,
        status: String,
        job: impl FnOnce() -> Result<PathBuf, String> + Send + 'static,
    ) {
        if self.pending_export.is_some() {
            self.report_export(Err(
                "an export is still being written; try again when it is saved".into(),
            ));
            return;
        }
        let (sender, receiver) = std::sync::mpsc::channel();
        let repaint = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("folio export".into())
            .spawn(move || {
                let _ = sender.send(job());
                repaint.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.status = Some(status);
                self.pending_export = Some(receiver);
            }
            Err(error) => self.report_export(Err(error.to_string())),
        }
    }

    /// Waits (up to a minute) for an export under way and reports it, as the next frame
    /// would: for tests and for leaving the app while a file is being written.
    pub fn wait_for_export(&mut self) {
        let Some(receiver) = self.pending_export.take() else {
            return;
        };
        match receiver.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok(outcome) => self.report_export(outcome),
            Err(error) => self.report_export(Err(format!("the export did not finish: {error}"))),
        }
    }

    /// Draws the slides as PNGs into `folder` on a background thread (a few seconds for a
    /// long deck), so the window stays responsive; the status line says when they are written.
    pub fn export_slide_images(&mut self, ctx: &egui::Context, folder: PathBuf) {
        match self.export_deck() {
            Ok(deck) => self.draw_slide_images(ctx, folder, deck),
            Err(error) => self.report_export(Err(error.to_string())),
        }
    }

    fn draw_slide_images(&mut self, ctx: &egui::Context, folder: PathBuf, deck: crate::deck::Deck) {
        let Ok(content) = &self.content else {
            return;
        };
        // The thread owns its copy: the app may reload the file while the slides are drawn.
        let document = content.public_document();
        let base_dir = content.base_dir.clone();
        let dark = ctx.theme() == egui::Theme::Dark;
        let count = deck.slides.len();
        self.in_background(ctx, format!("Drawing {count} slides…"), move || {
            let request = SlideImages {
                document: &document,
                deck: &deck,
                base_dir: base_dir.as_deref(),
                folder: &folder,
                size: DEFAULT_SLIDE_SIZE,
                dark,
                force: true,
                // One window per process: the hidden-window fallback is for the command
                // line, which the failure message names.
                renderer: Some(RendererChoice::Wgpu),
            };
            export_slide_images(&request)
                .map(|_| folder.clone())
                .map_err(|error| {
                    format!(
                        "{error}; `folio export --slides -o {}` can draw them in a hidden \
                         OpenGL window instead",
                        folder.display()
                    )
                })
        });
    }

    /// Whether the welcome screen is showing.
    pub fn is_welcome(&self) -> bool {
        self.welcome
    }

    /// The recent files, most recent first.
    pub fn recent_files(&self) -> &[PathBuf] {
        &self.settings.recent
    }

    /// The system's open dialog (Ctrl+O), then opens what was picked.
    pub(super) fn open_dialog(&mut self, ctx: &egui::Context) {
        if self.window.screenshot.is_some() {
            return;
        }
        if self.window.no_dialogs {
            self.ask_for_path();
            return;
        }
        let mut dialog = rfd::FileDialog::new()
            .set_title("Open a portfolio")
            .add_filter("folio portfolio", &["ron"]);
        if let Some(folder) = self.portfolio_folder() {
            dialog = dialog.set_directory(folder);
        }
        let asked = std::time::Instant::now();
        match dialog.pick_file() {
            Some(path) => self.open_file(ctx, &path),
            // Nobody cancels a dialog this fast: none was shown (no desktop portal, no
            // zenity), and saying nothing would leave Ctrl+O dead.
            None if asked.elapsed() < NO_DIALOG_WITHIN => self.ask_for_path(),
            None => {}
        }
    }

    /// Shows the bar where a portfolio's path is typed, starting in the folder of the one
    /// shown.
    fn ask_for_path(&mut self) {
        let mut path = self
            .portfolio_folder()
            .map(|folder| folder.display().to_string())
            .unwrap_or_default();
        if !path.is_empty() {
            path.push(std::path::MAIN_SEPARATOR);
        }
        self.path_entry = Some(crate::ui::chrome::PathEntry { path, focus: true });
    }

    /// Opens `path` in place of what is shown, watching it for changes. A file with errors
    /// opens on the error screen (fixing it reloads); a file that cannot be read leaves the
    /// screen as it was and says why.
    pub fn open_file(&mut self, ctx: &egui::Context, path: &std::path::Path) {
        if !path.is_file() {
            self.settings.recent.retain(|known| known != path);
            self.report_open_failure(path, "there is no such file".to_owned());
            return;
        }
        let is_ron = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        if !is_ron {
            self.report_open_failure(
                path,
                "folio opens portfolios written in RON (a .ron file)".to_owned(),
            );
            return;
        }
        let source = Source::File(path.to_path_buf());
        let loaded = crate::check::open_valid(&source);
        if let Ok(loaded) = &loaded {
            crate::ui::fonts::draw_every_script(ctx, &loaded.portfolio.all_text());
        }
        let audience = self.audience;
        self.content = loaded.map(|loaded| Content::new(loaded, audience));
        self.disk.reload_error = None;
        self.disk.generation += 1;
        self.disk.watcher = None;
        self.presenting = None;
        self.welcome = false;
        self.reading = Reading {
            search: SearchState::default(),
            jump: jump::Jump::to(None),
            current: Some(Anchor::Section(Section::Hero)),
            enlarged: None,
            banner_open: false,
            problems_open: false,
        };
        ctx.forget_all_images();
        self.settings.remember(path);
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.window_title()));
        self.apply_theme(ctx);
        if self.window.screenshot.is_none() {
            self.watch(ctx, source);
        } else {
            self.disk.source = Some(source);
        }
    }

    pub(super) fn report_open_failure(&mut self, path: &std::path::Path, reason: String) {
        let notice = Notice::OpenFailed {
            path: path.to_path_buf(),
            reason,
        };
        self.status = Some(notice.to_string());
        self.notices.push(notice);
    }

    /// "Start a new portfolio": asks for a folder, writes the starter there (or finds the
    /// portfolio already in it, which is never replaced), opens it here and in an editor.
    pub(super) fn new_portfolio(&mut self, ctx: &egui::Context) {
        if self.window.screenshot.is_some() {
            return;
        }
        let Some(folder) = rfd::FileDialog::new()
            .set_title("Choose a folder for the new portfolio")
            .pick_folder()
        else {
            return;
        };
        if let Some(path) = self.start_portfolio_in(ctx, &folder) {
            let in_editor = editor::open_in_editor(&path);
            self.status = Some(Notice::Created { path, in_editor }.to_string());
        }
    }

    /// Writes a starter portfolio in `folder` and opens it; returns the new file. A
    /// portfolio already there is opened instead, untouched.
    pub fn start_portfolio_in(
        &mut self,
        ctx: &egui::Context,
        folder: &std::path::Path,
    ) -> Option<PathBuf> {
        match crate::starter::create(folder) {
            Ok(path) => {
                self.open_file(ctx, &path);
                let created = Notice::Created {
                    path: path.clone(),
                    in_editor: false,
                };
                self.status = Some(created.to_string());
                Some(path)
            }
            Err(crate::starter::NewError::Exists { path }) => {
                self.open_file(ctx, &path);
                self.status = Some(format!(
                    "{} already exists, so it was opened as it is",
                    path.display()
                ));
                None
            }
            Err(error) => {
                let notice = Notice::OpenFailed {
                    path: folder.join(crate::starter::FILE_NAME),
                    reason: error.to_string(),
                };
                self.status = Some(notice.to_string());
                self.notices.push(notice);
                None
            }
        }
    }

    /// "Import a résumé…": asks for a résumé (PDF, Word, JSON Resume, a data file, a Markdown
    /// CV page or text), then where to save the portfolio made from it (beside the source,
    /// `portfolio.ron`), then opens it.
    pub(super) fn import_dialog(&mut self, ctx: &egui::Context) {
        if self.window.screenshot.is_some() {
            return;
        }
        let Some(input) = rfd::FileDialog::new()
            .set_title("Import a résumé")
            .add_filter(
                "Résumé: PDF, Word, JSON Resume, YAML, TOML, CSV, Markdown, text or LinkedIn export",
                crate::import::IMPORTED_EXTENSIONS,
            )
            .pick_file()
        else {
            return;
        };
        let mut save = rfd::FileDialog::new()
            .set_title("Save the new portfolio")
            .set_file_name(crate::starter::FILE_NAME)
            .add_filter("folio portfolio", &["ron"]);
        if let Some(folder) = input.parent() {
            save = save.set_directory(folder);
        }
        if let Some(output) = save.save_file() {
            // The save dialog has asked before replacing a file.
            self.import_into(ctx, &input, &output, true);
        }
    }

    /// Imports `input` (a JSON Resume or Markdown page) into `output` and opens it; an
    /// existing `output` is replaced only with `replace`. The status line says what was
    /// imported and what was kept as comments; a failure says why, with its position.
    pub fn import_into(
        &mut self,
        ctx: &egui::Context,
        input: &std::path::Path,
        output: &std::path::Path,
        replace: bool,
    ) {
        let written = crate::import::import_file(input)
            .map_err(|error| error.to_string())
            .and_then(|imported| {
                crate::write::write_atomically(output, imported.ron.as_bytes(), replace)
                    .map(|()| imported)
                    .map_err(|error| error.to_string())
            });
        match written {
            Ok(imported) => {
                self.open_file(ctx, output);
                self.status = Some(format!(
                    "Imported {}: {}. Open {} in your editor to make it yours.",
                    input.display(),
                    imported.summary,
                    output.display()
                ));
            }
            Err(reason) => self.report_open_failure(input, reason),
        }
    }

    /// Files dropped on the window: the first `.ron` opens; anything else is explained.
    pub(super) fn take_dropped_files(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .collect()
        });
        let Some(first) = dropped.first() else {
            return Vec::new();
        };
        let portfolio = dropped.iter().find(|path| {
            path.extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
        });
        // A dropped résumé is imported beside itself (never over an existing file) and opened.
        let resume = first.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            crate::import::IMPORTED_EXTENSIONS
                .iter()
                .any(|known| e.eq_ignore_ascii_case(known))
        });
        match portfolio {
            Some(path) => vec![Command::Open(path.clone())],
            None if resume => {
                let output = first.with_extension("ron");
                self.import_into(ctx, first, &output, false);
                Vec::new()
            }
            None => {
                self.report_open_failure(
                    first,
                    "folio opens portfolios written in RON (a .ron file)".to_owned(),
                );
                Vec::new()
            }
        }
    }

    /// Shows a background export's outcome once it has arrived.
    pub(super) fn poll_export(&mut self) {
        let Some(receiver) = &self.pending_export else {
            return;
        };
        match receiver.try_recv() {
            Ok(outcome) => {
                self.pending_export = None;
                self.report_export(outcome);
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => {}
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                self.pending_export = None;
                self.report_export(Err("the export's thread failed".into()));
            }
        }
    }

    /// The status line says how an export went; a failure is also kept in Problems.
    pub(super) fn report_export(&mut self, outcome: Result<PathBuf, String>) {
        let notice = match outcome {
            Ok(path) => Notice::Exported(path),
            Err(error) => Notice::ExportFailed(error),
        };
        self.status = Some(notice.to_string());
        if matches!(notice, Notice::ExportFailed(_)) {
            self.notices.push(notice);
        }
    }
}

/// A file dialog answered faster than this was never shown.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(250);
