//! A requirement a posting states, and what it is about.

/// What a requirement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequirementKind {
    /// Names technologies or skills.
    Skill,
    /// Years of experience or a level of responsibility (lead, mentor, manage).
    Seniority,
    /// Something the job does day to day.
    Responsibility,
    /// Anything else asked for.
    Qualification,
    /// Who may be hired: where one lives or may work, a clearance. No portfolio shows it:
    /// a condition to confirm, listed among the gaps.
    Eligibility,
}

/// One requirement of the posting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The bullet or sentence, as written (whitespace tidied).
    pub text: String,
    /// What it is about.
    pub kind: RequirementKind,
    /// Required, rather than nice to have.
    pub must: bool,
    /// Years of experience asked for, if it says ("5+ years").
    pub years: Option<u32>,
}

impl Requirement {
    /// Who may be hired, as the posting says it: a condition to confirm.
    pub fn to_confirm(text: String) -> Self {
        Self {
            text,
            kind: RequirementKind::Eligibility,
            must: true,
            years: None,
        }
    }

    /// How it is weighed, as a reader sees it: "must", "nice", or "confirm" for who may be
    /// hired (a condition to confirm before applying, not evidence to show).
    pub fn level_word(&self) -> &'static str {
        match (self.kind, self.must) {
            (RequirementKind::Eligibility, _) => "confirm",
            (_, true) => "must",
            (_, false) => "nice",
        }
    }
}
