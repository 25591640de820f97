//! Property tests: whatever the input, loading and the metric engine never panic, and every
//! error that is about the file's text names a position in it; checking a metric agrees with
//! analysing it.

use folio::load::{self, Diagnostic};
use folio::metrics::{AnalysisKind, Check, analyse, check};
use folio::model::metric::{Change, parse_claim};
use folio::model::quantity::parse_quantity;
use folio::model::{Basis, Better, Metric};
use proptest::prelude::*;

/// Errors about the whole file (empty, not UTF-8 as a whole, too large) have no position;
/// every other error points into the text.
fn has_position_unless_whole_file(diagnostic: &Diagnostic) -> bool {
    diagnostic.position.is_some() || diagnostic.whole_file
}

fn ron_token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("person".to_owned()),
        Just("headline".to_owned()),
        Just("case_studies".to_owned()),
        Just("metrics".to_owned()),
        Just("Change".to_owned()),
        Just("before".to_owned()),
        Just("after".to_owned()),
        Just("claim".to_owned()),
        Just("Some".to_owned()),
        "[a-z_]{1,10}",
        "\"[^\"\\\\]{0,12}\"",
        "-?[0-9]{1,6}(\\.[0-9]{1,3})?",
        "\"[0-9<>~.,-]{1,6} ?(ms|s|%|pp|MB|x)?\"",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn ron_shaped_input_never_panics_and_errors_have_positions(
        tokens in proptest::collection::vec(ron_token(), 0..80)
    ) {
        let source = tokens.concat();
        match folio::check::checked(load::load_str(&source, "fuzz.ron", None)) {
            Ok(loaded) => {
                for diagnostic in &loaded.diagnostics {
                    prop_assert!(diagnostic.position.is_some(), "{diagnostic}");
                    let _ = diagnostic.to_string();
                }
            }
            Err(error) => {
                prop_assert!(!error.diagnostics.is_empty());
                for diagnostic in &error.diagnostics {
                    prop_assert!(has_position_unless_whole_file(diagnostic), "{diagnostic}");
                    let _ = diagnostic.to_string();
                }
            }
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Err(error) = load::load_bytes(&bytes, "bytes.ron", None) {
            for diagnostic in &error.diagnostics {
                prop_assert!(has_position_unless_whole_file(diagnostic), "{diagnostic}");
            }
        }
    }

    #[test]
    fn edits_of_the_bundled_portfolio_never_panic(
        position in 0usize..20_000,
        insert in "[()\\[\\],:\"a-z0-9 ]{0,3}",
        delete in 0usize..4,
    ) {
        let mut source: Vec<char> = load::BUNDLED.chars().collect();
        let at = position % source.len().max(1);
        let end = (at + delete).min(source.len());
        source.splice(at..end, insert.chars());
        let source: String = source.into_iter().collect();
        // Whatever the edit, every message points into the text: the semantic ones too,
        // which find their values through the spans of the edited file.
        let diagnostics = match folio::check::checked(load::load_str(&source, "portfolio.ron", None)) {
            Ok(loaded) => loaded.diagnostics,
            Err(error) => error.diagnostics,
        };
        for diagnostic in &diagnostics {
            prop_assert!(diagnostic.position.is_some(), "{diagnostic}");
        }
    }

    #[test]
    fn quantity_errors_point_inside_the_text(text in "\\PC{0,16}") {
        if let Err(error) = parse_quantity(&text) {
            prop_assert!(error.offset <= text.chars().count());
        }
    }

    #[test]
    fn metric_engine_is_total_over_extreme_values(
        before in prop_oneof![any::<f64>(), 0.0..1e6, Just(0.0), Just(f64::MAX)],
        after in prop_oneof![any::<f64>(), 0.0..1e6, Just(0.0), Just(f64::MIN_POSITIVE)],
        unit in prop_oneof![Just(""), Just(" ms"), Just(" s"), Just("%"), Just(" GB")],
        claim in prop_oneof![Just(None), Just(Some("50%")), Just(Some("3×")), Just(Some("10 pp"))],
    ) {
        // Only finite, non-negative numbers can be written; format them the way people do.
        let write = |v: f64| if v.is_finite() { format!("{}{unit}", v.abs()) } else { format!("1{unit}") };
        let claim_text = claim.map(|c| format!(", claim: \"{c}\"")).unwrap_or_default();
        let source = format!(
            "(person: (headline: \"x\"), case_studies: [(id: \"a\", title: \"t\", problem: \"p\", \
             approach: \"a\", outcome: \"o\", metrics: [Change(label: \"m\", before: \"{}\", \
             after: \"{}\"{claim_text})])])",
            write(before),
            write(after),
        );
        if let Ok(loaded) = load::load_str(&source, "m.ron", None) {
            for case in &loaded.portfolio.case_studies {
                for metric in &case.metrics {
                    let analysis = analyse(metric);
                    // A before/after pair is compared, or said to be incomparable; never
                    // turned into another kind of figure.
                    prop_assert!(
                        matches!(analysis.kind, AnalysisKind::Change(_) | AnalysisKind::Incomparable { .. }),
                        "{:?}",
                        analysis.kind
                    );
                    if let AnalysisKind::Change(change) = &analysis.kind {
                        prop_assert!(change.change_percent.is_none_or(|p| !p.is_nan()));
                        // The factor is the larger side over the smaller: at least 1.
                        prop_assert!(change.factor.is_none_or(|f| f >= 1.0), "{:?}", change.factor);
                        let _ = change.change_text();
                        let _ = change.factor_text();
                        let _ = change.sentence(&analysis.label);
                    }
                }
            }
        }
    }

    #[test]
    fn checking_a_metric_gives_the_verdict_its_analysis_shows(
        before in "(<|~)?[0-9]{1,4}(\\.[0-9])?(-[0-9]{1,5})?",
        after in "(<|~)?[0-9]{1,4}(\\.[0-9])?",
        before_unit in prop_oneof![Just(""), Just(" ms"), Just(" s"), Just("%"), Just(" GB"), Just(" MB")],
        after_unit in prop_oneof![Just(""), Just(" ms"), Just(" s"), Just("%"), Just(" GB")],
        better in prop_oneof![Just(None), Just(Some(Better::Lower)), Just(Some(Better::Higher))],
        basis in prop_oneof![Just(Basis::Midpoint), Just(Basis::Best), Just(Basis::Worst)],
        claim in prop_oneof![Just(None), Just(Some("50%")), Just(Some("~3×")), Just(Some("10 pp")), Just(Some("99.9%"))],
    ) {
        let (Ok(before), Ok(after)) = (
            parse_quantity(&format!("{before}{before_unit}")),
            parse_quantity(&format!("{after}{after_unit}")),
        ) else {
            return Ok(());
        };
        let metric = Metric::Change(Change {
            label: "m".into(),
            before,
            after,
            better,
            claim: claim.and_then(|c| parse_claim(c).ok()),
            basis,
            before_label: None,
            after_label: None,
            public: None,
            private: false,
        });
        let expected = match analyse(&metric).kind {
            AnalysisKind::Incomparable { reason, .. } => Check::Incomparable(reason),
            AnalysisKind::Change(change) => Check::Verdict(change.verdict),
            other => panic!("a change analysed as {other:?}"),
        };
        prop_assert_eq!(check(&metric), expected);
    }
}

/// Words, numbers with units and Markdown pieces an import's input is made of.
fn page_token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---\n".to_owned()),
        Just("## Professional Experience\n".to_owned()),
        Just("## Teaching Experience\n".to_owned()),
        Just("## Education\n".to_owned()),
        Just("**".to_owned()),
        Just(" <br />\n".to_owned()),
        Just("_".to_owned()),
        Just("- ".to_owned()),
        Just("\n".to_owned()),
        Just(" - ".to_owned()),
        Just(" to ".to_owned()),
        Just(" from ".to_owned()),
        Just(" by ".to_owned()),
        Just("reduced ".to_owned()),
        Just("Present".to_owned()),
        Just("January 2025".to_owned()),
        Just("Spring'23".to_owned()),
        Just("title: ".to_owned()),
        Just("keywords: [".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("[x](http://e.org)".to_owned()),
        "[0-9]{1,4}(\\.[0-9])?( ?(ms|s|%|MB|K\\+|min|pp|×))?",
        "[A-Za-z]{1,8}",
        "\\PC{0,6}",
    ]
}

/// JSON Resume documents with values of any type where the schema expects text, lists or
/// dates.
fn resume_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| serde_json::json!(n)),
        "\\PC{0,12}".prop_map(serde_json::Value::String),
        "(19|20)[0-9]{2}(-[0-9]{2}(-[0-9]{2})?)?".prop_map(serde_json::Value::String),
        "cut latency from [0-9]{1,3} ms to [0-9]{1,3} ms".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("name".to_owned()),
                    Just("position".to_owned()),
                    Just("highlights".to_owned()),
                    Just("startDate".to_owned()),
                    Just("endDate".to_owned()),
                    Just("institution".to_owned()),
                    Just("publisher".to_owned()),
                    Just("releaseDate".to_owned()),
                    Just("keywords".to_owned()),
                    Just("url".to_owned()),
                    Just("label".to_owned()),
                    "[a-z]{1,6}",
                ],
                inner,
                0..5,
            )
            .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

/// An import either writes a portfolio that loads with no errors or says why not, with a
/// position; it never panics and never writes what folio would refuse.
fn import_is_total(text: &str, extension: &str) -> Result<(), TestCaseError> {
    match folio::import::import_str(text, "input", Some(extension)) {
        Ok(imported) => {
            let loaded = folio::check::checked(load::load_str(&imported.ron, "out.ron", None))
                .map_err(|e| TestCaseError::fail(format!("{e}\n{}", imported.ron)))?;
            prop_assert_eq!(loaded.error_count(), 0, "{}", imported.ron);
        }
        Err(folio::import::ImportError::Invalid(diagnostic)) => {
            prop_assert!(
                has_position_unless_whole_file(&diagnostic),
                "{}",
                diagnostic
            );
        }
        Err(other) => prop_assert!(false, "{other}"),
    }
    Ok(())
}

/// Found by `any_json_imports_or_fails_with_a_position` in CI: a job whose only role is blank
/// gave the person a blank headline, which folio refuses.
#[test]
fn a_blank_role_gives_the_headline_placeholder_not_a_blank_headline() {
    let text =
        r#"{"basics": null, "work": [{"label": 0, "position": [{"name": ""}]}], "other": null}"#;
    let outcome = import_is_total(text, "json");
    assert!(outcome.is_ok(), "{outcome:?}");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_markdown_page_imports_or_fails_with_a_position(
        tokens in proptest::collection::vec(page_token(), 0..80)
    ) {
        import_is_total(&tokens.concat(), "md")?;
    }

    #[test]
    fn any_json_imports_or_fails_with_a_position(
        basics in resume_value(),
        work in proptest::collection::vec(resume_value(), 0..4),
        other in resume_value(),
    ) {
        let resume = serde_json::json!({
            "basics": basics, "work": work, "education": other.clone(),
            "publications": other.clone(), "skills": other.clone(), "projects": other,
        });
        import_is_total(&resume.to_string(), "json")?;
    }

    #[test]
    fn any_text_imports_or_fails_with_a_position(text in "\\PC{0,300}") {
        import_is_total(&text, "md")?;
        import_is_total(&text, "json")?;
        import_is_total(&text, "txt")?;
    }
}
