//! The jump palette's search over the slides: every word of the query, or a word an
//! interviewer would use for it.

use super::Deck;

impl Deck {
    /// Slides that match every word of `query` (or a word that means the same in an
    /// interview: "cut" finds "reduced"), best first: title matches before body matches,
    /// then document order. For the jump palette.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        if words.is_empty() {
            return (0..self.slides.len()).collect();
        }
        let mut scored: Vec<(usize, usize)> = self
            .slides
            .iter()
            .enumerate()
            .filter_map(|(index, slide)| {
                let title = slide.title.to_lowercase();
                let mut score = 0;
                for word in &words {
                    let forms = alternatives(word);
                    if forms.iter().any(|f| title.contains(f.as_str())) {
                        score += 3;
                    } else if forms.iter().any(|f| slide.search_text.contains(f.as_str())) {
                        score += 1;
                    } else {
                        return None;
                    }
                }
                Some((index, score))
            })
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(index, _)| index).collect()
    }
}

/// Words an interviewer uses for what a portfolio says differently.
const SYNONYMS: [(&str, &[&str]); 8] = [
    (
        "cut",
        &["reduc", "lower", "sav", "decreas", "halv", "cheap"],
    ),
    ("reduc", &["cut", "lower", "decreas", "halv"]),
    ("cost", &["spend", "cheap", "budget"]),
    ("fast", &["latenc", "speed", "perform", "quick"]),
    ("slow", &["latenc", "timeout", "perform"]),
    ("lead", &["led", "mentor", "team", "manag"]),
    ("scal", &["autoscal", "load", "throughput"]),
    (
        "fail",
        &["outage", "downtime", "incident", "timeout", "reliab"],
    ),
];

/// The stem of `word` and the stems of words meaning the same.
fn alternatives(word: &str) -> Vec<String> {
    let stem = stem(word);
    let mut out = vec![stem.to_owned()];
    for (key, others) in SYNONYMS {
        if stem.starts_with(key) || key.starts_with(stem) && stem.len() >= 3 {
            out.extend(others.iter().map(|o| (*o).to_owned()));
        }
    }
    out
}

/// A crude stem so "costs", "cutting" and "latencies" find "cost", "cut" and "latency".
fn stem(word: &str) -> &str {
    for suffix in ["ting", "ies", "ing", "es", "s"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            return stem;
        }
    }
    word
}
