//! One reader for structured data: any JSON, YAML, TOML or CSV whose lists of records look like
//! positions. Keys are matched by meaning, not by one schema's spelling (role, title, position,
//! jobtitle; company, organisation, employer; start, from, startDate, date, range, duration;
//! summary, description, highlights), and a record that holds a list of roles under one
//! organisation gives each its organisation.

use serde_json::{Map, Value};

use super::dates;
use super::draft::{Draft, DraftRole};

/// A key as compared: lowercase letters and digits only ("Started On" is "startedon").
fn norm(key: &str) -> String {
    key.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

const ROLE: &[&str] = &[
    "role",
    "title",
    "position",
    "jobtitle",
    "job",
    "designation",
    "occupation",
    "roles",
    "positiontitle",
    "jobrole",
];
const ORG: &[&str] = &[
    "company",
    "organisation",
    "organization",
    "employer",
    "org",
    "companyname",
    "business",
    "client",
    "firm",
    "institution",
    "workplace",
    "employername",
    "companyorganization",
];
const START: &[&str] = &[
    "start",
    "startdate",
    "from",
    "datestart",
    "startedon",
    "begin",
    "since",
    "date",
    "dates",
    "time",
    "range",
    "duration",
    "period",
    "years",
    "when",
    "timeperiod",
    "daterange",
    "datefrom",
    "startyear",
];
const END: &[&str] = &[
    "end",
    "enddate",
    "to",
    "dateend",
    "finishedon",
    "until",
    "endyear",
    "dateto",
    "close",
    "finish",
    "stop",
    "ended",
];
const TEXT: &[&str] = &[
    "summary",
    "description",
    "details",
    "highlights",
    "responsibilities",
    "achievements",
    "bullets",
    "items",
    "notes",
    "tasks",
    "content",
];
const PLACE: &[&str] = &["location", "place", "city", "address"];

/// Keys of a list that holds something other than positions.
const NOT_POSITIONS: &[&str] = &[
    "education",
    "schools",
    "degrees",
    "projects",
    "publications",
    "papers",
    "skills",
    "awards",
    "honors",
    "certifications",
    "certificates",
    "languages",
    "interests",
    "volunteer",
    "volunteering",
    "teaching",
    "talks",
    "courses",
    "references",
    "hobbies",
    "social",
    "links",
    "contact",
    "profiles",
    "menu",
    "navigation",
    "studies",
    "academic",
];

fn field<'a>(record: &'a Map<String, Value>, keys: &[&str]) -> Option<(&'a str, &'a Value)> {
    // In the order of `keys`: an earlier key is a surer sign of its meaning.
    keys.iter().find_map(|k| {
        record
            .iter()
            .find(|(key, v)| norm(key) == *k && !is_empty(v))
            .map(|(key, v)| (key.as_str(), v))
    })
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A value as one line of text.
fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        // A name in an object, or the first language of a translated text ({en: …, fr: …}).
        Value::Object(map) => field(map, &["name", "title", "text", "value"])
            .and_then(|(_, v)| text(v))
            .or_else(|| {
                map.values()
                    .find_map(|v| v.as_str().map(|s| s.trim().to_owned()))
            }),
        Value::Bool(_) | Value::Null => None,
    }
}

/// Highlights: a list's items, or a text's lines.
fn lines(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().filter_map(text).collect(),
        Value::String(s) => s
            .lines()
            .map(|l| {
                l.trim()
                    .trim_start_matches(['-', '*', '•'])
                    .trim()
                    .to_owned()
            })
            .filter(|l| !l.is_empty())
            .collect(),
        other => text(other).into_iter().collect(),
    }
}

/// Start and end from a record's date fields: a range in one field, or two fields.
fn period(record: &Map<String, Value>) -> (Option<String>, Option<String>) {
    let start = field(record, START).and_then(|(_, v)| text(v));
    let end = field(record, END).and_then(|(_, v)| text(v));
    // Dates one level down ("tenure": {"start": …, "close": …}).
    if start.is_none() && end.is_none() {
        for child in record.values().filter_map(Value::as_object) {
            let found = period(child);
            if found.0.is_some() {
                return found;
            }
        }
    }
    let found = start.as_deref().and_then(dates::find);
    let end = end.as_deref().and_then(|e| {
        if dates::find(&format!("2000 – {e}"))
            .and_then(|f| f.end)
            .as_deref()
            == Some("present")
        {
            Some("present".to_owned())
        } else {
            dates::find(e).map(|f| f.start)
        }
    });
    match found {
        Some(f) => (Some(f.start), end.or(f.end)),
        None => (None, end),
    }
}

/// Whether a record reads as a position: a role or organisation, and a date or more text.
fn looks_like_position(record: &Map<String, Value>) -> bool {
    let role = field(record, ROLE).is_some();
    let org = field(record, ORG).is_some();
    let dated = field(record, START).is_some() || field(record, END).is_some();
    (role && org) || ((role || org) && dated)
}

/// The roles a record holds under its own organisation, if any: a list of records that name
/// a role but no organisation.
fn nested_roles(record: &Map<String, Value>) -> Option<&Vec<Value>> {
    record.values().find_map(|v| match v {
        Value::Array(items)
            if !items.is_empty()
                && items.iter().all(|i| {
                    i.as_object()
                        .is_some_and(|r| field(r, ROLE).is_some() && field(r, ORG).is_none())
                }) =>
        {
            Some(items)
        }
        _ => None,
    })
}

fn role_from(record: &Map<String, Value>, org: Option<&str>) -> Option<DraftRole> {
    let (role_key, role) = field(record, ROLE).map_or((None, None), |(k, v)| (Some(k), text(v)));
    let organisation = org
        .map(str::to_owned)
        .or_else(|| field(record, ORG).and_then(|(_, v)| text(v)))
        // "name" means the organisation only where nothing else does ("name" beside "position").
        .or_else(|| {
            (role_key.is_some())
                .then(|| field(record, &["name"]).and_then(|(_, v)| text(v)))
                .flatten()
        })?;
    let (start, end) = period(record);
    let mut highlights = Vec::new();
    let mut summary = None;
    for key in TEXT {
        if let Some((_, value)) = field(record, &[key]) {
            match value {
                Value::String(s) if summary.is_none() && !s.contains('\n') => {
                    summary = Some(s.trim().to_owned())
                }
                other => highlights.extend(lines(other)),
            }
        }
    }
    Some(DraftRole {
        role,
        organisation,
        location: field(record, PLACE).and_then(|(_, v)| text(v)),
        url: field(record, &["url", "website", "link", "companyurl"]).and_then(|(_, v)| text(v)),
        start,
        end,
        summary,
        highlights,
        tags: Vec::new(),
    })
}

/// Positions found under `value`, walking every list of records except those a key marks as
/// something else (education, projects…).
fn walk(value: &Value, key: &str, depth: usize, out: &mut Vec<DraftRole>) {
    if depth > 12 {
        return;
    }
    let k = norm(key);
    if NOT_POSITIONS.iter().any(|n| k.contains(n)) {
        return;
    }
    match value {
        Value::Array(items) => {
            let records: Vec<&Map<String, Value>> =
                items.iter().filter_map(Value::as_object).collect();
            let positions = records
                .iter()
                .filter(|r| looks_like_position(r) || nested_roles(r).is_some())
                .count();
            if !records.is_empty() && positions * 2 >= records.len() {
                for record in records {
                    if let Some(roles) = nested_roles(record)
                        && let Some(org) = field(record, ORG)
                            .or_else(|| field(record, &["name"]))
                            .and_then(|(_, v)| text(v))
                    {
                        out.extend(
                            roles
                                .iter()
                                .filter_map(Value::as_object)
                                .filter_map(|r| role_from(r, Some(&org))),
                        );
                    } else if looks_like_position(record) {
                        out.extend(role_from(record, None));
                    }
                }
                return;
            }
            for item in items {
                walk(item, key, depth + 1, out);
            }
        }
        Value::Object(map) => {
            for (child, value) in map {
                walk(value, child, depth + 1, out);
            }
        }
        _ => {}
    }
}

/// A draft of the positions in `value`, or none when it holds none.
pub fn draft(value: &Value, name: &str, kind: &'static str) -> Option<Draft> {
    let mut experience = Vec::new();
    walk(value, "", 0, &mut experience);
    if experience.is_empty() {
        return None;
    }
    Some(Draft {
        source_kind: kind,
        source_name: name.to_owned(),
        experience,
        ..Draft::default()
    })
}

/// A CSV file's rows as records keyed by its header.
pub fn csv_value(text: &str) -> Result<Value, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| format!("its first line is not a CSV header ({error})"))?
        .clone();
    let mut rows = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|error| format!("line {}: {error}", i + 2))?;
        let record: Map<String, Value> = headers
            .iter()
            .zip(row.iter())
            .map(|(h, v)| (h.to_owned(), Value::String(v.to_owned())))
            .collect();
        rows.push(Value::Object(record));
    }
    Ok(Value::Array(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_meaning_and_nested_roles() {
        let value = serde_json::json!({
            "experience": [
                {"company": "Acme", "positions": [
                    {"title": "Engineer", "from": "2019-05", "to": "Present"},
                    {"title": "Intern", "date": "Jun 2018 – Aug 2018"}
                ]},
                {"role": "Developer", "employer": "Globex", "range": "2016 - 2018"}
            ],
            "education": [{"institution": "A University", "start": "2012"}]
        });
        let draft = draft(&value, "x.json", "JSON").unwrap_or_default();
        let found: Vec<(String, Option<String>, Option<String>)> = draft
            .experience
            .iter()
            .map(|r| (r.organisation.clone(), r.role.clone(), r.start.clone()))
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "Acme".into(),
                    Some("Engineer".into()),
                    Some("2019-05".into())
                ),
                ("Acme".into(), Some("Intern".into()), Some("2018-06".into())),
                (
                    "Globex".into(),
                    Some("Developer".into()),
                    Some("2016".into())
                ),
            ]
        );
    }
}
