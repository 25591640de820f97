//! al-folio's `_data/cv.yml` → [`Draft`]: a list of sections, each `title`, `type` (`map`,
//! `time_table`, `list`, `nested_list`) and `contents`. Which section is which is read from
//! its title, as on a CV page (`cv_page::kind_of`'s words); time-table entries have `title`,
//! `institution`, `year` ("1909 - 1911", "2015-now") and `description` (a text, a list, or
//! items with sub-items). What has no place in folio is kept as comments and listed.

use serde_json::{Map, Value};

use super::cv_page::{date, date_range};
use super::draft::{Draft, DraftEducation, DraftProject, DraftRole};

/// Whether `value` is an al-folio CV: a list of sections with a title and contents.
pub fn is_al_folio(value: &Value) -> bool {
    value.as_array().is_some_and(|sections| {
        !sections.is_empty()
            && sections.iter().all(|section| {
                section.get("title").is_some_and(Value::is_string)
                    && section.get("contents").is_some()
            })
    })
}

/// Reads the sections into a draft.
pub fn draft(value: &Value, source_name: &str) -> Draft {
    let mut draft = Draft {
        source_kind: "al-folio cv.yml",
        source_name: source_name.to_owned(),
        ..Draft::default()
    };
    for (index, section) in value.as_array().into_iter().flatten().enumerate() {
        let title = text(section.get("title")).unwrap_or_default();
        let place = format!("[{index}] {title}");
        let contents = section.get("contents").unwrap_or(&Value::Null);
        let lowered = title.to_lowercase();
        let kind = section.get("type").and_then(Value::as_str).unwrap_or("");
        match kind {
            "map" if lowered.contains("information") || lowered.contains("contact") => {
                general_information(contents, &place, &mut draft);
            }
            "time_table" if lowered.contains("education") || lowered.contains("degree") => {
                for entry in entries(contents, &place, &mut draft) {
                    education(entry, &place, &mut draft);
                }
            }
            "time_table" if lowered.contains("project") => {
                for entry in entries(contents, &place, &mut draft) {
                    project(entry, &place, &mut draft);
                }
            }
            "time_table"
                if [
                    "experience",
                    "employment",
                    "work",
                    "position",
                    "career",
                    "appointment",
                    "research",
                    "teaching",
                ]
                .iter()
                .any(|w| lowered.contains(w)) =>
            {
                for entry in entries(contents, &place, &mut draft) {
                    if let Some(role) = position(entry, &place, &mut draft) {
                        if lowered.contains("research") {
                            draft.research.push(role);
                        } else {
                            draft.experience.push(role);
                        }
                    }
                }
            }
            _ => draft.unplaced.push((place, lines(contents).join("\n"))),
        }
    }
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|job| job.role.clone());
    }
    draft
}

fn general_information(contents: &Value, place: &str, draft: &mut Draft) {
    for entry in entries(contents, place, draft) {
        let (Some(name), Some(value)) = (text(entry.get("name")), text(entry.get("value"))) else {
            draft
                .unplaced
                .push((place.to_owned(), Value::Object(entry.clone()).to_string()));
            continue;
        };
        match name.to_lowercase().as_str() {
            "name" | "full name" => draft.name = Some(value),
            "email" | "e-mail" => draft.email = Some(value),
            "location" | "address" if draft.location.is_none() => draft.location = Some(value),
            "website" | "homepage" => draft.links.push(("Website".to_owned(), value)),
            _ => draft.unplaced.push((format!("{place}: {name}"), value)),
        }
    }
}

/// `year`: "1909 - 1911", "2015-now", "1933" (an end), as (start, end).
fn period(entry: &Map<String, Value>) -> (Option<String>, Option<String>) {
    let Some(year) = text(entry.get("year")) else {
        return (None, None);
    };
    match date_range(&year) {
        Some((start, end, _)) if end.is_some() => (start, end),
        _ => (None, date(&year)),
    }
}

fn position(entry: &Map<String, Value>, place: &str, draft: &mut Draft) -> Option<DraftRole> {
    let Some(organisation) = text(entry.get("institution")) else {
        draft.unplaced.push((
            place.to_owned(),
            lines(&Value::Object(entry.clone())).join("; "),
        ));
        return None;
    };
    let (start, end) = period(entry);
    let (title, _) = strip_link(&text(entry.get("title")).unwrap_or_default());
    Some(DraftRole {
        role: (!title.is_empty()).then_some(title),
        organisation: organisation.trim_end_matches('.').to_owned(),
        start,
        end,
        highlights: description(entry.get("description")),
        ..DraftRole::default()
    })
}

fn education(entry: &Map<String, Value>, place: &str, draft: &mut Draft) {
    let Some(institution) = text(entry.get("institution")) else {
        draft.unplaced.push((
            place.to_owned(),
            lines(&Value::Object(entry.clone())).join("; "),
        ));
        return;
    };
    let (start, end) = period(entry);
    let notes = description(entry.get("description"));
    draft.education.push(DraftEducation {
        institution: institution.trim_end_matches('.').to_owned(),
        degree: text(entry.get("title")),
        start,
        end,
        text: (!notes.is_empty()).then(|| notes.join(" ")),
        ..DraftEducation::default()
    });
}

fn project(entry: &Map<String, Value>, place: &str, draft: &mut Draft) {
    let Some(raw_title) = text(entry.get("title")) else {
        draft.unplaced.push((
            place.to_owned(),
            lines(&Value::Object(entry.clone())).join("; "),
        ));
        return;
    };
    let (title, link) = strip_link(&raw_title);
    let (start, end) = period(entry);
    let described = description(entry.get("description"));
    draft.projects.push(DraftProject {
        text: if described.is_empty() {
            title.clone()
        } else {
            described.join(" ")
        },
        title,
        link,
        start,
        end,
        ..DraftProject::default()
    });
}

/// A description: a text, a list of texts, and items `{title, contents}` with sub-items,
/// each a bullet ("Description 3: Sub-description 1; Sub-description 2").
fn description(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_owned()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|item| match item {
                Value::String(s) => Some(s.trim().to_owned()),
                Value::Object(inner) => {
                    let title = text(inner.get("title")).unwrap_or_default();
                    let sub = lines(inner.get("contents").unwrap_or(&Value::Null));
                    Some(if sub.is_empty() {
                        title
                    } else {
                        format!("{}: {}", title.trim_end_matches('.'), sub.join("; "))
                    })
                }
                _ => None,
            })
            .filter(|s| !s.is_empty())
            .collect(),
        _ => Vec::new(),
    }
}

/// `<a href="https://…">al-folio</a>` → ("al-folio", the address); other tags dropped.
fn strip_link(text: &str) -> (String, Option<String>) {
    let link = text
        .split_once("href=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(url, _)| url.to_owned());
    (super::page_text::without_tags(text), link)
}

/// Every text in a value, one per line: what a comment keeps of a section folio has no
/// place for.
fn lines(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.trim().to_owned()],
        Value::Number(n) => vec![n.to_string()],
        Value::Bool(b) => vec![b.to_string()],
        Value::Array(items) => items.iter().flat_map(lines).collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(key, inner)| {
                lines(inner)
                    .into_iter()
                    .map(move |line| format!("{key}: {line}"))
            })
            .collect(),
        Value::Null => Vec::new(),
    }
}

fn objects(value: &Value) -> impl Iterator<Item = &Map<String, Value>> {
    value
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// The entries of a time table; one that is not an entry (a bare line) is kept as a comment.
fn entries<'a>(contents: &'a Value, place: &str, draft: &mut Draft) -> Vec<&'a Map<String, Value>> {
    for item in contents.as_array().into_iter().flatten() {
        if !item.is_object() {
            draft
                .unplaced
                .push((place.to_owned(), lines(item).join("\n")));
        }
    }
    objects(contents).collect()
}

fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}
