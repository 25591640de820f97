//! The portfolio's sections as the document and the slides both draw them: the hero,
//! expertise cards, case-study cards, positions, teaching, education, publications,
//! projects, principles, contact. Each is a `*_ui` function over the model and a small
//! [`SectionContext`]; what is specific to the scrolling document (lazy layout, anchors)
//! stays in `browse`.

use std::path::Path;

use egui::{Align, CornerRadius, Rect, Response, RichText, Sense, Ui, pos2, vec2};

use super::Command;
use super::chart::{change_chart, metric_chip, metrics_panel};
use super::picture::{avatar_ui, case_image_ui};
use super::text::{Highlighter, eyebrow, meta_line};
use super::theme::{self, Theme};
use crate::document::header::{Header, header};
use crate::document::words;
use crate::document::{Anchor, Document, Section};
use crate::metrics::{Analysis, AnalysisKind};
use crate::model::{CaseStudy, Link, Portfolio, Role};

/// What a section needs besides the model, and where it reports back.
pub struct SectionContext<'a> {
    /// Colours and fonts.
    pub theme: &'a Theme,
    /// Search matches, counted while drawing.
    pub highlighter: &'a mut Highlighter,
    /// What the user asked for.
    pub commands: &'a mut Vec<Command>,
    /// The folder image paths are relative to.
    pub base_dir: Option<&'a Path>,
    /// Leave what is below the view for the next frame, so the window's first frame shows
    /// sooner: it lays out one screen, not the whole portfolio. Ignored while searching,
    /// which needs every text laid out.
    pub defer_below_view: bool,
}

impl SectionContext<'_> {
    /// Whether what is below the view may wait for the next frame this time.
    pub fn may_defer(&self) -> bool {
        self.defer_below_view && self.highlighter.query.trim().is_empty()
    }

    /// Running text, with search matches marked.
    pub fn text(&mut self, ui: &mut Ui, text: &str) -> egui::Response {
        let theme = self.theme;
        self.highlighter
            .text(ui, theme, text, theme.body(), theme.palette.text)
    }

    /// Secondary text (dates, captions), with search matches marked.
    pub fn muted(&mut self, ui: &mut Ui, text: &str) -> egui::Response {
        let theme = self.theme;
        self.highlighter
            .text(ui, theme, text, theme.small(), theme.palette.muted)
    }

    /// Text in a given font and colour, with search matches marked.
    pub fn styled(
        &mut self,
        ui: &mut Ui,
        text: &str,
        font: egui::FontId,
        color: egui::Color32,
    ) -> egui::Response {
        let theme = self.theme;
        self.highlighter.text(ui, theme, text, font, color)
    }

    /// A tag as a chip, its words searched like the text around it.
    pub fn chip(&mut self, ui: &mut Ui, text: &str) -> egui::Response {
        self.highlighter.chip(ui, self.theme, text)
    }

    /// A link button; one folio will not open is shown disabled, saying why.
    pub fn link(&mut self, ui: &mut Ui, link: &Link) {
        let address = link.url.as_str();
        let openable = link.url.openable();
        let response = ui
            .add_enabled(openable.is_some(), egui::Button::new(&link.label))
            .on_hover_text(address)
            .on_disabled_hover_text(format!("{address}: only http, https and mailto links open"));
        if response.clicked()
            && let Some(url) = openable
        {
            self.commands.push(Command::OpenUrl(url));
        }
    }
}

/// With `may_defer`, whether drawing should stop here because the cursor is below the view;
/// the next frame, which draws the rest, is then requested.
pub fn stop_below_view(ui: &Ui, may_defer: bool) -> bool {
    let stop = may_defer && ui.cursor().top() > ui.clip_rect().bottom();
    if stop {
        ui.ctx().request_repaint();
    }
    stop
}

fn card<R>(ui: &mut Ui, theme: &Theme, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    egui::Frame::new()
        .fill(theme.palette.surface)
        .stroke(egui::Stroke::new(1.0, theme.palette.border))
        .corner_radius(CornerRadius::same(theme::CARD_RADIUS))
        .inner_margin(egui::Margin::same(theme::CARD_PADDING))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
}

/// The top of the document: photo or initials, name, headline, tagline, location,
/// availability and links, as [`header`] decides them.
pub fn hero_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    let header = header(portfolio);
    ui.horizontal_top(|ui| {
        if avatar_ui(
            ui,
            theme,
            portfolio,
            cx.base_dir,
            theme::AVATAR_SIZE,
            cx.commands,
        ) {
            ui.add_space(theme::BLOCK_GAP);
        }
        ui.vertical(|ui| {
            identity_ui(
                ui,
                theme,
                &header,
                &theme::HERO_IDENTITY,
                &mut |ui, text, font, color| {
                    cx.styled(ui, text, font, color);
                },
            );
            ui.add_space(theme::LINE_GAP * 2.0);
            ui.horizontal_wrapped(|ui| {
                if let Some(place) = &header.place {
                    cx.styled(ui, place, theme.body(), theme.palette.text);
                    ui.add_space(theme::LINE_GAP * 2.0);
                }
                if let Some(availability) = &header.availability {
                    let pill = cx
                        .highlighter
                        .badge(
                            ui,
                            theme,
                            availability,
                            theme.palette.good,
                            theme.palette.good_soft,
                        )
                        .interact(Sense::click())
                        .on_hover_cursor(egui::CursorIcon::PointingHand)
                        .on_hover_text("Availability and contact");
                    if pill.clicked() {
                        cx.commands
                            .push(Command::ScrollTo(Anchor::Section(Section::Contact)));
                    }
                }
            });
            if !header.links.is_empty() {
                ui.add_space(theme::LINE_GAP);
                ui.horizontal_wrapped(|ui| {
                    for link in &header.links {
                        cx.link(ui, link);
                    }
                });
            }
        });
    });
}

/// The person's name, the headline under it (when a name is given), and the tagline, in
/// `sizes`. `draw` lays out each text: the document marks search matches, a slide does not.
pub fn identity_ui(
    ui: &mut Ui,
    theme: &Theme,
    header: &Header<'_>,
    sizes: &theme::IdentitySizes,
    draw: &mut dyn FnMut(&mut Ui, &str, egui::FontId, egui::Color32),
) {
    draw(
        ui,
        header.name,
        theme.bold(sizes.name),
        theme.palette.strong,
    );
    if let Some(headline) = header.headline {
        draw(
            ui,
            headline,
            theme.bold(sizes.headline),
            theme.palette.accent,
        );
    }
    if let Some(tagline) = header.tagline {
        ui.add_space(sizes.gap);
        draw(
            ui,
            tagline,
            theme.regular(sizes.tagline),
            theme.palette.muted,
        );
    }
}

/// Lays out cards in rows of equal width; each row is as tall as its tallest card was in the
/// previous frame, so the cards line up.
fn card_grid<T>(
    ui: &mut Ui,
    theme: &Theme,
    salt: &str,
    items: &[T],
    min_card_width: f32,
    may_defer: bool,
    mut add: impl FnMut(&mut Ui, usize, &T),
) {
    let gap = 16.0;
    let width = ui.available_width();
    let columns = (((width + gap) / (min_card_width + gap)).floor() as usize).clamp(1, 3);
    let card_width = (width - gap * (columns as f32 - 1.0)) / columns as f32;
    let padding = 18;
    for (row_index, row) in items.chunks(columns).enumerate() {
        if stop_below_view(ui, may_defer) {
            return;
        }
        let row_id = egui::Id::unique((salt, "card-row", row_index));
        let row_height: f32 = ui.data(|d| d.get_temp(row_id)).unwrap_or(0.0);
        let mut tallest: f32 = 0.0;
        // The shortest card as drawn (at least last frame's row height): between its bottom
        // and the tallest's, a row whose heights changed looks ragged.
        let mut shortest_drawn = f32::INFINITY;
        let row_top = ui.cursor().top();
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = gap;
            for (i, item) in row.iter().enumerate() {
                let index = row_index * columns + i;
                ui.allocate_ui_with_layout(
                    vec2(card_width, 0.0),
                    egui::Layout::top_down(Align::Min),
                    |ui| {
                        let inner = egui::Frame::new()
                            .fill(theme.palette.surface)
                            .stroke(egui::Stroke::new(1.0, theme.palette.border))
                            .corner_radius(CornerRadius::same(theme::CARD_RADIUS))
                            .inner_margin(egui::Margin::same(padding))
                            .show(ui, |ui| {
                                let content_width = card_width - 2.0 * f32::from(padding) - 2.0;
                                ui.set_width(content_width.max(1.0));
                                // Before the content: egui grows the minimum height from
                                // the cursor, not from the top.
                                ui.set_min_height(row_height);
                                let top = ui.cursor().top();
                                add(ui, index, item);
                                ui.cursor().top() - top
                            });
                        tallest = tallest.max(inner.inner);
                        shortest_drawn = shortest_drawn.min(inner.inner.max(row_height));
                    },
                );
            }
        });
        if (tallest - row_height).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(row_id, tallest));
            // A row must not be seen ragged, so this frame is laid out again if the cards'
            // uneven bottoms are in view; otherwise the next frame can even them, which
            // costs less (at start, a row cut by the window's bottom edge is common).
            let ragged = Rect::from_x_y_ranges(
                ui.max_rect().x_range(),
                row_top + shortest_drawn..=ui.cursor().top(),
            );
            if ui.is_rect_visible(ragged) {
                ui.ctx().request_discard("card heights changed");
            } else {
                ui.ctx().request_repaint();
            }
        }
        ui.add_space(gap);
    }
}

/// Expertise areas as cards in rows.
pub fn expertise_ui(ui: &mut Ui, areas: &[crate::model::Expertise], cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    card_grid(
        ui,
        theme,
        "expertise",
        areas,
        260.0,
        cx.may_defer(),
        |ui, _, area| {
            cx.styled(
                ui,
                &area.title,
                theme.bold(theme::BODY_SIZE + 1.0),
                theme.palette.strong,
            );
            ui.add_space(theme::LINE_GAP);
            cx.styled(ui, &area.text, theme.body(), theme.palette.text);
            if !area.tags.is_empty() {
                ui.add_space(theme::LINE_GAP);
                ui.horizontal_wrapped(|ui| {
                    for tag in &area.tags {
                        cx.chip(ui, tag);
                    }
                });
            }
        },
    );
}

/// A case study as a card: title, meta line, tags, problem, approach, outcome, images and
/// results.
pub fn case_study_card_ui(
    ui: &mut Ui,
    case: &CaseStudy,
    analyses: &[Analysis],
    cx: &mut SectionContext<'_>,
) -> Response {
    let theme = cx.theme;
    card(ui, theme, |ui| {
        cx.styled(
            ui,
            &case.title,
            theme.bold(theme::CARD_TITLE_SIZE),
            theme.palette.strong,
        );
        let meta = crate::document::meta::case_study(case);
        if !meta.is_empty() {
            cx.styled(ui, &meta_line(&meta), theme.small(), theme.palette.accent);
        }
        if !case.tags.is_empty() {
            ui.add_space(theme::LINE_GAP);
            ui.horizontal_wrapped(|ui| {
                for tag in &case.tags {
                    cx.chip(ui, tag);
                }
            });
        }
        for (label, text) in words::story(case) {
            ui.add_space(theme::BLOCK_GAP * 0.8);
            eyebrow(ui, theme, label);
            cx.text(ui, text);
        }
        for image in &case.images {
            ui.add_space(theme::BLOCK_GAP);
            let max = vec2(ui.available_width(), 420.0);
            case_image_ui(ui, theme, image, cx.base_dir, max, cx.commands);
        }
        if !analyses.is_empty() {
            ui.add_space(theme::BLOCK_GAP);
            ui.separator();
            ui.add_space(theme::LINE_GAP);
            eyebrow(ui, theme, words::RESULTS);
            ui.add_space(theme::LINE_GAP);
            metrics_panel(ui, theme, analyses);
        }
    })
    .response
}

/// One position: role, organisation, place and period, then its highlights (those in
/// `shown`) with their figures.
pub fn role_ui(
    ui: &mut Ui,
    role: &Role,
    highlights: std::ops::Range<usize>,
    more_below: bool,
    role_metrics: Option<&Vec<Vec<Analysis>>>,
    cx: &mut SectionContext<'_>,
) {
    let continued = highlights.start > 0;
    let last_part = highlights.end >= role.highlights.len();
    let theme = cx.theme;
    {
        let row = ui.horizontal_top(|ui| {
            ui.add_space(30.0);
            ui.vertical(|ui| {
                let title = role.role.as_deref().unwrap_or(&role.organisation);
                let title = if continued {
                    words::continued(title)
                } else {
                    title.to_owned()
                };
                cx.styled(
                    ui,
                    &title,
                    theme.bold(theme::BODY_SIZE + 2.0),
                    theme.palette.strong,
                );
                let meta = crate::document::meta::role(role);
                if !meta.is_empty() {
                    cx.styled(ui, &meta_line(&meta), theme.small(), theme.palette.accent);
                }
                if let Some(link) = crate::document::meta::role_link(role).filter(|_| !continued) {
                    cx.link(ui, &link);
                }
                if let Some(summary) = role.summary.as_ref().filter(|_| !continued) {
                    ui.add_space(theme::LINE_GAP);
                    cx.text(ui, summary);
                }
                let shown = role.highlights.get(highlights.clone()).unwrap_or_default();
                for (h, highlight) in highlights.clone().zip(shown) {
                    ui.add_space(theme::LINE_GAP);
                    ui.horizontal_top(|ui| {
                        ui.label(RichText::new("•").color(theme.palette.accent));
                        ui.vertical(|ui| {
                            cx.text(ui, &highlight.text);
                            let analyses = role_metrics
                                .and_then(|m| m.get(h))
                                .map_or(&[][..], Vec::as_slice);
                            // Before/after pairs get a chart; other figures a chip.
                            for analysis in analyses {
                                if let AnalysisKind::Change(change) = &analysis.kind {
                                    ui.add_space(theme::LINE_GAP);
                                    change_chart(
                                        ui,
                                        theme,
                                        &analysis.label,
                                        change,
                                        &crate::chart::Axes::default(),
                                    );
                                }
                            }
                            let chips: Vec<&Analysis> = analyses
                                .iter()
                                .filter(|a| !matches!(a.kind, AnalysisKind::Change(_)))
                                .collect();
                            if !chips.is_empty() {
                                ui.horizontal_wrapped(|ui| {
                                    for analysis in chips {
                                        metric_chip(ui, theme, analysis, cx.highlighter);
                                    }
                                });
                            }
                        });
                    });
                }
                if !role.tags.is_empty() && last_part {
                    ui.add_space(theme::LINE_GAP);
                    ui.horizontal_wrapped(|ui| {
                        for tag in &role.tags {
                            cx.chip(ui, tag);
                        }
                    });
                }
            });
        });
        let rect = row.response.rect;
        let dot = pos2(rect.left() + 8.0, rect.top() + 11.0);
        if more_below {
            ui.painter().line_segment(
                [dot, pos2(dot.x, rect.bottom() + theme::BLOCK_GAP * 1.5)],
                egui::Stroke::new(2.0, theme.palette.border),
            );
        }
        ui.painter().circle_filled(dot, 6.0, theme.palette.accent);
        ui.painter()
            .circle_filled(dot, 2.5, theme.palette.background);
        ui.add_space(theme::BLOCK_GAP * 1.5);
    }
}

/// Teaching positions with their terms and courses.
pub fn teaching_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    for teaching in &portfolio.teaching {
        card(ui, theme, |ui| {
            cx.styled(
                ui,
                &teaching.role,
                theme.bold(theme::BODY_SIZE + 2.0),
                theme.palette.strong,
            );
            let meta = crate::document::meta::teaching(teaching);
            cx.styled(ui, &meta_line(&meta), theme.small(), theme.palette.accent);
            ui.add_space(theme::LINE_GAP);
            for course in &teaching.courses {
                ui.horizontal_wrapped(|ui| {
                    if let Some(code) = &course.code {
                        cx.styled(ui, code, theme.bold(theme::BODY_SIZE), theme.palette.strong);
                    }
                    cx.text(ui, &course.title);
                    if !course.terms.is_empty() {
                        cx.muted(
                            ui,
                            &format!("({})", crate::document::meta::terms(&course.terms)),
                        );
                    }
                });
            }
        });
        ui.add_space(theme::BLOCK_GAP * 0.75);
    }
}

/// Degrees.
pub fn education_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    for school in &portfolio.education {
        card(ui, theme, |ui| {
            cx.styled(
                ui,
                &school.institution,
                theme.bold(theme::BODY_SIZE + 2.0),
                theme.palette.strong,
            );
            let meta = crate::document::meta::education(school);
            if !meta.is_empty() {
                cx.styled(ui, &meta_line(&meta), theme.small(), theme.palette.accent);
            }
            if let Some(text) = &school.text {
                ui.add_space(theme::LINE_GAP);
                cx.text(ui, text);
            }
        });
        ui.add_space(theme::BLOCK_GAP * 0.75);
    }
}

/// Publications with venue, year and authors.
pub fn publications_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    for paper in &portfolio.publications {
        card(ui, theme, |ui| {
            let title = paper.title.as_deref().unwrap_or(&paper.venue);
            cx.styled(
                ui,
                title,
                theme.bold(theme::BODY_SIZE + 1.0),
                theme.palette.strong,
            );
            let meta = crate::document::meta::publication(paper);
            cx.styled(ui, &meta_line(&meta), theme.small(), theme.palette.accent);
            if let Some(url) = &paper.link {
                cx.link(
                    ui,
                    &Link {
                        label: words::READ_THE_PAPER.into(),
                        url: url.clone(),
                        private: false,
                    },
                );
            }
        });
        ui.add_space(theme::BLOCK_GAP * 0.75);
    }
}

/// Projects and datasets with their figures.
pub fn projects_ui(ui: &mut Ui, document: &Document, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    for (index, project) in document.portfolio.projects.iter().enumerate() {
        card(ui, theme, |ui| {
            ui.horizontal_wrapped(|ui| {
                cx.styled(
                    ui,
                    &project.title,
                    theme.bold(theme::BODY_SIZE + 2.0),
                    theme.palette.strong,
                );
                let kind = words::project_kind(project.kind);
                cx.chip(ui, kind);
            });
            let meta = crate::document::meta::project(project);
            if !meta.is_empty() {
                cx.styled(ui, &meta_line(&meta), theme.small(), theme.palette.accent);
            }
            ui.add_space(theme::LINE_GAP);
            cx.text(ui, &project.text);
            if !project.tags.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    for tag in &project.tags {
                        cx.chip(ui, tag);
                    }
                });
            }
            if let Some(analyses) = document.project_metrics.get(index)
                && !analyses.is_empty()
            {
                ui.add_space(theme::BLOCK_GAP * 0.6);
                metrics_panel(ui, theme, analyses);
            }
            if let Some(url) = &project.link {
                cx.link(
                    ui,
                    &Link {
                        label: words::OPEN_PROJECT.into(),
                        url: url.clone(),
                        private: false,
                    },
                );
            }
        });
        ui.add_space(theme::BLOCK_GAP * 0.75);
    }
}

/// Working principles as numbered cards.
pub fn principles_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    card_grid(
        ui,
        theme,
        "principles",
        &portfolio.principles,
        250.0,
        cx.may_defer(),
        |ui, index, principle| {
            ui.label(
                RichText::new(format!("{:02}", index + 1))
                    .font(theme.bold(theme::SMALL_SIZE))
                    .color(theme.palette.accent),
            );
            cx.styled(
                ui,
                &principle.title,
                theme.bold(theme::BODY_SIZE + 1.0),
                theme.palette.strong,
            );
            if let Some(text) = &principle.text {
                cx.text(ui, text);
            }
        },
    );
}

/// Availability, e-mail and links.
pub fn contact_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    let theme = cx.theme;
    let (first, more) = crate::document::meta::contact_links(portfolio);
    card(ui, theme, |ui| {
        if let Some(contact) = &portfolio.contact {
            if let Some(availability) = &contact.availability {
                cx.styled(
                    ui,
                    availability,
                    theme.regular(theme::TAGLINE_SIZE - 1.0),
                    theme.palette.text,
                );
            }
            ui.add_space(theme::LINE_GAP * 2.0);
        }
        for list in [&first, &more] {
            if !list.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    for link in list {
                        cx.link(ui, link);
                    }
                });
            }
        }
    });
}

/// The closing line: who made the portfolio, and with what.
pub fn footer_ui(ui: &mut Ui, portfolio: &Portfolio, cx: &mut SectionContext<'_>) {
    ui.add_space(theme::SECTION_GAP);
    ui.separator();
    ui.add_space(theme::LINE_GAP);
    for line in words::footer_lines(portfolio, words::Footer::App) {
        cx.muted(ui, &line);
    }
}
