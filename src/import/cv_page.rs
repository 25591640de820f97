//! CV pages laid out otherwise than the seed page, read when that layout finds nothing:
//!
//! - front matter with an `experience:` or `education:` list, as Hugo themes (Wowchemy,
//!   HugoBlox) write them (`title`/`role`, `company`/`org`, `date_start`/`start`, …);
//! - sections under any heading level, setext (`Work experience\n======`) included, whose
//!   entries are either sub-headings (`### Role, Company (2019–2021)`) or list items
//!   (`* Summer 2015: Research Assistant` with the organisation and duties nested under it,
//!   as academicpages writes them);
//! - education as list items (`* M.S. in Jekyll, Github University, 2014`).
//!
//! Positions are recognised by a date or a date range and a role or organisation, not by one
//! page's markup.

use serde_json::{Map, Value};

use super::draft::{Draft, DraftEducation, DraftRole};

/// Reads the front matter's lists of positions and degrees (a Hugo page's `experience:`).
pub fn front_matter_into(matter: &Value, draft: &mut Draft) {
    let Some(root) = matter.as_object() else {
        return;
    };
    for key in ["experience", "work", "positions", "employment"] {
        for (index, entry) in list(root, key) {
            let place = format!("front matter {key}[{index}]");
            let Some(organisation) = first(
                entry,
                &[
                    "company",
                    "org",
                    "organization",
                    "organisation",
                    "employer",
                    "institution",
                ],
            ) else {
                draft.unplaced.push((place, describe(entry)));
                continue;
            };
            let start =
                first(entry, &["date_start", "start", "startDate", "from"]).and_then(|d| date(&d));
            let end = first(entry, &["date_end", "end", "endDate", "to"]).and_then(|d| date(&d));
            let end = match (&start, end) {
                (Some(_), None) => Some("present".to_owned()),
                (_, end) => end,
            };
            let (summary, highlights) =
                split_bullets(first(entry, &["description", "summary"]).as_deref());
            draft.experience.push(DraftRole {
                role: first(entry, &["title", "role", "position"]),
                organisation,
                location: first(entry, &["location"]),
                url: first(entry, &["url", "website"]),
                start,
                end,
                summary,
                highlights,
                tags: Vec::new(),
            });
        }
    }
    for (index, entry) in list(root, "education") {
        let Some(institution) = first(entry, &["institution", "school", "university"]) else {
            draft
                .unplaced
                .push((format!("front matter education[{index}]"), describe(entry)));
            continue;
        };
        let (text, _) = split_bullets(first(entry, &["summary", "description"]).as_deref());
        draft.education.push(DraftEducation {
            institution,
            degree: first(entry, &["degree", "course", "studyType"]),
            field: first(entry, &["area", "field"]),
            location: first(entry, &["location"]),
            start: first(entry, &["date_start", "start", "startDate"]).and_then(|d| date(&d)),
            end: first(entry, &["date_end", "end", "endDate", "year"]).and_then(|d| date(&d)),
            text,
        });
    }
}

/// A list of objects under `key`, numbered.
fn list<'a>(
    root: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = (usize, &'a Map<String, Value>)> {
    super::json_resume::objects(root, key)
}

/// The first of `keys` that holds text.
fn first(entry: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    super::json_resume::text_any(entry, keys)
}

fn describe(entry: &Map<String, Value>) -> String {
    Value::Object(entry.clone()).to_string()
}

/// A description's prose and its bullet lines ("- Migrated infrastructure …").
pub fn split_bullets(text: Option<&str>) -> (Option<String>, Vec<String>) {
    let Some(text) = text else {
        return (None, Vec::new());
    };
    let mut prose = Vec::new();
    let mut bullets = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match ["- ", "* ", "• ", "· "]
            .iter()
            .find_map(|marker| line.strip_prefix(marker))
        {
            Some(bullet) => bullets.push(bullet.trim().to_owned()),
            None => prose.push(line.to_owned()),
        }
    }
    ((!prose.is_empty()).then(|| prose.join(" ")), bullets)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// A date as folio writes it (`YYYY` or `YYYY-MM`), from `2021-01-01`, `2021-01`, `2021`,
/// `January 2021`, `Jan. 2021`, `Summer 2015` (the year); `present` for "present", "now".
pub fn date(text: &str) -> Option<String> {
    let text = text.trim().trim_matches(['(', ')', ',', '.']);
    let lower = text.to_lowercase();
    if matches!(
        lower.as_str(),
        "present" | "now" | "current" | "today" | "ongoing"
    ) {
        return Some("present".to_owned());
    }
    let plausible = |year: &str| {
        year.parse::<u16>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
    };
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if digits.len() == 4 {
        if !plausible(&digits) {
            return None;
        }
        let rest = text.get(4..).unwrap_or_default();
        let month: String = rest
            .strip_prefix(['-', '/', '.'])
            .unwrap_or_default()
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        return match month.parse::<u8>() {
            Ok(m) if (1..=12).contains(&m) && rest.len() > 1 => Some(format!("{digits}-{m:02}")),
            _ if rest.is_empty() || !rest.starts_with(['-', '/']) => Some(digits),
            _ => Some(digits),
        };
    }
    // "January 2021", "Jan. 2021", "Summer 2015".
    let words: Vec<&str> = lower
        .split([' ', '.', ','])
        .filter(|w| !w.is_empty())
        .collect();
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && plausible(w))?;
    let month = words
        .iter()
        .find_map(|w| MONTHS.iter().position(|m| w.starts_with(m) && w.len() >= 3));
    Some(match month {
        Some(m) => format!("{year}-{:02}", m + 1),
        None => (*year).to_owned(),
    })
}

/// A date range in a line ("2019–2021", "Jan 2020 - Present", "(2018 to 2020)"), or a single
/// date ("Summer 2015"): (start, end) and the line without it.
pub fn date_range(line: &str) -> Option<(Option<String>, Option<String>, String)> {
    // Where the years are.
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let year_at = |from: usize| {
        chars
            .windows(4)
            .skip(from)
            .position(|w| w.iter().all(|(_, c)| c.is_ascii_digit()))
            .map(|p| p + from)
    };
    let first_year = year_at(0)?;
    let first_byte = chars.get(first_year)?.0;
    // Extend back over a month or season word before the year.
    let before = line.get(..first_byte).unwrap_or_default();
    let word_start = before
        .trim_end()
        .rfind([' ', '(', ':', ',', '|', '–', '—', '-'])
        .map_or(0, |i| i + 1);
    let lead_word = before
        .get(word_start..)
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    let seasonal = ["spring", "summer", "fall", "autumn", "winter"]
        .iter()
        .any(|s| lead_word.starts_with(s))
        || MONTHS.iter().any(|m| lead_word.starts_with(m));
    let range_start = if seasonal { word_start } else { first_byte };
    let first_end = chars.get(first_year + 4).map_or(line.len(), |(b, _)| *b);
    let start = date(line.get(range_start..first_end)?)?;
    // A separator and an end date after it.
    let after = line.get(first_end..).unwrap_or_default();
    let trimmed = after.trim_start();
    let separated = ["–", "—", "-", "to", "until"]
        .iter()
        .find_map(|sep| trimmed.strip_prefix(sep));
    let (end, consumed) = match separated {
        Some(rest) => {
            let rest_trimmed = rest.trim_start();
            let lower = rest_trimmed.to_lowercase();
            if let Some(word) = ["present", "now", "current", "today"]
                .iter()
                .find(|w| lower.starts_with(*w))
            {
                let len = after.len() - rest_trimmed.len() + word.len();
                (Some("present".to_owned()), len)
            } else {
                let end_year = year_at(first_year + 4);
                match end_year.and_then(|y| chars.get(y + 3).map(|(b, c)| (y, *b + c.len_utf8()))) {
                    Some((_, end_byte)) if end_byte - first_end <= 16 => {
                        let text = line.get(first_end..end_byte).unwrap_or_default();
                        let text = text
                            .trim_start()
                            .trim_start_matches(['–', '—', '-'])
                            .trim_start();
                        let text = text.strip_prefix("to").unwrap_or(text);
                        (date(text), end_byte - first_end)
                    }
                    _ => (None, 0),
                }
            }
        }
        None => (None, 0),
    };
    let end_byte = first_end + consumed;
    let rest = format!(
        "{}{}",
        line.get(..range_start).unwrap_or_default(),
        line.get(end_byte..).unwrap_or_default()
    );
    let rest = rest
        .replace("()", "")
        .trim()
        .trim_matches([':', ',', '|', '–', '—', '-', ' ', '(', ')', '*', '_'])
        .to_owned();
    Some((Some(start), end, rest))
}

/// "Role, Company", "Role at Company", "Company | Role", "Role — Company": (role, organisation).
pub fn role_and_organisation(text: &str) -> (Option<String>, Option<String>) {
    let text = text.trim().trim_matches(['*', '_', ' ']);
    let clean = |s: &str| {
        let s = s.trim().trim_matches(['*', '_', ' ', ',']).to_owned();
        (!s.is_empty()).then_some(s)
    };
    for separator in [" at ", " @ ", " | ", ", ", " — ", " – ", " - "] {
        if let Some((left, right)) = text.split_once(separator) {
            // "Tech Corp, Senior Engineer" names the organisation first.
            let right = right.split(" | ").next().unwrap_or(right);
            return if separator != " at " && looks_like_role(right) && !looks_like_role(left) {
                (clean(right), clean(left))
            } else {
                (clean(left), clean(right))
            };
        }
    }
    (clean(text), None)
}

/// A markdown line's list item: its depth (0 for top level) and text.
fn list_item(line: &str) -> Option<(usize, &str)> {
    let indent = line.len() - line.trim_start().len();
    let trimmed = line.trim_start();
    let text = trimmed
        .strip_prefix("* ")
        .or_else(|| trimmed.strip_prefix("- "))
        .or_else(|| trimmed.strip_prefix("+ "))?;
    Some((indent / 2, text.trim()))
}

/// Which section a heading names, as the seed reader classifies them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Positions,
    Education,
    Other,
}

fn kind_of(heading: &str) -> Kind {
    let h = heading.to_lowercase();
    if h.contains("education") || h.contains("degree") {
        Kind::Education
    } else if [
        "experience",
        "employment",
        "work",
        "positions",
        "career",
        "research",
        "teaching",
        "appointments",
    ]
    .iter()
    .any(|w| h.contains(w))
    {
        Kind::Positions
    } else {
        Kind::Other
    }
}

/// Reads positions and degrees from a page body of any of the layouts above.
pub fn body_into(body: &str, draft: &mut Draft) {
    let lines: Vec<&str> = body.lines().collect();
    let mut kind = Kind::Other;
    // The level of the section's heading: deeper headings under it are its entries.
    let mut section_level = 0;
    let mut current: Option<DraftRole> = None;
    // A degree whose institution and dates may follow on the next line.
    let mut degree: Option<DraftEducation> = None;
    let flush = |current: &mut Option<DraftRole>,
                 degree: &mut Option<DraftEducation>,
                 draft: &mut Draft| {
        if let Some(role) = current.take() {
            draft.experience.push(role);
        }
        if let Some(degree) = degree.take() {
            draft.education.push(degree);
        }
    };
    let mut index = 0;
    while let Some(line) = lines.get(index) {
        let next = lines.get(index + 1).copied().unwrap_or_default().trim();
        index += 1;
        // Headings: `# x` at any level, or a line underlined with === or ---.
        let heading = if let Some(rest) = line.trim_start().strip_prefix('#') {
            Some((
                rest.trim_start_matches('#').trim().to_owned(),
                line.trim_start().chars().take_while(|c| *c == '#').count(),
            ))
        } else if !line.trim().is_empty()
            && next.len() >= 3
            && next.chars().all(|c| c == '=' || c == '-')
            && list_item(line).is_none()
        {
            index += 1;
            Some((
                line.trim().to_owned(),
                if next.starts_with('=') { 1 } else { 2 },
            ))
        } else {
            None
        };
        if let Some((text, level)) = heading {
            flush(&mut current, &mut degree, draft);
            let section = kind_of(&text);
            let entry = kind != Kind::Other && section == Kind::Other && level > section_level;
            match (entry, kind) {
                // "### Role, Company (2019–2021)" or "## Tech Corp, Senior Engineer".
                (true, Kind::Positions) => current = position_from(&text),
                // "### Master of Science in Computer Science".
                (true, Kind::Education) => degree = education_heading(&text),
                _ => {
                    kind = section;
                    section_level = level;
                }
            }
            continue;
        }
        let item = list_item(line);
        let plain = line.trim();
        if plain.is_empty() {
            continue;
        }
        match kind {
            Kind::Positions => {
                let (depth, text) = item.unwrap_or((0, plain));
                // A dates line under an entry ("*January 2020 - Present*", "- Jan 2021 – present").
                if let Some(role) = &mut current
                    && role.start.is_none()
                    && let Some((start, end, rest)) = date_range(text)
                    && rest.split_whitespace().count() <= 3
                {
                    role.start = start;
                    role.end = end;
                    continue;
                }
                // A new dated entry: "**Role** | Org | 2020 - Present", "* Summer 2015: Role",
                // "- **Role** - Company (2021 - 2022)".
                if depth == 0
                    && let Some(role) = position_from(text).filter(|r| r.start.is_some())
                {
                    flush(&mut current, &mut degree, draft);
                    current = Some(role);
                    continue;
                }
                let Some(role) = &mut current else { continue };
                let text = text.trim_matches(['*', '_']).trim();
                if role.organisation.is_empty()
                    && !text.contains(':')
                    && text.split_whitespace().count() <= 6
                {
                    role.organisation = text.to_owned();
                } else if item.is_some() {
                    role.highlights.push(text.to_owned());
                } else {
                    role.summary = Some(match role.summary.take() {
                        Some(s) => format!("{s} {text}"),
                        None => text.to_owned(),
                    });
                }
            }
            Kind::Education => {
                let (depth, text) = item.unwrap_or((0, plain));
                // "- 2015 – 2019" under "## State University, Bachelor of Science".
                if let Some(open) = &mut degree
                    && !open.institution.is_empty()
                    && open.start.is_none()
                    && let Some((start, end, rest)) = date_range(text)
                    && rest.split_whitespace().count() <= 3
                {
                    open.start = start;
                    open.end = end;
                    continue;
                }
                // "*Stanford University | 2015 - 2017*" under a degree heading.
                if let Some(open) = &mut degree
                    && open.institution.is_empty()
                {
                    let (start, end, rest) =
                        date_range(text).unwrap_or((None, None, text.to_owned()));
                    open.institution = rest.trim_matches(['*', '_', '|', ' ']).to_owned();
                    open.start = start;
                    open.end = end;
                    continue;
                }
                if depth == 0
                    && (item.is_some() || date_range(text).is_some())
                    && let Some(read) = education_from(text)
                {
                    flush(&mut current, &mut degree, draft);
                    draft.education.push(read);
                }
            }
            Kind::Other => {}
        }
    }
    flush(&mut current, &mut degree, draft);
    // A position needs an organisation, a degree its institution.
    let (kept, orphans): (Vec<DraftRole>, Vec<DraftRole>) = std::mem::take(&mut draft.experience)
        .into_iter()
        .partition(|r| !r.organisation.is_empty());
    draft.experience = kept;
    for orphan in orphans {
        draft.unplaced.push((
            "position".to_owned(),
            format!("{} (no organisation)", orphan.role.unwrap_or_default()),
        ));
    }
    draft.education.retain(|d| !d.institution.is_empty());
}

/// Words that name a degree rather than an institution.
const DEGREE_WORDS: &[&str] = &[
    "bachelor",
    "master",
    "phd",
    "ph.d",
    "doctor",
    "bsc",
    "msc",
    "b.s",
    "m.s",
    "b.a",
    "m.a",
    "mba",
    "meng",
    "beng",
    "diploma",
    "degree",
    "associate",
    "certificate",
    "b.tech",
    "m.tech",
];

/// A degree named by a heading ("Master of Science in Computer Science", or "State University,
/// Bachelor of Science in …"); its institution and dates may follow.
fn education_heading(text: &str) -> Option<DraftEducation> {
    let is_degree = |s: &str| {
        let lower = s.to_lowercase();
        DEGREE_WORDS.iter().any(|w| lower.contains(w))
    };
    let (institution, text) = match [", ", " | ", " - ", " — ", " – "]
        .into_iter()
        .find_map(|sep| text.split_once(sep))
    {
        Some((left, right)) if is_degree(right) && !is_degree(left) => {
            (left.trim().to_owned(), right)
        }
        Some((left, right)) if is_degree(left) && !is_degree(right) => {
            (right.trim().to_owned(), left)
        }
        _ => (String::new(), text),
    };
    let (degree, field) = match text.split_once(" in ") {
        Some((degree, field)) => (degree.trim().to_owned(), Some(field.trim().to_owned())),
        None => (text.trim().to_owned(), None),
    };
    (!degree.is_empty()).then_some(DraftEducation {
        institution,
        degree: Some(degree),
        field,
        location: None,
        start: None,
        end: None,
        text: None,
    })
}

/// Words that name a job rather than an organisation.
const ROLE_WORDS: &[&str] = &[
    "engineer",
    "developer",
    "manager",
    "lead",
    "intern",
    "scientist",
    "analyst",
    "designer",
    "director",
    "architect",
    "consultant",
    "assistant",
    "researcher",
    "head",
    "officer",
    "founder",
    "cto",
    "vp",
    "president",
    "programmer",
    "administrator",
    "specialist",
    "professor",
    "lecturer",
    "fellow",
    "student",
    "sre",
    "devops",
    "owner",
];

fn looks_like_role(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ROLE_WORDS.contains(&w))
}

/// A position from an entry's header line: its dates, then role and organisation.
fn position_from(text: &str) -> Option<DraftRole> {
    let (start, end, rest) = match date_range(text) {
        Some((start, end, rest)) => (start, end, rest),
        None => (None, None, text.to_owned()),
    };
    let (role, organisation) = role_and_organisation(&rest);
    role.as_ref()?;
    Some(DraftRole {
        role,
        organisation: organisation.unwrap_or_default(),
        location: None,
        url: None,
        end: match (&start, end) {
            (Some(_), None) if text.to_lowercase().contains("present") => {
                Some("present".to_owned())
            }
            (_, end) => end,
        },
        start,
        summary: None,
        highlights: Vec::new(),
        tags: Vec::new(),
    })
}

/// "M.S. in Jekyll, Github University, 2014" → degree, field, institution, year.
fn education_from(text: &str) -> Option<DraftEducation> {
    let (start, end, rest) = date_range(text).unwrap_or((None, None, text.to_owned()));
    let rest = rest.replace(['*', '_'], "");
    let separator = [" | ", " - ", " — ", " – ", ", "]
        .into_iter()
        .find(|s| rest.contains(s))
        .unwrap_or(", ");
    let parts: Vec<&str> = rest
        .split(separator)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let (degree_part, institution) = match parts.as_slice() {
        [degree, institution, ..] => (Some(*degree), (*institution).to_owned()),
        [only] => (None, (*only).to_owned()),
        [] => return None,
    };
    let (degree, field) = match degree_part.and_then(|d| d.split_once(" in ")) {
        Some((degree, field)) => (
            Some(degree.trim().to_owned()),
            Some(field.trim().to_owned()),
        ),
        None => (degree_part.map(str::to_owned), None),
    };
    // A single year is when the degree was (or will be) completed.
    let (start, end) = match (start, end) {
        (Some(year), None) => (None, Some(year)),
        other => other,
    };
    Some(DraftEducation {
        institution: institution.trim_matches(['*', '_']).to_owned(),
        degree,
        field,
        location: None,
        start,
        end,
        text: rest.contains("(expected)").then(|| "Expected.".to_owned()),
    })
}

#[cfg(test)]
#[path = "cv_page_tests.rs"]
mod tests;
