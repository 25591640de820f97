//! A job posting as pasted from a careers page (plain text, Markdown, or HTML pasted as text)
//! read into the requirements it states: each bullet or sentence under a heading, with what
//! the heading says about it (must, nice to have, responsibilities, or nothing to match:
//! benefits, about us).

use super::heading::{self, SectionKind};
use super::paste;
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
    let text = if paste::looks_like_html(text) {
        paste::html_to_text(text)
    } else {
        text.to_owned()
    };
    Ok(requirements(&text))
}

/// One entry of a posting's text: a bullet (with its wrapped lines), a line of a list
/// without bullets, or a paragraph.
struct Entry {
    text: String,
    /// A bullet or a line of a list, rather than a paragraph of prose.
    listed: bool,
}

/// The entries under one heading.
struct Block {
    kind: SectionKind,
    entries: Vec<Entry>,
}

/// The requirements in a posting's text.
pub fn requirements(text: &str) -> Vec<Requirement> {
    let text = paste::clean(text);
    let blocks = blocks(&text);
    let asked = blocks
        .iter()
        .any(|b| b.kind.asks() && !b.entries.is_empty());
    let mut out: Vec<Requirement> = Vec::new();
    for block in &blocks {
        // A posting without the usual headings: read its lists wherever they are, and prose
        // naming a technology or years, except under headings that ask nothing.
        let kind = match block.kind {
            kind if kind.asks() => kind,
            SectionKind::Header | SectionKind::Role if !asked => SectionKind::Requirements,
            // A list under "About the role" lists the job's duties.
            SectionKind::Role => SectionKind::Responsibilities,
            _ => continue,
        };
        // Prose under a heading that asks nothing: only what names a technology or years.
        let fallback = !block.kind.asks();
        let listed = block.entries.iter().any(|e| e.listed);
        for entry in &block.entries {
            if entry.listed {
                if lead_in(&entry.text) || about_us(&entry.text) {
                    continue;
                }
                out.extend(requirement(&tidy(&entry.text), kind, true));
            } else if !listed || fallback || labelled(&entry.text) {
                if block.kind == SectionKind::Role && asked {
                    continue;
                }
                // Prose beside a list introduces it; prose alone under a heading that asks
                // is what it asks, sentence by sentence.
                for sentence in sentences(&entry.text) {
                    let sentence = tidy(&sentence);
                    if lead_in(&sentence) || describes_role(&sentence) {
                        continue;
                    }
                    out.extend(requirement(&sentence, kind, !fallback));
                }
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|r| seen.insert(r.text.to_lowercase()));
    out
}

/// "You will:", "any combination of the following." and "Not sure you qualify?" introduce
/// a list or ask the reader; they ask nothing of the candidate.
fn lead_in(text: &str) -> bool {
    let lower = text.to_lowercase();
    text.ends_with([':', '?']) || (lower.contains("the following") && text.ends_with(['.', ':']))
}

/// "Our team primarily uses Go…", "This role will be remote…": a line of a list that says
/// what the company or the job is, not what it asks.
fn about_us(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with("our ") || lower.starts_with("this role ")
}

/// "Education: a degree in…": a requirement under a label of its own, though it stands as
/// a paragraph after a list.
fn labelled(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, rest)| {
        let words = label.split_whitespace().count();
        (1..=3).contains(&words) && rest.split_whitespace().count() >= 3
    })
}

/// Prose about the job rather than the candidate: "We are seeking…", "Our team…", "As a
/// Senior Engineer you will…".
fn describes_role(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('’', "'");
    [
        "we ",
        "we're ",
        "we'd ",
        "our ",
        "as a ",
        "as an ",
        "this role",
        "in this role",
        "the role",
    ]
    .iter()
    .any(|w| lower.starts_with(w))
}

/// The text cut at its headings into blocks of entries, each block with what its heading
/// announces. Text before the first heading is the header.
fn blocks(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let line = |i: usize| lines.get(i).map_or("", |l| l.trim());
    let blank = |i: usize| i >= lines.len() || line(i).is_empty();
    let mut blocks = vec![Block {
        kind: SectionKind::Header,
        entries: Vec::new(),
    }];
    let mut previous_heading = false;
    for (i, raw) in lines.iter().enumerate() {
        let text = raw.trim();
        if text.is_empty() {
            continue;
        }
        let prev_blank = i == 0 || blank(i - 1);
        let next_bullet = !blank(i + 1) && bullet(line(i + 1)).is_some();
        let heading_text = heading::marked(text).or_else(|| {
            // A heading starts a paragraph, but "Preferred:" may follow a list at once.
            let starts = prev_blank || previous_heading || (text.ends_with(':') && next_bullet);
            if bullet(text).is_some() || !starts {
                return None;
            }
            let next = (i + 1..lines.len()).find(|j| !blank(*j));
            let next_listed = next.is_some_and(|j| bullet(line(j)).is_some())
                || !blank(i + 1) && bullet(line(i + 1)).is_none();
            let alone = prev_blank && blank(i + 1);
            let plain = heading::plain(text);
            // A line naming a technology or years is a requirement, whatever it starts with.
            let asks = !terms::technologies(&plain).is_empty()
                || years_asked(&plain.to_lowercase()).is_some();
            // Above a list without bullets, only a heading's own words ("Required"), so
            // that the list's first line ("Startup experience") stays in it.
            let other = heading_words(&plain);
            let in_list = !blank(i + 1) && !next_bullet && !text.ends_with(':');
            let current = blocks.last().map_or(SectionKind::Header, |b| b.kind);
            (!(asks || in_list && other > 0)
                && heading::plain_heading(text, next_listed, alone, other, current))
            .then_some(plain)
        });
        let after_heading = previous_heading;
        previous_heading = heading_text.is_some();
        if let Some(heading_text) = heading_text {
            let current = blocks.last().map_or(SectionKind::Header, |b| b.kind);
            let kind = match heading::classify(&heading_text) {
                Some(kind) => kind,
                // A short unknown heading inside a list of duties or requirements is a
                // sub-heading ("Technical:", "Backend"); after prose it says nothing known.
                // Right under a heading, a line of its own ("You'll be a great fit if you:")
                // introduces that heading's list.
                None if current.asks()
                    && (heading_text.split_whitespace().count() <= 4 || after_heading) =>
                {
                    current
                }
                None if current == SectionKind::Header => SectionKind::Header,
                None => SectionKind::Other,
            };
            blocks.push(Block {
                kind,
                entries: Vec::new(),
            });
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            continue;
        };
        // "Perks: free bread." and "Location: Remote" carry their heading inline.
        if let Some((label, rest)) = text.split_once(':')
            && !rest.trim().is_empty()
            && label.split_whitespace().count() <= 4
            && heading::classify(label).is_some_and(|k| !k.asks())
        {
            continue;
        }
        let in_run = !prev_blank && !after_heading;
        match bullet(text) {
            Some(body) => block.entries.push(Entry {
                text: body.to_owned(),
                listed: true,
            }),
            None => {
                // A wrapped line: indented under its bullet or starting in lower case, or
                // a long line's continuation in a paragraph wrapped by hand.
                let wrapped = in_run
                    && block.entries.last().is_some_and(|last| {
                        let lower = text
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_lowercase() || c == '(');
                        let previous = lines.get(i - 1).map_or("", |l| l.trim());
                        (raw.starts_with(' ') && bullet(previous).is_some())
                            || (lower && bullet(previous).is_some())
                            || (lower
                                && previous.chars().count() >= 60
                                && !previous.ends_with(['.', ';', ':', '!', '?']))
                            || last.text.ends_with(',')
                            || last.text.rsplit(' ').next().is_some_and(|w| {
                                ["and", "or", "of", "to", "with", "the", "a", "in", "for"]
                                    .contains(&w)
                            })
                    });
                match block.entries.last_mut() {
                    Some(last) if wrapped => {
                        last.text.push(' ');
                        last.text.push_str(text);
                    }
                    Some(last) if in_run => {
                        // Lines one under another without bullets are a list.
                        last.listed = true;
                        block.entries.push(Entry {
                            text: text.to_owned(),
                            listed: true,
                        });
                    }
                    _ => block.entries.push(Entry {
                        text: text.to_owned(),
                        listed: false,
                    }),
                }
            }
        }
    }
    blocks
}

/// How many words of a would-be heading are not heading words ("WHAT YOU BRING TO ACME":
/// one, the company; "Extensive experience with Java": two).
fn heading_words(text: &str) -> usize {
    const COMMON: &[&str] = &[
        "what",
        "you",
        "you'll",
        "your",
        "we",
        "we're",
        "we'll",
        "our",
        "will",
        "the",
        "a",
        "an",
        "to",
        "with",
        "for",
        "about",
        "who",
        "are",
        "do",
        "need",
        "from",
        "bring",
        "have",
        "and",
        "of",
        "in",
        "is",
        "it",
        "us",
        "how",
        "why",
        "get",
        "be",
        "this",
        "that",
        "few",
        "more",
        "can",
        "at",
        "on",
        "key",
        "my",
        "i",
        "some",
        "job",
        "role",
        "team",
        "work",
        "working",
        "love",
        "offer",
        "skills",
        "nice",
        "must",
        "plus",
        "points",
        "bonus",
        "preferred",
        "required",
        "requirements",
        "qualifications",
        "responsibilities",
        "benefits",
        "perks",
        "experience",
        "expertise",
        "background",
        "looking",
        "for",
        "day",
        "life",
        "make",
        "impact",
        "process",
        "interview",
        "apply",
        "here",
        "information",
        "additional",
        "summary",
        "description",
        "company",
        "opportunity",
        "equal",
        "do",
        "ll",
        "it's",
        "about",
        "support",
        "health",
        "culture",
        "values",
        "mission",
        "growing",
        "grow",
        "qualities",
        "personality",
        "responsibility",
        "reasons",
        "rewards",
        "total",
        "time",
        "off",
        "compensation",
        "salary",
        "equity",
        "minimum",
        "basic",
        "what's",
        "you're",
        "who",
        "day-to-day",
        "duties",
        "person",
        "profile",
        "tech",
        "stack",
        "location",
    ];
    text.to_lowercase()
        .replace('’', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty() && !COMMON.contains(w))
        .count()
}

/// One line or sentence as a requirement, or `None` when it asks nothing. `is_listed`: a
/// bullet or a line of a list, which counts without naming a technology.
fn requirement(text: &str, section: SectionKind, is_listed: bool) -> Option<Requirement> {
    let lower = text.to_lowercase().replace('’', "'");
    if heading::never_asked(&lower) {
        return None;
    }
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
    // Prose outside the lists describes more than it asks: a sentence there counts when it
    // names a technology or years.
    if !is_listed && years.is_none() && technologies.is_empty() {
        return None;
    }
    // Too short to ask anything (a stray word); a listed "Startup experience" asks.
    if content < 2 - usize::from(is_listed) && technologies.is_empty() && years.is_none() {
        return None;
    }
    let must = section != SectionKind::NiceToHave && !says_nice(&lower);
    let kind = if years.is_some() || (leads && technologies.is_empty()) {
        RequirementKind::Seniority
    } else if !technologies.is_empty() {
        RequirementKind::Skill
    } else if section == SectionKind::Responsibilities {
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

/// Whether a requirement's own words make it a nice-to-have: "a plus", "bonus",
/// "preferred" in its main clause. An aside does not ("SQL (Airflow preferred)", "Swift -
/// Objective-C is a plus"), unless it is all there is ("Android (bonus)").
fn says_nice(lower: &str) -> bool {
    const NICE: &[&str] = &[
        "nice to have",
        "nice-to-have",
        "a plus",
        "strong plus",
        "big plus",
        "bonus",
        "preferred",
        "preferably",
        "desirable",
        "an advantage",
        "un atout",
        "would be great",
        "not required",
        "beneficial",
    ];
    let has = |text: &str| NICE.iter().any(|w| text.contains(w));
    let main: String = {
        let mut depth = 0_u32;
        let mut out = String::new();
        for c in lower.chars() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out.split(" - ")
            .next()
            .unwrap_or_default()
            .split(" – ")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    let aside_only = lower
        .rsplit_once('(')
        .is_some_and(|(_, aside)| has(aside) && aside.split_whitespace().count() <= 3);
    has(&main) || aside_only || lower.starts_with("ideally")
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
        // "23+ years of experience" of a company is its history, not an ask.
        (1..=20).contains(&value).then_some(value)
    })
}

/// The line's text when it is a bullet ("- ", "* ", "• ", "1. ", "1) ", "✅ "): ASCII marks
/// need a space after them, the typographic ones ("•Item") do not.
fn bullet(line: &str) -> Option<&str> {
    for marker in ["- ", "* ", "+ ", "o "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    let mut chars = line.chars();
    let first = chars.next()?;
    let typographic = matches!(
        first,
        '•' | '·'
            | '–'
            | '—'
            | '▪'
            | '○'
            | '●'
            | '◦'
            | '‣'
            | '⁃'
            | '▸'
            | '►'
            | '➢'
            | '→'
            | '✓'
            | '✔'
            | '✅'
            | '☑'
            | '■'
            | '□'
            | '◆'
            | '❖'
            | '➤'
            | '⭐'
            | '🔹'
            | '🔸'
            | '👉'
    );
    if typographic {
        let rest = chars.as_str().trim_start_matches('\u{fe0f}').trim();
        return (!rest.is_empty()).then_some(rest);
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
        let found = requirements(&paste::html_to_text(html));
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

    /// The SRE posting as a browser's copy gives it, and the same made messy the ways pastes
    /// are: other bullets or none, non-breaking and zero-width spaces, tabs, CRLF, trailing
    /// blanks, emoji before headings, a paragraph wrapped by hand.
    #[test]
    fn a_messy_paste_reads_like_a_clean_one() {
        let clean = include_str!("../../tests/fixtures/postings/sre-pasted.txt");
        let bullets = ["· ", "– ", "* ", "", "•", "- "];
        let mut messy = String::new();
        let mut n = 0;
        for line in clean.lines() {
            let line = match line.strip_prefix("• ").or_else(|| line.strip_prefix("- ")) {
                Some(body) => {
                    n += 1;
                    format!(
                        "{}{}",
                        bullets[n % bullets.len()],
                        body.replace(' ', "\u{a0}")
                    )
                }
                None if line.starts_with("What you") => format!("🚀 {line}\u{200b}"),
                None if line.starts_with("Northwind is an equal") => {
                    line.replacen(". ", ".\r\n", 1)
                }
                None => line.replace("  ", "\t"),
            };
            messy.push_str(&line);
            messy.push_str(" \t\r\n");
        }
        let read = |text: &str| -> Vec<(String, bool, RequirementKind)> {
            requirements(text)
                .into_iter()
                .map(|r| (r.text, r.must, r.kind))
                .collect()
        };
        let clean_read = read(clean);
        assert_eq!(read(&messy), clean_read);
        let texts: Vec<&str> = clean_read.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(texts.len(), 9, "{texts:?}");
        for never in [
            "Parental leave",
            "Home office support",
            "Flexible Paid Time Off",
        ] {
            assert!(!texts.contains(&never), "{never} read as a requirement");
        }
        assert!(
            !texts
                .iter()
                .any(|t| t.contains("Northwind") || t.contains('$'))
        );
        assert_eq!(clean_read.iter().filter(|(_, must, _)| !must).count(), 1);
    }
}
