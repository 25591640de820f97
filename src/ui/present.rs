//! Present mode: one slide at a time, laid out in a fixed logical canvas (the app zooms the
//! window so the canvas fills it), so a slide looks the same from 1024×768 to 3840×2160.
//! Text that would overflow is shrunk until it fits.

use std::path::Path;

use egui::{Align, Align2, CornerRadius, Layout, Rect, RichText, Sense, Ui, pos2, vec2};

use super::Command;
use super::browse::{self, BrowseContext};
use super::chart::metrics_panel;
use super::text::{Highlighter, chip, chip_row_label, eyebrow};
use super::theme::{self, Theme};
use crate::deck::{Deck, Position, Slide, SlideKind};
use crate::document::Document;

/// The logical canvas a slide is laid out in; the app zooms the window to fit it.
pub const CANVAS: egui::Vec2 = egui::vec2(1280.0, 720.0);
/// Slides use larger type than the document.
const SLIDE_SCALE: f32 = 1.25;
/// Never shrink text below this fraction of its slide size.
const MIN_FIT: f32 = 0.5;
const MARGIN: f32 = 56.0;

/// What a click on a slide asked for.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    /// Advance.
    Next,
    /// Go to the slide at this index.
    GoTo(usize),
}

/// The overlays present mode can show above the slide.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Overlays {
    /// Black (`B`/`.`) or white (`W`) screen.
    pub blank: Option<bool>,
    /// The key list (`?`).
    pub help: bool,
    /// The slide grid (`O`), with the selected index.
    pub overview: Option<usize>,
    /// The jump palette (`G`, Ctrl+K): query and selected result.
    pub palette: Option<(String, usize)>,
    /// Digits typed for "number, then Enter".
    pub number: String,
    /// Elapsed time shown (`T`), as text.
    pub timer: Option<String>,
}

/// Draws the current slide with its progress bar, and the overlays.
#[allow(clippy::too_many_arguments)]
pub fn present_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    deck: &Deck,
    position: Position,
    overlays: &mut Overlays,
    base_dir: Option<&Path>,
    commands: &mut Vec<Command>,
) -> Option<PresentAction> {
    let rect = ui.max_rect();
    let mut action = None;
    let response = ui.interact(rect, egui::Id::unique("slide-click"), Sense::click());
    if response.clicked() && overlays.overview.is_none() && overlays.palette.is_none() {
        action = Some(PresentAction::Next);
    }
    if let Some(slide) = deck.slide(position.slide) {
        let content = rect.shrink2(vec2(MARGIN, 40.0));
        let content = Rect::from_min_max(content.min, pos2(content.max.x, content.max.y - 24.0));
        let mut child = ui.new_child(
            egui::UiBuilder::new()
                .max_rect(content)
                .layout(Layout::top_down(Align::Min)),
        );
        child.set_clip_rect(content.expand(4.0));
        slide_ui(
            &mut child,
            theme,
            document,
            slide,
            position.step,
            base_dir,
            commands,
        );
    }
    progress_ui(ui, theme, rect, deck, position, overlays);
    if let Some(white) = overlays.blank {
        let color = if white {
            egui::Color32::WHITE
        } else {
            egui::Color32::BLACK
        };
        ui.painter().rect_filled(rect, CornerRadius::ZERO, color);
        return action;
    }
    if overlays.help {
        help_ui(ui, theme, rect);
    }
    if let Some(selected) = overlays.overview
        && let Some(index) = overview_ui(
            ui, theme, rect, document, deck, position, selected, base_dir,
        )
    {
        action = Some(PresentAction::GoTo(index));
    }
    if let Some(index) = palette_ui(ui, theme, rect, deck, overlays) {
        action = Some(PresentAction::GoTo(index));
    }
    action
}

fn progress_ui(
    ui: &mut Ui,
    theme: &Theme,
    rect: Rect,
    deck: &Deck,
    position: Position,
    overlays: &Overlays,
) {
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
    let counter = if overlays.number.is_empty() {
        format!("{} / {total}", position.slide + 1)
    } else {
        format!("Go to {}…", overlays.number)
    };
    let counter_rect = ui.painter().text(
        pos2(rect.right() - 20.0, rect.bottom() - 16.0),
        Align2::RIGHT_BOTTOM,
        &counter,
        theme.small(),
        theme.palette.muted,
    );
    // Painted text is invisible to screen readers and tests; give it a node.
    ui.interact(
        counter_rect,
        egui::Id::unique("slide-counter"),
        Sense::hover(),
    )
    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &counter));
    if let Some(timer) = &overlays.timer {
        ui.painter().text(
            pos2(rect.left() + 20.0, rect.bottom() - 16.0),
            Align2::LEFT_BOTTOM,
            timer,
            theme.small(),
            theme.palette.muted,
        );
    }
}

/// Draws one slide, shrinking its text until it fits the space it has.
pub fn slide_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    slide: &Slide,
    step: usize,
    base_dir: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let fit_id = egui::Id::unique(("slide-fit", &slide.id, step, ui.max_rect().size().x as i32));
    let fit: f32 = ui.data(|d| d.get_temp(fit_id)).unwrap_or(1.0);
    let theme = theme.scaled(SLIDE_SCALE * fit);
    let available = ui.max_rect().height();
    let top = ui.cursor().top();
    slide_content_ui(ui, &theme, document, slide, step, base_dir, commands);
    let used = ui.min_rect().bottom() - top;
    if used > available + 1.0 && fit > MIN_FIT {
        let next = (fit * (available / used).sqrt() * 0.97).max(MIN_FIT);
        ui.data_mut(|d| d.insert_temp(fit_id, next));
        ui.ctx().request_discard("slide text is shrinking to fit");
    }
}

fn title_ui(ui: &mut Ui, theme: &Theme, title: &str) {
    let response = ui.label(
        RichText::new(title)
            .font(theme.bold(32.0))
            .color(theme.palette.strong),
    );
    let underline = Rect::from_min_size(
        pos2(response.rect.left(), response.rect.bottom() + 6.0),
        vec2(48.0, 4.0),
    );
    ui.painter()
        .rect_filled(underline, CornerRadius::same(2), theme.palette.accent);
    ui.add_space(theme::BLOCK_GAP * 1.2);
}

#[allow(clippy::too_many_lines)]
fn slide_content_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    slide: &Slide,
    step: usize,
    base_dir: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let portfolio = &document.portfolio;
    let mut highlighter = Highlighter::default();
    let mut anchors = Vec::new();
    let mut scroll_to = None;
    let mut cx = BrowseContext {
        theme,
        highlighter: &mut highlighter,
        commands,
        anchor_tops: &mut anchors,
        scroll_to: &mut scroll_to,
        base_dir,
        virtualize: false,
        epoch: 0,
        defer_below_view: false,
    };
    match &slide.kind {
        SlideKind::Title => title_slide_ui(ui, theme, document, base_dir, cx.commands),
        SlideKind::About => {
            title_ui(ui, theme, &slide.title);
            for paragraph in &portfolio.person.summary {
                ui.label(
                    RichText::new(paragraph)
                        .font(theme.regular(theme::BODY_SIZE + 1.0))
                        .color(theme.palette.text)
                        .line_height(Some((theme::BODY_SIZE + 1.0) * theme.scale * 1.5)),
                );
                ui.add_space(theme::BLOCK_GAP * 0.6);
            }
        }
        SlideKind::Expertise => {
            title_ui(ui, theme, &slide.title);
            browse::expertise_ui(ui, portfolio, &mut cx);
        }
        SlideKind::CaseStudy(index) => {
            if let Some(case) = portfolio.case_studies.get(*index) {
                case_slide_ui(ui, theme, document, *index, case, step);
            }
        }
        SlideKind::Experience(range) | SlideKind::Research(range) => {
            title_ui(ui, theme, &slide.title);
            let (roles, metrics) = if matches!(slide.kind, SlideKind::Experience(_)) {
                (&portfolio.experience, &document.experience_metrics)
            } else {
                (&portfolio.research, &document.research_metrics)
            };
            let roles = roles.get(range.clone()).unwrap_or_default();
            let metrics = metrics.get(range.clone()).unwrap_or_default();
            browse::timeline_ui(ui, "slide", roles, metrics, &mut cx);
        }
        SlideKind::Teaching => {
            title_ui(ui, theme, &slide.title);
            browse::teaching_ui(ui, portfolio, &mut cx);
        }
        SlideKind::Education => {
            title_ui(ui, theme, &slide.title);
            browse::education_ui(ui, portfolio, &mut cx);
        }
        SlideKind::Publications => {
            title_ui(ui, theme, &slide.title);
            browse::publications_ui(ui, portfolio, &mut cx);
            browse::projects_ui(ui, document, &mut cx);
        }
        SlideKind::Principles => {
            title_ui(ui, theme, &slide.title);
            browse::principles_ui(ui, portfolio, &mut cx);
        }
        SlideKind::Contact => {
            title_ui(ui, theme, &slide.title);
            browse::contact_ui(ui, portfolio, &mut cx);
        }
    }
}

fn title_slide_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    base_dir: Option<&Path>,
    commands: &mut Vec<Command>,
) {
    let portfolio = &document.portfolio;
    let person = &portfolio.person;
    ui.add_space(ui.available_height() * 0.18);
    ui.horizontal_top(|ui| {
        browse::avatar_ui(
            ui,
            theme,
            portfolio,
            base_dir,
            theme::SLIDE_AVATAR_SIZE * theme.scale,
            commands,
        );
        ui.add_space(theme::BLOCK_GAP * 1.5);
        ui.vertical(|ui| {
            ui.label(
                RichText::new(portfolio.display_name())
                    .font(theme.bold(theme::HERO_SIZE + 8.0))
                    .color(theme.palette.strong),
            );
            if person.name.is_some() {
                ui.label(
                    RichText::new(&person.headline)
                        .font(theme.bold(theme::TAGLINE_SIZE + 4.0))
                        .color(theme.palette.accent),
                );
            }
            let tagline = person
                .tagline
                .as_deref()
                .or(portfolio.meta.description.as_deref());
            if let Some(tagline) = tagline {
                ui.add_space(theme::LINE_GAP * 2.0);
                ui.label(
                    RichText::new(tagline)
                        .font(theme.regular(theme::TAGLINE_SIZE + 1.0))
                        .color(theme.palette.muted),
                );
            }
            if let Some(location) = &person.location {
                ui.add_space(theme::LINE_GAP * 2.0);
                ui.label(
                    RichText::new(format!("Based in {location}"))
                        .font(theme.regular(theme::BODY_SIZE + 1.0))
                        .color(theme.palette.text),
                );
            }
        });
    });
}

fn case_slide_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    index: usize,
    case: &crate::model::CaseStudy,
    step: usize,
) {
    title_ui(ui, theme, &case.title);
    let meta: Vec<String> = case
        .organisation
        .iter()
        .cloned()
        .chain(crate::document::period_text(case.start, case.end))
        .collect();
    if !meta.is_empty() || !case.tags.is_empty() {
        ui.horizontal_wrapped(|ui| {
            if !meta.is_empty() {
                chip_row_label(ui, &meta.join("  ·  "), theme.small(), theme.palette.accent);
            }
            for tag in case.tags.iter().take(6) {
                chip(ui, theme, tag);
            }
        });
        ui.add_space(theme::LINE_GAP * 2.0);
    }
    let analyses = document
        .case_metrics
        .get(index)
        .map_or(&[][..], Vec::as_slice);
    let width = ui.available_width();
    let gap = 40.0;
    let text_width = if analyses.is_empty() {
        width
    } else {
        (width - gap) * 0.5
    };
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(vec2(text_width, 0.0), Layout::top_down(Align::Min), |ui| {
            ui.set_width(text_width.max(1.0));
            let blocks = [
                ("Problem", &case.problem),
                ("Approach", &case.approach),
                ("Outcome", &case.outcome),
            ];
            for (i, (label, text)) in blocks.into_iter().enumerate() {
                if i > step {
                    break;
                }
                eyebrow(ui, theme, label);
                ui.label(
                    RichText::new(text)
                        .font(theme.body())
                        .color(theme.palette.text)
                        .line_height(Some(theme::BODY_SIZE * theme.scale * 1.45)),
                );
                ui.add_space(theme::BLOCK_GAP * 0.8);
            }
        });
        if !analyses.is_empty() {
            ui.add_space(gap);
            let charts_width = width - text_width - gap;
            ui.allocate_ui_with_layout(
                vec2(charts_width, 0.0),
                Layout::top_down(Align::Min),
                |ui| {
                    ui.set_width(charts_width.max(1.0));
                    if step >= 2 {
                        eyebrow(ui, theme, "Results");
                        ui.add_space(theme::LINE_GAP);
                        metrics_panel(ui, theme, analyses);
                    }
                },
            );
        }
    });
}

fn overlay_frame(ui: &Ui, theme: &Theme, rect: Rect) -> Rect {
    ui.painter()
        .rect_filled(rect, CornerRadius::ZERO, theme.palette.background);
    rect.shrink2(vec2(rect.width() * 0.12, rect.height() * 0.1))
}

fn help_ui(ui: &mut Ui, theme: &Theme, rect: Rect) {
    let area = overlay_frame(ui, theme, rect);
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(area));
    child.label(
        RichText::new("Keys")
            .font(theme.bold(28.0))
            .color(theme.palette.strong),
    );
    child.add_space(theme::BLOCK_GAP);
    egui::Grid::new("present-keys")
        .num_columns(2)
        .spacing(vec2(32.0, 8.0))
        .show(&mut child, |ui| {
            for (keys, what) in KEYS {
                ui.label(
                    RichText::new(*keys)
                        .font(theme.bold(16.0))
                        .color(theme.palette.accent),
                );
                ui.label(
                    RichText::new(*what)
                        .font(theme.regular(16.0))
                        .color(theme.palette.text),
                );
                ui.end_row();
            }
        });
}

/// Every key of present mode, for the `?` overlay and the docs.
pub const KEYS: &[(&str, &str)] = &[
    ("→ ↓ Space Page Down Enter, click", "next step or slide"),
    ("← ↑ Page Up Backspace", "previous step or slide"),
    ("Home / End", "first / last slide"),
    ("a number, then Enter", "go to that slide"),
    (
        "G or Ctrl+K",
        "jump palette: search titles, tags, figures, text",
    ),
    ("O", "overview of all slides"),
    ("B or .  /  W", "black / white screen"),
    ("F or F11", "full screen"),
    ("T", "show or hide the timer"),
    ("S", "presenter window: notes, next slide, time"),
    ("?", "this list"),
    ("Esc", "close the overlay, then leave present mode"),
];

#[allow(clippy::too_many_arguments)]
fn overview_ui(
    ui: &mut Ui,
    theme: &Theme,
    rect: Rect,
    document: &Document,
    deck: &Deck,
    position: Position,
    selected: usize,
    base_dir: Option<&Path>,
) -> Option<usize> {
    let area = overlay_frame(ui, theme, rect);
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(area));
    child.label(
        RichText::new("Slides")
            .font(theme.bold(28.0))
            .color(theme.palette.strong),
    );
    child.add_space(theme::BLOCK_GAP);
    let columns = 4;
    let gap = 16.0;
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
                            vec2(card_width, thumb_height + 28.0),
                            Sense::click(),
                        );
                        let thumb = Rect::from_min_size(card.min, vec2(card_width, thumb_height));
                        let last_step = slide.steps.saturating_sub(1);
                        thumbnail_in(ui, theme, document, slide, last_step, thumb, base_dir);
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
                            theme.bold(13.0),
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
                        if response.clicked() {
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
    overlays: &mut Overlays,
) -> Option<usize> {
    let (query, selected) = overlays.palette.as_mut()?;
    let area = overlay_frame(ui, theme, rect);
    let area = Rect::from_min_size(area.min, vec2(area.width(), area.height()));
    let mut child = ui.new_child(egui::UiBuilder::new().max_rect(area));
    child.label(
        RichText::new("Jump to")
            .font(theme.bold(24.0))
            .color(theme.palette.strong),
    );
    child.add_space(theme::LINE_GAP * 2.0);
    let edit = child.add(
        egui::TextEdit::singleline(query)
            .hint_text("a title, tag, figure or word: \"cut costs\", \"latency\"")
            .font(theme.regular(18.0))
            .desired_width(area.width()),
    );
    edit.request_focus();
    let results = deck.search(query);
    if *selected >= results.len() {
        *selected = 0;
    }
    child.add_space(theme::LINE_GAP * 2.0);
    let mut chosen = None;
    for (rank, index) in results.iter().take(8).enumerate() {
        let Some(slide) = deck.slide(*index) else {
            continue;
        };
        let text = format!("{}   {}", index + 1, slide.title);
        let response = child.add(
            egui::Button::selectable(
                rank == *selected,
                RichText::new(text).font(theme.regular(17.0)),
            )
            .min_size(vec2(area.width(), 34.0)),
        );
        if response.clicked() {
            chosen = Some(*index);
        }
    }
    if results.is_empty() {
        child.label(RichText::new("No slide matches.").color(theme.palette.muted));
    }
    let (down, up, enter) = child.input(|i| {
        (
            i.key_pressed(egui::Key::ArrowDown),
            i.key_pressed(egui::Key::ArrowUp),
            i.key_pressed(egui::Key::Enter),
        )
    });
    let shown = results.len().min(8);
    if down && shown > 0 {
        *selected = (*selected + 1) % shown;
    }
    if up && shown > 0 {
        *selected = (*selected + shown - 1) % shown;
    }
    if enter {
        chosen = chosen.or_else(|| results.get(*selected).copied());
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
    document: &Document,
    deck: &Deck,
    position: Position,
    info: &PresenterInfo,
    base_dir: Option<&Path>,
) {
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
                        .font(theme.bold(26.0))
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
                ui.label(RichText::new(pacing).font(theme.bold(20.0)).color(color));
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
    let column = (width - 24.0) * 0.5;
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
                .font(theme.bold(15.0))
                .color(theme.palette.strong),
            );
            thumbnail_ui(ui, theme, document, current, position.step, column, base_dir);
            ui.add_space(theme::BLOCK_GAP * 0.5);
            match next.and_then(|(slide, step)| deck.slide(slide).map(|s| (s, step))) {
                Some((slide, step)) => {
                    ui.label(
                        RichText::new(format!("Next: {}", slide.title))
                            .font(theme.bold(15.0))
                            .color(theme.palette.muted),
                    );
                    thumbnail_ui(ui, theme, document, slide, step, column * 0.7, base_dir);
                }
                None => {
                    ui.label(RichText::new("Last slide").color(theme.palette.muted));
                }
            }
        });
        ui.add_space(24.0);
        ui.allocate_ui_with_layout(vec2(column, 0.0), Layout::top_down(Align::Min), |ui| {
            ui.label(
                RichText::new("Notes")
                    .font(theme.bold(15.0))
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

/// A slide drawn small, clipped to a 16:9 box.
fn thumbnail_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    slide: &Slide,
    step: usize,
    width: f32,
    base_dir: Option<&Path>,
) {
    let size = vec2(width, width * CANVAS.y / CANVAS.x);
    let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
    thumbnail_in(ui, theme, document, slide, step, rect, base_dir);
}

/// Draws a slide scaled into `rect`: laid out on the full canvas in a layer of its own, which
/// egui then scales, so the thumbnail is the real slide in miniature.
fn thumbnail_in(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    slide: &Slide,
    step: usize,
    rect: Rect,
    base_dir: Option<&Path>,
) {
    ui.painter()
        .rect_filled(rect, CornerRadius::same(8), theme.palette.background);
    let layer = egui::LayerId::new(
        ui.layer_id().order,
        egui::Id::unique((
            "thumbnail",
            &slide.id,
            step,
            rect.min.x as i32,
            rect.min.y as i32,
        )),
    );
    let canvas = Rect::from_min_size(egui::Pos2::ZERO, CANVAS);
    let content = canvas.shrink2(vec2(MARGIN, 40.0));
    let mut child = Ui::new(
        ui.ctx().clone(),
        layer.id,
        egui::UiBuilder::new()
            .layer_id(layer)
            .max_rect(content)
            .layout(Layout::top_down(Align::Min)),
    );
    child.set_clip_rect(canvas);
    let mut commands = Vec::new();
    slide_ui(
        &mut child,
        theme,
        document,
        slide,
        step,
        base_dir,
        &mut commands,
    );
    let scale = rect.width() / CANVAS.x;
    ui.ctx().set_transform_layer(
        layer,
        egui::emath::TSTransform::new(rect.min.to_vec2(), scale),
    );
    ui.ctx().set_sublayer(ui.layer_id(), layer);
}
