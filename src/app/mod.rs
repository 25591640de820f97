//! The desktop app: loads the portfolio, keeps settings and runtime state, draws the views
//! and applies the commands they return.

mod jump;
mod presenting;
mod screenshot;

use std::path::PathBuf;
use std::sync::Arc;

use egui::RichText;

use crate::cli::Source;
use crate::document::{Anchor, Document, Section};
use crate::load::{Diagnostic, LoadError, Loaded};
use crate::ui::browse::{BrowseContext, document_ui};
use crate::ui::keys::{self, BrowseAction, BrowseMode};
use crate::ui::text::Highlighter;
use crate::ui::theme::{self, Theme};
use crate::ui::toc::toc_ui;
use crate::ui::{Command, ThemeChoice};
use crate::watch::{FileWatcher, WatchEvent};

pub use screenshot::ScreenshotOutcome;

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
    /// Present only this track's slides.
    pub track: Option<String>,
    /// Present only case studies with one of these tags.
    pub tags: Vec<String>,
    /// The talk's target length, overriding the portfolio's `duration`.
    pub duration: Option<std::time::Duration>,
    /// End the process as soon as the first frame has been presented (for start-up
    /// measurements: bench/app.sh times it against a bare window doing the same).
    pub exit_after_first_frame: bool,
}

/// Settings remembered between runs.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light, dark or the system's choice.
    pub theme: ThemeChoice,
    /// egui's zoom factor (Ctrl +/-).
    pub zoom: f32,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            zoom: 1.0,
        }
    }
}

/// The app's state: the loaded portfolio, remembered settings and what changes frame to
/// frame.
pub struct FolioApp {
    settings: Settings,
    forced_theme: Option<ThemeChoice>,
    content: Result<Content, LoadError>,
    search: SearchState,
    /// A jump to a section or case study on its way, or just ended.
    jump: jump::Jump,
    current: Option<Anchor>,
    /// The image shown enlarged: its URI and alternative text.
    enlarged: Option<(String, String)>,
    animate: bool,
    screenshot: Option<screenshot::Job>,
    /// Where the content came from, for reloading.
    source: Option<Source>,
    watcher: Option<FileWatcher>,
    /// The last reload failed: the last good content stays on screen under this error.
    reload_error: Option<LoadError>,
    banner_open: bool,
    warnings_open: bool,
    /// Problems that are not the portfolio's: settings that could not be read, watching
    /// that failed. Shown in the warnings panel.
    notices: Vec<String>,
    /// Counts successful loads, so tests and the UI can tell a reload happened.
    generation: u64,
    /// A talk in progress (present mode).
    presenting: Option<presenting::Presenting>,
    fullscreen: bool,
    /// The track picked for the next talk (from `--track` or the picker).
    track: Option<String>,
    tags: Vec<String>,
    duration: Option<std::time::Duration>,
    exit_after_first_frame: bool,
    /// A size given on the command line, to be applied over the one eframe restores.
    wanted_size: Option<egui::Vec2>,
}

struct Content {
    document: Document,
    base_dir: Option<PathBuf>,
    /// Warnings and semantic errors of this version of the file.
    diagnostics: Vec<Diagnostic>,
    /// What the Problems panel says about characters no bundled font can draw, if any;
    /// `None` until checked, which needs the fonts of a running frame.
    glyph_check: Option<Option<String>>,
}

impl Content {
    fn new(loaded: Loaded) -> Self {
        Self {
            document: Document::new(loaded.portfolio),
            base_dir: loaded.base_dir,
            diagnostics: loaded.diagnostics,
            glyph_check: None,
        }
    }

    /// The notice about characters that show as boxes, once checked and if there are any.
    fn glyph_notice(&self) -> Option<&str> {
        self.glyph_check.as_ref()?.as_deref()
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

#[derive(Default)]
struct SearchState {
    open: bool,
    query: String,
    current: usize,
    total: usize,
    focus: bool,
    scroll: bool,
}

const SETTINGS_KEY: &str = "folio-settings";

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
        let mut notices = Vec::new();
        let settings = read_settings(storage, &mut notices);
        let content = loaded.map(Content::new);
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
            search: SearchState::default(),
            jump: jump::Jump::to(start),
            current: Some(start.unwrap_or(Anchor::Section(Section::Hero))),
            enlarged: None,
            animate: options.animate,
            screenshot: options.screenshot.clone().map(screenshot::Job::new),
            source: None,
            watcher: None,
            reload_error: None,
            banner_open: false,
            warnings_open: false,
            notices,
            generation: 1,
            presenting: None,
            fullscreen: false,
            track: options.track.clone(),
            tags: options.tags.clone(),
            duration: options.duration,
            exit_after_first_frame: options.exit_after_first_frame,
            wanted_size: options.size.map(egui::Vec2::from),
        };
        if let Some(start) = &options.present {
            app.begin_talk(ctx, Some(start.clone()));
            if let Some(talk) = &mut app.presenting {
                talk.presenter = options.presenter;
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
                Ok(watcher) => self.watcher = Some(watcher),
                Err(error) => self.notices.push(error),
            }
        }
        self.source = Some(source);
    }

    /// Loads the file again. On success the new content replaces the old (the scroll
    /// position stays); on failure the last good content stays and the error is shown above
    /// it, or on the error screen if nothing ever loaded.
    pub fn reload(&mut self) {
        let Some(source) = &self.source else {
            return;
        };
        match source.load() {
            Ok(loaded) => {
                let content = Content::new(loaded);
                if let Some(watcher) = &mut self.watcher {
                    let mut files = vec![];
                    if let Source::File(path) = source {
                        files.push(path.clone());
                    }
                    files.extend(content.image_paths());
                    if let Err(error) = watcher.set_files(&files) {
                        self.notices.push(error);
                    }
                }
                if let Some(talk) = &mut self.presenting {
                    talk.reload(&content.document);
                }
                self.content = Ok(content);
                self.reload_error = None;
                self.banner_open = false;
                self.generation += 1;
            }
            Err(error) => {
                if self.content.is_ok() {
                    self.reload_error = Some(error);
                } else {
                    self.content = Err(error);
                }
            }
        }
    }

    /// How many times content has loaded successfully (1 after the first load).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The name shown for the person, when content is loaded.
    pub fn display_name(&self) -> Option<&str> {
        self.content
            .as_ref()
            .ok()
            .map(|c| c.document.portfolio.display_name())
    }

    /// The title of the slide on screen, in present mode.
    pub fn current_slide_title(&self) -> Option<&str> {
        let talk = self.presenting.as_ref()?;
        talk.deck
            .slide(talk.navigator.position.slide)
            .map(|s| s.title.as_str())
    }

    /// The reveal step on the current slide, in present mode.
    pub fn current_step(&self) -> Option<usize> {
        self.presenting
            .as_ref()
            .map(|talk| talk.navigator.position.step)
    }

    /// The section or case study the table of contents shows as current, by id.
    pub fn current_anchor_id(&self) -> Option<String> {
        let portfolio = &self.content.as_ref().ok()?.document.portfolio;
        match self.current? {
            Anchor::Section(section) => Some(section.id().to_owned()),
            Anchor::CaseStudy(index) => portfolio.case_studies.get(index).map(|c| c.id.clone()),
        }
    }

    /// Whether a jump to a section (`--at`, a table-of-contents click) is still on its way.
    pub fn is_jumping(&self) -> bool {
        self.jump.target().is_some()
    }

    /// Whether present mode is on.
    pub fn is_presenting(&self) -> bool {
        self.presenting.is_some()
    }

    fn start_presenting(&mut self, ctx: &egui::Context) {
        let Ok(content) = &self.content else {
            return;
        };
        // Present from where the reader is: the case study in view, else the beginning.
        let start = match self.current {
            Some(Anchor::CaseStudy(index)) => content
                .document
                .portfolio
                .case_studies
                .get(index)
                .map(|c| c.id.clone()),
            Some(Anchor::Section(section)) if section != Section::Hero => {
                Some(section.id().to_owned())
            }
            _ => None,
        };
        self.search.open = false;
        self.begin_talk(ctx, start);
    }

    fn begin_talk(&mut self, ctx: &egui::Context, start: Option<String>) {
        let Ok(content) = &self.content else {
            return;
        };
        let portfolio = &content.document.portfolio;
        match crate::deck::Selection::new(portfolio, self.track.as_deref(), &self.tags) {
            Ok(selection) => {
                self.presenting = Some(presenting::Presenting::new(
                    &content.document,
                    start.as_deref(),
                    ctx.zoom_factor(),
                    selection,
                    self.duration,
                ));
            }
            Err(error) => self.notices.push(error),
        }
    }

    fn stop_presenting(&mut self, ctx: &egui::Context) {
        if let Some(talk) = self.presenting.take() {
            ctx.set_zoom_factor(talk.browse_zoom);
        }
        if self.fullscreen {
            self.fullscreen = false;
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
        }
    }

    fn present_frame(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        let ctx = ui.ctx().clone();
        let Some(talk) = &mut self.presenting else {
            return;
        };
        let Ok(content) = &self.content else {
            return;
        };
        let mut commands = talk.keys(&ctx);
        talk.tick(&ctx);
        let size = ctx.content_rect().size();
        let zoom = presenting::Presenting::fitting_zoom(size, ctx.zoom_factor());
        if (zoom - ctx.zoom_factor()).abs() > 0.005 {
            ctx.set_zoom_factor(zoom);
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(theme.palette.background))
            .show(ui, |ui| {
                let timer = talk.timer_text();
                let mut stage = crate::ui::present::Stage {
                    deck: &talk.deck,
                    position: talk.navigator.position,
                    overlay: &mut talk.overlay,
                    timer,
                    base_dir: content.base_dir.as_deref(),
                };
                crate::ui::present::present_ui(
                    ui,
                    theme,
                    &content.document,
                    &mut stage,
                    &mut commands,
                );
            });
        if talk.presenter {
            let info = crate::ui::present::PresenterInfo {
                elapsed: talk.elapsed_text(),
                slide_time: presenting::clock(talk.current_slide_time()),
                pacing: talk.pacing(),
                clock: chrono::Local::now().format("%H:%M").to_string(),
            };
            let mut close = false;
            ctx.show_viewport_immediate(
                egui::ViewportId::from_hash_of("folio-presenter"),
                egui::ViewportBuilder::default()
                    .with_title("Presenter — folio")
                    .with_inner_size([1100.0, 680.0]),
                |ui, _class| {
                    // Keys pressed in the presenter window move the talk too.
                    commands.extend(talk.keys(ui.ctx()));
                    egui::CentralPanel::default()
                        .frame(
                            egui::Frame::new()
                                .fill(theme.palette.surface)
                                .inner_margin(egui::Margin::same(20)),
                        )
                        .show(ui, |ui| {
                            crate::ui::present::presenter_ui(
                                ui,
                                &theme.scaled(1.0 / ctx.zoom_factor()),
                                &content.document,
                                &talk.deck,
                                talk.navigator.position,
                                &info,
                                content.base_dir.as_deref(),
                            );
                        });
                    if ui.input(|i| i.viewport().close_requested()) {
                        close = true;
                    }
                },
            );
            if close {
                talk.presenter = false;
            }
        }
        self.apply(&ctx, commands);
    }

    /// Whether the last reload failed and its error is shown over the last good content.
    pub fn has_reload_error(&self) -> bool {
        self.reload_error.is_some()
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
            let visuals = Theme::new(dark, accent, self.animate).visuals();
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

    /// The outcome of a screenshot run, once the app has closed.
    pub fn screenshot_outcome(&self) -> Option<ScreenshotOutcome> {
        self.screenshot.as_ref().map(screenshot::Job::outcome)
    }

    /// What is in front while browsing, most specific first.
    fn browse_modes(&self, ctx: &egui::Context) -> Vec<BrowseMode> {
        if self.enlarged.is_some() {
            return vec![BrowseMode::Enlarged];
        }
        let mut modes = Vec::new();
        if self.search.open {
            modes.push(BrowseMode::Search);
        }
        // While a text field has the keyboard, arrows and Space are its own.
        if !ctx.egui_wants_keyboard_input() {
            modes.push(BrowseMode::Document);
        }
        modes
    }

    /// This frame's browsing keys as commands, and a keyboard scroll (in egui's convention:
    /// positive moves content down) for the document view.
    fn keyboard(&mut self, ctx: &egui::Context, page: f32) -> (Vec<Command>, Option<f32>) {
        let modes = self.browse_modes(ctx);
        let mut commands = Vec::new();
        let mut scroll = None;
        while let Some((action, _)) =
            ctx.input_mut(|input| keys::pressed(input, keys::BROWSE, &modes))
        {
            match action {
                BrowseAction::ScrollLines(lines) => {
                    scroll = Some(-f32::from(lines) * theme::SCROLL_LINE);
                }
                BrowseAction::ScrollPages(pages) => scroll = Some(-f32::from(pages) * page),
                BrowseAction::Top => scroll = Some(f32::INFINITY),
                BrowseAction::Bottom => scroll = Some(f32::NEG_INFINITY),
                BrowseAction::Search => commands.push(Command::OpenSearch),
                BrowseAction::SearchStep(step) => {
                    commands.push(Command::SearchStep(i32::from(step)));
                }
                BrowseAction::CloseSearch => commands.push(Command::CloseSearch),
                BrowseAction::CloseImage => commands.push(Command::CloseEnlarged),
                BrowseAction::Present => commands.push(Command::StartPresenting),
                BrowseAction::Zoom => {}
            }
        }
        (commands, scroll.map(|delta| delta.clamp(-1.0e7, 1.0e7)))
    }

    fn apply(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            match command {
                Command::ScrollTo(anchor) => {
                    self.jump = jump::Jump::to(Some(anchor));
                    self.current = Some(anchor);
                }
                Command::OpenUrl(url) => {
                    // The UI only offers openable links; checked again here because this is
                    // where the system is asked to act.
                    if crate::model::is_openable_url(&url) {
                        ctx.open_url(egui::OpenUrl::new_tab(url));
                    }
                }
                Command::SetTheme(choice) => {
                    self.settings.theme = choice;
                    self.forced_theme = None;
                    self.apply_theme(ctx);
                }
                Command::OpenSearch => {
                    self.search.open = true;
                    self.search.focus = true;
                }
                Command::CloseSearch => {
                    self.search.open = false;
                    self.search.query.clear();
                }
                Command::SearchStep(step) => {
                    if self.search.total > 0 {
                        let total = self.search.total as i64;
                        let next = (self.search.current as i64 + i64::from(step)).rem_euclid(total);
                        self.search.current = usize::try_from(next).unwrap_or(0);
                        self.search.scroll = true;
                    }
                }
                Command::Enlarge { uri, alt } => self.enlarged = Some((uri, alt)),
                Command::ToggleBanner => self.banner_open = !self.banner_open,
                Command::ToggleWarnings => self.warnings_open = !self.warnings_open,
                Command::StartPresenting => self.start_presenting(ctx),
                Command::SetTrack(track) => self.track = track,
                Command::CloseEnlarged => self.enlarged = None,
                Command::Present(action) => {
                    let next = self.presenting.as_mut().and_then(|talk| talk.act(action));
                    self.apply(ctx, next.into_iter().collect());
                }
                Command::GoToSlide(index) => {
                    if let Some(talk) = &mut self.presenting {
                        talk.go_to(index);
                    }
                }
                Command::ToggleFullscreen => {
                    self.fullscreen = !self.fullscreen;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(self.fullscreen));
                }
                Command::StopPresenting => self.stop_presenting(ctx),
            }
        }
    }
}

/// The non-modal banner shown while the file on disk does not load: the first message, and
/// on click the full diagnostics as `folio check` prints them.
fn banner_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    error: &LoadError,
    open: bool,
    commands: &mut Vec<Command>,
) {
    let first = error
        .diagnostics
        .first()
        .map(|d| format!("{}: {}", d.location(), d.message))
        .unwrap_or_default();
    let response = egui::Frame::new()
        .fill(theme.palette.bad_soft)
        .stroke(egui::Stroke::new(1.0, theme.palette.bad))
        .inner_margin(egui::Margin::symmetric(16, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new("The file has an error; showing the last version that loaded.")
                    .font(theme.bold(theme::SMALL_SIZE + 1.0))
                    .color(theme.palette.bad),
            );
            ui.label(
                RichText::new(first)
                    .font(theme.small())
                    .color(theme.palette.text),
            );
            if open {
                ui.add_space(theme::LINE_GAP);
                egui::ScrollArea::vertical()
                    .id_salt("banner")
                    .max_height(260.0)
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(error.to_string())
                                .monospace()
                                .color(theme.palette.text),
                        );
                    });
            } else {
                ui.label(
                    RichText::new("Click for details. folio reloads as soon as the file is valid.")
                        .font(theme.small())
                        .color(theme.palette.muted),
                );
            }
        })
        .response
        .interact(egui::Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.clicked() {
        commands.push(Command::ToggleBanner);
    }
}

/// Warnings and semantic errors of the loaded file, and notices about settings or watching.
/// What the Problems panel says about characters that show as boxes, if any. They are named
/// by code point: the panel could not draw them either.
fn glyph_notice(missing: &[char]) -> Option<String> {
    const SHOWN: usize = 8;
    if missing.is_empty() {
        return None;
    }
    let mut examples: Vec<String> = missing
        .iter()
        .take(SHOWN)
        .map(|c| format!("U+{:04X}", u32::from(*c)))
        .collect();
    if missing.len() > SHOWN {
        examples.push("…".to_owned());
    }
    let count = missing.len();
    let characters = if count == 1 {
        "character"
    } else {
        "characters"
    };
    Some(format!(
        "{count} {characters} of the portfolio show as boxes, since neither folio's fonts nor \
         any font installed on this computer can draw them: {}. Installing a font for that \
         script (for example from the Noto family) makes them appear.",
        examples.join(", ")
    ))
}

fn warnings_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    diagnostics: &[Diagnostic],
    notices: &[&str],
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("Problems ({})", diagnostics.len() + notices.len()))
                .font(theme.bold(theme::BODY_SIZE))
                .color(theme.palette.strong),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").clicked() {
                commands.push(Command::ToggleWarnings);
            }
        });
    });
    egui::ScrollArea::vertical()
        .id_salt("warnings")
        .show(ui, |ui| {
            if diagnostics.is_empty() && notices.is_empty() {
                ui.label(RichText::new("No problems found.").color(theme.palette.muted));
            }
            for notice in notices {
                ui.label(RichText::new(*notice).color(theme.palette.warn));
            }
            for diagnostic in diagnostics {
                ui.label(
                    RichText::new(diagnostic.to_string())
                        .monospace()
                        .color(theme.palette.text),
                );
            }
        });
}

fn search_bar_ui(
    search: &mut SearchState,
    ui: &mut egui::Ui,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    egui::Frame::new()
        .fill(theme.palette.surface)
        .stroke(egui::Stroke::new(1.0, theme.palette.border))
        .inner_margin(egui::Margin::symmetric(16, 8))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                let edit = egui::TextEdit::singleline(&mut search.query)
                    .hint_text("Search the portfolio")
                    .desired_width(320.0);
                let response = ui.add(edit);
                if search.focus {
                    response.request_focus();
                    search.focus = false;
                }
                if response.changed() {
                    search.current = 0;
                    search.scroll = true;
                }
                let status = if search.query.trim().is_empty() {
                    String::new()
                } else if search.total == 0 {
                    "No matches".to_owned()
                } else {
                    format!("{} of {}", search.current + 1, search.total)
                };
                ui.label(RichText::new(status).color(theme.palette.muted));
                if ui
                    .button("▲")
                    .on_hover_text("Previous match (Shift+Enter)")
                    .clicked()
                {
                    commands.push(Command::SearchStep(-1));
                }
                if ui.button("▼").on_hover_text("Next match (Enter)").clicked() {
                    commands.push(Command::SearchStep(1));
                }
                if ui.button("×").on_hover_text("Close (Esc)").clicked() {
                    commands.push(Command::CloseSearch);
                }
            });
        });
}

impl FolioApp {
    fn browse_ui(
        &mut self,
        ui: &mut egui::Ui,
        theme: &Theme,
        key_delta: Option<f32>,
        commands: &mut Vec<Command>,
    ) {
        let theme_choice = self.theme_choice();
        let Self {
            content,
            search,
            jump,
            current,
            reload_error,
            banner_open,
            warnings_open,
            notices,
            track,
            generation,
            ..
        } = self;
        let Ok(content) = content else {
            return;
        };
        let show_toc = ui.available_width() >= 900.0;
        if show_toc {
            egui::Panel::left("toc")
                .resizable(false)
                .exact_size(theme::TOC_WIDTH)
                .frame(
                    egui::Frame::new()
                        .fill(theme.palette.surface)
                        .inner_margin(egui::Margin::symmetric(16, 8)),
                )
                .show(ui, |ui| {
                    let problems = content.diagnostics.len()
                        + notices.len()
                        + usize::from(content.glyph_notice().is_some());
                    let state = crate::ui::toc::TocState {
                        current: *current,
                        theme_choice,
                        problems,
                        track: track.as_deref(),
                    };
                    toc_ui(ui, theme, &content.document, &state, commands);
                });
        }
        if *warnings_open {
            egui::Panel::bottom("warnings")
                .resizable(true)
                .default_size(200.0)
                .frame(
                    egui::Frame::new()
                        .fill(theme.palette.surface)
                        .inner_margin(egui::Margin::symmetric(16, 10)),
                )
                .show(ui, |ui| {
                    let notices: Vec<&str> = notices
                        .iter()
                        .map(String::as_str)
                        .chain(content.glyph_notice())
                        .collect();
                    warnings_ui(ui, theme, &content.diagnostics, &notices, commands);
                });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(theme.palette.background))
            .show(ui, |ui| {
                if let Some(error) = reload_error {
                    banner_ui(ui, theme, error, *banner_open, commands);
                }
                if search.open {
                    search_bar_ui(search, ui, theme, commands);
                }
                let mut highlighter = Highlighter {
                    query: if search.open {
                        search.query.clone()
                    } else {
                        String::new()
                    },
                    current: search.current,
                    seen: 0,
                    scroll_to_current: std::mem::take(&mut search.scroll),
                };
                let mut anchor_tops = Vec::new();
                let output = egui::ScrollArea::vertical()
                    .id_salt("document")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if let Some(delta) = key_delta {
                            ui.scroll_with_delta(egui::vec2(0.0, delta));
                        }
                        let base_dir = content.base_dir.as_deref();
                        let mut scroll_request = jump.scroll_request();
                        let mut cx = BrowseContext {
                            theme,
                            highlighter: &mut highlighter,
                            commands,
                            anchor_tops: &mut anchor_tops,
                            scroll_to: &mut scroll_request,
                            base_dir,
                            virtualize: content.document.is_long(),
                            epoch: *generation,
                            // The window's first frame (every pass of it) shows sooner.
                            defer_below_view: ui.ctx().cumulative_frame_nr() == 0,
                        };
                        document_ui(ui, &content.document, &mut cx);
                    });
                search.total = highlighter.seen;
                if search.current >= search.total {
                    search.current = 0;
                }
                let top = jump
                    .target()
                    .and_then(|anchor| anchor_tops.iter().find(|(a, _)| *a == anchor))
                    .map(|(_, y)| *y);
                let user_scrolled =
                    key_delta.is_some() || ui.input(|i| i.smooth_scroll_delta().y != 0.0);
                let images_pending = ui.ctx().has_pending_images();
                let offset = output.state.clamped_offset().y;
                if jump.after_frame(top, user_scrolled, images_pending, offset) {
                    ui.ctx().request_repaint();
                }
                // The current section is the last one whose heading is in the top part of
                // the view, unless a jump is on its way or has just ended there.
                if !jump.holds_current() {
                    let top = output.inner_rect.top()
                        + output.inner_rect.height() * theme::CURRENT_SECTION_FRACTION;
                    *current = anchor_tops
                        .iter()
                        .filter(|(_, y)| *y <= top)
                        .max_by(|a, b| a.1.total_cmp(&b.1))
                        .or(anchor_tops.first())
                        .map(|(anchor, _)| *anchor);
                }
            });
    }

    fn error_ui(ui: &mut egui::Ui, theme: &Theme, error: &LoadError) {
        egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .fill(theme.palette.background)
                    .inner_margin(egui::Margin::same(32)),
            )
            .show(ui, |ui| {
                ui.label(
                    RichText::new("The portfolio could not be opened")
                        .font(theme.bold(theme::SECTION_SIZE))
                        .color(theme.palette.strong),
                );
                ui.label(
                    RichText::new(
                        "Fix the file and save it: folio loads it again by itself. \
                         `folio check FILE` prints the same messages in a terminal.",
                    )
                    .color(theme.palette.muted),
                );
                ui.add_space(theme::BLOCK_GAP);
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.label(
                        RichText::new(error.to_string())
                            .monospace()
                            .color(theme.palette.text),
                    );
                });
            });
    }

    fn enlarged_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let Some((uri, alt)) = &self.enlarged else {
            return;
        };
        let modal = egui::Modal::new(egui::Id::unique("enlarged-image")).show(ctx, |ui| {
            let max = ctx.content_rect().size() * 0.85;
            ui.add(
                egui::Image::new(uri.clone())
                    .fit_to_exact_size(max)
                    .alt_text(alt),
            );
        });
        if modal.should_close() {
            commands.push(Command::CloseEnlarged);
        }
    }
}

impl eframe::App for FolioApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if self.exit_after_first_frame {
            // eframe presents a frame before it starts the next one, so the second frame's
            // start is when the window first showed content. Exiting here, rather than
            // closing, keeps tear-down and saving out of the start-up figure.
            if ctx.cumulative_frame_nr() > 0 {
                std::process::exit(0);
            }
            ctx.request_repaint();
        }
        if let Some(wanted) = self.wanted_size.take() {
            // eframe restores the last session's window size over the one asked for at start;
            // `--size` was asked for explicitly, so it wins. Sizes here are in egui points,
            // which zoom scales; the command line means window points.
            let zoom = ctx.zoom_factor();
            let current = ctx.input(|i| i.viewport().inner_rect.map(|r| r.size() * zoom));
            if current.is_some_and(|size| (size - wanted).length() > 1.0) {
                ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(wanted / zoom));
            }
        }
        // Once per load, and not in the window's first frame, which should show at once: a
        // large portfolio has megabytes of text to look through.
        if let Ok(content) = &mut self.content
            && content.glyph_check.is_none()
        {
            if ctx.cumulative_frame_nr() == 0 {
                ctx.request_repaint();
            } else {
                let texts = content.document.portfolio.all_text();
                // A reload may have brought a script the bundled fonts lack.
                crate::ui::fonts::draw_every_script(&ctx, &texts);
                let missing = theme::missing_glyphs(&ctx, &texts);
                content.glyph_check = Some(glyph_notice(&missing));
            }
        }
        if let Some(watcher) = &self.watcher {
            match watcher.poll() {
                Some(WatchEvent::Changed) => {
                    let before = self.generation;
                    self.reload();
                    // An image may have changed on disk too: decode again.
                    ctx.forget_all_images();
                    if self.generation != before
                        && let Some(name) = self.display_name()
                    {
                        ctx.send_viewport_cmd(egui::ViewportCommand::Title(format!(
                            "{name} — folio"
                        )));
                    }
                }
                Some(WatchEvent::Error(error)) => {
                    self.notices.push(format!("watching for changes: {error}"));
                }
                None => {}
            }
        }
        let theme = Theme::new(
            ctx.theme() == egui::Theme::Dark,
            self.accent(),
            self.animate,
        );
        if self.presenting.is_some() {
            self.present_frame(ui, &theme);
            if self.presenting.is_some() {
                if let Some(job) = &mut self.screenshot {
                    job.step(&ctx, false);
                }
                return;
            }
        }
        let page = ctx.content_rect().height() * theme::SCROLL_PAGE_FRACTION;
        let (mut commands, key_delta) = self.keyboard(&ctx, page);
        match &self.content {
            Ok(_) => self.browse_ui(ui, &theme, key_delta, &mut commands),
            Err(error) => Self::error_ui(ui, &theme, error),
        }
        self.enlarged_ui(&ctx, &mut commands);
        self.apply(&ctx, commands);
        if self.screenshot.is_none() && self.presenting.is_none() {
            self.settings.zoom = ctx.zoom_factor();
        }
        if let Some(job) = &mut self.screenshot {
            // A jump still on its way (`--at`) is not what the reader would see.
            job.step(&ctx, self.jump.target().is_some());
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.screenshot.is_none()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_none() {
            eframe::set_value(storage, SETTINGS_KEY, &self.settings);
        }
    }
}

/// Which graphics backend draws the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RendererChoice {
    /// wgpu: Vulkan, Metal or DirectX 12, for machines whose OpenGL driver is missing or broken.
    Wgpu,
    /// glow: OpenGL 2 or later (or OpenGL ES), the default: it starts sooner and runs on the
    /// oldest hardware (docs/performance.md has the figures).
    Glow,
}

impl RendererChoice {
    fn eframe(self) -> eframe::Renderer {
        match self {
            RendererChoice::Wgpu => eframe::Renderer::Wgpu,
            RendererChoice::Glow => eframe::Renderer::Glow,
        }
    }

    fn name(self) -> &'static str {
        match self {
            RendererChoice::Wgpu => "wgpu",
            RendererChoice::Glow => "glow (OpenGL)",
        }
    }
}

/// Opens the app window on `source` and runs until it is closed. Without a forced
/// `renderer`, glow is tried first and wgpu if glow cannot start.
pub fn run(
    source: &Source,
    options: Options,
    renderer: Option<RendererChoice>,
) -> Result<Option<ScreenshotOutcome>, String> {
    // Loaded once here; only a renderer fallback loads again (the first window took it).
    let mut first_load = Some(source.load());
    if let Some(Ok(loaded)) = &first_load {
        // While the window opens, not after: a portfolio in Chinese or Devanagari waits for
        // the system's fonts in its first frame.
        crate::ui::fonts::prepare_system_fonts(&loaded.portfolio.all_text());
        if let Some(id) = &options.at
            && crate::document::anchor_by_id(&loaded.portfolio, id).is_none()
        {
            return Err(format!(
                "no section or case study `{id}`; valid: {}",
                crate::document::anchor_ids(&loaded.portfolio).join(", ")
            ));
        }
        let selection = crate::deck::Selection::new(
            &loaded.portfolio,
            options.track.as_deref(),
            &options.tags,
        )?;
        if let Some(start) = &options.present {
            let deck = crate::deck::Deck::select(&loaded.portfolio, &selection);
            let count = deck.slides.len();
            let valid = match start.parse::<usize>() {
                Ok(number) => (1..=count).contains(&number),
                Err(_) => deck.find(start).is_some(),
            };
            if !valid {
                return Err(format!(
                    "no slide `{start}`: give a number from 1 to {count} or a slide id; ids: {}",
                    deck.ids().join(", ")
                ));
            }
        }
    }
    // Without a display neither renderer can start, and the second attempt's error ("EventLoop
    // can't be recreated") would hide the reason: say it plainly, before trying.
    if cfg!(all(unix, not(target_os = "macos")))
        && std::env::var_os("DISPLAY").is_none_or(|v| v.is_empty())
        && std::env::var_os("WAYLAND_DISPLAY").is_none_or(|v| v.is_empty())
    {
        return Err(
            "no display found: folio opens a window, which needs an X11 or Wayland \
                    session (DISPLAY or WAYLAND_DISPLAY is not set); `folio check` and `folio \
                    metrics` need none"
                .to_owned(),
        );
    }
    let order = match renderer {
        Some(choice) => vec![choice],
        None => vec![RendererChoice::Glow, RendererChoice::Wgpu],
    };
    let mut failures = Vec::new();
    for choice in order {
        let loaded = first_load.take().unwrap_or_else(|| source.load());
        match run_with(source, loaded, &options, choice) {
            Ok(outcome) => return Ok(outcome),
            Err(error) => {
                eprintln!(
                    "folio: the {} renderer could not start: {error}",
                    choice.name()
                );
                failures.push(format!("{}: {error}", choice.name()));
                if renderer.is_none() && choice == RendererChoice::Glow {
                    eprintln!("folio: falling back to wgpu");
                }
            }
        }
    }
    Err(format!(
        "cannot open a window ({}); see Troubleshooting in the README",
        failures.join("; ")
    ))
}

fn run_with(
    source: &Source,
    loaded: Result<Loaded, LoadError>,
    options: &Options,
    choice: RendererChoice,
) -> Result<Option<ScreenshotOutcome>, String> {
    let title = match &loaded {
        Ok(loaded) => format!("{} — folio", loaded.portfolio.display_name()),
        Err(_) => "folio".to_owned(),
    };
    let size = options.size.unwrap_or([1280.0, 820.0]);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id("folio")
        .with_inner_size(size)
        .with_min_inner_size([640.0, 480.0])
        .with_icon(Arc::new(crate::ui::icon::app_icon()));
    if options.screenshot.is_some() {
        viewport = viewport.with_resizable(false);
    }
    let native = eframe::NativeOptions {
        viewport,
        renderer: choice.eframe(),
        persist_window: options.screenshot.is_none(),
        // A screenshot is taken as on a machine that never ran folio: eframe would otherwise
        // restore the last window size over `--size`, and remembered settings. Nothing is
        // saved in screenshot mode, so this file is never written.
        persistence_path: options.screenshot.as_ref().map(|_| {
            std::env::temp_dir()
                .join(format!("folio-screenshot-{}", std::process::id()))
                .join("app.ron")
        }),
        wgpu_options: wgpu_configuration(),
        // folio adds the system's fonts itself, and only for text that needs them
        // (`ui::fonts::draw_every_script`).
        system_font_fallback: false,
        ..Default::default()
    };
    let outcome = Arc::new(std::sync::Mutex::new(None));
    let outcome_slot = Arc::clone(&outcome);
    let source = source.clone();
    let options = options.clone();
    eframe::run_native(
        "folio",
        native,
        Box::new(move |cc| {
            let mut app = FolioApp::new(&cc.egui_ctx, cc.storage, loaded, &options);
            if options.watch {
                app.watch(&cc.egui_ctx, source);
            }
            Ok(Box::new(OutcomeReporter {
                app,
                slot: outcome_slot,
            }))
        }),
    )
    .map_err(|error| error.to_string())?;
    let result = outcome.lock().map(|mut slot| slot.take()).unwrap_or(None);
    Ok(result)
}

/// wgpu as folio wants it: the native APIs only (Vulkan, Metal, DirectX 12), since glow is
/// the OpenGL renderer and wgpu's own OpenGL backend would only add start-up work; and the
/// integrated GPU where a laptop has two, since a portfolio needs no discrete GPU and an
/// hour-long call should not wake one. `WGPU_BACKEND` and `WGPU_POWER_PREF` still override.
fn wgpu_configuration() -> eframe::WgpuConfiguration {
    use eframe::egui_wgpu::{WgpuSetup, WgpuSetupCreateNew};
    use eframe::wgpu::{Backends, PowerPreference};
    let mut setup = WgpuSetupCreateNew::without_display_handle();
    setup.instance_descriptor.backends = Backends::from_env().unwrap_or(Backends::PRIMARY);
    setup.power_preference = PowerPreference::from_env().unwrap_or(PowerPreference::LowPower);
    eframe::WgpuConfiguration {
        wgpu_setup: WgpuSetup::CreateNew(setup),
        ..Default::default()
    }
}

/// Hands the screenshot outcome back to `run` when the window closes.
struct OutcomeReporter {
    app: FolioApp,
    slot: Arc<std::sync::Mutex<Option<ScreenshotOutcome>>>,
}

impl eframe::App for OutcomeReporter {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        eframe::App::ui(&mut self.app, ui, frame);
        if let Some(outcome) = self.app.screenshot_outcome()
            && let Ok(mut slot) = self.slot.lock()
        {
            *slot = Some(outcome);
        }
    }

    fn persist_egui_memory(&self) -> bool {
        self.app.persist_egui_memory()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.app, storage);
    }
}

/// Reads the remembered settings. Settings that cannot be read (an older or damaged file)
/// are reset to the defaults, and the user is told so rather than left guessing.
fn read_settings(storage: Option<&dyn eframe::Storage>, notices: &mut Vec<String>) -> Settings {
    let Some(text) = storage.and_then(|s| s.get_string(SETTINGS_KEY)) else {
        return Settings::default();
    };
    match ron::from_str(&text) {
        Ok(settings) => settings,
        Err(error) => {
            notices.push(format!(
                "The saved settings could not be read ({error}) and were reset to the defaults."
            ));
            Settings::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct FakeStorage(Option<String>);

    impl eframe::Storage for FakeStorage {
        fn get_string(&self, _key: &str) -> Option<String> {
            self.0.clone()
        }
        fn set_string(&mut self, _key: &str, value: String) {
            self.0 = Some(value);
        }
        fn remove_string(&mut self, _key: &str) {
            self.0 = None;
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn damaged_settings_are_reset_with_a_notice() {
        let mut notices = Vec::new();
        let storage = FakeStorage(Some("(theme: Purple, zoom: \"big\"".into()));
        let settings = read_settings(Some(&storage), &mut notices);
        assert_eq!(settings.theme, ThemeChoice::System);
        assert_eq!(notices.len(), 1);
        assert!(notices[0].contains("reset to the defaults"), "{notices:?}");
    }

    #[test]
    fn saved_settings_are_read_back() {
        let mut notices = Vec::new();
        let storage = FakeStorage(Some("(theme: Dark, zoom: 1.25)".into()));
        let settings = read_settings(Some(&storage), &mut notices);
        assert_eq!((settings.theme, settings.zoom), (ThemeChoice::Dark, 1.25));
        assert!(notices.is_empty());
        let missing = read_settings(None, &mut notices);
        assert_eq!(missing.theme, ThemeChoice::System);
    }
}
