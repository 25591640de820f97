//! What present mode shows in front of the slide: the key list, the slide overview, the jump
//! palette; and a slide drawn small, which the overview and the presenter window share.

use egui::{Align, CornerRadius, Rect, RichText, Sense, Ui, pos2, vec2};

use super::super::keys::{self, PresentMode};
use super::super::paint::{Interaction, Placement, page_ui};
use super::super::theme::{self, Theme};
use super::{CANVAS, CANVAS_SIZE, PALETTE_RESULTS, SlideSource};
use crate::deck::pages::SlideLayouts;
use crate::deck::{Deck, Position};

pub(super) fn overlay_frame(ui: &Ui, theme: &Theme, rect: Rect) -> Rect {
    ui.painter()
        .rect_filled(rect, CornerRadius::ZERO, theme.palette.background);
    rect.shrink2(vec2(rect.width() * 0.12, rect.height() * 0.1))
}

/// The key list: the slide's keys on the left, those of each overlay on the right, all read
/// from [`keys::PRESENT`].
pub(super) fn help_ui(ui: &mut Ui, theme: &Theme, rect: Rect) {
    let area = overlay_frame(ui, theme, rect);
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(area));
    child.label(
        RichText::new("Keys")
            .font(theme.bold(theme::OVERLAY_TITLE_SIZE))
            .color(theme.palette.strong),
    );
    child.add_space(theme::BLOCK_GAP);
    let key_font = theme.bold(theme::OVERLAY_TEXT_SIZE);
    let help_font = theme.regular(theme::OVERLAY_TEXT_SIZE);
    let rows = |ui: &mut Ui, id: &str, modes: &[PresentMode]| {
        let mut last_mode = None;
        // Long rows wrap inside their half rather than run into the other.
        let cell_width = (ui.available_width() - theme::OVERLAY_COLUMN_GAP * 2.0) / 2.0;
        egui::Grid::new(id)
            .num_columns(2)
            .max_col_width(cell_width)
            .spacing(vec2(theme::OVERLAY_COLUMN_GAP, theme::LINE_GAP))
            .show(ui, |ui| {
                for binding in keys::PRESENT {
                    // Each row once, under the mode it belongs to first.
                    let Some(mode) = binding.modes.first().filter(|m| modes.contains(m)) else {
                        continue;
                    };
                    if modes.len() > 1 && last_mode != Some(*mode) {
                        last_mode = Some(*mode);
                        ui.label(
                            RichText::new(capitalised(mode.title()))
                                .font(theme.bold(theme::OVERLAY_TEXT_SIZE))
                                .color(theme.palette.strong),
                        );
                        ui.end_row();
                    }
                    ui.add(
                        egui::Label::new(
                            RichText::new(binding.keys)
                                .font(key_font.clone())
                                .color(theme.palette.accent),
                        )
                        .wrap(),
                    );
                    ui.add(
                        egui::Label::new(
                            RichText::new(binding.help)
                                .font(help_font.clone())
                                .color(theme.palette.text),
                        )
                        .wrap(),
                    );
                    ui.end_row();
                }
            });
    };
    child.columns(2, |columns| {
        if let [left, right] = columns {
            rows(left, "present-keys", &[PresentMode::Slide]);
            rows(
                right,
                "overlay-keys",
                &[
                    PresentMode::Number,
                    PresentMode::Overview,
                    PresentMode::Palette,
                    PresentMode::Blank,
                    PresentMode::Help,
                ],
            );
        }
    });
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
pub(super) fn overview_ui(
    ui: &mut Ui,
    theme: &Theme,
    rect: Rect,
    source: &SlideSource<'_>,
    layouts: &mut SlideLayouts,
    position: Position,
    selected: usize,
) -> Option<usize> {
    let deck = source.deck;
    let area = overlay_frame(ui, theme, rect);
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(area));
    child.label(
        RichText::new("Slides")
            .font(theme.bold(theme::OVERLAY_TITLE_SIZE))
            .color(theme.palette.strong),
    );
    child.add_space(theme::BLOCK_GAP);
    let columns = 4;
    let gap = theme::OVERVIEW_GAP;
    let card_width = (area.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let thumb_height = card_width * CANVAS.y / CANVAS.x;
    let mut chosen = None;
    egui::ScrollArea::vertical()
        .id_salt("overview")
        .show(&mut child, |ui| {
            for (row, slides) in deck.slides.chunks(columns).enumerate() {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = gap;
                    for (i, slide) in slides.iter().enumerate() {
                        let index = row * columns + i;
                        let (card, response) = ui.allocate_exact_size(
                            vec2(card_width, thumb_height + theme::OVERVIEW_CAPTION_HEIGHT),
                            Sense::click(),
                        );
                        let thumb = Rect::from_min_size(card.min, vec2(card_width, thumb_height));
                        let last_step = slide.steps.saturating_sub(1);
                        thumbnail_in(ui, theme, source, layouts, index, last_step, thumb);
                        let current = index == position.slide;
                        let (stroke_width, stroke_color) = if index == selected {
                            (3.0, theme.palette.accent)
                        } else if current {
                            (2.0, theme.palette.accent.gamma_multiply(0.6))
                        } else {
                            (1.0, theme.palette.border)
                        };
                        ui.painter().rect_stroke(
                            thumb,
                            CornerRadius::same(8),
                            egui::Stroke::new(stroke_width, stroke_color),
                            egui::StrokeKind::Outside,
                        );
                        let caption = ui.painter().layout(
                            format!("{}  {}", index + 1, slide.title),
                            theme.bold(theme::SMALL_SIZE),
                            theme.palette.strong,
                            card_width,
                        );
                        ui.painter().galley(
                            pos2(card.left(), thumb.bottom() + 6.0),
                            caption,
                            theme.palette.strong,
                        );
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, &slide.title)
                        });
                        // The thumbnails' layers lie above the cards and can take their
                        // clicks, so a click is also matched by where it landed.
                        let clicked_here = ui.input(|i| {
                            i.pointer.primary_clicked()
                                && i.pointer.interact_pos().is_some_and(|p| card.contains(p))
                        }) && ui.clip_rect().intersects(card);
                        if response.clicked() || clicked_here {
                            chosen = Some(index);
                        }
                    }
                });
                ui.add_space(gap);
            }
        });
    chosen
}

pub(super) fn palette_ui(
    ui: &mut Ui,
    theme: &Theme,
    rect: Rect,
    deck: &Deck,
    portfolio: &crate::model::Portfolio,
    query: &mut String,
    selected: &mut usize,
) -> Option<usize> {
    let area = overlay_frame(ui, theme, rect);
    let area = Rect::from_min_size(area.min, vec2(area.width(), area.height()));
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(area));
    child.label(
        RichText::new("Jump to")
            .font(theme.bold(theme::PALETTE_TITLE_SIZE))
            .color(theme.palette.strong),
    );
    child.add_space(theme::LINE_GAP * 2.0);
    let edit = child.add(
        egui::TextEdit::singleline(query)
            .hint_text("a title, tag, figure or word: \"cut costs\", \"latency\"")
            .font(theme.regular(theme::PALETTE_QUERY_SIZE))
            .desired_width(area.width()),
    );
    edit.request_focus();
    let hits = deck.palette(portfolio, query);
    if *selected >= hits.len().min(PALETTE_RESULTS) {
        *selected = 0;
    }
    child.add_space(theme::LINE_GAP * 2.0);
    let mut chosen = None;
    for (rank, hit) in hits.iter().take(PALETTE_RESULTS).enumerate() {
        // What the row goes to, and (when something was typed) why it matched.
        let mut text = egui::text::LayoutJob::default();
        RichText::new(format!("{}   {}", hit.slide + 1, hit.label))
            .font(theme.regular(theme::PALETTE_RESULT_SIZE))
            .color(theme.palette.text)
            .append_to(
                &mut text,
                child.style(),
                egui::FontSelection::Default,
                Align::Center,
            );
        if !query.trim().is_empty() && !hit.why.is_empty() {
            RichText::new(format!("   {}", hit.why))
                .font(theme.small())
                .color(theme.palette.muted)
                .append_to(
                    &mut text,
                    child.style(),
                    egui::FontSelection::Default,
                    Align::Center,
                );
        }
        let response = child.add(
            egui::Button::selectable(rank == *selected, text)
                .min_size(vec2(area.width(), theme::PALETTE_ROW_HEIGHT)),
        );
        if response.clicked() {
            chosen = Some(hit.slide);
        }
    }
    if hits.is_empty() {
        child.label(RichText::new("No slide matches.").color(theme.palette.muted));
    }
    chosen
}

/// A slide drawn small, in a 16:9 box of `width`.
pub(super) fn thumbnail_ui(
    ui: &mut Ui,
    theme: &Theme,
    source: &SlideSource<'_>,
    layouts: &mut SlideLayouts,
    (index, step): (usize, usize),
    width: f32,
) {
    let size = vec2(width, width * CANVAS.y / CANVAS.x);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    thumbnail_in(ui, theme, source, layouts, index, step, rect);
}

/// Slide `index` at `step` painted into `rect`: the very items the slide shows, scaled.
pub(super) fn thumbnail_in(
    ui: &mut Ui,
    theme: &Theme,
    source: &SlideSource<'_>,
    layouts: &mut SlideLayouts,
    index: usize,
    step: usize,
    rect: Rect,
) {
    ui.painter()
        .rect_filled(rect, CornerRadius::same(8), theme.palette.background);
    if let Some(page) = source.page(layouts, index, step) {
        let mut ignored = Vec::new();
        let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect));
        child.set_clip_rect(rect.intersect(ui.clip_rect()));
        page_ui(
            &mut child,
            &page,
            Placement::fit(rect, CANVAS_SIZE),
            Interaction::Picture,
            &mut ignored,
        );
    }
}
