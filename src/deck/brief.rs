//! What the audience reads on a slide, and what only the presenter does: an interviewer
//! who reads ninety words of running text stops listening, so a slide carries a line or two
//! of each part and the presenter window carries every word of it.
//!
//! The author's own short form (`on_slide`) wins; where there is none, a whole sentence or a
//! sentence's leading clause stands in (one carrying a figure first), and where not even a
//! clause fits its share of the slide, that part is the presenter's alone. Nothing is ever cut
//! mid-sentence with "…": `folio check` suggests an `on_slide` line instead.

use std::borrow::Cow;

use crate::document::words;
use crate::model::{CaseStudy, Portfolio};

/// About how many words of running text the audience is shown on one slide at most.
pub const WORDS_ON_SCREEN: usize = 40;

/// The words of `text`, as a reader counts them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The first sentence of `text`: up to its first `.`, `!`, `?` or `。` that ends a sentence
/// (followed by a space or the end), or all of it.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let mut chars = text.char_indices().peekable();
    while let Some((index, ch)) = chars.next() {
        let next = chars.peek().map(|(_, c)| *c);
        let ends = match ch {
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if ends {
            // "e.g." and "U.S." and an initial ("J. Smith") end no sentence; "8 s." does.
            let before = text.get(..index).unwrap_or_default();
            let last_word = before
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or_default();
            let mut letters = last_word.chars();
            let initial =
                matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
            let abbreviation = ch == '.' && (last_word.contains('.') || initial);
            if !abbreviation || next.is_none() {
                return text.get(..index + ch.len_utf8()).unwrap_or(text);
            }
        }
    }
    text
}

/// `text` in at most `max_words` words, never cut mid-thought: the whole of it if it fits,
/// else the whole sentence or leading clause that fits best (one carrying a figure first,
/// then the earliest, then the longest), ended with a full stop; empty when not even a clause
/// fits, and the presenter's script says it instead. An interviewer reads a line ending in
/// "…" as unfinished work, so nothing shown here ever ends in one.
pub fn within(text: &str, max_words: usize) -> Cow<'_, str> {
    let text = text.trim();
    if word_count(text) <= max_words {
        return Cow::Borrowed(text);
    }
    let best = candidates(text)
        .into_iter()
        .filter(|candidate| word_count(&candidate.text) <= max_words)
        .max_by_key(|candidate| {
            (
                candidate.text.chars().any(|c| c.is_ascii_digit()),
                std::cmp::Reverse(candidate.sentence),
                word_count(&candidate.text),
            )
        });
    match best {
        Some(candidate) => candidate.text,
        None => Cow::Borrowed(""),
    }
}

/// A short form a slide may show: a run of whole sentences from the first, or a sentence's
/// leading clause, and the sentence it comes from.
struct Candidate<'a> {
    text: Cow<'a, str>,
    sentence: usize,
}

/// Every whole-sentence run from the start of `text`, and every sentence's leading clauses.
fn candidates(text: &str) -> Vec<Candidate<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut start = 0;
    let mut index = 0;
    while !rest.trim().is_empty() {
        let sentence = first_sentence(rest);
        if sentence.is_empty() {
            break;
        }
        let offset = rest.len() - rest.trim_start().len();
        let end = start + offset + sentence.len();
        out.push(Candidate {
            text: Cow::Borrowed(text.get(..end).unwrap_or(text).trim()),
            sentence: 0,
        });
        if index > 0 {
            out.push(Candidate {
                text: Cow::Borrowed(sentence),
                sentence: index,
            });
        }
        for clause in leading_clauses(sentence) {
            out.push(Candidate {
                text: Cow::Owned(format!("{clause}{}", full_stop(clause))),
                sentence: index,
            });
        }
        rest = text.get(end..).unwrap_or_default();
        start = end;
        index += 1;
    }
    out
}

/// The full stop a leading clause ends with: none after CJK text, which ends in "。" only
/// when a sentence does.
fn full_stop(clause: &str) -> &'static str {
    if clause.chars().last().is_some_and(|c| c as u32 >= 0x3000) {
        "。"
    } else {
        "."
    }
}

/// The fewest words after a comma for it to end a clause: "across STB, ATV, CTV, and
/// mobile" is a list, not three clauses.
const LEAST_CLAUSE_WORDS: usize = 4;

/// `sentence` up to each clause boundary (a dash, semicolon, colon, or a comma followed by a
/// clause of its own), without the boundary: each a shorter thing the sentence says.
fn leading_clauses(sentence: &str) -> Vec<&str> {
    let mut boundaries = Vec::new();
    for (index, ch) in sentence.char_indices() {
        let after = sentence.get(index + ch.len_utf8()..).unwrap_or_default();
        let strong = matches!(ch, ';' | ':' | '；' | '：')
            || (matches!(ch, '—' | '–') && after.starts_with(' '));
        // A list's items are short on both sides of their commas.
        let comma = matches!(ch, ',' | '，') && {
            let split = [',', ';', ':', '—', '–', '，'];
            let next = after.split(split).next().unwrap_or_default();
            let before = sentence.get(..index).unwrap_or_default();
            let previous = before.rsplit(split).next().unwrap_or_default();
            word_count(next) >= LEAST_CLAUSE_WORDS && word_count(previous) >= 3
        };
        if strong || comma {
            boundaries.push(index);
        }
    }
    boundaries
        .into_iter()
        .filter_map(|index| {
            let clause = sentence
                .get(..index)?
                .trim_end_matches([' ', ',', ';', ':', '—', '–']);
            (word_count(clause) >= 3).then_some(clause)
        })
        .collect()
}

/// A case study's story as its slide shows it: each part's label and its short form.
pub fn story(case: &CaseStudy) -> [(&'static str, Cow<'_, str>); 3] {
    let written = [
        case.on_slide.problem.as_deref(),
        case.on_slide.approach.as_deref(),
        case.on_slide.outcome.as_deref(),
    ];
    let full = words::story(case);
    let given: usize = written.iter().flatten().map(|t| word_count(t)).sum();
    let mut out = full.map(|(label, text)| (label, Cow::Borrowed(text)));
    // The words left are shared out shortest first, so that a short first sentence leaves
    // its unused words to a longer one.
    let mut automatic: Vec<(usize, &str)> = full
        .iter()
        .zip(written)
        .enumerate()
        .filter(|(_, (_, written))| written.is_none())
        .map(|(index, ((_, text), _))| (index, *text))
        .collect();
    automatic.sort_by_key(|(_, text)| word_count(first_sentence(text)));
    let mut left = WORDS_ON_SCREEN.saturating_sub(given);
    let mut parts_left = automatic.len();
    for (index, text) in automatic {
        let share = (left / parts_left.max(1)).max(LEAST_SHARE);
        let shown = story_line(text, share);
        left = left.saturating_sub(word_count(&shown));
        parts_left -= 1;
        if let Some(slot) = out.get_mut(index) {
            slot.1 = shown;
        }
    }
    for (slot, written) in out.iter_mut().zip(written) {
        if let Some(short) = written {
            slot.1 = Cow::Borrowed(short);
        }
    }
    out
}

/// The About slide's text: the author's `on_slide`, else the first sentence (or its leading
/// clause) of each paragraph while they fit the slide's words.
pub fn about(portfolio: &Portfolio) -> Vec<Cow<'_, str>> {
    let person = &portfolio.person;
    if let Some(short) = &person.on_slide {
        return vec![Cow::Borrowed(short.as_str())];
    }
    let mut out: Vec<Cow<'_, str>> = Vec::new();
    let mut used = 0;
    for paragraph in &person.summary {
        let shown = within(
            first_sentence(paragraph),
            WORDS_ON_SCREEN.saturating_sub(used),
        );
        if shown.is_empty() {
            break;
        }
        used += word_count(&shown);
        out.push(shown);
    }
    out
}

/// An expertise area's line on its slide, sharing the slide's words with the other `areas`
/// on it; none (its title and tags say it) when the share is too small for a line worth
/// reading, as with four areas or more.
pub fn expertise_line(text: &str, areas: usize) -> Cow<'_, str> {
    let share = WORDS_ON_SCREEN / areas.max(1);
    if share < LEAST_LINE_WORDS {
        return Cow::Borrowed("");
    }
    within(text, share)
}

/// A story part's line in about `share` words: [`within`]'s choice, unless that is a later
/// sentence with no figure ("Users left.") where the first sentence's lead, which says what
/// the part is about, fits half as many words again.
fn story_line(text: &str, share: usize) -> Cow<'_, str> {
    let shown = within(text, share);
    let from_start = text.trim().starts_with(shown.trim_end_matches(['.', '。']));
    if shown.is_empty() || (!from_start && !shown.chars().any(|c| c.is_ascii_digit())) {
        let first = within(first_sentence(text), share + share / 2);
        if !first.is_empty() {
            return first;
        }
    }
    shown
}

/// The fewest words a story part is offered, however many the author's own lines took: a
/// clause is rarely shorter.
const LEAST_SHARE: usize = 8;

/// The fewest words an expertise line is worth showing with.
const LEAST_LINE_WORDS: usize = 12;

/// For each case study whose slide shows a part shorter than written and not in the author's
/// words: its id and an `on_slide` line with what the slide shows now, for `folio check` to
/// suggest (a part that shows nothing gets its first sentence, to shorten by hand).
pub fn on_slide_suggestions(portfolio: &Portfolio) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for case in &portfolio.case_studies {
        let shown = story(case);
        let full = words::story(case);
        let written = [
            case.on_slide.problem.is_some(),
            case.on_slide.approach.is_some(),
            case.on_slide.outcome.is_some(),
        ];
        let fields: Vec<String> = ["problem", "approach", "outcome"]
            .iter()
            .zip(shown.iter().zip(full))
            .zip(written)
            .filter(|((_, ((_, short), (_, text))), written)| !written && cuts(short, text))
            .map(|((field, ((_, short), (_, text))), _)| {
                let line = if short.is_empty() {
                    first_sentence(text)
                } else {
                    short
                };
                format!("{field}: {line:?}")
            })
            .collect();
        if !fields.is_empty() {
            out.push((
                case.id.to_string(),
                format!("on_slide: ({})", fields.join(", ")),
            ));
        }
    }
    out
}

/// Whether a short form leaves out anything of the full text it stands for.
pub fn cuts(short: &str, full: &str) -> bool {
    short.trim() != full.trim()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_sentence_ends_at_its_full_stop_not_at_an_abbreviation() {
        assert_eq!(
            first_sentence("Search took 8 s. Users left."),
            "Search took 8 s."
        );
        assert_eq!(
            first_sentence("We used e.g. Kafka. Then more."),
            "We used e.g. Kafka."
        );
        assert_eq!(first_sentence("v1.2 shipped"), "v1.2 shipped");
        assert_eq!(first_sentence("搜索太慢。用户离开了。"), "搜索太慢。");
        assert_eq!(first_sentence("  No stop at all  "), "No stop at all");
    }

    #[test]
    fn a_long_text_shows_a_whole_sentence_or_clause_never_a_cut_one() {
        let text = "Designing services that coordinate at scale, across process boundaries, network partitions and eventual consistency constraints that nobody wrote down";
        // The leading clause, closed with a full stop.
        assert_eq!(
            within(text, 10),
            "Designing services that coordinate at scale, across process boundaries."
        );
        // A list's commas end no clause; no clause fits: nothing, not a cut.
        let list = "Supported clients across STB, ATV, CTV, and mobile with complex onboarding flows and purchase integrations";
        assert_eq!(within(list, 8), "");
        let plain = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(within(plain, 8), "");
        // Short enough: untouched.
        assert_eq!(within("Short line.", 8), "Short line.");
        // The sentence that carries a figure wins over an earlier one without.
        let outcome = "The team was happier and the pager was quiet for the first time in years. Latency fell from 8 s to 300 ms. Nobody noticed the cut-over itself.";
        assert_eq!(within(outcome, 10), "Latency fell from 8 s to 300 ms.");
        // The bundled portfolio's first case study: three whole lines.
        let problem = "Core APIs serving downstream media delivery consumers had accumulated severe latency — response times of 8–10 seconds under load, causing cascading timeouts across dependent services.";
        assert_eq!(
            within(problem, 13),
            "Core APIs serving downstream media delivery consumers had accumulated severe latency."
        );
        for budget in 0..40 {
            for text in [text, list, outcome, problem] {
                let shown = within(text, budget);
                assert!(!shown.contains('…'), "{shown}");
                assert!(
                    word_count(&shown) <= budget || shown == text,
                    "{budget}: {shown}"
                );
            }
        }
    }

    #[test]
    fn a_story_on_a_slide_stays_within_the_words_and_prefers_the_author() {
        let source = r#"(person: (headline: "x"), case_studies: [(id: "a", title: "t",
            problem: "Search took eight to ten seconds for every single query that our customers ran against the catalogue, every day of the week. Users left.",
            approach: "We rebuilt the index. Then the cache.",
            outcome: "Queries now take milliseconds, and the support queue is empty, for the first time since the product launched in two thousand and nineteen.",
            on_slide: (approach: "A new index, then a cache in front of it.")
        )])"#;
        let loaded = crate::load::load_str(source, "t.ron", None).expect("loads");
        let case = &loaded.portfolio.case_studies[0];
        let story = story(case);
        assert_eq!(story[1].1, "A new index, then a cache in front of it.");
        let total: usize = story.iter().map(|(_, t)| word_count(t)).sum();
        assert!(total <= WORDS_ON_SCREEN, "{total}: {story:?}");
        assert!(story[0].1.starts_with("Search took eight to ten seconds"));
        assert!(cuts(&story[0].1, &case.problem));
    }
}
