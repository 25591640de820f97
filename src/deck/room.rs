//! How much room a slide has under its title, and content shared out over as many slides as
//! it needs by the heights the layout measures. The slides of sections (`build`) and of case
//! studies and positions (`parts`) are all packed by these, so neither has to ask the other.

use std::ops::Range;

use super::pages::slide_heading;
use super::{TextPiece, fit};
use crate::layout::flow::Flow;
use crate::layout::text::LINE;

/// Packs items of the given heights, in order, into pages of `capacity`: an item that does not
/// fit starts a new page; one taller than a page gets a page of its own.
pub(super) fn pack(heights: impl IntoIterator<Item = f32>, capacity: f32) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = 0.0;
    let mut index = 0;
    for height in heights {
        if index > start && used + height > capacity {
            pages.push(start..index);
            start = index;
            used = 0.0;
        }
        used += height;
        index += 1;
    }
    if index > start {
        pages.push(start..index);
    }
    pages
}

/// The room under a slide's title, and under whatever `below` places after it, down to the
/// content's bottom.
pub(super) fn room_under(title: &str, below: impl FnOnce(&mut Flow)) -> f32 {
    let taken = fit::height(fit::CONTENT_WIDTH, |flow| {
        slide_heading(flow, title);
        below(flow);
    });
    fit::CONTENT_BOTTOM - fit::CONTENT_TOP - taken
}

/// The space under a section slide's title.
pub(super) fn section_capacity(title: &str) -> f32 {
    room_under(title, |_| {})
}

/// Pieces of `paragraphs` (set in the slides' lead size), each short enough for a slide of
/// `capacity` (a paragraph longer than that is split at a sentence end where it can), packed
/// onto pages. `height` says how tall a piece of paragraph `block` is as the slide places it
/// at `width`.
pub(super) fn paragraph_pages(
    paragraphs: &[&str],
    width: f32,
    capacity: f32,
    height: impl Fn(usize, &str) -> f32,
) -> Vec<Vec<TextPiece>> {
    let line = fit::LEAD_SIZE * LINE;
    let mut pieces = Vec::new();
    for (block, text) in paragraphs.iter().enumerate() {
        // A part with nothing to show (no clause fit) is the presenter's alone.
        if text.trim().is_empty() {
            continue;
        }
        // What the piece takes besides its lines (a label above it, the gap below).
        let extra = height(block, "") - line;
        let max_lines = (((capacity - extra) / line).floor() as usize).max(1);
        for range in fit::split_paragraph(text, fit::LEAD_SIZE, width, max_lines) {
            pieces.push(TextPiece { block, range });
        }
    }
    let heights: Vec<f32> = pieces
        .iter()
        .map(|piece| {
            let text = paragraphs
                .get(piece.block)
                .and_then(|t| t.get(piece.range.clone()))
                .unwrap_or_default();
            height(piece.block, text)
        })
        .collect();
    pack(heights, capacity)
        .into_iter()
        .map(|range| pieces.get(range).unwrap_or_default().to_vec())
        .collect()
}
