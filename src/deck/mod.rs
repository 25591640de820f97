//! The presentation model: slides derived from the portfolio, and navigation over them.
//! Pure data and logic, no egui; the present view draws it.
//!
//! Slide ids come from section and case-study ids, so the current slide survives a reload.
//! Navigation methods return whether the slide or step changed: the talk counts time per
//! slide from it, and a number with no slide is answered rather than ignored.

pub mod fit;

use std::ops::Range;

use fit::FigureShape;

use crate::document::Section;
use crate::model::{CaseStudy, Metric, Portfolio, Role};

/// Why `--track` or `--tags` cannot select slides.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SelectionError {
    /// The portfolio defines no tracks at all.
    #[error(
        "no track `{name}`: this portfolio defines no tracks (add `tracks: [(name: \"{name}\", slides: [...])]`)"
    )]
    NoTracks {
        /// The name asked for.
        name: String,
    },
    /// No track has this name.
    #[error("no track `{name}`; tracks: {}", known.join(", "))]
    UnknownTrack {
        /// The name asked for.
        name: String,
        /// The portfolio's track names.
        known: Vec<String>,
    },
    /// No case study has any of the tags.
    #[error("no case study has the tags {}; tags: {}", asked.join(", "), known.join(", "))]
    UnknownTags {
        /// The tags asked for.
        asked: Vec<String>,
        /// Every tag of the portfolio's case studies.
        known: Vec<String>,
    },
}

/// Which slides a talk uses: everything, a named track, or case studies with given tags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// A track's slide ids, in order.
    pub track: Option<Vec<String>>,
    /// Keep only case studies with one of these tags (lowercase).
    pub tags: Vec<String>,
}

impl Selection {
    /// Resolves `--track NAME` and `--tags a,b` against the portfolio. An unknown track is an
    /// error that lists the valid ones.
    pub fn new(
        portfolio: &Portfolio,
        track: Option<&str>,
        tags: &[String],
    ) -> Result<Self, SelectionError> {
        let track = match track {
            None => None,
            Some(name) => {
                let found = portfolio.tracks.iter().find(|t| t.name == name);
                match found {
                    Some(track) => Some(track.slides.clone()),
                    None if portfolio.tracks.is_empty() => {
                        return Err(SelectionError::NoTracks {
                            name: name.to_owned(),
                        });
                    }
                    None => {
                        return Err(SelectionError::UnknownTrack {
                            name: name.to_owned(),
                            known: portfolio.tracks.iter().map(|t| t.name.clone()).collect(),
                        });
                    }
                }
            }
        };
        let tags: Vec<String> = tags
            .iter()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        if !tags.is_empty() {
            let known = portfolio
                .case_studies
                .iter()
                .flat_map(|c| c.tags.iter())
                .any(|t| tags.contains(&t.to_lowercase()));
            if !known {
                let mut all: Vec<String> = portfolio
                    .case_studies
                    .iter()
                    .flat_map(|c| c.tags.iter().cloned())
                    .collect();
                all.sort();
                all.dedup();
                return Err(SelectionError::UnknownTags {
                    asked: tags,
                    known: all,
                });
            }
        }
        Ok(Self { track, tags })
    }
}

/// Part of a paragraph: which one (a case study's problem, approach, outcome as 0, 1, 2, or a
/// summary paragraph by index) and which bytes of it. A paragraph too long for one slide is
/// split into pieces on consecutive slides; nothing is left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextPiece {
    /// The paragraph.
    pub block: usize,
    /// Its bytes on this slide.
    pub range: Range<usize>,
}

/// Which part of a case study a slide shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CasePart {
    /// The story, revealed a piece a step; the figures beside it (revealed with the last
    /// piece) when `figures_beside`, which only a case study that fits one slide has.
    Story {
        /// Problem, approach and outcome, or the pieces of them on this slide.
        pieces: Vec<TextPiece>,
        /// Whether the figures share this slide, in a column beside the text.
        figures_beside: bool,
    },
    /// Figures in two columns: metric indices of the left and of the right column.
    Results {
        /// The left column's metrics.
        left: Range<usize>,
        /// The right column's metrics.
        right: Range<usize>,
    },
    /// One image with its caption.
    Image(usize),
}

/// A position on an experience or research slide: its index and which of its highlights are
/// on this slide. Its heading comes with the slide that has its first highlight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleSlice {
    /// Index into the experience or research list.
    pub role: usize,
    /// Its highlights on this slide.
    pub highlights: Range<usize>,
}

/// What a slide shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideKind {
    /// Name, headline, tagline, location.
    Title,
    /// Summary paragraphs, or pieces of them.
    About(Vec<TextPiece>),
    /// Expertise areas by index.
    Expertise(Range<usize>),
    /// Rows of the impact table (biggest change first) of the given case studies.
    Impact {
        /// The case studies whose figures the table holds: those of the talk.
        cases: Vec<usize>,
        /// Which rows of it this slide shows.
        rows: Range<usize>,
    },
    /// A case study by index, or one part of it.
    CaseStudy {
        /// Index into the case studies.
        index: usize,
        /// What of it this slide shows.
        part: CasePart,
    },
    /// Positions (or parts of them) of the experience list.
    Experience(Vec<RoleSlice>),
    /// Positions (or parts of them) of the research list.
    Research(Vec<RoleSlice>),
    /// Teaching positions and courses.
    Teaching,
    /// Degrees.
    Education,
    /// Papers, datasets and projects.
    Publications,
    /// The principles.
    Principles,
    /// Availability and contact: the closing slide.
    Contact,
}

/// One slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slide {
    /// Stable id: a section id (`experience`, `experience-2`) or a case-study id.
    pub id: String,
    /// The slide's title.
    pub title: String,
    /// What it shows.
    pub kind: SlideKind,
    /// How many reveal steps it has (at least 1).
    pub steps: usize,
    /// Speaker notes.
    pub notes: Option<String>,
    /// Lowercase text the jump palette searches: title, tags, metric labels, body.
    pub search_text: String,
}

/// Where the presentation is: a slide and a reveal step on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    /// Index into the deck's slides.
    pub slide: usize,
    /// 0-based reveal step on that slide.
    pub step: usize,
}

/// The slides of a portfolio.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    /// In order.
    pub slides: Vec<Slide>,
}

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

    /// Every slide id a track may name.
    pub fn ids(&self) -> Vec<&str> {
        self.slides.iter().map(|s| s.id.as_str()).collect()
    }

    /// The slide at `index`.
    pub fn slide(&self, index: usize) -> Option<&Slide> {
        self.slides.get(index)
    }

    /// The index of the slide with `id`.
    pub fn find(&self, id: &str) -> Option<usize> {
        self.slides.iter().position(|s| s.id == id)
    }

    /// Where `position` in `old` is in this (reloaded) deck: the same slide by id, else the
    /// same index clamped to the deck; the step is kept if the slide still has it.
    pub fn carry_over(&self, old: &Deck, position: Position) -> Position {
        let id = old.slide(position.slide).map(|s| s.id.as_str());
        let slide = id
            .and_then(|id| self.find(id))
            .unwrap_or_else(|| position.slide.min(self.slides.len().saturating_sub(1)));
        let steps = self.slide(slide).map_or(1, |s| s.steps);
        Position {
            slide,
            step: position.step.min(steps.saturating_sub(1)),
        }
    }

    /// Slides that match every word of `query` (or a word that means the same in an
    /// interview: "cut" finds "reduced"), best first: title matches before body matches,
    /// then document order. For the jump palette.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return (0..self.slides.len()).collect();
        }
        let mut scored: Vec<(usize, usize)> = self
            .slides
            .iter()
            .enumerate()
            .filter_map(|(index, slide)| {
                let title = slide.title.to_lowercase();
                let mut score = 0;
                for word in &words {
                    let forms = alternatives(word);
                    if forms.iter().any(|f| title.contains(f.as_str())) {
                        score += 3;
                    } else if forms.iter().any(|f| slide.search_text.contains(f.as_str())) {
                        score += 1;
                    } else {
                        return None;
                    }
                }
                Some((index, score))
            })
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(index, _)| index).collect()
    }
}

/// Words an interviewer uses for what a portfolio says differently.
const SYNONYMS: [(&str, &[&str]); 8] = [
    (
        "cut",
        &["reduc", "lower", "sav", "decreas", "halv", "cheap"],
    ),
    ("reduc", &["cut", "lower", "decreas", "halv"]),
    ("cost", &["spend", "cheap", "budget"]),
    ("fast", &["latenc", "speed", "perform", "quick"]),
    ("slow", &["latenc", "timeout", "perform"]),
    ("lead", &["led", "mentor", "team", "manag"]),
    ("scal", &["autoscal", "load", "throughput"]),
    (
        "fail",
        &["outage", "downtime", "incident", "timeout", "reliab"],
    ),
];

/// The stem of `word` and the stems of words meaning the same.
fn alternatives(word: &str) -> Vec<String> {
    let stem = stem(word);
    let mut out = vec![stem.to_owned()];
    for (key, others) in SYNONYMS {
        if stem.starts_with(key) || key.starts_with(stem) && stem.len() >= 3 {
            out.extend(others.iter().map(|o| (*o).to_owned()));
        }
    }
    out
}

/// A crude stem so "costs", "cutting" and "latencies" find "cost", "cut" and "latency".
fn stem(word: &str) -> &str {
    for suffix in ["ting", "ies", "ing", "es", "s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return stem;
        }
    }
    word
}

/// Moves through a deck. Every method returns whether the position changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Navigator {
    /// Where the presentation is.
    pub position: Position,
}

impl Navigator {
    fn set(&mut self, position: Position) -> bool {
        let changed = self.position != position;
        self.position = position;
        changed
    }

    /// The next reveal step, else the next slide.
    pub fn next(&mut self, deck: &Deck) -> bool {
        let Position { slide, step } = self.position;
        let steps = deck.slide(slide).map_or(1, |s| s.steps);
        if step + 1 < steps {
            self.set(Position {
                slide,
                step: step + 1,
            })
        } else if slide + 1 < deck.slides.len() {
            self.set(Position {
                slide: slide + 1,
                step: 0,
            })
        } else {
            false
        }
    }

    /// The previous reveal step, else the previous slide fully revealed.
    pub fn previous(&mut self, deck: &Deck) -> bool {
        let Position { slide, step } = self.position;
        if step > 0 {
            self.set(Position {
                slide,
                step: step - 1,
            })
        } else if slide > 0 {
            let steps = deck.slide(slide - 1).map_or(1, |s| s.steps);
            self.set(Position {
                slide: slide - 1,
                step: steps.saturating_sub(1),
            })
        } else {
            false
        }
    }

    /// The first slide.
    pub fn first(&mut self) -> bool {
        self.set(Position::default())
    }

    /// The last slide, fully revealed.
    pub fn last(&mut self, deck: &Deck) -> bool {
        let slide = deck.slides.len().saturating_sub(1);
        let steps = deck.slide(slide).map_or(1, |s| s.steps);
        self.set(Position {
            slide,
            step: steps.saturating_sub(1),
        })
    }

    /// Slide `number`, counting from 1 as the audience sees it, fully revealed.
    pub fn go_to_number(&mut self, deck: &Deck, number: usize) -> bool {
        match number.checked_sub(1).filter(|i| *i < deck.slides.len()) {
            Some(index) => self.go_to_index(deck, index),
            None => false,
        }
    }

    /// The slide at `index`, fully revealed (a jump answers a question; no need to click
    /// through steps).
    pub fn go_to_index(&mut self, deck: &Deck, index: usize) -> bool {
        match deck.slide(index) {
            Some(slide) => self.set(Position {
                slide: index,
                step: slide.steps.saturating_sub(1),
            }),
            None => false,
        }
    }

    /// The slide with `id`, fully revealed.
    pub fn go_to_id(&mut self, deck: &Deck, id: &str) -> bool {
        match deck.find(id) {
            Some(index) => self.go_to_index(deck, index),
            None => false,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A test portfolio of our own (tests/fixtures/), so that editing the bundled
    /// `portfolio.ron` never breaks these tests.
    fn fixture_portfolio() -> Portfolio {
        crate::load::load(std::path::Path::new("tests/fixtures/mobile-ml.ron"))
            .expect("fixture")
            .portfolio
    }

    fn fixture() -> Deck {
        Deck::new(&fixture_portfolio())
    }

    #[test]
    fn deck_in_document_order() {
        let deck = fixture();
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        // Sections and case studies in document order; a case study or section that needs
        // more than one slide continues with `-2`, `-3` right after its first.
        let firsts: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| {
                id.rsplit_once('-')
                    .is_none_or(|(_, n)| n.parse::<usize>().is_err())
            })
            .collect();
        assert_eq!(
            firsts,
            [
                "overview",
                "about",
                "expertise",
                "impact",
                "on-device-ranking",
                "camera-fps",
                "crash-free",
                "inference-kernel",
                "release-train",
                "battery",
                "model-size",
                "accessibility",
                "experience",
                "education",
                "principles",
                "contact"
            ]
        );
        for (index, id) in ids.iter().enumerate() {
            if let Some((base, n)) = id.rsplit_once('-')
                && let Ok(n) = n.parse::<usize>()
            {
                let previous = if n == 2 {
                    base.to_owned()
                } else {
                    format!("{base}-{}", n - 1)
                };
                assert_eq!(
                    ids.get(index.wrapping_sub(1)),
                    Some(&previous.as_str()),
                    "{ids:?}"
                );
            }
        }
    }

    #[test]
    fn long_experience_is_split_across_slides_and_keeps_every_highlight() {
        let loaded = crate::load::load(std::path::Path::new("examples/research-engineer.ron"))
            .expect("research example");
        let deck = Deck::new(&loaded.portfolio);
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        assert!(
            ids.contains(&"experience") && ids.contains(&"experience-2"),
            "{ids:?}"
        );
        assert!(
            ids.contains(&"teaching") && ids.contains(&"publications"),
            "{ids:?}"
        );
        // Every highlight of every position is on exactly one slide, in order.
        let mut seen: Vec<(usize, usize)> = Vec::new();
        for slide in &deck.slides {
            if let SlideKind::Experience(slices) = &slide.kind {
                for slice in slices {
                    seen.extend(slice.highlights.clone().map(|h| (slice.role, h)));
                }
            }
        }
        let expected: Vec<(usize, usize)> = loaded
            .portfolio
            .experience
            .iter()
            .enumerate()
            .flat_map(|(r, role)| (0..role.highlights.len()).map(move |h| (r, h)))
            .collect();
        assert_eq!(seen, expected);
    }

    #[test]
    fn case_studies_too_big_for_a_slide_continue_and_keep_everything() {
        let loaded = crate::load::load(std::path::Path::new("tests/fixtures/mobile-ml.ron"))
            .expect("fixture");
        let portfolio = &loaded.portfolio;
        let deck = Deck::new(portfolio);
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let parts: Vec<&CasePart> = deck
                .slides
                .iter()
                .filter_map(|s| match &s.kind {
                    SlideKind::CaseStudy { index: i, part } if *i == index => Some(part),
                    _ => None,
                })
                .collect();
            let mut metrics = 0;
            let mut story = [0_usize; 3];
            let mut images = 0;
            for part in &parts {
                match part {
                    CasePart::Story {
                        pieces,
                        figures_beside,
                    } => {
                        for piece in pieces {
                            story[piece.block] += piece.range.len();
                        }
                        if *figures_beside {
                            metrics += case.metrics.len();
                        }
                    }
                    CasePart::Results { left, right } => metrics += left.len() + right.len(),
                    CasePart::Image(_) => images += 1,
                }
            }
            assert_eq!(metrics, case.metrics.len(), "{}", case.id);
            assert_eq!(images, case.images.len(), "{}", case.id);
            // Pieces cover each text but the spaces they were split at.
            for (covered, text) in story
                .iter()
                .zip([&case.problem, &case.approach, &case.outcome])
            {
                assert!(
                    *covered + 8 >= text.len() && *covered <= text.len(),
                    "{}",
                    case.id
                );
            }
        }
        // The continuation slides say so in their titles.
        let ranking: Vec<&str> = deck
            .slides
            .iter()
            .filter(|s| s.id.starts_with("on-device-ranking"))
            .map(|s| s.title.as_str())
            .collect();
        assert!(ranking.len() >= 2, "{ranking:?}");
        assert!(
            ranking
                .iter()
                .all(|t| t.ends_with(&format!("/{})", ranking.len()))),
            "{ranking:?}"
        );
    }

    #[test]
    fn navigation_table() {
        let deck = fixture();
        let case = deck.find("camera-fps").expect("case slide");
        let telco = deck.find("crash-free").expect("case slide");
        let telco_last_step = deck.slide(telco).map_or(0, |s| s.steps - 1);
        let last = deck.slides.len() - 1;
        let at = |slide, step| Position { slide, step };
        // (start, action, expected end, changed)
        type Action = Box<dyn Fn(&mut Navigator, &Deck) -> bool>;
        let cases: Vec<(Position, Action, Position, bool)> = vec![
            (at(0, 0), Box::new(|n, d| n.next(d)), at(1, 0), true),
            (at(case, 0), Box::new(|n, d| n.next(d)), at(case, 1), true),
            (
                at(case, 2),
                Box::new(|n, d| n.next(d)),
                at(case + 1, 0),
                true,
            ),
            (
                at(case, 1),
                Box::new(|n, d| n.previous(d)),
                at(case, 0),
                true,
            ),
            (
                at(case + 1, 0),
                Box::new(|n, d| n.previous(d)),
                at(case, 2),
                true,
            ),
            (at(0, 0), Box::new(|n, d| n.previous(d)), at(0, 0), false),
            (at(last, 0), Box::new(|n, d| n.next(d)), at(last, 0), false),
            (at(5, 0), Box::new(|n, _| n.first()), at(0, 0), true),
            (at(0, 0), Box::new(|n, d| n.last(d)), at(last, 0), true),
            (
                at(0, 0),
                Box::new(move |n, d| n.go_to_number(d, case + 1)),
                at(case, 2),
                true,
            ),
            (
                at(0, 0),
                Box::new(|n, d| n.go_to_number(d, 0)),
                at(0, 0),
                false,
            ),
            (
                at(0, 0),
                Box::new(|n, d| n.go_to_number(d, 99)),
                at(0, 0),
                false,
            ),
            (
                at(0, 0),
                Box::new(|n, d| n.go_to_id(d, "crash-free")),
                at(telco, telco_last_step),
                true,
            ),
            (
                at(0, 0),
                Box::new(|n, d| n.go_to_id(d, "nope")),
                at(0, 0),
                false,
            ),
        ];
        for (index, (start, action, end, changed)) in cases.into_iter().enumerate() {
            let mut navigator = Navigator { position: start };
            assert_eq!(action(&mut navigator, &deck), changed, "case {index}");
            assert_eq!(navigator.position, end, "case {index}");
        }
    }

    #[test]
    fn palette_search_answers_interview_questions() {
        let deck = fixture();
        let first = |query: &str| {
            deck.search(query)
                .first()
                .and_then(|i| deck.slide(*i))
                .map(|s| s.id.clone())
        };
        assert_eq!(first("camera").as_deref(), Some("camera-fps"));
        assert_eq!(first("crash").as_deref(), Some("crash-free"));
        assert_eq!(first("battery drain").as_deref(), Some("battery"));
        assert_eq!(first("biggest win").as_deref(), Some("impact"));
        assert!(deck.search("zebra").is_empty());
        assert_eq!(deck.search("").len(), deck.slides.len());
    }

    #[test]
    fn tracks_and_tags_select_slides() {
        let portfolio = fixture_portfolio();
        // The fixture's "ml" track: on-device-ranking, inference-kernel, model-size, experience.
        let selection = Selection::new(&portfolio, Some("ml"), &[]).expect("track");
        let deck = Deck::select(&portfolio, &selection);
        let ids = deck.ids();
        let base = |id: &str| match id.rsplit_once('-') {
            Some((base, n)) if n.parse::<usize>().is_ok() => base.to_owned(),
            _ => id.to_owned(),
        };
        let mut bases: Vec<String> = ids.iter().map(|id| base(id)).collect();
        bases.dedup();
        assert_eq!(
            bases,
            [
                "overview",
                "on-device-ranking",
                "inference-kernel",
                "model-size",
                "experience"
            ],
            "{ids:?}"
        );
        // A case study's continuation slides come with it.
        assert!(ids.contains(&"on-device-ranking-2"), "{ids:?}");
        let error = Selection::new(&portfolio, Some("frontend"), &[]).expect_err("unknown");
        assert!(error.to_string().contains("tracks: ml, mobile"), "{error}");
        let selection = Selection::new(&portfolio, None, &["Battery".into()]).expect("tags");
        let deck = Deck::select(&portfolio, &selection);
        let mut cases: Vec<&str> = deck
            .slides
            .iter()
            .filter_map(|s| match s.kind {
                SlideKind::CaseStudy { index, .. } => portfolio.case_studies.get(index),
                _ => None,
            })
            .map(|c| c.id.as_str())
            .collect();
        cases.dedup();
        assert_eq!(cases, ["battery"]);
        assert!(Selection::new(&portfolio, None, &["cobol".into()]).is_err());
    }

    #[test]
    fn position_survives_a_reload_by_id() {
        let deck = fixture();
        let mut reordered = deck.clone();
        let case = deck.find("camera-fps").expect("case");
        reordered.slides.swap(case, case - 1);
        let at_case = Position {
            slide: case,
            step: 2,
        };
        let carried = reordered.carry_over(&deck, at_case);
        assert_eq!(reordered.slides[carried.slide].id, "camera-fps");
        assert_eq!(carried.step, 2);
        let mut removed = deck.clone();
        removed.slides.truncate(2);
        let carried = removed.carry_over(&deck, at_case);
        assert_eq!(
            carried,
            Position { slide: 1, step: 0 },
            "clamped when the slide is gone"
        );
    }
}
