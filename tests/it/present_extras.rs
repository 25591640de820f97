//! What a rehearsal of a live talk found (issue 33), as a person meets it: a tag found by the
//! document's search, the slide overview opened where the talk is, with captions that keep
//! to their own row.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use folio::app::{FolioApp, Options};
use folio::load;

/// A portfolio whose every script the bundled fonts draw, so these tests run anywhere.
const SRE: &str = "tests/fixtures/sre-cyrillic.ron";
/// Many slides (over 16, more than the overview shows at once), Chinese and Devanagari text.
const MOBILE_ML: &str = "tests/fixtures/mobile-ml.ron";

const SIZE: egui::Vec2 = egui::vec2(1100.0, 760.0);

fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn browsing(path: &str) -> Harness<'static, FolioApp> {
    let loaded = load::load(&fixture(path));
    let options = Options {
        animate: false,
        theme: Some(folio::ui::ThemeChoice::Light),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    harness.run_steps(4);
    harness
}

/// Opens search (Ctrl+F), types `query` and reads the "N of M" count: (N, M), or `None`
/// when no count is shown.
fn search(harness: &mut Harness<'static, FolioApp>, query: &str) -> Option<(usize, usize)> {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    harness.run_steps(2);
    harness.get_by_role(Role::TextInput).type_text(query);
    harness.run_steps(10);
    match_count(harness)
}

fn match_count(harness: &Harness<'static, FolioApp>) -> Option<(usize, usize)> {
    harness
        .query_all_by_label_contains(" of ")
        .filter_map(|n| {
            let node = n.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .find_map(|label| {
            let (current, total) = label.split_once(" of ")?;
            Some((current.trim().parse().ok()?, total.trim().parse().ok()?))
        })
}

fn in_window(rect: egui::Rect, harness: &Harness<'static, FolioApp>) -> bool {
    let screen = harness.ctx.content_rect();
    screen.contains_rect(rect)
}

/// Whether a chip with exactly `label` is drawn inside the window.
fn chip_in_view(harness: &Harness<'static, FolioApp>, label: &str) -> bool {
    harness
        .query_all_by_label(label)
        .filter(|n| n.accesskit_node().role() == Role::Label)
        .any(|n| in_window(n.rect(), harness))
}

#[test]
fn search_finds_a_tag_that_is_only_a_tag() {
    // "Grafana" is an expertise area's tag and nothing else in the fixture.
    let mut harness = browsing(SRE);
    assert_eq!(search(&mut harness, "grafana"), Some((1, 1)));
    assert!(chip_in_view(&harness, "Grafana"));

    // "culture" is a case study's tag, far down the document: found and scrolled to.
    let mut harness = browsing(SRE);
    let found = search(&mut harness, "Culture");
    assert_eq!(found, Some((1, 1)), "a case study's tag");
    assert!(
        chip_in_view(&harness, "culture"),
        "the tag is scrolled into view"
    );
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn search_finds_positions_tags_and_steps_to_each() {
    crate::common::require_fonts_for(&fixture(MOBILE_ML));
    // "Kotlin" is an expertise tag and two positions' tags, never in running text.
    let mut harness = browsing(MOBILE_ML);
    let (current, total) = search(&mut harness, "kotlin").expect("an 'N of M' count");
    assert_eq!((current, total), (1, 3));
    for step in 2..=total {
        harness.key_press(egui::Key::Enter);
        harness.run_steps(10);
        assert_eq!(match_count(&harness), Some((step, total)));
        assert!(
            chip_in_view(&harness, "Kotlin"),
            "match {step} is scrolled into view"
        );
    }
}
