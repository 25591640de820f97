//! What the audience reads on a slide, and what only the presenter does: an interviewer
//! who reads ninety words of running text stops listening, so a slide carries a line or two
//! of each part and the presenter window carries every word of it.
//!
//! The author's own short form (`on_slide`) wins; where there is none, each text's first
//! sentence stands in, cut at a clause (or, failing that, a word) when it is too long for its
//! share of the slide.

use std::borrow::Cow;

use crate::document::words;
use crate::model::{CaseStudy, Portfolio};

/// About how many words of running text the audience is shown on one slide at most.
pub const WORDS_ON_SCREEN: usize = 40;
/// Fewer words than this are never cut further: a shorter line says nothing.
const LEAST_WORDS: usize = 8;

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

/// `text` in at most `max_words` words: whole if it fits, else cut after the last clause
/// (a comma, colon, semicolon or dash) within the limit, else after the limit's last word,
/// and marked with "…" so nobody takes it for the whole.
pub fn within(text: &str, max_words: usize) -> Cow<'_, str> {
    let max_words = max_words.max(LEAST_WORDS);
    if word_count(text) <= max_words {
        return Cow::Borrowed(text);
    }
    // The byte where each word ends, for the first `max_words` words.
    let mut ends = Vec::new();
    let mut in_word = false;
    for (index, ch) in text.char_indices() {
        if ch.is_whitespace() {
            if in_word {
                ends.push(index);
                if ends.len() == max_words {
                    break;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    let clause = ends.iter().rev().find(|end| {
        let word = text.get(..**end).unwrap_or_default();
        word.ends_with([',', ':', ';', '—', '–'])
            || text
                .get(**end..)
                .is_some_and(|rest| rest.trim_start().starts_with(['—', '–']))
    });
    // A clause shorter than half the room leaves too little; then cut at a word.
    let cut = clause
        .filter(|end| {
            ends.iter()
                .position(|e| e == *end)
                .is_some_and(|i| 2 * (i + 1) >= max_words)
        })
        .or(ends.last())
        .copied()
        .unwrap_or(text.len());
    let kept = text
        .get(..cut)
        .unwrap_or(text)
        .trim_end_matches([',', ':', ';', '—', '–', ' ']);
    Cow::Owned(format!("{kept}…"))
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
        .map(|(index, ((_, text), _))| (index, first_sentence(text)))
        .collect();
    automatic.sort_by_key(|(_, sentence)| word_count(sentence));
    let mut left = WORDS_ON_SCREEN.saturating_sub(given);
    let mut parts_left = automatic.len();
    for (index, sentence) in automatic {
        let share = left / parts_left.max(1);
        let shown = within(sentence, share);
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

/// The About slide's text: the author's `on_slide`, else the first sentence of each
/// paragraph while they fit the slide's words (at least one).
pub fn about(portfolio: &Portfolio) -> Vec<Cow<'_, str>> {
    let person = &portfolio.person;
    if let Some(short) = &person.on_slide {
        return vec![Cow::Borrowed(short.as_str())];
    }
    let mut out: Vec<Cow<'_, str>> = Vec::new();
    let mut used = 0;
    for paragraph in &person.summary {
        let sentence = first_sentence(paragraph);
        let count = word_count(sentence);
        if !out.is_empty() && used + count > WORDS_ON_SCREEN {
            break;
        }
        let sentence = within(sentence, WORDS_ON_SCREEN);
        used += word_count(&sentence);
        out.push(sentence);
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
    within(first_sentence(text), share)
}

/// The fewest words an expertise line is worth showing with.
const LEAST_LINE_WORDS: usize = 12;

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
    fn a_long_sentence_is_cut_at_a_clause_and_says_so() {
        let text = "Designing services that coordinate at scale, across process boundaries, network partitions and eventual consistency constraints that nobody wrote down";
        let cut = within(text, 10);
        assert_eq!(
            cut,
            "Designing services that coordinate at scale, across process boundaries…"
        );
        assert!(word_count(&cut) <= 10);
        // No clause in the room: cut at a word.
        let plain = "one two three four five six seven eight nine ten eleven twelve";
        assert_eq!(within(plain, 8), "one two three four five six seven eight…");
        // Short enough: untouched.
        assert_eq!(within("Short line.", 8), "Short line.");
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
