//! The table of contents on the left: the person, every section and case study (the current
//! one highlighted), search and the theme switch.

use egui::{CornerRadius, RichText, Sense, Ui};

use super::keys::{self, BrowseAction};
use super::theme::{self, Theme};
use super::{Command, ThemeChoice};
use crate::document::{Anchor, Document};

/// What the table of contents shows besides the outline.
pub struct TocState<'a> {
    /// The section or case study in view.
    pub current: Option<Anchor>,
    /// The theme picked.
    pub theme_choice: ThemeChoice,
    /// How many problems the Problems panel lists.
    pub problems: usize,
    /// The track picked for presenting.
    pub track: Option<&'a str>,
    /// The job posting the next talk is prepared for, by name.
    pub posting: Option<&'a str>,
    /// Case-study tags the next talk is limited to (`--tags`).
    pub tags: &'a [String],
}

/// Draws the table of contents. Clicks become commands.
pub fn toc_ui(
    ui: &mut Ui,
    theme: &Theme,
    document: &Document,
    state: &TocState<'_>,
    commands: &mut Vec<Command>,
) {
    let TocState {
        current,
        theme_choice,
        problems,
        track,
        posting,
        tags,
    } = *state;
    ui.add_space(theme::BLOCK_GAP);
    if document.audience.is_private() {
        super::text::private_view_badge(ui, theme);
        ui.add_space(theme::LINE_GAP);
    }
    ui.label(
        RichText::new(document.portfolio.display_name())
            .font(theme.bold(theme::BODY_SIZE + 1.0))
            .color(theme.palette.strong),
    );
    if document.portfolio.person.name.is_some() {
        ui.label(
            RichText::new(&document.portfolio.person.headline)
                .font(theme.small())
                .color(theme.palette.muted),
        );
    }
    ui.add_space(theme::BLOCK_GAP);
    // The buttons first, in a panel at the sidebar's foot, so the outline gets exactly the
    // height they leave at any window size and is never drawn under them.
    egui::Panel::bottom("toc-actions")
        .resizable(false)
        .show_separator_line(false)
        .frame(egui::Frame::new())
        .show(ui, |ui| {
        ui.with_layout(egui::Layout::bottom_up(egui::Align::LEFT), |ui| {
            ui.add_space(theme::BLOCK_GAP * 0.75);
            ui.horizontal(|ui| {
                for (choice, label, tip) in [
                    (
                        ThemeChoice::System,
                        "Auto",
                        "Follow the system's light or dark setting",
                    ),
                    (ThemeChoice::Light, "Light", "Light theme"),
                    (ThemeChoice::Dark, "Dark", "Dark theme"),
                ] {
                    if ui
                        .selectable_label(theme_choice == choice, label)
                        .on_hover_text(tip)
                        .clicked()
                    {
                        commands.push(Command::SetTheme(choice));
                    }
                }
            });
            if problems > 0 {
                let text = if problems == 1 {
                    "1 problem".to_owned()
                } else {
                    format!("{problems} problems")
                };
                if ui
                    .button(RichText::new(text).color(theme.palette.warn))
                    .on_hover_text("Warnings about the portfolio file")
                    .clicked()
                {
                    commands.push(Command::ToggleWarnings);
                }
            }
            let tracks = &document.portfolio.tracks;
            if !tracks.is_empty() || posting.is_some() || !tags.is_empty() {
                let for_posting = posting.map(|name| format!("for {name}"));
                // A filter from the command line is shown, so F5's slides are never a
                // surprise, and "all slides" clears it.
                let tagged = (!tags.is_empty()).then(|| format!("tags: {}", tags.join(", ")));
                let shown = for_posting
                    .as_deref()
                    .or(track)
                    .or(tagged.as_deref())
                    .unwrap_or("all slides");
                // A width of its own, the text cut to it: a long filter ("tags: latency,
                // cost") must not squeeze the label into "Tra/ck".
                egui::ComboBox::new("track", "Track")
                    .width(theme::TOC_WIDTH - theme::TRACK_PICKER_SLACK)
                    .wrap_mode(egui::TextWrapMode::Truncate)
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for label in for_posting.iter().chain(&tagged) {
                            let _ = ui.selectable_label(true, label.as_str());
                        }
                        let all = track.is_none() && posting.is_none() && tags.is_empty();
                        if ui.selectable_label(all, "all slides").clicked() {
                            commands.push(Command::SetTrack(None));
                        }
                        for t in tracks {
                            if ui
                                .selectable_label(track == Some(t.name.as_str()), &t.name)
                                .clicked()
                            {
                                commands.push(Command::SetTrack(Some(t.name.clone())));
                            }
                        }
                    });
            }
            let shortcut = |action| keys::browse_shortcut(ui.ctx(), action);
            let (present, search, export) = (
                shortcut(BrowseAction::Present),
                shortcut(BrowseAction::Search),
                shortcut(BrowseAction::Export),
            );
            if ui
                .button(format!("Present   {present}"))
                .on_hover_text("Show the portfolio as slides for an interview")
                .clicked()
            {
                commands.push(Command::StartPresenting);
            }
            if ui
                .button("Prepare for a job…")
                .on_hover_text(
                    "Paste a job posting: what it asks, what your portfolio shows, the talk to give",
                )
                .clicked()
            {
                commands.push(Command::TogglePrepare);
            }
            if ui
                .button(format!("Search   {search}"))
                .on_hover_text("Find text anywhere in the portfolio")
                .clicked()
            {
                commands.push(Command::OpenSearch);
            }
            ui.menu_button(format!("Export   {export}"), |ui| {
                export_menu_ui(ui, &export, commands);
            })
            .response
            .on_hover_text("Save a PDF to send, slides for another machine, or one offline web page");
        });
        });
    // When the current entry changes (a jump, a scroll of the document), the outline scrolls
    // to show it: at the end of a long portfolio "Contact" is below the outline's fold.
    let last_id = egui::Id::unique("toc-last-current");
    let current_changed = ui.data(|d| d.get_temp::<Option<Anchor>>(last_id)) != Some(current);
    ui.data_mut(|d| d.insert_temp(last_id, current));
    let mut entry = |ui: &mut Ui, entry: &crate::document::OutlineEntry, one_line: bool| {
        let selected = current == Some(entry.anchor);
        let indent = f32::from(entry.depth) * 14.0;
        let (font, color) = match (entry.depth, selected) {
            (_, true) => (theme.bold(theme::SMALL_SIZE + 1.0), theme.palette.accent),
            (0, false) => (theme.bold(theme::SMALL_SIZE + 1.0), theme.palette.text),
            (_, false) => (theme.small(), theme.palette.muted),
        };
        let style = EntryStyle {
            font,
            color,
            indent,
            selected,
            one_line,
        };
        let response = entry_ui(ui, theme, &entry.title, &style);
        if selected && current_changed {
            response.scroll_to_me(Some(egui::Align::Center));
        }
        if response.clicked() {
            commands.push(Command::ScrollTo(entry.anchor));
        }
    };
    let scroll = egui::ScrollArea::vertical()
        .id_salt("toc")
        .auto_shrink([false, true])
        .max_height(ui.available_height());
    // A long career makes a long outline: then entries are one line each, and only the
    // visible rows are laid out.
    if document.outline.len() > LONG_OUTLINE {
        let row_height = theme.bold(theme::SMALL_SIZE + 1.0).size + 12.0;
        scroll.show_rows(ui, row_height, document.outline.len(), |ui, rows| {
            for item in document.outline.get(rows).unwrap_or_default() {
                entry(ui, item, true);
            }
        });
    } else {
        scroll.show(ui, |ui| {
            for item in &document.outline {
                entry(ui, item, false);
            }
        });
    }
}

/// The Export menu's entries: what each export is for, in the words of the person using it.
fn export_menu_ui(ui: &mut egui::Ui, shortcut: &str, commands: &mut Vec<Command>) {
    use crate::ui::ExportKind;
    let entries = [
        (
            ExportKind::Document,
            format!("Document…   {shortcut}"),
            "A PDF to send or print, or one web page that works offline",
        ),
        (
            ExportKind::Slides,
            "Slides (PDF)…".to_owned(),
            "One page per slide, to present from any machine",
        ),
        (
            ExportKind::Handout,
            "Handout (PDF)…".to_owned(),
            "Each slide followed by its speaker notes",
        ),
        (
            ExportKind::SlideImages,
            "Slides as images…".to_owned(),
            "One PNG per slide in a folder, for a video call or another app",
        ),
    ];
    for (kind, label, hint) in entries {
        if ui.button(label).on_hover_text(hint).clicked() {
            commands.push(Command::Export(kind));
            ui.close();
        }
    }
}

/// Outlines longer than this show one line per entry and lay out only visible rows.
const LONG_OUTLINE: usize = 60;

struct EntryStyle {
    font: egui::FontId,
    color: egui::Color32,
    indent: f32,
    selected: bool,
    one_line: bool,
}

fn entry_ui(ui: &mut Ui, theme: &Theme, title: &str, style: &EntryStyle) -> egui::Response {
    let EntryStyle {
        font,
        color,
        indent,
        selected,
        one_line,
    } = style;
    let (indent, selected, color) = (*indent, *selected, *color);
    let width = ui.available_width();
    let wrap = width - indent - 20.0;
    let galley = if *one_line {
        let mut job =
            egui::text::LayoutJob::simple_singleline(title.to_owned(), font.clone(), color);
        job.wrap = egui::text::TextWrapping::truncate_at_width(wrap);
        ui.painter().layout_job(job)
    } else {
        ui.painter()
            .layout(title.to_owned(), font.clone(), color, wrap)
    };
    let height = if *one_line {
        font.size + 12.0
    } else {
        galley.size().y + 10.0
    };
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, height), Sense::click());
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    if selected || response.hovered() {
        let fill = if selected {
            theme.palette.accent_soft
        } else {
            theme.palette.surface_alt
        };
        ui.painter().rect_filled(rect, CornerRadius::same(6), fill);
    }
    if selected {
        let bar = egui::Rect::from_min_size(rect.min, egui::vec2(3.0, rect.height()));
        ui.painter()
            .rect_filled(bar, CornerRadius::same(2), theme.palette.accent);
    }
    let text_pos = egui::pos2(rect.left() + 10.0 + indent, rect.top() + 5.0);
    ui.painter().galley(text_pos, galley, color);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, title));
    response
}
