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

mod format;

pub use format::*;
use format::{format_percent_magnitude, format_points};

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

impl Analysis {
    /// Whether the figure is shown as a tile (a single figure or an outcome) rather than a
    /// chart: tiles come after a case study's charts, in rows.
    pub fn is_tile(&self) -> bool {
        matches!(
            self.kind,
            AnalysisKind::Figure(_) | AnalysisKind::Outcome { .. }
        )
    }
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

/// Below this factor a change of shares is said in points ([`ChangeAnalysis::said`]).
pub const POINTS_BELOW_FACTOR: f64 = 2.0;

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
    // A multiple is shown as written ("7×", "halved"): it is how the person says it, and
    // "+600 %" reads as a different claim.
    let text = match &relative.multiple {
        Some(multiple) => multiple.shown.clone(),
        None if in_points => format_signed(change, "pp"),
        None => format_signed(change, "%"),
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
        judge(claim, Some(change), None, factor_of_percent(change))
    }
}

/// The multiple a relative change in % is: +600 % is 7× (higher), −90 % is 10× (lower);
/// `None` for a cut of 100 % or more, which no multiple reaches.
fn factor_of_percent(percent: f64) -> Option<f64> {
    let ratio = 1.0 + percent / 100.0;
    if !(ratio > 0.0 && ratio.is_finite()) {
        None
    } else if ratio >= 1.0 {
        Some(ratio)
    } else {
        Some(1.0 / ratio)
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

    /// The factor as a room reads it: two significant figures, "~" when that rounds
    /// ("~1,400× faster" for 1,385×); the exact figure is for the presenter.
    pub fn rounded_factor_text(&self) -> Option<String> {
        let exact = self.factor_text()?;
        let factor = self.factor?;
        if factor < 10.0 {
            return Some(exact);
        }
        let power = 10_f64.powf(factor.log10().floor() - 1.0);
        let rounded = (factor / power).round() * power;
        if (rounded - factor).abs() < 0.5 {
            return Some(exact);
        }
        let word = exact.rsplit_once(' ').map_or("", |(_, word)| word);
        Some(format!("~{} {word}", format_factor(rounded)))
    }

    /// What a slide says under the figures, as a room hears it: a share's modest change in
    /// points ("+11 pp": "61 % → 72 %" is not "1.2× higher"), else the factor rounded for
    /// reading aloud ("~1,400× faster", "36× lower" for a crash rate of 1.8 % → 0.05 %),
    /// else the change ("−100 %").
    pub fn said(&self) -> String {
        if let Some(points) = self.in_points() {
            return format_signed(points, "pp");
        }
        self.rounded_factor_text()
            .unwrap_or_else(|| self.change_text())
    }

    /// The change in points when that is how it is said: both sides shares, and no factor of
    /// two or more (a rate falling 36-fold is said as a factor).
    pub fn in_points(&self) -> Option<f64> {
        self.points.filter(|_| {
            self.factor
                .is_none_or(|factor| factor < POINTS_BELOW_FACTOR)
        })
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

#[cfg(test)]
mod tests;
