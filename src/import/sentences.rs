//! Where a header's sentences end: a full stop that is not a name's abbreviation, the
//! fields of an academic CV's dated sentences, and a date that parts a name from its place.

use super::dates;

/// Fragments whose date opens them and ends with a period ("2011 - 2014. Statistics Advisor.
/// Department of Zoology, University of Otago."): an academic CV's fields, one per sentence.
pub(super) fn sentence_fields(fragments: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(fragments.len());
    for fragment in fragments {
        let split = dates::find(fragment).and_then(|found| {
            let before = fragment.get(..found.span.start)?;
            let after = fragment.get(found.span.end..)?.trim_start();
            (before.trim().is_empty() && after.starts_with(". ")).then_some(after)
        });
        match split {
            Some(after) => {
                out.push(
                    fragment
                        .get(..fragment.len() - after.len())
                        .unwrap_or_default()
                        .to_owned(),
                );
                out.extend(
                    after
                        .trim_start_matches(['.', ' '])
                        .split(". ")
                        .map(|field| field.trim().trim_end_matches('.').to_owned())
                        .filter(|field| !field.is_empty()),
                );
            }
            None => match date_between_names(fragment) {
                // "RockShashlik 02/2021 – 02/2022 KIEV, UKRAINE.": the date parts the name
                // before it from the place after it, as a separator would.
                Some((named, after)) => {
                    out.push(named.to_owned());
                    out.extend(sentences_apart(after));
                }
                None => out.extend(sentences_apart(fragment)),
            },
        }
    }
    out
}

/// A fragment cut after a date that stands between words on both sides, outside brackets:
/// the part up to the date's end (the date read with it), and the rest.
fn date_between_names(fragment: &str) -> Option<(&str, &str)> {
    let found = dates::find(fragment)?;
    let before = fragment.get(..found.span.start)?.trim_end();
    let after = fragment.get(found.span.end..)?;
    let words = |text: &str| text.chars().any(char::is_alphabetic);
    let bracketed = before.ends_with(['(', '[', '（', '【'])
        || after.trim_start().starts_with([')', ']', '）', '】']);
    let rest = after
        .trim_start()
        .trim_start_matches([',', ';', '|', '·', '-', '–', '—']);
    (words(before) && words(rest) && !bracketed)
        .then(|| {
            fragment
                .get(..found.span.end)
                .map(|named| (named, rest.trim()))
        })
        .flatten()
}

/// A fragment's first sentence, without the ones after it ("Automation Engineer, Cox Media
/// Group. Improving and maintaining tools for a large team."), which describe the job: a
/// sentence of three words or more after a full stop that ends one; "Acme, St. Louis" stays
/// whole.
fn sentences_apart(fragment: &str) -> Vec<String> {
    let cut = fragment.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let (Some(before), Some(after)) = (fragment.get(..=at), fragment.get(at + 2..)) else {
            return false;
        };
        // "E. Weber & Cie AG": an initial ends no sentence.
        let last_word = before.split_whitespace().last().unwrap_or_default();
        ends_sentence(before)
            && last_word.trim_end_matches('.').chars().count() >= 2
            && before.split_whitespace().count() >= 2
            && after.starts_with(char::is_uppercase)
            && after.split_whitespace().count() >= 3
    });
    match cut.and_then(|at| Some((fragment.get(..at)?, fragment.get(at + 2..)?))) {
        Some((first, _)) => vec![first.to_owned()],
        None => vec![fragment.to_owned()],
    }
}

/// Whether a line ends as a sentence does: a final period that is not an abbreviation of a
/// name ("Mahsan Co.", "Graph-Inc.", "Acme Ltd.").
pub fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end();
    let Some(head) = text.strip_suffix('.') else {
        return false;
    };
    let last = head
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .next()
        .unwrap_or_default()
        .trim_end_matches('.')
        .to_lowercase();
    let abbreviation = matches!(
        last.as_str(),
        "co" | "inc"
            | "ltd"
            | "corp"
            | "llc"
            | "plc"
            | "jr"
            | "sr"
            | "bros"
            | "dept"
            | "univ"
            | "gmbh"
            | "ag"
            | "srl"
            | "spa"
            | "bv"
            | "nv"
            | "pty"
            | "pvt"
            | "lda"
    );
    // A company's legal form written with its own periods ("S.r.l.", "e.K.", "S.A.").
    let dotted = last.contains('.') && last.split('.').all(|part| part.chars().count() <= 3);
    !abbreviation && !dotted
}

#[cfg(test)]
mod tests {
    use super::sentence_fields;

    /// Development round 22: a Markdown CV writes "Org MM/YYYY – MM/YYYY CITY, COUNTRY." under
    /// each job's heading. The date parts the employer from the place; a date in brackets or
    /// at the end of a line parts nothing.
    #[test]
    fn a_date_between_a_name_and_a_place_parts_them() {
        let fields = |line: &str| sentence_fields(&[line.to_owned()]);
        assert_eq!(
            fields("RockShashlik 02/2021 – 02/2022 KIEV, UKRAINE."),
            ["RockShashlik 02/2021 – 02/2022", "KIEV, UKRAINE."]
        );
        assert_eq!(
            fields("Acme (2019 – 2021) Berlin"),
            ["Acme (2019 – 2021) Berlin"]
        );
        assert_eq!(
            fields("Engineer at Acme 2019 – 2021"),
            ["Engineer at Acme 2019 – 2021"]
        );
    }
}
