//! Tests of [`super`]: what in a portfolio evidences a requirement, and what it leaves missing.

use super::*;
use crate::tailor::posting::RequirementKind;

fn item(id: &str, kind: ItemKind, tags: &str, text: &str) -> Item {
    Item::new(
        id.to_owned(),
        kind,
        id.to_owned(),
        vec![
            (STRONG, tags.to_owned(), false),
            (TEXT, text.to_owned(), true),
        ],
    )
}

fn asked(text: &str) -> Requirement {
    Requirement {
        text: text.to_owned(),
        kind: RequirementKind::Qualification,
        must: true,
        years: None,
    }
}

fn portfolio() -> Vec<Item> {
    vec![
        item(
            "latency",
            ItemKind::CaseStudy,
            "Java, Azure, caching",
            "Cut the latency of the booking systems' API by caching data for the team.",
        ),
        item(
            "degree",
            ItemKind::Education,
            "degree bachelor bs bsc Computer Science",
            "A university",
        ),
    ]
}

#[test]
fn generic_words_alone_evidence_nothing() {
    let items = portfolio();
    let gap = asked("Work with engineers to improve the security of our systems and data");
    assert!(evidence(&gap, &items, None).is_empty());
    let shown = asked("Improve API latency with caching");
    assert!(!evidence(&shown, &items, None).is_empty());
}

#[test]
fn a_preposition_shared_evidences_nothing() {
    // "four times per year" and "60 frames per second, several times per session" share
    // only "per" and the generic "time".
    let items = vec![item(
        "camera",
        ItemKind::CaseStudy,
        "Kotlin, GPU",
        "Camera effects at 60 frames per second, applied several times per session.",
    )];
    let travel = asked("Ability to travel to the US approximately four times per year");
    assert!(evidence(&travel, &items, None).is_empty());
}

#[test]
fn what_is_asked_before_its_examples_must_be_shown() {
    let items = portfolio();
    let gap = asked("Authoring developer-friendly documentation (e.g., API documentation)");
    assert!(evidence(&gap, &items, None).is_empty());
}

#[test]
fn another_language_or_cloud_does_not_stand_for_the_one_asked() {
    let items = portfolio();
    for text in [
        "Services in Go or Python, or similar languages, and caching",
        "Caching on AWS or GCP",
    ] {
        let requirement = asked(text);
        let found = evidence(&requirement, &items, None);
        assert!(
            !missing(&requirement, &items, &found).is_empty(),
            "{text}: {found:?}"
        );
    }
    let requirement = asked("Caching in Java or Go");
    let found = evidence(&requirement, &items, None);
    assert!(!found.is_empty() && missing(&requirement, &items, &found).is_empty());
}

#[test]
fn another_framework_or_database_does_not_stand_for_the_one_asked_as_such() {
    let items = vec![
        item(
            "portal",
            ItemKind::CaseStudy,
            "Angular, TypeScript",
            "Rebuilt the patient portal's front end in Angular and TypeScript.",
        ),
        item(
            "cms",
            ItemKind::CaseStudy,
            "PostgreSQL",
            "Ran the CMS's PostgreSQL databases: replication, backups and failover.",
        ),
    ];
    for (text, absent) in [
        ("Experience with React / TypeScript", "React"),
        (
            "10+ years of managing MS SQL databases, backups and failover",
            "SQL Server",
        ),
    ] {
        let requirement = asked(text);
        let found = evidence(&requirement, &items, None);
        assert!(
            missing(&requirement, &items, &found).contains(&absent),
            "{text}: {found:?}"
        );
    }
    // Offered as one choice among others, the shown one answers.
    for text in [
        "Web applications in React and/or TypeScript",
        "Relational databases, e.g. PostgreSQL, MySQL",
    ] {
        let requirement = asked(text);
        let found = evidence(&requirement, &items, None);
        assert!(
            !found.is_empty() && missing(&requirement, &items, &found).is_empty(),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_family_of_tools_asked_by_its_examples_needs_one_of_them() {
    let items = vec![item(
        "shop",
        ItemKind::CaseStudy,
        "JavaScript",
        "Rewrote the shop's checkout in JavaScript.",
    )];
    let requirement = asked("JavaScript frameworks such as React or Vue");
    let found = evidence(&requirement, &items, None);
    assert!(!found.is_empty());
    assert_eq!(missing(&requirement, &items, &found), ["React", "Vue"]);
    let plain = asked("JavaScript, for example in a checkout");
    let found = evidence(&plain, &items, None);
    assert!(missing(&plain, &items, &found).is_empty());
}

#[test]
fn a_degree_is_read_from_the_education() {
    let items = portfolio();
    let found = evidence(
        &asked("Bachelor's degree in Computer Science or related field"),
        &items,
        None,
    );
    assert!(
        found.iter().any(|e| e.kind == ItemKind::Education),
        "{found:?}"
    );
    assert!(evidence(&asked("PhD in Machine Learning"), &items, None).is_empty());
    let advanced = asked("Advanced degree in Computer Science or a related field");
    assert!(evidence(&advanced, &items, None).is_empty());
}
