//! What keys and clicks do: browsing keys read through `ui::keys::BROWSE`, and every
//! [`Command`] the views returned, applied after the frame.

use crate::audience::Audience;
use crate::document::Document;
use crate::ui::Command;
use crate::ui::keys::{self, BrowseAction, BrowseMode};
use crate::ui::theme;

use super::{FolioApp, jump};

impl FolioApp {
    /// What is in front while browsing, most specific first.
    fn browse_modes(&self, ctx: &egui::Context) -> Vec<BrowseMode> {
        if self.reading.enlarged.is_some() {
            return vec![BrowseMode::Enlarged];
        }
        let mut modes = Vec::new();
        if self.reading.search.open {
            modes.push(BrowseMode::Search);
        }
        // While a text field has the keyboard, arrows and Space are its own.
        if !ctx.egui_wants_keyboard_input() {
            modes.push(BrowseMode::Document);
        }
        modes
    }

    /// The welcome screen's keys: only Ctrl+O means anything there (there is no document to
    /// scroll, search, export or present yet).
    pub(super) fn welcome_keys(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        while let Some((action, _)) =
            ctx.input_mut(|input| keys::pressed(input, keys::BROWSE, &[BrowseMode::Document]))
        {
            if action == BrowseAction::Open {
                commands.push(Command::OpenDialog);
            }
        }
        commands
    }

    /// This frame's browsing keys as commands, and a keyboard scroll (in egui's convention:
    /// positive moves content down) for the document view.
    pub(super) fn keyboard(
        &mut self,
        ctx: &egui::Context,
        page: f32,
    ) -> (Vec<Command>, Option<f32>) {
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
                BrowseAction::PresentAnew => commands.push(Command::PresentAnew),
                BrowseAction::Reload => commands.push(Command::Reload),
                BrowseAction::Audience => commands.push(Command::ToggleAudience),
                BrowseAction::Export => {
                    commands.push(Command::Export(crate::ui::ExportKind::Document));
                }
                BrowseAction::Open => commands.push(Command::OpenDialog),
                BrowseAction::Zoom => {}
            }
        }
        // egui scrolls by "infinity" to the very end; a finite bound keeps its arithmetic
        // well-defined.
        (commands, scroll.map(|delta| delta.clamp(-1.0e7, 1.0e7)))
    }

    /// Carries out what the views and keys asked for this frame.
    pub(super) fn apply(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            match command {
                Command::ScrollTo(anchor) => {
                    self.reading.jump = jump::Jump::to(Some(anchor));
                    self.reading.current = Some(anchor);
                }
                Command::OpenUrl(url) => ctx.open_url(egui::OpenUrl::new_tab(url.as_str())),
                Command::SetTheme(choice) => {
                    self.settings.theme = choice;
                    self.forced_theme = None;
                    self.apply_theme(ctx);
                }
                Command::OpenSearch => {
                    self.reading.search.open = true;
                    self.reading.search.focus = true;
                }
                Command::CloseSearch => {
                    self.reading.search.open = false;
                    self.reading.search.query.clear();
                }
                Command::SearchStep(step) => {
                    let search = &mut self.reading.search;
                    if search.total > 0 {
                        let total = search.total as i64;
                        let next = (search.current as i64 + i64::from(step)).rem_euclid(total);
                        search.current = usize::try_from(next).unwrap_or(0);
                        search.scroll = true;
                    }
                }
                Command::Enlarge { uri, alt } => self.reading.enlarged = Some((uri, alt)),
                Command::CloseEnlarged => self.reading.enlarged = None,
                Command::ToggleBanner => self.reading.banner_open = !self.reading.banner_open,
                Command::ToggleWarnings => {
                    self.reading.problems_open = !self.reading.problems_open;
                }
                Command::StartPresenting => self.start_presenting(ctx, false),
                Command::PresentAnew => self.start_presenting(ctx, true),
                Command::Reload => self.reload_now(ctx),
                Command::ToggleAudience => self.set_audience(ctx, self.audience.toggled()),
                Command::SetTrack(track) => {
                    // A track replaces a talk prepared for a posting and a `--tags` filter;
                    // the next F5 is a new talk with these slides.
                    self.talk_options.track = track;
                    self.talk_options.posting = None;
                    self.talk_options.tags.clear();
                    self.left_talk = None;
                }
                Command::Present(action) => {
                    let next = match (&mut self.presenting, &self.content) {
                        (Some(talk), Ok(content)) => talk.act(action, &content.document.portfolio),
                        _ => None,
                    };
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
                Command::DismissStatus => self.status = None,
                Command::Export(kind) => self.export(ctx, kind),
                Command::OpenDialog => self.open_dialog(ctx),
                Command::Open(path) => {
                    if path.is_file() {
                        self.path_entry = None;
                    }
                    self.open_file(ctx, &path);
                }
                Command::ClosePathEntry => self.path_entry = None,
                Command::NewPortfolio => self.new_portfolio(ctx),
                Command::ShowExample => self.welcome = false,
                Command::ImportDialog => self.import_dialog(ctx),
                Command::TogglePrepare
                | Command::OpenPosting
                | Command::UseRecentPosting(_)
                | Command::MoveTalkSlide { .. }
                | Command::DropTalkSlide(_)
                | Command::ResetTalk
                | Command::PresentPrepared
                | Command::ExportPrepared => self.apply_prepare(ctx, command),
            }
        }
    }

    /// Shows the portfolio as `audience` sees it: the document, search and any talk (kept on
    /// its slide, as after a reload) are resolved again from the file as written. Not
    /// remembered: the next start is public again unless `--audience private`.
    pub fn set_audience(&mut self, ctx: &egui::Context, audience: Audience) {
        self.audience = audience;
        let Ok(content) = &mut self.content else {
            return;
        };
        content.document = Document::for_audience(&content.written, audience);
        for talk in [&mut self.presenting, &mut self.left_talk]
            .into_iter()
            .flatten()
        {
            talk.reload(&content.document);
        }
        // Matches and their places belong to the text that was on screen.
        self.reading.search.total = 0;
        self.reading.search.current = 0;
        self.status = Some(match audience {
            Audience::Private => format!(
                "{}: names and figures marked private are shown. Ctrl+Shift+A hides them again.",
                crate::document::words::PRIVATE_VIEW
            ),
            Audience::Public => "Public view: what may be published.".to_owned(),
        });
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.window_title()));
    }
}
