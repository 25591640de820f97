//! Where each value of a portfolio file is. serde hands over the values without their
//! places, so after it has accepted the text, one pass over the RON structure records the
//! byte range of every value under its path (`case_studies[2].metrics[0].claim`). Checks
//! then point at the value they are about, even when the same text appears twice (two
//! positions at one organisation).

use std::collections::HashMap;
use std::ops::Range;

/// Byte ranges of the file's values by path. Strings include their quotes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spans {
    values: HashMap<String, Range<usize>>,
}

impl Spans {
    /// Reads the structure of `source`, which serde has accepted. On text it does not
    /// understand it stops, keeping what it found: a missing span costs a caret, never more.
    pub fn scan(source: &str) -> Self {
        let mut scanner = Scanner {
            source,
            tokens: tokenize(source),
            next: 0,
            spans: Spans::default(),
        };
        scanner.value(String::new(), 0);
        scanner.spans
    }

    /// The byte range of the value at `path`: fields joined by `.`, list items as `[i]`, map
    /// entries as `["key"]`, and a map key itself as `{"key"}`.
    pub fn get(&self, path: &str) -> Option<Range<usize>> {
        self.values.get(path).cloned()
    }

    /// How many values were found.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// A field of `path`.
pub fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// Item `index` of the list at `path`.
pub fn item(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TokenKind {
    Open(u8),
    Close(u8),
    Colon,
    Comma,
    Ident,
    Str,
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: TokenKind,
    range: (usize, usize),
}

/// RON's tokens, with comments and whitespace dropped. Strings keep their quotes; raw
/// strings (`r#"..."#`) and characters are single tokens.
fn tokenize(source: &str) -> Vec<Token> {
    let bytes = source.as_bytes();
    let at = |i: usize| bytes.get(i).copied();
    let mut tokens = Vec::new();
    let mut i = 0;
    while let Some(byte) = at(i) {
        let start = i;
        // RON skips a vertical tab, U+2028 or a direction mark like a space.
        if let Some(width) = whitespace_at(source, i) {
            i += width;
            continue;
        }
        let kind = match byte {
            b'/' if at(i + 1) == Some(b'/') => {
                while at(i).is_some_and(|b| b != b'\n') {
                    i += 1;
                }
                continue;
            }
            b'/' if at(i + 1) == Some(b'*') => {
                // RON's block comments nest.
                let mut depth = 0usize;
                while let Some(b) = at(i) {
                    if b == b'/' && at(i + 1) == Some(b'*') {
                        depth += 1;
                        i += 2;
                    } else if b == b'*' && at(i + 1) == Some(b'/') {
                        depth = depth.saturating_sub(1);
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                continue;
            }
            b'"' => {
                i += 1;
                while let Some(b) = at(i) {
                    i += 1;
                    match b {
                        b'\\' => i += 1,
                        b'"' => break,
                        _ => {}
                    }
                }
                TokenKind::Str
            }
            b'r' if matches!(at(i + 1), Some(b'"' | b'#')) => {
                let hashes = bytes
                    .get(i + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|b| **b == b'#')
                    .count();
                if at(i + 1 + hashes) == Some(b'"') {
                    let closing: Vec<u8> = std::iter::once(b'"')
                        .chain(std::iter::repeat_n(b'#', hashes))
                        .collect();
                    let body = i + 2 + hashes;
                    let end = bytes
                        .get(body..)
                        .and_then(|rest| rest.windows(closing.len()).position(|w| w == closing))
                        .map_or(bytes.len(), |p| body + p + closing.len());
                    i = end;
                    TokenKind::Str
                } else {
                    // `r#name`: a raw identifier.
                    i += 1 + hashes;
                    while at(i).is_some_and(is_ident_byte) {
                        i += 1;
                    }
                    TokenKind::Ident
                }
            }
            b'\'' => {
                i += 1;
                while let Some(b) = at(i) {
                    i += 1;
                    match b {
                        b'\\' => i += 1,
                        b'\'' => break,
                        _ => {}
                    }
                }
                TokenKind::Other
            }
            b'(' | b'[' | b'{' => {
                i += 1;
                TokenKind::Open(byte)
            }
            b')' | b']' | b'}' => {
                i += 1;
                TokenKind::Close(byte)
            }
            b':' => {
                i += 1;
                TokenKind::Colon
            }
            b',' => {
                i += 1;
                TokenKind::Comma
            }
            b if is_ident_byte(b) && !b.is_ascii_digit() => {
                while at(i).is_some_and(is_ident_byte) && whitespace_at(source, i).is_none() {
                    i += 1;
                }
                TokenKind::Ident
            }
            _ => {
                // Numbers, signs, and any other character: up to the next delimiter.
                i += 1;
                while at(i).is_some_and(|b| {
                    !matches!(
                        b,
                        b',' | b':' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"'
                    )
                }) && whitespace_at(source, i).is_none()
                {
                    i += 1;
                }
                TokenKind::Other
            }
        };
        tokens.push(Token {
            kind,
            range: (start, i.min(bytes.len())),
        });
    }
    tokens
}

/// The width in bytes of the whitespace character at byte `i`, if there is one: what RON
/// skips between values (its `is_whitespace_char`), marks of direction included.
fn whitespace_at(source: &str, i: usize) -> Option<usize> {
    let c = source.get(i..)?.chars().next()?;
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{85}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{2028}'
            | '\u{2029}'
    )
    .then_some(c.len_utf8())
}

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

struct Scanner<'a> {
    source: &'a str,
    tokens: Vec<Token>,
    next: usize,
    spans: Spans,
}

/// Deeper than the loader's nesting limit means text serde refused; stop there.
const MAX_DEPTH: usize = crate::load::MAX_NESTING + 8;

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.next).copied()
    }

    fn peek_kind(&self, ahead: usize) -> Option<TokenKind> {
        self.tokens.get(self.next + ahead).map(|t| t.kind)
    }

    fn bump(&mut self) -> Option<Token> {
        let token = self.peek();
        self.next += 1;
        token
    }

    fn record(&mut self, path: String, start: usize) {
        let end = self
            .next
            .checked_sub(1)
            .and_then(|last| self.tokens.get(last))
            .map_or(start, |t| t.range.1);
        self.spans.values.entry(path).or_insert(start..end);
    }

    /// One value at `path`; returns false where the text is not understood.
    fn value(&mut self, path: String, depth: usize) -> bool {
        if depth > MAX_DEPTH {
            return false;
        }
        let Some(first) = self.bump() else {
            return false;
        };
        let start = first.range.0;
        let ok = match first.kind {
            TokenKind::Str | TokenKind::Other => true,
            TokenKind::Ident => {
                if self.peek_kind(0) == Some(TokenKind::Open(b'(')) {
                    self.bump();
                    self.parenthesised(&path, depth)
                } else {
                    true
                }
            }
            TokenKind::Open(b'(') => self.parenthesised(&path, depth),
            TokenKind::Open(b'[') => self.list(&path, depth),
            TokenKind::Open(b'{') => self.map(&path, depth),
            _ => false,
        };
        if ok {
            self.record(path, start);
        }
        ok
    }

    /// After `(`: named fields, or items. `Some(x)` and newtype variants hold one unnamed
    /// item, recorded under the outer path too, since serde sees through them.
    fn parenthesised(&mut self, path: &str, depth: usize) -> bool {
        let named = self.peek_kind(0) == Some(TokenKind::Ident)
            && self.peek_kind(1) == Some(TokenKind::Colon);
        let mut index = 0;
        loop {
            match self.peek_kind(0) {
                Some(TokenKind::Close(b')')) => {
                    self.bump();
                    return true;
                }
                None => return false,
                _ => {}
            }
            let inner = if named {
                let Some(name) = self.bump() else {
                    return false;
                };
                if self.bump().map(|t| t.kind) != Some(TokenKind::Colon) {
                    return false;
                }
                // `r#claim` names the field `claim`.
                let name = self.text_of(name);
                field(path, name.strip_prefix("r#").unwrap_or(name))
            } else {
                item(path, index)
            };
            let start = self.peek().map_or(0, |t| t.range.0);
            if !self.value(inner, depth + 1) {
                return false;
            }
            if !named && index == 0 && self.peek_kind(0) == Some(TokenKind::Close(b')')) {
                self.record(path.to_owned(), start);
            }
            index += 1;
            if self.peek_kind(0) == Some(TokenKind::Comma) {
                self.bump();
            }
        }
    }

    fn list(&mut self, path: &str, depth: usize) -> bool {
        let mut index = 0;
        loop {
            match self.peek_kind(0) {
                Some(TokenKind::Close(b']')) => {
                    self.bump();
                    return true;
                }
                None => return false,
                _ => {}
            }
            if !self.value(item(path, index), depth + 1) {
                return false;
            }
            index += 1;
            if self.peek_kind(0) == Some(TokenKind::Comma) {
                self.bump();
            }
        }
    }

    fn map(&mut self, path: &str, depth: usize) -> bool {
        loop {
            match self.peek_kind(0) {
                Some(TokenKind::Close(b'}')) => {
                    self.bump();
                    return true;
                }
                None => return false,
                _ => {}
            }
            let Some(key) = self.bump() else {
                return false;
            };
            let name = self.text_of(key).trim_matches('"').to_owned();
            self.spans
                .values
                .entry(format!("{path}{{{name:?}}}"))
                .or_insert(key.range.0..key.range.1);
            if self.bump().map(|t| t.kind) != Some(TokenKind::Colon) {
                return false;
            }
            if !self.value(format!("{path}[{name:?}]"), depth + 1) {
                return false;
            }
            if self.peek_kind(0) == Some(TokenKind::Comma) {
                self.bump();
            }
        }
    }

    fn text_of(&self, token: Token) -> &'a str {
        self.source
            .get(token.range.0..token.range.1)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_at<'a>(source: &'a str, spans: &Spans, path: &str) -> &'a str {
        let range = spans
            .get(path)
            .unwrap_or_else(|| panic!("no span for {path}"));
        &source[range]
    }

    #[test]
    fn finds_fields_items_variants_and_map_entries() {
        let source = r##"// a comment with "quotes" and (parens)
(
    person: (headline: "Engineer", name: Some("Ada")),
    /* block /* nested */ comment */
    experience: [
        (organisation: "Acme", highlights: [(text: "x", metrics: [Change(label: "p99", before: "1 s", after: r#"2 "s""#)])]),
        (organisation: "Acme", role: 'c'),
    ],
    notes: {"about": "Keep it short.", },
    accent: r#raw,
    year: -12.5e3,
)"##;
        let spans = Spans::scan(source);
        assert_eq!(text_at(source, &spans, "person.headline"), "\"Engineer\"");
        assert_eq!(
            text_at(source, &spans, "person.name"),
            "\"Ada\"",
            "Some() is seen through"
        );
        assert_eq!(
            text_at(source, &spans, "experience[1].organisation"),
            "\"Acme\""
        );
        let first = spans.get("experience[0].organisation").expect("first");
        let second = spans.get("experience[1].organisation").expect("second");
        assert_ne!(first, second, "the same text twice, two places");
        assert_eq!(
            text_at(
                source,
                &spans,
                "experience[0].highlights[0].metrics[0].label"
            ),
            "\"p99\""
        );
        assert_eq!(
            text_at(
                source,
                &spans,
                "experience[0].highlights[0].metrics[0].after"
            ),
            "r#\"2 \"s\"\"#"
        );
        assert_eq!(
            text_at(source, &spans, "notes[\"about\"]"),
            "\"Keep it short.\""
        );
        assert_eq!(text_at(source, &spans, "notes{\"about\"}"), "\"about\"");
        assert_eq!(text_at(source, &spans, "year"), "-12.5e3");
    }

    #[test]
    fn any_whitespace_separates_values() {
        // A vertical tab, a form feed, U+2028 and the direction marks U+200E/U+200F are
        // whitespace to RON, and `r#d` is the field `d` (all found by fuzzing).
        let source = "\u{200E}(a: [1],\u{b} b: \"x\",\u{c}\u{2028}c: \"y\", r#d: 1\u{200F})";
        let spans = Spans::scan(source);
        assert_eq!(text_at(source, &spans, "b"), "\"x\"");
        assert_eq!(text_at(source, &spans, "c"), "\"y\"");
        assert_eq!(
            text_at(source, &spans, "d"),
            "1",
            "a raw field name is its name"
        );
    }

    #[test]
    fn stops_quietly_on_text_it_does_not_understand() {
        for source in [
            "",
            "(",
            "(a: ",
            "(a: [1, 2",
            ")))",
            "(a: b: c)",
            "\"unclosed",
        ] {
            let _ = Spans::scan(source);
        }
        let deep = "[".repeat(10_000);
        assert!(Spans::scan(&deep).is_empty());
    }

    #[test]
    fn the_bundled_portfolio_has_a_span_for_every_case_study_title() {
        let spans = Spans::scan(crate::load::BUNDLED);
        let portfolio = crate::load::load_bundled().expect("bundled").portfolio;
        for (index, case) in portfolio.case_studies.iter().enumerate() {
            let range = spans
                .get(&format!("case_studies[{index}].title"))
                .expect("a span");
            assert_eq!(
                crate::load::BUNDLED.get(range.start + 1..range.end - 1),
                Some(case.title.as_str())
            );
        }
    }
}
