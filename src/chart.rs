//! The geometry of a metric's chart, in fractions of its track, for every backend: the app's
//! painter, the PDF writer and the SVG of the web page draw from these numbers, so the
//! three cannot disagree about a bar's length or the scale.

use crate::metrics::{ChangeAnalysis, RelativeAnalysis, Side, Verdict};

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
    /// Lays out the chart of a before/after pair.
    pub fn new(change: &ChangeAnalysis) -> Self {
        let scale = Scale::for_sides(&change.before, &change.after, change.log_scale);
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
struct Scale {
    log: Option<(f64, f64)>,
    max: f64,
}

impl Scale {
    fn for_sides(a: &Side, b: &Side, log: bool) -> Self {
        let max = a.high.max(b.high).max(f64::MIN_POSITIVE);
        let smallest = [a.low, a.high, b.low, b.high]
            .into_iter()
            .filter(|v| *v > 0.0)
            .fold(f64::INFINITY, f64::min);
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
