//! A job history whose records name only the organisation (`experience: {wideco: {name:
//! Wideco AB, start: 2020-10, tech: [...]}}`), the roles kept elsewhere, as a site generator's
//! data file does with its translations: under a job history's key, a dated record's bare
//! `name` is its organisation.

use serde_json::{Map, Value};

use super::data_fields::{ORG, ROLE, end_field, field, norm, start_field, text};

/// `value` (a job history's list or map of records) with each record's bare `name` moved to
/// its organisation where the record names no role and no organisation but gives a start;
/// `None` when no record changes.
pub(super) fn names_as_employers(value: &Value) -> Option<Value> {
    match value {
        Value::Array(items) => {
            let renamed: Vec<Option<Value>> = items.iter().map(renamed).collect();
            renamed.iter().any(Option::is_some).then(|| {
                Value::Array(
                    items
                        .iter()
                        .zip(renamed)
                        .map(|(item, new)| new.unwrap_or_else(|| item.clone()))
                        .collect(),
                )
            })
        }
        Value::Object(map) => {
            let renamed: Vec<Option<Value>> = map.values().map(renamed).collect();
            renamed.iter().any(Option::is_some).then(|| {
                Value::Object(
                    map.iter()
                        .zip(renamed)
                        .map(|((key, item), new)| {
                            (key.clone(), new.unwrap_or_else(|| item.clone()))
                        })
                        .collect(),
                )
            })
        }
        _ => None,
    }
}

/// One record with its bare `name` as the organisation, if it is such a record.
fn renamed(value: &Value) -> Option<Value> {
    let record = value.as_object()?;
    if field(record, ROLE).is_some() || field(record, ORG).is_some() {
        return None;
    }
    let (start, _) = start_field(record)?;
    let (key, name) = record.iter().find(|(key, _)| norm(key) == "name")?;
    // Beside another short text ("place: 南京大学iSE实验室", "type: internship") the name may
    // be the job: only a name alone among dates, lists and long texts is surely the employer.
    let short_text = |v: &Value| {
        v.as_str()
            .is_some_and(|t| !t.contains('\n') && t.split_whitespace().count() <= 8)
    };
    let end = end_field(record).map(|(k, _)| k);
    if record
        .iter()
        .any(|(k, v)| k != key && k != start && Some(k.as_str()) != end && short_text(v))
    {
        return None;
    }
    // "name: Backend Engineer" names the job, not for whom.
    if text(name).is_none_or(|t| super::cues::role_like(&t) || t.split_whitespace().count() > 8) {
        return None;
    }
    let mut out: Map<String, Value> = record.clone();
    out.remove(key);
    out.insert("organisation".to_owned(), name.clone());
    Some(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::names_as_employers;

    /// Development round 20: a Middleman site's `data/cv.yml`, its roles in the locale files.
    #[test]
    fn a_dated_records_bare_name_is_its_organisation() {
        let history = serde_json::json!({
            "wideco": {"name": "Wideco AB", "start": "2020-10", "tech": ["Vue.js"]},
            "opatus": {"name": "Opatus AB", "start": "2020-07", "end": "2020-10"},
        });
        let renamed = names_as_employers(&history).unwrap_or_default();
        assert_eq!(renamed["wideco"]["organisation"], "Wideco AB");
        assert_eq!(renamed["opatus"]["organisation"], "Opatus AB");
        assert!(renamed["opatus"].get("name").is_none());
        // A record that names its role, or a name that is a role, stays as it is.
        // Nor does one whose name stands beside another short text, which may be the
        // employer ("place": "南京大学iSE实验室" beside "name": "全栈开发", the job).
        let roles = serde_json::json!([
            {"name": "Backend Engineer", "start": "2020-10"},
            {"name": "Acme", "role": "Engineer", "start": "2019-01"},
            {"type": "internship", "place": "南京大学iSE实验室", "name": "全栈开发", "start": "2017-7"},
        ]);
        assert_eq!(names_as_employers(&roles), None);
    }
}
