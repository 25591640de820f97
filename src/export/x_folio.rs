//! The `x-folio` extension property of an exported JSON Resume: the portfolio itself, so that
//! `folio import` of a file folio exported gives back what JSON Resume has no field for (each
//! figure's kind and claim, tracks, principles, tags, accent) and export → import → export
//! is a fixed point.
//!
//! A JSON Resume goes to job sites and résumé themes, so the portfolio carried in it is the
//! shareable one: speaker notes (private to the presenter window) and comments (the author's
//! asides) are left out. A digest of the standard part says whether someone edited the
//! résumé after folio wrote it; then the edited fields win and `x-folio` is not used.

use serde_json::Value;

use crate::load::spans::{Spans, field, item};
use crate::model::{Portfolio, Url};

/// The extension property's name (JSON Resume allows extra properties).
pub const KEY: &str = "x-folio";

/// The format of what `KEY` holds; a later folio reads older ones or says it cannot.
pub const VERSION: u64 = 1;

/// The RON an export for `audience` carries: the private view's is the file as written,
/// markup and all, so that `folio import` gives back both views; the public view's is
/// [`crate::audience::public_source`], with not one private word. Either without notes and
/// comments ([`shareable_source`]). `None` only if the public text failed to read back,
/// which would be a bug; then no copy is better than a wrong one.
pub fn for_audience(
    loaded: &crate::load::Loaded,
    audience: crate::audience::Audience,
) -> Option<String> {
    if audience.is_private() {
        return Some(shareable_source(
            &loaded.source,
            &loaded.spans,
            &loaded.portfolio,
        ));
    }
    let public = crate::audience::public_source(&loaded.source, &loaded.spans, &loaded.portfolio);
    let again = crate::load::load_str(&public, &loaded.path, None).ok()?;
    Some(shareable_source(
        &again.source,
        &again.spans,
        &again.portfolio,
    ))
}

/// `source`, the RON of `portfolio`, without speaker notes, without links folio refuses to
/// open (no export hands those on: `javascript:`, `file:`) and without comments.
pub fn shareable_source(source: &str, spans: &Spans, portfolio: &Portfolio) -> String {
    let mut left_out: Vec<(std::ops::Range<usize>, &str)> = Vec::new();
    let mut blank = |path: &str, with: &'static str| {
        if let Some(range) = spans.get(path) {
            left_out.push((range, with));
        }
    };
    blank("notes", "{}");
    for index in 0..portfolio.case_studies.len() {
        blank(&field(&item("case_studies", index), "notes"), "None");
    }
    let refused = |url: &Url| url.openable().is_none();
    for (index, paper) in portfolio.publications.iter().enumerate() {
        if paper.link.as_ref().is_some_and(refused) {
            blank(&field(&item("publications", index), "link"), "None");
        }
    }
    for (index, project) in portfolio.projects.iter().enumerate() {
        if project.link.as_ref().is_some_and(refused) {
            blank(&field(&item("projects", index), "link"), "None");
        }
    }
    for (list, roles) in [
        ("experience", &portfolio.experience),
        ("research", &portfolio.research),
    ] {
        for (index, role) in roles.iter().enumerate() {
            if role.url.as_ref().is_some_and(refused) {
                blank(&field(&item(list, index), "url"), "None");
            }
        }
    }
    // A refused link in a list goes with its comma.
    let contact_links = portfolio.contact.iter().flat_map(|c| c.links.iter());
    let lists = [
        (
            "person.links",
            portfolio.person.links.iter().collect::<Vec<_>>(),
        ),
        ("contact.links", contact_links.collect()),
    ];
    for (list, links) in lists {
        for (index, link) in links.iter().enumerate() {
            if refused(&link.url)
                && let Some(range) = spans.get(&item(list, index))
            {
                let rest = source.get(range.end..).unwrap_or_default();
                let after = rest.len() - rest.trim_start().len();
                let comma = usize::from(rest.trim_start().starts_with(','));
                left_out.push((range.start..range.end + after + comma, ""));
            }
        }
    }
    left_out.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut text = source.to_owned();
    for (range, with) in left_out {
        if text.get(range.clone()).is_some() {
            text.replace_range(range, with);
        }
    }
    without_comments(&text)
}

/// `text` without RON comments; a line that held only a comment goes with it, so removing
/// comments twice gives what removing them once did.
pub fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in split_keeping_ends(&strip_block_comments(text)) {
        let code = line_code(line);
        if code.trim().is_empty() && !line.trim().is_empty() {
            continue;
        }
        out.push_str(code.trim_end());
        if line.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

fn split_keeping_ends(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// A line up to a `//` comment outside a string.
fn line_code(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    let mut previous = '\0';
    for (at, c) in line.char_indices() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '/' && previous == '/' {
            return line.get(..at - 1).unwrap_or(line);
        }
        previous = if in_string { '\0' } else { c };
    }
    line
}

/// `text` without `/* … */` comments outside strings (their newlines kept, so line numbers
/// of what follows stay as they were).
fn strip_block_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut in_string = false;
    let mut escaped = false;
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '/' if chars.peek() == Some(&'/') => {
                // A line comment: copied as it is for `line_code` to cut, `/*` inside it
                // included.
                out.push(c);
                for rest in chars.by_ref() {
                    out.push(rest);
                    if rest == '\n' {
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = '\0';
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        out.push('\n');
                    }
                    if last == '*' && inner == '/' {
                        break;
                    }
                    last = inner;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// A digest of a JSON Resume's standard part (everything but `KEY`), independent of key
/// order and formatting: whether the résumé changed since folio wrote it. FNV-1a, 64 bits:
/// it tells edits apart, it guards nothing.
pub fn digest(resume: &Value) -> String {
    let mut canonical = String::new();
    canonical_json(resume, true, &mut canonical);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in canonical.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn canonical_json(value: &Value, root: bool, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().filter(|k| !(root && *k == KEY)).collect();
            keys.sort();
            out.push('{');
            for key in keys {
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                if let Some(inner) = map.get(key) {
                    canonical_json(inner, false, out);
                }
                out.push(',');
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for inner in items {
                canonical_json(inner, false, out);
                out.push(',');
            }
            out.push(']');
        }
        other => out.push_str(&other.to_string()),
    }
}

/// The portfolio RON an exported résumé carries, if it carries one in a format this folio
/// reads and nobody has changed the résumé since. `Err` says why it is not used.
pub fn carried(resume: &Value) -> Option<Result<String, String>> {
    let extension = resume.get(KEY)?;
    let version = extension.get("version").and_then(Value::as_u64);
    if version != Some(VERSION) {
        return Some(Err(format!(
            "{KEY} is version {}, which this folio does not read; read as a JSON Resume instead",
            version.map_or_else(|| "unknown".to_owned(), |v| v.to_string())
        )));
    }
    let (Some(portfolio), Some(written)) = (
        extension.get("portfolio").and_then(Value::as_str),
        extension.get("digest").and_then(Value::as_str),
    ) else {
        return Some(Err(format!(
            "{KEY} has no portfolio or digest; read as a JSON Resume instead"
        )));
    };
    if digest(resume) != written {
        return Some(Err(format!(
            "the résumé was changed after folio exported it, so its {KEY} portfolio is out of date: read as a JSON Resume instead (figures' kinds, tracks and principles come only from {KEY})"
        )));
    }
    Some(Ok(portfolio.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_go_and_strings_that_look_like_them_stay() {
        let text = "(\n  // a note to self\n  name: \"http://example.com\", // trailing\n  /* block\n  */ title: \"a /* b */ c\",\n)\n";
        let stripped = without_comments(text);
        assert_eq!(
            stripped,
            "(\n  name: \"http://example.com\",\n\n title: \"a /* b */ c\",\n)\n"
        );
        assert_eq!(without_comments(&stripped), stripped);
    }

    #[test]
    fn the_digest_ignores_key_order_and_the_extension() {
        let a: Value = serde_json::from_str(r#"{"basics":{"name":"A","label":"B"},"x-folio":1}"#)
            .unwrap_or_default();
        let b: Value =
            serde_json::from_str(r#"{"basics": {"label": "B", "name": "A"}}"#).unwrap_or_default();
        let c: Value =
            serde_json::from_str(r#"{"basics": {"label": "B", "name": "Z"}}"#).unwrap_or_default();
        assert_eq!(digest(&a), digest(&b));
        assert_ne!(digest(&a), digest(&c));
    }
}
