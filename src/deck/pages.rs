//! A slide as placed items on the 1280×720 canvas, at a reveal step: what present mode, the
//! thumbnails, the presenter window, the PNG slides and the slides PDF all paint.

use std::path::Path;

use super::{CasePart, Deck, RoleSlice, Slide, SlideKind, fit};
use crate::document::words;
use crate::document::{Document, Section};
use crate::layout::color;
use crate::layout::document::Laid;
use crate::layout::figures::metrics;
use crate::layout::flow::{Flow, SLIDES, TextStyle, columns};
use crate::layout::items::{Item, Mark};
use crate::layout::pieces::{hero, image_block, meta_line};
use crate::layout::sections::{expertise, heading, impact, role_slices, section_body};
use crate::layout::text::{LINE, Shaper};
use crate::model::CaseStudy;

pub use crate::layout::flow::CANVAS;
/// How far down the canvas the title slide's name starts.
const TITLE_SLIDE_TOP: f32 = 0.24;
/// The accent bar under a slide's title.
const UNDERLINE: (f32, f32) = (56.0, 5.0);
/// Between the title's last line and its underline.
const UNDERLINE_GAP: f32 = 6.0;

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
    // One tall page: what the deck model put on a slide stays on it, and anything past the
    // canvas's edge is there for the slide walk to find, not moved to a page nobody sees.
    let mut flow = Flow::new(
        shaper,
        SLIDES,
        (CANVAS.0, f32::MAX / 4.0),
        dark,
        document.portfolio.accent,
    );
    place_slide(&mut flow, document, slide, step, base_dir);
    let (pages, _) = flow.finish();
    pages.into_iter().flatten().collect()
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
    for slide in &deck.slides {
        marks.push(Mark {
            depth: 0,
            title: slide.title.clone(),
            page: pages.len(),
            y: 0.0,
        });
        let last_step = slide.steps.saturating_sub(1);
        pages.push(page(shaper, document, slide, last_step, base_dir, dark));
        // A handout has a notes page where there are notes, not a page saying there are none.
        if notes && slide.notes.is_some() {
            pages.push(notes_page(shaper, document, slide, dark));
        }
    }
    Laid { pages, marks }
}

/// The speaker notes of `slide` on a page of their own, for a handout.
fn notes_page(shaper: &mut Shaper, document: &Document, slide: &Slide, dark: bool) -> Page {
    let mut flow = Flow::new(shaper, SLIDES, CANVAS, dark, document.portfolio.accent);
    let c = flow.c;
    heading(&mut flow, &words::notes_title(&slide.title));
    let text = slide.notes.as_deref().unwrap_or_default();
    flow.paragraph(text, TextStyle::new(flow.t.body, false, color(c.text)));
    let (pages, _) = flow.finish();
    pages.into_iter().flatten().collect()
}

/// A slide's title at one size for all its steps (`deck::fit::title_size`), with the accent
/// bar under it.
pub(super) fn slide_heading(flow: &mut Flow, title: &str) {
    let c = flow.c;
    let size = fit::title_size(flow.shaper, title);
    flow.paragraph(title, TextStyle::new(size, true, color(c.strong)));
    let y = flow.y + UNDERLINE_GAP;
    flow.rect(flow.left, y, UNDERLINE.0, UNDERLINE.1, color(c.accent));
    flow.space(UNDERLINE_GAP + UNDERLINE.1 + flow.t.body * 0.9);
}

/// One slide with its first `step + 1` reveal steps shown.
fn place_slide(
    flow: &mut Flow,
    document: &Document,
    slide: &Slide,
    step: usize,
    base_dir: Option<&Path>,
) {
    let portfolio = &document.portfolio;
    if slide.kind == SlideKind::Title {
        flow.y = CANVAS.1 * TITLE_SLIDE_TOP;
        hero(flow, portfolio, base_dir);
        return;
    }
    slide_heading(flow, &slide.title);
    match &slide.kind {
        SlideKind::Title => {}
        SlideKind::About(pieces) => {
            for piece in pieces {
                let text = portfolio
                    .person
                    .summary
                    .get(piece.block)
                    .and_then(|p| p.get(piece.range.clone()))
                    .unwrap_or_default();
                about_paragraph(flow, text);
            }
        }
        SlideKind::Expertise(range) => {
            expertise(
                flow,
                portfolio.expertise.get(range.clone()).unwrap_or_default(),
            );
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
            let Some(case) = portfolio.case_studies.get(*index) else {
                return;
            };
            let analyses = document
                .case_metrics
                .get(*index)
                .map_or(&[][..], Vec::as_slice);
            case_meta(flow, case);
            match part {
                CasePart::Story {
                    pieces,
                    figures_beside,
                } => {
                    let blocks = words::story(case);
                    let story = |flow: &mut Flow| {
                        for piece in pieces.iter().take(step + 1) {
                            let (label, block) =
                                blocks.get(piece.block).copied().unwrap_or_default();
                            let label = if piece.range.start > 0 {
                                words::continued(label)
                            } else {
                                label.to_owned()
                            }
                            .to_uppercase();
                            let text = block.get(piece.range.clone()).unwrap_or_default();
                            story_block(flow, &label, text);
                        }
                    };
                    let figures_shown = step + 1 >= pieces.len();
                    if *figures_beside {
                        columns(flow, story, |flow| {
                            if !figures_shown {
                                return;
                            }
                            results_label(flow);
                            metrics(flow, analyses);
                        });
                    } else {
                        story(flow);
                    }
                }
                CasePart::Results { left, right } => {
                    results_label(flow);
                    let left = analyses.get(left.clone()).unwrap_or_default();
                    let right = analyses.get(right.clone()).unwrap_or_default();
                    columns(
                        flow,
                        |flow| metrics(flow, left),
                        |flow| metrics(flow, right),
                    );
                }
                CasePart::Image(number) => {
                    if let Some(image) = case.images.get(*number) {
                        // What is left of the canvas, less a caption's two lines.
                        let room =
                            CANVAS.1 - flow.t.margin_bottom - flow.y - flow.t.small * LINE * 2.0;
                        image_block(flow, image, base_dir, room);
                    }
                }
            }
        }
        SlideKind::Experience(slices) => {
            role_slices(
                flow,
                &portfolio.experience,
                &document.experience_metrics,
                &pairs(slices),
            );
        }
        SlideKind::Research(slices) => {
            role_slices(
                flow,
                &portfolio.research,
                &document.research_metrics,
                &pairs(slices),
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
}

/// Positions and the range of their highlights a slide shows.
fn pairs(slices: &[RoleSlice]) -> Vec<(usize, std::ops::Range<usize>)> {
    slices
        .iter()
        .map(|slice| (slice.role, slice.highlights.clone()))
        .collect()
}

/// A paragraph of the About slide.
pub(super) fn about_paragraph(flow: &mut Flow, text: &str) {
    let colour = color(flow.c.text);
    flow.paragraph(text, TextStyle::new(flow.t.body, false, colour));
    flow.space(flow.t.body * 0.6);
}

/// The line of organisation, period and tags under a case study's title.
pub(super) fn case_meta(flow: &mut Flow, case: &CaseStudy) {
    let mut meta = crate::document::meta::case_study(case);
    meta.extend(case.tags.iter().take(6).cloned());
    meta_line(flow, &meta);
    flow.space(flow.t.body * 0.5);
}

/// A part of a case study's story: its label over its text ("PROBLEM", then the problem).
pub(super) fn story_block(flow: &mut Flow, label: &str, text: &str) {
    let (muted, colour) = (color(flow.c.muted), color(flow.c.text));
    flow.paragraph(label, TextStyle::new(flow.t.eyebrow, true, muted));
    flow.paragraph(text, TextStyle::new(flow.t.body, false, colour));
    flow.space(flow.t.body * 0.6);
}

/// "RESULTS", over a case study's figures.
pub(super) fn results_label(flow: &mut Flow) {
    let muted = color(flow.c.muted);
    let label = words::RESULTS.to_uppercase();
    flow.paragraph(&label, TextStyle::new(flow.t.eyebrow, true, muted));
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
