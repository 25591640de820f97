//! The presenter window: the times, the current and next slide, and the speaker notes.

use egui::{Align, Layout, RichText, Ui, vec2};

use super::super::theme::{self, Theme};
use super::SlideSource;
use super::overlays::thumbnail_ui;
use crate::deck::Position;
use crate::deck::pages::SlideLayouts;

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
    /// The job posting's requirements this slide answers ("must: Kotlin on the JVM"), when
    /// the talk was made for one.
    pub answers: Option<Vec<String>>,
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
            if let Some(answers) = &info.answers {
                ui.label(
                    RichText::new("From the posting")
                        .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
                        .color(theme.palette.accent),
                );
                if answers.is_empty() {
                    ui.label(
                        RichText::new("This slide answers none of its requirements.")
                            .font(theme.regular(theme::PRESENTER_SCRIPT_SIZE))
                            .color(theme.palette.muted),
                    );
                }
                for answer in answers {
                    ui.label(
                        RichText::new(format!("✓ {answer}"))
                            .font(theme.regular(theme::PRESENTER_SCRIPT_SIZE))
                            .color(theme.palette.text),
                    );
                }
                ui.add_space(theme::BLOCK_GAP * 0.5);
            }
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
                        .font(theme.regular(theme::PRESENTER_NOTES_SIZE))
                        .color(theme.palette.text),
                );
                // What the audience does not see: the whole story, exact figures, checks.
                if !current.script.is_empty() {
                    ui.add_space(theme::BLOCK_GAP * 0.5);
                    ui.label(
                        RichText::new("Not on the slide")
                            .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
                            .color(theme.palette.accent),
                    );
                    for line in &current.script {
                        ui.label(
                            RichText::new(line)
                                .font(theme.regular(theme::PRESENTER_SCRIPT_SIZE))
                                .color(theme.palette.text),
                        );
                    }
                }
            });
        });
    });
}
