//! "Did you mean …?" for misspelt field and kind names.

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
pub fn nearest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let word = word.to_lowercase();
    let limit = (word.chars().count() / 3).max(1) + 1;
    candidates
        .iter()
        .map(|c| (edit_distance(&word, &c.to_lowercase()), *c))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_not_strangers() {
        let fields = ["problem", "approach", "outcome", "title"];
        assert_eq!(nearest("aproach", &fields), Some("approach"));
        assert_eq!(nearest("Outcom", &fields), Some("outcome"));
        assert_eq!(nearest("colour", &fields), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
