//! The geometry of a metric's chart, in fractions of its track, for every backend: the app's
//! painter, the PDF writer and the SVG of the web page draw from these numbers, so the
//! three cannot disagree about a bar's length or the scale.

use crate::metrics::{Analysis, AnalysisKind, ChangeAnalysis, RelativeAnalysis, Side, Verdict};
use crate::model::Dimension;

/// One bar of a before/after chart. Positions are fractions of the track, 0 to 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// "Before", "After", or the metric's own side label ("360p").
    pub name: String,
    /// The figure as printed after the bar: "8–10 s".
    pub text: String,
    /// Where the solid bar ends: the low end of a range, or the value.
    pub solid_end: f32,
    /// A range's high end, when the figure is a range wide enough to show.
    pub range_end: Option<f32>,
    /// The value compared within a range (its midpoint, or an end for `basis`).
    pub mark: Option<f32>,
}

/// A before/after chart: two bars on one scale.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeChart {
    /// The bar before, then the bar after.
    pub bars: [Bar; 2],
    /// Whether the scale is logarithmic (one side more than 20× the other).
    pub log_scale: bool,
    /// Decades of a logarithmic scale: position and the value's exponent of ten.
    pub decades: Vec<(f32, i32)>,
}

impl ChangeChart {
    /// Lays out the chart of a before/after pair on a scale of its own.
    pub fn new(change: &ChangeAnalysis) -> Self {
        let scale = Scale::for_sides(&change.before, &change.after, change.log_scale);
        Self::on_scale(change, &scale)
    }

    /// Lays out the chart of a before/after pair on an axis it shares with others.
    pub fn on_axis(change: &ChangeAnalysis, axis: &Axis) -> Self {
        Self::on_scale(change, &axis.scale)
    }

    fn on_scale(change: &ChangeAnalysis, scale: &Scale) -> Self {
        let bar = |side: &Side| {
            let low = scale.fraction(side.low);
            let high = scale.fraction(side.high);
            let ranged = high > low + RANGE_VISIBLE;
            Bar {
                name: side.name.clone(),
                text: side.text.clone(),
                solid_end: low,
                range_end: ranged.then_some(high),
                mark: ranged.then(|| scale.fraction(side.value)),
            }
        };
        Self {
            bars: [bar(&change.before), bar(&change.after)],
            log_scale: scale.log.is_some(),
            decades: scale.decades(),
        }
    }
}

/// One scale for several before/after charts of one dimension, so that bars of equal length
/// mean equal values: on a slide or a case study, "< 300 ms" and "< 3–10 ms" must not be
/// drawn alike. Logarithmic when the values span more than 20×, as a single chart's scale.
#[derive(Clone, Debug)]
pub struct Axis {
    scale: Scale,
    /// Tick marks: position (0 to 1) and value in base units, for labelling.
    pub ticks: Vec<(f32, f64)>,
    /// Whether the axis is logarithmic (each tick ×10).
    pub log_scale: bool,
}

impl Axis {
    /// The axis every chart in `changes` fits on; `None` without charts.
    pub fn shared<'a>(changes: impl IntoIterator<Item = &'a ChangeAnalysis>) -> Option<Self> {
        Self::shared_scaled(changes, false)
    }

    /// As [`Axis::shared`], or for a slide (`on_slide`): linear whatever the values span, and
    /// a share's axis running to 100 %.
    fn shared_scaled<'a>(
        changes: impl IntoIterator<Item = &'a ChangeAnalysis>,
        on_slide: bool,
    ) -> Option<Self> {
        let changes: Vec<&ChangeAnalysis> = changes.into_iter().collect();
        let times = changes.iter().all(|c| c.dimension == Dimension::Time);
        let sides: Vec<&Side> = changes.iter().flat_map(|c| [&c.before, &c.after]).collect();
        let max = sides
            .iter()
            .map(|s| s.high)
            .fold(f64::NEG_INFINITY, f64::max);
        if !max.is_finite() {
            return None;
        }
        let smallest = sides
            .iter()
            .flat_map(|s| [s.low, s.high])
            .filter(|v| *v > 0.0)
            .fold(f64::INFINITY, f64::min);
        let log =
            !on_slide && smallest.is_finite() && max / smallest > crate::metrics::LOG_SCALE_RATIO;
        // On a slide a share is drawn against the whole: 80 % is four fifths of the track,
        // not all of it.
        let shares = changes.iter().all(|c| c.dimension == Dimension::Percent);
        let max = if on_slide && shares && max <= 100.0 {
            100.0
        } else {
            max
        };
        let scale = Scale::for_range(smallest, max, log);
        let ticks = if let (Some((low, high)), true) = (scale.log, times) {
            // Durations tick at the units people say: a minute and an hour, not 1,000 s.
            let (low, high) = (10_f64.powf(low), 10_f64.powf(high));
            TIME_TICKS
                .iter()
                .copied()
                .filter(|t| *t >= low * 0.999 && *t <= high * 1.001)
                .map(|t| (scale.fraction(t), t))
                .collect()
        } else if scale.log.is_some() {
            scale
                .decades()
                .into_iter()
                .map(|(at, exponent)| (at, 10_f64.powi(exponent)))
                .collect()
        } else {
            // Round in the unit the values are read in: 5 and 10 minutes, not 200 s.
            let unit = if times { time_unit(scale.max) } else { 1.0 };
            let step = nice_step(scale.max / unit / 4.0) * unit;
            (0..)
                .map(|i| f64::from(i) * step)
                .take_while(|v| *v <= scale.max * 1.000_1)
                .take(12)
                .map(|v| (scale.fraction(v), v))
                .collect()
        };
        Some(Self {
            log_scale: scale.log.is_some(),
            scale,
            ticks,
        })
    }
}

/// The axes a set of figures shares: one per dimension among its before/after charts, so
/// that a case study's (or a slide's) bars of one kind are drawn to one scale.
#[derive(Clone, Debug, Default)]
pub struct Axes(Vec<(Dimension, Axis)>);

impl Axes {
    /// The axes of the charts among `analyses`.
    pub fn of<'a>(analyses: impl IntoIterator<Item = &'a Analysis>) -> Self {
        Self::of_changes(changes(analyses, |_| true), false)
    }

    /// Linear axes for a slide: a room reads a bar's length as the size of the win, and on
    /// a logarithmic axis a 30× faster bar is still 60 % as long as the one before. Only a
    /// change of less than [`BARS_BELOW_FACTOR`] gets bars (and so an axis); a larger one is
    /// told by its two numbers alone.
    pub fn linear_of<'a>(analyses: impl IntoIterator<Item = &'a Analysis>) -> Self {
        Self::of_changes(changes(analyses, has_bars), true)
    }

    /// One axis per dimension of `changes`.
    fn of_changes(changes: Vec<&ChangeAnalysis>, on_slide: bool) -> Self {
        let mut axes: Vec<(Dimension, Axis)> = Vec::new();
        for change in &changes {
            if axes.iter().any(|(d, _)| *d == change.dimension) {
                continue;
            }
            let same = changes
                .iter()
                .copied()
                .filter(|c| c.dimension == change.dimension);
            if let Some(axis) = Axis::shared_scaled(same, on_slide) {
                axes.push((change.dimension.clone(), axis));
            }
        }
        Self(axes)
    }

    /// The axis of `change`'s dimension.
    pub fn get(&self, change: &ChangeAnalysis) -> Option<&Axis> {
        self.0
            .iter()
            .find(|(dimension, _)| *dimension == change.dimension)
            .map(|(_, axis)| axis)
    }

    /// `change`'s chart on its shared axis (on a scale of its own if it has none).
    pub fn chart(&self, change: &ChangeAnalysis) -> ChangeChart {
        match self.get(change) {
            Some(axis) => ChangeChart::on_axis(change, axis),
            None => ChangeChart::new(change),
        }
    }
}

/// From this factor on, a slide shows a change by its two numbers, not by bars: on a linear
/// axis the "after" bar of a 10× win is a sliver, and the numbers already make the point.
pub const BARS_BELOW_FACTOR: f64 = 10.0;

/// The before/after pairs among `analyses` that `keep`.
fn changes<'a>(
    analyses: impl IntoIterator<Item = &'a Analysis>,
    keep: fn(&ChangeAnalysis) -> bool,
) -> Vec<&'a ChangeAnalysis> {
    analyses
        .into_iter()
        .filter_map(|analysis| match &analysis.kind {
            AnalysisKind::Change(change) if keep(change) => Some(change.as_ref()),
            _ => None,
        })
        .collect()
}

/// Whether a slide draws `change` as bars on a linear axis.
pub fn has_bars(change: &ChangeAnalysis) -> bool {
    change
        .factor
        .is_some_and(|factor| factor < BARS_BELOW_FACTOR)
}

/// Ticks of a logarithmic time axis, in seconds: powers of ten below a minute, then a minute,
/// ten minutes, an hour, ten hours, a day, a week, thirty days.
const TIME_TICKS: [f64; 19] = [
    1e-9,
    1e-8,
    1e-7,
    1e-6,
    1e-5,
    1e-4,
    1e-3,
    1e-2,
    1e-1,
    1.0,
    10.0,
    60.0,
    600.0,
    3600.0,
    36_000.0,
    86_400.0,
    604_800.0,
    2_592_000.0,
    31_536_000.0,
];

/// The unit, in seconds, a duration of `seconds` is best read in: an hour, a minute, a
/// second, a millisecond...
fn time_unit(seconds: f64) -> f64 {
    [3600.0, 60.0, 1.0, 1e-3, 1e-6]
        .into_iter()
        .find(|unit| seconds >= *unit)
        .unwrap_or(1e-9)
}

/// A round step (1, 2 or 5 times a power of ten) near `rough`.
fn nice_step(rough: f64) -> f64 {
    if !(rough.is_finite() && rough > 0.0) {
        return 1.0;
    }
    let power = 10_f64.powf(rough.log10().floor());
    let mantissa = rough / power;
    let nice = if mantissa < 1.5 {
        1.0
    } else if mantissa < 3.5 {
        2.0
    } else if mantissa < 7.5 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// The least difference between a range's ends, as a fraction of the track, that is drawn
/// as a range; a narrower one is drawn as one bar.
const RANGE_VISIBLE: f32 = 0.004;

/// How far a relative change's bar reaches: a full track is 100 %.
pub fn relative_fraction(relative: &RelativeAnalysis) -> f32 {
    (relative.change.abs() / 100.0).clamp(0.0, 1.0) as f32
}

/// The line under a chart about its claim: the text and whether it is good news, a warning,
/// or neither.
pub fn verdict_line(verdict: &Verdict) -> Option<(String, VerdictTone)> {
    match verdict {
        Verdict::NoClaim => None,
        Verdict::Agrees { claim, computed } => Some((
            format!("✓ Stated {claim}; the figures give {computed}"),
            VerdictTone::Agrees,
        )),
        Verdict::Disagrees { claim, computed } => Some((
            format!("⚠ Stated {claim}, but the figures give {computed}"),
            VerdictTone::Disagrees,
        )),
        Verdict::Unchecked { claim, reason } => Some((
            format!("Stated {claim}; cannot be checked: {reason}"),
            VerdictTone::Unchecked,
        )),
    }
}

/// How a verdict line is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerdictTone {
    /// The claim matches the figures.
    Agrees,
    /// It does not.
    Disagrees,
    /// It cannot be compared.
    Unchecked,
}

/// What the "log scale" note says when asked why.
pub const LOG_SCALE_EXPLANATION: &str = "One side is more than 20× the other, so the bars use a \
     logarithmic scale (each step is ×10); a linear scale would hide the smaller bar.";

/// Maps values to a fraction of the bar width, linearly or by decades.
#[derive(Clone, Debug)]
struct Scale {
    log: Option<(f64, f64)>,
    max: f64,
}

impl Scale {
    fn for_sides(a: &Side, b: &Side, log: bool) -> Self {
        let max = a.high.max(b.high);
        let smallest = [a.low, a.high, b.low, b.high]
            .into_iter()
            .filter(|v| *v > 0.0)
            .fold(f64::INFINITY, f64::min);
        Self::for_range(smallest, max, log)
    }

    /// From the smallest positive value (infinite when there is none) to `max`.
    fn for_range(smallest: f64, max: f64, log: bool) -> Self {
        let max = max.max(f64::MIN_POSITIVE);
        let log = (log && smallest.is_finite()).then(|| {
            let low = smallest.log10().floor();
            let high = max.log10().ceil().max(low + 1.0);
            (low, high)
        });
        Self { log, max }
    }

    fn fraction(&self, value: f64) -> f32 {
        let fraction = match self.log {
            Some((low, high)) if value > 0.0 => (value.log10() - low) / (high - low),
            Some(_) => 0.0,
            None => value / self.max,
        };
        if fraction.is_finite() {
            fraction.clamp(0.0, 1.0) as f32
        } else {
            0.0
        }
    }

    fn decades(&self) -> Vec<(f32, i32)> {
        let Some((low, high)) = self.log else {
            return Vec::new();
        };
        // Whole decades between the ends; a scale is a few decades wide, never hundreds.
        let (low, high) = (low as i32, high as i32);
        if high - low > 40 {
            return Vec::new();
        }
        (low..=high)
            .map(|exponent| {
                let fraction = (f64::from(exponent - low) / f64::from(high - low)) as f32;
                (fraction, exponent)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::{AnalysisKind, analyse};
    use crate::model::Metric;

    fn change(text: &str) -> ChangeAnalysis {
        let source = format!(
            "(person: (headline: \"x\"), case_studies: [(id: \"a\", title: \"t\", problem: \"p\", \
             approach: \"a\", outcome: \"o\", metrics: [{text}])])"
        );
        let loaded = crate::load::load_str(&source, "chart.ron", None).expect("loads");
        let metric: &Metric = &loaded.portfolio.case_studies[0].metrics[0];
        match analyse(metric).kind {
            AnalysisKind::Change(change) => *change,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_linear_chart_scales_to_the_larger_side() {
        let chart = ChangeChart::new(&change(
            r#"Change(label: "Cost", before: "$200", after: "$50")"#,
        ));
        assert!(!chart.log_scale);
        assert_eq!(chart.bars[0].solid_end, 1.0);
        assert_eq!(chart.bars[1].solid_end, 0.25);
        assert!(chart.decades.is_empty());
    }

    #[test]
    fn charts_on_a_shared_axis_are_drawn_to_one_scale() {
        let slow = change(r#"Change(label: "p99", before: "8 s", after: "< 300 ms")"#);
        let fast = change(r#"Change(label: "p50", before: "200 ms", after: "5 ms")"#);
        let axis = Axis::shared([&slow, &fast]).expect("an axis");
        assert!(axis.log_scale);
        let a = ChangeChart::on_axis(&slow, &axis);
        let b = ChangeChart::on_axis(&fast, &axis);
        // On their own scales both "after" bars start the track; on one axis, 300 ms is
        // drawn longer than 5 ms.
        assert!(
            a.bars[1].solid_end > b.bars[1].solid_end + 0.2,
            "{a:?} {b:?}"
        );
        assert_eq!(axis.ticks.first().map(|t| t.0), Some(0.0));
        assert_eq!(axis.ticks.last().map(|t| t.0), Some(1.0));
        // Close values share a linear axis with round ticks from 0.
        let cost = change(r#"Change(label: "Cost", before: "$200", after: "$50")"#);
        let linear = Axis::shared([&cost]).expect("an axis");
        assert!(!linear.log_scale);
        let values: Vec<f64> = linear.ticks.iter().map(|t| t.1).collect();
        assert_eq!(values, [0.0, 50.0, 100.0, 150.0, 200.0]);
        assert!(Axis::shared([]).is_none());
    }

    #[test]
    fn a_logarithmic_chart_spans_whole_decades() {
        let chart = ChangeChart::new(&change(
            r#"Change(label: "p99", before: "8-10 s", after: "3-10 ms")"#,
        ));
        assert!(chart.log_scale);
        // 3 ms to 10 s: decades 10^-3 .. 10^1.
        assert_eq!(chart.decades.first(), Some(&(0.0, -3)));
        assert_eq!(chart.decades.last(), Some(&(1.0, 1)));
        let before = &chart.bars[0];
        let range_end = before.range_end.expect("8-10 s is a range");
        assert!(before.solid_end < range_end);
        let mark = before.mark.expect("its midpoint is marked");
        assert!(before.solid_end <= mark && mark <= range_end);
        assert!(chart.bars[1].solid_end < before.solid_end);
    }
}
