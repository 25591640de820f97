//! A JSON file's text as folio reads it: strict JSON, except a comma before a closing
//! bracket (which hand-edited files and JavaScript allow), read past with a warning.

use super::{Diagnostic, ImportError, Position, Severity, invalid};

/// The JSON in `text`. A comma left before a closing bracket, which hand-edited files and
/// JavaScript allow, is read past with a warning that says where: the rest is still JSON.
pub(super) fn parse(
    text: &str,
    name: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Result<serde_json::Value, ImportError> {
    if let Err(error) = serde_json::from_str::<serde_json::Value>(text)
        && error.to_string().starts_with("trailing comma")
        && let Ok(value) = serde_json::from_str(&without_trailing_commas(text))
    {
        let position = Position {
            line: error.line().max(1),
            column: error.column().max(1),
        };
        warnings.push(
            Diagnostic::new(
                Severity::Warning,
                name,
                "a comma before a closing bracket is not JSON; read past it (remove it so \
                 other tools read the file too)",
            )
            .at(text, position, 1),
        );
        return Ok(value);
    }
    serde_json::from_str(text).map_err(|error| {
        let position = Position {
            line: error.line().max(1),
            column: error.column().max(1),
        };
        // serde_json says "at line 3 column 5" itself; the position is printed once.
        let message = error.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        invalid(
            Diagnostic::new(Severity::Error, name, format!("invalid JSON: {message}"))
                .at(text, position, 1),
        )
    })
}

/// `text` without the commas that stand before a closing bracket, outside strings.
fn without_trailing_commas(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut pending_comma: Option<usize> = None;
    for c in text.chars() {
        if in_string {
            escaped = !escaped && c == '\\';
            in_string = escaped || c != '"';
            out.push(c);
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                pending_comma = None;
            }
            ',' => pending_comma = Some(out.len()),
            ']' | '}' => {
                if let Some(at) = pending_comma.take() {
                    out.replace_range(at..=at, " ");
                }
            }
            c if c.is_whitespace() => {}
            _ => pending_comma = None,
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_before_a_bracket_is_read_past_with_a_warning_and_strings_are_kept() {
        let text = "{\"work\": [{\"name\": \"Acme ,]\", \"keywords\": [\"XML\",],},],}";
        let mut warnings = Vec::new();
        let Ok(value) = parse(text, "cv.json", &mut warnings) else {
            panic!("a trailing comma is read past");
        };
        assert_eq!(value["work"][0]["name"], "Acme ,]");
        assert_eq!(value["work"][0]["keywords"][0], "XML");
        assert_eq!(warnings.len(), 1);
        // Any other mistake is still an error, where it is.
        assert!(parse("{\"work\": [1 2]}", "cv.json", &mut Vec::new()).is_err());
    }
}
