//! The browse view as a person uses it, through egui_kittest: what is shown, what a click in
//! the table of contents does, search, chart labels, and snapshots of the look.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use folio::app::{FolioApp, Options};
use folio::load;

const SIZE: egui::Vec2 = egui::vec2(1100.0, 760.0);

fn harness_for(
    loaded: Result<load::Loaded, load::LoadError>,
    at: Option<&str>,
    theme: egui::Theme,
) -> Harness<'static, FolioApp> {
    harness_sized(loaded, at, theme, SIZE)
}

fn harness_sized(
    loaded: Result<load::Loaded, load::LoadError>,
    at: Option<&str>,
    theme: egui::Theme,
    size: egui::Vec2,
) -> Harness<'static, FolioApp> {
    let options = Options {
        animate: false,
        at: at.map(str::to_owned),
        theme: Some(match theme {
            egui::Theme::Dark => folio::ui::ThemeChoice::Dark,
            egui::Theme::Light => folio::ui::ThemeChoice::Light,
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

/// A portfolio of the tests' own (tests/fixtures/, every script in it drawn by the bundled
/// fonts): editing the bundled example never breaks these tests.
const FIXTURE: &str = "tests/fixtures/sre-cyrillic.ron";

fn fixture() -> Result<load::Loaded, load::LoadError> {
    load::load(std::path::Path::new(FIXTURE))
}

fn fixture_at(at: Option<&str>) -> Harness<'static, FolioApp> {
    harness_for(fixture(), at, egui::Theme::Light)
}

/// Labels that are not the table of contents' buttons, i.e. what the document shows.
fn document_nodes<'a>(
    harness: &'a Harness<'static, FolioApp>,
    label: &'a str,
) -> Vec<egui_kittest::Node<'a>> {
    harness
        .query_all_by_label(label)
        .filter(|node| node.accesskit_node().role() != Role::Button)
        .collect()
}

fn is_in_view(rect: egui::Rect) -> bool {
    rect.top() >= 0.0 && rect.bottom() <= SIZE.y
}

#[test]
fn shows_every_section_and_case_study() {
    let harness = fixture_at(None);
    for heading in [
        "About",
        "Expertise",
        "Case studies",
        "Experience",
        "Education",
        "Principles",
        "Contact",
    ] {
        assert_eq!(
            document_nodes(&harness, heading).len(),
            1,
            "one document heading {heading}"
        );
        assert!(
            harness
                .query_by_role_and_label(Role::Button, heading)
                .is_some(),
            "a table-of-contents entry for {heading}"
        );
    }
    let portfolio = fixture().expect("fixture").portfolio;
    for case in &portfolio.case_studies {
        assert!(
            !document_nodes(&harness, &case.title).is_empty(),
            "case study {}",
            case.title
        );
    }
    for missing in ["Teaching", "Publications", "Research"] {
        assert!(
            harness.query_by_label(missing).is_none(),
            "{missing} has no content and is not shown"
        );
    }
    assert!(
        harness
            .query_by_label("A page must be actionable.")
            .is_some()
    );
}

/// The texts of the labels (not buttons) in one frame's accessibility tree.
///
/// The frame's texture changes are dropped: nothing renders them here.
fn labels_shown(output: &egui::FullOutput) -> Vec<String> {
    output
        .platform_output
        .accesskit_update
        .iter()
        .flat_map(|update| update.nodes.iter())
        .filter(|(_, node)| node.role() == Role::Label)
        .filter_map(|(_, node)| node.value().map(str::to_owned))
        .collect()
}

#[test]
fn the_first_frame_shows_the_first_screen_and_the_next_frame_the_rest() {
    // egui_kittest's builder runs frames of its own, so this drives one frame at a time.
    let ctx = egui::Context::default();
    ctx.enable_accesskit();
    let options = Options {
        animate: false,
        ..Options::default()
    };
    let mut app = FolioApp::new(&ctx, None, fixture(), &options);
    let mut frame = eframe::Frame::_new_kittest();
    let input = || egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, SIZE)),
        ..Default::default()
    };
    let mut first = ctx.run_ui(input(), |ui| eframe::App::ui(&mut app, ui, &mut frame));
    first.textures_delta.clear();
    let shown = labels_shown(&first);
    assert!(
        shown.iter().any(|l| l == "About"),
        "the first screen is there at once: {shown:?}"
    );
    assert!(
        !shown.iter().any(|l| l == "Contact"),
        "the end of the document, far out of view, is left for the next frame"
    );
    assert!(
        first.platform_output.requested_discard() || ctx.has_requested_repaint(),
        "and that frame is asked for"
    );
    let mut second = ctx.run_ui(input(), |ui| eframe::App::ui(&mut app, ui, &mut frame));
    second.textures_delta.clear();
    assert!(labels_shown(&second).iter().any(|l| l == "Contact"));
}

#[test]
fn starting_at_a_section_far_down_shows_it_in_the_first_frame() {
    let options = Options {
        animate: false,
        at: Some("contact".to_owned()),
        ..Options::default()
    };
    let harness = Harness::builder()
        .with_size(SIZE)
        .with_max_steps(0)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, fixture(), &options));
    assert_eq!(document_nodes(&harness, "Contact").len(), 1);
}

/// The fonts are asked beside the UI: the answer comes some frames after the first.
fn wait_for_the_glyph_check(harness: &mut Harness<'static, FolioApp>) {
    for _ in 0..500 {
        if harness.state().glyphs_checked() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.run_steps(1);
    }
    assert!(
        harness.state().glyphs_checked(),
        "the glyph check never answered"
    );
    harness.run_steps(2);
}

#[test]
fn characters_no_font_can_draw_are_reported_not_just_boxed() {
    let source = load::BUNDLED.replace(
        "headline: \"Distributed Systems\"",
        // Private-use characters: no font, bundled or installed, means anything by them.
        "headline: \"\u{10FFFD}\u{10FFFC} — Distributed Systems\"",
    );
    let loaded = load::load_str(&source, "portfolio.ron", None);
    let options = Options {
        animate: false,
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .allow_missing_glyphs()
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    wait_for_the_glyph_check(&mut harness);
    harness.get_by_label("1 problem").click();
    harness.run_steps(3);
    let notice = harness
        .query_all_by_role(Role::Label)
        .filter_map(|node| node.accesskit_node().value().map(|v| v.to_string()))
        .find(|text| text.contains("show as boxes"))
        .expect("the Problems panel says which characters show as boxes");
    assert!(notice.starts_with("2 characters"), "{notice}");
    assert!(
        notice.contains("U+10FFFD, U+10FFFC"),
        "names them by code point: {notice}"
    );
}

#[test]
fn the_bundled_portfolios_need_no_missing_glyph_notice() {
    for loaded in [
        load::load_bundled(),
        load::load(std::path::Path::new("examples/research-engineer.ron")),
    ] {
        let mut harness = harness_for(loaded, None, egui::Theme::Light);
        wait_for_the_glyph_check(&mut harness);
        let problem_buttons: Vec<String> = harness
            .query_all_by_role(Role::Button)
            .filter_map(|node| node.accesskit_node().label().map(|l| l.to_string()))
            .filter(|label| label.ends_with("problem") || label.ends_with("problems"))
            .collect();
        assert!(problem_buttons.is_empty(), "{problem_buttons:?}");
    }
}

#[test]
fn clicking_the_table_of_contents_scrolls_the_section_into_view() {
    let mut harness = fixture_at(None);
    let principles = |h: &Harness<'static, FolioApp>| document_nodes(h, "Principles")[0].rect();
    assert!(!is_in_view(principles(&harness)), "starts at the top");
    harness
        .get_by_role_and_label(Role::Button, "Principles")
        .click();
    harness.run_steps(30);
    let rect = principles(&harness);
    assert!(
        is_in_view(rect),
        "Principles heading in view after the click: {rect:?}"
    );
    let selected = harness.get_by_role_and_label(Role::Button, "Principles");
    assert_eq!(
        selected.accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True),
        "the entry is highlighted as current"
    );
}

#[test]
fn search_finds_and_reveals_every_runbook() {
    let mut harness = fixture_at(None);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run_steps(2);
    harness.get_by_role(Role::TextInput).type_text("runbook");
    harness.run_steps(10);
    let count = harness
        .query_all_by_label_contains(" of ")
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .find(|l| l.ends_with(|c: char| c.is_ascii_digit()))
        .expect("'N of M' label");
    assert!(count.starts_with("1 of "), "{count}");
    let total: usize = count.trim_start_matches("1 of ").parse().expect("a number");
    assert_eq!(
        total, 2,
        "runbooks are in expertise and in a case study's problem"
    );
    let visible = harness
        .query_all_by_label_contains("runbook")
        .filter(|n| n.accesskit_node().role() != Role::TextInput)
        .any(|n| is_in_view(n.rect()));
    assert!(visible, "the first match is scrolled into view");
    // Enter steps to the next match.
    harness.key_press(egui::Key::Enter);
    harness.run_steps(10);
    assert!(harness.query_by_label(&format!("2 of {total}")).is_some());
    harness.key_press(egui::Key::Escape);
    harness.run_steps(2);
    assert!(
        harness.query_by_role(Role::TextInput).is_none(),
        "Esc closes search"
    );
}

#[test]
fn charts_carry_accessible_labels_with_the_numbers() {
    let harness = fixture_at(Some("dr-drill"));
    for label in [
        "Pages per week: 140 to 12, 91.43 % lower",
        "Time to acknowledge: 9 min to 4.5 min, 50 % lower",
        "Checkout p99: 4 s to 600 ms, 85 % lower",
        "Peak orders per second: 800 to 2,400, 200 % higher",
        "Recovery time: 6 h to 25 min, 93.06 % lower",
        "Failover runbook: Rehearsed quarterly",
        "Compute costs: −33 %",
    ] {
        assert!(
            harness.query_by_label(label).is_some(),
            "chart labelled {label:?}"
        );
    }
}

#[test]
fn research_example_shows_teaching_publications_and_dataset() {
    let loaded = load::load(std::path::Path::new("examples/research-engineer.ron"));
    let harness = harness_for(loaded, None, egui::Theme::Light);
    for heading in [
        "Professional Experience",
        "Research Experience",
        "Teaching Experience",
        "Publications",
        "Projects & datasets",
    ] {
        assert_eq!(document_nodes(&harness, heading).len(), 1, "{heading}");
    }
    assert!(harness.query_by_label("CS582").is_some());
    assert!(
        harness.query_by_label("Page load time: −60 %").is_some(),
        "a bullet's figure chip"
    );
    assert!(
        harness
            .query_by_label("Modern Networking Concepts")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("YouTube video and ad buffering dataset")
            .is_some()
    );
    assert!(
        harness
            .query_by_label(
                "Latent buffer loss by main-video resolution: 3.4 MB to 10.1 MB, 197.06 % higher"
            )
            .is_some()
    );
}

#[test]
fn a_broken_file_shows_the_diagnostic_instead_of_content() {
    let loaded = load::load_str(
        "(person: (headline: \"x\", aproach: 1))",
        "broken.ron",
        None,
    );
    let harness = harness_for(loaded, None, egui::Theme::Light);
    assert!(
        harness
            .query_by_label("The portfolio could not be opened")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("unknown field `aproach`")
            .is_some()
    );
    assert!(harness.query_by_label_contains("broken.ron:1:26").is_some());
}

#[test]
fn arabic_and_urdu_names_render_joined() {
    let source = r#"(
        person: (name: "علی رضا", headline: "Backend engineer", location: "لاہور، پاکستان"),
        experience: [(organisation: "جامعہ پنجاب", role: "Engineer")],
    )"#;
    let loaded = load::load_str(source, "urdu.ron", None);
    let mut harness = harness_sized(loaded, None, egui::Theme::Light, egui::vec2(1000.0, 420.0));
    harness.run_steps(4);
    // egui 0.37 shapes text with harfrust (joining, right-to-left runs); the bundled Noto
    // Naskh Arabic has the glyphs, and kittest fails the test on any missing glyph.
    assert!(
        !document_nodes(&harness, "علی رضا").is_empty(),
        "the name is drawn"
    );
    assert!(
        harness.query_by_label_contains("لاہور").is_some(),
        "the place is drawn"
    );
    harness.snapshot("urdu-name");
}

#[test]
fn images_show_and_missing_ones_get_a_placeholder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let diagram =
        image::RgbaImage::from_fn(64, 32, |x, _| image::Rgba([(x * 4) as u8, 90, 200, 255]));
    diagram
        .save(dir.path().join("diagram.png"))
        .expect("write png");
    let source = r#"(
        person: (name: "Ada Lovelace", headline: "Engineer", photo: "missing-photo.jpg"),
        case_studies: [(
            id: "x", title: "Pipeline", problem: "p", approach: "a", outcome: "o",
            images: [
                (path: "diagram.png", caption: "Architecture after the change"),
                (path: "gone.png", caption: "A lost diagram"),
            ],
        )],
    )"#;
    let path = dir.path().join("portfolio.ron");
    std::fs::write(&path, source).expect("write ron");
    let loaded = load::load(&path);
    let mut harness = harness_for(loaded, Some("x"), egui::Theme::Light);
    harness.run_steps(20);
    assert!(
        harness
            .query_by_role_and_label(Role::Image, "Architecture after the change")
            .is_some(),
        "the diagram is shown with its caption as alt text"
    );
    assert!(
        harness
            .query_by_label("Image not available: gone.png")
            .is_some()
    );
    assert!(
        harness.query_by_label("Photo of Ada Lovelace").is_none(),
        "a missing photo falls back to initials"
    );
}

#[test]
fn decompression_bombs_get_a_placeholder() {
    let source = r#"(
        person: (name: "Ada Lovelace", headline: "Engineer", photo: "bomb-65535.png"),
        case_studies: [(
            id: "x", title: "Pipeline", problem: "p", approach: "a", outcome: "o",
            images: [(path: "bomb-20000.png", caption: "A bomb"), (path: "corrupt.png"), (path: "not-an-image.png")],
        )],
    )"#;
    let loaded = load::load_str(
        source,
        "bombs.ron",
        Some(std::path::PathBuf::from("tests/bad")),
    );
    let mut harness = harness_for(loaded, Some("x"), egui::Theme::Light);
    harness.run_steps(30);
    for path in ["bomb-20000.png", "corrupt.png", "not-an-image.png"] {
        assert!(
            harness
                .query_by_label(&format!("Image not available: {path}"))
                .is_some(),
            "placeholder for {path}"
        );
    }
    assert!(
        harness.query_by_label("Photo of Ada Lovelace").is_none(),
        "initials instead"
    );
    // That no pixel of a bomb is allocated (decoding would need 1.6 or 16 GB) is tested where
    // it is decided, in images.rs: a process-wide memory figure here measured the other tests
    // running beside this one, and nothing off Linux.
}

/// Snapshots are small and fixed: 960×640 points, animations off.
fn snapshot(name: &str, at: Option<&str>, theme: egui::Theme) {
    let mut harness = harness_sized(load::load_bundled(), at, theme, egui::vec2(960.0, 640.0));
    harness.run_steps(30);
    harness.snapshot(name);
}

#[test]
fn snapshot_hero_light() {
    snapshot("hero-light", None, egui::Theme::Light);
}

#[test]
fn snapshot_hero_dark() {
    snapshot("hero-dark", None, egui::Theme::Dark);
}

#[test]
fn snapshot_case_study_light() {
    snapshot("case-study-light", Some("api-latency"), egui::Theme::Light);
}

#[test]
fn snapshot_case_study_dark() {
    snapshot("case-study-dark", Some("api-latency"), egui::Theme::Dark);
}
