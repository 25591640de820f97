//! A Jekyll résumé theme's data file (`_data/resume.yml`, `_data/data.yml`) → [`Draft`]: a
//! map with `name`, `jobtitle`, `location`, `contact` (icon and text), `experience` (title,
//! company, duration, description), `education` (university, major, duration), `projects`
//! (name, description, contribution) and whatever else the theme shows, which is kept as
//! comments and listed. Not JSON Resume (no `basics`, no `work`); read from YAML, where
//! these themes keep it (a JSON file is read as a JSON Resume, whose reader lists the rest).

use serde_json::{Map, Value};

use super::draft::{Draft, DraftProject};
use super::json_resume::{objects, text_any};
use super::{cv_page, records};

/// Keys of an experience entry that are read; any other is listed.
const POSITION_KEYS: &[&str] = &[
    "title",
    "role",
    "position",
    "company",
    "org",
    "organization",
    "organisation",
    "employer",
    "institution",
    "location",
    "url",
    "website",
    "company_url",
    "date_start",
    "start",
    "startDate",
    "from",
    "date_end",
    "end",
    "endDate",
    "to",
    "duration",
    "dates",
    "date",
    "period",
    "years",
    "description",
    "summary",
];

/// Keys of an education entry that are read.
const SCHOOL_KEYS: &[&str] = &[
    "institution",
    "school",
    "university",
    "degree",
    "course",
    "studyType",
    "area",
    "field",
    "major",
    "location",
    "date_start",
    "start",
    "startDate",
    "date_end",
    "end",
    "endDate",
    "year",
    "duration",
    "dates",
    "date",
    "period",
    "years",
    "summary",
    "description",
];

/// Top-level keys read here.
const READ: &[&str] = &[
    "name",
    "jobtitle",
    "job_title",
    "headline",
    "tagline",
    "location",
    "contact",
    "experience",
    "education",
    "projects",
];

/// Whether `value` is a theme's résumé data: positions under `experience`, and not a JSON
/// Resume.
pub fn is_theme_data(value: &Value) -> bool {
    value.as_object().is_some_and(|root| {
        !root.contains_key("basics")
            && !root.contains_key("work")
            && root
                .get("experience")
                .and_then(Value::as_array)
                .is_some_and(|jobs| jobs.iter().any(Value::is_object))
    })
}

/// Reads the data into a draft.
pub fn draft(value: &Value, source_name: &str) -> Draft {
    let mut draft = Draft {
        source_kind: "résumé theme data",
        source_name: source_name.to_owned(),
        ..Draft::default()
    };
    let Some(root) = value.as_object() else {
        return draft;
    };
    draft.name = text_any(root, &["name"]);
    draft.headline = text_any(root, &["jobtitle", "job_title", "headline", "tagline"]);
    draft.location = text_any(root, &["location"]);
    for (index, item) in root
        .get("contact")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        contact(item, index, &mut draft);
    }
    cv_page::front_matter_into(value, &mut draft);
    // Positions are records read by meaning, as in any data file.
    if let Some(jobs) = root.get("experience") {
        let only = serde_json::json!({ "experience": jobs });
        if let Some(found) = records::found(&only, source_name, "YAML") {
            draft.experience = found.experience;
            draft.unplaced.extend(found.unplaced);
        }
    }
    for (index, project) in objects(root, "projects") {
        let Some(title) = text_any(project, &["name", "title"]) else {
            draft
                .unplaced
                .push((format!("projects[{index}]"), project_text(project)));
            continue;
        };
        // Sentences each, so "…for 30 days" and "Delivered…" do not run together.
        let parts: Vec<String> = ["description", "summary", "contribution"]
            .iter()
            .filter_map(|key| text_any(project, &[key]))
            .map(|part| {
                if part.ends_with(['.', '!', '?']) {
                    part
                } else {
                    format!("{part}.")
                }
            })
            .collect();
        draft.projects.push(DraftProject {
            text: if parts.is_empty() {
                title.clone()
            } else {
                parts.join(" ")
            },
            title,
            link: text_any(project, &["url", "link", "website"]),
            ..DraftProject::default()
        });
    }
    // What is not read is listed with its place: other sections, other keys of entries.
    for (key, inner) in root {
        if !READ.contains(&key.as_str()) {
            draft.unplaced.push((key.clone(), inner.to_string()));
        }
    }
    // A read key of another shape than the theme's ("education": {…} instead of a list).
    for (key, inner) in root {
        let expected = match key.as_str() {
            "contact" | "experience" | "education" | "projects" => inner.is_array(),
            _ => !READ.contains(&key.as_str()) || inner.is_string() || inner.is_number(),
        };
        if !expected {
            draft.unplaced.push((key.clone(), inner.to_string()));
        }
    }
    const PROJECT_KEYS: &[&str] = &[
        "name",
        "title",
        "description",
        "summary",
        "contribution",
        "url",
        "link",
        "website",
    ];
    for (section, keys) in [
        ("experience", POSITION_KEYS),
        ("education", SCHOOL_KEYS),
        ("projects", PROJECT_KEYS),
    ] {
        for (index, entry) in objects(root, section) {
            for (key, inner) in entry {
                if !keys.contains(&key.as_str()) {
                    draft
                        .unplaced
                        .push((format!("{section}[{index}].{key}"), inner.to_string()));
                }
            }
        }
    }
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|job| job.role.clone());
    }
    draft
}

/// A contact line: an e-mail address, an address on the web, or something else to list.
fn contact(item: &Value, index: usize, draft: &mut Draft) {
    let place = format!("contact[{index}]");
    let Some(entry) = item.as_object() else {
        draft.unplaced.push((place, item.to_string()));
        return;
    };
    let Some(value) = text_any(entry, &["text", "value", "url", "link"]) else {
        draft.unplaced.push((place, item.to_string()));
        return;
    };
    let label = text_any(entry, &["name", "label"]).or_else(|| {
        // A Font Awesome icon says what the link is: "fa-github" → "GitHub".
        let icon = text_any(entry, &["icon"])?.to_lowercase();
        [
            ("github", "GitHub"),
            ("gitlab", "GitLab"),
            ("linkedin", "LinkedIn"),
            ("twitter", "Twitter"),
            ("stack-overflow", "Stack Overflow"),
            ("medium", "Medium"),
            ("globe", "Website"),
            ("link", "Website"),
            ("home", "Website"),
        ]
        .iter()
        .find(|(name, _)| icon.contains(name))
        .map(|(_, label)| (*label).to_owned())
    });
    if value.contains('@') && !value.contains(' ') && !value.starts_with("http") {
        draft.email.get_or_insert(value);
    } else if value.starts_with("http") || (value.contains('.') && !value.contains(' ')) {
        let url = if value.starts_with("http") {
            value
        } else {
            format!("https://{value}")
        };
        draft
            .links
            .push((label.unwrap_or_else(|| "Website".to_owned()), url));
    } else {
        draft.unplaced.push((place, value));
    }
}

fn project_text(project: &Map<String, Value>) -> String {
    Value::Object(project.clone()).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn positions_are_records_read_by_meaning() {
        let value = serde_json::json!({"name": "A Person", "experience": [
            {"title": "Lead", "company": "Acme", "date_start": "", "note": "June 2017 - May 2019"},
            {"title": "Engineer", "company": "Acme", "duration": "2015 - 2017"}
        ]});
        assert!(super::is_theme_data(&value));
        let draft = super::draft(&value, "data.yml");
        let starts: Vec<Option<String>> =
            draft.experience.iter().map(|r| r.start.clone()).collect();
        assert_eq!(
            starts,
            vec![Some("2017-06".to_owned()), Some("2015".to_owned())]
        );
    }
}
