//! The metric engine's figures, checked against ones worked out by hand.

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
        public: None,
        private: false,
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
        multiple: None,
        better: None,
        claim: None,
        public: None,
        private: false,
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
        multiple: None,
        better: Some(Better::Higher),
        claim: Some(parse_claim("30%").expect("claim")),
        public: None,
        private: false,
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
        public: None,
        private: false,
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
        public: None,
        private: false,
    };
    let AnalysisKind::Figure(f) = analyse(&Metric::Figure(kpi)).kind else {
        panic!("figure expected");
    };
    assert_eq!((f.text.as_str(), f.reached_zero), ("< 30 ms", false));
    let outcome = analyse(&Metric::Outcome(Outcome {
        label: "Cascading timeouts".into(),
        text: "eliminated".into(),
        public: None,
        private: false,
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

fn relative_of(ron: &str) -> (Relative, RelativeAnalysis) {
    // Read as the loader reads a metric (a variant's fields without its extra brackets).
    let metric: Metric = ron::Options::default()
        .with_default_extension(
            ron::extensions::Extensions::IMPLICIT_SOME
                | ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES,
        )
        .from_str(ron)
        .expect("reads");
    let Metric::Relative(relative) = metric.clone() else {
        panic!("relative expected: {ron}");
    };
    let AnalysisKind::Relative(analysis) = analyse(&metric).kind else {
        panic!("relative analysis expected");
    };
    (relative, analysis)
}

#[test]
fn multiples_are_shown_as_written_and_computed_as_percentages() {
    let (relative, r) = relative_of(r#"Relative(label: "UI performance", change: "7x")"#);
    assert_eq!(
        (r.text.as_str(), r.tone, r.better),
        ("7×", Tone::Good, Better::Higher)
    );
    assert!((r.change - 600.0).abs() < 1e-9);
    assert_eq!(relative.change.source, "7x");
    let (_, r) = relative_of(r#"Relative(label: "Rendering time", change: "10x lower")"#);
    assert_eq!(
        (r.text.as_str(), r.tone, r.better),
        ("10× lower", Tone::Good, Better::Lower)
    );
    assert!((r.change + 90.0).abs() < 1e-9);
    let (_, r) =
        relative_of(r#"Relative(label: "Build time", change: "3x faster", better: Lower)"#);
    assert_eq!((r.text.as_str(), r.tone), ("3× faster", Tone::Good));
    assert!(r.change < 0.0);
    let (_, r) = relative_of(r#"Relative(label: "Releases", change: "halved", better: Higher)"#);
    assert_eq!((r.text.as_str(), r.tone), ("halved", Tone::Bad));
}

#[test]
fn factor_claims_on_relative_changes_are_checked() {
    let verdict = |ron: &str| relative_of(ron).1.verdict;
    assert_eq!(
        verdict(r#"Relative(label: "l", change: "+600%", claim: "7x")"#).word(),
        "agrees"
    );
    assert_eq!(
        verdict(r#"Relative(label: "l", change: "-90%", claim: "10x")"#).word(),
        "agrees"
    );
    assert_eq!(
        verdict(r#"Relative(label: "l", change: "7x", claim: "600%")"#).word(),
        "agrees"
    );
    assert_eq!(
        verdict(r#"Relative(label: "l", change: "halved", claim: "50%")"#).word(),
        "agrees"
    );
    let Verdict::Disagrees { computed, .. } =
        verdict(r#"Relative(label: "l", change: "+500%", claim: "7x")"#)
    else {
        panic!("+500 % is 6×");
    };
    assert_eq!(computed, "6×");
    assert_eq!(
        verdict(r#"Relative(label: "l", change: "-100%", claim: "7x")"#).word(),
        "cannot be checked"
    );
}

#[test]
fn a_slide_says_bounds_as_people_do() {
    let side = |text: &str| change_analysis(change(text, "1 s")).before;
    assert_eq!(spoken(&side("< 300 ms")), "under 300 ms");
    assert_eq!(spoken(&side("<= 2 h")), "up to 2 h");
    assert_eq!(spoken(&side("> 5 s")), "over 5 s");
    // A bound on a range is read as the range.
    assert_eq!(spoken(&side("< 3-10 ms")), "3–10 ms");
    assert_eq!(spoken(&side("8-10 s")), "8–10 s");
    assert_eq!(spoken(&side("~40 s")), "~40 s");
    assert_eq!(spoken_text("< 30 ms"), "under 30 ms");
    assert_eq!(spoken_text("< 3–10 ms"), "3–10 ms");
    assert_eq!(spoken_text("17,600 videos"), "17,600 videos");
}

#[test]
fn a_share_that_moved_a_little_is_said_in_points_a_rate_that_fell_far_as_a_factor() {
    assert_eq!(change_analysis(change("61%", "72%")).said(), "+11 pp");
    assert_eq!(change_analysis(change("0%", "100%")).said(), "+100 pp");
    assert_eq!(change_analysis(change("1.8%", "0.05%")).said(), "36× lower");
    assert_eq!(change_analysis(change("8 s", "2 s")).said(), "4× faster");
}

#[test]
fn halves_round_away_from_zero_as_people_round() {
    assert_eq!(format_factor(10.5), "11×");
    assert_eq!(format_fixed(2.25, 1), "2.3");
    assert_eq!(format_fixed(-0.5, 0), "-1");
}
