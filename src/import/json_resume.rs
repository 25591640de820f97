//! JSON Resume v1.0.0 → [`Draft`]. Read as loose JSON: the schema allows properties of anyone's
//! own, which are ignored, and a value of an unexpected type is reported, never fatal. Where
//! each section goes is in docs/format.md ("Importing").

use serde_json::{Map, Value};

use super::draft::{Draft, DraftEducation, DraftProject, DraftPublication, DraftRole};
use super::{data_fields, records};

/// Reads a JSON Resume document (already parsed) into a draft; `None` if it is not one (no
/// `basics`, `work` or `education` object or list).
pub fn draft(resume: &Value, source_name: &str) -> Option<Draft> {
    let root = resume.as_object()?;
    if !["basics", "work", "education", "skills", "projects"]
        .iter()
        .any(|key| root.contains_key(*key))
    {
        return None;
    }
    let mut draft = Draft {
        source_kind: "JSON Resume",
        source_name: source_name.to_owned(),
        ..Draft::default()
    };
    if let Some(basics) = root.get("basics").and_then(Value::as_object) {
        basics_into(basics, &mut draft);
    }
    for (index, job) in objects(root, "work") {
        let place = format!("work[{index}]");
        // A job in another schema's keys ("title", "start") or with its roles nested under
        // it: read by meaning, as any record.
        let other_keys = !job.contains_key("position")
            || (!job.contains_key("startDate") && data_fields::start_by_words(job).is_some());
        if other_keys {
            let found = records::positions_of(job, &place, &mut draft.unplaced);
            if !found.is_empty() {
                draft.experience.extend(found);
                continue;
            }
        }
        let role = role(job, &["name", "company"], &place, &mut draft);
        draft.experience.extend(role);
    }
    for (index, job) in objects(root, "volunteer") {
        let place = format!("volunteer[{index}]");
        if let Some(mut role) = role(
            job,
            &["organization", "organisation", "name"],
            &place,
            &mut draft,
        ) {
            role.role = Some(match role.role.take() {
                Some(position) => format!("{position} (volunteer)"),
                None => "Volunteer".to_owned(),
            });
            draft.experience.push(role);
        }
    }
    for (index, school) in objects(root, "education") {
        let place = format!("education[{index}]");
        let Some(institution) = text(school, "institution") else {
            unplaced(&mut draft, &place, school, "no institution");
            continue;
        };
        let mut notes = Vec::new();
        if let Some(score) = text_any(school, &["score", "gpa"]) {
            notes.push(format!("Score: {score}."));
        }
        let courses = strings(school, "courses");
        if !courses.is_empty() {
            notes.push(format!("Courses: {}.", courses.join(", ")));
        }
        let start = date(school, "startDate", &place, &mut draft);
        let end = date(school, "endDate", &place, &mut draft);
        draft.education.push(DraftEducation {
            institution,
            degree: text(school, "studyType"),
            field: text(school, "area"),
            location: None,
            start,
            end,
            text: (!notes.is_empty()).then(|| notes.join(" ")),
        });
    }
    for (index, publication) in objects(root, "publications") {
        let place = format!("publications[{index}]");
        let year = text(publication, "releaseDate")
            .and_then(|d| d.get(..4).and_then(|y| y.parse::<i32>().ok()));
        match (text(publication, "publisher"), year) {
            (Some(venue), Some(year)) => draft.publications.push(DraftPublication {
                title: text(publication, "name"),
                venue,
                year,
                link: text_any(publication, &["url", "website"]),
            }),
            _ => unplaced(
                &mut draft,
                &place,
                publication,
                "folio lists a publication by its venue and year, and this one lacks one",
            ),
        }
    }
    for (index, project) in objects(root, "projects") {
        let place = format!("projects[{index}]");
        let Some(title) = text(project, "name") else {
            unplaced(&mut draft, &place, project, "no name");
            continue;
        };
        let mut paragraphs: Vec<String> = text(project, "description").into_iter().collect();
        paragraphs.extend(strings(project, "highlights"));
        if paragraphs.is_empty() {
            paragraphs.push(title.clone());
        }
        let start = date(project, "startDate", &place, &mut draft);
        let end = date(project, "endDate", &place, &mut draft);
        draft.projects.push(DraftProject {
            title,
            text: paragraphs.join(" "),
            link: text_any(project, &["url", "website"]),
            roles: strings(project, "roles"),
            start,
            end,
            tags: strings(project, "keywords"),
        });
    }
    for (index, skill) in objects(root, "skills") {
        let place = format!("skills[{index}]");
        let Some(title) = text(skill, "name") else {
            unplaced(&mut draft, &place, skill, "no name");
            continue;
        };
        let keywords = strings(skill, "keywords");
        let body = match text(skill, "level") {
            Some(level) if keywords.is_empty() => level,
            Some(level) => format!("{level}: {}.", keywords.join(", ")),
            None if keywords.is_empty() => title.clone(),
            None => format!("{}.", keywords.join(", ")),
        };
        draft.expertise.push((title, body, keywords));
    }
    // The sections folio has no place for: kept as comments, listed on standard error.
    for section in [
        "awards",
        "certificates",
        "languages",
        "interests",
        "references",
    ] {
        for (index, entry) in root
            .get(section)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let place = format!("{section}[{index}]");
            let text = entry
                .as_object()
                .map_or_else(|| value_text(entry), describe);
            draft.unplaced.push((place, text));
        }
        // "languages": {"language": [...]}, a theme's own shape: kept whole.
        if let Some(other) = root.get(section).filter(|v| !v.is_array()) {
            draft.unplaced.push((section.to_owned(), value_text(other)));
        }
    }
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|job| job.role.clone());
    }
    leftovers(root, &mut draft);
    Some(draft)
}

/// The keys each section is read from; anything else is listed, never dropped in silence.
const READ: &[(&str, &[&str])] = &[
    (
        "basics",
        &[
            "name", "label", "image", "picture", "email", "phone", "url", "website", "summary",
            "location", "profiles",
        ],
    ),
    (
        "work",
        &[
            "name",
            "company",
            "position",
            "url",
            "website",
            "startDate",
            "endDate",
            "summary",
            "description",
            "highlights",
            "location",
        ],
    ),
    (
        "volunteer",
        &[
            "organization",
            "organisation",
            "name",
            "position",
            "url",
            "website",
            "startDate",
            "endDate",
            "summary",
            "description",
            "highlights",
            "location",
        ],
    ),
    (
        "education",
        &[
            "institution",
            "area",
            "studyType",
            "startDate",
            "endDate",
            "score",
            "gpa",
            "courses",
        ],
    ),
    (
        "publications",
        &["name", "publisher", "releaseDate", "url", "website"],
    ),
    (
        "projects",
        &[
            "name",
            "description",
            "highlights",
            "keywords",
            "url",
            "website",
            "roles",
            "startDate",
            "endDate",
        ],
    ),
    ("skills", &["name", "level", "keywords"]),
];

/// Sections read whole elsewhere (or kept whole as comments).
const WHOLE: &[&str] = &[
    "awards",
    "certificates",
    "languages",
    "interests",
    "references",
    "$schema",
];

/// What the import did not read: unknown sections and unknown keys of known entries (older
/// theme fields, a project's dates and roles, `meta`), each listed with its value.
fn leftovers(root: &Map<String, Value>, draft: &mut Draft) {
    for (key, value) in root {
        // A stale `x-folio` is reported once, as a warning, not pasted into a comment.
        let known = READ.iter().any(|(section, _)| section == key)
            || WHOLE.contains(&key.as_str())
            || key == crate::export::x_folio::KEY;
        if !known {
            draft.unplaced.push((key.clone(), value_text(value)));
        }
    }
    for (section, keys) in READ {
        let entries: Vec<(String, &Map<String, Value>)> = if *section == "basics" {
            root.get("basics")
                .and_then(Value::as_object)
                .map(|b| vec![("basics".to_owned(), b)])
                .unwrap_or_default()
        } else {
            objects(root, section)
                .map(|(index, entry)| (format!("{section}[{index}]"), entry))
                .collect()
        };
        for (place, entry) in entries {
            for (key, value) in entry {
                let at = format!("{place}.{key}");
                if !keys.contains(&key.as_str()) {
                    draft.unplaced.push((at, value_text(value)));
                } else {
                    unread_parts(&at, key, value, draft);
                }
            }
        }
        // A section of another shape than JSON Resume's list of objects: "skills": {"Backend":
        // [...]}, or items that are plain strings.
        if *section != "basics"
            && let Some(value) = root.get(*section)
        {
            match value.as_array() {
                None if !value.is_null() => {
                    draft
                        .unplaced
                        .push(((*section).to_owned(), value_text(value)));
                }
                None => {}
                Some(items) => {
                    for (index, item) in items.iter().enumerate() {
                        if !item.is_object() {
                            draft
                                .unplaced
                                .push((format!("{section}[{index}]"), value_text(item)));
                        }
                    }
                }
            }
        }
    }
}

/// What a known key holds that its reader does not take: a value of another type than the
/// schema's, the unknown keys of `location` and of each profile, a profile's user name that
/// its address does not show.
fn unread_parts(at: &str, key: &str, value: &Value, draft: &mut Draft) {
    let lists = [
        "highlights",
        "keywords",
        "courses",
        "roles",
        "profiles",
        "summary",
    ];
    match (key, value) {
        (_, Value::Null) => {}
        ("location", Value::Object(location)) if at == "basics.location" => {
            for (part, inner) in location {
                let read = [
                    "city",
                    "region",
                    "countryCode",
                    "country",
                    "address",
                    "postalCode",
                ];
                if !read.contains(&part.as_str()) || !(inner.is_string() || inner.is_number()) {
                    draft
                        .unplaced
                        .push((format!("{at}.{part}"), value_text(inner)));
                }
            }
        }
        ("profiles", Value::Array(profiles)) => {
            for (index, profile) in profiles.iter().enumerate() {
                let place = format!("{at}[{index}]");
                let Some(profile) = profile.as_object() else {
                    draft.unplaced.push((place, value_text(profile)));
                    continue;
                };
                let url = text(profile, "url").unwrap_or_default().to_lowercase();
                for (part, inner) in profile {
                    let shown = match part.as_str() {
                        "network" | "url" => inner.is_string(),
                        // A user name is kept where the address shows it.
                        "username" => url.contains(&value_text(inner).to_lowercase()),
                        _ => false,
                    };
                    if !shown && !url.is_empty() {
                        draft
                            .unplaced
                            .push((format!("{place}.{part}"), value_text(inner)));
                    }
                }
            }
        }
        (key, Value::Array(items)) if lists.contains(&key) => {
            for (index, item) in items.iter().enumerate() {
                if !item.is_string() {
                    draft
                        .unplaced
                        .push((format!("{at}[{index}]"), value_text(item)));
                }
            }
        }
        (key, Value::String(_)) if lists.contains(&key) && key != "summary" => {
            // "highlights": "one bullet" — read as nothing by a list reader.
            draft.unplaced.push((at.to_owned(), value_text(value)));
        }
        (_, Value::String(_) | Value::Number(_)) => {}
        (key, other) if !lists.contains(&key) => {
            draft.unplaced.push((at.to_owned(), value_text(other)));
        }
        _ => {}
    }
}

/// A value as one line of text: strings as they are, anything else as compact JSON.
fn value_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        other => other.to_string(),
    }
}

fn basics_into(basics: &Map<String, Value>, draft: &mut Draft) {
    draft.name = text(basics, "name");
    draft.headline = text(basics, "label");
    draft.email = text(basics, "email");
    // Some themes write the summary as a list of paragraphs.
    let summary = text(basics, "summary").or_else(|| {
        let paragraphs = strings(basics, "summary");
        (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n"))
    });
    if let Some(summary) = summary {
        draft.summary = summary
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect();
    }
    if let Some(location) = basics.get("location").and_then(Value::as_object) {
        let parts: Vec<String> = ["city", "region", "countryCode", "country"]
            .iter()
            .filter_map(|key| text(location, key))
            .collect();
        if !parts.is_empty() {
            draft.location = Some(parts.join(", "));
        }
        let rest: Vec<String> = ["address", "postalCode"]
            .iter()
            .filter_map(|key| text(location, key).map(|v| format!("{key}: {v}")))
            .collect();
        if !rest.is_empty() {
            draft
                .unplaced
                .push(("basics.location".to_owned(), rest.join("; ")));
        }
    }
    if let Some(url) = text_any(basics, &["url", "website"]) {
        draft.links.push(("Website".to_owned(), url));
    }
    for (index, profile) in basics
        .get("profiles")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .enumerate()
    {
        let label = text(profile, "network").unwrap_or_else(|| "Profile".to_owned());
        match text(profile, "url") {
            Some(url) => draft.links.push((label, url)),
            None => draft.unplaced.push((
                format!("basics.profiles[{index}]"),
                format!(
                    "{label}: {} (no url)",
                    text(profile, "username").unwrap_or_default()
                ),
            )),
        }
    }
    draft.phone = text(basics, "phone");
    if let Some(image) = text_any(basics, &["image", "picture"]) {
        // folio's photo is a file beside the portfolio; a web address cannot be one.
        draft.unplaced.push((
            "basics.image".to_owned(),
            format!("{image} (save it beside portfolio.ron and set person.photo)"),
        ));
    }
}

/// A `work` or `volunteer` entry.
fn role(
    job: &Map<String, Value>,
    organisation_keys: &[&str],
    place: &str,
    draft: &mut Draft,
) -> Option<DraftRole> {
    let Some(organisation) = text_any(job, organisation_keys) else {
        unplaced(draft, place, job, "no organisation name");
        return None;
    };
    let start = date(job, "startDate", place, draft);
    let end = date(job, "endDate", place, draft);
    // JSON Resume: a missing end date means the position is current.
    let end = match (&start, end) {
        (Some(_), None) => Some("present".to_owned()),
        (_, end) => end,
    };
    let mut summary: Vec<String> = text(job, "summary").into_iter().collect();
    summary.extend(text(job, "description"));
    Some(DraftRole {
        role: text(job, "position"),
        organisation,
        location: text(job, "location"),
        url: text_any(job, &["url", "website"]),
        start,
        end,
        summary: (!summary.is_empty()).then(|| summary.join(" ")),
        highlights: strings(job, "highlights"),
        tags: Vec::new(),
    })
}

/// A date as folio writes it: `YYYY`, `YYYY-MM` (a day is dropped: folio shows months). A
/// value folio cannot read is left out and listed.
fn date(entry: &Map<String, Value>, key: &str, place: &str, draft: &mut Draft) -> Option<String> {
    let value = text(entry, key)?;
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes
            .get(range)
            .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
    };
    let month_ok = || {
        value
            .get(5..7)
            .and_then(|m| m.parse::<u8>().ok())
            .is_some_and(|m| (1..=12).contains(&m))
    };
    let parsed = match bytes.len() {
        4 if digits(0..4) => Some(value.clone()),
        7 if digits(0..4) && bytes.get(4) == Some(&b'-') && digits(5..7) && month_ok() => {
            Some(value.clone())
        }
        10 if digits(0..4)
            && bytes.get(4) == Some(&b'-')
            && digits(5..7)
            && month_ok()
            && bytes.get(7) == Some(&b'-')
            && digits(8..10) =>
        {
            value.get(..7).map(str::to_owned)
        }
        _ => None,
    };
    // Any other common form ("Jan 2019", "2023-9-28", "05/2017", "Present" as an end), read
    // as any data file's dates are.
    let parsed = parsed.or_else(|| data_fields::date_of(&value, key.starts_with("end")));
    if parsed.is_none() {
        draft.unplaced.push((
            format!("{place}.{key}"),
            format!("{value} (not a date: write YYYY, YYYY-MM or YYYY-MM-DD)"),
        ));
    }
    parsed
}

pub(super) fn objects<'a>(
    root: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = (usize, &'a Map<String, Value>)> {
    root.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .enumerate()
}

/// The first of `keys` that holds text: the JSON Resume key and the names themes and résumés
/// written before 1.0 use for it (`company` for `name`, `website` for `url`, `gpa` for `score`,
/// `picture` for `image`).
pub(super) fn text_any(entry: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|key| text(entry, key))
}

/// A text field, trimmed; numbers are taken as their text (a year written as 2021).
fn text(entry: &Map<String, Value>, key: &str) -> Option<String> {
    let value = match entry.get(key)? {
        Value::String(s) => s.trim().to_owned(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!value.is_empty()).then_some(value)
}

fn strings(entry: &Map<String, Value>, key: &str) -> Vec<String> {
    entry
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::trim).filter(|s| !s.is_empty()))
        .map(str::to_owned)
        .collect()
}

/// An entry as one line: its text fields, `key: value; …`.
fn describe(entry: &Map<String, Value>) -> String {
    entry
        .iter()
        .filter_map(|(key, value)| match value {
            Value::String(s) if !s.trim().is_empty() => Some(format!("{key}: {}", s.trim())),
            Value::Number(n) => Some(format!("{key}: {n}")),
            Value::Array(items) if items.iter().all(Value::is_string) => {
                let texts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
                (!texts.is_empty()).then(|| format!("{key}: {}", texts.join(", ")))
            }
            // Nested objects, lists of them, booleans: as JSON, never left out.
            Value::Array(_) | Value::Object(_) | Value::Bool(_) => Some(format!("{key}: {value}")),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn unplaced(draft: &mut Draft, place: &str, entry: &Map<String, Value>, why: &str) {
    draft
        .unplaced
        .push((place.to_owned(), format!("{} ({why})", describe(entry))));
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_job_in_other_keys_or_with_nested_roles_is_read_by_meaning() {
        let value = serde_json::json!({"basics": {"name": "A Person"}, "work": [
            {"company": "Acme", "title": "Engineer", "startDate": "2019-05"},
            {"name": "Globex", "positions": [
                {"title": "Lead", "start": "2017-02"},
                {"title": "Developer", "start": "March 2015", "end": "2017"}
            ]},
            {"name": "Initech", "position": "Analyst", "startDate": "2013-01"}
        ]});
        let draft = super::draft(&value, "resume.json").unwrap_or_default();
        let found: Vec<(String, Option<String>, Option<String>)> = draft
            .experience
            .iter()
            .map(|r| (r.organisation.clone(), r.role.clone(), r.start.clone()))
            .collect();
        let one =
            |o: &str, r: &str, s: &str| (o.to_owned(), Some(r.to_owned()), Some(s.to_owned()));
        assert_eq!(
            found,
            vec![
                one("Acme", "Engineer", "2019-05"),
                one("Globex", "Lead", "2017-02"),
                one("Globex", "Developer", "2015-03"),
                one("Initech", "Analyst", "2013-01"),
            ]
        );
    }

    #[test]
    fn dates_in_other_common_forms_are_read_to_the_month() {
        let value = serde_json::json!({"basics": {"name": "A Person"}, "work": [
            {"name": "Acme", "position": "Engineer", "startDate": "2023-9-28", "endDate": "Present"},
            {"name": "Globex", "position": "Developer", "startDate": "Jan 2019", "endDate": "08/2023"},
            {"name": "Initech", "position": "Analyst", "startDate": "someday"}
        ]});
        let draft = super::draft(&value, "resume.json").unwrap_or_default();
        let dates: Vec<(Option<String>, Option<String>)> = draft
            .experience
            .iter()
            .map(|r| (r.start.clone(), r.end.clone()))
            .collect();
        let some = |s: &str| Some(s.to_owned());
        assert_eq!(
            dates,
            vec![
                (some("2023-09"), some("present")),
                (some("2019-01"), some("2023-08")),
                (None, None)
            ]
        );
        assert!(
            draft
                .unplaced
                .iter()
                .any(|(at, _)| at == "work[2].startDate")
        );
    }
}
