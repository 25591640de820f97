//! Editing the portfolio while folio runs: every save shows up, a broken save never wipes
//! the screen, and the app ends on the last valid content.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use folio::app::{FolioApp, Options};
use folio::load;
use folio::load::Source;

fn portfolio(headline: &str) -> String {
    format!(
        "(person: (headline: \"{headline}\"), case_studies: [(id: \"a\", title: \"Case\", \
         problem: \"p\", approach: \"a\", outcome: \"o\", metrics: [Change(label: \"Latency\", \
         before: \"8-10 s\", after: \"3-10 ms\", claim: \"99.93%\")])])"
    )
}

fn start(path: &Path) -> Harness<'static, FolioApp> {
    let path = path.to_path_buf();
    Harness::builder()
        .with_size(egui::vec2(1000.0, 700.0))
        .build_eframe(move |cc| {
            let options = Options::default();
            let mut app = FolioApp::new(&cc.egui_ctx, None, load::load(&path), &options);
            app.watch(&cc.egui_ctx, Source::File(path));
            app
        })
}

/// Runs frames until `done` holds or five seconds pass.
fn settle(harness: &mut Harness<'static, FolioApp>, done: impl Fn(&FolioApp) -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        harness.run_steps(1);
        if done(harness.state()) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(15));
    }
    false
}

#[test]
fn two_hundred_saves_of_every_kind_end_on_the_last_valid_content() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, portfolio("Version 0")).expect("write");
    let mut harness = start(&path);
    harness.run_steps(2);
    assert_eq!(harness.state().display_name(), Some("Version 0"));

    let mut valid = vec!["Version 0".to_owned()];
    for i in 1..=200 {
        let headline = format!("Version {i}");
        match i % 5 {
            // A valid save.
            0 => {
                std::fs::write(&path, portfolio(&headline)).expect("write");
                valid.push(headline);
            }
            // A typo.
            1 => std::fs::write(&path, portfolio(&headline).replace("approach", "aproach"))
                .expect("write"),
            // A write seen half-done.
            2 => {
                let text = portfolio(&headline);
                std::fs::write(&path, &text[..text.len() / 2]).expect("write");
            }
            // The file briefly missing, as during some editors' saves.
            3 => {
                let _ = std::fs::remove_file(&path);
            }
            // Saved by writing a temporary file and renaming it over the original.
            _ => {
                let temp = dir.path().join(".portfolio.ron.tmp");
                std::fs::write(&temp, portfolio(&headline)).expect("write");
                std::fs::rename(&temp, &path).expect("rename");
                valid.push(headline);
            }
        }
        harness.run_steps(1);
        let shown = harness.state().display_name().map(str::to_owned);
        assert!(
            shown.as_ref().is_some_and(|name| valid.contains(name)),
            "after save {i} the app shows {shown:?}, which is not a version that parsed"
        );
        std::thread::sleep(Duration::from_millis(3));
    }
    std::fs::write(&path, portfolio("Final")).expect("write");
    assert!(
        settle(&mut harness, |app| app.display_name() == Some("Final")),
        "the last valid save is shown, got {:?}",
        harness.state().display_name()
    );
    assert!(
        !harness.state().has_reload_error(),
        "no error banner once the file is valid"
    );
}

#[test]
fn a_broken_save_shows_the_banner_and_a_fix_removes_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, portfolio("Before")).expect("write");
    let mut harness = start(&path);
    harness.run_steps(2);
    std::fs::write(&path, portfolio("Broken").replace("approach", "aproach")).expect("write");
    assert!(
        settle(&mut harness, FolioApp::has_reload_error),
        "the error is noticed"
    );
    assert_eq!(
        harness.state().display_name(),
        Some("Before"),
        "last good content stays"
    );
    use egui_kittest::kittest::Queryable;
    assert!(
        harness
            .query_by_label_contains("unknown field `aproach`")
            .is_some(),
        "the banner names the error with its position"
    );
    std::fs::write(&path, portfolio("After")).expect("write");
    assert!(settle(&mut harness, |app| app.display_name() == Some("After")));
    assert!(!harness.state().has_reload_error());
    assert!(harness.query_by_label_contains("unknown field").is_none());
}

#[test]
fn a_file_that_never_loaded_is_shown_once_it_is_fixed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, "(person: (").expect("write");
    let mut harness = start(&path);
    harness.run_steps(2);
    assert_eq!(
        harness.state().display_name(),
        None,
        "the error screen is shown"
    );
    std::fs::write(&path, portfolio("Fixed")).expect("write");
    assert!(settle(&mut harness, |app| app.display_name() == Some("Fixed")));
}
