//! The browse view: the whole portfolio as one scrollable document in a reading column.
//! The sections themselves are drawn by `sections`; this module lays them out lazily (a
//! frame costs what is visible, not what the portfolio holds) and records where each
//! anchor is for the table of contents and jumps.

use std::sync::Arc;

use egui::{Align, CornerRadius, Rect, RichText, Ui, pos2, vec2};

use super::sections::{self, SectionContext, stop_below_view};
use super::theme;
use crate::document::{Anchor, Document, Section};
use crate::metrics::Analysis;
use crate::model::Role;

/// What the browse view needs besides the document, and where it reports back.
pub struct BrowseContext<'a> {
    /// What every section needs.
    pub section: SectionContext<'a>,
    /// Where each anchor's top was drawn this frame (screen coordinates).
    pub anchor_tops: &'a mut Vec<(Anchor, f32)>,
    /// An anchor to scroll to the top of the view when it is drawn.
    pub scroll_to: &'a mut Option<Anchor>,
    /// Skip drawing long lists' items that are out of view.
    pub virtualize: bool,
    /// Changes when the content reloads, so remembered heights are measured again.
    pub epoch: u64,
}

/// Items this far outside the view are still drawn, so fast scrolling shows no gaps.
const OVERDRAW: f32 = 600.0;

impl BrowseContext<'_> {
    /// Draws one item of a long list (a case study, a position), or, once its height is known
    /// and it is out of view, only reserves that space. A frame then costs what is visible,
    /// not what the portfolio holds. Search and a pending scroll to `anchor` draw everything,
    /// since they need every item's text and position.
    fn lazy(
        &mut self,
        ui: &mut Ui,
        key: (&str, usize),
        anchor: Option<Anchor>,
        draw: impl FnOnce(&mut Ui, &mut Self),
    ) {
        let id = egui::Id::unique((key, self.epoch, ui.available_width() as i32));
        let top = ui.cursor().top();
        let known: Option<f32> = ui.data(|d| d.get_temp(id));
        let view = ui.clip_rect();
        let wanted = anchor.is_some() && *self.scroll_to == anchor;
        let skip = self.virtualize
            && !wanted
            && self.section.highlighter.query.trim().is_empty()
            && known.is_some_and(|height| {
                top > view.bottom() + OVERDRAW || top + height < view.top() - OVERDRAW
            });
        if stop_below_view(ui, self.section.may_defer()) {
            return;
        }
        if let (true, Some(height)) = (skip, known) {
            ui.add_space(height);
            if let Some(anchor) = anchor {
                self.anchor_tops.push((anchor, top));
            }
            return;
        }
        draw(ui, self);
        let height = ui.cursor().top() - top;
        if known.is_none_or(|h| (h - height).abs() > 0.5) {
            ui.data_mut(|d| d.insert_temp(id, height));
        }
    }

    /// Records where an anchor is and scrolls to it if asked. The request stays until the app
    /// sees the anchor settled at the top: images that arrive later, or rows laid out again,
    /// move it, and each frame scrolls again until nothing moves.
    fn mark(&mut self, ui: &Ui, anchor: Anchor, rect: Rect) {
        self.anchor_tops.push((anchor, rect.top()));
        if *self.scroll_to == Some(anchor) {
            let target = Rect::from_min_size(rect.min - vec2(0.0, theme::BLOCK_GAP), rect.size());
            ui.scroll_to_rect(target, Some(Align::TOP));
        }
    }
}

/// Draws the whole document in a centred reading column.
pub fn document_ui(ui: &mut Ui, document: &Document, cx: &mut BrowseContext<'_>) {
    let available = ui.available_width();
    let width = (available - 2.0 * theme::PAGE_MARGIN).min(theme::READING_WIDTH);
    let margin = ((available - width) / 2.0).max(theme::PAGE_MARGIN);
    ui.horizontal(|ui| {
        ui.add_space(margin);
        ui.vertical(|ui| {
            ui.set_width(width.max(1.0));
            ui.add_space(theme::SECTION_GAP * 0.6);
            let portfolio = &document.portfolio;
            for section in Section::ALL {
                if !section.has_content(portfolio) {
                    continue;
                }
                if stop_below_view(ui, cx.section.may_defer()) {
                    return;
                }
                section_ui(ui, document, section, cx);
            }
            sections::footer_ui(ui, portfolio, &mut cx.section);
            ui.add_space(theme::SECTION_GAP * 2.0);
        });
    });
}

fn section_ui(ui: &mut Ui, document: &Document, section: Section, cx: &mut BrowseContext<'_>) {
    let portfolio = &document.portfolio;
    if section == Section::Hero {
        // The cursor's rectangle reaches to infinity below: scrolling to it gave NaN.
        let top = ui.cursor().min;
        sections::hero_ui(ui, portfolio, &mut cx.section);
        let bottom = ui.cursor().min.y.max(top.y + 1.0);
        let rect = Rect::from_min_max(top, pos2(top.x + 1.0, bottom));
        cx.mark(ui, Anchor::Section(section), rect);
        return;
    }
    ui.add_space(theme::SECTION_GAP);
    let title = section.title(portfolio);
    let response = ui.label(
        RichText::new(&title)
            .font(cx.section.theme.bold(theme::SECTION_SIZE))
            .color(cx.section.theme.palette.strong),
    );
    let underline = Rect::from_min_size(
        pos2(response.rect.left(), response.rect.bottom() + 6.0),
        vec2(40.0, 3.0),
    );
    ui.painter().rect_filled(
        underline,
        CornerRadius::same(2),
        cx.section.theme.palette.accent,
    );
    cx.mark(ui, Anchor::Section(section), response.rect);
    ui.add_space(theme::BLOCK_GAP);
    match section {
        Section::Hero => {}
        Section::About => {
            for paragraph in &portfolio.person.summary {
                cx.section.text(ui, paragraph);
                ui.add_space(theme::LINE_GAP * 2.0);
            }
        }
        Section::Expertise => sections::expertise_ui(ui, &portfolio.expertise, &mut cx.section),
        Section::CaseStudies => {
            if let Some(note) = &portfolio.confidentiality {
                let theme = cx.section.theme;
                cx.section
                    .styled(ui, note, theme.small(), theme.palette.muted);
                ui.add_space(theme::BLOCK_GAP);
            }
            for (index, case) in portfolio.case_studies.iter().enumerate() {
                let analyses = document
                    .case_metrics
                    .get(index)
                    .map_or(&[][..], Vec::as_slice);
                cx.lazy(
                    ui,
                    ("case", index),
                    Some(Anchor::CaseStudy(index)),
                    |ui, cx| {
                        case_study_ui(ui, index, case, analyses, cx);
                        ui.add_space(theme::BLOCK_GAP * 1.5);
                    },
                );
            }
        }
        Section::Experience => {
            timeline_ui(
                ui,
                "experience",
                &portfolio.experience,
                &document.experience_metrics,
                cx,
            );
        }
        Section::Research => timeline_ui(
            ui,
            "research",
            &portfolio.research,
            &document.research_metrics,
            cx,
        ),
        Section::Teaching => sections::teaching_ui(ui, portfolio, &mut cx.section),
        Section::Education => sections::education_ui(ui, portfolio, &mut cx.section),
        Section::Publications => sections::publications_ui(ui, portfolio, &mut cx.section),
        Section::Projects => sections::projects_ui(ui, document, &mut cx.section),
        Section::Principles => sections::principles_ui(ui, portfolio, &mut cx.section),
        Section::Contact => sections::contact_ui(ui, portfolio, &mut cx.section),
        Section::Impact => impact_ui(ui, document, cx),
    }
}

/// Rows the document shows before "Show all": a long portfolio's table would otherwise lay
/// out thousands of rows whenever it is in view.
const IMPACT_ROWS_SHOWN: usize = 40;

/// Every figure of every case study, biggest change first; the headings sort.
fn impact_ui(ui: &mut Ui, document: &Document, cx: &mut BrowseContext<'_>) {
    let order_id = egui::Id::unique("impact-order");
    let all_id = egui::Id::unique("impact-show-all");
    let mut order: crate::impact::ImpactOrder =
        ui.data(|d| d.get_temp(order_id)).unwrap_or_default();
    let show_all: bool = ui.data(|d| d.get_temp(all_id)).unwrap_or(false);
    cx.section.muted(
        ui,
        "Every figure of every case study, the biggest change first. Click a heading to sort.",
    );
    ui.add_space(theme::LINE_GAP);
    // Sorted once per load and order, not every frame: a long portfolio has thousands of rows.
    let cache_id = egui::Id::unique(("impact-rows", cx.epoch, order));
    let cached: Option<Arc<Vec<crate::impact::ImpactRow>>> = ui.data(|d| d.get_temp(cache_id));
    let rows = cached.unwrap_or_else(|| {
        let rows = Arc::new(crate::impact::rows(document, |_| true, order));
        ui.data_mut(|d| d.insert_temp(cache_id, Arc::clone(&rows)));
        rows
    });
    let shown = if show_all {
        rows.len()
    } else {
        rows.len().min(IMPACT_ROWS_SHOWN)
    };
    let before = order;
    // Out of view in a long portfolio, the table only reserves its height.
    cx.lazy(ui, ("impact", 0), None, |ui, cx| {
        super::impact::impact_table_ui(
            ui,
            cx.section.theme,
            "impact",
            rows.get(..shown).unwrap_or_default(),
            Some(&mut order),
        );
    });
    if order != before {
        ui.data_mut(|d| d.insert_temp(order_id, order));
    }
    if shown < rows.len()
        && ui
            .button(format!("Show all {} figures", rows.len()))
            .clicked()
    {
        ui.data_mut(|d| d.insert_temp(all_id, true));
    }
}

fn case_study_ui(
    ui: &mut Ui,
    index: usize,
    case: &crate::model::CaseStudy,
    analyses: &[Analysis],
    cx: &mut BrowseContext<'_>,
) {
    let response = sections::case_study_card_ui(ui, case, analyses, &mut cx.section);
    cx.mark(ui, Anchor::CaseStudy(index), response.rect);
}

pub(super) fn timeline_ui(
    ui: &mut Ui,
    list: &'static str,
    roles: &[Role],
    metrics: &[Vec<Vec<Analysis>>],
    cx: &mut BrowseContext<'_>,
) {
    let count = roles.len();
    for (index, role) in roles.iter().enumerate() {
        cx.lazy(ui, (list, index), None, |ui, cx| {
            let all = 0..role.highlights.len();
            sections::role_ui(
                ui,
                role,
                all,
                index + 1 < count,
                metrics.get(index),
                &mut cx.section,
            );
        });
    }
}
