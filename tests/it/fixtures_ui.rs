//! The app on portfolios shaped unlike the bundled ones (tests/fixtures/): photos and
//! case-study images must be drawn, pixel for pixel, and names in Chinese and Devanagari
//! must be drawn, not boxes.
//!
//! The fixtures' scripts need system fonts (fonts-noto-cjk, fonts-noto-core on Debian): the
//! tests that draw them are ignored unless asked for (`--include-ignored`, as CI runs them),
//! and then a missing font fails, naming the characters.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use folio::app::{FolioApp, Options};
use folio::load;

/// The fixture photo's one colour (tests/fixtures/images/photo.png).
const PHOTO_COLOUR: [u8; 3] = [0xd9, 0x4a, 0x8c];
/// The colour of the second fixture's JPEG photo (tests/fixtures/images/priya.jpg).
const PRIYA_COLOUR: [u8; 3] = [0x2a, 0x9d, 0xf4];

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Fails unless this machine can draw every character of the fixture.
fn fonts_for(name: &str) {
    crate::common::require_fonts_for(&fixture(name));
}

fn harness(name: &str, options: Options, size: egui::Vec2) -> Harness<'static, FolioApp> {
    let loaded = load::load(&fixture(name));
    let options = Options {
        animate: false,
        theme: Some(folio::ui::ThemeChoice::Light),
        ..options
    };
    // Missing glyphs panic here (egui_kittest's default): a box is never taken for a name.
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    // Images decode on a background thread; give them the frames and the time to arrive.
    for _ in 0..40 {
        harness.step();
        if !harness.ctx.has_pending_images() && harness.ctx.cumulative_frame_nr() > 6 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    harness.run_steps(3);
    harness
}

/// The fixture in browse mode, started at section or case study `at`.
fn browse_at(name: &str, at: &str, size: egui::Vec2) -> Harness<'static, FolioApp> {
    fonts_for(name);
    let options = Options {
        at: Some(at.to_owned()),
        ..Options::default()
    };
    harness(name, options, size)
}

/// The share of pixels in `rect` (in points) whose colour is within a small distance of
/// `colour`, in the rendered frame.
fn share_of_colour(
    harness: &mut Harness<'static, FolioApp>,
    rect: egui::Rect,
    colour: [u8; 3],
) -> f32 {
    let image = harness.render().expect("the frame renders");
    let scale = harness.ctx.pixels_per_point();
    let (mut matching, mut total) = (0_u32, 0_u32);
    let left = (rect.left() * scale).max(0.0) as u32;
    let top = (rect.top() * scale).max(0.0) as u32;
    let right = ((rect.right() * scale) as u32).min(image.width());
    let bottom = ((rect.bottom() * scale) as u32).min(image.height());
    for y in top..bottom {
        for x in left..right {
            let pixel = image.get_pixel(x, y).0;
            total += 1;
            let close = pixel
                .iter()
                .zip(colour)
                .all(|(got, want)| got.abs_diff(want) <= 6);
            if close {
                matching += 1;
            }
        }
    }
    assert!(total > 0, "the rectangle {rect:?} is not on screen");
    matching as f32 / total as f32
}

fn image_rect(harness: &Harness<'static, FolioApp>, alt: &str) -> egui::Rect {
    harness
        .query_by_label(alt)
        .unwrap_or_else(|| panic!("an image labelled {alt:?}"))
        .rect()
}

/// The photo labelled `alt` is a circle at least `min_side` across, filled with its colour (a
/// circle covers π/4 of its square; the corners show the page).
fn assert_photo_drawn(
    harness: &mut Harness<'static, FolioApp>,
    alt: &str,
    colour: [u8; 3],
    min_side: f32,
) {
    let rect = image_rect(harness, alt);
    assert!(rect.width() >= min_side, "{alt}: {rect:?}");
    // Cropped to a square, never squeezed into an oval.
    assert!(
        (rect.width() - rect.height()).abs() < 1.0,
        "{alt}: {rect:?}"
    );
    let share = share_of_colour(harness, rect, colour);
    assert!(
        share > 0.7,
        "{alt}: only {share:.2} of the photo's square has its colour"
    );
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn the_photo_is_drawn_in_browse() {
    fonts_for("mobile-ml.ron");
    let mut harness = harness(
        "mobile-ml.ron",
        Options::default(),
        egui::vec2(1100.0, 760.0),
    );
    assert_photo_drawn(
        &mut harness,
        "Photo of 林晓明 (Lin Xiaoming)",
        PHOTO_COLOUR,
        90.0,
    );
}

/// On the title slide, a PNG photo (square) and a JPEG one (a 300×360 portrait, which must be
/// cropped to a circle, never squeezed into an oval) show their own colour.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn photos_are_drawn_on_the_title_slide() {
    for (name, alt, colour) in [
        (
            "mobile-ml.ron",
            "Photo of 林晓明 (Lin Xiaoming)",
            PHOTO_COLOUR,
        ),
        ("data-platform.ron", "Photo of प्रिया शर्मा", PRIYA_COLOUR),
    ] {
        fonts_for(name);
        let options = Options {
            present: Some("1".to_owned()),
            ..Options::default()
        };
        let mut harness = harness(name, options, egui::vec2(1280.0, 720.0));
        assert_photo_drawn(&mut harness, alt, colour, 100.0);
    }
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn case_study_images_are_drawn_in_browse() {
    let mut harness = browse_at(
        "mobile-ml.ron",
        "on-device-ranking",
        egui::vec2(1100.0, 1400.0),
    );
    let alt = "Two diagrams: a phone calling a server cluster, then a phone ranking on its own.";
    let rect = image_rect(&harness, alt);
    // The diagram is 800×450: drawn at its own size, or scaled down to the column.
    assert!(rect.width() >= 400.0, "{rect:?}");
    assert!(
        (rect.width() / rect.height() - 800.0 / 450.0).abs() < 0.02,
        "{rect:?}"
    );
    // Its background colour fills most of it.
    let share = share_of_colour(&mut harness, rect, [0xf4, 0xf1, 0xea]);
    assert!(
        share > 0.5,
        "only {share:.2} of the diagram has its background colour"
    );
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn names_in_chinese_and_devanagari_are_drawn() {
    for (name, person) in [
        ("mobile-ml.ron", "林晓明 (Lin Xiaoming)"),
        ("data-platform.ron", "प्रिया शर्मा"),
    ] {
        fonts_for(name);
        let harness = harness(name, Options::default(), egui::vec2(1100.0, 760.0));
        // Building the frames above would have panicked on a box; ask the fonts too.
        let drawn = harness.ctx.fonts_mut(|fonts| {
            person
                .chars()
                .filter(|c| !c.is_whitespace())
                .all(|c| fonts.has_glyph(&egui::FontId::proportional(16.0), c))
        });
        assert!(drawn, "{person} is drawn with real glyphs");
        assert!(
            harness.query_all_by_label(person).count() >= 1,
            "{person} is shown"
        );
    }
}

/// A link that the person and the contact section both name is shown once under Contact.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn contact_shows_a_shared_link_once() {
    let harness = browse_at("mobile-ml.ron", "contact", egui::vec2(1100.0, 760.0));
    // Once beside the name at the top, once under Contact; not a third time.
    let shown: Vec<_> = harness.query_all_by_label("GitHub").collect();
    assert_eq!(
        shown.len(),
        2,
        "GitHub in the hero and once in the contact section"
    );
}

/// A position's page is a link named by its site (issue 22: a position's url was pasted into
/// its summary as text). The project's roles and dates: tests/it/export_html.rs.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn a_positions_page_is_a_link_named_by_its_site() {
    let harness = browse_at("data-platform.ron", "experience", egui::vec2(1100.0, 760.0));
    assert!(harness.query_by_label("zomato.com").is_some());
}

/// `--at ID` lands on that section or case study, whatever arrives late (images decode on a
/// background thread and push what is below them down), and the table of contents marks it.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn starting_at_any_id_lands_there() {
    fonts_for("mobile-ml.ron");
    let portfolio = load::load(&fixture("mobile-ml.ron"))
        .expect("fixture")
        .portfolio;
    for size in [egui::vec2(1024.0, 700.0), egui::vec2(1920.0, 1080.0)] {
        for id in folio::document::anchor_ids(&portfolio) {
            let options = Options {
                at: Some(id.clone()),
                ..Options::default()
            };
            let mut harness = harness("mobile-ml.ron", options, size);
            for _ in 0..60 {
                if !harness.state().is_jumping() {
                    break;
                }
                harness.step();
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            assert!(
                !harness.state().is_jumping(),
                "{id}: the jump never settled"
            );
            assert_eq!(
                harness.state().current_anchor_id().as_deref(),
                Some(id.as_str()),
                "{id} at {size:?}: the table of contents marks it"
            );
            // Its heading is at the top of the view, unless the document ends first.
            let heading = portfolio
                .case_studies
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.title.clone());
            if let Some(title) = heading {
                let top = harness
                    .query_all_by_label(&title)
                    .map(|node| node.rect().top())
                    .filter(|top| *top > 0.0)
                    .fold(f32::INFINITY, f32::min);
                assert!(
                    top < 120.0,
                    "{id} at {size:?}: its title is {top} points down the view"
                );
            }
        }
    }
}

/// The impact table: every figure in one table, biggest change first; a heading sorts.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn the_impact_table_sorts_by_its_headings() {
    let mut harness = browse_at("mobile-ml.ron", "impact", egui::vec2(1280.0, 1400.0));
    let top_of = |harness: &Harness<'static, FolioApp>, label: &str| {
        harness
            .query_all_by_label(label)
            .map(|node| node.rect().top())
            .fold(f32::INFINITY, f32::min)
    };
    // A cost that went to $0 is above a 10 % larger APK.
    assert!(
        top_of(&harness, "Ranking cluster cost per month") < top_of(&harness, "APK size"),
        "biggest change first"
    );
    // The headings are buttons: reachable by keyboard and in the accessibility tree.
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Metric")
        .click();
    harness.run_steps(3);
    assert!(
        top_of(&harness, "Accessibility complaints per month")
            < top_of(&harness, "Wake-ups per day"),
        "sorted by metric name"
    );
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Metric ↑")
        .click();
    harness.run_steps(3);
    assert!(
        top_of(&harness, "Wake-ups per day")
            < top_of(&harness, "Accessibility complaints per month"),
        "a second click reverses"
    );
}

/// On slides, the impact table holds only the talk's case studies.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn the_impact_slide_follows_the_talks_tags() {
    fonts_for("mobile-ml.ron");
    let options = Options {
        present: Some("impact".to_owned()),
        talk: folio::app::TalkOptions {
            tags: vec!["battery".to_owned()],
            ..Default::default()
        },
        ..Options::default()
    };
    let harness = harness("mobile-ml.ron", options, egui::vec2(1280.0, 720.0));
    assert_eq!(
        harness.state().current_slide_title(),
        Some("Impact at a glance")
    );
    assert!(harness.query_by_label("Wake-ups per day").is_some());
    assert!(
        harness.query_by_label("Ranking latency").is_none(),
        "a case study without the tag is not in the table"
    );
}

/// A click on a case-study image shows it enlarged, with its pixels.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn a_clicked_image_is_shown_enlarged() {
    let mut harness = browse_at(
        "mobile-ml.ron",
        "on-device-ranking",
        egui::vec2(1100.0, 1400.0),
    );
    let alt = "Two diagrams: a phone calling a server cluster, then a phone ranking on its own.";
    let small = image_rect(&harness, alt);
    harness.get_by_label(alt).click();
    for _ in 0..10 {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let largest = harness
        .query_all_by_label(alt)
        .map(|node| node.rect())
        .fold(small, |a, b| if b.width() > a.width() { b } else { a });
    assert!(
        largest.width() > small.width() * 1.2,
        "enlarged: {largest:?}, in the document: {small:?}"
    );
    let share = share_of_colour(&mut harness, largest, [0xf4, 0xf1, 0xea]);
    assert!(
        share > 0.5,
        "only {share:.2} of the enlarged diagram has its colour"
    );
}

fn snapshot(name: &str, fixture_name: &str, options: Options, size: egui::Vec2, dark: bool) {
    fonts_for(fixture_name);
    let options = Options {
        theme: Some(if dark {
            folio::ui::ThemeChoice::Dark
        } else {
            folio::ui::ThemeChoice::Light
        }),
        ..options
    };
    let loaded = load::load(&fixture(fixture_name));
    let mut harness = Harness::builder()
        .with_size(size)
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    for _ in 0..40 {
        harness.step();
        if !harness.ctx.has_pending_images() && harness.ctx.cumulative_frame_nr() > 6 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    harness.run_steps(4);
    harness.snapshot(name);
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn snapshot_fixture_hero_with_photo_and_chinese_name() {
    snapshot(
        "fixture-hero-light",
        "mobile-ml.ron",
        Options::default(),
        egui::vec2(900.0, 420.0),
        false,
    );
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn snapshot_fixture_results_slide_dark() {
    let options = Options {
        present: Some("lakehouse-migration-3".to_owned()),
        ..Options::default()
    };
    snapshot(
        "fixture-results-slide-dark",
        "data-platform.ron",
        options,
        egui::vec2(1024.0, 576.0),
        true,
    );
}

/// The table of contents scrolls to show its current entry: at the end of a long portfolio
/// "Contact" is below the outline's fold.
#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn the_table_of_contents_shows_its_current_entry() {
    let harness = browse_at("mobile-ml.ron", "contact", egui::vec2(1024.0, 700.0));
    let entry = harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Contact")
        .rect();
    // Above the buttons at the bottom of the panel (search, present, theme).
    assert!(
        entry.top() > 0.0 && entry.bottom() < 700.0 - 150.0,
        "{entry:?}"
    );
}

/// The Export menu offers every export the command line has, each saying what it is for.
#[test]
fn the_export_menu_offers_the_document_slides_handout_and_images() {
    let mut harness = harness(
        "sre-cyrillic.ron",
        Options::default(),
        egui::vec2(1280.0, 800.0),
    );
    assert!(harness.query_by_label("Slides as images…").is_none());
    harness.get_by_label("Export   Ctrl+E").click();
    harness.run_steps(3);
    for entry in [
        "Document…   Ctrl+E",
        "Slides (PDF)…",
        "Handout (PDF)…",
        "Slides as images…",
    ] {
        assert!(
            harness.query_by_label(entry).is_some(),
            "{entry} is missing"
        );
    }
}

/// "Slides as images…" draws on a background thread while the window goes on; the status
/// line says when the images are written, and they show the talk's track only.
#[test]
fn slides_as_images_from_the_app_arrive_while_the_window_runs() {
    let options = Options {
        talk: folio::app::TalkOptions {
            track: Some("reliability".to_owned()),
            ..Default::default()
        },
        ..Options::default()
    };
    let mut harness = harness("sre-cyrillic.ron", options, egui::vec2(1280.0, 800.0));
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("slides");
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .export_slide_images(&ctx, folder.clone());
    harness.run_steps(1);
    assert!(
        harness
            .state()
            .status()
            .unwrap_or_default()
            .starts_with("Drawing")
    );
    for _ in 0..600 {
        if harness
            .state()
            .status()
            .is_some_and(|s| s.starts_with("Saved"))
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        harness.step();
    }
    assert_eq!(
        harness.state().status(),
        Some(format!("Saved {}", folder.display()).as_str())
    );
    let track = folio::load::load(&fixture("sre-cyrillic.ron"))
        .unwrap()
        .portfolio;
    let selection = folio::deck::Selection::new(&track, Some("reliability"), &[]).unwrap();
    let expected = folio::deck::Deck::select(&track, &selection).slides.len();
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), expected);
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn the_outline_is_never_drawn_under_the_sidebar_buttons() {
    fonts_for("mobile-ml.ron");
    let buttons = ["Present", "Prepare for a job…", "Search", "Export"];
    let controls = ["Auto", "Light", "Dark", "problem", "Track", "all slides"];
    for size in [
        egui::vec2(800.0, 600.0),
        egui::vec2(1024.0, 600.0),
        egui::vec2(1024.0, 700.0),
        egui::vec2(1440.0, 900.0),
        egui::vec2(1920.0, 1080.0),
    ] {
        let harness = harness("mobile-ml.ron", Options::default(), size);
        let found: Vec<egui::Rect> = buttons
            .iter()
            .filter_map(|label| {
                harness
                    .query_all_by_label_contains(label)
                    .map(|node| node.rect())
                    .find(|rect| rect.left() < folio::ui::theme::TOC_WIDTH)
            })
            .collect();
        if size.x < folio::ui::theme::TOC_MIN_WINDOW_WIDTH {
            // No sidebar in a narrow window: the document takes the width.
            continue;
        }
        assert_eq!(
            found.len(),
            buttons.len(),
            "{size:?}: every sidebar button is shown"
        );
        let actions_top = found.iter().map(|r| r.top()).fold(f32::INFINITY, f32::min);
        let mut outline_entries = 0;
        for (rect, clip, _, text) in crate::slides_fit::texts(&harness.output().shapes) {
            let visible = rect.intersect(clip);
            let is_control = buttons.iter().chain(&controls).any(|b| text.contains(b));
            if visible.left() >= folio::ui::theme::TOC_WIDTH || !visible.is_positive() || is_control
            {
                continue;
            }
            outline_entries += 1;
            assert!(
                visible.bottom() <= actions_top + 0.5,
                "{size:?}: {text:?} is drawn down to y = {}, under the sidebar's buttons \
                 (from y = {actions_top})",
                visible.bottom()
            );
        }
        assert!(
            outline_entries > 5,
            "{size:?}: the outline is shown ({outline_entries} entries)"
        );
    }
}
