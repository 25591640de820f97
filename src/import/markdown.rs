//! A portfolio page in Markdown with YAML front matter (a Jekyll or Hugo page, like the seed
//! `work-experience.md`) → [`Draft`].
//!
//! - front matter → `meta`; the first `#` heading → `meta.heading`;
//! - `##` sections by their name: "Professional Experience" (or Work, Employment) →
//!   experience, "Research …" → research, "Teaching …" → teaching, Education, Publications,
//!   Projects, Skills/Expertise, About/Summary; any other section is kept as comments;
//! - an entry is a paragraph of lines `**Title** <br />`, `**Organisation - Place** <br />`,
//!   `_Month Year to Present_`, then its bullets; `---` separates entries;
//! - teaching bullets are courses: `CS200: Title (Spring'23, Fall'23)` or `Title (CSE 489)`;
//! - links are kept as `text (address)`.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use super::draft::{Draft, DraftEducation, DraftMeta, DraftProject, DraftRole, DraftTeaching};

/// Which folio section a `##` heading names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    Experience,
    Research,
    Teaching,
    Education,
    Publications,
    Projects,
    Expertise,
    About,
    /// A section folio has no place for; its text is kept as comments.
    Other,
}

fn section_for(heading: &str) -> Section {
    let h = heading.to_lowercase();
    if h.contains("research") {
        Section::Research
    } else if h.contains("teaching") {
        Section::Teaching
    } else if h.contains("education") || h.contains("degree") {
        Section::Education
    } else if h.contains("publication") || h.contains("paper") {
        Section::Publications
    } else if h.contains("project") || h.contains("open source") {
        Section::Projects
    } else if h.contains("skill") || h.contains("expertise") {
        Section::Expertise
    } else if h.contains("about") || h.contains("summary") || h.contains("profile") {
        Section::About
    } else if h.contains("experience") || h.contains("work") || h.contains("employment") {
        Section::Experience
    } else {
        Section::Other
    }
}

/// The `titles` field that renames a section to the page's own heading.
fn title_field(section: Section) -> Option<&'static str> {
    Some(match section {
        Section::Experience => "experience",
        Section::Research => "research",
        Section::Teaching => "teaching",
        Section::Education => "education",
        Section::Publications => "publications",
        Section::Projects => "projects",
        Section::Expertise => "expertise",
        Section::About => "about",
        Section::Other => return None,
    })
}

/// A styled run of a paragraph's line.
#[derive(Clone, Debug, Default)]
struct Line {
    text: String,
    /// Every non-blank character of the line is bold.
    strong: bool,
    /// Every non-blank character is in italics.
    emphasis: bool,
}

/// An entry being read: its header lines, then its bullets.
#[derive(Debug, Default)]
struct Entry {
    header: Vec<Line>,
    paragraphs: Vec<String>,
    bullets: Vec<String>,
}

/// Reads the page's body (after the front matter) into `draft`.
pub fn body_into(body: &str, draft: &mut Draft) {
    let mut section = Section::Other;
    let mut section_name = String::new();
    let mut entry: Option<Entry> = None;
    let mut heading: Option<(HeadingLevel, String)> = None;
    let mut paragraph: Option<Vec<Line>> = None;
    let mut item: Option<String> = None;
    let mut list_depth = 0usize;
    let mut styles = (0usize, 0usize); // (strong, emphasis) nesting
    let mut link_target: Vec<String> = Vec::new();
    let mut link_text_start: Vec<usize> = Vec::new();

    let flush = |entry: &mut Option<Entry>, draft: &mut Draft, section: Section, name: &str| {
        if let Some(done) = entry.take() {
            entry_into(done, section, name, draft);
        }
    };

    for event in Parser::new(body) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = heading.take() {
                    let text = text.trim().to_owned();
                    if level == HeadingLevel::H1 {
                        draft
                            .meta
                            .get_or_insert_with(DraftMeta::default)
                            .heading
                            .get_or_insert(text);
                    } else {
                        flush(&mut entry, draft, section, &section_name);
                        section = section_for(&text);
                        if let Some(field) = title_field(section)
                            && !draft.titles.iter().any(|(f, _)| *f == field)
                        {
                            draft.titles.push((field, text.clone()));
                        }
                        section_name = text;
                    }
                }
            }
            Event::Start(Tag::Paragraph) if item.is_none() => {
                paragraph = Some(vec![Line::default()])
            }
            Event::End(TagEnd::Paragraph) if item.is_none() => {
                let Some(lines) = paragraph.take() else {
                    continue;
                };
                let lines: Vec<Line> = lines
                    .into_iter()
                    .map(|l| Line {
                        text: l.text.trim().to_owned(),
                        ..l
                    })
                    .filter(|l| !l.text.is_empty())
                    .collect();
                let is_header = lines.first().is_some_and(|l| l.strong);
                if is_header {
                    flush(&mut entry, draft, section, &section_name);
                    entry = Some(Entry {
                        header: lines,
                        ..Entry::default()
                    });
                } else {
                    let text = lines
                        .iter()
                        .map(|l| l.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ");
                    match &mut entry {
                        Some(open) => open.paragraphs.push(text),
                        None => loose_paragraph(text, section, &section_name, draft),
                    }
                }
            }
            // A loose item's paragraphs ("- Acme" / "" / "  Engineer, 2019 – 2021") are lines
            // of one item, not one run of letters ("AcmeEngineer").
            Event::End(TagEnd::Paragraph) => {
                if let Some(text) = &mut item {
                    text.push('\n');
                }
            }
            Event::Start(Tag::List(_)) => list_depth += 1,
            Event::End(TagEnd::List(_)) => list_depth = list_depth.saturating_sub(1),
            Event::Start(Tag::Item) => item = Some(String::new()),
            Event::End(TagEnd::Item) => {
                if let Some(text) = item.take() {
                    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if text.is_empty() {
                        continue;
                    }
                    match &mut entry {
                        Some(open) => open.bullets.push(text),
                        None => loose_bullet(text, section, &section_name, draft),
                    }
                }
            }
            Event::Rule => flush(&mut entry, draft, section, &section_name),
            Event::Start(Tag::Strong) => styles.0 += 1,
            Event::End(TagEnd::Strong) => styles.0 = styles.0.saturating_sub(1),
            Event::Start(Tag::Emphasis) => styles.1 += 1,
            Event::End(TagEnd::Emphasis) => styles.1 = styles.1.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                link_target.push(dest_url.to_string());
                link_text_start.push(current_text(&heading, &paragraph, &item, 0).len());
            }
            Event::End(TagEnd::Link) => {
                let (Some(url), Some(start)) = (link_target.pop(), link_text_start.pop()) else {
                    continue;
                };
                let shown = current_text(&heading, &paragraph, &item, start);
                if shown.trim() != url {
                    push_text(
                        &mut heading,
                        &mut paragraph,
                        &mut item,
                        &format!(" ({url})"),
                        (0, 0),
                    );
                }
            }
            Event::Text(text) | Event::Code(text) => {
                push_text(&mut heading, &mut paragraph, &mut item, &text, styles);
            }
            Event::SoftBreak => {
                push_text(&mut heading, &mut paragraph, &mut item, " ", (0, 0));
            }
            Event::HardBreak => new_line(&mut paragraph, &mut item),
            Event::InlineHtml(html) | Event::Html(html)
                if html.trim().to_lowercase().starts_with("<br") =>
            {
                new_line(&mut paragraph, &mut item);
            }
            _ => {}
        }
    }
    flush(&mut entry, draft, section, &section_name);
}

fn current_text(
    heading: &Option<(HeadingLevel, String)>,
    paragraph: &Option<Vec<Line>>,
    item: &Option<String>,
    start: usize,
) -> String {
    let whole = if let Some(item) = item {
        item.clone()
    } else if let Some((_, text)) = heading {
        text.clone()
    } else {
        paragraph
            .as_ref()
            .and_then(|lines| lines.last())
            .map(|l| l.text.clone())
            .unwrap_or_default()
    };
    whole.get(start..).unwrap_or_default().to_owned()
}

fn push_text(
    heading: &mut Option<(HeadingLevel, String)>,
    paragraph: &mut Option<Vec<Line>>,
    item: &mut Option<String>,
    text: &str,
    (strong, emphasis): (usize, usize),
) {
    if let Some(item) = item {
        item.push_str(text);
    } else if let Some((_, heading)) = heading {
        heading.push_str(text);
    } else if let Some(line) = paragraph.as_mut().and_then(|lines| lines.last_mut()) {
        let blank = text.trim().is_empty();
        let first = line.text.trim().is_empty();
        if !blank {
            line.strong = (first || line.strong) && strong > 0;
            line.emphasis = (first || line.emphasis) && emphasis > 0;
        }
        line.text.push_str(text);
    }
}

fn new_line(paragraph: &mut Option<Vec<Line>>, item: &mut Option<String>) {
    if let Some(item) = item {
        item.push(' ');
    } else if let Some(lines) = paragraph {
        lines.push(Line::default());
    }
}

/// A paragraph outside any entry: the About section's paragraphs become the summary.
fn loose_paragraph(text: String, section: Section, name: &str, draft: &mut Draft) {
    match section {
        Section::About => draft.summary.push(text),
        Section::Experience | Section::Research => {
            draft.unplaced_positions.push((section_place(name), text));
        }
        _ => draft.unplaced.push((section_place(name), text)),
    }
}

/// A bullet outside any entry.
fn loose_bullet(text: String, section: Section, name: &str, draft: &mut Draft) {
    match section {
        Section::Expertise => {
            let (title, body) = match text.split_once(':') {
                Some((title, body)) if !body.trim().is_empty() => {
                    (title.trim().to_owned(), body.trim().to_owned())
                }
                _ => (text.clone(), text.clone()),
            };
            let tags = body
                .split(',')
                .map(|t| t.trim().trim_end_matches('.').to_owned())
                .filter(|t| !t.is_empty() && t.len() < 40)
                .collect();
            draft.expertise.push((title, body, tags));
        }
        Section::Projects => {
            let (title, body) = match text.split_once(':') {
                Some((title, body)) if !body.trim().is_empty() => {
                    (title.trim().to_owned(), body.trim().to_owned())
                }
                _ => (text.clone(), text.clone()),
            };
            draft.projects.push(DraftProject {
                title,
                text: body,
                ..DraftProject::default()
            });
        }
        Section::About => draft.summary.push(text),
        Section::Experience | Section::Research => {
            draft.unplaced_positions.push((section_place(name), text));
        }
        _ => draft.unplaced.push((section_place(name), text)),
    }
}

fn section_place(name: &str) -> String {
    if name.is_empty() {
        "page".to_owned()
    } else {
        format!("## {name}")
    }
}

/// `Organisation - Place` → (organisation, place), split at the last " - ".
fn organisation_and_place(line: &str) -> (String, Option<String>) {
    for separator in [" - ", " – ", " — ", " | "] {
        if let Some((organisation, place)) = line.rsplit_once(separator) {
            return (
                organisation.trim().to_owned(),
                Some(place.trim().to_owned()),
            );
        }
    }
    (line.trim().to_owned(), None)
}

/// `January 2025 to Present` → (start, end) as folio reads them.
fn period(line: &str) -> (Option<String>, Option<String>) {
    let line = line.trim();
    for separator in [" to ", " – ", " — ", " - ", "–", "—"] {
        if let Some((start, end)) = line.split_once(separator) {
            let end = end.trim();
            let end = if end.eq_ignore_ascii_case("present")
                || end.eq_ignore_ascii_case("now")
                || end.eq_ignore_ascii_case("current")
            {
                "present".to_owned()
            } else {
                end.to_owned()
            };
            return (Some(start.trim().to_owned()), Some(end));
        }
    }
    (Some(line.to_owned()), None)
}

fn is_date(text: &str) -> bool {
    crate::model::date::parse_year_month(text).is_ok()
}

fn is_term(text: &str) -> bool {
    crate::model::date::parse_term(text).is_ok()
}

fn entry_into(entry: Entry, section: Section, name: &str, draft: &mut Draft) {
    let strong: Vec<&str> = entry
        .header
        .iter()
        .filter(|l| l.strong)
        .map(|l| l.text.as_str())
        .collect();
    let when = entry
        .header
        .iter()
        .find(|l| l.emphasis && !l.strong)
        .map(|l| l.text.clone());
    let plain: Vec<String> = entry
        .header
        .iter()
        .filter(|l| !l.strong && !l.emphasis)
        .map(|l| l.text.clone())
        .collect();
    let mut paragraphs = plain;
    paragraphs.extend(entry.paragraphs);
    let title = strong.first().map(|s| (*s).to_owned());
    let (organisation, place) = match strong.get(1) {
        Some(line) => organisation_and_place(line),
        None => (String::new(), None),
    };
    match section {
        Section::Experience | Section::Research => {
            let (start, end) = when.as_deref().map(period).unwrap_or((None, None));
            let mut role = DraftRole {
                role: title.clone(),
                organisation: organisation.clone(),
                location: place,
                summary: (!paragraphs.is_empty()).then(|| paragraphs.join(" ")),
                highlights: entry.bullets,
                ..DraftRole::default()
            };
            if role.organisation.is_empty() {
                // One bold line: it names the place, not the role.
                role.organisation = role.role.take().unwrap_or_default();
            }
            for (value, slot) in [(start, &mut role.start), (end, &mut role.end)] {
                match value {
                    Some(v) if v == "present" || is_date(&v) => *slot = Some(v),
                    Some(v) => draft.unplaced_positions.push((
                        format!("{} ({})", role.organisation, name),
                        format!("date: {v}"),
                    )),
                    None => {}
                }
            }
            if role.organisation.is_empty() {
                draft
                    .unplaced_positions
                    .push((section_place(name), describe(&role)));
            } else if section == Section::Research {
                draft.research.push(role);
            } else {
                draft.experience.push(role);
            }
        }
        Section::Teaching => {
            let terms: Vec<String> = when
                .as_deref()
                .map(|w| {
                    w.split([',', ';'])
                        .map(|t| t.trim().to_owned())
                        .filter(|t| is_term(t))
                        .collect()
                })
                .unwrap_or_default();
            let courses = entry.bullets.iter().map(|b| course(b)).collect();
            let teaching = DraftTeaching {
                role: title.unwrap_or_else(|| "Teaching".to_owned()),
                organisation: if organisation.is_empty() {
                    name.to_owned()
                } else {
                    organisation
                },
                location: place,
                terms,
                courses,
            };
            for paragraph in paragraphs {
                draft.unplaced.push((section_place(name), paragraph));
            }
            draft.teaching.push(teaching);
        }
        Section::Education => {
            let (start, end) = when.as_deref().map(period).unwrap_or((None, None));
            let (institution, degree) = if organisation.is_empty() {
                (title.clone().unwrap_or_default(), None)
            } else {
                (organisation, title.clone())
            };
            let mut text_parts = paragraphs;
            text_parts.extend(entry.bullets);
            draft.education.push(DraftEducation {
                institution,
                degree,
                field: None,
                location: place,
                start: start.filter(|s| is_date(s)),
                end: end.filter(|e| e == "present" || is_date(e)),
                text: (!text_parts.is_empty()).then(|| text_parts.join(" ")),
            });
        }
        Section::Projects => {
            let mut text_parts = paragraphs;
            text_parts.extend(entry.bullets);
            draft.projects.push(DraftProject {
                title: title.clone().unwrap_or_else(|| name.to_owned()),
                text: if text_parts.is_empty() {
                    title.unwrap_or_default()
                } else {
                    text_parts.join(" ")
                },
                ..DraftProject::default()
            });
        }
        Section::Publications | Section::Expertise | Section::About | Section::Other => {
            let mut lines: Vec<String> = entry.header.into_iter().map(|l| l.text).collect();
            lines.extend(paragraphs);
            lines.extend(entry.bullets.into_iter().map(|b| format!("- {b}")));
            // "Title. *Venue*, 2015.": a citation with its venue and year is a publication.
            if section == Section::Publications {
                lines.retain(|line| match super::citation::publication_from(line) {
                    Some(publication) => {
                        draft.publications.push(publication);
                        false
                    }
                    None => true,
                });
                if lines.is_empty() {
                    return;
                }
            }
            let why = if section == Section::Publications {
                " (a publication needs its venue and year; add it under publications)"
            } else {
                ""
            };
            draft
                .unplaced
                .push((format!("{}{why}", section_place(name)), lines.join("\n")));
        }
    }
}

/// A teaching bullet as a course: `CS200: Title (Spring'23, Fall'23)` or `Title (CSE 489)`.
fn course(bullet: &str) -> (Option<String>, String, Vec<String>) {
    let (mut code, rest) = match bullet.split_once(':') {
        Some((code, rest))
            if code.len() <= 12 && code.chars().any(|c| c.is_ascii_digit()) && !rest.is_empty() =>
        {
            (Some(code.trim().to_owned()), rest.trim())
        }
        _ => (None, bullet.trim()),
    };
    let mut title = rest.to_owned();
    let mut terms = Vec::new();
    if let Some(open) = rest.rfind('(')
        && rest.ends_with(')')
    {
        let inside = rest.get(open + 1..rest.len() - 1).unwrap_or_default();
        let parts: Vec<String> = inside.split(',').map(|p| p.trim().to_owned()).collect();
        if parts.iter().all(|p| is_term(p)) {
            terms = parts;
            title = rest.get(..open).unwrap_or_default().trim().to_owned();
        } else if code.is_none() && inside.chars().any(|c| c.is_ascii_digit()) && inside.len() <= 16
        {
            code = Some(inside.trim().to_owned());
            title = rest.get(..open).unwrap_or_default().trim().to_owned();
        }
    }
    (code, title, terms)
}

fn describe(role: &DraftRole) -> String {
    let mut lines: Vec<String> = role.role.iter().cloned().collect();
    lines.extend(role.highlights.iter().map(|h| format!("- {h}")));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_and_place_split_at_the_last_dash() {
        assert_eq!(
            organisation_and_place("CPI-NS, UBuffalo - Buffalo, NY"),
            (
                "CPI-NS, UBuffalo".to_owned(),
                Some("Buffalo, NY".to_owned())
            )
        );
        assert_eq!(
            organisation_and_place("Fiverr"),
            ("Fiverr".to_owned(), None)
        );
    }

    #[test]
    fn a_loose_items_paragraphs_keep_their_words_apart() {
        let mut draft = Draft::default();
        body_into(
            "## Projects\n\n- Ledger sync\n\n  Offline-first, built in Rust\n",
            &mut draft,
        );
        let project = draft.projects.first().map(|p| p.title.as_str());
        assert_eq!(project, Some("Ledger sync Offline-first, built in Rust"));
    }

    #[test]
    fn periods_and_courses() {
        assert_eq!(
            period("January 2025 to Present"),
            (Some("January 2025".to_owned()), Some("present".to_owned()))
        );
        assert_eq!(
            course("CS200: Object Oriented Programming in C++ (Spring'23, Fall'23)"),
            (
                Some("CS200".to_owned()),
                "Object Oriented Programming in C++".to_owned(),
                vec!["Spring'23".to_owned(), "Fall'23".to_owned()]
            )
        );
        assert_eq!(
            course("Modern Networking Concepts (CSE 489/589)"),
            (
                Some("CSE 489/589".to_owned()),
                "Modern Networking Concepts".to_owned(),
                vec![]
            )
        );
    }
}
