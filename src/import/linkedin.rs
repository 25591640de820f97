//! LinkedIn's data export, the archive or its unzipped folder: CSV files (`Profile.csv`, `Positions.csv`,
//! `Education.csv`, `Skills.csv`, `Email Addresses.csv`, …) → [`Draft`]. Columns are found by
//! their names in the header, as LinkedIn documents them; a column or a file folio does not
//! read is listed, not dropped.

use std::path::Path;

use super::ImportError;
use super::draft::{Draft, DraftEducation};

/// The files read and their columns; any other column is listed.
const READ: &[(&str, &[&str])] = &[
    (
        "Profile.csv",
        &[
            "First Name",
            "Last Name",
            "Headline",
            "Summary",
            "Geo Location",
            "Websites",
        ],
    ),
    (
        "Positions.csv",
        &[
            "Company Name",
            "Title",
            "Description",
            "Location",
            "Started On",
            "Finished On",
        ],
    ),
    (
        "Education.csv",
        &[
            "School Name",
            "Start Date",
            "End Date",
            "Notes",
            "Degree Name",
            "Activities",
        ],
    ),
    ("Skills.csv", &["Name"]),
    (
        "Email Addresses.csv",
        &["Email Address", "Primary", "Confirmed", "Updated On"],
    ),
];

/// A CSV file's rows as (column, value) pairs, by header name.
type Rows = Vec<Vec<(String, String)>>;

/// The export's CSV files by name ("Positions.csv"), read from its folder or its archive.
pub struct Export {
    /// The folder or archive, for messages.
    pub name: String,
    files: std::collections::BTreeMap<String, String>,
}

impl Export {
    /// The CSV files of an unzipped export.
    pub fn folder(folder: &Path) -> Result<Self, ImportError> {
        let name = folder.display().to_string();
        let mut files = std::collections::BTreeMap::new();
        let entries = std::fs::read_dir(folder).map_err(|source| ImportError::Read {
            path: name.clone(),
            source,
        })?;
        let mut total = 0;
        for entry in entries.filter_map(Result::ok) {
            let file = entry.file_name().to_string_lossy().into_owned();
            if !file.ends_with(".csv") {
                continue;
            }
            let text =
                std::fs::read_to_string(entry.path()).map_err(|source| ImportError::Read {
                    path: entry.path().display().to_string(),
                    source,
                })?;
            total += text.len();
            bounded(&name, total)?;
            files.insert(file, text);
        }
        Ok(Self { name, files })
    }

    /// The CSV files of the archive LinkedIn sends (`Basic_LinkedInDataExport_….zip`), read
    /// without unpacking it; a file inside a folder counts by its own name.
    pub fn archive(path: &Path) -> Result<Self, ImportError> {
        use std::io::Read as _;
        let name = path.display().to_string();
        let invalid = |why: String| ImportError::Output(format!("{name}: {why}"));
        let file = std::fs::File::open(path).map_err(|source| ImportError::Read {
            path: name.clone(),
            source,
        })?;
        let mut zip = zip::ZipArchive::new(file)
            .map_err(|error| invalid(format!("not a zip archive LinkedIn sends ({error})")))?;
        let mut files = std::collections::BTreeMap::new();
        let mut total = 0;
        for index in 0..zip.len() {
            let mut entry = zip
                .by_index(index)
                .map_err(|error| invalid(format!("entry {index}: {error}")))?;
            let Some(file) = entry
                .enclosed_name()
                .and_then(|p| p.file_name().map(|f| f.to_string_lossy().into_owned()))
                .filter(|f| f.ends_with(".csv"))
            else {
                continue;
            };
            // Read no more than the bound, whatever the archive claims the size is.
            let limit = crate::load::MAX_FILE_BYTES / 4;
            let mut bytes = Vec::new();
            (&mut entry)
                .take(limit + 1)
                .read_to_end(&mut bytes)
                .map_err(|error| invalid(format!("{file}: {error}")))?;
            total += bytes.len();
            bounded(&name, total)?;
            files.insert(file, String::from_utf8_lossy(&bytes).into_owned());
        }
        Ok(Self { name, files })
    }

    /// Whether this is a LinkedIn export (it has `Positions.csv` or `Profile.csv`).
    pub fn is_linkedin(&self) -> bool {
        self.files.contains_key("Positions.csv") || self.files.contains_key("Profile.csv")
    }

    fn rows(&self, file: &str) -> Result<Option<Rows>, ImportError> {
        match self.files.get(file) {
            Some(text) => rows(&format!("{}: {file}", self.name), text).map(Some),
            None => Ok(None),
        }
    }
}

/// An export larger than a portfolio made from it could be is refused, as any input is.
fn bounded(name: &str, total: usize) -> Result<(), ImportError> {
    let limit = crate::load::MAX_FILE_BYTES / 4;
    if total as u64 > limit {
        return Err(ImportError::too_large(name, total as u64));
    }
    Ok(())
}

fn rows(name: &str, text: &str) -> Result<Rows, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|error| ImportError::Output(format!("{name}: {error}")))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
        .collect();
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| ImportError::Output(format!("{name}: {error}")))?;
        out.push(
            headers
                .iter()
                .cloned()
                .zip(record.iter().map(|v| v.trim().to_owned()))
                .filter(|(_, v)| !v.is_empty())
                .collect(),
        );
    }
    Ok(out)
}

fn get<'a>(row: &'a [(String, String)], column: &str) -> Option<&'a str> {
    row.iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(column))
        .map(|(_, v)| v.as_str())
}

/// Reads the export.
pub fn draft(export: &Export) -> Result<Draft, ImportError> {
    let mut draft = Draft {
        source_kind: "LinkedIn export",
        source_name: export.name.clone(),
        ..Draft::default()
    };
    let file = |name: &str| export.rows(name);
    if let Some(profile) = file("Profile.csv")?
        && let Some(row) = profile.first()
    {
        let name: Vec<&str> = ["First Name", "Last Name"]
            .iter()
            .filter_map(|c| get(row, c))
            .collect();
        draft.name = (!name.is_empty()).then(|| name.join(" "));
        draft.headline = get(row, "Headline").map(str::to_owned);
        draft.location = get(row, "Geo Location").map(str::to_owned);
        draft.summary = get(row, "Summary")
            .map(|s| {
                s.split("\n\n")
                    .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        // "[PERSONAL:https://example.com]" or a plain address.
        if let Some(sites) = get(row, "Websites") {
            for site in sites.trim_matches(['[', ']']).split(',') {
                let url = site
                    .rsplit_once(':')
                    .filter(|(kind, _)| !kind.contains("//"))
                    .map_or(site, |(_, url)| url);
                let url = if site.contains("://") && !url.contains("://") {
                    site
                } else {
                    url
                };
                draft
                    .links
                    .push(("Website".to_owned(), url.trim().to_owned()));
            }
        }
        listed(&mut draft, "Profile.csv", row);
    }
    if let Some(emails) = file("Email Addresses.csv")? {
        let primary = emails
            .iter()
            .find(|r| get(r, "Primary").is_some_and(|p| p.eq_ignore_ascii_case("yes")))
            .or(emails.first());
        draft.email = primary
            .and_then(|r| get(r, "Email Address"))
            .map(str::to_owned);
    }
    for (index, row) in file("Positions.csv")?
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        // A row is a record like any data file's, read by the meaning of its columns.
        let place = format!("Positions.csv row {}", index + 1);
        let record: serde_json::Map<String, serde_json::Value> = row
            .iter()
            .map(|(c, v)| (c.clone(), serde_json::Value::String(v.clone())))
            .collect();
        let found = super::records::positions_of(&record, &place, &mut draft.unplaced);
        if found.is_empty() {
            draft.unplaced.push((place, describe(row)));
            continue;
        }
        for mut role in found {
            // LinkedIn leaves "Finished On" empty for the position held now.
            if role.start.is_some() && role.end.is_none() {
                role.end = Some("present".to_owned());
            }
            // A description's lines are its bullets, as LinkedIn shows them.
            let (summary, highlights) = super::cv_page::split_bullets(get(row, "Description"));
            role.summary = summary;
            role.highlights = highlights;
            draft.experience.push(role);
        }
        listed(&mut draft, "Positions.csv", row);
    }
    for row in file("Education.csv")?.unwrap_or_default() {
        let Some(institution) = get(&row, "School Name") else {
            continue;
        };
        let notes: Vec<&str> = ["Notes", "Activities"]
            .iter()
            .filter_map(|c| get(&row, c))
            .collect();
        draft.education.push(DraftEducation {
            institution: institution.to_owned(),
            degree: get(&row, "Degree Name").map(str::to_owned),
            field: None,
            location: None,
            start: get(&row, "Start Date").and_then(super::cv_page::date),
            end: get(&row, "End Date").and_then(super::cv_page::date),
            text: (!notes.is_empty()).then(|| notes.join(" ")),
        });
        listed(&mut draft, "Education.csv", &row);
    }
    let skills: Vec<String> = file("Skills.csv")?
        .unwrap_or_default()
        .iter()
        .filter_map(|r| get(r, "Name").map(str::to_owned))
        .collect();
    if !skills.is_empty() {
        draft.expertise.push((
            "Skills".to_owned(),
            format!("{}.", skills.join(", ")),
            skills,
        ));
    }
    // The other files of the export: named, so nothing goes in silence.
    for other in export
        .files
        .keys()
        .filter(|n| !READ.iter().any(|(file, _)| file == n))
    {
        draft.unplaced.push((
            other.clone(),
            "not read (folio has no place for it)".to_owned(),
        ));
    }
    if draft.headline.is_none() {
        draft.headline = draft.experience.first().and_then(|r| r.role.clone());
    }
    Ok(draft)
}

/// Columns of a row that folio does not read, listed with their values.
fn listed(draft: &mut Draft, file: &str, row: &[(String, String)]) {
    let read = READ
        .iter()
        .find(|(f, _)| *f == file)
        .map_or(&[][..], |(_, c)| *c);
    for (column, value) in row {
        if !read.iter().any(|c| c.eq_ignore_ascii_case(column)) {
            draft
                .unplaced
                .push((format!("{file} {column}"), value.clone()));
        }
    }
}

fn describe(row: &[(String, String)]) -> String {
    row.iter()
        .map(|(c, v)| format!("{c}: {v}"))
        .collect::<Vec<_>>()
        .join("; ")
}
