//! AsciiDoc, reStructuredText and Org-mode résumés, read as Markdown: each line is rewritten
//! into the Markdown that means the same (headings, lists, emphasis, links, table rows), so
//! that the one page reader ([`super::markdown_blocks`], then [`super::entries`]) reads them
//! all. Every line keeps its number, a line that shows nothing becoming an empty one, so a
//! message still points into the file as written.

/// A lightweight markup language a résumé may be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    /// `= Name`, `== Experience`, `*bold*`, `link:url[text]`.
    AsciiDoc,
    /// Titles underlined with `===` or `---`, `:Field: value`, `` `text <url>`_ ``.
    ReStructuredText,
    /// `* Experience`, `#+TITLE:`, `*bold*`, `/italic/`, `[[url][text]]`.
    Org,
}

impl Markup {
    /// The markup a file's extension (lowercase, without its dot) names.
    pub fn of_extension(extension: &str) -> Option<Self> {
        match extension {
            "adoc" | "asciidoc" | "asc" => Some(Self::AsciiDoc),
            "rst" | "rest" => Some(Self::ReStructuredText),
            "org" => Some(Self::Org),
            _ => None,
        }
    }
}

/// `text` written in `markup`, as Markdown of the same number of lines.
pub fn to_markdown(text: &str, markup: Markup) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let out = match markup {
        Markup::AsciiDoc => asciidoc(&lines),
        Markup::ReStructuredText => restructured(&lines),
        Markup::Org => org(&lines),
    };
    out.join("\n")
}

fn asciidoc(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut in_comment = false;
    let mut underline_of_a_title = false;
    // The delimiter of the block the line is in (`----` around a listing): no titles there.
    let mut open_block: Option<&str> = None;
    // The cell separators of the tables the line is in, the innermost last: `|` for a
    // table, `!` for one nested in its cell (`!===`), or what `separator=` set.
    let mut tables: Vec<char> = Vec::new();
    let mut next_separator: Option<char> = None;
    for (i, line) in lines.iter().enumerate() {
        let text = line.trim();
        if block_attributes(text) {
            next_separator = text
                .split_once("separator=")
                .and_then(|(_, rest)| rest.trim_start_matches('"').chars().next());
        }
        if let Some(sep) = table_delimiter(text) {
            if tables.last() == Some(&sep) {
                tables.pop();
            } else {
                tables.push(next_separator.take().unwrap_or(sep));
            }
        }
        if std::mem::take(&mut underline_of_a_title) {
            out.push(String::new());
            continue;
        }
        if text.starts_with("////") && text.chars().all(|c| c == '/') {
            in_comment = !in_comment;
            out.push(String::new());
            continue;
        }
        if delimiter(text) {
            open_block = match open_block {
                Some(open) if open == text => None,
                None => Some(text),
                still => still,
            };
        }
        if in_comment || text.starts_with("//") || delimiter(text) || block_attributes(text) {
            out.push(String::new());
            continue;
        }
        // `include::`, `ifdef::`, `image::`: a directive, shown as nothing or elsewhere.
        if let Some((name, rest)) = text.split_once("::")
            && !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && rest.ends_with(']')
        {
            out.push(String::new());
            continue;
        }
        // `:author: Ada`: the document's attributes.
        if let Some(rest) = text.strip_prefix(':')
            && rest
                .split_once(':')
                .is_some_and(|(name, _)| !name.is_empty() && !name.contains(char::is_whitespace))
        {
            out.push(String::new());
            continue;
        }
        // `'''` and `<<<`: a thematic break and a page break, drawn as a rule or a new page,
        // no text (a `'''` line read as text tops the next job's header).
        if text.len() >= 3 && (text.chars().all(|c| c == '\'') || text == "<<<") {
            out.push(String::new());
            continue;
        }
        // `[[projects]]`: an anchor for links, shown as nothing.
        if text.starts_with("[[") && text.ends_with("]]") && !text.contains(' ') {
            out.push(String::new());
            continue;
        }
        // `Projects` over `--------`: the older two-line title, its level by the character.
        if let Some(level) = lines
            .get(i + 1)
            .filter(|_| open_block.is_none())
            .and_then(|under| two_line_title_level(text, under.trim()))
        {
            out.push(format!("{} {}", "#".repeat(level), inline_asciidoc(text)));
            underline_of_a_title = true;
            continue;
        }
        let text = text.strip_suffix(" +").unwrap_or(text);
        let equals = text.chars().take_while(|c| *c == '=').count();
        if (1..=6).contains(&equals) && text.chars().nth(equals) == Some(' ') {
            let title = text.get(equals..).unwrap_or_default().trim();
            out.push(format!("{} {}", "#".repeat(equals), inline_asciidoc(title)));
            continue;
        }
        if let Some((depth, body)) = marker_run(text, '*').or_else(|| marker_run(text, '.')) {
            out.push(format!(
                "{}- {}",
                "  ".repeat(depth - 1),
                inline_asciidoc(body)
            ));
            continue;
        }
        // `Term:: its definition`.
        if let Some((term, definition)) = text.split_once(":: ").or_else(|| {
            text.strip_suffix("::")
                .filter(|t| !t.contains("::"))
                .map(|t| (t, ""))
        }) {
            out.push(format!(
                "- **{}**: {}",
                inline_asciidoc(term.trim()),
                inline_asciidoc(definition.trim())
            ));
            continue;
        }
        // A table's row `|Acme |Engineer |2019`, its cells perhaps specified (`2+|`, `a|`)
        // or parted by another separator (`! 2002-Present ! *Architect*`).
        let separator = tables.last().copied().unwrap_or('|');
        if let Some(cells) = cell_spec_len(text, separator).and_then(|n| text.get(n + 1..)) {
            out.push(table_row(cells, separator, inline_asciidoc));
            continue;
        }
        // `.Block title` names what follows.
        if let Some(title) = text.strip_prefix('.')
            && title.starts_with(|c: char| c.is_alphanumeric())
        {
            out.push(inline_asciidoc(title));
            continue;
        }
        out.push(inline_asciidoc(text));
    }
    out
}

/// The level of an AsciiDoc title written over a line of `=` (the document's), `-`, `~`,
/// `^` or `+`, as long as the title give or take two characters.
fn two_line_title_level(title: &str, under: &str) -> Option<usize> {
    let mark = under.chars().next()?;
    let level = "=-~^+".find(mark)? + 1;
    let (title_length, under_length) = (title.chars().count(), under.chars().count());
    let a_title = title.chars().any(char::is_alphanumeric)
        && !title.starts_with(['*', '.', '|', '[', ':', '/', '-'])
        && !delimiter(title);
    (a_title
        && under_length >= 2
        && under.chars().all(|c| c == mark)
        && title_length.abs_diff(under_length) <= 2)
        .then_some(level)
}

/// `** item` (depth 2) or `. item`: a list marker of one character repeated, then a space.
fn marker_run(text: &str, marker: char) -> Option<(usize, &str)> {
    let depth = text.chars().take_while(|c| *c == marker).count();
    let body = text.get(depth..)?.strip_prefix(' ')?;
    ((1..=5).contains(&depth) && !body.trim().is_empty()).then_some((depth, body.trim()))
}

/// The cell separator of the table a line opens or closes (`|===`, `!===` nested in a cell).
fn table_delimiter(text: &str) -> Option<char> {
    let first = text.chars().next()?;
    ("|!,:".contains(first) && text.get(first.len_utf8()..)?.starts_with("===")).then_some(first)
}

/// How long the cell's specifier before `separator` is at the start of a row (`2+`, `.10+`,
/// `a`, `3*`, or nothing), if the text starts a cell.
fn cell_spec_len(text: &str, separator: char) -> Option<usize> {
    let spec_end = text.find(separator)?;
    let spec = text.get(..spec_end)?;
    let body = spec.trim_end_matches(|c: char| "adehlmsv".contains(c));
    let style = spec.len() - body.len();
    let shaped = body
        .chars()
        .all(|c| c.is_ascii_digit() || ".+*<^>".contains(c))
        && style <= 1
        && (body.is_empty() || body.contains(['+', '*', '<', '^', '>']) || body.starts_with('.'));
    shaped.then_some(spec_end)
}

/// `----`, `====`, `****`, `|===`: where a block starts or ends.
fn delimiter(text: &str) -> bool {
    let run = |t: &str| {
        t.chars().count() >= 4
            && t.chars()
                .next()
                .is_some_and(|first| "-.*=_+/".contains(first) && t.chars().all(|c| c == first))
    };
    text == "--" || run(text) || table_delimiter(text).is_some()
}

/// `[.role]`, `[discrete]`, `[cols="1,3"]`, `[%hardbreaks]`: attributes of the next block.
fn block_attributes(text: &str) -> bool {
    text.starts_with('[')
        && text.ends_with(']')
        && text.get(1..2).is_some_and(|c| c != "[")
        && !text.get(1..text.len() - 1).unwrap_or("").contains(']')
}

/// A table row's cells (`a | b |`, its first separator taken off) as one line of parts,
/// each cell's markup rewritten by `inline`.
fn table_row(cells: &str, separator: char, inline: fn(&str) -> String) -> String {
    cells
        .split(separator)
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(inline)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// AsciiDoc's inline markup as Markdown: `*bold*`, `_italic_`, links by their text.
fn inline_asciidoc(text: &str) -> String {
    let text = without_roles_and_icons(text);
    let text = linked_text(&text);
    let text = single_to_double(&text, '*', "**");
    single_to_double(&text, '_', "*")
}

/// `text` without the roles set on its phrases (`[.big]*Skills*`) and its icons
/// (`icon:arrow[fw]`): they style what a reader sees, they are not words of it.
fn without_roles_and_icons(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find(['[', 'i']) {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let at_word_start = out.is_empty() || out.ends_with(char::is_whitespace);
        let skipped = if let Some(role) = from.strip_prefix("[.") {
            role.find(']')
                .filter(|close| {
                    role.get(..*close)
                        .is_some_and(|r| !r.is_empty() && !r.contains(char::is_whitespace))
                        && role
                            .get(close + 1..)
                            .is_some_and(|after| after.starts_with(['*', '_', '#', '`']))
                })
                .map(|close| close + 3)
        } else if at_word_start && let Some(icon) = from.strip_prefix("icon:") {
            icon.find(']')
                .filter(|close| icon.get(..*close).is_some_and(|i| i.contains('[')))
                .map(|close| {
                    close
                        + 6
                        + usize::from(icon.get(close + 1..).is_some_and(|a| a.starts_with(' ')))
                })
        } else {
            None
        };
        match skipped {
            Some(n) => rest = from.get(n..).unwrap_or_default(),
            None => {
                let first = from.chars().next().map_or(1, char::len_utf8);
                out.push_str(from.get(..first).unwrap_or_default());
                rest = from.get(first..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

/// `https://acme.example[Acme]`, `link:cv.pdf[CV]`, `mailto:a@b.c[]`, `image:x.png[logo]`:
/// the text a reader sees (the address when the text is empty, nothing for an image).
fn linked_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in split_keeping_spaces(text) {
        // "{link-acme}[Acme]": an attribute that holds the address, as a link's target.
        let attribute_target = word.starts_with('{') && word.contains("}[");
        let is_link = attribute_target
            || ["http://", "https://", "link:", "mailto:", "image:"]
                .iter()
                .any(|p| word.starts_with(p));
        match (is_link, word.find('['), word.rfind(']')) {
            (true, Some(open), Some(close)) if close > open => {
                let target = word.get(..open).unwrap_or_default();
                let label = word.get(open + 1..close).unwrap_or_default();
                let rest = word.get(close + 1..).unwrap_or_default();
                if target.starts_with("image:") {
                    out.push_str(rest);
                    continue;
                }
                // "Acme, role="external", window="_blank"": the text before named attributes.
                let label = label_without_attributes(label);
                let label = linked_text(label);
                let label = label.trim().trim_end_matches('^');
                if label.is_empty() {
                    out.push_str(
                        target
                            .trim_start_matches("link:")
                            .trim_start_matches("mailto:"),
                    );
                } else {
                    out.push_str(label);
                }
                out.push_str(rest);
            }
            _ => out.push_str(word),
        }
    }
    out
}

/// A link macro's text without the named attributes after it (`Acme, window="_blank"`).
fn label_without_attributes(label: &str) -> &str {
    let mut cut = label.len();
    for (at, _) in label.match_indices(',') {
        let next = label.get(at + 1..).unwrap_or_default().trim_start();
        let name_len = next
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
            .count();
        if name_len > 0 && next.get(name_len..).is_some_and(|r| r.starts_with('=')) {
            cut = at;
            break;
        }
    }
    label.get(..cut).unwrap_or(label)
}

/// `text` in runs of non-space (a link's `[label with spaces]` kept whole) and of spaces.
fn split_keeping_spaces(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    let mut in_space = false;
    for (at, c) in text.char_indices() {
        let space = c.is_whitespace() && depth == 0;
        if space != in_space && at > start {
            out.push(text.get(start..at).unwrap_or_default());
            start = at;
        }
        in_space = space;
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if start < text.len() {
        out.push(text.get(start..).unwrap_or_default());
    }
    out
}

/// `*word*` (one marker, at word bounds) written as `**word**`; a doubled marker is kept.
fn single_to_double(text: &str, marker: char, markdown: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        let before = i.checked_sub(1).and_then(|b| chars.get(b)).copied();
        let opens = c == marker
            && before.is_none_or(|b| !b.is_alphanumeric() && b != marker)
            && chars
                .get(i + 1)
                .is_some_and(|n| !n.is_whitespace() && *n != marker);
        let close = opens
            .then(|| {
                (i + 2..chars.len()).find(|&j| {
                    chars.get(j) == Some(&marker)
                        && chars.get(j - 1).is_some_and(|p| !p.is_whitespace())
                        && chars
                            .get(j + 1)
                            .is_none_or(|n| !n.is_alphanumeric() && *n != marker)
                })
            })
            .flatten();
        match close {
            Some(end) => {
                out.push_str(markdown);
                out.extend(chars.get(i + 1..end).unwrap_or_default());
                out.push_str(markdown);
                i = end + 1;
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// The characters reStructuredText underlines and overlines titles with.
const ADORNMENTS: &str = "=-~^\"'`*+#:._!$%&,;<>?@\\/|";

fn adornment(text: &str) -> Option<char> {
    let first = text.chars().next()?;
    (text.chars().count() >= 3 && ADORNMENTS.contains(first) && text.chars().all(|c| c == first))
        .then_some(first)
}

fn restructured(lines: &[&str]) -> Vec<String> {
    let mut out = vec![String::new(); lines.len()];
    // Title styles in the order the file first uses them: the first is level one.
    let mut styles: Vec<(char, bool)> = Vec::new();
    let mut directive_indent: Option<usize> = None;
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let text = line.trim();
        let indent = line.len() - line.trim_start().len();
        if let Some(at) = directive_indent {
            if text.is_empty() || indent > at {
                i += 1;
                continue;
            }
            directive_indent = None;
        }
        if text == ".." || text.starts_with(".. ") {
            directive_indent = Some(indent);
            i += 1;
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.trim());
        let overline = adornment(text);
        // `====` / Title / `====`, or Title / `----`.
        let title = match overline {
            Some(style) => lines.get(i + 1).and_then(|title| {
                let under = lines.get(i + 2).map(|l| l.trim());
                (under.and_then(adornment) == Some(style) && !title.trim().is_empty())
                    .then(|| (title.trim(), (style, true), 3))
            }),
            None => next
                .and_then(adornment)
                .filter(|_| !text.is_empty())
                .map(|style| (text, (style, false), 2)),
        };
        if let Some((title, style, used)) = title {
            let level = match styles.iter().position(|s| *s == style) {
                Some(known) => known + 1,
                None => {
                    styles.push(style);
                    styles.len()
                }
            };
            let at = if style.1 { i + 1 } else { i };
            if let Some(slot) = out.get_mut(at) {
                *slot = format!("{} {}", "#".repeat(level.min(6)), inline_rst(title));
            }
            i += used;
            continue;
        }
        if overline.is_some() || table_border(text) {
            i += 1;
            continue;
        }
        let at = i;
        let converted = if let Some(cells) = text.strip_prefix('|') {
            // A grid table's row `| a | b |`, or a line block's `| line`.
            table_row(cells, '|', inline_rst)
        } else if let Some(mut value) = field(text) {
            // A field's value goes on over the lines indented under it (":Dates: June 2013 -
            // September 2013," / "        September 2013 - Present"): one value, one line.
            while let Some(more) = lines.get(i + 1).filter(|more| {
                let more_indent = more.len() - more.trim_start().len();
                !more.trim().is_empty() && more_indent > indent && field(more.trim()).is_none()
            }) {
                value.push(' ');
                value.push_str(&inline_rst(more.trim()));
                i += 1;
            }
            value
        } else {
            inline_rst(text)
        };
        if let Some(slot) = out.get_mut(at) {
            *slot = converted;
        }
        i += 1;
    }
    out
}

/// `+----+----+` or `=====  =====`: a table's border, no text.
fn table_border(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| "+-=|: ".contains(c))
        && text.chars().any(|c| c != ' ')
        && (text.contains('+') || text.contains("  "))
}

/// `:Field name: value` as `**Field name:** value`.
fn field(text: &str) -> Option<String> {
    let rest = text.strip_prefix(':')?;
    let end = rest
        .find(": ")
        .or_else(|| rest.ends_with(':').then(|| rest.len() - 1))?;
    let name = rest.get(..end)?.trim();
    if name.is_empty() || name.starts_with(' ') {
        return None;
    }
    let value = rest.get(end + 1..).unwrap_or_default().trim();
    Some(
        format!("**{}:** {}", name, inline_rst(value))
            .trim()
            .to_owned(),
    )
}

/// reStructuredText's inline markup as Markdown: `` `Acme <https://…>`_ `` as its text,
/// ``` ``code`` ``` as code, `Acme_` as Acme; `*` and `**` mean what they do in Markdown.
fn inline_rst(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        if let Some(literal) = after.strip_prefix('`') {
            // ``code``
            match literal.find("``") {
                Some(close) => {
                    out.push('`');
                    out.push_str(literal.get(..close).unwrap_or_default());
                    out.push('`');
                    rest = literal.get(close + 2..).unwrap_or_default();
                }
                None => {
                    out.push_str("``");
                    rest = literal;
                }
            }
            continue;
        }
        match after.find('`') {
            Some(close) => {
                let inner = after.get(..close).unwrap_or_default();
                // `text <url>`: the text.
                let shown = match inner.rfind(" <") {
                    Some(at) if inner.ends_with('>') => inner.get(..at).unwrap_or_default(),
                    _ => inner,
                };
                out.push_str(shown.trim());
                rest = after
                    .get(close + 1..)
                    .unwrap_or_default()
                    .trim_start_matches('_');
            }
            None => {
                out.push('`');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    // `Lastminute.com_`: a reference's name.
    out.split(' ')
        .map(|word| match word.strip_suffix('_') {
            Some(name) if name.ends_with(|c: char| c.is_alphanumeric()) => name,
            _ => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn org(lines: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(lines.len());
    let mut in_drawer = false;
    for line in lines {
        let text = line.trim();
        let upper = text.to_ascii_uppercase();
        if in_drawer {
            in_drawer = upper != ":END:";
            out.push(String::new());
            continue;
        }
        if upper.starts_with(':') && upper.ends_with(':') && upper.len() > 2 && !upper.contains(' ')
        {
            in_drawer = upper != ":END:";
            out.push(String::new());
            continue;
        }
        if let Some(keyword) = text.strip_prefix("#+") {
            let title = keyword
                .split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case("title"))
                .map(|(_, v)| v.trim())
                .filter(|v| !v.is_empty());
            out.push(title.map_or_else(String::new, |t| format!("# {}", inline_org(t))));
            continue;
        }
        // A macro call's arguments are what it prints (an AltaCV `{{{cvevent(Role, Org,
        // dates, place)}}}`); a call with none prints nothing folio can read.
        if let Some(call) = text.strip_prefix("{{{") {
            out.push(macro_arguments(call).map_or_else(String::new, |args| inline_org(&args)));
            continue;
        }
        if text == "#" || text.starts_with("# ") {
            out.push(String::new());
            continue;
        }
        // Headings start at the margin; an indented `* item` is a list item. The title is
        // the page's one `#`, so the outline starts at `##`.
        let stars = line.chars().take_while(|c| *c == '*').count();
        if stars >= 1 && line.chars().nth(stars) == Some(' ') {
            let title = without_tags(line.get(stars..).unwrap_or_default().trim());
            out.push(format!(
                "{} {}",
                "#".repeat((stars + 1).min(6)),
                inline_org(title)
            ));
            continue;
        }
        // `- Term :: definition`.
        if let Some(item) = text
            .strip_prefix("- ")
            .or_else(|| text.strip_prefix("+ "))
            .or_else(|| text.strip_prefix("* "))
        {
            // A nested item keeps its indentation, as Markdown nests by it too.
            let indent = " ".repeat(line.len() - line.trim_start().len());
            match item.split_once(" :: ") {
                Some((term, definition)) => out.push(format!(
                    "{indent}- **{}**: {}",
                    inline_org(term.trim()),
                    inline_org(definition.trim())
                )),
                None => out.push(format!("{indent}- {}", inline_org(item.trim()))),
            }
            continue;
        }
        out.push(inline_org(text));
    }
    out
}

/// An Org heading without its tags ("Freelance :pdfskip:" → "Freelance"): they steer an
/// export, they are not the heading's words.
fn without_tags(title: &str) -> &str {
    match title.rsplit_once(char::is_whitespace) {
        Some((before, last))
            if last.len() > 2
                && last.starts_with(':')
                && last.ends_with(':')
                && last.split(':').all(|tag| {
                    tag.chars()
                        .all(|c| c.is_alphanumeric() || "_@#%".contains(c))
                }) =>
        {
            before.trim_end()
        }
        _ => title,
    }
}

/// The arguments of an Org macro call (`name(a, b\, c)}}}`) joined by commas, without the
/// empty ones; `None` for a call without arguments.
fn macro_arguments(call: &str) -> Option<String> {
    let (_, args) = call.trim_end().strip_suffix(")}}}")?.split_once('(')?;
    let mut parts = vec![String::new()];
    let mut chars = args.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&',') => {
                chars.next();
                parts.last_mut()?.push(',');
            }
            ',' => parts.push(String::new()),
            _ => parts.last_mut()?.push(c),
        }
    }
    let said: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    (!said.is_empty()).then(|| said.join(", "))
}

/// Org's inline markup as Markdown: `*bold*`, `/italic/`, `=verbatim=`, `~code~`, and
/// `[[url][text]]` as its text.
fn inline_org(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 2..).unwrap_or_default();
        match after.find("]]") {
            Some(close) => {
                let inner = after.get(..close).unwrap_or_default();
                // A link with its own label stays a link: a run of its own style, as the
                // employer linked after its role ("Director [[url][Acme Inc]]") is.
                match inner.split_once("][") {
                    Some((target, label)) => out.push_str(&format!("[{label}]({target})")),
                    None => out.push_str(inner),
                }
                rest = after.get(close + 2..).unwrap_or_default();
            }
            None => {
                out.push_str("[[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let out = single_to_double(&out, '*', "**");
    let out = single_to_double(&out, '/', "*");
    let out = single_to_double(&out, '=', "`");
    single_to_double(&out, '~', "`")
}

#[cfg(test)]
#[path = "lightweight_tests.rs"]
mod tests;
