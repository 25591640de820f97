//! Present mode: one slide at a time, laid out in a fixed logical canvas (the app zooms the
//! window so the canvas fills it), so a slide looks the same from 1024×768 to 3840×2160.
//! Text is never shrunk to fit: the deck model has already put on each slide only what fits
//! at the slides' type scale (`deck::fit`), continuing the rest on the next slide.

use std::path::Path;
use std::sync::Arc;

use egui::{Align, Align2, CornerRadius, Layout, Rect, RichText, Sense, Ui, pos2, vec2};

use super::Command;
use super::keys::{self, PresentAction, PresentMode};
use super::paint::{Interaction, Placement, page_ui};
use super::theme::{self, Theme};
use crate::deck::pages::{CANVAS as CANVAS_SIZE, Page, SlideLayouts};
use crate::deck::{Deck, Position, fit};
use crate::document::Document;

/// The logical canvas a slide is laid out in; the app zooms the window to fit it.
pub const CANVAS: egui::Vec2 = egui::vec2(1280.0, 720.0);
/// Slides use larger type than the document: body text at `deck::fit::BODY_SIZE`.
const SLIDE_SCALE: f32 = fit::BODY_SIZE / theme::BODY_SIZE;
/// How many results the jump palette lists.
pub const PALETTE_RESULTS: usize = 8;

/// What present mode shows in front of the slide: one thing at a time, and it decides what
/// keys mean ([`PresentMode`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the slide.
    #[default]
    None,
    /// Digits typed for "a number, then Enter"; `missing` once Enter found no such slide.
    Number {
        /// The digits so far.
        digits: String,
        /// Whether the typed number was tried and there is no such slide.
        missing: bool,
    },
    /// The slide grid (`O`).
    Overview {
        /// The highlighted slide's index.
        selected: usize,
    },
    /// The jump palette (`G`, Ctrl+K).
    Palette {
        /// What was typed.
        query: String,
        /// The highlighted result.
        selected: usize,
    },
    /// A black (`B`, `.`) or white (`W`) screen.
    Blank {
        /// White rather than black.
        white: bool,
    },
    /// The key list (`?`).
    Help,
}

impl Overlay {
    /// Which key table rows apply.
    pub fn mode(&self) -> PresentMode {
        match self {
            Overlay::None => PresentMode::Slide,
            Overlay::Number { .. } => PresentMode::Number,
            Overlay::Overview { .. } => PresentMode::Overview,
            Overlay::Palette { .. } => PresentMode::Palette,
            Overlay::Blank { .. } => PresentMode::Blank,
            Overlay::Help => PresentMode::Help,
        }
    }
}

/// The talk as the slide view needs it.
pub struct Stage<'a> {
    /// The slides.
    pub deck: &'a Deck,
    /// Where the talk is.
    pub position: Position,
    /// What is in front of the slide; the palette's text field edits it.
    pub overlay: &'a mut Overlay,
    /// The elapsed time, when the timer is shown.
    pub timer: Option<String>,
    /// Where relative image paths start.
    pub base_dir: Option<&'a Path>,
    /// The slides as laid out, kept between frames.
    pub layouts: &'a mut SlideLayouts,
    /// Changes whenever the document or the deck does, so stale layouts are dropped.
    pub generation: u64,
}

/// Draws the current slide with its progress bar, and the overlay.
pub fn present_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    stage: &mut Stage,
    commands: &mut Vec<Command>,
) {
    let rect = ui.max_rect();
    let (deck, position, base_dir) = (stage.deck, stage.position, stage.base_dir);
    let response = ui.interact(rect, egui::Id::unique("slide-click"), Sense::click());
    if response.clicked() {
        match stage.overlay.mode() {
            PresentMode::Slide | PresentMode::Number => {
                commands.push(Command::Present(PresentAction::Next));
            }
            PresentMode::Blank | PresentMode::Help => {
                commands.push(Command::Present(PresentAction::Close));
            }
            // Their own items take the click.
            PresentMode::Overview | PresentMode::Palette => {}
        }
    }
    let source = SlideSource {
        document,
        deck,
        base_dir,
        generation: stage.generation,
        dark: theme.dark,
    };
    if let Some(page) = source.page(stage.layouts, position.slide, position.step) {
        let placement = Placement::fit(rect, CANVAS_SIZE);
        page_ui(ui, &page, placement, Interaction::Live, commands);
    }
    progress_ui(ui, theme, rect, stage);
    let chosen = match &mut *stage.overlay {
        Overlay::None | Overlay::Number { .. } => None,
        Overlay::Blank { white } => {
            let color = if *white {
                theme::BLANK_WHITE
            } else {
                theme::BLANK_BLACK
            };
            ui.painter().rect_filled(rect, CornerRadius::ZERO, color);
            None
        }
        Overlay::Help => {
            help_ui(ui, theme, rect);
            None
        }
        Overlay::Overview { selected } => {
            overview_ui(ui, theme, rect, &source, stage.layouts, position, *selected)
        }
        Overlay::Palette { query, selected } => palette_ui(ui, theme, rect, deck, query, selected),
    };
    if let Some(index) = chosen {
        commands.push(Command::GoToSlide(index));
    }
}

fn progress_ui(ui: &mut Ui, theme: &Theme, rect: Rect, stage: &Stage) {
    let (deck, position) = (stage.deck, stage.position);
    let total = deck.slides.len().max(1);
    let done = (position.slide + 1) as f32 / total as f32;
    let bar = Rect::from_min_size(
        pos2(rect.left(), rect.bottom() - 4.0),
        vec2(rect.width(), 4.0),
    );
    ui.painter()
        .rect_filled(bar, CornerRadius::ZERO, theme.palette.surface_alt);
    let filled = Rect::from_min_size(bar.min, vec2(bar.width() * done, bar.height()));
    ui.painter()
        .rect_filled(filled, CornerRadius::ZERO, theme.palette.accent);
    let counter = match &*stage.overlay {
        Overlay::Number {
            digits,
            missing: false,
        } => format!("Go to {digits}…"),
        Overlay::Number {
            digits,
            missing: true,
        } => format!("No slide {digits}: 1 to {total}"),
        _ => format!("{} / {total}", position.slide + 1),
    };
    // At the slides' type scale: a counter is read from the back of the room too.
    let slide_theme = theme.scaled(SLIDE_SCALE).with_text_floor(fit::SMALL_SIZE);
    let counter_rect = ui.painter().text(
        pos2(rect.right() - 20.0, rect.bottom() - 12.0),
        Align2::RIGHT_BOTTOM,
        &counter,
        slide_theme.small(),
        theme.palette.muted,
    );
    // Painted text is invisible to screen readers and tests; give it a node.
    ui.interact(
        counter_rect,
        egui::Id::unique("slide-counter"),
        Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &counter));
    if let Some(timer) = &stage.timer {
        ui.painter().text(
            pos2(rect.left() + 20.0, rect.bottom() - 12.0),
            Align2::LEFT_BOTTOM,
            timer,
            slide_theme.small(),
            theme.palette.muted,
        );
    }
}

/// What a slide is laid out from, for [`SlideLayouts::page`].
pub struct SlideSource<'a> {
    /// The portfolio.
    pub document: &'a Document,
    /// The slides.
    pub deck: &'a Deck,
    /// Where relative image paths start.
    pub base_dir: Option<&'a Path>,
    /// Changes whenever the document or the deck does.
    pub generation: u64,
    /// Dark slides.
    pub dark: bool,
}

impl SlideSource<'_> {
    /// Slide `index` at `step`, laid out once.
    fn page(&self, layouts: &mut SlideLayouts, index: usize, step: usize) -> Option<Arc<Page>> {
        layouts.page(
            self.generation,
            self.document,
            self.deck,
            index,
            step,
            self.base_dir,
            self.dark,
        )
    }
}

fn overlay_frame(ui: &Ui, theme: &Theme, rect: Rect) -> Rect {
    ui.painter()
        .rect_filled(rect, CornerRadius::ZERO, theme.palette.background);
    rect.shrink2(vec2(rect.width() * 0.12, rect.height() * 0.1))
}

/// The key list: the slide's keys on the left, those of each overlay on the right, all read
/// from [`keys::PRESENT`].
fn help_ui(ui: &mut Ui, theme: &Theme, rect: Rect) {
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
fn overview_ui(
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

fn palette_ui(
    ui: &mut Ui,
    theme: &Theme,
    rect: Rect,
    deck: &Deck,
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
    let results = deck.search(query);
    if *selected >= results.len().min(PALETTE_RESULTS) {
        *selected = 0;
    }
    child.add_space(theme::LINE_GAP * 2.0);
    let mut chosen = None;
    for (rank, index) in results.iter().take(PALETTE_RESULTS).enumerate() {
        let Some(slide) = deck.slide(*index) else {
            continue;
        };
        let text = format!("{}   {}", index + 1, slide.title);
        let response = child.add(
            egui::Button::selectable(
                rank == *selected,
                RichText::new(text).font(theme.regular(theme::PALETTE_RESULT_SIZE)),
            )
            .min_size(vec2(area.width(), theme::PALETTE_ROW_HEIGHT)),
        );
        if response.clicked() {
            chosen = Some(*index);
        }
    }
    if results.is_empty() {
        child.label(RichText::new("No slide matches.").color(theme.palette.muted));
    }
    chosen
}

/// Times shown in the presenter window.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PresenterInfo {
    /// Since the talk started.
    pub elapsed: String,
    /// On the current slide.
    pub slide_time: String,
    /// Ahead or behind the target duration.
    pub pacing: Option<String>,
    /// The wall clock.
    pub clock: String,
}

/// The presenter window: times, the current and next slide, and the speaker notes.
#[allow(clippy::too_many_arguments)]
pub fn presenter_ui(
    ui: &mut Ui,
    theme: &Theme,
    source: &SlideSource<'_>,
    layouts: &mut SlideLayouts,
    position: Position,
    info: &PresenterInfo,
) {
    let deck = source.deck;
    let total = deck.slides.len();
    ui.horizontal(|ui| {
        for (label, value) in [
            ("Elapsed", info.elapsed.as_str()),
            ("This slide", info.slide_time.as_str()),
            ("Clock", info.clock.as_str()),
        ] {
            ui.vertical(|ui| {
                ui.label(
                    RichText::new(label)
                        .font(theme.small())
                        .color(theme.palette.muted),
                );
                ui.label(
                    RichText::new(value)
                        .font(theme.bold(theme::PRESENTER_FIGURE_SIZE))
                        .color(theme.palette.strong),
                );
            });
            ui.add_space(theme::BLOCK_GAP * 1.5);
        }
        if let Some(pacing) = &info.pacing {
            ui.vertical(|ui| {
                ui.label(
                    RichText::new("Pacing")
                        .font(theme.small())
                        .color(theme.palette.muted),
                );
                let color = if pacing.contains("behind") {
                    theme.palette.warn
                } else {
                    theme.palette.good
                };
                ui.label(
                    RichText::new(pacing)
                        .font(theme.bold(theme::PRESENTER_PACING_SIZE))
                        .color(color),
                );
            });
        }
    });
    ui.separator();
    let Some(current) = deck.slide(position.slide) else {
        return;
    };
    let next = if position.step + 1 < current.steps {
        Some((position.slide, position.step + 1))
    } else if position.slide + 1 < total {
        Some((position.slide + 1, 0))
    } else {
        None
    };
    let width = ui.available_width();
    let column = (width - theme::PRESENTER_COLUMN_GAP) * 0.5;
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(vec2(column, 0.0), Layout::top_down(Align::Min), |ui| {
            ui.label(
                RichText::new(format!(
                    "Now {} / {total}: {}{}",
                    position.slide + 1,
                    current.title,
                    if current.steps > 1 {
                        format!("  (step {} of {})", position.step + 1, current.steps)
                    } else {
                        String::new()
                    }
                ))
                .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
                .color(theme.palette.strong),
            );
            thumbnail_ui(ui, theme, source, layouts, (position.slide, position.step), column);
            ui.add_space(theme::BLOCK_GAP * 0.5);
            match next.and_then(|(index, step)| deck.slide(index).map(|s| (s, index, step))) {
                Some((slide, index, step)) => {
                    ui.label(
                        RichText::new(format!("Next: {}", slide.title))
                            .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
                            .color(theme.palette.muted),
                    );
                    thumbnail_ui(ui, theme, source, layouts, (index, step), column * 0.7);
                }
                None => {
                    ui.label(RichText::new("Last slide").color(theme.palette.muted));
                }
            }
        });
        ui.add_space(theme::PRESENTER_COLUMN_GAP);
        ui.allocate_ui_with_layout(vec2(column, 0.0), Layout::top_down(Align::Min), |ui| {
            ui.label(
                RichText::new("Notes")
                    .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
                    .color(theme.palette.accent),
            );
            egui::ScrollArea::vertical()
                .id_salt("notes")
                .auto_shrink([false, false])
                .min_scrolled_height(ui.available_height().max(240.0))
                .show(ui, |ui| {
                let notes = current
                    .notes
                    .as_deref()
                    .unwrap_or("No notes for this slide. Add `notes` to a case study, or `notes: {\"about\": \"...\"}` for a section.");
                ui.label(
                    RichText::new(notes)
                        .font(theme.regular(20.0))
                        .color(theme.palette.text),
                );
            });
        });
    });
}

/// A slide drawn small, in a 16:9 box of `width`.
fn thumbnail_ui(
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
fn thumbnail_in(
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
