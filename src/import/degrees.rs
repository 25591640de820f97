//! Degrees on a CV page: a school's heading ("School, Field -- Place", "Degree, Field |
//! School", "### 2019 - 2020" over "Degree from School"), a list item ("M.S. in Jekyll,
//! Github University, 2014") and the words that tell a degree from a school.

use super::draft::DraftEducation;
use super::page_text::{balanced, date_range, without_links};

/// Where a degree's list item continues on its next line, in the text read as one.
pub(super) const CONTINUED: &str = "\u{2028}";

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
    // "Medientechnik (BA)".
    "(ba)",
    "(ma)",
    // Degrees and school-leaving certificates by their names in other languages.
    "maîtrise",
    "maitrise",
    "licence en",
    "licenciatura",
    "baccalauréat",
    "bachillerato",
    "abitur",
    "fachhochschulreife",
    "hochschulreife",
    "mittlere reife",
    "matura",
    "weiterbildung",
];

/// A degree named by a heading ("Master of Science in Computer Science", or "State University,
/// Bachelor of Science in …"); its institution and dates may follow.
pub(super) fn education_heading(text: &str) -> Option<DraftEducation> {
    let (text, _) = without_links(text);
    let text = text.replace("**", "");
    // "### University of Manchester (1990-09 — 1993-06)", "### 2019 - 2020" (the degree and
    // school follow on the next line).
    let (start, end, text) = date_range(&text).unwrap_or((None, None, text.clone()));
    // RenderCV's Markdown: "## School, Field -- Place".
    let (text, location) = match text.rsplit_once(" -- ") {
        Some((main, place)) => (main.trim().to_owned(), Some(place.trim().to_owned())),
        None => (text, None),
    };
    if text.is_empty() {
        return start.is_some().then(|| DraftEducation {
            start,
            end,
            ..DraftEducation::default()
        });
    }
    let is_school = |s: &str| {
        let lower = s.to_lowercase();
        SCHOOL_WORDS.iter().any(|w| lower.contains(w))
    };
    // "School, Field", "Degree, Field | School" or "School" alone: the part that names a
    // school is the school; before it the degree and field, after it the field.
    if is_school(&text) {
        let separator = [" | ", " — ", " – ", " - ", ", "]
            .into_iter()
            .find(|s| text.contains(s))
            .unwrap_or(", ");
        let parts: Vec<&str> = text.split(separator).map(str::trim).collect();
        if let Some(at) = parts.iter().position(|p| is_school(p)) {
            let before = parts.get(..at).unwrap_or_default().join(", ");
            let after = parts.get(at + 1..).unwrap_or_default().join(", ");
            let (degree, field) = match before
                .split_once(", ")
                .or_else(|| before.split_once(" in "))
            {
                Some((degree, field)) => (
                    Some(degree.trim().to_owned()),
                    Some(field.trim().to_owned()),
                ),
                None if before.is_empty() => (None, None),
                None => (Some(before.clone()), None),
            };
            // "School, Bachelor of Science in Physics": a degree after the school.
            let (degree, field) = match (degree, field) {
                (None, None) if is_degree(&after.to_lowercase()) => {
                    match after.split_once(" in ") {
                        Some((degree, field)) => (
                            Some(degree.trim().to_owned()),
                            Some(field.trim().to_owned()),
                        ),
                        None => (Some(after.clone()), None),
                    }
                }
                (degree, field) => (
                    degree,
                    field.or_else(|| (!after.is_empty()).then_some(after)),
                ),
            };
            return Some(DraftEducation {
                institution: parts.get(at).map(|p| (*p).to_owned()).unwrap_or_default(),
                degree,
                field: field.map(|f| balanced(&f)),
                location,
                start,
                end,
                ..DraftEducation::default()
            });
        }
    }
    education_heading_parts(&text, start, end, location)
}

/// Words in the names of schools and universities.
const SCHOOL_WORDS: &[&str] = &[
    "university",
    "college",
    "institute",
    "school",
    "academy",
    "polytechnic",
    "hochschule",
    "universidad",
    "université",
    "universität",
    "università",
    "universidade",
    "lycée",
];

pub(super) fn is_degree(lower: &str) -> bool {
    DEGREE_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether `lower` names a degree by a word of its own: "Bachelor of Engineering",
/// "bachelor's", not a "Bachelorand" (a student writing a thesis at a company: a job).
pub(super) fn names_degree(lower: &str) -> bool {
    DEGREE_WORDS.iter().any(|w| {
        lower.match_indices(w).any(|(at, _)| {
            !lower
                .get(at + w.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphabetic)
        })
    })
}

/// Whether `text` names a school ("State University", "Lycée Victor Hugo").
pub(super) fn names_school(text: &str) -> bool {
    let lower = text.to_lowercase();
    SCHOOL_WORDS.iter().any(|w| lower.contains(w))
}

/// A degree heading's degree, field and school ("State University, Bachelor of Science in …").
fn education_heading_parts(
    text: &str,
    start: Option<String>,
    end: Option<String>,
    location: Option<String>,
) -> Option<DraftEducation> {
    let is_degree = |s: &str| is_degree(&s.to_lowercase());
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
        location,
        start,
        end,
        text: None,
    })
}

/// "M.S. in Jekyll, Github University, 2014" → degree, field, institution, year.
pub(super) fn education_from(text: &str) -> Option<DraftEducation> {
    let (start, end, rest) = date_range(text).unwrap_or((None, None, text.to_owned()));
    let rest = rest.replace(['*', '_'], "");
    // A list item's continuation line is a part of its own.
    let separator = [CONTINUED, " | ", " - ", " — ", " – ", ", "]
        .into_iter()
        .find(|s| rest.contains(s))
        .unwrap_or(", ");
    let parts: Vec<&str> = rest
        .split(separator)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // The school is the part that names one ("BS, Computer Science | University at
    // Buffalo"), else the second; the degree is what comes before it.
    let names_school = |p: &&str| {
        let lower = p.to_lowercase();
        SCHOOL_WORDS.iter().any(|w| lower.contains(w))
    };
    let school_at = parts.iter().position(names_school).filter(|&at| at > 0);
    // "University of Westmarch - B.Sc. Computer Science": the school first, its degree after.
    let school_first = parts.first().is_some_and(names_school)
        && parts.get(1).is_some_and(|p| is_degree(&p.to_lowercase()));
    let (degree_part, institution) = match (school_at, parts.as_slice()) {
        (None, [school, degree @ ..]) if school_first => {
            (Some(degree.join(", ")), (*school).to_owned())
        }
        (Some(at), _) => (
            Some(parts.get(..at).unwrap_or_default().join(", ")),
            parts.get(at).map(|p| (*p).to_owned()).unwrap_or_default(),
        ),
        (None, [degree, institution, ..]) => {
            (Some((*degree).to_owned()), (*institution).to_owned())
        }
        (None, [only]) => (None, (*only).to_owned()),
        (None, []) => return None,
    };
    let degree_part = degree_part.as_deref();
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

/// Whether a role reads as a degree: its first word names one. Stricter than
/// [`names_degree`], whose words ("associate", "doctor", "certificate") also open job titles.
pub(super) fn first_word_names_a_degree(role: &str) -> bool {
    let first = role
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches([',', ':'])
        .to_lowercase();
    matches!(
        first.as_str(),
        "bachelor"
            | "bachelor's"
            | "bachelors"
            | "master"
            | "master's"
            | "masters"
            | "phd"
            | "ph.d."
            | "ph.d"
            | "doctorate"
            | "b.s."
            | "b.sc."
            | "bsc"
            | "m.s."
            | "m.sc."
            | "msc"
            | "b.a."
            | "m.a."
            | "mba"
            | "b.tech"
            | "m.tech"
            | "b.e."
            | "diploma"
            | "diplôme"
            | "licence"
            | "magister"
            // In the other languages résumés are written in.
            | "bacharelado"
            | "bacharel"
            | "licenciatura"
            | "grado"
            | "máster"
            | "mestrado"
            | "doutorado"
            | "doctorado"
            | "tecnólogo"
            | "pós"
            | "pós-graduação"
            | "posgrado"
            | "studium"
            | "bachelorstudium"
            | "masterstudium"
            | "diplom"
            | "laurea"
            | "dottorato"
            | "maîtrise"
            | "doctorat"
            | "licencjat"
            | "pre-master"
    )
}
