//! The kind of job a posting is (backend, mobile, machine learning, management…), read from
//! its requirements' words, and the portfolio's own track for that kind of job: the author
//! grouped their case studies for such interviews, and that grouping is a hiring manager's
//! first reading of which work to hear about. Kinds of job by their usual words, never a
//! company's.

use crate::model::{Portfolio, Track};

/// Kinds of job: the words a track is named by, and the words of postings for that job.
const FAMILIES: &[(&[&str], &[&str])] = &[
    (
        &["backend", "back-end", "server", "api", "apis", "services"],
        &[
            "backend",
            "back-end",
            "server",
            "server-side",
            "api",
            "apis",
            "microservices",
            "distributed",
            "rest",
            "grpc",
            "database",
            "databases",
        ],
    ),
    (
        &["frontend", "front-end", "web", "ui"],
        &[
            "frontend",
            "front-end",
            "react",
            "css",
            "html",
            "browser",
            "browsers",
            "ui",
            "web",
            "accessibility",
        ],
    ),
    (
        &["mobile", "ios", "android", "apps"],
        &[
            "mobile", "ios", "android", "swift", "swiftui", "kotlin", "iphone", "apps", "app",
        ],
    ),
    (
        &["ml", "ai", "machine-learning", "learning", "models"],
        &[
            "ml",
            "machine",
            "ai",
            "model",
            "models",
            "llm",
            "llms",
            "inference",
            "training",
            "deep",
        ],
    ),
    (
        &["leadership", "management", "manager", "people", "lead"],
        &[
            "manager",
            "management",
            "manage",
            "managing",
            "leadership",
            "mentor",
            "mentoring",
            "coach",
            "coaching",
            "hiring",
            "people",
            "career",
            "careers",
        ],
    ),
    (
        &[
            "reliability",
            "sre",
            "infrastructure",
            "devops",
            "platform",
            "ops",
            "operations",
        ],
        &[
            "reliability",
            "sre",
            "devops",
            "infrastructure",
            "on-call",
            "incident",
            "incidents",
            "kubernetes",
            "terraform",
            "observability",
            "monitoring",
            "availability",
        ],
    ),
    (
        &["data", "analytics"],
        &[
            "data",
            "pipeline",
            "pipelines",
            "warehouse",
            "etl",
            "spark",
            "sql",
            "analytics",
            "lakehouse",
        ],
    ),
];

/// The words of a text, lower-case, hyphens kept ("on-call", "front-end").
fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-').to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Which kinds of job a track's name names ("backend", "mobile", "reliability").
fn kinds_of(track: &Track) -> Vec<usize> {
    let name = words(&track.name);
    FAMILIES
        .iter()
        .enumerate()
        .filter(|(_, (names, _))| name.iter().any(|w| names.contains(&w.as_str())))
        .map(|(kind, _)| kind)
        .collect()
}

/// The kind of job `requirements` describe: the one whose words most of them use, when at
/// least `share` of them (and two) do and no other kind's words are used as much.
fn kind_of(requirements: &[&str], share: f32) -> Option<usize> {
    let texts: Vec<Vec<String>> = requirements.iter().map(|t| words(t)).collect();
    let mut scored: Vec<(usize, usize)> = FAMILIES
        .iter()
        .enumerate()
        .map(|(kind, (_, cues))| {
            let hits = texts
                .iter()
                .filter(|words| words.iter().any(|w| cues.contains(&w.as_str())))
                .count();
            (hits, kind)
        })
        .collect();
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    let (best, kind) = scored.first().copied()?;
    let runner_up = scored.get(1).map_or(0, |s| s.0);
    let enough = best as f32 >= share * texts.len() as f32 && best >= 2;
    (enough && best > runner_up).then_some(kind)
}

/// The portfolio's track for the kind of job the `requirements` describe, if it has one:
/// the kind whose words most of them use, when at least `share` of them (and two) do and
/// no other kind's words are used as much.
pub fn track<'a>(portfolio: &'a Portfolio, requirements: &[&str], share: f32) -> Option<&'a Track> {
    let kind = kind_of(requirements, share)?;
    let of_kind = |kind: usize| {
        portfolio
            .tracks
            .iter()
            .find(|track| kinds_of(track).contains(&kind))
    };
    // Without a track for the kind, the track for its neighbour: a data posting is heard
    // best through machine-learning work and the other way round, a web front end through
    // mobile apps and back, a backend through infrastructure and back.
    of_kind(kind).or_else(|| {
        NEIGHBOURS
            .iter()
            .find(|(a, _)| *a == kind)
            .and_then(|(_, b)| of_kind(*b))
    })
}

/// Whether `requirements` describe a job of leading people (an engineering manager's), by
/// the same measure as [`track`]'s kind.
pub fn manages_people(requirements: &[&str], share: f32) -> bool {
    kind_of(requirements, share) == Some(MANAGEMENT)
}

/// Words of work a team does together and a manager answers for: how it ships, how it is
/// woken at night, how it learns from failure, what it owes its future self.
const TEAM_WORK_WORDS: &[&str] = &[
    "team",
    "teams",
    "process",
    "release",
    "releases",
    "delivery",
    "cadence",
    "weekly",
    "on-call",
    "oncall",
    "pages",
    "paging",
    "postmortem",
    "postmortems",
    "blameless",
    "incident",
    "incidents",
    "culture",
    "hiring",
    "mentoring",
    "onboarding",
    "rollout",
    "rollouts",
    "staged",
    "rehearsed",
    "drill",
    "drills",
    "runbook",
    "runbooks",
    "debt",
    "roadmap",
    "engineers",
    "review",
    "reviews",
    "ownership",
    "stakeholders",
    "crash",
    "crashes",
    "regression",
    "ci",
    "toil",
    "alert",
    "alerts",
];

/// The share of `text`'s words that speak of a team's work (see [`TEAM_WORK_WORDS`]).
pub fn team_work_share(text: &str) -> f32 {
    let words = words(text);
    let hits = words
        .iter()
        .filter(|w| TEAM_WORK_WORDS.contains(&w.as_str()))
        .count();
    hits as f32 / words.len().max(1) as f32
}

/// Kinds of job (indices into [`FAMILIES`]) whose work speaks to each other's postings.
const NEIGHBOURS: &[(usize, usize)] = &[
    (DATA, ML),
    (ML, DATA),
    (FRONTEND, MOBILE),
    (MOBILE, FRONTEND),
    (BACKEND, RELIABILITY),
    (RELIABILITY, BACKEND),
];

/// Indices of [`FAMILIES`].
const BACKEND: usize = 0;
const FRONTEND: usize = 1;
const MOBILE: usize = 2;
const ML: usize = 3;
const MANAGEMENT: usize = 4;
const RELIABILITY: usize = 5;
const DATA: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    fn portfolio(tracks: &[&str]) -> Portfolio {
        let mut portfolio = crate::load::load_bundled().unwrap().portfolio;
        portfolio.tracks = tracks
            .iter()
            .map(|name| Track {
                name: (*name).to_owned(),
                slides: Vec::new(),
            })
            .collect();
        portfolio
    }

    #[test]
    fn a_posting_is_the_kind_of_job_most_of_its_lines_speak_of() {
        let mobile = [
            "Ship our iOS app in Swift",
            "Profile the Android client",
            "Mentor two engineers",
            "Write clear documents",
        ];
        let both = portfolio(&["server side", "Mobile apps"]);
        assert_eq!(
            track(&both, &mobile, 0.2).map(|t| t.name.as_str()),
            Some("Mobile apps")
        );
        // A kind of job the portfolio has no track for leads to none of its tracks.
        let backend_only = portfolio(&["backend"]);
        assert!(track(&backend_only, &mobile, 0.2).is_none());
        // As many lines of one kind as of another: no kind.
        let mixed = [
            "Ship the iOS app",
            "Tune Kubernetes",
            "Run on-call",
            "Build the Android app",
        ];
        let tracks = portfolio(&["mobile", "reliability"]);
        assert!(track(&tracks, &mixed, 0.2).is_none());
    }

    #[test]
    fn without_a_track_for_the_kind_the_neighbouring_kinds_track_leads() {
        let data = [
            "Build batch and streaming data pipelines",
            "Model the warehouse in SQL",
            "Write clear documents",
        ];
        let ml_and_mobile = portfolio(&["mobile", "ml"]);
        assert_eq!(
            track(&ml_and_mobile, &data, 0.2).map(|t| t.name.as_str()),
            Some("ml")
        );
        // A track of the kind itself comes first.
        let with_data = portfolio(&["ml", "data"]);
        assert_eq!(
            track(&with_data, &data, 0.2).map(|t| t.name.as_str()),
            Some("data")
        );
    }
}
