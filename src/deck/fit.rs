//! How much a slide holds, measured rather than guessed: each part of a slide is placed by
//! the very functions that draw it (`deck::pages` and `layout`), on a scratch page shaped
//! with the real fonts, and its height read off. The deck packs slides by these heights,
//! so a slide is as full as the layout can make it and never fuller.
//!
//! All figures are in canvas units: a slide is laid out on a 1280×720 canvas that every
//! backend scales to its window, image or page.

use std::cell::RefCell;

use crate::layout::flow::{
    CANVAS, COLUMN_GAP as LAYOUT_COLUMN_GAP, Flow, SLIDE_BODY, SLIDE_CONTENT_WIDTH, SLIDE_LEAD,
    SLIDE_SMALL, SLIDES,
};
use crate::layout::text::Shaper;

/// Width of a slide's content: the canvas less its side margins.
pub const CONTENT_WIDTH: f32 = SLIDE_CONTENT_WIDTH;
/// Where a slide's content starts.
pub const CONTENT_TOP: f32 = SLIDES.margin_top;
/// Where a slide's content must end: above the slide counter and the progress bar.
pub const CONTENT_BOTTOM: f32 = CANVAS.1 - SLIDES.margin_bottom;
/// Space between the two columns of a slide.
pub const COLUMN_GAP: f32 = LAYOUT_COLUMN_GAP;
/// Width of one of two columns.
pub const HALF_WIDTH: f32 = (CONTENT_WIDTH - COLUMN_GAP) / 2.0;
/// Running text on slides; never smaller.
pub const BODY_SIZE: f32 = SLIDE_BODY;
/// Labels, chips and chart text on slides; never smaller.
pub const SMALL_SIZE: f32 = SLIDE_SMALL;
/// A story's short form and the About text on their slides.
pub const LEAD_SIZE: f32 = SLIDE_LEAD;
/// A slide title that fits one line.
pub const TITLE_SIZE: f32 = 52.0;
/// A title too long for one line at [`TITLE_SIZE`]: a little smaller, wrapping to a second
/// line rather than shrinking further, the same size on every step of its slide.
pub const LONG_TITLE_SIZE: f32 = 44.0;

thread_local! {
    /// The fonts for measuring, set up once per thread: finding the system's fonts takes a
    /// noticeable part of a second.
    static SHAPER: RefCell<Option<Shaper>> = const { RefCell::new(None) };
}

fn with_shaper<R>(measure: impl FnOnce(&mut Shaper) -> R) -> R {
    SHAPER.with(|cell| {
        let mut slot = cell.borrow_mut();
        measure(slot.get_or_insert_with(Shaper::new))
    })
}

/// How far `place` moves a scratch slide page down when it places its items in a column
/// `width` wide: the height they take on a slide.
pub fn height(width: f32, place: impl FnOnce(&mut Flow)) -> f32 {
    with_shaper(|shaper| {
        // One tall page: nothing is moved to a next page while measuring.
        let mut flow = Flow::new(shaper, SLIDES, (CANVAS.0, f32::MAX / 4.0), false, None);
        flow.width = width;
        let top = flow.y;
        place(&mut flow);
        flow.y - top
    })
}

/// How many lines `text` takes at `size` in a column `width` wide, broken as the layout
/// breaks it.
pub fn lines(text: &str, size: f32, width: f32) -> usize {
    with_shaper(|shaper| shaper.shape(text, size, false, width).layout.len().max(1))
}

/// The size a slide title is drawn at: one size for the whole slide, whatever is revealed.
pub fn title_size(shaper: &mut Shaper, title: &str) -> f32 {
    if shaper
        .shape(title, TITLE_SIZE, true, CONTENT_WIDTH)
        .layout
        .len()
        <= 1
    {
        TITLE_SIZE
    } else {
        LONG_TITLE_SIZE
    }
}

/// Splits `text` into pieces of at most `max_lines` lines of `size` at `width`, at sentence ends where
/// it can, else at spaces, else anywhere: a paragraph too long for one slide continues on the
/// next. Returns byte ranges into `text`, covering all of it.
pub fn split_paragraph(
    text: &str,
    size: f32,
    width: f32,
    max_lines: usize,
) -> Vec<std::ops::Range<usize>> {
    let max_lines = max_lines.max(1);
    // No piece can hold more characters than lines full of the narrowest ones: looking no
    // further keeps a megabyte paragraph linear.
    let window_chars = max_lines * ((width / size / 0.28).ceil() as usize + 1);
    let fits = |piece: &str| lines(piece, size, width) <= max_lines;
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
    use crate::layout::flow::TextStyle;

    #[test]
    fn lines_grow_with_text_and_shrink_with_width() {
        assert_eq!(lines("", BODY_SIZE, HALF_WIDTH), 1);
        assert_eq!(lines("short", BODY_SIZE, HALF_WIDTH), 1);
        let long = "word ".repeat(200);
        let half = lines(&long, BODY_SIZE, HALF_WIDTH);
        let full = lines(&long, BODY_SIZE, CONTENT_WIDTH);
        assert!(half > full && full > 1, "{half} {full}");
        assert_eq!(lines("a\nb\nc", BODY_SIZE, HALF_WIDTH), 3);
    }

    #[test]
    fn long_titles_get_one_smaller_size() {
        let mut shaper = Shaper::new();
        assert_eq!(
            title_size(&mut shaper, "API latency: from seconds to milliseconds"),
            TITLE_SIZE
        );
        let long = "Moving feed ranking from a data-centre cluster onto the phone itself, so that the feed re-ranks offline, privately and within a single frame budget";
        assert_eq!(title_size(&mut shaper, long), LONG_TITLE_SIZE);
    }

    #[test]
    fn a_height_is_what_the_placing_takes() {
        let one = height(CONTENT_WIDTH, |flow| {
            flow.paragraph_at(
                "one line",
                TextStyle::new(BODY_SIZE, false, (0, 0, 0)),
                flow.left,
                CONTENT_WIDTH,
            );
        });
        let two = height(CONTENT_WIDTH, |flow| {
            flow.paragraph_at(
                "a\nb",
                TextStyle::new(BODY_SIZE, false, (0, 0, 0)),
                flow.left,
                CONTENT_WIDTH,
            );
        });
        assert!(
            (one - BODY_SIZE * crate::layout::text::LINE).abs() < 1.0,
            "{one}"
        );
        assert!((two - 2.0 * one).abs() < 1.0, "{two}");
    }

    #[test]
    fn split_paragraphs_cover_the_text_and_fit() {
        let text = "One sentence here. ".repeat(120);
        let text = text.trim_end();
        let pieces = split_paragraph(text, BODY_SIZE, CONTENT_WIDTH, 5);
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
        let pieces = split_paragraph(&solid, BODY_SIZE, HALF_WIDTH, 3);
        assert_eq!(pieces.iter().map(|r| r.len()).sum::<usize>(), solid.len());
    }
}
