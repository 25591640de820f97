//! Reading `portfolio.ron`: bytes to text, text to the model, and where each value is.
//!
//! Every failure becomes a [`Diagnostic`] with `path:line:column`, the line, a caret and a
//! hint. Errors stop the load ([`LoadError`]). What serde cannot see (duplicate ids, claims
//! that disagree with their figures) is `check`'s business, a layer above, which points at
//! values through the [`spans::Spans`] recorded here.

pub mod diagnostic;
mod markup;
pub mod source;
pub mod spans;
mod suggest;
pub mod text;

use std::path::{Path, PathBuf};

use ron::error::{Error as RonError, SpannedError};

pub use diagnostic::{Diagnostic, Position, Severity, position_of_byte};
pub use source::Source;

use crate::model::Portfolio;
use crate::model::quantity::decode_inner_error;

/// Files larger than this are refused before they are read: no portfolio is this big, and a
/// huge file would stall the app.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// How deep RON may nest. The model needs fewer than ten levels; the limit keeps a hostile
/// file from exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// The bundled portfolio, shown when no file is given and none is in the current folder.
pub const BUNDLED: &str = include_str!("../../portfolio.ron");

/// The name the bundled portfolio goes by in messages.
pub const BUNDLED_NAME: &str = "portfolio.ron (bundled)";

/// A portfolio that parsed, with what the semantic checks found.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The content.
    pub portfolio: Portfolio,
    /// Warnings about the text (mojibake), in file order; `check` adds the semantic ones.
    pub diagnostics: Vec<Diagnostic>,
    /// The folder image paths are relative to; `None` for the bundled copy.
    pub base_dir: Option<PathBuf>,
    /// The file as the user named it, for messages.
    pub path: String,
    /// The text, for the lines messages quote.
    pub source: String,
    /// Where each value is in `source`.
    pub spans: spans::Spans,
}

impl Loaded {
    /// How many diagnostics are errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// How many diagnostics are warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }
}

/// A portfolio that could not be read or parsed.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{}", render(.diagnostics))]
pub struct LoadError {
    /// Why, with positions.
    pub diagnostics: Vec<Diagnostic>,
}

fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(ToString::to_string).collect()
}

impl LoadError {
    fn one(diagnostic: Diagnostic) -> Self {
        Self {
            diagnostics: vec![diagnostic],
        }
    }
}

/// Reads and checks the portfolio at `path`.
pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let io_error = |error: std::io::Error| {
        LoadError::one(Diagnostic::whole_file(
            Severity::Error,
            &shown,
            format!("cannot read the file: {error}"),
        ))
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::one(
            Diagnostic::whole_file(
                Severity::Error,
                &shown,
                format!(
                    "the file is {:.1} MB; folio reads portfolios of up to {} MB",
                    size as f64 / 1e6,
                    MAX_FILE_BYTES / (1024 * 1024)
                ),
            )
            .with_hint("is this the right file? a portfolio is usually a few kilobytes"),
        ));
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    let base_dir = path
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .map(Path::to_path_buf);
    load_bytes(&bytes, &shown, base_dir)
}

/// Loads the bundled portfolio. It is checked by the test suite, so an error here is a bug
/// in the build; it is still reported, never unwrapped.
pub fn load_bundled() -> Result<Loaded, LoadError> {
    load_str(BUNDLED, BUNDLED_NAME, None)
}

/// Checks bytes as if read from `path`: UTF-8, size, then [`load_str`].
pub fn load_bytes(
    bytes: &[u8],
    path: &str,
    base_dir: Option<PathBuf>,
) -> Result<Loaded, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::one(Diagnostic::whole_file(
            Severity::Error,
            path,
            format!(
                "the text is larger than {} MB",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
        )));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(LoadError::one(
            Diagnostic::whole_file(
                Severity::Error,
                path,
                "the file is UTF-16 text; folio reads UTF-8",
            )
            .with_hint("save the file as UTF-8 (every editor offers it under \"encoding\")"),
        ));
    }
    let source = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid_up_to = error.valid_up_to();
            let valid = String::from_utf8_lossy(bytes.get(..valid_up_to).unwrap_or_default());
            let position = diagnostic::position_of_offset(&valid, valid.chars().count());
            let byte = bytes.get(valid_up_to).copied().unwrap_or_default();
            let lossy = String::from_utf8_lossy(bytes);
            return Err(LoadError::one(
                Diagnostic::new(
                    Severity::Error,
                    path,
                    format!("the file is not UTF-8 text (byte 0x{byte:02X} is not valid here)"),
                )
                .at(&lossy, position, 1)
                .with_hint("save the file as UTF-8 (every editor offers it under \"encoding\")"),
            ));
        }
    };
    load_str(source, path, base_dir)
}

/// Parses and checks portfolio text. `path` is only used in messages.
pub fn load_str(source: &str, path: &str, base_dir: Option<PathBuf>) -> Result<Loaded, LoadError> {
    // A byte-order mark is invisible in editors; accept it rather than report a `\u{feff}`.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.trim().is_empty() {
        return Err(LoadError::one(
            Diagnostic::whole_file(Severity::Error, path, "the file is empty")
                .with_hint("a portfolio starts with `(person: (headline: \"...\"), ...)`; see `folio help format`"),
        ));
    }
    let options = ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        .with_recursion_limit(MAX_NESTING);
    let portfolio: Portfolio = options
        .from_str(source)
        .map_err(|error| LoadError::one(ron_diagnostic(source, path, &error)))?;
    let too_long = overlong_texts(source, path);
    if !too_long.is_empty() {
        return Err(LoadError {
            diagnostics: too_long,
        });
    }
    let unreadable = markup::errors(source, path, &string_literals(source, source.len()));
    if !unreadable.is_empty() {
        return Err(LoadError {
            diagnostics: unreadable,
        });
    }
    Ok(Loaded {
        portfolio,
        diagnostics: text::mojibake_warnings(source, path),
        base_dir,
        path: path.to_owned(),
        source: source.to_owned(),
        spans: spans::Spans::scan(source),
    })
}

/// The most characters one text of a portfolio may have. A long case-study paragraph has a
/// thousand; a text beyond this is a pasted file, not a paragraph, and laying it out would
/// make the app slow and large (a 5 MB paragraph once took 1.2 GB).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// An error for each text longer than [`MAX_TEXT_CHARS`], at its opening quote.
fn overlong_texts(source: &str, path: &str) -> Vec<Diagnostic> {
    string_literals(source, source.len())
        .into_iter()
        .filter_map(|range| {
            let count = source.get(range.clone())?.chars().count().saturating_sub(2);
            (count > MAX_TEXT_CHARS).then(|| {
                Diagnostic::new(
                    Severity::Error,
                    path,
                    format!(
                        "this text has {count} characters; folio takes at most {MAX_TEXT_CHARS} \
                         in one text"
                    ),
                )
                .at(source, position_of(source, range.start), 1)
                .with_hint("split it into paragraphs or shorten it: a slide or a page shows a few hundred words")
            })
        })
        .take(5)
        .collect()
}

/// Turns ron's error into a diagnostic with a good message and hint.
fn ron_diagnostic(source: &str, path: &str, error: &SpannedError) -> Diagnostic {
    let start = Position {
        line: error.span.start.line,
        column: error.span.start.col,
    };
    let width = if error.span.end.line == error.span.start.line {
        error.span.end.col.saturating_sub(error.span.start.col)
    } else {
        1
    };
    let plain = |message: String| Diagnostic::new(Severity::Error, path, message);
    match &error.code {
        RonError::NoSuchStructField {
            expected,
            found,
            outer,
        } => unknown_name(plain, "field", "valid fields", found, expected, outer.as_deref())
            .at(source, start, found.chars().count()),
        RonError::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => unknown_name(plain, "kind", "one of", found, expected, outer.as_deref())
            .at(source, start, found.chars().count()),
        RonError::MissingStructField { field, outer } => {
            let within = outer.as_deref().map(friendly_type).unwrap_or_default();
            plain(format!("missing field `{field}`{within}"))
                .at(source, start, 1)
                .with_hint(format!(
                    "add `{field}: ...` before this closing parenthesis; see `folio help format`"
                ))
        }
        RonError::DuplicateStructField { field, .. } => {
            plain(format!("field `{field}` is written twice"))
                .at(source, start, field.len())
                .with_hint("keep one of them")
        }
        RonError::InvalidValueForType { expected, found } => {
            plain(format!("expected {expected}, found {found}")).at(source, start, width)
        }
        RonError::ExpectedString => plain("expected text in double quotes".into())
            .at(source, start, width)
            .with_hint("write text as \"...\""),
        RonError::ExceededRecursionLimit => plain(format!(
            "the file nests deeper than {MAX_NESTING} levels"
        ))
        .at(source, start, 1)
        .with_hint("a portfolio needs only a few levels of parentheses and brackets; is a bracket unclosed?"),
        RonError::TrailingCharacters => plain("unexpected text after the portfolio's closing parenthesis".into())
            .at(source, start, 1)
            .with_hint("a portfolio file holds one `( ... )`; remove what follows it or move it inside"),
        RonError::ExpectedNamedStructLike(_) | RonError::ExpectedStructLike => {
            let offset = byte_offset(source, start);
            // The field the text is the value of, else the list it is an entry of.
            let hint = match field_before(source, offset).and_then(entry_example) {
                Some(example) => format!("this is a record in parentheses, not text: `{example}`"),
                None => match list_around(source, offset).and_then(entry_example) {
                    Some(example) => format!("each entry of this list is written in parentheses: `{example}`"),
                    None if source.get(..offset).is_some_and(|before| before.trim().is_empty()) => {
                        "a portfolio is one record: `(person: (headline: \"...\"), ...)`".to_owned()
                    }
                    None => "entries are written in parentheses with their fields: `(field: \"...\", ...)`; `folio help format` lists each list's fields".to_owned(),
                },
            };
            plain("expected a record in parentheses here".into())
                .at(source, start, 1)
                .with_hint(hint)
        }
        RonError::Eof => plain("the file ends too early".into())
            .at(source, start, 1)
            .with_hint("a parenthesis, bracket or quote is not closed"),
        RonError::Message(message) => match decode_inner_error(message) {
            Some((offset, text, hint)) => {
                let (position, width) = inside_string(source, start, offset);
                let mut d = plain(text).at(source, position, width);
                d.hint = hint;
                d
            }
            None => plain(message.clone()).at(source, start, width),
        },
        RonError::ExpectedComma
        | RonError::ExpectedArrayEnd
        | RonError::ExpectedStructLikeEnd
        | RonError::ExpectedMapEnd => comma_diagnostic(plain, source, start, &error.code),
        RonError::ExpectedInteger
        | RonError::ExpectedFloat
        | RonError::ExpectedBoolean
        | RonError::ExpectedArray
        | RonError::ExpectedMap => {
            let what = match &error.code {
                RonError::ExpectedInteger => "a whole number",
                RonError::ExpectedFloat => "a number",
                RonError::ExpectedBoolean => "`true` or `false`",
                RonError::ExpectedArray => "a list in square brackets",
                _ => "a map in curly braces",
            };
            let offset = byte_offset(source, start);
            let field = field_before(source, offset);
            let message = match field {
                Some(field) => format!("`{field}` expects {what}"),
                None => format!("expected {what}"),
            };
            let quoted = source
                .get(offset..)
                .is_some_and(|rest| rest.trim_start().starts_with('"'));
            let diagnostic = plain(message).at(source, start, width.max(1));
            if quoted && matches!(error.code, RonError::ExpectedInteger | RonError::ExpectedFloat) {
                diagnostic.with_hint("write the number without quotes, e.g. `year: 2024`")
            } else {
                diagnostic.with_hint("`folio help format` says what each field holds")
            }
        }
        RonError::ExpectedDifferentStructName { found, .. } if start.line <= 3 => {
            // `person: (...)` at the top of the file: the record around it is missing.
            plain(format!("the portfolio's outer parentheses are missing before `{found}`"))
                .at(source, start, found.chars().count().max(1))
                .with_hint(format!(
                    "the file is one record: put `(` before `{found}:` and `)` at the very end"
                ))
        }
        RonError::ExpectedIdentifier => {
            // What stands where a field name should: the usual slips from other formats.
            let offset = byte_offset(source, start);
            let next = source
                .get(offset..)
                .map(str::trim_start)
                .and_then(|rest| rest.chars().next());
            let rest = source.get(offset..).unwrap_or_default().trim_start();
            // After the quoted text: a colon makes it a JSON key, else an entry without its
            // field names, as in a tuple `("GitHub", "https://...")`.
            let json_key = rest
                .get(1..)
                .and_then(|after| after.find('"').and_then(|end| after.get(end + 1..)))
                .is_some_and(|after| after.trim_start().starts_with(':'));
            let hint = match (next, field_before(source, offset)) {
                (Some('#'), _) => "comments start with `//`, not `#`".to_owned(),
                // An entry opens where the one above should have closed.
                (Some('('), _) => "the entry above is not closed: end it with `)` before its comma, e.g. `(text: \"...\"),`".to_owned(),
                (Some('"'), Some(field)) => {
                    let example = match field {
                        "better" => "Lower",
                        "kind" => "Project",
                        _ => "Name",
                    };
                    format!("`{field}` takes a name without quotes: `{field}: {example}`")
                }
                (Some('"'), None) if json_key => {
                    "field names have no quotes: `name: \"Sam Rivera\"`, not `\"name\": ...`"
                        .to_owned()
                }
                (Some('"'), None) => match list_around(source, offset).and_then(entry_example) {
                    Some(example) => format!("name each field of the entry: `{example}`"),
                    None => "name each field: `(label: \"...\", url: \"...\")`".to_owned(),
                },
                _ => "a field name goes here, then a colon: `headline: \"...\"`; is a parenthesis or quote not closed above?".to_owned(),
            };
            plain("expected a field name".into())
                .at(source, start, 1)
                .with_hint(hint)
        }
        other => plain(other.to_string()).at(source, start, width),
    }
}

/// The byte offset of a 1-based line and column (in characters) of `source`.
fn byte_offset(source: &str, position: Position) -> usize {
    let line_start: usize = source
        .split_inclusive('\n')
        .take(position.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line = source.get(line_start..).unwrap_or_default();
    line_start
        + line
            .char_indices()
            .nth(position.column.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i)
}

/// The 1-based line and column of a byte offset of `source`.
fn position_of(source: &str, offset: usize) -> Position {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before
        .get(line_start..)
        .map_or(1, |l| l.chars().count() + 1);
    Position { line, column }
}

/// The name of the field whose value starts at `offset`: the identifier before the colon.
/// The name of the list `offset` is in: the field before the nearest unclosed `[`.
fn list_around(source: &str, offset: usize) -> Option<&str> {
    let before = source.get(..offset)?;
    let mut depth = 0i32;
    for (index, c) in before.char_indices().rev() {
        match c {
            ']' => depth += 1,
            '[' if depth == 0 => return field_before(source, index),
            '[' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// An entry as written in the list `field`, with its required fields: what a newcomer who
/// wrote a plain string there should write instead.
fn entry_example(field: &str) -> Option<&'static str> {
    Some(match field {
        "highlights" => "(text: \"Cut p99 latency from 8 s to 30 ms.\")",
        "expertise" => "(title: \"Distributed systems\", text: \"What you do in it.\")",
        "links" => "(label: \"GitHub\", url: \"https://github.com/you\")",
        "case_studies" => {
            "(id: \"api-latency\", title: \"...\", problem: \"...\", approach: \"...\", outcome: \"...\")"
        }
        "experience" | "research" | "teaching" => {
            "(role: \"Staff Engineer\", organisation: \"Acme\", start: \"2021-03\", end: \"present\")"
        }
        "education" => {
            "(institution: \"University of X\", degree: \"BSc Computer Science\", end: \"2016-06\")"
        }
        "publications" => "(title: \"...\", venue: \"NSDI\", year: 2023)",
        "projects" => "(title: \"...\", kind: Project, text: \"What it is.\")",
        "principles" => "(title: \"Measure before you optimise.\")",
        "images" => "(path: \"images/diagram.png\", caption: \"...\", alt: \"...\")",
        "courses" => "(title: \"Distributed Systems\")",
        "tracks" => "(name: \"backend\", slides: [\"api-latency\", \"experience\"])",
        "metrics" => "Change(label: \"p99 latency\", before: \"8 s\", after: \"30 ms\")",
        "contact" => "contact: (email: \"you@example.com\", phone: \"+44 20 7946 0958\")",
        "person" => "person: (name: \"Your Name\", headline: \"What you do\")",
        "on_slide" => "on_slide: (problem: \"...\", approach: \"...\", outcome: \"...\")",
        "meta" => "meta: (title: \"...\", description: \"...\")",
        _ => return None,
    })
}

fn field_before(source: &str, offset: usize) -> Option<&str> {
    let before = source.get(..offset)?.trim_end();
    let before = before.strip_suffix(':')?.trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let name = before.get(start..)?;
    (!name.is_empty()).then_some(name)
}

/// The string literals of `source` before `end`, as byte ranges from the opening quote to
/// just past the closing one; comments are skipped.
pub fn string_literals(source: &str, end: usize) -> Vec<std::ops::Range<usize>> {
    let bytes = source.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < end.min(bytes.len()) {
        match bytes.get(i) {
            Some(b'/') if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes.get(i) != Some(&b'\n') {
                    i += 1;
                }
            }
            Some(b'"') => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes.get(i) != Some(&b'"') {
                    if bytes.get(i) == Some(&b'\\') {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push(start..i.min(bytes.len()));
            }
            _ => i += 1,
        }
    }
    out
}

/// "Expected comma" is how ron reports both a text whose closing quote is missing (the quote
/// of the next text closes it, and what follows makes no sense) and a plain missing comma.
/// Tell them apart and point at the real mistake.
fn comma_diagnostic(
    plain: impl Fn(String) -> Diagnostic,
    source: &str,
    at: Position,
    code: &RonError,
) -> Diagnostic {
    let offset = byte_offset(source, at);
    // A text that runs over a line end up to here: its closing quote is missing.
    if let Some(text) = string_literals(source, offset)
        .into_iter()
        .rev()
        .find(|range| range.end <= offset + 1)
        .filter(|range| source.get(range.clone()).is_some_and(|t| t.contains('\n')))
    {
        let opening = position_of(source, text.start);
        return plain("this text has no closing quote".into())
            .at(source, opening, 1)
            .with_hint("add `\"` where the text ends, before the comma");
    }
    let previous_end = source
        .get(..offset)
        .map_or(0, |before| before.trim_end().len());
    let after_previous = position_of(source, previous_end);
    // `"Led the "search latency" work."`: a quote inside the text ended it, and a word
    // follows where a comma should.
    let quote_inside = source.get(..previous_end).is_some_and(|b| b.ends_with('"'))
        // On the same line: a missing comma leaves the next field on a line of its own.
        && source
            .get(previous_end..offset)
            .is_some_and(|gap| !gap.contains('\n'))
        && source
            .get(offset..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphanumeric);
    if quote_inside && matches!(code, RonError::ExpectedComma) {
        return plain("a `\"` inside this text ends it".into())
            .at(source, after_previous, 1)
            .with_hint("write a quote inside text as `\\\"` (`\"Led the \\\"search\\\" work.\"`) or use “ ”");
    }
    match code {
        RonError::ExpectedComma => plain("expected a comma after this value".into())
            .at(source, after_previous, 1)
            .with_hint("separate fields and list entries with commas: `headline: \"...\",`"),
        RonError::ExpectedArrayEnd => plain("expected `,` or `]` after this list entry".into())
            .at(source, after_previous, 1)
            .with_hint("separate list entries with commas and close the list with `]`"),
        _ => plain("expected `,` or `)` after this field".into())
            .at(source, after_previous, 1)
            .with_hint("separate fields with commas and close the entry with `)`"),
    }
}

/// "unknown field `aproach` in a case study" with "did you mean `approach`?" and the valid
/// names; the same for enum variants ("unknown kind `Chnage`").
fn unknown_name(
    plain: impl Fn(String) -> Diagnostic,
    what: &str,
    valid: &str,
    found: &str,
    expected: &[&str],
    outer: Option<&str>,
) -> Diagnostic {
    let within = outer.map(friendly_type).unwrap_or_default();
    // A real field of another section, or a name other tools use for one of folio's: say
    // where it goes or what folio calls it, not the nearest spelling (`phone` is not
    // `photo`).
    if what == "field"
        && let Some(home) = section_of(found).filter(|home| Some(*home) != outer)
    {
        return plain(format!("unknown field `{found}`{within}")).with_hint(format!(
            "`{found}` belongs in `{home}`: move it there, e.g. `{home}: ({found}: \"...\")`"
        ));
    }
    // A direction or a claim on a metric kind that has none.
    if what == "field"
        && matches!(found, "better" | "claim")
        && outer.is_some_and(|o| o == "Outcome" || o.contains("Outcome"))
    {
        return plain(format!("unknown field `{found}`{within}")).with_hint(format!(
            "an `Outcome` is a result in words, with no `{found}`: remove it, or use `Relative` or `Change` for a figure"
        ));
    }
    let mut hint = String::new();
    if let Some(known) = known_alias(found).filter(|known| expected.contains(known)) {
        hint.push_str(&format!("folio calls it `{known}`. "));
    } else if let Some(best) = suggest::nearest(found, expected) {
        hint.push_str(&format!("did you mean `{best}`? "));
    }
    let valid = if what == "field" {
        format!("{valid}{within}")
    } else {
        valid.to_owned()
    };
    hint.push_str(&format!("{valid}: {}", backticked(expected)));
    plain(format!("unknown {what} `{found}`{within}")).with_hint(hint)
}

/// The section a field written in the wrong one belongs to.
fn section_of(field: &str) -> Option<&'static str> {
    Some(match field {
        "email" | "phone" | "availability" => "contact",
        "tagline" | "location" | "photo" | "summary" => "person",
        _ => return None,
    })
}

/// What folio calls a field or kind that résumé formats and newcomers name otherwise.
fn known_alias(name: &str) -> Option<&'static str> {
    Some(match name {
        "company" | "employer" => "organisation",
        "school" | "university" => "institution",
        "description" => "text",
        "Percent" | "Percentage" | "Ratio" => "Relative",
        "BeforeAfter" | "Delta" => "Change",
        "Value" | "Number" | "Stat" => "Figure",
        "Result" => "Outcome",
        "Less" | "Down" | "Smaller" => "Lower",
        "More" | "Up" | "Bigger" => "Higher",
        _ => return None,
    })
}

/// The string literal that ron's error points at, and the position of character `offset`
/// inside it, with the width to underline. ron reports errors raised while converting a
/// string at the string's end, so the literal is the one that contains or just precedes
/// `start`.
fn inside_string(source: &str, start: Position, offset: usize) -> (Position, usize) {
    let Some(line) = source.lines().nth(start.line.saturating_sub(1)) else {
        return (start, 1);
    };
    let chars: Vec<char> = line.chars().collect();
    let mut quotes = Vec::new();
    let mut escaped = false;
    for (i, c) in chars.iter().enumerate() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => quotes.push(i),
            _ => escaped = false,
        }
        if *c != '\\' {
            escaped = false;
        }
    }
    let at = start.column.saturating_sub(1);
    let literal = quotes
        .chunks_exact(2)
        .filter_map(|pair| match pair {
            [open, close] => Some((*open, *close)),
            _ => None,
        })
        .find(|(open, close)| *open <= at && at <= close + 1);
    match literal {
        Some((open, close)) => {
            let length = close - open - 1;
            // An error about the whole text underlines all of it; one at a character, that one.
            let width = if offset == 0 { length.max(1) } else { 1 };
            let position = Position {
                line: start.line,
                column: open + 2 + offset.min(length),
            };
            (position, width)
        }
        None => (start, 1),
    }
}

/// The id closest to a misspelt one, for "did you mean".
pub(crate) fn suggest_id<'a>(id: &str, ids: &[&'a str]) -> Option<&'a str> {
    suggest::nearest(id, ids)
}

/// "in `CaseStudy`" → " in a case study", for messages.
fn friendly_type(name: &str) -> String {
    let words = match name {
        "CaseStudy" => "a case study",
        "Person" => "`person`",
        "Portfolio" => "the portfolio",
        "Role" => "a role",
        "Highlight" => "a highlight",
        "Change" => "a `Change` metric",
        "Relative" => "a `Relative` metric",
        "Figure" => "a `Figure` metric",
        "Outcome" => "an `Outcome` metric",
        "Metric" => "a metric",
        "Expertise" => "an expertise area",
        "Teaching" => "a teaching position",
        "Course" => "a course",
        "Education" => "an education entry",
        "Publication" => "a publication",
        "Project" => "a project",
        "Principle" => "a principle",
        "Contact" => "`contact`",
        "Meta" => "`meta`",
        "Link" => "a link",
        "Image" => "an image",
        "SectionTitles" => "`titles`",
        "Better" => "`better` (which way is good)",
        "Basis" => "`basis`",
        "ProjectKind" => "a project's `kind`",
        "Track" => "a track",
        other => return format!(" in `{other}`"),
    };
    format!(" in {words}")
}

fn backticked(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
