//! "Prepare for a job": the posting pasted or opened on the left; on the right what it asks,
//! what in the portfolio shows each requirement, the gaps, and the talk to give, which the
//! user can reorder or cut before presenting or exporting it. Drawing only: the reading is
//! done by the app (`tailor`), every change comes back as a [`Command`].

use egui::{RichText, Ui};

use super::Command;
use super::theme::{self, Theme};
use crate::tailor::Tailored;
use crate::tailor::evidence::Strength;
use crate::tailor::posting::RequirementKind;

/// What the view shows; `text` is the posting being edited.
pub struct PrepareView<'a> {
    /// The posting's text, edited in place.
    pub text: &'a mut String,
    /// Where it came from ("Pasted", a file's name).
    pub name: &'a str,
    /// The reading of the text: the report, or why it cannot be read; `None` when empty.
    pub reading: Option<&'a Result<Tailored, String>>,
    /// The talk as the user has it: each slide's id and title.
    pub talk: &'a [(String, String)],
    /// Whether the talk differs from the one suggested.
    pub edited: bool,
    /// The remembered postings' names, most recent first.
    pub recent: &'a [String],
    /// Whether there is room for two columns.
    pub wide: bool,
}

/// The window's contents.
pub fn prepare_ui(
    ui: &mut Ui,
    theme: &Theme,
    view: &mut PrepareView<'_>,
    commands: &mut Vec<Command>,
) {
    ui.label(
        RichText::new(
            "Paste a job posting, or open its file: folio lists what it asks, what in your \
             portfolio shows each requirement, what nothing shows, and the talk to give.",
        )
        .color(theme.palette.muted),
    );
    ui.add_space(theme::LINE_GAP);
    ui.horizontal(|ui| {
        if ui.button("Open a posting…").clicked() {
            commands.push(Command::OpenPosting);
        }
        if !view.recent.is_empty() {
            ui.menu_button("Recent postings", |ui| {
                for (index, name) in view.recent.iter().enumerate() {
                    if ui.button(name).clicked() {
                        commands.push(Command::UseRecentPosting(index));
                        ui.close();
                    }
                }
            });
        }
        ui.label(RichText::new(view.name).color(theme.palette.muted));
    });
    ui.add_space(theme::LINE_GAP);
    let height = ui.available_height();
    if view.wide {
        ui.columns(2, |columns| {
            if let [left, right] = columns {
                posting_ui(left, theme, view, height);
                reading_ui(right, theme, view, commands, height);
            }
        });
    } else {
        posting_ui(ui, theme, view, height * theme::PREPARE_NARROW_TEXT_SHARE);
        reading_ui(
            ui,
            theme,
            view,
            commands,
            height * (1.0 - theme::PREPARE_NARROW_TEXT_SHARE),
        );
    }
}

/// The posting's text box.
fn posting_ui(ui: &mut Ui, theme: &Theme, view: &mut PrepareView<'_>, height: f32) {
    egui::ScrollArea::vertical()
        .id_salt("posting-text")
        .max_height(height)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(view.text)
                    .hint_text("Paste the job posting here")
                    .font(theme.body())
                    .desired_width(f32::INFINITY)
                    .desired_rows(theme::PREPARE_TEXT_ROWS),
            );
        });
}

/// The requirements with their evidence, the gaps, and the talk.
fn reading_ui(
    ui: &mut Ui,
    theme: &Theme,
    view: &PrepareView<'_>,
    commands: &mut Vec<Command>,
    height: f32,
) {
    let tailored = match view.reading {
        None => {
            ui.label(RichText::new("Nothing pasted yet.").color(theme.palette.muted));
            return;
        }
        Some(Err(message)) => {
            ui.label(RichText::new(message).color(theme.palette.warn));
            return;
        }
        Some(Ok(tailored)) => tailored,
    };
    let total = tailored.requirements.len();
    let shown = total - tailored.gaps.len();
    ui.label(
        RichText::new(format!(
            "{shown} of {total} requirements shown by the portfolio"
        ))
        .font(theme.bold(theme::BODY_SIZE))
        .color(theme.palette.strong),
    );
    egui::ScrollArea::vertical()
        .id_salt("posting-reading")
        .max_height(height)
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if !tailored.gaps.is_empty() {
                heading(ui, theme, "Not shown by the portfolio: prepare an answer");
                for matched in tailored
                    .gaps
                    .iter()
                    .filter_map(|i| tailored.requirements.get(*i))
                {
                    let level = matched.requirement.level_word();
                    // Who may be hired is confirmed, not shown: a question, not a miss.
                    let (mark, colour) = if matched.requirement.kind == RequirementKind::Eligibility
                    {
                        ("?", theme.palette.warn)
                    } else {
                        ("✗", theme.palette.bad)
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(mark).color(colour));
                        ui.label(
                            RichText::new(level)
                                .font(theme.small())
                                .color(theme.palette.muted),
                        );
                        ui.label(
                            RichText::new(&matched.requirement.text).color(theme.palette.text),
                        );
                    });
                }
                ui.add_space(theme::BLOCK_GAP);
            }
            talk_ui(ui, theme, view, commands);
            ui.add_space(theme::BLOCK_GAP);
            heading(ui, theme, "Requirements");
            for matched in &tailored.requirements {
                let r = &matched.requirement;
                // Shown by a case study or position; only claimed by an expertise area or a
                // tag; not shown at all: three marks a hiring manager would tell apart.
                let (mark, colour) = match (matched.is_gap(), matched.strength()) {
                    _ if r.kind == RequirementKind::Eligibility => ("?", theme.palette.warn),
                    (true, _) | (_, None) => ("✗", theme.palette.bad),
                    (false, Some(Strength::Shown)) => ("✓", theme.palette.good),
                    (false, Some(Strength::Claimed)) => ("~", theme.palette.warn),
                };
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(mark).color(colour));
                    let level = r.level_word();
                    ui.label(
                        RichText::new(level)
                            .font(theme.small())
                            .color(theme.palette.muted),
                    );
                    ui.label(RichText::new(&r.text).color(theme.palette.text));
                });
                // Indented by the layout, not by spaces in the text, so wrapped lines align.
                ui.indent(("evidence", &matched.requirement.text), |ui| {
                    for evidence in matched.evidence.iter().take(2) {
                        ui.label(
                            RichText::new(format!(
                                "{} ({}): {}",
                                evidence.title,
                                evidence.strength.word(),
                                evidence.words.join(", ")
                            ))
                            .font(theme.small())
                            .color(theme.palette.muted),
                        );
                    }
                    if !matched.missing.is_empty() {
                        ui.label(
                            RichText::new(format!("not shown: {}", matched.missing.join(", ")))
                                .font(theme.small())
                                .color(theme.palette.muted),
                        );
                    }
                });
            }
        });
}

/// The talk, each slide with buttons to move it or take it out, and what to do with it.
fn talk_ui(ui: &mut Ui, theme: &Theme, view: &PrepareView<'_>, commands: &mut Vec<Command>) {
    heading(ui, theme, "The talk");
    if view.talk.is_empty() {
        ui.label(
            RichText::new("No case study answers this posting: there is no talk to suggest.")
                .color(theme.palette.muted),
        );
        return;
    }
    let answers_nothing = view
        .reading
        .and_then(|r| r.as_ref().ok())
        .is_some_and(Tailored::answers_nothing);
    if answers_nothing {
        ui.label(
            RichText::new(
                "No case study answers this posting directly: these are the nearest, to \
                 bridge from what you have done to what it asks.",
            )
            .color(theme.palette.muted),
        );
    }
    let last = view.talk.len() - 1;
    for (index, (id, title)) in view.talk.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("{}.", index + 1)).color(theme.palette.muted));
            let up = ui.add_enabled(index > 0, egui::Button::new("↑").small());
            if up.on_hover_text("Earlier in the talk").clicked() {
                commands.push(Command::MoveTalkSlide { index, by: -1 });
            }
            let down = ui.add_enabled(index < last, egui::Button::new("↓").small());
            if down.on_hover_text("Later in the talk").clicked() {
                commands.push(Command::MoveTalkSlide { index, by: 1 });
            }
            if ui
                .add(egui::Button::new("×").small())
                .on_hover_text("Leave out of the talk")
                .clicked()
            {
                commands.push(Command::DropTalkSlide(index));
            }
            // A title may be a sentence; it wraps beside its buttons, never widening the window.
            ui.add(egui::Label::new(RichText::new(title).color(theme.palette.text)).wrap())
                .on_hover_text(id);
        });
    }
    ui.add_space(theme::LINE_GAP);
    ui.horizontal(|ui| {
        if ui.button("Present this talk").clicked() {
            commands.push(Command::PresentPrepared);
        }
        if ui.button("Export the talk as PDF…").clicked() {
            commands.push(Command::ExportPrepared);
        }
        if view.edited && ui.button("Back to the suggested talk").clicked() {
            commands.push(Command::ResetTalk);
        }
    });
}

fn heading(ui: &mut Ui, theme: &Theme, text: &str) {
    ui.label(
        RichText::new(text)
            .font(theme.bold(theme::PRESENTER_LABEL_SIZE))
            .color(theme.palette.accent),
    );
}
