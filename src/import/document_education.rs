//! Education from a document's blocks (PDF, Word, plain text): under a heading that names it,
//! each line naming a school starts a degree; the degree, field and dates come from that line
//! and the one beside it, so a student's résumé imports with its education even where it lists
//! no position.

use super::blocks::{Block, Kind};
use super::dates;
use super::degrees::{is_degree, names_school};
use super::draft::DraftEducation;
use super::section_heads::heading;

/// Words of a heading that opens a section of education.
const EDUCATION_WORDS: &[&str] = &[
    "education",
    "qualification",
    "qualifications",
    "academic",
    "studies",
    "degrees",
    "schooling",
    "ausbildung",
    "studium",
    "formation",
    "formación",
    "formação",
    "образование",
    "教育经历",
    "教育背景",
    "学歴",
    "학력",
];

/// Whether a block is a heading that opens a section of education.
fn opens_education(block: &Block) -> bool {
    heading(block).is_some()
        && block
            .text()
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| EDUCATION_WORDS.contains(&w))
}

/// The degrees listed under the document's education headings.
pub fn education(blocks: &[Block]) -> Vec<DraftEducation> {
    let mut out = Vec::new();
    let mut inside = false;
    let mut i = 0;
    while let Some(block) = blocks.get(i) {
        i += 1;
        if opens_education(block) {
            inside = true;
            continue;
        }
        if heading(block).is_some() {
            inside = false;
            continue;
        }
        if !inside || matches!(block.kind, Kind::Item(d) if d > 0) {
            continue;
        }
        let text = block.parts.join(" | ");
        if !names_school(&text) {
            continue;
        }
        // The degree on the line itself, or on the line under it.
        let beside = blocks.get(i).filter(|b| {
            heading(b).is_none()
                && !names_school(&b.parts.join(" "))
                && is_degree(&b.parts.join(" ").to_lowercase())
        });
        if let Some(degree) = read(block, beside) {
            out.push(degree);
        }
    }
    out
}

/// One degree from its school's line and the degree's line beside it, if any.
fn read(school_line: &Block, degree_line: Option<&Block>) -> Option<DraftEducation> {
    let clean = |p: &str| {
        let p = dates::without_date(p);
        p.trim()
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')' && c != '.')
            .to_owned()
    };
    // The line's comma pieces: the school, what names a degree before it, the place after it.
    let pieces: Vec<String> = school_line
        .parts
        .iter()
        .flat_map(|p| clean(p).split(", ").map(str::to_owned).collect::<Vec<_>>())
        .filter(|p| !p.is_empty())
        .collect();
    let at = pieces.iter().position(|p| names_school(p))?;
    let mut institution = pieces.get(at)?.trim().to_owned();
    // "Bachelor's Degree at State University": the degree and the school in one piece.
    let mut in_piece = None;
    if is_degree(&institution.to_lowercase()) {
        for cue in [" at ", " from ", " - ", " — ", " – ", "  "] {
            if let Some((before, after)) = institution.split_once(cue)
                && names_school(after)
            {
                in_piece = Some(before.trim().to_owned());
                institution = after.trim().to_owned();
                break;
            }
        }
    }
    let location = pieces
        .get(at + 1..)
        .map(|after| {
            after
                .iter()
                .filter(|p| !is_degree(&p.to_lowercase()))
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")
        })
        .filter(|l| !l.is_empty());
    let on_line = pieces
        .get(..at)
        .map(|before| before.join(", "))
        .filter(|d| is_degree(&d.to_lowercase()));
    let degree_text = in_piece.or(on_line).or_else(|| {
        degree_line.map(|b| {
            b.parts
                .iter()
                .map(|p| clean(p))
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let (degree, field) = match degree_text.as_deref().map(split_field) {
        Some((degree, field)) => (Some(degree), field),
        None => (None, None),
    };
    let found = school_line
        .parts
        .iter()
        .chain(degree_line.into_iter().flat_map(|b| b.parts.iter()))
        .find_map(|p| dates::find(p));
    if institution.chars().filter(|c| c.is_alphabetic()).count() < 3
        || (degree.is_none() && found.is_none())
    {
        return None;
    }
    let (start, end) = match found {
        Some(f) if f.end.is_some() => (Some(f.start), f.end),
        // A single date is when the degree was (or will be) completed.
        Some(f) => (None, Some(f.start)),
        None => (None, None),
    };
    Some(DraftEducation {
        institution,
        degree,
        field,
        location,
        start,
        end,
        text: None,
    })
}

/// "Master of Science in Computer Science" → degree and field; "Bachelor of Science, Data
/// Processing" too.
fn split_field(text: &str) -> (String, Option<String>) {
    for separator in [" in ", ", ", " - ", " — "] {
        if let Some((degree, field)) = text.split_once(separator) {
            let field = field.trim();
            if !field.is_empty() {
                return (degree.trim().to_owned(), Some(field.to_owned()));
            }
        }
    }
    (text.trim().to_owned(), None)
}

#[cfg(test)]
mod tests {
    use super::super::blocks::from_text;
    use super::*;

    /// Institution, degree, field and end of each degree read.
    type Read = (String, Option<String>, Option<String>, Option<String>);

    fn read_all(text: &str) -> Vec<Read> {
        education(&from_text(text))
            .into_iter()
            .map(|e| (e.institution, e.degree, e.field, e.end))
            .collect()
    }

    #[test]
    fn a_degree_at_a_school_in_one_piece() {
        assert_eq!(
            read_all("Education\n. Bachelor’s Degree at Widget State University   2016 – 2020\n"),
            vec![(
                "Widget State University".into(),
                Some("Bachelor’s Degree".into()),
                None,
                Some("2020".into())
            )]
        );
    }

    #[test]
    fn a_students_degrees_under_education() {
        let text = "Dana Example\n\
                    EDUCATION\n\
                    State University, Springfield   May 2021\n\
                    Master of Science, Health Informatics\n\
                    B.S. in Physics, Shelbyville College   2014 - 2018\n\
                    SKILLS\n\
                    Rust, SQL, Springfield University fan club\n";
        assert_eq!(
            read_all(text),
            vec![
                (
                    "State University".into(),
                    Some("Master of Science".into()),
                    Some("Health Informatics".into()),
                    Some("2021-05".into())
                ),
                (
                    "Shelbyville College".into(),
                    Some("B.S.".into()),
                    Some("Physics".into()),
                    Some("2018".into())
                ),
            ]
        );
    }
}
