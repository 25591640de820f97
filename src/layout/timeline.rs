//! Positions on a time axis, as a slide shows a career: a row for each with its role,
//! organisation and dates at the left and a bar from its start to its end at the right; the
//! current position in the accent colour, running to this month (`today`, which the caller
//! reads once, so that the layout stays a function of its inputs). The highlights are the
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
/// The most rows drawn with two lines each (role; organisation and dates); more are drawn a
/// line each, so that eight positions still fit one slide.
pub const FULL_ROWS: usize = 5;
/// The most positions on one timeline slide.
pub const MAX_ROWS: usize = 8;
/// The share of the width a one-line row's text takes.
const COMPACT_TEXT_SHARE: f32 = 0.62;

/// The years a timeline of `roles` spans: from the earliest start to the year after the
/// latest date, where a position held to the present ends at the end of `today`'s month
/// (a talk given years after the file was written still shows the current position
/// running to now); `None` without dates.
pub fn span(roles: &[Role], today: YearMonth) -> Option<(f32, f32)> {
    // Without a start nothing has a bar: an axis of years would stand empty.
    roles.iter().find_map(|r| r.start)?;
    let starts = roles.iter().filter_map(|r| r.start).map(fractional_year);
    let ends = roles.iter().filter_map(|r| bar_end(r, today));
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

/// Where a position's bar ends, in fractional years: at the end of its last month (or year),
/// at the end of `today`'s month when it is held to the present, and after its first month
/// when no end is given.
fn bar_end(role: &Role, today: YearMonth) -> Option<f32> {
    // 2026-12 runs through 2027.0 exactly, not a rounding error past it: the axis's last
    // year is the ceiling of this.
    let through = |date: YearMonth| {
        date.year as f32 + date.month.map_or(1.0, |month| f32::from(month) / 12.0)
    };
    match role.end {
        Some(End::Date(date)) => Some(through(date)),
        Some(End::Present) => Some(through(today)),
        None => role.start.map(through),
    }
}

/// Rows `shown` of `roles` on an axis spanning `span` (from [`span`] of all of them, so that
/// a timeline continued on a second slide keeps its scale), then the axis with its years; a
/// position held to the present runs to the end of `today`'s month.
pub fn timeline(
    flow: &mut Flow,
    roles: &[Role],
    shown: Range<usize>,
    span: Option<(f32, f32)>,
    today: YearMonth,
) {
    let c = flow.colours;
    let compact = shown.len() > FULL_ROWS;
    let share = if compact {
        COMPACT_TEXT_SHARE
    } else {
        TEXT_SHARE
    };
    // Without dates there are no bars: the rows take the width, and say what each
    // position was about by its tags.
    let text_width = if span.is_none() {
        flow.width
    } else {
        flow.width * share
    };
    let axis_left = flow.left + text_width + AXIS_GAP;
    let axis_width = flow.width - text_width - AXIS_GAP;
    let at = |year: f32| {
        span.map(|(first, last)| {
            axis_left + axis_width * ((year - first) / (last - first)).clamp(0.0, 1.0)
        })
    };
    let grid_top = flow.y;
    for role in roles.get(shown).unwrap_or_default() {
        let top = flow.y;
        if compact {
            compact_row(flow, role, text_width);
        } else {
            full_row(flow, role, text_width);
            if span.is_none() && !role.tags.is_empty() {
                let tags = crate::document::meta::line(&role.tags);
                flow.paragraph_at(
                    &tags,
                    TextStyle::new(flow.measures.small, false, color(c.accent)),
                    flow.left,
                    text_width,
                );
                flow.space(ROW_GAP);
            }
        }
        let middle = (top + flow.y) / 2.0;
        let from = role.start.map(fractional_year).and_then(at);
        let to = bar_end(role, today).and_then(at);
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
                // An open end at this month: the position goes on.
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
    let mut free_from = f32::NEG_INFINITY;
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
        // The last year, pushed left to stay on the slide, must not touch the one before.
        if left < free_from {
            continue;
        }
        free_from = left + width + 12.0;
        flow.label(
            &text,
            TextStyle::new(flow.measures.small, false, muted),
            left,
            axis_y + 8.0,
        );
    }
    flow.y = axis_y + 8.0 + flow.measures.small * LINE;
}

/// A row's text on two lines: the role, then organisation and dates.
fn full_row(flow: &mut Flow, role: &Role, text_width: f32) {
    let c = flow.colours;
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
}

/// A row's text on one line: the role and organisation if they fit, else whichever of the
/// two fits (the role first), at running-text size, else at the smallest size; only
/// a name too long for a line even then is wrapped. Dates are the bar's to show; the
/// presenter's script has every word.
fn compact_row(flow: &mut Flow, role: &Role, text_width: f32) {
    let c = flow.colours;
    let both = role
        .role
        .as_ref()
        .map(|r| crate::document::meta::line(&[r.clone(), role.organisation.clone()]));
    // The role before the organisation: a career reads as the roles it climbed.
    let names: Vec<&str> = both
        .iter()
        .map(String::as_str)
        .chain(role.role.as_deref())
        .chain(std::iter::once(role.organisation.as_str()))
        .collect();
    let sizes = [flow.measures.body, flow.measures.small];
    let mut chosen = (role.organisation.as_str(), flow.measures.small);
    'sizes: for size in sizes {
        for name in &names {
            if flow.shape(name, size, true, 10_000.0).layout.width() <= text_width {
                chosen = (name, size);
                break 'sizes;
            }
        }
    }
    flow.paragraph_at(
        chosen.0,
        TextStyle::new(chosen.1, true, color(c.strong)),
        flow.left,
        text_width,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::flow::SLIDES;
    use crate::layout::text::Shaper;

    fn role(start: &str, end: &str) -> Role {
        ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(&format!(
                "(role: \"Engineer\", organisation: \"Acme\", start: \"{start}\", end: \"{end}\")"
            ))
            .expect("a position")
    }

    fn month(year: i32, month: u8) -> YearMonth {
        YearMonth {
            year,
            month: Some(month),
        }
    }

    /// The talk: a position held since 2022, the file written in 2024, the talk
    /// given in December 2026.
    fn career() -> Vec<Role> {
        vec![role("2022-02", "present"), role("2018-09", "2022-01")]
    }

    #[test]
    fn a_position_held_to_the_present_runs_the_axis_to_this_month() {
        let roles = career();
        assert_eq!(span(&roles, month(2026, 12)), Some((2018.0, 2027.0)));
        assert_eq!(span(&roles, month(2026, 6)), Some((2018.0, 2027.0)));
        assert_eq!(span(&roles, month(2024, 3)), Some((2018.0, 2025.0)));
        // Without a current position, today changes nothing.
        let past = [role("2018-09", "2022-01")];
        assert_eq!(span(&past, month(2026, 12)), span(&past, month(2030, 1)));
        assert_eq!(span(&past, month(2026, 12)), Some((2018.0, 2023.0)));
    }

    /// The bars and year labels a timeline of `roles` draws on a slide, in `today`.
    fn drawn(roles: &[Role], today: YearMonth) -> (Option<f32>, Vec<String>, f32, f32) {
        let mut shaper = Shaper::new();
        let mut flow = Flow::new(&mut shaper, SLIDES, (1280.0, 720.0), false, None);
        let accent = color(flow.colours.accent);
        let axis_right = flow.left + flow.width;
        let axis_left = flow.left + flow.width * TEXT_SHARE + AXIS_GAP;
        timeline(&mut flow, roles, 0..roles.len(), span(roles, today), today);
        let (pages, _) = flow.finish();
        let items: Vec<Item> = pages.into_iter().flatten().collect();
        let current_end = items.iter().find_map(|item| match item {
            Item::Rect {
                x, width, color, ..
            } if *color == accent => Some(x + width),
            _ => None,
        });
        let years = items
            .iter()
            .filter_map(|item| match item {
                Item::Line { text, line, .. } => Some(text.line_text(*line).trim().to_owned()),
                _ => None,
            })
            .filter(|text| text.len() == 4 && text.chars().all(|c| c.is_ascii_digit()))
            .collect();
        (current_end, years, axis_left, axis_right)
    }

    #[test]
    fn the_current_bar_ends_at_this_month_and_the_axis_names_its_year() {
        let roles = career();
        let (end, years, _, axis_right) = drawn(&roles, month(2026, 12));
        let end = end.expect("the current position's bar");
        assert!(
            (end - axis_right).abs() < 0.5,
            "December 2026 ends the axis: {end} vs {axis_right}"
        );
        assert!(years.contains(&"2026".to_owned()), "{years:?}");
        assert!(!years.iter().any(|y| y.as_str() > "2027"), "{years:?}");

        // In June the bar stops half way through the axis's last year.
        let (end, _, axis_left, axis_right) = drawn(&roles, month(2026, 6));
        let end = end.expect("the current position's bar");
        let year = (axis_right - axis_left) / 9.0;
        assert!(
            (end - (axis_right - year / 2.0)).abs() < 0.5,
            "June 2026: {end}, axis {axis_left}..{axis_right}"
        );
    }
}
