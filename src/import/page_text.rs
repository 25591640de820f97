//! The text of a CV page as a reader takes it: dates and date ranges in any of the ways
//! people write them, places, links, the words that name a role, and what the browser would
//! not show.

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
        .rfind([' ', '(', ')', ':', ',', '|', '–', '—', '-'])
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
    let first_end = first_end + month_after(line, first_end);
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
                        let end_byte = end_byte + month_after(line, end_byte);
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

/// The page as a reader sees it: HTML comments (commented-out sections) left out, line
/// breaks (`<br>`) and non-breaking spaces (`&nbsp;`) as spaces.
pub(super) fn visible(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find("<!--") {
        out.push_str(rest.get(..open).unwrap_or_default());
        match rest.get(open..).and_then(|r| r.find("-->")) {
            Some(close) => rest = rest.get(open + close + 3..).unwrap_or_default(),
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    html_spaces(&out)
}

/// Line breaks (`<br>`) and non-breaking spaces as spaces, `&amp;` as `&`: what sources leave
/// of HTML in Markdown and in JSON texts.
pub(super) fn html_spaces(text: &str) -> String {
    let mut out = text.to_owned();
    for (from, to) in [
        ("&nbsp;", " "),
        ("<br />", " "),
        ("<br/>", " "),
        ("<br>", " "),
        ("&amp;", "&"),
    ] {
        out = out.replace(from, to);
    }
    out
}

/// A line of date ranges and nothing else: the first start and the last end.
pub(super) fn dates_only(text: &str) -> Option<(Option<String>, Option<String>)> {
    let (mut first, mut last) = (None, None);
    let mut rest = text.trim_matches(['*', '_']).to_owned();
    while let Some((start, end, remaining)) = date_range(&rest) {
        if first.is_none() {
            first = start;
        }
        last = end;
        if remaining.len() >= rest.len() {
            break;
        }
        rest = remaining;
    }
    (first.is_some() && rest.trim_matches([',', ';', ' ', '&']).is_empty()).then_some((first, last))
}

/// "Montreal, Canada", "Leysin, Switzerland": a place on a line of its own.
pub(super) fn is_place(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    text.matches(',').count() == 1
        && words.len() <= 4
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// A line with its Markdown links as their text, and the first link's address.
pub(super) fn without_links(text: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut first = None;
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some((label, after)) = rest.get(open + 1..).and_then(|r| r.split_once("](")) else {
            break;
        };
        let Some((url, tail)) = after.split_once(')') else {
            break;
        };
        out.push_str(rest.get(..open).unwrap_or_default());
        out.push_str(label);
        first.get_or_insert_with(|| url.to_owned());
        rest = tail;
    }
    out.push_str(rest);
    (out, first)
}

/// The length of a month written after a year at `at` ("-10" in "2012-10"), or 0; "-13" and
/// "-2014" are no months.
fn month_after(line: &str, at: usize) -> usize {
    let rest = line.get(at..).unwrap_or_default().as_bytes();
    match rest {
        [b'-' | b'/', tens, ones, after @ ..]
            if tens.is_ascii_digit()
                && ones.is_ascii_digit()
                && !after.first().is_some_and(u8::is_ascii_digit)
                && (1..=12).contains(&((tens - b'0') * 10 + (ones - b'0'))) =>
        {
            3
        }
        _ => 0,
    }
}

/// The paragraphs of a page before its first heading, as text: links as their words, lines
/// of HTML, Liquid and images left out.
pub fn opening_paragraphs(body: &str) -> Vec<String> {
    let body = visible(body);
    let mut paragraphs = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') {
            break;
        }
        if trimmed.is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join(" "));
                current.clear();
            }
            continue;
        }
        if trimmed.starts_with(['<', '!', '{']) || trimmed.starts_with("---") {
            continue;
        }
        current.push(without_tags(&links_inline(trimmed)));
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs.retain(|p| p.split_whitespace().count() >= 4);
    paragraphs
}

/// Markdown links as "text (address)", as the seed reader keeps them: nothing is dropped.
fn links_inline(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some((label, after)) = rest.get(open + 1..).and_then(|r| r.split_once("](")) else {
            break;
        };
        let Some((url, tail)) = after.split_once(')') else {
            break;
        };
        out.push_str(rest.get(..open).unwrap_or_default());
        if url.starts_with("http") {
            out.push_str(&format!("{label} ({url})"));
        } else {
            out.push_str(label);
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// `text` without HTML tags ("Scientist at <a href=…>PARC</a>" → "Scientist at PARC").
pub fn without_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
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
    "coordinator",
    "technician",
    "instructor",
    "operator",
    "advisor",
    "adviser",
    "tutor",
    "teacher",
    "editor",
    "writer",
    "partner",
    "trainee",
    "apprentice",
    "contractor",
    "freelancer",
    "maintainer",
    "co-op",
    "representative",
    "interpreter",
    "translator",
    "agent",
    "clerk",
    "nurse",
    "accountant",
    "attorney",
    "lawyer",
    "receptionist",
    "worker",
    "mentor",
    "trainer",
    "coach",
    "postdoc",
    "candidate",
    "role",
    "roles",
];

pub(super) fn looks_like_role(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| ROLE_WORDS.contains(&w))
}

/// `text` with the closing bracket that trimming a date off it took: "Remote (" stays
/// "Remote", "University (Remote" becomes "University (Remote)".
pub(super) fn balanced(text: &str) -> String {
    if text.contains('(') && !text.contains(')') {
        format!("{text})")
    } else {
        text.to_owned()
    }
}
