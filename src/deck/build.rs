//! Building the deck from the portfolio: which slides, and what goes on each (a section or
//! case study continues on as many slides as it needs; `fit` measures how much fits, with
//! the functions that place it).

use std::ops::Range;

use super::fit;
use super::pages::{about_paragraph, case_meta, results_label, slide_heading, story_block};
use super::{CasePart, Deck, RoleSlice, Selection, Slide, SlideKind, TextPiece};
use crate::document::{Section, words};
use crate::layout::figures::metrics;
use crate::layout::flow::Flow;
use crate::layout::sections::{expertise, role_slices};
use crate::layout::text::LINE;
use crate::metrics::Analysis;
use crate::model::{CaseStudy, Portfolio, Role};

impl Deck {
    /// Builds the deck: title, about, expertise, one slide per case study, experience (a few
    /// positions per slide), research, teaching, education, publications and projects,
    /// principles, contact.
    pub fn new(portfolio: &Portfolio) -> Self {
        Self::build(portfolio, true)
    }

    /// The id of every slide that opens a section or case study, without laying anything
    /// out: what `folio check` compares a track's slides against first, so that loading a
    /// portfolio with tracks does not shape the whole talk. Continuation slides ("-2") are
    /// not in it.
    pub fn first_ids(portfolio: &Portfolio) -> Vec<String> {
        Self::build(portfolio, false)
            .slides
            .into_iter()
            .map(|slide| slide.id)
            .collect()
    }

    /// The deck, its sections and case studies continued on as many slides as the layout
    /// measures they need; without `measure`, one slide each.
    fn build(portfolio: &Portfolio, measure: bool) -> Self {
        // The figures, as the slides will draw them, for measuring what fits; only the
        // ids are wanted without measuring, and they need no figures.
        let document = measure.then(|| crate::document::Document::new(portfolio.clone()));
        let mut slides = Vec::new();
        let person = &portfolio.person;
        let mut push = |id: String,
                        title: String,
                        kind: SlideKind,
                        steps: usize,
                        text: Vec<&str>,
                        notes: Option<String>| {
            let search_text = std::iter::once(title.as_str())
                .chain(text)
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            slides.push(Slide {
                id,
                title,
                kind,
                steps,
                notes,
                search_text,
            });
        };
        let mut title_text = vec![person.headline.as_str()];
        title_text.extend(person.tagline.as_deref());
        push(
            Section::Hero.id().to_owned(),
            portfolio.display_name().to_owned(),
            SlideKind::Title,
            1,
            title_text,
            None,
        );
        let section = |s: Section| (s.id().to_owned(), s.title(portfolio));
        if Section::About.has_content(portfolio) {
            let (id, title) = section(Section::About);
            let pages = if measure {
                about_pages(portfolio)
            } else {
                vec![Vec::new()]
            };
            let count = pages.len();
            for (page, pieces) in pages.into_iter().enumerate() {
                let text = pieces
                    .iter()
                    .filter_map(|p| person.summary.get(p.block)?.get(p.range.clone()))
                    .collect();
                let (id, title) = continued(&id, &title, page, count);
                push(id, title, SlideKind::About(pieces), 1, text, None);
            }
        }
        if Section::Expertise.has_content(portfolio) {
            let (id, title) = section(Section::Expertise);
            let pages = if measure {
                expertise_pages(portfolio)
            } else {
                std::iter::once(0..portfolio.expertise.len()).collect()
            };
            let count = pages.len();
            for (page, range) in pages.into_iter().enumerate() {
                let text = portfolio
                    .expertise
                    .get(range.clone())
                    .unwrap_or_default()
                    .iter()
                    .flat_map(|e| {
                        std::iter::once(e.title.as_str())
                            .chain(std::iter::once(e.text.as_str()))
                            .chain(e.tags.iter().map(String::as_str))
                    })
                    .collect();
                let (id, title) = continued(&id, &title, page, count);
                push(id, title, SlideKind::Expertise(range), 1, text, None);
            }
        }
        let all_cases: Vec<usize> = (0..portfolio.case_studies.len()).collect();
        for slide in impact_slides(portfolio, &all_cases, measure) {
            let text = vec![slide.search_text.as_str()];
            push(
                slide.id.clone(),
                slide.title.clone(),
                slide.kind.clone(),
                1,
                text,
                None,
            );
        }
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let parts = match &document {
                Some(document) => {
                    let analyses = document
                        .case_metrics
                        .get(index)
                        .map_or(&[][..], Vec::as_slice);
                    case_parts(case, analyses)
                }
                None => vec![CasePart::Image(0)],
            };
            let count = parts.len();
            for (page, part) in parts.into_iter().enumerate() {
                let mut text: Vec<&str> = vec![&case.problem, &case.approach, &case.outcome];
                text.extend(case.organisation.as_deref());
                text.extend(case.tags.iter().map(String::as_str));
                text.extend(case.metrics.iter().map(crate::model::Metric::label));
                let steps = match &part {
                    CasePart::Story { pieces, .. } => pieces.len().max(1),
                    CasePart::Results { .. } | CasePart::Image(_) => 1,
                };
                let (id, title) = continued(&case.id, &case.title, page, count);
                // Notes belong to the case study's first slide.
                let notes = if page == 0 { case.notes.clone() } else { None };
                push(
                    id,
                    title,
                    SlideKind::CaseStudy { index, part },
                    steps,
                    text,
                    notes,
                );
            }
        }
        for (section_kind, roles) in [
            (Section::Experience, &portfolio.experience),
            (Section::Research, &portfolio.research),
        ] {
            if roles.is_empty() {
                continue;
            }
            let (id, title) = section(section_kind);
            let pages = match &document {
                Some(document) => {
                    let metrics_of = if section_kind == Section::Experience {
                        &document.experience_metrics
                    } else {
                        &document.research_metrics
                    };
                    role_pages(roles, metrics_of, &title)
                }
                None => vec![Vec::new()],
            };
            let count = pages.len();
            for (page, slices) in pages.into_iter().enumerate() {
                let text = slices
                    .iter()
                    .filter_map(|slice| roles.get(slice.role))
                    .flat_map(|r| {
                        r.role
                            .as_deref()
                            .into_iter()
                            .chain(std::iter::once(r.organisation.as_str()))
                            .chain(r.summary.as_deref())
                            .chain(r.highlights.iter().map(|h| h.text.as_str()))
                    })
                    .collect();
                let (slide_id, slide_title) = continued(&id, &title, page, count);
                let kind = if section_kind == Section::Experience {
                    SlideKind::Experience(slices)
                } else {
                    SlideKind::Research(slices)
                };
                push(slide_id, slide_title, kind, 1, text, None);
            }
        }
        for (s, kind) in [
            (Section::Teaching, SlideKind::Teaching),
            (Section::Education, SlideKind::Education),
        ] {
            if s.has_content(portfolio) {
                let (id, title) = section(s);
                push(id, title, kind, 1, Vec::new(), None);
            }
        }
        if Section::Publications.has_content(portfolio) || Section::Projects.has_content(portfolio)
        {
            let (id, title) = if Section::Publications.has_content(portfolio) {
                section(Section::Publications)
            } else {
                section(Section::Projects)
            };
            let text = portfolio
                .publications
                .iter()
                .map(|p| p.venue.as_str())
                .chain(portfolio.projects.iter().map(|p| p.title.as_str()))
                .collect();
            push(id, title, SlideKind::Publications, 1, text, None);
        }
        if Section::Principles.has_content(portfolio) {
            let (id, title) = section(Section::Principles);
            let text = portfolio
                .principles
                .iter()
                .map(|p| p.title.as_str())
                .collect();
            push(id, title, SlideKind::Principles, 1, text, None);
        }
        if Section::Contact.has_content(portfolio) {
            let (id, title) = section(Section::Contact);
            let text = portfolio
                .contact
                .iter()
                .filter_map(|c| c.availability.as_deref())
                .collect();
            push(id, title, SlideKind::Contact, 1, text, None);
        }
        for slide in &mut slides {
            if slide.notes.is_none() {
                slide.notes = portfolio.notes.get(&slide.id).cloned();
            }
        }
        Self { slides }
    }

    /// The deck restricted to a selection. The title slide always opens the talk.
    pub fn select(portfolio: &Portfolio, selection: &Selection) -> Self {
        let full = Self::new(portfolio);
        let mut slides: Vec<Slide> = full.slides.clone();
        if !selection.tags.is_empty() {
            slides.retain(|slide| match slide.kind {
                SlideKind::CaseStudy { index, .. } => {
                    portfolio.case_studies.get(index).is_some_and(|c| {
                        c.tags
                            .iter()
                            .any(|t| selection.tags.contains(&t.to_lowercase()))
                    })
                }
                _ => true,
            });
        }
        // The impact table holds the figures of the talk's case studies only.
        let cases: Vec<usize> = match &selection.track {
            Some(track) => portfolio
                .case_studies
                .iter()
                .enumerate()
                .filter(|(_, c)| track.iter().any(|id| c.id == *id))
                .map(|(i, _)| i)
                .filter(|i| {
                    slides.iter().any(
                        |s| matches!(s.kind, SlideKind::CaseStudy { index, .. } if index == *i),
                    )
                })
                .collect(),
            None => {
                let mut cases: Vec<usize> = slides
                    .iter()
                    .filter_map(|s| match s.kind {
                        SlideKind::CaseStudy { index, .. } => Some(index),
                        _ => None,
                    })
                    .collect();
                cases.dedup();
                cases
            }
        };
        if let Some(at) = slides
            .iter()
            .position(|s| matches!(s.kind, SlideKind::Impact { .. }))
        {
            slides.retain(|s| !matches!(s.kind, SlideKind::Impact { .. }));
            for (offset, slide) in impact_slides(portfolio, &cases, true)
                .into_iter()
                .enumerate()
            {
                slides.insert((at + offset).min(slides.len()), slide);
            }
        }
        if let Some(track) = &selection.track {
            let mut ordered: Vec<Slide> = Vec::new();
            if !track.iter().any(|id| id == "overview")
                && let Some(title) = slides.first().filter(|s| s.kind == SlideKind::Title)
            {
                ordered.push(title.clone());
            }
            for id in track {
                // A section split over several slides ("experience", "experience-2") comes whole.
                ordered.extend(
                    slides
                        .iter()
                        .filter(|s| {
                            s.id == *id
                                || s.id
                                    .strip_prefix(id.as_str())
                                    .and_then(|rest| rest.strip_prefix('-'))
                                    .is_some_and(|n| n.parse::<usize>().is_ok())
                        })
                        .cloned(),
                );
            }
            slides = ordered;
        }
        Self { slides }
    }
}

/// Rows of the impact table a slide titled `title` holds, under its heading row.
fn impact_rows_per_slide(title: &str) -> usize {
    // A row of the layout's table: one line of small text and its rule, with room for a
    // label that wraps now and then.
    let row = (fit::SMALL_SIZE * 1.45 + 5.0) * 1.2;
    let room = section_capacity(title) - row;
    ((room / row).floor() as usize).max(1)
}

/// The impact table's slides for the given case studies: as many as its rows need.
fn impact_slides(portfolio: &Portfolio, cases: &[usize], measure: bool) -> Vec<Slide> {
    let count: usize = cases
        .iter()
        .filter_map(|i| portfolio.case_studies.get(*i))
        .map(|c| c.metrics.len())
        .sum();
    if count == 0 {
        return Vec::new();
    }
    let title = Section::Impact.title(portfolio);
    let per_slide = if measure {
        impact_rows_per_slide(&title)
    } else {
        count
    };
    let pages = count.div_ceil(per_slide);
    let id = Section::Impact.id();
    let mut labels = String::from("impact biggest wins results figures");
    for case in cases.iter().filter_map(|i| portfolio.case_studies.get(*i)) {
        for metric in &case.metrics {
            labels.push(' ');
            labels.push_str(metric.label());
        }
    }
    (0..pages)
        .map(|page| {
            let (id, title) = continued(id, &title, page, pages);
            let search_text = format!("{title} {labels}").to_lowercase();
            Slide {
                notes: portfolio.notes.get(&id).cloned(),
                id,
                title,
                kind: SlideKind::Impact {
                    cases: cases.to_vec(),
                    rows: page * per_slide..((page + 1) * per_slide).min(count),
                },
                steps: 1,
                search_text,
            }
        })
        .collect()
}

/// The id and title of page `page` (from 0) of `count` slides that one section or case study
/// takes: the first keeps the id, the others get `-2`, `-3`...; titles say "(2/3)".
fn continued(id: &str, title: &str, page: usize, count: usize) -> (String, String) {
    let id = if page == 0 {
        id.to_owned()
    } else {
        format!("{id}-{}", page + 1)
    };
    let title = if count > 1 {
        format!("{title} ({}/{count})", page + 1)
    } else {
        title.to_owned()
    };
    (id, title)
}

/// Packs items of the given heights, in order, into pages of `capacity`: an item that does not
/// fit starts a new page; one taller than a page gets a page of its own.
fn pack(heights: impl IntoIterator<Item = f32>, capacity: f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    let mut index = 0;
    for height in heights {
        if index > start && used + height > capacity {
            pages.push(start..index);
            start = index;
            used = 0.0;
        }
        used += height;
        index += 1;
    }
    if index > start {
        pages.push(start..index);
    }
    pages
}

/// The room under a slide's title (the longest it could be: "(9/9)" may follow), and under
/// whatever `below` places after it, down to the content's bottom.
fn room_under(title: &str, below: impl FnOnce(&mut Flow)) -> f32 {
    let taken = fit::height(fit::CONTENT_WIDTH, |flow| {
        slide_heading(flow, &format!("{title} (9/9)"));
        below(flow);
    });
    fit::CONTENT_BOTTOM - fit::CONTENT_TOP - taken
}

/// The space under a section slide's title.
fn section_capacity(title: &str) -> f32 {
    room_under(title, |_| {})
}

/// Pieces of `paragraphs`, each short enough for a slide of `capacity` (a paragraph longer
/// than that is split at a sentence end where it can), packed onto pages. `height` says how
/// tall a piece of paragraph `block` is as the slide places it at `width`.
fn paragraph_pages(
    paragraphs: &[&str],
    width: f32,
    capacity: f32,
    height: impl Fn(usize, &str) -> f32,
) -> Vec<Vec<TextPiece>> {
    let line = fit::BODY_SIZE * LINE;
    let mut pieces = Vec::new();
    for (block, text) in paragraphs.iter().enumerate() {
        // What the piece takes besides its lines (a label above it, the gap below).
        let extra = height(block, "") - line;
        let max_lines = (((capacity - extra) / line).floor() as usize).max(1);
        for range in fit::split_paragraph(text, width, max_lines) {
            pieces.push(TextPiece { block, range });
        }
    }
    let heights: Vec<f32> = pieces
        .iter()
        .map(|piece| {
            let text = paragraphs
                .get(piece.block)
                .and_then(|t| t.get(piece.range.clone()))
                .unwrap_or_default();
            height(piece.block, text)
        })
        .collect();
    pack(heights, capacity)
        .into_iter()
        .map(|range| pieces.get(range).unwrap_or_default().to_vec())
        .collect()
}

fn about_pages(portfolio: &Portfolio) -> Vec<Vec<TextPiece>> {
    let summary = &portfolio.person.summary;
    let paragraphs: Vec<&str> = summary.iter().map(String::as_str).collect();
    let capacity = section_capacity(&Section::About.title(portfolio));
    let pages = paragraph_pages(&paragraphs, fit::CONTENT_WIDTH, capacity, |_, text| {
        fit::height(fit::CONTENT_WIDTH, |flow| about_paragraph(flow, text))
    });
    if pages.is_empty() {
        vec![Vec::new()]
    } else {
        pages
    }
}

/// Expertise areas packed onto slides by the height each takes.
fn expertise_pages(portfolio: &Portfolio) -> Vec<Range<usize>> {
    let heights: Vec<f32> = portfolio
        .expertise
        .iter()
        .map(|area| {
            fit::height(fit::CONTENT_WIDTH, |flow| {
                expertise(flow, std::slice::from_ref(area));
            })
        })
        .collect();
    let capacity = section_capacity(&Section::Expertise.title(portfolio));
    pack(heights, capacity)
}

/// A case study's slides: one with the story beside its figures when both fit, else the
/// story on as many slides as it needs, then the figures in two columns, then each image.
fn case_parts(case: &CaseStudy, analyses: &[Analysis]) -> Vec<CasePart> {
    let capacity = room_under(&case.title, |flow| case_meta(flow, case));
    let blocks = words::story(case);
    let mut parts = Vec::new();
    let whole = |block| TextPiece {
        block,
        range: 0..blocks.get(block).map_or(0, |(_, text)| text.len()),
    };
    let story_at = |width: f32| {
        fit::height(width, |flow| {
            for (label, text) in blocks {
                story_block(flow, &label.to_uppercase(), text);
            }
        })
    };
    let results_label_height = fit::height(fit::HALF_WIDTH, results_label);
    let figures_beside = fit::height(fit::HALF_WIDTH, |flow| {
        results_label(flow);
        metrics(flow, analyses);
    });
    if analyses.is_empty() && story_at(fit::CONTENT_WIDTH) <= capacity {
        parts.push(CasePart::Story {
            pieces: (0..3).map(whole).collect(),
            figures_beside: false,
        });
    } else if !analyses.is_empty()
        && story_at(fit::HALF_WIDTH) <= capacity
        && figures_beside <= capacity
    {
        parts.push(CasePart::Story {
            pieces: (0..3).map(whole).collect(),
            figures_beside: true,
        });
    } else {
        let texts = blocks.map(|(_, text)| text);
        let height = |block: usize, text: &str| {
            let label = blocks.get(block).map_or("", |(label, _)| label);
            fit::height(fit::CONTENT_WIDTH, |flow| {
                // Measured with the longer label a continued piece gets.
                story_block(flow, &words::continued(label).to_uppercase(), text);
            })
        };
        for pieces in paragraph_pages(&texts, fit::CONTENT_WIDTH, capacity, height) {
            parts.push(CasePart::Story {
                pieces,
                figures_beside: false,
            });
        }
        // Figures fill the left column, then the right, then the next slide.
        let column = capacity - results_label_height;
        let heights = analyses.iter().map(|analysis| {
            fit::height(fit::HALF_WIDTH, |flow| {
                metrics(flow, std::slice::from_ref(analysis));
            })
        });
        let columns = pack(heights, column);
        for pair in columns.chunks(2) {
            let left = pair.first().cloned().unwrap_or(0..0);
            let right = pair.get(1).cloned().unwrap_or(left.end..left.end);
            parts.push(CasePart::Results { left, right });
        }
    }
    parts.extend((0..case.images.len()).map(CasePart::Image));
    parts
}

/// Positions packed onto slides by height; a position taller than a slide continues on the
/// next with the rest of its highlights.
fn role_pages(
    roles: &[Role],
    metrics_of: &[Vec<Vec<Analysis>>],
    title: &str,
) -> Vec<Vec<RoleSlice>> {
    let capacity = section_capacity(title);
    let height = |index: usize, highlights: Range<usize>| {
        fit::height(fit::CONTENT_WIDTH, |flow| {
            role_slices(flow, roles, metrics_of, &[(index, highlights)]);
        })
    };
    let mut pages: Vec<Vec<RoleSlice>> = Vec::new();
    let mut page: Vec<RoleSlice> = Vec::new();
    let mut used = 0.0;
    for (index, role) in roles.iter().enumerate() {
        let count = role.highlights.len();
        let mut start = 0;
        loop {
            // A position that fits a slide of its own is never split: it moves on whole.
            if !page.is_empty()
                && used + height(index, start..count) > capacity
                && height(index, start..count) <= capacity
            {
                pages.push(std::mem::take(&mut page));
                used = 0.0;
            }
            // At least one highlight a slide, so every slide moves the talk on.
            let least = if count == 0 { 0 } else { start + 1 };
            let mut end = count;
            while end > least && used + height(index, start..end) > capacity {
                end -= 1;
            }
            if used + height(index, start..end) > capacity && !page.is_empty() {
                pages.push(std::mem::take(&mut page));
                used = 0.0;
                continue;
            }
            used += height(index, start..end);
            page.push(RoleSlice {
                role: index,
                highlights: start..end,
            });
            if end >= count {
                break;
            }
            start = end;
            pages.push(std::mem::take(&mut page));
            used = 0.0;
        }
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}
