//! The app's chrome around the document: the reload-error banner, the Problems panel, the
//! search bar, the error screen and the enlarged image. Drawing only; each returns
//! [`Command`]s.

use egui::RichText;

use super::Command;
use super::theme::{self, Theme};
use crate::load::{Diagnostic, LoadError};

/// The search bar's state, kept by the app between frames.
#[derive(Default)]
pub struct SearchState {
    /// Whether the bar is shown.
    pub open: bool,
    /// What was typed.
    pub query: String,
    /// The match shown as current, from 0.
    pub current: usize,
    /// How many matches the last frame found.
    pub total: usize,
    /// Give the field the keyboard next frame.
    pub focus: bool,
    /// Scroll to the current match next frame.
    pub scroll: bool,
}

/// Where to type a portfolio's path when the system has no file dialog to show (a bare
/// window manager, no desktop portal): Ctrl+O must never do nothing.
#[derive(Clone, Debug, Default)]
pub struct PathEntry {
    /// What was typed: starts at the folder of the portfolio shown.
    pub path: String,
    /// Give the field the keyboard next frame.
    pub focus: bool,
}

/// The frame of a bar over the document (search, a path to type).
fn bar_frame(theme: &Theme) -> egui::Frame {
    egui::Frame::new()
        .fill(theme.palette.surface)
        .stroke(egui::Stroke::new(1.0, theme.palette.border))
        .inner_margin(egui::Margin::symmetric(16, 8))
}

/// The bar that asks for a path when no file dialog opened: Enter opens it, Esc or × closes
/// the bar.
pub fn path_entry_ui(
    entry: &mut PathEntry,
    ui: &mut egui::Ui,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    bar_frame(theme).show(ui, |ui| {
        ui.label(
            RichText::new(
                "No file dialog opened on this system: type the path of a portfolio (.ron).",
            )
            .color(theme.palette.muted),
        );
        ui.horizontal(|ui| {
            let response = ui.add(
                egui::TextEdit::singleline(&mut entry.path)
                    .hint_text("/home/you/portfolio.ron")
                    .desired_width(theme::SEARCH_FIELD_WIDTH * 1.6),
            );
            if entry.focus {
                response.request_focus();
                entry.focus = false;
            }
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered || ui.button("Open").clicked() {
                commands.push(Command::Open(std::path::PathBuf::from(entry.path.trim())));
            }
            let escaped = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Escape));
            if escaped || ui.button("×").on_hover_text("Close").clicked() {
                commands.push(Command::ClosePathEntry);
            }
        });
    });
}

/// The non-modal banner shown while the file on disk does not load: the first message, and
/// on click the full diagnostics as `folio check` prints them.
pub fn banner_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    error: &LoadError,
    open: bool,
    commands: &mut Vec<Command>,
) {
    let first = error
        .diagnostics
        .first()
        .map(|d| format!("{}: {}", d.location(), d.message))
        .unwrap_or_default();
    let response = egui::Frame::new()
        .fill(theme.palette.bad_soft)
        .stroke(egui::Stroke::new(1.0, theme.palette.bad))
        .inner_margin(egui::Margin::symmetric(16, 8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new("The file has an error; showing the last version that loaded.")
                    .font(theme.bold(theme::SMALL_SIZE + 1.0))
                    .color(theme.palette.bad),
            );
            ui.label(
                RichText::new(first)
                    .font(theme.small())
                    .color(theme.palette.text),
            );
            if open {
                ui.add_space(theme::LINE_GAP);
                egui::ScrollArea::vertical()
                    .id_salt("banner")
                    .max_height(theme::BANNER_DETAILS_HEIGHT)
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(error.to_string())
                                .monospace()
                                .color(theme.palette.text),
                        );
                    });
            } else {
                ui.label(
                    RichText::new("Click for details. folio reloads as soon as the file is valid.")
                        .font(theme.small())
                        .color(theme.palette.muted),
                );
            }
        })
        .response
        .interact(egui::Sense::click())
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.clicked() {
        commands.push(Command::ToggleBanner);
    }
}

/// The Problems panel: warnings and semantic errors of the loaded file, then notices about
/// settings, watching, fonts and the renderer.
pub fn problems_ui(
    ui: &mut egui::Ui,
    theme: &Theme,
    diagnostics: &[Diagnostic],
    notices: &[String],
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(format!("Problems ({})", diagnostics.len() + notices.len()))
                .font(theme.bold(theme::BODY_SIZE))
                .color(theme.palette.strong),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button("Close").clicked() {
                commands.push(Command::ToggleWarnings);
            }
        });
    });
    egui::ScrollArea::vertical()
        .id_salt("warnings")
        .show(ui, |ui| {
            if diagnostics.is_empty() && notices.is_empty() {
                ui.label(RichText::new("No problems found.").color(theme.palette.muted));
            }
            for notice in notices {
                ui.label(RichText::new(notice).color(theme.palette.warn));
            }
            for diagnostic in diagnostics {
                ui.label(
                    RichText::new(diagnostic.to_string())
                        .monospace()
                        .color(theme.palette.text),
                );
            }
        });
}

/// The search bar over the document: the query, "3 of 12", and step and close buttons.
pub fn search_bar_ui(
    search: &mut SearchState,
    ui: &mut egui::Ui,
    theme: &Theme,
    commands: &mut Vec<Command>,
) {
    bar_frame(theme).show(ui, |ui| {
        ui.horizontal(|ui| {
            let edit = egui::TextEdit::singleline(&mut search.query)
                .hint_text("Search the portfolio")
                .desired_width(theme::SEARCH_FIELD_WIDTH);
            let response = ui.add(edit);
            if search.focus {
                response.request_focus();
                search.focus = false;
            }
            if response.changed() {
                search.current = 0;
                search.scroll = true;
            }
            let status = if search.query.trim().is_empty() {
                String::new()
            } else if search.total == 0 {
                "No matches".to_owned()
            } else {
                format!("{} of {}", search.current + 1, search.total)
            };
            ui.label(RichText::new(status).color(theme.palette.muted));
            use super::keys::{BrowseAction, browse_shortcut};
            let key = |action| browse_shortcut(ui.ctx(), action);
            let (previous, next, close) = (
                key(BrowseAction::SearchStep(-1)),
                key(BrowseAction::SearchStep(1)),
                key(BrowseAction::CloseSearch),
            );
            if ui
                .button("▲")
                .on_hover_text(format!("Previous match ({previous})"))
                .clicked()
            {
                commands.push(Command::SearchStep(-1));
            }
            if ui
                .button("▼")
                .on_hover_text(format!("Next match ({next})"))
                .clicked()
            {
                commands.push(Command::SearchStep(1));
            }
            if ui
                .button("×")
                .on_hover_text(format!("Close ({close})"))
                .clicked()
            {
                commands.push(Command::CloseSearch);
            }
        });
    });
}

/// The screen shown when the portfolio never loaded: the diagnostics, as `folio check`
/// prints them.
pub fn error_screen_ui(ui: &mut egui::Ui, theme: &Theme, error: &LoadError) {
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(theme.palette.background)
                .inner_margin(egui::Margin::same(theme::PAGE_MARGIN as i8)),
        )
        .show(ui, |ui| {
            ui.label(
                RichText::new("The portfolio could not be opened")
                    .font(theme.bold(theme::SECTION_SIZE))
                    .color(theme.palette.strong),
            );
            ui.label(
                RichText::new(
                    "Fix the file and save it: folio loads it again by itself. \
                     `folio check FILE` prints the same messages in a terminal.",
                )
                .color(theme.palette.muted),
            );
            ui.add_space(theme::BLOCK_GAP);
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.label(
                    RichText::new(error.to_string())
                        .monospace()
                        .color(theme.palette.text),
                );
            });
        });
}

/// An image shown large over everything, closed by Esc or a click beside it.
pub fn enlarged_ui(ctx: &egui::Context, uri: &str, alt: &str, commands: &mut Vec<Command>) {
    let modal = egui::Modal::new(egui::Id::unique("enlarged-image")).show(ctx, |ui| {
        let max = ctx.content_rect().size() * theme::ENLARGED_FRACTION;
        ui.add(
            egui::Image::new(uri.to_owned())
                .fit_to_exact_size(max)
                .alt_text(alt),
        );
    });
    if modal.should_close() {
        commands.push(Command::CloseEnlarged);
    }
}

/// A one-line outcome over the document ("Saved Ada.pdf"), with a button to dismiss it.
pub fn status_ui(ui: &mut egui::Ui, theme: &Theme, text: &str, commands: &mut Vec<Command>) {
    egui::Frame::new()
        .fill(theme.palette.accent_soft)
        .inner_margin(egui::Margin::symmetric(16, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(text).color(theme.palette.text));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("×").on_hover_text("Dismiss").clicked() {
                        commands.push(Command::DismissStatus);
                    }
                });
            });
        });
}
