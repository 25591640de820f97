//! Every slide of every portfolio at three screen sizes: text never below the slides' type
//! floor, nothing drawn past the slide's edge, and every case study, position and figure on
//! some slide. Walks each talk key by key, as a presenter would.

use egui::Key;
use egui::epaint::{ClippedShape, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use folio::app::{FolioApp, Options};
use folio::load;
use folio::model::Portfolio;

/// Body text on a slide is at least this (canvas points, 1280×720).
const BODY_FLOOR: f32 = 20.0;
/// Labels, chips and chart text are at least this.
const SMALL_FLOOR: f32 = 16.0;

const SIZES: [egui::Vec2; 3] = [
    egui::vec2(1024.0, 768.0),
    egui::vec2(1280.0, 720.0),
    egui::vec2(1920.0, 1080.0),
];

/// The bundled portfolios, which the bundled fonts draw.
fn bundled() -> Vec<(&'static str, load::Loaded)> {
    vec![
        ("bundled", load::load_bundled().expect("bundled")),
        (
            "research",
            load::load(std::path::Path::new("examples/research-engineer.ron")).expect("research"),
        ),
    ]
}

/// The fixtures shaped unlike them, whose Chinese, Devanagari and Japanese text needs
/// installed fonts (egui_kittest panics on a box, so a missing font fails).
fn fixtures() -> Vec<(&'static str, load::Loaded)> {
    ["mobile-ml", "data-platform", "sre-cyrillic"]
        .into_iter()
        .map(|name| {
            let path = format!("tests/fixtures/{name}.ron");
            crate::common::require_fonts_for(std::path::Path::new(&path));
            (
                name,
                load::load(std::path::Path::new(&path)).expect("fixture"),
            )
        })
        .collect()
}

pub fn texts(shapes: &[ClippedShape]) -> Vec<(egui::Rect, egui::Rect, f32, String)> {
    fn walk(shape: &Shape, clip: egui::Rect, out: &mut Vec<(egui::Rect, egui::Rect, f32, String)>) {
        match shape {
            Shape::Text(text) => {
                let rect = text.visual_bounding_rect();
                for section in &text.galley.job.sections {
                    let content = text
                        .galley
                        .job
                        .text
                        .get(section.byte_range.start.0..section.byte_range.end.0)
                        .unwrap_or_default();
                    if !content.trim().is_empty() {
                        out.push((rect, clip, section.format.font_id.size, content.to_owned()));
                    }
                }
            }
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, clip, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in shapes {
        walk(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

struct Walk {
    labels: Vec<String>,
    smallest: f32,
    slides: usize,
}

fn walk_talk(loaded: load::Loaded, size: egui::Vec2, name: &str) -> Walk {
    let options = Options {
        animate: false,
        present: Some("1".to_owned()),
        theme: Some(folio::ui::ThemeChoice::Light),
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, Ok(loaded), &options));
    harness.run_steps(6);
    let mut walk = Walk {
        labels: Vec::new(),
        smallest: f32::INFINITY,
        slides: 0,
    };
    let mut last = None;
    for _ in 0..400 {
        let screen = harness.ctx.content_rect();
        let position = (
            harness
                .state()
                .current_slide_title()
                .unwrap_or_default()
                .to_owned(),
            harness.state().current_step(),
        );
        if last.as_ref() == Some(&position) {
            break;
        }
        if last.as_ref().map(|l: &(String, Option<usize>)| &l.0) != Some(&position.0) {
            walk.slides += 1;
        }
        for (rect, clip, font_size, content) in texts(&harness.output().shapes) {
            let at = format!(
                "{name} at {size:?}, slide {:?} step {:?}: {content:?}",
                position.0, position.1
            );
            // The slide counter is chrome, but it too is read from the back of a room.
            assert!(font_size >= SMALL_FLOOR - 0.01, "{font_size} px text: {at}");
            walk.smallest = walk.smallest.min(font_size);
            assert!(
                screen.expand(1.0).contains_rect(rect),
                "drawn past the window {rect:?}: {at}"
            );
            assert!(
                clip.expand(1.0).contains_rect(rect),
                "cut off at the slide's edge {rect:?} (clip {clip:?}): {at}"
            );
        }
        // Only what is on screen counts as shown: egui keeps a label that fell below the
        // slide's edge in the accessibility tree, but paints nothing of it.
        // The slide's content ends above the counter and the progress bar.
        let visible =
            egui::Rect::from_min_max(screen.min, egui::pos2(screen.max.x, screen.max.y - 60.0));
        walk.labels.extend(
            harness
                .query_all_by_role(egui::accesskit::Role::Label)
                .filter(|node| visible.expand(1.0).contains_rect(node.rect()))
                .filter_map(|node| node.accesskit_node().value().map(|v| v.to_string())),
        );
        last = Some(position);
        harness.key_press(Key::ArrowRight);
        harness.run_steps(3);
    }
    walk
}

fn assert_all_shown(name: &str, portfolio: &Portfolio, walk: &Walk, size: egui::Vec2) {
    let shown = |needle: &str| walk.labels.iter().any(|label| label.contains(needle));
    for case in &portfolio.case_studies {
        assert!(
            shown(&case.title),
            "{name} at {size:?}: case study {:?} on no slide",
            case.title
        );
        for metric in &case.metrics {
            assert!(
                shown(metric.label()),
                "{name} at {size:?}: metric {:?} of {:?} on no slide",
                metric.label(),
                case.id
            );
        }
    }
    let others = portfolio
        .expertise
        .iter()
        .map(|e| e.title.as_str())
        .chain(portfolio.education.iter().map(|e| e.institution.as_str()))
        .chain(portfolio.principles.iter().map(|p| p.title.as_str()));
    for text in others {
        assert!(shown(text), "{name} at {size:?}: {text:?} on no slide");
    }
    for paragraph in &portfolio.person.summary {
        // A long paragraph may continue on the next slide: its start is on some slide.
        let start: String = paragraph.chars().take(40).collect();
        assert!(
            shown(&start),
            "{name} at {size:?}: about {start:?} on no slide"
        );
    }
    for role in portfolio.experience.iter().chain(&portfolio.research) {
        let title = role.role.as_deref().unwrap_or(&role.organisation);
        assert!(
            shown(title),
            "{name} at {size:?}: position {title:?} on no slide"
        );
        for highlight in &role.highlights {
            assert!(
                shown(&highlight.text),
                "{name} at {size:?}: highlight {:?} on no slide",
                highlight.text
            );
        }
    }
}

#[test]
fn every_slide_of_the_bundled_portfolios_fits_and_shows_everything() {
    walk_every_size(bundled());
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn every_slide_of_the_fixtures_fits_and_shows_everything() {
    walk_every_size(fixtures());
}

fn walk_every_size(portfolios: Vec<(&'static str, load::Loaded)>) {
    let mut smallest = f32::INFINITY;
    for (name, loaded) in portfolios {
        let portfolio = loaded.portfolio.clone();
        for size in SIZES {
            let walk = walk_talk(loaded.clone(), size, name);
            // Every slide of the deck is walked, none twice.
            let deck = folio::deck::Deck::new(&portfolio);
            assert_eq!(walk.slides, deck.slides.len(), "{name} at {size:?}");
            assert_all_shown(name, &portfolio, &walk, size);
            smallest = smallest.min(walk.smallest);
        }
    }
    eprintln!("smallest text on any slide: {smallest} px (floor {SMALL_FLOOR}, body {BODY_FLOOR})");
}
