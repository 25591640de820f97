//! A slide as placed items on the 1280×720 canvas, at a reveal step: what present mode, the
//! thumbnails, the presenter window, the PNG slides and the slides PDF all paint.

use std::path::Path;

use super::{CasePart, Deck, RolePart, Slide, SlideKind, brief, fit};
use crate::document::words;
use crate::document::{Document, Section};
use crate::layout::big_figures::big_figures;
use crate::layout::color;
use crate::layout::document::Laid;
use crate::layout::flow::{Flow, Measures, NumberAt, SLIDES, TextStyle, columns, page_number};
use crate::layout::items::{Item, Mark};
use crate::layout::pieces::{hero, image_block, meta_line};
use crate::layout::sections::{expertise_areas, heading, impact, section_body};
use crate::layout::text::{LINE, Shaper};
use crate::layout::timeline::{span as timeline_span, timeline};
use crate::metrics::Analysis;
use crate::model::{CaseStudy, Role, YearMonth};

pub use crate::layout::flow::CANVAS;
/// The accent bar under a slide's title.
const UNDERLINE: (f32, f32) = (56.0, 5.0);
/// Between the title's last line and its underline.
const UNDERLINE_GAP: f32 = 6.0;
/// The counter's distance from the canvas's right and bottom edges.
const COUNTER_INSET: (f32, f32) = (20.0, 12.0);

/// A handout's notes pages: the slides' measures with running text a reader's size, for
/// paper rather than a room.
const HANDOUT: Measures = Measures {
    body: 20.0,
    ..SLIDES
};

/// One slide's items.
pub type Page = Vec<Item>;

/// Slide `slide` of a deck with its first `step + 1` reveal steps shown, coloured for the
/// portfolio's accent in light or dark.
pub fn page(
    shaper: &mut Shaper,
    document: &Document,
    slide: &Slide,
    step: usize,
    base_dir: Option<&Path>,
    dark: bool,
) -> Page {
    let last_step = slide.steps.saturating_sub(1);
    let (mut items, content_from) = placed(shaper, document, slide, last_step, base_dir, dark);
    // Balanced on the canvas by the whole slide, so that revealing a step never moves what
    // is already shown.
    let shift = balance(&items, content_from);
    if step < last_step {
        items = placed(shaper, document, slide, step, base_dir, dark).0;
    }
    if let Some((from, dy)) = shift {
        for item in items.iter_mut().skip(from) {
            item.shift_down(dy);
        }
    }
    items
}

/// Slide `slide` at `step`, placed from the top, and where its content starts among the items.
fn placed(
    shaper: &mut Shaper,
    document: &Document,
    slide: &Slide,
    step: usize,
    base_dir: Option<&Path>,
    dark: bool,
) -> (Page, Option<usize>) {
    // One tall page: what the deck model put on a slide stays on it, and anything past the
    // canvas's edge is there for the slide walk to find, not moved to a page nobody sees.
    let mut flow = Flow::new(
        shaper,
        SLIDES,
        (CANVAS.0, f32::MAX / 4.0),
        dark,
        document.portfolio.accent,
    );
    let content_from = place_slide(&mut flow, document, slide, step, base_dir);
    let (pages, _) = flow.finish();
    (pages.into_iter().flatten().collect(), content_from)
}

/// How far to move a slide's content (its items from `content_from` on) down so that it
/// sits in the middle of the room: the title slide, a name block with nothing above it.
fn balance(items: &[Item], content_from: Option<usize>) -> Option<(usize, f32)> {
    let from = content_from?;
    let content = items.get(from..)?;
    let top = items
        .get(..from)
        .unwrap_or_default()
        .iter()
        .map(Item::bottom)
        .fold(fit::CONTENT_TOP, f32::max);
    let bottom = content.iter().map(Item::bottom).fold(top, f32::max);
    let free = fit::CONTENT_BOTTOM - bottom;
    (free > 1.0).then_some((from, free / 2.0))
}

/// Every slide of `deck`, every step shown, for the slides PDF; with `notes`, a page of
/// speaker notes after each.
pub fn deck(
    shaper: &mut Shaper,
    document: &Document,
    deck: &Deck,
    base_dir: Option<&Path>,
    dark: bool,
    notes: bool,
) -> Laid {
    let mut pages = Vec::new();
    let mut marks = Vec::new();
    for (number, slide) in deck.slides.iter().enumerate() {
        marks.push(Mark {
            depth: 0,
            title: slide.title.clone(),
            page: pages.len(),
            y: 0.0,
        });
        let last_step = slide.steps.saturating_sub(1);
        let label = format!("{} / {}", number + 1, deck.slides.len());
        let mut laid = page(shaper, document, slide, last_step, base_dir, dark);
        laid.push(counter(shaper, &label, dark, document.portfolio.accent));
        pages.push(laid);
        // A handout has a notes page where there is something to say, not a page saying
        // there is nothing.
        if notes && (slide.notes.is_some() || !slide.script.is_empty()) {
            for mut notes_page in notes_pages(shaper, document, slide, dark) {
                notes_page.push(counter(shaper, &label, dark, document.portfolio.accent));
                pages.push(notes_page);
            }
        }
    }
    Laid { pages, marks }
}

/// The slide counter ("3 / 19", or what present mode shows there while a number is typed),
/// at the canvas's bottom right: one place and size for the app's slides, the PNG slides
/// and the slides PDF.
pub fn counter(
    shaper: &mut Shaper,
    label: &str,
    dark: bool,
    accent: Option<crate::model::Rgb>,
) -> Item {
    let muted = color(crate::palette::colours(dark, accent).muted);
    page_number(
        shaper,
        label,
        SLIDES.small,
        CANVAS,
        NumberAt::BottomRight(COUNTER_INSET.0, COUNTER_INSET.1),
        muted,
    )
}

/// The speaker notes of `slide` and what it leaves for the presenter to say, on a page of
/// their own (continued on more when long), for a handout.
fn notes_pages(shaper: &mut Shaper, document: &Document, slide: &Slide, dark: bool) -> Vec<Page> {
    let mut flow = Flow::new(shaper, HANDOUT, CANVAS, dark, document.portfolio.accent);
    let c = flow.colours;
    heading(&mut flow, &words::notes_title(&slide.title));
    let style = TextStyle::new(flow.measures.body, false, color(c.text));
    for text in slide.notes.iter().chain(&slide.script) {
        flow.paragraph(text, style);
        flow.space(flow.measures.body * 0.5);
    }
    let (pages, _) = flow.finish();
    pages
}

/// A slide's title at one size for all its steps (`deck::fit::title_size`), with the accent
/// bar under it.
pub(super) fn slide_heading(flow: &mut Flow, title: &str) {
    let c = flow.colours;
    let size = fit::title_size(flow.shaper, title);
    flow.paragraph(
        title,
        TextStyle::new(size, true, color(c.strong)).heading(1),
    );
    let y = flow.y + UNDERLINE_GAP;
    flow.rect(flow.left, y, UNDERLINE.0, UNDERLINE.1, color(c.accent));
    flow.space(UNDERLINE_GAP + UNDERLINE.1 + flow.measures.body * 0.9);
}

/// One slide with its first `step + 1` reveal steps shown; returns where the content to
/// balance on the canvas starts among the items: the title slide's, as a whole.
fn place_slide(
    flow: &mut Flow,
    document: &Document,
    slide: &Slide,
    step: usize,
    base_dir: Option<&Path>,
) -> Option<usize> {
    let portfolio = &document.portfolio;
    if slide.kind == SlideKind::Title {
        // Placed from the top, then balanced on the canvas as a whole.
        hero(flow, portfolio, base_dir);
        return Some(0);
    }
    slide_heading(flow, &slide.title);
    match &slide.kind {
        SlideKind::Title => {}
        SlideKind::About(pieces) => {
            let shown = brief::about(portfolio);
            for piece in pieces {
                let text = shown
                    .get(piece.block)
                    .and_then(|p| p.get(piece.range.clone()))
                    .unwrap_or_default();
                about_paragraph(flow, text);
            }
        }
        SlideKind::Expertise(range) => {
            let areas = portfolio.expertise.get(range.clone()).unwrap_or_default();
            let lines: Vec<_> = areas
                .iter()
                .map(|area| brief::expertise_line(&area.text, areas.len()))
                .collect();
            let pairs: Vec<(&crate::model::Expertise, &str)> = areas
                .iter()
                .zip(&lines)
                .map(|(area, line)| (area, line.as_ref()))
                .collect();
            // Two columns: four areas are one slide, read across.
            for row in pairs.chunks(2) {
                let (left, right) = (row.first(), row.get(1));
                columns(
                    flow,
                    |flow| {
                        expertise_areas(flow, left.map(std::slice::from_ref).unwrap_or_default())
                    },
                    |flow| {
                        expertise_areas(flow, right.map(std::slice::from_ref).unwrap_or_default())
                    },
                );
            }
        }
        SlideKind::Impact { cases, rows } => {
            let all = crate::impact::rows(
                document,
                |index| cases.contains(&index),
                crate::impact::ImpactOrder::default(),
            );
            impact(flow, document, all.get(rows.clone()).unwrap_or_default());
        }
        SlideKind::CaseStudy { index, part } => {
            let case = portfolio.case_studies.get(*index)?;
            let analyses = document
                .case_metrics
                .get(*index)
                .map_or(&[][..], Vec::as_slice);
            // Organisation, period and tags once, on the case study's first slide.
            if slide.id == case.id.as_str() {
                case_meta(flow, case);
            }
            match part {
                CasePart::Story { pieces } => {
                    let blocks = brief::story(case);
                    for piece in pieces.iter().take(step + 1) {
                        let (label, block) = blocks
                            .get(piece.block)
                            .map_or(("", ""), |(label, text)| (*label, text.as_ref()));
                        let label = if piece.range.start > 0 {
                            words::continued(label)
                        } else {
                            label.to_owned()
                        }
                        .to_uppercase();
                        let text = block.get(piece.range.clone()).unwrap_or_default();
                        story_block(flow, &label, text);
                    }
                }
                CasePart::Results(shown) => {
                    results_label(flow, &case.title);
                    flow.space(flow.measures.body * 0.5);
                    let shown: Vec<&Analysis> =
                        shown.iter().filter_map(|i| analyses.get(*i)).collect();
                    let room = fit::CONTENT_BOTTOM - flow.y;
                    big_figures(flow, &shown, room, 2);
                }
                CasePart::Image(number) => {
                    if let Some(image) = case.images.get(*number) {
                        // What is left of the canvas, less a caption's two lines.
                        let room = CANVAS.1
                            - flow.measures.margin_bottom
                            - flow.y
                            - flow.measures.small * LINE * 2.0;
                        image_block(flow, image, base_dir, room);
                    }
                }
            }
        }
        SlideKind::Experience(part) => {
            role_part(
                flow,
                &portfolio.experience,
                &document.experience_metrics,
                part,
                document.today,
            );
        }
        SlideKind::Research(part) => {
            role_part(
                flow,
                &portfolio.research,
                &document.research_metrics,
                part,
                document.today,
            );
        }
        SlideKind::Teaching => section_body(flow, document, Section::Teaching, base_dir),
        SlideKind::Education => section_body(flow, document, Section::Education, base_dir),
        SlideKind::Publications => {
            section_body(flow, document, Section::Publications, base_dir);
            section_body(flow, document, Section::Projects, base_dir);
        }
        SlideKind::Principles => section_body(flow, document, Section::Principles, base_dir),
        SlideKind::Contact => section_body(flow, document, Section::Contact, base_dir),
    }
    // Every other slide starts under its title, where the eye goes after reading it: a
    // short slide floated to the middle looks like a full one with its top missing.
    None
}

/// A list of positions as a timeline (one held to the present running to `today`, the
/// month the document is shown in), or the figures of some of their highlights, large.
fn role_part(
    flow: &mut Flow,
    roles: &[Role],
    metrics_of: &[Vec<Vec<Analysis>>],
    part: &RolePart,
    today: YearMonth,
) {
    match part {
        RolePart::Timeline(range) => {
            timeline(
                flow,
                roles,
                range.clone(),
                timeline_span(roles, today),
                today,
            );
        }
        RolePart::Figures(highlights) => {
            let room = fit::CONTENT_BOTTOM - flow.y;
            let each = room / highlights.len().max(1) as f32;
            for (role, highlight) in highlights {
                let top = flow.y;
                let (Some(position), Some(analyses)) = (
                    roles.get(*role),
                    metrics_of.get(*role).and_then(|h| h.get(*highlight)),
                ) else {
                    continue;
                };
                let text = position
                    .highlights
                    .get(*highlight)
                    .map_or("", |h| h.text.as_str());
                let mut facts: Vec<String> = position.role.iter().cloned().collect();
                facts.push(position.organisation.clone());
                meta_line(flow, &facts);
                let colour = color(flow.colours.text);
                flow.paragraph(text, TextStyle::new(flow.measures.body, false, colour));
                flow.space(flow.measures.body * 0.4);
                let left = (top + each - flow.y - flow.measures.body).max(0.0);
                let analyses: Vec<&Analysis> = analyses.iter().collect();
                big_figures(flow, &analyses, left, 2);
                flow.space(flow.measures.body);
            }
        }
    }
}

/// A paragraph of the About slide.
pub(super) fn about_paragraph(flow: &mut Flow, text: &str) {
    let colour = color(flow.colours.text);
    flow.paragraph(text, TextStyle::new(fit::LEAD_SIZE, false, colour));
    flow.space(fit::LEAD_SIZE * 0.6);
}

/// The line of organisation, period and tags under a case study's title: one line, so tags
/// that do not fit are left off (the palette and the document still have them).
pub(super) fn case_meta(flow: &mut Flow, case: &CaseStudy) {
    let facts = crate::document::meta::case_study(case);
    let mut tags = case.tags.len();
    let meta = loop {
        let mut meta = facts.clone();
        meta.extend(case.tags.iter().take(tags).cloned());
        let line = crate::document::meta::line(&meta);
        let width = flow
            .shape(&line, flow.measures.small, false, 10_000.0)
            .layout
            .width();
        if width <= flow.width || tags == 0 {
            break meta;
        }
        tags -= 1;
    };
    meta_line(flow, &meta);
    flow.space(flow.measures.body * 0.5);
}

/// A part of a case study's story: its label over its text ("PROBLEM", then the problem).
pub(super) fn story_block(flow: &mut Flow, label: &str, text: &str) {
    let (muted, colour) = (color(flow.colours.muted), color(flow.colours.text));
    flow.paragraph(label, TextStyle::new(flow.measures.eyebrow, true, muted));
    flow.paragraph(text, TextStyle::new(fit::LEAD_SIZE, false, colour));
    flow.space(fit::LEAD_SIZE * 0.7);
}

/// The case study's name over its figures, in small type where it fits one line: the
/// slide's title says what the figures show ("Results: ~1,400× faster …"), this line whose
/// they are. A name too long for a line is left to the story slide before.
pub(super) fn results_label(flow: &mut Flow, case_title: &str) {
    let muted = color(flow.colours.muted);
    let size = flow.measures.eyebrow;
    if flow.shape(case_title, size, true, 10_000.0).layout.width() <= flow.width {
        flow.paragraph(case_title, TextStyle::new(size, true, muted));
    }
}

/// Slides laid out once and kept: present mode draws the same slide every frame, and a
/// parley layout takes far longer than painting it. Laid out lazily, a slide the first time
/// it is shown; forgotten when the portfolio, the deck or the theme changes.
pub struct SlideLayouts {
    shaper: Shaper,
    pages: std::collections::HashMap<(usize, usize), std::sync::Arc<Page>>,
    /// What the pages were laid out for: the content's generation and dark or light.
    key: Option<(u64, bool)>,
}

impl Default for SlideLayouts {
    fn default() -> Self {
        Self::new()
    }
}

impl SlideLayouts {
    /// Nothing laid out yet.
    pub fn new() -> Self {
        Self {
            shaper: Shaper::new(),
            pages: std::collections::HashMap::new(),
            key: None,
        }
    }

    /// The slide counter with `label`, placed as on every slide ([`counter`]).
    pub fn counter(&mut self, label: &str, dark: bool, accent: Option<crate::model::Rgb>) -> Item {
        counter(&mut self.shaper, label, dark, accent)
    }

    /// Slide `index` of `deck` at `step`, laid out for content `generation` (any number that
    /// changes when the document or deck does) in light or `dark`.
    #[allow(clippy::too_many_arguments)]
    pub fn page(
        &mut self,
        generation: u64,
        document: &Document,
        deck: &Deck,
        index: usize,
        step: usize,
        base_dir: Option<&Path>,
        dark: bool,
    ) -> Option<std::sync::Arc<Page>> {
        let slide = deck.slide(index)?;
        let step = step.min(slide.steps.saturating_sub(1));
        if self.key != Some((generation, dark)) {
            self.pages.clear();
            self.key = Some((generation, dark));
        }
        let shaper = &mut self.shaper;
        let page = self.pages.entry((index, step)).or_insert_with(|| {
            std::sync::Arc::new(page(shaper, document, slide, step, base_dir, dark))
        });
        Some(std::sync::Arc::clone(page))
    }
}
