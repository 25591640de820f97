//! The two frames the window draws: present mode (the slide, the presenter window) and
//! reading (the table of contents, Problems, the banner and search bar, the document).

use crate::ui::browse::{BrowseContext, document_ui};
use crate::ui::chrome;
use crate::ui::sections::SectionContext;
use crate::ui::text::Highlighter;
use crate::ui::theme::{self, Theme};
use crate::ui::toc::toc_ui;

use super::notice::Notice;
use super::{FolioApp, presenting};
use crate::ui::Command;

impl FolioApp {
    /// One frame of present mode: keys from either window, the slide, the presenter window.
    pub(super) fn present_frame(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        let ctx = ui.ctx().clone();
        let generation = self.generation();
        let Some(talk) = &mut self.presenting else {
            return;
        };
        let Ok(content) = &self.content else {
            return;
        };
        let just_focused = talk.just_focused(&ctx);
        let mut commands = talk.keys(&ctx, false, &content.document.portfolio);
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
                // What was typed in the presenter window is answered there.
                let flash = talk
                    .flash_text()
                    .filter(|_| !talk.flash_private)
                    .map(str::to_owned);
                let overlay_private =
                    talk.overlay_private && talk.overlay != crate::ui::present::Overlay::None;
                let mut stage = crate::ui::present::Stage {
                    deck: &talk.deck,
                    position: talk.navigator.position,
                    overlay: &mut talk.overlay,
                    timer,
                    base_dir: content.base_dir.as_deref(),
                    layouts: &mut talk.layouts,
                    generation,
                    flash: flash.as_deref(),
                    overlay_private,
                };
                let mut clicked = Vec::new();
                crate::ui::present::present_ui(
                    ui,
                    theme,
                    &content.document,
                    &mut stage,
                    &mut clicked,
                );
                // The click that brought the window back from the call app only focuses it.
                if just_focused {
                    clicked
                        .retain(|c| *c != Command::Present(crate::ui::keys::PresentAction::Next));
                }
                commands.extend(clicked);
            });
        if talk.presenter {
            let info = crate::ui::present::PresenterInfo {
                elapsed: talk.elapsed_text(),
                slide_time: presenting::clock(talk.current_slide_time()),
                pacing: talk.pacing(),
                clock: chrono::Local::now().format("%H:%M").to_string(),
                answers: talk.posting_answers(),
                paused: talk.clock.is_paused(),
                message: talk.presenter_message(),
                private: talk.overlay_private,
            };
            let mut close = false;
            // Where the presenter left the window (a talk left with Esc and resumed), else
            // its default size.
            let mut builder = egui::ViewportBuilder::default().with_title("Presenter — folio");
            builder = match talk.presenter_rect {
                Some(rect) => builder.with_position(rect.min).with_inner_size(rect.size()),
                None => builder.with_inner_size(theme::PRESENTER_WINDOW_SIZE),
            };
            ctx.show_viewport_immediate(
                egui::ViewportId::from_hash_of("folio-presenter"),
                builder,
                |ui, _class| {
                    if let Some(inner) = ui.input(|i| i.viewport().inner_rect)
                        && let Some(outer) = ui.input(|i| i.viewport().outer_rect)
                    {
                        talk.presenter_rect =
                            Some(egui::Rect::from_min_size(outer.min, inner.size()));
                    }
                    // Keys pressed in the presenter window move the talk too.
                    commands.extend(talk.keys(ui.ctx(), true, &content.document.portfolio));
                    egui::CentralPanel::default()
                        .frame(
                            egui::Frame::new()
                                .fill(theme.palette.surface)
                                .inner_margin(egui::Margin::same(theme::PRESENTER_PADDING)),
                        )
                        .show(ui, |ui| {
                            let source = crate::ui::present::SlideSource {
                                document: &content.document,
                                deck: &talk.deck,
                                base_dir: content.base_dir.as_deref(),
                                generation,
                                dark: theme.dark,
                            };
                            crate::ui::present::presenter_ui(
                                ui,
                                &theme.scaled(1.0 / ctx.zoom_factor()),
                                &source,
                                &mut talk.layouts,
                                talk.navigator.position,
                                &info,
                                &mut talk.overlay,
                                &mut commands,
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

    /// One frame of the document: the table of contents, the Problems panel, the banner and
    /// search bar, and the document itself, scrolled by keys, jumps and search.
    pub(super) fn browse_ui(
        &mut self,
        ui: &mut egui::Ui,
        theme: &Theme,
        key_delta: Option<f32>,
        commands: &mut Vec<Command>,
    ) {
        let theme_choice = self.theme_choice();
        let Self {
            content,
            reading,
            disk,
            notices,
            talk_options,
            status,
            path_entry,
            ..
        } = self;
        let Ok(content) = content else {
            return;
        };
        let glyph_notice = content.glyph_notice();
        if ui.available_width() >= theme::TOC_MIN_WINDOW_WIDTH {
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
                        + usize::from(glyph_notice.is_some());
                    let state = crate::ui::toc::TocState {
                        current: reading.current,
                        theme_choice,
                        problems,
                        track: talk_options.track.as_deref(),
                        posting: talk_options.posting.as_ref().map(|p| p.name.as_str()),
                        tags: &talk_options.tags,
                    };
                    toc_ui(ui, theme, &content.document, &state, commands);
                });
        }
        if reading.problems_open {
            egui::Panel::bottom("warnings")
                .resizable(true)
                .default_size(theme::PROBLEMS_HEIGHT)
                .frame(
                    egui::Frame::new()
                        .fill(theme.palette.surface)
                        .inner_margin(egui::Margin::symmetric(16, 10)),
                )
                .show(ui, |ui| {
                    let notices: Vec<String> = notices
                        .iter()
                        .chain(glyph_notice.as_ref())
                        .map(Notice::to_string)
                        .collect();
                    chrome::problems_ui(ui, theme, &content.diagnostics, &notices, commands);
                });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(theme.palette.background))
            .show(ui, |ui| {
                if let Some(error) = &disk.reload_error {
                    chrome::banner_ui(ui, theme, error, reading.banner_open, commands);
                }
                if let Some(text) = status {
                    chrome::status_ui(ui, theme, text, commands);
                }
                if let Some(entry) = path_entry {
                    chrome::path_entry_ui(entry, ui, theme, commands);
                }
                let search = &mut reading.search;
                if search.open {
                    chrome::search_bar_ui(search, ui, theme, commands);
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
                let jump = &mut reading.jump;
                let mut anchor_tops = Vec::new();
                let output = egui::ScrollArea::vertical()
                    .id_salt("document")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        if let Some(delta) = key_delta {
                            ui.scroll_with_delta(egui::vec2(0.0, delta));
                        }
                        let mut scroll_request = jump.scroll_request();
                        let mut cx = BrowseContext {
                            section: SectionContext {
                                theme,
                                highlighter: &mut highlighter,
                                commands,
                                base_dir: content.base_dir.as_deref(),
                                // The window's first frame (every pass of it) shows sooner,
                                // unless a jump needs every section laid out.
                                defer_below_view: ui.ctx().cumulative_frame_nr() == 0
                                    && scroll_request.is_none(),
                            },
                            anchor_tops: &mut anchor_tops,
                            scroll_to: &mut scroll_request,
                            virtualize: content.document.is_long(),
                            epoch: disk.generation,
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
                    reading.current = anchor_tops
                        .iter()
                        .filter(|(_, y)| *y <= top)
                        .max_by(|a, b| a.1.total_cmp(&b.1))
                        .or(anchor_tops.first())
                        .map(|(anchor, _)| *anchor);
                }
            });
    }
}
