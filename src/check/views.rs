//! What the two views of a file need checked: a public sentence the markup broke, a name
//! kept private in one place and written plainly in another, an address that would publish
//! what the text hides; and, for `folio check`'s listing, everything the public view hides.

use std::ops::Range;

use crate::load::spans::{field, item};
use crate::load::{Diagnostic, Loaded, Severity, position_of_byte, string_literals};
use crate::model::markup::{self, Piece};

/// A text of the file: where its literal is and what it says.
struct Literal {
    range: Range<usize>,
    written: String,
}

/// Warnings about the public view of `loaded`.
pub fn warnings(loaded: &Loaded) -> Vec<Diagnostic> {
    let hidden = private_ranges(loaded);
    let literals = literals(&loaded.source);
    let public: Vec<&Literal> = literals
        .iter()
        .filter(|l| {
            !hidden
                .iter()
                .any(|h| h.start <= l.range.start && l.range.end <= h.end)
        })
        .collect();
    let mut out = Vec::new();
    let warn = |literal: &Literal, message: String, hint: &str| {
        let start = literal.range.start + 1;
        let width = literal.written.chars().count().max(1);
        Diagnostic::new(Severity::Warning, &loaded.path, message)
            .at(
                &loaded.source,
                position_of_byte(&loaded.source, start),
                width,
            )
            .with_hint(hint)
    };
    for literal in &public {
        if !markup::has_markup(&literal.written) {
            continue;
        }
        let shown = markup::resolve(&literal.written, false);
        let private = markup::resolve(&literal.written, true);
        if let Some(flaw) = broken(&shown).filter(|flaw| broken(&private).as_ref() != Some(flaw)) {
            out.push(warn(
                literal,
                format!("the public wording reads \"{shown}\" ({flaw})"),
                "give the private wording a public stand-in: `{{private|public}}`, or move words into the markup",
            ));
        }
    }
    let names = private_names(loaded, &literals);
    for literal in &public {
        let shown = markup::resolve(&literal.written, false);
        let address = is_address(&shown);
        for (name, marked_at) in &names {
            let found = if address {
                shown.to_lowercase().contains(&name.to_lowercase())
            } else {
                contains_word(&shown, name)
            };
            if !found {
                continue;
            }
            let at = crate::load::position_of_byte(&loaded.source, *marked_at);
            let (message, hint) = if address {
                (
                    format!(
                        "this address would publish `{name}`, which the text keeps private (line {})",
                        at.line
                    ),
                    "mark the link `private: true`, or link to a page that does not name it",
                )
            } else {
                (
                    format!(
                        "`{name}` is kept private at line {}, but written plainly here",
                        at.line
                    ),
                    "mark it here too: `{{name|public wording}}`",
                )
            };
            out.push(warn(literal, message, hint));
        }
    }
    out
}

/// What the public view of `loaded` hides, one line each with its place, for `folio check`.
pub fn hidden(loaded: &Loaded) -> Vec<String> {
    let at = |range: Option<Range<usize>>| {
        range.map_or_else(
            || loaded.path.clone(),
            |r| {
                let p = position_of_byte(&loaded.source, r.start);
                format!("{}:{}:{}", loaded.path, p.line, p.column)
            },
        )
    };
    let spans = &loaded.spans;
    let portfolio = &loaded.portfolio;
    let mut out = Vec::new();
    let hidden = private_ranges(loaded);
    for literal in literals(&loaded.source) {
        if hidden
            .iter()
            .any(|h| h.start <= literal.range.start && literal.range.end <= h.end)
        {
            continue;
        }
        for piece in markup::marked_pieces(&literal.written) {
            if let Piece::Marked {
                private, public, ..
            } = piece
            {
                let instead = match public {
                    Some(public) => format!("shown as \"{public}\""),
                    None => "left out".to_owned(),
                };
                out.push(format!(
                    "{}: \"{private}\": {instead}",
                    at(Some(literal.range.clone()))
                ));
            }
        }
    }
    for (i, case) in portfolio.case_studies.iter().enumerate() {
        let path = item("case_studies", i);
        if case.private {
            out.push(format!(
                "{}: case study `{}`: left out",
                at(spans.get(&path)),
                case.id
            ));
            continue;
        }
        for (j, image) in case.images.iter().enumerate() {
            if image.private {
                let image_at = spans.get(&item(&field(&path, "images"), j));
                out.push(format!(
                    "{}: image `{}`: left out",
                    at(image_at),
                    image.path
                ));
            }
        }
        for (j, metric) in case.metrics.iter().enumerate() {
            let metric_at = spans.get(&item(&field(&path, "metrics"), j));
            let label = markup::resolve(metric.label(), false);
            if metric.is_private() {
                out.push(format!("{}: figure \"{label}\": left out", at(metric_at)));
            } else if let Some(public) = metric.public_wording() {
                out.push(format!(
                    "{}: figure \"{label}\": shown as \"{public}\"",
                    at(metric_at)
                ));
            }
        }
    }
    for (list, roles) in [
        ("experience", &portfolio.experience),
        ("research", &portfolio.research),
    ] {
        for (i, role) in roles.iter().enumerate() {
            if role.private {
                let name = markup::resolve(&role.organisation, true);
                out.push(format!(
                    "{}: position at {name}: left out",
                    at(spans.get(&item(list, i)))
                ));
            }
        }
    }
    for (i, teaching) in portfolio.teaching.iter().enumerate() {
        if teaching.private {
            out.push(format!(
                "{}: teaching at {}: left out",
                at(spans.get(&item("teaching", i))),
                teaching.organisation
            ));
        }
    }
    for (path, link) in crate::audience::links_by_path(portfolio) {
        if link.private {
            out.push(format!(
                "{}: link {}: left out",
                at(spans.get(&path)),
                link.url.as_str()
            ));
        }
    }
    out
}

/// Every string literal of `source` with what it says (RON's escapes undone).
fn literals(source: &str) -> Vec<Literal> {
    string_literals(source, source.len())
        .into_iter()
        .filter_map(|range| {
            let written = ron::from_str::<String>(source.get(range.clone())?).ok()?;
            Some(Literal { range, written })
        })
        .collect()
}

/// The byte ranges of everything `private: true` marks whole.
fn private_ranges(loaded: &Loaded) -> Vec<Range<usize>> {
    let spans = &loaded.spans;
    let p = &loaded.portfolio;
    let mut out = Vec::new();
    for (i, case) in p.case_studies.iter().enumerate() {
        let path = item("case_studies", i);
        if case.private {
            out.extend(spans.get(&path));
        }
        for (j, image) in case.images.iter().enumerate() {
            if image.private {
                out.extend(spans.get(&item(&field(&path, "images"), j)));
            }
        }
        for (j, metric) in case.metrics.iter().enumerate() {
            if metric.is_private() || metric.public_wording().is_some() {
                out.extend(spans.get(&item(&field(&path, "metrics"), j)));
            }
        }
    }
    for (list, roles) in [("experience", &p.experience), ("research", &p.research)] {
        for (i, role) in roles.iter().enumerate() {
            if role.private {
                out.extend(spans.get(&item(list, i)));
            }
        }
    }
    for (i, teaching) in p.teaching.iter().enumerate() {
        if teaching.private {
            out.extend(spans.get(&item("teaching", i)));
        }
    }
    let contact_links = p.contact.iter().flat_map(|c| c.links.iter());
    for (list, links) in [
        ("person.links", p.person.links.iter().collect::<Vec<_>>()),
        ("contact.links", contact_links.collect()),
    ] {
        for (i, link) in links.iter().enumerate() {
            if link.private {
                out.extend(spans.get(&item(list, i)));
            }
        }
    }
    out
}

/// Words that start a sentence or a title in capitals without naming anyone.
const NOT_NAMES: &[&str] = &[
    "The", "And", "For", "With", "Our", "Two", "Three", "One", "Its", "Their", "This", "That",
    "Internal", "Major", "Largest", "Region",
];

/// The names the file keeps private, each with where it is marked: the capitalised words of
/// private wordings that their public stand-in does not repeat, and the organisations of
/// private positions.
fn private_names(loaded: &Loaded, literals: &[Literal]) -> Vec<(String, usize)> {
    let mut names: Vec<(String, usize)> = Vec::new();
    let add = |word: &str, at: usize, names: &mut Vec<(String, usize)>| {
        let word = word.trim_end_matches("'s").trim_end_matches("’s");
        if word.chars().count() >= 3
            && word.chars().next().is_some_and(char::is_uppercase)
            && !NOT_NAMES.contains(&word)
            && !names.iter().any(|(known, _)| known == word)
        {
            names.push((word.to_owned(), at));
        }
    };
    for literal in literals {
        for piece in markup::marked_pieces(&literal.written) {
            if let Piece::Marked {
                private, public, ..
            } = piece
            {
                let public = public.unwrap_or_default();
                for word in private.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
                {
                    if !contains_word(&public, word) {
                        add(word, literal.range.start, &mut names);
                    }
                }
            }
        }
    }
    for (list, roles) in [
        ("experience", &loaded.portfolio.experience),
        ("research", &loaded.portfolio.research),
    ] {
        for (i, role) in roles.iter().enumerate() {
            let at = loaded.spans.get(&item(list, i));
            if role.private
                && let Some(range) = at
            {
                let name = markup::resolve(&role.organisation, true);
                add(name.trim(), range.start, &mut names);
            }
        }
    }
    names
}

/// Whether `text` has `word` as a whole word.
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let before = text.get(..at).and_then(|b| b.chars().next_back());
        let after = text.get(at + word.len()..).and_then(|a| a.chars().next());
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a text is a web or mail address rather than a sentence.
fn is_address(text: &str) -> bool {
    let text = text.trim();
    !text.contains(char::is_whitespace)
        && (text.contains("://") || text.starts_with("mailto:") || text.contains('@'))
}

/// Small words that cannot end a clause or stand before another of their kind.
const JOINERS: &[&str] = &[
    "with",
    "and",
    "or",
    "of",
    "for",
    "at",
    "in",
    "to",
    "the",
    "a",
    "an",
    "from",
    "by",
    "including",
    "across",
];

/// What is wrong with a sentence an empty stand-in left behind, if anything: doubled
/// spaces, a space before a comma, "with and", "for ." or a dangling comma.
fn broken(text: &str) -> Option<String> {
    if text.contains("  ") {
        return Some("a doubled space".into());
    }
    for gap in [" ,", " .", " ;", " :", ",,", ", .", ",.", "()", "( )"] {
        if text.contains(gap) {
            return Some(format!("`{}`", gap.trim()));
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for pair in words.windows(2) {
        if let [first, second] = pair {
            let first_bare = first.to_lowercase();
            let second_bare = second.trim_end_matches([',', '.', ';', ':']).to_lowercase();
            if JOINERS.contains(&first_bare.as_str())
                && JOINERS.contains(&second_bare.as_str())
                && first_bare != "the"
                && !matches!(second_bare.as_str(), "the" | "a" | "an")
            {
                return Some(format!("\"{first} {second}\""));
            }
        }
    }
    for word in &words {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if bare.len() < word.len() && JOINERS.contains(&bare.to_lowercase().as_str()) {
            return Some(format!("\"{word}\""));
        }
    }
    if text.trim_end().ends_with(',') {
        return Some("a dangling comma".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_sentence_is_named() {
        assert_eq!(
            broken("Worked with and Globex."),
            Some("\"with and\"".into())
        );
        assert!(broken("Built it  fast.").is_some());
        assert!(broken("Built it for .").is_some());
        assert!(broken("Built it for a telco and shipped.").is_none());
        assert!(broken("Worked with the team.").is_none());
    }

    const FILE: &str = r#"(
    person: (headline: "Engineer", summary: ["Onboarded {{Zentel|a telco}}.", "Worked with {{Zentel}} and Varacom.", "Zentel again."],
        links: [(label: "Zentel", url: "https://zentel.example/team")]),
)"#;

    #[test]
    fn leaks_and_breaks_are_warned_about() {
        let loaded = crate::load::load_str(FILE, "t.ron", None).expect("loads");
        let found: Vec<String> = warnings(&loaded)
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert!(
            found
                .iter()
                .any(|m| m.contains("reads \"Worked with  and Varacom.\"")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|m| m.contains("`Zentel` is kept private")),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|m| m.contains("this address would publish `Zentel`")),
            "{found:?}"
        );
        let listed = hidden(&loaded);
        assert!(
            listed
                .iter()
                .any(|l| l.contains("\"Zentel\": shown as \"a telco\"")),
            "{listed:?}"
        );
        assert!(
            listed.iter().any(|l| l.contains("\"Zentel\": left out")),
            "{listed:?}"
        );
    }
}
