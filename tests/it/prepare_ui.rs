//! "Prepare for a job" in the app: a posting read against a fixture, the coverage shown, the
//! talk reordered and cut, then presented.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use folio::app::{FolioApp, Options};
use folio::load;

const FIXTURE: &str = "tests/fixtures/sre-cyrillic.ron";

fn harness(size: egui::Vec2) -> Harness<'static, FolioApp> {
    harness_in(size, egui::Theme::Light)
}

fn harness_in(size: egui::Vec2, theme: egui::Theme) -> Harness<'static, FolioApp> {
    harness_of(FIXTURE, size, theme)
}

fn harness_of(fixture: &str, size: egui::Vec2, theme: egui::Theme) -> Harness<'static, FolioApp> {
    crate::common::require_fonts_for(std::path::Path::new(fixture));
    let loaded = load::load(std::path::Path::new(fixture));
    let options = Options {
        animate: false,
        theme: Some(match theme {
            egui::Theme::Light => folio::ui::ThemeChoice::Light,
            egui::Theme::Dark => folio::ui::ThemeChoice::Dark,
        }),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    harness.run_steps(4);
    harness
}

fn open_with_posting(harness: &mut Harness<'static, FolioApp>) {
    harness.get_by_label("Prepare for a job…").click();
    harness.run_steps(3);
    assert!(harness.query_by_label("Nothing pasted yet.").is_some());
    harness
        .state_mut()
        .load_posting_file(std::path::Path::new("tests/fixtures/postings/sre.md"));
    harness.run_steps(4);
}

#[test]
#[ignore = "needs the Noto fonts of the fixture's scripts (fonts-noto-core)"]
fn a_posting_shows_its_coverage_and_a_talk_that_can_be_edited_and_presented() {
    let mut harness = harness(egui::vec2(1280.0, 800.0));
    open_with_posting(&mut harness);
    assert!(
        harness
            .query_by_label("5 of 9 requirements shown by the portfolio")
            .is_some(),
        "the coverage"
    );
    assert_eq!(
        harness
            .query_all_by_label("Terraform and Kubernetes")
            .count(),
        2,
        "a gap is listed among the gaps and the requirements"
    );
    // The suggested talk: impact, paging, DR (the portfolio's reliability track), then
    // cost and postmortems (each answers one duty; the author put cost first), experience,
    // contact.
    assert!(harness.query_by_label("Present this talk").is_some());
    assert!(
        harness
            .query_by_label("Back to the suggested talk")
            .is_none()
    );
    // Take the impact table out and move the DR drill first.
    harness.get_all_by_label("×").next().unwrap().click();
    harness.run_steps(3);
    harness.get_all_by_label("↑").nth(1).unwrap().click();
    harness.run_steps(3);
    assert!(
        harness
            .query_by_label("Back to the suggested talk")
            .is_some()
    );
    harness.get_by_label("Present this talk").click();
    harness.run_steps(6);
    assert!(harness.state().is_presenting());
    let mut ids = vec![harness.state().current_slide_id().unwrap().to_owned()];
    for _ in 0..12 {
        harness.key_press(egui::Key::PageDown);
        harness.run_steps(3);
        let id = harness.state().current_slide_id().unwrap().to_owned();
        let base = id
            .rsplit_once('-')
            .filter(|(_, n)| n.parse::<usize>().is_ok())
            .map_or(id.clone(), |(b, _)| b.to_owned());
        if ids.last() != Some(&base) {
            ids.push(base);
        }
    }
    assert_eq!(
        ids.get(..4),
        Some(&["overview", "dr-drill", "paging-noise", "cost"].map(str::to_owned)[..]),
        "{ids:?}"
    );
    // The posting is remembered, like a recent file, and the next talk is still its own.
    harness.key_press(egui::Key::Escape);
    harness.run_steps(4);
    assert!(!harness.state().is_presenting());
    assert!(
        harness.query_by_value("for sre.md").is_some()
            || harness.query_by_label("for sre.md").is_some(),
        "the track picker names it"
    );
    harness.get_by_label("Prepare for a job…").click();
    harness.run_steps(3);
    assert!(harness.query_by_label("Recent postings").is_some());
}

#[test]
#[ignore = "needs the Noto fonts of the fixture's scripts (fonts-noto-core)"]
fn snapshot_prepare_for_a_job() {
    let mut harness = harness(egui::vec2(1280.0, 800.0));
    open_with_posting(&mut harness);
    harness.snapshot("prepare-for-a-job");
}

#[test]
#[ignore = "needs the Noto fonts of the fixture's scripts (fonts-noto-core)"]
fn snapshot_prepare_for_a_job_small_dark() {
    let mut harness = harness_in(egui::vec2(1024.0, 700.0), egui::Theme::Dark);
    open_with_posting(&mut harness);
    harness.snapshot("prepare-for-a-job-small-dark");
}

#[test]
#[ignore = "needs the Noto fonts of the fixture's scripts (fonts-noto-core)"]
fn a_software_posting_nothing_answers_shows_the_nearest_talk_as_such() {
    let mut harness = harness(egui::vec2(1280.0, 800.0));
    harness.get_by_label("Prepare for a job…").click();
    harness.run_steps(3);
    harness.state_mut().load_posting_file(std::path::Path::new(
        "tests/fixtures/postings/java-nothing-answers.txt",
    ));
    harness.run_steps(4);
    assert!(
        harness
            .query_by_label(
                "No case study answers this posting directly: these are the nearest, to \
                 bridge from what you have done to what it asks."
            )
            .is_some(),
        "the talk says it answers nothing"
    );
    assert!(
        harness.query_by_label("Present this talk").is_some(),
        "a talk to give all the same"
    );
    if std::env::var_os("FOLIO_LOOK").is_some() {
        let image = harness.render().unwrap();
        image.save("/tmp/w/prepare-nothing.png").unwrap();
    }
}

/// Who may be hired is listed to confirm ("?"), not as a miss of the portfolio ("✗").
#[test]
#[ignore = "needs the Noto fonts of the fixture's scripts (fonts-noto-core)"]
fn who_may_be_hired_is_marked_to_confirm() {
    let mut harness = harness(egui::vec2(1280.0, 800.0));
    harness.get_by_label("Prepare for a job…").click();
    harness.run_steps(3);
    harness.state_mut().load_posting_file(std::path::Path::new(
        "tests/fixtures/postings/who-may-be-hired.txt",
    ));
    harness.run_steps(4);
    assert_eq!(
        harness
            .query_all_by_label("Must be located in London or Vilnius and authorized to work there")
            .count(),
        2,
        "listed among the gaps and the requirements"
    );
    assert_eq!(harness.query_all_by_label("confirm").count(), 2);
    assert_eq!(harness.query_all_by_label("?").count(), 2);
}

/// A talk slide's title of 150 characters wraps inside the window, which stays on the screen
/// with every requirement readable to its end (it once grew past the app's right edge).
#[test]
#[ignore = "needs the Noto fonts of the fixture's scripts (fonts-noto-core)"]
fn a_long_case_study_title_in_the_talk_keeps_the_window_on_screen() {
    let size = egui::vec2(1280.0, 800.0);
    let mut harness = harness_of("tests/fixtures/mobile-ml.ron", size, egui::Theme::Light);
    harness.get_by_label("Prepare for a job…").click();
    harness.run_steps(3);
    harness.state_mut().load_posting_file(std::path::Path::new(
        "tests/fixtures/postings/ml-platform.md",
    ));
    harness.run_steps(4);
    let title = "Moving feed ranking from a data-centre cluster onto the phone itself, so that the \
                 feed re-ranks offline, privately and within a single frame budget";
    assert!(
        harness.query_all_by_label(title).count() >= 2,
        "the title is in the table of contents and in the talk"
    );
    for label in [title, "Present this talk", "Export the talk as PDF…"] {
        for node in harness.query_all_by_label(label) {
            assert!(
                node.rect().right() <= size.x,
                "{label:?} ends at {} beyond the window's {}",
                node.rect().right(),
                size.x
            );
        }
    }
}
