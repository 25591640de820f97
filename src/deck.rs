//! The presentation model: slides derived from the portfolio, and navigation over them.
//! Pure data and logic, no egui; the present view draws it.
//!
//! Slide ids come from section and case-study ids, so the current slide survives a reload.
//! Navigation methods return whether anything changed, so the caller repaints only then.

use crate::document::Section;
use crate::model::Portfolio;

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
    ) -> Result<Self, String> {
        let track = match track {
            None => None,
            Some(name) => {
                let found = portfolio.tracks.iter().find(|t| t.name == name);
                match found {
                    Some(track) => Some(track.slides.clone()),
                    None if portfolio.tracks.is_empty() => {
                        return Err(format!(
                            "no track `{name}`: this portfolio defines no tracks (add `tracks: [(name: \"{name}\", slides: [...])]`)"
                        ));
                    }
                    None => {
                        let names: Vec<&str> =
                            portfolio.tracks.iter().map(|t| t.name.as_str()).collect();
                        return Err(format!("no track `{name}`; tracks: {}", names.join(", ")));
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
                return Err(format!(
                    "no case study has the tags {}; tags: {}",
                    tags.join(", "),
                    all.join(", ")
                ));
            }
        }
        Ok(Self { track, tags })
    }
}

/// Positions per experience slide: more would not fit on a projector.
pub const ROLES_PER_SLIDE: usize = 3;

/// What a slide shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlideKind {
    /// Name, headline, tagline, location.
    Title,
    /// The summary paragraphs.
    About,
    /// The expertise areas.
    Expertise,
    /// One case study by index; revealed in steps: problem, approach, outcome with charts.
    CaseStudy(usize),
    /// Positions `range` of the experience list.
    Experience(std::ops::Range<usize>),
    /// Positions `range` of the research list.
    Research(std::ops::Range<usize>),
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
            let text = person.summary.iter().map(String::as_str).collect();
            push(id, title, SlideKind::About, 1, text, None);
        }
        if Section::Expertise.has_content(portfolio) {
            let (id, title) = section(Section::Expertise);
            let text = portfolio
                .expertise
                .iter()
                .flat_map(|e| {
                    std::iter::once(e.title.as_str())
                        .chain(std::iter::once(e.text.as_str()))
                        .chain(e.tags.iter().map(String::as_str))
                })
                .collect();
            push(id, title, SlideKind::Expertise, 1, text, None);
        }
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let mut text: Vec<&str> = vec![&case.problem, &case.approach, &case.outcome];
            text.extend(case.organisation.as_deref());
            text.extend(case.tags.iter().map(String::as_str));
            text.extend(case.metrics.iter().map(crate::model::Metric::label));
            push(
                case.id.clone(),
                case.title.clone(),
                SlideKind::CaseStudy(index),
                3,
                text,
                case.notes.clone(),
            );
        }
        for (section_kind, roles) in [
            (Section::Experience, &portfolio.experience),
            (Section::Research, &portfolio.research),
        ] {
            let (id, title) = section(section_kind);
            let pages = roles.len().div_ceil(ROLES_PER_SLIDE);
            for page in 0..pages {
                let range = page * ROLES_PER_SLIDE..((page + 1) * ROLES_PER_SLIDE).min(roles.len());
                let text = roles
                    .get(range.clone())
                    .unwrap_or_default()
                    .iter()
                    .flat_map(|r| {
                        r.role
                            .as_deref()
                            .into_iter()
                            .chain(std::iter::once(r.organisation.as_str()))
                            .chain(r.summary.as_deref())
                            .chain(r.highlights.iter().map(|h| h.text.as_str()))
                    })
                    .collect();
                let (slide_id, slide_title) = if page == 0 {
                    (id.clone(), title.clone())
                } else {
                    (
                        format!("{id}-{}", page + 1),
                        format!("{title} ({})", page + 1),
                    )
                };
                let kind = if section_kind == Section::Experience {
                    SlideKind::Experience(range)
                } else {
                    SlideKind::Research(range)
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
                SlideKind::CaseStudy(index) => portfolio.case_studies.get(index).is_some_and(|c| {
                    c.tags
                        .iter()
                        .any(|t| selection.tags.contains(&t.to_lowercase()))
                }),
                _ => true,
            });
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

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Deck {
        Deck::new(&crate::load::load_bundled().expect("bundled").portfolio)
    }

    fn research() -> Deck {
        let loaded = crate::load::load(std::path::Path::new("examples/research-engineer.ron"))
            .expect("research example");
        Deck::new(&loaded.portfolio)
    }

    #[test]
    fn bundled_deck_in_order() {
        let deck = bundled();
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "overview",
                "about",
                "expertise",
                "api-latency",
                "kubernetes-footprint",
                "telco-cms",
                "healthcare-tech-debt",
                "experience",
                "education",
                "principles",
                "contact"
            ]
        );
    }

    #[test]
    fn long_experience_is_split_across_slides() {
        let deck = research();
        let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
        assert!(
            ids.contains(&"experience") && ids.contains(&"experience-3"),
            "{ids:?}"
        );
        assert!(
            !ids.contains(&"experience-4"),
            "8 positions, 3 per slide: {ids:?}"
        );
        assert!(
            ids.contains(&"teaching") && ids.contains(&"publications"),
            "{ids:?}"
        );
    }

    #[test]
    fn navigation_table() {
        let deck = bundled();
        let case = deck.find("api-latency").expect("case slide");
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
                Box::new(|n, d| n.go_to_id(d, "telco-cms")),
                at(case + 2, 2),
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
        let deck = bundled();
        let first = |query: &str| {
            deck.search(query)
                .first()
                .and_then(|i| deck.slide(*i))
                .map(|s| s.id.clone())
        };
        assert_eq!(first("latency").as_deref(), Some("api-latency"));
        assert_eq!(first("cut costs").as_deref(), Some("kubernetes-footprint"));
        assert_eq!(first("kubernetes").as_deref(), Some("kubernetes-footprint"));
        assert_eq!(first("telco").as_deref(), Some("telco-cms"));
        assert!(deck.search("zebra").is_empty());
        assert_eq!(deck.search("").len(), deck.slides.len());
    }

    #[test]
    fn tracks_and_tags_select_slides() {
        let mut portfolio = crate::load::load_bundled().expect("bundled").portfolio;
        portfolio.tracks.clear();
        portfolio.tracks.push(crate::model::Track {
            name: "leadership".into(),
            slides: vec![
                "healthcare-tech-debt".into(),
                "experience".into(),
                "principles".into(),
            ],
        });
        let selection = Selection::new(&portfolio, Some("leadership"), &[]).expect("track");
        let deck = Deck::select(&portfolio, &selection);
        assert_eq!(
            deck.ids(),
            [
                "overview",
                "healthcare-tech-debt",
                "experience",
                "principles"
            ]
        );
        let error = Selection::new(&portfolio, Some("frontend"), &[]).expect_err("unknown");
        assert!(error.contains("tracks: leadership"), "{error}");
        let selection = Selection::new(&portfolio, None, &["Cost".into()]).expect("tags");
        let deck = Deck::select(&portfolio, &selection);
        let cases: Vec<&str> = deck
            .slides
            .iter()
            .filter(|s| matches!(s.kind, SlideKind::CaseStudy(_)))
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(cases, ["kubernetes-footprint", "telco-cms"]);
        assert!(Selection::new(&portfolio, None, &["cobol".into()]).is_err());
    }

    #[test]
    fn position_survives_a_reload_by_id() {
        let deck = bundled();
        let mut reordered = deck.clone();
        reordered.slides.swap(3, 4);
        let at_case = Position {
            slide: deck.find("api-latency").expect("case"),
            step: 2,
        };
        let carried = reordered.carry_over(&deck, at_case);
        assert_eq!(reordered.slides[carried.slide].id, "api-latency");
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
