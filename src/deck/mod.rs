//! The presentation model: slides derived from the portfolio, and navigation over them.
//! Pure data and logic, no egui; the present view draws it.
//!
//! Slide ids come from section and case-study ids, so the current slide survives a reload.
//! Navigation methods return whether the slide or step changed: the talk counts time per
//! slide from it, and a number with no slide is answered rather than ignored.

pub mod brief;
mod build;
pub mod fit;
mod navigate;
pub mod pace;
pub mod pages;
mod parts;
mod room;
mod search;
mod selection;

use std::ops::Range;

pub use navigate::Navigator;
pub use selection::{Selection, SelectionError};

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
    /// The story's short form ([`brief::story`]), revealed a part a step; the whole story is
    /// in the presenter window.
    Story {
        /// Problem, approach and outcome, or the pieces of them on this slide.
        pieces: Vec<TextPiece>,
    },
    /// Figures, large: the metric indices on this slide (charts first, then numbers).
    Results(Vec<usize>),
    /// One image with its caption.
    Image(usize),
}

/// Which part of the experience or research list a slide shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RolePart {
    /// These positions (indices, in order) on a time axis: role, organisation, dates.
    Timeline(Range<usize>),
    /// Highlights that carry figures, with their charts large: (position, highlight).
    Figures(Vec<(usize, usize)>),
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
    /// The experience list as a timeline, or its figures.
    Experience(RolePart),
    /// The research list as a timeline, or its figures.
    Research(RolePart),
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
    /// What of the portfolio this slide stands for but does not show: the whole story where
    /// the slide has its short form, highlights beside a timeline, exact figures and claim
    /// checks. The presenter window and the handout show it; the audience does not.
    pub script: Vec<String>,
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

impl Slide {
    /// What the presenter reads beside this slide: its own notes, else, on a case study's
    /// later slides (its results, a continued story), the case study's notes, so that they
    /// are there whichever of its slides an interviewer's question lands on.
    pub fn speaker_notes<'a>(&'a self, portfolio: &'a crate::model::Portfolio) -> Option<&'a str> {
        self.notes.as_deref().or_else(|| match &self.kind {
            SlideKind::CaseStudy { index, .. } => portfolio
                .case_studies
                .get(*index)
                .and_then(|case| case.notes.as_deref()),
            _ => None,
        })
    }
}

impl Deck {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Portfolio;

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
    fn results_slides_say_what_they_show() {
        let portfolio = fixture_portfolio();
        let deck = Deck::new(&portfolio);
        let titles: Vec<&str> = deck
            .slides
            .iter()
            .filter(|s| {
                matches!(
                    s.kind,
                    SlideKind::CaseStudy {
                        part: CasePart::Results(_),
                        ..
                    }
                )
            })
            .map(|s| s.title.as_str())
            .collect();
        // The largest factor on the slide, in words a room reads.
        assert!(
            titles.contains(&"Results: 34× faster ranking latency"),
            "{titles:?}"
        );
        // A win, not a loss, where the slide has one (the APK grew, offline sessions did);
        // a share's change in points, not as a factor ("61 % → 72 %" is not "1.2× higher").
        assert!(
            titles.contains(&"Results: Offline sessions with a fresh feed +100 pp"),
            "{titles:?}"
        );
        assert!(
            titles.contains(&"Results: Listing completion +11 pp"),
            "{titles:?}"
        );
        // A slide of nothing but losses says it is a trade-off.
        assert!(
            titles.contains(&"Trade-off: 2.8× slower median sync delay"),
            "{titles:?}"
        );
        // The author's own title wins on the first results slide.
        let source = r#"(person: (headline: "x"), case_studies: [(id: "a", title: "t",
            problem: "p", approach: "a", outcome: "o", results_title: "Search in under a second",
            metrics: [Change(label: "Search", before: "8 s", after: "300 ms")])])"#;
        let loaded = crate::load::load_str(source, "t.ron", None).expect("loads");
        let deck = Deck::new(&loaded.portfolio);
        assert!(
            deck.slides
                .iter()
                .any(|s| s.title == "Search in under a second"),
            "{:?}",
            deck.slides.iter().map(|s| &s.title).collect::<Vec<_>>()
        );
    }

    #[test]
    fn eight_positions_with_long_names_are_one_timeline_slide() {
        let role = |n: usize| {
            format!(
                r#"(role: "Principal Software Engineer, Platform Reliability and Developer Experience {n}", organisation: "International Business Machines Corporation Research Laboratory {n}", start: "{}-01", end: "{}-12")"#,
                2000 + 2 * n,
                2001 + 2 * n
            )
        };
        for count in [6, 8] {
            let roles: Vec<String> = (0..count).map(role).collect();
            let source = format!(
                "(person: (headline: \"x\"), experience: [{}])",
                roles.join(", ")
            );
            let loaded = crate::load::load_str(&source, "t.ron", None).expect("loads");
            let deck = Deck::new(&loaded.portfolio);
            let timelines: Vec<_> = deck
                .slides
                .iter()
                .filter_map(|s| match &s.kind {
                    SlideKind::Experience(RolePart::Timeline(range)) => Some(range.clone()),
                    _ => None,
                })
                .collect();
            assert_eq!(timelines, vec![0..count], "{count} positions");
        }
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
    fn experience_is_a_timeline_and_every_highlight_is_on_a_slide_or_with_the_presenter() {
        for path in [
            "examples/research-engineer.ron",
            "tests/fixtures/mobile-ml.ron",
        ] {
            let loaded = crate::load::load(std::path::Path::new(path)).expect("portfolio");
            let portfolio = &loaded.portfolio;
            let deck = Deck::new(portfolio);
            let ids: Vec<&str> = deck.slides.iter().map(|s| s.id.as_str()).collect();
            let experience: Vec<&Slide> = deck
                .slides
                .iter()
                .filter(|s| matches!(s.kind, SlideKind::Experience(_)))
                .collect();
            // Eight positions (or fewer) on one timeline and at most three slides of figures.
            assert!(
                experience.len() <= 4,
                "{path}: {} experience slides",
                experience.len()
            );
            // Every position on a timeline, once, in order.
            let mut rows = Vec::new();
            for slide in &experience {
                if let SlideKind::Experience(RolePart::Timeline(range)) = &slide.kind {
                    rows.extend(range.clone());
                }
            }
            assert_eq!(
                rows,
                (0..portfolio.experience.len()).collect::<Vec<_>>(),
                "{path}"
            );
            // Every highlight's words are the presenter's, with the timeline that names it.
            for role in &portfolio.experience {
                for highlight in &role.highlights {
                    assert!(
                        experience
                            .iter()
                            .any(|s| s.script.iter().any(|line| line.contains(&highlight.text))),
                        "{path}: {:?} with no slide",
                        highlight.text
                    );
                }
            }
            assert!(
                ids.contains(&"teaching") || path.contains("mobile"),
                "{ids:?}"
            );
        }
    }

    #[test]
    fn case_studies_show_a_short_story_then_every_figure_large() {
        let loaded = crate::load::load(std::path::Path::new("tests/fixtures/mobile-ml.ron"))
            .expect("fixture");
        let portfolio = &loaded.portfolio;
        let deck = Deck::new(portfolio);
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let slides: Vec<&Slide> = deck
                .slides
                .iter()
                .filter(|s| matches!(&s.kind, SlideKind::CaseStudy { index: i, .. } if *i == index))
                .collect();
            let mut metrics = Vec::new();
            let mut story = [0_usize; 3];
            let mut images = 0;
            for slide in &slides {
                let SlideKind::CaseStudy { part, .. } = &slide.kind else {
                    continue;
                };
                match part {
                    CasePart::Story { pieces } => {
                        for piece in pieces {
                            story[piece.block] += piece.range.len();
                        }
                    }
                    CasePart::Results(shown) => metrics.extend(shown.iter().copied()),
                    CasePart::Image(_) => images += 1,
                }
            }
            metrics.sort_unstable();
            assert_eq!(
                metrics,
                (0..case.metrics.len()).collect::<Vec<_>>(),
                "{}",
                case.id
            );
            assert_eq!(images, case.images.len(), "{}", case.id);
            // The short form is on the slides, whole; the full story is the presenter's.
            let short = brief::story(case);
            let words: usize = short.iter().map(|(_, t)| brief::word_count(t)).sum();
            // A part's lead may take half its share again (brief::story_line).
            assert!(
                words <= brief::WORDS_ON_SCREEN * 5 / 4,
                "{}: {words} words",
                case.id
            );
            for (covered, (_, text)) in story.iter().zip(&short) {
                assert!(
                    *covered + 8 >= text.len() && *covered <= text.len(),
                    "{}",
                    case.id
                );
            }
            let first = slides.first().expect("a slide");
            for text in [&case.problem, &case.approach, &case.outcome] {
                let on_slide = short.iter().any(|(_, t)| t.as_ref() == text.as_str());
                assert!(
                    on_slide || first.script.iter().any(|line| line.contains(text.as_str())),
                    "{}: {text:?} neither on the slide nor with the presenter",
                    case.id
                );
            }
            // The story's slides carry the case study's title (no "(1/2)"); a results slide
            // says what it shows.
            for slide in &slides {
                match &slide.kind {
                    SlideKind::CaseStudy {
                        part: CasePart::Results(_),
                        ..
                    } => assert!(
                        slide.title.starts_with("Results") || slide.title.starts_with("Trade-off"),
                        "{}",
                        slide.title
                    ),
                    _ => assert_eq!(slide.title, case.title, "{}", case.id),
                }
            }
        }
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
        let portfolio = fixture_portfolio();
        let first = |query: &str| {
            deck.search(&portfolio, query)
                .first()
                .and_then(|i| deck.slide(*i))
                .map(|s| s.id.clone())
        };
        assert_eq!(first("camera").as_deref(), Some("camera-fps"));
        assert_eq!(first("crash").as_deref(), Some("crash-free"));
        assert_eq!(first("battery drain").as_deref(), Some("battery"));
        assert_eq!(first("biggest win").as_deref(), Some("impact"));
        assert!(deck.search(&portfolio, "zebra").is_empty());
        // An empty query lists every case study and section once, in the talk's order.
        let all = deck.search(&portfolio, "");
        assert!(all.windows(2).all(|w| w[0] <= w[1]), "{all:?}");
        assert_eq!(all.first(), Some(&0));
    }

    /// What `folio check` compares tracks with before laying anything out: exactly the
    /// ids of the slides that open a section or case study.
    #[test]
    fn first_ids_are_the_openers_of_the_laid_out_deck() {
        let portfolio = fixture_portfolio();
        let deck = Deck::new(&portfolio);
        let openers: Vec<&str> = deck
            .ids()
            .into_iter()
            .filter(|id| {
                !id.rsplit_once('-').is_some_and(|(base, n)| {
                    n.parse::<usize>().is_ok() && deck.find(base).is_some()
                })
            })
            .collect();
        assert_eq!(Deck::first_ids(&portfolio), openers);
        assert!(
            deck.ids().len() > openers.len(),
            "the fixture has continuations"
        );
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
