//! Present mode driven by keys, as a candidate uses it in an interview. On a portfolio of our
//! own (tests/fixtures/sre-cyrillic.ron: a Cyrillic name, Greek and Cyrillic text, which the
//! bundled fonts draw, so these tests run on any machine), never on the bundled one, whose
//! content may change.

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
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
            title(&harness).starts_with("Results: 12× fewer pages"),
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
    harness.get_by_role(Role::TextInput).type_text("e");
    harness.run_steps(3);
    let results = deck().search(&fixture().expect("fixture").portfolio, "e");
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
        // A results slide says what it shows; its case study is the slide before.
        if titles.last() != Some(&now) && !now.starts_with("Results") {
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
        // A results slide says what it shows; its case study is the slide before.
        if titles.last() != Some(&now) && !now.starts_with("Results") {
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

/// Where the talk is: the slide's id and the reveal step.
fn place(harness: &Harness<'static, FolioApp>) -> (String, usize) {
    let state = harness.state();
    (
        state.current_slide_id().unwrap_or_default().to_owned(),
        state.current_step().unwrap_or_default(),
    )
}

#[test]
fn a_wrong_number_never_locks_the_clicker() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    let count = deck().slides.len();
    for key in [Key::Num4, Key::Num5, Key::Enter] {
        press(&mut harness, key);
    }
    assert_eq!(
        harness.state().slide_counter().as_deref(),
        Some(format!("No slide 45: 1 to {count}").as_str()),
        "the wrong number is answered"
    );
    assert!(
        harness
            .query_by_label(&format!("No slide 45: 1 to {count}"))
            .is_some()
    );
    for key in [Key::PageDown, Key::ArrowRight, Key::Space] {
        let before = place(&harness);
        press(&mut harness, key);
        assert_ne!(
            place(&harness),
            before,
            "{key:?} moves the talk after a wrong number"
        );
    }
    // Digits half typed, then a clicker's press: the number is forgotten and the talk moves.
    let before = place(&harness);
    press(&mut harness, Key::Num3);
    press(&mut harness, Key::PageDown);
    assert_ne!(place(&harness), before, "Page Down while typing a number");
    let before = place(&harness);
    press(&mut harness, Key::PageUp);
    assert_ne!(place(&harness), before, "and Page Up");
    assert!(
        harness
            .state()
            .slide_counter()
            .is_some_and(|counter| counter.ends_with(&format!("/ {count}"))),
        "the counter is the slide number again"
    );
}

#[test]
fn a_wrong_number_message_goes_by_itself() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    for key in [Key::Num9, Key::Num9, Key::Enter] {
        press(&mut harness, key);
    }
    assert!(
        harness
            .state()
            .slide_counter()
            .is_some_and(|c| c.starts_with("No slide 99"))
    );
    std::thread::sleep(std::time::Duration::from_millis(2700));
    harness.run_steps(2);
    assert_eq!(
        harness.state().slide_counter().as_deref(),
        Some(format!("1 / {}", deck().slides.len()).as_str())
    );
}

#[test]
fn a_stray_esc_keeps_the_place_the_timer_and_the_document() {
    let options = Options {
        at: Some("checkout-latency".to_owned()),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, fixture(), &options));
    for _ in 0..30 {
        harness.run_steps(1);
        if !harness.state().is_jumping() {
            break;
        }
    }
    let reading = harness.state().current_anchor_id();
    assert_eq!(reading.as_deref(), Some("checkout-latency"));
    press(&mut harness, Key::F5);
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::S);
    let talk = place(&harness);
    std::thread::sleep(std::time::Duration::from_millis(1100));
    press(&mut harness, Key::Escape);
    assert!(!harness.state().is_presenting());
    assert!(harness.state().has_left_talk());
    harness.run_steps(4);
    assert_eq!(
        harness.state().current_anchor_id(),
        reading,
        "the document is where it was"
    );
    press(&mut harness, Key::F5);
    assert!(harness.state().is_presenting());
    assert_eq!(place(&harness), talk, "F5 comes back to the slide and step");
    assert!(
        harness.query_by_label("Elapsed").is_some(),
        "with the presenter window"
    );
    let time = harness.state().talk_time().unwrap_or_default();
    assert_ne!(time, "0:00", "the timer ran on");
    // Shift+F5 starts over from the section being read.
    press(&mut harness, Key::Escape);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::F5);
    harness.run_steps(4);
    assert_eq!(harness.state().talk_time().as_deref(), Some("0:00"));
    assert_eq!(harness.state().current_slide_id(), Some("checkout-latency"));
}

#[test]
fn the_timer_pauses_and_resets_and_pacing_counts_the_slides_shown() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    let pacing = harness.state().talk_pacing().unwrap_or_default();
    assert!(
        pacing.starts_with("on time"),
        "on the title slide: {pacing}"
    );
    // A jump to the last slides to answer a question is not being far ahead.
    let count = deck().slides.len();
    for digit in count.to_string().chars() {
        press(&mut harness, Key::from_name(&digit.to_string()).unwrap());
    }
    press(&mut harness, Key::Enter);
    let pacing = harness.state().talk_pacing().unwrap_or_default();
    assert!(
        pacing.starts_with("on time"),
        "a jump is not being far ahead: {pacing}"
    );
    press(&mut harness, Key::P);
    assert!(
        harness
            .state()
            .talk_time()
            .is_some_and(|t| t.ends_with("(paused)")),
        "P pauses the timer"
    );
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::R);
    harness.run_steps(2);
    assert_eq!(
        harness.state().talk_time().as_deref(),
        Some("0:00 (paused)")
    );
    press(&mut harness, Key::P);
    assert_eq!(harness.state().talk_time().as_deref(), Some("0:00"));
}

#[test]
fn a_case_study_has_its_notes_on_every_one_of_its_slides() {
    let deck = deck();
    let portfolio = fixture().expect("fixture").portfolio;
    let case = portfolio
        .case_studies
        .iter()
        .position(|c| c.notes.is_some())
        .expect("a case study with notes");
    let notes = portfolio.case_studies[case]
        .notes
        .clone()
        .unwrap_or_default();
    let slides: Vec<usize> = deck
        .slides
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            matches!(s.kind, folio::deck::SlideKind::CaseStudy { index, .. } if index == case)
        })
        .map(|(i, _)| i)
        .collect();
    assert!(slides.len() > 1, "the case study takes several slides");
    for slide in slides {
        let mut harness = presenting(egui::vec2(1280.0, 720.0), &(slide + 1).to_string());
        press(&mut harness, Key::S);
        assert!(
            harness.query_by_label_contains(&notes).is_some(),
            "slide {} shows the case study's notes",
            slide + 1
        );
        assert!(
            harness
                .query_by_label_contains("No notes for this slide")
                .is_none()
        );
    }
}

#[test]
fn ctrl_r_reads_the_file_again_without_watching() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portfolio.ron");
    std::fs::copy(FIXTURE, &path).unwrap();
    let source = path.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .build_eframe(move |cc| {
            let mut app =
                FolioApp::new(&cc.egui_ctx, None, load::load(&source), &Options::default());
            app.set_source(load::Source::File(source));
            app
        });
    harness.run_steps(3);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Ольга Кузнецова", "Olga K.")).unwrap();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::R);
    for _ in 0..100 {
        harness.run_steps(1);
        if harness.state().display_name() == Some("Olga K.") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(harness.state().display_name(), Some("Olga K."));
    assert_eq!(
        harness.state().status(),
        Some("Read the portfolio file again.")
    );
}

#[test]
fn the_palette_lists_each_case_study_once_and_says_why() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    press(&mut harness, Key::G);
    harness.get_by_role(Role::TextInput).type_text("latency");
    harness.run_steps(3);
    let rows: Vec<String> = harness
        .query_all_by_role(Role::Button)
        .filter_map(|node| node.accesskit_node().label().map(|l| l.to_string()))
        .filter(|label| label.contains("Checkout latency"))
        .collect();
    assert_eq!(
        rows.iter().filter(|r| !r.contains("Figure:")).count(),
        1,
        "the case study is one row: {rows:?}"
    );
    assert!(
        rows.iter().any(|r| r.ends_with("title")),
        "the row says the word is in its title: {rows:?}"
    );
}

#[test]
fn a_clicker_brings_the_slide_back_from_a_black_screen() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "2");
    press(&mut harness, Key::S);
    let before = place(&harness);
    press(&mut harness, Key::B);
    assert!(
        harness
            .query_by_label_contains("The audience sees a black screen")
            .is_some(),
        "the presenter window says what the audience sees"
    );
    press(&mut harness, Key::PageDown);
    assert!(
        harness
            .query_by_label_contains("The audience sees a black screen")
            .is_none(),
        "Page Down shows the slide again"
    );
    assert_eq!(place(&harness), before, "where it was, not a slide further");
}

#[test]
fn a_pause_stops_the_slide_clock_too_and_shift_r_starts_the_pacing_over() {
    let mut harness = presenting(egui::vec2(1280.0, 720.0), "1");
    for _ in 0..4 {
        press(&mut harness, Key::PageDown);
    }
    press(&mut harness, Key::P);
    let paused = harness.state().talk_slide_time();
    std::thread::sleep(std::time::Duration::from_millis(1200));
    harness.run_steps(2);
    assert_eq!(
        harness.state().talk_slide_time(),
        paused,
        "a pause stops 'This slide'"
    );
    press(&mut harness, Key::P);
    harness.key_press_modifiers(egui::Modifiers::SHIFT, Key::R);
    harness.run_steps(2);
    let pacing = harness.state().talk_pacing().unwrap_or_default();
    assert!(pacing.starts_with("on time"), "after Shift+R: {pacing}");
    assert_eq!(harness.state().talk_slide_time().as_deref(), Some("0:00"));
}
