//! Degrees in a data file's records, read by meaning as positions are: a list named for
//! education (education, schools, degrees, studies) or whose records name a school and a
//! degree or a field.

use serde_json::{Map, Value};

use super::data_fields::{field, lines, norm, period, text};
use super::draft::DraftEducation;

const SCHOOL: &[&str] = &[
    "institution",
    "school",
    "university",
    "college",
    "schoolname",
    "institute",
    "academy",
];
const DEGREE: &[&str] = &[
    "degree",
    "studytype",
    "qualification",
    "diploma",
    "degreename",
    "program",
    "programme",
];
const FIELD: &[&str] = &[
    "area",
    "major",
    "field",
    "fieldofstudy",
    "subject",
    "discipline",
    "specialization",
    "specialisation",
];
/// Where a list named for education may name its school and its degree instead.
const HEADINGS: &[&str] = &["title", "name", "place", "organisation", "organization"];
const SECOND: &[&str] = &["subtitle", "subheading", "course", "title"];
const TEXT: &[&str] = &[
    "details",
    "description",
    "summary",
    "highlights",
    "courses",
    "gpa",
    "score",
    "grade",
    "overallgpa",
];

/// Whether a list's name says it holds education.
pub fn named_for_education(name: &str) -> bool {
    let k = norm(name);
    [
        "education",
        "schools",
        "degrees",
        "studies",
        "schooling",
        "qualifications",
    ]
    .iter()
    .any(|n| k.contains(n))
}

/// Whether a record reads as a degree: a school, and a degree or a field.
pub fn looks_like_school(record: &Map<String, Value>) -> bool {
    field(record, SCHOOL).is_some()
        && (field(record, DEGREE).is_some() || field(record, FIELD).is_some())
}

/// A degree from a record (`named`: its list is named for education, so a title may name
/// the school).
pub fn school_from(record: &Map<String, Value>, named: bool) -> Option<DraftEducation> {
    let school = field(record, SCHOOL).or_else(|| named.then(|| field(record, HEADINGS)).flatten());
    let (school_key, institution) = school.and_then(|(k, v)| Some((k, text(v)?)))?;
    let degree = field(record, DEGREE)
        .or_else(|| {
            SECOND.iter().find_map(|k| {
                record
                    .iter()
                    .find(|(key, v)| {
                        norm(key) == *k && key.as_str() != school_key && text(v).is_some()
                    })
                    .map(|(key, v)| (key.as_str(), v))
            })
        })
        .and_then(|(_, v)| text(v));
    let (start, end) = period(record, &[school_key]);
    let notes: Vec<String> = TEXT
        .iter()
        .filter_map(|k| field(record, &[k]))
        .flat_map(|(_, v)| lines(v))
        .collect();
    Some(DraftEducation {
        institution,
        degree,
        field: field(record, FIELD).and_then(|(_, v)| text(v)),
        location: field(record, &["location", "city"]).and_then(|(_, v)| text(v)),
        start,
        end,
        text: (!notes.is_empty()).then(|| notes.join(" ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_by_its_keys_or_by_its_list() {
        let value = serde_json::json!({"school": "A University", "degree": "BSc",
            "dates": "09/2012 -- 06/2016", "details": ["Thesis on \\textbf{caches}"]});
        let record = value.as_object().cloned().unwrap_or_default();
        assert!(looks_like_school(&record));
        let school = school_from(&record, false).unwrap_or_default();
        assert_eq!(school.institution, "A University");
        assert_eq!(school.degree.as_deref(), Some("BSc"));
        assert_eq!(school.start.as_deref(), Some("2012-09"));
        assert_eq!(school.text.as_deref(), Some("Thesis on caches"));
        let titled =
            serde_json::json!({"title": "A College", "sub_title": "MSc", "caption": "2016 - 2018"});
        let titled = titled.as_object().cloned().unwrap_or_default();
        assert!(!looks_like_school(&titled));
        let school = school_from(&titled, true).unwrap_or_default();
        assert_eq!(
            (school.institution.as_str(), school.degree.as_deref()),
            ("A College", Some("MSc"))
        );
        assert!(named_for_education("Education & Training"));
    }
}
