//! Numbers as folio prints them: quantities, factors, signed changes, percentages.

use crate::model::{Bound, Dimension, Quantity};

/// Prints a quantity the way folio shows it: "8–10 s", "< 300 ms", "$1.2M", "17,600 videos".
pub fn format_quantity(q: &Quantity) -> String {
    let number = if q.is_range() {
        format!("{}–{}", format_number(q.low), format_number(q.high))
    } else {
        format_number(q.low)
    };
    let (prefix, suffix) = match q.bound {
        Bound::AtLeast if !q.source.trim_start().starts_with(['>', '≥', 'a']) => ("", "+"),
        bound => (bound.prefix(), ""),
    };
    let unit = &q.unit.symbol;
    if q.unit.is_prefix() {
        format!("{prefix}{unit}{number}{suffix}")
    } else if unit.is_empty() {
        format!("{prefix}{number}{suffix}")
    } else if matches!(q.unit.dimension, Dimension::Percent | Dimension::Factor) {
        format!("{prefix}{number}{suffix}{unit}")
    } else {
        format!("{prefix}{number}{suffix} {unit}")
    }
}

/// A side of a change as people say it on a slide: a bound in words ("under 300 ms", "up to
/// 2 h", "over 5", "at least 10K"), and a bound on a range as the range ("< 3–10 ms" is read
/// aloud as "3 to 10 ms"). Tables and the document keep the compact signs.
pub fn spoken(side: &super::Side) -> String {
    let text = side.text.as_str();
    let Some(bare) = text.strip_prefix(side.bound.prefix()) else {
        return text.to_owned();
    };
    let ranged = side.high > side.low;
    let words = match side.bound {
        Bound::Below | Bound::AtMost if ranged => "",
        Bound::Below => "under ",
        Bound::AtMost => "up to ",
        Bound::Above => "over ",
        Bound::AtLeast => "at least ",
        Bound::About | Bound::Exact => return text.to_owned(),
    };
    format!("{words}{bare}")
}

/// A single figure's printed text ("< 30 ms") as people say it ("under 30 ms"), like
/// [`spoken`] for a side of a change.
pub fn spoken_text(text: &str) -> String {
    for (bound, words) in [
        (Bound::Below, "under "),
        (Bound::AtMost, "up to "),
        (Bound::Above, "over "),
        (Bound::AtLeast, "at least "),
    ] {
        if let Some(bare) = text.strip_prefix(bound.prefix()) {
            // A bound on a range is read as the range, as in [`spoken`].
            let range = bare.contains('–') && matches!(bound, Bound::Below | Bound::AtMost);
            return if range {
                bare.to_owned()
            } else {
                format!("{words}{bare}")
            };
        }
    }
    text.to_owned()
}

/// Prints a number compactly: "17,600", "1.2M", "3.4", "0.25".
pub fn format_number(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e9 {
        format!("{}bn", format_fixed(value / 1e9, 2))
    } else if magnitude >= 1e6 {
        format!("{}M", format_fixed(value / 1e6, 2))
    } else if magnitude >= 1000.0 {
        group_thousands(&format_fixed(value, 0))
    } else {
        format_fixed(value, 2)
    }
}

/// A value with at most `decimals` decimals, trailing zeros removed.
pub fn format_fixed(value: f64, decimals: u32) -> String {
    let precision = usize::try_from(decimals).unwrap_or(2);
    // Half away from zero, as people round ("10.5×" is "11×"); the formatter alone rounds
    // half to even.
    let scale = 10_f64.powi(i32::try_from(decimals).unwrap_or(2));
    let rounded = (value * scale).round() / scale;
    let value = if rounded.is_finite() { rounded } else { value };
    let text = format!("{value:.precision$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    if text == "-0" { "0".to_owned() } else { text }
}

fn group_thousands(digits: &str) -> String {
    let (sign, digits) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}")
}

/// A factor as the badge and the claim line both show it: to a stated claim's decimals, else
/// by [`format_factor`]. One rule, so "38×" never stands beside "37.5×".
pub fn factor_label(factor: f64, decimals: Option<u32>) -> String {
    match decimals {
        Some(decimals) => {
            let text = format_fixed(factor, decimals);
            // Thousands are grouped in the whole part only: "1,385.5×".
            let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
            let point = if fraction.is_empty() { "" } else { "." };
            format!("{}{point}{fraction}×", group_thousands(whole))
        }
        None => format_factor(factor),
    }
}

/// "1,385×" for large factors, "2.3×" for small ones.
pub fn format_factor(factor: f64) -> String {
    if factor >= 10.0 {
        format!("{}×", group_thousands(&format_fixed(factor, 0)))
    } else {
        format!("{}×", format_fixed(factor, 1))
    }
}

/// A signed figure with a real minus sign: "−99.93 %", "+30 %", "−60 pp".
pub fn format_signed(value: f64, unit: &str) -> String {
    let sign = if value < 0.0 {
        "−"
    } else if value > 0.0 {
        "+"
    } else {
        ""
    };
    format!("{sign}{} {unit}", format_fixed(value.abs(), 2))
}

pub(super) fn format_percent_magnitude(value: f64, decimals: u32) -> String {
    format!("{} %", format_fixed(value.abs(), decimals.max(2)))
}

pub(super) fn format_points(value: f64, decimals: u32) -> String {
    format!("{} pp", format_fixed(value, decimals.max(2)))
}

/// A chart axis's tick: as [`format_base`], but a day or more of time in days ("7 d").
pub fn format_tick(dimension: &Dimension, value: f64) -> String {
    const DAY: f64 = 86_400.0;
    if value == 0.0 {
        "0".to_owned()
    } else if *dimension == Dimension::Time && value >= DAY {
        format!("{} d", format_fixed(value / DAY, 0))
    } else {
        format_base(dimension, value)
    }
}

/// Prints a value in base units with the unit that reads best: 0.0065 s → "6.5 ms".
pub fn format_base(dimension: &Dimension, value: f64) -> String {
    match dimension {
        Dimension::Time => {
            const STEPS: [(f64, &str); 6] = [
                (3600.0, "h"),
                (60.0, "min"),
                (1.0, "s"),
                (1e-3, "ms"),
                (1e-6, "µs"),
                (1e-9, "ns"),
            ];
            let (scale, unit) = STEPS
                .iter()
                .find(|(scale, _)| value.abs() >= *scale)
                .copied()
                .unwrap_or((1e-9, "ns"));
            format!("{} {unit}", format_fixed(value / scale, 2))
        }
        Dimension::Bytes => {
            const STEPS: [(f64, &str); 5] = [
                (1e12, "TB"),
                (1e9, "GB"),
                (1e6, "MB"),
                (1e3, "KB"),
                (1.0, "B"),
            ];
            let (scale, unit) = STEPS
                .iter()
                .find(|(scale, _)| value.abs() >= *scale)
                .copied()
                .unwrap_or((1.0, "B"));
            format!("{} {unit}", format_fixed(value / scale, 2))
        }
        Dimension::Percent => format!("{}%", format_fixed(value, 2)),
        Dimension::Points => format!("{} pp", format_fixed(value, 2)),
        Dimension::Factor => format!("{}×", format_fixed(value, 2)),
        Dimension::Currency(code) => format!("{} {code}", format_number(value)),
        Dimension::Count => format_number(value),
        Dimension::Label(label) => format!("{} {label}", format_number(value)),
    }
}
