//! Present mode driven by keys, as a candidate uses it in an interview. On a portfolio of our
//! own (tests/fixtures/sre-cyrillic.ron: a Cyrillic name, Greek and Cyrillic text, which the
//! bundled fonts draw, so these tests run on any machine), never on the bundled one, whose
//! content may change.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use folio::app::{FolioApp, Options};
use folio::load;

const FIXTURE: &str = "tests/fixtures/sre-cyrillic.ron";

fn fixture() -> Result<load::Loaded, load::LoadError> {
    load::load(std::path::Path::new(FIXTURE))
}

fn presenting(size: egui::Vec2, slide: &str) -> Harness<'static, FolioApp> {
    presenting_in(size, slide, egui::Theme::Light)
}

fn presenting_in(size: egui::Vec2, slide: &str, theme: egui::Theme) -> Harness<'static, FolioApp> {
    let options = Options {
        present: Some(slide.to_owned()),
        theme: Some(match theme {
            egui::Theme::Light => folio::ui::ThemeChoice::Light,
            egui::Theme::Dark => folio::ui::ThemeChoice::Dark,
        }),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, fixture(), &options));
    harness.run_steps(6);
    harness
}

fn press(harness: &mut Harness<'static, FolioApp>, key: Key) {
    harness.key_press(key);
    harness.run_steps(4);
}

fn title(harness: &Harness<'static, FolioApp>) -> String {
    harness
        .state()
        .current_slide_title()
        .unwrap_or_default()
        .to_owned()
}

/// The fixture's slides as the deck model builds them: the tests follow the deck
/// rather than pinning how many slides a case study takes.
fn deck() -> folio::deck::Deck {
    folio::deck::Deck::new(&fixture().expect("fixture").portfolio)
}

fn deck_title(index: usize) -> String {
    deck()
        .slide(index)
        .map(|s| s.title.clone())
        .unwrap_or_default()
}

/// A slide title without its "(2/3)" continuation marker.
fn base_title(title: &str) -> &str {
    match title.rsplit_once(" (") {
        Some((base, marker)) if marker.ends_with(')') && marker.contains('/') => base,
        _ => title,
    }
}

/// Presses `key` until the slide title starts with `prefix` (at most 10 times).
fn press_until(harness: &mut Harness<'static, FolioApp>, key: Key, prefix: &str) {
    for _ in 0..10 {
        if title(harness).starts_with(prefix) {
            return;
        }
        press(harness, key);
    }
    assert!(
        title(harness).starts_with(prefix),
        "never reached {prefix:?}"
    );
}

#[test]
fn keys_move_through_steps_and_slides() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    assert_eq!(title(&harness), "Ольга Кузнецова");
    let count = deck().slides.len();
    assert!(
        harness.query_by_label(&format!("1 / {count}")).is_some(),
        "the slide counter"
    );
    press(&mut harness, Key::ArrowRight);
    assert_eq!(title(&harness), "About");
    press(&mut harness, Key::Space);
    assert_eq!(title(&harness), deck_title(2));
    assert!(title(&harness).starts_with("Expertise"));
    press_until(&mut harness, Key::PageDown, "Pages cut by nine tenths");
    assert_eq!(harness.state().current_step(), Some(0));
    assert!(harness.query_by_label("PROBLEM").is_some());
    assert!(
        harness.query_by_label("APPROACH").is_none(),
        "revealed step by step"
    );
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::Enter);
    assert_eq!(harness.state().current_step(), Some(2));
    assert!(harness.query_by_label("OUTCOME").is_some());
    let chart = "Pages per week: 140 to 12, 91.43 % lower";
    if harness.query_by_label(chart).is_none() {
        // The figures did not fit beside the story: they are on the next slide.
        press(&mut harness, Key::ArrowRight);
        assert!(
            title(&harness).starts_with("Pages cut"),
            "{}",
            title(&harness)
        );
    }
    assert!(
        harness.query_by_label(chart).is_some(),
        "the charts follow the outcome"
    );
    press_until(&mut harness, Key::ArrowLeft, "Pages cut by nine tenths");
    press(&mut harness, Key::Backspace);
    press_until(&mut harness, Key::PageUp, "Expertise");
    press(&mut harness, Key::End);
    assert_eq!(title(&harness), "Contact");
    press(&mut harness, Key::Home);
    assert_eq!(title(&harness), "Ольга Кузнецова");
}

#[test]
fn a_number_then_enter_jumps() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    press(&mut harness, Key::Num1);
    press(&mut harness, Key::Num0);
    assert!(harness.query_by_label("Go to 10…").is_some());
    press(&mut harness, Key::Enter);
    assert_eq!(title(&harness), deck_title(9));
}

#[test]
fn a_number_with_no_slide_says_so_and_can_be_corrected() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    let count = deck().slides.len();
    for key in [Key::Num9, Key::Num9, Key::Enter] {
        press(&mut harness, key);
    }
    assert!(
        harness
            .query_by_label(&format!("No slide 99: 1 to {count}"))
            .is_some(),
        "a number past the end is answered, not ignored"
    );
    assert_eq!(
        title(&harness),
        deck_title(0),
        "the talk stays where it was"
    );
    for key in [Key::Num2, Key::Enter] {
        press(&mut harness, key);
    }
    assert_eq!(
        title(&harness),
        deck_title(1),
        "the next number starts afresh"
    );
    for key in [Key::Num3, Key::Num4, Key::Backspace, Key::Enter] {
        press(&mut harness, key);
    }
    assert_eq!(title(&harness), deck_title(2), "Backspace took the 4 back");
}

#[test]
fn the_key_list_shows_every_key_present_mode_answers_to() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    press(&mut harness, Key::Questionmark);
    for binding in folio::ui::keys::PRESENT {
        assert!(
            harness.query_by_label(binding.help).is_some(),
            "the key list lacks `{}`",
            binding.help
        );
    }
    // The list sits over the slide at 1024×768 too, nothing cut off.
    let mut small = presenting(egui::vec2(1024.0, 768.0), "1");
    press(&mut small, Key::Questionmark);
    let close = small.get_by_label("close this list");
    let bounds = close.rect();
    assert!(
        bounds.bottom() <= 768.0,
        "the last row is on screen: {bounds:?}"
    );
}

#[test]
fn the_palette_is_driven_by_arrows() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    press(&mut harness, Key::G);
    harness.get_by_role(Role::TextInput).type_text("a");
    harness.run_steps(3);
    let results = deck().search("a");
    assert!(results.len() >= 2, "the query finds several slides");
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowDown);
    press(&mut harness, Key::ArrowUp);
    press(&mut harness, Key::Enter);
    assert_eq!(title(&harness), deck_title(results[1]));
}

#[test]
fn the_palette_answers_interview_questions() {
    for (query, expected) in [
        ("latency", "Checkout latency under Black Friday load"),
        ("disaster", "Disaster recovery that is rehearsed"),
        ("pages", "Pages cut by nine tenths"),
    ] {
        let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
        press(&mut harness, Key::G);
        harness.get_by_role(Role::TextInput).type_text(query);
        harness.run_steps(3);
        press(&mut harness, Key::Enter);
        assert_eq!(base_title(&title(&harness)), expected, "{query}");
        assert!(
            harness.query_by_role(Role::TextInput).is_none(),
            "the palette closes"
        );
    }
}

#[test]
fn overview_blank_screens_help_and_leaving() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "paging-noise");
    press(&mut harness, Key::O);
    assert!(harness.query_by_label("Slides").is_some());
    // A card in the second column: the thumbnails' layers once took such clicks.
    harness.get_by_role_and_label(Role::Button, "About").click();
    harness.run_steps(4);
    assert_eq!(title(&harness), "About");
    assert!(harness.query_by_label("Slides").is_none());
    press(&mut harness, Key::B);
    assert!(
        harness
            .query_by_label_contains("Ten years of keeping payment systems up")
            .is_some()
    );
    press(&mut harness, Key::B);
    press(&mut harness, Key::Questionmark);
    assert!(harness.query_by_label("Keys").is_some(), "? lists the keys");
    press(&mut harness, Key::Escape);
    assert!(harness.query_by_label("Keys").is_none());
    assert!(harness.state().is_presenting());
    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting(), "Esc leaves present mode");
    press(&mut harness, Key::F5);
    assert!(harness.state().is_presenting(), "F5 presents again");
}

#[test]
fn slides_fit_from_1024x768_to_4k() {
    for size in [
        egui::vec2(1024.0, 768.0),
        egui::vec2(1920.0, 1080.0),
        egui::vec2(3840.0, 2160.0),
    ] {
        let mut harness = presenting(size, "paging-noise");
        let figure = "Time to acknowledge: 9 min to 4.5 min";
        for _ in 0..4 {
            if harness.query_by_label_contains(figure).is_some() {
                break;
            }
            press(&mut harness, Key::ArrowRight);
        }
        harness.run_steps(10);
        let last_chart = harness
            .query_by_label_contains(figure)
            .expect("the last figure is drawn");
        let bottom = last_chart.rect().bottom();
        // The app zooms so the slide canvas fills the window; rects are in zoomed points.
        let height = size.y / harness.ctx.zoom_factor();
        assert!(
            bottom <= height,
            "{size:?}: the last figure ends at {bottom}, below {height}"
        );
    }
}

fn snapshot_case_study_slide(name: &str, size: egui::Vec2, theme: egui::Theme) {
    // The case study's figures: beside its story, or on the slide after it.
    let mut harness = presenting_in(size, "paging-noise", theme);
    let chart = "Pages per week: 140 to 12, 91.43 % lower";
    for _ in 0..4 {
        if harness.query_by_label(chart).is_some() {
            break;
        }
        press(&mut harness, Key::ArrowRight);
    }
    harness.run_steps(10);
    harness.snapshot(name);
}

#[test]
fn snapshot_case_study_slide_1920() {
    snapshot_case_study_slide(
        "slide-case-study-1920",
        egui::vec2(1920.0, 1080.0),
        egui::Theme::Light,
    );
}

#[test]
fn snapshot_case_study_slide_1024() {
    snapshot_case_study_slide(
        "slide-case-study-1024",
        egui::vec2(1024.0, 768.0),
        egui::Theme::Dark,
    );
}

#[test]
fn presenter_window_shows_notes_next_slide_and_times() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "about");
    press(&mut harness, Key::S);
    harness.run_steps(4);
    assert!(
        harness
            .query_by_label_contains("One sentence, then the pager story.")
            .is_some(),
        "the notes of the current slide"
    );
    assert!(
        harness
            .query_by_label(&format!("Next: {}", deck_title(2)))
            .is_some()
    );
    assert!(harness.query_by_label("Elapsed").is_some());
    assert!(
        harness.query_by_label_contains("target 20:00").is_some(),
        "pacing"
    );
    press(&mut harness, Key::ArrowRight);
    assert!(
        harness
            .query_by_label(&format!("Next: {}", deck_title(3)))
            .is_some()
    );
}

#[test]
fn a_track_presents_its_slides_in_its_order() {
    let options = Options {
        present: Some("1".to_owned()),
        talk: folio::app::TalkOptions {
            track: Some("reliability".to_owned()),
            ..Default::default()
        },
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, fixture(), &options));
    harness.run_steps(4);
    let mut titles = vec![title(&harness)];
    for _ in 0..20 {
        press(&mut harness, Key::PageDown);
        // A case study continued over two slides counts once.
        let now = base_title(&title(&harness)).to_owned();
        if titles.last() != Some(&now) {
            titles.push(now);
        }
    }
    assert_eq!(
        titles,
        [
            "Ольга Кузнецова",
            "Disaster recovery that is rehearsed",
            "Pages cut by nine tenths",
            "Experience",
            "Principles",
        ]
    );
}

#[test]
fn snapshot_overview() {
    let mut harness = presenting_in(
        egui::vec2(1280.0, 720.0),
        "paging-noise",
        egui::Theme::Light,
    );
    press(&mut harness, Key::O);
    harness.run_steps(10);
    harness.snapshot("slide-overview");
}

/// `folio present --presenter` opens the presenter window with the talk.
#[test]
fn the_presenter_window_can_open_at_start() {
    let options = Options {
        present: Some("about".to_owned()),
        presenter: true,
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, fixture(), &options));
    harness.run_steps(6);
    assert!(
        harness.query_by_label("Elapsed").is_some(),
        "the presenter window is open"
    );
    assert!(
        harness
            .query_by_label(&format!("Next: {}", deck_title(2)))
            .is_some()
    );
}

/// `folio present --for POSTING`: the talk `folio tailor` suggests, and in the presenter
/// window the posting's requirements each slide answers.
#[test]
fn a_talk_for_a_posting_shows_what_each_slide_answers() {
    let bytes = std::fs::read("tests/fixtures/postings/sre.md").unwrap();
    let posting = folio::tailor::Posting::from_bytes("sre.md", &bytes).unwrap();
    let options = Options {
        present: Some("paging-noise".to_owned()),
        presenter: true,
        talk: folio::app::TalkOptions {
            posting: Some(posting),
            ..Default::default()
        },
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, fixture(), &options));
    harness.run_steps(6);
    assert!(harness.query_by_label("From the posting").is_some());
    assert!(
        harness
            .query_by_label("✓ must: Own on-call for the payments platform and cut alert noise")
            .is_some(),
        "the requirement the paging case study answers"
    );
    // The talk leads with the case studies that answer the posting, not the file's order.
    press(&mut harness, Key::Home);
    let mut titles = vec![title(&harness)];
    for _ in 0..20 {
        press(&mut harness, Key::PageDown);
        let now = base_title(&title(&harness)).to_owned();
        if titles.last() != Some(&now) {
            titles.push(now);
        }
    }
    assert_eq!(
        titles.get(..4),
        Some(
            &[
                "Ольга Кузнецова".to_owned(),
                "Impact at a glance".to_owned(),
                "Pages cut by nine tenths".to_owned(),
                "Disaster recovery that is rehearsed".to_owned(),
            ][..]
        ),
        "{titles:?}"
    );
}
