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

/// Opens a portfolio headed "Before", saves `broken` over it and waits for the reload's
/// error: the last good content must stay.
fn after_a_broken_save(
    broken: &str,
) -> (
    tempfile::TempDir,
    std::path::PathBuf,
    Harness<'static, FolioApp>,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, portfolio("Before")).expect("write");
    let mut harness = start(&path);
    harness.run_steps(2);
    std::fs::write(&path, broken).expect("write");
    assert!(
        settle(&mut harness, FolioApp::has_reload_error),
        "the error is noticed"
    );
    assert_eq!(
        harness.state().display_name(),
        Some("Before"),
        "last good content stays"
    );
    (dir, path, harness)
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
    let (_dir, path, mut harness) =
        after_a_broken_save(&portfolio("Broken").replace("approach", "aproach"));
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

/// A copy of `fixture` with its images in a folder of its own, as an author keeps it.
fn copy_fixture(fixture: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::create_dir(dir.path().join("images")).expect("mkdir");
    for entry in std::fs::read_dir(fixtures.join("images")).expect("images") {
        let entry = entry.expect("entry");
        std::fs::copy(
            entry.path(),
            dir.path().join("images").join(entry.file_name()),
        )
        .expect("copy image");
    }
    let path = dir.path().join("portfolio.ron");
    std::fs::copy(fixtures.join(fixture), &path).expect("copy fixture");
    crate::common::require_fonts_for(&path);
    (dir, path)
}

/// Runs frames until the app asks for none (its images decoded, its layout settled), within
/// `limit`; false if it is still busy then.
fn until_idle(harness: &mut Harness<'static, FolioApp>, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        harness.run_steps(1);
        // Give the watcher and the image decoder time to report before asking.
        std::thread::sleep(Duration::from_millis(150));
        if !harness.ctx.has_requested_repaint() && !harness.ctx.has_pending_images() {
            return true;
        }
    }
    false
}

/// Asserts nothing wakes the app for a second: no repaint asked for, no read of the file.
fn assert_stays_idle(harness: &mut Harness<'static, FolioApp>, after: &str) {
    assert!(
        until_idle(harness, Duration::from_secs(3)),
        "{after}: the app still asks for frames after 3 s"
    );
    let reads = harness.state().rereads();
    std::thread::sleep(Duration::from_secs(1));
    assert!(
        !harness.ctx.has_requested_repaint(),
        "{after}: something woke the app in an idle second"
    );
    harness.run_steps(3);
    assert_eq!(
        harness.state().rereads(),
        reads,
        "{after}: the file was read again with nothing changed"
    );
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn idle_means_idle_after_one_save_a_hundred_saves_and_a_storm() {
    let (dir, path) = copy_fixture("mobile-ml.ron");
    let original = std::fs::read_to_string(&path).expect("read");
    let mut harness = start(&path);
    assert_stays_idle(&mut harness, "opened with a photo and images");

    std::fs::write(&path, original.replace("Staff", "Principal")).expect("save");
    assert!(
        settle(&mut harness, |app| app.rereads() == 1),
        "one save is read once"
    );
    assert_stays_idle(&mut harness, "after one save");

    for i in 0..100 {
        let text = if i % 2 == 0 {
            &original
        } else {
            &original.replace("Staff", "Lead")
        };
        std::fs::write(&path, text).expect("save");
        std::thread::sleep(Duration::from_millis(20));
        harness.run_steps(1);
    }
    assert_stays_idle(&mut harness, "after a hundred saves");

    // A storm: saves as fast as the disk takes them for half a second.
    let storm = Instant::now();
    let mut n = 0;
    while storm.elapsed() < Duration::from_millis(500) {
        n += 1;
        std::fs::write(&path, original.replace("Staff", &format!("Staff {n}"))).expect("save");
    }
    assert_stays_idle(&mut harness, "after a save storm");
    let _ = dir;
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn a_busy_folder_never_wakes_the_app_and_saves_still_show() {
    let (dir, path) = copy_fixture("mobile-ml.ron");
    let mut harness = start(&path);
    assert_stays_idle(&mut harness, "opened");
    let build = dir.path().join("target");
    std::fs::create_dir(&build).expect("mkdir");
    let churn = Instant::now();
    let mut round = 0;
    while churn.elapsed() < Duration::from_millis(800) {
        round += 1;
        // A README read and written beside the portfolio, a build writing under target/,
        // and the portfolio and its photo read (as an editor or a file indexer does).
        std::fs::write(dir.path().join("README.md"), format!("{round}")).expect("write");
        let _ = std::fs::read(dir.path().join("README.md"));
        std::fs::write(build.join(format!("out-{}", round % 7)), "x").expect("write");
        let _ = std::fs::read(&path);
        let _ = std::fs::read(dir.path().join("images/photo.png"));
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_stays_idle(&mut harness, "with the folder under churn");
    assert_eq!(
        harness.state().rereads(),
        0,
        "nothing made it read the file"
    );

    // A save without edits is no change either.
    let same = std::fs::read(&path).expect("read");
    std::fs::write(&path, &same).expect("save");
    assert_stays_idle(&mut harness, "after a save without edits");
    assert_eq!(harness.state().rereads(), 0);

    // A new photo is shown: the image is decoded again, the portfolio is not read.
    std::fs::copy(
        dir.path().join("images/ranking-diagram.png"),
        dir.path().join("images/photo.png"),
    )
    .expect("replace the photo");
    assert!(
        settle(&mut harness, |app| app.image_changes() == 1),
        "the photo's save is noticed"
    );
    assert_stays_idle(&mut harness, "after the photo's save");
    assert_eq!(
        harness.state().rereads(),
        0,
        "an image's save reads no portfolio"
    );
    // And a real edit of the portfolio is shown.
    let text = std::fs::read_to_string(&path).expect("read");
    std::fs::write(&path, text.replace("Staff", "Principal")).expect("save");
    assert!(settle(&mut harness, |app| app.rereads() == 1));
}

#[test]
fn a_save_that_fails_its_check_shows_no_figure_from_it() {
    use egui_kittest::kittest::Queryable;
    // Loads as RON, but "7 lots" is no relative change folio reads ("7x", refused, was once
    // shown as "+7 %").
    let broken = portfolio("After").replace(
        "Change(label: \"Latency\", before: \"8-10 s\", after: \"3-10 ms\", claim: \"99.93%\")",
        "Relative(label: \"Latency\", change: \"7 lots\")",
    );
    let (_dir, _path, harness) = after_a_broken_save(&broken);
    assert!(
        harness.query_by_label_contains("+7 %").is_none(),
        "no figure from broken text"
    );
    assert!(
        harness
            .query_by_label_contains("metric `Latency`")
            .is_some(),
        "the banner says which figure is wrong"
    );
}
