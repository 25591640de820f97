//! `folio export -o resume.json`: the portfolio as a JSON Resume (v1.0.0), for résumé themes
//! and job sites. What JSON Resume has no place for is mapped to its nearest field:
//!
//! | folio | JSON Resume |
//! |---|---|
//! | person: name, headline, summary, location, links; contact: email, links | `basics` (headline → `label`, links → `profiles`) |
//! | experience, research | `work` (research positions too) |
//! | teaching | `work`, each course a highlight |
//! | education | `education` (degree → `studyType`, field → `area`, text → `courses`' neighbour `score` is not guessed) |
//! | publications | `publications` (venue → `publisher`, year → `releaseDate`) |
//! | case studies | `projects` (problem, approach and outcome → `description`, each figure's sentence → `highlights`) |
//! | projects | `projects` (roles, dates) |
//! | expertise | `skills` (title → `name`, tags → `keywords`) |
//! | principles, tracks, tags, accent, each figure's kind and claim | in `x-folio`: the portfolio's RON without notes and comments ([`super::x_folio`]), which `folio import` reads back |
//! | speaker notes | never exported: they are private to the presenter window |

use serde_json::{Map, Value, json};

use crate::document::Document;
use crate::metrics::{AnalysisKind, analyse};
use crate::model::{End, Role, YearMonth};

/// The portfolio as a JSON Resume document, pretty-printed; with `shareable_source` (the
/// portfolio's RON without notes and comments), an `x-folio` property carries it.
pub fn resume(document: &Document, shareable_source: Option<&str>) -> String {
    let portfolio = &document.portfolio;
    let person = &portfolio.person;
    let mut basics = Map::new();
    insert(&mut basics, "name", person.name.as_deref());
    basics.insert("label".into(), json!(person.headline));
    if let Some(contact) = &portfolio.contact {
        insert(&mut basics, "email", contact.email.as_deref());
        insert(&mut basics, "phone", contact.phone.as_deref());
    }
    if !person.summary.is_empty() {
        basics.insert("summary".into(), json!(person.summary.join("\n\n")));
    }
    if let Some(location) = &person.location {
        basics.insert("location".into(), json!({ "city": location }));
    }
    let mut profiles = Vec::new();
    let contact_links = portfolio.contact.iter().flat_map(|c| c.links.iter());
    let mut seen = std::collections::HashSet::new();
    for link in person.links.iter().chain(contact_links) {
        // A link folio refuses to open is not handed on to other tools either.
        if link.url.openable().is_some() && seen.insert(link.url.as_str().to_owned()) {
            profiles.push(json!({ "network": link.label, "url": link.url.as_str() }));
        }
    }
    if !profiles.is_empty() {
        basics.insert("profiles".into(), Value::Array(profiles));
    }

    let mut work: Vec<Value> = portfolio
        .experience
        .iter()
        .chain(&portfolio.research)
        .map(role)
        .collect();
    for teaching in &portfolio.teaching {
        let mut entry = Map::new();
        entry.insert("name".into(), json!(teaching.organisation));
        entry.insert("position".into(), json!(teaching.role));
        insert(&mut entry, "location", teaching.location.as_deref());
        let highlights: Vec<String> = teaching
            .courses
            .iter()
            .map(|course| match &course.code {
                Some(code) => format!("{code}: {}", course.title),
                None => course.title.clone(),
            })
            .collect();
        if !highlights.is_empty() {
            entry.insert("highlights".into(), json!(highlights));
        }
        work.push(Value::Object(entry));
    }

    let education: Vec<Value> = portfolio
        .education
        .iter()
        .map(|degree| {
            let mut entry = Map::new();
            entry.insert("institution".into(), json!(degree.institution));
            insert(&mut entry, "studyType", degree.degree.as_deref());
            insert(&mut entry, "area", degree.field.as_deref());
            dates(&mut entry, degree.start, degree.end);
            if let Some(text) = &degree.text {
                entry.insert("courses".into(), json!([text]));
            }
            Value::Object(entry)
        })
        .collect();

    let publications: Vec<Value> = portfolio
        .publications
        .iter()
        .map(|publication| {
            let mut entry = Map::new();
            insert(&mut entry, "name", publication.title.as_deref());
            entry.insert("publisher".into(), json!(publication.venue));
            entry.insert(
                "releaseDate".into(),
                json!(format!("{:04}", publication.year)),
            );
            if let Some(link) = publication
                .link
                .as_ref()
                .and_then(crate::model::Url::openable)
            {
                entry.insert("url".into(), json!(link.as_str()));
            }
            Value::Object(entry)
        })
        .collect();

    let mut projects: Vec<Value> = portfolio
        .case_studies
        .iter()
        .map(|case| {
            let mut entry = Map::new();
            entry.insert("name".into(), json!(case.title));
            entry.insert(
                "description".into(),
                json!(format!(
                    "{} {} {}",
                    case.problem, case.approach, case.outcome
                )),
            );
            let highlights: Vec<String> = case.metrics.iter().filter_map(metric_sentence).collect();
            if !highlights.is_empty() {
                entry.insert("highlights".into(), json!(highlights));
            }
            if !case.tags.is_empty() {
                entry.insert("keywords".into(), json!(case.tags));
            }
            insert(&mut entry, "entity", case.organisation.as_deref());
            dates(&mut entry, case.start, case.end);
            Value::Object(entry)
        })
        .collect();
    projects.extend(portfolio.projects.iter().map(|project| {
        let mut entry = Map::new();
        entry.insert("name".into(), json!(project.title));
        entry.insert("description".into(), json!(project.text));
        if let Some(link) = project.link.as_ref().and_then(crate::model::Url::openable) {
            entry.insert("url".into(), json!(link.as_str()));
        }
        if !project.tags.is_empty() {
            entry.insert("keywords".into(), json!(project.tags));
        }
        if !project.roles.is_empty() {
            entry.insert("roles".into(), json!(project.roles));
        }
        dates(&mut entry, project.start, project.end);
        Value::Object(entry)
    }));

    let skills: Vec<Value> = portfolio
        .expertise
        .iter()
        .map(|area| {
            let mut entry = Map::new();
            entry.insert("name".into(), json!(area.title));
            let keywords = if area.tags.is_empty() {
                vec![area.text.clone()]
            } else {
                area.tags.clone()
            };
            entry.insert("keywords".into(), json!(keywords));
            Value::Object(entry)
        })
        .collect();

    let mut root = Map::new();
    root.insert(
        "$schema".into(),
        json!("https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"),
    );
    root.insert("basics".into(), Value::Object(basics));
    for (key, list) in [
        ("work", work),
        ("education", education),
        ("publications", publications),
        ("projects", projects),
        ("skills", skills),
    ] {
        if !list.is_empty() {
            root.insert(key.into(), Value::Array(list));
        }
    }
    root.insert(
        "meta".into(),
        json!({ "version": "v1.0.0", "canonical": "https://jsonresume.org/schema" }),
    );
    if let Some(source) = shareable_source {
        let digest = super::x_folio::digest(&Value::Object(root.clone()));
        root.insert(
            super::x_folio::KEY.into(),
            json!({
                "version": super::x_folio::VERSION,
                "digest": digest,
                "portfolio": source,
            }),
        );
    }
    if document.audience.is_private()
        && let Some(Value::Object(x_folio)) = root.get_mut(super::x_folio::KEY)
    {
        x_folio.insert("audience".into(), json!("private"));
        x_folio.insert(
            "warning".into(),
            json!(crate::document::words::PRIVATE_EXPORT),
        );
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(root)).unwrap_or_default();
    text.push('\n');
    text
}

fn role(role: &Role) -> Value {
    let mut entry = Map::new();
    entry.insert("name".into(), json!(role.organisation));
    insert(&mut entry, "position", role.role.as_deref());
    insert(&mut entry, "location", role.location.as_deref());
    if let Some(url) = role.url.as_ref().and_then(crate::model::Url::openable) {
        entry.insert("url".into(), json!(url.as_str()));
    }
    dates(&mut entry, role.start, role.end);
    insert(&mut entry, "summary", role.summary.as_deref());
    let highlights: Vec<&str> = role.highlights.iter().map(|h| h.text.as_str()).collect();
    if !highlights.is_empty() {
        entry.insert("highlights".into(), json!(highlights));
    }
    Value::Object(entry)
}

/// `YYYY-MM` or `YYYY`, as JSON Resume's date pattern wants; an ongoing period has no end.
fn dates(entry: &mut Map<String, Value>, start: Option<YearMonth>, end: Option<End>) {
    let text = |date: YearMonth| match date.month {
        Some(month) => format!("{:04}-{month:02}", date.year),
        None => format!("{:04}", date.year),
    };
    if let Some(start) = start {
        entry.insert("startDate".into(), json!(text(start)));
    }
    if let Some(End::Date(end)) = end {
        entry.insert("endDate".into(), json!(text(end)));
    }
}

/// A figure as a sentence: "API response time: 8–10 s to 3–10 ms, 99.93 % lower".
fn metric_sentence(metric: &crate::model::Metric) -> Option<String> {
    let analysis = analyse(metric);
    let label = analysis.label;
    Some(match analysis.kind {
        AnalysisKind::Change(change) => change.sentence(&label),
        AnalysisKind::Relative(relative) => format!("{label}: {}", relative.text),
        AnalysisKind::Figure(figure) => format!("{label}: {}", figure.text),
        AnalysisKind::Outcome { text } => format!("{label}: {text}"),
        AnalysisKind::Incomparable { before, after, .. } => format!("{label}: {before} → {after}"),
    })
}

fn insert(entry: &mut Map<String, Value>, key: &str, value: Option<&str>) {
    if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
        entry.insert(key.into(), json!(value));
    }
}
