//! What present mode shows in front of the slide: the key list, the slide overview, the jump
//! palette; and a slide drawn small, which the overview and the presenter window share.

use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align, CornerRadius, Galley, Rect, RichText, Sense, Ui, pos2, vec2};

use super::super::keys::{self, PresentMode};
use super::super::paint::{Interaction, Placement, page_ui};
use super::super::theme::{self, Theme};
use super::{CANVAS, CANVAS_SIZE, PALETTE_RESULTS, SlideSource};
use crate::deck::pages::SlideLayouts;
use crate::deck::{Deck, Position};

pub(super) fn overlay_frame(ui: &Ui, theme: &Theme, rect: Rect) -> Rect {
    ui.painter()
        .rect_filled(rect, CornerRadius::ZERO, theme.palette.background);
    overlay_area(rect)
}

/// The part of `rect` an overlay's content takes.
fn overlay_area(rect: Rect) -> Rect {
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

/// The slide grid (`O`): every slide small with its number and title, the slide being shown
/// and the selected one outlined; a click, or Enter on the selection, goes there. It opens
/// scrolled to the selected slide and follows the selection as the keys move it, and each
/// row is as tall as its longest caption, so a caption never runs under the next row.
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
    let columns = theme::OVERVIEW_COLUMNS;
    let gap = theme::OVERVIEW_GAP;
    let card_width = (area.width() - gap * (columns as f32 - 1.0)) / columns as f32;
    let thumb_height = card_width * CANVAS.y / CANVAS.x;
    // Every caption is laid out before a row is placed: a row is as tall as its tallest
    // caption, and where the selected card lies is known before the grid is scrolled.
    let captions: Vec<Caption> = (deck.slides.iter().enumerate())
        .map(|(index, slide)| {
            let text = format!("{}  {}", index + 1, slide.title);
            caption(&child, theme, text, card_width)
        })
        .collect();
    let heights: Vec<f32> = (captions.chunks(columns))
        .map(|row| {
            let tallest = row.iter().map(|c| c.galley.size().y).fold(0.0, f32::max);
            thumb_height + theme::OVERVIEW_CAPTION_GAP + tallest
        })
        .collect();
    let selected_row = selected / columns;
    let mut scroll = egui::ScrollArea::vertical().id_salt("overview");
    let mut follow = false;
    match reveal(ui.ctx(), selected) {
        Reveal::Opened => {
            // At once, centred: the room does not watch the grid scroll down from slide 1.
            let top: f32 = heights.iter().take(selected_row).map(|h| h + gap).sum();
            let height = heights.get(selected_row).copied().unwrap_or_default();
            let content =
                heights.iter().sum::<f32>() + gap * heights.len().saturating_sub(1) as f32;
            let view = child.available_height();
            let offset = (top - (view - height) / 2.0).min(content - view).max(0.0);
            scroll = scroll.vertical_scroll_offset(offset);
        }
        Reveal::Moved => follow = true,
        Reveal::Kept => {}
    }
    let mut chosen = None;
    scroll.show(&mut child, |ui| {
        // Rows exactly `gap` apart, as the offset above counts them.
        ui.spacing_mut().item_spacing.y = 0.0;
        let rows = deck.slides.chunks(columns).zip(captions.chunks(columns));
        for (row, (slides, captions)) in rows.enumerate() {
            if row > 0 {
                ui.add_space(gap);
            }
            let height = heights.get(row).copied().unwrap_or(thumb_height);
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = gap;
                for (i, (slide, caption)) in slides.iter().zip(captions).enumerate() {
                    let index = row * columns + i;
                    let (card, response) =
                        ui.allocate_exact_size(vec2(card_width, height), Sense::click());
                    let thumb = Rect::from_min_size(card.min, vec2(card_width, thumb_height));
                    // Only what is in view is painted: a long talk has many slides to lay out.
                    if ui.is_rect_visible(thumb) {
                        let last_step = slide.steps.saturating_sub(1);
                        thumbnail_in(ui, theme, source, layouts, index, last_step, thumb);
                    }
                    let (stroke_width, stroke_color) = if index == selected {
                        (theme::OVERVIEW_SELECTED_STROKE, theme.palette.accent)
                    } else if index == position.slide {
                        let faded = theme.palette.accent;
                        let faded = faded.gamma_multiply(theme::OVERVIEW_CURRENT_OPACITY);
                        (theme::OVERVIEW_CURRENT_STROKE, faded)
                    } else {
                        (theme::OVERVIEW_CARD_STROKE, theme.palette.border)
                    };
                    ui.painter().rect_stroke(
                        thumb,
                        CornerRadius::same(theme::THUMBNAIL_RADIUS),
                        egui::Stroke::new(stroke_width, stroke_color),
                        egui::StrokeKind::Outside,
                    );
                    let at = pos2(card.left(), thumb.bottom() + theme::OVERVIEW_CAPTION_GAP);
                    let caption_rect = Rect::from_min_size(at, caption.galley.size());
                    (ui.painter()).galley(at, caption.galley.clone(), theme.palette.strong);
                    // Painted text is invisible to screen readers and tests; give it a node.
                    let label = ui.interact(
                        caption_rect,
                        ui.make_persistent_id(("overview-caption", index)),
                        Sense::hover(),
                    );
                    label.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Label, true, &caption.text)
                    });
                    if caption.cut {
                        label.on_hover_text(&caption.text);
                    }
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &slide.title)
                    });
                    if follow && index == selected {
                        ui.scroll_to_rect(card, None);
                    }
                    let response = if caption.cut {
                        response.on_hover_text(&caption.text)
                    } else {
                        response
                    };
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
        }
    });
    chosen
}

/// What the overview does about the selected card this frame.
enum Reveal {
    /// The overview has just opened: scroll straight to the selection.
    Opened,
    /// The keys moved the selection: bring it into view.
    Moved,
    /// Neither: leave the scrolling to the reader.
    Kept,
}

/// Compares `selected` with what the overview showed in the frame before (egui's memory
/// holds it): the overview was not drawn then, or another card was selected.
fn reveal(ctx: &egui::Context, selected: usize) -> Reveal {
    let id = egui::Id::unique("overview-selected");
    let frame = ctx.cumulative_frame_nr();
    let before: Option<(usize, u64)> = ctx.data(|d| d.get_temp(id));
    ctx.data_mut(|d| d.insert_temp(id, (selected, frame)));
    match before {
        // Drawn this frame already (a second pass) or in the frame before.
        Some((was, drawn)) if drawn + 1 >= frame => {
            if was == selected {
                Reveal::Kept
            } else {
                Reveal::Moved
            }
        }
        _ => Reveal::Opened,
    }
}

/// An overview card's caption: `text` ("19  Title") as laid out, and whether it was cut.
struct Caption {
    /// The whole caption, for screen readers and the hover text.
    text: String,
    /// What is shown.
    galley: Arc<Galley>,
    /// Whether the caption ends in "…" before its last word.
    cut: bool,
}

/// `text` wrapped at whole words to `width`, in at most [`theme::OVERVIEW_CAPTION_LINES`]
/// lines; a longer one ends in "…" after the last whole word that fits.
fn caption(ui: &Ui, theme: &Theme, text: String, width: f32) -> Caption {
    let font = theme.bold(theme::SMALL_SIZE);
    let color = theme.palette.strong;
    let lines = theme::OVERVIEW_CAPTION_LINES;
    let lay_out = |shown: String| ui.painter().layout(shown, font.clone(), color, width);
    let whole = lay_out(text.clone());
    if whole.rows.len() <= lines {
        return Caption {
            text,
            galley: whole,
            cut: false,
        };
    }
    // The cut goes at a space no later than the end of the lines that are shown; the
    // latest that leaves room for "…" wins.
    let shown_chars: usize = (whole.rows.iter())
        .take(lines)
        .map(|row| row.char_count_including_newline().0)
        .sum();
    let end = text
        .char_indices()
        .nth(shown_chars)
        .map_or(text.len(), |(at, _)| at);
    let spaces = (text.char_indices())
        .filter(|&(at, c)| at <= end && c.is_whitespace())
        .map(|(at, _)| at)
        .rev();
    for space in spaces {
        let shown = format!("{}…", text.get(..space).unwrap_or_default().trim_end());
        let galley = lay_out(shown);
        if galley.rows.len() <= lines {
            return Caption {
                text,
                galley,
                cut: true,
            };
        }
    }
    // One word longer than all the lines: cut inside it, where egui must.
    let mut job = LayoutJob::simple(text.clone(), font, color, width);
    job.wrap.max_rows = lines;
    job.wrap.break_anywhere = true;
    Caption {
        galley: ui.painter().layout_job(job),
        text,
        cut: true,
    }
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

/// A command row at the foot of the palette (`label`), with its key; whether it was clicked.
pub(super) fn palette_command_ui(ui: &mut Ui, theme: &Theme, rect: Rect, label: &str) -> bool {
    let area = overlay_area(rect);
    let row = Rect::from_min_max(
        pos2(area.min.x, area.max.y - theme::PALETTE_ROW_HEIGHT),
        area.max,
    );
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(row));
    let key = keys::browse_shortcut(ui.ctx(), keys::BrowseAction::Audience);
    let text = RichText::new(format!("{label}   {key}"))
        .font(theme.regular(theme::PALETTE_RESULT_SIZE))
        .color(theme.palette.accent);
    child
        .add(egui::Button::new(text).min_size(vec2(row.width(), theme::PALETTE_ROW_HEIGHT)))
        .clicked()
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
    ui.painter().rect_filled(
        rect,
        CornerRadius::same(theme::THUMBNAIL_RADIUS),
        theme.palette.background,
    );
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
