//! A job posting as pasted from a careers page (plain text, Markdown, or HTML pasted as text)
//! read into the requirements it states: each bullet or sentence under a heading, with what
//! the heading says about it (must, nice to have, responsibilities, or nothing to match:
//! benefits, about us).

use super::terms;

/// The longest posting read: a long one is a few pages, 20 KB; more is not a posting.
pub const MAX_BYTES: usize = 200 * 1024;

/// Why a posting cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PostingError {
    /// Nothing but whitespace.
    #[error("the posting is empty: paste the job posting's text into the file")]
    Empty,
    /// Over [`MAX_BYTES`].
    #[error(
        "the posting is {size} KB; a job posting is a few KB: save only the posting's text (at most {} KB)",
        MAX_BYTES / 1024
    )]
    TooLong {
        /// Its size in KB.
        size: usize,
    },
    /// Not text: NUL bytes or not UTF-8.
    #[error("the posting is not text (it has {what}): save the posting as plain text, or paste it")]
    NotText {
        /// What gave it away.
        what: &'static str,
    },
}

/// What a requirement is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RequirementKind {
    /// Names technologies or skills.
    Skill,
    /// Years of experience or a level of responsibility (lead, mentor, manage).
    Seniority,
    /// Something the job does day to day.
    Responsibility,
    /// Anything else asked for.
    Qualification,
}

/// One requirement of the posting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// The bullet or sentence, as written (whitespace tidied).
    pub text: String,
    /// What it is about.
    pub kind: RequirementKind,
    /// Required, rather than nice to have.
    pub must: bool,
    /// Years of experience asked for, if it says ("5+ years").
    pub years: Option<u32>,
}

/// What the heading above a line says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    /// Before any heading: the job's title and introduction.
    Intro,
    Must,
    Nice,
    Responsibilities,
    /// Benefits, the company, how to apply: nothing to match.
    Skip,
}

/// Reads a posting's bytes into its requirements.
pub fn read(bytes: &[u8]) -> Result<Vec<Requirement>, PostingError> {
    if bytes.len() > MAX_BYTES {
        return Err(PostingError::TooLong {
            size: bytes.len().div_ceil(1024),
        });
    }
    if bytes.contains(&0) {
        return Err(PostingError::NotText { what: "NUL bytes" });
    }
    let text = std::str::from_utf8(bytes).map_err(|_not_utf8| PostingError::NotText {
        what: "bytes that are not UTF-8",
    })?;
    if text.trim().is_empty() {
        return Err(PostingError::Empty);
    }
    let text = if looks_like_html(text) {
        html_to_text(text)
    } else {
        text.to_owned()
    };
    Ok(requirements(&text))
}

/// The requirements in a posting's text.
pub fn requirements(text: &str) -> Vec<Requirement> {
    let mut section = Section::Intro;
    let mut out: Vec<Requirement> = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    // A paragraph's lines, joined until a blank line, a bullet or a heading.
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, section: Section, out: &mut Vec<Requirement>| {
        if paragraph.is_empty() {
            return;
        }
        let joined = paragraph.join(" ");
        paragraph.clear();
        for sentence in sentences(&joined) {
            if let Some(requirement) = requirement(&tidy(&sentence), section, false) {
                out.push(requirement);
            }
        }
    };
    for (index, raw) in lines.iter().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            flush(&mut paragraph, section, &mut out);
            continue;
        }
        let next_is_bullet = lines
            .get(index + 1..)
            .and_then(|rest| rest.iter().find(|l| !l.trim().is_empty()))
            .is_some_and(|l| bullet(l.trim()).is_some());
        // The first line is the job's title ("Senior Mobile Engineer (iOS & Android)"), not
        // something it asks.
        let first = lines.iter().take(index).all(|l| l.trim().is_empty());
        if first
            && bullet(line).is_none()
            && line.split_whitespace().count() <= 12
            && !line.ends_with(['.', '!', '?'])
        {
            continue;
        }
        // "We offer: equity, ..." and "**Location:** Remote" carry their heading inline.
        if let Some((label, rest)) = line.split_once(':')
            && !rest.trim().trim_start_matches('*').trim().is_empty()
            && label.split_whitespace().count() <= 4
            && bullet(line).is_none()
            && classify(label.trim_matches(['*', '_', ' '])) == Some(Section::Skip)
        {
            flush(&mut paragraph, section, &mut out);
            continue;
        }
        if let Some(heading) = heading(line, next_is_bullet) {
            flush(&mut paragraph, section, &mut out);
            section = classify(&heading).unwrap_or(match section {
                // An unknown heading right after the introduction ("The team") says nothing;
                // one after requirements is a sub-heading of them ("Backend", "Data").
                Section::Intro | Section::Skip => Section::Intro,
                kept => kept,
            });
            continue;
        }
        if section == Section::Skip {
            continue;
        }
        match bullet(line) {
            Some(body) => {
                flush(&mut paragraph, section, &mut out);
                if let Some(requirement) = requirement(&tidy(body), section, true) {
                    out.push(requirement);
                }
            }
            None => paragraph.push(line),
        }
    }
    flush(&mut paragraph, section, &mut out);
    out.dedup_by(|a, b| a.text == b.text);
    out
}

/// One line or sentence as a requirement, or `None` when it asks nothing.
fn requirement(text: &str, section: Section, is_bullet: bool) -> Option<Requirement> {
    let lower = text.to_lowercase();
    let technologies = terms::technologies(text);
    let years = years_asked(&lower);
    let leads = [
        "lead",
        "mentor",
        "manag",
        "senior",
        "staff",
        "principal",
        "ownership",
    ]
    .iter()
    .any(|w| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word.starts_with(w))
    });
    let content = terms::stems(text).len();
    if content == 0 && technologies.is_empty() {
        return None;
    }
    // Prose around the lists (the introduction, "The role") describes more than it asks: a
    // sentence there counts when it names a technology or years.
    let listed_section = matches!(section, Section::Must | Section::Nice);
    if !is_bullet && !listed_section && years.is_none() && technologies.is_empty() {
        return None;
    }
    // Too short to ask anything ("Requirements" without a colon, a stray word).
    if content < 2 && technologies.is_empty() && years.is_none() {
        return None;
    }
    let nice_words = [
        "nice to have",
        "a plus",
        "bonus",
        "preferred",
        "ideally",
        "desirable",
    ];
    let must = match section {
        Section::Nice => false,
        _ => !nice_words.iter().any(|w| lower.contains(w)),
    };
    let kind = if years.is_some() || (leads && technologies.is_empty()) {
        RequirementKind::Seniority
    } else if !technologies.is_empty() {
        RequirementKind::Skill
    } else if section == Section::Responsibilities {
        RequirementKind::Responsibility
    } else {
        RequirementKind::Qualification
    };
    Some(Requirement {
        text: text.to_owned(),
        kind,
        must,
        years,
    })
}

/// "5+ years", "at least 3 years", "seven years" → the number.
fn years_asked(lower: &str) -> Option<u32> {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let spelled = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    words.windows(2).find_map(|pair| {
        let [number, unit] = pair else { return None };
        if !(unit.starts_with("year") || *unit == "yrs" || unit.starts_with("yrs")) {
            return None;
        }
        let digits: String = number.chars().take_while(char::is_ascii_digit).collect();
        let value = digits.parse::<u32>().ok().or_else(|| {
            spelled
                .iter()
                .position(|w| w == number)
                .and_then(|n| u32::try_from(n).ok())
        })?;
        (1..=40).contains(&value).then_some(value)
    })
}

/// The line's text when it is a bullet ("- ", "* ", "• ", "1. ", "1) ").
fn bullet(line: &str) -> Option<&str> {
    for marker in [
        "- ", "* ", "• ", "· ", "– ", "— ", "+ ", "▪ ", "○ ", "● ", "✓ ", "✔ ",
    ] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = line.get(digits..)?;
        if let Some(body) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(body.trim());
        }
    }
    None
}

/// The heading's text when the line is one: Markdown `#`, `**bold**` alone, a short line
/// ending in a colon, or a short line without a full stop that bullets follow.
fn heading(line: &str, next_is_bullet: bool) -> Option<String> {
    if let Some(rest) = line.strip_prefix('#') {
        return Some(rest.trim_start_matches('#').trim().to_owned());
    }
    let unbold = line
        .strip_prefix("**")
        .and_then(|l| l.strip_suffix("**").or_else(|| l.strip_suffix("**:")))
        .or_else(|| line.strip_prefix("__").and_then(|l| l.strip_suffix("__")));
    if let Some(text) = unbold {
        return Some(text.trim().trim_end_matches(':').to_owned());
    }
    if bullet(line).is_some() {
        return None;
    }
    let words = line.split_whitespace().count();
    let short = words <= 8 && line.chars().count() <= 60;
    if short && line.ends_with(':') {
        return Some(line.trim_end_matches(':').to_owned());
    }
    if short && next_is_bullet && !line.ends_with(['.', '!', '?', ',', ';']) {
        return Some(line.to_owned());
    }
    None
}

/// What a heading says about the lines under it; `None` when it says nothing known.
fn classify(heading: &str) -> Option<Section> {
    let h = heading.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if has(&[
        "nice to have",
        "nice-to-have",
        "bonus",
        "preferred",
        "plus",
        "desirable",
        "ideally",
        "extra credit",
        "would be great",
        "good to have",
    ]) {
        return Some(Section::Nice);
    }
    if has(&[
        "benefit",
        "perks",
        "we offer",
        "compensation",
        "salary",
        "about us",
        "about the company",
        "who we are",
        "equal opportunit",
        "how we work",
        "our culture",
        "culture",
        "how to apply",
        "hiring process",
        "interview process",
        "our values",
        "why join",
        "why work",
        "life at",
        "diversity",
        "apply",
    ]) {
        return Some(Section::Skip);
    }
    if has(&[
        "responsibilit",
        "what you'll do",
        "what you will do",
        "what you’ll do",
        "the role",
        "your role",
        "day to day",
        "day-to-day",
        "you will",
        "in this role",
        "your impact",
        "what you'll work on",
        "the job",
        "duties",
        "mission",
    ]) {
        return Some(Section::Responsibilities);
    }
    if has(&[
        "requirement",
        "qualification",
        "what you'll need",
        "what you will need",
        "what you’ll need",
        "looking for",
        "you have",
        "you bring",
        "must",
        "minimum",
        "basic",
        "about you",
        "who you are",
        "skills",
        "experience",
        "what we need",
        "you should",
        "you'll have",
        "tech stack",
        "our stack",
        "technolog",
    ]) {
        return Some(Section::Must);
    }
    None
}

/// A paragraph cut into sentences at ". ", "! " and "? " (not inside "e.g. " or "i.e. ").
fn sentences(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = paragraph.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|n| n.is_whitespace());
        let abbreviation = ["e.g.", "i.e.", "etc.", "vs.", "approx."]
            .iter()
            .any(|a| current.to_lowercase().ends_with(a));
        if ends && !abbreviation {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

/// Whitespace squeezed; Markdown emphasis and a trailing semicolon dropped.
fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace("**", "")
        .replace("__", "")
        .trim_end_matches([';', ','])
        .trim()
        .to_owned()
}

fn looks_like_html(text: &str) -> bool {
    let lower = text.to_lowercase();
    ["<li", "<p>", "<p ", "<br", "</div>", "<ul", "<h2", "<h3"]
        .iter()
        .any(|tag| lower.contains(tag))
}

/// HTML pasted as text, as the lines a reader sees: list items as bullets, headings and
/// paragraphs on lines of their own, tags dropped, the common entities decoded.
fn html_to_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open..).unwrap_or_default();
        let Some(close) = after.find('>') else {
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after.get(1..close).unwrap_or_default().to_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        match (tag.starts_with('/'), name.as_str()) {
            (false, "li") => out.push_str("\n- "),
            (false, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") => out.push_str("\n# "),
            (_, "p" | "div" | "br" | "ul" | "ol" | "tr")
            | (true, "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li") => {
                out.push('\n');
            }
            (false, "strong" | "b") if out.ends_with('\n') || out.is_empty() => out.push_str("**"),
            (true, "strong" | "b")
                if after
                    .get(close + 1..)
                    .is_some_and(|a| a.trim_start_matches([' ', ':']).starts_with('<')) =>
            {
                out.push_str("**");
            }
            _ => {}
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&rsquo;", "’")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_tell_must_from_nice_and_skip_benefits() {
        let posting = "Senior Backend Engineer\n\nWe are a payments company.\n\n\
            Requirements:\n- 5+ years building backend services\n- Go or Java\n\n\
            Nice to have\n- Kubernetes\n\nBenefits\n- Free lunch and a gym\n";
        let found = requirements(posting);
        let texts: Vec<(&str, bool, RequirementKind)> = found
            .iter()
            .map(|r| (r.text.as_str(), r.must, r.kind))
            .collect();
        assert_eq!(
            texts,
            [
                (
                    "5+ years building backend services",
                    true,
                    RequirementKind::Seniority
                ),
                ("Go or Java", true, RequirementKind::Skill),
                ("Kubernetes", false, RequirementKind::Skill),
            ]
        );
        assert_eq!(found[0].years, Some(5));
    }

    #[test]
    fn html_pasted_as_text_reads_like_the_page() {
        let html = "<h2>What you'll do</h2><ul><li>Own our Kafka pipelines</li>\
            <li>Mentor two engineers</li></ul><h2>Perks</h2><ul><li>Equity</li></ul>";
        let found = requirements(&html_to_text(html));
        let texts: Vec<&str> = found.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["Own our Kafka pipelines", "Mentor two engineers"]);
        assert_eq!(found[1].kind, RequirementKind::Seniority);
    }

    #[test]
    fn what_is_not_a_posting_says_so() {
        assert_eq!(read(b"  \n"), Err(PostingError::Empty));
        assert_eq!(
            read(b"abc\0def"),
            Err(PostingError::NotText { what: "NUL bytes" })
        );
        assert!(matches!(
            read(&[0xff, 0xfe, 0x41]),
            Err(PostingError::NotText { .. })
        ));
        let huge = vec![b'a'; MAX_BYTES + 1];
        assert!(matches!(
            read(&huge),
            Err(PostingError::TooLong { size: 201 })
        ));
    }
}
