//! Building the deck from the portfolio: which slides, and what goes on each (a section or
//! case study continues on as many slides as it needs; `fit` measures how much fits, with
//! the functions that place it).

use std::borrow::Cow;
use std::ops::Range;

use super::pages::about_paragraph;
use super::parts::{
    case_parts, figures_script, results_title, role_parts, role_words, story_script,
};
use super::room::{pack, paragraph_pages, section_capacity};
use super::{CasePart, Deck, RolePart, Selection, Slide, SlideKind, TextPiece};
use super::{brief, fit};
use crate::document::{Document, Section};
use crate::layout::sections::{expertise_areas, impact};
use crate::metrics::Analysis;
use crate::model::Portfolio;

impl Deck {
    /// Builds the deck: title, about, expertise, one slide per case study, experience (a few
    /// positions per slide), research, teaching, education, publications and projects,
    /// principles, contact.
    pub fn new(portfolio: &Portfolio) -> Self {
        // The figures, as the slides will draw them, for measuring what fits.
        let document = Document::new(portfolio.clone());
        Self::build(portfolio, Some(&document))
    }

    /// The id of every slide that opens a section or case study, without laying anything
    /// out: what `folio check` compares a track's slides against first, so that loading a
    /// portfolio with tracks does not shape the whole talk. Continuation slides ("-2") are
    /// not in it.
    pub fn first_ids(portfolio: &Portfolio) -> Vec<String> {
        Self::build(portfolio, None)
            .slides
            .into_iter()
            .map(|slide| slide.id)
            .collect()
    }

    /// The deck, its sections and case studies continued on as many slides as the layout
    /// measures they need with `document`'s figures; without a document (only the ids are
    /// wanted), one slide each.
    fn build(portfolio: &Portfolio, document: Option<&Document>) -> Self {
        let measure = document.is_some();
        let mut slides = Vec::new();
        let person = &portfolio.person;
        let mut push = |id: String,
                        title: String,
                        kind: SlideKind,
                        steps: usize,
                        text: Vec<&str>,
                        notes: Option<String>,
                        script: Vec<String>| {
            let search_text = std::iter::once(title.as_str())
                .chain(text)
                .chain(script.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            slides.push(Slide {
                id,
                title,
                kind,
                steps,
                notes,
                script,
                search_text,
            });
        };
        // The title slide shows the header, so the palette finds what it shows.
        let header_texts = crate::document::header::header(portfolio).texts();
        push(
            Section::Hero.id().to_owned(),
            portfolio.display_name().to_owned(),
            SlideKind::Title,
            1,
            header_texts.iter().map(String::as_str).collect(),
            None,
            Vec::new(),
        );
        let section = |s: Section| (s.id().to_owned(), s.title(portfolio));
        if Section::About.has_content(portfolio) {
            let (id, title) = section(Section::About);
            let shown = brief::about(portfolio);
            let pages = if measure {
                about_pages(portfolio, &shown)
            } else {
                vec![Vec::new()]
            };
            // The whole summary is the presenter's when the slide shows less of it.
            let whole = person.summary.join("\n\n");
            let mut script = if brief::cuts(&shown.join("\n\n"), &whole) {
                person.summary.clone()
            } else {
                Vec::new()
            };
            for (page, pieces) in pages.into_iter().enumerate() {
                let text = pieces
                    .iter()
                    .filter_map(|p| shown.get(p.block)?.get(p.range.clone()))
                    .collect();
                let id = continued(&id, page);
                push(
                    id,
                    title.clone(),
                    SlideKind::About(pieces),
                    1,
                    text,
                    None,
                    std::mem::take(&mut script),
                );
            }
        }
        if Section::Expertise.has_content(portfolio) {
            let (id, title) = section(Section::Expertise);
            let pages = if measure {
                expertise_pages(portfolio)
            } else {
                std::iter::once(0..portfolio.expertise.len()).collect()
            };
            for (page, range) in pages.into_iter().enumerate() {
                let areas = portfolio.expertise.get(range.clone()).unwrap_or_default();
                let text = areas
                    .iter()
                    .flat_map(|e| {
                        std::iter::once(e.title.as_str())
                            .chain(std::iter::once(e.text.as_str()))
                            .chain(e.tags.iter().map(String::as_str))
                    })
                    .collect();
                let script = areas
                    .iter()
                    .filter(|e| brief::cuts(&brief::expertise_line(&e.text, areas.len()), &e.text))
                    .map(|e| format!("{}: {}", e.title, e.text))
                    .collect();
                push(
                    continued(&id, page),
                    title.clone(),
                    SlideKind::Expertise(range),
                    1,
                    text,
                    None,
                    script,
                );
            }
        }
        let all_cases: Vec<usize> = (0..portfolio.case_studies.len()).collect();
        for slide in impact_slides(portfolio, &all_cases, document) {
            let text = vec![slide.search_text.as_str()];
            push(
                slide.id.clone(),
                slide.title.clone(),
                slide.kind.clone(),
                1,
                text,
                None,
                slide.script.clone(),
            );
        }
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let analyses = document
                .as_ref()
                .and_then(|d| d.case_metrics.get(index))
                .map_or(&[][..], Vec::as_slice);
            let parts = if measure {
                case_parts(case, analyses)
            } else {
                vec![CasePart::Image(0)]
            };
            let mut results_seen = false;
            for (page, part) in parts.into_iter().enumerate() {
                let mut text: Vec<&str> = vec![&case.problem, &case.approach, &case.outcome];
                text.extend(case.organisation.as_deref());
                text.extend(case.tags.iter().map(String::as_str));
                text.extend(case.metrics.iter().map(crate::model::Metric::label));
                let steps = match &part {
                    CasePart::Story { pieces } => pieces.len().max(1),
                    CasePart::Results(_) | CasePart::Image(_) => 1,
                };
                let script = match &part {
                    // The whole story beside its first slide, where the slides show less.
                    CasePart::Story { .. } if page == 0 => story_script(case),
                    CasePart::Results(shown) => {
                        let shown: Vec<&Analysis> =
                            shown.iter().filter_map(|i| analyses.get(*i)).collect();
                        figures_script(&shown)
                    }
                    _ => Vec::new(),
                };
                // Notes belong to the case study's first slide.
                let notes = if page == 0 { case.notes.clone() } else { None };
                let title = match &part {
                    CasePart::Results(shown) => {
                        let first = !results_seen;
                        results_seen = true;
                        results_title(case, analyses, shown, first)
                    }
                    _ => case.title.clone(),
                };
                push(
                    continued(&case.id, page),
                    title,
                    SlideKind::CaseStudy { index, part },
                    steps,
                    text,
                    notes,
                    script,
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
            let metrics_of = document.as_ref().map(|document| {
                if section_kind == Section::Experience {
                    &document.experience_metrics
                } else {
                    &document.research_metrics
                }
            });
            let parts = match (document, metrics_of) {
                (Some(_), Some(metrics_of)) if measure => role_parts(roles, metrics_of),
                _ => vec![RolePart::Timeline(0..roles.len())],
            };
            for (page, part) in parts.into_iter().enumerate() {
                let (text, script) = role_words(roles, &part, metrics_of);
                let text = text.into_iter().collect();
                let kind = if section_kind == Section::Experience {
                    SlideKind::Experience(part)
                } else {
                    SlideKind::Research(part)
                };
                push(
                    continued(&id, page),
                    title.clone(),
                    kind,
                    1,
                    text,
                    None,
                    script,
                );
            }
        }
        for (s, kind) in [
            (Section::Teaching, SlideKind::Teaching),
            (Section::Education, SlideKind::Education),
        ] {
            if s.has_content(portfolio) {
                let (id, title) = section(s);
                push(id, title, kind, 1, Vec::new(), None, Vec::new());
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
            push(
                id,
                title,
                SlideKind::Publications,
                1,
                text,
                None,
                Vec::new(),
            );
        }
        if Section::Principles.has_content(portfolio) {
            let (id, title) = section(Section::Principles);
            let text = portfolio
                .principles
                .iter()
                .map(|p| p.title.as_str())
                .collect();
            push(id, title, SlideKind::Principles, 1, text, None, Vec::new());
        }
        if Section::Contact.has_content(portfolio) {
            let (id, title) = section(Section::Contact);
            let text = portfolio
                .contact
                .iter()
                .filter_map(|c| c.availability.as_deref())
                .collect();
            push(id, title, SlideKind::Contact, 1, text, None, Vec::new());
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
        let document = Document::new(portfolio.clone());
        let full = Self::build(portfolio, Some(&document));
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
            for (offset, slide) in impact_slides(portfolio, &cases, Some(&document))
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

/// The most rows of the impact table a slide shows: the biggest wins, not all of them.
const IMPACT_ROWS: usize = 6;

/// The impact table's slide for the given case studies: the biggest wins, as many as one
/// slide holds; the rest are the presenter's to mention (every figure is on its case study's
/// results slide as well).
fn impact_slides(
    portfolio: &Portfolio,
    cases: &[usize],
    document: Option<&Document>,
) -> Vec<Slide> {
    let count: usize = cases
        .iter()
        .filter_map(|i| portfolio.case_studies.get(*i))
        .map(|c| c.metrics.len())
        .sum();
    if count == 0 {
        return Vec::new();
    }
    let title = Section::Impact.title(portfolio);
    let (shown, script) = if let Some(document) = document {
        let rows = crate::impact::rows(
            document,
            |index| cases.contains(&index),
            crate::impact::ImpactOrder::default(),
        );
        let capacity = section_capacity(&title);
        // The biggest wins, as many as fit, and never a wall of them.
        let shown = (1..=rows.len().min(IMPACT_ROWS))
            .take_while(|n| {
                let table = rows.get(..*n).unwrap_or_default();
                fit::height(fit::CONTENT_WIDTH, |flow| impact(flow, document, table)) <= capacity
            })
            .last()
            .unwrap_or(1);
        let script = rows
            .iter()
            .skip(shown)
            .map(|row| {
                // Only the parts a row has: a relative change has no before and after.
                let span = match (row.before.is_empty(), row.after.is_empty()) {
                    (false, false) => format!("{} → {}", row.before, row.after),
                    (true, false) => row.after.clone(),
                    (false, true) => row.before.clone(),
                    (true, true) => String::new(),
                };
                let parts: Vec<&str> = [span.as_str(), row.change.as_str(), row.factor.as_str()]
                    .into_iter()
                    .filter(|part| !part.is_empty())
                    .collect();
                format!("{} ({}): {}", row.metric, row.case_study, parts.join(", "))
            })
            .collect();
        (shown, script)
    } else {
        (count, Vec::new())
    };
    let id = Section::Impact.id().to_owned();
    let mut labels = String::from("impact biggest wins results figures");
    for case in cases.iter().filter_map(|i| portfolio.case_studies.get(*i)) {
        for metric in &case.metrics {
            labels.push(' ');
            labels.push_str(metric.label());
        }
    }
    let search_text = format!("{title} {labels}").to_lowercase();
    vec![Slide {
        notes: portfolio.notes.get(&id).cloned(),
        id,
        title,
        kind: SlideKind::Impact {
            cases: cases.to_vec(),
            rows: 0..shown,
        },
        steps: 1,
        script,
        search_text,
    }]
}

/// The id of page `page` (from 0) of the slides one section or case study takes: the first
/// keeps the id, the others get `-2`, `-3`... Titles stay as they are: a room does not need
/// "(2/3)" to follow a story, and the presenter window counts slides.
fn continued(id: &str, page: usize) -> String {
    if page == 0 {
        id.to_owned()
    } else {
        format!("{id}-{}", page + 1)
    }
}

fn about_pages(portfolio: &Portfolio, shown: &[Cow<'_, str>]) -> Vec<Vec<TextPiece>> {
    let paragraphs: Vec<&str> = shown.iter().map(|p| p.as_ref()).collect();
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

/// Expertise areas packed onto slides two to a row (as the slide sets them, in two
/// columns) by the height each row takes, the words on screen shared among a slide's areas.
fn expertise_pages(portfolio: &Portfolio) -> Vec<Range<usize>> {
    let capacity = section_capacity(&Section::Expertise.title(portfolio));
    let areas = &portfolio.expertise;
    // More areas on a slide leave fewer words to each; pack with the share a full slide
    // of them would leave.
    let per_slide_guess = areas.len().clamp(1, 4);
    let heights: Vec<f32> = areas
        .chunks(2)
        .map(|row| {
            row.iter()
                .map(|area| {
                    fit::height(fit::HALF_WIDTH, |flow| {
                        let line = brief::expertise_line(&area.text, per_slide_guess);
                        expertise_areas(flow, &[(area, line.as_ref())]);
                    })
                })
                .fold(0.0, f32::max)
                + EXPERTISE_GAP
        })
        .collect();
    pack(heights, capacity)
        .into_iter()
        .map(|rows| rows.start * 2..(rows.end * 2).min(areas.len()))
        .collect()
}

/// Added to an expertise area's height when packing: the balanced slide spaces them.
const EXPERTISE_GAP: f32 = 8.0;
