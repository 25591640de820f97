//! The metric engine: from a metric as written to everything folio shows about it.
//!
//! Pure functions, no egui. For a before/after pair it derives both sides in one base unit,
//! the improvement in % with the sign of its direction, the factor ("1,385× faster"),
//! percentage points where both sides are percentages, whether a chart needs a log scale,
//! human labels, and a verdict on the person's claim.
//!
//! Rules, as documented in `docs/format.md`:
//! - Ranges compare by their midpoints unless the metric says `basis: Best` or `Worst`.
//! - A bound ("under 300 ms") counts as its stated number.
//! - A claim agrees when it equals the computed figure to the claim's own precision:
//!   `99.93%` agrees with anything that rounds to 99.93; `~3×` allows 10 %.
//! - Without `better`, the direction the figures moved is taken as the improvement.

use crate::model::{
    Basis, Better, Bound, Claim, ClaimKind, Dimension, Metric, Quantity, metric::Change,
    metric::Figure, metric::Relative,
};

/// A ratio beyond which a linear chart would hide the smaller bar.
pub const LOG_SCALE_RATIO: f64 = 20.0;

/// Whether a change is good, bad or neither, for colouring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Moved the good way.
    Good,
    /// Moved the bad way.
    Bad,
    /// No change, or no direction.
    Neutral,
}

/// What folio derives from one metric.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The metric's label.
    pub label: String,
    /// What kind of figure it is, with its derived values.
    pub kind: AnalysisKind,
}

/// The derived values for each kind of metric.
#[derive(Clone, Debug, PartialEq)]
pub enum AnalysisKind {
    /// A before/after pair in units that convert.
    Change(Box<ChangeAnalysis>),
    /// A relative change with no absolute figures.
    Relative(RelativeAnalysis),
    /// A single figure.
    Figure(FigureAnalysis),
    /// A result in words.
    Outcome {
        /// The result.
        text: String,
    },
    /// A before/after pair whose units do not convert (`s` against `MB`).
    Incomparable {
        /// The "before" figure as written.
        before: String,
        /// The "after" figure as written.
        after: String,
        /// Why they cannot be compared.
        reason: String,
    },
}

/// One side of a before/after pair.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// "Before", "After", or the metric's own side label ("360p").
    pub name: String,
    /// The figure as folio prints it: "8–10 s", "< 300 ms".
    pub text: String,
    /// The lower end in base units (seconds, bytes, ...).
    pub low: f64,
    /// The upper end in base units.
    pub high: f64,
    /// The value compared, in base units (the midpoint, or an end for `basis: Best/Worst`).
    pub value: f64,
    /// Whether the figure is a bound such as "< 300 ms".
    pub bound: Bound,
}

/// Derived values of a before/after pair.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeAnalysis {
    /// The figure before.
    pub before: Side,
    /// The figure after.
    pub after: Side,
    /// The dimension both sides share.
    pub dimension: Dimension,
    /// Which way is good (given, or inferred from the movement).
    pub better: Better,
    /// Whether `better` was inferred rather than written.
    pub better_inferred: bool,
    /// Signed relative change in %, `(after - before) / before`; `None` when before is 0.
    pub change_percent: Option<f64>,
    /// The change in percentage points, when both sides are percentages.
    pub points: Option<f64>,
    /// How many times larger the larger side is than the smaller; `None` with a zero side.
    pub factor: Option<f64>,
    /// Good, bad or neutral for its direction.
    pub tone: Tone,
    /// Whether a chart needs a logarithmic scale to show both bars.
    pub log_scale: bool,
    /// The claim's verdict.
    pub verdict: Verdict,
    /// Decimals of a stated factor ("37.5×"), so the factor badge and the claim line round
    /// alike; `None` for the usual rounding of [`format_factor`].
    pub factor_decimals: Option<u32>,
}

/// Derived values of a relative change.
#[derive(Clone, Debug, PartialEq)]
pub struct RelativeAnalysis {
    /// Signed change as written.
    pub change: f64,
    /// Whether `change` is in percentage points rather than percent.
    pub in_points: bool,
    /// The change as folio prints it ("−30 %").
    pub text: String,
    /// Which way is good.
    pub better: Better,
    /// Good, bad or neutral.
    pub tone: Tone,
    /// The claim's verdict.
    pub verdict: Verdict,
}

/// Derived values of a single figure.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureAnalysis {
    /// The figure as folio prints it ("17,600 videos", "< 30 ms").
    pub text: String,
    /// What it was before, in words.
    pub was: Option<String>,
    /// The figure reached zero ("autoscaling events: frequent → 0").
    pub reached_zero: bool,
    /// Good when a lower-is-better figure reached zero; else neutral.
    pub tone: Tone,
}

/// How a stated claim compares with the figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// No claim was stated.
    NoClaim,
    /// The claim matches the computed figure to its own precision.
    Agrees {
        /// The claim as written.
        claim: String,
        /// The computed figure.
        computed: String,
    },
    /// The claim does not match.
    Disagrees {
        /// The claim as written.
        claim: String,
        /// The computed figure.
        computed: String,
    },
    /// The claim cannot be checked against these figures.
    Unchecked {
        /// The claim as written.
        claim: String,
        /// Why not.
        reason: String,
    },
}

impl Verdict {
    /// A short summary for the metrics table: "agrees", "disagrees", "cannot be checked", or
    /// nothing when there is no claim.
    pub fn word(&self) -> &'static str {
        match self {
            Verdict::NoClaim => "",
            Verdict::Agrees { .. } => "agrees",
            Verdict::Disagrees { .. } => "disagrees",
            Verdict::Unchecked { .. } => "cannot be checked",
        }
    }
}

/// Derives everything folio shows about one metric.
pub fn analyse(metric: &Metric) -> Analysis {
    let kind = match metric {
        Metric::Change(change) => analyse_change(change),
        Metric::Relative(relative) => AnalysisKind::Relative(analyse_relative(relative)),
        Metric::Figure(figure) => AnalysisKind::Figure(analyse_figure(figure)),
        Metric::Outcome(outcome) => AnalysisKind::Outcome {
            text: outcome.text.clone(),
        },
    };
    Analysis {
        label: metric.label().to_owned(),
        kind,
    }
}

/// Why two units cannot be compared, or `None` when they convert.
pub fn incompatibility(a: &Quantity, b: &Quantity) -> Option<String> {
    (a.unit.dimension != b.unit.dimension).then(|| {
        format!(
            "`{}` and `{}` do not convert into each other",
            unit_name(a),
            unit_name(b)
        )
    })
}

fn unit_name(q: &Quantity) -> &str {
    if q.unit.symbol.is_empty() {
        "a plain count"
    } else {
        &q.unit.symbol
    }
}

/// What validation needs of a metric, without the text [`analyse`] formats for display:
/// loading a large file checks every metric, and formatting was a tenth of that time.
#[derive(Clone, Debug, PartialEq)]
pub enum Check {
    /// The two sides' units do not convert into each other; the reason.
    Incomparable(String),
    /// How the claim, if any, compares with the figures.
    Verdict(Verdict),
}

/// Checks one metric: the same verdict as [`analyse`] gives, computed the same way.
pub fn check(metric: &Metric) -> Check {
    match metric {
        Metric::Change(change) => {
            if let Some(reason) = incompatibility(&change.before, &change.after) {
                return Check::Incomparable(reason);
            }
            Check::Verdict(ChangeNumbers::of(change).verdict(change.claim.as_ref()))
        }
        Metric::Relative(relative) => Check::Verdict(relative_verdict(relative)),
        Metric::Figure(_) | Metric::Outcome(_) => Check::Verdict(Verdict::NoClaim),
    }
}

/// The numbers of a before/after change that comparable units give.
struct ChangeNumbers {
    better: Better,
    better_inferred: bool,
    before_value: f64,
    after_value: f64,
    change_percent: Option<f64>,
    points: Option<f64>,
    factor: Option<f64>,
}

impl ChangeNumbers {
    fn of(change: &Change) -> Self {
        let mid_before = change.before.midpoint_base();
        let mid_after = change.after.midpoint_base();
        let (better, better_inferred) = match change.better {
            Some(better) => (better, false),
            None if mid_after > mid_before => (Better::Higher, true),
            None => (Better::Lower, true),
        };
        let (before_value, after_value) = compared_values(change, better);
        let change_percent = (before_value > 0.0)
            .then(|| (after_value - before_value) / before_value * 100.0)
            .filter(|p| p.is_finite());
        let points = (change.before.unit.dimension == Dimension::Percent)
            .then_some(after_value - before_value);
        let (small, large) = (
            before_value.min(after_value).abs(),
            before_value.max(after_value).abs(),
        );
        let factor =
            (small > 0.0 && before_value >= 0.0 && after_value >= 0.0).then(|| large / small);
        Self {
            better,
            better_inferred,
            before_value,
            after_value,
            change_percent,
            points,
            factor,
        }
    }

    /// How `claim`, if stated, compares with these numbers.
    fn verdict(&self, claim: Option<&Claim>) -> Verdict {
        match claim {
            None => Verdict::NoClaim,
            Some(claim) => judge(claim, self.change_percent, self.points, self.factor),
        }
    }
}

fn analyse_change(change: &Change) -> AnalysisKind {
    if let Some(reason) = incompatibility(&change.before, &change.after) {
        return AnalysisKind::Incomparable {
            before: format_quantity(&change.before),
            after: format_quantity(&change.after),
            reason,
        };
    }
    let numbers = ChangeNumbers::of(change);
    let side = |name: &Option<String>, default: &str, q: &Quantity, value: f64| Side {
        name: name.clone().unwrap_or_else(|| default.to_owned()),
        text: format_quantity(q),
        low: q.low * q.unit.scale,
        high: q.high * q.unit.scale,
        value,
        bound: q.bound,
    };
    let before = side(
        &change.before_label,
        "Before",
        &change.before,
        numbers.before_value,
    );
    let after = side(
        &change.after_label,
        "After",
        &change.after,
        numbers.after_value,
    );
    let dimension = change.before.unit.dimension.clone();
    // Named sides ("360p" against "720p") compare two things rather than report a change
    // the person made, so neither side is coloured as a success or a failure.
    let comparison = change.before_label.is_some() || change.after_label.is_some();
    let tone = if comparison {
        Tone::Neutral
    } else {
        tone_of(numbers.after_value - numbers.before_value, numbers.better)
    };
    AnalysisKind::Change(Box::new(ChangeAnalysis {
        before,
        after,
        dimension,
        better: numbers.better,
        better_inferred: numbers.better_inferred,
        change_percent: numbers.change_percent,
        points: numbers.points,
        factor: numbers.factor,
        tone,
        log_scale: numbers.factor.is_some_and(|f| f > LOG_SCALE_RATIO),
        verdict: numbers.verdict(change.claim.as_ref()),
        factor_decimals: change
            .claim
            .as_ref()
            .filter(|claim| claim.kind == ClaimKind::Factor && claim.decimals > 0)
            .map(|claim| claim.decimals),
    }))
}

/// The values compared, in base units, by the metric's basis.
fn compared_values(change: &Change, better: Better) -> (f64, f64) {
    let (b, a) = (&change.before, &change.after);
    let scale_b = b.unit.scale;
    let scale_a = a.unit.scale;
    let favourable = match change.basis {
        Basis::Midpoint => return (b.midpoint_base(), a.midpoint_base()),
        Basis::Best => true,
        Basis::Worst => false,
    };
    // "Best" for lower-is-better takes the highest before and the lowest after.
    let lower_is_better = better == Better::Lower;
    if favourable == lower_is_better {
        (b.high * scale_b, a.low * scale_a)
    } else {
        (b.low * scale_b, a.high * scale_a)
    }
}

fn tone_of(delta: f64, better: Better) -> Tone {
    if delta == 0.0 || !delta.is_finite() {
        Tone::Neutral
    } else if (delta < 0.0) == (better == Better::Lower) {
        Tone::Good
    } else {
        Tone::Bad
    }
}

/// Compares a claim with the computed figures.
fn judge(
    claim: &Claim,
    change_percent: Option<f64>,
    points: Option<f64>,
    factor: Option<f64>,
) -> Verdict {
    let agrees = |computed: f64| (computed.abs() - claim.value).abs() <= tolerance(claim);
    let unchecked = |reason: &str| Verdict::Unchecked {
        claim: claim.source.clone(),
        reason: reason.to_owned(),
    };
    let verdict = |ok: bool, computed: String| {
        if ok {
            Verdict::Agrees {
                claim: claim.source.clone(),
                computed,
            }
        } else {
            Verdict::Disagrees {
                claim: claim.source.clone(),
                computed,
            }
        }
    };
    match claim.kind {
        ClaimKind::Percent => {
            let Some(percent) = change_percent else {
                return unchecked("the figure before is zero, so no percentage exists");
            };
            let relative_text = format_percent_magnitude(percent, claim.decimals);
            if agrees(percent) {
                return verdict(true, relative_text);
            }
            // With percentages on both sides, "60%" may mean percentage points.
            match points {
                Some(pp) if agrees(pp) => verdict(true, format_points(pp.abs(), claim.decimals)),
                Some(pp) => verdict(
                    false,
                    format!(
                        "{relative_text} ({})",
                        format_points(pp.abs(), claim.decimals)
                    ),
                ),
                None => verdict(false, relative_text),
            }
        }
        ClaimKind::Points => match points {
            Some(pp) => verdict(agrees(pp), format_points(pp.abs(), claim.decimals)),
            None => unchecked("percentage points need percentages on both sides"),
        },
        ClaimKind::Factor => match factor {
            Some(f) => verdict(
                agrees(f),
                factor_label(f, (claim.decimals > 0).then_some(claim.decimals)),
            ),
            None => unchecked("a factor needs two non-zero figures"),
        },
    }
}

/// Half a unit of the claim's last digit; 10 % of it for approximate claims.
fn tolerance(claim: &Claim) -> f64 {
    let exponent = i32::try_from(claim.decimals).unwrap_or(i32::MAX);
    let precision = 0.5 * 10f64.powi(-exponent);
    let tolerance = if claim.approximate {
        precision.max(claim.value * 0.1)
    } else {
        precision
    };
    tolerance + 1e-9
}

fn analyse_relative(relative: &Relative) -> RelativeAnalysis {
    let change = relative.change.midpoint();
    let in_points = relative.change.unit.dimension == Dimension::Points;
    let better = relative.better.unwrap_or(if change > 0.0 {
        Better::Higher
    } else {
        Better::Lower
    });
    let text = if in_points {
        format_signed(change, "pp")
    } else {
        format_signed(change, "%")
    };
    RelativeAnalysis {
        change,
        in_points,
        text,
        better,
        tone: tone_of(change, better),
        verdict: relative_verdict(relative),
    }
}

/// How a relative change's claim, if stated, compares with the change itself.
fn relative_verdict(relative: &Relative) -> Verdict {
    let Some(claim) = &relative.claim else {
        return Verdict::NoClaim;
    };
    let change = relative.change.midpoint();
    if relative.change.unit.dimension == Dimension::Points {
        judge(claim, None, Some(change), None)
    } else {
        judge(claim, Some(change), None, None)
    }
}

fn analyse_figure(figure: &Figure) -> FigureAnalysis {
    let reached_zero = figure.value.high == 0.0;
    let tone = if reached_zero && figure.better != Some(Better::Higher) {
        Tone::Good
    } else {
        Tone::Neutral
    };
    FigureAnalysis {
        text: format_quantity(&figure.value),
        was: figure.was.clone(),
        reached_zero,
        tone,
    }
}

impl ChangeAnalysis {
    /// The improvement in % (positive when the change went the good way).
    pub fn improvement_percent(&self) -> Option<f64> {
        let percent = self.change_percent?;
        Some(match self.better {
            Better::Lower => -percent,
            Better::Higher => percent,
        })
    }

    /// The change as folio prints it: "−99.93 %", or "−60 pp / −75 %" for percentages.
    pub fn change_text(&self) -> String {
        let relative = self.change_percent.map(|p| format_signed(p, "%"));
        match (self.points, relative) {
            (Some(pp), Some(rel)) => format!("{} / {rel}", format_signed(pp, "pp")),
            (Some(pp), None) => format_signed(pp, "pp"),
            (None, Some(rel)) => rel,
            (None, None) => "new".to_owned(),
        }
    }

    /// The factor as words: "1,385× faster", "2.3× fewer"; `None` below 1.05×.
    pub fn factor_text(&self) -> Option<String> {
        let factor = self.factor.filter(|f| *f >= 1.05)?;
        let decreased = self.after.value < self.before.value;
        let word = match (&self.dimension, decreased) {
            (Dimension::Time, true) if self.better == Better::Lower => "faster",
            (Dimension::Time, true) => "shorter",
            (Dimension::Time, false) if self.better == Better::Lower => "slower",
            (Dimension::Time, false) => "longer",
            (Dimension::Count | Dimension::Label(_), true) => "fewer",
            (Dimension::Count | Dimension::Label(_), false) => "more",
            (Dimension::Bytes, true) => "smaller",
            (Dimension::Bytes, false) => "larger",
            (Dimension::Currency(_), true) => "cheaper",
            (_, true) => "lower",
            (_, false) => "higher",
        };
        Some(format!(
            "{} {word}",
            factor_label(factor, self.factor_decimals)
        ))
    }

    /// One sentence for screen readers and tooltips:
    /// "API response time: 8–10 s to 3–10 ms, 99.93 % lower".
    pub fn sentence(&self, label: &str) -> String {
        let mut out = format!("{label}: {} to {}", self.before.text, self.after.text);
        if let Some(percent) = self.change_percent {
            let direction = if percent < 0.0 { "lower" } else { "higher" };
            out.push_str(&format!(
                ", {} {direction}",
                format_percent_magnitude(percent, 2)
            ));
        }
        out
    }
}

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

fn format_percent_magnitude(value: f64, decimals: u32) -> String {
    format!("{} %", format_fixed(value.abs(), decimals.max(2)))
}

fn format_points(value: f64, decimals: u32) -> String {
    format!("{} pp", format_fixed(value, decimals.max(2)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::metric::{Outcome, parse_claim};
    use crate::model::quantity::parse_quantity;

    fn q(text: &str) -> Quantity {
        parse_quantity(text).expect("test quantity parses")
    }

    fn change(before: &str, after: &str) -> Change {
        Change {
            label: "m".into(),
            before: q(before),
            after: q(after),
            better: None,
            claim: None,
            basis: Basis::Midpoint,
            before_label: None,
            after_label: None,
        }
    }

    fn change_analysis(c: Change) -> ChangeAnalysis {
        match analyse(&Metric::Change(c)).kind {
            AnalysisKind::Change(a) => *a,
            other => panic!("not a change: {other:?}"),
        }
    }

    fn with_claim(mut c: Change, claim: &str) -> Change {
        c.claim = Some(parse_claim(claim).expect("claim parses"));
        c
    }

    #[test]
    fn factor_badge_and_claim_round_alike() {
        assert_eq!(factor_label(37.49, Some(1)), "37.5×");
        assert_eq!(factor_label(37.49, None), "37×");
        assert_eq!(factor_label(1385.46, Some(1)), "1,385.5×");
        let mut build = change("75 s", "2 s");
        build.better = Some(Better::Lower);
        build.claim = Some(parse_claim("37.5×").expect("claim"));
        let a = change_analysis(build);
        assert_eq!(a.factor_text().as_deref(), Some("37.5× faster"));
        assert!(matches!(&a.verdict, Verdict::Agrees { computed, .. } if computed == "37.5×"));
    }

    #[test]
    fn api_latency_reproduces_the_claim() {
        let a = change_analysis(with_claim(change("8-10 s", "under 3-10 ms"), "99.93%"));
        assert_eq!(a.before.value, 9.0);
        assert!((a.after.value - 0.0065).abs() < 1e-12);
        let improvement = a.improvement_percent().unwrap();
        assert!((improvement - 99.9278).abs() < 1e-3, "{improvement}");
        assert_eq!(a.change_text(), "−99.93 %");
        assert_eq!(a.factor_text().as_deref(), Some("1,385× faster"));
        assert!(a.log_scale);
        assert_eq!(a.tone, Tone::Good);
        assert_eq!(a.before.text, "8–10 s");
        assert_eq!(a.after.text, "< 3–10 ms");
        assert_eq!(
            a.verdict,
            Verdict::Agrees {
                claim: "99.93%".into(),
                computed: "99.93 %".into()
            }
        );
        assert_eq!(
            a.sentence("API response time"),
            "API response time: 8–10 s to < 3–10 ms, 99.93 % lower"
        );
    }

    #[test]
    fn pods_and_nodes() {
        let pods = change_analysis(with_claim(change("25", "11"), "56%"));
        assert!((pods.improvement_percent().unwrap() - 56.0).abs() < 1e-9);
        assert_eq!(pods.verdict.word(), "agrees");
        assert_eq!(pods.factor_text().as_deref(), Some("2.3× fewer"));
        assert!(!pods.log_scale);
        let nodes = change_analysis(with_claim(change("10", "5"), "50%"));
        assert!((nodes.improvement_percent().unwrap() - 50.0).abs() < 1e-9);
        assert_eq!(nodes.factor_text().as_deref(), Some("2× fewer"));
    }

    #[test]
    fn memory_in_points_and_percent() {
        let memory = change_analysis(change("80%", "20%"));
        assert_eq!(memory.points, Some(-60.0));
        assert_eq!(memory.change_percent, Some(-75.0));
        assert_eq!(memory.change_text(), "−60 pp / −75 %");
        // "60%" on percentages may mean points: accepted, and said so.
        let claimed = change_analysis(with_claim(change("80%", "20%"), "60%"));
        assert_eq!(
            claimed.verdict,
            Verdict::Agrees {
                claim: "60%".into(),
                computed: "60 pp".into()
            }
        );
    }

    #[test]
    fn disagreeing_claim_names_both_numbers() {
        let a = change_analysis(with_claim(change("8-10 s", "3-10 ms"), "99.99%"));
        assert_eq!(
            a.verdict,
            Verdict::Disagrees {
                claim: "99.99%".into(),
                computed: "99.93 %".into()
            }
        );
    }

    #[test]
    fn higher_is_better() {
        let mut c = change("1,000 req/s", "4,000 req/s");
        c.better = Some(Better::Higher);
        let a = change_analysis(with_claim(c, "300%"));
        assert_eq!(a.improvement_percent(), Some(300.0));
        assert_eq!(a.tone, Tone::Good);
        assert_eq!(a.factor_text().as_deref(), Some("4× more"));
        assert_eq!(a.verdict.word(), "agrees");
        // The same movement is bad when lower is better.
        let mut c = change("1,000 req/s", "4,000 req/s");
        c.better = Some(Better::Lower);
        assert_eq!(change_analysis(c).tone, Tone::Bad);
    }

    #[test]
    fn direction_is_inferred_from_movement() {
        let a = change_analysis(change("5", "9"));
        assert_eq!((a.better, a.better_inferred), (Better::Higher, true));
        let a = change_analysis(change("9", "5"));
        assert_eq!(a.better, Better::Lower);
    }

    #[test]
    fn units_convert_before_comparing() {
        let a = change_analysis(change("5 s", "500 ms"));
        assert_eq!(a.improvement_percent(), Some(90.0));
        assert_eq!(a.factor_text().as_deref(), Some("10× faster"));
        let a = change_analysis(change("2 h", "15 min"));
        assert_eq!(a.factor, Some(8.0));
        let a = change_analysis(change("1 GB", "250 MB"));
        assert_eq!(a.factor_text().as_deref(), Some("4× smaller"));
    }

    #[test]
    fn incompatible_units_are_reported() {
        let analysis = analyse(&Metric::Change(change("5 s", "3 MB")));
        match analysis.kind {
            AnalysisKind::Incomparable { reason, .. } => {
                assert!(reason.contains("`s` and `MB`"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
        let analysis = analyse(&Metric::Change(change("$5", "5 EUR")));
        assert!(matches!(analysis.kind, AnalysisKind::Incomparable { .. }));
    }

    #[test]
    fn zero_sides() {
        let a = change_analysis(change("12", "0"));
        assert_eq!(a.change_percent, Some(-100.0));
        assert_eq!(a.factor, None);
        assert!(!a.log_scale);
        let a = change_analysis(change("0", "5"));
        assert_eq!(a.change_percent, None);
        assert_eq!(a.change_text(), "new");
        let a = change_analysis(with_claim(change("0", "5"), "50%"));
        assert_eq!(a.verdict.word(), "cannot be checked");
    }

    #[test]
    fn basis_picks_range_ends() {
        let mut c = change("8-10 s", "3-10 ms");
        c.basis = Basis::Best;
        let a = change_analysis(c);
        assert_eq!((a.before.value, a.after.value), (10.0, 0.003));
        let mut c = change("8-10 s", "3-10 ms");
        c.basis = Basis::Worst;
        let a = change_analysis(c);
        assert_eq!((a.before.value, a.after.value), (8.0, 0.01));
    }

    #[test]
    fn factor_claims() {
        let mut c = change("3.4 MB", "10.1 MB");
        c.better = Some(Better::Lower);
        let a = change_analysis(with_claim(c, "~3×"));
        assert_eq!(a.verdict.word(), "agrees");
        assert_eq!(a.tone, Tone::Bad);
        assert_eq!(a.factor_text().as_deref(), Some("3× larger"));
        let a = change_analysis(with_claim(change("10", "5"), "4×"));
        assert_eq!(a.verdict.word(), "disagrees");
        let mut c = change("3.4 MB", "10.1 MB");
        c.before_label = Some("360p".into());
        c.after_label = Some("720p".into());
        assert_eq!(
            change_analysis(c).tone,
            Tone::Neutral,
            "a comparison, not a regression"
        );
    }

    #[test]
    fn relative_only_changes() {
        let relative = Relative {
            label: "Infrastructure cost".into(),
            change: q("-30%"),
            better: None,
            claim: None,
        };
        let AnalysisKind::Relative(r) = analyse(&Metric::Relative(relative)).kind else {
            panic!("relative expected");
        };
        assert_eq!(
            (r.text.as_str(), r.tone, r.better),
            ("−30 %", Tone::Good, Better::Lower)
        );
        let satisfaction = Relative {
            label: "Customer satisfaction".into(),
            change: q("+30%"),
            better: Some(Better::Higher),
            claim: Some(parse_claim("30%").expect("claim")),
        };
        let AnalysisKind::Relative(r) = analyse(&Metric::Relative(satisfaction)).kind else {
            panic!("relative expected");
        };
        assert_eq!((r.text.as_str(), r.tone), ("+30 %", Tone::Good));
        assert_eq!(r.verdict.word(), "agrees");
    }

    #[test]
    fn figures_and_outcomes() {
        let zero = Figure {
            label: "Autoscaling events".into(),
            value: q("0"),
            was: Some("frequent".into()),
            better: Some(Better::Lower),
        };
        let AnalysisKind::Figure(f) = analyse(&Metric::Figure(zero)).kind else {
            panic!("figure expected");
        };
        assert!(f.reached_zero);
        assert_eq!(f.tone, Tone::Good);
        let kpi = Figure {
            label: "Response time".into(),
            value: q("< 30 ms"),
            was: None,
            better: None,
        };
        let AnalysisKind::Figure(f) = analyse(&Metric::Figure(kpi)).kind else {
            panic!("figure expected");
        };
        assert_eq!((f.text.as_str(), f.reached_zero), ("< 30 ms", false));
        let outcome = analyse(&Metric::Outcome(Outcome {
            label: "Cascading timeouts".into(),
            text: "eliminated".into(),
        }));
        assert_eq!(
            outcome.kind,
            AnalysisKind::Outcome {
                text: "eliminated".into()
            }
        );
    }

    /// Found by the property tests: a midpoint of two huge values overflowed to infinity and
    /// the change became NaN.
    #[test]
    fn huge_values_do_not_overflow() {
        let huge = format!("{}", f64::MAX);
        let a = change_analysis(change(&huge, "0"));
        assert_eq!(a.change_percent, Some(-100.0));
        assert!(
            parse_quantity(&format!("{huge} h")).is_err(),
            "overflows once in seconds"
        );
    }

    #[test]
    fn labels() {
        assert_eq!(format_quantity(&q("17600 videos")), "17,600 videos");
        assert_eq!(format_quantity(&q("10K+")), "10,000+");
        assert_eq!(format_quantity(&q(">= 5")), "≥ 5");
        assert_eq!(format_quantity(&q("$1.2M")), "$1.2M");
        assert_eq!(format_quantity(&q("80%")), "80%");
        assert_eq!(format_quantity(&q("~3x")), "~3×");
        assert_eq!(format_quantity(&q("2TB+")), "2+ TB");
        assert_eq!(format_base(&Dimension::Time, 0.0065), "6.5 ms");
        assert_eq!(format_base(&Dimension::Time, 9.0), "9 s");
        assert_eq!(format_base(&Dimension::Bytes, 2e12), "2 TB");
        assert_eq!(format_number(1234567.0), "1.23M");
        assert_eq!(format_factor(1384.6), "1,385×");
        assert_eq!(format_signed(-0.0, "%"), "0 %");
    }
}
