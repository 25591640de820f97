//! One header for every output: the name, headline, tagline (or the page description in its
//! place), place, availability badge and links that `document::header` decides are what the
//! app's document, the PDF's first page, the title slide and the web page show, for every
//! portfolio folio ships or tests with.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use folio::app::{FolioApp, Options};
use folio::document::Document;
use folio::document::header::header;
use folio::layout::items::Item;
use folio::load;

use crate::slides_fit::texts;

/// The bundled portfolio, the example and every fixture.
fn portfolios() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = vec![
        root.join("portfolio.ron"),
        root.join("examples/research-engineer.ron"),
    ];
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ron"))
        .collect();
    fixtures.sort();
    paths.extend(fixtures);
    paths
}

/// Text laid out as lines, joined: what a PDF page or a slide shows, in order.
fn laid_text(items: &[Item]) -> String {
    items
        .iter()
        .filter_map(|item| match item {
            Item::Line { text, line, .. } => Some(text.line_text(*line).trim().to_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The document PDF's pages as laid out on A4.
fn pdf_pages(document: &Document, base_dir: Option<&Path>) -> Vec<Vec<Item>> {
    let mut shaper = folio::layout::text::Shaper::new();
    folio::layout::document::document(&mut shaper, document, base_dir, (595.0, 842.0), false).pages
}

/// Everything the app draws in its first screen, wide enough that the header is whole.
fn app_text(path: &Path) -> String {
    let loaded = load::load(path);
    let options = Options {
        animate: false,
        ..Options::default()
    };
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    harness.run_steps(4);
    texts(&harness.output().shapes)
        .into_iter()
        .map(|(_, _, _, text)| text)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whitespace as a reader sees it: a wrapped line and a space are alike.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn every_output_shows_the_header_document_header_decides() {
    for path in portfolios() {
        crate::common::require_fonts_for(&path);
        let loaded = load::load(&path).unwrap();
        let base_dir = loaded.base_dir.clone();
        // Every output shows the public view, as the app opens in it.
        let document = Document::for_audience(&loaded.portfolio, folio::audience::Audience::Public);
        let expected = header(&document.portfolio).texts();
        let first_page = words(&laid_text(
            pdf_pages(&document, base_dir.as_deref()).first().unwrap(),
        ));
        let mut shaper = folio::layout::text::Shaper::new();
        let deck = folio::deck::Deck::new(&document.portfolio);
        let title = deck.slides.first().unwrap();
        let slide = words(&laid_text(&folio::deck::pages::page(
            &mut shaper,
            &document,
            title,
            0,
            base_dir.as_deref(),
            false,
        )));
        let html = folio::export::html::page(&document, base_dir.as_deref(), None);
        let app = words(&app_text(&path));
        for text in &expected {
            let text = words(text);
            let name = path.file_name().unwrap().to_string_lossy();
            assert!(
                first_page.contains(&text),
                "{name}: the PDF's first page lacks {text:?}"
            );
            assert!(
                slide.contains(&text),
                "{name}: the title slide lacks {text:?}"
            );
            let escaped = text
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            assert!(
                html.contains(&escaped),
                "{name}: the web page lacks {text:?}"
            );
            assert!(
                app.contains(&text),
                "{name}: the app's document lacks {text:?}"
            );
        }
    }
}

#[test]
#[ignore = "needs fonts for the fixtures' Chinese and Devanagari text (fonts-noto-cjk, fonts-noto-core)"]
fn a_phone_number_is_shown_and_dialled_everywhere() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/data-platform.ron");
    crate::common::require_fonts_for(&path);
    let loaded = load::load(&path).unwrap();
    let base_dir = loaded.base_dir.clone();
    let document = Document::new(loaded.portfolio);
    let phone = "+91 80 4567 8901";
    let html = folio::export::html::page(&document, base_dir.as_deref(), None);
    assert!(html.contains(phone) && html.contains("href=\"tel:+918045678901\""));
    let pdf_text: String = pdf_pages(&document, base_dir.as_deref())
        .iter()
        .map(|page| laid_text(page))
        .collect();
    assert!(
        words(&pdf_text).contains(phone),
        "the PDF's contact section"
    );
    let options = Options {
        animate: false,
        at: Some("contact".to_owned()),
        ..Options::default()
    };
    let loaded = load::load(&path);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .build_eframe(move |cc| FolioApp::new(&cc.egui_ctx, None, loaded, &options));
    for _ in 0..30 {
        harness.run_steps(1);
        if !harness.state().is_jumping() {
            break;
        }
    }
    use egui_kittest::kittest::Queryable;
    assert!(
        harness.query_by_label_contains(phone).is_some(),
        "the app's contact section"
    );
}
