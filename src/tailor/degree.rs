//! Degrees as requirements name them: a bachelor's, a master's or a doctorate by their usual
//! abbreviations, and whether a requirement asks for more than a bachelor's.

/// The words a requirement uses for a degree ("BSc" → "degree bachelor"): a doctorate, a
/// master's or a bachelor's by its usual abbreviations; a school without a degree named
/// reads as a bachelor's.
pub(super) fn words(degree: &str) -> &'static str {
    let lower = degree.to_lowercase().replace(['.', ' '], "");
    if lower.starts_with("phd") || lower.starts_with("dphil") || lower.contains("doctor") {
        "degree doctorate phd master ms msc bachelor bs bsc"
    } else if lower.starts_with('m') {
        "degree master ms msc bachelor bs bsc"
    } else {
        "degree bachelor bs bsc"
    }
}

/// Whether a requirement asks for a degree above a bachelor's ("an advanced degree", "MS
/// or PhD"), a bachelor's not being among those it accepts.
pub(super) fn asks_graduate(text: &str) -> bool {
    let words: Vec<String> = text
        .to_lowercase()
        .replace(['.', '’', '\''], "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
    let phrase = |a: &str, b: &str| {
        words
            .windows(2)
            .any(|p| matches!(p, [x, y] if x == a && y.starts_with(b)))
    };
    let graduate = phrase("advanced", "degree")
        || phrase("graduate", "degree")
        || has(&[
            "masters",
            "master",
            "phd",
            "msc",
            "ms",
            "meng",
            "mtech",
            "mphil",
            "dphil",
            "doctorate",
            "doctoral",
        ]);
    let bachelor = has(&[
        "bachelors",
        "bachelor",
        "bs",
        "bsc",
        "ba",
        "undergraduate",
        "be",
        "btech",
    ]);
    graduate && !bachelor
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_advanced_degree_is_a_masters_or_a_doctorate() {
        assert!(asks_graduate("MS or PhD in statistics"));
        assert!(asks_graduate("An advanced degree in physics"));
        assert!(asks_graduate(
            "M.S. Degree in Computer Science, Mathematics, or a related field"
        ));
        assert!(!asks_graduate("BS or MS in Computer Science"));
        assert!(!asks_graduate("A degree in Computer Science"));
        assert!(words("MSc").contains("master"));
        assert!(!words("BComp").contains("master"));
    }
}
