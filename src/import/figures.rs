//! Typed figures found in prose: what `folio import` turns a bullet's "reduced API response time
//! from 5s to 500ms" into. Only unambiguous phrasings become metrics, and each is checked by
//! parsing it as folio would read it from the file; everything else stays text. The sentence
//! is always kept as written beside them.
//!
//! | written | becomes |
//! |---|---|
//! | "from 1.2 s to 340 ms", "from 120 to 15 per week", "from 99.5% to 99.95%" | `Change` |
//! | "reduced by 38%", "cut costs by 30%", "down 60%", "up 25%" | `Relative` |
//! | "3 protocols", "10K+ daily queries", "95% accuracy" | `Figure` |

pub use super::found::{FoundMetric, quoted, read_metric};
use super::found::{
    LEADING, STOP, capitalised, direction, figure_after, figure_until, is_figure, is_plural, join,
    keep, label_before,
};
use super::tokens::{Token, better_lower, in_name, is_year, lower, tokens};

/// The metrics a sentence states unambiguously, in order of appearance.
pub fn metrics_in(sentence: &str) -> Vec<FoundMetric> {
    let words = tokens(sentence);
    let mut found = Vec::new();
    let mut used = vec![false; words.len()];
    super::prose::bracketed_changes(&words, &mut used, &mut found);
    changes(&words, &mut used, &mut found);
    down_to(&words, &mut used, &mut found);
    super::prose::factors(&words, &mut used, &mut found);
    relatives(&words, &mut used, &mut found);
    super::prose::bare_relatives(&words, &mut used, &mut found);
    super::prose::money(&words, &mut used, &mut found);
    super::counts::counts(&words, &mut used, &mut found);
    figures(&words, &mut used, &mut found);
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, f)| f).collect()
}

/// "from A to B": both sides figures that convert into each other.
fn changes(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    let mut index = 0;
    while index < words.len() {
        let Some(word) = words.get(index) else { break };
        if lower(word) != "from" || word.ends_clause {
            index += 1;
            continue;
        }
        let Some((before, to_at)) = figure_until(words, index + 1, "to") else {
            index += 1;
            continue;
        };
        let Some((after, end)) = figure_after(words, to_at + 1) else {
            index += 1;
            continue;
        };
        // "from 120 to 15 per week": the rate goes into the label.
        let (rate, end) = rate_after(words, end);
        let (label, start, better) = label_before(words, index);
        let Some(mut label) = label else {
            index += 1;
            continue;
        };
        if let Some(rate) = rate {
            label = format!("{label} {rate}");
        }
        let better = better.map_or(String::new(), |b| format!(", better: {b}"));
        let ron = format!(
            "Change(label: {}, before: {}, after: {}{better})",
            quoted(&label),
            quoted(&before),
            quoted(&after)
        );
        keep(found, used, ron, start, end);
        index = end.max(index + 1);
    }
}

/// "filter 18M news articles down to 2M": a figure, what it counts, and where it went.
fn down_to(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    for index in 1..words.len() {
        let is = |at: usize, word: &str| words.get(at).is_some_and(|w| lower(w) == word);
        if !is(index, "down") || !is(index + 1, "to") || used.get(index).copied().unwrap_or(true) {
            continue;
        }
        let Some(start) = (index.saturating_sub(5)..index).find(|&at| {
            words
                .get(at)
                .is_some_and(|w| is_figure(&w.text) && !w.ends_clause)
                && words.get(at + 1..index).is_some_and(|span| {
                    !span.is_empty()
                        && span
                            .iter()
                            .all(|w| !w.ends_clause && w.text.chars().all(char::is_alphabetic))
                })
        }) else {
            continue;
        };
        let (Some(before), Some((after, end))) = (words.get(start), figure_after(words, index + 2))
        else {
            continue;
        };
        let label = capitalised(&join(words.get(start + 1..index).unwrap_or_default()));
        let ron = format!(
            "Change(label: {}, before: {}, after: {}, better: Lower)",
            quoted(&label),
            quoted(&before.text),
            quoted(&after)
        );
        keep(found, used, ron, start, end);
    }
}

/// "per week", "a day", "per second" after a count.
fn rate_after(words: &[Token], at: usize) -> (Option<String>, usize) {
    let (Some(first), Some(second)) = (words.get(at), words.get(at + 1)) else {
        return (None, at);
    };
    let first_word = lower(first);
    if matches!(first_word.as_str(), "per" | "a" | "each") && !first.ends_clause {
        let unit = lower(second);
        if matches!(
            unit.as_str(),
            "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "quarter"
                | "year"
                | "request"
                | "user"
                | "release"
                | "deploy"
        ) {
            return (Some(format!("per {unit}")), at + 2);
        }
    }
    (None, at)
}

/// "reduced page load time by 60%", "cut costs by 30%", "latency down 60%".
fn relatives(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    for (index, word) in words.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) {
            continue;
        }
        let text = lower(word);
        let percent = |at: usize| {
            words
                .get(at)
                .map(|w| w.text.clone())
                .filter(|p| p.ends_with('%') && p.trim_end_matches('%').parse::<f64>().is_ok())
        };
        let (direction, label, start, figure_at) = if text == "down" || text == "up" {
            // "latency down 60%": the label is what comes before.
            let Some(_) = percent(index + 1) else {
                continue;
            };
            let (label, start, _) = label_before(words, index);
            let direction = if text == "down" { "Lower" } else { "Higher" };
            (direction, label, start, index + 1)
        } else if let Some(way) = direction(&text) {
            // "<verb> [what] by N%": at most six words between.
            let Some(by) = (index + 1..(index + 8).min(words.len()))
                .find(|&i| words.get(i).is_some_and(|w| lower(w) == "by"))
            else {
                continue;
            };
            if words
                .get(index..by)
                .is_some_and(|span| span.iter().any(|w| w.ends_clause))
                || percent(by + 1).is_none()
            {
                continue;
            }
            // "improving consistency and reducing errors by 25%": the verb nearest "by" says.
            if words
                .get(index + 1..by)
                .is_some_and(|span| span.iter().any(|w| direction(&lower(w)).is_some()))
            {
                continue;
            }
            let between: Vec<&str> = words
                .get(index + 1..by)
                .unwrap_or_default()
                .iter()
                .map(|w| w.text.as_str())
                .filter(|w| !LEADING.contains(&w.to_lowercase().as_str()))
                .collect();
            let (label, start) = if between.is_empty() {
                // "Latency reduced by 38%": the subject before the verb.
                let (label, start, _) = label_before(words, index);
                (label, start)
            } else {
                (Some(capitalised(&between.join(" "))), index)
            };
            (way, label, start, by + 1)
        } else {
            continue;
        };
        let (Some(label), Some(value)) = (label, percent(figure_at)) else {
            continue;
        };
        // "improved latency by 45%": improving what is better lower lowered it.
        let direction = if text.starts_with("improv") && better_lower(&label) {
            "Lower"
        } else {
            direction
        };
        let sign = if direction == "Lower" { "-" } else { "+" };
        let ron = format!(
            "Relative(label: {}, change: {}, better: {direction})",
            quoted(&label),
            quoted(&format!("{sign}{}", value.trim_start_matches(['+', '-'])))
        );
        keep(found, used, ron, start, figure_at + 1);
    }
}

/// "3 protocols", "10K+ daily medical queries", "95% accuracy": a figure, then a noun phrase
/// that ends in a plural (or, after a percentage, any noun).
fn figures(words: &[Token], used: &mut [bool], found: &mut Vec<(usize, FoundMetric)>) {
    for (index, word) in words.iter().enumerate() {
        if used.get(index).copied().unwrap_or(true) || word.ends_clause {
            continue;
        }
        let value = word.text.as_str();
        let number: String = value
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        let suffix = value.get(number.len()..).unwrap_or_default();
        // "3-8 people": a range of small counts (years are dates: "2019-2021").
        let range = suffix.strip_prefix('-').is_some_and(|high| {
            !high.is_empty()
                && high.chars().all(|c| c.is_ascii_digit())
                && high.len() <= 3
                && number.len() <= 3
        });
        // A number, then at most a scale, a unit of data or a percent sign, and a "+"; "18m
        // users" is millions of them.
        let suffix_ok = range
            || matches!(
                suffix.trim_end_matches('+'),
                "" | "%" | "K" | "k" | "M" | "m" | "B" | "KB" | "MB" | "GB" | "TB" | "PB"
            );
        if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) || !suffix_ok {
            continue;
        }
        // The ends of a change that did not read as one ("from 12 releases per month to
        // 40") are not two figures.
        let before = index.checked_sub(1).and_then(|i| words.get(i)).map(lower);
        let from_before = (index.saturating_sub(7)..index).any(|i| {
            words.get(i).is_some_and(|w| lower(w) == "from")
                && words.get(i + 1).is_some_and(|w| {
                    w.text.starts_with(|c: char| {
                        c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥')
                    })
                })
        });
        let to_after =
            (index + 1..index + 6).any(|i| words.get(i).is_some_and(|w| lower(w) == "to"));
        if (before.as_deref() == Some("from") && to_after)
            || (before.as_deref() == Some("to") && from_before)
        {
            continue;
        }
        if suffix.is_empty() && !number.contains(',') && in_name(words, index) {
            continue;
        }
        // The end of a range ("3 to 6 engineers", "between 3 and 6") is not a figure alone.
        if index > 1
            && matches!(before.as_deref(), Some("to" | "and" | "-" | "–"))
            && words
                .get(index - 2)
                .is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_digit()) && !w.ends_clause)
        {
            continue;
        }
        if is_year(value) {
            continue;
        }
        let has_unit = suffix.trim_end_matches('+').ends_with('B');
        let mut at = index + 1;
        // "2TB+ of performance data": a figure with a unit, then what it is of.
        let of = words.get(at).is_some_and(|w| lower(w) == "of");
        if of {
            at += 1;
        }
        let mut noun = Vec::new();
        while let Some(next) = words.get(at) {
            let lowered = lower(next);
            let joins = lowered == "and" && !noun.is_empty();
            if !next.text.chars().all(|c| c.is_alphabetic() || c == '-')
                || (STOP.contains(&lowered.as_str()) && !joins)
                || noun.len() >= 4
            {
                break;
            }
            noun.push(next.text.as_str());
            at += 1;
            // The phrase ends at its first plural ("20 machines gathering …").
            if next.ends_clause || is_plural(&next.text) {
                break;
            }
        }
        while noun.last().is_some_and(|w| w.eq_ignore_ascii_case("and")) {
            noun.pop();
            at -= 1;
        }
        let Some(last) = noun.last() else {
            continue;
        };
        let named = if of { has_unit } else { is_plural(last) };
        if !(named || (value.ends_with('%') && !of)) {
            continue;
        }
        let millions;
        let value = if suffix.trim_end_matches('+') == "m" {
            millions = value.replacen('m', "M", 1);
            millions.as_str()
        } else {
            value
        };
        let ron = format!(
            "Figure(label: {}, value: {})",
            quoted(&capitalised(&noun.join(" "))),
            quoted(value)
        );
        keep(found, used, ron, index, at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rons(sentence: &str) -> Vec<String> {
        metrics_in(sentence).into_iter().map(|f| f.ron).collect()
    }

    #[test]
    fn a_sentence_that_starts_with_a_percentage_is_read_without_a_panic() {
        // Found by the fuzzer: the word before a leading figure was looked up at index -1.
        for sentence in ["30% by default", "% by", "45% faster builds"] {
            let _ = metrics_in(sentence);
        }
    }

    #[test]
    fn from_to_pairs_become_changes_in_any_unit() {
        assert_eq!(
            rons("Reduced API response time from 1.2 s to 340 ms for all clients."),
            vec![
                r#"Change(label: "API response time", before: "1.2 s", after: "340 ms", better: Lower)"#
            ]
        );
        assert_eq!(
            rons("Pages fell from 120 to 15 per week."),
            vec![r#"Change(label: "Pages per week", before: "120", after: "15", better: Lower)"#]
        );
        assert_eq!(
            rons("Raised the share of services on the paved road from 35% to 92%."),
            vec![
                r#"Change(label: "Share of services on the paved road", before: "35%", after: "92%", better: Higher)"#
            ]
        );
        assert_eq!(
            rons("Brought p99 playlist load latency from 900 ms to 210 ms."),
            vec![
                r#"Change(label: "P99 playlist load latency", before: "900 ms", after: "210 ms")"#
            ]
        );
        assert_eq!(
            rons("Cut costs by 30% and latency from 8 s to 2 s."),
            vec![
                r#"Relative(label: "Costs", change: "-30%", better: Lower)"#,
                r#"Change(label: "Latency", before: "8 s", after: "2 s")"#,
            ]
        );
        assert_eq!(
            rons("Raised availability from 99.5% to 99.95%."),
            vec![
                r#"Change(label: "Availability", before: "99.5%", after: "99.95%", better: Higher)"#
            ]
        );
        assert_eq!(
            rons(
                "reducing API response time from 5s to 500ms handling 10K+ daily medical queries."
            ),
            vec![
                r#"Change(label: "API response time", before: "5s", after: "500ms", better: Lower)"#,
                r#"Figure(label: "Daily medical queries", value: "10K+")"#,
            ]
        );
    }

    #[test]
    fn percentages_by_a_verb_become_relative_changes() {
        assert_eq!(
            rons("Built an API that reduced page load time by 60%, quickly."),
            vec![r#"Relative(label: "Page load time", change: "-60%", better: Lower)"#]
        );
        assert_eq!(
            rons("Latency reduced by 38%."),
            vec![r#"Relative(label: "Latency", change: "-38%", better: Lower)"#]
        );
        assert_eq!(
            rons("Checkout latency down 60% after the move."),
            vec![r#"Relative(label: "Checkout latency", change: "-60%", better: Lower)"#]
        );
        assert_eq!(
            rons("Increased conversion by 12%."),
            vec![r#"Relative(label: "Conversion", change: "+12%", better: Higher)"#]
        );
    }

    #[test]
    fn counts_with_a_plural_noun_become_figures() {
        assert_eq!(
            rons("Implemented 3 protocols in Go."),
            vec![r#"Figure(label: "Protocols", value: "3")"#]
        );
        assert_eq!(
            rons("Implemented 3 concurrency and replication protocols such as chain replication."),
            vec![r#"Figure(label: "Concurrency and replication protocols", value: "3")"#]
        );
        assert_eq!(
            rons("parallelizing across 20 machines gathering 2TB+ of performance data over a year"),
            vec![
                r#"Figure(label: "Machines", value: "20")"#,
                r#"Figure(label: "Performance data", value: "2TB+")"#,
            ]
        );
        assert_eq!(
            rons("notes with 95% accuracy, daily"),
            vec![r#"Figure(label: "Accuracy", value: "95%")"#]
        );
    }

    #[test]
    fn multiples_and_units_are_written_as_the_loader_reads_them() {
        assert_eq!(
            rons("Improved throughput by 3x."),
            vec![r#"Relative(label: "Throughput", change: "3x higher", better: Higher)"#]
        );
        assert_eq!(
            rons("Reduced storage by 10 times."),
            vec![r#"Relative(label: "Storage", change: "10x lower", better: Lower)"#]
        );
        assert_eq!(
            rons("Halved build times."),
            vec![r#"Relative(label: "Build times", change: "halved", better: Lower)"#]
        );
        assert_eq!(
            rons("Shrank the bundle from 500 kb to 200 kb."),
            vec![r#"Change(label: "Bundle", before: "500 kb", after: "200 kb", better: Lower)"#]
        );
    }

    #[test]
    fn figures_folio_would_refuse_stay_text() {
        // A negative duration passes the figure parser but not `folio check`.
        assert!(rons("cut latency from -5 s to 3 s").is_empty());
    }

    #[test]
    fn ambiguous_figures_stay_text() {
        // Units that do not compare, words that are not figures, years, a lone number.
        assert!(rons("from 3 s to 4 MB").is_empty());
        assert!(rons("reducing troubleshooting time from hours to minutes").is_empty());
        assert!(rons("Taught in Spring 2023 and Fall 2023.").is_empty());
        assert!(rons("Version 2 shipped.").is_empty());
        assert!(rons("720p causes ~3Ã— higher latent buffer loss than 360p").is_empty());
        assert!(rons("").is_empty());
    }

    #[test]
    fn every_metric_found_reads_back_as_folio_reads_it() {
        let sentence = "Cut costs by 30% and latency from 8 s to 2 s across 40 services.";
        let found = metrics_in(sentence);
        assert_eq!(found.len(), 3, "{found:?}");
        for metric in &found {
            let again = read_metric(&metric.ron).expect("reads back");
            assert_eq!(again.label(), metric.metric.label());
        }
    }
}
