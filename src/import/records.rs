//! One reader for structured data: any JSON, YAML, TOML or CSV whose lists of records look like
//! positions. Keys are matched by meaning, not by one schema's spelling (role, title, position,
//! jobtitle; company, organisation, employer; start, from, startDate, date, range, duration;
//! summary, description, highlights), and a record that holds a list of roles under one
//! organisation gives each its organisation.

use serde_json::{Map, Value};

use super::data_fields::{
    ORG, RANGE_WORDS, ROLE, TEXT, end_field, field, field_by_words, is_empty, lines, norm, period,
    start_field, text,
};
use super::draft::{Draft, DraftRole};
use super::{data_education, data_text, page_text};

const PLACE: &[&str] = &["location", "place", "city", "address"];
/// The keys of [`PLACE`] that may name an organisation rather than a place.
const WHERE: &[&str] = &["location", "place"];

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
    "course",
    "references",
    "hobbies",
    "social",
    "links",
    "contact",
    "profiles",
    "menu",
    "navigation",
    "studies",
    "service",
    "activities",
    "memberships",
    "presentations",
    "conferences",
    "grants",
    "patents",
    "repos",
];

/// Words of a list's name that hold positions in spite of another word ("Academic
/// Appointments", "Research Positions").
const POSITIONS: &[&str] = &["positions", "appointments", "employment", "jobs", "career"];

/// Whether a list's name marks it as something other than positions.
fn not_positions(name: &str) -> bool {
    let k = norm(name);
    NOT_POSITIONS.iter().any(|n| k.contains(n))
        || (k.contains("academic") && !POSITIONS.iter().any(|p| k.contains(p)))
}

const ORG_WORDS: &[&str] = &["company", "employer", "organisation", "organization", "org"];

/// Words that give a key the role's meaning when the whole key is not in a list
/// ("job_position", "current_role"), and words that keep it from having it ("project_title",
/// "job_description", "company_position_url").
const ROLE_WORDS: &[&str] = &["role", "position", "designation", "occupation"];
const NOT_ROLE_WORDS: &[&str] = &[
    "url",
    "link",
    "project",
    "description",
    "summary",
    "type",
    "company",
    "employer",
    "organisation",
    "organization",
    "id",
];

/// A second heading of a record with no organisation key: in a record that has a role, it
/// names the organisation ("title" beside "sub_title", "place" beside "title").
const SECOND: &[&str] = &[
    "subtitle",
    "subheading",
    "name",
    "place",
    "heading",
    "header",
    "label",
    "where",
];

/// A record's field: its key and its value.
type Field<'a> = (&'a str, &'a Value);

/// The role and the organisation of a record: by their keys, else a second heading names the
/// one the first does not (the one that reads as a job is the role).
fn role_and_org(record: &Map<String, Value>) -> (Option<Field<'_>>, Option<Field<'_>>) {
    // "type" names the job where no key says role ("type": "Stage 2ème année BTS SIO"), but
    // only when it reads as one: elsewhere it is "Full-time" or "Remote".
    // Nor is it a job when it gives only the terms one was held on ("internship").
    let reads_as_a_job = |v: &Value| {
        text(v)
            .is_some_and(|t| super::cues::role_like(&t) && !super::cue_words::employment_terms(&t))
    };
    let role = field(record, ROLE)
        .or_else(|| field_by_words(record, ROLE_WORDS, NOT_ROLE_WORDS))
        .or_else(|| field(record, &["type", "kind"]).filter(|(_, v)| reads_as_a_job(v)));
    let org = field(record, ORG)
        .or_else(|| field_by_words(record, ORG_WORDS, &["url", "link"]))
        .or_else(|| within_a_map(record))
        .map(by_its_name);
    if org.is_some() {
        // A description of a word or two that names a job is the role ("company": "Acme",
        // "description": "Werkstudent").
        let described = || {
            field(record, TEXT).filter(|(_, v)| {
                text(v).is_some_and(|t| {
                    !t.contains('\n')
                        && t.split_whitespace().count() <= 4
                        && !t.trim_end().ends_with('.')
                        && super::cues::role_like(&t)
                })
            })
        };
        // Beside a key that names the organisation, the record's own name is the job
        // ("name": "Fleuriste", "company": "Le 107").
        let named = || {
            field(record, &["name", "heading", "label"]).filter(|(_, v)| {
                text(v).is_some_and(|t| !t.contains('\n') && t.split_whitespace().count() <= 8)
            })
        };
        return (role.or_else(described).or_else(named), org);
    }
    let reads_as_role = |v: &Value| text(v).is_some_and(|t| page_text::looks_like_role(&t));
    let Some(role) = role else {
        // Two headings and no key that names either ("heading" over "subheading"): the one
        // that reads as a job is the role, if only one does.
        let mut headings = SECOND
            .iter()
            .chain(&["header", "subheader"])
            .filter_map(|k| {
                record
                    .iter()
                    .find(|(key, v)| norm(key) == *k && !is_empty(v))
            })
            .map(|(key, v)| (key.as_str(), v));
        // Else, in a record whose type says it is a job ("internship"), the one that reads
        // as an organisation ("南京大学iSE实验室" beside "全栈开发") is the organisation, if
        // only one does.
        let a_job = field(record, &["type", "kind"])
            .is_some_and(|(_, v)| text(v).is_some_and(|t| super::cue_words::employment_terms(&t)));
        let reads_as_org = |v: &Value| a_job && text(v).is_some_and(|t| super::cues::org_like(&t));
        return match (headings.next(), headings.next()) {
            (Some(a), Some(b)) if reads_as_role(a.1) != reads_as_role(b.1) => {
                if reads_as_role(a.1) {
                    (Some(a), Some(b))
                } else {
                    (Some(b), Some(a))
                }
            }
            (Some(a), Some(b)) if reads_as_org(a.1) != reads_as_org(b.1) => {
                if reads_as_org(b.1) {
                    (Some(a), Some(b))
                } else {
                    (Some(b), Some(a))
                }
            }
            _ => (None, None),
        };
    };
    let second = SECOND.iter().find_map(|k| {
        record
            .iter()
            .find(|(key, v)| norm(key) == *k && key.as_str() != role.0 && !is_empty(v))
            .map(|(key, v)| (key.as_str(), v))
    });
    match second {
        Some(second) => {
            if reads_as_role(second.1) && !reads_as_role(role.1) {
                (Some(second), Some(role))
            } else {
                (Some(role), Some(second))
            }
        }
        None => (Some(role), None),
    }
}

/// An organisation named as a record of its own (`institute: {name: CEA, url: …}`): its
/// name; anything else as it is.
fn by_its_name<'a>(found: Field<'a>) -> Field<'a> {
    match found.1 {
        Value::Object(inner) => field(inner, &["name", "title", "label"])
            .filter(|(_, v)| text(v).is_some())
            .unwrap_or(found),
        _ => found,
    }
}

/// An organisation one map down, where no key of the record names one: `location:
/// {institute: {name: CEA}, city: Saclay}` places the job at CEA.
fn within_a_map(record: &Map<String, Value>) -> Option<Field<'_>> {
    record
        .values()
        .filter_map(Value::as_object)
        .find_map(|inner| field(inner, ORG))
}

/// Whether a record reads as a position: a role and an organisation, or one of them and a
/// date.
fn looks_like_position(record: &Map<String, Value>) -> bool {
    let (role, org) = role_and_org(record);
    ((role.is_some() && org.is_some()) || ((role.is_some() || org.is_some()) && dated(record)))
        && filed_under(record).is_none()
}

/// The section a record files itself under when it is not the job history (`category =
/// "education"`, `type: project` in a timeline that mixes them), and whether it names
/// education.
fn filed_under(record: &Map<String, Value>) -> Option<bool> {
    let (_, value) = field(record, &["category", "section", "kind", "type"])?;
    let named = text(value)?;
    (super::section_heads::section_of(&named) == Some(super::section_heads::Section::Other))
        .then(|| data_education::named_for_education(&named))
}

/// A record filed under another section than the job history: a school where it says
/// education and reads as one, else left unread. Whether it was.
fn filed_elsewhere(
    record: &Map<String, Value>,
    place: &str,
    draft: &mut Draft,
    unread: &mut Vec<(String, String)>,
) -> bool {
    let Some(education) = filed_under(record) else {
        return false;
    };
    match data_education::school_from(record, true).filter(|_| education) {
        Some(school) => draft.education.push(school),
        None => unread.push((place.to_owned(), compact(&Value::Object(record.clone())))),
    }
    true
}

/// Whether a record gives a start, an end or a period.
fn dated(record: &Map<String, Value>) -> bool {
    start_field(record).is_some()
        || end_field(record).is_some()
        || field_by_words(record, RANGE_WORDS, &[]).is_some()
}

/// The roles a record holds under its own organisation, if any: a list of records that name
/// a role but no organisation.
fn nested_roles(record: &Map<String, Value>) -> Option<(&str, &Vec<Value>)> {
    // `{title: Experience, entries: [...]}` is a section of a résumé, not an organisation:
    // its title names a section, or it holds its list under a container's word with no
    // key that names an organisation and no date of its own (`{title: Students, entries}`).
    let (own_role, own_org) = role_and_org(record);
    if own_org.is_none()
        && field(record, &["name", "title"])
            .and_then(|(_, v)| text(v))
            .is_some_and(|t| super::section_heads::section_of(&t).is_some())
    {
        return None;
    }
    let holds_no_roles = |key: &str| {
        let key = norm(key);
        match own_org {
            // A job's own record (`company`, `role`, `period`) with `highlights: [{title,
            // points}]`: the list details the job.
            Some(_) => own_role.is_some() && TEXT.contains(&key.as_str()),
            None => !dated(record) && GENERIC.contains(&key.as_str()),
        }
    };
    record.iter().find_map(|(key, v)| match v {
        Value::Array(items)
            if !items.is_empty()
                && !holds_no_roles(key)
                && items.iter().all(|i| {
                    i.as_object().is_some_and(|r| {
                        let (role, org) = role_and_org(r);
                        role.is_some() && org.is_none()
                    })
                }) =>
        {
            Some((key.as_str(), items))
        }
        _ => None,
    })
}

/// A position from a record (`org`: its organisation's, for a role nested under one);
/// `at` names the record in what is listed as not imported.
fn role_from(
    record: &Map<String, Value>,
    org: Option<&str>,
    at: &str,
    unplaced: &mut Vec<(String, String)>,
) -> Option<DraftRole> {
    let (role_field, org_field) = role_and_org(record);
    // A field of a type that holds no text (true, a number's map) is listed and skipped.
    for (key, value) in role_field.iter().chain(org_field.iter()) {
        if text(value).is_none() {
            unplaced.push((
                format!("{at}.{key}"),
                format!("{value} (not text: skipped)"),
            ));
        }
    }
    let mut role = role_field.and_then(|(_, v)| text(v));
    let mut organisation = org
        .map(str::to_owned)
        .or_else(|| org_field.and_then(|(_, v)| text(v)));
    // "Engineer at Acme" in the role's own field.
    if organisation.is_none()
        && let Some(whole) = role.clone()
        && let Some((left, right)) = whole.split_once(" at ").or_else(|| whole.split_once(" @ "))
        && !left.trim().is_empty()
        && !right.trim().is_empty()
        // "Advanced fuzzing techniques … at scale" is a thesis's title, not a job's.
        && super::cues::role_like(left)
    {
        role = Some(left.trim().to_owned());
        organisation = Some(right.trim().to_owned());
    }
    // With no key that names the organisation, a "location" that names no place says where
    // the person worked ("location": "mlpack" beside "designation" and "duration"); a "city"
    // or an "address" is a place whatever it names.
    let org_at_location = field(record, WHERE)
        .and_then(|(k, v)| text(v).map(|t| (k, t)))
        .filter(|(_, t)| !t.contains('\n') && !super::places::is_place(t))
        .filter(|_| organisation.is_none());
    // Else "Research Fellow, Artificial Intelligence Research Institute": a role and the
    // organisation it names.
    if organisation.is_none()
        && org_at_location.is_none()
        && let Some(whole) = role.clone()
        && let Some((left, right)) = whole.split_once(", ")
        && super::cues::role_like(left)
        && super::cues::org_like(right)
    {
        role = Some(left.trim().to_owned());
        organisation = Some(right.trim().to_owned());
    }
    if let Some((_, place_as_org)) = &org_at_location {
        organisation = Some(place_as_org.clone());
    }
    let organisation = organisation?;
    // A school's record among the jobs ("company": "TH Deggendorf", "description":
    // "Bachelor of Engineering"): a degree, not a position.
    if role.is_none()
        && let Some(degree) = field(record, TEXT)
            .and_then(|(_, v)| text(v))
            .filter(|t| t.split_whitespace().count() <= 6)
            .filter(|t| super::degrees::names_degree(&t.to_lowercase()))
    {
        unplaced.push((
            at.to_owned(),
            format!("{degree}, {organisation}: not imported as a position, it names a degree"),
        ));
        return None;
    }
    let used: Vec<&str> = role_field
        .iter()
        .chain(org_field.iter())
        .map(|(k, _)| *k)
        .collect();
    let (start, end) = period(record, &used);
    let mut highlights = Vec::new();
    let mut summary = None;
    for key in TEXT {
        if let Some((found, value)) = field(record, &[key])
            && Some(found) != role_field.map(|r| r.0)
        {
            match value {
                Value::String(s) if summary.is_none() && !s.contains('\n') => {
                    summary = Some(data_text::plain(s))
                }
                other => highlights.extend(lines(other)),
            }
        }
    }
    let location = field(record, PLACE)
        .filter(|(k, _)| Some(*k) != org_field.map(|o| o.0))
        .filter(|(k, _)| Some(*k) != org_at_location.as_ref().map(|o| o.0))
        .and_then(|(_, v)| text(v));
    Some(DraftRole {
        role,
        organisation,
        location,
        url: field(record, &["url", "website", "link", "companyurl"]).and_then(|(_, v)| text(v)),
        start,
        end,
        summary,
        highlights,
        tags: Vec::new(),
    })
}

/// The positions a record holds: the roles nested under its organisation, or itself.
pub fn positions_of(
    record: &Map<String, Value>,
    at: &str,
    unplaced: &mut Vec<(String, String)>,
) -> Vec<DraftRole> {
    if let Some(flag) = hidden(record) {
        // Kept as a comment, not dropped in silence: the person may want it back.
        let (role, org) = role_and_org(record);
        let name = [role, org]
            .into_iter()
            .flatten()
            .filter_map(|(_, v)| text(v))
            .collect::<Vec<_>>()
            .join(" — ");
        unplaced.push((
            at.to_owned(),
            format!("{name} (marked `{flag}`: not shown, so not imported as a position)"),
        ));
        return Vec::new();
    }
    let nested = nested_roles(record);
    // The organisation's own field, or the key of the roles when it is the record's only one
    // (`- Acme: [roles]`).
    let own_org = role_and_org(record)
        .1
        .or_else(|| field(record, &["name", "title"]))
        .and_then(|(_, v)| text(v))
        .or_else(|| {
            // Not a container's own word (`items: [...]`): that names nothing.
            nested
                .filter(|(key, _)| record.len() == 1 && !GENERIC.contains(&norm(key).as_str()))
                .map(|(key, _)| data_text::plain(key))
        });
    if let Some((_, roles)) = nested
        && let Some(org) = own_org
    {
        let mut out = Vec::new();
        for (j, role) in roles.iter().enumerate() {
            if let Some(role) = role.as_object() {
                let at = format!("{at}[{j}]");
                out.extend(role_from(role, Some(&org), &at, unplaced));
            }
        }
        out
    } else if looks_like_position(record) {
        role_from(record, None, at, unplaced).into_iter().collect()
    } else {
        Vec::new()
    }
}

/// The flag by which a record says it is not shown (`archived: true`, `hidden: true`, `draft: true`,
/// `visible: false`, `show: false`): a site or template leaves it off the page, and so does
/// the import.
fn hidden(record: &Map<String, Value>) -> Option<String> {
    record.iter().find_map(|(key, value)| {
        let flag = match value {
            Value::Bool(flag) => *flag,
            Value::String(text) => match text.trim().to_lowercase().as_str() {
                "true" | "yes" => true,
                "false" | "no" => false,
                _ => return None,
            },
            _ => return None,
        };
        let hides = match key.to_lowercase().as_str() {
            "archived" | "hidden" | "hide" | "draft" | "disabled" => flag,
            "visible" | "show" | "enabled" | "display" | "published" => !flag,
            _ => false,
        };
        hides.then(|| format!("{key}: {flag}"))
    })
}

/// Keys of a list or map that holds a section under a title of its own (`content: [...]`
/// beside `title: Experience`).
const GENERIC: &[&str] = &[
    "content", "contents", "items", "entries", "list", "data", "children", "value", "values",
    "body", "records", "rows",
];

/// The title a map gives its section, if it has one.
fn section_title(map: &Map<String, Value>) -> Option<String> {
    field(
        map,
        &[
            "title", "name", "heading", "section", "label", "header", "type", "kind",
        ],
    )
    .and_then(|(_, v)| text(v))
}

/// Positions found under `value` (named `name`: its key, or its section's title), walking
/// every list of records except those its name marks as something else (education,
/// projects…).
/// What was not read is added to `unread`, with its place.
fn walk(
    value: &Value,
    name: &str,
    at: &str,
    depth: usize,
    draft: &mut Draft,
    unread: &mut Vec<(String, String)>,
    undated: &mut Vec<(String, DraftRole)>,
) {
    let education = data_education::named_for_education(name);
    if depth > 12 || (not_positions(name) && !education) {
        unread.push((at.to_owned(), compact(value)));
        return;
    }
    if super::section_heads::section_of(name) == Some(super::section_heads::Section::Positions)
        && let Some(renamed) = super::data_employers::names_as_employers(value)
    {
        return walk(&renamed, name, at, depth + 1, draft, unread, undated);
    }
    match value {
        Value::Array(items) => {
            let records: Vec<(usize, &Map<String, Value>)> = items
                .iter()
                .enumerate()
                .filter_map(|(i, v)| v.as_object().map(|r| (i, r)))
                .collect();
            let positions = records
                .iter()
                .filter(|(_, r)| looks_like_position(r) || nested_roles(r).is_some())
                .count();
            let schools = records
                .iter()
                .filter(|(_, r)| data_education::looks_like_school(r))
                .count();
            if !records.is_empty() && (education || schools * 2 > records.len()) {
                for (i, record) in records {
                    match data_education::school_from(record, education) {
                        Some(school) => draft.education.push(school),
                        None => unread.push((
                            format!("{at}[{i}]"),
                            compact(&Value::Object(record.clone())),
                        )),
                    }
                }
                return;
            }
            if !records.is_empty() && positions * 2 >= records.len() {
                // A list with no date in it, under a name that is no job history's
                // ("Programming Languages": `title: Go` beside `company: …`), holds
                // positions only if the file dates none elsewhere (see `read`).
                let tentative = !records.iter().any(|(_, r)| {
                    dated(r)
                        || nested_roles(r).is_some_and(|(_, roles)| {
                            roles.iter().any(|v| v.as_object().is_some_and(dated))
                        })
                }) && super::section_heads::section_of(name)
                    != Some(super::section_heads::Section::Positions);
                for (i, record) in records {
                    let place = format!("{at}[{i}]");
                    if filed_elsewhere(record, &place, draft, unread) {
                        continue;
                    }
                    let found = positions_of(record, &place, &mut draft.unplaced);
                    if found.is_empty() {
                        unread.push((place.clone(), compact(&Value::Object(record.clone()))));
                    }
                    if tentative {
                        undated.extend(found.into_iter().map(|role| (place.clone(), role)));
                    } else {
                        draft.experience.extend(found);
                    }
                }
                return;
            }
            for (i, item) in items.iter().enumerate() {
                let title = item.as_object().and_then(section_title);
                let name = title.as_deref().unwrap_or(name);
                walk(
                    item,
                    name,
                    &format!("{at}[{i}]"),
                    depth + 1,
                    draft,
                    unread,
                    undated,
                );
            }
        }
        Value::Object(map) => {
            if !education && keyed_positions(map, at, draft) {
                return;
            }
            // Records keyed by an id of their own (TOML's `[experience.acme]` tables).
            let records = map
                .values()
                .filter(|v| v.as_object().is_some_and(looks_like_position))
                .count();
            // … beside records filed under another section (`category = "project"`).
            let filed = map
                .values()
                .filter(|v| v.as_object().and_then(filed_under).is_some())
                .count();
            if !education && records > 0 && records * 2 + filed >= map.len() {
                for (key, record) in map {
                    let place = format!("{at}.{key}");
                    match record.as_object() {
                        Some(record) if filed_elsewhere(record, &place, draft, unread) => {}
                        Some(record) if looks_like_position(record) => {
                            let found = positions_of(record, &place, &mut draft.unplaced);
                            draft.experience.extend(found);
                        }
                        _ => unread.push((place, compact(record))),
                    }
                }
                return;
            }
            let title = section_title(map);
            for (child, value) in map {
                let generic = GENERIC.contains(&norm(child).as_str());
                // Everything under a list named for education is education.
                let name = match &title {
                    _ if education => name,
                    Some(title) if generic => title.as_str(),
                    _ => child.as_str(),
                };
                let at = if at.is_empty() {
                    child.clone()
                } else {
                    format!("{at}.{child}")
                };
                walk(value, name, &at, depth + 1, draft, unread, undated);
            }
        }
        Value::Null => {}
        scalar => unread.push((at.to_owned(), compact(scalar))),
    }
}

/// A value as one line: a text as it is, anything else as compact JSON.
fn compact(value: &Value) -> String {
    match value {
        Value::String(s) => s.trim().to_owned(),
        other => other.to_string(),
    }
}

/// A role under its organisation's key (`Acme: {role: …, dates: …}`, or `Acme: [roles]`).
fn keyed_role(value: &Value) -> bool {
    let alone = |v: &Value| {
        v.as_object().is_some_and(|r| {
            let (role, org) = role_and_org(r);
            (role.is_some() && org.is_none() && period(r, &[]).0.is_some())
                || named_by_key(r).is_some()
        })
    };
    match value {
        Value::Array(items) => !items.is_empty() && items.iter().all(alone),
        other => alone(other),
    }
}

/// A role keyed by its own name (`Engineer: {timestart: …, bullets: […]}`): the record, with
/// the key as its role, when it has a period and names neither role nor organisation.
fn named_by_key(map: &Map<String, Value>) -> Option<Map<String, Value>> {
    let (name, inner) = map.iter().next().filter(|_| map.len() == 1)?;
    let record = inner.as_object()?;
    let (role, org) = role_and_org(record);
    if role.is_some() || org.is_some() || period(record, &[]).0.is_none() {
        return None;
    }
    let mut named = record.clone();
    named.insert("position".to_owned(), Value::String(name.clone()));
    Some(named)
}

/// Positions in a map keyed by their organisations, read into `draft`; whether it is one
/// (at least half of its entries are roles with dates and no organisation of their own).
fn keyed_positions(map: &Map<String, Value>, at: &str, draft: &mut Draft) -> bool {
    // A key that names a section ("experience", "work history") is no organisation.
    const SECTIONS: &[&str] = &[
        "experience",
        "work",
        "jobs",
        "positions",
        "employment",
        "history",
        "career",
        "roles",
        "internships",
        "appointments",
        "professional",
    ];
    // Nor does a kind of work heading a list of its own (`industry: [...]`, `research: [...]`).
    const KINDS: &[&str] = &[
        "industry",
        "research",
        "academia",
        "academic",
        "volunteering",
    ];
    if map.keys().any(|k| {
        let key = norm(k);
        SECTIONS.iter().any(|s| key.contains(s)) || KINDS.contains(&key.as_str())
    }) {
        return false;
    }
    // A container's word (`entries: [...]`) names no organisation either.
    let by_org = |(key, value): &(&String, &Value)| {
        !GENERIC.contains(&norm(key).as_str()) && keyed_role(value)
    };
    let keyed = map.iter().filter(by_org).count();
    if keyed == 0 || keyed * 2 < map.len() {
        return false;
    }
    for (org, value) in map.iter().filter(by_org) {
        let at = format!("{at}.{org}");
        let org = data_text::plain(org);
        let roles: Vec<&Value> = match value {
            Value::Array(items) => items.iter().collect(),
            other => vec![other],
        };
        for role in roles.into_iter().filter_map(Value::as_object) {
            let named = named_by_key(role);
            let role = named.as_ref().unwrap_or(role);
            let found = role_from(role, Some(&org), &at, &mut draft.unplaced);
            draft.experience.extend(found);
        }
    }
    true
}

/// A draft of the positions and degrees in `value`, with what it did not read listed; none
/// when it holds neither.
pub fn draft(value: &Value, name: &str, kind: &'static str) -> Option<Draft> {
    let (mut draft, unread) = read(value, name, kind)?;
    draft.unplaced.extend(unread);
    Some(draft)
}

/// The positions and degrees in `value` for a reader that lists what it does not read
/// itself (its fields of another type are still listed).
pub fn found(value: &Value, name: &str, kind: &'static str) -> Option<Draft> {
    read(value, name, kind).map(|(draft, _)| draft)
}

fn read(value: &Value, name: &str, kind: &'static str) -> Option<(Draft, Vec<(String, String)>)> {
    let mut draft = Draft {
        source_kind: kind,
        source_name: name.to_owned(),
        ..Draft::default()
    };
    let mut unread = Vec::new();
    let mut undated = Vec::new();
    walk(value, "", "", 0, &mut draft, &mut unread, &mut undated);
    // Undated lists of names beside a dated job history are something else (skills grouped
    // by kind, a page's header): kept as comments. In a file that dates nothing, they are
    // its positions.
    if draft.experience.iter().any(|role| role.start.is_some()) {
        unread.extend(undated.into_iter().map(|(at, role)| {
            let name = [role.role.as_deref(), Some(role.organisation.as_str())]
                .into_iter()
                .flatten()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join(" — ");
            (
                at,
                format!("{name} (undated, beside a dated job history: not a position)"),
            )
        }));
    } else {
        draft
            .experience
            .extend(undated.into_iter().map(|(_, role)| role));
    }
    (!draft.experience.is_empty() || !draft.education.is_empty()).then_some((draft, unread))
}

#[cfg(test)]
#[path = "records_tests.rs"]
mod tests;
