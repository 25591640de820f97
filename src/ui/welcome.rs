//! The first screen when folio starts with no portfolio to show: open one, start one, look at
//! the example, or pick up a recent file. Everything here is one click (or the Open key) away.

use std::path::{Path, PathBuf};

use egui::{Align, Layout, RichText, Sense, Ui};

use super::Command;
use super::theme::{self, Theme};

/// What the welcome screen shows besides its actions.
pub struct WelcomeState<'a> {
    /// Portfolios opened before, most recent first; all exist.
    pub recent: &'a [PathBuf],
    /// A one-line outcome ("Created …", a failure), if any.
    pub status: Option<&'a str>,
}

/// Draws the welcome screen, centred in the window. With recent files and room for it,
/// the actions and the recent files stand side by side; otherwise the recent files come right
/// after Open, before the actions a returning user rarely needs.
pub fn welcome_ui(ui: &mut Ui, theme: &Theme, state: &WelcomeState, commands: &mut Vec<Command>) {
    let side_by_side =
        !state.recent.is_empty() && ui.available_width() >= theme::WELCOME_TWO_COLUMNS;
    let width = if side_by_side {
        theme::WELCOME_WIDE_WIDTH
    } else {
        theme::WELCOME_WIDTH
    };
    let width = ui.available_width().min(width);
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(width);
            ui.add_space(theme::WELCOME_TOP_GAP.min(ui.available_height() * 0.08));
            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                header_ui(ui, theme);
                ui.add_space(theme::SECTION_GAP / 2.0);
                if let Some(status) = state.status {
                    super::chrome::status_ui(ui, theme, status, commands);
                    ui.add_space(theme::BLOCK_GAP);
                }
                if side_by_side {
                    ui.columns(2, |columns| {
                        if let [left, right] = columns {
                            // Columns justify their text; cards and links read better ragged.
                            let ragged = Layout::top_down(Align::Min);
                            left.with_layout(ragged, |ui| {
                                actions_ui(ui, theme, ACTIONS, commands);
                            });
                            right.with_layout(ragged, |ui| {
                                ui.add_space(theme::LINE_GAP);
                                recent_ui(ui, theme, state.recent, commands);
                            });
                        }
                    });
                } else {
                    let (open, rest) = ACTIONS.split_at(1);
                    actions_ui(ui, theme, open, commands);
                    if !state.recent.is_empty() {
                        ui.add_space(theme::LINE_GAP);
                        recent_ui(ui, theme, state.recent, commands);
                        ui.add_space(theme::BLOCK_GAP);
                    }
                    actions_ui(ui, theme, rest, commands);
                }
                ui.add_space(theme::LINE_GAP);
                ui.label(
                    RichText::new("Or drop a .ron portfolio anywhere on this window.")
                        .font(theme.small())
                        .color(theme.palette.muted),
                );
            });
        });
    });
}

/// What the welcome screen offers: a title, what it does, and its command. The first is
/// the one most people want, drawn filled.
const ACTIONS: &[(&str, &str, WelcomeAction)] = &[
    (
        "Open a portfolio…",
        "A portfolio.ron of yours",
        WelcomeAction::Open,
    ),
    (
        "Start a new portfolio",
        "A commented starter file in a folder you choose, opened in your editor",
        WelcomeAction::New,
    ),
    (
        "Import a résumé…",
        "From a JSON Resume, RenderCV or Markdown CV: your figures become charts",
        WelcomeAction::Import,
    ),
    (
        "Look at an example",
        "A backend engineer's portfolio, to see what folio does",
        WelcomeAction::Example,
    ),
];

/// The welcome screen's actions, as constants can hold them.
#[derive(Clone, Copy)]
enum WelcomeAction {
    Open,
    New,
    Import,
    Example,
}

impl WelcomeAction {
    fn command(self) -> Command {
        match self {
            WelcomeAction::Open => Command::OpenDialog,
            WelcomeAction::New => Command::NewPortfolio,
            WelcomeAction::Import => Command::ImportDialog,
            WelcomeAction::Example => Command::ShowExample,
        }
    }
}

fn header_ui(ui: &mut Ui, theme: &Theme) {
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(
            egui::vec2(theme::WELCOME_ICON_SIZE, theme::WELCOME_ICON_SIZE),
            Sense::hover(),
        );
        super::icon::paint(ui.painter(), rect);
        ui.add_space(theme::LINE_GAP * 2.0);
        ui.vertical(|ui| {
            ui.label(
                RichText::new("folio")
                    .font(theme.bold(theme::HERO_SIZE))
                    .color(theme.palette.strong),
            );
            ui.label(
                RichText::new(
                    "Your portfolio for interviews: one file, read as a document, \
                     presented as slides.",
                )
                .font(theme.regular(theme::TAGLINE_SIZE))
                .color(theme.palette.muted),
            );
        });
    });
}

fn actions_ui(
    ui: &mut Ui,
    theme: &Theme,
    actions: &[(&str, &str, WelcomeAction)],
    commands: &mut Vec<Command>,
) {
    for (title, detail, action) in actions {
        let primary = matches!(action, WelcomeAction::Open);
        // The key, from the key table, so macOS shows ⌘O.
        let detail = match action {
            WelcomeAction::Open => format!(
                "{detail}   ·   {}",
                super::keys::browse_shortcut(ui.ctx(), super::keys::BrowseAction::Open)
            ),
            _ => (*detail).to_owned(),
        };
        if action_card_ui(ui, theme, title, &detail, primary).clicked() {
            commands.push(action.command());
        }
        ui.add_space(theme::LINE_GAP * 1.5);
    }
}

/// A wide, clickable card: a title and a line saying what it does. The first is filled with
/// the accent, as the action most people want.
fn action_card_ui(
    ui: &mut Ui,
    theme: &Theme,
    title: &str,
    detail: &str,
    primary: bool,
) -> egui::Response {
    let (fill, title_colour, detail_colour) = if primary {
        (
            theme.palette.accent,
            theme.palette.on_accent,
            theme.palette.on_accent,
        )
    } else {
        (
            theme.palette.surface,
            theme.palette.strong,
            theme.palette.muted,
        )
    };
    let inner = egui::Frame::new()
        .fill(fill)
        .stroke(egui::Stroke::new(1.0, theme.palette.border))
        .corner_radius(theme::CARD_RADIUS)
        .inner_margin(egui::Margin::symmetric(
            theme::CARD_PADDING,
            theme::WELCOME_CARD_PADDING,
        ))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(title)
                    .font(theme.bold(theme::CARD_TITLE_SIZE - 2.0))
                    .color(title_colour),
            );
            ui.label(
                RichText::new(detail)
                    .font(theme.small())
                    .color(detail_colour),
            );
        });
    let response = ui
        .interact(
            inner.response.rect,
            ui.scope_id().with(("welcome-action", title)),
            Sense::click(),
        )
        .on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.hovered() {
        ui.painter().rect_stroke(
            inner.response.rect,
            theme::CARD_RADIUS,
            egui::Stroke::new(2.0, theme.palette.accent),
            egui::StrokeKind::Inside,
        );
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, title));
    response
}

fn recent_ui(ui: &mut Ui, theme: &Theme, recent: &[PathBuf], commands: &mut Vec<Command>) {
    super::text::eyebrow(ui, theme, "Recent");
    ui.add_space(theme::LINE_GAP);
    for path in recent {
        let (name, folder) = file_and_folder(path);
        let link = ui
            .add(
                egui::Label::new(
                    RichText::new(&name)
                        .font(theme.bold(theme::BODY_SIZE))
                        .color(theme.palette.accent),
                )
                .sense(Sense::click()),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand)
            .on_hover_text(path.display().to_string());
        if link.clicked() {
            commands.push(Command::Open(path.clone()));
        }
        ui.add(
            egui::Label::new(
                RichText::new(folder)
                    .font(theme.small())
                    .color(theme.palette.muted),
            )
            .truncate(),
        );
        ui.add_space(theme::LINE_GAP);
    }
}

/// A recent file as its name and the folder it is in, the home folder shortened to `~`.
pub fn file_and_folder(path: &Path) -> (String, String) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let folder = path
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(|h| PathBuf::from(h).display().to_string())
        .filter(|h| !h.is_empty());
    let folder = match home {
        Some(home) if folder.starts_with(&home) => format!("~{}", &folder[home.len()..]),
        _ => folder,
    };
    (name, folder)
}

/// Paints "Drop to open" over the window while files are dragged over it.
pub fn drop_hint_ui(ctx: &egui::Context, theme: &Theme) {
    let rect = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("folio-drop-hint"),
    ));
    painter.rect_filled(rect, 0.0, theme.palette.background.gamma_multiply(0.9));
    painter.rect_stroke(
        rect.shrink(theme::PAGE_MARGIN),
        theme::CARD_RADIUS,
        egui::Stroke::new(3.0, theme.palette.accent),
        egui::StrokeKind::Inside,
    );
    painter.text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        "Drop a .ron portfolio to open it",
        theme.bold(theme::SECTION_SIZE),
        theme.palette.strong,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recent_file_shows_its_name_and_folder() {
        let (name, folder) = file_and_folder(Path::new("/srv/work/portfolio.ron"));
        assert_eq!(name, "portfolio.ron");
        assert!(folder.ends_with("work"), "{folder}");
    }
}
