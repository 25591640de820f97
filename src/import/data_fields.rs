//! The fields of a data file's records, found by meaning: a key as compared, its words, the
//! first field of a kind, a value as plain text or lines, and a record's period. Shared by the
//! readers of positions (`records.rs`) and of degrees (`data_education.rs`).

use serde_json::{Map, Value};

use super::{data_text, dates};

/// A key as compared: lowercase letters and digits only ("Started On" is "startedon"),
/// without the language a bilingual file tags it with ("affiliation_ja", "job-en").
pub fn norm(key: &str) -> String {
    let key = without_language(key);
    key.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Languages a bilingual data file tags its keys with, by ISO 639-1 code (and the country
/// codes people write for some): none that is an English word a key ends with ("to", "at",
/// "id", "it", "no").
const LANGUAGE_TAGS: &[&str] = &[
    "en", "ja", "jp", "zh", "cn", "ko", "kr", "de", "fr", "es", "pt", "br", "ru", "nl", "pl", "sv",
    "uk", "ua", "tr", "cs", "fi", "da", "nb", "el", "he", "ar", "hi", "vi", "th",
];

/// `key` without a language tag after an underscore or dash ("job_en" is "job").
fn without_language(key: &str) -> &str {
    key.rsplit_once(['_', '-'])
        .filter(|(stem, tag)| {
            stem.chars().filter(char::is_ascii_alphabetic).count() >= 3
                && LANGUAGE_TAGS.contains(&tag.to_ascii_lowercase().as_str())
        })
        .map_or(key, |(stem, _)| stem)
}

pub const ROLE: &[&str] = &[
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
pub const ORG: &[&str] = &[
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
    "institute",
    "workplace",
    // A researcher's appointments name their "affiliation".
    "affiliation",
    "employername",
    "companyorganization",
];
pub const START: &[&str] = &[
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
pub const END: &[&str] = &[
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
pub const TEXT: &[&str] = &[
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

/// A key's words: "start_date", "startDate" and "Start Date" are all `["start", "date"]`.
pub fn words(key: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous_lower = false;
    for c in key.chars() {
        if (!c.is_alphanumeric() || (c.is_uppercase() && previous_lower)) && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if c.is_alphanumeric() {
            current.extend(c.to_lowercase());
        }
        previous_lower = c.is_lowercase() || c.is_ascii_digit();
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Words that give a key its meaning when the whole key is not in a list ("start_data",
/// "company_display_name", "time_period").
pub const START_WORDS: &[&str] = &[
    "start", "started", "begin", "from", "since",
    // "Período:", "Fecha:", "Zeitraum:", "Okres:" in the other languages résumés are written in.
    "período", "periodo", "période", "fecha", "fechas", "zeitraum", "okres", "desde",
];
pub const END_WORDS: &[&str] = &["end", "ended", "until", "to", "finish", "finished", "hasta"];
pub const RANGE_WORDS: &[&str] = &["date", "dates", "period", "duration", "range", "years"];

/// The first non-empty field whose whole key is one of `keys`, in the order of `keys`: an
/// earlier key is a surer sign of its meaning.
pub fn field<'a>(record: &'a Map<String, Value>, keys: &[&str]) -> Option<(&'a str, &'a Value)> {
    let exact = keys.iter().find_map(|k| {
        record
            .iter()
            .find(|(key, v)| norm(key) == *k && !is_empty(v))
            .map(|(key, v)| (key.as_str(), v))
    });
    // A long key misspelt by a letter or two ("ocuppation"), when no key is spelt right.
    exact.or_else(|| {
        keys.iter().filter(|k| k.len() >= 8).find_map(|k| {
            record
                .iter()
                .find(|(key, v)| {
                    let key = norm(key);
                    key != *k && edits(&key, k) <= 2 && !is_empty(v)
                })
                .map(|(key, v)| (key.as_str(), v))
        })
    })
}

/// How many letters must be inserted, deleted or changed to make `a` into `b` (Levenshtein).
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row.first().copied().unwrap_or(0);
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = row.get(j).copied().unwrap_or(usize::MAX);
            let cost = diagonal + usize::from(ca != *cb);
            diagonal = above;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = cost
                    .min(above.saturating_add(1))
                    .min(left.saturating_add(1));
            }
        }
    }
    row.last().copied().unwrap_or(0)
}

/// The first non-empty field with a word of `having` and none of `without`.
pub fn field_by_words<'a>(
    record: &'a Map<String, Value>,
    having: &[&str],
    without: &[&str],
) -> Option<(&'a str, &'a Value)> {
    // "timestart", "enddate", "yearfrom": a date's word run into the end it names.
    let names = |w: &str, list: &[&str]| {
        list.contains(&w)
            || list.iter().any(|end| {
                ["time", "date", "year", "month"].iter().any(|date| {
                    w.strip_prefix(date) == Some(end) || w.strip_suffix(date) == Some(end)
                })
            })
    };
    record
        .iter()
        .find(|(key, v)| {
            let w = words(key);
            !is_empty(v)
                && w.iter().any(|w| names(w, having))
                && !w.iter().any(|w| names(w, without))
        })
        .map(|(key, v)| (key.as_str(), v))
}

pub fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    }
}

/// A value as one line of plain text.
pub fn text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(data_text::plain(s)).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        // A date in parts ({year: 2019, month: 5}).
        Value::Object(map) if field(map, &["year"]).is_some() => {
            let year = field(map, &["year"]).and_then(|(_, v)| text(v))?;
            match field(map, &["month"]).and_then(|(_, v)| text(v)) {
                Some(month) => Some(match month.parse::<u8>() {
                    Ok(number) => format!("{year}-{number:02}"),
                    Err(_) => format!("{month} {year}"),
                }),
                None => Some(year),
            }
        }
        // A name in an object, or the first language of a translated text ({en: …, fr: …}).
        Value::Object(map) => field(map, &["name", "title", "text", "value", "en"])
            .and_then(|(_, v)| text(v))
            .or_else(|| map.values().find_map(|v| v.as_str().map(data_text::plain))),
        Value::Bool(_) | Value::Null => None,
    }
}

/// Highlights: a list's items, or a text's lines.
pub fn lines(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(item_lines).collect(),
        Value::String(s) => s
            .lines()
            .map(|l| data_text::plain(l.trim().trim_start_matches(['-', '*', '•'])))
            .filter(|l| !l.is_empty())
            .collect(),
        Value::Object(_) => match text(value) {
            Some(t) => lines(&Value::String(t)),
            None => Vec::new(),
        },
        other => text(other).into_iter().collect(),
    }
}

/// One item of a list of highlights: its text, and where it is a record with a name
/// (`{title: Workflow Builder, tech: [Temporal, Go], points: [...]}`), the lists it holds
/// after it (its points, one line each; a list of a few words, as one line under its key),
/// so that nothing under the name is lost.
fn item_lines(item: &Value) -> Vec<String> {
    let mut out: Vec<String> = text(item).into_iter().collect();
    let Value::Object(map) = item else {
        return out;
    };
    for (key, value) in map {
        let Value::Array(list) = value else {
            continue;
        };
        let texts: Vec<String> = list.iter().filter_map(text).collect();
        if texts.iter().all(|t| t.split_whitespace().count() <= 3) {
            if !texts.is_empty() {
                out.push(format!("{key}: {}", texts.join(", ")));
            }
        } else {
            out.extend(texts);
        }
    }
    out
}

/// A start date's text by its key's words ("start_date", "startedOn", a misspelt
/// "start_data"), for readers whose `date` means something else.
pub fn start_by_words(record: &Map<String, Value>) -> Option<String> {
    field_by_words(record, START_WORDS, END_WORDS).and_then(|(_, v)| text(v))
}

/// An end date's text by its key's words.
pub fn end_by_words(record: &Map<String, Value>) -> Option<String> {
    field_by_words(record, END_WORDS, START_WORDS).and_then(|(_, v)| text(v))
}

pub fn start_field(record: &Map<String, Value>) -> Option<(&str, &Value)> {
    field(record, START).or_else(|| field_by_words(record, START_WORDS, END_WORDS))
}

pub fn end_field(record: &Map<String, Value>) -> Option<(&str, &Value)> {
    field(record, END).or_else(|| field_by_words(record, END_WORDS, START_WORDS))
}

/// A date in any common form as folio writes it (`YYYY`, `YYYY-MM`; an end may be
/// "present"), if the text is one.
pub fn date_of(text: &str, end: bool) -> Option<String> {
    if end {
        return end_date(text);
    }
    dates::find(text).map(|f| f.start)
}

/// An end as folio writes it: a date, or "present".
pub fn end_date(text: &str) -> Option<String> {
    let present = dates::find(&format!("2000 – {text}"))
        .and_then(|f| f.end)
        .is_some_and(|e| e == "present");
    if present {
        Some("present".to_owned())
    } else {
        dates::find(text).map(|f| f.start)
    }
}

/// Start and end from a record's date fields: a range in one field, or two fields; else a
/// range one level down, or in another short field of the record (a note, a caption).
pub fn period(record: &Map<String, Value>, used: &[&str]) -> (Option<String>, Option<String>) {
    // A period as a record of its own ("dates": {"start": "07/2016", "end": "today"}).
    if let Some(found) = start_field(record)
        .and_then(|(_, v)| v.as_object())
        .filter(|inner| start_field(inner).is_some() || end_field(inner).is_some())
        .map(|inner| period(inner, &[]))
        .filter(|found| found.0.is_some())
    {
        return found;
    }
    let start = start_field(record).and_then(|(_, v)| text(v));
    let end = end_field(record).and_then(|(_, v)| text(v));
    let range = field_by_words(record, RANGE_WORDS, &[]).and_then(|(_, v)| text(v));
    let start = start.or(range);
    if start.is_none() && end.is_none() {
        // Dates one level down ("tenure": {"start": …, "close": …}).
        for child in record.values().filter_map(Value::as_object) {
            let found = period(child, &[]);
            if found.0.is_some() {
                return found;
            }
        }
        // A range in a short text of its own ("caption": "March 2019 - May 2020").
        for (key, value) in record {
            if used.contains(&key.as_str()) || TEXT.contains(&norm(key).as_str()) {
                continue;
            }
            let Some(line) = text(value).filter(|t| t.chars().count() <= 80) else {
                continue;
            };
            if let Some(found) = dates::find(&line)
                && (found.end.is_some() || dates::only_date(&line))
            {
                return (Some(found.start), found.end);
            }
        }
    }
    let end = end.as_deref().and_then(end_date);
    match start.as_deref().and_then(dates::find) {
        Some(f) => (Some(f.start), end.or(f.end)),
        None => (
            start
                .as_deref()
                .and_then(|s| in_the_year_of(s, end.as_deref())),
            end,
        ),
    }
}

/// A start written without its year ("22 Janvier", "May") in the year of the end beside it
/// ("25 Janvier, 2018"), or the year before when its month comes later than the end's.
fn in_the_year_of(start: &str, end: Option<&str>) -> Option<String> {
    let end = end?;
    let year: i32 = end.get(..4)?.parse().ok()?;
    let found = dates::find(&format!("{start} {year}"))?;
    let month = |date: &str| date.get(5..7).and_then(|m| m.parse::<u8>().ok());
    match (month(&found.start), month(end)) {
        (Some(start_month), Some(end_month)) if start_month > end_month => {
            Some(format!("{}-{start_month:02}", year - 1))
        }
        (Some(_), _) => Some(found.start),
        // A bare number is no month: "22" alone would read as a day of nothing.
        (None, _) => None,
    }
}
