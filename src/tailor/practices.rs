//! The practices of engineering work a posting asks about and a case study shows, whatever
//! words each uses: "owning the reliability and availability" and "crash-free sessions" are
//! both reliability; "deliver features continuously" and "a weekly release train" are both
//! delivery. The concept table the ranking matches besides words and technologies, so that
//! a case study from another field is heard for the practice it shares with the job.

use std::sync::OnceLock;

use super::terms;

/// Practices and the words (one word, or two in a row) that speak of each.
const PRACTICES: &[(&str, &[&str])] = &[
    (
        "reliability",
        &[
            "reliability",
            "reliable",
            "availability",
            "uptime",
            "outage",
            "outages",
            "incident",
            "incidents",
            "on-call",
            "oncall",
            "on call",
            "pager",
            "paging",
            "crash",
            "crashes",
            "crash-free",
            "postmortem",
            "postmortems",
            "slo",
            "slos",
            "resilience",
            "resilient",
            "failover",
            "disaster recovery",
            "rollback",
            "fault tolerance",
            "fault-tolerant",
        ],
    ),
    (
        "delivery",
        &[
            "release",
            "releases",
            "shipping",
            "deployment",
            "deployments",
            "deploy",
            "ci",
            "cd",
            "continuous integration",
            "continuous delivery",
            "continuous deployment",
            "rollout",
            "rollouts",
            "cadence",
            "feature flags",
            "iterate",
            "iteration",
        ],
    ),
    (
        "performance",
        &[
            "latency",
            "performance",
            "performant",
            "throughput",
            "p95",
            "p99",
            "profiling",
            "profile",
            "optimise",
            "optimize",
            "optimisation",
            "optimization",
            "caching",
            "cache",
            "jank",
            "fps",
            "startup time",
        ],
    ),
    (
        "scale",
        &[
            "scale",
            "scalable",
            "scalability",
            "scaling",
            "distributed",
            "cluster",
            "clusters",
            "high-traffic",
            "concurrency",
            "architecture",
            "system design",
            "microservices",
        ],
    ),
    (
        "cost",
        &[
            "cost",
            "costs",
            // The bill's spend, not "spend 25-50% of your time writing code".
            "cloud spend",
            "infrastructure spend",
            "savings",
            "finops",
            "cost-effective",
        ],
    ),
    (
        "quality",
        &[
            "testing",
            "tests",
            "test coverage",
            // Quality of the code, not a model's ("ranking quality") or the data's; and
            // not "maintainable", whose stem is every posting's "build and maintain".
            "code quality",
            "software quality",
            "quality assurance",
            "regression",
            "regressions",
            "code review",
            "code reviews",
            "technical debt",
            "tech debt",
            "refactor",
            "refactoring",
        ],
    ),
    (
        "security",
        &[
            "security",
            "secure",
            "privacy",
            "private",
            "vulnerability",
            "vulnerabilities",
            "compliance",
            "gdpr",
            "hipaa",
            "encryption",
        ],
    ),
    (
        "accessibility",
        &[
            "accessibility",
            "accessible",
            "a11y",
            "screen reader",
            "screen-reader",
            "wcag",
        ],
    ),
    // What users see and touch: a front-end job's screens and components, and a case study
    // that fixed every screen of an app.
    (
        "interface",
        &[
            "user interface",
            "user interfaces",
            "ui",
            "uis",
            "ux",
            "frontend",
            "front end",
            "design system",
            "screen",
            "screens",
            "component",
            "components",
            "i18n",
            "localisation",
            "localization",
            "internationalization",
            "internationalisation",
        ],
    ),
    (
        "mentoring",
        &[
            "mentor",
            "mentoring",
            "mentorship",
            "coaching",
            "onboarding",
            "hiring",
            "career growth",
        ],
    ),
];

/// A practice's name and its words as stems, each one stem or two in a row.
type Stemmed = (&'static str, Vec<Vec<String>>);

/// Each practice's words as stems.
fn stemmed() -> &'static [Stemmed] {
    static TABLE: OnceLock<Vec<Stemmed>> = OnceLock::new();
    TABLE.get_or_init(|| {
        PRACTICES
            .iter()
            .map(|(name, words)| {
                let stems = words
                    .iter()
                    .map(|w| {
                        w.split([' ', '-'])
                            .filter(|p| !p.is_empty())
                            .map(terms::stem)
                            .collect()
                    })
                    .collect();
                (*name, stems)
            })
            .collect()
    })
}

/// The practices a text speaks of, each once, in the table's order.
pub fn practices(text: &str) -> Vec<&'static str> {
    // Hyphens part words here ("crash-free" is "crash free"), as the table's are parted.
    let spaced = text.replace('-', " ");
    let words: Vec<String> = spaced
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(|w| terms::stem(&w.to_lowercase()))
        .collect();
    stemmed()
        .iter()
        .filter(|(_, phrases)| {
            phrases.iter().any(|phrase| {
                !phrase.is_empty()
                    && words
                        .windows(phrase.len())
                        .any(|window| window == phrase.as_slice())
            })
        })
        .map(|(name, _)| *name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_practice_in_the_words_of_a_posting_and_of_a_case_study() {
        assert_eq!(
            practices("Own the reliability and availability of critical systems"),
            ["reliability"]
        );
        assert_eq!(
            practices("Crash-free sessions became the release gate"),
            ["reliability", "delivery"]
        );
        assert_eq!(
            practices("Be part of the on-call rotation"),
            ["reliability"]
        );
        assert_eq!(
            practices("Profiled the API and added caching"),
            ["performance"]
        );
        assert!(practices("Write clear documentation for the team").is_empty());
        // A front-end job's components and a case study's screens are one practice.
        assert_eq!(
            practices("Build reusable UI components in React"),
            ["interface"]
        );
        assert_eq!(
            practices("Fixed the labels of every screen at the component level"),
            ["interface"]
        );
    }

    #[test]
    fn a_practice_is_its_own_sense_of_a_word_not_another() {
        assert_eq!(
            practices("Conduct code reviews to maintain code quality"),
            ["quality"]
        );
        assert!(practices("Ranking quality (NDCG)").is_empty());
        assert!(practices("Build and maintain our APIs and integrations").is_empty());
        assert!(practices("Spend 25-50% of your time writing code").is_empty());
        assert_eq!(practices("Cut the cloud spend by a third"), ["cost"]);
    }
}
