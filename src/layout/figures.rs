//! A case study's or a position's figures: before/after charts on one scale per chart
//! (from [`crate::chart`], one per dimension for a case study's charts), relative changes as bars, single figures and outcomes as tiles.

use super::flow::{Flow, TextStyle};
use super::items::Item;
use super::text::LINE;
use super::{Color, color};
use crate::chart::{Axes, VerdictTone, relative_fraction, verdict_line};
use crate::document::words;
use crate::metrics::{Analysis, AnalysisKind, Tone};
use crate::palette::Colours;

/// The colour of an improvement, a regression or a neutral change.
pub fn tone_color(c: &Colours, tone: Tone) -> Color {
    match tone {
        Tone::Good => color(c.good),
        Tone::Bad => color(c.bad),
        Tone::Neutral => color(c.accent),
    }
}

/// Between tiles in a row, and between rows.
const TILE_GAP: f32 = 10.0;

/// How tall the first of `analyses` is as [`metrics`] places it: what a heading or a bullet
/// keeps on its page with it, so that a label never ends a page whose chart starts the next.
pub fn first_height(flow: &mut Flow, analyses: &[Analysis]) -> f32 {
    let Some(first) = analyses.first() else {
        return 0.0;
    };
    let t = flow.measures;
    match &first.kind {
        AnalysisKind::Change(_) => {
            t.body * LINE + 2.0 * t.bar_height + t.bar_gap + 4.0 + t.small * LINE + 10.0
        }
        AnalysisKind::Relative(_) => t.body * LINE + t.bar_height + t.small * LINE + 12.0,
        AnalysisKind::Incomparable { .. } => t.small * LINE * 2.0,
        AnalysisKind::Figure(_) | AnalysisKind::Outcome { .. } => {
            tile_height(flow, first, t.tile_width - 16.0) + 32.0
        }
    }
}

/// Charts first, then single figures as tiles, as in the app.
pub fn metrics(flow: &mut Flow, analyses: &[Analysis]) {
    let c = flow.colours;
    // A case study's charts of one kind share one scale: equal bars, equal values.
    let axes = Axes::of(analyses);
    // The tiles come last; the last chart keeps them on its page, so that a tile never
    // stands alone at the top of a page, away from its case study.
    let tile_width = flow.measures.tile_width;
    let gap = TILE_GAP;
    let per_row = (((flow.width + gap) / (tile_width + gap)).floor() as usize).max(1);
    let tiles: Vec<&Analysis> = analyses.iter().filter(|a| a.is_tile()).collect();
    let tiles_height: f32 = tiles
        .chunks(per_row)
        .map(|row| {
            row.iter()
                .map(|a| tile_height(flow, a, tile_width - 16.0))
                .fold(0.0, f32::max)
                + 16.0
                + 14.0
        })
        .sum();
    let last_chart = analyses.iter().rposition(|a| !a.is_tile());
    let room = flow.bottom() - flow.measures.margin_top;
    for (index, analysis) in analyses.iter().enumerate() {
        let with_tiles = if Some(index) == last_chart && tiles_height < room / 2.0 {
            tiles_height
        } else {
            0.0
        };
        match &analysis.kind {
            AnalysisKind::Change(change) => {
                let chart = axes.chart(change);
                let verdict = verdict_line(&change.verdict);
                let height = flow.measures.body * LINE
                    + 2.0 * flow.measures.bar_height
                    + flow.measures.bar_gap
                    + 4.0
                    + if verdict.is_some() || chart.log_scale {
                        flow.measures.small * LINE
                    } else {
                        0.0
                    };
                flow.keep(height + 6.0 + with_tiles);
                flow.space(4.0);
                let chart_top = flow.y;
                chart_head(
                    flow,
                    &analysis.label,
                    &[(change.change_text(), tone_color(&c, change.tone))],
                    change.factor_text(),
                );
                let track = flow.measures.chart_width.min(flow.width)
                    - flow.measures.bar_name
                    - flow.measures.bar_value;
                let colours = [color(c.before_bar), tone_color(&c, change.tone)];
                for (index, (bar, fill)) in chart.bars.iter().zip(colours).enumerate() {
                    let y =
                        flow.y + index as f32 * (flow.measures.bar_height + flow.measures.bar_gap);
                    flow.label(
                        &bar.name,
                        TextStyle::new(flow.measures.small, false, color(c.muted)),
                        flow.left,
                        y - 0.5,
                    );
                    let left = flow.left + flow.measures.bar_name;
                    flow.rect(
                        left,
                        y,
                        track,
                        flow.measures.bar_height,
                        color(c.surface_alt),
                    );
                    let solid = (track * bar.solid_end).max(1.5);
                    flow.rect(left, y, solid, flow.measures.bar_height, fill);
                    let mut end = left + solid;
                    if let (Some(range_end), Some(mark)) = (bar.range_end, bar.mark) {
                        let start = left + track * bar.solid_end;
                        let width = track * (range_end - bar.solid_end);
                        flow.current.push(Item::Rect {
                            x: start,
                            y,
                            width,
                            height: flow.measures.bar_height,
                            color: fill,
                            opacity: 0.45,
                        });
                        let mark_x = left + track * mark;
                        flow.current.push(Item::Rule {
                            from: (mark_x, y + 1.5),
                            to: (mark_x, y + flow.measures.bar_height - 1.5),
                            width: 1.2,
                            color: fill,
                        });
                        end = end.max(left + track * range_end);
                    }
                    flow.label(
                        &bar.text,
                        TextStyle::new(flow.measures.small + 0.5, true, color(c.strong)),
                        end + 5.0,
                        y - 1.0,
                    );
                }
                flow.y += 2.0 * flow.measures.bar_height + flow.measures.bar_gap + 4.0;
                // What the bars say, in one sentence, for screen readers.
                flow.current.push(Item::Alt {
                    x: flow.left,
                    y: chart_top,
                    width: flow.measures.chart_width.min(flow.width),
                    height: flow.y - chart_top,
                    text: change.sentence(&analysis.label),
                });
                verdict_text(flow, verdict, chart.log_scale);
            }
            AnalysisKind::Relative(relative) => {
                flow.keep(
                    flow.measures.body * LINE
                        + flow.measures.bar_height
                        + flow.measures.small * LINE
                        + 8.0
                        + with_tiles,
                );
                flow.space(4.0);
                chart_head(
                    flow,
                    &analysis.label,
                    &[(relative.text.clone(), tone_color(&c, relative.tone))],
                    None,
                );
                let track = flow.measures.chart_width.min(flow.width)
                    - flow.measures.bar_name
                    - flow.measures.bar_value;
                let y = flow.y;
                flow.label(
                    "change",
                    TextStyle::new(flow.measures.small, false, color(c.muted)),
                    flow.left,
                    y - 2.0,
                );
                let left = flow.left + flow.measures.bar_name;
                flow.rect(
                    left,
                    y,
                    track,
                    flow.measures.bar_height * 0.6,
                    color(c.surface_alt),
                );
                flow.rect(
                    left,
                    y,
                    track * relative_fraction(relative),
                    flow.measures.bar_height * 0.6,
                    tone_color(&c, relative.tone),
                );
                flow.y += flow.measures.bar_height * 0.6 + 4.0;
                verdict_text(flow, verdict_line(&relative.verdict), false);
            }
            AnalysisKind::Incomparable {
                before,
                after,
                reason,
            } => {
                flow.paragraph(
                    &format!("⚠ {}: {before} → {after} ({reason})", analysis.label),
                    TextStyle::new(flow.measures.small, false, color(c.warn)),
                );
            }
            AnalysisKind::Figure(_) | AnalysisKind::Outcome { .. } => {}
        }
    }
    if tiles.is_empty() {
        return;
    }
    // Tiles in rows; a row is never split.
    for row in tiles.chunks(per_row) {
        let heights: Vec<f32> = row
            .iter()
            .map(|analysis| tile_height(flow, analysis, tile_width - 16.0))
            .collect();
        let height = heights.iter().copied().fold(0.0, f32::max) + 16.0;
        flow.keep(height + gap);
        flow.space(6.0);
        let top = flow.y;
        for (i, analysis) in row.iter().enumerate() {
            let x = flow.left + i as f32 * (tile_width + gap);
            flow.rect(x, top, tile_width, height, color(c.surface_alt));
            let saved = flow.y;
            flow.y = top + 8.0;
            match &analysis.kind {
                AnalysisKind::Figure(figure) => {
                    if let Some(was) = &figure.was {
                        flow.paragraph_at(
                            &format!("{was} →"),
                            TextStyle::new(flow.measures.small, false, color(c.muted)),
                            x + 8.0,
                            tile_width - 16.0,
                        );
                    }
                    let tone = match figure.tone {
                        Tone::Good => color(c.good),
                        Tone::Bad => color(c.bad),
                        Tone::Neutral => color(c.strong),
                    };
                    flow.paragraph_at(
                        &figure.text,
                        TextStyle::new(flow.measures.figure, true, tone),
                        x + 8.0,
                        tile_width - 16.0,
                    );
                }
                AnalysisKind::Outcome { text } => {
                    flow.paragraph_at(
                        &format!("✓ {text}"),
                        TextStyle::new(flow.measures.body + 0.5, true, color(c.good)),
                        x + 8.0,
                        tile_width - 16.0,
                    );
                }
                _ => {}
            }
            flow.paragraph_at(
                &analysis.label,
                TextStyle::new(flow.measures.small, false, color(c.muted)),
                x + 8.0,
                tile_width - 16.0,
            );
            flow.y = saved;
        }
        flow.y = top + height + 4.0;
    }
}

fn tile_height(flow: &mut Flow, analysis: &Analysis, width: f32) -> f32 {
    let label = flow.height_of(&analysis.label, flow.measures.small, false, width);
    match &analysis.kind {
        AnalysisKind::Figure(figure) => {
            let was = figure.was.as_ref().map_or(0.0, |w| {
                flow.height_of(&format!("{w} →"), flow.measures.small, false, width)
            });
            was + flow.height_of(&figure.text, flow.measures.figure, true, width) + label
        }
        AnalysisKind::Outcome { text } => {
            flow.height_of(&format!("✓ {text}"), flow.measures.body + 0.5, true, width) + label
        }
        _ => label,
    }
}

/// A chart's label with its badges at the right.
fn chart_head(flow: &mut Flow, label: &str, badges: &[(String, Color)], factor: Option<String>) {
    let c = flow.colours;
    let chart_width = flow.measures.chart_width.min(flow.width);
    let mut right = flow.left + chart_width;
    let top = flow.y;
    let mut all: Vec<(String, Color)> = badges.to_vec();
    if let Some(factor) = factor {
        all.push((factor, color(c.muted)));
    }
    for (text, colour) in all.iter().rev() {
        let shaped = flow.shape(text, flow.measures.small, true, 10_000.0);
        let width = shaped.layout.width();
        right -= width + 10.0;
        flow.rect(
            right - 1.0,
            top + 1.0,
            width + 8.0,
            flow.measures.small * LINE,
            color(c.surface_alt),
        );
        flow.label(
            text,
            TextStyle::new(flow.measures.small, true, *colour),
            right + 3.0,
            top + 1.0,
        );
    }
    let label_width = (right - flow.left - 8.0).max(chart_width * 0.4);
    flow.paragraph_at(
        label,
        TextStyle::new(flow.measures.body - 0.5, true, color(c.strong)),
        flow.left,
        label_width,
    );
    flow.y = flow.y.max(top + flow.measures.small * LINE + 2.0) + 2.0;
}

fn verdict_text(flow: &mut Flow, verdict: Option<(String, VerdictTone)>, log_scale: bool) {
    let c = flow.colours;
    let mut text = String::new();
    let mut colour = color(c.muted);
    if let Some((line, tone)) = verdict {
        colour = match tone {
            VerdictTone::Agrees => color(c.good),
            VerdictTone::Disagrees => color(c.warn),
            VerdictTone::Unchecked => color(c.muted),
        };
        text.push_str(&line);
    }
    if log_scale {
        if !text.is_empty() {
            text.push_str("  ");
        }
        text.push_str(&format!(
            "· {} ({})",
            words::LOG_SCALE,
            words::LOG_SCALE_STEP
        ));
    }
    if !text.is_empty() {
        let width = flow.width - flow.measures.bar_name;
        flow.paragraph_at(
            &text,
            TextStyle::new(flow.measures.small, false, colour),
            flow.left + flow.measures.bar_name,
            width,
        );
    }
}
