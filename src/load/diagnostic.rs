//! Diagnostics printed like a compiler's: severity, message, `path:line:column`, the line, a
//! caret under the offending text, and a hint.

use std::fmt;

/// Whether a diagnostic stops the portfolio from being correct.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Something to fix, but the portfolio still shows.
    Warning,
    /// The portfolio is wrong: `folio check` exits 2.
    Error,
}

/// A 1-based line and column (in characters) in the source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

/// One message about the portfolio file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in one line.
    pub message: String,
    /// The file as the user named it.
    pub path: String,
    /// Where, when it can be pinned down.
    pub position: Option<Position>,
    /// The message is about the file as a whole (empty, too large, UTF-16, unreadable), so
    /// it has no position by nature; any other diagnostic without one is a defect.
    pub whole_file: bool,
    /// The source line at `position`.
    pub line_text: Option<String>,
    /// How many characters the caret underlines (at least 1).
    pub width: usize,
    /// What to do about it.
    pub hint: Option<String>,
    /// Whether it says the output would look wrong (characters no font has): what an export,
    /// which draws, repeats, and `--deny-warnings` refuses to export with.
    pub about_output: bool,
}

impl Diagnostic {
    /// A diagnostic without a position yet.
    pub fn new(severity: Severity, path: &str, message: impl Into<String>) -> Self {
        Self {
            severity,
            message: message.into(),
            path: path.to_owned(),
            position: None,
            whole_file: false,
            line_text: None,
            width: 1,
            hint: None,
            about_output: false,
        }
    }

    /// A diagnostic about the file as a whole, which no position could point into.
    pub fn whole_file(severity: Severity, path: &str, message: impl Into<String>) -> Self {
        Self {
            whole_file: true,
            ..Self::new(severity, path, message)
        }
    }

    /// Attaches a position and the line it is on, taken from `source`.
    pub fn at(mut self, source: &str, position: Position, width: usize) -> Self {
        self.line_text = source
            .lines()
            .nth(position.line.saturating_sub(1))
            .map(|line| line.trim_end_matches('\r').to_owned());
        self.position = Some(position);
        self.width = width.max(1);
        self
    }

    /// Attaches a hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Marks it as about what is drawn: see [`Diagnostic::about_output`].
    pub fn about_output(mut self) -> Self {
        self.about_output = true;
        self
    }

    /// `path:line:column`, or the path alone.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.path, p.line, p.column),
            None => self.path.clone(),
        }
    }

    /// Whether this is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{label}: {}", self.message)?;
        let line_number = self
            .position
            .map(|p| p.line.to_string())
            .unwrap_or_default();
        let gutter = " ".repeat(line_number.len());
        writeln!(f, "{gutter}--> {}", self.location())?;
        if let (Some(position), Some(text)) = (self.position, &self.line_text) {
            let (shown, caret_column) = excerpt(text, position.column);
            let width = self
                .width
                .min(MAX_EXCERPT.saturating_sub(caret_column))
                .max(1);
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{line_number} | {shown}")?;
            let pad = " ".repeat(caret_column.saturating_sub(1));
            writeln!(f, "{gutter} | {pad}{}", "^".repeat(width))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "{gutter} = hint: {hint}")?;
        }
        Ok(())
    }
}

/// The longest source line shown in full; longer ones are cut around the caret.
const MAX_EXCERPT: usize = 120;

/// The part of `line` to show and the caret's column within it. Tabs become single spaces so
/// the caret lines up; a very long line (a minified file, a 100,000-character number) is cut
/// to a window around the column, marked with `…`.
fn excerpt(line: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = line
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    if chars.len() <= MAX_EXCERPT {
        return (chars.into_iter().collect(), column);
    }
    let index = column.saturating_sub(1).min(chars.len());
    let start = index.saturating_sub(MAX_EXCERPT / 2);
    let end = (start + MAX_EXCERPT).min(chars.len());
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(chars.get(start..end).unwrap_or_default());
    if end < chars.len() {
        shown.push('…');
    }
    let caret = index - start + 1 + usize::from(start > 0);
    (shown, caret)
}

/// Converts a character offset in `source` to a line and column.
pub fn position_of_offset(source: &str, char_offset: usize) -> Position {
    let mut line = 1;
    let mut column = 1;
    for c in source.chars().take(char_offset) {
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    Position { line, column }
}

/// Converts a byte offset in `source` to a line and column.
pub fn position_of_byte(source: &str, byte_offset: usize) -> Position {
    let prefix = source.get(..byte_offset).unwrap_or(source);
    position_of_offset(source, prefix.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_a_compiler() {
        let source = "(\n  aproach: \"x\",\n)";
        let d = Diagnostic::new(Severity::Error, "portfolio.ron", "unknown field `aproach`")
            .at(source, Position { line: 2, column: 3 }, 7)
            .with_hint("did you mean `approach`?");
        let text = d.to_string();
        assert_eq!(
            text,
            "error: unknown field `aproach`\n --> portfolio.ron:2:3\n  |\n2 |   aproach: \"x\",\n  |   ^^^^^^^\n  = hint: did you mean `approach`?\n"
        );
    }

    #[test]
    fn long_lines_are_cut_around_the_caret() {
        let line = format!("{}X{}", "a".repeat(5000), "b".repeat(5000));
        let (shown, caret) = excerpt(&line, 5001);
        assert!(shown.chars().count() <= MAX_EXCERPT + 2);
        assert_eq!(shown.chars().nth(caret - 1), Some('X'));
    }

    #[test]
    fn offsets_to_positions() {
        assert_eq!(
            position_of_offset("ab\ncd", 4),
            Position { line: 2, column: 2 }
        );
        assert_eq!(position_of_byte("é\nx", 3), Position { line: 2, column: 1 });
    }
}
