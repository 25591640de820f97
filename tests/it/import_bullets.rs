//! Figures in résumé prose, checked on a corpus of bullets from public résumés and CV sites
//! (tests/fixtures/import/bullets/): what `folio import` takes from each, against what a careful
//! reader would. A false figure is worse than a missed one: none may be wrong.

use folio::import::figures::metrics_in;
use folio::model::Metric;
use folio::model::quantity::{Dimension, Quantity, parse_quantity};

/// One figure a reader takes from a bullet.
#[derive(Debug)]
enum Expected {
    Change(Quantity, Quantity),
    Relative(Quantity),
    /// A multiple and whether it is higher.
    Factor(f64, bool),
    Figure(Quantity),
}

fn quantity(text: &str) -> Quantity {
    parse_quantity(text.trim()).unwrap_or_else(|e| panic!("{text:?} in the corpus: {e}"))
}

fn expected(item: &str) -> Expected {
    let (kind, rest) = item.split_once(' ').unwrap_or((item, ""));
    match kind {
        "change" => {
            let (before, after) = rest.split_once("->").expect("change A -> B");
            Expected::Change(quantity(before), quantity(after))
        }
        "relative" => Expected::Relative(quantity(rest)),
        "factor" => {
            let (times, direction) = rest.split_once(' ').expect("factor Nx higher|lower");
            let times: f64 = times.trim_end_matches('x').parse().expect("factor");
            Expected::Factor(times, direction == "higher")
        }
        "figure" => Expected::Figure(quantity(rest)),
        other => panic!("unknown kind {other:?}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.01 * a.abs().max(b.abs()).max(1e-9)
}

fn same(a: &Quantity, b: &Quantity) -> bool {
    let dimension = |q: &Quantity| match &q.unit.dimension {
        // A count's noun ("players", "users") is the label's business, not the figure's.
        Dimension::Label(_) => Dimension::Count,
        other => other.clone(),
    };
    dimension(a) == dimension(b) && close(a.midpoint_base(), b.midpoint_base())
}

fn matches(found: &Metric, wanted: &Expected) -> bool {
    match (found, wanted) {
        (Metric::Change(c), Expected::Change(before, after)) => {
            same(&c.before, before) && same(&c.after, after)
        }
        (Metric::Relative(r), Expected::Relative(change)) => same(&r.change, change),
        (Metric::Relative(r), Expected::Factor(times, higher)) => {
            let ratio = 1.0 + r.change.midpoint_base() / 100.0;
            r.change.unit.dimension == Dimension::Percent
                && if *higher {
                    close(ratio, *times)
                } else {
                    ratio > 0.0 && close(1.0 / ratio, *times)
                }
        }
        (Metric::Figure(f), Expected::Figure(value)) => same(&f.value, value),
        _ => false,
    }
}

#[test]
fn figures_in_resume_bullets_are_read_as_a_reader_reads_them() {
    let corpus = std::fs::read_to_string("tests/fixtures/import/bullets/bullets.tsv").unwrap();
    let (mut right, mut missed, mut wrong, mut total) = (0, Vec::new(), Vec::new(), 0);
    for line in corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let mut columns = line.split('\t');
        let (Some(wanted), Some(bullet)) = (columns.next(), columns.next()) else {
            panic!("a corpus line without a bullet: {line:?}");
        };
        total += 1;
        let mut required: Vec<Expected> = Vec::new();
        let mut optional: Vec<Expected> = Vec::new();
        for item in wanted.split(" ; ").filter(|i| *i != "none") {
            match item.strip_prefix('?') {
                Some(item) => optional.push(expected(item)),
                None => required.push(expected(item)),
            }
        }
        let found: Vec<Metric> = metrics_in(bullet).into_iter().map(|f| f.metric).collect();
        let false_ones: Vec<&Metric> = found
            .iter()
            .filter(|m| !required.iter().chain(&optional).any(|w| matches(m, w)))
            .collect();
        let unfound: Vec<&Expected> = required
            .iter()
            .filter(|w| !found.iter().any(|m| matches(m, w)))
            .collect();
        if !false_ones.is_empty() {
            wrong.push(format!("{bullet}\n    found {false_ones:?}"));
        } else if !unfound.is_empty() {
            missed.push(format!("{bullet}\n    missed {unfound:?}"));
        } else {
            right += 1;
        }
    }
    eprintln!(
        "{total} bullets: {right} right, {} missed, {} wrong",
        missed.len(),
        wrong.len()
    );
    for line in missed.iter().chain(&wrong) {
        eprintln!("  {line}");
    }
    assert!(wrong.is_empty(), "false figures:\n{}", wrong.join("\n"));
    assert!(total >= 150, "the corpus has {total} bullets");
    assert!(
        right * 100 >= total * 95,
        "{right} of {total} right, under 95 %"
    );
}
