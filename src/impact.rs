//! Impact at a glance: every figure of every case study in one table, biggest change first,
//! for the interviewer's "what is your biggest win?". Pure data; the browse view and the
//! slides draw it.

use crate::document::Document;
use crate::metrics::{AnalysisKind, Tone};

/// One metric of one case study, as the table shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImpactRow {
    /// Index of the case study.
    pub case_index: usize,
    /// The case study's title.
    pub case_study: String,
    /// What was measured.
    pub metric: String,
    /// The figure before, as written ("8–10 s"), or empty.
    pub before: String,
    /// The figure after, or the figure or result in words.
    pub after: String,
    /// The change ("−99.93 %", "+11 pp / +18.03 %"), or empty.
    pub change: String,
    /// The factor ("1,385× faster"), or empty.
    pub factor: String,
    /// The factor as a slide says it, rounded for reading aloud ("~1,400× faster"), as the
    /// case study's results slide says it too; or empty.
    pub factor_said: String,
    /// Whether the stated claim agrees ("agrees", "disagrees"), or empty.
    pub verdict: String,
    /// Whether the change is an improvement, a regression or neither.
    pub tone: Tone,
    /// How big the change is, as a ratio of at least 1 (a halving and a doubling are both
    /// 2); `None` for a figure or a result without a before.
    pub size: Option<f64>,
}

/// A column of the impact table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ImpactColumn {
    /// The case study.
    CaseStudy,
    /// The metric's label.
    Metric,
    /// The figure before.
    Before,
    /// The figure after.
    After,
    /// The size of the change: the default order.
    #[default]
    Change,
    /// The factor (sorts like the change).
    Factor,
    /// The claim's verdict.
    Verdict,
}

impl ImpactColumn {
    /// Every column, in table order.
    pub const ALL: [ImpactColumn; 7] = [
        ImpactColumn::CaseStudy,
        ImpactColumn::Metric,
        ImpactColumn::Before,
        ImpactColumn::After,
        ImpactColumn::Change,
        ImpactColumn::Factor,
        ImpactColumn::Verdict,
    ];

    /// The column's heading.
    pub fn title(self) -> &'static str {
        match self {
            ImpactColumn::CaseStudy => "Case study",
            ImpactColumn::Metric => "Metric",
            ImpactColumn::Before => "Before",
            ImpactColumn::After => "After",
            ImpactColumn::Change => "Change",
            ImpactColumn::Factor => "Factor",
            ImpactColumn::Verdict => "Claim",
        }
    }

    /// The cell of `row` in this column.
    pub fn cell(self, row: &ImpactRow) -> &str {
        match self {
            ImpactColumn::CaseStudy => &row.case_study,
            ImpactColumn::Metric => &row.metric,
            ImpactColumn::Before => &row.before,
            ImpactColumn::After => &row.after,
            ImpactColumn::Change => &row.change,
            ImpactColumn::Factor => &row.factor,
            ImpactColumn::Verdict => &row.verdict,
        }
    }
}

/// How the table is ordered: by a column, largest or last first when `descending`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ImpactOrder {
    /// The column sorted by.
    pub column: ImpactColumn,
    /// Largest change, or last in the alphabet, first.
    pub descending: bool,
}

impl Default for ImpactOrder {
    /// The biggest change first.
    fn default() -> Self {
        Self {
            column: ImpactColumn::Change,
            descending: true,
        }
    }
}

impl ImpactOrder {
    /// The order after a click on `column`'s heading: that column, or the other direction
    /// if it was already the one.
    #[must_use]
    pub fn clicked(self, column: ImpactColumn) -> Self {
        if self.column == column {
            Self {
                column,
                descending: !self.descending,
            }
        } else {
            Self {
                column,
                descending: matches!(column, ImpactColumn::Change | ImpactColumn::Factor),
            }
        }
    }
}

/// The rows of the case studies for which `include` holds, in the given order.
pub fn rows(
    document: &Document,
    include: impl Fn(usize) -> bool,
    order: ImpactOrder,
) -> Vec<ImpactRow> {
    let mut rows = Vec::new();
    for (case_index, case) in document.portfolio.case_studies.iter().enumerate() {
        if !include(case_index) {
            continue;
        }
        let analyses = document
            .case_metrics
            .get(case_index)
            .map_or(&[][..], Vec::as_slice);
        for analysis in analyses {
            let mut row = ImpactRow {
                case_index,
                case_study: case.title.clone(),
                metric: analysis.label.clone(),
                before: String::new(),
                after: String::new(),
                change: String::new(),
                factor: String::new(),
                factor_said: String::new(),
                verdict: String::new(),
                tone: Tone::Neutral,
                size: None,
            };
            match &analysis.kind {
                AnalysisKind::Change(change) => {
                    row.before = change.before.text.clone();
                    row.after = change.after.text.clone();
                    row.change = change.change_text();
                    row.factor = change.factor_text().unwrap_or_default();
                    row.factor_said = change.rounded_factor_text().unwrap_or_default();
                    row.verdict = change.verdict.word().to_owned();
                    row.tone = change.tone;
                    row.size = change
                        .factor
                        .or_else(|| change.change_percent.map(ratio_of_percent));
                }
                AnalysisKind::Relative(relative) => {
                    row.change = relative.text.clone();
                    row.verdict = relative.verdict.word().to_owned();
                    row.tone = relative.tone;
                    row.size = (!relative.in_points).then(|| ratio_of_percent(relative.change));
                }
                AnalysisKind::Figure(figure) => {
                    row.before = figure.was.clone().unwrap_or_default();
                    row.after = figure.text.clone();
                    row.tone = figure.tone;
                }
                AnalysisKind::Outcome { text } => {
                    row.after = text.clone();
                    row.tone = Tone::Good;
                }
                AnalysisKind::Incomparable { before, after, .. } => {
                    row.before = before.clone();
                    row.after = after.clone();
                }
            }
            rows.push(row);
        }
    }
    sort(&mut rows, order);
    rows
}

/// A relative change as a ratio of at least 1: −50 % and +100 % are both 2.
fn ratio_of_percent(percent: f64) -> f64 {
    let factor = 1.0 + percent / 100.0;
    if factor <= 0.0 {
        // All of it gone ("−100 %"): as big as a change gets.
        f64::INFINITY
    } else if factor < 1.0 {
        1.0 / factor
    } else {
        factor
    }
}

/// Orders `rows`; rows without a size go last whatever the direction, and ties keep the
/// portfolio's order.
pub fn sort(rows: &mut [ImpactRow], order: ImpactOrder) {
    rows.sort_by(|a, b| {
        let by_column = match order.column {
            ImpactColumn::Change | ImpactColumn::Factor => match (a.size, b.size) {
                (Some(x), Some(y)) => {
                    let ordering = x.total_cmp(&y);
                    if order.descending {
                        ordering.reverse()
                    } else {
                        ordering
                    }
                }
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
            column => {
                let ordering = column
                    .cell(a)
                    .to_lowercase()
                    .cmp(&column.cell(b).to_lowercase());
                if order.descending {
                    ordering.reverse()
                } else {
                    ordering
                }
            }
        };
        by_column.then(a.case_index.cmp(&b.case_index))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Document {
        let loaded = crate::load::load(std::path::Path::new("tests/fixtures/mobile-ml.ron"))
            .expect("fixture");
        Document::new(loaded.portfolio)
    }

    #[test]
    fn every_metric_is_a_row_biggest_change_first() {
        let document = fixture();
        let rows = rows(&document, |_| true, ImpactOrder::default());
        let metrics: usize = document
            .portfolio
            .case_studies
            .iter()
            .map(|c| c.metrics.len())
            .sum();
        assert_eq!(rows.len(), metrics);
        // A cost that went to $0 and a crash rate that reached 0 % are the biggest changes.
        let first: Vec<&str> = rows.iter().take(3).map(|r| r.metric.as_str()).collect();
        assert!(
            first.contains(&"Ranking cluster cost per month"),
            "{first:?}"
        );
        let sizes: Vec<f64> = rows.iter().filter_map(|r| r.size).collect();
        assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
        // Figures and results in words come last.
        let last = rows.last().expect("rows");
        assert!(last.size.is_none(), "{last:?}");
        // Regressions are rows too, marked as such.
        let apk = rows
            .iter()
            .find(|r| r.metric == "APK size")
            .expect("APK size");
        assert_eq!(apk.tone, Tone::Bad);
        assert_eq!(apk.factor, "1.1× larger");
    }

    #[test]
    fn a_click_sorts_by_a_column_and_a_second_click_reverses() {
        let document = fixture();
        let order = ImpactOrder::default().clicked(ImpactColumn::Metric);
        assert_eq!(
            order,
            ImpactOrder {
                column: ImpactColumn::Metric,
                descending: false
            }
        );
        let rows_up = rows(&document, |_| true, order);
        assert_eq!(
            rows_up.first().map(|r| r.metric.as_str()),
            Some("Accessibility complaints per month")
        );
        let rows_down = rows(&document, |_| true, order.clicked(ImpactColumn::Metric));
        assert_eq!(
            rows_down.first().map(|r| r.metric.as_str()),
            Some("Wake-ups per day")
        );
        // Only the case studies asked for.
        let only_first = rows(&document, |i| i == 0, ImpactOrder::default());
        assert!(only_first.iter().all(|r| r.case_index == 0));
        assert_eq!(
            only_first.len(),
            document.portfolio.case_studies[0].metrics.len()
        );
    }

    #[test]
    fn relative_changes_compare_with_factors() {
        assert_eq!(ratio_of_percent(-50.0), 2.0);
        assert_eq!(ratio_of_percent(100.0), 2.0);
        assert!(ratio_of_percent(-100.0).is_infinite());
    }
}
