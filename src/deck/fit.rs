//! How much a slide holds: estimates of the height text, charts and cards take on the slide
//! canvas, from which the deck decides what goes on which slide. Pure arithmetic, no fonts:
//! the estimates err on the generous side, and the UI tests draw every slide of every fixture
//! to check that what the deck put on a slide fits it.
//!
//! All figures are in canvas points: a slide is laid out on a 1280×720 canvas that the app
//! zooms to the window, so a deck fits every screen once it fits the canvas.

/// Width of a slide's content: the canvas less its side margins.
pub const CONTENT_WIDTH: f32 = 1168.0;
/// Height of a slide's content: the canvas less its top and bottom margins and the progress
/// bar.
pub const CONTENT_HEIGHT: f32 = 612.0;
/// Space between the two columns of a slide.
pub const COLUMN_GAP: f32 = 40.0;
/// Width of one of two columns.
pub const HALF_WIDTH: f32 = (CONTENT_WIDTH - COLUMN_GAP) / 2.0;

/// Running text on slides; never smaller.
pub const BODY_SIZE: f32 = 20.0;
/// Labels, chips and chart text on slides; never smaller.
pub const SMALL_SIZE: f32 = 16.25;
/// A slide title that fits one line.
pub const TITLE_SIZE: f32 = 40.0;
/// A title too long for one line at [`TITLE_SIZE`]: the same size on every step of its slide.
pub const LONG_TITLE_SIZE: f32 = 30.0;

const BODY_LINE: f32 = BODY_SIZE * 1.5;
const SMALL_LINE: f32 = SMALL_SIZE * 1.4;
const BLOCK_GAP: f32 = 20.0;

/// The width of `c` in ems of Inter, rounded up: wide for East Asian wide characters
/// (ideographs, kana, Hangul, emoji), narrow for punctuation and thin letters.
fn advance(c: char) -> f32 {
    match c {
        ' ' => 0.28,
        'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.34,
        'A'..='Z' | 'm' | 'w' | '%' | '@' | '—' => 0.72,
        '0'..='9' => 0.62,
        c if unicode_width::UnicodeWidthChar::width(c) == Some(2) => 1.05,
        _ => 0.6,
    }
}

/// Whether a line may break after `c` without a space: between ideographs.
fn breaks_anywhere(c: char) -> bool {
    advance(c) > 1.0
}

/// How many lines `text` takes at `size` in a column `width` wide, wrapping at spaces (and
/// between ideographs) as a text layout does; a word longer than the line is broken.
pub fn lines(text: &str, size: f32, width: f32) -> usize {
    let capacity = (width / size).max(1.0);
    let mut total = 0;
    for paragraph in text.split('\n') {
        let mut used = 0.0_f32;
        let mut count = 1;
        let mut word = 0.0_f32;
        let flush = |word: &mut f32, used: &mut f32, count: &mut usize| {
            if *used > 0.0 && *used + *word > capacity {
                *count += 1;
                *used = 0.0;
            }
            while *word > capacity {
                *word -= capacity;
                *count += 1;
            }
            *used += *word;
            *word = 0.0;
        };
        for c in paragraph.chars() {
            if c == ' ' {
                flush(&mut word, &mut used, &mut count);
                used += advance(c);
            } else if breaks_anywhere(c) {
                flush(&mut word, &mut used, &mut count);
                word = advance(c);
                flush(&mut word, &mut used, &mut count);
            } else {
                word += advance(c);
            }
        }
        flush(&mut word, &mut used, &mut count);
        total += count;
    }
    total
}

/// The size a slide title is drawn at: one size for the whole slide, whatever is revealed.
pub fn title_size(title: &str) -> f32 {
    if lines(title, TITLE_SIZE, CONTENT_WIDTH) <= 1 {
        TITLE_SIZE
    } else {
        LONG_TITLE_SIZE
    }
}

/// The height of a title with its underline and the space below it.
pub fn title_height(title: &str) -> f32 {
    let size = title_size(title);
    lines(title, size, CONTENT_WIDTH) as f32 * size * 1.3 + 44.0
}

/// The height of the line of organisation, period and tag chips under a case-study title.
pub const META_HEIGHT: f32 = 48.0;

/// The height of a paragraph of running text.
pub fn paragraph_height(text: &str, width: f32) -> f32 {
    lines(text, BODY_SIZE, width) as f32 * BODY_LINE
}

/// The height of a labelled block of a case study ("PROBLEM" and its paragraph).
pub fn block_height(text: &str, width: f32) -> f32 {
    SMALL_LINE + 6.0 + paragraph_height(text, width) + BLOCK_GAP
}

/// What a chart or figure on a slide is, for its height.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureShape {
    /// A before/after chart: a header, two bars, a line for the claim or scale.
    Bars,
    /// A relative change: a header and one bar.
    Bar,
    /// A figure or an outcome in words: a tile.
    Tile,
    /// Figures that cannot be compared: one line.
    Line,
}

/// Width of a figure tile on a slide.
pub const TILE_WIDTH: f32 = 245.0;
const TILE_GAP: f32 = 12.0;
const TILE_HEIGHT: f32 = 132.0;

/// The height of the charts and tiles of `figures` (each with its label) in a column
/// `width` wide: charts one under another, then tiles in rows.
pub fn figures_height(figures: &[(FigureShape, &str)], width: f32) -> f32 {
    // A chart's label shares its line with two badges of about 260 points.
    let label_width = (width - 260.0).max(120.0);
    let mut height = 0.0;
    let mut tiles: usize = 0;
    for (shape, label) in figures {
        let label_lines = lines(label, SMALL_SIZE * 1.15, label_width).max(1) as f32;
        let header = (label_lines * SMALL_SIZE * 1.15 * 1.3).max(28.0) + 6.0;
        // Bars, the line for the claim or scale, and the gap to the next chart.
        height += match shape {
            FigureShape::Bars => header + 66.0 + 24.0 + 14.0,
            FigureShape::Bar => header + 28.0 + 24.0 + 14.0,
            FigureShape::Line => label_lines * SMALL_LINE * 2.0 + 8.0,
            FigureShape::Tile => {
                tiles += 1;
                0.0
            }
        };
    }
    if tiles > 0 {
        let per_row = (((width + TILE_GAP) / (TILE_WIDTH + TILE_GAP)).floor() as usize).max(1);
        height += tiles.div_ceil(per_row) as f32 * (TILE_HEIGHT + TILE_GAP);
    }
    height
}

/// The height of the "RESULTS" label above a column of figures.
pub const RESULTS_LABEL_HEIGHT: f32 = 34.0;

/// The height of one position on an experience slide: its title, organisation line, summary,
/// the given highlights with their figures, and its tags.
pub fn role_height(
    title: &str,
    summary: Option<&str>,
    highlights: &[(&str, &[(FigureShape, &str)])],
    has_tags: bool,
    with_header: bool,
) -> f32 {
    let width = CONTENT_WIDTH - 40.0;
    // Every line of a position is a widget with the layout's spacing after it.
    const SPACING: f32 = 6.0;
    // A position continued from an earlier slide repeats its title and organisation line.
    let mut height =
        lines(title, BODY_SIZE * 1.15, width) as f32 * BODY_SIZE * 1.4 + SMALL_LINE + 2.0 * SPACING;
    if let (true, Some(summary)) = (with_header, summary) {
        height += 6.0 + SPACING + list_text_height(summary, width);
    }
    for (text, figures) in highlights {
        height += 6.0 + SPACING + list_text_height(text, width - 24.0);
        if !figures.is_empty() {
            height += 6.0 + figures_height(figures, HALF_WIDTH);
        }
    }
    if has_tags {
        height += 40.0 + SPACING;
    }
    // The gap to the next position.
    height + 30.0 + SPACING
}

/// The height of text in a list or card, which keeps egui's tighter line spacing.
fn list_text_height(text: &str, width: f32) -> f32 {
    lines(text, BODY_SIZE, width) as f32 * BODY_SIZE * 1.25
}

/// The height of a row of expertise cards `card_width` wide, from the tallest card's title,
/// text and whether it has tags.
pub fn card_height(title: &str, text: &str, has_tags: bool, card_width: f32) -> f32 {
    let inner = card_width - 40.0;
    let title = lines(title, BODY_SIZE * 1.1, inner) as f32 * BODY_SIZE * 1.35;
    let tags = if has_tags { 40.0 } else { 0.0 };
    36.0 + title + 6.0 + list_text_height(text, inner) + tags
}

/// Splits `text` into pieces of at most `max_lines` lines at `width`, at sentence ends where
/// it can, else at spaces, else anywhere: a paragraph too long for one slide continues on the
/// next. Returns byte ranges into `text`, covering all of it.
pub fn split_paragraph(text: &str, width: f32, max_lines: usize) -> Vec<std::ops::Range<usize>> {
    let max_lines = max_lines.max(1);
    // No piece can hold more characters than lines full of the narrowest ones: looking no
    // further keeps a megabyte paragraph linear.
    let window_chars = max_lines * ((width / BODY_SIZE / 0.28).ceil() as usize + 1);
    let fits = |piece: &str| lines(piece, BODY_SIZE, width) <= max_lines;
    let mut pieces = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let rest = text.get(start..).unwrap_or_default();
        let window_end = rest
            .char_indices()
            .nth(window_chars)
            .map_or(rest.len(), |(i, _)| i);
        if window_end == rest.len() && fits(rest) {
            pieces.push(start..text.len());
            break;
        }
        // Every place the piece could end, in order; the longest prefix that fits is found
        // by bisection, since a longer prefix never takes fewer lines.
        let ends: Vec<usize> = rest
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .take_while(|i| *i <= window_end)
            .collect();
        let fitting = ends.partition_point(|end| fits(rest.get(..*end).unwrap_or_default()));
        let longest = fitting
            .checked_sub(1)
            .and_then(|i| ends.get(i).copied())
            .unwrap_or_else(|| rest.chars().next().map_or(rest.len(), char::len_utf8));
        let candidates = || ends.iter().copied().take(fitting).rev();
        let space = candidates().find(|i| rest.as_bytes().get(*i) == Some(&b' '));
        // A sentence end is the best break, unless it leaves the slide half empty.
        let sentence_end = candidates()
            .filter(|i| rest.as_bytes().get(*i) == Some(&b' '))
            .find(|i| {
                rest.get(..*i)
                    .is_some_and(|p| p.ends_with(['.', '!', '?', '。']))
            })
            .filter(|i| *i * 2 >= longest);
        let end = sentence_end.or(space).unwrap_or(longest);
        pieces.push(start..start + end);
        start += end;
        // The space a piece ended at starts no line.
        while text.as_bytes().get(start) == Some(&b' ') {
            start += 1;
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_grow_with_text_and_shrink_with_width() {
        assert_eq!(lines("", BODY_SIZE, HALF_WIDTH), 1);
        assert_eq!(lines("short", BODY_SIZE, HALF_WIDTH), 1);
        let long = "word ".repeat(200);
        let half = lines(&long, BODY_SIZE, HALF_WIDTH);
        let full = lines(&long, BODY_SIZE, CONTENT_WIDTH);
        assert!(half > full && full > 1, "{half} {full}");
        // Ideographs are twice as wide as letters and break anywhere.
        assert!(
            lines(&"林".repeat(100), BODY_SIZE, HALF_WIDTH)
                > lines(&"a".repeat(100), BODY_SIZE, HALF_WIDTH)
        );
        assert_eq!(lines("a\nb\nc", BODY_SIZE, HALF_WIDTH), 3);
    }

    #[test]
    fn long_titles_get_one_smaller_size() {
        assert_eq!(
            title_size("API latency: from seconds to milliseconds"),
            TITLE_SIZE
        );
        let long = "Moving feed ranking from a data-centre cluster onto the phone itself, so that the feed re-ranks offline, privately and within a single frame budget";
        assert_eq!(title_size(long), LONG_TITLE_SIZE);
        assert!(title_height(long) > title_height("Short"));
    }

    #[test]
    fn split_paragraphs_cover_the_text_and_fit() {
        let text = "One sentence here. ".repeat(120);
        let text = text.trim_end();
        let pieces = split_paragraph(text, CONTENT_WIDTH, 5);
        assert!(pieces.len() > 1);
        let mut rebuilt = String::new();
        for piece in &pieces {
            let part = &text[piece.clone()];
            assert!(lines(part, BODY_SIZE, CONTENT_WIDTH) <= 5, "{part}");
            assert!(part.ends_with('.'), "splits at a sentence end: {part:?}");
            if !rebuilt.is_empty() {
                rebuilt.push(' ');
            }
            rebuilt.push_str(part);
        }
        assert_eq!(rebuilt, text);
        // A text with no spaces at all is still split, never lost.
        let solid = "x".repeat(5000);
        let pieces = split_paragraph(&solid, HALF_WIDTH, 3);
        assert_eq!(pieces.iter().map(|r| r.len()).sum::<usize>(), solid.len());
    }
}
