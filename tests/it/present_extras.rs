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

/// `path` presented from its last slide in a projector's 1280×720, with the overview (`O`)
/// open; and the talk's slides.
fn overview_from_the_last_slide(path: &str) -> (Harness<'static, FolioApp>, folio::deck::Deck) {
    let loaded = load::load(&fixture(path)).expect("fixture loads");
    let deck = folio::deck::Deck::new(&loaded.portfolio);
    let options = Options {
        present: Some(deck.slides.len().to_string()),
        theme: Some(folio::ui::ThemeChoice::Light),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 720.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, Ok(loaded), &options));
    harness.run_steps(6);
    let last = deck.slides.last().expect("slides");
    assert_eq!(
        harness.state().current_slide_title(),
        Some(last.title.as_str()),
        "the talk starts at its last slide"
    );
    harness.key_press(egui::Key::O);
    harness.run_steps(6);
    (harness, deck)
}

/// The caption under slide `index`'s card: "19  Title".
fn caption_rect(
    harness: &Harness<'static, FolioApp>,
    deck: &folio::deck::Deck,
    index: usize,
) -> egui::Rect {
    let title = &deck.slides[index].title;
    harness
        .get_by_role_and_label(Role::Label, &format!("{}  {title}", index + 1))
        .rect()
}

fn overlap(a: egui::Rect, b: egui::Rect) -> bool {
    let both = a.intersect(b);
    both.width() > 0.0 && both.height() > 0.0
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn the_overview_opens_at_the_current_slide_and_captions_keep_to_their_rows() {
    crate::common::require_fonts_for(&fixture(MOBILE_ML));
    let (mut harness, deck) = overview_from_the_last_slide(MOBILE_ML);
    let count = deck.slides.len();
    assert!(
        count > 16,
        "more slides than the overview shows at once: {count}"
    );
    let screen = harness.ctx.content_rect();
    let last = caption_rect(&harness, &deck, count - 1);
    assert!(
        screen.contains_rect(last),
        "slide {count}'s caption {last:?} is in the window {screen:?}"
    );
    assert!(
        !screen.contains_rect(caption_rect(&harness, &deck, 0)),
        "opened where the talk is, not at slide 1"
    );

    // No caption runs into another caption or under another card.
    let captions: Vec<egui::Rect> = (0..count)
        .map(|i| caption_rect(&harness, &deck, i))
        .collect();
    let cards: Vec<egui::Rect> = harness
        .query_all_by_role(Role::Button)
        .filter(|n| {
            deck.slides
                .iter()
                .any(|s| n.accesskit_node().label().as_deref() == Some(s.title.as_str()))
        })
        .map(|n| n.rect())
        .collect();
    assert_eq!(cards.len(), count, "a card for every slide");
    for (i, caption) in captions.iter().enumerate() {
        for (j, other) in captions.iter().enumerate().skip(i + 1) {
            assert!(
                !overlap(*caption, *other),
                "captions {} {caption:?} and {} {other:?} overlap",
                i + 1,
                j + 1
            );
        }
        for card in cards.iter().filter(|card| !card.contains_rect(*caption)) {
            assert!(
                !overlap(*caption, *card),
                "caption {} {caption:?} runs under the card at {card:?}",
                i + 1
            );
        }
    }

    // The selection wraps from the last slide to the first; the grid follows it up.
    harness.key_press(egui::Key::ArrowRight);
    harness.run_steps(30);
    let first = caption_rect(&harness, &deck, 0);
    assert!(
        screen.contains_rect(first),
        "slide 1's caption {first:?} is scrolled into the window {screen:?}"
    );
}
