//! More of the ways résumés write figures, beside `figures`' "from A to B", "by N%" and
//! "N things": a change in brackets after its percentage ("by 56% (from 1.2s to 540ms)"),
//! multiples ("by 3x", "10 times", "halved"), percentages without "by" ("cut spend 20%",
//! "a 45% reduction in bugs"), money ("$2.1M ARR", "saved £1.4 million per year"), counts
//! with a scale word ("1.2 million players") and amounts of time ("12 hours of manual work").
//! Each is checked by reading it back as folio would, as in `figures`.

use super::found::{
    FoundMetric, LEADING, STOP, capitalised, direction, figure_after, figure_until, is_figure,
    keep, label_before, quoted,
};
use super::tokens::{Token, lower};
use crate::model::metric::{MULTIPLE_VERBS, Way, multiple_number};

/// "by 56% (from 1.2s to 540ms)" and "by 40% (400ms → 240ms)": one change, its percentage
/// the claim, labelled by what the verb acted on.
pub(super) fn bracketed_changes(
    words: &[Token],
    used: &mut [bool],
    found: &mut Vec<(usize, FoundMetric)>,
) {
    for (index, word) in words.iter().enumerate() {
        if !word.opens || used.get(index).copied().unwrap_or(true) {
            continue;
        }
        // The bracket follows "by N%" ("by over 70%").
        let Some(percent) = index.checked_sub(1).and_then(|i| words.get(i)) else {
            continue;
        };
        let hedged = index
            .checked_sub(2)
            .and_then(|i| words.get(i))
            .is_some_and(|w| {
                matches!(
                    lower(w).as_str(),
                    "over" | "nearly" | "almost" | "about" | "roughly"
                )
            });
        let by_at = if hedged {
            index.checked_sub(3)
        } else {
            index.checked_sub(2)
        };
        let Some(by_at) = by_at.filter(|&i| words.get(i).is_some_and(|b| lower(b) == "by")) else {
            continue;
        };
        if !percent.text.ends_with('%') {
            continue;
        }
        let start_figure = if lower(word) == "from" {
            index + 1
        } else {
            index
        };
        let separator = ["to", "→", "->"]
            .iter()
            .find_map(|sep| figure_until(words, start_figure, sep));
        let Some((before, separator_at)) = separator else {
            continue;
        };
        let Some((after, end)) = figure_after(words, separator_at + 1) else {
            continue;
        };
        if !words.get(end - 1).is_some_and(|w| w.ends_clause) {
            continue;
        }
        // What the verb acted on: the words between it and "by".
        let Some(verb_at) = (by_at.saturating_sub(8)..by_at)
            .rev()
            .find(|&i| words.get(i).is_some_and(|w| direction(&lower(w)).is_some()))
        else {
            continue;
        };
        let label = phrase(words, verb_at + 1, by_at);
        let Some(label) = label else { continue };
        let better = words.get(verb_at).and_then(|w| direction(&lower(w)));
        let better = better.map_or(String::new(), |b| format!(", better: {b}"));
        // "by over 70%" bounds the change; only an exact percentage is a claim to check.
        let claim = if hedged {
            String::new()
        } else {
            format!(
                ", claim: {}",
                quoted(percent.text.trim_start_matches(['+', '-']))
            )
        };
        let ron = format!(
            "Change(label: {}, before: {}, after: {}{better}{claim})",
            quoted(&label),
            quoted(&before),
            quoted(&after)
        );
        keep(found, used, ron, verb_at, end);
    }
}

/// The words from `from` to `to` as a label, the leading articles dropped.
pub(super) fn phrase(words: &[Token], from: usize, to: usize) -> Option<String> {
    let text: Vec<&str> = words
        .get(from..to)?
        .iter()
        .map(|w| w.text.as_str())
        // "Sped up CI": the verb's particle is not what changed.
        .skip_while(|w| {
            let w = w.to_lowercase();
            LEADING.contains(&w.as_str()) || w == "up" || w == "down"
        })
        .collect();
    let text = text.join(" ");
    (!text.is_empty() && text.chars().any(char::is_alphabetic)).then(|| capitalised(&text))
}

/// A multiple as the file writes it, by the loader's own table (`model::metric`): "3x
/// higher", "10x lower", and a verb as its past tense ("halved", "doubled"), so the slide
/// shows the multiple the résumé stated rather than a percentage.
fn multiple_change(times: f64, higher: bool, verb: Option<&str>) -> Option<String> {
    if !(times.is_finite() && times > 1.0) {
        return None;
    }
    if let Some(stem) = verb {
        return Some(format!("{stem}ed"));
    }
    let text = format!("{times:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let way = if higher { "higher" } else { "lower" };
    Some(format!("{text}x {way}"))
}

/// Multiples: "improved throughput by 3x", "reduced storage by 10 times", "2.8x speedup",
/// "8x traffic growth", "halved build times", "doubled weekly releases", "cut X by half".
pub(super) fn factors(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    let push = |found: &mut Vec<(usize, FoundMetric)>,
                used: &mut [bool],
                label: Option<String>,
                (times, higher, verb): (f64, bool, Option<&str>),
                span: (usize, usize)| {
        let (Some(label), Some(change)) = (label, multiple_change(times, higher, verb)) else {
            return;
        };
        let better = if higher { "Higher" } else { "Lower" };
        let ron = format!(
            "Relative(label: {}, change: {}, better: {better})",
            quoted(&label),
            quoted(&change)
        );
        keep(found, used, ron, span.0, span.1);
    };
    for (index, word) in words.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) {
            continue;
        }
        let text = lower(word);
        // "halved build times", "doubled the number of releases", "tripled sign-ups".
        let implied = MULTIPLE_VERBS
            .iter()
            .find(|(stem, _, _)| text.starts_with(stem))
            .map(|&(stem, times, way)| (times, way == Way::Up, Some(stem)));
        if let Some(multiple) = implied {
            let end = noun_end(words, index + 1);
            push(
                found,
                used,
                phrase(words, index + 1, end),
                multiple,
                (index, end),
            );
            continue;
        }
        let Some(way) = direction(&text) else {
            // "2.8x speedup", "8x traffic growth": a multiple before what grew.
            if let Some(times) = multiple_number(&word.text) {
                let end = noun_end(words, index + 1);
                let noun = phrase(words, index + 1, end);
                let grows = noun.as_deref().is_some_and(|n| {
                    let n = n.to_lowercase();
                    [
                        "speedup",
                        "growth",
                        "faster",
                        "more",
                        "increase",
                        "improvement",
                        "higher",
                    ]
                    .iter()
                    .any(|w| n.contains(w))
                });
                if grows && !word.ends_clause {
                    push(found, used, noun, (times, true, None), (index, end));
                }
            }
            continue;
        };
        // "<verb> [what] by 3x | by 10 times | by half".
        let Some(by) = (index + 1..(index + 8).min(words.len()))
            .find(|&i| words.get(i).is_some_and(|w| lower(w) == "by"))
        else {
            continue;
        };
        if words
            .get(index..by)
            .is_some_and(|span| span.iter().any(|w| w.ends_clause))
        {
            continue;
        }
        let label = phrase(words, index + 1, by);
        let higher = way == "Higher";
        let next = words.get(by + 1).map(lower).unwrap_or_default();
        if next == "half" {
            push(
                found,
                used,
                label,
                (2.0, false, Some("halv")),
                (index, by + 2),
            );
        } else if let Some(times) = multiple_number(&next) {
            push(found, used, label, (times, higher, None), (index, by + 2));
        } else if let (Ok(times), Some(unit)) = (next.parse::<f64>(), words.get(by + 2))
            && lower(unit) == "times"
        {
            push(found, used, label, (times, higher, None), (index, by + 3));
        }
    }
}

/// Where the noun phrase starting at `from` ends: at punctuation, a stop word or four words.
pub(super) fn noun_end(words: &[Token], from: usize) -> usize {
    let mut end = from;
    while let Some(word) = words.get(end) {
        let lowered = lower(word);
        if !word
            .text
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '/')
            || (STOP.contains(&lowered.as_str()) && lowered != "of")
            || matches!(
                lowered.as_str(),
                "including" | "through" | "during" | "while" | "annually" | "yearly"
            )
            || end - from >= 4
        {
            break;
        }
        end += 1;
        if word.ends_clause {
            break;
        }
    }
    end
}

/// Nouns that say which way a percentage went: "a 45% reduction in bugs".
const CHANGE_NOUNS: &[(&str, bool)] = &[
    ("reduction", false),
    ("reductions", false),
    ("decrease", false),
    ("decreases", false),
    ("savings", false),
    ("saving", false),
    ("drop", false),
    ("less", false),
    ("fewer", false),
    ("lower", false),
    ("faster", false),
    ("reduced", false),
    ("shorter", false),
    ("smaller", false),
    ("cheaper", false),
    ("increase", true),
    ("increases", true),
    ("improvement", true),
    ("improvements", true),
    ("growth", true),
    ("uplift", true),
    ("more", true),
    ("higher", true),
    ("boost", true),
    ("gain", true),
];

/// Percentages without "by": "improved QA throughput 35%", "cut spend 20%", "a 45% reduction
/// in critical bugs", "250% user growth", "15% less memory usage", "Productivity boost: +200%".
pub(super) fn bare_relatives(
    words: &[Token],
    used: &mut [bool],
    found: &mut Vec<(usize, FoundMetric)>,
) {
    let push = |found: &mut Vec<(usize, FoundMetric)>,
                used: &mut [bool],
                label: Option<String>,
                value: &str,
                higher: bool,
                span: (usize, usize)| {
        let Some(label) = label else { return };
        let sign = if higher { "+" } else { "-" };
        let better = if higher { "Higher" } else { "Lower" };
        let ron = format!(
            "Relative(label: {}, change: {}, better: {better})",
            quoted(&label),
            quoted(&format!("{sign}{}", value.trim_start_matches(['+', '-'])))
        );
        keep(found, used, ron, span.0, span.1);
    };
    for (index, word) in words.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) || !is_percent(&word.text) {
            continue;
        }
        let value = word.text.as_str();
        // "Productivity boost: +200%": a label, a colon, a signed percentage.
        if value.starts_with(['+', '-'])
            && let Some(previous) = index.checked_sub(1).and_then(|i| words.get(i))
            && previous.ends_clause
        {
            let start = (0..index)
                .rev()
                .take_while(|&i| i == index - 1 || words.get(i).is_some_and(|w| !w.ends_clause))
                .last()
                .unwrap_or(index);
            push(
                found,
                used,
                phrase(words, start, index),
                value,
                value.starts_with('+'),
                (start, index + 1),
            );
            continue;
        }
        // "a 45% reduction in critical bugs", "250% user growth", "15% less memory usage".
        let next = words.get(index + 1).map(lower).unwrap_or_default();
        if let Some((_, higher)) = CHANGE_NOUNS.iter().find(|(w, _)| *w == next) {
            let (label_from, end) = if words.get(index + 2).is_some_and(|w| lower(w) == "in") {
                (index + 3, noun_end(words, index + 3))
            } else {
                (index + 2, noun_end(words, index + 2))
            };
            push(
                found,
                used,
                phrase(words, label_from, end),
                value,
                *higher,
                (index, end),
            );
            continue;
        }
        if let Some(after) = words.get(index + 1)
            && !word.ends_clause
        {
            // "Growth" nouns after the figure: "250% user growth".
            let end = noun_end(words, index + 1);
            let noun: Vec<String> = words
                .get(index + 1..end)
                .unwrap_or_default()
                .iter()
                .map(lower)
                .collect();
            if let Some(last) = noun.last()
                && let Some((_, higher)) = CHANGE_NOUNS.iter().find(|(w, _)| w == last)
                && noun.len() > 1
            {
                let _ = after;
                // "a 30% cost savings": what was saved on went down, not the savings.
                let label = if last.starts_with("saving") {
                    phrase(words, index + 1, end - 1)
                } else {
                    phrase(words, index + 1, end)
                };
                push(found, used, label, value, *higher, (index, end));
                continue;
            }
        }
        // "<verb> [what] N%": at most six words back to a verb that says which way (ten
        // for "… by 30% and engagement time by 20%").
        let reach = if index
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| lower(w) == "by")
        {
            11
        } else {
            7
        };
        let Some(verb_at) = (index.saturating_sub(reach)..index)
            .rev()
            .find(|&i| words.get(i).is_some_and(|w| direction(&lower(w)).is_some()))
        else {
            continue;
        };
        let continued = index
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| lower(w) == "by");
        let clean = words.get(verb_at..index).is_some_and(|span| {
            span.iter()
                .all(|w| continued || (!w.ends_clause && !is_percent(&w.text)))
        });
        if !clean {
            continue;
        }
        if verb_at + 1 == index {
            let verb = words.get(verb_at).map(lower).unwrap_or_default();
            let higher = direction(&verb) == Some("Higher");
            if words.get(index + 1).is_some_and(|w| lower(w) == "of") && !word.ends_clause {
                // "reducing 86% of customer service workload".
                let end = noun_end(words, index + 2);
                push(
                    found,
                    used,
                    phrase(words, index + 2, end),
                    value,
                    higher,
                    (verb_at, end),
                );
            } else if verb.ends_with("ed") || matches!(verb.as_str(), "grew" | "rose" | "fell") {
                // "the customer base increased 400%": what did is the subject.
                let (label, start, _) = label_before(words, verb_at);
                push(found, used, label, value, higher, (start, index + 1));
            }
            continue;
        }
        let higher = words.get(verb_at).and_then(|w| direction(&lower(w))) == Some("Higher");
        // "Raised availability to 99.99%": where it ended, not how much it moved.
        if index
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| lower(w) == "to")
        {
            if let Some(label) = phrase(words, verb_at + 1, index - 1) {
                let ron = format!(
                    "Figure(label: {}, value: {})",
                    quoted(&label),
                    quoted(value)
                );
                keep(found, used, ron, verb_at, index + 1);
            }
            continue;
        }
        // "… by 30% and engagement time by 20%": the second shares the verb of the first.
        if index
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| lower(w) == "by")
            && let Some(and_at) = (verb_at..index - 1)
                .rev()
                .find(|&i| words.get(i).is_some_and(|w| lower(w) == "and"))
        {
            push(
                found,
                used,
                phrase(words, and_at + 1, index - 1),
                value,
                higher,
                (and_at, index + 1),
            );
            continue;
        }
        if index
            .checked_sub(1)
            .and_then(|i| words.get(i))
            .is_some_and(|w| lower(w) == "by")
        {
            continue;
        }
        push(
            found,
            used,
            phrase(words, verb_at + 1, index),
            value,
            higher,
            (verb_at, index + 1),
        );
    }
}

fn is_percent(text: &str) -> bool {
    text.strip_suffix('%')
        .is_some_and(|n| n.trim_start_matches(['+', '-']).parse::<f64>().is_ok())
}

/// How often an amount recurs, written after it: "annually", "per month".
pub(super) fn period_after(words: &[Token], at: usize) -> (Option<&'static str>, usize) {
    let word = words.get(at).map(lower).unwrap_or_default();
    let next = words.get(at + 1).map(lower).unwrap_or_default();
    match (word.as_str(), next.as_str()) {
        ("annually" | "yearly", _) => (Some("a year"), at + 1),
        ("per" | "a" | "each", "year") => (Some("a year"), at + 2),
        ("per" | "a" | "each", "month") | ("monthly", _) => {
            (Some("a month"), at + if word == "monthly" { 1 } else { 2 })
        }
        ("per" | "a" | "each", "day") | ("daily", _) => {
            (Some("a day"), at + if word == "daily" { 1 } else { 2 })
        }
        ("per" | "a" | "each", "quarter") | ("quarterly", _) => (
            Some("a quarter"),
            at + if word == "quarterly" { 1 } else { 2 },
        ),
        _ => (None, at),
    }
}

/// Money: "$2.1M ARR", "£240M annually", "saved £1.4 million per year", "$500M+ in annual
/// software development", "EUR 6M capital budget", "reduced infrastructure costs by $150K".
pub(super) fn money(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    for (index, word) in words.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) {
            continue;
        }
        let text = word.text.as_str();
        // "EUR 6M": a currency code before the amount.
        let (mut amount, mut at) = if matches!(text, "EUR" | "USD" | "GBP" | "JPY" | "CHF")
            && let Some(next) = words.get(index + 1)
            && next.text.starts_with(|c: char| c.is_ascii_digit())
        {
            (format!("{} {text}", next.text), index + 2)
        } else if text.starts_with(['$', '€', '£', '¥'])
            && text.chars().nth(1).is_some_and(|c| c.is_ascii_digit())
        {
            (text.to_owned(), index + 1)
        } else {
            continue;
        };
        // "£1.4 million".
        if let Some(scale) = words.get(at).map(lower)
            && matches!(scale.as_str(), "thousand" | "million" | "billion")
            && !amount.contains(' ')
        {
            amount = format!("{amount} {scale}");
            at += 1;
        }
        if !is_figure(&amount) {
            continue;
        }
        let ends = words.get(at - 1).is_some_and(|w| w.ends_clause);
        let (period, after_period) = if ends {
            (None, at)
        } else {
            period_after(words, at)
        };
        // What it is: the words after it ("ARR", "daily transaction volume"), those after
        // "in" ("in annual revenue"), else what the verb acted on.
        let mut end = after_period;
        let mut label = None;
        let period_ends =
            period.is_some() && words.get(after_period - 1).is_some_and(|w| w.ends_clause);
        if !ends && !period_ends {
            let from = if words.get(after_period).is_some_and(|w| lower(w) == "in") {
                after_period + 1
            } else {
                after_period
            };
            let noun_to = noun_end(words, from);
            if noun_to > from {
                // "Saved £1.4 million per year in hosting": what was saved on.
                let saved = index
                    .checked_sub(1)
                    .and_then(|i| words.get(i))
                    .is_some_and(|w| lower(w).starts_with("sav"));
                label = phrase(words, from, noun_to)
                    .map(|l| if saved { format!("{l} saved") } else { l });
                end = noun_to;
                let (more, after) = period_after(words, end);
                if let Some(l) = &label {
                    if let Some(more) = more {
                        label = Some(format!("{l} {more}"));
                        end = after;
                    } else if let Some(period) = period {
                        label = Some(format!("{l} {period}"));
                    }
                }
            }
        }
        if label.is_none() {
            // "reduced infrastructure costs by $150K", "saved a client $1.2M".
            let by = index
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .is_some_and(|w| lower(w) == "by");
            let verb = (index.saturating_sub(8)..index).rev().find(|&i| {
                words.get(i).is_some_and(|w| {
                    let w = lower(w);
                    direction(&w).is_some()
                        || w.starts_with("sav")
                        || w.starts_with("process")
                        || w.starts_with("generat")
                        || w.starts_with("rais")
                        || w.starts_with("drove")
                        || w.starts_with("reach")
                })
            });
            if let Some(verb_at) = verb {
                let verb_word = words.get(verb_at).map(lower).unwrap_or_default();
                let upto = if by { index - 1 } else { index };
                let object = phrase(words, verb_at + 1, upto).filter(|_| by);
                let base = match object {
                    Some(object)
                        if verb_word.starts_with("sav")
                            || direction(&verb_word) == Some("Lower") =>
                    {
                        format!("{object} saved")
                    }
                    Some(object) => object,
                    None if verb_word.starts_with("sav")
                        || direction(&verb_word) == Some("Lower") =>
                    {
                        "Saved".to_owned()
                    }
                    None if verb_word.starts_with("process") => "Processed".to_owned(),
                    None if verb_word.starts_with("generat") || verb_word.starts_with("drove") => {
                        "Revenue".to_owned()
                    }
                    None if verb_word.starts_with("rais") => "Raised".to_owned(),
                    None => capitalised(&verb_word),
                };
                label = Some(match period {
                    Some(period) => format!("{base} {period}"),
                    None => base,
                });
            }
        }
        let Some(label) = label else { continue };
        let ron = format!(
            "Figure(label: {}, value: {})",
            quoted(&label),
            quoted(&amount)
        );
        keep(found, used, ron, index, end.max(index + 1));
    }
}
