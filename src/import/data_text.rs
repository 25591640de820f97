//! A data file's text values as plain text: LaTeX markup (a `cv.yaml` that feeds a LaTeX
//! template: `\textbf{…}`, `\href{url}{text}`, `\&`, `--`) and Markdown links
//! (`[text](url)`) and HTML tags read as the text a reader of the rendered CV sees.

/// `text` without its LaTeX commands and Markdown links, whitespace collapsed.
pub fn plain(text: &str) -> String {
    let mut text = text.to_owned();
    if text.contains('\\') {
        text = latex(&text);
    }
    if text.contains("](") {
        text = markdown_links(&text);
    }
    // HTML a theme renders as is ("3<sup>ème</sup>", "<strong>Angular</strong><br>").
    if has_tags(&text) {
        // A line break parts words; other tags sit inside them ("3<sup>ème</sup>").
        for br in ["<br>", "<br/>", "<br />"] {
            text = text.replace(br, " ");
        }
        text = super::page_text::without_tags(&text);
    }
    if text.contains("--") {
        text = text.replace("---", "—").replace("--", "–");
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` holds an HTML tag: `<` then a letter or `/`, closed by `>` ("a < b" is
/// no tag).
fn has_tags(text: &str) -> bool {
    text.match_indices('<').any(|(at, _)| {
        let rest = text.get(at + 1..).unwrap_or_default();
        rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
            && rest
                .find('>')
                .is_some_and(|end| !rest.get(..end).unwrap_or_default().contains(['<', '\n']))
    })
}

/// `\cmd{a}{b}` keeps its last argument (`\href{url}{text}` is "text", `\textbf{x}` is "x"),
/// escaped characters are themselves, `\\` and `~` are spaces.
fn latex(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        match c {
            '\\' => {
                let Some(&next) = chars.get(i + 1) else {
                    i += 1;
                    continue;
                };
                if next.is_ascii_alphabetic() {
                    // A command: its name, then its arguments; only the last is shown.
                    let mut j = i + 1;
                    while chars.get(j).is_some_and(char::is_ascii_alphabetic) {
                        j += 1;
                    }
                    let mut args = Vec::new();
                    while chars.get(j) == Some(&'{') {
                        let Some(close) = closing(&chars, j) else {
                            break;
                        };
                        args.push(chars.get(j + 1..close).unwrap_or_default());
                        j = close + 1;
                    }
                    if let Some(last) = args.last() {
                        out.push_str(&latex(&last.iter().collect::<String>()));
                    }
                    i = j;
                } else {
                    // `\&`, `\%`, `\_`, `\$`, `\#`: the character; `\\`: a line break.
                    out.push(if next == '\\' { ' ' } else { next });
                    i += 2;
                }
            }
            '~' => {
                out.push(' ');
                i += 1;
            }
            '{' | '}' => i += 1,
            other => {
                out.push(other);
                i += 1;
            }
        }
    }
    out
}

/// The index of the `}` that closes the `{` at `open`.
fn closing(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, c) in chars.get(open..)?.iter().enumerate() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(open + offset);
                }
            }
            _ => {}
        }
    }
    None
}

/// `[text](url)` → `text`.
fn markdown_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = rest.get(open + 1..).unwrap_or_default();
        let Some((label, tail)) = after.split_once("](") else {
            break;
        };
        let Some(close) = tail.find(')') else {
            break;
        };
        if label.contains('[') {
            out.push_str(rest.get(..=open).unwrap_or_default());
            rest = after;
            continue;
        }
        out.push_str(rest.get(..open).unwrap_or_default());
        out.push_str(label);
        rest = tail.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn latex_markup_reads_as_its_text() {
        assert_eq!(
            plain(r"\href{https://example.org/x}{Example Lab} \& Partners"),
            "Example Lab & Partners"
        );
        assert_eq!(
            plain(r"Built \textbf{fast} caches (50\%)"),
            "Built fast caches (50%)"
        );
        assert_eq!(plain("01/2020 -- 03/2021"), "01/2020 – 03/2021");
        assert_eq!(plain(r"A\\B~C"), "A B C");
        assert_eq!(plain(r"\emph{\textbf{Nested}} text"), "Nested text");
    }

    #[test]
    fn html_tags_read_as_their_text() {
        assert_eq!(
            super::plain("Stage 2<sup>ème</sup> année"),
            "Stage 2ème année"
        );
        assert_eq!(
            super::plain("Built <strong>Angular</strong> apps<br>Ran tests"),
            "Built Angular apps Ran tests"
        );
        assert_eq!(
            super::plain("latency < 5 ms and > 2 ms"),
            "latency < 5 ms and > 2 ms"
        );
    }

    #[test]
    fn markdown_links_read_as_their_label() {
        assert_eq!(
            plain("Engineer at [Acme](https://acme.example) and [Beta](x)"),
            "Engineer at Acme and Beta"
        );
        assert_eq!(plain("no [link] here"), "no [link] here");
    }
}
