//! Text helpers: paragraphs, chips and badges that show search matches, and plain badges.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, CornerRadius, FontId, Galley, Response, RichText, Ui};

use super::theme::{self, Theme};
use crate::document::find_matches;

/// Search state while one frame is drawn: every paragraph reports its matches here, numbered
/// in document order, so "3 of 12" and stepping through them need no second pass.
#[derive(Debug, Default)]
pub struct Highlighter {
    /// What is searched for (empty: nothing is highlighted).
    pub query: String,
    /// The index of the current match.
    pub current: usize,
    /// Matches seen so far in this frame; the total once the frame is drawn.
    pub seen: usize,
    /// Scroll the current match into view when it is drawn.
    pub scroll_to_current: bool,
}

impl Highlighter {
    /// Draws `text` wrapped to the available width, with matches highlighted.
    pub fn text(
        &mut self,
        ui: &mut Ui,
        theme: &Theme,
        text: &str,
        font: FontId,
        color: Color32,
    ) -> Response {
        let mut job = LayoutJob {
            wrap: egui::text::TextWrapping {
                max_width: ui.available_width(),
                ..Default::default()
            },
            ..Default::default()
        };
        let plain = TextFormat {
            font_id: font.clone(),
            color,
            line_height: Some(font.size * 1.5),
            ..Default::default()
        };
        let current_here = self.mark(theme, text, plain, &mut job);
        let response = ui.label(job);
        self.reveal(ui, current_here, response.rect);
        response
    }

    /// A small rounded chip, for a tag: its words are found, counted and scrolled to like
    /// running text's, since a reader searching for "Kubernetes" means the tag too.
    pub fn chip(&mut self, ui: &mut Ui, theme: &Theme, text: &str) -> Response {
        let font = theme.small();
        self.pill(
            ui,
            theme,
            text,
            font,
            theme.palette.muted,
            theme.palette.surface_alt,
        )
    }

    /// A coloured [`badge`] whose words are searched like running text's.
    pub fn badge(
        &mut self,
        ui: &mut Ui,
        theme: &Theme,
        text: &str,
        color: Color32,
        fill: Color32,
    ) -> Response {
        self.pill(ui, theme, text, badge_font(theme), color, fill)
    }

    fn pill(
        &mut self,
        ui: &mut Ui,
        theme: &Theme,
        text: &str,
        font: FontId,
        color: Color32,
        fill: Color32,
    ) -> Response {
        // One line, as `Painter::layout_no_wrap` lays out a plain pill: a pill is sized from
        // its text before it is placed.
        let mut job = LayoutJob {
            break_on_newline: false,
            ..Default::default()
        };
        let plain = TextFormat::simple(font, color);
        let current_here = self.mark(theme, text, plain, &mut job);
        let galley = ui.painter().layout_job(job);
        let response = padded(ui, text, galley, color, fill);
        self.reveal(ui, current_here, response.rect);
        response
    }

    /// Appends `text` to `job` in `plain`, its matches on the highlight colours, numbering
    /// them on from the matches seen before; whether the current match is among them.
    fn mark(&mut self, theme: &Theme, text: &str, plain: TextFormat, job: &mut LayoutJob) -> bool {
        let matches = find_matches(text, &self.query);
        let mut cursor = 0;
        let mut current_here = false;
        for range in &matches {
            if let Some(before) = text.get(cursor..range.start) {
                job.append(before, 0.0, plain.clone());
            }
            let is_current = self.seen == self.current;
            current_here |= is_current;
            let background = if is_current {
                theme.palette.highlight_current
            } else {
                theme.palette.highlight
            };
            let color = theme.palette.strong;
            if let Some(found) = text.get(range.clone()) {
                job.append(
                    found,
                    0.0,
                    TextFormat {
                        background,
                        color,
                        ..plain.clone()
                    },
                );
            }
            self.seen += 1;
            cursor = range.end;
        }
        if let Some(rest) = text.get(cursor..) {
            job.append(rest, 0.0, plain);
        }
        current_here
    }

    /// Scrolls `rect` into view when it holds the current match and the search asked to
    /// be taken there.
    fn reveal(&mut self, ui: &Ui, current_here: bool, rect: egui::Rect) {
        if current_here && self.scroll_to_current {
            ui.scroll_to_rect(rect, Some(egui::Align::Center));
            self.scroll_to_current = false;
        }
    }
}

/// A coloured badge, for an improvement or a factor.
pub fn badge(ui: &mut Ui, theme: &Theme, text: &str, color: Color32, fill: Color32) -> Response {
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), badge_font(theme), color);
    padded(ui, text, galley, color, fill)
}

/// "Private view", in the colours of a warning: drawn in browse, on the slide and in the
/// presenter window while the private view is on, so that a shared screen never shows it
/// by surprise.
pub fn private_view_badge(ui: &mut Ui, theme: &Theme) -> Response {
    badge(
        ui,
        theme,
        crate::document::words::PRIVATE_VIEW,
        theme.palette.bad,
        theme.palette.bad_soft,
    )
}

/// The width [`badge`] takes for `text`, before it is drawn.
pub fn badge_width(ui: &Ui, theme: &Theme, text: &str) -> f32 {
    let galley =
        ui.painter()
            .layout_no_wrap(text.to_owned(), badge_font(theme), theme.palette.text);
    galley.size().x + CHIP_PADDING.x * 2.0
}

fn badge_font(theme: &Theme) -> FontId {
    theme.bold(theme::SMALL_SIZE + 0.5)
}

/// Padding inside a chip or badge.
const CHIP_PADDING: egui::Vec2 = egui::vec2(9.0, 3.0);

/// `galley` (the laid-out `text`) on a rounded fill, its size known before it is placed so
/// that wrapping rows of pills know it (a `Frame` only knows its size after its content is
/// drawn).
fn padded(ui: &mut Ui, text: &str, galley: Arc<Galley>, color: Color32, fill: Color32) -> Response {
    let padding = CHIP_PADDING;
    let size = galley.size() + padding * 2.0;
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter()
            .rect_filled(rect, CornerRadius::same(theme::CHIP_RADIUS), fill);
        ui.painter().galley(rect.min + padding, galley, color);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// A small uppercase label above a block ("PROBLEM").
pub fn eyebrow(ui: &mut Ui, theme: &Theme, text: &str) -> Response {
    ui.label(
        RichText::new(text.to_uppercase())
            .font(theme.bold(theme::SMALL_SIZE - 1.0))
            .color(theme.palette.accent)
            .extra_letter_spacing(1.2),
    )
}

/// Facts about an entry on one line: "Acme  ·  2021 – present  ·  Berlin".
pub fn meta_line<S: AsRef<str>>(parts: &[S]) -> String {
    crate::document::meta::line(parts)
}
