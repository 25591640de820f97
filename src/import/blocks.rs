//! One block model for every text source: a résumé read from a PDF, a Word file or plain
//! text becomes headings, paragraphs and list items, each with the parts a reader sees apart
//! (a right-aligned date, a table cell, text either side of a tab), so one entry reader
//! ([`super::entries`]) reads them all.

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A heading, by its level (1 is the largest).
    Heading(u8),
    /// A line or paragraph of text.
    Paragraph,
    /// A list item, by its depth (0 is the outermost).
    Item(u8),
}

/// A block of text.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// What it is.
    pub kind: Kind,
    /// Its parts, in reading order: text either side of a wide gap, a tab or a table cell.
    pub parts: Vec<String>,
    /// Where it is, for messages: the page (PDF) or line (text), from 1.
    pub at: usize,
}

impl Block {
    /// A block of one part.
    pub fn new(kind: Kind, text: impl Into<String>, at: usize) -> Self {
        Self {
            kind,
            parts: vec![text.into()],
            at,
        }
    }

    /// All its text, parts joined by a wide separator.
    pub fn text(&self) -> String {
        self.parts.join("  |  ")
    }

    /// How many words it has.
    pub fn words(&self) -> usize {
        self.parts
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum()
    }
}

/// What the reader saw, on standard error when `FOLIO_IMPORT_BLOCKS` is set: for a bug report
/// on a misread file.
pub fn show_if_asked(blocks: &[Block]) {
    if std::env::var_os("FOLIO_IMPORT_BLOCKS").is_some() {
        for block in blocks {
            eprintln!("{:>4} {:?}: {}", block.at, block.kind, block.text());
        }
    }
}

/// The most words a line split into runs of one style may have: an entry's header ("Acme
/// Corp" in bold, "Engineer" in italic), not a sentence with a bold word in it.
pub const STYLED_HEADER_WORDS: usize = 12;

/// `text` split into runs of one style (bold, italic, plain), from where each word or run
/// starts (byte offset) in which style: a new run where one starts, at a word's start, in
/// another style than the run it follows. Punctuation takes no side ("Acme Corp," in bold
/// with its comma in plain).
pub fn style_runs<S: Copy + PartialEq>(text: &str, starts: &[(usize, S)]) -> Vec<String> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<S> = None;
    for &(at, style) in starts {
        let letters = text
            .get(at..)
            .is_some_and(|after| after.trim_start().starts_with(char::is_alphanumeric));
        if !letters {
            continue;
        }
        let word_starts = at == 0
            || text
                .get(..at)
                .and_then(|before| before.chars().next_back())
                .is_some_and(|c| c.is_whitespace() || matches!(c, ',' | '|' | '–' | '-'));
        if current.is_some_and(|c| c != style) && word_starts && at > start {
            runs.push(clean(text.get(start..at).unwrap_or_default()));
            start = at;
        }
        current = Some(style);
    }
    runs.push(clean(text.get(start..).unwrap_or_default()));
    runs.retain(|r| !r.is_empty());
    runs
}

/// The blocks without the lines that mark a page ("Bob Weisend | Page 2", "Page 2 of 3",
/// "Seite 2"): typed into a Word file as a heading, such a line would end the section it
/// falls in.
pub fn without_page_marks(blocks: Vec<Block>) -> Vec<Block> {
    blocks
        .into_iter()
        .filter(|b| !page_mark(&b.text()))
        .collect()
}

fn page_mark(text: &str) -> bool {
    const PAGE: &[&str] = &[
        "page",
        "seite",
        "página",
        "pagina",
        "pag",
        "стр",
        "страница",
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.len() <= 8
        && words.windows(2).any(|pair| {
            matches!(pair, [word, number]
                if PAGE.contains(&word.as_str()) && number.chars().all(|c| c.is_ascii_digit()))
        })
}

/// Characters that start a list item.
pub fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '○'
            | '◦'
            | '▪'
            | '■'
            | '□'
            | '‣'
            | '⁃'
            | '∙'
            | '·'
            | '*'
            | '-'
            | '–'
            | '—'
            | '➢'
            | '➤'
            | '►'
            | '▸'
            | '✓'
            | '✔'
            | '❖'
    ) || ('\u{e000}'..='\u{f8ff}').contains(&c)
}

/// `text` without a leading bullet, if it had one.
pub fn strip_bullet(text: &str) -> Option<&str> {
    let trimmed = text.trim_start();
    let mut chars = trimmed.chars();
    let first = chars.next()?;
    if !is_bullet(first) {
        return None;
    }
    let rest = chars.as_str();
    // "-" and "*" are bullets only when a space follows ("-2019" is not a list item).
    if matches!(first, '-' | '*' | '–' | '—') && !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some(rest.trim_start())
}

/// Text as a reader sees it: ligatures spelled out, soft and odd hyphens as hyphens,
/// zero-width characters, private-use icons and control characters dropped, runs of blank
/// space as one space.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            '\u{ad}' | '\u{2010}' | '\u{2011}' => {
                // A soft hyphen beside a real one is the same hyphen twice.
                if !out.ends_with('-') {
                    out.push('-');
                }
            }
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            '\u{a0}' | '\t' | '\u{2002}'..='\u{200a}' => out.push(' '),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    let text = without_leaders(&out);
    let words: Vec<&str> = text.split_whitespace().collect();
    letters_closed_up(&words).unwrap_or_else(|| capitals_closed_up(&words))
}

/// `words` joined, a run of four or more capitals spaced out inside them closed up ("6/2019
/// T I L L 1/2022": a theme's letter-spaced small caps between two dates).
fn capitals_closed_up(words: &[&str]) -> String {
    let capital = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    };
    words
        .chunk_by(|a, b| capital(a) == capital(b))
        .map(|run| match run.first() {
            Some(first) if run.len() >= 4 && capital(first) => run.concat(),
            _ => run.join(" "),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A heading set with its letters spaced out ("B E R U F S E R F A H R U N G", "P C - K E N N
/// T N I S S E"), closed up: four letters or more, each a word of its own.
fn letters_closed_up(words: &[&str]) -> Option<String> {
    let single = |w: &&str| {
        let mut chars = w.chars();
        chars
            .next()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '-' | '&' | '/'))
            && chars.next().is_none()
    };
    (words.len() >= 4
        && words.iter().all(single)
        && words
            .iter()
            .filter(|w| w.chars().all(char::is_alphabetic))
            .count()
            >= 4)
        .then(|| words.concat())
}

/// `text` without dot leaders ("Acme Co. . . . . . . 2019"): a run of four or more dots, spaced
/// or not, becomes a space.
fn without_leaders(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '.' {
            let mut j = i;
            let mut dots = 0;
            while let Some(&d) = chars.get(j) {
                if d == '.' || d == '…' {
                    dots += if d == '.' { 1 } else { 3 };
                } else if d != ' ' {
                    break;
                }
                j += 1;
            }
            if dots >= 4 {
                // The first dot may end an abbreviation ("Co."): keep it.
                if chars
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.is_alphanumeric())
                {
                    out.push('.');
                }
                out.push(' ');
                i = j;
                continue;
            }
        }
        out.push(c);
        i += 1;
    }
    out
}

/// Plain text read by the shape of its lines: underlined or `#` lines and short capitalised
/// lines are headings, bulleted lines are list items (indentation is depth), a line's parts are
/// split at tabs, pipes between spaces and runs of three or more spaces.
pub fn from_text(text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        let number = i + 1;
        i += 1;
        let trimmed = line.trim();
        if trimmed.is_empty()
            || trimmed
                .chars()
                .all(|c| matches!(c, '=' | '-' | '_' | '*' | '~' | '#'))
            || box_border(trimmed)
        {
            continue;
        }
        // A title in a box drawn with characters ("+----+" / "| ABOUT |" / "+----+").
        if let Some(title) = trimmed
            .strip_prefix('|')
            .and_then(|t| t.strip_suffix('|'))
            .filter(|_| {
                i >= 2
                    && lines.get(i - 2).is_some_and(|l| box_border(l.trim()))
                    && lines.get(i).is_some_and(|l| box_border(l.trim()))
            })
        {
            blocks.push(Block::new(Kind::Heading(2), clean(title.trim()), number));
            i += 1;
            continue;
        }
        // A setext heading: the next line underlines this one. Not a list item or a `#`
        // heading, over a rule that closes a record ("- Shipped it." / "---").
        if let Some(next) = lines.get(i)
            && strip_bullet(trimmed).is_none()
            && !trimmed.starts_with('#')
        {
            let next = next.trim();
            // A rule much shorter than the line under which it stands closes a record
            // ("WEBSITE:   https://…" / "---------"); an underline spans its title.
            if next.len() >= 3
                && next.len() * 3 >= trimmed.chars().count()
                && (next.chars().all(|c| c == '=') || next.chars().all(|c| c == '-'))
            {
                let level = if next.starts_with('=') { 1 } else { 2 };
                // Its parts as a line's: a fixed-width résumé underlines each entry's
                // "CTO      CoreOS, Inc      2013-Present".
                blocks.push(Block {
                    kind: Kind::Heading(level),
                    parts: split_parts(trimmed),
                    at: number,
                });
                i += 1;
                continue;
            }
        }
        if let Some(rest) = trimmed.strip_prefix('#') {
            let level = 1 + rest.chars().take_while(|c| *c == '#').count();
            let text = rest.trim_start_matches('#').trim();
            blocks.push(Block::new(
                Kind::Heading(u8::try_from(level).unwrap_or(6)),
                clean(text),
                number,
            ));
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        if let Some(rest) = strip_bullet(trimmed) {
            let depth = u8::try_from(indent / 2).unwrap_or(u8::MAX).min(5);
            blocks.push(Block {
                kind: Kind::Item(depth),
                parts: split_parts(rest),
                at: number,
            });
            continue;
        }
        blocks.push(Block {
            kind: Kind::Paragraph,
            parts: split_parts(trimmed),
            at: number,
        });
    }
    blocks
}

/// A box's top or bottom drawn with characters: "+------+".
fn box_border(text: &str) -> bool {
    text.len() >= 3
        && text.starts_with('+')
        && text.ends_with('+')
        && text.chars().all(|c| matches!(c, '+' | '-' | '='))
}

/// A line's parts: split at tabs, ` | ` and runs of three or more spaces.
pub fn split_parts(line: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut spaces = 0;
    for c in line.chars() {
        if c == ' ' {
            spaces += 1;
            current.push(c);
            continue;
        }
        if c == '\t' || (spaces >= 3) {
            parts.push(std::mem::take(&mut current));
        }
        spaces = 0;
        if c != '\t' {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .iter()
        .flat_map(|p| p.split(" | "))
        .map(clean)
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An em dash and a space start an item ("— Build FICO scoring model", a Google Docs
    /// résumé of round 8); an em dash glued to a word does not.
    #[test]
    fn capitals_spaced_out_between_dates_are_closed_up() {
        assert_eq!(
            capitals_closed_up(&["6/2019", "T", "I", "L", "L", "1/2022"]),
            "6/2019 TILL 1/2022"
        );
        // Three initials stay apart.
        assert_eq!(
            capitals_closed_up(&["J", "R", "R", "Tolkien"]),
            "J R R Tolkien"
        );
    }

    #[test]
    fn letters_spaced_out_are_closed_up() {
        assert_eq!(clean("B E R U F S E R F A H R U N G"), "BERUFSERFAHRUNG");
        assert_eq!(clean("P C - K E N N T N I S S E"), "PC-KENNTNISSE");
        assert_eq!(clean("A B C"), "A B C");
        assert_eq!(clean("Plan B for a new CRM"), "Plan B for a new CRM");
    }

    #[test]
    fn an_em_dash_and_a_space_start_an_item() {
        assert_eq!(
            strip_bullet("—    Build the model"),
            Some("Build the model")
        );
        assert_eq!(strip_bullet("—2019"), None);
        let text = "Experience\n\nApril 2020 – December 2020\nEngineer, Acme\n— Speed up CI\n";
        assert!(from_text(text).iter().any(|b| b.kind == Kind::Item(0)));
    }

    #[test]
    fn a_line_splits_where_a_word_starts_in_another_style() {
        let text = "Acme Corp, Platform Engineer";
        // Bold name, its comma in plain, an italic role.
        let starts = [(0, 'b'), (9, 'p'), (11, 'i')];
        assert_eq!(
            style_runs(text, &starts),
            ["Acme Corp,", "Platform Engineer"]
        );
        // A style change inside a word ("Acme" bold, "Corp" plain glued) splits nothing.
        assert_eq!(style_runs("AcmeCorp", &[(0, 'b'), (4, 'p')]), ["AcmeCorp"]);
    }

    #[test]
    fn lines_by_shape() {
        let blocks =
            from_text("Experience\n==========\n\nEngineer, Acme\t2019 - 2021\n  - Built things.\n");
        assert_eq!(blocks.len(), 3);
        assert_eq!(blocks.first().map(|b| b.kind), Some(Kind::Heading(1)));
        assert_eq!(
            blocks.get(1).map(|b| b.parts.clone()),
            Some(vec!["Engineer, Acme".to_owned(), "2019 - 2021".to_owned()])
        );
        assert_eq!(blocks.get(2).map(|b| b.kind), Some(Kind::Item(1)));
    }

    #[test]
    fn page_marks_are_dropped() {
        let blocks = vec![
            Block::new(Kind::Heading(1), "Bob Weisend | Page 2", 0),
            Block::new(Kind::Paragraph, "Page 3 of 4", 1),
            Block::new(
                Kind::Paragraph,
                "Built page 2 of the checkout flow and its tests",
                2,
            ),
            Block::new(Kind::Heading(1), "SYMANTEC, Mountain View, CA 2005-2008", 3),
        ];
        let kept: Vec<String> = without_page_marks(blocks).iter().map(Block::text).collect();
        assert_eq!(
            kept,
            [
                "Built page 2 of the checkout flow and its tests",
                "SYMANTEC, Mountain View, CA 2005-2008"
            ]
        );
    }

    #[test]
    fn dot_leaders_are_dropped() {
        assert_eq!(clean("Mahsan Co.. . . . . . . . . ."), "Mahsan Co.");
        assert_eq!(clean("Engineer ........ 2019"), "Engineer 2019");
        assert_eq!(clean("e.g. a.b. c..."), "e.g. a.b. c...");
    }

    #[test]
    fn clean_text() {
        assert_eq!(
            clean("e\u{fb03}cient\u{200b} 2019\u{ad}2020"),
            "efficient 2019-2020"
        );
    }
}
