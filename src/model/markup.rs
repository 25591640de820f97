//! Audience markup inside a text: `{{private|public}}` holds a wording for the interview room
//! and its stand-in for everything published; `{{private}}` alone is left out of the public
//! view. A backslash makes `{{`, `}}` (and, inside markup, `|`) plain characters.
//!
//! The grammar is read here once, for the loader (which turns a mistake into a diagnostic
//! with its position), for `audience` (which resolves every text for a view) and for `check`
//! (which lists what the public view hides). Markup does not nest: a wording inside a wording
//! has no meaning a reader could guess.

/// One run of a text: plain, or a marked wording with its public stand-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Text shown in both views (escapes already undone).
    Plain(String),
    /// `{{private|public}}` or `{{private}}` (public: `None`).
    Marked {
        /// What the private view shows.
        private: String,
        /// What the public view shows instead; `None` leaves it out.
        public: Option<String>,
        /// Where the markup starts in the text, in characters (for messages).
        at: usize,
    },
}

/// A text whose markup cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkupError {
    /// Where the mistake is, in characters from the text's start.
    pub offset: usize,
    /// How many characters to underline.
    pub width: usize,
    /// What is wrong.
    pub message: String,
    /// How to put it right.
    pub hint: String,
}

/// Whether `text` might hold markup (a cheap test before [`parse`]).
pub fn has_markup(text: &str) -> bool {
    text.contains("{{") || text.contains("}}")
}

/// `text` as plain runs and marked wordings.
pub fn parse(text: &str) -> Result<Vec<Piece>, MarkupError> {
    let chars: Vec<char> = text.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let pair = |i: usize, c: char| at(i) == Some(c) && at(i + 1) == Some(c);
    let mut pieces = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    while let Some(c) = at(i) {
        if c == '\\' && (pair(i + 1, '{') || pair(i + 1, '}')) {
            plain.push(c_of(at(i + 1)));
            plain.push(c_of(at(i + 1)));
            i += 3;
        } else if pair(i, '}') {
            return Err(MarkupError {
                offset: i,
                width: 2,
                message: "`}}` closes no `{{`".into(),
                hint: "for the characters themselves write `\\\\}}` (a backslash, which RON \
                       writes `\\\\`, before them)"
                    .into(),
            });
        } else if pair(i, '{') {
            let (private, public, end) = marked(&chars, i)?;
            if !plain.is_empty() {
                pieces.push(Piece::Plain(std::mem::take(&mut plain)));
            }
            pieces.push(Piece::Marked {
                private,
                public,
                at: i,
            });
            i = end;
        } else {
            plain.push(c);
            i += 1;
        }
    }
    if !plain.is_empty() {
        pieces.push(Piece::Plain(plain));
    }
    Ok(pieces)
}

fn c_of(c: Option<char>) -> char {
    c.unwrap_or_default()
}

/// The markup opening at `start`: its private and public wordings and the index just past
/// its `}}`.
fn marked(chars: &[char], start: usize) -> Result<(String, Option<String>, usize), MarkupError> {
    let at = |i: usize| chars.get(i).copied();
    let pair = |i: usize, c: char| at(i) == Some(c) && at(i + 1) == Some(c);
    let mut private = String::new();
    let mut public: Option<String> = None;
    let mut i = start + 2;
    loop {
        let Some(c) = at(i) else {
            return Err(MarkupError {
                offset: start,
                width: 2,
                message: "this `{{` is not closed".into(),
                hint: "end the private wording with `}}`: `{{private wording|public wording}}`"
                    .into(),
            });
        };
        let into = match &mut public {
            Some(public) => public,
            None => &mut private,
        };
        if c == '\\' && (pair(i + 1, '{') || pair(i + 1, '}')) {
            into.push(c_of(at(i + 1)));
            into.push(c_of(at(i + 1)));
            i += 3;
        } else if c == '\\' && at(i + 1) == Some('|') {
            into.push('|');
            i += 2;
        } else if pair(i, '{') {
            return Err(MarkupError {
                offset: i,
                width: 2,
                message: "markup cannot hold markup".into(),
                hint: "close the first `{{` with `}}` before opening another".into(),
            });
        } else if pair(i, '}') {
            return Ok((private, public, i + 2));
        } else if c == '|' {
            if public.is_some() {
                return Err(MarkupError {
                    offset: i,
                    width: 1,
                    message: "a second `|` in one markup".into(),
                    hint: "one `|` parts the private wording from the public one; write `\\\\|` \
                           for the character itself"
                        .into(),
                });
            }
            public = Some(String::new());
            i += 1;
        } else {
            into.push(c);
            i += 1;
        }
    }
}

/// `text` as one audience reads it: with the private wordings (`private`), or with their
/// public stand-ins. Text whose markup cannot be read (the loader refuses it, so only a
/// caller that skipped the loader sees this) is returned as written.
pub fn resolve(text: &str, private: bool) -> String {
    if !has_markup(text) {
        return text.to_owned();
    }
    let Ok(pieces) = parse(text) else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len());
    for piece in pieces {
        match piece {
            Piece::Plain(plain) => out.push_str(&plain),
            Piece::Marked {
                private: wording,
                public,
                ..
            } => {
                if private {
                    out.push_str(&wording);
                } else if let Some(public) = public {
                    out.push_str(&public);
                }
            }
        }
    }
    out
}

/// The marked wordings of `text`, in order (empty when there are none or the markup cannot
/// be read).
pub fn marked_pieces(text: &str) -> Vec<Piece> {
    if !has_markup(text) {
        return Vec::new();
    }
    parse(text)
        .map(|pieces| {
            pieces
                .into_iter()
                .filter(|p| matches!(p, Piece::Marked { .. }))
                .collect()
        })
        .unwrap_or_default()
}

/// Plain `text` written so that [`parse`] gives it back: `{{` and `}}` with a backslash.
pub fn escape(text: &str) -> String {
    if !has_markup(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 4);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if (c == '{' || c == '}') && chars.peek() == Some(&c) {
            chars.next();
            out.push('\\');
            out.push(c);
            out.push(c);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wording_and_its_stand_in() {
        let text = "Onboarded {{Acme and Globex|two major telco clients}} end-to-end";
        assert_eq!(resolve(text, true), "Onboarded Acme and Globex end-to-end");
        assert_eq!(
            resolve(text, false),
            "Onboarded two major telco clients end-to-end"
        );
    }

    #[test]
    fn a_wording_without_a_stand_in_is_left_out() {
        assert_eq!(resolve("Built it{{ for Acme}}.", false), "Built it.");
        assert_eq!(
            resolve("Built it{{ for Acme}}.", true),
            "Built it for Acme."
        );
        // An empty private wording is a public-only one.
        assert_eq!(resolve("{{|about 40 %}}", true), "");
        assert_eq!(resolve("{{|about 40 %}}", false), "about 40 %");
    }

    #[test]
    fn escapes_are_plain_characters() {
        assert_eq!(resolve(r"a \{{ b \}} c", false), "a {{ b }} c");
        assert_eq!(resolve(r"{{x \| y|z}}", true), "x | y");
        assert_eq!(resolve(r"{{x|\{{z\}}}}", false), "{{z}}");
        // A backslash before anything else is a backslash.
        assert_eq!(resolve(r"C:\temp {{a|b}}", false), r"C:\temp b");
        // Single braces are text.
        assert_eq!(resolve("{x} {{a|b}}", false), "{x} b");
    }

    #[test]
    fn escape_gives_back_plain_text() {
        for text in ["a {{ b }} c", "{{{", "}}}}", "plain", "{x}"] {
            assert_eq!(resolve(&escape(text), false), text);
            assert_eq!(resolve(&escape(text), true), text);
        }
    }

    #[test]
    fn mistakes_say_where() {
        let error = parse("Built {{for Acme").expect_err("unclosed");
        assert_eq!((error.offset, error.width), (6, 2));
        assert!(error.message.contains("not closed"), "{error:?}");
        let error = parse("a {{b {{c}} d}}").expect_err("nested");
        assert_eq!(error.offset, 6);
        assert!(error.message.contains("cannot hold markup"), "{error:?}");
        let error = parse("a b}} c").expect_err("stray");
        assert_eq!(error.offset, 3);
        let error = parse("{{a|b|c}}").expect_err("two bars");
        assert_eq!(error.offset, 5);
        // Offsets count characters, not bytes.
        let error = parse("é {{").expect_err("unclosed");
        assert_eq!(error.offset, 2);
    }

    #[test]
    fn pieces_are_listed() {
        let pieces = marked_pieces("x {{a|b}} y {{c}}");
        assert_eq!(
            pieces,
            vec![
                Piece::Marked {
                    private: "a".into(),
                    public: Some("b".into()),
                    at: 2
                },
                Piece::Marked {
                    private: "c".into(),
                    public: None,
                    at: 12
                },
            ]
        );
    }
}
