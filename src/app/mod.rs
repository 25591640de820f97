//! The desktop app: the loaded portfolio, settings and runtime state, and the frame: read
//! keys, draw the views (`frame.rs`: present mode or reading), then apply the commands they
//! returned (`commands.rs`). A talk is in `presenting.rs`, watching and reloading the file in
//! `reload.rs`, start-up and the renderer in `run.rs`, settings in `settings.rs`, problems
//! that are not the file's in `notice.rs`, exports, opening, starting and importing files in
//! `files.rs`.

mod commands;
mod editor;
mod files;
mod frame;
mod jump;
mod notice;
mod observe;
mod prepare;
mod presenting;
mod reload;
mod run;
mod screenshot;
mod settings;

use std::path::PathBuf;

use crate::audience::Audience;
use crate::document::{Anchor, Document, Section};
use crate::load::Source;
use crate::load::{Diagnostic, LoadError, Loaded};
use crate::ui::ThemeChoice;
use crate::ui::chrome::{self, SearchState};
use crate::ui::theme::{self, Theme};
use crate::watch::FileWatcher;
use reload::GlyphCheck;

pub use notice::Notice;
pub use presenting::TalkOptions;
pub use run::{RunError, run};
pub use screenshot::ScreenshotOutcome;
pub use settings::Settings;

/// How the app was asked to start.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Force a theme for this run (not remembered).
    pub theme: Option<ThemeChoice>,
    /// Initial window size in points.
    pub size: Option<[f32; 2]>,
    /// Save a screenshot here once everything is drawn, then exit.
    pub screenshot: Option<PathBuf>,
    /// Run animations (off for screenshots and tests).
    pub animate: bool,
    /// Start scrolled to this section or case study id.
    pub at: Option<String>,
    /// Reload when the file or its images change on disk.
    pub watch: bool,
    /// Start presenting, at this slide id or number.
    pub present: Option<String>,
    /// With `present`, open the presenter window at once.
    pub presenter: bool,
    /// Which slides a talk uses and how long it should take.
    pub talk: TalkOptions,
    /// End the process as soon as the first frame has been presented (for start-up
    /// measurements: bench/app.sh times it against a bare window doing the same).
    pub exit_after_first_frame: bool,
    /// Start on the welcome screen (no file named and no ./portfolio.ron); the loaded
    /// portfolio is then the example, one click away.
    pub welcome: bool,
    /// Ask for paths in folio's own window instead of the system's file dialogs (a system
    /// without them, a test).
    pub no_dialogs: bool,
    /// The view to open in: public unless `--audience private`. Never remembered, so that
    /// the app cannot open private by surprise on a shared screen.
    pub audience: Audience,
}

/// The app's state: the loaded portfolio, remembered settings and what changes frame to
/// frame.
pub struct FolioApp {
    settings: Settings,
    /// A theme forced for this run (`--theme`), until the user picks one.
    forced_theme: Option<ThemeChoice>,
    content: Result<Content, LoadError>,
    reading: Reading,
    disk: Disk,
    /// Problems that are not the portfolio's (settings, watching, renderer); the Problems
    /// panel shows them beside its diagnostics.
    notices: Vec<Notice>,
    talk_options: TalkOptions,
    /// A talk in progress (present mode).
    presenting: Option<presenting::Presenting>,
    /// The talk left with Esc, kept as it was (slide, step, timer, presenter window) so that
    /// F5 goes back to it: a stray Esc must not cost a candidate their place.
    left_talk: Option<presenting::Presenting>,
    /// The presenter window was open when the last talk was left, and where: a new talk
    /// (Shift+F5, another track) opens it there again.
    presenter_was: Option<Option<egui::Rect>>,
    /// "Prepare for a job": a posting read against the portfolio.
    prepare: prepare::Prepare,
    fullscreen: bool,
    window: WindowRun,
    /// A one-line outcome to show at the bottom ("Saved …"), until dismissed.
    status: Option<String>,
    /// The welcome screen is shown instead of the document.
    welcome: bool,
    /// The bar where a path is typed, shown when Ctrl+O found no file dialog.
    path_entry: Option<chrome::PathEntry>,
    /// Slides being drawn as images on a background thread; their outcome arrives here.
    pending_export: Option<std::sync::mpsc::Receiver<Result<PathBuf, String>>>,
    /// The view on screen: public, or private while the badge says so.
    audience: Audience,
}

/// The loaded portfolio and what was found about it.
struct Content {
    /// The portfolio as written, markup and all: each view is resolved from it.
    written: crate::model::Portfolio,
    /// The portfolio as the view on screen resolves it.
    document: Document,
    base_dir: Option<PathBuf>,
    /// Warnings and semantic errors of this version of the file.
    diagnostics: Vec<Diagnostic>,
    /// Characters no font can draw, once a background thread has asked the fonts.
    glyphs: GlyphCheck,
}

/// Where the reader is and what is open over the document.
struct Reading {
    search: SearchState,
    /// A jump to a section or case study on its way, or just ended.
    jump: jump::Jump,
    /// The section the table of contents marks.
    current: Option<Anchor>,
    /// The image shown enlarged: its URI and alternative text.
    enlarged: Option<(String, String)>,
    /// The reload banner shows its full text.
    banner_open: bool,
    /// The Problems panel is open.
    problems_open: bool,
}

/// The file on disk: where it came from, watching it, and how reloads went.
struct Disk {
    source: Option<Source>,
    watcher: Option<FileWatcher>,
    /// The last reload failed: the last good content stays on screen under this error.
    reload_error: Option<LoadError>,
    /// Counts successful loads, so tests and the UI can tell a reload happened.
    generation: u64,
    /// A reload being read and checked on a thread of its own; its outcome arrives here.
    pending: Option<std::sync::mpsc::Receiver<Result<Loaded, LoadError>>>,
    /// The file changed again while a reload was under way: read it once more after.
    changed_again: bool,
    /// How many times the file was read again after it first loaded (a reload's read,
    /// successful or not): an idle app's count stands still.
    rereads: u64,
    /// How many times watched images changed on disk and were decoded again.
    image_changes: u64,
}

/// How this run of the window behaves: animations, a screenshot to take, a size to apply.
struct WindowRun {
    animate: bool,
    screenshot: Option<screenshot::Job>,
    /// Told when the first frame has been presented (start-up measurements): whoever
    /// started the window decides what happens then (`run` ends the process).
    first_frame_shown: Option<std::sync::mpsc::Sender<()>>,
    /// A size given on the command line, to be applied over the one eframe restores.
    wanted_size: Option<egui::Vec2>,
    /// Open asks for a typed path instead of showing the system's dialog.
    no_dialogs: bool,
}

/// The window's title: the name as the view shows it, and the view when it is the private
/// one (a screen-sharing picker lists windows by their titles).
fn window_title(name: Option<&str>, audience: Audience) -> String {
    match (name, audience) {
        (Some(name), Audience::Private) => {
            format!("{name} — {} — folio", crate::document::words::PRIVATE_VIEW)
        }
        (Some(name), Audience::Public) => format!("{name} — folio"),
        (None, _) => "folio".to_owned(),
    }
}

impl Content {
    /// The document an export writes: the public view whatever is on screen, since an
    /// export leaves the machine (`folio export --audience private` is the deliberate way
    /// to write the other).
    fn public_document(&self) -> Document {
        if self.document.audience.is_private() {
            Document::for_audience(&self.written, Audience::Public)
        } else {
            self.document.clone()
        }
    }

    fn new(loaded: Loaded, audience: Audience) -> Self {
        Self {
            document: Document::for_audience(&loaded.portfolio, audience),
            written: loaded.portfolio,
            base_dir: loaded.base_dir,
            diagnostics: loaded.diagnostics,
            glyphs: GlyphCheck::NotStarted,
        }
    }

    /// The notice about characters that show as boxes, once checked and if there are any.
    fn glyph_notice(&self) -> Option<Notice> {
        match &self.glyphs {
            GlyphCheck::Done(missing) if !missing.is_empty() => {
                Some(Notice::MissingGlyphs(missing.clone()))
            }
            _ => None,
        }
    }

    /// The image files the document shows, to watch beside the portfolio.
    fn image_paths(&self) -> Vec<PathBuf> {
        let Some(base) = &self.base_dir else {
            return Vec::new();
        };
        let portfolio = &self.document.portfolio;
        portfolio
            .person
            .photo
            .iter()
            .chain(
                portfolio
                    .case_studies
                    .iter()
                    .flat_map(|c| c.images.iter().map(|i| &i.path)),
            )
            .map(|path| base.join(path))
            .collect()
    }
}

impl FolioApp {
    /// Builds the app from a loaded (or failed) portfolio.
    pub fn new(
        ctx: &egui::Context,
        storage: Option<&dyn eframe::Storage>,
        loaded: Result<Loaded, LoadError>,
        options: &Options,
    ) -> Self {
        if options.screenshot.is_some() {
            // A screenshot shows the document as a first-time user sees it, not wherever the
            // last session left its scroll bars.
            ctx.memory_mut(|memory| *memory = egui::Memory::default());
        }
        theme::install_fonts(ctx);
        crate::ui::image_loader::BoundedImageLoader::install(ctx);
        let (settings, settings_notice) = settings::read_settings(storage);
        let content = loaded.map(|loaded| Content::new(loaded, options.audience));
        if let Ok(content) = &content {
            // Before the first frame, so a name in Chinese or Devanagari is drawn in it.
            crate::ui::fonts::draw_every_script(ctx, &content.document.portfolio.all_text());
        }
        let start = match (&content, &options.at) {
            (Ok(content), Some(id)) => {
                crate::document::anchor_by_id(&content.document.portfolio, id)
            }
            _ => None,
        };
        let mut app = Self {
            settings,
            forced_theme: options.theme,
            content,
            reading: Reading {
                search: SearchState::default(),
                jump: jump::Jump::to(start),
                current: Some(start.unwrap_or(Anchor::Section(Section::Hero))),
                enlarged: None,
                banner_open: false,
                problems_open: false,
            },
            disk: Disk {
                source: None,
                watcher: None,
                reload_error: None,
                generation: 1,
                pending: None,
                changed_again: false,
                rereads: 0,
                image_changes: 0,
            },
            notices: settings_notice.into_iter().collect(),
            talk_options: options.talk.clone(),
            presenting: None,
            left_talk: None,
            presenter_was: None,
            fullscreen: false,
            status: None,
            welcome: options.welcome && options.present.is_none(),
            path_entry: None,
            pending_export: None,
            audience: options.audience,
            prepare: prepare::Prepare::default(),
            window: WindowRun {
                animate: options.animate,
                screenshot: options.screenshot.clone().map(screenshot::Job::new),
                first_frame_shown: None,
                wanted_size: options.size.map(egui::Vec2::from),
                no_dialogs: options.no_dialogs,
            },
        };
        if let Some(start) = &options.present {
            app.begin_talk(ctx, Some(start.clone()));
            if let Some(talk) = &mut app.presenting {
                talk.presenter = options.presenter;
            }
        }
        if app.welcome {
            // A recent file's folder may be named in any script.
            let paths: Vec<String> = app
                .settings
                .recent
                .iter()
                .map(|p| p.display().to_string())
                .collect();
            let texts: Vec<&str> = paths.iter().map(String::as_str).collect();
            crate::ui::fonts::draw_every_script(ctx, &texts);
            let missing = app.settings.forget_missing();
            if !missing.is_empty() {
                let notice = Notice::RecentMissing(missing);
                app.status = Some(notice.to_string());
                app.notices.push(notice);
            }
        }
        if !options.animate {
            ctx.all_styles_mut(|style| style.animation_time = 0.0);
        }
        if options.screenshot.is_none() {
            ctx.set_zoom_factor(app.settings.zoom.clamp(0.5, 3.0));
        }
        app.apply_theme(ctx);
        app
    }

    fn theme_choice(&self) -> ThemeChoice {
        self.forced_theme.unwrap_or(self.settings.theme)
    }

    fn accent(&self) -> Option<crate::model::Rgb> {
        self.content
            .as_ref()
            .ok()
            .and_then(|c| c.document.portfolio.accent)
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        let accent = self.accent();
        for dark in [false, true] {
            let visuals = Theme::new(dark, accent, self.window.animate).visuals();
            let which = if dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            };
            ctx.set_visuals_of(which, visuals);
        }
        ctx.set_theme(match self.theme_choice() {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
    }
}

impl eframe::App for FolioApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if let Some(shown) = &self.window.first_frame_shown {
            // eframe presents a frame before it starts the next one, so the second frame's
            // start is when the window first showed content.
            if ctx.cumulative_frame_nr() > 0 {
                let _ = shown.send(());
                self.window.first_frame_shown = None;
            } else {
                ctx.request_repaint();
            }
        }
        if let Some(wanted) = self.window.wanted_size.take() {
            // eframe restores the last session's window size over the one asked for at start;
            // `--size` was asked for explicitly, so it wins. Sizes here are in egui points,
            // which zoom scales; the command line means window points.
            let zoom = ctx.zoom_factor();
            let current = ctx.input(|i| i.viewport().inner_rect.map(|r| r.size() * zoom));
            if current.is_some_and(|size| (size - wanted).length() > 1.0) {
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(wanted / zoom));
            }
        }
        self.check_glyphs(&ctx);
        self.poll_disk(&ctx);
        self.poll_export();
        let theme = Theme::new(
            ctx.theme() == egui::Theme::Dark,
            self.accent(),
            self.window.animate,
        );
        if self.presenting.is_some() {
            self.present_frame(ui, &theme);
            if self.presenting.is_some() {
                if let Some(job) = &mut self.window.screenshot {
                    job.step(&ctx, false);
                }
                return;
            }
        }
        let mut dropped = self.take_dropped_files(&ctx);
        if ctx.input(|input| !input.raw.hovered_files.is_empty()) {
            crate::ui::welcome::drop_hint_ui(&ctx, &theme);
        }
        if self.welcome {
            let mut commands = self.welcome_keys(&ctx);
            commands.append(&mut dropped);
            egui::CentralPanel::default()
                .frame(egui::Frame::new().fill(theme.palette.background))
                .show(ui, |ui| {
                    if let Some(entry) = &mut self.path_entry {
                        chrome::path_entry_ui(entry, ui, &theme, &mut commands);
                    }
                    let state = crate::ui::welcome::WelcomeState {
                        recent: &self.settings.recent,
                        status: self.status.as_deref(),
                    };
                    crate::ui::welcome::welcome_ui(ui, &theme, &state, &mut commands);
                });
            self.apply(&ctx, commands);
            if let Some(job) = &mut self.window.screenshot {
                job.step(&ctx, false);
            }
            return;
        }
        let page = ctx.content_rect().height() * theme::SCROLL_PAGE_FRACTION;
        let (mut commands, key_delta) = self.keyboard(&ctx, page);
        commands.append(&mut dropped);
        match &self.content {
            Ok(_) => self.browse_ui(ui, &theme, key_delta, &mut commands),
            Err(error) => chrome::error_screen_ui(ui, &theme, error),
        }
        if let Some((uri, alt)) = &self.reading.enlarged {
            chrome::enlarged_ui(&ctx, uri, alt, &mut commands);
        }
        self.prepare_frame(&ctx, &theme, &mut commands);
        self.apply(&ctx, commands);
        if self.window.screenshot.is_none() && self.presenting.is_none() {
            self.settings.zoom = ctx.zoom_factor();
        }
        if let Some(job) = &mut self.window.screenshot {
            // A jump still on its way (`--at`) is not what the reader would see.
            job.step(&ctx, self.reading.jump.target().is_some());
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.window.screenshot.is_none()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.window.screenshot.is_none() {
            settings::write_settings(storage, &self.settings);
        }
    }
}
