//! Counts in résumé prose that no verb or unit announces: "1.2 million players", "12 hours of
//! manual reconciliation", "a 24-person team", "5,000 QPS", "4.6/5 user satisfaction".

use super::found::{FoundMetric, STOP, capitalised, is_figure, is_plural, keep, mark, quoted};
use super::prose::{noun_end, period_after, phrase};
use super::tokens::{Token, in_name, is_time_word, is_year, lower};

/// Counts with a scale word ("1.2 million players"), amounts of time ("12 hours of weekly
/// reconciliation"; "built in 5 days" is no figure), team sizes ("a 24-person team", "a team of
/// 40"), and rates ("5,000 QPS", "10M events/day").
pub(super) fn counts(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    for (index, word) in words.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) {
            continue;
        }
        let text = word.text.as_str();
        if !text.starts_with(|c: char| c.is_ascii_digit())
            || (text.chars().all(|c| c.is_ascii_digit() || c == '.') && in_name(words, index))
            || is_year(text)
        {
            continue;
        }
        let next = words.get(index + 1).map(lower).unwrap_or_default();
        let figure = |value: &str, label: Option<String>| {
            label.map(|label| {
                format!(
                    "Figure(label: {}, value: {})",
                    quoted(&label),
                    quoted(value)
                )
            })
        };
        let mut end = index + 1;
        let ron =
            if matches!(next.as_str(), "thousand" | "million" | "billion") && !word.ends_clause {
                // "1.2 Million players".
                let noun_to = noun_end(words, index + 2);
                end = noun_to;
                figure(&format!("{text} {next}"), phrase(words, index + 2, noun_to))
            } else if is_time_word(&next) && !word.ends_clause {
                // "12 hours of weekly reconciliation"; "in 12 months" is when, not what.
                used_time(words, index, &mut end, text, &next)
            } else if let Some((number, noun)) = text.split_once('-')
                && number.chars().all(|c| c.is_ascii_digit() || c == ',')
                && matches!(
                    noun,
                    "person" | "people" | "employee" | "member" | "engineer"
                )
            {
                // "a 24-person engineering team".
                let noun_to = noun_end(words, index + 1);
                end = noun_to;
                let what = phrase(words, index + 1, noun_to).unwrap_or_else(|| "Team".to_owned());
                let plural = match noun {
                    "person" | "people" => "people",
                    "employee" => "employees",
                    "member" => "members",
                    _ => "engineers",
                };
                figure(number, Some(format!("{what} ({plural})")))
            } else if index >= 2
                && words.get(index - 1).is_some_and(|w| lower(w) == "of")
                && words.get(index - 2).is_some_and(|w| {
                    matches!(
                        lower(w).as_str(),
                        "team" | "organization" | "organisation" | "group"
                    )
                })
                && (next.is_empty() || STOP.contains(&next.as_str()) || word.ends_clause)
            {
                // "a direct team of 40 and an indirect team of 500".
                let team = words
                    .get(index - 2)
                    .map(|w| capitalised(&w.text))
                    .unwrap_or_default();
                figure(text, Some(format!("{team} size")))
            } else if (text.ends_with("/5") || text.ends_with("/10") || next.starts_with("star"))
                && is_figure(text)
                && !word.ends_clause
            {
                // "4.6/5 user satisfaction", "4.5+ star rating".
                let from = if next.starts_with("star") {
                    index + 2
                } else {
                    index + 1
                };
                let noun_to = noun_end(words, from);
                end = noun_to;
                let what = phrase(words, from, noun_to).unwrap_or_else(|| "Rating".to_owned());
                let value = if next.starts_with("star") && !text.contains('/') {
                    format!("{text}/5")
                } else {
                    text.to_owned()
                };
                figure(&value, Some(what))
            } else if let Some(team_at) = (index + 1..(index + 4).min(words.len())).find(|&at| {
                words.get(at).is_some_and(|w| {
                    matches!(
                        lower(w).as_str(),
                        "team" | "teams" | "org" | "organization" | "organisation"
                    )
                })
            }) && text
                .trim_end_matches('+')
                .chars()
                .all(|c| c.is_ascii_digit())
                && words.get(index..team_at).is_some_and(|span| {
                    span.iter().all(|w| !w.ends_clause)
                        && span.iter().skip(1).all(|w| {
                            w.text.chars().all(char::is_alphabetic)
                                && !STOP.contains(&lower(w).as_str())
                        })
                })
            {
                // "a ~30 developer team", "a 250+ engineer org".
                end = team_at + 1;
                figure(text, phrase(words, index + 1, team_at + 1))
            } else if text.ends_with('B')
                && is_figure(text)
                && let (Some(period), after) = period_after(words, index + 1)
            {
                // "processing 6TB daily".
                end = after;
                let done = index
                    .checked_sub(1)
                    .and_then(|i| words.get(i))
                    .map(lower)
                    .filter(|w| w.starts_with("process") || w.starts_with("ingest"))
                    .map_or("Data", |_| "Data processed");
                figure(text, Some(format!("{done} {period}")))
            } else if matches!(next.as_str(), "qps" | "rps" | "tps") {
                end = index + 2;
                let unit = next.to_uppercase();
                figure(
                    &format!("{text} {unit}"),
                    Some(match unit.as_str() {
                        "QPS" => "Queries per second".to_owned(),
                        "RPS" => "Requests per second".to_owned(),
                        _ => "Transactions per second".to_owned(),
                    }),
                )
            } else if next.contains('/')
                && !word.ends_clause
                && next
                    .split('/')
                    .all(|p| p.chars().all(char::is_alphabetic) && !p.is_empty())
            {
                // "10M events/day", "800K requests/minute".
                end = index + 2;
                figure(text, words.get(index + 1).map(|w| capitalised(&w.text)))
            } else {
                None
            };
        let taken = ron.is_some_and(|ron| keep(found, used, ron, index, end.max(index + 1)));
        if !taken && is_time_word(&next) {
            // A time that is no figure: keep the plural-noun rule off it.
            mark(used, index, index + 2);
        }
    }
}

/// "12 hours of manual reconciliation" → a figure labelled by what the time is of.
fn used_time(
    words: &[Token],
    index: usize,
    end: &mut usize,
    number: &str,
    unit: &str,
) -> Option<String> {
    if words.get(index + 2).is_none_or(|w| lower(w) != "of") {
        return None;
    }
    let noun_to = noun_end(words, index + 3);
    let label = phrase(words, index + 3, noun_to)?;
    if !is_plural(&label) && label.split_whitespace().count() == 1 && label.len() < 3 {
        return None;
    }
    *end = noun_to;
    Some(format!(
        "Figure(label: {}, value: {})",
        quoted(&label),
        quoted(&format!("{number} {unit}"))
    ))
}
