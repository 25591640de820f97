//! Audience markup that cannot be read, as errors at its place in the file: an unclosed
//! `{{`, a `}}` that closes nothing, markup inside markup. Parse, don't validate: a file that
//! loads has markup every view can resolve.

use std::ops::Range;

use super::diagnostic::{Diagnostic, Severity, position_of_byte};
use crate::model::markup;

/// An error for each text literal (given as byte ranges, quotes included) whose markup
/// cannot be read; at most five, as for over-long texts.
pub(super) fn errors(source: &str, path: &str, literals: &[Range<usize>]) -> Vec<Diagnostic> {
    literals
        .iter()
        .filter_map(|range| {
            let inner = source.get(range.start + 1..range.end.saturating_sub(1))?;
            if !markup::has_markup(inner) {
                return None;
            }
            let (text, places) = decoded(inner, range.start + 1);
            let error = markup::parse(&text).err()?;
            let byte = places.get(error.offset).copied().unwrap_or(range.start);
            Some(
                Diagnostic::new(Severity::Error, path, error.message)
                    .at(source, position_of_byte(source, byte), error.width)
                    .with_hint(error.hint),
            )
        })
        .take(5)
        .collect()
}

/// A RON string's contents as serde hands them over (escapes undone), with the byte in the
/// file where each character was written, so that a mistake found in the text points into
/// the file.
fn decoded(raw: &str, base: usize) -> (String, Vec<usize>) {
    let mut text = String::with_capacity(raw.len());
    let mut places = Vec::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let place = base + at;
        if c != '\\' {
            text.push(c);
            places.push(place);
            continue;
        }
        let decoded = match chars.next().map(|(_, e)| e) {
            Some('n') => '\n',
            Some('t') => '\t',
            Some('r') => '\r',
            Some('0') => '\0',
            Some('u') => {
                let mut hex = String::new();
                if chars.peek().is_some_and(|(_, c)| *c == '{') {
                    chars.next();
                    for (_, c) in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                        hex.push(c);
                    }
                }
                u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{fffd}')
            }
            Some('x') => {
                let hex: String = chars.by_ref().take(2).map(|(_, c)| c).collect();
                u8::from_str_radix(&hex, 16).map_or('\u{fffd}', char::from)
            }
            Some(other) => other,
            None => '\\',
        };
        text.push(decoded);
        places.push(place);
    }
    (text, places)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_undone_and_places_kept() {
        let (text, places) = decoded(r#"a\"{{b\\{{"#, 10);
        assert_eq!(text, r#"a"{{b\{{"#);
        assert_eq!(places.get(2), Some(&13));
        assert_eq!(places.get(5), Some(&16));
    }

    #[test]
    fn an_unclosed_wording_is_an_error_at_its_braces() {
        let source = "(\n    person: (headline: \"Built it {{for Acme\"),\n)";
        let literal = source.find('"').unwrap_or(0)..source.rfind('"').unwrap_or(0) + 1;
        let errors = errors(source, "p.ron", &[literal]);
        let error = errors.first().expect("an error");
        assert_eq!(error.location(), "p.ron:2:34");
        assert!(error.message.contains("not closed"), "{error}");
    }
}
