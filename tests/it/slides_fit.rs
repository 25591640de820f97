//! Every slide of every portfolio at three screen sizes: text never below the slides' type
//! floor (in canvas units, 1280×720, whatever the window), nothing drawn past the slide's
//! edge, no slide but a section's last continuation more than 45 % empty below its content,
//! and every case study, position and figure on some slide or, where the slide shows a short
//! form, in the presenter window for it. Walks each talk key by key, as a presenter would.

use egui::Key;
use egui::epaint::{ClippedShape, Shape};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use folio::app::{FolioApp, Options};
use folio::load;
use folio::model::Portfolio;

/// Running text on a slide is at least this (canvas units, 1280×720): the deck's own
/// constant is checked against it, and the median text size of every walk must reach it.
const BODY_FLOOR: f32 = 26.0;
/// Nothing on a slide is smaller: labels, chips, chart text, the counter. 24 of 720 is 18 pt
/// on a 540 pt slide, the usual floor, and still 12 px on a call showing it at half size.
const SMALL_FLOOR: f32 = 24.0;
/// A slide's lowest text is at least this far down the canvas (45 % or less left empty).
const FILL_FLOOR: f32 = 0.55;

const SIZES: [egui::Vec2; 4] = [
    egui::vec2(640.0, 360.0),
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
    [
        "mobile-ml",
        "data-platform",
        "sre-cyrillic",
        "eight-positions",
    ]
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
    /// What the presenter window had for the slides walked.
    said: Vec<String>,
    /// Every text's size in canvas units, and how many characters it has.
    sizes: Vec<(f32, usize)>,
    slides: usize,
}

fn walk_talk(loaded: load::Loaded, size: egui::Vec2, name: &str) -> Walk {
    let deck = folio::deck::Deck::new(&loaded.portfolio);
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
        said: Vec::new(),
        sizes: Vec::new(),
        slides: 0,
    };
    let mut last = None;
    for _ in 0..400 {
        let screen = harness.ctx.content_rect();
        // The canvas as present mode places it: scaled to fit, centred.
        let scale = (screen.width() / 1280.0).min(screen.height() / 720.0);
        let canvas_top = screen.center().y - 360.0 * scale;
        let position = (
            harness
                .state()
                .current_slide_id()
                .unwrap_or_default()
                .to_owned(),
            harness.state().current_step(),
        );
        if last.as_ref() == Some(&position) {
            break;
        }
        if last.as_ref().map(|l: &(String, Option<usize>)| &l.0) != Some(&position.0) {
            walk.slides += 1;
            walk.said.extend(harness.state().current_presenter_text());
        }
        let counter = format!("/ {}", deck.slides.len());
        let mut lowest: f32 = 0.0;
        for (rect, clip, font_size, content) in texts(&harness.output().shapes) {
            let at = format!(
                "{name} at {size:?}, slide {:?} step {:?}: {content:?}",
                position.0, position.1
            );
            let canvas_size = font_size / scale;
            // The slide counter is chrome, but it too is read from the back of a room.
            assert!(
                canvas_size >= SMALL_FLOOR - 0.01,
                "{canvas_size} px text (canvas units): {at}"
            );
            walk.sizes.push((canvas_size, content.chars().count()));
            // Claim checks are the presenter's, never the audience's.
            assert!(
                !content.contains("Stated ") && !content.contains("cannot be checked"),
                "a claim check on the audience's slide: {at}"
            );
            // Nothing is cut short with "…": a slide shows a whole sentence or clause, and
            // the impact table wraps names and figures.
            assert!(!content.contains('…'), "cut short: {at}");
            // Bars are linear or absent: a log axis makes a 30× win look like 40 %.
            assert!(
                !content.contains("log scale") && !content.contains("each step ×10"),
                "a log axis on the audience's slide: {at}"
            );
            if !content.contains(&counter) {
                lowest = lowest.max((rect.max.y - canvas_top) / scale);
            }
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
        // The fill rule, on the slide's last step (what a step reveals fills it).
        let last_step = deck
            .find(&position.0)
            .and_then(|i| deck.slide(i))
            .is_none_or(|s| position.1 == Some(s.steps - 1));
        if last_step && continues_alike(&deck, &position.0) {
            assert!(
                lowest >= 720.0 * FILL_FLOOR,
                "{name} at {size:?}: slide {:?} ends at {lowest:.0} of 720: more than {:.0} % empty",
                position.0,
                (1.0 - FILL_FLOOR) * 100.0
            );
        }
        last = Some(position);
        harness.key_press(Key::ArrowRight);
        harness.run_steps(3);
    }
    walk
}

/// Whether slide `id` is followed by more of the same (its section's or story's text, or
/// figures, continued): only then must it be full. A short section starts under its title
/// and may stay short; so may the last of a run.
fn continues_alike(deck: &folio::deck::Deck, id: &str) -> bool {
    use folio::deck::{CasePart, RolePart, SlideKind};
    let Some(index) = deck.find(id) else {
        return false;
    };
    let (Some(this), Some(next)) = (deck.slide(index), deck.slide(index + 1)) else {
        return false;
    };
    let base = |id: &str| match id.rsplit_once('-') {
        Some((base, n)) if n.parse::<usize>().is_ok() => base.to_owned(),
        _ => id.to_owned(),
    };
    // Text continued: a story, the About text, expertise, a timeline. Figures are not held
    // to it: two big numbers with no bars under them are a short slide by design.
    let alike = match (&this.kind, &next.kind) {
        (SlideKind::CaseStudy { part: a, .. }, SlideKind::CaseStudy { part: b, .. }) => {
            matches!((a, b), (CasePart::Story { .. }, CasePart::Story { .. }))
        }
        (SlideKind::Experience(a), SlideKind::Experience(b))
        | (SlideKind::Research(a), SlideKind::Research(b)) => {
            matches!((a, b), (RolePart::Timeline(_), RolePart::Timeline(_)))
        }
        (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
    };
    alike && base(&next.id) == base(id)
}

fn assert_all_shown(name: &str, portfolio: &Portfolio, walk: &Walk, size: egui::Vec2) {
    // On a slide, or in the presenter window for one: nothing of the portfolio is lost.
    let shown = |needle: &str| {
        walk.labels.iter().any(|label| label.contains(needle))
            || walk.said.iter().any(|line| line.contains(needle))
    };
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
    const { assert!(folio::deck::fit::BODY_SIZE >= BODY_FLOOR) };
    for (name, loaded) in portfolios {
        let portfolio = loaded.portfolio.clone();
        for size in SIZES {
            let walk = walk_talk(loaded.clone(), size, name);
            // Every slide of the deck is walked, none twice.
            let deck = folio::deck::Deck::new(&portfolio);
            assert_eq!(walk.slides, deck.slides.len(), "{name} at {size:?}");
            assert_all_shown(name, &portfolio, &walk, size);
            let mut sizes = walk.sizes.clone();
            sizes.sort_by(|a, b| a.0.total_cmp(&b.0));
            let smallest = sizes.first().map_or(0.0, |s| s.0);
            // The median character's size: what most of the reading is set in, not the
            // count of tick labels.
            let characters: usize = sizes.iter().map(|s| s.1).sum();
            let mut seen = 0;
            let median = sizes
                .iter()
                .find(|(_, count)| {
                    seen += count;
                    seen * 2 >= characters
                })
                .map_or(0.0, |s| s.0);
            assert!(
                median >= BODY_FLOOR - 0.5,
                "{name} at {size:?}: median text {median}"
            );
            eprintln!(
                "{name} at {size:?}: {} slides, text {smallest:.1} px smallest, {median:.1} px median (canvas units)",
                deck.slides.len()
            );
        }
    }
}
