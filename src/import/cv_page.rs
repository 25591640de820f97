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
fn split_bullets(text: Option<&str>) -> (Option<String>, Vec<String>) {
    let Some(text) = text else {
        return (None, Vec::new());
    };
    let mut prose = Vec::new();
    let mut bullets = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
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
    for separator in [" at ", " @ ", ", ", " — ", " – ", " - ", " | "] {
        if let Some((left, right)) = text.split_once(separator) {
            // "Company | Role" names the organisation first when it is bold.
            return (clean(left), clean(right));
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
    let mut current: Option<DraftRole> = None;
    let flush = |current: &mut Option<DraftRole>, draft: &mut Draft| {
        if let Some(role) = current.take() {
            draft.experience.push(role);
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
            let section = kind_of(&text);
            let entry_heading = kind == Kind::Positions && section == Kind::Other && level >= 3;
            if entry_heading {
                // "### Role, Company (2019–2021)".
                flush(&mut current, draft);
                current = position_from(&text);
            } else {
                flush(&mut current, draft);
                kind = section;
            }
            continue;
        }
        match (kind, list_item(line)) {
            (Kind::Positions, Some((0, text))) => match position_from(text) {
                Some(role) if role.start.is_some() => {
                    flush(&mut current, draft);
                    current = Some(role);
                }
                _ => {
                    if let Some(role) = &mut current {
                        role.highlights.push(text.to_owned());
                    }
                }
            },
            (Kind::Positions, Some((_, text))) => {
                if let Some(role) = &mut current {
                    if role.organisation.is_empty() && !text.contains(':') {
                        role.organisation = text.trim_matches(['*', '_']).to_owned();
                    } else {
                        role.highlights.push(text.to_owned());
                    }
                }
            }
            (Kind::Positions, None) if !line.trim().is_empty() => {
                // A dates line under an entry heading ("_Jan 2020 – Present_").
                if let Some(role) = &mut current
                    && role.start.is_none()
                    && let Some((start, end, rest)) = date_range(line)
                    && rest.split_whitespace().count() <= 3
                {
                    role.start = start;
                    role.end = end;
                } else if let Some(role) = &mut current {
                    let text = line.trim().trim_matches(['*', '_']);
                    if role.organisation.is_empty() && text.split_whitespace().count() <= 6 {
                        role.organisation = text.to_owned();
                    } else {
                        role.summary = Some(match role.summary.take() {
                            Some(s) => format!("{s} {text}"),
                            None => text.to_owned(),
                        });
                    }
                }
            }
            (Kind::Education, Some((0, text))) => {
                if let Some(degree) = education_from(text) {
                    draft.education.push(degree);
                }
            }
            _ => {}
        }
    }
    flush(&mut current, draft);
    // A position needs an organisation: one without is its role's words only.
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
    let parts: Vec<&str> = rest
        .split(", ")
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
mod tests {
    use super::*;

    /// Each position as (organisation, start, end).
    fn spans(draft: &Draft) -> Vec<(&str, Option<&str>, Option<&str>)> {
        draft
            .experience
            .iter()
            .map(|r| {
                (
                    r.organisation.as_str(),
                    r.start.as_deref(),
                    r.end.as_deref(),
                )
            })
            .collect()
    }

    #[test]
    fn dates_and_ranges_are_read_as_written() {
        assert_eq!(date("2021-01-01").as_deref(), Some("2021-01"));
        assert_eq!(date("January 2020").as_deref(), Some("2020-01"));
        assert_eq!(date("Summer 2015").as_deref(), Some("2015"));
        // Four digits are not always a year (found by the import property test).
        assert_eq!(date("0000"), None);
        assert_eq!(date("1024 dimensions"), None);
        let (start, end, rest) = date_range("Backend Engineer, Acme (2019–2021)").unwrap();
        assert_eq!(
            (start.as_deref(), end.as_deref(), rest.as_str()),
            (Some("2019"), Some("2021"), "Backend Engineer, Acme")
        );
        let (start, end, rest) = date_range("Summer 2015: Research Assistant").unwrap();
        assert_eq!(
            (start.as_deref(), end.as_deref(), rest.as_str()),
            (Some("2015"), None, "Research Assistant")
        );
        let (start, end, _) = date_range("Jan 2020 - Present").unwrap();
        assert_eq!(
            (start.as_deref(), end.as_deref()),
            (Some("2020-01"), Some("present"))
        );
    }

    #[test]
    fn an_academicpages_cv_gives_its_positions_and_degrees() {
        let body = "Education\n======\n* B.S. in Github, Github University, 2012\n\
            * Ph.D in Version Control Theory, Github University, 2017 (expected)\n\n\
            Work experience\n======\n* Summer 2015: Research Assistant\n  * Github University\n\
            \x20 * Duties included: Rejecting pull requests\n\n* Fall 2015: Research Assistant\n\
            \x20 * Github University\n  * Supervisor: Professor Hub\n";
        let mut draft = Draft::default();
        body_into(body, &mut draft);
        let positions: Vec<(Option<&str>, &str, Option<&str>)> = draft
            .experience
            .iter()
            .map(|r| {
                (
                    r.role.as_deref(),
                    r.organisation.as_str(),
                    r.start.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            positions,
            [
                (
                    Some("Research Assistant"),
                    "Github University",
                    Some("2015")
                ),
                (
                    Some("Research Assistant"),
                    "Github University",
                    Some("2015")
                ),
            ]
        );
        assert_eq!(
            draft.experience[0].highlights,
            ["Duties included: Rejecting pull requests"]
        );
        let degrees: Vec<(&str, Option<&str>, Option<&str>)> = draft
            .education
            .iter()
            .map(|e| {
                (
                    e.institution.as_str(),
                    e.degree.as_deref(),
                    e.end.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            degrees,
            [
                ("Github University", Some("B.S."), Some("2012")),
                ("Github University", Some("Ph.D"), Some("2017"))
            ]
        );
    }

    #[test]
    fn markdown_cv_headings_with_dates_are_positions() {
        let body = "## Experience\n\n### Staff Engineer, Northwind (2021 – Present)\n\
            - Led the storage team.\n\n### Engineer at Contoso (2017–2021)\n- Built the API.\n";
        let mut draft = Draft::default();
        body_into(body, &mut draft);
        let positions = spans(&draft);
        assert_eq!(
            positions,
            [
                ("Northwind", Some("2021"), Some("present")),
                ("Contoso", Some("2017"), Some("2021"))
            ]
        );
        assert_eq!(draft.experience[1].highlights, ["Built the API."]);
    }

    #[test]
    fn hugo_front_matter_experience_is_read() {
        let yaml = "experience:\n  - title: CEO\n    company: GenCoin\n    date_start: '2021-01-01'\n    description: |-\n      Responsibilities include:\n      - Leading teams\n  - role: Engineer\n    org: X\n    start: 2016-01-01\n    end: 2020-12-31\n";
        let value: Value = serde_saphyr::from_str(yaml).unwrap();
        let mut draft = Draft::default();
        front_matter_into(&value, &mut draft);
        let positions = spans(&draft);
        assert_eq!(
            positions,
            [
                ("GenCoin", Some("2021-01"), Some("present")),
                ("X", Some("2016-01"), Some("2020-12"))
            ]
        );
        assert_eq!(draft.experience[0].highlights, ["Leading teams"]);
    }
}
