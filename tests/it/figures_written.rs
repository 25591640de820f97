//! Figures as people write them on a résumé (issue 30, item 1): multiples ("7x faster",
//! "10x lower", "halved", "doubled"), a factor claim on a percentage, and a range with a unit
//! at each end pass `folio check --deny-warnings`, and every output shows the multiple as
//! written rather than the percentage it means.

use crate::common::{folio, text};

const PORTFOLIO: &str = r#"(
    person: (headline: "Frontend engineer"),
    case_studies: [(
        id: "rendering",
        title: "Rendering",
        problem: "Pages were slow.",
        approach: "A new renderer.",
        outcome: "Fast pages.",
        metrics: [
            Relative(label: "UI performance", change: "7x faster", better: Higher),
            Relative(label: "Rendering time", change: "10x lower"),
            Relative(label: "Build time", change: "halved"),
            Relative(label: "Weekly releases", change: "doubled"),
            Relative(label: "Frame rate", change: "+600%", claim: "7x"),
            Change(label: "Bundle size", before: "200 KB-1 MB", after: "150 kb", better: Lower),
        ],
    )],
)"#;

fn written(dir: &tempfile::TempDir) -> String {
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, PORTFOLIO).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn multiples_and_ranges_as_written_pass_the_strictest_check() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir);
    let output = folio(&["check", "--deny-warnings", &file]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
}

#[test]
fn metrics_show_the_multiple_and_agree_with_a_factor_claim() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir);
    let output = folio(&["metrics", &file]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(0), "{shown}");
    for expected in ["7× faster", "10× lower", "halved", "doubled", "agrees"] {
        assert!(shown.contains(expected), "{expected:?} in\n{shown}");
    }
    let row = |label: &str| {
        shown
            .lines()
            .find(|l| l.contains(label))
            .unwrap_or_default()
    };
    assert!(!row("UI performance").contains('%'), "{shown}");
    assert!(!row("Rendering time").contains('%'), "{shown}");
    // The range is 0.2–1 MB, its midpoint 600 KB: 150 KB is 4× smaller.
    assert!(shown.contains("0.2–1 MB"), "{shown}");
    assert!(shown.contains("4× smaller"), "{shown}");
}

#[test]
fn the_web_page_shows_the_multiple_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let file = written(&dir);
    let page = dir.path().join("x.html");
    let output = folio(&["export", &file, "-o", page.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("7× faster"), "the multiple as written");
    assert!(html.contains("10× lower"));
    assert!(
        !html.contains("+600 % faster") && !html.contains("−90 %"),
        "no percentage for a multiple"
    );
}

#[test]
fn a_multiple_that_says_no_way_is_refused_at_its_word() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.ron");
    std::fs::write(
        &path,
        PORTFOLIO.replace("\"7x faster\"", "\"7x quicklier\""),
    )
    .unwrap();
    let output = folio(&["check", path.to_str().unwrap()]);
    let shown = text(&output);
    assert_eq!(output.status.code(), Some(2), "{shown}");
    assert!(
        shown.contains("`quicklier` does not say which way"),
        "{shown}"
    );
    assert!(
        shown.contains("portfolio.ron:10:59"),
        "the caret at the word: {shown}"
    );
}
