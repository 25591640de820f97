//! Figures as a results slide shows them to a room: each in a cell of a grid, its
//! "before → after" the largest text on the slide (bounds in words: "under 300 ms"), the
//! factor rounded for reading aloud under it, and, for a change of less than 10×, two bars on
//! a linear axis that every chart of the same dimension on the slide shares, so that their
//! lengths tell the truth at a glance. A larger change, a relative change or a single figure
//! is told by its numbers alone. Claim checks and exact factors are the presenter's
//! (`deck::brief`), not the audience's.

use super::figures::tone_color;
use super::flow::{Flow, TextStyle};
use super::items::Item;
use super::text::LINE;
use super::{Color, color};
use crate::chart::{Axes, Axis, ChangeChart};
use crate::metrics::spoken;
use crate::metrics::{Analysis, AnalysisKind, ChangeAnalysis, Tone};

/// Sizes a hero figure tries, largest first, until it fits its cell on one line.
const HERO_SIZES: [f32; 6] = [64.0, 56.0, 48.0, 40.0, 34.0, 28.0];
/// Between cells of the grid.
const CELL_GAP: f32 = 36.0;
/// Bars are never thicker than this, however much room a cell has.
const BAR_MAX: f32 = 40.0;
/// Nor thinner: below it, a chart is left out (the figures above it say everything).
const BAR_MIN: f32 = 20.0;

/// Whether a figure is drawn with bars (a before/after pair), rather than as a number.
pub fn is_chart(analysis: &Analysis) -> bool {
    matches!(
        analysis.kind,
        AnalysisKind::Change(_) | AnalysisKind::Incomparable { .. }
    )
}

/// The figures of `analyses` filling `height` below the flow's position: before/after charts
/// in a row of at most `max_columns` (more rows if there are more), then the single numbers
/// in a row of their own under them. The flow continues below.
pub fn big_figures(flow: &mut Flow, analyses: &[&Analysis], height: f32, max_columns: usize) {
    let charts: Vec<&Analysis> = analyses.iter().copied().filter(|a| is_chart(a)).collect();
    let numbers: Vec<&Analysis> = analyses.iter().copied().filter(|a| !is_chart(a)).collect();
    let top = flow.y;
    let numbers_height = if numbers.is_empty() {
        0.0
    } else {
        let was = numbers
            .iter()
            .any(|a| matches!(&a.kind, AnalysisKind::Figure(f) if f.was.is_some()));
        // The tallest label in the row, as wide as its cells: a label on two lines must
        // not leave its number the room of one.
        let columns = numbers.len().clamp(1, NUMBERS_PER_ROW);
        let cell_width = (flow.width - CELL_GAP * (columns - 1) as f32) / columns as f32;
        let title = flow.measures.title;
        let label = numbers
            .iter()
            .map(|a| flow.height_of(&a.label, title, true, cell_width))
            .fold(title * LINE, f32::max);
        let tallest =
            label + 4.0 + NUMBER_SIZE * LINE + if was { flow.measures.body * LINE } else { 0.0 };
        if charts.is_empty() {
            height
        } else {
            tallest.min(height * 0.5)
        }
    };
    let axes = Axes::linear_of(charts.iter().copied());
    if !charts.is_empty() {
        let room = if numbers.is_empty() {
            height
        } else {
            height - numbers_height - CELL_GAP
        };
        grid(flow, &charts, &axes, room, max_columns);
        flow.y = flow.y.max(top + room) + CELL_GAP;
        if numbers.is_empty() {
            flow.y = top + height;
        }
    }
    if !numbers.is_empty() {
        let room = top + height - flow.y;
        grid(flow, &numbers, &axes, room, NUMBERS_PER_ROW);
    }
}

/// The size of a single number (a relative change, a figure) under a row of charts.
const NUMBER_SIZE: f32 = 56.0;
/// Single numbers side by side in a row.
pub const NUMBERS_PER_ROW: usize = 3;

/// `analyses` in cells of a grid of at most `max_columns` columns filling `height`.
fn grid(flow: &mut Flow, analyses: &[&Analysis], axes: &Axes, height: f32, max_columns: usize) {
    if analyses.is_empty() {
        return;
    }
    let columns = analyses.len().clamp(1, max_columns.max(1));
    let rows = analyses.len().div_ceil(columns);
    let cell_width = (flow.width - CELL_GAP * (columns - 1) as f32) / columns as f32;
    let cell_height = ((height - CELL_GAP * (rows - 1) as f32) / rows as f32).max(0.0);
    let (left, top) = (flow.left, flow.y);
    let mut bottom = top;
    // The labels of a row take the tallest one's height, so that the figures under them
    // stand on one baseline: a label that wraps does not push its number below its
    // neighbours'.
    let title = flow.measures.title;
    let label_heights: Vec<f32> = analyses
        .chunks(columns)
        .map(|row| {
            row.iter()
                .map(|a| flow.height_of(&a.label, title, true, cell_width))
                .fold(0.0, f32::max)
        })
        .collect();
    for (index, analysis) in analyses.iter().enumerate() {
        let (row, column) = (index / columns, index % columns);
        let x = left + column as f32 * (cell_width + CELL_GAP);
        let y = top + row as f32 * (cell_height + CELL_GAP);
        flow.y = y;
        let axis = match &analysis.kind {
            AnalysisKind::Change(change) => axes.get(change),
            _ => None,
        };
        let label_height = label_heights.get(row).copied().unwrap_or_default();
        cell(
            flow,
            analysis,
            axis,
            (x, cell_width),
            (y + label_height, y + cell_height),
        );
        bottom = bottom.max(flow.y);
    }
    flow.left = left;
    flow.y = bottom;
}

/// The largest of [`HERO_SIZES`] up to `max_size` at which `parts` fit `width` on one line,
/// with their widths (spaces at their ends included: " → " keeps its room).
fn hero_size(
    flow: &mut Flow,
    parts: &[&str],
    width: f32,
    max_size: f32,
) -> Option<(f32, Vec<f32>)> {
    HERO_SIZES
        .iter()
        .filter(|size| **size <= max_size)
        .find_map(|size| {
            let widths: Vec<f32> = parts
                .iter()
                .map(|part| flow.shape(part, *size, true, 10_000.0).layout.full_width())
                .collect();
            (widths.iter().sum::<f32>() <= width).then_some((*size, widths))
        })
}

/// A figure's label over its big number, in a cell `width` wide from `x`.
fn label(flow: &mut Flow, text: &str, x: f32, width: f32) {
    let strong = color(flow.colours.strong);
    flow.paragraph_at(
        text,
        TextStyle::new(flow.measures.title, true, strong),
        x,
        width,
    );
    flow.space(4.0);
}

/// Texts on one line at one size, each in its colour; wrapped as one paragraph in the first
/// colour when even the smallest size is too wide.
fn hero_line(flow: &mut Flow, parts: &[(&str, Color)], x: f32, width: f32, max_size: f32) {
    let texts: Vec<&str> = parts.iter().map(|(t, _)| *t).collect();
    match hero_size(flow, &texts, width, max_size) {
        Some((size, widths)) => {
            let top = flow.y;
            let mut left = x;
            for ((text, colour), text_width) in parts.iter().zip(widths) {
                flow.label(text, TextStyle::new(size, true, *colour), left, top);
                left += text_width;
            }
            flow.y = top + size * LINE;
        }
        None => {
            let colour = parts.first().map_or(color(flow.colours.strong), |p| p.1);
            let size = HERO_SIZES.last().copied().unwrap_or(flow.measures.title);
            flow.paragraph_at(
                &texts.concat(),
                TextStyle::new(size, true, colour),
                x,
                width,
            );
        }
    }
}

/// The smallest hero size: below it a figure is no longer the largest thing on its slide.
fn smallest_hero() -> f32 {
    HERO_SIZES.last().copied().unwrap_or(28.0)
}

/// The room a chart needs at least: two thin bars, far enough apart for their names, and
/// the gap above them.
fn chart_least(flow: &Flow) -> f32 {
    10.0 + BAR_MIN + BAR_MIN.max(flow.measures.small * LINE)
}

/// One figure in its cell from `x`, `width` wide: its label, then from `figure_top` (the
/// row's tallest label's bottom) its figures, down to `bottom` at most.
fn cell(
    flow: &mut Flow,
    analysis: &Analysis,
    axis: Option<&Axis>,
    (x, width): (f32, f32),
    (figure_top, bottom): (f32, f32),
) {
    let c = flow.colours;
    label(flow, &analysis.label, x, width);
    flow.y = flow.y.max(figure_top + 4.0);
    let line = flow.measures.title * LINE;
    // The hero figure takes what the lines under it leave, up to the largest size.
    let hero_room =
        |flow: &Flow, under: f32| ((bottom - flow.y - under) / LINE).max(smallest_hero());
    match &analysis.kind {
        AnalysisKind::Change(change) => {
            let tone = tone_color(&c, change.tone);
            let muted = color(c.muted);
            let before = spoken(&change.before);
            let after = spoken(&change.after);
            // A chart only where it leaves the figures large.
            let with_chart = axis.filter(|_| {
                (bottom - flow.y - line - chart_least(flow)) / LINE
                    >= HERO_SIZES.get(3).copied().unwrap_or(40.0)
            });
            let under = line + with_chart.map_or(0.0, |_| chart_least(flow));
            let max_size = hero_room(flow, under);
            let hero_top = flow.y;
            hero_line(
                flow,
                &[(&before, muted), (" → ", muted), (&after, tone)],
                x,
                width,
                max_size,
            );
            let said = change.said();
            flow.paragraph_at(
                &said,
                TextStyle::new(flow.measures.title, true, tone),
                x,
                width,
            );
            match with_chart {
                Some(axis) => chart(flow, change, &analysis.label, axis, (x, width), bottom),
                // No bars: the figure in words all the same, for screen readers and text
                // extraction.
                None => flow.current.push(Item::Alt {
                    x,
                    y: hero_top,
                    width,
                    height: flow.y - hero_top,
                    text: change.sentence(&analysis.label),
                }),
            }
        }
        AnalysisKind::Relative(relative) => {
            let tone = tone_color(&c, relative.tone);
            let max_size = hero_room(flow, 0.0);
            hero_line(flow, &[(&relative.text, tone)], x, width, max_size);
        }
        AnalysisKind::Figure(figure) => {
            let tone = match figure.tone {
                Tone::Good => color(c.good),
                Tone::Bad => color(c.bad),
                Tone::Neutral => color(c.strong),
            };
            let under = if figure.was.is_some() {
                flow.measures.body * LINE
            } else {
                0.0
            };
            let max_size = hero_room(flow, under);
            let said = crate::metrics::spoken_text(&figure.text);
            hero_line(flow, &[(&said, tone)], x, width, max_size);
            if let Some(was) = &figure.was {
                let text = crate::document::words::was(was);
                flow.paragraph_at(
                    &text,
                    TextStyle::new(flow.measures.body, false, color(c.muted)),
                    x,
                    width,
                );
            }
        }
        AnalysisKind::Outcome { text } => {
            let size = HERO_SIZES.get(3).copied().unwrap_or(flow.measures.title);
            flow.paragraph_at(
                &format!("✓ {text}"),
                TextStyle::new(size, true, color(c.good)),
                x,
                width,
            );
        }
        AnalysisKind::Incomparable {
            before,
            after,
            reason,
        } => {
            let muted = color(c.muted);
            let max_size = hero_room(flow, flow.measures.small * LINE);
            hero_line(
                flow,
                &[(before, muted), (" → ", muted), (after, muted)],
                x,
                width,
                max_size,
            );
            flow.paragraph_at(
                &format!("⚠ {reason}"),
                TextStyle::new(flow.measures.small, false, color(c.warn)),
                x,
                width,
            );
        }
    }
}

/// Before and after as bars on the shared linear `axis`, as thick as the room down to
/// `bottom` allows. A range is drawn to its midpoint: the number above says the range in
/// words, and a lighter band inside a bar would need a legend nobody reads. No ticks: the
/// numbers above are the values, the bars only their proportion.
fn chart(
    flow: &mut Flow,
    change: &ChangeAnalysis,
    label: &str,
    axis: &Axis,
    (x, width): (f32, f32),
    bottom: f32,
) {
    let c = flow.colours;
    let small = flow.measures.small;
    flow.space(10.0);
    let room = bottom - flow.y;
    let bar = (room / 2.4).clamp(BAR_MIN, BAR_MAX);
    // Far enough apart that the "Before" and "After" names beside them never touch.
    let gap = (bar * 0.4).max(small * LINE - bar);
    let chart = ChangeChart::on_axis(change, axis);
    let muted = color(c.muted);
    let name_width = chart
        .bars
        .iter()
        .map(|b| flow.shape(&b.name, small, false, 10_000.0).layout.width())
        .fold(0.0, f32::max)
        + 12.0;
    let track_left = x + name_width;
    let track = (width - name_width).max(40.0);
    let top = flow.y;
    let colours = [color(c.before_bar), tone_color(&c, change.tone)];
    for (index, (bar_shape, fill)) in chart.bars.iter().zip(colours).enumerate() {
        let y = top + index as f32 * (bar + gap);
        let name_top = y + (bar - small * LINE) / 2.0;
        flow.label(
            &bar_shape.name,
            TextStyle::new(small, false, muted),
            x,
            name_top,
        );
        flow.rect(track_left, y, track, bar, color(c.surface_alt));
        let end = bar_shape.mark.unwrap_or(bar_shape.solid_end);
        flow.rect(track_left, y, (track * end).max(2.0), bar, fill);
    }
    flow.y = top + 2.0 * bar + gap;
    // What the bars say, for screen readers and text extraction.
    flow.current.push(Item::Alt {
        x,
        y: top,
        width,
        height: flow.y - top,
        text: change.sentence(label),
    });
}
