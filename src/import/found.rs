//! What every reader of figures in prose shares (`figures`' own, `prose`'s and `counts`'):
//! a metric found (`FoundMetric`), kept only if it reads back as folio reads the file (`keep`),
//! and the words around a figure: the figure itself, the label before it, and the verb that
//! says which way it went. The readers use these and not each other's, so no two of them
//! have to be read together.

use super::tokens::{Token, is_time_word, lower};
use crate::metrics::{AnalysisKind, analyse};
use crate::model::Metric;

/// A metric found in a sentence, as the RON it is written as and the model it reads back to.
#[derive(Clone, Debug)]
pub struct FoundMetric {
    /// The metric as RON: `Change(label: "API response time", before: "5s", after: "500ms")`.
    pub ron: String,
    /// The same, read back.
    pub metric: Metric,
}

/// Beginnings of words that say a figure went down ("reduced", "reducing", "lowers").
const DOWN: &[&str] = &[
    "reduc", "lower", "decreas", "dropp", "shrank", "shrunk", "shrink", "halv", "slash", "trimm",
    "minimi",
];
/// Short words that say it went down, matched whole.
const DOWN_WORDS: &[&str] = &[
    "cut", "cuts", "cutting", "drop", "drops", "fell", "fall", "falls", "down",
];
/// Beginnings of words that say a figure went up.
const UP: &[&str] = &[
    "increas",
    "improv",
    "boost",
    "rais",
    "doubl",
    "tripl",
    "accelerat",
    "maximi",
    "speed",
    "sped",
];
/// Short words that say it went up, matched whole.
const UP_WORDS: &[&str] = &["grew", "grow", "grows", "rose", "rise", "rises", "up"];
/// Words that end a figure's noun phrase.
pub(super) const STOP: &[&str] = &[
    "such", "as", "of", "in", "with", "for", "across", "that", "to", "from", "by", "using", "via",
    "on", "at", "into", "over", "per", "while", "which", "who", "through", "than", "vs", "and",
    "or", "the", "a", "an",
];
/// Words that end a label read backwards from "from": a clause or a means begins there.
const LABEL_STOP: &[&str] = &[
    "and", "or", "that", "which", "who", "while", "by", "with", "using", "via", "to", "for",
    "from", "as", "such", "than", "vs", "across", "through", "over", "into", "per", "after",
    "before", "when", "so",
];
/// Verbs that say something changed without saying which way ("went from", "brought … from").
const VERBS: &[&str] = &[
    "went", "go", "goes", "moved", "brought", "bringing", "took", "taking", "got", "changed",
    "changing", "shifted", "took", "made", "making", "drove", "driving", "pushed", "pushing",
];
/// Words before a figure's label that describe the action, not the thing measured.
pub(super) const LEADING: &[&str] = &[
    "the", "a", "an", "our", "their", "its", "his", "her", "my", "and", "by", "which", "that",
    "while", "thereby", "also", "overall", "average", "total",
];

/// `Some("Lower")` for a word that says a figure went down, `Some("Higher")` for up.
pub(super) fn direction(word: &str) -> Option<&'static str> {
    if DOWN.iter().any(|stem| word.starts_with(stem)) || DOWN_WORDS.contains(&word) {
        Some("Lower")
    } else if UP.iter().any(|stem| word.starts_with(stem)) || UP_WORDS.contains(&word) {
        Some("Higher")
    } else {
        None
    }
}

/// The figure starting at `from` and running up to the word `until` (a figure may be two
/// words: "1.2 s", "99.5 %"). Returns it and where `until` is.
pub(super) fn figure_until(words: &[Token], from: usize, until: &str) -> Option<(String, usize)> {
    for length in 1..=3 {
        let end = from + length;
        let next = words.get(end)?;
        if lower(next) == until {
            let text = join(words.get(from..end)?);
            if words.get(from..end)?.iter().any(|w| w.ends_clause) {
                return None;
            }
            return is_figure(&text).then_some((text, end));
        }
    }
    None
}

/// The longest figure starting at `from` (at most two words: "340 ms"). Returns it and the
/// index after it.
pub(super) fn figure_after(words: &[Token], from: usize) -> Option<(String, usize)> {
    let first = words.get(from)?;
    if !first.ends_clause
        && let Some(second) = words.get(from + 1)
    {
        let two = format!("{} {}", first.text, second.text);
        if second.text.chars().all(char::is_alphabetic)
            && is_unit_word(&second.text)
            && is_figure(&two)
        {
            return Some((two, from + 2));
        }
    }
    is_figure(&first.text).then(|| (first.text.clone(), from + 1))
}

/// Unit words a figure may be followed by ("340 ms", "2 kb"): the units the loader converts,
/// read by its own table so that the two never differ.
fn is_unit_word(word: &str) -> bool {
    use crate::model::Dimension;
    is_time_word(word)
        || crate::model::quantity::parse_quantity(&format!("1 {word}")).is_ok_and(|q| {
            matches!(
                q.unit.dimension,
                Dimension::Time
                    | Dimension::Bytes
                    | Dimension::Percent
                    | Dimension::Points
                    | Dimension::Factor
            )
        })
}

/// The thing measured, before "from" or a verb: "reduced API response time" → "API
/// response time". Returns the label, where the phrase starts, and which way is better if
/// a verb said so.
pub(super) fn label_before(
    words: &[Token],
    at: usize,
) -> (Option<String>, usize, Option<&'static str>) {
    let mut start = at;
    let mut better = None;
    let mut label_words: Vec<&str> = Vec::new();
    while start > 0 {
        let Some(previous) = words.get(start - 1) else {
            break;
        };
        if previous.ends_clause {
            break;
        }
        let word = lower(previous);
        let way = direction(&word);
        if way.is_some() || VERBS.contains(&word.as_str()) {
            start -= 1;
            better = better.or(way);
            if !label_words.is_empty() {
                // "reduced API latency from …": the verb ends the label.
                break;
            }
            // "Pages fell from …": the label is the subject before the verb.
            continue;
        }
        if label_words.len() >= 8 || LABEL_STOP.contains(&word.as_str()) {
            break;
        }
        label_words.insert(0, previous.text.as_str());
        start -= 1;
    }
    while label_words
        .first()
        .is_some_and(|w| LEADING.contains(&w.to_lowercase().as_str()))
    {
        label_words.remove(0);
    }
    let label = label_words.join(" ");
    let label =
        (!label.is_empty() && label.chars().any(char::is_alphabetic)).then(|| capitalised(&label));
    (label, start, better)
}

/// Whether `word` reads as a plural noun ("machines", "people"): a figure's noun phrase ends
/// at its first one.
pub(super) fn is_plural(word: &str) -> bool {
    let lowered = word.to_lowercase();
    matches!(
        lowered.as_str(),
        "people" | "staff" | "personnel" | "children"
    ) || (word.len() > 2 && word.ends_with('s') && !word.ends_with("ss"))
}

/// Keeps the metric written in `ron` if it reads back clean (see [`checked`]), found at word
/// `start`, and marks words `start..end` as taken so no other reading claims them.
pub(super) fn keep(
    found: &mut Vec<(usize, FoundMetric)>,
    used: &mut [bool],
    ron: String,
    start: usize,
    end: usize,
) -> bool {
    let Some(metric) = checked(&ron) else {
        return false;
    };
    found.push((start, FoundMetric { ron, metric }));
    mark(used, start, end);
    true
}

/// Marks words `start..end` as taken by a reading.
pub(super) fn mark(used: &mut [bool], start: usize, end: usize) {
    for slot in used.iter_mut().take(end).skip(start) {
        *slot = true;
    }
}

/// The words as written, one space between.
pub(super) fn join(words: &[Token]) -> String {
    words
        .iter()
        .map(|w| w.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether folio reads `text` as a figure with a number in it.
pub(super) fn is_figure(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit()) && crate::model::quantity::parse_quantity(text).is_ok()
}

/// The metric read back as folio reads the file; `None` unless it is clean: parsed, a
/// change whose sides compare, and no error from `folio check` in a portfolio that holds only
/// it (a negative duration, a relative change in seconds).
pub(super) fn checked(ron: &str) -> Option<Metric> {
    let metric = read_metric(ron)?;
    if let AnalysisKind::Incomparable { .. } = analyse(&metric).kind {
        return None;
    }
    let alone = format!(
        "(person: (headline: \"h\"), experience: [(organisation: \"o\", highlights: [(text: \"t\", metrics: [{ron}])])])"
    );
    let loaded = crate::check::checked(crate::load::load_str(&alone, "metric.ron", None)).ok()?;
    (loaded.error_count() == 0).then_some(metric)
}

/// A metric read with the options `load` reads portfolios with.
pub fn read_metric(ron: &str) -> Option<Metric> {
    ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        .from_str(ron)
        .ok()
}

/// `text` as a RON string literal, its braces escaped where they would read as audience
/// markup (`{{`), so that an imported text is shown as it was written.
pub fn quoted(text: &str) -> String {
    let text = crate::model::markup::escape(text);
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `text` with its first letter upper-case, as a label starts.
pub(super) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
