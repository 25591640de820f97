//! A sentence as words for the figure readers (`figures`, `prose`, `counts`, and what they
//! share in `found`): punctuation split off, glued units parted ("8-weeks", "$200k+/year"),
//! spelled-out data units joined to their amount ("24 terabytes"), and the tests on a single
//! word or label those readers share (a year, part of a name, a unit of time, a label whose
//! figure is better lower).

/// A word and the punctuation that followed it.
#[derive(Clone, Debug)]
pub(super) struct Token {
    /// The word without the punctuation around it.
    pub(super) text: String,
    /// A comma, period, semicolon, colon or bracket came right after it.
    pub(super) ends_clause: bool,
    /// An opening bracket came right before it.
    pub(super) opens: bool,
}

pub(super) fn tokens(sentence: &str) -> Vec<Token> {
    let mut words: Vec<Token> = Vec::new();
    for raw in sentence.split_whitespace().flat_map(split_glued) {
        let token = token(&raw);
        // "24 terabytes": the amount and its unit as one figure, as "24TB" is written.
        if let Some(symbol) = data_unit(&token.text.to_lowercase())
            && let Some(previous) = words.last_mut()
            && !previous.ends_clause
            && previous.text.parse::<f64>().is_ok()
        {
            previous.text.push_str(symbol);
            previous.ends_clause = token.ends_clause;
            continue;
        }
        words.push(token);
    }
    words
}

/// "8-weeks" → "8", "weeks": a time unit hyphenated to its amount reads as the two words;
/// "$200k+/year" → "$200k+", "per", "year" (the period keeps the punctuation after it).
fn split_glued(raw: &str) -> Vec<String> {
    if let Some((amount, period)) = raw.split_once('/')
        && amount
            .ends_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | 'k' | 'K' | 'M' | 'B'))
        && amount.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥'))
    {
        let bare = period.trim_end_matches([',', '.', ';', ':', ')']);
        let word = match bare {
            "yr" | "year" => Some("year"),
            "mo" | "month" => Some("month"),
            "wk" | "week" => Some("week"),
            "day" => Some("day"),
            _ => None,
        };
        if let Some(word) = word {
            let tail = period.get(bare.len()..).unwrap_or_default();
            return vec![amount.to_owned(), "per".to_owned(), format!("{word}{tail}")];
        }
    }
    if let Some((amount, unit)) = raw.split_once('-')
        && amount.starts_with(|c: char| c.is_ascii_digit())
        && amount.chars().all(|c| c.is_ascii_digit() || c == '.')
        && is_time_word(unit.trim_end_matches([',', '.', ';', ':', ')']))
    {
        return vec![amount.to_owned(), unit.to_owned()];
    }
    vec![raw.to_owned()]
}

/// The symbol of a unit of data spelled out: "terabytes" → "TB".
fn data_unit(word: &str) -> Option<&'static str> {
    let singular = word
        .trim_end_matches([',', '.', ';', ':', ')'])
        .trim_end_matches('s');
    Some(match singular {
        "kilobyte" => "KB",
        "megabyte" => "MB",
        "gigabyte" => "GB",
        "terabyte" => "TB",
        "petabyte" => "PB",
        _ => return None,
    })
}

/// One word: the punctuation around it dropped, what it said about clauses kept.
fn token(raw: &str) -> Token {
    // "~90%", "≈ 30": read as the number; the hedge is dropped with the brackets.
    let trimmed = raw.trim_start_matches(['(', '"', '“', '\'', '*', '~', '≈']);
    let ends_clause = trimmed.ends_with([',', '.', ';', ':', ')', '!', '?']);
    let text = trimmed
        .trim_end_matches([',', '.', ';', ':', ')', '!', '?', '"', '”', '\'', '*'])
        .to_owned();
    Token {
        text,
        ends_clause,
        opens: raw.starts_with('('),
    }
}

pub(super) fn lower(token: &Token) -> String {
    token.text.to_lowercase()
}

/// A year is a date, not a figure ("Fall 2023", "a 2025 tiger team").
pub(super) fn is_year(text: &str) -> bool {
    text.len() == 4
        && text
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2100).contains(&year))
}

/// Whether what a label names is better lower: a time, a cost, a failure.
pub(super) fn better_lower(label: &str) -> bool {
    let lowered = label.to_lowercase();
    let Some(head) = lowered.split_whitespace().last() else {
        return false;
    };
    let head = head.trim_end_matches('s');
    matches!(
        head,
        "latency"
            | "latencie"
            | "time"
            | "duration"
            | "cost"
            | "spend"
            | "expense"
            | "error"
            | "bug"
            | "defect"
            | "incident"
            | "outage"
            | "downtime"
            | "churn"
            | "mttr"
            | "overhead"
            | "footprint"
            | "delay"
            | "wait"
            | "size"
    )
}

/// A number in a name or a version ("Route 53 records", "Windows 10 devices", ".NET 10",
/// "Notary 31 Monterrey"): after a capitalised word that is not the sentence's first, or
/// between two capitalised words.
pub(super) fn in_name(words: &[Token], index: usize) -> bool {
    let capitalised = |w: &Token| w.text.starts_with(|c: char| c.is_uppercase() || c == '.');
    let next_is_name = words
        .get(index + 1)
        .is_some_and(|w| capitalised(w) && w.text.chars().any(char::is_lowercase));
    index > 0
        && (index > 1 || next_is_name)
        && words
            .get(index - 1)
            .is_some_and(|w| capitalised(w) && !w.ends_clause)
}

/// A unit of time spelled out ("minutes", "weeks").
pub(super) fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "second"
            | "seconds"
            | "minute"
            | "minutes"
            | "hour"
            | "hours"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
    )
}
