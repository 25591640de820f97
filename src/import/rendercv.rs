//! RenderCV's `cv.yaml` → [`Draft`]. RenderCV's section titles are the author's own; what a
//! section holds is told by its entries' keys: `company`+`position` are positions,
//! `institution`+`area` degrees, `title`+`authors` publications, `label`+`details` skills,
//! `name` projects. Text entries (`bullet`, numbered lines, plain strings) and settings are
//! listed, not dropped.

use serde_json::{Map, Value};

use super::cv_page::date;
use super::data_fields;
use super::draft::{Draft, DraftEducation, DraftProject, DraftPublication, DraftRole};
use super::json_resume::text_any as first;

/// Whether the YAML is a RenderCV input (a `cv` with `sections` or a `name`).
pub fn is_rendercv(value: &Value) -> bool {
    value
        .get("cv")
        .and_then(Value::as_object)
        .is_some_and(|cv| cv.contains_key("sections") || cv.contains_key("name"))
}

/// Reads a RenderCV input.
pub fn draft(value: &Value, source_name: &str) -> Draft {
    let mut draft = Draft {
        source_kind: "RenderCV",
        source_name: source_name.to_owned(),
        ..Draft::default()
    };
    let Some(cv) = value.get("cv").and_then(Value::as_object) else {
        return draft;
    };
    draft.name = first(cv, &["name"]);
    draft.headline = first(cv, &["headline", "label"]);
    draft.location = first(cv, &["location"]);
    draft.email = first(cv, &["email"]);
    if let Some(site) = first(cv, &["website"]) {
        draft.links.push(("Website".to_owned(), site));
    }
    for network in cv
        .get("social_networks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(name), Some(user)) = (
            network.get("network").and_then(Value::as_str),
            network.get("username").and_then(Value::as_str),
        ) else {
            continue;
        };
        let url = match name.to_lowercase().as_str() {
            "linkedin" => format!("https://www.linkedin.com/in/{user}"),
            "github" => format!("https://github.com/{user}"),
            "gitlab" => format!("https://gitlab.com/{user}"),
            "x" | "twitter" => format!("https://x.com/{user}"),
            _ => {
                draft
                    .unplaced
                    .push(("cv.social_networks".to_owned(), format!("{name}: {user}")));
                continue;
            }
        };
        draft.links.push((name.to_owned(), url));
    }
    draft.phone = first(cv, &["phone"]);
    let sections = cv.get("sections").and_then(Value::as_object);
    for (title, entries) in sections.into_iter().flatten() {
        for (index, entry) in entries.as_array().into_iter().flatten().enumerate() {
            let place = format!("{title}[{index}]");
            match entry {
                Value::Object(entry) => read_entry(entry, &place, title, &mut draft),
                Value::String(text) => draft.unplaced.push((title.clone(), text.clone())),
                other => draft.unplaced.push((place, other.to_string())),
            }
        }
    }
    for (key, value) in value.as_object().into_iter().flatten() {
        if key != "cv" {
            draft.unplaced.push((
                key.clone(),
                format!(
                    "RenderCV settings, not content ({} keys)",
                    value.as_object().map_or(0, Map::len)
                ),
            ));
        }
    }
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|r| r.role.clone());
    }
    draft
}

/// Start and end as folio writes them: `date` alone is a single date (the end).
fn dates(entry: &Map<String, Value>) -> (Option<String>, Option<String>) {
    let start = data_fields::start_by_words(entry).and_then(|d| date(&d));
    let end = data_fields::end_by_words(entry).and_then(|d| date(&d));
    match (start, end, first(entry, &["date"]).and_then(|d| date(&d))) {
        (None, None, Some(single)) => (None, Some(single)),
        (start, end, _) => (start, end),
    }
}

fn highlights(entry: &Map<String, Value>) -> Vec<String> {
    entry
        .get("highlights")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// "[FlashInfer](https://github.com/)" → ("FlashInfer", the address).
fn link_text(text: &str) -> (String, Option<String>) {
    if let Some(rest) = text.strip_prefix('[')
        && let Some((label, after)) = rest.split_once("](")
        && let Some(url) = after.strip_suffix(')')
    {
        return (label.to_owned(), Some(url.to_owned()));
    }
    (text.to_owned(), None)
}

fn read_entry(entry: &Map<String, Value>, place: &str, title: &str, draft: &mut Draft) {
    let has = |key: &str| entry.contains_key(key);
    if has("company") && has("position") {
        let Some(organisation) = first(entry, &["company"]) else {
            return;
        };
        let (start, end) = dates(entry);
        draft.experience.push(DraftRole {
            role: first(entry, &["position"]),
            organisation,
            location: first(entry, &["location"]),
            url: first(entry, &["url"]),
            start,
            end,
            summary: first(entry, &["summary"]),
            highlights: highlights(entry),
            tags: Vec::new(),
        });
    } else if has("institution") && has("area") {
        let Some(institution) = first(entry, &["institution"]) else {
            return;
        };
        let (start, end) = dates(entry);
        let notes: Vec<String> = first(entry, &["summary"])
            .into_iter()
            .chain(highlights(entry))
            .collect();
        draft.education.push(DraftEducation {
            institution,
            degree: first(entry, &["degree"]),
            field: first(entry, &["area"]),
            location: first(entry, &["location"]),
            start,
            end,
            text: (!notes.is_empty()).then(|| notes.join(" ")),
        });
    } else if has("title") && has("authors") {
        let year =
            first(entry, &["date"]).and_then(|d| d.get(..4).and_then(|y| y.parse::<i32>().ok()));
        match (first(entry, &["journal"]), year) {
            (Some(venue), Some(year)) => draft.publications.push(DraftPublication {
                title: first(entry, &["title"]),
                venue,
                year,
                link: first(entry, &["url"])
                    .or_else(|| first(entry, &["doi"]).map(|doi| format!("https://doi.org/{doi}"))),
            }),
            _ => draft
                .unplaced
                .push((place.to_owned(), Value::Object(entry.clone()).to_string())),
        }
    } else if has("label") && has("details") {
        let (Some(label), Some(details)) = (first(entry, &["label"]), first(entry, &["details"]))
        else {
            return;
        };
        let tags = details.split(", ").map(str::to_owned).collect();
        draft.expertise.push((label, details, tags));
    } else if has("name") {
        let Some(name) = first(entry, &["name"]) else {
            return;
        };
        let (title_text, link) = link_text(&name);
        let (start, end) = dates(entry);
        let text: Vec<String> = first(entry, &["summary"])
            .into_iter()
            .chain(highlights(entry))
            .collect();
        draft.projects.push(DraftProject {
            text: if text.is_empty() {
                title_text.clone()
            } else {
                text.join(" ")
            },
            title: title_text,
            link,
            roles: Vec::new(),
            start,
            end,
            tags: Vec::new(),
        });
    } else {
        // A bullet, a numbered line, a one-line entry of its own: kept as the section's text.
        let text: Vec<String> = entry
            .values()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect();
        draft.unplaced.push((title.to_owned(), text.join(" ")));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_start_key_is_read_by_its_words() {
        let value = serde_json::json!({"cv": {"sections": {"Experience": [
            {"company": "Acme", "position": "Engineer", "start_data": "2021-03", "end_date": "present"}
        ]}}});
        let draft = super::draft(&value, "cv.yaml");
        let role = draft.experience.first().cloned().unwrap_or_default();
        assert_eq!(role.start.as_deref(), Some("2021-03"));
        assert_eq!(role.end.as_deref(), Some("present"));
    }
}
