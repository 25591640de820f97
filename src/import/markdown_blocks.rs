//! A Markdown page as [`Block`]s, read by pulldown-cmark, the CommonMark parser: headings with
//! their levels, list items with their depth, table rows with a part per cell, each line of a
//! paragraph its own block (résumé pages put one fact per line), code blocks by the shape of
//! their lines, and the HTML people write into such pages (`<span>` halves of a heading,
//! `<li>`, `<br>`, `<p>`) read as the blocks and parts a browser would show.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::blocks::{Block, Kind, STYLED_HEADER_WORDS, from_text, split_parts, style_runs};
use super::dates;

/// The blocks of a Markdown page's body (front matter already split off).
pub fn from_markdown(text: &str) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let lines = LineStarts::new(text);
    let mut reader = Reader::default();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        reader.line = lines.line_of(range.start);
        reader.event(event);
    }
    reader.flush();
    reader.blocks
}

/// Byte offsets where each line starts, to name a block's line.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self(starts)
    }

    /// The line (from 1) holding byte `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.0.partition_point(|start| *start <= offset).max(1)
    }
}

/// Where the reader is inside HTML written into the page.
#[derive(Default, PartialEq)]
enum Html {
    /// In text.
    #[default]
    Text,
    /// Inside a tag, whose text so far is kept.
    Tag(String),
    /// Inside a comment.
    Comment,
}

/// Runs of one style joined where one ends in a word that joins it to the next ("Engineer
/// at" and a link to "Acme"): one name and its connector, not two names.
fn joined_at_connectors(runs: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(runs.len());
    for run in runs {
        let joins = out.last().is_some_and(|last: &String| {
            last.split_whitespace().next_back().is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "at" | "@"
                        | "of"
                        | "for"
                        | "with"
                        | "in"
                        | "the"
                        | "chez"
                        | "bei"
                        | "en"
                        | "na"
                        | "em"
                        | "в"
                        | "and"
                        | "&"
                )
            })
        });
        match out.last_mut() {
            Some(last) if joins => {
                last.push(' ');
                last.push_str(&run);
            }
            _ => out.push(run),
        }
    }
    out
}

/// The style of a run of text in a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Run {
    Plain,
    Emphasised,
    Linked,
}

/// The state of one pass over the events.
#[derive(Default)]
struct Reader {
    blocks: Vec<Block>,
    /// The kind, parts so far and line of the block being read.
    kind: Option<Kind>,
    parts: Vec<String>,
    part: String,
    at: usize,
    /// The line of the event being read.
    line: usize,
    /// Depth of nested lists; the next text opens an item when set.
    lists: u8,
    item_pending: bool,
    /// Inside an image (its alt text is not the page's text) or a code block.
    images: u8,
    code: Option<(String, usize)>,
    /// Inside a `<style>`, `<script>` or `<head>`, whose text is not shown.
    hidden: u8,
    html: Html,
    /// Where the outermost bold or italic span being read starts in `part`: a date set in
    /// one stands apart from the text beside it, as a date in its own column does.
    styled: Option<usize>,
    styles: u8,
    /// Where each run of one style (plain, bold or italic, a link) starts in `part`: a short
    /// heading or item set as "**Engineer** [Acme](…)" names two things.
    runs: Vec<(usize, Run)>,
    /// A line break inside a list item, not yet known to wrap the item or to start a line
    /// of its own.
    item_break: bool,
}

impl Reader {
    fn event(&mut self, event: Event<'_>) {
        if let Some((code, _)) = &mut self.code {
            match event {
                Event::Text(text) => code.push_str(&text),
                Event::End(TagEnd::CodeBlock) => self.code_block(),
                _ => {}
            }
            return;
        }
        if self.item_break && !matches!(event, Event::Text(_)) {
            self.item_break = false;
            self.flush();
        }
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.text(&text),
            // A date in a code span stands apart as one in bold does ("`2010 – 2012`Tester").
            Event::Code(text) => {
                self.style_starts();
                self.text(&text);
                self.style_ends();
            }
            Event::InlineMath(text) | Event::DisplayMath(text) => self.text(&text),
            Event::Html(html) | Event::InlineHtml(html) => self.html(&html),
            // An item's line that goes on in lower case wraps it ("Developed a driver for" /
            // "linux-based devices"); any other line stands alone.
            Event::SoftBreak if matches!(self.kind, Some(Kind::Item(_))) => self.item_break = true,
            Event::SoftBreak | Event::HardBreak => self.flush(),
            Event::Rule => self.flush(),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => self.open(Kind::Heading(heading_level(level))),
            Tag::Paragraph | Tag::DefinitionListTitle | Tag::DefinitionListDefinition => {
                self.flush();
            }
            Tag::List(_) => {
                self.flush();
                self.lists = self.lists.saturating_add(1);
            }
            Tag::Item => {
                self.flush();
                self.item_pending = true;
            }
            Tag::TableHead | Tag::TableRow => self.open(Kind::Paragraph),
            Tag::TableCell => self.next_part(),
            Tag::Image { .. } => self.images = self.images.saturating_add(1),
            Tag::Emphasis | Tag::Strong => {
                if self.styles == 0 {
                    self.runs.push((self.part.len(), Run::Emphasised));
                }
                self.style_starts();
            }
            Tag::Link { .. } => self.runs.push((self.part.len(), Run::Linked)),
            Tag::CodeBlock(kind) => {
                self.flush();
                let fenced = matches!(kind, CodeBlockKind::Fenced(_));
                // A fenced block's text starts on the line after its fence.
                self.code = Some((String::new(), self.line + usize::from(fenced)));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_)
            | TagEnd::Paragraph
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
            | TagEnd::Item => self.flush(),
            TagEnd::TableCell => self.next_part(),
            TagEnd::List(_) => {
                self.flush();
                self.lists = self.lists.saturating_sub(1);
            }
            TagEnd::Image => self.images = self.images.saturating_sub(1),
            TagEnd::Emphasis | TagEnd::Strong => {
                self.style_ends();
                if self.styles == 0 {
                    self.runs.push((self.part.len(), Run::Plain));
                }
            }
            TagEnd::Link => self.runs.push((self.part.len(), Run::Plain)),
            _ => {}
        }
    }

    /// Starts a block of `kind`, ending the one before.
    fn open(&mut self, kind: Kind) {
        self.flush();
        self.kind = Some(kind);
        self.at = self.line;
    }

    fn text(&mut self, text: &str) {
        if self.images > 0 || self.hidden > 0 {
            return;
        }
        if std::mem::take(&mut self.item_break) {
            // … or after a comma or a word that cannot end a line ("system for" / "Nokia
            // devices").
            let open_end = self.part.trim_end().ends_with(',')
                || self.part.rsplit(' ').next().is_some_and(|w| {
                    [
                        "and", "or", "of", "to", "with", "the", "a", "an", "in", "for", "on", "by",
                        "from",
                    ]
                    .contains(&w)
                });
            if open_end || text.starts_with(|c: char| c.is_lowercase()) {
                self.part.push(' ');
            } else {
                self.flush();
            }
        }
        if self.kind.is_none() {
            let kind = if std::mem::take(&mut self.item_pending) {
                Kind::Item(self.lists.saturating_sub(1).min(5))
            } else {
                Kind::Paragraph
            };
            self.kind = Some(kind);
            self.at = self.line;
        }
        self.part.push_str(text);
    }

    fn style_starts(&mut self) {
        if self.styles == 0 {
            self.styled = Some(self.part.len());
        }
        self.styles = self.styles.saturating_add(1);
    }

    /// A bold or italic date becomes a part of its own.
    fn style_ends(&mut self) {
        self.styles = self.styles.saturating_sub(1);
        if self.styles > 0 {
            return;
        }
        let Some(start) = self.styled.take() else {
            return;
        };
        let span = self.part.get(start..).unwrap_or_default().trim().to_owned();
        if dates::only_date(&span) {
            let before = self.part.get(..start).unwrap_or_default().to_owned();
            self.part = before;
            self.next_part();
            self.part = span;
            self.next_part();
        }
    }

    /// Ends the part being read: a table cell, or one half of a heading in `<span>`s.
    fn next_part(&mut self) {
        let part = std::mem::take(&mut self.part);
        let runs = std::mem::take(&mut self.runs);
        self.styled = None;
        // "### **高级 JAVA 开发工程师** [Zenlayer](…)": a heading or an item whose words stand
        // in runs of their own style, side by side, names as many things.
        let styled = matches!(self.kind, Some(Kind::Heading(_) | Kind::Item(_)))
            && part.split_whitespace().count() <= STYLED_HEADER_WORDS
            && runs.iter().any(|(_, run)| *run != Run::Plain);
        let pieces = if styled {
            let mut starts = vec![(0, Run::Plain)];
            starts.extend(runs);
            joined_at_connectors(style_runs(&part, &starts))
        } else {
            vec![part]
        };
        for piece in pieces {
            // What set a date apart ("**2019 – 2021**: Engineer") leaves its colon behind.
            let piece = piece.trim().trim_start_matches([':', ',', ';']).trim();
            if !piece.is_empty() {
                self.parts.push(piece.to_owned());
            }
        }
    }

    /// Ends the block being read, if it has any text.
    fn flush(&mut self) {
        self.next_part();
        let raw = std::mem::take(&mut self.parts);
        // A site generator's shortcode (Hugo's `{{< item header="Acme" badge="2019 – 2021" >}}`)
        // says what it shows in its attributes.
        let parts: Vec<String> = match raw.as_slice() {
            [only] if only.starts_with("{{") && only.ends_with("}}") => shortcode_values(only),
            _ => raw
                .iter()
                .flat_map(|p| split_parts(p))
                .filter(|p| !p.is_empty())
                .collect(),
        };
        if let Some(kind) = self.kind.take()
            && !parts.is_empty()
        {
            self.blocks.push(Block {
                kind,
                parts,
                at: self.at,
            });
        }
    }

    /// A code block: a fixed-width résumé, read by the shape of its lines.
    fn code_block(&mut self) {
        if let Some((code, first_line)) = self.code.take() {
            for mut block in from_text(&code) {
                block.at += first_line.saturating_sub(1);
                self.blocks.push(block);
            }
        }
    }

    /// HTML written into the page: text between tags is text; tags that start a line, an item
    /// or a heading in a browser start a block here, and the end of an inline element (a
    /// `<span>`, a cell) ends a part.
    fn html(&mut self, html: &str) {
        let mut rest = html;
        while !rest.is_empty() {
            match std::mem::take(&mut self.html) {
                Html::Comment => {
                    if let Some(end) = rest.find("-->") {
                        rest = rest.get(end + 3..).unwrap_or_default();
                    } else {
                        self.html = Html::Comment;
                        rest = "";
                    }
                }
                Html::Tag(mut tag) => {
                    if let Some(end) = rest.find('>') {
                        tag.push_str(rest.get(..end).unwrap_or_default());
                        rest = rest.get(end + 1..).unwrap_or_default();
                        self.tag(&tag);
                    } else {
                        tag.push_str(rest);
                        self.html = Html::Tag(tag);
                        rest = "";
                    }
                }
                Html::Text => {
                    let (text, after) = match rest.find('<') {
                        Some(open) => (
                            rest.get(..open).unwrap_or_default(),
                            rest.get(open..).unwrap_or_default(),
                        ),
                        None => (rest, ""),
                    };
                    let text = entities(text);
                    if !text.trim().is_empty() {
                        self.text(&text);
                    } else if !text.is_empty() && self.kind.is_some() {
                        self.part.push(' ');
                    }
                    rest = after;
                    if let Some(comment) = rest.strip_prefix("<!--") {
                        self.html = Html::Comment;
                        rest = comment;
                    } else if let Some(tag) = rest.strip_prefix('<') {
                        self.html = Html::Tag(String::new());
                        rest = tag;
                    }
                }
            }
        }
    }

    /// What a tag (its text between `<` and `>`) does to the blocks.
    fn tag(&mut self, tag: &str) {
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        match name.as_str() {
            "style" | "script" | "head" | "title" => {
                self.hidden = if closing {
                    self.hidden.saturating_sub(1)
                } else {
                    self.hidden.saturating_add(1)
                };
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if closing {
                    self.flush();
                } else {
                    let level = name.get(1..).and_then(|l| l.parse().ok()).unwrap_or(6);
                    self.open(Kind::Heading(level));
                }
            }
            "ul" | "ol" => {
                self.flush();
                self.lists = if closing {
                    self.lists.saturating_sub(1)
                } else {
                    self.lists.saturating_add(1)
                };
            }
            "li" => {
                self.flush();
                self.item_pending = !closing;
            }
            "br" | "p" | "div" | "tr" | "hr" | "table" | "section" | "header" | "dt" | "dd" => {
                self.flush();
            }
            "span" | "td" | "th" if closing => self.next_part(),
            "b" | "strong" | "i" | "em" => {
                if closing {
                    self.style_ends();
                } else {
                    self.style_starts();
                }
            }
            _ => {}
        }
    }
}

/// The values a shortcode shows (its quoted attributes, in order), not those that style it
/// (icon, class, colour…); none for a closing or bare shortcode.
fn shortcode_values(code: &str) -> Vec<String> {
    const STYLING: &[&str] = &[
        "icon", "class", "id", "style", "color", "colour", "width", "height", "src", "image",
        "img", "href", "link", "url", "type", "size", "align", "target", "rel",
    ];
    let mut values = Vec::new();
    let mut rest = code;
    while let Some(eq) = rest.find("=\"") {
        let key = rest
            .get(..eq)
            .unwrap_or_default()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let after = rest.get(eq + 2..).unwrap_or_default();
        let Some(close) = after.find('"') else {
            break;
        };
        let value = after.get(..close).unwrap_or_default().trim();
        if !value.is_empty() && !STYLING.contains(&key.as_str()) {
            values.extend(split_parts(value).into_iter().filter(|v| !v.is_empty()));
        }
        rest = after.get(close + 1..).unwrap_or_default();
    }
    values
}

/// The level of a heading, 1 the largest.
fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// HTML text with the entities people write by hand spelled out.
fn entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&nbsp;", " ")
        .replace("&ndash;", "–")
        .replace("&mdash;", "—")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<(Kind, Vec<String>)> {
        from_markdown(text)
            .into_iter()
            .map(|b| (b.kind, b.parts))
            .collect()
    }

    fn parts(list: &[&str]) -> Vec<String> {
        list.iter().map(|p| (*p).to_owned()).collect()
    }

    /// Round 18: a heading whose role is in bold and whose employer is a link names both,
    /// as a Word or PDF line in two styles does; a connector keeps its run with the next.
    #[test]
    fn runs_of_one_style_side_by_side_are_parts() {
        let page = "### **高级 JAVA 开发工程师** [Zenlayer](https://zenlayer.example)\n\n\
            - **Senior Engineer** *Acme Corp*\n\n### Engineer at [Acme](https://acme.example)\n";
        assert_eq!(
            shown(page),
            vec![
                (
                    Kind::Heading(3),
                    parts(&["高级 JAVA 开发工程师", "Zenlayer"])
                ),
                (Kind::Item(0), parts(&["Senior Engineer", "Acme Corp"])),
                (Kind::Heading(3), parts(&["Engineer at Acme"])),
            ]
        );
    }

    #[test]
    fn headings_items_and_lines() {
        let page = "## Work\n\n### Engineer at **Acme** (2019 - 2021)\nBuilt a queue.\nRan it.\n\n- Cut cost by 30%.\n  - nested\n";
        assert_eq!(
            shown(page),
            vec![
                (Kind::Heading(2), parts(&["Work"])),
                (Kind::Heading(3), parts(&["Engineer at Acme (2019 - 2021)"])),
                (Kind::Paragraph, parts(&["Built a queue."])),
                (Kind::Paragraph, parts(&["Ran it."])),
                (Kind::Item(0), parts(&["Cut cost by 30%."])),
                (Kind::Item(1), parts(&["nested"])),
            ]
        );
    }

    #[test]
    fn an_item_wrapped_in_lower_case_is_one_item() {
        let page = "* Developed a driver\n  for linux-based devices\n* Built it for\n  Nokia phones\n* **Engineer**\n  Acme, 2019\n";
        assert_eq!(
            shown(page),
            vec![
                (
                    Kind::Item(0),
                    parts(&["Developed a driver for linux-based devices"])
                ),
                (Kind::Item(0), parts(&["Built it for Nokia phones"])),
                (Kind::Item(0), parts(&["Engineer"])),
                (Kind::Paragraph, parts(&["Acme, 2019"])),
            ]
        );
    }

    #[test]
    fn a_bold_or_italic_date_is_a_part_of_its_own() {
        assert_eq!(
            shown("* <b>April-June 2019</b>: Research intern at Widget Labs, Springfield\n"),
            vec![(
                Kind::Item(0),
                parts(&[
                    "April-June 2019",
                    "Research intern at Widget Labs, Springfield"
                ])
            )]
        );
        assert_eq!(
            shown("#### `2010 – 2012`**Tester**, Acme\n"),
            vec![(Kind::Heading(4), parts(&["2010 – 2012", "Tester, Acme"]))]
        );
        assert_eq!(
            shown("**Engineer**, Acme *2019 - 2021*\n"),
            vec![(Kind::Paragraph, parts(&["Engineer, Acme", "2019 - 2021"]))]
        );
    }

    #[test]
    fn a_shortcode_shows_its_attributes() {
        let page = "{{< timeline >}}\n\n{{< timelineItem icon=\"code\" header=\"Widgetco\" badge=\"Berlin | Nov 2018 – Dec 2020\" subheader=\"Technical Artist\" >}}\nBuilt shaders.\n{{< /timelineItem >}}\n";
        assert_eq!(
            shown(page),
            vec![
                (
                    Kind::Paragraph,
                    parts(&[
                        "Widgetco",
                        "Berlin",
                        "Nov 2018 – Dec 2020",
                        "Technical Artist"
                    ])
                ),
                (Kind::Paragraph, parts(&["Built shaders."])),
            ]
        );
    }

    #[test]
    fn span_halves_of_a_heading_are_parts() {
        let page = "### <span>Widget Works Ltd</span> <span>Nov 2020 -- Present</span>\n";
        assert_eq!(
            shown(page),
            vec![(
                Kind::Heading(3),
                parts(&["Widget Works Ltd", "Nov 2020 -- Present"])
            )]
        );
    }

    #[test]
    fn html_lists_comments_and_breaks() {
        let page = "<!-- a note\nover lines -->\n<ul> <li> <b> Engineer: </b> </li>\n<p style=\"x\"> <i> Acme, <br> Springfield (2019-2021) </i> </p>\n</ul>\n";
        assert_eq!(
            shown(page),
            vec![
                (Kind::Item(0), parts(&["Engineer:"])),
                (Kind::Paragraph, parts(&["Acme,"])),
                (Kind::Paragraph, parts(&["Springfield (2019-2021)"])),
            ]
        );
    }

    #[test]
    fn tables_are_rows_of_cells_and_code_blocks_lines() {
        let page = "| Org | Role | Years |\n|---|---|---|\n| Acme | Engineer | 2019 - 2021 |\n\n```\nEngineer, Acme      2019 - 2021\n```\n";
        let blocks = from_markdown(page);
        assert_eq!(
            blocks.iter().map(|b| b.parts.clone()).collect::<Vec<_>>(),
            vec![
                parts(&["Org", "Role", "Years"]),
                parts(&["Acme", "Engineer", "2019 - 2021"]),
                parts(&["Engineer, Acme", "2019 - 2021"]),
            ]
        );
        assert_eq!(blocks.last().map(|b| b.at), Some(6));
    }
}
