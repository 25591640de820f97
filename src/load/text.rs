//! Checks on the text itself: mojibake, the garbling left when UTF-8 was read as
//! Windows-1252 or Latin-1 ("~3Ã—" for "~3×").
//!
//! folio never rewrites what a person wrote: it shows the text as it is in the file and
//! `folio check` warns with the probable repair, so the person fixes the source once.

use super::diagnostic::{Diagnostic, Position, Severity};

/// Control characters from a user's file (escape sequences, binary bytes) shown as escapes,
/// never sent raw to a terminal; line breaks stay.
pub fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if c.is_control() && c != '\n' {
                c.escape_default().collect::<Vec<char>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

/// Windows-1252's characters for bytes 0x80–0x9F (the rest of 0x80–0xFF is Latin-1).
const CP1252_HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('‘', 0x91),
    ('’', 0x92),
    ('“', 0x93),
    ('”', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// The byte a character stood for when UTF-8 was misread as Windows-1252, if any.
fn cp1252_byte(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0x80..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    CP1252_HIGH.iter().find(|(ch, _)| *ch == c).map(|(_, b)| *b)
}

/// A run of mojibake in a line: where it starts (in characters), how long it is, and what it
/// probably should be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mojibake {
    /// Character offset of the run within the text.
    pub offset: usize,
    /// The garbled text.
    pub garbled: String,
    /// The repaired text.
    pub repaired: String,
}

/// Finds runs of characters that decode as UTF-8 when read back as Windows-1252 bytes.
pub fn find_mojibake(text: &str) -> Vec<Mojibake> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let lead = chars.get(i).copied().and_then(cp1252_byte);
        let expected = match lead {
            Some(0xC2..=0xDF) => 2,
            Some(0xE0..=0xEF) => 3,
            Some(0xF0..=0xF4) => 4,
            _ => 0,
        };
        if expected > 0 && i + expected <= chars.len() {
            let bytes: Option<Vec<u8>> = chars
                .get(i..i + expected)
                .map(|run| run.iter().map(|c| cp1252_byte(*c)).collect())
                .unwrap_or(None);
            if let Some(bytes) = bytes
                && bytes.iter().skip(1).all(|b| (0x80..=0xBF).contains(b))
                && let Ok(repaired) = std::str::from_utf8(&bytes)
            {
                found.push(Mojibake {
                    offset: i,
                    garbled: chars
                        .get(i..i + expected)
                        .unwrap_or_default()
                        .iter()
                        .collect(),
                    repaired: repaired.to_owned(),
                });
                i += expected;
                continue;
            }
        }
        i += 1;
    }
    found
}

/// The source with everything outside string literals blanked (newlines kept), so that
/// text checks see only what the app shows, not comments.
fn strings_only(source: &str) -> String {
    #[derive(PartialEq)]
    enum State {
        Code,
        LineComment,
        BlockComment(usize),
        Text,
        Escape,
    }
    let mut state = State::Code;
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        let keep = match state {
            State::Code => {
                match (c, chars.peek()) {
                    ('"', _) => state = State::Text,
                    ('/', Some('/')) => state = State::LineComment,
                    ('/', Some('*')) => state = State::BlockComment(0),
                    _ => {}
                }
                false
            }
            State::LineComment => {
                if c == '\n' {
                    state = State::Code;
                }
                false
            }
            State::BlockComment(depth) => {
                match (c, chars.peek()) {
                    ('*', Some('/')) if depth == 0 => {
                        chars.next();
                        out.push(' ');
                        state = State::Code;
                    }
                    ('*', Some('/')) => state = State::BlockComment(depth - 1),
                    ('/', Some('*')) => state = State::BlockComment(depth + 1),
                    _ => {}
                }
                false
            }
            State::Text => {
                match c {
                    '"' => state = State::Code,
                    '\\' => state = State::Escape,
                    _ => {}
                }
                c != '"'
            }
            State::Escape => {
                state = State::Text;
                true
            }
        };
        out.push(if keep || c == '\n' { c } else { ' ' });
    }
    out
}

/// A warning for each run of mojibake in the source's string literals.
pub fn mojibake_warnings(source: &str, path: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Every mojibake run starts with a character from U+00C2 to U+00F4, all of which encode
    // as 0xC3 followed by one byte in UTF-8: without that byte there is nothing to find.
    if !source.as_bytes().contains(&0xC3) {
        return out;
    }
    for (index, line) in strings_only(source).lines().enumerate() {
        for m in find_mojibake(line) {
            let position = Position {
                line: index + 1,
                column: m.offset + 1,
            };
            out.push(
                Diagnostic::new(
                    Severity::Warning,
                    path,
                    format!("`{}` looks like mojibake of `{}`", m.garbled, m.repaired),
                )
                .at(source, position, m.garbled.chars().count())
                .with_hint(format!(
                    "the text was decoded with the wrong encoding; replace `{}` with `{}`",
                    m.garbled, m.repaired
                )),
            );
        }
    }
    out
}

/// The font that draws `c`, by the block it is in: its name, and its Debian package.
pub fn font_for(c: char) -> (&'static str, &'static str) {
    let code = u32::from(c);
    let cjk = matches!(code,
        0x1100..=0x11FF | 0x2E80..=0x2FFF | 0x3000..=0x9FFF | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF);
    let emoji = matches!(code, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0xFE0F);
    if cjk {
        ("Noto Sans CJK", "fonts-noto-cjk")
    } else if emoji {
        ("Noto Color Emoji", "fonts-noto-color-emoji")
    } else {
        ("the Noto Sans font for its script", "fonts-noto-core")
    }
}

/// A warning for each character that no font can draw, at its first appearance in a string
/// literal of the source. Which characters those are is for the caller to say: it depends on
/// the fonts of the machine, which this layer knows nothing of.
pub fn undrawable_warnings(source: &str, path: &str, undrawable: &[char]) -> Vec<Diagnostic> {
    let strings = strings_only(source);
    let mut out = Vec::new();
    for c in undrawable {
        let found = strings.lines().enumerate().find_map(|(index, line)| {
            line.chars().position(|x| x == *c).map(|column| Position {
                line: index + 1,
                column: column + 1,
            })
        });
        let code = format!("U+{:04X}", u32::from(*c));
        let mut diagnostic = Diagnostic::new(
            Severity::Warning,
            path,
            format!(
                "character {code} cannot be drawn: neither folio's fonts nor any font \
                 installed here has it, so the app and every export would show a box"
            ),
        )
        .with_hint(format!(
            "install {} (notofonts.github.io; on Debian and Ubuntu: apt install {}), or write \
             the text without {code}",
            font_for(*c).0,
            font_for(*c).1
        ))
        .about_output();
        if let Some(position) = found {
            diagnostic = diagnostic.at(source, position, 1);
        }
        out.push(diagnostic);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undrawable_characters_are_pointed_at() {
        let source = "(\n    person: (headline: \"private \u{10FFFD} here\"),\n)\n";
        let warnings = undrawable_warnings(source, "p.ron", &['\u{10FFFD}']);
        assert_eq!(warnings.len(), 1);
        let text = warnings[0].to_string();
        assert!(text.contains("U+10FFFD"), "{text}");
        assert!(text.contains("p.ron:2:33"), "{text}");
    }

    #[test]
    fn repairs_the_seed_text() {
        let found = find_mojibake("720p causes ~3Ã— higher latent buffer loss");
        assert_eq!(
            found,
            vec![Mojibake {
                offset: 14,
                garbled: "Ã—".into(),
                repaired: "×".into()
            }]
        );
        assert_eq!(find_mojibake("donâ€™t")[0].repaired, "’");
        assert_eq!(find_mojibake("cafÃ©")[0].repaired, "é");
    }

    #[test]
    fn looks_only_inside_strings() {
        let source = "// \"~3Ã—\" in a comment\n/* Ã— */ (text: \"a Ã— b\")\n";
        let warnings = mojibake_warnings(source, "p.ron");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].location(), "p.ron:2:20");
    }

    #[test]
    fn leaves_real_text_alone() {
        for text in [
            "São Paulo",
            "Ångström",
            "naïve café",
            "لاہور",
            "x × y — z",
            "Ã alone",
        ] {
            assert!(find_mojibake(text).is_empty(), "{text}");
        }
    }
}
