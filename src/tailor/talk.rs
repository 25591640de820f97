//! The talk for a posting: the case studies that answer it, strongest evidence first, as many
//! as the portfolio's `duration` allows, framed by the title, the impact table, the
//! experience timeline and the contact slide.

use super::Matched;
use super::evidence::ItemKind;
use super::family;
use super::retrieval;
use crate::deck::Deck;
use crate::deck::Selection;
use crate::document::Document;
use crate::metrics::{AnalysisKind, Tone, Verdict};
use crate::model::{End, Portfolio};

/// Minutes a slide takes in an interview, to fit the talk to its duration: a story slide and
/// its figures are told, not read out, and questions come between them.
pub const MINUTES_PER_SLIDE: f32 = 1.5;

/// How much of a case study's relevance is its BM25F retrieval score, the rest being the
/// evidence matched requirement by requirement.
const RETRIEVAL_SHARE: f32 = 0.5;

/// The least share of a requirement's BM25F ceiling that counts as answering it.
const MIN_SHARE: f32 = 0.1;

/// What being in the portfolio's track for the posting's kind of job adds to a case
/// study's relevance, as a share of the best one's.
const TRACK_BONUS: f32 = 0.5;

/// What coming first in the portfolio adds to a case study's relevance, as a share of the
/// best one's, falling evenly to nothing for the last (0.35–0.5 agreed best with the
/// leads written down for the development postings, rounds d8–r12).
const AUTHOR_ORDER_SHARE: f32 = 0.4;

/// The least share of a posting's requirements speaking of one kind of job for it to be
/// that kind (see [`family::track`]).
const KIND_SHARE: f32 = 0.2;

/// How a case study ranks for the posting.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    /// Index of the case study.
    pub index: usize,
    /// Its id.
    pub id: String,
    /// How well it answers the posting: per requirement, its BM25F score and its evidence's
    /// score, each over the best case study's, earlier requirements and musts weighing more.
    pub relevance: f32,
    /// How many requirements it evidences.
    pub answers: usize,
    /// Its figures computed from before and after that improved and whose claim, if any,
    /// agrees.
    pub verified: usize,
    /// Its largest change, as a ratio of at least 1.
    pub largest: f64,
    /// That change's factor as a reader says it ("~1,400× faster").
    pub largest_text: Option<String>,
    /// When it ended (year × 12 + month), the current one last of all.
    pub recency: i32,
}

impl Ranked {
    /// A case study that answers no requirement, ranked by `relevance` alone (a track's, a
    /// team's work for a manager's posting): no figures or dates to order it further.
    fn unanswering(index: usize, id: String, relevance: f32) -> Self {
        Self {
            index,
            id,
            relevance,
            answers: 0,
            verified: 0,
            largest: 1.0,
            largest_text: None,
            recency: 0,
        }
    }
}

/// The case studies that evidence any requirement, strongest first: more requirements met
/// (the job's core weighing more), the author's track for the posting's kind of job above
/// the rest, then verified wins above unverified, larger changes
/// above smaller, recent above old.
pub fn rank(document: &Document, matched: &[Matched]) -> Vec<Ranked> {
    let portfolio = &document.portfolio;
    let mut ranked: Vec<Ranked> = Vec::new();
    let count = matched.len().max(1) as f32;
    // Postings list what matters most first (the first duties and musts are the job's
    // core), and a must counts twice a nice-to-have: the first requirement weighs seven
    // times the last.
    let weights: Vec<f32> = matched
        .iter()
        .enumerate()
        .map(|(order, m)| {
            let must = if m.requirement.must { 2.0 } else { 1.0 };
            (0.5 + 3.0 * (1.0 - order as f32 / count)) * must
        })
        .collect();
    // BM25F of every case study for every requirement over the best case study's, so that
    // each requirement counts once whatever its length; a match below a tenth of what the
    // requirement asks is a passing word, not an answer.
    let index = retrieval::Index::new(document);
    let raw: Vec<Vec<f32>> = matched
        .iter()
        .map(|m| {
            // Years of experience are shown by positions, not by a case study's words; where
            // one may live or work by none ("within the United States").
            if m.requirement.years.is_some()
                || m.requirement.kind == super::posting::RequirementKind::Eligibility
            {
                return vec![0.0; portfolio.case_studies.len()];
            }
            // Generic words ("systems", "team") find every case study alike.
            let terms: Vec<String> = retrieval::terms_of(&m.requirement.text, false)
                .into_iter()
                .filter(|t| !super::query::generic(t))
                .collect();
            index.scores(&terms)
        })
        .collect();
    // What nothing evidences is a gap: the words of case studies that come near it count a
    // quarter as much as an answer to what the portfolio shows.
    let retrieved: Vec<Vec<f32>> = raw
        .iter()
        .zip(matched)
        .map(|(scores, m)| {
            let best = scores.iter().copied().fold(0.0, f32::max);
            let gap = if m.evidence.is_empty() { 0.25 } else { 1.0 };
            scores
                .iter()
                .map(|s| if *s >= MIN_SHARE { gap * s / best } else { 0.0 })
                .collect()
        })
        .collect();
    let sum_of = |table: &[Vec<f32>], index: usize| -> f32 {
        table
            .iter()
            .zip(&weights)
            .map(|(scores, weight)| weight * scores.get(index).copied().unwrap_or(0.0))
            .sum()
    };
    let retrieval_of = |index: usize| sum_of(&retrieved, index);
    let best_raw = (0..portfolio.case_studies.len())
        .map(|i| sum_of(&raw, i))
        .fold(0.0, f32::max);
    // Case studies nothing names, by how near their words come: they complete the leads.
    let mut extras: Vec<(f32, usize)> = Vec::new();
    for (index, case) in portfolio.case_studies.iter().enumerate() {
        let id = case.id.to_string();
        // Each requirement counts by how close this case study comes to its best evidence:
        // the best answer to a requirement outranks a passing mention of several.
        let mut relevance = 0.0;
        let mut answers = 0;
        for (m, weight) in matched.iter().zip(&weights) {
            let best = m.evidence.iter().map(|e| e.score).fold(0.0, f32::max);
            let mine = m
                .evidence
                .iter()
                .find(|e| e.kind == ItemKind::CaseStudy && e.id == id);
            if let Some(evidence) = mine
                && best > 0.0
            {
                answers += 1;
                relevance += weight * evidence.score / best;
            }
        }
        let retrieval = retrieval_of(index);
        // A case study no requirement's evidence names still answers the posting when its
        // words come close to the best one's (a data posting, a one-case-study portfolio).
        let raw_retrieval = sum_of(&raw, index);
        if answers == 0 && (best_raw <= 0.0 || raw_retrieval < 0.5 * best_raw) {
            extras.push((raw_retrieval, index));
            continue;
        }
        relevance = RETRIEVAL_SHARE * retrieval + (1.0 - RETRIEVAL_SHARE) * relevance;
        let (verified, largest, largest_text) = figures(document, index);
        let month = |year: i32, month: Option<u8>| year * 12 + i32::from(month.unwrap_or(12));
        let recency = match (&case.end, &case.start) {
            (Some(End::Present), _) => i32::MAX,
            (Some(End::Date(date)), _) => month(date.year, date.month),
            (None, Some(start)) => month(start.year, start.month),
            (None, None) => 0,
        };
        ranked.push(Ranked {
            index,
            id,
            relevance,
            answers,
            verified,
            largest,
            largest_text,
            recency,
        });
    }
    // The author's own track for this kind of job ("backend", "mobile"): its case studies
    // gain a half of the best one's relevance, and complete the leads before those only
    // near in words.
    let texts: Vec<&str> = matched
        .iter()
        .map(|m| m.requirement.text.as_str())
        .collect();
    let track = family::track(portfolio, &texts, KIND_SHARE);
    let in_track = |id: &str| track.is_some_and(|t| t.slides.iter().any(|s| s == id));
    let bonus = TRACK_BONUS
        * ranked
            .iter()
            .map(|r| r.relevance)
            .fold(0.0, f32::max)
            .max(f32::EPSILON);
    for case in &mut ranked {
        if in_track(&case.id) {
            case.relevance += bonus;
        }
    }
    // An engineering manager's posting wants to hear how a team ships, is on call and
    // learns, more than a feat of one engineer's: without a leadership track, the case
    // studies that speak most of a team's work gain up to the track's bonus.
    if track.is_none() && family::manages_people(&texts, KIND_SHARE) {
        // Each case study's share, once: every one is either ranked or an extra.
        let shares: Vec<f32> = portfolio
            .case_studies
            .iter()
            .map(|case| {
                family::team_work_share(&format!(
                    "{} {} {} {}",
                    case.title, case.problem, case.approach, case.outcome
                ))
            })
            .collect();
        let share = |index: usize| shares.get(index).copied().unwrap_or(0.0);
        let most = shares.iter().copied().fold(0.0, f32::max).max(f32::EPSILON);
        for case in &mut ranked {
            case.relevance += bonus * share(case.index) / most;
        }
        // One that answers no requirement but speaks of a team's work joins them.
        extras.retain(|(_, index)| {
            let Some(case) = portfolio.case_studies.get(*index) else {
                return true;
            };
            let relevance = bonus * share(*index) / most;
            if relevance <= 0.0 {
                return true;
            }
            ranked.push(Ranked::unanswering(*index, case.id.to_string(), relevance));
            false
        });
    }
    // When none answers the posting but the portfolio shows some of what it asks (years, a
    // language), the author's track for the job leads before the merely near.
    let in_its_world = matched.iter().any(|m| !m.evidence.is_empty());
    if in_its_world {
        extras.retain(|(_, index)| {
            let Some(case) = portfolio.case_studies.get(*index) else {
                return true;
            };
            if !in_track(case.id.as_str()) {
                return true;
            }
            ranked.push(Ranked::unanswering(*index, case.id.to_string(), bonus));
            false
        });
    }
    let top = ranked
        .iter()
        .map(|r| r.relevance)
        .fold(0.0, f32::max)
        .max(f32::EPSILON);
    // Authors put their strongest work first: where the posting tells case studies apart
    // only a little, the portfolio's own order decides.
    let cases = portfolio.case_studies.len().max(1) as f32;
    for case in &mut ranked {
        case.relevance += AUTHOR_ORDER_SHARE * top * (1.0 - case.index as f32 / cases);
    }
    let top = ranked
        .iter()
        .map(|r| r.relevance)
        .fold(0.0, f32::max)
        .max(f32::EPSILON);
    ranked.sort_by(|a, b| {
        // Relevance in steps of a twentieth of the best one's, so that only near-equals are ordered by their
        // figures: answering the posting's first requirement outweighs a larger factor.
        let step = |r: f32| (r / top * 20.0).round() as i64;
        step(b.relevance)
            .cmp(&step(a.relevance))
            .then(b.verified.cmp(&a.verified))
            .then(b.largest.total_cmp(&a.largest))
            .then(b.recency.cmp(&a.recency))
            .then(a.index.cmp(&b.index))
    });
    // A talk leads with three case studies when it has any: after those that answer the
    // posting, the ones whose words come nearest to it. A posting none answers still gets
    // a talk, which the report says answers nothing: the interview happens all the same.
    // A posting for another trade (a pastry chef's: no technology named, no word near)
    // gets none.
    {
        extras.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let software = matched.iter().any(|m| {
            let text = &m.requirement.text;
            !super::terms::technologies(text).is_empty() || speaks_of_software(text)
        });
        let near_any = ranked.is_empty() && !in_its_world && !software;
        for (_, index) in extras
            .into_iter()
            .filter(|(near, _)| !near_any || *near > 0.0)
        {
            if ranked.len() >= LEADS {
                break;
            }
            if let Some(case) = portfolio.case_studies.get(index) {
                ranked.push(Ranked {
                    index,
                    id: case.id.to_string(),
                    relevance: 0.0,
                    answers: 0,
                    verified: 0,
                    largest: 1.0,
                    largest_text: None,
                    recency: 0,
                });
            }
        }
    }
    ranked
}

/// A case study's figures that improved and whose claim, if any, agrees, and its largest
/// change as a ratio of at least 1 with that factor as a reader says it.
fn figures(document: &Document, index: usize) -> (usize, f64, Option<String>) {
    let analyses = document
        .case_metrics
        .get(index)
        .map_or(&[][..], Vec::as_slice);
    let mut verified = 0;
    let mut largest: f64 = 1.0;
    let mut largest_text = None;
    for analysis in analyses {
        match &analysis.kind {
            AnalysisKind::Change(change) if change.tone == Tone::Good => {
                if !matches!(change.verdict, Verdict::Disagrees { .. }) {
                    verified += 1;
                }
                let size = change.factor.filter(|f| f.is_finite()).unwrap_or(1.0);
                if size > largest {
                    largest = size;
                    largest_text = change.rounded_factor_text();
                }
            }
            AnalysisKind::Relative(relative)
                if relative.tone == Tone::Good
                    && !matches!(relative.verdict, Verdict::Disagrees { .. }) =>
            {
                verified += 1;
            }
            _ => {}
        }
    }
    (verified, largest, largest_text)
}

/// Whether a line speaks of software work in so many words ("lead the engineering
/// effort", "mentor developers"): a management posting may name no technology at all.
fn speaks_of_software(text: &str) -> bool {
    let lower = text.to_lowercase();
    // "front-end" and "back-end" are one word of the trade, their hyphen a split.
    lower.contains("front-end")
        || lower.contains("back-end")
        || lower.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "software"
                    | "engineer"
                    | "engineers"
                    | "engineering"
                    | "developer"
                    | "developers"
                    | "frontend"
                    | "backend"
                    | "programming"
                    | "coding"
            )
        })
}

/// How many case studies a talk leads with, when the portfolio has them.
const LEADS: usize = 3;

/// The talk's slide ids (as a track lists them), and the ranked case studies left out for
/// time. `with_experience` adds the timeline, for postings whose requirements the positions
/// answer.
pub fn talk(
    portfolio: &Portfolio,
    ranked: &[Ranked],
    with_experience: bool,
) -> (Vec<String>, Vec<String>) {
    let frame = |cases: &[String]| {
        let mut ids: Vec<String> = Vec::new();
        let has = |section: crate::document::Section| section.has_content(portfolio);
        if cases.len() >= 2 && has(crate::document::Section::Impact) {
            ids.push("impact".to_owned());
        }
        ids.extend(cases.iter().cloned());
        if with_experience && has(crate::document::Section::Experience) {
            ids.push("experience".to_owned());
        }
        if has(crate::document::Section::Contact) {
            ids.push("contact".to_owned());
        }
        ids
    };
    let budget = portfolio
        .duration
        .as_ref()
        .map(|d| d.as_duration().as_secs_f32() / 60.0);
    let mut chosen: Vec<String> = Vec::new();
    let mut left_out: Vec<String> = Vec::new();
    for case in ranked {
        let mut trial = chosen.clone();
        trial.push(case.id.clone());
        let fits = match budget {
            None => true,
            Some(minutes) => {
                let selection = Selection {
                    track: Some(frame(&trial)),
                    tags: Vec::new(),
                };
                let slides = Deck::select(portfolio, &selection).slides.len();
                chosen.is_empty() || slides as f32 * MINUTES_PER_SLIDE <= minutes
            }
        };
        if fits {
            chosen = trial;
        } else {
            left_out.push(case.id.clone());
        }
    }
    (frame(&chosen), left_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Round 19: a posting whose only asks are nice-to-haves of front-end work still gets
    /// a talk, the nearest case studies leading.
    #[test]
    fn front_end_work_is_software_work() {
        assert!(speaks_of_software(
            "Strong skills in front-end development and user experience design."
        ));
        assert!(!speaks_of_software(
            "Pastry arts diploma and a love of laminated doughs."
        ));
    }
}
