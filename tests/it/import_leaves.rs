//! Issue 22: "every leaf of the input is in the portfolio, in a comment, or in the list on
//! standard error". Each JSON Resume of tests/fixtures/import/json-resume/ (seventeen people's,
//! rewritten) is imported, and every string, number and boolean in it is looked for in what
//! import wrote: the RON's strings and comments, and the lines it lists as not imported.

use serde_json::Value;

/// Every leaf with its path ("work[2].highlights[0]").
fn leaves(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let at = if path.is_empty() {
                    key.clone()
                } else {
                    format!("{path}.{key}")
                };
                leaves(inner, at, out);
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                leaves(inner, format!("{path}[{index}]"), out);
            }
        }
        Value::Null => {}
        leaf => out.push((path, leaf.clone())),
    }
}

/// The text of RON's string literals and comments, as a reader of the file sees it.
fn ron_text(ron: &str) -> String {
    let mut out = String::new();
    let mut chars = ron.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(inner) = chars.next() {
                    match inner {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('n') => out.push('\n'),
                            Some('t') => out.push('\t'),
                            Some('u') => {
                                let code: String =
                                    chars.by_ref().take_while(|c| *c != '}').collect();
                                let code = code.trim_start_matches('{');
                                if let Some(c) =
                                    u32::from_str_radix(code, 16).ok().and_then(char::from_u32)
                                {
                                    out.push(c);
                                }
                            }
                            Some(other) => out.push(other),
                            None => {}
                        },
                        other => out.push(other),
                    }
                }
                out.push(' ');
            }
            '/' if chars.peek() == Some(&'/') => {
                for inner in chars.by_ref() {
                    if inner == '\n' {
                        break;
                    }
                    out.push(inner);
                }
                out.push(' ');
            }
            _ => {}
        }
    }
    out
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_leaf_of_every_json_resume_is_imported_kept_or_listed() {
    let mut files: Vec<_> = std::fs::read_dir("tests/fixtures/import/json-resume")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 15, "{} files", files.len());
    let (mut total, mut lost) = (0, Vec::new());
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.display().to_string();
        let imported = folio::import::import_str(&text, &name, Some("json"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let written = words(&format!(
            "{} {}",
            ron_text(&imported.ron),
            imported.unplaced.join(" ")
        ));
        let lowered = written.to_lowercase();
        let resume: Value = serde_json::from_str(&text).unwrap();
        let mut all = Vec::new();
        leaves(&resume, String::new(), &mut all);
        for (at, leaf) in all {
            let shown = match &leaf {
                Value::String(s) => words(s),
                other => other.to_string(),
            };
            if shown.is_empty() || at == "$schema" {
                // The schema's own address describes the file, not the person.
                continue;
            }
            total += 1;
            // As written, or as import writes it without markup ("<br />", "**").
            let mut forms = vec![shown.clone(), folio::import::draft::plain(&shown)];
            // Dates are kept to the month, a publication's to the year (folio shows no days).
            if shown.len() >= 10 && shown.as_bytes().get(4) == Some(&b'-') {
                forms.push(shown.chars().take(7).collect());
                if at.starts_with("publications") {
                    forms.push(shown.chars().take(4).collect());
                }
            }
            // A date in another common form ("Sep 2015", "Present") is read to its month.
            if at.ends_with("Date") {
                forms.extend(month_form(&shown));
            }
            let found = forms.iter().any(|form| written.contains(form.as_str()))
                // A profile's user name is kept where its address shows it, in any case.
                || (at.ends_with(".username") && lowered.contains(&shown.to_lowercase()));
            if !found {
                lost.push(format!("{name}: {at} = {shown}"));
            }
        }
    }
    eprintln!("{} files, {total} leaves, {} lost", files.len(), lost.len());
    assert!(
        lost.is_empty(),
        "leaves dropped without a word:\n{}",
        lost.join("\n")
    );
}

/// "Sep 2015" as folio writes it ("2015-09"), "Present" as "present".
fn month_form(date: &str) -> Option<String> {
    let lower = date.to_lowercase();
    if lower == "present" {
        return Some("present".to_owned());
    }
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let year = lower
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)?;
    let month = MONTHS.iter().position(|m| {
        lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| w.starts_with(m))
    })?;
    Some(format!("{year}-{:02}", month + 1))
}
