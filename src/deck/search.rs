//! The jump palette's search: what an interviewer asks ("latency", "cut costs", "lead"),
//! answered with one row per thing to show (a case study, one of its figures, a section),
//! ranked by where the words are and saying why each row matched.

use std::mem::discriminant;

use super::{CasePart, Deck, SlideKind};
use crate::model::Portfolio;

/// One row of the palette.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaletteHit {
    /// The slide to go to.
    pub slide: usize,
    /// What the row names: a case study's or section's title, "Figure: Checkout p99".
    pub label: String,
    /// Why it matched, as the reader can check it: "title", "tag: latency", or the words
    /// around the match in the slide's text.
    pub why: String,
}

/// Where a word was found, strongest first: the score it adds.
const IN_TITLE: u32 = 8;
const IN_TAG: u32 = 6;
const IN_FIGURE: u32 = 6;
const IN_TEXT: u32 = 1;
/// A case study or a figure is what an interviewer asks about; an overview slide (about,
/// impact at a glance, a timeline) only mentions it.
const CASE_BONUS: u32 = 2;

/// Something the palette can go to, with its words by where they are.
struct Target {
    slide: usize,
    label: String,
    is_case: bool,
    title: String,
    tags: Vec<String>,
    figures: Vec<String>,
    text: String,
}

impl Deck {
    /// The palette's rows for `query`: every word of it (or a word meaning the same in an
    /// interview: "cut" finds "reduced") is in the row's target; best first, then in the
    /// talk's order. An empty query lists the sections and case studies in order.
    pub fn palette(&self, portfolio: &Portfolio, query: &str) -> Vec<PaletteHit> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            // Nothing asked yet: the talk's sections and case studies, in order.
            return self
                .targets(portfolio)
                .into_iter()
                .filter(|target| target.figures.len() != 1 || !target.title.is_empty())
                .map(|target| PaletteHit {
                    slide: target.slide,
                    label: target.label,
                    why: String::new(),
                })
                .collect();
        }
        let mut scored: Vec<(u32, PaletteHit)> = self
            .targets(portfolio)
            .into_iter()
            .filter_map(|target| target.score(&words))
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.slide.cmp(&b.1.slide)));
        scored.into_iter().map(|(_, hit)| hit).collect()
    }

    /// The slides the palette's rows go to, best first. For tests and callers that only
    /// want where.
    pub fn search(&self, portfolio: &Portfolio, query: &str) -> Vec<usize> {
        self.palette(portfolio, query)
            .into_iter()
            .map(|hit| hit.slide)
            .collect()
    }

    /// One target per case study (its first slide), per figure (its results slide), and
    /// per section (its first slide, with the words of its continuation slides).
    fn targets(&self, portfolio: &Portfolio) -> Vec<Target> {
        let mut targets: Vec<Target> = Vec::new();
        let mut cases_seen: Vec<usize> = Vec::new();
        for (slide_index, slide) in self.slides.iter().enumerate() {
            match &slide.kind {
                SlideKind::CaseStudy { index, part } => {
                    let Some(case) = portfolio.case_studies.get(*index) else {
                        continue;
                    };
                    if let CasePart::Results(shown) = part {
                        for metric in shown.iter().filter_map(|m| case.metrics.get(*m)) {
                            targets.push(Target {
                                slide: slide_index,
                                label: format!("Figure: {} ({})", metric.label(), case.title),
                                is_case: true,
                                title: String::new(),
                                tags: Vec::new(),
                                figures: vec![metric.label().to_lowercase()],
                                text: String::new(),
                            });
                        }
                    }
                    if cases_seen.contains(index) {
                        continue;
                    }
                    cases_seen.push(*index);
                    let mut tags: Vec<String> =
                        case.tags.iter().map(|t| t.to_lowercase()).collect();
                    tags.extend(case.organisation.as_deref().map(str::to_lowercase));
                    // How its figures moved, in the words of a question: "cut costs" finds
                    // a case study whose cost went from $42,000 to $0.
                    let mut figures: Vec<String> = case
                        .metrics
                        .iter()
                        .map(|m| m.label().to_lowercase())
                        .collect();
                    for (label, moved) in case
                        .metrics
                        .iter()
                        .filter_map(|m| movement(m).map(|words| (m.label().to_lowercase(), words)))
                    {
                        figures.push(format!("{label} {moved}"));
                    }
                    targets.push(Target {
                        slide: slide_index,
                        label: case.title.clone(),
                        is_case: true,
                        title: case.title.to_lowercase(),
                        tags,
                        figures,
                        text: [&case.problem, &case.approach, &case.outcome]
                            .map(|t| t.as_str())
                            .join(" "),
                    });
                }
                kind => {
                    // A section continued on the next slide is one target.
                    let continues = slide_index
                        .checked_sub(1)
                        .and_then(|previous| self.slides.get(previous))
                        .is_some_and(|previous| discriminant(&previous.kind) == discriminant(kind));
                    if continues && let Some(last) = targets.last_mut() {
                        last.text.push(' ');
                        last.text.push_str(&slide.search_text);
                        continue;
                    }
                    targets.push(Target {
                        slide: slide_index,
                        label: slide.title.clone(),
                        is_case: false,
                        title: slide.title.to_lowercase(),
                        tags: Vec::new(),
                        figures: Vec::new(),
                        text: slide.search_text.clone(),
                    });
                }
            }
        }
        targets
    }
}

impl Target {
    /// The row and its score when every word is in the target; `None` otherwise.
    fn score(self, words: &[String]) -> Option<(u32, PaletteHit)> {
        let mut score = if self.is_case { CASE_BONUS } else { 0 };
        let mut why: Vec<String> = Vec::new();
        let text = self.text.to_lowercase();
        let asked: Vec<&String> = words.iter().filter(|w| !is_stop_word(w)).collect();
        if asked.is_empty() {
            return None;
        }
        for word in asked {
            let forms = alternatives(word);
            let has = |haystack: &str| forms.iter().any(|f| haystack.contains(f.as_str()));
            if let Some(form) = forms.iter().find(|f| self.title.contains(f.as_str())) {
                score += IN_TITLE;
                // The word a synonym found, so the row's reason can be checked by eye.
                let said = if form.trim() == stem(word) {
                    "title".to_owned()
                } else {
                    format!("title: {}", form.trim())
                };
                push_once(&mut why, said);
            } else if let Some(tag) = self.tags.iter().find(|t| has(t)) {
                score += IN_TAG;
                push_once(&mut why, format!("tag: {tag}"));
            } else if let Some(figure) = self.figures.iter().find(|f| has(f)) {
                score += IN_FIGURE;
                push_once(&mut why, format!("figure: {figure}"));
            } else if let Some(at) = forms.iter().find_map(|f| text.find(f.as_str())) {
                score += IN_TEXT;
                push_once(&mut why, snippet(&self.text, at));
            } else {
                return None;
            }
        }
        Some((
            score,
            PaletteHit {
                slide: self.slide,
                label: self.label,
                why: why.join(" · "),
            },
        ))
    }
}

fn push_once(list: &mut Vec<String>, item: String) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// A few words of `text` around byte `at` (an index into its lowercase form, which has the
/// same length for the text a portfolio holds; any other is cut at the nearest character).
fn snippet(text: &str, at: usize) -> String {
    const BEFORE: usize = 24;
    const AFTER: usize = 40;
    let start = floor_boundary(text, at.saturating_sub(BEFORE));
    let end = floor_boundary(text, (at + AFTER).min(text.len()));
    let inner = text.get(start..end).unwrap_or_default();
    // Whole words only: drop the cut word at either end.
    let inner = if start > 0 {
        inner.split_once(' ').map_or(inner, |(_, rest)| rest)
    } else {
        inner
    };
    let inner = if end < text.len() {
        inner.rsplit_once(' ').map_or(inner, |(kept, _)| kept)
    } else {
        inner
    };
    format!(
        "{}{}{}",
        if start > 0 { "…" } else { "" },
        inner.trim(),
        if end < text.len() { "…" } else { "" }
    )
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while at > 0 && !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Words of a question that say nothing of what it is about.
fn is_stop_word(word: &str) -> bool {
    const STOP: [&str; 32] = [
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "about", "me", "you",
        "your", "tell", "how", "what", "when", "where", "why", "did", "do", "does", "was", "were",
        "is", "are", "time", "some", "any", "that",
    ];
    STOP.contains(&word)
}

/// How a metric moved, in the words a question uses: "lower reduced cut fewer" for a
/// figure that went down, "higher increased more" for one that went up.
fn movement(metric: &crate::model::Metric) -> Option<&'static str> {
    let analysis = crate::metrics::analyse(metric);
    let change = match &analysis.kind {
        crate::metrics::AnalysisKind::Change(change) => change.change_percent?,
        crate::metrics::AnalysisKind::Relative(relative) => relative.change,
        _ => return None,
    };
    if change < 0.0 {
        Some("lower reduced cut fewer decreased saved")
    } else if change > 0.0 {
        Some("higher increased more grew")
    } else {
        None
    }
}

/// Words an interviewer uses for what a portfolio says differently.
const SYNONYMS: [(&str, &[&str]); 14] = [
    (
        "cut",
        &["reduc", "lower", "sav", "decreas", "halv", "cheap"],
    ),
    ("reduc", &["cut", "lower", "decreas", "halv"]),
    // Not "budget": a frame budget is no cost.
    ("cost", &["spend", "cheap", "$", "€", "£"]),
    ("money", &["cost", "spend", "cheap", "$", "€", "£"]),
    ("sav", &["cost", "cheap", "reduc", "cut", "lower"]),
    (
        "accura",
        &["quality", "precision", "recall", "ndcg", "error rate", "f1"],
    ),
    ("batter", &["energy", "power", "drain"]),
    (
        "privac",
        &["privat", "on-device", "on the phone", "offline"],
    ),
    ("fast", &["latenc", "speed", "perform", "quick"]),
    ("slow", &["latenc", "timeout", "perform"]),
    // "led " with its space: "led" alone is in "scheduled" and "failed".
    ("lead", &["led ", "mentor", "manag"]),
    ("team", &["mentor", "hired", "led "]),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> (Deck, Portfolio) {
        let portfolio = crate::load::load_bundled().expect("bundled").portfolio;
        (Deck::new(&portfolio), portfolio)
    }

    #[test]
    fn each_case_study_is_one_row_and_says_why() {
        let (deck, portfolio) = bundled();
        let hits = deck.palette(&portfolio, "latency");
        let first = hits.first().expect("a hit");
        assert!(
            first.label.to_lowercase().contains("latency"),
            "the case study titled with it comes first: {hits:#?}"
        );
        assert_eq!(first.why, "title");
        let mut labels: Vec<&str> = hits.iter().map(|h| h.label.as_str()).collect();
        let count = labels.len();
        labels.dedup();
        assert_eq!(labels.len(), count, "no row twice: {hits:#?}");
    }

    #[test]
    fn an_overview_slide_never_outranks_the_case_study_it_mentions() {
        let (deck, portfolio) = bundled();
        for query in ["latency", "kubernetes", "cms"] {
            let hits = deck.palette(&portfolio, query);
            let Some(first) = hits.first() else {
                continue;
            };
            assert!(
                matches!(
                    deck.slides.get(first.slide).map(|s| &s.kind),
                    Some(SlideKind::CaseStudy { .. })
                ),
                "{query}: {hits:#?}"
            );
        }
    }

    /// Questions a rehearsal typed into the palette on a portfolio folio was not built
    /// with, and the case study each should find first.
    #[test]
    fn interview_questions_find_the_case_study_that_answers_them() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mobile-ml.ron");
        let portfolio = crate::load::load(&path).expect("fixture").portfolio;
        let deck = Deck::new(&portfolio);
        let first = |query: &str| {
            let hits = deck.palette(&portfolio, query);
            hits.first()
                .map(|hit| hit.label.clone())
                .unwrap_or_else(|| panic!("{query}: nothing"))
        };
        for (query, expected) in [
            ("cut costs", "Moving feed ranking"),
            ("saved money", "Moving feed ranking"),
            ("accuracy", "A 4 MB model"),
            ("battery", "Battery drain"),
            ("privacy", "Moving feed ranking"),
            ("tell me about a failure", "Crash rate to zero"),
        ] {
            let found = first(query);
            assert!(found.contains(expected), "{query}: {found}");
        }
    }

    #[test]
    fn a_text_match_shows_the_words_around_it() {
        assert_eq!(
            snippet(
                "Moved fraud scoring off the request path before the sale",
                12
            ),
            "Moved fraud scoring off the request path before the…"
        );
    }
}
