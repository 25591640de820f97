//! A PDF résumé → [`Block`]s. pdf-extract decodes the fonts and hands over every glyph with
//! its position and size; folio rebuilds lines, parts and columns itself, because the order
//! glyphs are drawn in is not the order people read them (two-column layouts, right-aligned
//! dates, sidebars). Running headers and footers, which repeat on every page, are dropped.

use super::blocks::{Block, Kind, STYLED_HEADER_WORDS, clean, strip_bullet, style_runs};
use super::pdf_columns::{Line, Part, columns};
use super::pdf_fonts::{self, Style};

/// Why a PDF gave no text, in words that say what to do.
#[derive(Debug)]
pub enum PdfError {
    /// Not a PDF folio can read.
    Broken(String),
    /// Encrypted with a password.
    Encrypted,
    /// Pages drawn as pictures: no text to read.
    NoText,
}

/// A glyph where it was drawn: x and y in points from the top left, its size and advance.
#[derive(Clone, Debug)]
struct Glyph {
    x: f64,
    y: f64,
    size: f64,
    advance: f64,
    text: String,
    /// Whether its advance came from the font (not estimated).
    measured: bool,
    /// Its font's style, where the font's widths told it.
    style: Option<Style>,
}

/// A string whose glyphs were all reported at its start.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    /// x reported for every glyph of it.
    start: f64,
    y: f64,
    /// Its first glyph's index on the page.
    first: usize,
    /// Its glyphs so far.
    count: usize,
    /// Where its next glyph goes, by the estimate.
    next: f64,
    /// x reported for its last glyph.
    last: f64,
}

/// Collects glyphs page by page.
#[derive(Default)]
struct Collector {
    pages: Vec<Vec<Glyph>>,
    height: f64,
    /// Stops collecting past this many glyphs: a résumé has tens of thousands at most.
    limit: usize,
    count: usize,
    /// The string of glyphs reported at one place being drawn.
    chunk: Option<Chunk>,
}

impl Collector {
    /// The glyphs of `chunk` spread from its start to `end`, where the next glyph of its line
    /// begins: glyphs with a width keep it, the others share what is left.
    fn spread(&mut self, chunk: Chunk, end: f64, size: f64) {
        let total = end - chunk.start;
        if total <= 0.0 || total > chunk.count as f64 * 1.5 * size {
            return;
        }
        let Some(page) = self.pages.last_mut() else {
            return;
        };
        let glyphs = page.iter_mut().skip(chunk.first).take(chunk.count);
        let (measured, unknown) = glyphs.fold((0.0, 0usize), |(sum, n), g| {
            if g.measured {
                (sum + g.advance, n)
            } else {
                (sum, n + 1)
            }
        });
        let share = if unknown > 0 && total > measured {
            (total - measured) / unknown as f64
        } else {
            total / chunk.count as f64
        };
        let mut x = chunk.start;
        for glyph in page.iter_mut().skip(chunk.first).take(chunk.count) {
            if !(glyph.measured && unknown > 0 && total > measured) {
                glyph.advance = share;
            }
            glyph.x = x;
            x += glyph.advance;
        }
    }
}

impl pdf_extract::OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page: u32,
        media: &pdf_extract::MediaBox,
        _art: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), pdf_extract::OutputError> {
        self.height = media.ury - media.lly;
        self.pages.push(Vec::new());
        Ok(())
    }
    fn end_page(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn output_character(
        &mut self,
        trm: &pdf_extract::Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), pdf_extract::OutputError> {
        self.count += 1;
        if self.count > self.limit {
            return Ok(());
        }
        // The font size in text space, scaled by the text matrix to points on the page.
        let size = font_size * (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        if !size.is_finite() || size < 0.5 {
            return Ok(());
        }
        let (reported, y) = (trm.m31, self.height - trm.m32);
        let same_line = |other: f64| (y - other).abs() < 0.1 * size;
        // Some fonts' strings are reported glyph by glyph at the string's start, every glyph
        // but the last without a width: such a string (a chunk) is placed where the next
        // glyph of its line shows it ended ("DAYLIGHT", not "DA YLIGHT"; "Frontend", not
        // "Frotennd").
        if let Some(chunk) = self.chunk
            && (!same_line(chunk.y) || (reported - chunk.last).abs() >= 0.15 * size)
        {
            if same_line(chunk.y) && chunk.count > 1 {
                self.spread(chunk, reported, size);
            }
            self.chunk = None;
        }
        let index = self.pages.last().map_or(0, Vec::len);
        let advance = if width > 0.0 {
            width * size
        } else {
            // Until the chunk's end is known: an average glyph's width.
            (if text.trim().is_empty() { 0.25 } else { 0.5 }) * size
        };
        let x = match self.chunk.as_mut() {
            // Moved by what the string moves it (kerning: a few hundredths of a point).
            Some(chunk) => {
                chunk.count += 1;
                chunk.next + (reported - chunk.last)
            }
            None => reported,
        };
        match self.chunk.as_mut() {
            Some(chunk) => {
                chunk.next = x + advance;
                chunk.last = reported;
            }
            // Only a glyph without a width opens a chunk: a font with widths reports each
            // glyph where it is.
            None if width <= 0.0 => {
                self.chunk = Some(Chunk {
                    start: reported,
                    y,
                    first: index,
                    count: 1,
                    next: x + advance,
                    last: reported,
                });
            }
            None => {}
        }
        if let Some(page) = self.pages.last_mut() {
            page.push(Glyph {
                x,
                y,
                size,
                advance,
                text: text.to_owned(),
                measured: width > 0.0,
                style: Style::of_width(width),
            });
        }
        Ok(())
    }
    fn begin_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_word(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
    fn end_line(&mut self) -> Result<(), pdf_extract::OutputError> {
        Ok(())
    }
}

/// The blocks of the PDF in `bytes`.
pub fn blocks(bytes: &[u8]) -> Result<Vec<Block>, PdfError> {
    let mut doc = pdf_extract::Document::load_mem(bytes)
        .map_err(|error| PdfError::Broken(error.to_string()))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(PdfError::Encrypted);
    }
    pdf_fonts::type3_widths_in_thousandths(&mut doc);
    pdf_fonts::cid_width_ranges_listed(&mut doc);
    pdf_fonts::type1_builtin_encodings(&mut doc);
    pdf_fonts::named_encodings_over_compact_programs(&mut doc);
    pdf_fonts::icons_as_private_use(&mut doc);
    pdf_fonts::unencoded_fonts_encoded(&mut doc);
    pdf_fonts::broken_unicode_maps_dropped(&mut doc);
    pdf_fonts::unicode_glyph_names_mapped(&mut doc);
    // Last: the other repairs rewrite widths.
    pdf_fonts::styles_in_widths(&mut doc);
    let mut collector = Collector {
        limit: 400_000,
        ..Collector::default()
    };
    // pdf-extract panics on some malformed fonts and streams: a page it cannot read is
    // skipped (its neighbours still count), and a PDF with none readable is a broken input,
    // reported as such, not a crash. Its panic message is not folio's to print.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let mut failed = None;
    for number in numbers {
        let before = collector.pages.len();
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            pdf_extract::output_doc_page(&doc, &mut collector, number)
        }));
        if !matches!(result, Ok(Ok(()))) {
            collector.pages.truncate(before);
            failed = Some(match result {
                Ok(Err(error)) => format!("{error:?}"),
                _ => "its fonts or page contents".to_owned(),
            });
        }
    }
    std::panic::set_hook(hook);
    if collector.pages.is_empty()
        && let Some(why) = failed
    {
        return Err(PdfError::Broken(why));
    }
    let pages: Vec<Vec<Line>> = collector.pages.into_iter().map(lines).collect();
    let visible: usize = pages
        .iter()
        .flatten()
        .map(|l| l.text().chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if visible < 40 {
        return Err(PdfError::NoText);
    }
    let repeated = running_lines(&pages);
    // Columns flow from page to page: a two-column résumé's left column goes on in the next
    // page's left column, and a page of one column goes on from the wider (main) column,
    // not from the sidebar read last on the page before. Each flow is read whole, the
    // left one first; what comes before the first two-column page opens the document.
    let mut opening = Vec::new();
    let mut flows: Option<[Vec<Block>; 2]> = None;
    let mut main = 0;
    for (number, page) in pages.iter().enumerate() {
        let body = body_size(page);
        let kept: Vec<Line> = page
            .iter()
            .filter(|l| !repeated.contains(&key(l)))
            .cloned()
            .collect();
        let at = number + 1;
        match columns(kept).as_slice() {
            [header, left, right, below] => {
                // The lines across the page above its columns: the document's opening on
                // the first such page, the main column's going on after it.
                let flows = match flows.as_mut() {
                    Some(flows) => {
                        if let Some(flow) = flows.get_mut(main) {
                            to_blocks(header, body, at, flow);
                        }
                        flows
                    }
                    None => {
                        // The main column holds more of the text: one line run across the
                        // gutter ("github.com/… RoadTrackerModule…") can make a sidebar
                        // look the wider.
                        main = usize::from(letters(right) > letters(left));
                        to_blocks(header, body, at, &mut opening);
                        flows.insert([Vec::new(), Vec::new()])
                    }
                };
                let [first, second] = flows;
                to_blocks(left, body, at, first);
                to_blocks(right, body, at, second);
                // Lines across the page below the columns go on from the main one.
                let below_flow = if main == 0 { first } else { second };
                to_blocks(below, body, at, below_flow);
            }
            single => {
                let out = match flows.as_mut().and_then(|f| f.get_mut(main)) {
                    Some(flow) => flow,
                    None => &mut opening,
                };
                for column in single {
                    to_blocks(column, body, at, out);
                }
            }
        }
    }
    let mut out = opening;
    if let Some([first, second]) = flows {
        out.extend(first);
        out.extend(second);
    }
    Ok(out)
}

/// How many letters and digits `lines` hold.
fn letters(lines: &[Line]) -> usize {
    lines
        .iter()
        .map(|l| l.text().chars().filter(|c| c.is_alphanumeric()).count())
        .sum()
}

/// A line's identity across pages: its text without digits (page numbers, dates of printing)
/// and its height on the page, rounded.
fn key(line: &Line) -> (String, i64) {
    let text: String = line
        .text()
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    (text, (line.y / 4.0).round() as i64)
}

/// Lines that appear at the same height on most pages: running headers and footers.
fn running_lines(pages: &[Vec<Line>]) -> std::collections::HashSet<(String, i64)> {
    let mut counts: std::collections::HashMap<(String, i64), usize> = Default::default();
    for page in pages {
        let mut seen = std::collections::HashSet::new();
        for line in page {
            let k = key(line);
            if seen.insert(k.clone()) {
                *counts.entry(k).or_default() += 1;
            }
        }
    }
    if pages.len() < 2 {
        return Default::default();
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2 && *n * 2 >= pages.len())
        .map(|(k, _)| k)
        .collect()
}

/// The most common glyph size on a page, by characters: the body text's size.
fn body_size(page: &[Line]) -> f64 {
    let mut sizes: Vec<(i64, usize)> = Vec::new();
    for line in page {
        let k = (line.size * 4.0).round() as i64;
        let n = line.text().len();
        match sizes.iter_mut().find(|(s, _)| *s == k) {
            Some(entry) => entry.1 += n,
            None => sizes.push((k, n)),
        }
    }
    sizes
        .iter()
        .max_by_key(|(_, n)| *n)
        .map_or(10.0, |(s, _)| *s as f64 / 4.0)
}

/// A part of a line as it is built: x extent, text, and where its words start (x, byte,
/// style).
/// A part as read: its left and right x, its text, and where each word starts (x, byte
/// offset, style, the gap before it).
type RawPart = (f64, f64, String, Vec<Word>);
type Word = (f64, usize, Option<Style>, f64);

/// Glyphs into lines (by baseline) and each line into parts (at wide gaps, and at the body
/// text's left margin when a side heading stands in the margin on the same line).
fn lines(mut glyphs: Vec<Glyph>) -> Vec<Line> {
    glyphs.retain(|g| !g.text.trim().is_empty() || g.text == " ");
    let starts = LineStarts::of(&glyphs);
    let cuts: Vec<f64> = body_margin(&starts)
        .into_iter()
        .chain(column_edges(&glyphs, &starts))
        .collect();
    glyphs.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut rows: Vec<Vec<Glyph>> = Vec::new();
    for glyph in glyphs {
        match rows.last_mut() {
            Some(row)
                if row.last().is_some_and(|last| {
                    (glyph.y - last.y).abs() <= 0.4 * last.size.min(glyph.size).max(1.0)
                }) =>
            {
                row.push(glyph);
            }
            _ => rows.push(vec![glyph]),
        }
    }
    rows.into_iter()
        .filter_map(|mut row| {
            row.sort_by(|a, b| a.x.total_cmp(&b.x));
            // Bold faked by drawing each glyph twice, a hair apart: keep one.
            row.dedup_by(|b, a| {
                a.text == b.text
                    && (b.x - a.x).abs() < 0.25 * a.advance.max(0.4)
                    && (b.y - a.y).abs() < 0.1 * a.size
            });
            let row = super::pdf_accents::onto_their_letters(
                row,
                |g| (g.x, g.x + g.advance),
                |g| &mut g.text,
            );
            let size = row
                .iter()
                .filter(|g| !g.text.trim().is_empty())
                .map(|g| g.size)
                .fold(0.0, f64::max);
            let y = row.first().map_or(0.0, |g| g.y);
            // Each part with where its words start (x, byte offset), to split it later at a
            // side heading's edge.
            let mut parts: Vec<RawPart> = Vec::new();
            let mut end = f64::MIN;
            for glyph in row {
                let blank = glyph.text.trim().is_empty();
                let gap = glyph.x - end;
                match parts.last_mut() {
                    // A space drawn under the letter before it (reported after its word's
                    // first letter: "W arehouse") separates nothing.
                    Some(_) if blank && gap < -0.5 * glyph.advance.max(0.1 * glyph.size) => {}
                    Some(part) if gap < 1.5 * glyph.size.max(size * 0.8) || blank => {
                        if !blank {
                            if gap > 0.15 * glyph.size && !part.2.ends_with(' ') {
                                part.2.push(' ');
                            }
                            if part.2.ends_with(' ') {
                                part.3
                                    .push((glyph.x, part.2.len(), glyph.style, glyph.x - part.1));
                            }
                            part.2.push_str(&glyph.text);
                            part.1 = glyph.x + glyph.advance;
                        } else if !part.2.ends_with(' ') {
                            part.2.push(' ');
                        }
                    }
                    _ if blank => continue,
                    _ => parts.push((
                        glyph.x,
                        glyph.x + glyph.advance,
                        glyph.text.clone(),
                        vec![(glyph.x, 0, glyph.style, f64::MAX)],
                    )),
                }
                end = end.max(glyph.x + glyph.advance);
            }
            let parts: Vec<Part> = parts
                .into_iter()
                .flat_map(|(a, b, t, words)| {
                    split_at_cuts(a, b, &t, &words, &cuts, size)
                        .into_iter()
                        .map(move |(a, b, from, to)| {
                            let text = t.get(from..to).unwrap_or_default();
                            let starts: Vec<(usize, Style)> = words
                                .iter()
                                .filter(|(_, at, _, _)| (from..to).contains(at))
                                .filter_map(|&(_, at, style, _)| Some((at - from, style?)))
                                .collect();
                            (a, b, clean(text), style_runs(text, &starts))
                        })
                        .collect::<Vec<_>>()
                })
                .filter(|p| !p.2.is_empty())
                .collect();
            (!parts.is_empty()).then_some(Line { y, size, parts })
        })
        .collect()
}

/// The x where most lines of the page start (the body text's left margin), when the page has
/// lines starting left of it: a layout with section headings in the left margin ("EXPERIENCE
/// Software Engineer … 2018"), where the heading is drawn on the first line of its section.
fn body_margin(starts: &LineStarts) -> Option<f64> {
    if starts.firsts.len() < 10 {
        return None;
    }
    let (&mode, &count) = starts.counts.iter().max_by_key(|(_, n)| **n)?;
    let mode = mode as f64;
    let left_of = starts.firsts.iter().filter(|x| **x < mode - 24.0).count();
    // Most lines start at the margin, a few (the headings) well left of it.
    (count * 2 >= starts.firsts.len() && left_of >= 2 && left_of * 4 <= starts.firsts.len())
        .then_some(mode)
}

/// Where a page's baselines start: the x of each one's first glyph, and how many start at
/// each whole x.
struct LineStarts {
    firsts: Vec<f64>,
    counts: std::collections::BTreeMap<i64, usize>,
}

impl LineStarts {
    fn of(glyphs: &[Glyph]) -> Self {
        let mut by_line: std::collections::BTreeMap<i64, f64> = std::collections::BTreeMap::new();
        for glyph in glyphs.iter().filter(|g| !g.text.trim().is_empty()) {
            let y = (glyph.y * 2.0).round() as i64;
            let x = by_line.entry(y).or_insert(glyph.x);
            *x = x.min(glyph.x);
        }
        let firsts: Vec<f64> = by_line.into_values().collect();
        let mut counts = std::collections::BTreeMap::new();
        for x in &firsts {
            *counts.entry(x.round() as i64).or_default() += 1;
        }
        Self { firsts, counts }
    }
}

/// A part split where a word starts at a cut (the body margin, a column's left edge), when
/// the part starts well left of it: a side heading in the margin, or a sidebar's text set
/// within a word space of the main column's.
fn split_at_cuts(
    x0: f64,
    x1: f64,
    text: &str,
    words: &[Word],
    cuts: &[f64],
    size: f64,
) -> Vec<(f64, f64, usize, usize)> {
    // Only where more than a word's space stands before the word: a column's edge that
    // falls where a line of another column has its next word ("Software Engineer, Acme"
    // over bullets whose text starts under "Engineer") cuts no words apart.
    let at_cut = |x: f64, gap: f64| {
        gap > 0.4 * size && cuts.iter().any(|c| *c > x0 + 24.0 && (x - c).abs() <= 3.0)
    };
    let mut out = Vec::new();
    let (mut from_x, mut from_byte) = (x0, 0);
    for &(x, at, _, _) in words
        .iter()
        .skip(1)
        .filter(|(x, _, _, gap)| at_cut(*x, *gap))
    {
        if text.is_char_boundary(at) && at >= from_byte {
            out.push((from_x, x - 1.0, from_byte, at));
            (from_x, from_byte) = (x, at);
        }
    }
    out.push((from_x, x1, from_byte, text.len()));
    out
}

/// Where a column of text starts right of the page's left side: an x at which many baselines
/// begin (a sidebar's lines that share no baseline with the main column start there), well
/// right of the page's left edge.
fn column_edges(glyphs: &[Glyph], starts: &LineStarts) -> Vec<f64> {
    let left = glyphs.iter().map(|g| g.x).fold(f64::MAX, f64::min);
    let right = glyphs
        .iter()
        .map(|g| g.x + g.advance)
        .fold(f64::MIN, f64::max);
    if starts.firsts.len() < 10 || right <= left {
        return Vec::new();
    }
    let enough = 5.max(starts.firsts.len() / 8);
    starts
        .counts
        .iter()
        .filter(|(x, n)| **n >= enough && (**x as f64) > left + 0.3 * (right - left))
        .map(|(x, _)| *x as f64)
        .collect()
}

/// One column's lines as blocks: larger or capitalised short lines are headings, bulleted
/// lines items, and a line hanging under an item's text continues that item.
fn to_blocks(lines: &[Line], body: f64, page: usize, out: &mut Vec<Block>) {
    let lines = side_headings_apart(lines);
    let mut item_x: Option<f64> = None;
    let mut last_y = f64::MIN;
    let mut previous: Option<&Line> = None;
    let right = lines.iter().map(|l| l.1.x1()).fold(f64::MIN, f64::max);
    // The last block split into runs of one style, and its text as whole parts.
    let mut styled: Option<(usize, Vec<String>)> = None;
    for (side_heading, line) in &lines {
        let out_len = out.len();
        if let Some(heading) = side_heading {
            out.push(Block::new(Kind::Heading(3), heading.clone(), page));
            item_x = None;
            previous = None;
        }
        if line.parts.is_empty() {
            continue;
        }
        let text = line.text();
        let first = line.parts.first().map(|p| p.2.as_str()).unwrap_or_default();
        let gap = line.y - last_y;
        last_y = line.y;
        // Word's second-level bullet is the letter "o" (Courier New), indented under the
        // line it belongs to: "o Backend developer (Python)" is an item of its own.
        let parent_x = item_x.or_else(|| previous.map(Line::x0));
        let indented = parent_x.is_some_and(|x| line.x0() > x + 0.3 * body);
        if indented
            && let Some(rest) = first
                .strip_prefix('o')
                .filter(|r| r.starts_with(char::is_whitespace))
                .map(str::trim_start)
                .filter(|r| r.starts_with(char::is_alphabetic))
        {
            let mut parts: Vec<String> = line.parts.iter().map(|p| p.2.clone()).collect();
            if let Some(p) = parts.first_mut() {
                *p = rest.to_owned();
            }
            item_x = parent_x;
            previous = None;
            out.push(Block {
                kind: Kind::Item(1),
                parts,
                at: page,
            });
            continue;
        }
        if let Some(rest) = strip_bullet(first) {
            let mut parts: Vec<String> = line.parts.iter().map(|p| p.2.clone()).collect();
            if let Some(p) = parts.first_mut() {
                *p = rest.to_owned();
            }
            parts.retain(|p| !p.is_empty());
            if parts.is_empty() {
                continue;
            }
            item_x = Some(line.x0());
            previous = None;
            out.push(Block {
                kind: Kind::Item(0),
                parts,
                at: page,
            });
            continue;
        }
        // A wrapped item: indented past the bullet, close below it.
        if let (Some(x), Some(last)) = (item_x, out.last_mut())
            && matches!(last.kind, Kind::Item(_))
            && line.x0() > x + 0.3 * body
            && gap < 1.8 * body
            && line.parts.len() == 1
        {
            join_wrapped(last, &text);
            continue;
        }
        item_x = None;
        // A wrapped paragraph: the line above ran to the column's right edge, this one starts
        // where it started, close below, same size. Its first line is one text again, not
        // runs of bold and plain.
        if let (Some(prev), Some(last)) = (previous, out.last_mut())
            && last.kind == Kind::Paragraph
            && prev.parts.len() == 1
            && line.parts.len() == 1
            && prev.x1() > right - 2.0 * body
            && (line.x0() - prev.x0()).abs() < 0.5 * body
            && (line.size - prev.size).abs() < 0.5
            && gap < 1.8 * body
            && super::dates::find(&text).is_none()
        {
            if let Some(whole) = styled.take().filter(|(at, _)| *at + 1 == out_len) {
                last.parts = whole.1;
            }
            join_wrapped(last, &text);
            previous = Some(line);
            continue;
        }
        previous = Some(line);
        let words = text.split_whitespace().count();
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        let capitals = letters.len() >= 3 && letters.iter().all(|c| !c.is_lowercase());
        let kind = if line.size > body * 1.15 && words <= 8 {
            Kind::Heading(if line.size > body * 1.6 { 1 } else { 2 })
        } else if capitals && words <= 4 && line.parts.len() == 1 {
            Kind::Heading(3)
        } else {
            Kind::Paragraph
        };
        let whole: Vec<String> = line.parts.iter().map(|p| p.2.clone()).collect();
        // A short line set in runs of bold, italic and plain (an entry's header: "Acme Corp"
        // in bold, "Engineer" in italic) has a part per run, as a wide gap would make.
        let runs: Vec<String> = line.parts.iter().flat_map(|p| p.3.clone()).collect();
        let parts = if kind == Kind::Paragraph
            && words <= STYLED_HEADER_WORDS
            && runs.len() > whole.len()
        {
            styled = Some((out.len(), whole));
            runs
        } else {
            whole
        };
        out.push(Block {
            kind,
            parts,
            at: page,
        });
    }
}

/// Lines with a side heading (a short label in the left margin, left of where most lines
/// start) taken apart: the label, then the rest of its line.
fn side_headings_apart(lines: &[Line]) -> Vec<(Option<String>, Line)> {
    let mut counts: std::collections::BTreeMap<i64, usize> = std::collections::BTreeMap::new();
    for line in lines {
        *counts.entry(line.x0().round() as i64).or_default() += 1;
    }
    let margin = counts
        .iter()
        .max_by_key(|(_, n)| **n)
        .filter(|(_, n)| **n * 2 >= lines.len() && lines.len() >= 8)
        .map(|(x, _)| *x as f64);
    lines
        .iter()
        .map(|line| {
            let label = line.parts.first().filter(|first| {
                margin.is_some_and(|m| first.0 < m - 24.0 && first.1 < m)
                    && first.2.split_whitespace().count() <= 4
                    && !first.2.chars().any(|c| c.is_ascii_digit())
            });
            match label {
                Some(first) => (
                    Some(first.2.clone()),
                    Line {
                        y: line.y,
                        size: line.size,
                        parts: line.parts.iter().skip(1).cloned().collect(),
                    },
                ),
                None => (None, line.clone()),
            }
        })
        .collect()
}

/// `text`, a line that continues `block`'s last part, joined to it: a hyphen at the line's
/// end joins the word, else a space.
fn join_wrapped(block: &mut Block, text: &str) {
    if let Some(part) = block.parts.last_mut() {
        if part.ends_with('-') {
            part.pop();
        } else {
            part.push(' ');
        }
        part.push_str(text);
    }
}

#[cfg(test)]
#[path = "pdf_tests.rs"]
mod tests;
