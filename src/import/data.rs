//! Data files read by the one reader of records ([`super::records`]): CSV and TOML, and YAML
//! as a value (its standard tags read as text); an error names the file, the line and what was
//! expected.

use crate::load::{Diagnostic, Position, Severity};

use super::draft::Draft;
use super::{
    ImportError, al_folio, data_person, invalid, json_resume, records, rendercv, theme_data,
    yaml_error,
};

/// Positions from a CSV file's rows (LinkedIn's Positions.csv, a spreadsheet of jobs).
pub fn csv(text: &str, name: &str) -> Result<Draft, ImportError> {
    let value = csv_value(text).map_err(|why| {
        invalid(
            Diagnostic::new(
                Severity::Error,
                name,
                format!("this CSV cannot be read: {why}"),
            )
            .at(text, Position { line: 1, column: 1 }, 1),
        )
    })?;
    records_or_error(&value, text, name, "CSV")
}

/// A CSV file's rows as records keyed by its header.
pub fn csv_value(text: &str) -> Result<serde_json::Value, String> {
    // The delimiter the header line uses most: a comma, a semicolon (spreadsheets in many
    // locales) or a tab.
    let header = text.lines().next().unwrap_or_default();
    let count = |d: u8| header.bytes().filter(|b| *b == d).count();
    let mut delimiter = b',';
    for other in [b';', b'\t'] {
        if count(other) > count(delimiter) {
            delimiter = other;
        }
    }
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| format!("its first line is not a CSV header ({error})"))?
        .clone();
    let mut rows = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|error| format!("line {}: {error}", i + 2))?;
        let record: serde_json::Map<String, serde_json::Value> = headers
            .iter()
            .zip(row.iter())
            .map(|(h, v)| (h.to_owned(), serde_json::Value::String(v.to_owned())))
            .collect();
        rows.push(serde_json::Value::Object(record));
    }
    Ok(serde_json::Value::Array(rows))
}

/// Positions from a TOML data file.
pub fn toml(text: &str, name: &str) -> Result<Draft, ImportError> {
    let value: serde_json::Value = toml::from_str(text).map_err(|error| {
        let position = error
            .span()
            .map(|span| crate::load::position_of_byte(text, span.start))
            .unwrap_or(Position { line: 1, column: 1 });
        invalid(
            Diagnostic::new(
                Severity::Error,
                name,
                format!("invalid TOML: {}", error.message()),
            )
            .at(text, position, 1),
        )
    })?;
    records_or_error(&value, text, name, "TOML")
}

/// YAML as a value. When the file does not parse as written, two things hand-written data
/// files hold are read as the author meant: standard tags (`!!timestamp`, `!!str`) that
/// folio's reader refuses, as their plain text; and an unquoted value holding ": "
/// ("description: In: Proceedings…", which YAML refuses as a second mapping), as the text it
/// is, with a warning at its line, since the file itself is wrong.
pub fn yaml_value(
    text: &str,
    name: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Result<serde_json::Value, ImportError> {
    let error = match serde_saphyr::from_str(text) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    let mut repaired_lines = Vec::new();
    let repaired: String = text
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let mut out = line.to_owned();
            for tag in ["!!timestamp ", "!!str ", "!!int ", "!!float ", "!!date "] {
                out = out.replace(tag, "");
            }
            if let Some(quoted) = colon_value_quoted(&out) {
                repaired_lines.push((i + 1, out.len() - out.trim_start().len()));
                out = quoted;
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n");
    match serde_saphyr::from_str(&repaired) {
        Ok(value) => {
            for (line, indent) in repaired_lines {
                warnings.push(
                    Diagnostic::new(
                        Severity::Warning,
                        name,
                        "a value with \": \" in it, read as text: YAML needs it in quotes",
                    )
                    .at(
                        text,
                        Position {
                            line,
                            column: indent + 1,
                        },
                        1,
                    ),
                );
            }
            Ok(value)
        }
        Err(_again) => Err(yaml_error(&error, text, name, "", 1)),
    }
}

/// `key: value` with the value in single quotes, when the value is plain text that holds
/// ": " (which YAML would read as a mapping inside it).
fn colon_value_quoted(line: &str) -> Option<String> {
    let indent = line.len() - line.trim_start().len();
    let body = line.trim_start();
    let (dash, body) = match body.strip_prefix("- ") {
        Some(rest) => ("- ", rest),
        None => ("", body),
    };
    let (key, value) = body.split_once(": ")?;
    let value = value.trim();
    let plain_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '));
    let plain_value = !value.is_empty()
        && !value.starts_with(['\'', '"', '[', '{', '|', '>', '&', '*', '!', '#'])
        && value.contains(": ");
    (plain_key && plain_value).then(|| {
        format!(
            "{}{dash}{key}: '{}'",
            " ".repeat(indent),
            value.replace('\'', "''")
        )
    })
}

/// A JSON or YAML document: read by the reader that knows its shape (RenderCV, al-folio, a
/// résumé theme's data, JSON Resume), with positions from records by meaning where that
/// reader found none (FRESH's `employment.history`, a schema of one's own); else records
/// alone.
pub fn structured(
    value: &serde_json::Value,
    text: &str,
    name: &str,
    kind: &'static str,
) -> Result<Draft, ImportError> {
    // A JSON file is read as a JSON Resume first: the themes' shapes are YAML's.
    let resume = (kind == "JSON")
        .then(|| json_resume::draft(value, name))
        .flatten();
    let shaped = if resume.is_some() {
        resume
    } else if rendercv::is_rendercv(value) {
        Some(rendercv::draft(value, name))
    } else if al_folio::is_al_folio(value) {
        Some(al_folio::draft(value, name))
    } else if theme_data::is_theme_data(value) {
        Some(theme_data::draft(value, name))
    } else {
        json_resume::draft(value, name)
    };
    let Some(mut draft) = shaped else {
        return records_or_error(value, text, name, kind);
    };
    if let Some(found) = records::found(value, name, kind) {
        if draft.experience.is_empty() && draft.research.is_empty() {
            draft.experience = found.experience;
            draft.unplaced.extend(found.unplaced);
        }
        if draft.education.is_empty() {
            draft.education = found.education;
        }
    }
    data_person::into(value, &mut draft);
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|r| r.role.clone());
    }
    Ok(draft)
}

/// A page's front matter read field by field: a field of a type folio does not expect
/// (`title: [a, b]`, `keywords: 3`) is listed and skipped, and the rest is read.
pub fn front_matter<T: serde::de::DeserializeOwned + Default>(
    value: &serde_json::Value,
    unplaced: &mut Vec<(String, String)>,
) -> T {
    if let Ok(all) = serde_json::from_value(value.clone()) {
        return all;
    }
    let Some(map) = value.as_object() else {
        unplaced.push((
            "front matter".to_owned(),
            format!("{value} (not a map of fields: not imported)"),
        ));
        return T::default();
    };
    let mut kept = serde_json::Map::new();
    for (key, field) in map {
        let alone = serde_json::json!({ key.as_str(): field });
        if serde_json::from_value::<T>(alone).is_ok() {
            kept.insert(key.clone(), field.clone());
        } else {
            unplaced.push((
                "front matter".to_owned(),
                format!("{key}: {field} (not the type folio expects: skipped)"),
            ));
        }
    }
    serde_json::from_value(serde_json::Value::Object(kept)).unwrap_or_default()
}

/// Positions from records in `value`, or an error that says what was looked for.
fn records_or_error(
    value: &serde_json::Value,
    text: &str,
    name: &str,
    kind: &'static str,
) -> Result<Draft, ImportError> {
    let mut draft = records::draft(value, name, kind).ok_or_else(|| {
        invalid(
            Diagnostic::new(
                Severity::Error,
                name,
                format!(
                    "this {kind} holds no positions: it is not a JSON Resume, a RenderCV input \
                     or a résumé theme's data, and no list in it has records with a role or \
                     an organisation and a date"
                ),
            )
            .at(text, Position { line: 1, column: 1 }, 1)
            .with_hint(
                "folio looks for lists of records with a role or title, a company or \
                 organisation, and a start date (keys or columns such as title, company, \
                 startDate, Started On), as JSON Resume, RenderCV and résumé themes' data hold",
            ),
        )
    })?;
    data_person::into(value, &mut draft);
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|r| r.role.clone());
    }
    Ok(draft)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_unquoted_value_with_a_colon_is_read_as_text_with_a_warning() {
        let text = "work:\n  - company: Northwind\n    title: Engineer\n    description: Built it. In: Proceedings of Nothing\n";
        let mut warnings = Vec::new();
        let value = super::yaml_value(text, "cv.yml", &mut warnings).ok();
        assert_eq!(
            value
                .as_ref()
                .and_then(|v| v.pointer("/work/0/description"))
                .and_then(|v| v.as_str()),
            Some("Built it. In: Proceedings of Nothing")
        );
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings
                .iter()
                .all(|w| w.to_string().contains("cv.yml:4:5"))
        );
        // A file broken some other way is still refused, at the first error.
        let broken = "work:\n  - company: [Northwind\n";
        assert!(super::yaml_value(broken, "cv.yml", &mut Vec::new()).is_err());
    }

    #[test]
    fn a_csv_with_semicolons() {
        let value = super::csv_value("Organization;Role;From;To\nAcme;Engineer;2019-05;\n")
            .unwrap_or_default();
        let draft = super::super::records::draft(&value, "x.csv", "CSV").unwrap_or_default();
        let found: Vec<_> = draft
            .experience
            .iter()
            .map(|r| {
                (
                    r.organisation.as_str(),
                    r.role.as_deref(),
                    r.start.as_deref(),
                )
            })
            .collect();
        assert_eq!(found, vec![("Acme", Some("Engineer"), Some("2019-05"))]);
    }

    #[test]
    fn one_bad_front_matter_field_is_listed_and_the_rest_read() {
        let value = serde_json::json!({
            "title": ["not", "one", "text"],
            "description": "A page about work",
            "keywords": "a, b"
        });
        let mut unplaced = Vec::new();
        let matter: super::super::FrontMatter = super::front_matter(&value, &mut unplaced);
        assert_eq!(matter.title, None);
        assert_eq!(matter.description.as_deref(), Some("A page about work"));
        assert!(matter.keywords.is_some());
        assert_eq!(unplaced.len(), 1, "{unplaced:?}");
        assert!(unplaced.iter().all(|(_, text)| text.starts_with("title:")));
    }
}
