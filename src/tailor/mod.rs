//! Preparing for one interview: a job posting's requirements, what in the portfolio
//! evidences each (and the words that matched), what nothing evidences, and the talk to give.
//! Pure logic over the [`Document`]; `folio tailor` prints it, the app shows it.

pub mod degree;
pub mod evidence;
pub mod family;
pub mod heading;
pub mod lines;
pub mod paste;
pub mod posting;
mod posting_blocks;
pub mod practices;
mod prose_asks;
pub mod query;
pub mod report;
pub mod requirement;
pub mod retrieval;
pub mod section_kind;
pub mod shape;
pub mod talk;
pub mod terms;

use crate::deck::{Selection, SelectionError};
use crate::document::Document;
use crate::model::YearMonth;
use evidence::Evidence;
use posting::{Requirement, RequirementKind};

/// A requirement and its evidence, strongest first (empty: a gap).
#[derive(Clone, Debug, PartialEq)]
pub struct Matched {
    /// The requirement.
    pub requirement: Requirement,
    /// What evidences it.
    pub evidence: Vec<Evidence>,
    /// Technologies it asks for together that none of the evidence names, when they are half
    /// of them or more ("Electron, TypeScript and React" with only TypeScript shown): then it
    /// is a gap though it has evidence.
    pub missing: Vec<&'static str>,
}

impl Tailored {
    /// Whether the talk is of the nearest case studies only: there is one, and none of its
    /// case studies answers a requirement.
    pub fn answers_nothing(&self) -> bool {
        !self.ranked.is_empty() && self.ranked.iter().all(|r| r.answers == 0)
    }
}

impl Matched {
    /// Whether nothing in the portfolio answers it, or too little of it.
    pub fn is_gap(&self) -> bool {
        self.evidence.is_empty() || !self.missing.is_empty()
    }

    /// The strongest evidence's strength; `None` when there is none.
    pub fn strength(&self) -> Option<evidence::Strength> {
        self.evidence.iter().map(|e| e.strength).max()
    }
}

/// The posting read against the portfolio.
#[derive(Clone, Debug, PartialEq)]
pub struct Tailored {
    /// Every requirement found, in the posting's order.
    pub requirements: Vec<Matched>,
    /// The requirements nothing evidences (indices into `requirements`), most important
    /// first: musts before nice-to-haves, skills before the rest, then the posting's order.
    pub gaps: Vec<usize>,
    /// The suggested talk: slide ids as a track lists them.
    pub talk: Vec<String>,
    /// Case studies that answer the posting but did not fit the duration.
    pub left_out: Vec<String>,
    /// The case studies ranked for the posting.
    pub ranked: Vec<talk::Ranked>,
}

/// Reads `requirements` against the document; `today` ends current positions.
pub fn tailor(document: &Document, requirements: Vec<Requirement>, today: YearMonth) -> Tailored {
    let items = evidence::items(document, today);
    let years = evidence::years_of_experience(document, today);
    let matched: Vec<Matched> = requirements
        .into_iter()
        .map(|requirement| {
            let evidence = evidence::evidence(&requirement, &items, years);
            Matched {
                missing: evidence::missing(&requirement, &items, &evidence),
                evidence,
                requirement,
            }
        })
        .collect();
    let mut gaps: Vec<usize> = matched
        .iter()
        .enumerate()
        .filter(|(_, m)| m.is_gap())
        .map(|(i, _)| i)
        .collect();
    gaps.sort_by_key(|i| {
        let requirement = matched.get(*i).map(|m| &m.requirement);
        (
            requirement.is_none_or(|r| !r.must),
            requirement.is_none_or(|r| r.kind != RequirementKind::Skill),
            *i,
        )
    });
    let ranked = talk::rank(document, &matched);
    let with_experience = matched.iter().any(|m| {
        m.evidence.iter().any(|e| {
            matches!(
                e.kind,
                evidence::ItemKind::Position | evidence::ItemKind::Experience
            )
        })
    });
    // No case study answers the posting: no talk, rather than a title and a contact slide.
    let (talk, left_out) = if ranked.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        talk::talk(&document.portfolio, &ranked, with_experience)
    };
    Tailored {
        requirements: matched,
        gaps,
        talk,
        left_out,
        ranked,
    }
}

/// The requirements each slide of the talk answers: slide id → requirement indices.
pub fn answered_by(tailored: &Tailored, slide_id: &str) -> Vec<usize> {
    tailored
        .requirements
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.evidence.iter().any(|e| match e.kind {
                evidence::ItemKind::CaseStudy => {
                    slide_id == e.id
                        || slide_id
                            .strip_prefix(e.id.as_str())
                            .and_then(|rest| rest.strip_prefix('-'))
                            .is_some_and(|n| n.parse::<usize>().is_ok())
                }
                evidence::ItemKind::Position | evidence::ItemKind::Experience => {
                    slide_id == "experience" || slide_id.starts_with("experience-")
                }
                evidence::ItemKind::Expertise => slide_id == "expertise",
                evidence::ItemKind::Education => slide_id == "education",
            })
        })
        .map(|(i, _)| i)
        .collect()
}

/// A posting read from a file or pasted text: its name (for titles and messages) and its
/// requirements.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Posting {
    /// The file's name, or what the user called it.
    pub name: String,
    /// The requirements read from it.
    pub requirements: Vec<Requirement>,
    /// The talk as the user reordered or cut it (slide ids); `None`: the suggested talk.
    pub talk: Option<Vec<String>>,
}

impl Posting {
    /// Reads a posting's bytes; `name` is how messages refer to it.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Self, posting::PostingError> {
        Ok(Self {
            name: name.to_owned(),
            requirements: posting::read(bytes)?,
            talk: None,
        })
    }
}

/// This month, which ends the positions still held.
pub fn today() -> YearMonth {
    YearMonth::this_month()
}

/// The slides of a talk: a posting's suggested talk (with what it answers), else a track and
/// tags. A posting no case study answers gives the whole deck.
pub fn talk_selection(
    document: &Document,
    posting: Option<&Posting>,
    track: Option<&str>,
    tags: &[String],
) -> Result<(Selection, Option<Tailored>), SelectionError> {
    match posting {
        Some(posting) => {
            let tailored = tailor(document, posting.requirements.clone(), today());
            let talk = posting.talk.as_ref().unwrap_or(&tailored.talk);
            let selection = Selection {
                track: (!talk.is_empty()).then(|| talk.clone()),
                tags: Vec::new(),
            };
            Ok((selection, Some(tailored)))
        }
        None => Selection::new(&document.portfolio, track, tags).map(|s| (s, None)),
    }
}
