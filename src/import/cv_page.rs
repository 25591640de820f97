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

use super::degrees::{CONTINUED, education_from, education_heading, is_degree};
use super::page_text::{balanced, dates_only, is_place, looks_like_role, visible, without_links};
pub use super::page_text::{date, date_range, opening_paragraphs, without_tags};
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
            let (start, end) = period_of(entry);
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
                url: first(entry, &["url", "website", "company_url"]),
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
        let (start, end) = period_of(entry);
        draft.education.push(DraftEducation {
            institution,
            degree: first(entry, &["degree", "course", "studyType"]),
            field: first(entry, &["area", "field", "major"]),
            location: first(entry, &["location"]),
            start,
            end: end.or_else(|| first(entry, &["year"]).and_then(|d| date(&d))),
            text,
        });
    }
}

/// An entry's period: its start and end keys, or one `duration` / `dates` text ("Jun 2015 -
/// Jun 2016"), as Jekyll résumé themes write it.
fn period_of(entry: &Map<String, Value>) -> (Option<String>, Option<String>) {
    let start = first(entry, &["date_start", "start", "startDate", "from"]).and_then(|d| date(&d));
    let end = first(entry, &["date_end", "end", "endDate", "to"]).and_then(|d| date(&d));
    if start.is_some() || end.is_some() {
        return (start, end);
    }
    first(entry, &["duration", "dates", "date", "period", "years"])
        .and_then(|text| date_range(&text))
        .map_or((None, None), |(start, end, _)| (start, end))
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
enum SectionKind {
    Positions,
    Education,
    Publications,
    Other,
}

fn kind_of(heading: &str) -> SectionKind {
    let h = heading.to_lowercase();
    if h.contains("education") || h.contains("degree") {
        SectionKind::Education
    } else if h.contains("publication") || h.contains("papers") {
        SectionKind::Publications
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
        SectionKind::Positions
    } else {
        SectionKind::Other
    }
}

/// Reads positions and degrees from a page body of any of the layouts above.
pub fn body_into(body: &str, draft: &mut Draft) {
    let body = visible(body);
    let lines: Vec<&str> = body.lines().collect();
    // The last degree read from a list item, whose continuation line may follow ("- **M.S.
    // in …**" then an indented "  State University (Aug 2023 - Dec 2024)").
    let mut last_degree_item: Option<String> = None;
    let mut kind = SectionKind::Other;
    // The level of the section's heading: deeper headings under it are its entries.
    let mut section_level = 0;
    let mut current: Option<DraftRole> = None;
    // A degree whose institution and dates may follow on the next line.
    let mut degree: Option<DraftEducation> = None;
    // Under a heading that names no position: list items "Role, Organisation" are positions.
    let mut listing = false;
    // An entry heading that named an employer, and its level: the roles under it are there.
    let mut employer_heading: Option<(String, usize)> = None;
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
            // A deeper heading in a section is an entry, even one whose organisation has a
            // section's word in it ("Engineer, Independent Technical Research -- London");
            // a sub-section's title is short and has no separators.
            let titled_like_entry = text.split_whitespace().count() > 4
                || [",", " | ", " at ", " -- ", " — ", " – "]
                    .iter()
                    .any(|s| text.contains(s));
            let entry = kind != SectionKind::Other
                && level > section_level
                && (section == SectionKind::Other || titled_like_entry);
            listing = false;
            if !entry {
                employer_heading = None;
            }
            match (entry, kind) {
                // "### Role, Company (2019–2021)" or "## Tech Corp, Senior Engineer"; a heading
                // that names neither ("### Previously...") heads a list of earlier positions.
                (true, SectionKind::Positions) => {
                    // A position heading names a role ("Apple, Software Engineer") or has
                    // dates; "## 20 Spokes" over "### Software Developer" names the employer.
                    // RenderCV's Markdown: "## **Teleperformance**, Customer Service
                    // Representative" with its dates on the next line.
                    let dated_below = lines
                        .get(index..)
                        .unwrap_or_default()
                        .iter()
                        .map(|l| l.trim())
                        .filter(|l| !l.is_empty())
                        .take(2)
                        .any(|l| {
                            let l = list_item(l).map_or(l, |(_, t)| t);
                            dates_only(l).is_some()
                        });
                    current = position_from(&text).filter(|role| {
                        role.start.is_some()
                            || role.role.as_deref().is_some_and(looks_like_role)
                            || looks_like_role(&role.organisation)
                            || (dated_below && !role.organisation.is_empty())
                    });
                    if let Some(role) = &mut current
                        && role.organisation.is_empty()
                        && let Some((employer, at)) = &employer_heading
                        && *at < level
                    {
                        role.organisation = employer.clone();
                    }
                    employer_heading = match &current {
                        Some(_) => employer_heading.take().filter(|(_, at)| *at < level),
                        None => Some((without_links(&text).0, level)),
                    };
                    // "### 2024 - Now": role and organisation follow on the next line.
                    if current.is_none()
                        && let Some((start, end, rest)) = date_range(&text)
                        && rest.is_empty()
                    {
                        current = Some(DraftRole {
                            start,
                            end,
                            ..DraftRole::default()
                        });
                    }
                    listing = current.is_none();
                }
                // "### Master of Science in Computer Science".
                (true, SectionKind::Education) => degree = education_heading(&text),
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
        // A table row: "| Acme | Staff Engineer | 2019 – 2021 |".
        if plain.starts_with('|') {
            if kind == SectionKind::Positions
                && let Some(role) = table_row_position(plain)
            {
                flush(&mut current, &mut degree, draft);
                current = Some(role);
            }
            continue;
        }
        match kind {
            SectionKind::Positions => {
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
                // "January 2016 - September 2018, March 2019 - February 2023": from the first
                // start to the last end.
                if let Some(role) = &mut current
                    && role.start.is_none()
                    && let Some((start, end)) = dates_only(text)
                {
                    role.start = start;
                    role.end = end;
                    continue;
                }
                // A new dated entry: "**Role** | Org | 2020 - Present", "* Summer 2015: Role",
                // "- **Role** - Company (2021 - 2022)".
                // A sentence that mentions a date ("From Summer 2015, led …") is a bullet.
                let entry_sized = text.split_whitespace().count() <= 16;
                // "  - **BusToShow**, Engineer  Dec 2025 - Present": an entry, however indented.
                if (depth == 0 || listing || text.starts_with("**"))
                    && entry_sized
                    && let Some(role) = position_from(text).filter(|r| {
                        r.start.is_some()
                            || (listing
                                && item.is_some()
                                && !r.organisation.is_empty()
                                && r.role.as_deref().is_some_and(looks_like_role))
                    })
                {
                    flush(&mut current, &mut degree, draft);
                    current = Some(role);
                    continue;
                }
                let Some(role) = &mut current else { continue };
                let (text, url) = without_links(text);
                let text = text.trim_matches(['*', '_']).trim();
                // Under a heading of dates only: "**Senior developer** | [Sully Group](…)".
                if role.role.is_none() && role.organisation.is_empty() {
                    let (title, organisation) = role_and_organisation(text);
                    role.role = title;
                    role.organisation = organisation.unwrap_or_default();
                    role.url = url;
                    continue;
                }
                // "Montreal, Canada" under it.
                if role.location.is_none() && role.highlights.is_empty() && is_place(text) {
                    role.location = Some(text.to_owned());
                    continue;
                }
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
            SectionKind::Education => {
                let (depth, text) = item.unwrap_or((0, plain));
                let continued = last_degree_item.take();
                if let Some(previous) = continued
                    && item.is_none()
                    && line.starts_with(' ')
                {
                    let whole = format!("{previous}{CONTINUED}{text}");
                    if let Some(read) = education_from(&whole) {
                        draft.education.pop();
                        draft.education.push(read);
                        last_degree_item = Some(whole);
                    }
                    continue;
                }
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
                    let rest = rest.trim_matches(['*', '_', '|', ' ']);
                    // Under a heading of dates only: "Bachelor of Arts from Swiss Hotel School".
                    match (
                        open.degree.is_none(),
                        rest.split_once(" from ")
                            .or_else(|| rest.split_once(" at ")),
                    ) {
                        (true, Some((what, school))) => {
                            open.degree = Some(what.trim().to_owned());
                            open.institution = school.trim().to_owned();
                        }
                        _ => open.institution = rest.to_owned(),
                    }
                    if start.is_some() {
                        open.start = start;
                        open.end = end;
                    }
                    continue;
                }
                if let Some(open) = &mut degree
                    && open.location.is_none()
                    && is_place(text)
                {
                    open.location = Some(text.to_owned());
                    continue;
                }
                // "**BSc**" under "## University of Brighton, Computer Science".
                let bare = text.trim_matches(['*', '_']).trim();
                if let Some(open) = &mut degree
                    && open.degree.is_none()
                    && item.is_none()
                    && bare.split_whitespace().count() <= 6
                    && is_degree(&bare.to_lowercase())
                {
                    open.degree = Some(bare.to_owned());
                    continue;
                }
                // Dates below a school heading ("Jan 1996 – Jan 2000").
                if let Some(open) = &mut degree
                    && open.start.is_none()
                    && open.end.is_none()
                    && let Some((start, end)) = dates_only(text)
                {
                    open.start = start;
                    open.end = end;
                    continue;
                }
                // Bullets under a school's heading are about that degree ("GPA: 3.9/4.0").
                if let Some(open) = &mut degree
                    && !open.institution.is_empty()
                    && item.is_some()
                {
                    let bare = text.replace("**", "");
                    open.text = Some(match open.text.take() {
                        Some(notes) => format!("{notes} {bare}"),
                        None => bare,
                    });
                    continue;
                }
                if depth == 0
                    && (item.is_some() || date_range(text).is_some())
                    && let Some(read) = education_from(text)
                {
                    flush(&mut current, &mut degree, draft);
                    draft.education.push(read);
                    last_degree_item = Some(text.to_owned());
                }
            }
            // "- Title. *Venue*, 2015.": the seed reader kept the line as a comment; the
            // comment goes once the publication is imported.
            SectionKind::Publications => {
                let (_, text) = item.unwrap_or((0, plain));
                if let Some(publication) = super::citation::publication_from(text) {
                    draft.publications.push(publication);
                }
            }
            SectionKind::Other => {}
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

/// A position from a table row: the cell with dates gives the period, the cell that names a
/// role the role, the first other cell the organisation; the header and its rule give none.
fn table_row_position(row: &str) -> Option<DraftRole> {
    let cells: Vec<String> = row
        .trim()
        .trim_matches('|')
        .split('|')
        .map(|cell| {
            without_links(cell.trim())
                .0
                .replace("**", "")
                .trim()
                .to_owned()
        })
        .collect();
    let (mut start, mut end) = (None, None);
    let mut role = None;
    let mut organisation = None;
    let mut location = None;
    for cell in &cells {
        if cell.is_empty() || cell.chars().all(|c| matches!(c, '-' | ':' | ' ')) {
            continue;
        }
        if start.is_none()
            && let Some((from, to)) = dates_only(cell)
        {
            (start, end) = (from, to);
        } else if role.is_none() && looks_like_role(cell) {
            role = Some(cell.clone());
        } else if organisation.is_none() {
            organisation = Some(cell.clone());
        } else if location.is_none() {
            location = Some(cell.clone());
        }
    }
    // A header row has no dates.
    start.as_ref()?;
    Some(DraftRole {
        role,
        organisation: organisation?,
        location,
        start,
        end,
        ..DraftRole::default()
    })
}

/// A position from an entry's header line: its dates, then role and organisation.
fn position_from(text: &str) -> Option<DraftRole> {
    // "[Intelliflo Ltd](https://…)": the organisation's name, and its page.
    let (text, url) = without_links(text);
    let text = text.as_str();
    let (start, end, rest) = match date_range(text) {
        Some((start, end, rest)) => (start, end, rest),
        None => (None, None, text.to_owned()),
    };
    // RenderCV's Markdown: "**Role**, Organisation -- Place".
    let (rest, location) = match rest.rsplit_once(" -- ") {
        Some((main, place)) => (main.to_owned(), Some(place.trim().to_owned())),
        None => (rest, None),
    };
    let (role, organisation) = role_and_organisation(&rest);
    role.as_ref()?;
    // "Johns Hopkins University (Remote)" keeps the bracket the trimming took.
    let organisation = organisation.map(|o| balanced(&o));
    Some(DraftRole {
        role,
        organisation: organisation.unwrap_or_default(),
        location,
        url,
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

#[cfg(test)]
#[path = "cv_page_tests.rs"]
mod tests;
