//! Building the deck from the portfolio: which slides, and what goes on each (a section or
//! case study continues on as many slides as it needs, `fit` says how much fits).

use std::ops::Range;

use super::fit::{self, FigureShape};
use super::{CasePart, Deck, RoleSlice, Selection, Slide, SlideKind, TextPiece};
use crate::document::Section;
use crate::model::{CaseStudy, Metric, Portfolio, Role};

impl Deck {
    /// Builds the deck: title, about, expertise, one slide per case study, experience (a few
    /// positions per slide), research, teaching, education, publications and projects,
    /// principles, contact.
    pub fn new(portfolio: &Portfolio) -> Self {
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
            let pages = about_pages(&person.summary);
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
            let pages = expertise_pages(portfolio);
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
        for slide in impact_slides(portfolio, &all_cases) {
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
            let parts = case_parts(case);
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
            let pages = role_pages(roles);
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
            for (offset, slide) in impact_slides(portfolio, &cases).into_iter().enumerate() {
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
fn impact_slides(portfolio: &Portfolio, cases: &[usize]) -> Vec<Slide> {
    let count: usize = cases
        .iter()
        .filter_map(|i| portfolio.case_studies.get(*i))
        .map(|c| c.metrics.len())
        .sum();
    if count == 0 {
        return Vec::new();
    }
    let title = Section::Impact.title(portfolio);
    let per_slide = impact_rows_per_slide(&title);
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

/// The space under a section slide's title.
fn section_capacity(title: &str) -> f32 {
    // Room for "(2/3)" after the title.
    fit::CONTENT_HEIGHT - fit::title_height(&format!("{title} (9/9)"))
}

/// Pieces of `paragraphs` at `width`, each short enough for a slide of `capacity` (a
/// paragraph longer than that is split), packed onto pages.
fn paragraph_pages(
    paragraphs: &[&str],
    width: f32,
    capacity: f32,
    extra: f32,
) -> Vec<Vec<TextPiece>> {
    let line = fit::BODY_SIZE * 1.5;
    let max_lines = (((capacity - extra) / line).floor() as usize).max(1);
    let mut pieces = Vec::new();
    for (block, text) in paragraphs.iter().enumerate() {
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
            fit::paragraph_height(text, width) + extra
        })
        .collect();
    pack(heights, capacity)
        .into_iter()
        .map(|range| pieces.get(range).unwrap_or_default().to_vec())
        .collect()
}

fn about_pages(summary: &[String]) -> Vec<Vec<TextPiece>> {
    let paragraphs: Vec<&str> = summary.iter().map(String::as_str).collect();
    let capacity = section_capacity("About");
    // About text is a size up from body text, with wider line spacing.
    let pages = paragraph_pages(&paragraphs, fit::CONTENT_WIDTH * 0.94, capacity, 18.0);
    if pages.is_empty() {
        vec![Vec::new()]
    } else {
        pages
    }
}

/// Expertise cards, three to a row, rows packed onto slides.
fn expertise_pages(portfolio: &Portfolio) -> Vec<Range<usize>> {
    const COLUMNS: usize = 3;
    let card_width = (fit::CONTENT_WIDTH - 16.0 * (COLUMNS as f32 - 1.0)) / COLUMNS as f32;
    let rows: Vec<f32> = portfolio
        .expertise
        .chunks(COLUMNS)
        .map(|row| {
            row.iter()
                .map(|e| fit::card_height(&e.title, &e.text, !e.tags.is_empty(), card_width))
                .fold(0.0, f32::max)
                + 16.0
        })
        .collect();
    let capacity = section_capacity("Expertise");
    pack(rows, capacity)
        .into_iter()
        .map(|rows| rows.start * COLUMNS..(rows.end * COLUMNS).min(portfolio.expertise.len()))
        .collect()
}

fn figure_shape(metric: &Metric) -> (FigureShape, &str) {
    let shape = match metric {
        Metric::Change(_) => FigureShape::Bars,
        Metric::Relative(_) => FigureShape::Bar,
        _ => FigureShape::Tile,
    };
    (shape, metric.label())
}

/// A case study's slides: one with the story beside its figures when both fit, else the
/// story on as many slides as it needs, then the figures in two columns, then each image.
fn case_parts(case: &CaseStudy) -> Vec<CasePart> {
    let title = format!("{} (9/9)", case.title);
    let capacity = fit::CONTENT_HEIGHT - fit::title_height(&title) - fit::META_HEIGHT;
    let blocks = [
        case.problem.as_str(),
        case.approach.as_str(),
        case.outcome.as_str(),
    ];
    let figures: Vec<(FigureShape, &str)> = case.metrics.iter().map(figure_shape).collect();
    let mut parts = Vec::new();
    let whole = |block| TextPiece {
        block,
        range: 0..blocks.get(block).map_or(0, |t| t.len()),
    };
    let story_beside = blocks
        .iter()
        .map(|t| fit::block_height(t, fit::HALF_WIDTH))
        .sum::<f32>();
    let figures_beside = fit::RESULTS_LABEL_HEIGHT + fit::figures_height(&figures, fit::HALF_WIDTH);
    let story_alone = blocks
        .iter()
        .map(|t| fit::block_height(t, fit::CONTENT_WIDTH))
        .sum::<f32>();
    if figures.is_empty() && story_alone <= capacity {
        parts.push(CasePart::Story {
            pieces: (0..3).map(whole).collect(),
            figures_beside: false,
        });
    } else if !figures.is_empty() && story_beside <= capacity && figures_beside <= capacity {
        parts.push(CasePart::Story {
            pieces: (0..3).map(whole).collect(),
            figures_beside: true,
        });
    } else {
        // The label above each block takes a line and a gap.
        let label = fit::block_height("", fit::CONTENT_WIDTH)
            - fit::paragraph_height("", fit::CONTENT_WIDTH);
        for pieces in paragraph_pages(&blocks, fit::CONTENT_WIDTH, capacity, label) {
            parts.push(CasePart::Story {
                pieces,
                figures_beside: false,
            });
        }
        // Figures fill the left column, then the right, then the next slide.
        let column = capacity - fit::RESULTS_LABEL_HEIGHT;
        let heights = figures
            .iter()
            .map(|figure| fit::figures_height(std::slice::from_ref(figure), fit::HALF_WIDTH));
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

/// The figures of highlight `h` of `role`, for its height: before/after charts, and chips for
/// the others.
fn highlight_figures(role: &Role, h: usize) -> Vec<(FigureShape, &str)> {
    role.highlights.get(h).map_or_else(Vec::new, |highlight| {
        highlight
            .metrics
            .iter()
            .map(|m| match m {
                Metric::Change(_) => (FigureShape::Bars, m.label()),
                _ => (FigureShape::Line, m.label()),
            })
            .collect()
    })
}

/// Positions packed onto slides by height; a position taller than a slide continues on the
/// next with the rest of its highlights.
fn role_pages(roles: &[Role]) -> Vec<Vec<RoleSlice>> {
    let capacity = section_capacity("Experience");
    let height = |role: &Role, highlights: Range<usize>| {
        let figures: Vec<Vec<(FigureShape, &str)>> = highlights
            .clone()
            .map(|h| highlight_figures(role, h))
            .collect();
        let texts: Vec<(&str, &[(FigureShape, &str)])> = highlights
            .clone()
            .zip(&figures)
            .filter_map(|(h, f)| Some((role.highlights.get(h)?.text.as_str(), f.as_slice())))
            .collect();
        fit::role_height(
            role.role.as_deref().unwrap_or(&role.organisation),
            role.summary.as_deref(),
            &texts,
            highlights.end == role.highlights.len() && !role.tags.is_empty(),
            highlights.start == 0,
        )
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
                && used + height(role, start..count) > capacity
                && height(role, start..count) <= capacity
            {
                pages.push(std::mem::take(&mut page));
                used = 0.0;
            }
            // At least one highlight a slide, so every slide moves the talk on.
            let least = if count == 0 { 0 } else { start + 1 };
            let mut end = count;
            while end > least && used + height(role, start..end) > capacity {
                end -= 1;
            }
            if used + height(role, start..end) > capacity && !page.is_empty() {
                pages.push(std::mem::take(&mut page));
                used = 0.0;
                continue;
            }
            used += height(role, start..end);
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
