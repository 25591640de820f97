//! Positions on a time axis, as a slide shows a career: a row for each with its role,
//! organisation and dates at the left and a bar from its start to its end at the right; the
//! current position in the accent colour, running to the axis's end. The highlights are the
//! presenter's to tell (`deck::brief`).

use std::ops::Range;

use super::color;
use super::flow::{Flow, TextStyle};
use super::items::Item;
use super::text::LINE;
use crate::model::{End, Role, YearMonth};

/// The share of the width the text of a row takes; the axis has the rest.
const TEXT_SHARE: f32 = 0.46;
/// Between the text column and the axis.
const AXIS_GAP: f32 = 32.0;
/// Between rows.
const ROW_GAP: f32 = 8.0;
/// A bar's thickness.
const BAR: f32 = 14.0;

/// The years a timeline of `roles` spans: from the earliest start to the year after the
/// latest date (a position that is ongoing runs to the end); `None` without dates.
pub fn span(roles: &[Role]) -> Option<(f32, f32)> {
    let starts = roles.iter().filter_map(|r| r.start).map(fractional_year);
    let ends = roles.iter().filter_map(|r| match r.end {
        Some(End::Date(date)) => Some(fractional_year(date) + month_or_year(date)),
        _ => None,
    });
    let all: Vec<f32> = starts.chain(ends).collect();
    let first = all.iter().copied().fold(f32::INFINITY, f32::min).floor();
    let last = all.iter().copied().fold(f32::NEG_INFINITY, f32::max).ceil();
    (first.is_finite() && last.is_finite()).then_some((first, last.max(first + 1.0)))
}

/// A date as a year with its month as a fraction: 2021-07 is 2021.5.
fn fractional_year(date: YearMonth) -> f32 {
    date.year as f32
        + date
            .month
            .map_or(0.0, |m| f32::from(m.saturating_sub(1)) / 12.0)
}

/// How long a date stands for: a month, or a whole year when no month is given.
fn month_or_year(date: YearMonth) -> f32 {
    if date.month.is_some() {
        1.0 / 12.0
    } else {
        1.0
    }
}

/// Rows `shown` of `roles` on an axis spanning `span` (from [`span`] of all of them, so that
/// a timeline continued on a second slide keeps its scale), then the axis with its years.
pub fn timeline(flow: &mut Flow, roles: &[Role], shown: Range<usize>, span: Option<(f32, f32)>) {
    let c = flow.colours;
    let text_width = flow.width * TEXT_SHARE;
    let axis_left = flow.left + text_width + AXIS_GAP;
    let axis_width = flow.width - text_width - AXIS_GAP;
    let ongoing_end = span.map(|(_, last)| last);
    let at = |year: f32| {
        span.map(|(first, last)| {
            axis_left + axis_width * ((year - first) / (last - first)).clamp(0.0, 1.0)
        })
    };
    let grid_top = flow.y;
    for role in roles.get(shown).unwrap_or_default() {
        let top = flow.y;
        let title = role.role.as_deref().unwrap_or(&role.organisation);
        flow.paragraph_at(
            title,
            TextStyle::new(flow.measures.title, true, color(c.strong)),
            flow.left,
            text_width,
        );
        let mut facts: Vec<String> = Vec::new();
        if role.role.is_some() {
            facts.push(role.organisation.clone());
        }
        facts.extend(crate::document::period_text(role.start, role.end));
        let meta = crate::document::meta::line(&facts);
        flow.paragraph_at(
            &meta,
            TextStyle::new(flow.measures.small, false, color(c.muted)),
            flow.left,
            text_width,
        );
        let middle = (top + flow.y) / 2.0;
        let from = role.start.map(fractional_year).and_then(at);
        let to = match role.end {
            Some(End::Date(date)) => at(fractional_year(date) + month_or_year(date)),
            Some(End::Present) => ongoing_end.and_then(at),
            None => role
                .start
                .map(|s| fractional_year(s) + month_or_year(s))
                .and_then(at),
        };
        if let (Some(from), Some(to)) = (from, to) {
            let current = role.end == Some(End::Present);
            let fill = if current {
                color(c.accent)
            } else {
                color(c.before_bar)
            };
            flow.rect(
                from,
                middle - BAR / 2.0,
                (to - from).max(BAR * 0.5),
                BAR,
                fill,
            );
            if current {
                // An open end: the position goes on past the axis.
                flow.current.push(Item::Disc {
                    x: to - BAR * 0.5,
                    y: middle - BAR * 0.5 - 4.0,
                    diameter: BAR + 8.0,
                    color: color(c.accent),
                });
            }
        }
        flow.y += ROW_GAP;
    }
    let Some((first, last)) = span else {
        return;
    };
    // Faint year lines behind the rows, then the years under them.
    let years = (last - first).round() as i32;
    let step = match years {
        0..=8 => 1,
        9..=16 => 2,
        17..=40 => 5,
        _ => 10,
    };
    let axis_y = flow.y;
    let muted = color(c.muted);
    for index in (0..=years).step_by(step as usize) {
        let year = first + index as f32;
        let Some(x) = at(year) else { continue };
        flow.current.push(Item::Rule {
            from: (x, grid_top),
            to: (x, axis_y + 6.0),
            width: 0.75,
            color: color(c.border),
        });
        let text = format!("{}", year as i32);
        let width = flow
            .shape(&text, flow.measures.small, false, 10_000.0)
            .layout
            .width();
        let left = (x - width / 2.0).min(axis_left + axis_width - width);
        flow.label(
            &text,
            TextStyle::new(flow.measures.small, false, muted),
            left,
            axis_y + 8.0,
        );
    }
    flow.y = axis_y + 8.0 + flow.measures.small * LINE;
}
