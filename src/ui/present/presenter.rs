//! The presenter window: the times, the current and next slide, and the speaker notes.

use egui::{Align, Layout, RichText, Ui, vec2};

use super::super::Command;
use super::super::theme::{self, Theme};
use super::overlays::{help_ui, overview_ui, palette_ui, thumbnail_ui};
use super::{Overlay, SlideSource};
use crate::deck::Position;
use crate::deck::pages::SlideLayouts;

/// The next slide's preview, as a share of the current one's width.
const NEXT_PREVIEW: f32 = 0.7;
/// A 16:9 slide's height for its width.
const SLIDE_ASPECT: f32 = 9.0 / 16.0;

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
    /// The timer is paused.
    pub paused: bool,
    /// What the presenter must know now: the number being typed here ("Go to 4…"), that
    /// there is no such slide, or that the audience sees a black screen.
    pub message: Option<String>,
    /// The overlay (palette, overview, key list) was opened here and is drawn here.
    pub private: bool,
}

/// The presenter window: times, the current and next slide, and the speaker notes; the
/// palette, overview or key list in front when opened here (`overlay`), a choice pushed to
/// `commands`.
#[allow(clippy::too_many_arguments)]
pub fn presenter_ui(
    ui: &mut Ui,
    theme: &Theme,
    source: &SlideSource<'_>,
    layouts: &mut SlideLayouts,
    position: Position,
    info: &PresenterInfo,
    overlay: &mut Overlay,
    commands: &mut Vec<Command>,
) {
    let window = ui.max_rect();
    let deck = source.deck;
    let total = deck.slides.len();
    if source.document.audience.is_private() {
        crate::ui::text::private_view_badge(ui, theme);
    }
    let elapsed = if info.paused {
        "Elapsed · paused"
    } else {
        "Elapsed"
    };
    ui.horizontal(|ui| {
        for (label, value) in [
            (elapsed, info.elapsed.as_str()),
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
    if let Some(message) = &info.message {
        ui.label(
            RichText::new(message)
                .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
                .color(theme.palette.warn),
        );
    }
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
    let height = ui.available_height();
    let column = (width - theme::PRESENTER_COLUMN_GAP) * 0.5;
    let now_label = RichText::new(format!(
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
    .color(theme.palette.strong);
    let next_slide = next.and_then(|(index, step)| deck.slide(index).map(|s| (s, index, step)));
    let next_label = RichText::new(match next_slide {
        Some((slide, _, _)) => format!("Next: {}", slide.title),
        None => "Last slide".to_owned(),
    })
    .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
    .color(theme.palette.muted);
    // The previews take what the labels leave, however long a title wraps: both slides are
    // always whole in the window.
    let labels = label_height(ui, &now_label, column) + label_height(ui, &next_label, column);
    let spacing = ui.spacing().item_spacing.y * 4.0 + theme::BLOCK_GAP * 0.5;
    let for_previews = (height - labels - spacing).max(0.0);
    let preview = column.min(for_previews / ((1.0 + NEXT_PREVIEW) * SLIDE_ASPECT));
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(vec2(column, height), Layout::top_down(Align::Min), |ui| {
            ui.label(now_label);
            thumbnail_ui(
                ui,
                theme,
                source,
                layouts,
                (position.slide, position.step),
                preview,
            );
            ui.add_space(theme::BLOCK_GAP * 0.5);
            ui.label(next_label);
            if let Some((_, index, step)) = next_slide {
                thumbnail_ui(
                    ui,
                    theme,
                    source,
                    layouts,
                    (index, step),
                    preview * NEXT_PREVIEW,
                );
            }
        });
        ui.add_space(theme::PRESENTER_COLUMN_GAP);
        ui.allocate_ui_with_layout(vec2(column, height), Layout::top_down(Align::Min), |ui| {
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
            notes_ui(ui, theme, source, position);
        });
    });
    if !info.private {
        return;
    }
    let chosen = match overlay {
        Overlay::Palette { query, selected } => palette_ui(
            ui,
            theme,
            window,
            deck,
            &source.document.portfolio,
            query,
            selected,
        ),
        Overlay::Overview { selected } => {
            let selected = *selected;
            overview_ui(ui, theme, window, source, layouts, position, selected)
        }
        Overlay::Help => {
            help_ui(ui, theme, window);
            None
        }
        Overlay::None | Overlay::Number { .. } | Overlay::Blank { .. } => None,
    };
    if let Some(index) = chosen {
        commands.push(Command::GoToSlide(index));
    }
}

/// The notes and what the slide leaves to the presenter, in the rest of the window's
/// height, read from the top on every slide.
fn notes_ui(ui: &mut Ui, theme: &Theme, source: &SlideSource<'_>, position: Position) {
    let Some(current) = source.deck.slide(position.slide) else {
        return;
    };
    let shown_for = egui::Id::unique("presenter-notes-slide");
    let new_slide = ui.data(|d| d.get_temp::<usize>(shown_for)) != Some(position.slide);
    ui.data_mut(|d| d.insert_temp(shown_for, position.slide));
    let mut area = egui::ScrollArea::vertical()
        .id_salt("notes")
        .auto_shrink([false, false])
        .max_height(ui.available_height());
    if new_slide {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(ui, |ui| {
        match current.speaker_notes(&source.document.portfolio) {
            Some(notes) => {
                ui.label(
                    RichText::new(notes)
                        .font(theme.regular(theme::PRESENTER_NOTES_SIZE))
                        .color(theme.palette.text),
                );
            }
            // Said quietly: most slides of a talk have no notes, and the how-to is for the
            // rehearsal, not the talk.
            None => {
                ui.label(
                    RichText::new("No notes for this slide.")
                        .font(theme.regular(theme::PRESENTER_SCRIPT_SIZE))
                        .color(theme.palette.muted),
                );
                ui.label(
                    RichText::new(
                        "Add `notes` to a case study, or `notes: {\"about\": \"...\"}` for a section.",
                    )
                    .font(theme.small())
                    .color(theme.palette.muted),
                );
            }
        }
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
}

/// How tall a label is when wrapped in `width`.
fn label_height(ui: &Ui, text: &RichText, width: f32) -> f32 {
    let galley = egui::WidgetText::from(text.clone()).into_galley(
        ui,
        Some(egui::TextWrapMode::Wrap),
        width,
        egui::TextStyle::Body,
    );
    galley.size().y
}
